"""The scale demo: years of meetings written in bulk, as the services would have written them."""

from __future__ import annotations

import re
import time
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlmodel import Session

from est_desktop.bootstrap import open_database
from est_desktop.commands import write_demo
from est_desktop.db import session_scope
from est_desktop.models import (
    OPEN_ACTION_STATUSES,
    Action,
    ActionCreate,
    ActionIncidentLink,
    ActionStatus,
    ActionUpdate,
    AgendaItem,
    AgendaItemKind,
    Incident,
    IncidentCreate,
    Meeting,
    MeetingEvent,
    MeetingStatus,
    Place,
)
from est_desktop.services import incidents
from est_desktop.services.actions import decisions as actions
from est_desktop.services.actions import past as action_past
from est_desktop.services.actions import register
from est_desktop.services.demo.years import create_scale_demo
from est_desktop.services.meetings import agenda as meetings

TODAY = date(2026, 3, 12)  # a Thursday: the latest meeting was on Tuesday 10 March
PERSONNUMMER = re.compile(r"\d{6,8}[-+]?\d{4}")


@pytest.fixture
def summary(session: Session) -> str:
    return create_scale_demo(session=session, years=1, seed=7, today=TODAY)


def _count(session: Session, table, *where) -> int:
    return session.scalar(select(func.count()).select_from(table).where(*where))


def _meetings(session: Session) -> list[Meeting]:
    return list(session.scalars(select(Meeting).order_by(Meeting.date)))


def test_a_year_of_weekly_meetings_ending_with_the_upcoming_one(
    session: Session, summary: str
) -> None:
    found = _meetings(session)
    assert summary.startswith(f"{len(found)} möten") and 51 <= len(found) <= 53
    *held, upcoming = found
    assert all(m.status == MeetingStatus.FINALISED for m in held)
    assert held[-1].date < TODAY <= upcoming.date == held[-1].date + timedelta(weeks=1)
    assert upcoming.status == MeetingStatus.OPEN  # the week's first reports are recorded
    for earlier, later in zip(found, found[1:], strict=False):
        assert later.date - earlier.date == timedelta(weeks=1)
    events = Counter(session.scalars(select(MeetingEvent.meeting_id)))
    assert set(events) == {m.id for m in held} and set(events.values()) == {1}


def test_agendas_follow_the_template_and_the_agreement(session: Session, summary: str) -> None:
    template = meetings.agenda_template()
    areas = len(
        meetings.focus_area_items(session=session, meeting=_meetings(session)[0], minutes=5)
    )
    for meeting in _meetings(session)[::10]:
        items = meetings.agenda(session=session, meeting_id=meeting.id)
        assert [i.position for i in items] == list(range(len(template) - 1 + areas))
        assert items[0].kind == AgendaItemKind.OPENING
        assert items[1].kind == AgendaItemKind.ACTION_REVIEW
        assert items[-1].kind == AgendaItemKind.NEXT_MEETING
        assert sum(i.kind == AgendaItemKind.FOCUS_AREA for i in items) == areas


def test_every_row_passes_the_services_validation(session: Session, summary: str) -> None:
    """What a user could not have saved must not be in the demo either."""
    for incident in session.scalars(select(Incident).order_by(Incident.id).limit(400)):
        data = IncidentCreate.model_validate(incident, from_attributes=True)
        assert not incidents.validate_incident(session=session, data=data, today=TODAY)
        item = session.get(AgendaItem, incident.agenda_item_id)
        assert item.focus_area_id == incident.focus_area_id
        meeting = session.get(Meeting, item.meeting_id)
        assert meeting.date - timedelta(days=21) <= incident.occurred_on < meeting.date
    for action in session.scalars(select(Action).order_by(Action.id).limit(400)):
        decided = session.get(Meeting, action.decided_meeting_id)
        first = session.scalars(
            select(ActionUpdate)
            .join(Meeting, Meeting.id == ActionUpdate.meeting_id)
            .where(ActionUpdate.action_id == action.id)
            .order_by(Meeting.date)
        ).first()
        data = ActionCreate.model_validate(action, from_attributes=True)
        if first is not None:  # as decided, before any review changed it
            data = data.model_copy(
                update={"due_date": first.previous_due_date, "status": first.previous_status}
            )
        assert not actions.validate_action(session=session, data=data, decided_on=decided.date)
        assert session.get(AgendaItem, action.agenda_item_id).meeting_id == decided.id


def test_review_history_chains_like_record_review(session: Session, summary: str) -> None:
    dates = dict(session.execute(select(Meeting.id, Meeting.date)).all())
    history = defaultdict(list)
    for update in session.scalars(select(ActionUpdate)):
        history[update.action_id].append(update)
    assert sum(map(len, history.values())) == _count(session, ActionUpdate)
    for action in session.scalars(select(Action)):
        updates = sorted(history[action.id], key=lambda u: dates[u.meeting_id])
        status, due = ActionStatus.NEW.value, updates[0].previous_due_date if updates else None
        for update in updates:
            assert dates[update.meeting_id] > dates[action.decided_meeting_id]
            assert (update.previous_status, update.previous_due_date) == (status, due)
            assert status in OPEN_ACTION_STATUSES  # a closed action is not reviewed again
            if update.status == ActionStatus.IN_PROGRESS and update.new_due_date is None:
                assert update.note  # the service asks for a note on progress
            status, due = update.status, update.new_due_date or due
        assert action.status == status
        if updates:
            assert action.due_date == due
        closed = action.status not in OPEN_ACTION_STATUSES
        assert (action.closed_on is not None) == closed
        if closed:
            assert action.closed_on == dates[updates[-1].meeting_id]
    assert {a.status for a in session.scalars(select(Action))} == {s.value for s in ActionStatus}


def test_the_services_read_it_back(session: Session, summary: str) -> None:
    *held, upcoming = _meetings(session)
    latest = held[-1]
    reviewed = actions.review_rows(session=session, meeting_id=latest.id)
    outcomes = _count(session, ActionUpdate, ActionUpdate.meeting_id == latest.id)
    assert sum(r.outcome is not None for r in reviewed) == outcomes > 0
    assert any(r.overdue for r in reviewed)
    open_after = action_past.open_action_rows_after(session=session, meeting_id=latest.id)
    decided_by_then = session.scalars(
        select(Action.id)
        .join(Meeting, Meeting.id == Action.decided_meeting_id)
        .where(Meeting.date <= latest.date, Action.closed_on.is_(None))
    )
    assert {r.id for r in open_after} == set(decided_by_then)
    rows = register.register_rows(session=session, today=TODAY)
    assert len(rows) == _count(session, Action)
    assert any(r.is_stale for r in rows)  # some actions slip through reviews
    assert _count(session, ActionIncidentLink) >= _count(session, Action) * 0.7


def test_places_and_times_like_a_municipality(session: Session, summary: str) -> None:
    everything = list(session.scalars(select(Incident)))
    places = Counter(session.get(Place, i.place_id).name for i in everything)
    assert places.most_common(1)[0][0] == "Trelleborg centrum"
    assert len(places) >= 15
    weekend_nights = [
        i
        for i in everything
        if i.start_time is not None and i.occurred_on.weekday() in (4, 5)
        if i.start_time.hour >= 21 or i.start_time.hour < 3
    ]
    assert len(weekend_nights) > len(everything) / 10
    assert 0 < sum(i.confidential for i in everything) < len(everything) / 20
    texts = [i.description for i in everything] + list(session.scalars(select(Action.description)))
    assert not [t for t in texts if PERSONNUMMER.search(t)]


def test_same_seed_same_history(tmp_path: Path) -> None:
    def snapshot(path: Path, seed: int) -> list:
        write_demo(path, years=1, seed=seed, today=TODAY)
        engine = open_database(path)
        with session_scope(engine) as session:
            rows = list(session.execute(select(Incident.description, Incident.occurred_on)))
            rows += list(session.execute(select(ActionUpdate.action_id, ActionUpdate.status)))
        engine.dispose()
        return rows

    first = snapshot(tmp_path / "a.sqlite3", 3)
    assert snapshot(tmp_path / "b.sqlite3", 3) == first
    assert snapshot(tmp_path / "c.sqlite3", 4) != first


def test_ten_years_in_well_under_a_minute(tmp_path: Path) -> None:
    started = time.perf_counter()
    summary = write_demo(tmp_path / "ten.sqlite3", years=10, seed=2026, today=TODAY)
    assert time.perf_counter() - started < 30
    found = {name: int(number) for number, name in re.findall(r"(\d+) (\w+)", summary)}
    assert 515 <= found["möten"] <= 525
    assert 27_000 <= found["händelser"] <= 33_000
    assert 7_000 <= found["åtgärder"] <= 9_000
    assert 35_000 <= found["uppföljningar"] <= 45_000


def test_refuses_a_database_with_meetings(session: Session, summary: str) -> None:
    with pytest.raises(ValueError):
        create_scale_demo(session=session, years=1, seed=7, today=TODAY)


def test_never_overwrites_and_leaves_nothing_after_a_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing = tmp_path / "existing.sqlite3"
    existing.write_bytes(b"keep")
    with pytest.raises(FileExistsError):
        write_demo(existing, seed=2026, years=1, today=TODAY)
    assert existing.read_bytes() == b"keep"

    import est_desktop.services.demo.years as demo_scale

    def broken(**_kwargs):
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(demo_scale, "create_scale_demo", broken)
    with pytest.raises(RuntimeError):
        write_demo(tmp_path / "new.sqlite3", seed=2026, years=1, today=TODAY)
    assert [p.name for p in tmp_path.iterdir()] == ["existing.sqlite3"]
