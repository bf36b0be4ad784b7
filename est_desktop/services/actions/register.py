"""The action register: its rows and the filters a convener uses every week.

Everything a filter needs is loaded with the rows, in one pass over all actions,
so filtering never goes back to the database: the register holds thousands of
actions and narrows them as the convener types.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import cached_property

from sqlalchemy import func, select
from sqlmodel import Session, col

from ...models import Action, ActionAnswer, ActionStatus, ActionUpdate, Meeting
from .rows import ActionRow, action_row, action_row_query

STALE_AFTER_MEETINGS = 3
DUE_SOON_DAYS = 7


@dataclass(frozen=True)
class RegisterRow:
    """An action as the register lists it, with what its filters need."""

    action: ActionRow
    closed_on: date | None
    last_update_date: date | None  # the latest review or answer
    meetings_since_update: int  # held since the later of the decision and the last update

    @property
    def id(self) -> int:
        return self.action.id

    @cached_property
    def search_text(self) -> str:
        """What the free-text filter searches, case-folded once per row, not per keystroke."""
        action = self.action
        return (
            f"{action.description}\n{action.owner}\n{action.contact_person}\n{action.focus_area}"
        ).casefold()

    @property
    def is_stale(self) -> bool:
        return self.action.is_open and self.meetings_since_update >= STALE_AFTER_MEETINGS

    def is_due_soon(self, today: date) -> bool:
        due = self.action.due_date
        return (
            self.action.is_open
            and due is not None
            and today <= due <= today + timedelta(days=DUE_SOON_DAYS)
        )


def register_rows(*, session: Session, today: date) -> list[RegisterRow]:
    """Every action, newest decision first; two statements however many actions there are."""
    reviewed = (
        select(col(ActionUpdate.action_id), func.max(Meeting.date).label("day"))
        .join(Meeting, col(Meeting.id) == ActionUpdate.meeting_id)
        .group_by(col(ActionUpdate.action_id))
        .subquery()
    )
    answered = (
        select(col(ActionAnswer.action_id), func.max(ActionAnswer.answered_on).label("day"))
        .group_by(col(ActionAnswer.action_id))
        .subquery()
    )
    query = (
        action_row_query()
        .add_columns(Action.closed_on, reviewed.c.day, answered.c.day)
        .outerjoin(reviewed, reviewed.c.action_id == Action.id)
        .outerjoin(answered, answered.c.action_id == Action.id)
        .order_by(col(Meeting.date).desc().nulls_last(), col(Action.id).desc())
    )
    held = list(
        session.scalars(
            select(col(Meeting.date)).where(col(Meeting.date) <= today).order_by(col(Meeting.date))
        )
    )
    rows = []
    for values in session.execute(query):
        *fields, closed_on, reviewed_on, answered_on = values
        row = action_row(fields)
        last_update = max((d for d in (reviewed_on, answered_on) if d is not None), default=None)
        since = max((d for d in (row.decided_on, last_update) if d is not None), default=None)
        unseen = len(held) - (bisect.bisect_right(held, since) if since is not None else 0)
        rows.append(RegisterRow(row, closed_on, last_update, unseen))
    return rows


class StatusFilter(StrEnum):
    OPEN = "open"
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    STALE = "stale"
    CLOSED_IN_PERIOD = "closed_in_period"
    ALL = "all"
    NEW = ActionStatus.NEW.value
    IN_PROGRESS = ActionStatus.IN_PROGRESS.value
    DONE = ActionStatus.DONE.value
    CANCELLED = ActionStatus.CANCELLED.value


@dataclass(frozen=True)
class RegisterFilter:
    """The register's one filter; ``closed_from``/``closed_to`` count only for
    ``CLOSED_IN_PERIOD``, and either may be left open."""

    organisation_id: int | None = None
    status: StatusFilter = StatusFilter.OPEN
    focus_area_id: int | None = None
    closed_from: date | None = None
    closed_to: date | None = None
    text: str = ""

    def matches(self, row: RegisterRow, today: date) -> bool:
        action = row.action
        if self.organisation_id is not None and action.owner_id != self.organisation_id:
            return False
        if self.focus_area_id is not None and action.focus_area_id != self.focus_area_id:
            return False
        if not self._status_matches(row, today):
            return False
        return self.text_matches(row)

    def text_matches(self, row: RegisterRow) -> bool:
        """Every word of the free text is in the action's description, organisation,
        contact or focus area, in any case."""
        haystack = row.search_text
        return all(word in haystack for word in self._words)

    @cached_property
    def _words(self) -> tuple[str, ...]:
        return tuple(self.text.casefold().split())

    def _status_matches(self, row: RegisterRow, today: date) -> bool:
        match self.status:
            case StatusFilter.ALL:
                return True
            case StatusFilter.OPEN:
                return row.action.is_open
            case StatusFilter.OVERDUE:
                return row.action.is_overdue(today)
            case StatusFilter.DUE_SOON:
                return row.is_due_soon(today)
            case StatusFilter.STALE:
                return row.is_stale
            case StatusFilter.CLOSED_IN_PERIOD:
                closed = row.closed_on
                return (
                    closed is not None
                    and (self.closed_from is None or self.closed_from <= closed)
                    and (self.closed_to is None or closed <= self.closed_to)
                )
            case _:
                return row.action.status == self.status
