"""Two desks, one record: a save over a version another desk saved since is refused.

Desk A opens a record, desk B changes and saves it, then desk A saves what it typed.
Each desk has its own engine on the same database (a file, or the PostgreSQL test
server), as two computers would. Nothing of B's is lost unless A chooses to overwrite it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlalchemy.orm.exc import StaleDataError

from est_desktop.db import make_engine, make_server_engine, session_scope
from est_desktop.models import ActionCreate, AgendaItemKind, IncidentCreate, MeetingCreate
from est_desktop.services import incidents, reference
from est_desktop.services.actions import decisions as actions
from est_desktop.services.conflicts import ChangedElsewhere, FieldDifference
from est_desktop.services.meetings import agenda as meetings
from tests.services.records import MEETING_DAY, action_data, incident_data

B_DUE = date(2026, 4, 1)


@pytest.fixture
def desk_a(engine: Engine) -> Engine:
    return engine


@pytest.fixture
def desk_b(engine: Engine, db_path: Path) -> Iterator[Engine]:
    """A second computer: its own engine and connections on the same database."""
    other = (
        make_engine(db_path) if engine.dialect.name == "sqlite" else make_server_engine(engine.url)
    )
    yield other
    other.dispose()


@pytest.fixture
def item_id(desk_a: Engine) -> int:
    with session_scope(desk_a) as session:
        meeting = meetings.create_meeting(session=session, data=MeetingCreate(date=MEETING_DAY))
        return next(
            i.id
            for i in meetings.agenda(session=session, meeting_id=meeting.id)
            if i.kind == AgendaItemKind.FOCUS_AREA
        )


@pytest.fixture
def action_id(desk_a: Engine, item_id: int) -> int:
    with session_scope(desk_a) as session:
        return actions.decide_action(session=session, item_id=item_id, data=action_data(session)).id


@pytest.fixture
def incident_id(desk_a: Engine, item_id: int) -> int:
    with session_scope(desk_a) as session:
        return incidents.record_incident(
            session=session, item_id=item_id, data=incident_data(session), today=MEETING_DAY
        ).id


# --- what a desk's form does ------------------------------------------------------------


def open_action(engine: Engine, action_id: int) -> tuple[ActionCreate, int]:
    """The action's fields as a form shows them, and the version it read."""
    with session_scope(engine) as session:
        action = actions.get_action(session=session, action_id=action_id)
        fields = {
            key: getattr(action, key) for key in ActionCreate.model_fields if key != "incident_ids"
        }
        fields["incident_ids"] = actions.linked_incident_ids(session=session, action_id=action_id)
        return ActionCreate(**fields), action.version


def save_action(engine: Engine, action_id: int, data: ActionCreate, version: int | None) -> int:
    with session_scope(engine) as session:
        return actions.update_action(
            session=session, action_id=action_id, data=data, expected_version=version
        ).version


def open_incident(engine: Engine, incident_id: int) -> tuple[IncidentCreate, int]:
    with session_scope(engine) as session:
        incident = incidents.get_incident(session=session, incident_id=incident_id)
        fields = {key: getattr(incident, key) for key in IncidentCreate.model_fields}
        return IncidentCreate(**fields), incident.version


def save_incident(
    engine: Engine, incident_id: int, data: IncidentCreate, version: int | None
) -> int:
    with session_scope(engine) as session:
        return incidents.update_incident(
            session=session,
            incident_id=incident_id,
            data=data,
            today=MEETING_DAY,
            expected_version=version,
        ).version


def stored_action(engine: Engine, action_id: int) -> ActionCreate:
    return open_action(engine, action_id)[0]


def stored_incident(engine: Engine, incident_id: int) -> IncidentCreate:
    return open_incident(engine, incident_id)[0]


def _differences(error: ChangedElsewhere) -> dict[str, FieldDifference]:
    return {d.name: d for d in error.differences}


# --- actions ----------------------------------------------------------------------------


def test_a_save_over_another_desks_change_is_refused_and_lists_both(
    desk_a: Engine, desk_b: Engine, action_id: int
) -> None:
    a_form, a_version = open_action(desk_a, action_id)
    b_form, b_version = open_action(desk_b, action_id)
    save_action(desk_b, action_id, b_form.model_copy(update={"due_date": B_DUE}), b_version)

    typed = a_form.model_copy(update={"description": "Laga busskuren och taket"})
    with pytest.raises(ChangedElsewhere) as refused:
        save_action(desk_a, action_id, typed, a_version)

    conflict = refused.value
    assert (conflict.entity, conflict.entity_id) == ("action", action_id)
    assert conflict.current_version == a_version + 1
    differences = _differences(conflict)
    assert differences["due_date"] == FieldDifference("due_date", None, B_DUE)
    assert differences["description"] == FieldDifference(
        "description", "Laga busskuren och taket", "Laga busskuren"
    )
    assert set(differences) == {"due_date", "description"}  # the rest is the same
    stored = stored_action(desk_a, action_id)
    assert (stored.description, stored.due_date) == ("Laga busskuren", B_DUE)


def test_keep_mine_saves_over_the_newer_version_knowingly(
    desk_a: Engine, desk_b: Engine, action_id: int
) -> None:
    a_form, a_version = open_action(desk_a, action_id)
    b_form, b_version = open_action(desk_b, action_id)
    save_action(desk_b, action_id, b_form.model_copy(update={"due_date": B_DUE}), b_version)
    typed = a_form.model_copy(update={"description": "Laga busskuren och taket"})
    with pytest.raises(ChangedElsewhere) as refused:
        save_action(desk_a, action_id, typed, a_version)

    saved_version = save_action(desk_a, action_id, typed, refused.value.current_version)

    stored = stored_action(desk_b, action_id)
    assert (stored.description, stored.due_date) == ("Laga busskuren och taket", None)
    assert saved_version == refused.value.current_version + 1


def test_take_theirs_leaves_the_other_desks_version_and_saves_from_it(
    desk_a: Engine, desk_b: Engine, action_id: int
) -> None:
    a_form, a_version = open_action(desk_a, action_id)
    b_form, b_version = open_action(desk_b, action_id)
    save_action(desk_b, action_id, b_form.model_copy(update={"due_date": B_DUE}), b_version)
    with pytest.raises(ChangedElsewhere):
        save_action(
            desk_a, action_id, a_form.model_copy(update={"contact_person": "Ali"}), a_version
        )

    reloaded, version = open_action(desk_a, action_id)  # what "take theirs" shows
    assert (reloaded.due_date, version) == (B_DUE, a_version + 1)
    save_action(desk_a, action_id, reloaded.model_copy(update={"contact_person": "Ali"}), version)

    stored = stored_action(desk_b, action_id)
    assert (stored.due_date, stored.contact_person) == (B_DUE, "Ali")


def test_a_save_with_the_version_it_read_goes_through(desk_a: Engine, action_id: int) -> None:
    form, version = open_action(desk_a, action_id)
    first = save_action(desk_a, action_id, form.model_copy(update={"due_date": B_DUE}), version)
    second = save_action(
        desk_a, action_id, form.model_copy(update={"contact_person": "Ali"}), first
    )
    assert second == first + 1 == version + 2
    # Without a version (a caller that reads and writes in one transaction) no check is made.
    save_action(desk_a, action_id, form, None)
    assert stored_action(desk_a, action_id) == form


def test_the_same_values_saved_twice_are_still_refused(
    desk_a: Engine, desk_b: Engine, action_id: int
) -> None:
    """A's form may hold an older status without A having typed anything: saving it would
    undo B's change, so the refusal comes even when A changed nothing."""
    a_form, a_version = open_action(desk_a, action_id)
    b_form, b_version = open_action(desk_b, action_id)
    save_action(desk_b, action_id, b_form.model_copy(update={"status": "in_progress"}), b_version)
    with pytest.raises(ChangedElsewhere) as refused:
        save_action(desk_a, action_id, a_form, a_version)
    assert _differences(refused.value)["status"] == FieldDifference("status", "new", "in_progress")
    assert stored_action(desk_a, action_id).status == "in_progress"


def test_linking_incidents_at_another_desk_is_a_change_too(
    desk_a: Engine, desk_b: Engine, action_id: int, incident_id: int
) -> None:
    a_form, a_version = open_action(desk_a, action_id)
    b_form, b_version = open_action(desk_b, action_id)
    b_version = save_action(
        desk_b, action_id, b_form.model_copy(update={"incident_ids": [incident_id]}), b_version
    )
    assert b_version == a_version + 1

    with pytest.raises(ChangedElsewhere) as refused:
        save_action(
            desk_a, action_id, a_form.model_copy(update={"contact_person": "Ali"}), a_version
        )
    assert _differences(refused.value)["incident_ids"] == FieldDifference(
        "incident_ids", [], [incident_id]
    )
    assert stored_action(desk_a, action_id).incident_ids == [incident_id]


def test_a_write_racing_another_desk_between_read_and_write_is_refused(
    desk_a: Engine, desk_b: Engine, action_id: int
) -> None:
    """Both desks pass the version check; the database refuses the write that comes second
    (the UPDATE names the version read), and the first desk's change stays."""
    form, version = open_action(desk_a, action_id)
    with pytest.raises(StaleDataError), session_scope(desk_a) as session:
        # A reads version 1 (and holds it: the session's identity map is weak) ...
        _held = actions.get_action(session=session, action_id=action_id)
        save_action(desk_b, action_id, form.model_copy(update={"due_date": B_DUE}), version)
        actions.update_action(  # ... and writes after B saved version 2
            session=session,
            action_id=action_id,
            data=form.model_copy(update={"description": "Laga taket"}),
            expected_version=version,
        )
    stored = stored_action(desk_a, action_id)
    assert (stored.description, stored.due_date) == ("Laga busskuren", B_DUE)


# --- incidents --------------------------------------------------------------------------


def test_an_incident_saved_elsewhere_is_not_overwritten(
    desk_a: Engine, desk_b: Engine, incident_id: int
) -> None:
    a_form, a_version = open_incident(desk_a, incident_id)
    b_form, b_version = open_incident(desk_b, incident_id)
    with session_scope(desk_b) as session:
        anderslov = reference.find_place(session=session, text="Anderslöv").id
    save_incident(desk_b, incident_id, b_form.model_copy(update={"place_id": anderslov}), b_version)

    typed = a_form.model_copy(update={"description": "Skadegörelse på busskuren, glas krossat"})
    with pytest.raises(ChangedElsewhere) as refused:
        save_incident(desk_a, incident_id, typed, a_version)

    conflict = refused.value
    assert (conflict.entity, conflict.entity_id) == ("incident", incident_id)
    differences = _differences(conflict)
    assert differences["place_id"] == FieldDifference("place_id", a_form.place_id, anderslov)
    assert set(differences) == {"place_id", "description"}
    stored = stored_incident(desk_a, incident_id)
    assert (stored.place_id, stored.description) == (anderslov, "Skadegörelse på busskuren")

    # Keep mine: A's values, knowingly over B's.
    save_incident(desk_a, incident_id, typed, conflict.current_version)
    assert stored_incident(desk_b, incident_id) == typed


def test_take_theirs_for_an_incident_keeps_what_the_other_desk_saved(
    desk_a: Engine, desk_b: Engine, incident_id: int
) -> None:
    a_form, a_version = open_incident(desk_a, incident_id)
    b_form, b_version = open_incident(desk_b, incident_id)
    b_saved = b_form.model_copy(update={"confidential": True})
    save_incident(desk_b, incident_id, b_saved, b_version)
    with pytest.raises(ChangedElsewhere) as refused:
        save_incident(
            desk_a, incident_id, a_form.model_copy(update={"location_detail": "Hpl"}), a_version
        )
    assert _differences(refused.value)["confidential"] == FieldDifference(
        "confidential", False, True
    )

    reloaded, version = open_incident(desk_a, incident_id)  # what "take theirs" shows
    assert (reloaded, version) == (b_saved, refused.value.current_version)
    assert stored_incident(desk_b, incident_id) == b_saved
