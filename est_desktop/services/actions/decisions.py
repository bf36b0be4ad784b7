"""Actions (åtgärder): deciding them, reviewing them at later meetings, and their history."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import cast

from sqlalchemy import delete, select
from sqlmodel import Session, col

from ...errors import NotFound, ValidationError
from ...models import (
    OPEN_ACTION_STATUSES,
    Action,
    ActionAnswer,
    ActionCreate,
    ActionIncidentLink,
    ActionStatus,
    ActionUpdate,
    FocusArea,
    Incident,
    Meeting,
    Organisation,
    PlanActivity,
    saved_id,
)
from ...text import QT_TRANSLATE_NOOP
from ..conflicts import check_version
from ..limits import check_date, check_name, check_text, clean_text, one_line
from ..meetings.agenda import (
    editable_meeting,
    get_item,
    get_meeting,
    planned_again_if_nothing_recorded,
)
from ..personal_numbers import refuse_personal_numbers
from .past import (
    answered_since_previous,
    first_changes_after,
    last_notes_before,
    latest_answers,
)
from .rows import ActionRow, action_row, action_row_query, overdue_counted_from


class ReviewOutcome(StrEnum):
    DONE = "done"
    IN_PROGRESS = "in_progress"
    NEW_DUE_DATE = "new_due_date"
    CANCELLED = "cancelled"


def validate_action(*, session: Session, data: ActionCreate, decided_on: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not data.description.strip():
        errors["description"] = QT_TRANSLATE_NOOP("Validation", "Describe what is to be done.")
    if (
        data.owner_organisation_id is None
        or session.get(Organisation, data.owner_organisation_id) is None
    ):
        errors["owner_organisation_id"] = QT_TRANSLATE_NOOP(
            "Validation", "Choose the organisation responsible for the action."
        )
    if data.due_date is not None and data.due_date < decided_on:
        errors["due_date"] = QT_TRANSLATE_NOOP(
            "Validation", "The due date is before the meeting that decides the action."
        )
    if data.status not in {s.value for s in ActionStatus}:
        errors["status"] = QT_TRANSLATE_NOOP("Validation", "Choose a status from the list.")
    if data.focus_area_id is not None and session.get(FocusArea, data.focus_area_id) is None:
        errors["focus_area_id"] = QT_TRANSLATE_NOOP(
            "Validation", "Choose a focus area from the list."
        )
    if (
        data.plan_activity_id is not None
        and session.get(PlanActivity, data.plan_activity_id) is None
    ):
        errors["plan_activity_id"] = QT_TRANSLATE_NOOP(
            "Validation", "Choose a row of the action plan from the list."
        )
    for incident_id in data.incident_ids:
        if session.get(Incident, incident_id) is None:
            errors["incident_ids"] = QT_TRANSLATE_NOOP(
                "Validation", "A linked incident no longer exists. Remove the link."
            )
    check_text(errors, "description", data.description)
    check_name(errors, "contact_person", data.contact_person)
    check_date(errors, "due_date", data.due_date)
    return errors


def _checked(
    session: Session, data: ActionCreate, decided_on: date, allow_personal_numbers: bool
) -> ActionCreate:
    """``data`` cleaned and valid, or the error to show; a personal identity number in
    its free text needs the user's confirmation (``PersonalNumbersFound``)."""
    data = data.model_copy(
        update={
            "description": clean_text(data.description),
            "contact_person": one_line(data.contact_person),
        }
    )
    errors = validate_action(session=session, data=data, decided_on=decided_on)
    if errors:
        raise ValidationError(errors)
    refuse_personal_numbers(
        {"description": data.description, "contact_person": data.contact_person},
        allow=allow_personal_numbers,
    )
    return data


def decide_action(
    *, session: Session, item_id: int, data: ActionCreate, allow_personal_numbers: bool = False
) -> Action:
    """Records an action decided under an agenda item."""
    item = get_item(session=session, item_id=item_id)
    meeting = editable_meeting(session=session, meeting_id=item.meeting_id, recording=True)
    if data.focus_area_id is None and item.focus_area_id is not None:
        data = data.model_copy(update={"focus_area_id": item.focus_area_id})
    data = _checked(session, data, meeting.date, allow_personal_numbers)
    action = Action(
        **data.model_dump(exclude={"incident_ids"}),
        decided_meeting_id=meeting.id,
        agenda_item_id=item.id,
    )
    if action.status in (ActionStatus.DONE, ActionStatus.CANCELLED):
        action.closed_on = meeting.date
    session.add(action)
    session.flush()
    _set_links(session, saved_id(action), data.incident_ids)
    return action


def update_action(
    *,
    session: Session,
    action_id: int,
    data: ActionCreate,
    allow_personal_numbers: bool = False,
    expected_version: int | None = None,
) -> Action:
    """Corrects an action while the meeting that decided it is still open.

    ``expected_version`` is the version the form showed. When another desk saved the
    action since, nothing is written: ``ChangedElsewhere`` carries both sides, and saving
    again with its ``current_version`` writes these values over the other desk's."""
    action = get_action(session=session, action_id=action_id)
    meeting = editable_meeting(session=session, meeting_id=decided_meeting_id(action))
    data = _checked(session, data, meeting.date, allow_personal_numbers)
    mine = data.model_dump()
    mine["incident_ids"] = sorted(set(data.incident_ids))
    check_version(
        entity="action",
        entity_id=saved_id(action),
        stored_version=action.version,
        expected_version=expected_version,
        mine=mine,
        theirs=_stored_values(session, action, mine),
    )
    version = action.version
    for key, value in data.model_dump(exclude={"incident_ids"}).items():
        setattr(action, key, value)
    action.closed_on = None if action.status in OPEN_ACTION_STATUSES else meeting.date
    session.add(action)
    session.flush()
    if _set_links(session, saved_id(action), data.incident_ids) and action.version == version:
        # The links are part of the action as its form shows it: a change to them alone
        # must be refused at another desk too, so it raises the version.
        action.version = version + 1
        session.flush()
    return action


def _stored_values(session: Session, action: Action, fields: dict[str, object]) -> dict:
    """The stored side of ``fields``, links included, for ``check_version``."""
    stored = {key: getattr(action, key) for key in fields if key != "incident_ids"}
    stored["incident_ids"] = sorted(
        linked_incident_ids(session=session, action_id=saved_id(action))
    )
    return stored


def delete_action(*, session: Session, action_id: int) -> None:
    action = get_action(session=session, action_id=action_id)
    editable_meeting(session=session, meeting_id=decided_meeting_id(action))
    reviewed = select(col(ActionUpdate.id)).where(col(ActionUpdate.action_id) == action_id)
    if session.scalars(reviewed).first():
        raise ValidationError.single(
            QT_TRANSLATE_NOOP(
                "Validation",
                "This action has been reviewed at later meetings. "
                "Cancel it instead of deleting it.",
            )
        )
    session.execute(
        delete(ActionIncidentLink).where(col(ActionIncidentLink.action_id) == action_id)
    )
    session.delete(action)
    session.flush()


def _set_links(session: Session, action_id: int, incident_ids: list[int]) -> bool:
    """Adds and removes only what changed, so the audit trail shows just that; True when
    something did."""
    wanted = list(dict.fromkeys(incident_ids))
    existing = set(linked_incident_ids(session=session, action_id=action_id))
    gone = existing - set(wanted)
    if gone:
        session.execute(
            delete(ActionIncidentLink).where(
                col(ActionIncidentLink.action_id) == action_id,
                col(ActionIncidentLink.incident_id).in_(gone),
            )
        )
    added = [i for i in wanted if i not in existing]
    for incident_id in added:
        session.add(ActionIncidentLink(action_id=action_id, incident_id=incident_id))
    session.flush()
    return bool(gone or added)


def linked_incident_ids(*, session: Session, action_id: int) -> list[int]:
    return list(
        session.scalars(
            select(col(ActionIncidentLink.incident_id)).where(
                col(ActionIncidentLink.action_id) == action_id
            )
        )
    )


def get_action(*, session: Session, action_id: int) -> Action:
    action = session.get(Action, action_id)
    if action is None:
        raise NotFound(f"action {action_id}")
    return action


def meeting_of_action(*, session: Session, action_id: int) -> int:
    """The meeting that decided the action, to open it from the register."""
    return decided_meeting_id(get_action(session=session, action_id=action_id))


def decided_meeting_id(action: Action) -> int:
    """The meeting that decided the action: every action is decided at one."""
    if action.decided_meeting_id is None:
        raise NotFound(f"the meeting that decided action {action.id}")
    return action.decided_meeting_id


# --- review at a later meeting -------------------------------------------------------


@dataclass(frozen=True)
class ReviewRow:
    action: ActionRow
    meetings_since: int
    overdue: bool
    outcome: ActionUpdate | None
    last_note: str
    # The organisation's answer since the last meeting (an imported action list), while
    # the meeting has not reviewed the action: shown for the meeting to confirm.
    answer: ActionAnswer | None = None

    @property
    def to_confirm(self) -> bool:
        return self.answer is not None and self.outcome is None


def review_rows(*, session: Session, meeting_id: int, today: date | None = None) -> list[ReviewRow]:
    """Every action decided before this meeting that was open when it began, or was
    reviewed here.

    Oldest first, with its age in meetings and whether it is overdue (counted from
    ``rows.overdue_counted_from``: today, or the meeting's day once it is held).
    An earlier meeting's list is as it stood then: reviews at later meetings are
    rolled back through their stored previous state, as in ``open_action_rows_after``.
    """
    meeting = get_meeting(session=session, meeting_id=meeting_id)
    counted_from = overdue_counted_from(meeting.date, today)
    first_from_here = first_changes_after(session, meeting.date, same_day_reviews=True)
    outcomes = {
        a: c.update
        for a, c in first_from_here.items()
        if c.update is not None and c.update.meeting_id == meeting_id
    }
    # Closed by an answer since the last meeting: still listed, so the meeting sees the
    # answer and can confirm it or reopen the action.
    answered = answered_since_previous(session, meeting)
    query = action_row_query().where(Meeting.date < meeting.date)
    query = query.where(
        col(Action.status).in_(OPEN_ACTION_STATUSES)
        | col(Action.id).in_(list(first_from_here))
        | col(Action.id).in_(list(answered))
    )
    actions = []
    for action in map(
        action_row, session.execute(query.order_by(col(Meeting.date).nulls_first(), Action.id))
    ):
        later = first_from_here.get(action.id)
        if later is not None and action.id not in outcomes:
            action = replace(action, status=later.previous_status, due_date=later.previous_due_date)
        if action.is_open or action.id in outcomes or action.id in answered:
            actions.append(action)
    if not actions:
        return []
    dates = list(session.scalars(select(col(Meeting.date)).order_by(col(Meeting.date))))
    here = bisect.bisect_right(dates, meeting.date)
    last_notes = last_notes_before(session, [a.id for a in actions], meeting.date)
    answers = latest_answers(session, answered, meeting.date)
    rows = []
    for action in actions:
        # The query keeps only actions decided at an earlier meeting: each has its date.
        decided_on = cast(date, action.decided_on)
        outcome = outcomes.get(action.id)
        due = outcome.previous_due_date if outcome else action.due_date
        was_open = (outcome.previous_status if outcome else action.status) in OPEN_ACTION_STATUSES
        rows.append(
            ReviewRow(
                action=action,
                meetings_since=here - bisect.bisect_right(dates, decided_on),
                overdue=was_open and due is not None and due < counted_from,
                outcome=outcome,
                last_note=last_notes.get(action.id, ""),
                answer=answers.get(action.id),
            )
        )
    return rows


def record_review(
    *,
    session: Session,
    meeting_id: int,
    action_id: int,
    outcome: ReviewOutcome,
    note: str = "",
    new_due_date: date | None = None,
    allow_personal_numbers: bool = False,
) -> ActionUpdate:
    """Stores the outcome of reviewing an action at this meeting and applies it.

    Recording again at the same meeting replaces the earlier outcome.
    """
    meeting = editable_meeting(session=session, meeting_id=meeting_id, recording=True)
    action = get_action(session=session, action_id=action_id)
    decided = get_meeting(session=session, meeting_id=decided_meeting_id(action))
    if decided.date >= meeting.date:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("Validation", "Only actions from earlier meetings are reviewed here.")
        )
    _refuse_if_reviewed_later(session, meeting, saved_id(action))
    reviewed_here = session.scalars(
        select(col(ActionUpdate.id)).where(
            col(ActionUpdate.meeting_id) == meeting_id, col(ActionUpdate.action_id) == action.id
        )
    ).first()
    if (
        reviewed_here is None
        and action.status not in OPEN_ACTION_STATUSES
        and action.id not in answered_since_previous(session, meeting)
    ):
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("Validation", "This action was already closed at an earlier meeting.")
        )
    note = clean_text(note)
    errors: dict[str, str] = {}
    check_text(errors, "note", note)
    if outcome == ReviewOutcome.IN_PROGRESS and not note:
        errors["note"] = QT_TRANSLATE_NOOP(
            "Validation", "Write a short note on how the action is progressing."
        )
    if outcome == ReviewOutcome.NEW_DUE_DATE:
        if new_due_date is None:
            errors["new_due_date"] = QT_TRANSLATE_NOOP("Validation", "Choose the new due date.")
        elif new_due_date < meeting.date:
            errors["new_due_date"] = QT_TRANSLATE_NOOP(
                "Validation", "The new due date must not be before this meeting."
            )
        check_date(errors, "new_due_date", new_due_date)
    if errors:
        raise ValidationError(errors)
    refuse_personal_numbers({"note": note}, allow=allow_personal_numbers)

    _undo(session, meeting_id, action)
    status = {
        ReviewOutcome.DONE: ActionStatus.DONE,
        ReviewOutcome.IN_PROGRESS: ActionStatus.IN_PROGRESS,
        ReviewOutcome.NEW_DUE_DATE: ActionStatus.IN_PROGRESS,
        ReviewOutcome.CANCELLED: ActionStatus.CANCELLED,
    }[outcome]
    update = ActionUpdate(
        action_id=saved_id(action),
        meeting_id=meeting_id,
        status=status.value,
        note=note,
        new_due_date=new_due_date if outcome == ReviewOutcome.NEW_DUE_DATE else None,
        previous_status=action.status,
        previous_due_date=action.due_date,
    )
    action.status = status.value
    if update.new_due_date is not None:
        action.due_date = update.new_due_date
    action.closed_on = None if status.is_open else meeting.date
    session.add_all([update, action])
    session.flush()
    return update


def confirm_answer(*, session: Session, meeting_id: int, action_id: int) -> ActionUpdate:
    """The meeting takes the organisation's answer as its review: done, cancelled, a new
    due date or in progress, as the answer says, with the answer's comment as the note."""
    meeting = get_meeting(session=session, meeting_id=meeting_id)
    answer = latest_answers(session, {action_id}, meeting.date).get(action_id)
    if answer is None or action_id not in answered_since_previous(session, meeting):
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("Validation", "There is no answer since the last meeting to confirm.")
        )
    note = answer.comment
    if answer.status == ActionStatus.DONE:
        outcome = ReviewOutcome.DONE
    elif answer.status == ActionStatus.CANCELLED:
        outcome = ReviewOutcome.CANCELLED
    elif answer.new_due_date is not None and answer.new_due_date >= meeting.date:
        outcome = ReviewOutcome.NEW_DUE_DATE
    else:
        outcome = ReviewOutcome.IN_PROGRESS
        # A review in progress needs a note: the answer's own, else who answered.
        note = note or f"Enligt svar från {answer.answered_by or 'organisationen'}"
    return record_review(
        session=session,
        meeting_id=meeting_id,
        action_id=action_id,
        outcome=outcome,
        note=note,
        new_due_date=answer.new_due_date if outcome == ReviewOutcome.NEW_DUE_DATE else None,
        allow_personal_numbers=False,
    )


def _refuse_if_reviewed_later(session: Session, meeting: Meeting, action_id: int) -> None:
    """A reopened old meeting must not overwrite what a later meeting or answer decided."""
    later = session.scalars(
        select(col(ActionUpdate.id))
        .join(Meeting, col(Meeting.id) == ActionUpdate.meeting_id)
        .where(col(ActionUpdate.action_id) == action_id, col(Meeting.date) > meeting.date)
    ).first() or any(
        answer.received_on > meeting.date
        for answer in session.scalars(
            select(ActionAnswer).where(col(ActionAnswer.action_id) == action_id)
        )
    )
    if later:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP(
                "Validation",
                "This action was reviewed at a later meeting or answered since. "
                "Record the outcome at the latest meeting instead.",
            )
        )


def undo_review(*, session: Session, meeting_id: int, action_id: int) -> None:
    """Takes back the outcome recorded at this meeting: the action is as it was before, and
    a meeting the outcome opened is planned again if nothing else is recorded at it."""
    meeting = editable_meeting(session=session, meeting_id=meeting_id)
    _refuse_if_reviewed_later(session, meeting, action_id)
    _undo(session, meeting_id, get_action(session=session, action_id=action_id))
    planned_again_if_nothing_recorded(session, meeting)
    session.flush()


def _undo(session: Session, meeting_id: int, action: Action) -> None:
    existing = session.scalars(
        select(ActionUpdate).where(
            col(ActionUpdate.meeting_id) == meeting_id, col(ActionUpdate.action_id) == action.id
        )
    ).first()
    if existing is None:
        return
    action.status = existing.previous_status
    action.due_date = existing.previous_due_date
    if action.status in OPEN_ACTION_STATUSES:
        action.closed_on = None
    session.add(action)
    session.delete(existing)
    session.flush()
