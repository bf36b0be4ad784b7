"""Another desk saved the record while this one edited it: show both versions, let the user choose.

Nothing is decided for the user: keeping their values overwrites the other desk's change
knowingly, taking the other desk's drops what they typed, and cancelling leaves both as
they are (the form keeps its text, the database the other desk's version).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.conflicts import ChangedElsewhere
from .emphasis import quiet_note, section_heading
from .messages import tr_service
from .rowmodel import Column, RowTableModel

EMPTY = "—"


class Resolution(Enum):
    KEEP_MINE = "keep_mine"
    TAKE_THEIRS = "take_theirs"
    CANCEL = "cancel"


@dataclass(frozen=True)
class ConflictRow:
    """One field that differs, as a reader sees it."""

    name: str  # the service's field name
    label: str
    mine: str
    theirs: str


@dataclass(frozen=True)
class FieldView:
    """How a form shows one field: its label, and the names of the ids it stores
    (an organisation's name for its id, a status's label for its code)."""

    label: str
    names: Mapping[Any, str] | None = None


def plain_label(text: str) -> str:
    """A form label without its mnemonic: 'Res&ponsible' → 'Responsible'."""
    return re.sub(r"&(&?)", r"\1", text)


def shown(value: Any, names: Mapping[Any, str] | None = None) -> str:
    """``value`` as the form shows it: names instead of ids, ISO dates as Swedish forms write
    them, times as hh:mm, yes or no."""
    if value is None or value == "" or value == []:
        return EMPTY
    if isinstance(value, list | tuple):
        return "; ".join(shown(v, names) for v in value)
    if names is not None:
        return names.get(value, str(value))
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("Conflicts", "Yes")
            if value
            else QCoreApplication.translate("Conflicts", "No")
        )
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return str(value)


def conflict_rows(conflict: ChangedElsewhere, fields: Mapping[str, FieldView]) -> list[ConflictRow]:
    """The conflict's differences in the order the service listed them (the form's order)."""
    rows = []
    for difference in conflict.differences:
        view = fields.get(difference.name, FieldView(difference.name))
        rows.append(
            ConflictRow(
                difference.name,
                view.label,
                shown(difference.mine, view.names),
                shown(difference.theirs, view.names),
            )
        )
    return rows


class ConflictModel(RowTableModel[ConflictRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Field"), lambda r: r.label),
                Column(self.tr("Your value"), lambda r: r.mine),
                Column(self.tr("The other desk's value"), lambda r: r.theirs),
            ],
            row_id=lambda r: hash(r.name),
            parent=parent,
        )


class ConflictDialog(QDialog):
    """Both versions side by side; Cancel is the default, so Enter loses nothing."""

    def __init__(
        self, rows: Sequence[ConflictRow], text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed at another desk"))
        self.resolution = Resolution.CANCEL
        self.model = ConflictModel(self)
        self.model.set_rows(rows)

        message = QLabel(tr_service(text))
        message.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        # Nothing to select: the arrow keys move through the rows to read them.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table_label = section_heading(self.tr("&Differences"))
        table_label.setBuddy(self.table)
        note = quiet_note(
            "conflictChoices",
            self.tr(
                "Keep mine saves your values over the other desk's. Take theirs shows the "
                "saved values in the form and drops your changes. Cancel goes back to your "
                "form as it is."
            ),
        )
        note.setWordWrap(True)

        buttons = QDialogButtonBox()
        self.keep_button = QPushButton(self.tr("&Keep mine"))
        self.keep_button.setObjectName("keepMine")
        self.take_button = QPushButton(self.tr("&Take theirs"))
        self.take_button.setObjectName("takeTheirs")
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.take_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel")
        self.keep_button.clicked.connect(lambda: self._choose(Resolution.KEEP_MINE))
        self.take_button.clicked.connect(lambda: self._choose(Resolution.TAKE_THEIRS))
        self.cancel_button.clicked.connect(lambda: self._choose(Resolution.CANCEL))

        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(table_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.cancel_button.setDefault(True)  # once in the dialog, or the dialog never knows
        self.resize(780, self.sizeHint().height())
        self.table.setFocus()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _choose(self, resolution: Resolution) -> None:
        self.resolution = resolution
        if resolution is Resolution.CANCEL:
            self.reject()
        else:
            self.accept()

    def reject(self) -> None:
        """Escape and the window's close button choose Cancel too."""
        self.resolution = Resolution.CANCEL
        super().reject()

    def choose(self) -> Resolution:
        self.exec()
        return self.resolution


def ask_how_to_resolve(
    parent: QWidget, conflict: ChangedElsewhere, rows: Sequence[ConflictRow]
) -> Resolution:
    dialog = ConflictDialog(rows, conflict.text, parent)
    try:
        return dialog.choose()
    finally:
        dialog.deleteLater()
