"""The demo database: made through the services, realistic, repeatable, free of personal data."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlmodel import Session

from est_desktop.bootstrap import open_database
from est_desktop.cli import main
from est_desktop.db import session_scope
from est_desktop.models import (
    Action,
    ActionStatus,
    ActionUpdate,
    AgendaItem,
    Attendance,
    Incident,
    Meeting,
    MeetingEvent,
    MeetingEventKind,
    MeetingStatus,
    Place,
)
from est_desktop.services.actions import decisions as actions
from est_desktop.services.actions import rows as action_rows
from est_desktop.services.demo.weeks import create_demo_database
from est_desktop.services.meetings import participants

TODAY = date(2026, 3, 12)  # a Thursday: the latest meeting was on Tuesday 10 March
PERSONNUMMER = re.compile(r"\d{6,8}[-+]?\d{4}")
FIRST_AND_LAST_NAME = re.compile(r"\b[A-ZÅÄÖ][a-zåäö]+ [A-ZÅÄÖ][a-zåäö]+\b")


@pytest.fixture
def summary(session: Session) -> str:
    return create_demo_database(session=session, today=TODAY)


def _meetings(session: Session) -> list[Meeting]:
    return list(session.scalars(select(Meeting).order_by(Meeting.date)))


def _finalised(session: Session) -> list[Meeting]:
    return [m for m in _meetings(session) if m.status == MeetingStatus.FINALISED]


def _count(session: Session, table, *where) -> int:
    return session.scalar(select(func.count()).select_from(table).where(*where))


def _incidents_of(session: Session, meeting: Meeting) -> list[Incident]:
    return list(
        session.scalars(
            select(Incident)
            .join(AgendaItem, AgendaItem.id == Incident.agenda_item_id)
            .where(AgendaItem.meeting_id == meeting.id)
        )
    )


def test_summary_counts_what_was_made(session: Session, summary: str) -> None:
    match = re.fullmatch(r"(\d+) möten, (\d+) händelser, (\d+) åtgärder", summary)
    assert match, summary
    assert int(match[1]) == _count(session, Meeting) == 10
    assert int(match[2]) == _count(session, Incident)
    assert int(match[3]) == _count(session, Action)


@pytest.mark.parametrize("today", [TODAY, date(2026, 3, 17), date(2026, 3, 16)])
def test_weekly_meetings_end_with_latest_finalised_and_one_upcoming(
    session: Session, today: date
) -> None:
    create_demo_database(session=session, today=today)
    all_meetings = _meetings(session)
    finalised = _finalised(session)
    upcoming = all_meetings[-1]
    assert len(finalised) >= 8 and finalised == all_meetings[:-1]
    latest = finalised[-1]
    assert latest.date < today <= latest.date + timedelta(weeks=1) == upcoming.date
    assert upcoming.status != MeetingStatus.FINALISED
    for earlier, later in zip(all_meetings, all_meetings[1:], strict=False):
        assert later.date - earlier.date == timedelta(weeks=1)
    for meeting in all_meetings:
        assert meeting.date.weekday() == 1  # Tuesday
        assert (meeting.start_time, meeting.location) == (time(9, 0), "Kommunhuset")
    for meeting in finalised:  # finalised through the service, which records the event
        assert _count(
            session,
            MeetingEvent,
            MeetingEvent.meeting_id == meeting.id,
            MeetingEvent.kind == MeetingEventKind.FINALISED,
        )


def test_attendance_is_role_titles_from_several_organisations(
    session: Session, summary: str
) -> None:
    all_meetings = _meetings(session)
    for meeting in all_meetings:
        rows = participants.attendance(session=session, meeting_id=meeting.id)
        assert 5 <= len(rows) <= 8
        assert len({r.organisation_id for r in rows}) == len(rows)
        for row in rows:
            assert not FIRST_AND_LAST_NAME.search(row.person_name), row.person_name
    copied = participants.attendance(session=session, meeting_id=all_meetings[-1].id)
    previous = participants.attendance(session=session, meeting_id=all_meetings[-2].id)
    assert [(r.person_name, r.organisation_id) for r in copied] == [
        (r.person_name, r.organisation_id) for r in previous
    ]


def test_incidents_spread_over_focus_areas_places_and_the_week(
    session: Session, summary: str
) -> None:
    for meeting in _finalised(session):
        found = _incidents_of(session, meeting)
        assert 4 <= len(found) <= 12
        for incident in found:
            assert meeting.date - timedelta(days=7) <= incident.occurred_on < meeting.date
            assert incident.description and incident.source_id
    upcoming = _meetings(session)[-1]
    assert all(i.occurred_on < TODAY for i in _incidents_of(session, upcoming))
    everything = list(session.scalars(select(Incident)))
    assert len({i.focus_area_id for i in everything}) >= 6
    places = Counter(session.get(Place, i.place_id).name for i in everything)
    assert len(places) >= 5
    assert {name for name, _ in places.most_common(2)} == {"Trelleborg centrum", "Trelleborg"}
    assert 0 < sum(i.confidential for i in everything) < len(everything) / 5
    assert sum(i.category_id is not None for i in everything) > len(everything) / 2
    assert sum(i.start_time is not None for i in everything) > len(everything) / 2


def test_actions_in_every_status_with_review_history(session: Session, summary: str) -> None:
    finalised = _finalised(session)
    latest = finalised[-1]
    rows = action_rows.all_action_rows(session=session)
    assert {r.status for r in rows} == {s.value for s in ActionStatus}
    assert any(r.is_open for r in rows)
    assert any(r.is_overdue(latest.date) for r in rows)
    for meeting in finalised:
        decided = action_rows.action_rows_decided_at(session=session, meeting_id=meeting.id)
        assert 1 <= len(decided) <= 4
        for row in decided:
            assert row.owner and row.contact_person
            first = session.scalars(
                select(ActionUpdate)
                .join(Meeting, Meeting.id == ActionUpdate.meeting_id)
                .where(ActionUpdate.action_id == row.id)
                .order_by(Meeting.date)
            ).first()
            due = first.previous_due_date if first else row.due_date
            assert timedelta(days=1) <= due - meeting.date <= timedelta(weeks=6)
        # Every action open when the meeting began was reviewed there.
        review = actions.review_rows(session=session, meeting_id=meeting.id)
        assert all(r.outcome is not None for r in review)
    at_latest = actions.review_rows(session=session, meeting_id=latest.id)
    assert any(r.overdue for r in at_latest)
    per_action = Counter(session.scalars(select(ActionUpdate.action_id)))
    assert any(n >= 2 for n in per_action.values())
    outcomes = {u.new_due_date is not None for u in session.scalars(select(ActionUpdate))}
    assert outcomes == {True, False}  # some reviews set a new due date


def test_some_items_have_notes(session: Session, summary: str) -> None:
    noted = list(session.scalars(select(AgendaItem).where(AgendaItem.notes != "")))
    assert len({item.meeting_id for item in noted}) >= 8
    assert len(noted) < _count(session, AgendaItem) / 3


def test_no_personal_identity_numbers_or_names(session: Session, summary: str) -> None:
    texts = [
        *session.scalars(select(Incident.description)),
        *session.scalars(select(Incident.location_detail)),
        *session.scalars(select(Action.description)),
        *session.scalars(select(Action.contact_person)),
        *session.scalars(select(ActionUpdate.note)),
        *session.scalars(select(AgendaItem.notes)),
        *session.scalars(select(Attendance.person_name)),
        *session.scalars(select(Meeting.convener)),
    ]
    assert texts
    assert not [t for t in texts if PERSONNUMMER.search(t)]
    for contact in session.scalars(select(Action.contact_person)):
        assert not FIRST_AND_LAST_NAME.search(contact), contact


def _snapshot(path: Path, seed: int) -> list[tuple]:
    engine = open_database(path)
    with session_scope(engine) as session:
        create_demo_database(session=session, seed=seed, today=TODAY)
        rows = list(
            session.execute(
                select(
                    Incident.occurred_on,
                    Incident.start_time,
                    Incident.place_id,
                    Incident.description,
                    Incident.confidential,
                ).order_by(Incident.id)
            )
        )
        rows += list(session.execute(select(Action.description, Action.due_date, Action.status)))
    engine.dispose()
    return rows


def test_same_seed_same_demo_other_seed_other_demo(tmp_path: Path) -> None:
    first = _snapshot(tmp_path / "a.sqlite3", seed=7)
    assert _snapshot(tmp_path / "b.sqlite3", seed=7) == first
    assert _snapshot(tmp_path / "c.sqlite3", seed=8) != first


def test_refuses_a_database_that_already_has_meetings(session: Session, summary: str) -> None:
    with pytest.raises(ValueError):
        create_demo_database(session=session, today=TODAY)


def test_number_of_weeks(session: Session) -> None:
    assert create_demo_database(session=session, today=TODAY, weeks=3).startswith("3 möten")
    assert len(_finalised(session)) == 2


def test_cli_creates_the_demo_once_and_never_overwrites(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "demo.sqlite3"
    with pytest.raises(SystemExit) as exit_info:
        main(["demo", "--db", str(path)])
    assert exit_info.value.code == 0
    assert path.is_file()
    assert re.search(r"\d+ möten, \d+ händelser, \d+ åtgärder", capsys.readouterr().out)
    before = path.read_bytes()
    with pytest.raises(SystemExit) as exit_info:
        main(["demo", "--db", str(path)])
    assert exit_info.value.code not in (0, None)
    assert path.read_bytes() == before


def test_a_failed_demo_leaves_no_file_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import est_desktop.services.demo.weeks as demo

    def broken(**_kwargs):
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(demo, "create_demo_database", broken)
    path = tmp_path / "demo.sqlite3"
    with pytest.raises(RuntimeError):
        main(["demo", "--db", str(path)])
    assert list(tmp_path.iterdir()) == []
