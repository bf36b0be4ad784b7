"""Between Python dates and Qt's."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDateEdit, QTimeEdit


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


def date_edit(day: date | None = None) -> QDateEdit:
    """A date field with a calendar, showing ISO dates as Swedish forms do."""
    edit = QDateEdit(qdate(day)) if day is not None else QDateEdit()
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
