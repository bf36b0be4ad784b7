"""An organisation's action list as plain data: what gather collects and the Word and
Excel writers render."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ...text import swedish_sort_key
from ..actions.rows import ActionRow
from ..documents.wording import dated_week, t

DAYS_WITHOUT_MEETING = 7

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def safe_file_part(name: str) -> str:
    """``name`` usable in a file name on Windows, macOS and a shared drive."""
    text = " ".join(_UNSAFE.sub("-", name).split()).strip(" .")
    return text or "organisation"


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
    previous_meeting: date | None
    closed_after: date  # closed_on later than this counts as "closed since the last meeting"
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
    def closed_since_text(self) -> str:
        if self.previous_meeting is None:
            return t("Klara eller avbrutna efter {date} (de senaste {days} dagarna).").format(
                date=self.closed_after.isoformat(), days=DAYS_WITHOUT_MEETING
            )
        return t("Klara eller avbrutna efter mötet {meeting}.").format(
            meeting=dated_week(self.previous_meeting)
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
