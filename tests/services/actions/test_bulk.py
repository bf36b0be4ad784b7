"""Moving many actions at once: to another organisation, or to other due dates.

Every change is all or nothing: after a refusal the database is as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlmodel import Session

from est_desktop.db import session_scope
from est_desktop.errors import ValidationError
from est_desktop.models import Action, ActionCreate, MeetingCreate
from est_desktop.services import reference
from est_desktop.services.actions import bulk
from est_desktop.services.actions import decisions as actions
from est_desktop.services.actions import rows as action_rows
from est_desktop.services.actions.decisions import ReviewOutcome
from est_desktop.services.meetings import agenda as meetings

FIRST, SECOND, LATER = date(2026, 3, 3), date(2026, 3, 10), date(2026, 4, 7)
TODAY = date(2026, 3, 12)


@dataclass(frozen=True)
class Ids:
    social: int
    police: int
    culture: int
    lights: int  # social, due 2026-03-20
    patrol: int  # police, no due date
    football: int  # culture, due 2026-03-31
    graffiti: int  # social, done at the second meeting
    planned: int  # decided at a meeting four weeks ahead, due the day after


def _org(session: Session, name: str) -> int:
    organisations = reference.organisations(session=session, include_inactive=True)
    return next(o.id for o in organisations if o.name == name)


@pytest.fixture
def ids(engine: Engine) -> Ids:
    with session_scope(engine) as s:
        first, second, later = (
            meetings.create_meeting(session=s, data=MeetingCreate(date=d))
            for d in (FIRST, SECOND, LATER)
        )
        social, police, culture = (
            _org(s, n)
            for n in ("Socialförvaltningen", "Polisen", "Kultur- och fritidsförvaltningen")
        )

        def decide(meeting, description: str, owner: int, due: date | None = None) -> int:
            item = next(
                i
                for i in meetings.agenda(session=s, meeting_id=meeting.id)
                if i.title == "Narkotika"
            )
            data = ActionCreate(description=description, owner_organisation_id=owner, due_date=due)
            return actions.decide_action(session=s, item_id=item.id, data=data).id

        result = Ids(
            social=social,
            police=police,
            culture=culture,
            lights=decide(first, "Belysning vid stationen", social, date(2026, 3, 20)),
            patrol=decide(first, "Extra patrullering", police),
            football=decide(first, "Nattfotboll", culture, date(2026, 3, 31)),
            graffiti=decide(first, "Sanera klotter", social, date(2026, 3, 9)),
            planned=decide(later, "Sommarlovsaktiviteter", culture, LATER + timedelta(days=1)),
        )
        actions.record_review(
            session=s, meeting_id=second.id, action_id=result.graffiti, outcome=ReviewOutcome.DONE
        )
        return result


def _state(engine: Engine) -> dict[int, tuple[int, date | None, str]]:
    with session_scope(engine) as s:
        return {
            a.id: (a.owner_organisation_id, a.due_date, a.status) for a in s.scalars(select(Action))
        }


def _refused(engine: Engine, change, **kwargs) -> str:
    """Runs a change the way the window does and returns its message; nothing may change."""
    before = _state(engine)
    with pytest.raises(ValidationError) as refusal, session_scope(engine) as s:
        change(session=s, **kwargs)
    assert _state(engine) == before
    return " ".join(refusal.value.errors.values())


# --- another organisation -------------------------------------------------------------


def test_reassign_moves_every_selected_action(engine: Engine, ids: Ids) -> None:
    with session_scope(engine) as s:
        plan = bulk.plan_reassignment(
            session=s, action_ids=[ids.lights, ids.patrol, ids.football], organisation_id=ids.police
        )
    assert plan.action_ids == (ids.lights, ids.football)  # the police action stays as it is
    assert set(plan.from_organisations) == {
        "Socialförvaltningen",
        "Kultur- och fritidsförvaltningen",
    }
    assert plan.to_organisation == "Polisen"

    with session_scope(engine) as s:
        done = bulk.reassign_actions(
            session=s,
            action_ids=[ids.lights, ids.patrol, ids.football],
            organisation_id=ids.police,
            user="eva",
        )
    assert done == plan
    state = _state(engine)
    assert {state[i][0] for i in (ids.lights, ids.patrol, ids.football)} == {ids.police}
    assert state[ids.lights][1:] == (date(2026, 3, 20), "new")  # nothing else changes
    assert state[ids.graffiti][0] == ids.social


def test_the_register_shows_the_new_owner(engine: Engine, ids: Ids) -> None:
    with session_scope(engine) as s:
        bulk.reassign_actions(
            session=s, action_ids=[ids.lights], organisation_id=ids.culture, user="eva"
        )
    with session_scope(engine) as s:
        row = next(r for r in action_rows.all_action_rows(session=s) if r.id == ids.lights)
    assert row.owner == "Kultur- och fritidsförvaltningen"


def test_reassign_refuses_a_closed_action_and_changes_nothing(engine: Engine, ids: Ids) -> None:
    message = _refused(
        engine,
        bulk.reassign_actions,
        action_ids=[ids.lights, ids.graffiti],
        organisation_id=ids.police,
        user="eva",
    )
    assert "Only open actions" in message


def test_reassign_refuses_an_inactive_or_unknown_organisation(engine: Engine, ids: Ids) -> None:
    with session_scope(engine) as s:
        reference.save_organisation(
            session=s,
            name="Tullverket",
            kind="extern",
            active=False,
            organisation_id=_org(s, "Tullverket"),
        )
        customs = _org(s, "Tullverket")
    for organisation_id in (customs, 99_999, None):
        message = _refused(
            engine,
            bulk.reassign_actions,
            action_ids=[ids.lights],
            organisation_id=organisation_id,
            user="eva",
        )
        assert message == "Choose an active organisation."


def test_reassign_refuses_when_nothing_would_change(engine: Engine, ids: Ids) -> None:
    message = _refused(
        engine,
        bulk.reassign_actions,
        action_ids=[ids.patrol],
        organisation_id=ids.police,
        user="eva",
    )
    assert "already belong" in message


def test_an_empty_or_stale_selection_is_refused(engine: Engine, ids: Ids) -> None:
    assert "at least one" in _refused(
        engine, bulk.reassign_actions, action_ids=[], organisation_id=ids.police, user="eva"
    )
    assert "no longer exists" in _refused(
        engine,
        bulk.move_due_dates,
        action_ids=[ids.lights, 99_999],
        shift_days=7,
        today=TODAY,
    )


# --- other due dates ------------------------------------------------------------------


def test_one_new_due_date_for_all(engine: Engine, ids: Ids) -> None:
    with session_scope(engine) as s:
        moves = bulk.move_due_dates(
            session=s,
            action_ids=[ids.lights, ids.patrol],
            new_date=date(2026, 4, 30),
            today=TODAY,
        )
    assert [(m.action_id, m.old, m.new) for m in moves] == [
        (ids.lights, date(2026, 3, 20), date(2026, 4, 30)),
        (ids.patrol, None, date(2026, 4, 30)),
    ]
    state = _state(engine)
    assert state[ids.lights][1] == state[ids.patrol][1] == date(2026, 4, 30)
    assert state[ids.football][1] == date(2026, 3, 31)


def test_shift_each_due_date_by_days(engine: Engine, ids: Ids) -> None:
    with session_scope(engine) as s:
        bulk.move_due_dates(
            session=s, action_ids=[ids.lights, ids.football], shift_days=14, today=TODAY
        )
    state = _state(engine)
    assert state[ids.lights][1] == date(2026, 4, 3)
    assert state[ids.football][1] == date(2026, 4, 14)


def test_shifting_earlier_down_to_today(engine: Engine, ids: Ids) -> None:
    with session_scope(engine) as s:
        bulk.move_due_dates(session=s, action_ids=[ids.lights], shift_days=-8, today=TODAY)
    assert _state(engine)[ids.lights][1] == TODAY


def test_a_due_date_in_the_past_is_refused_for_all(engine: Engine, ids: Ids) -> None:
    # the football date would be fine; the lights date would land before today
    message = _refused(
        engine,
        bulk.move_due_dates,
        action_ids=[ids.football, ids.lights],
        shift_days=-9,
        today=TODAY,
    )
    assert message == "The new due date must not be in the past."
    assert "in the past" in _refused(
        engine,
        bulk.move_due_dates,
        action_ids=[ids.lights],
        new_date=TODAY - timedelta(days=1),
        today=TODAY,
    )


def test_a_due_date_before_the_deciding_meeting_is_refused(engine: Engine, ids: Ids) -> None:
    message = _refused(
        engine,
        bulk.move_due_dates,
        action_ids=[ids.lights, ids.planned],
        new_date=LATER - timedelta(days=1),
        today=TODAY,
    )
    assert message == "The due date is before the meeting that decides the action."


def test_moving_due_dates_refuses_closed_actions(engine: Engine, ids: Ids) -> None:
    assert "Only open actions" in _refused(
        engine,
        bulk.move_due_dates,
        action_ids=[ids.lights, ids.graffiti],
        new_date=date(2026, 4, 30),
        today=TODAY,
    )


def test_shifting_needs_a_due_date_on_every_action(engine: Engine, ids: Ids) -> None:
    assert "no due date" in _refused(
        engine,
        bulk.move_due_dates,
        action_ids=[ids.lights, ids.patrol],
        shift_days=7,
        today=TODAY,
    )


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "Give either a new due date or a number of days."),
        (
            {"new_date": date(2026, 4, 30), "shift_days": 7},
            "Give either a new due date or a number of days.",
        ),
        ({"shift_days": 0}, "Enter a number of days other than zero."),
    ],
)
def test_either_a_date_or_days(engine: Engine, ids: Ids, kwargs, message) -> None:
    assert (
        _refused(engine, bulk.move_due_dates, action_ids=[ids.lights], today=TODAY, **kwargs)
        == message
    )
