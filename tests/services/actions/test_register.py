"""The register's filters as the convener uses them before the weekly meeting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session

from est_desktop.db import session_scope
from est_desktop.models import (
    Action,
    ActionAnswer,
    ActionCreate,
    ActionStatus,
    Meeting,
    MeetingCreate,
)
from est_desktop.services import reference
from est_desktop.services.actions import decisions as actions
from est_desktop.services.actions import rows as action_rows
from est_desktop.services.actions.decisions import ReviewOutcome
from est_desktop.services.actions.register import (
    RegisterFilter,
    RegisterRow,
    StatusFilter,
    register_rows,
)
from est_desktop.services.actions.rows import ActionRow
from est_desktop.services.meetings import agenda as meetings

TUESDAYS = [date(2026, 3, 3) + timedelta(weeks=n) for n in range(5)]
TODAY = TUESDAYS[-1]


def _row(
    *,
    action_id: int = 1,
    status: str = ActionStatus.NEW.value,
    due: date | None = None,
    closed_on: date | None = None,
    meetings_since_update: int = 0,
    owner_id: int = 1,
    focus_area_id: int | None = 1,
    description: str = "Belysning vid stationen",
) -> RegisterRow:
    action = ActionRow(
        id=action_id,
        description=description,
        owner_id=owner_id,
        owner="Samhällsbyggnadsförvaltningen",
        contact_person="Karin Lund",
        due_date=due,
        status=status,
        focus_area_id=focus_area_id,
        focus_area="Trygghet i offentlig miljö",
        decided_on=TUESDAYS[0],
        agenda_item_id=None,
    )
    return RegisterRow(action, closed_on, None, meetings_since_update)


def _shown(register_filter: RegisterFilter, rows: list[RegisterRow]) -> list[int]:
    return [row.id for row in rows if register_filter.matches(row, TODAY)]


# --- filters over plain rows -------------------------------------------------------------


def test_due_within_seven_days_counts_today_and_the_seventh_day() -> None:
    rows = [
        _row(action_id=1, due=TODAY - timedelta(days=1)),
        _row(action_id=2, due=TODAY),
        _row(action_id=3, due=TODAY + timedelta(days=7)),
        _row(action_id=4, due=TODAY + timedelta(days=8)),
        _row(action_id=5, due=None),
        _row(action_id=6, due=TODAY + timedelta(days=1), status=ActionStatus.DONE.value),
        _row(action_id=7, due=TODAY + timedelta(days=3), status=ActionStatus.IN_PROGRESS.value),
    ]
    assert _shown(RegisterFilter(status=StatusFilter.DUE_SOON), rows) == [2, 3, 7]


def test_overdue_is_open_and_due_before_today() -> None:
    rows = [
        _row(action_id=1, due=TODAY - timedelta(days=1)),
        _row(action_id=2, due=TODAY),
        _row(action_id=3, due=TODAY - timedelta(days=30), status=ActionStatus.CANCELLED.value),
        _row(action_id=4, due=None),
    ]
    assert _shown(RegisterFilter(status=StatusFilter.OVERDUE), rows) == [1]


def test_closed_in_a_period_includes_both_ends() -> None:
    start, end = date(2026, 3, 10), date(2026, 3, 17)
    rows = [
        _row(action_id=1, status="done", closed_on=start - timedelta(days=1)),
        _row(action_id=2, status="done", closed_on=start),
        _row(action_id=3, status="cancelled", closed_on=date(2026, 3, 12)),
        _row(action_id=4, status="done", closed_on=end),
        _row(action_id=5, status="done", closed_on=end + timedelta(days=1)),
        _row(action_id=6, status="in_progress"),
    ]
    period = RegisterFilter(status=StatusFilter.CLOSED_IN_PERIOD, closed_from=start, closed_to=end)
    assert _shown(period, rows) == [2, 3, 4]
    since = RegisterFilter(status=StatusFilter.CLOSED_IN_PERIOD, closed_from=start)
    assert _shown(since, rows) == [2, 3, 4, 5]
    until = RegisterFilter(status=StatusFilter.CLOSED_IN_PERIOD, closed_to=end)
    assert _shown(until, rows) == [1, 2, 3, 4]


def test_stale_means_open_and_three_meetings_without_update() -> None:
    rows = [
        _row(action_id=1, meetings_since_update=2),
        _row(action_id=2, meetings_since_update=3),
        _row(action_id=3, meetings_since_update=7, status=ActionStatus.IN_PROGRESS.value),
        _row(action_id=4, meetings_since_update=9, status=ActionStatus.DONE.value),
    ]
    assert _shown(RegisterFilter(status=StatusFilter.STALE), rows) == [2, 3]


def test_open_all_and_each_status() -> None:
    rows = [_row(action_id=i, status=status.value) for i, status in enumerate(ActionStatus, 1)]
    assert _shown(RegisterFilter(), rows) == [1, 2]  # open by default
    assert _shown(RegisterFilter(status=StatusFilter.ALL), rows) == [1, 2, 3, 4]
    for i, status in enumerate(ActionStatus, 1):
        assert _shown(RegisterFilter(status=StatusFilter(status.value)), rows) == [i]


def test_organisation_focus_area_and_text_combine() -> None:
    rows = [
        _row(action_id=1, owner_id=1, focus_area_id=1, description="Belysning vid stationen"),
        _row(action_id=2, owner_id=2, focus_area_id=1, description="Belysning i parken"),
        _row(action_id=3, owner_id=1, focus_area_id=2, description="Belysning vid skolan"),
        _row(action_id=4, owner_id=1, focus_area_id=1, description="Klotter vid stationen"),
    ]
    assert _shown(RegisterFilter(organisation_id=1), rows) == [1, 3, 4]
    assert _shown(RegisterFilter(organisation_id=1, focus_area_id=1), rows) == [1, 4]
    both = RegisterFilter(organisation_id=1, focus_area_id=1, text="BELYSNING station")
    assert _shown(both, rows) == [1]
    assert _shown(RegisterFilter(text="karin lund skolan"), rows) == [3]  # contact + text


# --- rows from the database ---------------------------------------------------------------


@dataclass(frozen=True)
class Week:
    never_reviewed: int  # decided at the first meeting, never looked at again
    reviewed_at_third: int
    decided_at_second: int  # exactly three meetings since
    decided_at_third: int
    answered_between: int  # an answer came in between the fourth and the fifth meeting
    answered_then_reviewed: int  # answered after its latest review
    done_at_second: int


def _org(session: Session, name: str) -> int:
    return next(o.id for o in reference.organisations(session=session) if o.name == name)


@pytest.fixture
def weeks(engine: Engine) -> Week:
    """Five weekly meetings and actions followed up (or not) in between."""
    with session_scope(engine) as s:
        held = [meetings.create_meeting(session=s, data=MeetingCreate(date=d)) for d in TUESDAYS]
        owner = _org(s, "Socialförvaltningen")

        def decide(meeting: Meeting, description: str) -> int:
            item = next(
                i
                for i in meetings.agenda(session=s, meeting_id=meeting.id)
                if i.title == "Narkotika"
            )
            data = ActionCreate(description=description, owner_organisation_id=owner)
            return actions.decide_action(session=s, item_id=item.id, data=data).id

        def review(meeting: Meeting, action_id: int, outcome: ReviewOutcome, note="") -> None:
            actions.record_review(
                session=s, meeting_id=meeting.id, action_id=action_id, outcome=outcome, note=note
            )

        def answer(action_id: int, day: date) -> None:
            s.add(
                ActionAnswer(
                    action_id=action_id,
                    answer_key=f"key-{action_id}-{day}",
                    export_id="export",
                    source_file="Socialförvaltningen.xlsx",
                    source_row=2,
                    answered_on=day,
                    status=ActionStatus.IN_PROGRESS.value,
                    comment="Pågår",
                )
            )

        week = Week(
            never_reviewed=decide(held[0], "Kartlägga langning"),
            reviewed_at_third=decide(held[0], "Samtal med skolan"),
            decided_at_second=decide(held[1], "Fältare på fredagar"),
            decided_at_third=decide(held[2], "Trygghetsvandring"),
            answered_between=decide(held[0], "Belysning i parken"),
            answered_then_reviewed=decide(held[0], "Grannsamverkan"),
            done_at_second=decide(held[0], "Sanera klotter"),
        )
        review(held[2], week.reviewed_at_third, ReviewOutcome.IN_PROGRESS, "Pågår")
        review(held[1], week.answered_then_reviewed, ReviewOutcome.IN_PROGRESS, "Pågår")
        review(held[1], week.done_at_second, ReviewOutcome.DONE)
        answer(week.answered_between, TUESDAYS[3] + timedelta(days=2))
        answer(week.answered_then_reviewed, TUESDAYS[2] + timedelta(days=1))
        return week


def _by_id(session: Session, today: date = TODAY) -> dict[int, RegisterRow]:
    return {row.id: row for row in register_rows(session=session, today=today)}


def test_meetings_since_the_last_update(session: Session, weeks: Week) -> None:
    rows = _by_id(session)
    since = {
        action_id: rows[action_id].meetings_since_update
        for action_id in (
            weeks.never_reviewed,
            weeks.reviewed_at_third,
            weeks.decided_at_second,
            weeks.decided_at_third,
            weeks.answered_between,
            weeks.answered_then_reviewed,
        )
    }
    assert since == {
        weeks.never_reviewed: 4,
        weeks.reviewed_at_third: 2,
        weeks.decided_at_second: 3,
        weeks.decided_at_third: 2,
        weeks.answered_between: 1,
        weeks.answered_then_reviewed: 2,
    }
    assert rows[weeks.never_reviewed].last_update_date is None
    assert rows[weeks.reviewed_at_third].last_update_date == TUESDAYS[2]
    assert rows[weeks.answered_between].last_update_date == TUESDAYS[3] + timedelta(days=2)
    assert rows[weeks.answered_then_reviewed].last_update_date == TUESDAYS[2] + timedelta(days=1)


def test_stale_filter_over_several_meetings(session: Session, weeks: Week) -> None:
    stale = RegisterFilter(status=StatusFilter.STALE)
    rows = _by_id(session)
    shown = {i for i, row in rows.items() if stale.matches(row, TODAY)}
    # the closed action has gone three meetings without review too, but it is done
    assert rows[weeks.done_at_second].meetings_since_update == 3
    assert shown == {weeks.never_reviewed, weeks.decided_at_second}


def test_meetings_after_today_do_not_count(session: Session, weeks: Week) -> None:
    """The day before the fifth meeting, only four have been held."""
    rows = _by_id(session, today=TUESDAYS[4] - timedelta(days=1))
    assert rows[weeks.never_reviewed].meetings_since_update == 3
    assert rows[weeks.decided_at_second].meetings_since_update == 2
    stale = RegisterFilter(status=StatusFilter.STALE)
    today = TUESDAYS[4] - timedelta(days=1)
    assert [i for i, r in rows.items() if stale.matches(r, today)] == [weeks.never_reviewed]


def test_closed_on_comes_with_the_row(session: Session, weeks: Week) -> None:
    rows = _by_id(session)
    assert rows[weeks.done_at_second].closed_on == TUESDAYS[1]
    assert rows[weeks.never_reviewed].closed_on is None
    in_week = RegisterFilter(
        status=StatusFilter.CLOSED_IN_PERIOD, closed_from=TUESDAYS[1], closed_to=TUESDAYS[1]
    )
    assert [i for i, r in rows.items() if in_week.matches(r, TODAY)] == [weeks.done_at_second]


def test_rows_are_the_registers_rows_newest_first(session: Session, weeks: Week) -> None:
    plain = action_rows.all_action_rows(session=session)
    assert [row.action for row in register_rows(session=session, today=TODAY)] == plain


def test_the_register_loads_in_two_statements_however_many_actions(
    engine: Engine, weeks: Week
) -> None:
    with session_scope(engine) as s:
        meeting_id = meetings.meeting_on(session=s, day=TUESDAYS[0]).id
        owner = _org(s, "Polisen")
        s.add_all(
            Action(
                description=f"Åtgärd {n}",
                owner_organisation_id=owner,
                decided_meeting_id=meeting_id,
            )
            for n in range(2000)
        )
    statements: list[str] = []

    def count(conn, cursor, statement, *args) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        with session_scope(engine) as s:
            rows = register_rows(session=s, today=TODAY)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len(rows) == 2007
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 2
