"""A participant's own open actions, answered at the desk: recorded exactly as an answer
imported from an action list, shown in the convener's review and the minutes alike."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from docx import Document
from docx.table import Table as DocxTable
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlmodel import Session

from est_desktop.db import session_scope
from est_desktop.errors import ValidationError
from est_desktop.models import (
    Action,
    ActionAnswer,
    ActionCreate,
    ActionStatus,
    ActionUpdate,
    AgendaItemKind,
    MeetingCreate,
)
from est_desktop.services import reference
from est_desktop.services.action_lists import answers
from est_desktop.services.actions import decisions as actions
from est_desktop.services.actions import history as action_history
from est_desktop.services.actions.decisions import ReviewOutcome
from est_desktop.services.actions.my_actions import SOURCE, answer_action, open_actions_of
from est_desktop.services.conflicts import ChangedElsewhere
from est_desktop.services.meetings import agenda as meetings
from est_desktop.services.minutes.gather import export_minutes
from est_desktop.services.personal_numbers import PersonalNumbersFound

FIRST = date(2026, 11, 3)
SECOND = date(2026, 11, 17)
ANSWERED = datetime(2026, 11, 10, 12, tzinfo=UTC)
SOCIAL = "Socialförvaltningen"
POLICE = "Polisen"


@dataclass(frozen=True)
class Decided:
    social: int
    police: int
    lights: int  # Socialförvaltningen, due 2026-11-20
    walk: int  # Socialförvaltningen, no due date
    school: int  # Socialförvaltningen, due 2026-11-12, decided with the others
    patrol: int  # Polisen
    closed: int  # Socialförvaltningen, done already


@pytest.fixture
def decided(session: Session) -> Decided:
    organisations = {o.name: o.id for o in reference.organisations(session=session)}
    meeting = meetings.create_meeting(session=session, data=MeetingCreate(date=FIRST))
    item = next(
        i
        for i in meetings.agenda(session=session, meeting_id=meeting.id)
        if i.kind == AgendaItemKind.FOCUS_AREA
    )

    def decide(description: str, owner: str, due: date | None = None, **more) -> int:
        data = ActionCreate(
            description=description, owner_organisation_id=organisations[owner], due_date=due
        )
        return actions.decide_action(
            session=session, item_id=item.id, data=data.model_copy(update=more)
        ).id

    built = Decided(
        social=organisations[SOCIAL],
        police=organisations[POLICE],
        lights=decide(
            "Extra belysning i Stationsparken",
            SOCIAL,
            date(2026, 11, 20),
            contact_person="Karin Lund",
        ),
        walk=decide("Trygghetsvandring i Anderslöv", SOCIAL),
        school=decide("Samtal med skolan i Skegrie", SOCIAL, date(2026, 11, 12)),
        patrol=decide("Riktad patrullering vid Resecentrum", POLICE),
        closed=decide("Städning av gångtunneln", SOCIAL, status=ActionStatus.DONE),
    )
    meetings.finalise_meeting(
        session=session, meeting_id=meeting.id, user="test", confirm_no_attendance=True
    )
    session.commit()
    return built


def snapshot(session: Session) -> dict[str, list[tuple]]:
    return {
        table.__tablename__: [
            tuple(row)
            for row in session.execute(
                select(table.__table__).order_by(*table.__table__.primary_key.columns)
            )
        ]
        for table in (Action, ActionAnswer, ActionUpdate)
    }


def table_after(path: Path, heading: str) -> list[list[str]]:
    seen = False
    for block in Document(str(path)).iter_inner_content():
        if isinstance(block, DocxTable):
            if seen:
                return [[cell.text for cell in row.cells] for row in block.rows]
        elif block.text == heading:
            seen = True
    raise AssertionError(f"no table after {heading!r}")


def test_the_list_holds_the_organisations_open_actions_earliest_due_first(
    session: Session, decided: Decided
) -> None:
    rows = open_actions_of(session=session, organisation_id=decided.social)

    assert [r.id for r in rows] == [decided.school, decided.lights, decided.walk]
    lights = rows[1]
    assert (lights.description, lights.due_date, lights.status, lights.contact_person) == (
        "Extra belysning i Stationsparken",
        date(2026, 11, 20),
        ActionStatus.NEW,
        "Karin Lund",
    )
    assert lights.decided_on == FIRST
    assert lights.focus_area  # the item's focus area, as in the exported list
    assert lights.latest_note == ""
    assert lights.version >= 1
    assert rows[0].is_overdue(date(2026, 11, 13)) and not rows[1].is_overdue(date(2026, 11, 13))
    assert [r.id for r in open_actions_of(session=session, organisation_id=decided.police)] == [
        decided.patrol
    ]


def test_an_answer_is_recorded_as_an_imported_one_with_who_and_when(
    session: Session, decided: Decided, tmp_path: Path
) -> None:
    [_school, lights, walk] = open_actions_of(session=session, organisation_id=decided.social)

    answer_action(
        session=session,
        action_id=lights.id,
        status=ActionStatus.DONE,
        new_due_date=None,
        comment="Armaturer monterade",
        answered_by="Karin Lund",
        expected_version=lights.version,
        now=ANSWERED,
    )
    answer_action(
        session=session,
        action_id=walk.id,
        status=None,
        new_due_date=date(2026, 12, 15),
        comment="",
        answered_by="Karin Lund",
        expected_version=walk.version,
        now=ANSWERED,
    )
    session.commit()

    stored = actions.get_action(session=session, action_id=lights.id)
    assert (stored.status, stored.closed_on) == (ActionStatus.DONE, ANSWERED.date())
    assert actions.get_action(session=session, action_id=walk.id).due_date == date(2026, 12, 15)
    first = session.scalars(select(ActionAnswer).where(ActionAnswer.action_id == lights.id)).one()
    assert (first.answered_by, first.answered_on, first.source_file) == (
        "Karin Lund",
        ANSWERED.date(),
        SOURCE,
    )
    assert (first.previous_status, first.previous_due_date) == (
        ActionStatus.NEW,
        date(2026, 11, 20),
    )
    # The convener's review at the next meeting lists it, closed by the answer, with its note.
    second = meetings.create_meeting(session=session, data=MeetingCreate(date=SECOND))
    review = {r.action.id: r for r in actions.review_rows(session=session, meeting_id=second.id)}
    assert review[lights.id].action.status == ActionStatus.DONE
    assert review[lights.id].last_note == "Armaturer monterade"
    assert review[walk.id].action.due_date == date(2026, 12, 15)
    # The register's history names who answered, as for a file.
    history = action_history.action_history(session=session, action_id=lights.id)
    assert [(h.is_answer, h.answered_by, h.day) for h in history][-1] == (
        True,
        "Karin Lund",
        ANSWERED.date(),
    )
    # And the minutes' answers section, row for row as an imported answer.
    assert [
        (a.description, a.answered_by, a.answered_on)
        for a in answers.answers_between(session=session, after=FIRST, up_to=SECOND)
    ] == [
        ("Extra belysning i Stationsparken", "Karin Lund", ANSWERED.date()),
        ("Trygghetsvandring i Anderslöv", "Karin Lund", ANSWERED.date()),
    ]
    path = export_minutes(session=session, meeting_id=second.id, out_path=tmp_path / "m.docx")
    assert table_after(path, "Svar på åtgärdslistor sedan förra mötet")[1:] == [
        [
            "Extra belysning i Stationsparken",
            SOCIAL,
            "Klar",
            "Armaturer monterade",
            "Karin Lund\n2026-11-10",
            SOURCE,
        ],
        [
            "Trygghetsvandring i Anderslöv",
            SOCIAL,
            "Nytt slutdatum 2026-12-15",
            "",
            "Karin Lund\n2026-11-10",
            SOURCE,
        ],
    ]
    # Answered, it leaves the participant's list once closed; the comment is its latest note.
    left = open_actions_of(session=session, organisation_id=decided.social)
    assert [r.id for r in left] == [decided.school, walk.id]


def test_a_comment_becomes_the_latest_note_in_the_list(session: Session, decided: Decided) -> None:
    row = open_actions_of(session=session, organisation_id=decided.social)[0]
    answer_action(
        session=session,
        action_id=row.id,
        status=ActionStatus.IN_PROGRESS,
        new_due_date=None,
        comment="Samtal bokat",
        answered_by="Karin Lund",
        expected_version=row.version,
        now=ANSWERED,
    )
    again = open_actions_of(session=session, organisation_id=decided.social)[0]
    assert (again.status, again.latest_note) == (ActionStatus.IN_PROGRESS, "Samtal bokat")
    assert again.version > row.version


def test_the_same_words_answered_twice_are_two_answers(session: Session, decided: Decided) -> None:
    row = open_actions_of(session=session, organisation_id=decided.social)[0]
    for minute in (0, 5):
        current = open_actions_of(session=session, organisation_id=decided.social)[0]
        answer_action(
            session=session,
            action_id=row.id,
            status=None,
            new_due_date=None,
            comment="Väntar på skolan",
            answered_by="Karin Lund",
            expected_version=current.version,
            now=ANSWERED.replace(minute=minute),
        )
    stored = session.scalars(select(ActionAnswer).where(ActionAnswer.action_id == row.id)).all()
    assert len(stored) == 2


def test_an_answer_over_a_change_by_the_convener_is_refused_and_nothing_written(
    engine: Engine, session: Session, decided: Decided
) -> None:
    [_school, lights, _walk] = open_actions_of(session=session, organisation_id=decided.social)
    session.commit()
    # The convener reviews the action at another desk after the participant's list was read.
    with session_scope(engine) as convener:
        second = meetings.create_meeting(session=convener, data=MeetingCreate(date=SECOND))
        actions.record_review(
            session=convener,
            meeting_id=second.id,
            action_id=lights.id,
            outcome=ReviewOutcome.NEW_DUE_DATE,
            note="Leveransen försenad",
            new_due_date=date(2026, 12, 18),
        )
    before = snapshot(session)

    with pytest.raises(ChangedElsewhere) as refused:
        answer_action(
            session=session,
            action_id=lights.id,
            status=ActionStatus.DONE,
            new_due_date=None,
            comment="Klart",
            answered_by="Karin Lund",
            expected_version=lights.version,
            now=datetime.now(UTC),
        )
    session.rollback()

    assert snapshot(session) == before
    conflict = refused.value
    assert conflict.entity_id == lights.id and conflict.current_version > lights.version
    differences = {d.name: (d.mine, d.theirs) for d in conflict.differences}
    assert differences["status"] == (ActionStatus.DONE, ActionStatus.IN_PROGRESS)
    assert differences["new_due_date"] == (None, date(2026, 12, 18))  # the convener's new date
    # Saving again over the newer version is the user's choice, and then it works.
    answer_action(
        session=session,
        action_id=lights.id,
        status=ActionStatus.DONE,
        new_due_date=None,
        comment="Klart",
        answered_by="Karin Lund",
        expected_version=conflict.current_version,
        now=datetime.now(UTC),
    )
    assert actions.get_action(session=session, action_id=lights.id).status == ActionStatus.DONE


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"status": "finished"}, "status"),
        ({"new_due_date": date(2026, 11, 9)}, "new_due_date"),  # the day before the answer
        ({"new_due_date": date(2101, 1, 1)}, "new_due_date"),
        ({"comment": "x" * 4001}, "comment"),
        ({"answered_by": "  "}, "answered_by"),
        ({"status": None, "comment": "  "}, ""),
    ],
)
def test_invalid_answers_are_refused_at_their_field(
    session: Session, decided: Decided, changes: dict, field: str
) -> None:
    row = open_actions_of(session=session, organisation_id=decided.social)[0]
    before = snapshot(session)
    values = {
        "status": ActionStatus.IN_PROGRESS,
        "new_due_date": None,
        "comment": "",
        "answered_by": "Karin Lund",
        **changes,
    }
    with pytest.raises(ValidationError) as refused:
        answer_action(
            session=session,
            action_id=row.id,
            expected_version=row.version,
            now=ANSWERED,
            **values,
        )
    assert field in refused.value.errors
    assert snapshot(session) == before


def test_another_organisations_or_a_closed_action_is_refused(
    session: Session, decided: Decided
) -> None:
    common = {
        "status": ActionStatus.IN_PROGRESS,
        "new_due_date": None,
        "comment": "",
        "answered_by": "Karin Lund",
        "expected_version": None,
        "now": ANSWERED,
    }
    with pytest.raises(ValidationError, match="another organisation"):
        answer_action(
            session=session, action_id=decided.patrol, organisation_id=decided.social, **common
        )
    with pytest.raises(ValidationError, match="closed"):
        answer_action(session=session, action_id=decided.closed, **common)


def test_a_personal_identity_number_in_the_comment_needs_confirmation(
    session: Session, decided: Decided
) -> None:
    row = open_actions_of(session=session, organisation_id=decided.social)[0]
    before = snapshot(session)
    values = {
        "action_id": row.id,
        "status": None,
        "new_due_date": None,
        "comment": "Gäller 19811218-9876",
        "answered_by": "Karin Lund",
        "expected_version": row.version,
        "now": ANSWERED,
    }
    with pytest.raises(PersonalNumbersFound) as found:
        answer_action(session=session, **values)
    assert found.value.fields == ["comment"]
    assert snapshot(session) == before
    answer_action(session=session, allow_personal_numbers=True, **values)
    assert snapshot(session) != before


def test_two_desks_answering_the_same_action_at_the_same_moment_end_in_a_conflict(
    engine: Engine, session: Session, decided: Decided
) -> None:
    """The other desk commits between this answer's first look at the action and its lock:
    this desk gets the conflict to choose from, never an internal error."""
    from sqlalchemy import event

    if engine.dialect.name == "sqlite":
        pytest.skip("a SQLite file has one desk at a time (its lock file)")

    [_school, lights, _walk] = open_actions_of(session=session, organisation_id=decided.social)
    session.commit()
    other_answered = []

    def other_desk_answers_first(conn, cursor, statement, params, context, many) -> None:
        if "FOR UPDATE" in statement and not other_answered:
            other_answered.append(True)
            with session_scope(engine) as other:
                answer_action(
                    session=other,
                    action_id=lights.id,
                    status=ActionStatus.IN_PROGRESS,
                    new_due_date=None,
                    comment="Vi tar den",
                    answered_by="Per Ek",
                    expected_version=lights.version,
                    now=datetime.now(UTC),
                )

    event.listen(engine, "before_cursor_execute", other_desk_answers_first)
    try:
        with pytest.raises(ChangedElsewhere):
            answer_action(
                session=session,
                action_id=lights.id,
                status=ActionStatus.DONE,
                new_due_date=None,
                comment="Klart",
                answered_by="Karin Lund",
                expected_version=lights.version,
                now=datetime.now(UTC),
            )
    finally:
        event.remove(engine, "before_cursor_execute", other_desk_answers_first)
    session.rollback()
    assert other_answered
    with session_scope(engine) as check:
        comments = check.scalars(
            select(ActionAnswer.comment).where(ActionAnswer.action_id == lights.id)
        ).all()
    assert comments == ["Vi tar den"]
