"""Imported incidents waiting at an agenda item: a line saying how many, and a dialog to
take them up at the meeting."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...errors import ValidationError
from ...services.imports.waiting import take_up_incidents, waiting_incidents
from ...services.incidents import IncidentRow
from ..common.messages import show_error
from ..common.rowmodel import Column, RowTableModel
from ..common.store import Store
from ..common.views import row_table

Index = QModelIndex | QPersistentModelIndex


class WaitingModel(RowTableModel[IncidentRow]):
    """The waiting incidents, each with a tick: take it up (all ticked at first)."""

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Take up"), lambda r: ""),
                Column(self.tr("When"), lambda r: r.when),
                Column(self.tr("Where"), lambda r: r.where),
                Column(self.tr("What happened"), lambda r: r.description),
                Column(self.tr("Category"), lambda r: r.category),
                Column(self.tr("File"), lambda r: r.source_file),
                Column(
                    self.tr("Confidential"),
                    lambda r: self.tr("Confidential") if r.confidential else "",
                    warn=lambda r: r.confidential,
                ),
            ],
            row_id=lambda r: r.id,
            parent=parent,
        )
        self.ticked: set[int] = set()

    def set_rows(self, rows) -> None:
        self.ticked = {r.id for r in rows}
        super().set_rows(rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            ticked = self.row_at(index.row()).id in self.ticked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        row_id = self.row_at(index.row()).id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.ticked.add(row_id)
        else:
            self.ticked.discard(row_id)
        self.dataChanged.emit(index, index, [role])
        return True


class WaitingDialog(QDialog):
    def __init__(self, store: Store, item_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Incidents waiting for the meeting"))
        self._store = store
        self.item_id = item_id
        self.taken_up = 0
        self.model = WaitingModel(self)
        self.table = row_table(self.model, stretch=3)
        note = QLabel(
            self.tr(
                "Imported since the meeting before. Tick those to discuss under this item: "
                "they become the meeting's incidents, in the minutes like those typed in."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.take_button = buttons.addButton(
            self.tr("&Take up ticked"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.take_button.clicked.connect(self.take_up)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(1000, 500)
        self.model.set_rows(store.read(waiting_incidents, item_id=item_id))

    def take_up(self) -> bool:
        ids = [r.id for r in self.model.rows() if r.id in self.model.ticked]
        if not ids:
            self.reject()
            return False
        try:
            self.taken_up = self._store.write(
                take_up_incidents, item_id=self.item_id, incident_ids=ids
            )
        except ValidationError as error:
            show_error(self, error)
            self.model.set_rows(self._store.read(waiting_incidents, item_id=self.item_id))
            return False
        self.accept()
        return True


class WaitingBar(QWidget):
    """'3 imported incidents wait to be taken up – Take up…', hidden when none wait."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.item_id: int | None = None
        self.count = 0
        self.label = QLabel()
        self.label.setObjectName("waitingIncidents")
        self.button = QPushButton(self.tr("Take &up…"))
        self.button.clicked.connect(self.open_dialog)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def show_for(self, item_id: int, editable: bool) -> None:
        self.item_id = item_id
        rows = self._store.read(waiting_incidents, item_id=item_id) if editable else []
        self.count = len(rows)
        self.label.setText(
            self.tr("%n imported incident(s) wait to be taken up under this item", "", self.count)
        )
        self.setVisible(self.count > 0)

    def open_dialog(self) -> int:
        if self.item_id is None:
            return 0
        dialog = WaitingDialog(self._store, self.item_id, self)
        try:
            dialog.exec()
            return dialog.taken_up
        finally:
            dialog.deleteLater()
