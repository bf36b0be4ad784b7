"""The minutes as plain data: what gather collects and to_docx writes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from typing import Generic, TypeVar

from ...models import AgendaItemKind, Meeting
from ..action_lists.answers import AnswerRow
from ..actions.decisions import ReviewRow
from ..actions.rows import ActionRow
from ..incidents import IncidentRow
from ..map.counts import IncidentMap


@dataclass(frozen=True)
class MeetingFacts:
    date: date
    start_time: time | None
    location: str
    convener: str
    finalised: bool

    @property
    def iso_week(self) -> int:
        return self.date.isocalendar().week

    @classmethod
    def of(cls, meeting: Meeting) -> MeetingFacts:
        return cls(
            meeting.date,
            meeting.start_time,
            meeting.location,
            meeting.convener,
            meeting.is_finalised,
        )


T = TypeVar("T")


@dataclass(frozen=True)
class Group(Generic[T]):
    """Rows under one organisation's name."""

    organisation: str
    rows: list[T]


@dataclass(frozen=True)
class ItemMinutes:
    number: int
    title: str
    kind: str
    notes: str
    incidents: list[IncidentRow]
    actions: list[ActionRow]
    reviews: list[ReviewRow]
    # On the review item: answers to exported action lists since the previous meeting.
    answers: list[AnswerRow] = field(default_factory=list)
    # Confidential incidents on the item that the minutes leave out: said, never shown.
    confidential_left_out: int = 0

    @property
    def heading(self) -> str:
        return f"§ {self.number} {self.title}"

    @property
    def is_review(self) -> bool:
        return self.kind == AgendaItemKind.ACTION_REVIEW


@dataclass(frozen=True)
class WeekMap:
    """The map of the meeting's week, in minutes asked to include one."""

    incidents: IncidentMap
    confidential_count: int  # confidential incidents counted on it


@dataclass(frozen=True)
class MinutesData:
    meeting: MeetingFacts
    organisation_name: str
    attendance: list[Group[str]]
    items: list[ItemMinutes]
    open_actions: list[Group[ActionRow]]
    next_meeting: MeetingFacts | None
    week_map: WeekMap | None = None

    @property
    def has_confidential(self) -> bool:
        """True only when a confidential incident is actually in the document, if only
        as a count on the map."""
        if self.week_map is not None and self.week_map.confidential_count:
            return True
        return any(row.confidential for item in self.items for row in item.incidents)
