"""Limits every saved field keeps, and cleaning of pasted text.

Text pasted from mail, web pages or PDFs brings control characters and stray
surrogates that break documents or the database driver; they are dropped here,
except the newline and tab a multi-line text keeps. The limits are generous for
what a meeting records and keep a 1 MB paste out of the minutes.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from ..text import QT_TRANSLATE_NOOP

MAX_TEXT = 4000  # descriptions and notes
MAX_NAME = 200  # names, titles, places, contact persons
EARLIEST_DATE = date(2000, 1, 1)
LATEST_DATE = date(2100, 12, 31)

TEXT_TOO_LONG = QT_TRANSLATE_NOOP(
    "Validation", "The text is too long. Shorten it to at most 4000 characters."
)
NAME_TOO_LONG = QT_TRANSLATE_NOOP(
    "Validation", "The text is too long. Shorten it to at most 200 characters."
)
DATE_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "Validation", "Choose a date between 2000-01-01 and 2100-12-31."
)

_KEPT = {"\n", "\t"}
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")


def clean_text(text: str) -> str:
    """Multi-line text without control characters (newline and tab kept) or lone
    surrogates, line breaks as ``\\n``, surrounding white space removed."""
    text = _NEWLINES.sub("\n", text)
    return "".join(
        c for c in text if c in _KEPT or unicodedata.category(c) not in ("Cc", "Cs")
    ).strip()


def one_line(text: str) -> str:
    """Single-line text: cleaned, and runs of white space made one space."""
    return " ".join(clean_text(text).split())


def check_text(errors: dict[str, str], field: str, text: str) -> None:
    if len(text) > MAX_TEXT:
        errors.setdefault(field, TEXT_TOO_LONG)


def check_name(errors: dict[str, str], field: str, text: str) -> None:
    if len(text) > MAX_NAME:
        errors.setdefault(field, NAME_TOO_LONG)


def check_date(errors: dict[str, str], field: str, day: date | None) -> None:
    if day is not None and not EARLIEST_DATE <= day <= LATEST_DATE:
        errors.setdefault(field, DATE_OUT_OF_RANGE)
