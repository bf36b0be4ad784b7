"""What the meeting-room screen shows: the right records, never a confidential one."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from sqlmodel import Session

from est_desktop.models import ActionCreate, AgendaItemKind, IncidentCreate, MeetingCreate
from est_desktop.services import incidents, reference
from est_desktop.services.actions import decisions as actions
from est_desktop.services.meetings import agenda as meetings
from est_desktop.services.meetings import participants, presentation

LAST = date(2026, 11, 17)
THIS = date(2026, 11, 24)


def _org(session: Session, name: str) -> int:
    return next(o.id for o in reference.organisations(session=session) if o.name == name)


def _item(session: Session, meeting_id: int, title: str):
    return next(
        i for i in meetings.agenda(session=session, meeting_id=meeting_id) if i.title == title
    )


def _incident(session, item_id, day, text, confidential=False, place="Skegrie", today=THIS):
    place_id = reference.find_place(session=session, text=place).id
    source_id = reference.sources(session=session)[0].id
    return incidents.record_incident(
        session=session,
        item_id=item_id,
        today=today,
        data=IncidentCreate(
            occurred_on=day,
            place_id=place_id,
            source_id=source_id,
            description=text,
            confidential=confidential,
        ),
    )


@pytest.fixture
def two_meetings(session: Session):
    last = meetings.create_meeting(
        session=session, data=MeetingCreate(date=LAST, start_time=time(9), location="Rum 1")
    )
    this = meetings.create_meeting(
        session=session, data=MeetingCreate(date=THIS, start_time=time(9), location="Rum 1")
    )
    return last, this


def test_focus_area_slide_shows_incidents_since_last_meeting_but_no_confidential(
    session: Session, two_meetings
) -> None:
    last, this = two_meetings
    old_item = _item(session, last.id, "Skadegörelse")
    item = _item(session, this.id, "Skadegörelse")
    _incident(session, old_item.id, LAST - timedelta(days=2), "Discussed last week")
    _incident(session, old_item.id, LAST + timedelta(days=1), "Happened after last meeting")
    _incident(session, item.id, THIS - timedelta(days=1), "Klotter på skolan")
    _incident(session, item.id, THIS, "Hemlig uppgift om gärningsperson", confidential=True)
    _incident(session, _item(session, this.id, "Trafik").id, THIS, "Buskörning i Anderslöv")

    slide = presentation.slide_for_item(session=session, item_id=item.id)
    texts = [i.description for i in slide.incidents]
    assert texts == ["Happened after last meeting", "Klotter på skolan"]
    assert slide.number == 7 and slide.total == 14
    assert slide.kind == AgendaItemKind.FOCUS_AREA


def test_focus_area_slide_lists_open_actions_with_overdue_first_by_due_date(
    session: Session, two_meetings
) -> None:
    last, this = two_meetings
    old_item = _item(session, last.id, "Narkotika")
    decide = lambda text, due: actions.decide_action(  # noqa: E731
        session=session,
        item_id=old_item.id,
        data=ActionCreate(
            description=text, owner_organisation_id=_org(session, "Polisen"), due_date=due
        ),
    )
    late = decide("Kontroll vid strandpromenaden", LAST + timedelta(days=3))
    later = decide("Föräldramöte", THIS + timedelta(days=14))
    done = decide("Avslutad", THIS + timedelta(days=1))
    actions.record_review(
        session=session,
        meeting_id=this.id,
        action_id=done.id,
        outcome=actions.ReviewOutcome.DONE,
    )
    slide = presentation.slide_for_item(
        session=session, item_id=_item(session, this.id, "Narkotika").id
    )
    assert [a.id for a in slide.actions] == [late.id, later.id]
    assert slide.is_overdue(slide.actions[0]) and not slide.is_overdue(slide.actions[1])


def test_trend_counts_eight_weeks_and_leaves_out_confidential(
    session: Session, two_meetings
) -> None:
    _last, this = two_meetings
    item = _item(session, this.id, "Skadegörelse")
    for day in (THIS, THIS - timedelta(days=1), THIS - timedelta(weeks=3)):
        _incident(session, item.id, day, "Klotter")
    _incident(session, item.id, THIS, "Hemligt", confidential=True)
    _incident(session, item.id, THIS - timedelta(weeks=8), "Too old for the window")
    trend = presentation.weekly_trend(session=session, focus_area_id=item.focus_area_id, until=THIS)
    assert [p.week for p in trend] == [41, 42, 43, 44, 45, 46, 47, 48]
    assert [p.count for p in trend] == [0, 0, 0, 0, 1, 0, 0, 2]


def test_the_meetings_week_is_counted_to_its_day_and_marked_as_a_part(
    session: Session, two_meetings
) -> None:
    _last, this = two_meetings
    item = _item(session, this.id, "Skadegörelse")
    _incident(session, item.id, THIS, "Klotter")
    after = THIS + timedelta(days=1)
    _incident(session, item.id, after, "After the meeting", today=after)
    trend = presentation.weekly_trend(session=session, focus_area_id=item.focus_area_id, until=THIS)
    assert trend[-1].count == 1
    assert not trend[-1].complete and trend[-1].until == THIS
    assert all(p.complete for p in trend[:-1])

    sunday = THIS + timedelta(days=5)
    whole = presentation.weekly_trend(
        session=session, focus_area_id=item.focus_area_id, until=sunday
    )
    assert whole[-1].complete and whole[-1].count == 2


def test_review_slide_groups_by_organisation_oldest_first(session: Session, two_meetings):
    last, this = two_meetings
    first = meetings.create_meeting(session=session, data=MeetingCreate(date=LAST - timedelta(7)))
    for meeting, text, owner in (
        (first, "Äldst, polisen", "Polisen"),
        (last, "Nyare, polisen", "Polisen"),
        (last, "Gatubelysning", "Samhällsbyggnadsförvaltningen"),
        (first, "Öppettider", "Kultur- och fritidsförvaltningen"),
    ):
        actions.decide_action(
            session=session,
            item_id=_item(session, meeting.id, "Trafik").id,
            data=ActionCreate(description=text, owner_organisation_id=_org(session, owner)),
        )
    review = _item(session, this.id, "Genomgång av öppna åtgärder")
    slide = presentation.slide_for_item(session=session, item_id=review.id)
    assert [
        (owner, [r.action.description for r in rows]) for owner, rows in slide.review_groups
    ] == [
        ("Kultur- och fritidsförvaltningen", ["Öppettider"]),
        ("Polisen", ["Äldst, polisen", "Nyare, polisen"]),
        ("Samhällsbyggnadsförvaltningen", ["Gatubelysning"]),
    ]


def test_opening_and_next_meeting_slides(session: Session, two_meetings) -> None:
    last, this = two_meetings
    participants.add_attendee(
        session=session,
        meeting_id=this.id,
        person_name="Kommunpolis",
        organisation_id=_org(session, "Polisen"),
    )
    opening = presentation.slide_for_item(
        session=session, item_id=_item(session, this.id, "Inledning och närvaro").id
    )
    assert [a.person_name for a in opening.attendance] == ["Kommunpolis"]
    next_of_last = presentation.slide_for_item(
        session=session, item_id=_item(session, last.id, "Nästa möte").id
    )
    assert next_of_last.next_meeting_planned and next_of_last.next_meeting.date == THIS
    next_of_this = presentation.slide_for_item(
        session=session, item_id=_item(session, this.id, "Nästa möte").id, today=THIS
    )
    assert not next_of_this.next_meeting_planned
    assert next_of_this.next_meeting.date == THIS + timedelta(days=7)
