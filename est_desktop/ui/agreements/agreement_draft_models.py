"""Item models over the parts of an ``AgreementDraft`` while the new-period dialog edits them,
and the buttons that add, remove and move their rows.

The models show the draft's own lists and objects, so the draft is always what the
user sees; the dialog edits an object and then says which row changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView, QWidget

from ...services.agreements.periods import FocusAreaDraft, GoalDraft, PlanDraft
from ..actions.register_model import one_line
from ..common.rowmodel import Column, Index, RowTableModel

R = TypeVar("R")


class DraftRowsModel(RowTableModel[R]):
    """Rows are a list of the draft itself: inserting, removing and moving change that list."""

    def __init__(self, columns: list[Column[R]], parent=None) -> None:
        super().__init__(columns, row_id=id, parent=parent)

    def bind(self, rows: list[R]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def set_rows(self, rows) -> None:
        self.bind(list(rows))

    def row_changed(self, row: int) -> None:
        if 0 <= row < self.rowCount():
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def all_changed(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def insert(self, row: int, item: R) -> None:
        row = max(0, min(row, self.rowCount()))
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, item)
        self.endInsertRows()

    def remove(self, row: int) -> R:
        self.beginRemoveRows(QModelIndex(), row, row)
        item = self._rows.pop(row)
        self.endRemoveRows()
        return item

    def move(self, row: int, to: int) -> bool:
        """Moves one row to position ``to``; False when either is outside the list."""
        count = self.rowCount()
        if not (0 <= row < count and 0 <= to < count) or row == to:
            return False
        # Qt counts the destination before the move: one further down when moving down.
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), to + 1 if to > row else to)
        self._rows.insert(to, self._rows.pop(row))
        self.endMoveRows()
        return True


def _or_dash(text: str) -> str:
    return one_line(text) or "—"


def focus_area_model(continues: Callable[[int | None], str], parent=None):
    """Name, section, the earlier focus area it continues (or 'new'), and its plan rows."""
    return DraftRowsModel[FocusAreaDraft](
        [
            Column(
                QCoreApplication.translate("AgreementDraftModels", "Focus area"),
                lambda a: _or_dash(a.name),
            ),
            Column(
                QCoreApplication.translate("AgreementDraftModels", "Section"),
                lambda a: one_line(a.section),
            ),
            Column(
                QCoreApplication.translate("AgreementDraftModels", "Continues"),
                lambda a: continues(a.continues_id),
            ),
            Column(
                QCoreApplication.translate("AgreementDraftModels", "Plan rows"),
                lambda a: str(len(a.plan)),
                align_right=True,
            ),
        ],
        parent,
    )


def plan_model(parent=None):
    return DraftRowsModel[PlanDraft](
        [
            Column(
                QCoreApplication.translate("AgreementDraftModels", "Activity"),
                lambda p: _or_dash(p.activity),
            ),
            Column(
                QCoreApplication.translate("AgreementDraftModels", "Measure"),
                lambda p: one_line(p.measure),
            ),
            Column(
                QCoreApplication.translate("AgreementDraftModels", "Follow-up"),
                lambda p: ", ".join(p.follow_up.split("\n")),
            ),
            Column(
                QCoreApplication.translate("AgreementDraftModels", "Goal"),
                lambda p: one_line(p.goal),
            ),
        ],
        parent,
    )


def goal_model(carrier_names: Callable[[GoalDraft], list[str]], parent=None):
    return DraftRowsModel[GoalDraft](
        [
            Column(
                QCoreApplication.translate("AgreementDraftModels", "Goal"),
                lambda g: _or_dash(g.text),
            ),
            Column(
                QCoreApplication.translate("AgreementDraftModels", "Focus areas"),
                lambda g: ", ".join(one_line(name) for name in carrier_names(g)),
            ),
        ],
        parent,
    )


class CarriersModel(QAbstractListModel):
    """The draft's focus areas, ticked when they carry the goal being edited.

    Carriers are the focus area objects themselves, not names, so renaming a focus
    area while the dialog is open keeps the goal linked to it.
    """

    toggled = Signal()

    def __init__(self, areas: list[FocusAreaDraft], parent=None) -> None:
        super().__init__(parent)
        self._areas = areas
        self._carriers: list[FocusAreaDraft] | None = None

    def set_carriers(self, carriers: list[FocusAreaDraft] | None) -> None:
        """The list to tick in (changed in place), or None when no goal is chosen."""
        self.beginResetModel()
        self._carriers = carriers
        self.endResetModel()

    def areas_changed(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._areas)

    def _carries(self, area: FocusAreaDraft) -> bool:
        return self._carriers is not None and any(a is area for a in self._carriers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._areas):
            return None
        area = self._areas[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _or_dash(area.name)
        if role == Qt.ItemDataRole.CheckStateRole:
            return (Qt.CheckState.Checked if self._carries(area) else Qt.CheckState.Unchecked).value
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._carriers is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(  # noqa: N802
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or self._carriers is None
            or not index.isValid()
            or not 0 <= index.row() < len(self._areas)
        ):
            return False
        area = self._areas[index.row()]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked and not self._carries(area):
            self._carriers.append(area)
        elif not checked:
            self._carriers[:] = [a for a in self._carriers if a is not area]
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.toggled.emit()
        return True


def ordered_names(carriers: list[FocusAreaDraft], areas: list[FocusAreaDraft]) -> list[str]:
    """The carriers' names in the agreement's order, leaving out focus areas since removed."""
    return [a.name for a in areas if any(c is a for c in carriers)]


def selected_row(table: QTableView) -> int:
    """The selected row, or -1."""
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else -1


def select_row(table: QTableView, row: int) -> None:
    model = table.model()
    if not 0 <= row < model.rowCount():
        table.clearSelection()
        return
    index = model.index(row, 0)
    flags = QItemSelectionModel.SelectionFlag
    table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
    table.scrollTo(index)


class ListControls(QWidget):
    """Add, remove, move up and down for one table: buttons, and keys while the table has focus
    (Insert, Delete, Ctrl+Up, Ctrl+Down)."""

    def __init__(
        self,
        table: QTableView,
        model: DraftRowsModel,
        new_item: Callable[[], object],
        after_change: Callable[[int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._table, self._model = table, model
        self._new_item, self._after_change = new_item, after_change
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, shortcut, handler in (
            ("add", self.tr("Add"), "Ins", self.add),
            ("remove", self.tr("Remove"), "Del", self.remove),
            ("up", self.tr("Move up"), "Ctrl+Up", lambda: self.move_selected(-1)),
            ("down", self.tr("Move down"), "Ctrl+Down", lambda: self.move_selected(1)),
        ):
            sequence = QKeySequence(shortcut)
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.setToolTip(
                f"{text} ({sequence.toString(QKeySequence.SequenceFormat.NativeText)})"
            )
            button.clicked.connect(handler)
            # The key does what the button does, and nothing while the button is disabled.
            action = QAction(text, table)
            action.setShortcut(sequence)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(button.click)
            table.addAction(action)
            layout.addWidget(button)
            self.buttons[key] = button
        layout.addStretch()
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def add(self) -> None:
        selected = selected_row(self._table)
        row = selected + 1 if selected >= 0 else self._model.rowCount()
        self._model.insert(row, self._new_item())
        select_row(self._table, row)
        self._after_change(row)

    def remove(self) -> None:
        row = selected_row(self._table)
        if row < 0:
            return
        self._model.remove(row)
        select_row(self._table, min(row, self._model.rowCount() - 1))
        self._after_change(row)
        self._table.setFocus()

    def move_selected(self, step: int) -> None:
        row = selected_row(self._table)
        if row >= 0 and self._model.move(row, row + step):
            select_row(self._table, row + step)
            self._after_change(row + step)
        self._table.setFocus()

    def update_enabled(self, enabled: bool = True) -> None:
        row = selected_row(self._table)
        count = self._model.rowCount()
        self.buttons["add"].setEnabled(enabled)
        self.buttons["remove"].setEnabled(enabled and row >= 0)
        self.buttons["up"].setEnabled(enabled and row > 0)
        self.buttons["down"].setEnabled(enabled and 0 <= row < count - 1)
