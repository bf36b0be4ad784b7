"""An organisation's action list as plain data: what gather collects and the Word and
Excel writers render."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from ...text import swedish_sort_key
from ..actions.rows import ActionRow
from ..documents.wording import day_text, period_text, t

DAYS_WITHOUT_MEETING = 7

CLOSED_HEADING = "Stängda åtgärder"
NO_CLOSED = "Inga åtgärder har stängts under perioden."
NO_MEETING_YET = "inget ännu"  # "Senaste mötet: inget ännu"

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def safe_file_part(name: str) -> str:
    """``name`` usable in a file name on Windows, macOS and a shared drive."""
    text = " ".join(_UNSAFE.sub("-", name).split()).strip(" .")
    return text or "organisation"


@dataclass(frozen=True)
class ListPeriod:
    """The meeting a list names as the latest and the days its closed actions were closed
    on, from ``closed_from`` to the export day, both included (``list_period``'s rule)."""

    latest_meeting: date | None
    meeting_before: date | None  # the one before the latest: the period starts the day after
    closed_from: date


def list_period(meeting_days: Iterable[date], today: date) -> ListPeriod:
    """What a list exported on ``today`` counts as the latest meeting and as recently closed.

    - The latest meeting is the last one dated on or before ``today``. A meeting on the
      export day counts: lists go out after the meeting, and should show what it closed.
    - Closed actions are those closed from the day after the meeting before the latest
      one, up to ``today``: what the latest meeting closed, and whatever closed since.
    - Without a meeting before the latest one, the period starts a week back
      (``DAYS_WITHOUT_MEETING``, the latest meeting's day included), counted from the
      latest meeting, or from ``today`` when no meeting has been held yet.
    """
    held = sorted({day for day in meeting_days if day <= today}, reverse=True)
    latest = held[0] if held else None
    before = held[1] if len(held) > 1 else None
    if before is not None:
        closed_from = before + timedelta(days=1)
    else:
        closed_from = (latest or today) - timedelta(days=DAYS_WITHOUT_MEETING - 1)
    return ListPeriod(latest, before, closed_from)


@dataclass(frozen=True)
class LatestNote:
    text: str
    on: date
    from_answer: bool  # an answer sent back in a list, rather than a review at a meeting


@dataclass(frozen=True)
class OpenAction:
    action: ActionRow
    overdue: bool
    latest: LatestNote | None

    @property
    def latest_note(self) -> str:
        return self.latest.text if self.latest else ""


@dataclass(frozen=True)
class ClosedAction:
    action: ActionRow
    closed_on: date


@dataclass(frozen=True)
class OrganisationGroup:
    organisation: str
    open: list[OpenAction]
    closed: list[ClosedAction]


@dataclass(frozen=True)
class ActionList:
    """One organisation's list, or (``organisation_id`` None) the combined list."""

    organisation_id: int | None
    organisation: str  # the owner's name; "" for a combined list
    subject: str  # who the list is for: the name, or "alla organisationer" ("all organisations")
    author: str  # the convening organisation, from the settings
    today: date
    period: ListPeriod  # the latest meeting, and since when closed actions are listed
    open: list[OpenAction]  # oldest decided first (combined: by organisation, then oldest)
    closed: list[ClosedAction]

    @property
    def is_combined(self) -> bool:
        return self.organisation_id is None

    @property
    def week(self) -> int:
        return self.today.isocalendar().week

    @property
    def title(self) -> str:
        return t("Åtgärdslista – {subject}").format(subject=self.subject)

    @property
    def file_stem(self) -> str:
        return t("Åtgärdslista {subject} {date}").format(
            subject=safe_file_part(self.subject), date=self.today.isoformat()
        )

    @property
    def latest_meeting(self) -> date | None:
        return self.period.latest_meeting

    @property
    def closed_period_text(self) -> str:
        """The days the closed actions cover, in words, and why they start then: the same
        sentence under the Word list's closed heading and atop the Excel closed sheet."""
        start, before = self.period.closed_from, self.period.meeting_before
        days = day_text(start) if start == self.today else period_text(start, self.today)
        if before is None:
            return t("Klara eller avbrutna {period} (inget tidigare möte att räkna från).").format(
                period=days
            )
        return t("Klara eller avbrutna {period} (sedan mötet {meeting}).").format(
            period=days, meeting=day_text(before)
        )

    @property
    def overdue_count(self) -> int:
        return sum(1 for row in self.open if row.overdue)

    def groups(self) -> list[OrganisationGroup]:
        """Open and closed actions under each owner's name, in Swedish order (the names are
        Swedish whatever the document's language)."""
        names = sorted(
            {r.action.owner for r in self.open} | {r.action.owner for r in self.closed},
            key=swedish_sort_key,
        )
        return [
            OrganisationGroup(
                name,
                [r for r in self.open if r.action.owner == name],
                [r for r in self.closed if r.action.owner == name],
            )
            for name in names
        ]
