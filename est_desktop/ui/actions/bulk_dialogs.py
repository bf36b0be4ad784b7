"""What the register asks before changing several actions at once.

Each question is one function the register calls, so tests can answer in its place.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..common.convert import date_edit, edited_date, qdate


def choose_organisation(parent: QWidget, choices: list[tuple[int, str]], count: int) -> int | None:
    """The organisation to take over ``count`` actions, or None if the user cancels."""
    names = [name for _, name in choices]
    name, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("BulkDialogs", "Move to another organisation"),
        # Two texts, not one with %n: lupdate does not read plurals in translate().
        QCoreApplication.translate(
            "BulkDialogs", "Make this organisation responsible for the selected action:"
        )
        if count == 1
        else QCoreApplication.translate(
            "BulkDialogs", "Make this organisation responsible for %1 selected actions:"
        ).replace("%1", str(count)),
        names,
        0,
        False,
    )
    if not ok:
        return None
    return next((choice_id for choice_id, text in choices if text == name), None)


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Yes or no, with no as the default: a bulk change is not undone with one key."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class DueDateDialog(QDialog):
    """Either one new due date for all, or each moved by a number of days."""

    def __init__(self, count: int, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move due dates"))
        self.new_date_choice = QRadioButton(self.tr("&New due date for all"))
        self.shift_choice = QRadioButton(self.tr("&Shift each due date by"))
        choices = QButtonGroup(self)
        for button in (self.new_date_choice, self.shift_choice):
            choices.addButton(button)
        self.date_edit = date_edit(today + timedelta(days=7))
        self.date_edit.setMinimumDate(qdate(today))
        self.days_edit = QSpinBox()
        self.days_edit.setRange(-365, 365)
        self.days_edit.setValue(7)
        self.days_edit.setSuffix(self.tr(" days"))
        self.new_date_choice.toggled.connect(self._enable)
        self.new_date_choice.setChecked(True)

        grid = QGridLayout()
        grid.addWidget(self.new_date_choice, 0, 0)
        grid.addWidget(self.date_edit, 0, 1)
        grid.addWidget(self.shift_choice, 1, 0)
        grid.addWidget(self.days_edit, 1, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%n selected action(s)", "", count)))
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def _enable(self) -> None:
        by_date = self.new_date_choice.isChecked()
        self.date_edit.setEnabled(by_date)
        self.days_edit.setEnabled(not by_date)
        (self.date_edit if by_date else self.days_edit).setFocus()

    def change(self) -> tuple[date | None, int | None]:
        """(new date, None) or (None, days), as ``bulk.move_due_dates`` takes them."""
        if self.new_date_choice.isChecked():
            return edited_date(self.date_edit), None
        return None, self.days_edit.value()


def ask_due_date_change(
    parent: QWidget, count: int, today: date
) -> tuple[date | None, int | None] | None:
    dialog = DueDateDialog(count, today, parent)
    try:
        return dialog.change() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
