"""How actions stood at an earlier meeting: later reviews and answers are rolled back through
the previous state each of them stored, so old minutes and reviews show what was true then."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, select
from sqlmodel import Session, col

from ...models import ActionAnswer, ActionUpdate, Meeting, saved_id
from ...text import swedish_sort_key
from ..meetings.agenda import get_meeting, previous_meeting
from .rows import ActionRow, action_row, action_row_query


def answered_since_previous(session: Session, meeting: Meeting) -> set[int]:
    """Actions with an answer received after the previous meeting, up to this one."""
    previous = previous_meeting(session=session, meeting=meeting)
    after = previous.date if previous is not None else date.min
    return {
        answer.action_id
        for answer in session.scalars(select(ActionAnswer))
        if after < answer.received_on <= meeting.date
    }


def latest_answers(session: Session, action_ids: set[int], up_to: date) -> dict[int, ActionAnswer]:
    """Per action, the last answer received up to ``up_to`` (its day included)."""
    if not action_ids:
        return {}
    latest: dict[int, ActionAnswer] = {}
    query = (
        select(ActionAnswer)
        .where(col(ActionAnswer.action_id).in_(action_ids))
        .order_by(col(ActionAnswer.imported_at), col(ActionAnswer.id))
    )
    for answer in session.scalars(query):
        if answer.received_on <= up_to:
            latest[answer.action_id] = answer
    return latest


@dataclass(frozen=True)
class Change:
    previous_status: str
    previous_due_date: date | None
    update: ActionUpdate | None  # None: an answer to an exported list


def first_changes_after(
    session: Session, day: date, *, same_day_reviews: bool
) -> dict[int, Change]:
    """Per action, the earliest review or answer after ``day``: its stored previous state is
    how the action stood on that day. Reviews at a meeting on ``day`` itself count as after
    it when ``same_day_reviews`` (the state at the start of that meeting); answers received
    on ``day`` arrived before the meeting and never do."""
    meeting_day = col(Meeting.date) >= day if same_day_reviews else col(Meeting.date) > day
    # Only each action's first review after the day is loaded (years of reviews otherwise).
    ranked = (
        select(
            col(ActionUpdate.id).label("id"),
            func.row_number()
            .over(
                partition_by=col(ActionUpdate.action_id),
                order_by=(col(Meeting.date), col(ActionUpdate.id)),
            )
            .label("n"),
        )
        .join(Meeting, col(Meeting.id) == ActionUpdate.meeting_id)
        .where(meeting_day)
        .subquery()
    )
    changes: list[tuple[date, int, int, int, Change]] = [
        (on, 0, saved_id(u), u.action_id, Change(u.previous_status, u.previous_due_date, u))
        for u, on in session.execute(
            select(ActionUpdate, col(Meeting.date))
            .join(Meeting, col(Meeting.id) == ActionUpdate.meeting_id)
            .join(ranked, ranked.c.id == ActionUpdate.id)
            .where(ranked.c.n == 1)
        )
    ]
    changes += [
        (
            a.received_on,
            1,
            saved_id(a),
            a.action_id,
            Change(a.previous_status, a.previous_due_date, None),
        )
        for a in session.scalars(select(ActionAnswer))
        if a.received_on > day
    ]
    first: dict[int, Change] = {}
    for _on, _kind, _id, action_id, change in sorted(changes, key=lambda c: c[:3]):
        first.setdefault(action_id, change)
    return first


def last_notes_before(session: Session, action_ids: list[int], before: date) -> dict[int, str]:
    """The newest note per action known when the meeting on ``before`` began: a review
    note from an earlier meeting or an answer's comment received up to that day."""
    notes: list[tuple[date, int, int, str]] = [
        (day, 0, action_id, note)
        for action_id, note, day in session.execute(
            select(col(ActionUpdate.action_id), col(ActionUpdate.note), col(Meeting.date))
            .join(Meeting, col(Meeting.id) == ActionUpdate.meeting_id)
            .where(
                col(ActionUpdate.action_id).in_(action_ids),
                col(Meeting.date) < before,
                col(ActionUpdate.note) != "",
            )
        )
    ]
    notes += [
        (answer.received_on, 1, answer.action_id, answer.comment)
        for answer in session.scalars(
            select(ActionAnswer).where(
                col(ActionAnswer.action_id).in_(action_ids), col(ActionAnswer.comment) != ""
            )
        )
        if answer.received_on <= before
    ]
    return {action_id: note for _day, _kind, action_id, note in sorted(notes)}


def open_action_rows_after(*, session: Session, meeting_id: int) -> list[ActionRow]:
    """Actions still open when this meeting ended, as they stood then.

    Later reviews are rolled back through their stored previous state, so the
    minutes of an old meeting show what was open at that time.
    """
    meeting = get_meeting(session=session, meeting_id=meeting_id)
    # Sorted here rather than by the "sv" collation, which calls back into Python for
    # every comparison of thousands of rows.
    rows = sorted(
        (
            action_row(r)
            for r in session.execute(action_row_query().where(Meeting.date <= meeting.date))
        ),
        key=lambda r: (swedish_sort_key(r.owner), r.decided_on or date.min, r.id),
    )
    first_later = first_changes_after(session, meeting.date, same_day_reviews=False)
    result = []
    for row in rows:
        change = first_later.get(row.id)
        if change is not None:
            row = replace(row, status=change.previous_status, due_date=change.previous_due_date)
        if row.is_open:
            result.append(row)
    return result
