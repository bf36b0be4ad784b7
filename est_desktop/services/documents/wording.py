"""The Swedish words of every document: weekdays and months, dates and weeks, action
statuses, and the phrases the minutes, the action lists and the reports share."""

from __future__ import annotations

from datetime import date

from ...models import ActionStatus

WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")

MONTHS = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)

STATUS_WORDS = {
    ActionStatus.NEW: "Ny",
    ActionStatus.IN_PROGRESS: "Pågår",
    ActionStatus.DONE: "Klar",
    ActionStatus.CANCELLED: "Avbruten",
}

SUBJECT = "EST – Effektiv samordning för trygghet"

NOTHING = "Inget att notera."

CONFIDENTIAL_HEADER = "SEKRETESS"

OVERDUE = "Försenad"


def long_date(day: date) -> str:
    """'tisdag 24 november 2026', whatever the computer's locale."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def day_text(day: date) -> str:
    """'1 september 2026'."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def period_text(start: date, end: date) -> str:
    """'1 september – 30 november 2026', the year once when both ends share it."""
    if start.year == end.year:
        return f"{start.day} {MONTHS[start.month - 1]} – {day_text(end)}"
    return f"{day_text(start)} – {day_text(end)}"


def week_label(day: date, *, relative_to: date | None = None) -> str:
    """'v. 48'; the year is added when it differs from ``relative_to``'s."""
    year, week, _ = day.isocalendar()
    if relative_to is not None and year != relative_to.isocalendar().year:
        return f"v. {week} {year}"
    return f"v. {week}"


def status_word(status: str) -> str:
    try:
        return STATUS_WORDS[ActionStatus(status)]
    except ValueError:
        return status


def dated_week(day: date | None) -> str:
    """'2026-11-24 (v. 48)': column D of the contract, and wherever the lists show a meeting."""
    if day is None:
        return ""
    return f"{day.isoformat()} (v. {day.isocalendar().week:02d})"
