"""Answered action lists coming back: preview, reject what cannot apply, apply all or nothing."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from docx import Document
from docx.table import Table as DocxTable
from openpyxl import Workbook
from sqlalchemy import select
from sqlmodel import Session

from est_desktop.errors import ValidationError
from est_desktop.models import (
    Action,
    ActionAnswer,
    ActionCreate,
    ActionStatus,
    ActionUpdate,
    AgendaItemKind,
    AppSetting,
    MeetingCreate,
)
from est_desktop.services import reference
from est_desktop.services.action_lists import answer_file as contract
from est_desktop.services.action_lists.answers import (
    AnswersNoLongerApply,
    ProposedChange,
    Reason,
    apply_answers,
    read_answers,
)
from est_desktop.services.actions import decisions as actions
from est_desktop.services.actions import history as action_history
from est_desktop.services.actions import past as action_past
from est_desktop.services.actions.decisions import ReviewOutcome
from est_desktop.services.meetings import agenda as meetings
from est_desktop.services.minutes.gather import export_minutes

from .answer_files import Answer, answer, edit, export_list, row_of

FIRST = date(2026, 11, 3)  # v. 45: the actions are decided
SECOND = date(2026, 11, 17)  # v. 47
THIRD = date(2026, 11, 24)  # v. 48
EXPORTED = date(2026, 11, 4)
SOCIAL = "Socialförvaltningen"
POLICE = "Polisen"


def noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


@dataclass(frozen=True)
class Actions:
    lights: int  # Socialförvaltningen, due 2026-11-20
    walk: int  # Socialförvaltningen, no due date
    patrol: int  # Polisen


@pytest.fixture
def decided(session: Session) -> Actions:
    organisations = {o.name: o.id for o in reference.organisations(session=session)}
    meeting = meetings.create_meeting(session=session, data=MeetingCreate(date=FIRST))
    item = next(
        i
        for i in meetings.agenda(session=session, meeting_id=meeting.id)
        if i.kind == AgendaItemKind.FOCUS_AREA
    )

    def decide(description: str, owner: str, due: date | None = None) -> int:
        data = ActionCreate(
            description=description, owner_organisation_id=organisations[owner], due_date=due
        )
        return actions.decide_action(session=session, item_id=item.id, data=data).id

    built = Actions(
        lights=decide("Extra belysning i Stationsparken", SOCIAL, date(2026, 11, 20)),
        walk=decide("Trygghetsvandring i Anderslöv", SOCIAL),
        patrol=decide("Riktad patrullering vid Resecentrum", POLICE),
    )
    meetings.finalise_meeting(
        session=session, meeting_id=meeting.id, user="test", confirm_no_attendance=True
    )
    return built


@pytest.fixture
def social_list(session: Session, decided: Actions, tmp_path: Path) -> Path:
    return export_list(tmp_path, session=session, exported_on=EXPORTED, organisation=SOCIAL)


def snapshot(session: Session) -> dict[str, list[tuple]]:
    """Every row of the tables an import could touch, as the database holds them."""
    return {
        table.__tablename__: [
            tuple(row)
            for row in session.execute(
                select(table.__table__).order_by(*table.__table__.primary_key.columns)
            )
        ]
        for table in (Action, ActionAnswer, ActionUpdate, AppSetting)
    }


def action(session: Session, action_id: int) -> Action:
    return actions.get_action(session=session, action_id=action_id)


def stored_answers(session: Session) -> list[ActionAnswer]:
    return list(session.scalars(select(ActionAnswer).order_by(ActionAnswer.id)))


# --- a valid answer, from preview to history and minutes ----------------------------------


def test_preview_shows_the_change_beside_the_action_and_writes_nothing(
    session: Session, decided: Actions, social_list: Path
) -> None:
    answer(
        social_list,
        {
            decided.lights: Answer(
                " klar ", comment="Armaturer monterade", answered_by="Karin  Lund"
            ),
            decided.walk: Answer(due="2026-12-15", answered_by="Karin Lund"),
        },
        saved_at=noon(date(2026, 11, 10)),
    )
    before = snapshot(session)

    preview = read_answers(session=session, paths=[social_list])

    assert snapshot(session) == before
    assert preview.rejections == preview.already_imported == []
    lights, walk = preview.changes
    assert (lights.file, lights.row) == (social_list.name, row_of(social_list, decided.lights))
    assert (lights.action_id, lights.description, lights.owner) == (
        decided.lights,
        "Extra belysning i Stationsparken",
        SOCIAL,
    )
    assert (lights.current_status, lights.current_due) == (ActionStatus.NEW, date(2026, 11, 20))
    assert (lights.new_status, lights.new_due) == (ActionStatus.DONE, None)
    assert (lights.comment, lights.answered_by) == ("Armaturer monterade", "Karin Lund")
    assert lights.answered_on == date(2026, 11, 10)
    assert (walk.new_status, walk.new_due, walk.comment) == (None, date(2026, 12, 15), "")
    assert lights.answer_key != walk.answer_key


def test_applied_answers_change_the_actions_and_are_recorded(
    session: Session, decided: Actions, social_list: Path
) -> None:
    answer(
        social_list,
        {
            decided.lights: Answer("Klar", comment="Armaturer monterade", answered_by="Karin Lund"),
            decided.walk: Answer("Pågår", due=date(2026, 12, 15), answered_by="Karin Lund"),
        },
        saved_at=noon(date(2026, 11, 10)),
    )
    preview = read_answers(session=session, paths=[social_list])

    assert apply_answers(session=session, changes=preview.changes) == 2

    lights = action(session, decided.lights)
    assert (lights.status, lights.due_date, lights.closed_on) == (
        ActionStatus.DONE,
        date(2026, 11, 20),
        date(2026, 11, 10),
    )
    walk = action(session, decided.walk)
    assert (walk.status, walk.due_date, walk.closed_on) == (
        ActionStatus.IN_PROGRESS,
        date(2026, 12, 15),
        None,
    )
    first, second = stored_answers(session)
    assert (first.action_id, first.source_file, first.source_row) == (
        decided.lights,
        social_list.name,
        row_of(social_list, decided.lights),
    )
    assert (first.answered_on, first.answered_by, first.comment) == (
        date(2026, 11, 10),
        "Karin Lund",
        "Armaturer monterade",
    )
    assert (first.status, first.previous_status, first.previous_due_date) == (
        ActionStatus.DONE,
        ActionStatus.NEW,
        date(2026, 11, 20),
    )
    assert (second.status, second.new_due_date, second.previous_due_date) == (
        ActionStatus.IN_PROGRESS,
        date(2026, 12, 15),
        None,
    )
    assert action(session, decided.patrol).status == ActionStatus.NEW


def test_answers_appear_in_the_history_in_date_order(
    session: Session, decided: Actions, social_list: Path
) -> None:
    answer(
        social_list,
        {decided.walk: Answer("Pågår", date(2026, 12, 1), "Bokad med föreningen", "Karin Lund")},
        saved_at=noon(date(2026, 11, 10)),
    )
    apply_answers(
        session=session,
        changes=read_answers(session=session, paths=[social_list]).changes,
        now=noon(date(2026, 11, 10)),  # imported the day it was answered, before the meeting
    )
    second = meetings.create_meeting(session=session, data=MeetingCreate(date=SECOND))
    actions.record_review(
        session=session, meeting_id=second.id, action_id=decided.walk, outcome=ReviewOutcome.DONE
    )

    history = action_history.action_history(session=session, action_id=decided.walk)

    assert [(h.day, h.status, h.is_decision, h.is_answer) for h in history] == [
        (FIRST, ActionStatus.NEW, True, False),
        (date(2026, 11, 10), ActionStatus.IN_PROGRESS, False, True),
        (SECOND, ActionStatus.DONE, False, False),
    ]
    answered = history[1]
    assert (answered.note, answered.new_due_date, answered.week) == (
        "Bokad med föreningen",
        date(2026, 12, 1),
        46,
    )
    assert (answered.source_file, answered.answered_by) == (social_list.name, "Karin Lund")
    assert history[2].source_file == history[2].answered_by == ""


def test_the_next_minutes_list_the_answers_since_the_previous_meeting(
    session: Session, decided: Actions, social_list: Path, tmp_path: Path
) -> None:
    second = meetings.create_meeting(session=session, data=MeetingCreate(date=SECOND))
    third = meetings.create_meeting(session=session, data=MeetingCreate(date=THIRD))
    answer(
        social_list,
        {
            decided.lights: Answer("Klar", comment="Armaturer monterade", answered_by="Karin Lund"),
            decided.walk: Answer(due=date(2026, 12, 15), answered_by="Karin Lund"),
        },
        saved_at=noon(date(2026, 11, 10)),
    )
    police_list = export_list(
        tmp_path, session=session, exported_on=date(2026, 11, 18), organisation=POLICE
    )
    answer(
        police_list,
        {decided.patrol: Answer("Pågår", comment="Två pass per vecka")},
        saved_at=noon(SECOND + timedelta(days=3)),
    )
    preview = read_answers(session=session, paths=[social_list, police_list])
    # Each file is imported the day it comes back: minutes go by when answers arrived.
    social = [c for c in preview.changes if c.file == social_list.name]
    police = [c for c in preview.changes if c.file == police_list.name]
    assert apply_answers(session=session, changes=social, now=noon(date(2026, 11, 10))) == 2
    assert apply_answers(session=session, changes=police, now=noon(SECOND + timedelta(days=3))) == 1

    heading = "Svar på åtgärdslistor sedan förra mötet"
    path = export_minutes(session=session, meeting_id=second.id, out_path=tmp_path / "m2.docx")
    assert table_after(path, heading) == [
        ["Åtgärd", "Ansvarig", "Svar", "Kommentar", "Besvarad av", "Fil"],
        [
            "Extra belysning i Stationsparken",
            SOCIAL,
            "Klar",
            "Armaturer monterade",
            "Karin Lund\n2026-11-10",
            social_list.name,
        ],
        [
            "Trygghetsvandring i Anderslöv",
            SOCIAL,
            "Nytt slutdatum 2026-12-15",
            "",
            "Karin Lund\n2026-11-10",
            social_list.name,
        ],
    ]
    path = export_minutes(session=session, meeting_id=third.id, out_path=tmp_path / "m3.docx")
    assert table_after(path, heading)[1:] == [
        [
            "Riktad patrullering vid Resecentrum",
            POLICE,
            "Pågår",
            "Två pass per vecka",
            "2026-11-20",
            police_list.name,
        ]
    ]
    path = export_minutes(session=session, meeting_id=decided_meeting(session), out_path=tmp_path)
    assert heading not in [p.text for p in Document(str(path)).paragraphs]


def decided_meeting(session: Session) -> int:
    return meetings.meeting_on(session=session, day=FIRST).id


def table_after(path: Path, heading: str) -> list[list[str]]:
    seen = False
    for block in Document(str(path)).iter_inner_content():
        if isinstance(block, DocxTable):
            if seen:
                return [[cell.text for cell in row.cells] for row in block.rows]
        elif block.text == heading:
            seen = True
    raise AssertionError(f"no table after {heading!r}")


# --- twice changes nothing ------------------------------------------------------------------


def test_importing_the_same_file_again_changes_nothing(
    session: Session, decided: Actions, social_list: Path
) -> None:
    answer(
        social_list,
        {decided.lights: Answer("Klar", answered_by="Karin Lund")},
        saved_at=noon(date(2026, 11, 10)),
    )
    preview = read_answers(session=session, paths=[social_list])
    apply_answers(session=session, changes=preview.changes)
    after_first = snapshot(session)

    assert apply_answers(session=session, changes=preview.changes) == 0
    again = read_answers(session=session, paths=[social_list])

    assert snapshot(session) == after_first
    assert again.changes == again.rejections == []
    [already] = again.already_imported
    assert (already.file, already.row, already.action_id) == (
        social_list.name,
        row_of(social_list, decided.lights),
        decided.lights,
    )
    assert apply_answers(session=session, changes=again.changes) == 0
    assert snapshot(session) == after_first


def test_a_copy_of_the_same_file_in_one_import_counts_once(
    session: Session, decided: Actions, social_list: Path, tmp_path: Path
) -> None:
    answer(social_list, {decided.lights: Answer("Klar")}, saved_at=noon(date(2026, 11, 10)))
    copy = tmp_path / "kopia" / social_list.name
    copy.parent.mkdir()
    copy.write_bytes(social_list.read_bytes())

    preview = read_answers(session=session, paths=[social_list, copy])

    assert [c.action_id for c in preview.changes] == [decided.lights]
    assert [a.action_id for a in preview.already_imported] == [decided.lights]
    assert apply_answers(session=session, changes=preview.changes * 2) == 1
    assert len(stored_answers(session)) == 1


def test_an_edited_answer_in_the_same_file_is_a_new_answer(
    session: Session, decided: Actions, social_list: Path
) -> None:
    answer(social_list, {decided.walk: Answer("Pågår")}, saved_at=noon(date(2026, 11, 10)))
    apply_answers(
        session=session, changes=read_answers(session=session, paths=[social_list]).changes
    )
    answer(social_list, {decided.walk: Answer("Klar")}, saved_at=noon(date(2026, 11, 12)))

    [change] = read_answers(session=session, paths=[social_list]).changes
    assert (change.current_status, change.new_status) == (ActionStatus.IN_PROGRESS, "done")
    apply_answers(session=session, changes=[change])
    assert action(session, decided.walk).closed_on == date(2026, 11, 12)


def test_several_answers_to_one_action_apply_oldest_first(
    session: Session, decided: Actions, social_list: Path, tmp_path: Path
) -> None:
    everyone = export_list(tmp_path, session=session, exported_on=EXPORTED)
    answer(everyone, {decided.walk: Answer("Pågår")}, saved_at=noon(date(2026, 11, 12)))
    answer(social_list, {decided.walk: Answer("Klar")}, saved_at=noon(date(2026, 11, 9)))
    preview = read_answers(session=session, paths=[everyone, social_list])

    assert apply_answers(session=session, changes=preview.changes) == 2

    assert action(session, decided.walk).status == ActionStatus.IN_PROGRESS
    assert [(a.previous_status, a.status) for a in stored_answers(session)] == [
        (ActionStatus.NEW, ActionStatus.DONE),
        (ActionStatus.DONE, ActionStatus.IN_PROGRESS),
    ]


# --- what cannot be applied ---------------------------------------------------------------


ACTION_ID, NEW_STATUS = contract.ACTION_ID.letter, contract.NEW_STATUS.letter


def put(cell: str, value: object):
    def change(workbook: Workbook) -> None:
        workbook[contract.ACTIONS_SHEET][cell] = value

    return change


def test_rows_without_an_answer_or_an_action_id_are_ignored(
    session: Session, decided: Actions, social_list: Path
) -> None:
    row = row_of(social_list, decided.walk)
    edit(social_list, put(f"{ACTION_ID}{row}", None), saved_at=noon(date(2026, 11, 10)))
    answer(social_list, {decided.lights: Answer()}, saved_at=noon(date(2026, 11, 10)))
    edit(social_list, put(f"{NEW_STATUS}{row}", "Klar"), saved_at=noon(date(2026, 11, 10)))

    preview = read_answers(session=session, paths=[social_list])

    assert preview.changes == preview.rejections == preview.already_imported == []


def _reject_case(request, session: Session, decided: Actions, path: Path) -> tuple[Path, int]:
    """Makes ``path`` provoke the rejection ``request.param``; returns the file and row."""
    case = request.param
    when = noon(date(2026, 11, 10))
    row = row_of(path, decided.lights)
    if case == "not_an_action_list":
        workbook = Workbook()
        workbook.active["A1"] = "Min egen lista"
        workbook.save(path)
        return path, 0
    if case == "not_an_action_list: text file":
        path.write_text("Åtgärd;Ny status\n", encoding="utf-8")
        return path, 0
    if case == "not_an_action_list: no meta sheet":
        answer(path, {decided.lights: Answer("Klar")}, saved_at=when)
        edit(path, lambda w: w.remove(w[contract.META_SHEET]), saved_at=when)
        return path, 0
    if case == "not_an_action_list: newer format":
        version = f"B{contract.META_KEYS.index(contract.META_FORMAT_VERSION) + 1}"
        newer = contract.FORMAT_VERSION + 1
        answer(path, {decided.lights: Answer("Klar")}, saved_at=when)
        edit(path, lambda w: w[contract.META_SHEET].__setitem__(version, newer), saved_at=when)
        return path, 0
    if case == "unreadable":
        return path.with_name("finns inte.xlsx"), 0
    if case == "another_database":
        other = export_list(
            path.parent / "annan",
            session=session,
            exported_on=EXPORTED,
            organisation=SOCIAL,
            database_id="0" * 32,
        )
        return answer(other, {decided.lights: Answer("Klar")}, saved_at=when), row
    if case == "unknown_action":
        answer(path, {decided.lights: Answer("Klar")}, saved_at=when)
        return edit(path, put(f"{ACTION_ID}{row}", 999_999), saved_at=when), row
    if case == "unknown_action: not a number":
        answer(path, {decided.lights: Answer("Klar")}, saved_at=when)
        return edit(path, put(f"{ACTION_ID}{row}", "belysning"), saved_at=when), row
    if case == "closed_since_export":
        answer(path, {decided.lights: Answer("Pågår", comment="Beställt")}, saved_at=when)
        second = meetings.create_meeting(session=session, data=MeetingCreate(date=SECOND))
        actions.record_review(
            session=session,
            meeting_id=second.id,
            action_id=decided.lights,
            outcome=ReviewOutcome.CANCELLED,
        )
        return path, row
    if case == "reviewed_since_answer":
        saved = datetime.now(UTC) - timedelta(hours=1)
        answer(path, {decided.lights: Answer("Klar")}, saved_at=saved)
        second = meetings.create_meeting(session=session, data=MeetingCreate(date=SECOND))
        actions.record_review(
            session=session,
            meeting_id=second.id,
            action_id=decided.lights,
            outcome=ReviewOutcome.IN_PROGRESS,
            note="Armaturer beställda",
        )
        return path, row
    if case.startswith("invalid_date"):
        typed = {
            "invalid_date": "nästa vecka",
            "invalid_date: no such day": "2026-02-30",
            "invalid_date: day and month": "15/12",
        }[case]
        return answer(path, {decided.lights: Answer(due=typed)}, saved_at=when), row
    if case == "due_in_past":
        # A mistyped year: the date is valid but was already past when the answer was given.
        return answer(path, {decided.lights: Answer(due=date(2025, 12, 24))}, saved_at=when), row
    if case.startswith("invalid_status"):
        typed = "Klart" if case == "invalid_status" else 3
        return answer(path, {decided.lights: Answer(typed, comment="Klart!")}, saved_at=when), row
    raise AssertionError(case)


REJECTIONS = [
    "not_an_action_list",
    "not_an_action_list: text file",
    "not_an_action_list: no meta sheet",
    "not_an_action_list: newer format",
    "unreadable",
    "another_database",
    "unknown_action",
    "unknown_action: not a number",
    "closed_since_export",
    "reviewed_since_answer",
    "invalid_date",
    "invalid_date: no such day",
    "invalid_date: day and month",
    "invalid_status",
    "invalid_status: a number",
    "due_in_past",
]


@pytest.fixture(params=REJECTIONS)
def rejected(request, session: Session, decided: Actions, social_list: Path):
    path, row = _reject_case(request, session, decided, social_list)
    return request.param.partition(":")[0], path, row


def test_each_rejection_names_file_row_and_reason_and_changes_nothing(
    session: Session, decided: Actions, rejected
) -> None:
    reason, path, row = rejected
    other = export_list(path.parent / "giltig", session=session, exported_on=EXPORTED)
    answer(other, {decided.patrol: Answer("Pågår")}, saved_at=noon(date(2026, 11, 10)))
    before = snapshot(session)

    preview = read_answers(session=session, paths=[path, other])

    [rejection] = preview.rejections
    assert (rejection.file, rejection.row, rejection.reason) == (path.name, row, reason)
    assert rejection.message.endswith(".")
    assert preview.already_imported == []
    # The other file's answer is still proposed; nothing else is.
    assert [c.action_id for c in preview.changes] == [decided.patrol]
    assert snapshot(session) == before
    assert apply_answers(session=session, changes=[]) == 0
    assert snapshot(session) == before


def test_a_row_with_several_faults_lists_each(
    session: Session, decided: Actions, social_list: Path
) -> None:
    answer(social_list, {decided.lights: Answer("Kanske", "imorgon")}, saved_at=noon(FIRST))
    preview = read_answers(session=session, paths=[social_list])
    assert sorted(r.reason for r in preview.rejections) == [
        Reason.INVALID_DATE,
        Reason.INVALID_STATUS,
    ]


def test_a_file_from_another_database_rejects_every_answered_row(
    session: Session, decided: Actions, tmp_path: Path
) -> None:
    other = export_list(
        tmp_path, session=session, exported_on=EXPORTED, organisation=SOCIAL, database_id="ab" * 16
    )
    answer(
        other,
        {decided.lights: Answer("Klar"), decided.walk: Answer("Pågår")},
        saved_at=noon(date(2026, 11, 10)),
    )
    preview = read_answers(session=session, paths=[other])
    assert [(r.row, r.reason) for r in preview.rejections] == [
        (row_of(other, decided.lights), Reason.ANOTHER_DATABASE),
        (row_of(other, decided.walk), Reason.ANOTHER_DATABASE),
    ]
    assert preview.changes == []


def test_nothing_is_half_applied_when_a_change_no_longer_applies(
    session: Session, decided: Actions, social_list: Path
) -> None:
    answer(
        social_list,
        {
            decided.lights: Answer("Klar", answered_by="Karin Lund"),
            decided.walk: Answer(due=date(2026, 12, 15), answered_by="Karin Lund"),
        },
        saved_at=noon(date(2026, 11, 10)),
    )
    preview = read_answers(session=session, paths=[social_list])
    assert len(preview.changes) == 2
    # Between preview and apply, the walk is cancelled at a meeting.
    second = meetings.create_meeting(session=session, data=MeetingCreate(date=SECOND))
    actions.record_review(
        session=session,
        meeting_id=second.id,
        action_id=decided.walk,
        outcome=ReviewOutcome.CANCELLED,
    )
    before = snapshot(session)

    with pytest.raises(ValidationError) as refused:
        apply_answers(session=session, changes=preview.changes)

    assert isinstance(refused.value, AnswersNoLongerApply)
    [problem] = refused.value.rejections
    assert (problem.file, problem.row, problem.reason, problem.action_id) == (
        social_list.name,
        row_of(social_list, decided.walk),
        Reason.CLOSED_SINCE_EXPORT,
        decided.walk,
    )
    assert list(refused.value.errors.values()) == [problem.message]
    assert snapshot(session) == before
    assert action(session, decided.lights).status == ActionStatus.NEW
    assert stored_answers(session) == []


def test_apply_checks_the_status_it_is_given(session: Session, decided: Actions) -> None:
    forged = ProposedChange(
        file="x.xlsx",
        row=5,
        action_id=decided.walk,
        description="",
        owner="",
        current_status="new",
        current_due=None,
        new_status="finished",
        new_due=None,
        comment="",
        answered_by="",
        answered_on=FIRST,
        answer_key="k",
    )
    before = snapshot(session)
    with pytest.raises(AnswersNoLongerApply):
        apply_answers(session=session, changes=[forged])
    assert snapshot(session) == before


# --- when the answer was given ------------------------------------------------------------


def test_without_a_saved_time_the_files_time_is_the_answer_date(
    session: Session, decided: Actions, social_list: Path
) -> None:
    answer(social_list, {decided.walk: Answer("Pågår")}, saved_at=None)
    moment = datetime(2026, 11, 13, 12, tzinfo=UTC).timestamp()
    os.utime(social_list, (moment, moment))
    [change] = read_answers(session=session, paths=[social_list]).changes
    assert change.answered_on == date(2026, 11, 13)


def test_an_answer_given_after_the_last_review_applies(
    session: Session, decided: Actions, tmp_path: Path
) -> None:
    second = meetings.create_meeting(session=session, data=MeetingCreate(date=SECOND))
    actions.record_review(
        session=session,
        meeting_id=second.id,
        action_id=decided.lights,
        outcome=ReviewOutcome.IN_PROGRESS,
        note="Armaturer beställda",
    )
    path = export_list(tmp_path, session=session, exported_on=SECOND, organisation=SOCIAL)
    answer(path, {decided.lights: Answer("Klar")}, saved_at=datetime.now(UTC) + timedelta(hours=1))
    [change] = read_answers(session=session, paths=[path]).changes
    assert change.current_status == ActionStatus.IN_PROGRESS
    apply_answers(session=session, changes=[change])
    assert [
        h.status for h in action_history.action_history(session=session, action_id=decided.lights)
    ] == [
        ActionStatus.NEW,
        ActionStatus.IN_PROGRESS,
        ActionStatus.DONE,
    ]


def test_an_answer_after_a_meeting_does_not_rewrite_that_meetings_record(
    session: Session, tmp_path: Path
) -> None:
    """Minutes of meeting 1 exported later still show the action open then; and a
    reopened meeting 1 cannot overwrite what the answer decided."""
    from datetime import time as clock

    from est_desktop.models import ActionCreate, MeetingCreate

    first = meetings.create_meeting(
        session=session, data=MeetingCreate(date=date(2026, 11, 3), start_time=clock(9))
    )
    item = meetings.agenda(session=session, meeting_id=first.id)[2]
    police = next(o.id for o in reference.organisations(session=session) if o.name == "Polisen")
    action = actions.decide_action(
        session=session,
        item_id=item.id,
        data=ActionCreate(description="Kontroll vid hamnen", owner_organisation_id=police),
    )
    path = export_list(
        tmp_path, session=session, exported_on=date(2026, 11, 5), organisation="Polisen"
    )
    answer(
        path,
        {action.id: Answer(status="Klar", comment="Genomfört")},
        saved_at=datetime(2026, 11, 6, 10, tzinfo=UTC),
    )
    preview = read_answers(session=session, paths=[path])
    received = datetime(2026, 11, 6, 11, tzinfo=UTC)
    assert apply_answers(session=session, changes=preview.changes, now=received) == 1
    assert actions.get_action(session=session, action_id=action.id).status == "done"

    still_open = action_past.open_action_rows_after(session=session, meeting_id=first.id)
    assert [r.id for r in still_open] == [action.id] and still_open[0].status == "new"
    second = meetings.create_meeting(session=session, data=MeetingCreate(date=date(2026, 11, 10)))
    # The next meeting still sees the action, closed by the answer, and may reopen it.
    [row] = actions.review_rows(session=session, meeting_id=second.id)
    assert (row.action.id, row.action.status, row.overdue) == (action.id, "done", False)
    assert row.last_note == "Genomfört"  # the answer's comment, as the meeting begins
    actions.record_review(
        session=session,
        meeting_id=second.id,
        action_id=action.id,
        outcome=ReviewOutcome.IN_PROGRESS,
        note="Inte klart enligt polisen",
    )
    assert actions.get_action(session=session, action_id=action.id).status == "in_progress"

    meetings.finalise_meeting(
        session=session, meeting_id=first.id, user="t", confirm_no_attendance=True
    )
    meetings.reopen_meeting(session=session, meeting_id=first.id, user="t")
    with pytest.raises(ValidationError, match="answered since"):
        actions.undo_review(session=session, meeting_id=first.id, action_id=action.id)


def test_an_old_file_imported_late_goes_to_the_next_minutes_not_finalised_ones(
    session: Session, decided: Actions, social_list: Path, tmp_path: Path
) -> None:
    """Answered before meeting 2 but imported after it was finalised: meeting 2's minutes
    stay as they were; meeting 3's list the answer."""
    second = meetings.create_meeting(session=session, data=MeetingCreate(date=SECOND))
    meetings.finalise_meeting(
        session=session, meeting_id=second.id, user="t", confirm_no_attendance=True
    )
    third = meetings.create_meeting(session=session, data=MeetingCreate(date=THIRD))
    answer(
        social_list,
        {decided.lights: Answer("Klar", comment="Sent")},
        saved_at=noon(SECOND - timedelta(days=1)),
    )
    preview = read_answers(session=session, paths=[social_list])
    apply_answers(session=session, changes=preview.changes, now=noon(SECOND + timedelta(days=2)))
    heading = "Svar på åtgärdslistor sedan förra mötet"
    two = export_minutes(session=session, meeting_id=second.id, out_path=tmp_path / "m2.docx")
    three = export_minutes(session=session, meeting_id=third.id, out_path=tmp_path / "m3.docx")

    def everything(path: Path) -> str:
        document = Document(str(path))
        cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
        return "\n".join([p.text for p in document.paragraphs] + cells)

    assert "Sent" not in everything(two)
    assert any("Sent" in cell for row in table_after(three, heading) for cell in row)
