"""Lists go out in the language of whoever exports them and come back to whoever imports
them: an English list answered in English is read by an app set to Swedish, and a
Swedish list by an app set to English, with the same answers and checks."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlmodel import Session

from est_desktop.models import ActionCreate, ActionStatus, AgendaItemKind, MeetingCreate
from est_desktop.services import reference
from est_desktop.services.action_lists import answer_file as contract
from est_desktop.services.action_lists.answers import Reason, apply_answers, read_answers
from est_desktop.services.action_lists.gather import export_action_lists
from est_desktop.services.actions import decisions as actions
from est_desktop.services.documents import wording
from est_desktop.services.documents.options import DocumentOptions
from est_desktop.services.meetings import agenda as meetings

TODAY = date(2026, 11, 26)
ANSWERS = [c.number for c in contract.ANSWER_COLUMNS]  # the yellow columns
NEW_DUE = date(2027, 1, 15)
ENGLISH_SHEET = wording.translated(contract.ACTIONS_SHEET, "en")


@pytest.fixture(autouse=True)
def app_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wording, "_default", "sv")


def _org(session: Session, name: str) -> int:
    return next(o.id for o in reference.organisations(session=session) if o.name == name)


def _decided(session: Session) -> dict[str, int]:
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
        "Trafikkontroll i Anderslöv": "Samhällsbyggnadsförvaltningen",
    }
    return {
        text: actions.decide_action(
            session=session,
            item_id=item.id,
            data=ActionCreate(
                description=text,
                owner_organisation_id=_org(session, owner),
                due_date=TODAY + timedelta(days=5),
            ),
        ).id
        for text, owner in plan.items()
    }


def _fill(path: Path, sheet_name: str, answers: dict[str, tuple]) -> None:
    book = openpyxl.load_workbook(path)
    sheet = book[sheet_name]
    for row in range(contract.FIRST_ROW, sheet.max_row + 1):
        text = sheet.cell(row, contract.DESCRIPTION.number).value
        if text in answers:
            for column, value in zip(ANSWERS, answers[text], strict=True):
                if value is not None:
                    sheet.cell(row, column, value)
    book.save(path)


def _export(session: Session, folder: Path, language: str) -> Path:
    [path] = export_action_lists(
        session=session,
        out_dir=folder,
        today=TODAY,
        formats=("xlsx",),
        options=DocumentOptions(language=language),
    )
    return path


def test_an_english_list_answered_in_english_is_read_by_a_swedish_app(
    session: Session, tmp_path: Path
) -> None:
    ids = _decided(session)
    path = _export(session, tmp_path, "en")
    assert path.parent.name == "Action lists 2026-11-26"
    assert path.name == "Action list Samhällsbyggnadsförvaltningen 2026-11-26.xlsx"
    _fill(
        path,
        ENGLISH_SHEET,
        {
            "Sanera klotter vid Stortorget": ("Done", None, "Cleaned", "Street manager"),
            "Byta trasig belysning i gångtunneln": ("in progress", NEW_DUE, "Ordered", None),
            "Trafikkontroll i Anderslöv": ("Finished", None, None, None),  # not a status
        },
    )

    wording.set_default_language("sv")
    preview = read_answers(session=session, paths=[path])
    assert [(r.action_id, r.reason) for r in preview.rejections] == [
        (ids["Trafikkontroll i Anderslöv"], Reason.INVALID_STATUS)
    ]
    changes = {c.action_id: c for c in preview.changes}
    assert changes[ids["Sanera klotter vid Stortorget"]].new_status == ActionStatus.DONE
    lights = changes[ids["Byta trasig belysning i gångtunneln"]]
    assert (lights.new_status, lights.new_due) == (ActionStatus.IN_PROGRESS, NEW_DUE)
    assert apply_answers(session=session, changes=preview.changes) == 2
    assert actions.get_action(session=session, action_id=lights.action_id).due_date == NEW_DUE
    again = read_answers(session=session, paths=[path])
    assert again.changes == [] and len(again.already_imported) == 2


def test_a_swedish_list_is_read_by_an_english_app(session: Session, tmp_path: Path) -> None:
    ids = _decided(session)
    path = _export(session, tmp_path, "sv")
    assert path.parent.name == "Åtgärdslistor 2026-11-26"
    _fill(
        path,
        contract.ACTIONS_SHEET,
        {"Sanera klotter vid Stortorget": ("Avbruten", None, "Fel", None)},
    )

    wording.set_default_language("en")
    preview = read_answers(session=session, paths=[path])
    assert preview.rejections == []
    [change] = preview.changes
    assert (change.action_id, change.new_status) == (
        ids["Sanera klotter vid Stortorget"],
        ActionStatus.CANCELLED,
    )


def test_a_workbook_with_headings_of_both_languages_is_not_an_action_list(
    session: Session, tmp_path: Path
) -> None:
    _decided(session)
    path = _export(session, tmp_path, "en")
    book = openpyxl.load_workbook(path)
    # The rest of the row is English.
    book[ENGLISH_SHEET][f"{contract.NEW_STATUS.letter}{contract.HEADER_ROW}"] = (
        contract.NEW_STATUS.header
    )
    book.save(path)
    preview = read_answers(session=session, paths=[path])
    assert [(r.row, r.reason) for r in preview.rejections] == [(0, Reason.NOT_AN_ACTION_LIST)]
