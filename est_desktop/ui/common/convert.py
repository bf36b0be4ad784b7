"""Between Python dates and Qt's."""

from __future__ import annotations

import re
from datetime import date, time

from PySide6.QtCore import QDate, QSignalBlocker, Qt, QTime
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QApplication, QDateEdit, QTimeEdit, QWidget

# What may be typed on the way to '2026-12-18' or '20261218', and the date itself.
_PARTIAL = re.compile(r"\d{1,3}|\d{4}-?(\d?|\d\d-?\d{0,2})")
_WHOLE = re.compile(r"(\d{4})-?(\d\d)-?(\d\d)")
_CHORDS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def edited_date(edit: QDateEdit) -> date:
    """The field's date (Qt types ``toPython`` as any object)."""
    day = edit.date()
    return date(day.year(), day.month(), day.day())


def edited_time(edit: QTimeEdit) -> time:
    """The field's time to the minute's second (Qt types ``toPython`` as any object)."""
    moment = edit.time()
    return time(moment.hour(), moment.minute(), moment.second())


class IsoDateEdit(QDateEdit):
    """A date field that takes a whole ISO date typed at once.

    Qt edits a date one section at a time: '2026-12-18' typed over a date lands partly in
    the wrong sections, and Tab walks year, month and day instead of the form. Here a digit
    starts a fresh date, shown as typed, that replaces the field's date once it is a real
    one; anything else (an impossible or half-typed date) goes back to the date on leaving,
    and Enter refuses it. Tab leaves the field; arrows and the calendar work as in Qt.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""

    def _typing(self, text: str) -> bool:
        return bool(self._typed) and text == self._typed

    def _show_typed(self, typed: str) -> None:
        self._typed = typed
        # Qt would read the half-typed text as sections and "correct" it.
        edit = self.lineEdit()
        with QSignalBlocker(edit):
            edit.setText(typed)

    def _stop_typing(self) -> None:
        if self._typing(self.lineEdit().text()):
            self._typed = ""
            self.lineEdit().setText(self.textFromDateTime(self.dateTime()))

    def _type(self, char: str) -> None:
        typed = (self._typed if self._typing(self.lineEdit().text()) else "") + char
        if not _PARTIAL.fullmatch(typed):
            QApplication.beep()
            return
        whole = _WHOLE.fullmatch(typed)
        day = QDate(*map(int, whole.groups())) if whole else QDate()
        if day.isValid() and self.minimumDate() <= day <= self.maximumDate():
            self._typed = ""
            self.setDate(day)
            return
        if whole:
            QApplication.beep()
        self._show_typed(typed)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        char = event.text()
        typing = self._typing(self.lineEdit().text())
        if not (self.isReadOnly() or event.modifiers() & _CHORDS) and (
            (len(char) == 1 and char in "0123456789") or (typing and char == "-")
        ):
            self._type(char)
        elif typing and event.key() == Qt.Key.Key_Backspace:
            if len(self._typed) > 1:
                self._show_typed(self._typed[:-1])
            else:
                self._stop_typing()
                self.selectAll()
        elif typing and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QApplication.beep()  # not a date: the form is not sent with another one
        else:
            self._stop_typing()
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self._stop_typing()
        super().focusOutEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802
        return QWidget.focusNextPrevChild(self, next)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if self._typing(text):
            return QValidator.State.Intermediate, text, pos
        return super().validate(text, pos)

    def fixup(self, text: str) -> str:
        return text if self._typing(text) else super().fixup(text)


def date_edit(day: date | None = None) -> QDateEdit:
    """A date field with a calendar, showing ISO dates as Swedish forms do."""
    edit = IsoDateEdit()
    if day is not None:
        edit.setDate(qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def qtime(moment: time) -> QTime:
    return QTime(moment.hour, moment.minute)


def parse_time(text: str) -> time | None:
    """'9', '930', '09:30' or '9.30' → 09:30; empty → None; anything else raises ValueError."""
    text = text.strip().replace(".", ":")
    if not text:
        return None
    if ":" not in text:
        digits = text.zfill(2) + "00" if len(text) <= 2 else text.zfill(4)
        text = f"{digits[:2]}:{digits[2:]}"
    hours, minutes = text.split(":", 1)
    return time(int(hours), int(minutes))
