"""Limits every saved field keeps, and cleaning of pasted text.

Text pasted from mail, web pages or PDFs brings control characters, stray
surrogates and Unicode noncharacters (U+FFFE, U+FFFF and the like) that break
documents or the database driver; they are dropped here, except the newline and
tab a multi-line text keeps. A right-to-left override (U+202D, U+202E) shows
letters in another order than they are stored, so a name or a note can pose as
something else; it is dropped from every text. Single-line texts (names, places,
titles) lose the other invisible direction controls too (embeddings and isolates):
there they only make look-alike duplicates, while multi-line text pasted from
Arabic or Hebrew prose keeps them, as they set which way a mixed line reads
without reordering any letters. The limits are generous for what a meeting
records and keep a 1 MB paste out of the minutes.

Text stored before this cleaning existed may still hold what XML cannot; the
document writers pass what they write through ``xml_safe``.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from datetime import date
from typing import TypeVar

from pydantic import BaseModel

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
_OVERRIDES = {"\u202d", "\u202e"}  # left-to-right and right-to-left override
# Embeddings, pop, isolates: harmless in prose, invisible duplicates in a name.
_DIRECTION_CONTROLS = set("\u202a\u202b\u202c\u2066\u2067\u2068\u2069") | _OVERRIDES
_HAS_DIRECTION_CONTROL = re.compile("[" + "".join(sorted(_DIRECTION_CONTROLS)) + "]")
# What XML 1.0 cannot hold at all: python-docx and openpyxl raise on it.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _noncharacter(c: str) -> bool:
    code = ord(c)
    return 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE


def _dropped(c: str) -> bool:
    if c in _KEPT:
        return False
    return unicodedata.category(c) in ("Cc", "Cs") or c in _OVERRIDES or _noncharacter(c)


# Every character ``_dropped`` may drop, so that text without any (nearly all) is kept
# whole without looking at each character: an import checks tens of thousands of cells.
_MAYBE_DROPPED = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202d\u202e\ufdd0-\ufdef"
    + "".join(
        f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17)
    )
    + "]"
)


def clean_text(text: str) -> str:
    """Multi-line text without control characters (newline and tab kept), lone
    surrogates, noncharacters or direction overrides, line breaks as ``\\n``,
    surrounding white space removed."""
    text = _NEWLINES.sub("\n", text)
    if _MAYBE_DROPPED.search(text) is None:
        return text.strip()
    return "".join(c for c in text if not _dropped(c)).strip()


def one_line(text: str) -> str:
    """Single-line text: cleaned, without direction controls, and runs of white space
    made one space."""
    text = clean_text(text)
    if _HAS_DIRECTION_CONTROL.search(text) is not None:
        text = "".join(c for c in text if c not in _DIRECTION_CONTROLS)
    return " ".join(text.split())


T = TypeVar("T")


def xml_safe(value: T) -> T:
    """``value`` with every string in it (dataclasses, models, lists, tuples, dicts) stripped of
    what XML cannot hold: text saved before ``clean_text`` dropped it must not stop a
    document from being written. What needs no change is returned as it is, and a
    database row is copied rather than changed, so nothing is written back."""
    if isinstance(value, str):
        return _XML_ILLEGAL.sub("", value) if _XML_ILLEGAL.search(value) else value  # type: ignore[return-value]
    if isinstance(value, list | tuple):
        cleaned = [xml_safe(item) for item in value]
        if all(new is old for new, old in zip(cleaned, value, strict=True)):
            return value
        if isinstance(value, list):
            return cleaned  # type: ignore[return-value]
        return type(value)(*cleaned) if hasattr(value, "_fields") else tuple(cleaned)  # type: ignore[return-value]
    if isinstance(value, dict):
        pairs = [(xml_safe(k), xml_safe(v)) for k, v in value.items()]
        if all(k is old for (k, _), old in zip(pairs, value, strict=True)) and all(
            v is value[k] for k, v in pairs
        ):
            return value
        return dict(pairs)  # type: ignore[return-value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = _changed(value, (f.name for f in dataclasses.fields(value) if f.init))
        return dataclasses.replace(value, **changes) if changes else value
    if isinstance(value, BaseModel):
        changes = _changed(value, type(value).model_fields)
        if not changes:
            return value
        return type(value).model_validate({**value.model_dump(), **changes})
    return value


def _changed(value: object, names) -> dict[str, object]:
    changes = {}
    for name in names:
        old = getattr(value, name)
        new = xml_safe(old)
        if new is not old:
            changes[name] = new
    return changes


def check_text(errors: dict[str, str], field: str, text: str) -> None:
    if len(text) > MAX_TEXT:
        errors.setdefault(field, TEXT_TOO_LONG)


def check_name(errors: dict[str, str], field: str, text: str) -> None:
    if len(text) > MAX_NAME:
        errors.setdefault(field, NAME_TOO_LONG)


def check_date(errors: dict[str, str], field: str, day: date | None) -> None:
    if day is not None and not EARLIEST_DATE <= day <= LATEST_DATE:
        errors.setdefault(field, DATE_OUT_OF_RANGE)
