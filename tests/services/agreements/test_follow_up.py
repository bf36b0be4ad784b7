"""Follow-up of the agreement: bilaga 1 year by year, and what each overall goal rests on."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from sqlmodel import Session

from est_desktop.errors import ValidationError
from est_desktop.models import (
    Action,
    ActionCreate,
    ActionStatus,
    AgendaItem,
    Agreement,
    IncidentCreate,
    Meeting,
    MeetingCreate,
    PlanFollowUp,
    PlanStatus,
)
from est_desktop.services import incidents, reference
from est_desktop.services.actions import decisions as actions
from est_desktop.services.agreements import follow_up
from est_desktop.services.agreements import periods as agreement_periods
from est_desktop.services.meetings import agenda as meetings

MEETING_DAY = date(2026, 3, 3)
TODAY = date(2026, 3, 17)
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
OUTSIDE_PERIOD = "The year is outside the agreement period. Choose a year within it."


def _agreement(session: Session) -> Agreement:
    return session.scalars(select(Agreement)).one()


def _meeting(session: Session, day: date = MEETING_DAY) -> Meeting:
    return meetings.create_meeting(session=session, data=MeetingCreate(date=day))


def _item(session: Session, meeting: Meeting, title: str) -> AgendaItem:
    return next(
        i for i in meetings.agenda(session=session, meeting_id=meeting.id) if i.title == title
    )


def _org(session: Session, name: str) -> int:
    return next(o.id for o in reference.organisations(session=session) if o.name == name)


def _decide(session: Session, meeting: Meeting, title: str, text: str, **fields) -> Action:
    data = ActionCreate(
        description=text, owner_organisation_id=_org(session, "Socialförvaltningen"), **fields
    )
    return actions.decide_action(
        session=session, item_id=_item(session, meeting, title).id, data=data
    )


def _incident(
    session: Session, meeting: Meeting, title: str, day: date, confidential: bool = False
) -> None:
    incidents.record_incident(
        session=session,
        item_id=_item(session, meeting, title).id,
        data=IncidentCreate(
            occurred_on=day,
            place_id=reference.find_place(session=session, text="Trelleborg centrum").id,
            source_id=reference.sources(session=session)[0].id,
            description="Händelse vid busstationen",
            confidential=confidential,
        ),
        today=TODAY,
    )


def _rows(session: Session, year: int = 2025) -> list[follow_up.PlanRow]:
    return follow_up.plan_rows(session=session, agreement_id=_agreement(session).id, year=year)


def _row(session: Session, focus_area: str, index: int = 0) -> follow_up.PlanRow:
    return [r for r in _rows(session) if r.focus_area == focus_area][index]


# --- bilaga 1 rows ------------------------------------------------------------------


def test_plan_rows_are_bilaga_1_in_order_and_not_started(session: Session) -> None:
    rows = _rows(session)
    assert len(rows) == 20
    assert list(dict.fromkeys(r.focus_area for r in rows)) == FOCUS_AREA_NAMES
    first = rows[0]
    assert (first.focus_area, first.section) == ("Misshandel", "3.1 Brottsstatistik")
    assert first.activity == "Kartlägga var och när misshandelsbrott sker"
    assert first.measure == (
        "Utifrån kartläggning, identifiera vilka åtgärder som kommun och polis kan vidta"
    )
    assert first.follow_up == "Handlingsplan\nBrottsstatistik"
    assert first.goal == "Antalet misshandelsbrott ska minska"
    assert {(r.status, r.note, r.actions) for r in rows} == {(PlanStatus.NOT_STARTED, "", ())}


def test_plan_row_shows_the_actions_that_carry_it_out(session: Session) -> None:
    meeting = _meeting(session)
    action = _decide(
        session, meeting, "Skadegörelse", "Kartlägga skadegörelse på bilar", due_date=TODAY
    )
    _decide(session, meeting, "Skadegörelse", "Inte kopplad till någon rad")
    row = _row(session, "Skadegörelse")
    follow_up.link_action(session=session, action_id=action.id, plan_activity_id=row.id)

    [shown] = _row(session, "Skadegörelse").actions
    assert shown == follow_up.LinkedAction(
        id=action.id,
        description="Kartlägga skadegörelse på bilar",
        owner="Socialförvaltningen",
        status=ActionStatus.NEW,
        due_date=TODAY,
        decided_on=MEETING_DAY,
    )
    assert _row(session, "Skadegörelse", 1).actions == ()

    follow_up.link_action(session=session, action_id=action.id, plan_activity_id=None)
    assert _row(session, "Skadegörelse").actions == ()


def test_status_is_kept_per_year(session: Session) -> None:
    row_id = _row(session, "Narkotika", 1).id
    follow_up.set_plan_status(
        session=session,
        plan_activity_id=row_id,
        year=2024,
        status=PlanStatus.IN_PROGRESS,
        note="  Första provtagningen gjord.  ",
    )
    follow_up.set_plan_status(
        session=session, plan_activity_id=row_id, year=2025, status=PlanStatus.DONE, note=""
    )
    follow_up.set_plan_status(
        session=session,
        plan_activity_id=row_id,
        year=2024,
        status=PlanStatus.DONE,
        note="Provtagning två gånger under året.",
    )

    in_2024 = [r for r in _rows(session, 2024) if r.id == row_id][0]
    assert (in_2024.status, in_2024.note) == (
        PlanStatus.DONE,
        "Provtagning två gånger under året.",
    )
    in_2026 = [r for r in _rows(session, 2026) if r.id == row_id][0]
    assert (in_2026.status, in_2026.note) == (PlanStatus.NOT_STARTED, "")
    assert follow_up.plan_history(session=session, plan_activity_id=row_id) == {
        2023: (PlanStatus.NOT_STARTED, ""),
        2024: (PlanStatus.DONE, "Provtagning två gånger under året."),
        2025: (PlanStatus.DONE, ""),
        2026: (PlanStatus.NOT_STARTED, ""),
    }
    stored = session.scalars(
        select(PlanFollowUp).where(PlanFollowUp.plan_activity_id == row_id)
    ).all()
    assert len(stored) == 2


@pytest.mark.parametrize("year", [2022, 2027])
def test_year_outside_the_period_is_refused(session: Session, year: int) -> None:
    row_id = _row(session, "Trafik").id
    with pytest.raises(ValidationError) as raised:
        follow_up.set_plan_status(
            session=session,
            plan_activity_id=row_id,
            year=year,
            status=PlanStatus.DONE,
            note="Klart",
        )
    assert raised.value.errors == {"year": OUTSIDE_PERIOD}
    assert session.scalars(select(PlanFollowUp)).all() == []


def test_action_cannot_carry_out_a_row_of_another_agreement(session: Session) -> None:
    draft = agreement_periods.draft_from(session=session, agreement_id=_agreement(session).id)
    later = agreement_periods.create_agreement(session=session, draft=draft)
    later_row = follow_up.plan_rows(session=session, agreement_id=later.id, year=2027)[0]
    action = _decide(session, _meeting(session), "Misshandel", "Kartlägga misshandel")

    with pytest.raises(ValidationError) as raised:
        follow_up.link_action(session=session, action_id=action.id, plan_activity_id=later_row.id)
    assert raised.value.errors == {
        "plan_activity_id": "This row of the action plan belongs to another agreement than "
        "the action's focus area. Choose a row of the same agreement."
    }
    assert session.get(Action, action.id).plan_activity_id is None


def test_action_without_focus_area_can_carry_out_any_row(session: Session) -> None:
    action = _decide(session, _meeting(session), "Övriga frågor", "Gemensam trygghetsvandring")
    row_id = _row(session, "Ordningsstörningar").id
    follow_up.link_action(session=session, action_id=action.id, plan_activity_id=row_id)
    assert [a.id for a in _row(session, "Ordningsstörningar").actions] == [action.id]


def test_plan_choices_are_the_rows_of_the_agreement_in_force(session: Session) -> None:
    choices = follow_up.plan_choices(session=session, on=MEETING_DAY)
    labels = [label for _id, label in choices]
    assert len(choices) == 20
    assert labels[0] == "Misshandel: Kartlägga var och när misshandelsbrott sker"
    assert labels[5:7] == [
        "Skadegörelse: Kartlägga var och när skadegörelsen sker på motorfordon",
        "Skadegörelse: Kartlägga var och när skadegörelsen i Skegrie",
    ]
    assert labels[9] == (
        "Narkotika: Tidig identifiering och insatser mot unga riskindivider som uppvisar …"
    )
    assert [i for i, _label in choices] == [r.id for r in _rows(session)]

    draft = agreement_periods.draft_from(session=session, agreement_id=_agreement(session).id)
    later = agreement_periods.create_agreement(session=session, draft=draft)
    later_ids = [r.id for r in follow_up.plan_rows(session=session, agreement_id=later.id, year=0)]
    assert [i for i, _l in follow_up.plan_choices(session=session, on=date(2027, 2, 2))] == (
        later_ids
    )


# --- the overall goals --------------------------------------------------------------


@pytest.fixture
def evidence(session: Session) -> list[follow_up.GoalEvidence]:
    """Incidents and actions in a few focus areas, recorded at two meetings in 2026."""
    first, second = _meeting(session, date(2026, 3, 3)), _meeting(session, date(2026, 3, 10))
    _incident(session, first, "Narkotika", date(2022, 12, 30))  # before the period
    _incident(session, first, "Narkotika", date(2024, 5, 1))
    _incident(session, first, "Narkotika", date(2024, 6, 1), confidential=True)
    _incident(session, second, "Narkotika", date(2025, 2, 1))
    _incident(session, first, "Misshandel", date(2023, 8, 1))
    _incident(session, second, "Skadegörelse", date(2026, 3, 9))
    _incident(session, second, "Trafik", date(2026, 3, 9))

    narkotika = [r.id for r in _rows(session) if r.focus_area == "Narkotika"]
    overdue = _decide(session, first, "Narkotika", "Kontroll", due_date=date(2026, 3, 10))
    _decide(session, first, "Narkotika", "Avloppsanalys", due_date=date(2026, 4, 1))
    _decide(session, first, "Narkotika", "Klar redan", status=ActionStatus.DONE.value)
    _decide(session, first, "Narkotika", "Avbruten", status=ActionStatus.CANCELLED.value)
    # Decided under Trafik, but carries out a Narkotika row: evidence for both.
    both = _decide(session, second, "Trafik", "Kontroller vid skolorna")
    own = _decide(session, second, "Narkotika", "Regional samverkan")
    for action in (both, own, overdue):
        follow_up.link_action(session=session, action_id=action.id, plan_activity_id=narkotika[0])

    for year, status in [(2024, PlanStatus.DONE), (2025, PlanStatus.IN_PROGRESS)]:
        follow_up.set_plan_status(
            session=session, plan_activity_id=narkotika[0], year=year, status=status, note=""
        )
    follow_up.set_plan_status(
        session=session,
        plan_activity_id=narkotika[2],
        year=2023,
        status=PlanStatus.IN_PROGRESS,
        note="",
    )
    return follow_up.goal_evidence(
        session=session, agreement_id=_agreement(session).id, today=TODAY
    )


def test_goal_evidence_lists_the_goals_with_their_focus_areas(
    evidence: list[follow_up.GoalEvidence],
) -> None:
    assert len(evidence) == 7
    assert evidence[0].text == (
        "Brottsstatistik för misshandel, olaga hot och ofredande, övrig stöld, "
        "bedrägerier och skadegörelse ska minska"
    )
    assert evidence[0].focus_areas == tuple(FOCUS_AREA_NAMES[:5])
    assert [e.focus_areas for e in evidence[1:]] == [
        ("Narkotika",),
        ("Narkotika",),
        ("Trafik",),
        ("Ordningsstörningar",),
        ("Kriminella nätverk",),
        ("Hamnen",),
    ]
    assert {e.note for e in evidence} == {""}


def test_goal_evidence_counts_incidents_per_year_without_confidential(
    evidence: list[follow_up.GoalEvidence],
) -> None:
    assert evidence[0].incidents_per_year == {2023: 1, 2024: 0, 2025: 0, 2026: 1}
    assert evidence[1].incidents_per_year == {2023: 0, 2024: 1, 2025: 1, 2026: 0}
    assert evidence[3].incidents_per_year == {2023: 0, 2024: 0, 2025: 0, 2026: 1}
    assert evidence[6].incidents_per_year == {2023: 0, 2024: 0, 2025: 0, 2026: 0}


def test_goal_evidence_can_count_confidential_incidents_too(
    session: Session, evidence: list[follow_up.GoalEvidence]
) -> None:
    everything = follow_up.goal_evidence(
        session=session,
        agreement_id=_agreement(session).id,
        today=TODAY,
        include_confidential=True,
    )
    assert everything[1].incidents_per_year == {2023: 0, 2024: 2, 2025: 1, 2026: 0}


def test_goal_evidence_counts_actions(evidence: list[follow_up.GoalEvidence]) -> None:
    assert evidence[1].actions == follow_up.ActionCounts(decided=6, done=1, open=4, overdue=1)
    assert evidence[2].actions == evidence[1].actions
    assert evidence[3].actions == follow_up.ActionCounts(decided=1, done=0, open=1, overdue=0)
    assert evidence[0].actions == follow_up.ActionCounts(decided=0, done=0, open=0, overdue=0)


def test_goal_evidence_shows_each_rows_latest_status(
    evidence: list[follow_up.GoalEvidence],
) -> None:
    assert [(p.activity, p.status, p.year) for p in evidence[1].plan] == [
        ("Regional samverkansgrupp öppna drogscener", PlanStatus.IN_PROGRESS, 2025),
        ("Avloppsanalyser", PlanStatus.NOT_STARTED, None),
        (
            "Tidig identifiering och insatser mot unga riskindivider som uppvisar ett "
            "normbrytande och asocialt beteende",
            PlanStatus.IN_PROGRESS,
            2023,
        ),
        ("Myndighetsgemensamma kontroller", PlanStatus.NOT_STARTED, None),
    ]
    assert [p.focus_area for p in evidence[0].plan] == [
        "Misshandel",
        "Misshandel",
        "Olaga hot och ofredande",
        "Övrig stöld",
        "Bedrägerier",
        "Skadegörelse",
        "Skadegörelse",
    ]


def test_goal_note_is_saved_trimmed(session: Session) -> None:
    agreement_id = _agreement(session).id
    goal = follow_up.goal_evidence(session=session, agreement_id=agreement_id, today=TODAY)[5]
    follow_up.set_goal_note(
        session=session, goal_id=goal.id, note="  Inga tecken på etablering 2025.\n"
    )
    again = follow_up.goal_evidence(session=session, agreement_id=agreement_id, today=TODAY)[5]
    assert again.note == "Inga tecken på etablering 2025."
