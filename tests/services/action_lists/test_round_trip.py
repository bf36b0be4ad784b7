"""The whole loop with the real exporter: lists out for two organisations, answered in
Excel as a participant would, read back and applied; a second import changes nothing."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import openpyxl
from sqlmodel import Session

from est_desktop.models import ActionCreate, ActionStatus, AgendaItemKind, MeetingCreate
from est_desktop.services import reference
from est_desktop.services.action_lists import answer_file as contract
from est_desktop.services.action_lists.answers import apply_answers, read_answers
from est_desktop.services.action_lists.gather import export_action_lists
from est_desktop.services.actions import decisions as actions
from est_desktop.services.actions import history as action_history
from est_desktop.services.meetings import agenda as meetings

TODAY = date(2026, 11, 26)
ANSWERS = [c.number for c in contract.ANSWER_COLUMNS]  # the yellow columns


def _org(session: Session, name: str) -> int:
    return next(o.id for o in reference.organisations(session=session) if o.name == name)


def _fill(path: Path, answers: dict[str, tuple]) -> None:
    """Types into the yellow columns of the rows whose action text matches."""
    book = openpyxl.load_workbook(path)
    sheet = book[contract.ACTIONS_SHEET]
    for row in range(contract.FIRST_ROW, sheet.max_row + 1):
        text = sheet.cell(row, contract.DESCRIPTION.number).value
        if text in answers:
            status, due, comment, who = answers[text]
            for column, value in zip(ANSWERS, (status, due, comment, who), strict=True):
                if value is not None:
                    sheet.cell(row, column, value)
    book.save(path)


def test_round_trip_for_two_organisations(session: Session, tmp_path: Path) -> None:
    meeting = meetings.create_meeting(
        session=session, data=MeetingCreate(date=TODAY - timedelta(days=9), start_time=time(9))
    )
    item = next(
        i
        for i in meetings.agenda(session=session, meeting_id=meeting.id)
        if i.kind == AgendaItemKind.FOCUS_AREA
    )
    plan = {
        "Sanera klotter vid Stortorget": "Samhällsbyggnadsförvaltningen",
        "Byta trasig belysning i gångtunneln": "Samhällsbyggnadsförvaltningen",
        "Riktad närvaro vid Resecentrum": "Polisen",
        "Trafikkontroll i Anderslöv": "Polisen",
    }
    ids = {}
    for text, owner in plan.items():
        ids[text] = actions.decide_action(
            session=session,
            item_id=item.id,
            data=ActionCreate(
                description=text,
                owner_organisation_id=_org(session, owner),
                due_date=TODAY + timedelta(days=5),
            ),
        ).id

    written = export_action_lists(
        session=session,
        out_dir=tmp_path,
        today=TODAY,
        formats=("xlsx",),
        organisation_ids=[_org(session, "Samhällsbyggnadsförvaltningen"), _org(session, "Polisen")],
    )
    assert len(written) == 2
    by_org = {("Polisen" if "Polisen" in p.name else "SBF"): p for p in written}
    new_due = date(2026, 12, 15)
    _fill(
        by_org["SBF"],
        {
            "Sanera klotter vid Stortorget": ("Klar", None, "Sanerat", "Gatuchef"),
            "Byta trasig belysning i gångtunneln": ("Pågår", new_due, "Beställt", "Gatuchef"),
        },
    )
    _fill(
        by_org["Polisen"],
        {
            "Riktad närvaro vid Resecentrum": (
                "Avbruten",
                None,
                "Ersätts av kameror",
                "Kommunpolis",
            ),
        },
    )

    preview = read_answers(session=session, paths=written)
    assert preview.rejections == [] and len(preview.changes) == 3
    assert apply_answers(session=session, changes=preview.changes) == 3

    def state(text):
        action = actions.get_action(session=session, action_id=ids[text])
        return action.status, action.due_date

    assert state("Sanera klotter vid Stortorget")[0] == ActionStatus.DONE
    assert state("Byta trasig belysning i gångtunneln") == (ActionStatus.IN_PROGRESS, new_due)
    assert state("Riktad närvaro vid Resecentrum")[0] == ActionStatus.CANCELLED
    assert state("Trafikkontroll i Anderslöv") == (ActionStatus.NEW, TODAY + timedelta(days=5))
    history = action_history.action_history(
        session=session, action_id=ids["Byta trasig belysning i gångtunneln"]
    )
    assert history[-1].is_answer and history[-1].note == "Beställt"
    assert history[-1].source_file == by_org["SBF"].name

    before = {text: state(text) for text in plan}
    again = read_answers(session=session, paths=written)
    assert again.changes == [] and len(again.already_imported) == 3
    assert apply_answers(session=session, changes=preview.changes) == 0
    assert {text: state(text) for text in plan} == before


def test_exporting_again_the_same_day_keeps_answered_files(session: Session, tmp_path: Path):
    meeting = meetings.create_meeting(
        session=session, data=MeetingCreate(date=TODAY - timedelta(days=2), start_time=time(9))
    )
    item = meetings.agenda(session=session, meeting_id=meeting.id)[2]
    actions.decide_action(
        session=session,
        item_id=item.id,
        data=ActionCreate(
            description="Kontroll vid hamnen", owner_organisation_id=_org(session, "Polisen")
        ),
    )
    first = export_action_lists(session=session, out_dir=tmp_path, today=TODAY, formats=("xlsx",))
    _fill(first[0], {"Kontroll vid hamnen": ("Klar", None, "Klart", "Kommunpolis")})
    answered = first[0].read_bytes()
    second = export_action_lists(session=session, out_dir=tmp_path, today=TODAY, formats=("xlsx",))
    assert first[0].read_bytes() == answered
    assert second[0] != first[0] and second[0].name.endswith("(2).xlsx")
