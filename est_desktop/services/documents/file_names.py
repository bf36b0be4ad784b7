"""Names offered for written documents: kept apart from the writers, so a save dialog can
offer one without loading python-docx or openpyxl on the window's thread."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from .options import DEFAULT, DocumentOptions
from .wording import t, writing_in


class Dated(Protocol):
    # Read-only, so a frozen dataclass (``MeetingFacts``) fits as well as a ``Meeting``.
    @property
    def date(self) -> dt.date: ...


def default_minutes_filename(meeting: Dated, *, options: DocumentOptions = DEFAULT) -> str:
    week = meeting.date.isocalendar().week
    with writing_in(options.language):
        return t("EST-minnesanteckningar {date} (v {week}).docx").format(
            date=meeting.date.isoformat(), week=f"{week:02d}"
        )
