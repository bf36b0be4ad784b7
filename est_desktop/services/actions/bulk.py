"""Changing many actions at once from the register: another organisation, other due dates.

Each change is planned first, so the window can show exactly what will happen and ask
before anything is saved; applying plans again inside the same session, so a change
is checked as a whole and saved as a whole, or not at all.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import cast

from sqlalchemy import select
from sqlmodel import Session, col

from ...errors import ValidationError
from ...models import OPEN_ACTION_STATUSES, Action, Meeting, Organisation, saved_id
from ...text import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Reassignment:
    action_ids: tuple[int, ...]  # those that change owner; any already owned are left alone
    from_organisations: tuple[str, ...]  # most actions first
    to_organisation: str


@dataclass(frozen=True)
class DueDateMove:
    action_id: int
    description: str
    old: date | None
    new: date


def plan_reassignment(
    *, session: Session, action_ids: Sequence[int], organisation_id: int | None
) -> Reassignment:
    """What reassigning would change; refuses closed actions and inactive organisations."""
    selected = _open_actions(session, action_ids)
    organisation = session.get(Organisation, organisation_id) if organisation_id else None
    if organisation is None or not organisation.active:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("Validation", "Choose an active organisation."), "organisation_id"
        )
    moving = [a for a in selected if a.owner_organisation_id != organisation.id]
    if not moving:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP(
                "Validation", "The selected actions already belong to that organisation."
            )
        )
    owners = Counter(a.owner_organisation_id for a in moving)
    names: dict[int, str] = dict(
        session.execute(
            select(col(Organisation.id), col(Organisation.name)).where(
                col(Organisation.id).in_(owners)
            )
        ).all()
    )
    return Reassignment(
        action_ids=tuple(saved_id(a) for a in moving),
        from_organisations=tuple(names[i] for i, _ in owners.most_common()),
        to_organisation=organisation.name,
    )


def reassign_actions(
    *, session: Session, action_ids: Sequence[int], organisation_id: int | None, user: str
) -> Reassignment:
    """Makes another organisation responsible for open actions, all of them or none."""
    plan = plan_reassignment(
        session=session, action_ids=action_ids, organisation_id=organisation_id
    )
    # The plan refuses a missing organisation, so there is one.
    owner_id = cast(int, organisation_id)
    for action_id in plan.action_ids:
        action = session.get_one(Action, action_id)
        action.owner_organisation_id = owner_id
        session.add(action)
    session.flush()
    log.info("%s reassigned actions %s", user or "?", list(plan.action_ids))
    return plan


def plan_due_date_moves(
    *,
    session: Session,
    action_ids: Sequence[int],
    new_date: date | None = None,
    shift_days: int | None = None,
    today: date | None = None,
) -> list[DueDateMove]:
    """Each open action's due date before and after: one new date, or shifted by days.

    No due date may land in the past or before the meeting that decided its action.
    """
    today = today or date.today()
    if (new_date is None) == (shift_days is None):
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("Validation", "Give either a new due date or a number of days.")
        )
    if shift_days == 0:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("Validation", "Enter a number of days other than zero."),
            "shift_days",
        )
    selected = _open_actions(session, action_ids)
    if shift_days is not None and any(a.due_date is None for a in selected):
        raise ValidationError.single(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Some of the selected actions have no due date to shift. Give a new date instead.",
            ),
            "shift_days",
        )
    decided: dict[int, date] = dict(
        session.execute(
            select(col(Action.id), col(Meeting.date))
            .join(Meeting, col(Meeting.id) == Action.decided_meeting_id)
            .where(col(Action.id).in_([a.id for a in selected]))
        ).all()
    )
    moves = []
    for action in selected:
        if new_date is not None:
            new = new_date
        else:
            # Checked above: without a new date there is a shift, and every due date is set.
            new = cast(date, action.due_date) + timedelta(days=cast(int, shift_days))
        if new < today:
            raise ValidationError.single(
                QT_TRANSLATE_NOOP("Validation", "The new due date must not be in the past."),
                "new_date",
            )
        if action.id in decided and new < decided[action.id]:
            raise ValidationError.single(
                QT_TRANSLATE_NOOP(
                    "Validation", "The due date is before the meeting that decides the action."
                ),
                "new_date",
            )
        moves.append(DueDateMove(saved_id(action), action.description, action.due_date, new))
    return moves


def move_due_dates(
    *,
    session: Session,
    action_ids: Sequence[int],
    new_date: date | None = None,
    shift_days: int | None = None,
    today: date | None = None,
) -> list[DueDateMove]:
    """Gives open actions a new due date, all of them or none."""
    moves = plan_due_date_moves(
        session=session,
        action_ids=action_ids,
        new_date=new_date,
        shift_days=shift_days,
        today=today,
    )
    for move in moves:
        action = session.get_one(Action, move.action_id)
        action.due_date = move.new
        session.add(action)
    session.flush()
    return moves


def _open_actions(session: Session, action_ids: Sequence[int]) -> list[Action]:
    wanted = list(dict.fromkeys(action_ids))
    if not wanted:
        raise ValidationError.single(QT_TRANSLATE_NOOP("Validation", "Select at least one action."))
    found = list(
        session.scalars(select(Action).where(col(Action.id).in_(wanted)).order_by(col(Action.id)))
    )
    if len(found) != len(wanted):
        raise ValidationError.single(
            QT_TRANSLATE_NOOP(
                "Validation", "One of the selected actions no longer exists. Select them again."
            )
        )
    if any(a.status not in OPEN_ACTION_STATUSES for a in found):
        raise ValidationError.single(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Only open actions can be changed. Leave out the actions that are done or "
                "cancelled.",
            )
        )
    return found
