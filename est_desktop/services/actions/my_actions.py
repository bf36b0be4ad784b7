"""A participant's own open actions on the shared server, and answering them at the desk.

An answer saved here is recorded exactly as an answer imported from an exported action
list (``services.action_lists.answers``): an ``ActionAnswer`` row, and the action's status and due
date changed, so the convener's review and the minutes show it the same way, with who
answered and when. What the file importer checks about a file (its database, its
export) has no meaning here; instead the participant's list carries each action's
version, and an answer to an action the convener changed since is refused
(``ChangedElsewhere``), nothing written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlmodel import Session, col

from ...errors import NotFound, ValidationError
from ...models import (
    OPEN_ACTION_STATUSES,
    Action,
    ActionAnswer,
    ActionStatus,
    Meeting,
    saved_id,
)
from ...text import QT_TRANSLATE_NOOP
from ..action_lists.answers import ProposedChange, answer_key, apply_answers
from ..conflicts import check_version
from ..limits import check_date, check_name, check_text, clean_text, one_line
from ..personal_numbers import refuse_personal_numbers
from .past import last_notes_before
from .rows import action_row_query

# What the minutes and the register show where an imported answer names its file.
SOURCE = "Mina åtgärder"
EXPORT_ID = "server"

NOTHING_ANSWERED = QT_TRANSLATE_NOOP(
    "Validation", "Choose a new status or a new due date, or write a comment."
)
CLOSED = QT_TRANSLATE_NOOP(
    "Validation", "The action has been closed since your list was read. It needs no answer."
)
NOT_YOURS = QT_TRANSLATE_NOOP(
    "Validation", "The action belongs to another organisation. Only its owner answers it."
)
INVALID_STATUS = QT_TRANSLATE_NOOP("Validation", "Choose a status from the list.")
DUE_IN_PAST = QT_TRANSLATE_NOOP(
    "Validation", "The new due date has already passed. Choose today or a later day."
)
NO_NAME = QT_TRANSLATE_NOOP("Validation", "Write who answers.")


@dataclass(frozen=True)
class MyActionRow:
    """One open action as the participant's list shows it: the columns of the exported
    action list, and the version the answer is checked against."""

    id: int
    description: str
    focus_area: str
    decided_on: date | None
    due_date: date | None
    status: str
    contact_person: str
    latest_note: str
    version: int

    def is_overdue(self, on: date) -> bool:
        return self.due_date is not None and self.due_date < on


def open_actions_of(*, session: Session, organisation_id: int) -> list[MyActionRow]:
    """The organisation's open actions, the earliest due first (those without a due date
    last), then the oldest decided."""
    query = (
        action_row_query()
        .add_columns(Action.version)
        .where(
            Action.owner_organisation_id == organisation_id,
            col(Action.status).in_(OPEN_ACTION_STATUSES),
        )
        .order_by(col(Action.due_date).nulls_last(), col(Meeting.date).nulls_first(), Action.id)
    )
    found = session.execute(query).all()
    notes = last_notes_before(session, [values[0] for values in found], date.max)
    return [
        MyActionRow(
            id=values[0],
            description=values[1],
            focus_area=values[8] or "",
            decided_on=values[9],
            due_date=values[5],
            status=values[6],
            contact_person=values[4],
            latest_note=notes.get(values[0], "").strip(),
            version=values[11],
        )
        for values in found
    ]


def answer_action(
    *,
    session: Session,
    action_id: int,
    status: str | None,
    new_due_date: date | None,
    comment: str,
    answered_by: str,
    expected_version: int | None,
    organisation_id: int | None = None,
    now: datetime | None = None,
    allow_personal_numbers: bool = False,
) -> ActionAnswer:
    """Records the answer in the caller's transaction and returns it.

    ``status`` None (or the action's own status) keeps the status; ``new_due_date`` None
    keeps the due date. ``organisation_id``, when given, is the answering organisation:
    another's action is refused here before the server refuses it. A comment or name that
    holds a personal identity number needs ``allow_personal_numbers``
    (``PersonalNumbersFound``)."""
    now = now or datetime.now(UTC)
    today = now.astimezone().date()
    comment = clean_text(comment)
    answered_by = one_line(answered_by)
    status = status or None
    errors: dict[str, str] = {}
    if status is not None and status not in {s.value for s in ActionStatus}:
        errors["status"] = INVALID_STATUS
    if new_due_date is not None and new_due_date < today:
        errors["new_due_date"] = DUE_IN_PAST
    check_date(errors, "new_due_date", new_due_date)
    check_text(errors, "comment", comment)
    check_name(errors, "answered_by", answered_by)
    if not answered_by:
        errors["answered_by"] = NO_NAME
    if errors:
        raise ValidationError(errors)

    # Read first as it is seen: on a server, a row locked FOR UPDATE must also be one the
    # participant may change, so an action moved to another organisation would look gone.
    # (A column read, not the row: loading the row twice would trip SQLAlchemy's version
    # check when another desk commits in between, instead of the conflict below.)
    owner = session.execute(
        select(col(Action.owner_organisation_id)).where(col(Action.id) == action_id)
    ).first()
    if owner is None:
        raise NotFound(f"action {action_id}")
    if organisation_id is not None and owner[0] != organisation_id:
        raise ValidationError.single(NOT_YOURS)
    # Locked until the commit: no other desk's change can slip in between check and write.
    action = session.get(Action, action_id, with_for_update=True, populate_existing=True)
    if action is None:
        raise ValidationError.single(NOT_YOURS)
    check_version(
        entity="action",
        entity_id=saved_id(action),
        stored_version=action.version,
        expected_version=expected_version,
        mine={"status": status, "new_due_date": new_due_date},
        theirs={"status": action.status, "new_due_date": action.due_date},
    )
    if organisation_id is not None and action.owner_organisation_id != organisation_id:
        raise ValidationError.single(NOT_YOURS)
    if action.status not in OPEN_ACTION_STATUSES:
        raise ValidationError.single(CLOSED)
    if status == action.status:
        status = None
    if status is None and new_due_date is None and not comment:
        raise ValidationError.single(NOTHING_ANSWERED)
    refuse_personal_numbers(
        {"comment": comment, "answered_by": answered_by}, allow=allow_personal_numbers
    )

    # The moment is part of the key: the same words given again later are a new answer.
    key = answer_key(
        export_id=f"{EXPORT_ID}|{now.isoformat()}",
        action_id=saved_id(action),
        status=status,
        new_due=new_due_date,
        comment=comment,
        answered_by=answered_by,
    )
    change = ProposedChange(
        file=SOURCE,
        row=0,
        action_id=saved_id(action),
        description=action.description,
        owner="",
        current_status=action.status,
        current_due=action.due_date,
        new_status=status,
        new_due=new_due_date,
        comment=comment,
        answered_by=answered_by,
        answered_on=today,
        answer_key=key,
        export_id=EXPORT_ID,
        answered_at=now,
    )
    # Checked above, with the fields named for the form.
    apply_answers(session=session, changes=[change], now=now, allow_personal_numbers=True)
    answer = session.scalars(select(ActionAnswer).where(col(ActionAnswer.answer_key) == key)).one()
    return answer


__all__ = ["SOURCE", "MyActionRow", "answer_action", "open_actions_of"]
