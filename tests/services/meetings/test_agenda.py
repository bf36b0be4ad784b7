"""Meetings: proposing and creating them, the agenda, attendance, finalising and reopening."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time, timedelta

import pytest
from sqlmodel import Session

from est_desktop.errors import NeedsConfirmation, NotFound, ValidationError
from est_desktop.models import (
    ActionCreate,
    AgendaItem,
    AgendaItemKind,
    IncidentCreate,
    Meeting,
    MeetingCreate,
    MeetingEventKind,
    MeetingStatus,
)
from est_desktop.services import incidents, reference
from est_desktop.services.actions import decisions as actions
from est_desktop.services.actions import rows as action_rows
from est_desktop.services.meetings import agenda as meetings
from est_desktop.services.meetings import participants
from est_desktop.services.settings import MeetingDefaults, save_meeting_defaults

FIRST_TUESDAY = date(2026, 3, 3)
FOCUS_AREA_NAMES = [
    "Misshandel",
    "Olaga hot och ofredande",
    "Övrig stöld",
    "Bedrägerier",
    "Skadegörelse",
    "Narkotika",
    "Trafik",
    "Ordningsstörningar",
    "Kriminella nätverk",
    "Hamnen",
]
AGENDA_TITLES = [
    "Inledning och närvaro",
    "Genomgång av öppna åtgärder",
    *FOCUS_AREA_NAMES,
    "Övriga frågor",
    "Nästa möte",
]
FINALISED_MESSAGE = "This meeting is finalised and read-only. Reopen it to make changes."


def _org(session: Session, name: str) -> int:
    return next(o.id for o in reference.organisations(session=session) if o.name == name)


def _meeting(
    session: Session, day: date = FIRST_TUESDAY, start: time = time(9, 0), room: str = "Rum Sirius"
) -> Meeting:
    return meetings.create_meeting(
        session=session,
        data=MeetingCreate(date=day, start_time=start, location=room, convener="Eva Ek"),
    )


def _item(session: Session, meeting_id: int, title: str) -> AgendaItem:
    return next(
        i for i in meetings.agenda(session=session, meeting_id=meeting_id) if i.title == title
    )


def _titles(session: Session, meeting_id: int) -> list[str]:
    return [i.title for i in meetings.agenda(session=session, meeting_id=meeting_id)]


def _incident(session: Session, item_id: int, day: date, text: str = "Klotter på busskur") -> int:
    place = reference.find_place(session=session, text="Trelleborg centrum")
    source = reference.sources(session=session)[0]
    return incidents.record_incident(
        session=session,
        item_id=item_id,
        data=IncidentCreate(
            occurred_on=day, place_id=place.id, source_id=source.id, description=text
        ),
        today=day,
    ).id


# --- proposing the next meeting ----------------------------------------------------


def test_first_meeting_is_proposed_from_the_defaults(session: Session) -> None:
    thursday = date(2026, 3, 5)
    proposal = meetings.proposed_meeting(session=session, today=thursday)
    assert proposal.date == date(2026, 3, 10)  # the next Tuesday
    assert proposal.start_time == time(9, 0)
    assert proposal.location == "Kommunhuset"


def test_first_meeting_today_when_today_is_the_meeting_day(session: Session) -> None:
    assert meetings.proposed_meeting(session=session, today=FIRST_TUESDAY).date == FIRST_TUESDAY


def test_first_meeting_follows_changed_defaults(session: Session) -> None:
    save_meeting_defaults(
        session=session,
        defaults=MeetingDefaults(weekday=2, start_time=time(13, 30), location="Stadshuset"),
    )
    proposal = meetings.proposed_meeting(session=session, today=date(2026, 3, 5))
    assert proposal.date == date(2026, 3, 11)  # Wednesday
    assert (proposal.start_time, proposal.location) == (time(13, 30), "Stadshuset")


def test_next_meeting_is_a_week_after_the_last_in_the_same_room(session: Session) -> None:
    _meeting(session, FIRST_TUESDAY, time(13, 15), "Rum Orion")
    proposal = meetings.proposed_meeting(session=session, today=date(2026, 3, 5))
    assert proposal.date == FIRST_TUESDAY + timedelta(days=7)
    assert (proposal.start_time, proposal.location) == (time(13, 15), "Rum Orion")
    assert proposal.convener == "Eva Ek"


def test_next_meeting_is_never_proposed_in_the_past(session: Session) -> None:
    _meeting(session, FIRST_TUESDAY, time(13, 15), "Rum Orion")
    today = date(2026, 4, 1)  # four weeks without a meeting
    proposal = meetings.proposed_meeting(session=session, today=today)
    assert proposal.date == date(2026, 4, 7)
    assert proposal.date >= today
    assert proposal.date.weekday() == FIRST_TUESDAY.weekday()
    assert (proposal.start_time, proposal.location) == (time(13, 15), "Rum Orion")


# --- creating a meeting and its agenda -----------------------------------------------


def test_new_meeting_gets_the_standard_agenda(session: Session) -> None:
    meeting = _meeting(session)
    items = meetings.agenda(session=session, meeting_id=meeting.id)
    assert [i.title for i in items] == AGENDA_TITLES
    assert len(items) == 14
    assert [i.position for i in items] == list(range(14))
    assert [i.kind for i in items] == [
        AgendaItemKind.OPENING,
        AgendaItemKind.ACTION_REVIEW,
        *[AgendaItemKind.FOCUS_AREA] * 10,
        AgendaItemKind.OTHER,
        AgendaItemKind.NEXT_MEETING,
    ]
    assert [i.planned_minutes for i in items] == [5, 15, *[5] * 10, 5, 2]
    assert all(i.focus_area_id is not None for i in items[2:12])
    assert items[0].focus_area_id is None and items[13].focus_area_id is None
    assert meeting.status == MeetingStatus.PLANNED


def test_second_meeting_on_the_same_date_is_refused(session: Session) -> None:
    _meeting(session)
    with pytest.raises(ValidationError) as refused:
        _meeting(session, FIRST_TUESDAY, time(14, 0), "Rum Orion")
    assert set(refused.value.errors) == {"date"}
    assert len(meetings.meeting_rows(session=session)) == 1


def test_moving_a_meeting_onto_another_meetings_date_is_refused(session: Session) -> None:
    _meeting(session)
    later = _meeting(session, FIRST_TUESDAY + timedelta(days=7))
    with pytest.raises(ValidationError) as refused:
        meetings.update_meeting(
            session=session,
            meeting_id=later.id,
            data=MeetingCreate(date=FIRST_TUESDAY, start_time=time(9, 0), location="Rum Sirius"),
        )
    assert set(refused.value.errors) == {"date"}
    assert later.date == FIRST_TUESDAY + timedelta(days=7)


# --- editing the agenda ------------------------------------------------------------


def test_add_item_after_a_chosen_item(session: Session) -> None:
    meeting = _meeting(session)
    review = _item(session, meeting.id, "Genomgång av öppna åtgärder")
    added = meetings.add_item(
        session=session,
        meeting_id=meeting.id,
        title="  Valborgsfirandet   i Folkets park ",
        after_item_id=review.id,
        planned_minutes=10,
    )
    titles = _titles(session, meeting.id)
    assert titles[2] == "Valborgsfirandet i Folkets park"
    assert len(titles) == 15
    assert added.planned_minutes == 10
    items = meetings.agenda(session=session, meeting_id=meeting.id)
    assert [i.position for i in items] == list(range(15))


def test_adding_after_an_item_of_another_meeting_is_refused(session: Session) -> None:
    meeting = _meeting(session)
    other = _meeting(session, FIRST_TUESDAY + timedelta(days=7))
    foreign = _item(session, other.id, "Övriga frågor")
    with pytest.raises(NotFound):
        meetings.add_item(
            session=session, meeting_id=meeting.id, title="Extra", after_item_id=foreign.id
        )
    assert len(_titles(session, meeting.id)) == 14


def test_added_item_without_a_place_comes_before_next_meeting(session: Session) -> None:
    meeting = _meeting(session)
    meetings.add_item(session=session, meeting_id=meeting.id, title="Skolavslutningen")
    titles = _titles(session, meeting.id)
    assert titles[-1] == "Nästa möte"
    assert titles[-2] == "Skolavslutningen"
    assert titles[:-2] == AGENDA_TITLES[:-1]


def test_item_without_title_is_refused(session: Session) -> None:
    meeting = _meeting(session)
    with pytest.raises(ValidationError) as refused:
        meetings.add_item(session=session, meeting_id=meeting.id, title="   ")
    assert set(refused.value.errors) == {"title"}
    assert _titles(session, meeting.id) == AGENDA_TITLES


def test_rename_item(session: Session) -> None:
    meeting = _meeting(session)
    item = _item(session, meeting.id, "Övriga frågor")
    meetings.rename_item(session=session, item_id=item.id, title="Övrigt och aktuellt")
    assert _titles(session, meeting.id)[12] == "Övrigt och aktuellt"
    with pytest.raises(ValidationError) as refused:
        meetings.rename_item(session=session, item_id=item.id, title="")
    assert set(refused.value.errors) == {"title"}
    assert _titles(session, meeting.id)[12] == "Övrigt och aktuellt"


def test_planned_minutes_can_be_changed_within_a_working_day(session: Session) -> None:
    meeting = _meeting(session)
    item = _item(session, meeting.id, "Narkotika")
    meetings.set_planned_minutes(session=session, item_id=item.id, minutes=20)
    assert _item(session, meeting.id, "Narkotika").planned_minutes == 20
    for wrong in (-1, 481):
        with pytest.raises(ValidationError) as refused:
            meetings.set_planned_minutes(session=session, item_id=item.id, minutes=wrong)
        assert set(refused.value.errors) == {"planned_minutes"}
    assert _item(session, meeting.id, "Narkotika").planned_minutes == 20


def test_move_item(session: Session) -> None:
    meeting = _meeting(session)
    hamnen = _item(session, meeting.id, "Hamnen")
    meetings.move_item(session=session, item_id=hamnen.id, to_position=2)
    titles = _titles(session, meeting.id)
    assert titles[:4] == [
        "Inledning och närvaro",
        "Genomgång av öppna åtgärder",
        "Hamnen",
        "Misshandel",
    ]
    assert sorted(titles) == sorted(AGENDA_TITLES)
    meetings.move_item(session=session, item_id=hamnen.id, to_position=99)
    assert _titles(session, meeting.id)[-1] == "Hamnen"
    items = meetings.agenda(session=session, meeting_id=meeting.id)
    assert [i.position for i in items] == list(range(14))


def test_remove_item_closes_the_gap(session: Session) -> None:
    meeting = _meeting(session)
    meetings.remove_item(session=session, item_id=_item(session, meeting.id, "Bedrägerier").id)
    titles = _titles(session, meeting.id)
    assert "Bedrägerier" not in titles
    assert titles == [t for t in AGENDA_TITLES if t != "Bedrägerier"]
    items = meetings.agenda(session=session, meeting_id=meeting.id)
    assert [i.position for i in items] == list(range(13))


def test_item_with_incidents_cannot_be_removed(session: Session) -> None:
    meeting = _meeting(session)
    item = _item(session, meeting.id, "Skadegörelse")
    _incident(session, item.id, FIRST_TUESDAY)
    with pytest.raises(ValidationError):
        meetings.remove_item(session=session, item_id=item.id)
    assert "Skadegörelse" in _titles(session, meeting.id)
    assert len(incidents.incident_rows_for_item(session=session, item_id=item.id)) == 1


def test_item_with_actions_cannot_be_removed(session: Session) -> None:
    meeting = _meeting(session)
    item = _item(session, meeting.id, "Trafik")
    actions.decide_action(
        session=session,
        item_id=item.id,
        data=ActionCreate(
            description="Hastighetsmätning på Västra Vallgatan",
            owner_organisation_id=_org(session, "Polisen"),
        ),
    )
    with pytest.raises(ValidationError):
        meetings.remove_item(session=session, item_id=item.id)
    assert "Trafik" in _titles(session, meeting.id)


@pytest.mark.parametrize("title", ["Inledning och närvaro", "Genomgång av öppna åtgärder"])
def test_attendance_and_review_items_cannot_be_removed(session: Session, title: str) -> None:
    """Attendance and review outcomes are recorded under them; without them they are lost."""
    meeting = _meeting(session)
    with pytest.raises(ValidationError, match="part of every EST meeting"):
        meetings.remove_item(session=session, item_id=_item(session, meeting.id, title).id)
    assert title in _titles(session, meeting.id)


def test_agenda_rows_count_incidents_and_actions_per_item(session: Session) -> None:
    meeting = _meeting(session)
    item = _item(session, meeting.id, "Narkotika")
    _incident(session, item.id, FIRST_TUESDAY, "Langning vid skolan")
    _incident(session, item.id, FIRST_TUESDAY, "Sprutor i parken")
    rows = {r.item.title: r for r in meetings.agenda_rows(session=session, meeting_id=meeting.id)}
    assert (rows["Narkotika"].incident_count, rows["Narkotika"].action_count) == (2, 0)
    assert rows["Trafik"].incident_count == 0


# --- attendance ---------------------------------------------------------------------


def test_attendance_lists_who_came_from_where(session: Session) -> None:
    meeting = _meeting(session)
    polisen = _org(session, "Polisen")
    social = _org(session, "Socialförvaltningen")
    participants.add_attendee(
        session=session, meeting_id=meeting.id, person_name=" Anna  Berg ", organisation_id=polisen
    )
    participants.add_attendee(
        session=session, meeting_id=meeting.id, person_name="Omar Said", organisation_id=social
    )
    rows = participants.attendance(session=session, meeting_id=meeting.id)
    assert [(r.person_name, r.organisation_name) for r in rows] == [
        ("Anna Berg", "Polisen"),
        ("Omar Said", "Socialförvaltningen"),
    ]


def test_same_person_twice_is_refused(session: Session) -> None:
    meeting = _meeting(session)
    polisen = _org(session, "Polisen")
    participants.add_attendee(
        session=session, meeting_id=meeting.id, person_name="Åsa Öberg", organisation_id=polisen
    )
    with pytest.raises(ValidationError) as refused:
        participants.add_attendee(
            session=session, meeting_id=meeting.id, person_name="åsa öberg", organisation_id=polisen
        )
    assert set(refused.value.errors) == {"person_name"}
    assert len(participants.attendance(session=session, meeting_id=meeting.id)) == 1


def test_attendee_needs_name_and_organisation(session: Session) -> None:
    meeting = _meeting(session)
    with pytest.raises(ValidationError) as refused:
        participants.add_attendee(
            session=session, meeting_id=meeting.id, person_name=" ", organisation_id=None
        )
    assert set(refused.value.errors) == {"person_name", "organisation_id"}
    assert participants.attendance(session=session, meeting_id=meeting.id) == []


def test_remove_attendee(session: Session) -> None:
    meeting = _meeting(session)
    row = participants.add_attendee(
        session=session,
        meeting_id=meeting.id,
        person_name="Anna Berg",
        organisation_id=_org(session, "Polisen"),
    )
    participants.remove_attendee(session=session, attendance_id=row.id)
    assert participants.attendance(session=session, meeting_id=meeting.id) == []


def test_copy_attendance_from_the_previous_meeting(session: Session) -> None:
    first = _meeting(session)
    second = _meeting(session, FIRST_TUESDAY + timedelta(days=7))
    assert participants.copy_previous_attendance(session=session, meeting_id=first.id) == 0
    people = [
        ("Anna Berg", "Polisen"),
        ("Omar Said", "Socialförvaltningen"),
        ("Lena Holm", "Trelleborgs Hamn"),
    ]
    for name, org in people:
        participants.add_attendee(
            session=session,
            meeting_id=first.id,
            person_name=name,
            organisation_id=_org(session, org),
        )
    participants.add_attendee(
        session=session,
        meeting_id=second.id,
        person_name="Anna Berg",
        organisation_id=_org(session, "Polisen"),
    )
    assert participants.copy_previous_attendance(session=session, meeting_id=second.id) == 2
    rows = participants.attendance(session=session, meeting_id=second.id)
    assert sorted((r.person_name, r.organisation_name) for r in rows) == sorted(people)
    assert len(participants.attendance(session=session, meeting_id=first.id)) == 3


# --- finalising and reopening --------------------------------------------------------


def test_finalising_with_nobody_present_asks_first(session: Session) -> None:
    meeting = _meeting(session)
    with pytest.raises(NeedsConfirmation):
        meetings.finalise_meeting(session=session, meeting_id=meeting.id, user="eva")
    assert meeting.status != MeetingStatus.FINALISED
    assert meetings.meeting_events(session=session, meeting_id=meeting.id) == []

    meetings.finalise_meeting(
        session=session, meeting_id=meeting.id, user="eva", confirm_no_attendance=True
    )
    assert meetings.get_meeting(session=session, meeting_id=meeting.id).is_finalised
    events = meetings.meeting_events(session=session, meeting_id=meeting.id)
    assert [(e.kind, e.user) for e in events] == [(MeetingEventKind.FINALISED, "eva")]


def test_finalising_with_attendance_needs_no_confirmation(session: Session) -> None:
    meeting = _meeting(session)
    participants.add_attendee(
        session=session,
        meeting_id=meeting.id,
        person_name="Anna Berg",
        organisation_id=_org(session, "Polisen"),
    )
    meetings.finalise_meeting(session=session, meeting_id=meeting.id, user="eva")
    assert meeting.status == MeetingStatus.FINALISED


@dataclass
class Finalised:
    meeting: Meeting
    item_id: int
    incident_id: int
    action_id: int
    old_action_id: int
    attendance_id: int


@pytest.fixture
def finalised(session: Session) -> Finalised:
    """Last week's meeting with an open action, and this week's meeting, now finalised."""
    last_week = _meeting(session, FIRST_TUESDAY - timedelta(days=7))
    polisen = _org(session, "Polisen")
    old_action = actions.decide_action(
        session=session,
        item_id=_item(session, last_week.id, "Trafik").id,
        data=ActionCreate(description="Fartkontroll", owner_organisation_id=polisen),
    )
    meeting = _meeting(session)
    item = _item(session, meeting.id, "Skadegörelse")
    incident_id = _incident(session, item.id, FIRST_TUESDAY)
    action = actions.decide_action(
        session=session,
        item_id=item.id,
        data=ActionCreate(description="Sanera klottret", owner_organisation_id=polisen),
    )
    actions.record_review(
        session=session,
        meeting_id=meeting.id,
        action_id=old_action.id,
        outcome=actions.ReviewOutcome.IN_PROGRESS,
        note="Planerad vecka 12",
    )
    present = participants.add_attendee(
        session=session, meeting_id=meeting.id, person_name="Anna Berg", organisation_id=polisen
    )
    meetings.finalise_meeting(session=session, meeting_id=meeting.id, user="eva")
    return Finalised(meeting, item.id, incident_id, action.id, old_action.id, present.id)


def _valid_incident(session: Session, description: str) -> IncidentCreate:
    return IncidentCreate(
        occurred_on=FIRST_TUESDAY,
        place_id=reference.find_place(session=session, text="Hamnen").id,
        source_id=reference.sources(session=session)[0].id,
        description=description,
    )


CHANGES: dict[str, Callable[[Session, Finalised], object]] = {
    "record incident": lambda s, f: incidents.record_incident(
        session=s, item_id=f.item_id, data=_valid_incident(s, "Ny händelse"), today=FIRST_TUESDAY
    ),
    "update incident": lambda s, f: incidents.update_incident(
        session=s,
        incident_id=f.incident_id,
        data=_valid_incident(s, "Ändrad"),
        today=FIRST_TUESDAY,
    ),
    "delete incident": lambda s, f: incidents.delete_incident(session=s, incident_id=f.incident_id),
    "decide action": lambda s, f: actions.decide_action(
        session=s,
        item_id=f.item_id,
        data=ActionCreate(description="Ny åtgärd", owner_organisation_id=_org(s, "Polisen")),
    ),
    "update action": lambda s, f: actions.update_action(
        session=s,
        action_id=f.action_id,
        data=ActionCreate(description="Ändrad", owner_organisation_id=_org(s, "Polisen")),
    ),
    "delete action": lambda s, f: actions.delete_action(session=s, action_id=f.action_id),
    "add attendee": lambda s, f: participants.add_attendee(
        session=s,
        meeting_id=f.meeting.id,
        person_name="Sen Ankomst",
        organisation_id=_org(s, "Polisen"),
    ),
    "remove attendee": lambda s, f: participants.remove_attendee(
        session=s, attendance_id=f.attendance_id
    ),
    "copy attendance": lambda s, f: participants.copy_previous_attendance(
        session=s, meeting_id=f.meeting.id
    ),
    "add item": lambda s, f: meetings.add_item(session=s, meeting_id=f.meeting.id, title="Extra"),
    "remove item": lambda s, f: meetings.remove_item(
        session=s, item_id=_item(s, f.meeting.id, "Hamnen").id
    ),
    "rename item": lambda s, f: meetings.rename_item(session=s, item_id=f.item_id, title="X"),
    "move item": lambda s, f: meetings.move_item(session=s, item_id=f.item_id, to_position=0),
    "planned minutes": lambda s, f: meetings.set_planned_minutes(
        session=s, item_id=f.item_id, minutes=30
    ),
    "item notes": lambda s, f: meetings.set_item_notes(session=s, item_id=f.item_id, notes="X"),
    "move meeting": lambda s, f: meetings.update_meeting(
        session=s,
        meeting_id=f.meeting.id,
        data=MeetingCreate(date=date(2026, 3, 4), location="Annat rum"),
    ),
    "record review": lambda s, f: actions.record_review(
        session=s,
        meeting_id=f.meeting.id,
        action_id=f.old_action_id,
        outcome=actions.ReviewOutcome.DONE,
    ),
    "undo review": lambda s, f: actions.undo_review(
        session=s, meeting_id=f.meeting.id, action_id=f.old_action_id
    ),
}


def _snapshot(session: Session, f: Finalised) -> tuple:
    meeting = meetings.get_meeting(session=session, meeting_id=f.meeting.id)
    old = actions.get_action(session=session, action_id=f.old_action_id)
    return (
        meeting.date,
        meeting.location,
        [
            (i.title, i.position, i.planned_minutes, i.notes)
            for i in meetings.agenda(session=session, meeting_id=f.meeting.id)
        ],
        incidents.incident_rows_for_meeting(session=session, meeting_id=f.meeting.id),
        action_rows.action_rows_decided_at(session=session, meeting_id=f.meeting.id),
        participants.attendance(session=session, meeting_id=f.meeting.id),
        (old.status, old.due_date),
        [r.outcome.status for r in actions.review_rows(session=session, meeting_id=f.meeting.id)],
    )


@pytest.mark.parametrize("change", list(CHANGES))
def test_finalised_meeting_refuses_every_change(
    session: Session, finalised: Finalised, change: str
) -> None:
    before = _snapshot(session, finalised)
    with pytest.raises(ValidationError) as refused:
        CHANGES[change](session, finalised)
    assert list(refused.value.errors.values()) == [FINALISED_MESSAGE]
    session.flush()
    assert _snapshot(session, finalised) == before
    assert finalised.meeting.status == MeetingStatus.FINALISED


def test_reopening_is_recorded_and_allows_changes_again(
    session: Session, finalised: Finalised
) -> None:
    meetings.reopen_meeting(
        session=session, meeting_id=finalised.meeting.id, user="karl", reason=" Fel datum "
    )
    events = meetings.meeting_events(session=session, meeting_id=finalised.meeting.id)
    assert [(e.kind, e.user) for e in events] == [
        (MeetingEventKind.FINALISED, "eva"),
        (MeetingEventKind.REOPENED, "karl"),
    ]
    assert events[1].reason == "Fel datum"
    assert finalised.meeting.status == MeetingStatus.OPEN

    meetings.rename_item(session=session, item_id=finalised.item_id, title="Skadegörelse i city")
    participants.add_attendee(
        session=session,
        meeting_id=finalised.meeting.id,
        person_name="Sen Ankomst",
        organisation_id=_org(session, "Polisen"),
    )
    _incident(session, finalised.item_id, FIRST_TUESDAY, "Krossad ruta")
    actions.record_review(
        session=session,
        meeting_id=finalised.meeting.id,
        action_id=finalised.old_action_id,
        outcome=actions.ReviewOutcome.DONE,
    )
    assert "Skadegörelse i city" in _titles(session, finalised.meeting.id)
    assert len(participants.attendance(session=session, meeting_id=finalised.meeting.id)) == 2
    assert len(incidents.incident_rows_for_item(session=session, item_id=finalised.item_id)) == 2
    assert actions.get_action(session=session, action_id=finalised.old_action_id).status == "done"


# --- the meeting list ----------------------------------------------------------------


def test_meeting_rows_newest_first_with_counts_and_week(session: Session) -> None:
    first = _meeting(session)
    second = _meeting(session, FIRST_TUESDAY + timedelta(days=7), room="Rum Orion")
    item = _item(session, first.id, "Misshandel")
    _incident(session, item.id, FIRST_TUESDAY, "Bråk utanför krog")
    _incident(session, _item(session, first.id, "Trafik").id, FIRST_TUESDAY, "Buskörning")
    actions.decide_action(
        session=session,
        item_id=item.id,
        data=ActionCreate(
            description="Ökad närvaro", owner_organisation_id=_org(session, "Polisen")
        ),
    )
    rows = meetings.meeting_rows(session=session)
    assert [(r.id, r.date, r.week, r.location) for r in rows] == [
        (second.id, date(2026, 3, 10), 11, "Rum Orion"),
        (first.id, date(2026, 3, 3), 10, "Rum Sirius"),
    ]
    assert [(r.incident_count, r.action_count) for r in rows] == [(0, 0), (2, 1)]
    assert rows[1].status == MeetingStatus.OPEN
    assert rows[0].status == MeetingStatus.PLANNED


@pytest.mark.parametrize(
    ("day", "week"),
    [
        (date(2026, 3, 3), 10),
        (date(2026, 1, 1), 1),
        (date(2024, 12, 30), 1),  # Monday of the week that holds 2 January 2025
        (date(2027, 1, 1), 53),  # 2026 has 53 ISO weeks
    ],
)
def test_iso_week(day: date, week: int) -> None:
    assert meetings.iso_week(day) == week
    assert Meeting(date=day).iso_week == week


def test_preparing_a_meeting_leaves_it_planned_until_something_is_recorded(
    session: Session,
) -> None:
    meeting = _meeting(session)
    participants.add_attendee(
        session=session,
        meeting_id=meeting.id,
        person_name="Kommunpolis",
        organisation_id=_org(session, "Polisen"),
    )
    meetings.add_item(session=session, meeting_id=meeting.id, title="Valborg")
    assert meeting.status == MeetingStatus.PLANNED
    _incident(session, _item(session, meeting.id, "Misshandel").id, FIRST_TUESDAY)
    assert meeting.status == MeetingStatus.OPEN


def test_finalising_a_meeting_dated_after_today_asks_first(session) -> None:
    meeting = meetings.create_meeting(session=session, data=MeetingCreate(date=date(2026, 12, 8)))
    with pytest.raises(NeedsConfirmation) as asked:
        meetings.finalise_meeting(
            session=session,
            meeting_id=meeting.id,
            user="eva",
            confirm_no_attendance=True,
            today=date(2026, 12, 2),
        )
    assert asked.value.message == meetings.FINALISE_AHEAD
    done = meetings.finalise_meeting(
        session=session,
        meeting_id=meeting.id,
        user="eva",
        confirm_no_attendance=True,
        today=date(2026, 12, 2),
        confirm_ahead=True,
    )
    assert done.is_finalised
