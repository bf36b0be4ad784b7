"""Incidents (händelser): what must be filled in, defaults, confidentiality, corrections."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from sqlmodel import Session

from est_desktop.errors import ValidationError
from est_desktop.models import ActionCreate, AgendaItem, IncidentCreate, Meeting, MeetingCreate
from est_desktop.services import incidents, reference
from est_desktop.services.actions import decisions as actions
from est_desktop.services.meetings import agenda as meetings

MEETING_DAY = date(2026, 3, 10)
YESTERDAY = MEETING_DAY - timedelta(days=1)


@pytest.fixture
def meeting(session: Session) -> Meeting:
    return meetings.create_meeting(
        session=session, data=MeetingCreate(date=MEETING_DAY, location="Kommunhuset")
    )


def _item(session: Session, meeting: Meeting, title: str) -> AgendaItem:
    return next(
        i for i in meetings.agenda(session=session, meeting_id=meeting.id) if i.title == title
    )


def _place_id(session: Session, name: str) -> int:
    return reference.find_place(session=session, text=name).id


def _source_id(session: Session, name: str = "Trygghetsvärdarnas rapporter") -> int:
    return next(s.id for s in reference.sources(session=session) if s.name == name)


def _data(session: Session, **changes: object) -> IncidentCreate:
    data = IncidentCreate(
        occurred_on=YESTERDAY,
        start_time=time(21, 30),
        end_time=time(23, 15),
        place_id=_place_id(session, "Trelleborg centrum"),
        location_detail="  vid   busshållplatsen ",
        source_id=_source_id(session),
        reporting_organisation_id=next(
            o.id for o in reference.organisations(session=session) if o.name == "Polisen"
        ),
        description="  Ungdomar samlas och kastar sten mot bussar.  ",
    )
    return data.model_copy(update=changes)


def _record(session: Session, item: AgendaItem, data: IncidentCreate):
    return incidents.record_incident(session=session, item_id=item.id, data=data, today=MEETING_DAY)


def test_recorded_incident_shows_in_the_items_list(session: Session, meeting: Meeting) -> None:
    item = _item(session, meeting, "Ordningsstörningar")
    _record(session, item, _data(session))
    [row] = incidents.incident_rows_for_item(session=session, item_id=item.id)
    assert row.occurred_on == YESTERDAY
    assert row.place == "Trelleborg centrum"
    assert row.location_detail == "vid busshållplatsen"
    assert row.source == "Trygghetsvärdarnas rapporter"
    assert row.reporting_organisation == "Polisen"
    assert row.description == "Ungdomar samlas och kastar sten mot bussar."
    assert row.focus_area == "Ordningsstörningar"
    assert row.confidential is False


def test_the_items_focus_area_is_the_default(session: Session, meeting: Meeting) -> None:
    narkotika = _item(session, meeting, "Narkotika")
    incident = _record(session, narkotika, _data(session))
    assert incident.focus_area_id == narkotika.focus_area_id


def test_a_chosen_focus_area_wins_over_the_items(session: Session, meeting: Meeting) -> None:
    narkotika = _item(session, meeting, "Narkotika")
    trafik = _item(session, meeting, "Trafik")
    _record(session, narkotika, _data(session, focus_area_id=trafik.focus_area_id))
    [row] = incidents.incident_rows_for_item(session=session, item_id=narkotika.id)
    assert row.focus_area == "Trafik"


def test_other_business_has_no_focus_area(session: Session, meeting: Meeting) -> None:
    other = _item(session, meeting, "Övriga frågor")
    _record(session, other, _data(session))
    [row] = incidents.incident_rows_for_item(session=session, item_id=other.id)
    assert row.focus_area == ""


@pytest.mark.parametrize(
    ("field", "missing"),
    [
        ("occurred_on", None),
        ("place_id", None),
        ("place_id", 999_999),
        ("source_id", None),
        ("source_id", 999_999),
        ("description", "   \n "),
    ],
)
def test_each_required_field_is_reported_on_its_own(
    session: Session, meeting: Meeting, field: str, missing: object
) -> None:
    item = _item(session, meeting, "Skadegörelse")
    with pytest.raises(ValidationError) as refused:
        _record(session, item, _data(session, **{field: missing}))
    assert set(refused.value.errors) == {field}
    assert incidents.incident_rows_for_meeting(session=session, meeting_id=meeting.id) == []


def test_an_incident_in_the_future_is_refused(session: Session, meeting: Meeting) -> None:
    item = _item(session, meeting, "Skadegörelse")
    with pytest.raises(ValidationError) as refused:
        _record(session, item, _data(session, occurred_on=MEETING_DAY + timedelta(days=1)))
    assert set(refused.value.errors) == {"occurred_on"}
    _record(session, item, _data(session, occurred_on=MEETING_DAY))
    assert len(incidents.incident_rows_for_item(session=session, item_id=item.id)) == 1


def test_end_time_without_start_time_is_refused(session: Session, meeting: Meeting) -> None:
    item = _item(session, meeting, "Skadegörelse")
    with pytest.raises(ValidationError) as refused:
        _record(session, item, _data(session, start_time=None, end_time=time(23, 0)))
    assert set(refused.value.errors) == {"start_time"}
    assert incidents.incident_rows_for_item(session=session, item_id=item.id) == []


def test_confidential_incidents_can_be_left_out(session: Session, meeting: Meeting) -> None:
    narkotika = _item(session, meeting, "Narkotika")
    hamnen = _item(session, meeting, "Hamnen")
    _record(session, narkotika, _data(session, description="Öppen försäljning i parken"))
    _record(
        session,
        narkotika,
        _data(session, description="Spaningsuppgift om lager", confidential=True),
    )
    _record(session, hamnen, _data(session, description="Tips om smuggling", confidential=True))

    public_item = incidents.incident_rows_for_item(
        session=session, item_id=narkotika.id, include_confidential=False
    )
    assert [r.description for r in public_item] == ["Öppen försäljning i parken"]
    public_meeting = incidents.incident_rows_for_meeting(
        session=session, meeting_id=meeting.id, include_confidential=False
    )
    assert [r.description for r in public_meeting] == ["Öppen försäljning i parken"]

    everything = incidents.incident_rows_for_meeting(session=session, meeting_id=meeting.id)
    assert {r.description for r in everything} == {
        "Öppen försäljning i parken",
        "Spaningsuppgift om lager",
        "Tips om smuggling",
    }
    assert [r.focus_area for r in everything] == ["Narkotika", "Narkotika", "Hamnen"]


def test_update_incident(session: Session, meeting: Meeting) -> None:
    item = _item(session, meeting, "Skadegörelse")
    incident = _record(session, item, _data(session))
    incidents.update_incident(
        session=session,
        incident_id=incident.id,
        data=_data(
            session,
            place_id=_place_id(session, "Anderslöv"),
            location_detail="",
            description="Krossade rutor på skolan",
            focus_area_id=item.focus_area_id,
        ),
        today=MEETING_DAY,
    )
    [row] = incidents.incident_rows_for_item(session=session, item_id=item.id)
    assert (row.place, row.where, row.description) == (
        "Anderslöv",
        "Anderslöv",
        "Krossade rutor på skolan",
    )


def test_a_refused_correction_keeps_the_original(session: Session, meeting: Meeting) -> None:
    item = _item(session, meeting, "Skadegörelse")
    incident = _record(session, item, _data(session))
    with pytest.raises(ValidationError) as refused:
        incidents.update_incident(
            session=session,
            incident_id=incident.id,
            data=_data(session, description="", place_id=None),
            today=MEETING_DAY,
        )
    assert set(refused.value.errors) == {"description", "place_id"}
    [row] = incidents.incident_rows_for_item(session=session, item_id=item.id)
    assert row.description == "Ungdomar samlas och kastar sten mot bussar."
    assert row.place == "Trelleborg centrum"


def test_delete_incident_also_removes_its_links_to_actions(
    session: Session, meeting: Meeting
) -> None:
    item = _item(session, meeting, "Skadegörelse")
    kept = _record(session, item, _data(session, description="Klotter"))
    deleted = _record(session, item, _data(session, description="Brand i container"))
    action = actions.decide_action(
        session=session,
        item_id=item.id,
        data=ActionCreate(
            description="Sanera",
            owner_organisation_id=reference.organisations(session=session)[0].id,
            incident_ids=[kept.id, deleted.id],
        ),
    )
    incidents.delete_incident(session=session, incident_id=deleted.id)
    assert [
        r.description for r in incidents.incident_rows_for_item(session=session, item_id=item.id)
    ] == ["Klotter"]
    assert actions.linked_incident_ids(session=session, action_id=action.id) == [kept.id]


def _row(session: Session, meeting: Meeting, **changes: object) -> incidents.IncidentRow:
    item = _item(session, meeting, "Trafik")
    incident = _record(session, item, _data(session, **changes))
    rows = incidents.incident_rows_for_item(session=session, item_id=item.id)
    return next(r for r in rows if r.id == incident.id)


def test_where_joins_place_and_detail(session: Session, meeting: Meeting) -> None:
    assert _row(session, meeting).where == "Trelleborg centrum, vid busshållplatsen"
    assert _row(session, meeting, location_detail="  ").where == "Trelleborg centrum"


@pytest.mark.parametrize(
    ("start", "end", "text"),
    [
        (time(21, 30), time(23, 15), "2026-03-09 21:30–23:15"),
        (time(7, 5), None, "2026-03-09 07:05"),
        (None, None, "2026-03-09"),
    ],
)
def test_when_shows_date_and_times(
    session: Session, meeting: Meeting, start: time | None, end: time | None, text: str
) -> None:
    assert _row(session, meeting, start_time=start, end_time=end).when == text
