"""An action's whole history: the decision, every review and every answer, in order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlmodel import Session, col

from ...models import ActionAnswer, ActionUpdate, Meeting
from ...models.clock import as_utc
from ..meetings.agenda import get_meeting, iso_week
from .decisions import decided_meeting_id, get_action


@dataclass(frozen=True)
class HistoryEntry:
    day: date
    week: int
    status: str
    note: str  # for an answer: the comment
    new_due_date: date | None
    is_decision: bool
    is_answer: bool = False
    source_file: str = ""
    answered_by: str = ""


def action_history(*, session: Session, action_id: int) -> list[HistoryEntry]:
    """Decided at which meeting, then every review and every answer to an exported
    action list, in date order.

    On the same day, changes come in the order they were recorded, which is the
    order in which they changed the action.
    """
    action = get_action(session=session, action_id=action_id)
    updates = session.execute(
        select(ActionUpdate, col(Meeting.date))
        .join(Meeting, col(Meeting.id) == ActionUpdate.meeting_id)
        .where(col(ActionUpdate.action_id) == action_id)
    ).all()
    answers = session.scalars(select(ActionAnswer).where(col(ActionAnswer.action_id) == action_id))
    changes = [
        (
            day,
            as_utc(u.created_at),
            u.previous_status,
            HistoryEntry(day, iso_week(day), u.status, u.note, u.new_due_date, False),
        )
        for u, day in updates
    ]
    changes += [
        (
            a.answered_on,
            as_utc(a.imported_at),
            a.previous_status,
            HistoryEntry(
                a.answered_on,
                iso_week(a.answered_on),
                a.status,
                a.comment,
                a.new_due_date,
                False,
                is_answer=True,
                source_file=a.source_file,
                answered_by=a.answered_by,
            ),
        )
        for a in answers
    ]
    changes.sort(key=lambda c: c[:2])
    decided = get_meeting(session=session, meeting_id=decided_meeting_id(action))
    first_status = changes[0][2] if changes else action.status
    entries = [HistoryEntry(decided.date, iso_week(decided.date), first_status, "", None, True)]
    return entries + [entry for *_, entry in changes]
