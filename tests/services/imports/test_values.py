"""Dates, times and yes/no as Swedish files and Excel write them."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from est_desktop.services.imports.values import (
    BadValue,
    cell_text,
    parse_date,
    parse_date_time,
    parse_time,
    parse_yes_no,
)

DAY = date(2026, 11, 24)
SERIAL = 46350  # 2026-11-24 as Excel counts days


@pytest.mark.parametrize(
    "cell",
    [
        DAY,
        datetime(2026, 11, 24),
        datetime(2026, 11, 24, 21, 30),
        SERIAL,
        float(SERIAL),
        SERIAL + 0.75,
        "46350",
        20261124,
        "2026-11-24",
        " 2026-11-24 ",
        "20261124",
        "2026/11/24",
        "2026.11.24",
        "24/11/2026",
        "24/11-2026",
        "24-11-2026",
        "24.11.2026",
        "24/11/26",
        "24 nov 2026",
        "24 Nov 2026",
        "24 november 2026",
        "24 NOVEMBER 2026",
        "24 nov. 2026",
        "November 24, 2026",
        "2026-11-24T21:30:00",
        "2026-11-24 kl. 21.30",
        "24/11/2026 21.30",
    ],
)
def test_dates_written_every_way(cell: object) -> None:
    assert parse_date(cell) == DAY


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("1 jan 2026", date(2026, 1, 1)),
        ("3 februari 2026", date(2026, 2, 3)),
        ("5 mars 2026", date(2026, 3, 5)),
        ("7 mar 2026", date(2026, 3, 7)),
        ("9 maj 2026", date(2026, 5, 9)),
        ("10 juni 2026", date(2026, 6, 10)),
        ("11 jul 2026", date(2026, 7, 11)),
        ("12 aug 2026", date(2026, 8, 12)),
        ("13 sept 2026", date(2026, 9, 13)),
        ("14 sep 2026", date(2026, 9, 14)),
        ("15 okt 2026", date(2026, 10, 15)),
        ("16 oktober 2026", date(2026, 10, 16)),
        ("31 dec 2026", date(2026, 12, 31)),
        ("29 februari 2028", date(2028, 2, 29)),
        ("1/2/2026", date(2026, 2, 1)),  # day first, as Swedish files write it
        ("2026-2-1", date(2026, 2, 1)),
    ],
)
def test_month_names_and_day_first(cell: str, expected: date) -> None:
    assert parse_date(cell) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("2026-11-24 kl. 21.30", (DAY, time(21, 30))),
        ("2026-11-24 kl 21", (DAY, time(21, 0))),
        ("2026-11-24 21:30", (DAY, time(21, 30))),
        ("24/11/2026 21.30", (DAY, time(21, 30))),
        ("2026-11-24T21:30", (DAY, time(21, 30))),
        ("2026-11-24T21:30:15", (DAY, time(21, 30, 15))),
        ("2026-11-24, 21:30", (DAY, time(21, 30))),
        (datetime(2026, 11, 24, 21, 30), (DAY, time(21, 30))),
        (datetime(2026, 11, 24), (DAY, None)),  # Excel's date cell: no time given
        (SERIAL + 0.5, (DAY, time(12, 0))),
        (SERIAL + 21.5 / 24, (DAY, time(21, 30))),
        (SERIAL, (DAY, None)),
        ("2026-11-24", (DAY, None)),
        (DAY, (DAY, None)),
        (None, (None, None)),
        ("  ", (None, None)),
    ],
)
def test_date_and_time_in_one_cell(cell: object, expected: tuple) -> None:
    assert parse_date_time(cell) == expected


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        ("31/11/2026", "'31/11/2026' is not a day in the calendar"),
        ("2026-02-29", "'2026-02-29' is not a day in the calendar"),
        ("2026-13-01", "'2026-13-01' is not a day in the calendar"),
        ("igår", "'igår' is not a date. Write it as YYYY-MM-DD"),
        ("24/11", "'24/11' is not a date"),  # no year: the file's year is not guessed
        ("24 nåv 2026", "'24 nåv 2026' is not a date"),
        ("2026", "'2026' is not a date"),
        (2026, "'2026' is not a date"),  # a year, not a serial date in 1905
        (5, "'5' is not a date"),
        ("2026-11-24 ca 21", "'2026-11-24 ca 21' is not a date"),
        (True, "'ja' is not a date"),
        (time(21, 30), "'21:30' is not a date"),
    ],
)
def test_what_is_not_a_date(cell: object, message: str) -> None:
    with pytest.raises(BadValue) as raised:
        parse_date(cell)
    assert str(raised.value).startswith(message)
    assert "%1" in raised.value.message


def test_blank_is_no_date() -> None:
    assert parse_date(None) is None
    assert parse_date("") is None
    assert parse_date(" ") is None


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("21:30", time(21, 30)),
        ("21.30", time(21, 30)),
        ("2130", time(21, 30)),
        ("930", time(9, 30)),
        ("21", time(21, 0)),
        ("kl. 21.30", time(21, 30)),
        ("kl 21", time(21, 0)),
        ("Kl. 21:30", time(21, 30)),
        ("klockan 21.30", time(21, 30)),
        ("21:30:15", time(21, 30, 15)),
        ("9.05", time(9, 5)),
        ("09:05", time(9, 5)),
        ("  21:30  ", time(21, 30)),
        ("00:00", time(0, 0)),
        ("23:59", time(23, 59)),
        (time(21, 30), time(21, 30)),
        (datetime(2026, 11, 24, 21, 30), time(21, 30)),
        (21.5 / 24, time(21, 30)),  # Excel's time cell, as a fraction of the day
        (0.0, time(0, 0)),
        (SERIAL + 0.75, time(18, 0)),
        (timedelta(hours=21, minutes=30), time(21, 30)),
        (2130, time(21, 30)),  # typed into a number cell
        ("2026-11-24 21:30", time(21, 30)),
        (None, None),
        ("", None),
    ],
)
def test_times_written_every_way(cell: object, expected: time | None) -> None:
    assert parse_time(cell) == expected


@pytest.mark.parametrize(
    "cell", ["25:00", "24:00", "21:75", "21:30:61", "2400", "halv tio", "21.3", "1.5", 1.5, "-"]
)
def test_what_is_not_a_time(cell: object) -> None:
    with pytest.raises(BadValue) as raised:
        parse_time(cell)
    assert str(raised.value) == f"'{cell}' is not a time. Write it as HH:MM, for example 21:30."


@pytest.mark.parametrize(
    "cell",
    ["ja", "Ja", "JA", "j", "yes", "Y", "x", "X", "sant", "TRUE", "1", 1, 1.0, "✓", True,
     "Sekretess", "konfidentiell", " ja "],
)  # fmt: skip
def test_yes(cell: object) -> None:
    assert parse_yes_no(cell) is True


@pytest.mark.parametrize(
    "cell", ["nej", "Nej", "n", "no", "falskt", "FALSE", "0", 0, "-", False, " nej "]
)
def test_no(cell: object) -> None:
    assert parse_yes_no(cell) is False


@pytest.mark.parametrize("cell", [None, "", "   "])
def test_blank_is_neither_yes_nor_no(cell: object) -> None:
    assert parse_yes_no(cell) is None


@pytest.mark.parametrize("cell", ["kanske", "2", 2, "jaa"])
def test_what_is_not_yes_or_no(cell: object) -> None:
    with pytest.raises(BadValue) as raised:
        parse_yes_no(cell)
    assert str(raised.value) == f"'{cell}' is not yes or no. Write ja or nej."
    assert raised.value.value == str(cell)


@pytest.mark.parametrize(
    ("cell", "text"),
    [
        (None, ""),
        ("  Västra Sjöstaden ", "Västra Sjöstaden"),
        (3, "3"),
        (3.0, "3"),
        (2.5, "2.5"),
        (0.1 + 0.2, "0.3"),
        (DAY, "2026-11-24"),
        (datetime(2026, 11, 24, 21, 30), "2026-11-24 21:30"),
        (datetime(2026, 11, 24), "2026-11-24"),
        (time(9, 5), "09:05"),
        (True, "ja"),
        (False, "nej"),
    ],
)
def test_cell_as_text(cell: object, text: str) -> None:
    assert cell_text(cell) == text
