"""Bad input: every field has limits with a message at the field, and whatever is
pasted (1 MB, control characters, emoji, right-to-left text, SQL) neither crashes
nor corrupts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session

from est_desktop.db import session_scope
from est_desktop.errors import ValidationError
from est_desktop.models import AgendaItem, Meeting, MeetingCreate
from est_desktop.services import incidents, reference
from est_desktop.services.actions import decisions as actions
from est_desktop.services.actions import rows as action_rows
from est_desktop.services.actions.decisions import ReviewOutcome
from est_desktop.services.limits import (
    DATE_OUT_OF_RANGE,
    MAX_NAME,
    MAX_TEXT,
    NAME_TOO_LONG,
    TEXT_TOO_LONG,
    clean_text,
    one_line,
)
from est_desktop.services.meetings import agenda as meetings
from tests.services.records import MEETING_DAY, action_data, incident_data

MEGABYTE = "Lång text från ett mejl. " * (1_048_576 // 25)

# What gets pasted into fields, and must come back exactly as it went in (single-line
# fields without the embedding's direction controls).
AWKWARD = [
    "🚓🔥 Bränd bil vid Söderslätts gymnasium 👮🏽‍♀️",
    "سيارة محترقة قرب الميناء",  # Arabic, right to left
    "Graffiti vid \u202bהמסוף\u202c i hamnen",  # Hebrew inside an embedding
    "'); DROP TABLE incident; --",
    "Robert'); DELETE FROM action WHERE ('1'='1",
    '100% av 50_% \\ " ` ; -- /* */',
    "Cafe\u0301 och ﬁrma \ufeffmed BOM",
]


def _refused(call: Callable[[], object]) -> dict[str, str]:
    with pytest.raises(ValidationError) as refused:
        call()
    return refused.value.errors


# --- limits, each with its message at the field ------------------------------------------------


def test_a_description_up_to_the_limit_is_saved_and_one_longer_is_not(
    session: Session, item: AgendaItem
) -> None:
    longest = "x" * MAX_TEXT
    saved = incidents.record_incident(
        session=session,
        item_id=item.id,
        data=incident_data(session, description=longest),
        today=MEETING_DAY,
    )
    assert saved.description == longest
    errors = _refused(
        lambda: incidents.update_incident(
            session=session,
            incident_id=saved.id,
            data=incident_data(session, description=longest + "x"),
            today=MEETING_DAY,
        )
    )
    assert errors == {"description": TEXT_TOO_LONG}


def test_a_megabyte_pasted_into_an_incident_is_refused_at_each_field(
    session: Session, item: AgendaItem
) -> None:
    data = incident_data(session, description=MEGABYTE, location_detail=MEGABYTE)
    errors = _refused(
        lambda: incidents.record_incident(
            session=session, item_id=item.id, data=data, today=MEETING_DAY
        )
    )
    assert errors == {"description": TEXT_TOO_LONG, "location_detail": NAME_TOO_LONG}
    assert incidents.incident_rows_for_item(session=session, item_id=item.id) == []


@pytest.mark.parametrize("day", [date(1999, 12, 31), date(1, 1, 1)])
def test_an_incident_before_2000_is_refused(session: Session, item: AgendaItem, day: date) -> None:
    errors = _refused(
        lambda: incidents.record_incident(
            session=session,
            item_id=item.id,
            data=incident_data(session, occurred_on=day),
            today=MEETING_DAY,
        )
    )
    assert errors == {"occurred_on": DATE_OUT_OF_RANGE}


def test_an_action_keeps_its_limits(session: Session, item: AgendaItem) -> None:
    data = action_data(
        session,
        description=MEGABYTE,
        contact_person="K" * (MAX_NAME + 1),
        due_date=date(2101, 1, 1),
    )
    errors = _refused(lambda: actions.decide_action(session=session, item_id=item.id, data=data))
    assert errors == {
        "description": TEXT_TOO_LONG,
        "contact_person": NAME_TOO_LONG,
        "due_date": DATE_OUT_OF_RANGE,
    }
    assert action_rows.action_rows_for_item(session=session, item_id=item.id) == []


def test_a_review_note_and_new_due_date_keep_their_limits(
    session: Session, item: AgendaItem
) -> None:
    action = actions.decide_action(session=session, item_id=item.id, data=action_data(session))
    later = meetings.create_meeting(
        session=session, data=MeetingCreate(date=MEETING_DAY + timedelta(days=7))
    )
    errors = _refused(
        lambda: actions.record_review(
            session=session,
            meeting_id=later.id,
            action_id=action.id,
            outcome=ReviewOutcome.NEW_DUE_DATE,
            note=MEGABYTE,
            new_due_date=date(2200, 1, 1),
        )
    )
    assert errors == {"note": TEXT_TOO_LONG, "new_due_date": DATE_OUT_OF_RANGE}


@pytest.mark.parametrize("day", [date(1999, 12, 31), date(2101, 1, 1)])
def test_a_meeting_outside_the_years_the_app_serves_is_refused(session: Session, day: date) -> None:
    errors = _refused(
        lambda: meetings.create_meeting(session=session, data=MeetingCreate(date=day))
    )
    assert errors == {"date": DATE_OUT_OF_RANGE}


def test_a_meetings_room_and_convener_keep_their_limits(session: Session, meeting: Meeting) -> None:
    data = MeetingCreate(date=MEETING_DAY, location=MEGABYTE, convener="K" * (MAX_NAME + 1))
    errors = _refused(
        lambda: meetings.update_meeting(session=session, meeting_id=meeting.id, data=data)
    )
    assert errors == {"location": NAME_TOO_LONG, "convener": NAME_TOO_LONG}
    assert _refused(
        lambda: meetings.create_meeting(
            session=session,
            data=MeetingCreate(date=MEETING_DAY + timedelta(days=7), location=MEGABYTE),
        )
    ) == {"location": NAME_TOO_LONG}


def test_agenda_titles_and_notes_keep_their_limits(session: Session, item: AgendaItem) -> None:
    assert _refused(
        lambda: meetings.rename_item(session=session, item_id=item.id, title=MEGABYTE)
    ) == {"title": NAME_TOO_LONG}
    assert _refused(
        lambda: meetings.add_item(session=session, meeting_id=item.meeting_id, title=MEGABYTE)
    ) == {"title": NAME_TOO_LONG}
    assert _refused(
        lambda: meetings.set_item_notes(session=session, item_id=item.id, notes=MEGABYTE)
    ) == {"notes": TEXT_TOO_LONG}


@pytest.mark.parametrize(
    "save",
    [
        lambda s, name: reference.save_organisation(session=s, name=name, kind="extern"),
        lambda s, name: reference.save_place(session=s, name=name),
        lambda s, name: reference.save_source(session=s, name=name),
        lambda s, name: reference.save_category(session=s, name=name),
    ],
    ids=["organisation", "place", "source", "category"],
)
def test_names_in_the_lists_keep_their_limit(session: Session, save) -> None:
    assert _refused(lambda: save(session, MEGABYTE)) == {"name": NAME_TOO_LONG}
    assert save(session, "N" * MAX_NAME).name == "N" * MAX_NAME


# --- what pasting brings along -------------------------------------------------------------


def test_control_characters_are_dropped_but_lines_and_tabs_kept() -> None:
    pasted = "\x00Bil\x07 i brand\r\nvid\thamnen\x1b[31m\rslut\ud800\x7f\x85igen  "
    assert clean_text(pasted) == "Bil i brand\nvid\thamnen[31m\nslut\nigen"


def test_control_characters_never_reach_the_database(
    engine: Engine, session: Session, item: AgendaItem
) -> None:
    saved = incidents.record_incident(
        session=session,
        item_id=item.id,
        data=incident_data(
            session,
            description="Rad ett\x00\x08\r\nrad\ttvå\x1f",
            location_detail="vid\n\x0bkajen\x00",
        ),
        today=MEETING_DAY,
    )
    action = actions.decide_action(
        session=session,
        item_id=item.id,
        data=action_data(session, description="Åtgärd\x00 ett", contact_person="Kim\x1b\nLarsson"),
    )
    session.commit()
    with session_scope(engine) as fresh:
        stored = incidents.get_incident(session=fresh, incident_id=saved.id)
        assert (stored.description, stored.location_detail) == ("Rad ett\nrad\ttvå", "vid kajen")
        decided = actions.get_action(session=fresh, action_id=action.id)
        assert (decided.description, decided.contact_person) == ("Åtgärd ett", "Kim Larsson")


@pytest.mark.parametrize("pasted", AWKWARD)
def test_awkward_text_comes_back_exactly_as_it_went_in(
    engine: Engine, session: Session, item: AgendaItem, pasted: str
) -> None:
    saved = incidents.record_incident(
        session=session,
        item_id=item.id,
        data=incident_data(session, description=pasted, location_detail=pasted),
        today=MEETING_DAY,
    )
    action = actions.decide_action(
        session=session,
        item_id=item.id,
        data=action_data(session, description=pasted, contact_person=pasted),
    )
    meetings.set_item_notes(session=session, item_id=item.id, notes=pasted)
    meetings.rename_item(session=session, item_id=item.id, title=pasted)
    place = reference.save_place(session=session, name=pasted)
    session.commit()

    with session_scope(engine) as fresh:
        stored = incidents.get_incident(session=fresh, incident_id=saved.id)
        assert stored.description == pasted.strip()
        # A single-line text loses its direction controls (see limits), nothing else.
        assert (
            stored.location_detail
            == one_line(pasted)
            == " ".join(pasted.replace("\u202b", "").replace("\u202c", "").split())
        )
        assert actions.get_action(session=fresh, action_id=action.id).description == pasted
        again = meetings.get_item(session=fresh, item_id=item.id)
        assert (again.notes, again.title) == (pasted, one_line(pasted))
        assert reference.find_place(session=fresh, text=one_line(pasted)).id == place.id
        # The SQL-looking strings were data: every table is still there and sound.
        if engine.dialect.name == "sqlite":
            assert fresh.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert fresh.execute(text("PRAGMA foreign_key_check")).all() == []
        assert fresh.execute(text("SELECT count(*) FROM action")).scalar() == 1
        assert fresh.execute(text("SELECT count(*) FROM incident")).scalar() == 1


def test_follow_up_and_agreement_texts_have_limits_too(session: Session) -> None:
    """The ledningsgrupp's notes, attendance names, meeting defaults and a new agreement's
    texts are refused at the field when too long, like every other field."""
    from est_desktop.models import PlanActivity, PlanStatus
    from est_desktop.services import settings
    from est_desktop.services.agreements import follow_up
    from est_desktop.services.agreements import periods as agreement_periods
    from est_desktop.services.agreements.in_force import agreement_in_force
    from est_desktop.services.meetings import participants

    plan_row = session.scalars(text("SELECT id FROM plan_activity LIMIT 1")).first()
    assert session.get(PlanActivity, plan_row) is not None
    with pytest.raises(ValidationError) as raised:
        follow_up.set_plan_status(
            session=session,
            plan_activity_id=plan_row,
            year=2026,
            status=PlanStatus.IN_PROGRESS,
            note=MEGABYTE,
        )
    assert raised.value.errors == {"note": TEXT_TOO_LONG}

    agreement = agreement_in_force(session=session, on=MEETING_DAY)
    goal_id = session.scalars(text("SELECT id FROM agreement_goal LIMIT 1")).first()
    with pytest.raises(ValidationError):
        follow_up.set_goal_note(session=session, goal_id=goal_id, note=MEGABYTE)

    meeting = meetings.create_meeting(session=session, data=MeetingCreate(date=MEETING_DAY))
    with pytest.raises(ValidationError) as raised:
        participants.add_attendee(
            session=session,
            meeting_id=meeting.id,
            person_name="x" * (MAX_NAME + 1),
            organisation_id=reference.organisations(session=session)[0].id,
        )
    assert raised.value.errors == {"person_name": NAME_TOO_LONG}

    defaults = settings.meeting_defaults(session=session)
    with pytest.raises(ValidationError) as raised:
        settings.save_meeting_defaults(
            session=session,
            defaults=type(defaults)(**{**defaults.__dict__, "location": "x" * (MAX_NAME + 1)}),
        )
    assert raised.value.errors == {"location": NAME_TOO_LONG}

    draft = agreement_periods.draft_from(session=session, agreement_id=agreement.id)
    draft.name = "x" * (MAX_NAME + 1)
    draft.goals[0].text = MEGABYTE
    errors = agreement_periods.validate_draft(session=session, draft=draft)
    assert errors["name"] == NAME_TOO_LONG
    assert errors["goals"] == TEXT_TOO_LONG
