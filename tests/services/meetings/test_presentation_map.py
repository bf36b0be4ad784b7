"""The week's map of a focus-area slide: the lägesbild's counts, never a confidential one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

import pytest
from sqlmodel import Session

from est_desktop.models import AgendaItemKind, IncidentCreate, MeetingCreate
from est_desktop.services import incidents, lagesbild, reference
from est_desktop.services.meetings import agenda as meetings
from est_desktop.services.meetings import presentation

LAST = date(2026, 11, 17)
THIS = date(2026, 11, 24)


def _item(session: Session, meeting_id: int, title: str):
    return next(
        i for i in meetings.agenda(session=session, meeting_id=meeting_id) if i.title == title
    )


def _incident(session, item_id, day, place, confidential=False):
    incidents.record_incident(
        session=session,
        item_id=item_id,
        today=THIS,
        data=IncidentCreate(
            occurred_on=day,
            place_id=reference.find_place(session=session, text=place).id,
            source_id=reference.sources(session=session)[0].id,
            description=f"Krossad ruta vid {place}",
            confidential=confidential,
        ),
    )


def _create(session: Session, day: date):
    return meetings.create_meeting(
        session=session, data=MeetingCreate(date=day, start_time=time(9), location="Rum 1")
    )


@pytest.fixture
def week(session: Session):
    """This week's Skadegörelse: three at Trelleborg centrum, one at Anderslöv, one
    confidential at Smygehamn; around it, incidents the week's map must leave out."""
    last, this = _create(session, LAST), _create(session, THIS)
    old = _item(session, last.id, "Skadegörelse").id
    item = _item(session, this.id, "Skadegörelse").id
    _incident(session, old, LAST, "Skegrie")  # discussed at the last meeting
    _incident(session, old, LAST + timedelta(days=1), "Trelleborg centrum")
    _incident(session, item, THIS - timedelta(days=3), "Trelleborg centrum")
    _incident(session, item, THIS, "Trelleborg centrum")
    _incident(session, item, THIS - timedelta(days=2), "Anderslöv")
    _incident(session, item, THIS, "Smygehamn", confidential=True)
    _incident(session, _item(session, this.id, "Trafik").id, THIS, "Klagstorp")
    return this


def _slide(session: Session, meeting_id: int, title: str) -> presentation.Slide:
    return presentation.slide_for_item(
        session=session, item_id=_item(session, meeting_id, title).id
    )


def test_the_weeks_map_covers_the_days_since_the_last_meeting(session: Session, week) -> None:
    slide = _slide(session, week.id, "Skadegörelse")
    assert slide.map_filter is not None
    assert (slide.map_filter.date_from, slide.map_filter.date_to) == (
        LAST + timedelta(days=1),
        THIS,
    )
    assert not slide.map_filter.include_confidential

    week_map = presentation.slide_map(session=session, map_filter=slide.map_filter)
    assert {p.name: p.count for p in week_map.placed} == {"Trelleborg centrum": 3, "Anderslöv": 1}
    # The map counts what the slide lists, place by place.
    listed: dict[str, int] = {}
    for incident in slide.incidents:
        listed[incident.where] = listed.get(incident.where, 0) + 1
    assert {p.name: p.count for p in week_map.placed} == listed


def test_the_weeks_map_counts_what_the_lagesbild_counts(session: Session, week) -> None:
    slide = _slide(session, week.id, "Skadegörelse")
    week_map = presentation.slide_map(session=session, map_filter=slide.map_filter)
    places = lagesbild.incidents_per_place(session=session, filter=slide.map_filter)
    assert [(p.name, p.count) for p in week_map.placed] == [(p.place, p.count) for p in places]
    assert week_map.total == lagesbild.incident_count(session=session, filter=slide.map_filter)


def test_a_confidential_incident_never_counts_on_the_slides_map(session: Session, week) -> None:
    slide = _slide(session, week.id, "Skadegörelse")
    asked_for = replace(slide.map_filter, include_confidential=True)
    assert lagesbild.incident_count(session=session, filter=asked_for) == 5  # it is there
    week_map = presentation.slide_map(session=session, map_filter=asked_for)
    assert "Smygehamn" not in {p.name for p in week_map.placed}
    assert week_map.total == 4
    assert not week_map.filter.include_confidential  # the picture says so on the map


def test_without_an_earlier_meeting_the_map_covers_the_last_seven_days(session: Session) -> None:
    this = _create(session, THIS)
    item = _item(session, this.id, "Skadegörelse").id
    _incident(session, item, THIS - timedelta(days=7), "Skegrie")
    _incident(session, item, THIS - timedelta(days=6), "Anderslöv")
    slide = _slide(session, this.id, "Skadegörelse")
    assert slide.map_filter.date_from == THIS - timedelta(days=6)
    week_map = presentation.slide_map(session=session, map_filter=slide.map_filter)
    assert [p.name for p in week_map.placed] == ["Anderslöv"]
    # The list decides "since" the same way, apart from what was recorded at this meeting.
    assert "Skegrie" in {i.where for i in slide.incidents}


def test_a_week_without_incidents_has_an_empty_map(session: Session, week) -> None:
    slide = _slide(session, week.id, "Narkotika")
    week_map = presentation.slide_map(session=session, map_filter=slide.map_filter)
    assert week_map.total == 0 and week_map.placed == ()


def test_only_focus_area_slides_have_a_map(session: Session, week) -> None:
    for item in meetings.agenda(session=session, meeting_id=week.id):
        slide = presentation.slide_for_item(session=session, item_id=item.id, today=THIS)
        has_map = slide.map_filter is not None
        assert has_map == (item.kind == AgendaItemKind.FOCUS_AREA), item.title
        if has_map:
            assert slide.map_filter.focus_area_ids == frozenset({item.focus_area_id})
