"""A new agreement period: drafted from the last one, created, listed and, by mistake, deleted."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from sqlmodel import Session

from est_desktop.errors import ValidationError
from est_desktop.models import (
    AgendaItemKind,
    Agreement,
    FocusArea,
    IncidentCreate,
    Meeting,
    MeetingCreate,
    PlanStatus,
)
from est_desktop.services import incidents, reference
from est_desktop.services.agreements import follow_up
from est_desktop.services.agreements import in_force as agreements
from est_desktop.services.agreements import periods as agreement_periods
from est_desktop.services.agreements.periods import (
    AgreementDraft,
    FocusAreaDraft,
    GoalDraft,
    PlanDraft,
)
from est_desktop.services.meetings import agenda as meetings
from est_desktop.services.meetings import participants

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
NEW_AREAS = ["Våld", "Narkotika", "Trafik", "Ungdomsbrottslighet"]
IN_USE = (
    "This agreement is in use: incidents, actions, meeting agendas or follow-up notes "
    "refer to it. It cannot be deleted."
)


def _current(session: Session) -> Agreement:
    return session.scalars(select(Agreement).order_by(Agreement.start_date)).first()


def _draft(session: Session) -> AgreementDraft:
    return agreement_periods.draft_from(session=session, agreement_id=_current(session).id)


def _small_draft(session: Session) -> AgreementDraft:
    """2027–2030 with fewer focus areas than 2023–2026, so its agenda differs visibly."""
    old = {a.name: a.id for a in agreements.focus_areas(session=session, agreement_id=1)}
    return AgreementDraft(
        name="Samverkansöverenskommelse 2027–2030",
        start_date=date(2027, 1, 1),
        end_date=date(2030, 12, 31),
        goals=[GoalDraft("Våldsbrotten ska minska", ["Våld"])],
        focus_areas=[
            FocusAreaDraft("Våld", "3.1 Våld", old["Misshandel"], [PlanDraft("Kartlägga våld")]),
            FocusAreaDraft("Narkotika", "3.2 Narkotika", old["Narkotika"]),
            FocusAreaDraft("Trafik", "3.3 Trafik", old["Trafik"]),
            FocusAreaDraft("Ungdomsbrottslighet", "3.4 Unga"),
        ],
    )


def _meeting(session: Session, day: date) -> Meeting:
    return meetings.create_meeting(session=session, data=MeetingCreate(date=day))


def _agenda(session: Session, meeting: Meeting) -> list[tuple[str, str, str | None]]:
    """Kind, title and the focus area's agreement start year of every item."""
    result = []
    for item in meetings.agenda(session=session, meeting_id=meeting.id):
        area = session.get(FocusArea, item.focus_area_id) if item.focus_area_id else None
        started = session.get(Agreement, area.agreement_id).start_date.year if area else None
        result.append((item.kind, item.title, started))
    return result


def _areas_on_agenda(session: Session, meeting: Meeting) -> list[tuple[str, int]]:
    return [(t, y) for k, t, y in _agenda(session, meeting) if k == AgendaItemKind.FOCUS_AREA]


def _errors(session: Session, draft: AgreementDraft) -> dict[str, str]:
    with pytest.raises(ValidationError) as raised:
        agreement_periods.create_agreement(session=session, draft=draft)
    return raised.value.errors


# --- the draft ----------------------------------------------------------------------


def test_draft_continues_the_agreement_for_the_next_four_years(session: Session) -> None:
    old_areas = agreements.focus_areas(session=session, agreement_id=_current(session).id)
    draft = _draft(session)
    assert draft.name == "Samverkansöverenskommelse 2027–2030"
    assert (draft.start_date, draft.end_date) == (date(2027, 1, 1), date(2030, 12, 31))
    assert draft.signed_on is None
    assert [a.name for a in draft.focus_areas] == FOCUS_AREA_NAMES
    assert [a.continues_id for a in draft.focus_areas] == [a.id for a in old_areas]
    assert draft.focus_areas[5].section == "3.2 Narkotika"
    assert sum(len(a.plan) for a in draft.focus_areas) == 20
    assert draft.focus_areas[0].plan[0] == PlanDraft(
        activity="Kartlägga var och när misshandelsbrott sker",
        measure="Utifrån kartläggning, identifiera vilka åtgärder som kommun och polis kan vidta",
        follow_up="Handlingsplan\nBrottsstatistik",
        goal="Antalet misshandelsbrott ska minska",
    )
    assert len(draft.goals) == 7
    assert draft.goals[0].focus_area_names == FOCUS_AREA_NAMES[:5]
    assert draft.goals[6] == GoalDraft(
        "Motverka kriminalitet som sker inom eller genom hamnens område.", ["Hamnen"]
    )


def test_created_agreement_keeps_the_old_one_and_its_history(session: Session) -> None:
    old = _current(session)
    follow_up.set_plan_status(
        session=session,
        plan_activity_id=follow_up.plan_rows(session=session, agreement_id=old.id, year=2026)[0].id,
        year=2026,
        status=PlanStatus.DONE,
        note="Kartläggningen klar.",
    )
    new = agreement_periods.create_agreement(session=session, draft=_draft(session))

    overview = agreement_periods.agreements_overview(session=session, today=date(2027, 3, 1))
    assert [(r.name, r.start_date, r.end_date, r.focus_area_count) for r in overview] == [
        ("Samverkansöverenskommelse 2023–2026", date(2023, 1, 1), date(2026, 12, 31), 10),
        ("Samverkansöverenskommelse 2027–2030", date(2027, 1, 1), date(2030, 12, 31), 10),
    ]
    new_areas = agreements.focus_areas(session=session, agreement_id=new.id)
    old_areas = agreements.focus_areas(session=session, agreement_id=old.id)
    assert [a.continues_id for a in new_areas] == [a.id for a in old_areas]
    new_rows = follow_up.plan_rows(session=session, agreement_id=new.id, year=2027)
    assert len(new_rows) == 20
    assert {r.status for r in new_rows} == {PlanStatus.NOT_STARTED}
    old_rows = follow_up.plan_rows(session=session, agreement_id=old.id, year=2026)
    assert (old_rows[0].status, old_rows[0].note) == (PlanStatus.DONE, "Kartläggningen klar.")
    goals = follow_up.goal_evidence(session=session, agreement_id=new.id, today=date(2027, 3, 1))
    assert [g.focus_areas for g in goals][:2] == [tuple(FOCUS_AREA_NAMES[:5]), ("Narkotika",)]
    assert goals[0].incidents_per_year == {2027: 0, 2028: 0, 2029: 0, 2030: 0}


def test_overview_marks_the_agreement_in_force_and_counts_meetings(session: Session) -> None:
    for day in (date(2026, 12, 15), date(2027, 1, 5), date(2027, 1, 12)):
        _meeting(session, day)
    agreement_periods.create_agreement(session=session, draft=_draft(session))

    def overview(today: date) -> list[tuple[int, bool]]:
        rows = agreement_periods.agreements_overview(session=session, today=today)
        return [(r.meeting_count, r.is_current) for r in rows]

    assert overview(date(2026, 6, 1)) == [(1, True), (2, False)]
    assert overview(date(2027, 1, 1)) == [(1, False), (2, True)]
    assert overview(date(2031, 6, 1)) == [(1, False), (2, True)]


# --- validation ----------------------------------------------------------------------


def test_overlapping_period_is_refused(session: Session) -> None:
    draft = _draft(session)
    draft.start_date = date(2026, 7, 1)
    assert _errors(session, draft) == {
        "start_date": "The period overlaps the period of another agreement. "
        "Choose dates outside every existing agreement period."
    }
    assert len(agreement_periods.agreements_overview(session=session, today=date(2026, 1, 1))) == 1


def test_empty_name_and_period_ending_before_it_starts_are_refused(session: Session) -> None:
    draft = _draft(session)
    draft.name = "   "
    draft.end_date = date(2026, 12, 31)
    assert _errors(session, draft) == {
        "name": "Give the agreement a name.",
        "end_date": "The agreement period must end after it starts.",
    }


def test_duplicate_focus_area_is_refused(session: Session) -> None:
    draft = _draft(session)
    draft.focus_areas[9].name = " narkotika "
    assert _errors(session, draft) == {
        "focus_areas": "Two focus areas have the same name. Give each a name of its own."
    }


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        (lambda d: d.focus_areas.clear(), "focus_areas", "Add at least one focus area."),
        (
            lambda d: setattr(d.focus_areas[2], "name", ""),
            "focus_areas",
            "Give every focus area a name.",
        ),
        (
            lambda d: d.focus_areas[1].plan.append(PlanDraft(measure="Något")),
            "focus_areas",
            "Describe the activity of every plan row, or remove the empty rows.",
        ),
        (
            lambda d: d.goals.append(GoalDraft(" ")),
            "goals",
            "Write the text of every goal, or remove the empty goals.",
        ),
        (
            lambda d: d.goals[0].focus_area_names.append("Cykelstölder"),
            "goals",
            "A goal is linked to a focus area that is not in this agreement.",
        ),
        (
            lambda d: setattr(d, "start_date", None),
            "start_date",
            "Enter the first and the last day of the agreement period.",
        ),
    ],
)
def test_incomplete_draft_is_refused(session: Session, change, field: str, message: str) -> None:
    draft = _draft(session)
    change(draft)
    assert _errors(session, draft) == {field: message}


def test_focus_area_can_only_continue_an_earlier_agreement(session: Session) -> None:
    later = agreement_periods.create_agreement(session=session, draft=_draft(session))
    later_area = agreements.focus_areas(session=session, agreement_id=later.id)[0]
    draft = _draft(session)
    draft.name = "Samverkansöverenskommelse 2031–2034"
    draft.start_date, draft.end_date = date(2031, 1, 1), date(2034, 12, 31)
    assert agreement_periods.create_agreement(session=session, draft=draft).id

    earlier = AgreementDraft(
        name="Samverkansöverenskommelse 2019–2022",
        start_date=date(2019, 1, 1),
        end_date=date(2022, 12, 31),
        focus_areas=[FocusAreaDraft("Misshandel", continues_id=later_area.id)],
    )
    assert _errors(session, earlier) == {
        "focus_areas": "A focus area can only continue a focus area of an agreement "
        "that starts earlier."
    }


# --- the agenda of meetings in the new period -----------------------------------------


def test_meetings_in_the_new_period_get_its_focus_areas(session: Session) -> None:
    december = _meeting(session, date(2026, 12, 15))
    planned = _meeting(session, date(2027, 1, 12))
    extra = meetings.add_item(session=session, meeting_id=planned.id, title="Nyårshelgen")
    prepared = _meeting(session, date(2027, 1, 19))
    participants.add_attendee(
        session=session,
        meeting_id=prepared.id,
        person_name="Eva Ek",
        organisation_id=reference.organisations(session=session)[0].id,
    )
    untouched_before = _agenda(session, prepared)

    agreement_periods.create_agreement(session=session, draft=_small_draft(session))
    january = _meeting(session, date(2027, 1, 5))

    new_agenda = [(name, 2027) for name in NEW_AREAS]
    assert _areas_on_agenda(session, january) == new_agenda
    assert _areas_on_agenda(session, december) == [(name, 2023) for name in FOCUS_AREA_NAMES]
    assert _agenda(session, planned) == [
        ("opening", "Inledning och närvaro", None),
        ("action_review", "Genomgång av öppna åtgärder", None),
        *[("focus_area", name, 2027) for name in NEW_AREAS],
        ("other", "Övriga frågor", None),
        ("other", "Nyårshelgen", None),
        ("next_meeting", "Nästa möte", None),
    ]
    assert [i.position for i in meetings.agenda(session=session, meeting_id=planned.id)] == list(
        range(9)
    )
    assert meetings.get_item(session=session, item_id=extra.id).title == "Nyårshelgen"
    assert _agenda(session, prepared) == untouched_before


def test_an_earlier_agreement_leaves_planned_agendas_alone(session: Session) -> None:
    planned = _meeting(session, date(2026, 3, 3))
    hamnen = next(
        i for i in meetings.agenda(session=session, meeting_id=planned.id) if i.title == "Hamnen"
    )
    meetings.remove_item(session=session, item_id=hamnen.id)
    before = _agenda(session, planned)

    agreement_periods.create_agreement(
        session=session,
        draft=AgreementDraft(
            name="Samverkansöverenskommelse 2019–2022",
            start_date=date(2019, 1, 1),
            end_date=date(2022, 12, 31),
            focus_areas=[FocusAreaDraft("Brott i centrum")],
        ),
    )
    assert _agenda(session, planned) == before


def test_meeting_with_incidents_or_notes_keeps_its_agenda(session: Session) -> None:
    recorded = _meeting(session, date(2027, 1, 12))
    item = next(
        i for i in meetings.agenda(session=session, meeting_id=recorded.id) if i.title == "Trafik"
    )
    incidents.record_incident(
        session=session,
        item_id=item.id,
        data=IncidentCreate(
            occurred_on=date(2027, 1, 10),
            place_id=reference.places(session=session)[0].id,
            source_id=reference.sources(session=session)[0].id,
            description="Buskörning på torget",
        ),
        today=date(2027, 1, 12),
    )
    noted = _meeting(session, date(2027, 1, 19))
    narkotika = next(
        i for i in meetings.agenda(session=session, meeting_id=noted.id) if i.title == "Narkotika"
    )
    meetings.set_item_notes(session=session, item_id=narkotika.id, notes="Ta upp Resecentrum")

    agreement_periods.create_agreement(session=session, draft=_small_draft(session))

    assert _areas_on_agenda(session, recorded) == [(name, 2023) for name in FOCUS_AREA_NAMES]
    assert _areas_on_agenda(session, noted) == [(name, 2023) for name in FOCUS_AREA_NAMES]


# --- deleting -----------------------------------------------------------------------------


def test_the_only_agreement_cannot_be_deleted(session: Session) -> None:
    with pytest.raises(ValidationError) as raised:
        agreement_periods.delete_agreement(session=session, agreement_id=_current(session).id)
    assert raised.value.errors == {
        "": "This is the only agreement, and the meetings need one. It cannot be deleted."
    }


def test_agreement_in_use_cannot_be_deleted(session: Session) -> None:
    new = agreement_periods.create_agreement(session=session, draft=_small_draft(session))
    meeting = _meeting(session, date(2027, 1, 5))
    item = next(
        i for i in meetings.agenda(session=session, meeting_id=meeting.id) if i.title == "Våld"
    )
    incidents.record_incident(
        session=session,
        item_id=item.id,
        data=IncidentCreate(
            occurred_on=date(2027, 1, 2),
            place_id=reference.places(session=session)[0].id,
            source_id=reference.sources(session=session)[0].id,
            description="Misshandel utanför krogen",
        ),
        today=date(2027, 1, 5),
    )
    with pytest.raises(ValidationError) as raised:
        agreement_periods.delete_agreement(session=session, agreement_id=new.id)
    assert raised.value.errors == {"": IN_USE}
    assert session.get(Agreement, new.id) is not None


def test_agreement_with_follow_up_cannot_be_deleted(session: Session) -> None:
    new = agreement_periods.create_agreement(session=session, draft=_small_draft(session))
    [row] = follow_up.plan_rows(session=session, agreement_id=new.id, year=2027)
    follow_up.set_plan_status(
        session=session, plan_activity_id=row.id, year=2027, status=PlanStatus.IN_PROGRESS, note=""
    )
    with pytest.raises(ValidationError) as raised:
        agreement_periods.delete_agreement(session=session, agreement_id=new.id)
    assert raised.value.errors == {"": IN_USE}


def test_continued_agreement_cannot_be_deleted(session: Session) -> None:
    agreement_periods.create_agreement(session=session, draft=_small_draft(session))
    with pytest.raises(ValidationError) as raised:
        agreement_periods.delete_agreement(session=session, agreement_id=_current(session).id)
    assert raised.value.errors == {
        "": "A later agreement continues the focus areas of this one. Delete that agreement first."
    }


def test_deleting_a_mistaken_agreement_restores_planned_agendas(session: Session) -> None:
    planned = _meeting(session, date(2027, 1, 12))
    new = agreement_periods.create_agreement(session=session, draft=_small_draft(session))
    assert _areas_on_agenda(session, planned) == [(name, 2027) for name in NEW_AREAS]

    agreement_periods.delete_agreement(session=session, agreement_id=new.id)

    assert _areas_on_agenda(session, planned) == [(name, 2023) for name in FOCUS_AREA_NAMES]
    overview = agreement_periods.agreements_overview(session=session, today=date(2027, 1, 12))
    assert [r.name for r in overview] == ["Samverkansöverenskommelse 2023–2026"]
    assert session.scalars(select(FocusArea).where(FocusArea.agreement_id == new.id)).all() == []


def test_a_trend_runs_on_across_the_new_period_for_a_continued_focus_area(
    session: Session,
) -> None:
    """The whole change of period as the convener lives it: the 2027–2030 agreement drafted
    from the current one, the last meeting of 2026 and the first of 2027 recording
    vandalism, and the lägesbild for the new Skadegörelse showing both sides in one line."""
    from est_desktop.services.lagesbild import LagesbildFilter, incident_trend

    december = _meeting(session, date(2026, 12, 29))
    agreement_periods.create_agreement(session=session, draft=_draft(session))
    january = _meeting(session, date(2027, 1, 5))
    place = reference.places(session=session)[0].id
    source = reference.sources(session=session)[0].id

    def vandalism(meeting: Meeting, day: date, count: int) -> int:
        item = next(
            i
            for i in meetings.agenda(session=session, meeting_id=meeting.id)
            if i.kind == AgendaItemKind.FOCUS_AREA and i.title == "Skadegörelse"
        )
        for _ in range(count):
            incidents.record_incident(
                session=session,
                item_id=item.id,
                data=IncidentCreate(
                    occurred_on=day,
                    place_id=place,
                    source_id=source,
                    description="Krossad busskur",
                ),
                today=day,
            )
        return item.focus_area_id

    old_area = vandalism(december, date(2026, 12, 28), 2)
    new_area = vandalism(january, date(2027, 1, 4), 3)
    assert old_area != new_area
    assert session.get(FocusArea, new_area).continues_id == old_area

    trend = incident_trend(
        session=session,
        filter=LagesbildFilter(
            date(2026, 12, 21), date(2027, 1, 10), focus_area_ids=frozenset({new_area})
        ),
        granularity="week",
    )
    assert [b.label for b in trend.buckets] == ["v. 52 2026", "v. 53 2026", "v. 1 2027"]
    assert [(s.name, s.counts) for s in trend.series] == [("Skadegörelse", (0, 2, 3))]
