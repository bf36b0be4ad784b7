"""Action lists sent out between meetings: read as a participant reads them, in Word and Excel."""

from __future__ import annotations

import os
import re
import sqlite3
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.table import Table as DocxTable
from openpyxl import load_workbook
from sqlmodel import Session

from est_desktop.cli import main
from est_desktop.errors import KnownError
from est_desktop.models import ActionAnswer, ActionCreate, FocusArea, Meeting, MeetingCreate
from est_desktop.services import reference
from est_desktop.services.action_lists import answer_file as contract
from est_desktop.services.action_lists.data import safe_file_part
from est_desktop.services.action_lists.gather import (
    action_list_for,
    export_action_lists,
    organisations_with_lists,
)
from est_desktop.services.actions import decisions as actions
from est_desktop.services.actions.decisions import ReviewOutcome
from est_desktop.services.documents import safe_write
from est_desktop.services.meetings import agenda as meetings
from est_desktop.services.settings import database_id
from tests.reader import text_as_read

FIRST = date(2026, 11, 3)  # v. 45
SECOND = date(2026, 11, 10)  # v. 46
THIRD = date(2026, 11, 17)  # v. 47: the lists are exported right after this meeting
TODAY = THIRD

SBF = "Samhällsbyggnadsförvaltningen"
KOF = "Kultur- och fritidsförvaltningen"
SOC = "Socialförvaltningen"
POLICE = "Polisen"

LIGHTS = "Extra belysning i Stationsparken"
GRAFFITI = "Sanera klotter vid Hamngatan"
WALK = "Trygghetsvandring i Anderslöv"
DEALING = "Kartlägga langning vid Resecentrum"
PRESENCE = "Riktad närvaro kvällstid vid Resecentrum"

ACTIONS_SHEET, CLOSED_SHEET, META_SHEET = (
    contract.ACTIONS_SHEET,
    contract.CLOSED_SHEET,
    contract.META_SHEET,
)
YELLOW = re.compile(r"^(00)?FF(F|E|D)", re.IGNORECASE)


@dataclass
class Built:
    ids: dict[str, int]  # action description -> id
    orgs: dict[str, int]  # organisation name -> id


def _org(session: Session, name: str) -> int:
    return next(o.id for o in reference.organisations(session=session) if o.name == name)


def _item_id(session: Session, meeting: Meeting, area: str) -> int:
    for item in meetings.agenda(session=session, meeting_id=meeting.id):
        if item.focus_area_id and session.get(FocusArea, item.focus_area_id).name == area:
            return item.id
    raise LookupError(area)


def _meeting(session: Session, day: date) -> Meeting:
    return meetings.create_meeting(session=session, data=MeetingCreate(date=day, location="Rum 1"))


def _finalise(session: Session, meeting: Meeting) -> None:
    meetings.finalise_meeting(
        session=session, meeting_id=meeting.id, user="test", confirm_no_attendance=True
    )


def build(session: Session) -> Built:
    """Three meetings: actions decided, reviewed, closed at the second and at the third."""
    orgs = {name: _org(session, name) for name in (SBF, KOF, SOC, POLICE)}
    ids: dict[str, int] = {}

    def decide(meeting, area, description, owner, **fields):
        action = actions.decide_action(
            session=session,
            item_id=_item_id(session, meeting, area),
            data=ActionCreate(description=description, owner_organisation_id=orgs[owner], **fields),
        )
        ids[description] = action.id

    first = _meeting(session, FIRST)
    decide(first, "Skadegörelse", LIGHTS, SBF, due_date=date(2026, 11, 12), contact_person="Gata")
    decide(first, "Skadegörelse", GRAFFITI, SBF, due_date=date(2026, 12, 1))
    decide(first, "Ordningsstörningar", WALK, KOF, contact_person="Fritidschef")
    decide(first, "Narkotika", DEALING, SOC)
    _finalise(session, first)

    second = _meeting(session, SECOND)
    actions.record_review(
        session=session,
        meeting_id=second.id,
        action_id=ids[LIGHTS],
        outcome=ReviewOutcome.IN_PROGRESS,
        note="Armaturer beställda",
    )
    actions.record_review(
        session=session, meeting_id=second.id, action_id=ids[DEALING], outcome=ReviewOutcome.DONE
    )
    decide(second, "Narkotika", PRESENCE, POLICE, due_date=date(2026, 11, 30))
    _finalise(session, second)

    third = _meeting(session, THIRD)
    actions.record_review(
        session=session, meeting_id=third.id, action_id=ids[GRAFFITI], outcome=ReviewOutcome.DONE
    )
    # Answers sent back in earlier lists: the latest note is whichever came last.
    session.add_all(
        [
            _answer(ids[WALK], date(2026, 11, 14), "Vandringen bokad till 2 december"),
            _answer(ids[LIGHTS], date(2026, 11, 5), "Offert begärd"),
        ]
    )
    session.flush()
    return Built(ids, orgs)


def _answer(action_id: int, on: date, comment: str) -> ActionAnswer:
    return ActionAnswer(
        action_id=action_id,
        answer_key=f"key-{action_id}-{on}",
        export_id="e" * 32,
        source_file="svar.xlsx",
        source_row=5,
        answered_on=on,
        status="in_progress",
        comment=comment,
        previous_status="new",
    )


@pytest.fixture
def built(session: Session) -> Built:
    return build(session)


def _export(session: Session, built: Built, tmp_path: Path, *names: str, **kwargs) -> list[Path]:
    return export_action_lists(
        session=session,
        out_dir=tmp_path,
        organisation_ids=[built.orgs[n] for n in names] if names else None,
        today=TODAY,
        **kwargs,
    )


def _only(paths: list[Path], suffix: str) -> Path:
    [path] = [p for p in paths if p.suffix == suffix]
    return path


# --- what a list contains -------------------------------------------------------------------


def test_each_organisation_gets_its_open_and_recently_closed_actions(
    session: Session, built: Built
) -> None:
    sbf = action_list_for(session=session, organisation_id=built.orgs[SBF], today=TODAY)
    assert [r.action.description for r in sbf.open] == [LIGHTS]
    assert [r.action.description for r in sbf.closed] == [GRAFFITI]
    assert sbf.closed[0].closed_on == THIRD
    assert sbf.latest_meeting == THIRD  # exported on the meeting day: that meeting
    assert sbf.period.closed_from == SECOND + timedelta(days=1)

    kof = action_list_for(session=session, organisation_id=built.orgs[KOF], today=TODAY)
    assert [r.action.description for r in kof.open] == [WALK]
    assert kof.closed == []

    # Closed at the second meeting: before the last one, so on nobody's list.
    soc = action_list_for(session=session, organisation_id=built.orgs[SOC], today=TODAY)
    assert soc.open == [] and soc.closed == []
    names = [o.name for o in organisations_with_lists(session=session, today=TODAY)]
    assert names == [KOF, POLICE, SBF]


def test_overdue_and_latest_note(session: Session, built: Built) -> None:
    sbf = action_list_for(session=session, organisation_id=built.orgs[SBF], today=TODAY)
    [lights] = sbf.open
    assert lights.overdue
    assert lights.latest_note == "Armaturer beställda"  # the meeting's note is newer
    assert (lights.latest.on, lights.latest.from_answer) == (SECOND, False)
    kof = action_list_for(session=session, organisation_id=built.orgs[KOF], today=TODAY)
    [walk] = kof.open
    assert not walk.overdue
    assert walk.latest_note == "Vandringen bokad till 2 december"
    assert walk.latest.from_answer


def test_without_an_earlier_meeting_the_last_seven_days_count(
    session: Session, built: Built
) -> None:
    data = action_list_for(session=session, organisation_id=built.orgs[SBF], today=FIRST)
    assert data.latest_meeting == FIRST
    assert data.period.meeting_before is None
    assert data.period.closed_from == date(2026, 10, 28)  # the 7 days up to the meeting
    assert data.closed_period_text == (
        "Klara eller avbrutna 28 oktober – 3 november 2026 (inget tidigare möte att räkna från)."
    )


# --- the Word document --------------------------------------------------------------------


def _table_after(path: Path, heading: str) -> list[list[str]]:
    seen = False
    for block in Document(str(path)).iter_inner_content():
        if isinstance(block, DocxTable):
            if seen:
                return [[cell.text for cell in row.cells] for row in block.rows]
        elif block.text == heading:
            seen = True
    raise AssertionError(f"no table after {heading!r}")


def test_word_list(session: Session, built: Built, tmp_path: Path) -> None:
    path = _only(_export(session, built, tmp_path, SBF, formats=("docx",)), ".docx")
    document = Document(str(path))
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[0] == f"Åtgärdslista – {SBF}"
    assert "Exporterad\ttisdag 17 november 2026 (v. 47)" in paragraphs
    assert "Senaste mötet\ttisdag 17 november 2026 (v. 47)" in paragraphs
    assert "Åtgärder\t1 öppen, varav 1 försenad" in paragraphs
    assert document.sections[0].orientation == WD_ORIENT.LANDSCAPE

    rows = _table_after(path, "Öppna åtgärder")
    assert rows == [
        [
            "Åtgärd",
            "Fokusområde",
            "Beslutad",
            "Kontaktperson",
            "Klart senast",
            "Status",
            "Senaste notering",
        ],
        [
            LIGHTS,
            "Skadegörelse",
            "2026-11-03\nv. 45",
            "Gata",
            "2026-11-12",
            "Pågår\nFörsenad",
            "Armaturer beställda\n(möte 2026-11-10)",
        ],
    ]
    assert (
        "Klara eller avbrutna 11 november – 17 november 2026 (sedan mötet 10 november 2026)."
        in paragraphs
    )
    closed = _table_after(path, "Stängda åtgärder")
    assert closed == [
        ["Åtgärd", "Fokusområde", "Beslutad", "Stängd", "Status"],
        [GRAFFITI, "Skadegörelse", "2026-11-03\nv. 45", "2026-11-17", "Klar"],
    ]


def test_word_core_properties(session: Session, built: Built, tmp_path: Path) -> None:
    path = _only(_export(session, built, tmp_path, KOF, formats=("docx",)), ".docx")
    props = Document(str(path)).core_properties
    assert props.title == f"Åtgärdslista – {KOF}"
    assert props.author == props.last_modified_by == "Trelleborgs kommun"
    assert props.subject == "EST – Effektiv samordning för trygghet"
    assert props.language == "sv-SE"
    assert props.revision == 1
    assert props.created.year == datetime.now().year
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            if name.startswith("docProps/"):
                assert b"python-docx" not in package.read(name), name


def test_word_list_for_all_groups_by_organisation(
    session: Session, built: Built, tmp_path: Path
) -> None:
    paths = _export(session, built, tmp_path, one_file_for_all=True)
    assert [p.name for p in paths] == [
        "Åtgärdslista alla organisationer 2026-11-17.docx",
        "Åtgärdslista alla organisationer 2026-11-17.xlsx",
    ]
    paragraphs = [p.text for p in Document(str(paths[0])).paragraphs]
    assert paragraphs[0] == "Åtgärdslista – alla organisationer"
    start = paragraphs.index("Öppna åtgärder")
    closed = paragraphs.index("Stängda åtgärder")
    assert paragraphs[start + 1 : closed] == [KOF, POLICE, SBF]
    assert paragraphs[closed + 2 :] == [SBF]
    assert [row[0] for row in _table_after(paths[0], POLICE)[1:]] == [PRESENCE]


# --- the Excel workbook (the issue 4 contract) --------------------------------------------


def test_workbook_follows_the_contract(session: Session, built: Built, tmp_path: Path) -> None:
    path = _only(_export(session, built, tmp_path, SBF, formats=("xlsx",)), ".xlsx")
    workbook = load_workbook(path)
    assert workbook.sheetnames == [ACTIONS_SHEET, CLOSED_SHEET, META_SHEET]
    sheet = workbook.active
    assert sheet.title == ACTIONS_SHEET and sheet.sheet_state == "visible"
    assert sheet["A1"].value == f"Åtgärdslista – {SBF}"
    assert sheet["A2"].value == (
        "Exporterad 2026-11-17 (v. 47). Senaste mötet: 2026-11-17 (v. 47). "
        "Svara i de gula kolumnerna och skicka tillbaka filen till sammankallande."
    )
    assert [c.value for c in sheet[contract.HEADER_ROW]] == [c.header for c in contract.COLUMNS]
    row = [c.value for c in sheet[5]]
    assert row[:5] == [LIGHTS, SBF, "Skadegörelse", "2026-11-03 (v. 45)", "Gata"]
    assert row[5] == datetime(2026, 11, 12)
    assert sheet["F5"].number_format == "YYYY-MM-DD"
    assert row[6:9] == ["Pågår", "Armaturer beställda", "Försenad"]
    assert row[9:13] == [None, None, None, None]
    assert row[13:] == [built.ids[LIGHTS], "in_progress"]
    assert sheet.max_row == 5

    # Protected; only the yellow answer cells may be edited.
    assert sheet.protection.sheet
    for column in contract.COLUMNS:
        cell = sheet[f"{column.letter}5"]
        if column in contract.ANSWER_COLUMNS:
            assert not cell.protection.locked, column
            assert cell.fill.fill_type == "solid" and YELLOW.match(cell.fill.fgColor.rgb), column
        else:
            assert cell.protection.locked, column
    assert sheet[f"{contract.NEW_DUE.letter}5"].number_format == "YYYY-MM-DD"
    for column in contract.IDENTITY_COLUMNS:
        assert sheet.column_dimensions[column.letter].hidden, column
    assert not sheet.column_dimensions["A"].hidden
    assert sheet.column_dimensions["A"].width >= 30
    assert sheet["A5"].alignment.wrap_text
    assert sheet.freeze_panes == "A5"

    validations = {v.type: v for v in sheet.data_validations.dataValidation}
    assert validations["list"].formula1 == '"Ny,Pågår,Klar,Avbruten"'
    assert str(validations["list"].sqref) == "J5"
    assert validations["date"].operator == "greaterThanOrEqual"
    assert int(validations["date"].formula1) == (date(2000, 1, 1) - date(1899, 12, 30)).days
    assert str(validations["date"].sqref) == "K5"

    setup = sheet.page_setup
    assert setup.orientation == "landscape"
    assert setup.fitToWidth == 1 and setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage

    assert workbook.properties.creator == "Trelleborgs kommun"
    assert workbook.properties.lastModifiedBy == "Trelleborgs kommun"
    assert workbook.properties.title == f"Åtgärdslista – {SBF}"


def test_workbook_identity_sheet(session: Session, built: Built, tmp_path: Path) -> None:
    paths = _export(session, built, tmp_path, SBF, KOF, formats=("xlsx",))
    export_ids = []
    for path, organisation in zip(paths, (SBF, KOF), strict=True):
        meta = load_workbook(path)[META_SHEET]
        assert meta.sheet_state == "veryHidden"
        values = {row[0]: row[1] for row in meta.iter_rows(values_only=True)}
        assert values[contract.META_FORMAT_VERSION] == contract.FORMAT_VERSION
        assert values[contract.META_DATABASE_ID] == database_id(session=session)
        assert re.fullmatch(r"[0-9a-f]{32}", values[contract.META_EXPORT_ID])
        assert values[contract.META_EXPORTED_AT] == "2026-11-17"
        assert values[contract.META_ORGANISATION] == organisation
        assert list(values) == list(contract.META_KEYS)
        export_ids.append(values[contract.META_EXPORT_ID])
    assert export_ids[0] != export_ids[1]


def test_workbook_closed_sheet(session: Session, built: Built, tmp_path: Path) -> None:
    path = _only(_export(session, built, tmp_path, SBF, formats=("xlsx",)), ".xlsx")
    sheet = load_workbook(path)[CLOSED_SHEET]
    assert sheet.protection.sheet
    assert [c.value for c in sheet[4]] == [c.header for c in contract.CLOSED_COLUMNS]
    assert [c.value for c in sheet[5]] == [
        GRAFFITI,
        "Skadegörelse",
        "2026-11-03 (v. 45)",
        datetime(2026, 11, 17),
        "Klar",
    ]


def test_workbook_for_all_organisations(session: Session, built: Built, tmp_path: Path) -> None:
    path = _only(_export(session, built, tmp_path, one_file_for_all=True), ".xlsx")
    workbook = load_workbook(path)
    sheet = workbook[ACTIONS_SHEET]
    assert sheet["A1"].value == "Åtgärdslista – alla organisationer"
    rows = list(sheet.iter_rows(min_row=5, values_only=True))
    assert [(r[1], r[0], r[13]) for r in rows] == [
        (KOF, WALK, built.ids[WALK]),
        (POLICE, PRESENCE, built.ids[PRESENCE]),
        (SBF, LIGHTS, built.ids[LIGHTS]),
    ]
    validations = {v.type: str(v.sqref) for v in sheet.data_validations.dataValidation}
    assert validations == {"list": "J5:J7", "date": "K5:K7"}
    meta = {r[0]: r[1] for r in workbook[META_SHEET].iter_rows(values_only=True)}
    # An empty string is stored as an empty cell: openpyxl reads it back as None.
    key = contract.META_ORGANISATION
    assert key in meta and meta[key] is None


def test_one_file_for_chosen_organisations(session: Session, built: Built, tmp_path: Path) -> None:
    [path] = _export(
        session, built, tmp_path, SBF, POLICE, formats=("xlsx",), one_file_for_all=True
    )
    assert path.name == "Åtgärdslista valda organisationer 2026-11-17.xlsx"
    sheet = load_workbook(path)[ACTIONS_SHEET]
    assert sheet["A1"].value == "Åtgärdslista – valda organisationer"
    assert [r[1] for r in sheet.iter_rows(min_row=5, values_only=True)] == [POLICE, SBF]
    [single] = _export(session, built, tmp_path, KOF, formats=("xlsx",), one_file_for_all=True)
    assert single.name == f"Åtgärdslista {KOF} 2026-11-17.xlsx"


def test_an_empty_list_says_so(session: Session, built: Built, tmp_path: Path) -> None:
    path = _only(_export(session, built, tmp_path, SOC, formats=("xlsx",)), ".xlsx")
    workbook = load_workbook(path)
    sheet = workbook[ACTIONS_SHEET]
    assert sheet["A5"].value == "Inga öppna åtgärder."
    # Nothing the importer could take as a row.
    assert sheet[f"{contract.ACTION_ID.letter}5"].value is None
    assert sheet.data_validations.dataValidation == []
    assert workbook[CLOSED_SHEET]["A5"].value == "Inga åtgärder har stängts under perioden."


# --- files and folders ----------------------------------------------------------------------


def test_two_organisations_make_four_files_in_a_dated_folder(
    session: Session, built: Built, tmp_path: Path
) -> None:
    seen: list[tuple[int, int, str]] = []
    paths = _export(session, built, tmp_path, SBF, POLICE, progress=lambda *args: seen.append(args))
    folder = tmp_path / "Åtgärdslistor 2026-11-17"
    assert [p.parent for p in paths] == [folder] * 4
    assert [p.name for p in paths] == [
        f"Åtgärdslista {SBF} 2026-11-17.docx",
        f"Åtgärdslista {SBF} 2026-11-17.xlsx",
        f"Åtgärdslista {POLICE} 2026-11-17.docx",
        f"Åtgärdslista {POLICE} 2026-11-17.xlsx",
    ]
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in paths)
    assert seen == [(0, 4, "")] + [(n, 4, p.name) for n, p in enumerate(paths, 1)]


def test_all_organisations_with_something_to_show(
    session: Session, built: Built, tmp_path: Path
) -> None:
    paths = _export(session, built, tmp_path)
    assert [p.name for p in paths if p.suffix == ".xlsx"] == [
        f"Åtgärdslista {name} 2026-11-17.xlsx" for name in (KOF, POLICE, SBF)
    ]


def test_organisation_names_made_safe_for_file_names(
    session: Session, built: Built, tmp_path: Path
) -> None:
    assert safe_file_part('Polis/Region: Syd "LPO"?') == "Polis-Region- Syd -LPO--"
    assert safe_file_part(" ... ") == "organisation"
    odd = reference.save_organisation(session=session, name="Hamn/Tull", kind="extern")
    paths = export_action_lists(
        session=session, out_dir=tmp_path, organisation_ids=[odd.id], today=TODAY
    )
    assert [p.name for p in paths] == [
        "Åtgärdslista Hamn-Tull 2026-11-17.docx",
        "Åtgärdslista Hamn-Tull 2026-11-17.xlsx",
    ]


def test_a_missing_folder_is_a_known_error(session: Session, built: Built, tmp_path: Path) -> None:
    with pytest.raises(KnownError) as error:
        _export(session, built, tmp_path / "finns-inte")
    assert error.value.text == safe_write.FOLDER_MISSING


def test_a_failed_write_leaves_the_earlier_file(
    session: Session, built: Built, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    [earlier] = _export(session, built, tmp_path, SBF, formats=("xlsx",))
    before = earlier.read_bytes()

    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(KnownError) as error:
        _export(session, built, tmp_path, SBF, formats=("xlsx",))
    assert error.value.text == safe_write.FILE_IN_USE
    assert earlier.read_bytes() == before
    assert [p.name for p in earlier.parent.iterdir()] == [earlier.name]


@pytest.mark.sqlite_only("reads the file with sqlite3")
def test_a_new_database_identity_survives_a_failed_export(
    session: Session, built: Built, tmp_path: Path, db_path: Path
) -> None:
    """Files written before a failure carry the identity, so it must be kept."""
    blocker = tmp_path / "Åtgärdslistor 2026-11-17"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(KnownError):
        _export(session, built, tmp_path, SBF)
    session.rollback()
    with sqlite3.connect(db_path) as connection:
        stored = connection.execute(
            "SELECT value FROM app_setting WHERE key = 'database.id'"
        ).fetchall()
    assert stored == [(database_id(session=session),)]


# --- command line ----------------------------------------------------------------------------


def _run(args: list[str], capsys) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    captured = capsys.readouterr()
    return exit_info.value.code, captured.out + captured.err


@pytest.mark.sqlite_only("the command line opens the file")
def test_command_line_exports_every_list(
    session: Session, built: Built, db_path: Path, tmp_path: Path, capsys
) -> None:
    session.commit()
    out = tmp_path / "Delad mapp"
    out.mkdir()
    code, text = _run(["export-actions", "--db", str(db_path), "--out", str(out)], capsys)
    assert code == 0, text
    [folder] = out.iterdir()
    assert folder.name == f"Åtgärdslistor {date.today().isoformat()}"
    assert len(list(folder.iterdir())) == 6  # three organisations, Word and Excel
    assert f"Åtgärdslista {POLICE} {date.today().isoformat()}.xlsx" in text


@pytest.mark.sqlite_only("the command line opens the file")
def test_command_line_one_organisation_one_format(
    session: Session, built: Built, db_path: Path, tmp_path: Path, capsys
) -> None:
    session.commit()
    code, text = _run(
        [
            "export-actions",
            "--db",
            str(db_path),
            "--out",
            str(tmp_path),
            "--organisation",
            "  samhällsbyggnadsförvaltningen ",
            "--format",
            "xlsx",
        ],
        capsys,
    )
    assert code == 0, text
    folder = tmp_path / f"Åtgärdslistor {date.today().isoformat()}"
    assert [p.name for p in folder.iterdir()] == [
        f"Åtgärdslista {SBF} {date.today().isoformat()}.xlsx"
    ]


@pytest.mark.sqlite_only("the command line opens the file")
def test_command_line_unknown_organisation(
    session: Session, built: Built, db_path: Path, tmp_path: Path, capsys
) -> None:
    session.commit()
    code, text = _run(
        [
            "export-actions",
            "--db",
            str(db_path),
            "--out",
            str(tmp_path),
            "--organisation",
            "Polisen Syd",
        ],
        capsys,
    )
    assert code == 1
    assert "det finns ingen organisation som heter 'Polisen Syd'" in text
    assert f"\n  {POLICE}\n" in text and f"\n  {SBF}\n" in text
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("Åtgärdslistor")]


@pytest.mark.sqlite_only("the command line opens the file")
def test_command_line_missing_folder(
    session: Session, built: Built, db_path: Path, tmp_path: Path, capsys, qapp
) -> None:
    # ``qapp``: the message is translated through Qt, which would otherwise create a bare
    # QCoreApplication that later widget tests cannot use.
    session.commit()
    code, text = _run(
        ["export-actions", "--db", str(db_path), "--out", str(tmp_path / "saknas")], capsys
    )
    assert code == 1
    assert str(tmp_path / "saknas") in text


# --- LibreOffice --------------------------------------------------------------------------


def test_both_formats_open_in_libreoffice(session: Session, built: Built, tmp_path: Path) -> None:
    paths = _export(session, built, tmp_path, SBF)
    texts = {path.suffix: text_as_read(path, tmp_path) for path in paths}
    for text in texts.values():
        assert f"Åtgärdslista – {SBF}" in text
        assert LIGHTS in text
        assert "Försenad" in text
        assert GRAFFITI in text  # closed since the last meeting
    assert "Stängda åtgärder" in texts[".docx"]
    assert contract.NEW_STATUS.header in texts[".xlsx"]
    assert "in_progress" not in texts[".xlsx"]  # the hidden columns are not printed


def test_a_list_exported_days_after_the_meeting_still_shows_what_it_closed(
    session: Session, built: Built
) -> None:
    later = action_list_for(
        session=session, organisation_id=built.orgs[SBF], today=THIRD + timedelta(days=2)
    )
    assert [r.action.description for r in later.closed] == [GRAFFITI]
    assert later.latest_meeting == THIRD
