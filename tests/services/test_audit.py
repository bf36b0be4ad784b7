"""The audit trail: who changed which record when and which fields, never the text itself."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlmodel import Session

from est_desktop.db import session_scope
from est_desktop.models import ActionCreate, AgendaItem, AuditEntry, Meeting, MeetingCreate
from est_desktop.services import audit, incidents, reference
from est_desktop.services.action_lists.answers import apply_answers, read_answers
from est_desktop.services.actions import decisions as actions
from est_desktop.services.meetings import agenda as meetings
from tests.services.records import MEETING_DAY, incident_data

from .action_lists.answer_files import Answer, answer, export_list

SECRET = "Zyxwvut Qwertzuiop sprejade klotter på Östra skolan"


def _owner(session: Session, name: str = "Polisen") -> int:
    return next(o.id for o in reference.organisations(session=session) if o.name == name)


def _entries(session: Session, entity: str, entity_id: int | None = None) -> list[tuple]:
    """(action, fields) of each entry for the record, oldest first."""
    session.flush()
    rows = audit.audit_rows(session=session, entity=entity)
    return [
        (r.action, r.fields)
        for r in reversed(rows)
        if entity_id is None or r.entity_id == entity_id
    ]


def test_recording_an_incident_is_recorded_with_its_fields_not_its_text(
    session: Session, item: AgendaItem
) -> None:
    session.info[audit.USER] = "karin.lund"
    incident = incidents.record_incident(
        session=session,
        item_id=item.id,
        data=incident_data(session, description=SECRET),
        today=MEETING_DAY,
    )
    [row] = audit.audit_rows(session=session, entity="incident")
    assert (row.action, row.entity, row.entity_id, row.user) == (
        "created",
        "incident",
        incident.id,
        "karin.lund",
    )
    assert set(row.fields.split(",")) >= {"description", "occurred_on", "place_id", "source_id"}
    assert row.note == ""
    assert datetime.now(UTC) - row.at < timedelta(minutes=1)


def test_a_correction_lists_only_the_fields_that_changed(
    session: Session, item: AgendaItem
) -> None:
    """Each transaction (one save in the app) is one entry per record."""
    incident = incidents.record_incident(
        session=session, item_id=item.id, data=incident_data(session), today=MEETING_DAY
    )
    session.commit()
    incidents.update_incident(
        session=session,
        incident_id=incident.id,
        data=incident_data(
            session, description="Skadegörelse på två busskurar", focus_area_id=item.focus_area_id
        ),
        today=MEETING_DAY,
    )
    session.commit()
    # Saving again unchanged is no change.
    incidents.update_incident(
        session=session,
        incident_id=incident.id,
        data=incident_data(
            session, description="Skadegörelse på två busskurar", focus_area_id=item.focus_area_id
        ),
        today=MEETING_DAY,
    )
    session.commit()
    incidents.delete_incident(session=session, incident_id=incident.id)
    assert _entries(session, "incident", incident.id)[1:] == [
        ("changed", "description"),
        ("deleted", ""),
    ]


def test_one_save_is_one_entry_however_often_it_flushes(session: Session, item: AgendaItem) -> None:
    """Deciding an action flushes the row, then its links; the trail shows one creation."""
    action = actions.decide_action(
        session=session,
        item_id=item.id,
        data=ActionCreate(description="Laga busskuren", owner_organisation_id=_owner(session)),
    )
    actions.update_action(
        session=session,
        action_id=action.id,
        data=ActionCreate(
            description="Laga busskuren", owner_organisation_id=_owner(session), status="done"
        ),
    )
    [(kind, fields)] = _entries(session, "action", action.id)
    assert kind == "created"
    assert {"description", "status", "closed_on"} <= set(fields.split(","))


def test_the_operating_system_user_is_the_default(
    session: Session, item: AgendaItem, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audit, "os_user", lambda: "os-user")
    incidents.record_incident(
        session=session, item_id=item.id, data=incident_data(session), today=MEETING_DAY
    )
    [row] = audit.audit_rows(session=session, entity="incident")
    assert row.user == "os-user"


def test_finalise_and_reopen_are_recorded_as_such(session: Session, meeting: Meeting) -> None:
    session.commit()
    meetings.finalise_meeting(
        session=session, meeting_id=meeting.id, user="x", confirm_no_attendance=True
    )
    session.commit()
    meetings.reopen_meeting(session=session, meeting_id=meeting.id, user="x", reason="Rättelse")
    entries = _entries(session, "meeting", meeting.id)
    assert entries[-2:] == [("finalised", "status"), ("reopened", "status")]
    # The meeting's own history is not recorded twice, and the reason stays out.
    assert _entries(session, "meeting_event") == []


def test_every_kind_of_record_is_covered(session: Session, item: AgendaItem) -> None:
    """Actions with their links, reviews, agenda changes and the editable lists."""
    incident = incidents.record_incident(
        session=session, item_id=item.id, data=incident_data(session), today=MEETING_DAY
    )
    action = actions.decide_action(
        session=session,
        item_id=item.id,
        data=ActionCreate(
            description="Laga busskuren",
            owner_organisation_id=_owner(session),
            incident_ids=[incident.id],
        ),
    )
    later = meetings.create_meeting(
        session=session, data=MeetingCreate(date=MEETING_DAY + timedelta(days=7))
    )
    session.commit()
    review = actions.record_review(
        session=session,
        meeting_id=later.id,
        action_id=action.id,
        outcome=actions.ReviewOutcome.IN_PROGRESS,
        note="Beställt",
    )
    meetings.set_item_notes(session=session, item_id=item.id, notes="Hemlig anteckning")
    place = reference.save_place(session=session, name="Gislövs läge")

    assert _entries(session, "action", action.id)[0][0] == "created"
    assert _entries(session, "action", action.id)[-1] == ("changed", "status")
    links = audit.audit_rows(session=session, entity="action_incident")
    assert [(r.action, r.entity_id, r.note) for r in links] == [
        ("created", None, f"action_id={action.id}, incident_id={incident.id}")
    ]
    assert _entries(session, "action_update", review.id)[0][0] == "created"
    assert _entries(session, "agenda_item", item.id)[-1] == ("changed", "notes")
    [(kind, fields)] = _entries(session, "place", place.id)
    assert (kind, set(fields.split(","))) == ("created", {"name", "kind", "active"})


def test_removing_links_without_the_flush_is_recorded(session: Session, item: AgendaItem) -> None:
    """Links go with a bulk DELETE that skips the session's flush; they are recorded too."""
    incident = incidents.record_incident(
        session=session, item_id=item.id, data=incident_data(session), today=MEETING_DAY
    )
    action = actions.decide_action(
        session=session,
        item_id=item.id,
        data=ActionCreate(
            description="Laga busskuren",
            owner_organisation_id=_owner(session),
            incident_ids=[incident.id],
        ),
    )
    session.commit()
    incidents.delete_incident(session=session, incident_id=incident.id)
    links = audit.audit_rows(session=session, entity="action_incident")
    assert [(r.action, r.note) for r in links] == [
        ("deleted", f"action_id={action.id}, incident_id={incident.id}"),
        ("created", f"action_id={action.id}, incident_id={incident.id}"),
    ]


def test_imported_answers_are_recorded_as_imports(
    session: Session, item: AgendaItem, meeting: Meeting, tmp_path: Path
) -> None:
    action = actions.decide_action(
        session=session,
        item_id=item.id,
        data=ActionCreate(description="Laga busskuren", owner_organisation_id=_owner(session)),
    )
    meetings.finalise_meeting(
        session=session, meeting_id=meeting.id, user="x", confirm_no_attendance=True
    )
    session.commit()
    exported = export_list(
        tmp_path,
        session=session,
        exported_on=MEETING_DAY + timedelta(days=1),
        organisation="Polisen",
    )
    answer(
        exported,
        {action.id: Answer("Klar", comment="Lagad", answered_by="Kim")},
        saved_at=datetime(2026, 3, 12, 12, tzinfo=UTC),
    )
    changes = read_answers(session=session, paths=[exported]).changes
    assert apply_answers(session=session, changes=changes) == 1

    assert _entries(session, "action", action.id)[-1][0] == "imported"
    assert "status" in _entries(session, "action", action.id)[-1][1]
    assert [a for a, _ in _entries(session, "action_answer")] == ["imported"]


def test_a_change_rolled_back_leaves_no_entry(engine: Engine, session: Session) -> None:
    session.commit()
    before = audit.audit_count(session=session)
    with pytest.raises(RuntimeError), session_scope(engine) as failing:
        reference.save_place(session=failing, name="Kämpinge")
        raise RuntimeError("disk full")
    with session_scope(engine) as fresh:
        assert audit.audit_count(session=fresh) == before


def test_the_trail_is_filtered_by_record_and_period(session: Session, item: AgendaItem) -> None:
    incidents.record_incident(
        session=session, item_id=item.id, data=incident_data(session), today=MEETING_DAY
    )
    old = AuditEntry(
        at=datetime(2024, 5, 1, 12, tzinfo=UTC), action="changed", entity="incident", fields="x"
    )
    session.add(old)
    session.flush()
    today = date.today()
    recent = audit.audit_rows(session=session, entity="incident", since=today - timedelta(days=1))
    assert [r.action for r in recent] == ["created"]
    then = audit.audit_rows(
        session=session, entity="incident", since=date(2024, 5, 1), until=date(2024, 5, 1)
    )
    assert [r.id for r in then] == [old.id]
    assert "incident" in audit.audited_entities(session=session)
    assert {r.entity for r in audit.audit_rows(session=session, entity="place")} <= {"place"}


def test_no_incident_or_action_text_reaches_the_trail_or_the_logs(
    session: Session, item: AgendaItem, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    incident = incidents.record_incident(
        session=session,
        item_id=item.id,
        data=incident_data(session, description=SECRET, location_detail=SECRET[:40]),
        today=MEETING_DAY,
    )
    action = actions.decide_action(
        session=session,
        item_id=item.id,
        data=ActionCreate(
            description=SECRET, contact_person=SECRET[:30], owner_organisation_id=_owner(session)
        ),
    )
    session.commit()
    incidents.update_incident(
        session=session,
        incident_id=incident.id,
        data=incident_data(session, description=SECRET + " igen"),
        today=MEETING_DAY,
    )
    session.commit()
    actions.delete_action(session=session, action_id=action.id)
    incidents.delete_incident(session=session, incident_id=incident.id)
    session.commit()

    words = ("Zyxwvut", "Qwertzuiop")
    for entry in session.scalars(select(AuditEntry)):
        for column in ("user", "action", "entity", "fields", "note"):
            assert not any(w in str(getattr(entry, column)) for w in words), (column, entry)
    assert len(audit.audit_rows(session=session, entity="incident")) == 3
    for record in caplog.records:
        assert not any(w in record.getMessage() for w in words), record


def test_bulk_updates_are_recorded_row_by_row(session: Session) -> None:
    from sqlalchemy import update

    from est_desktop.models import Category

    first, second, third = (c.id for c in reference.categories(session=session)[:3])
    session.commit()
    # Versioned rows name the version they change (a save over a newer one is refused).
    session.execute(
        update(Category),
        [{"id": first, "name": "A", "version": 1}, {"id": second, "name": "B", "version": 1}],
    )
    session.execute(update(Category).where(Category.id == third).values(active=False))
    changed = {
        (r.entity_id, r.fields) for r in audit.audit_rows(session=session, entity="category")
    }
    assert {(first, "name"), (second, "name"), (third, "active")} <= changed
