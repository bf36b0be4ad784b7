"""Actions as rows for lists, the register and documents: one query, joined once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlmodel import Session, col

from ...models import OPEN_ACTION_STATUSES, Action, FocusArea, Meeting, Organisation
from ..meetings.agenda import iso_week


@dataclass(frozen=True)
class ActionRow:
    id: int
    description: str
    owner_id: int
    owner: str
    contact_person: str
    due_date: date | None
    status: str
    focus_area_id: int | None
    focus_area: str
    decided_on: date | None
    agenda_item_id: int | None

    @property
    def decided_week(self) -> int | None:
        return None if self.decided_on is None else iso_week(self.decided_on)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_ACTION_STATUSES

    def is_overdue(self, on: date) -> bool:
        return self.is_open and self.due_date is not None and self.due_date < on


def overdue_counted_from(meeting_day: date, today: date | None) -> date:
    """The one rule for "försenad": open with its due date before the day counted from,
    which is today, or the meeting's day for a meeting already held (a held meeting's
    review and minutes show it as it stood then). The register, the action lists and the
    lägesbild count from today; a meeting's review and the projector from this day.
    ``today`` None: the meeting's day (documents about a meeting)."""
    return meeting_day if today is None else min(meeting_day, today)


def action_row_query():
    return (
        select(
            Action.id,
            Action.description,
            Organisation.id,
            Organisation.name,
            Action.contact_person,
            Action.due_date,
            Action.status,
            Action.focus_area_id,
            FocusArea.name,
            Meeting.date,
            Action.agenda_item_id,
        )
        .join(Organisation, Organisation.id == Action.owner_organisation_id)
        .outerjoin(FocusArea, FocusArea.id == Action.focus_area_id)
        .outerjoin(Meeting, Meeting.id == Action.decided_meeting_id)
    )


def action_row(values) -> ActionRow:
    values = list(values)
    values[8] = values[8] or ""
    return ActionRow(*values)


def action_rows_for_item(*, session: Session, item_id: int) -> list[ActionRow]:
    query = action_row_query().where(Action.agenda_item_id == item_id).order_by(Action.id)
    return [action_row(r) for r in session.execute(query)]


def action_rows_decided_at(*, session: Session, meeting_id: int) -> list[ActionRow]:
    query = action_row_query().where(Action.decided_meeting_id == meeting_id).order_by(Action.id)
    return [action_row(r) for r in session.execute(query)]


def all_action_rows(*, session: Session) -> list[ActionRow]:
    """Every action, for the register: one query, plain rows."""
    query = action_row_query().order_by(
        col(Meeting.date).desc().nulls_last(), col(Action.id).desc()
    )
    return [action_row(r) for r in session.execute(query)]
