"""Dates, times and yes/no from cells, written the many ways Swedish files write them.

A cell comes either from a CSV file (always text) or from Excel (text, numbers, dates,
times, booleans). Excel keeps a date as a serial number of days since 1899-12-30 with
the time of day as the fraction, and a file saved by another program often shows that
number instead of the date, so numbers in a plausible range count as dates too.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from ...text import QT_TRANSLATE_NOOP
from ..documents.wording import CALENDAR

NOT_A_DATE = QT_TRANSLATE_NOOP(
    "Validation", "'%1' is not a date. Write it as YYYY-MM-DD, for example 2026-11-24."
)
NO_SUCH_DAY = QT_TRANSLATE_NOOP(
    "Validation", "'%1' is not a day in the calendar. Check the day and the month."
)
NOT_A_TIME = QT_TRANSLATE_NOOP(
    "Validation", "'%1' is not a time. Write it as HH:MM, for example 21:30."
)
NOT_YES_NO = QT_TRANSLATE_NOOP("Validation", "'%1' is not yes or no. Write ja or nej.")

_EXCEL_EPOCH = date(1899, 12, 30)
# Serial numbers outside these years are more likely a count or a year than a date.
_FIRST_DATE, _LAST_DATE = date(1920, 1, 1), date(2100, 12, 31)
_FIRST_SERIAL = (_FIRST_DATE - _EXCEL_EPOCH).days
_END_SERIAL = (_LAST_DATE - _EXCEL_EPOCH).days + 1


def _month_names() -> dict[str, int]:
    """Every way the documents write a month, in either language ('nov.', 'november',
    'Nov'), and 'sept', which files write too."""
    names = {"sept": 9}
    for words in CALENDAR.values():
        for number, forms in enumerate(
            zip(words.months, words.months_abbreviated, words.months_short, strict=True), 1
        ):
            names.update((form.casefold().rstrip("."), number) for form in forms)
    return names


_MONTHS = _month_names()
_END = r"(?=$|[\st,])"  # what may follow a date: nothing, or the time of day
_YEAR_FIRST = re.compile(r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})" + _END)
_COMPACT = re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})" + _END)
_DAY_FIRST = re.compile(r"(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4}|\d{2})" + _END)
_NAMED = re.compile(r"(?P<d>\d{1,2})\.?\s*(?P<name>[a-zåäö]+)\.?,?\s*(?P<y>\d{4}|\d{2})" + _END)
_NAMED_MONTH_FIRST = re.compile(r"(?P<name>[a-z]+)\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})" + _END)
_SERIAL = re.compile(r"\d{5}(?:[.,]\d+)?")
_TIME = re.compile(
    r"(?P<h>\d{1,2})(?:[:.](?P<m>\d{2})(?:[:.](?P<s>\d{2})(?:[.,]\d+)?)?)?"
    r"(?:z|[+-]\d{2}:?\d{2})?"
)
_COMPACT_TIME = re.compile(r"(?P<h>\d{1,2})(?P<m>\d{2})")
_CLOCK = re.compile(r"^(?:klockan|kl\.?)\s*")

_YES = {"ja", "j", "yes", "y", "x", "sant", "true", "1", "✓", "✔", "sekretess", "konfidentiell"}
_NO = {"nej", "n", "no", "falskt", "false", "0", "-"}


class BadValue(Exception):
    """A cell that cannot be read as what its column holds.

    ``message`` is an English source string (context ``Validation``) with ``%1`` where
    the cell's text goes; ``value`` is that text.
    """

    def __init__(self, message: str, value: str = "") -> None:
        super().__init__(message.replace("%1", value))
        self.message = message
        self.value = value


def cell_text(value: object) -> str:
    """A cell as the text a user would read in it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.15g}"
    if isinstance(value, datetime):
        # Excel gives every date cell as a datetime; one at midnight is just a date.
        if value.time() == time(0):
            return value.date().isoformat()
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, timedelta):
        minutes = round(value.total_seconds() / 60)
        return f"{minutes // 60:02d}:{minutes % 60:02d}"
    return str(value).strip()


def parse_date(value: object) -> date | None:
    """The day in a cell; a time written after it is allowed and left out."""
    try:
        return parse_date_time(value)[0]
    except BadValue as error:
        message = NOT_A_DATE if error.message == NOT_A_TIME else error.message
        raise BadValue(message, error.value) from None


def parse_time(value: object) -> time | None:
    """The time of day in a cell: 21:30, 21.30, 2130, kl. 21, or an Excel time."""
    if isinstance(value, datetime):
        return parse_date_time(value)[1]
    if isinstance(value, time):
        return value
    if isinstance(value, timedelta) and timedelta(0) <= value < timedelta(days=1):
        return _time_of_day(value.total_seconds() / 86400)
    if isinstance(value, float) and not value.is_integer():
        if 0 <= value < 1:
            return _time_of_day(value)
        if _FIRST_SERIAL <= value < _END_SERIAL:
            return _time_of_day(value % 1)
        raise BadValue(NOT_A_TIME, cell_text(value))
    if isinstance(value, bool) or not isinstance(value, str | int | float | type(None)):
        raise BadValue(NOT_A_TIME, cell_text(value))
    text = cell_text(value).lower()
    if not text:
        return None
    found = _time_from_text(text)
    if found is not None:
        return found
    try:  # a date with the time in the same cell, in a column for the time
        found = _date_time_from_text(text)[1]
    except BadValue:
        found = None
    if found is None:
        raise BadValue(NOT_A_TIME, cell_text(value))
    return found


def parse_date_time(value: object) -> tuple[date | None, time | None]:
    """A day and, when the cell has one, the time of day (None for a date alone)."""
    if value is None:
        return None, None
    if isinstance(value, datetime):
        moment = value.time().replace(tzinfo=None)
        return value.date(), None if moment == time(0) else moment
    if isinstance(value, date):
        return value, None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise BadValue(NOT_A_DATE, cell_text(value))
    if isinstance(value, int | float) and not (isinstance(value, float) and value % 1):
        if 19000101 <= value <= 21001231:  # 20261124 typed into a number cell
            try:
                return _date_time_from_text(str(int(value)))
            except BadValue as error:
                raise BadValue(error.message, cell_text(value)) from None
        return _from_serial(value)
    if isinstance(value, float):
        return _from_serial(value)
    text = " ".join(value.lower().split())
    if not text:
        return None, None
    try:
        return _date_time_from_text(text)
    except BadValue as error:
        raise BadValue(error.message, cell_text(value)) from None


def parse_yes_no(value: object) -> bool | None:
    """Ja or nej, as a checkbox column, an x or a word says it."""
    if value is None or isinstance(value, bool):
        return value
    text = cell_text(value).lower()
    if not text:
        return None
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise BadValue(NOT_YES_NO, cell_text(value))


def _date_time_from_text(text: str) -> tuple[date, time | None]:
    if _SERIAL.fullmatch(text):
        return _from_serial(float(text.replace(",", ".")), text)
    for pattern in (_YEAR_FIRST, _COMPACT, _DAY_FIRST, _NAMED, _NAMED_MONTH_FIRST):
        match = pattern.match(text)
        if match:
            break
    else:
        raise BadValue(NOT_A_DATE, text)
    parts = match.groupdict()
    if "name" in parts:
        month = _MONTHS.get(parts["name"])
        if month is None:
            raise BadValue(NOT_A_DATE, text)
    else:
        month = int(parts["m"])
    year = int(parts["y"])
    year = 2000 + year if year < 100 else year
    if not _FIRST_DATE.year <= year <= _LAST_DATE.year:
        raise BadValue(NOT_A_DATE, text)
    try:
        day = date(year, month, int(parts["d"]))
    except ValueError:
        raise BadValue(NO_SUCH_DAY, text) from None
    rest = text[match.end() :].lstrip(" ,")
    rest = rest[1:] if rest.startswith("t") else rest
    if not rest.strip():
        return day, None
    moment = _time_from_text(rest.strip())
    if moment is None:
        raise BadValue(NOT_A_TIME, text)
    return day, moment


def _time_from_text(text: str) -> time | None:
    text = _CLOCK.sub("", text).strip()
    match = _TIME.fullmatch(text) or _COMPACT_TIME.fullmatch(text)
    if not match:
        return None
    parts = match.groupdict()
    hour, minute, second = int(parts["h"]), int(parts["m"] or 0), int(parts.get("s") or 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return time(hour, minute, second)


def _from_serial(number: float, text: str = "") -> tuple[date, time | None]:
    if not _FIRST_SERIAL <= number < _END_SERIAL:  # also refuses NaN
        raise BadValue(NOT_A_DATE, text or cell_text(number))
    days = int(number)
    seconds = round((number - days) * 86400)
    if seconds == 86400:
        days, seconds = days + 1, 0
    day = _EXCEL_EPOCH + timedelta(days=days)
    return day, None if seconds == 0 else _clock(seconds)


def _time_of_day(fraction: float) -> time:
    return _clock(round(fraction * 86400) % 86400)


def _clock(seconds: int) -> time:
    return time(seconds // 3600, seconds // 60 % 60, seconds % 60)
