"""Names offered for written documents: kept apart from the writers, so a save dialog can
offer one without loading python-docx or openpyxl on the window's thread."""

from __future__ import annotations

from datetime import date
from typing import Protocol


class Dated(Protocol):
    date: date


def default_minutes_filename(meeting: Dated) -> str:
    week = meeting.date.isocalendar().week
    return f"EST-minnesanteckningar {meeting.date.isoformat()} (v {week:02d}).docx"
