"""Text that looks like a formula stays text in every table we write, text that XML
cannot hold never reaches a document or the database, and an answered list is read
only as far as it holds answers (issue 17, points 4, 5 and 7)."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime
from pathlib import Path
from zipfile import ZipFile

import pytest
from docx import Document
from openpyxl import Workbook, load_workbook
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session

from est_desktop.db import session_scope
from est_desktop.errors import ValidationError
from est_desktop.models import ActionUpdate, AgendaItem, Meeting
from est_desktop.services import incidents, reference
from est_desktop.services.action_lists.answers import Reason, apply_answers, read_answers
from est_desktop.services.action_lists.gather import export_action_lists
from est_desktop.services.actions import decisions as actions
from est_desktop.services.documents.table_export import as_tab_separated, write_csv
from est_desktop.services.limits import (
    DATE_OUT_OF_RANGE,
    MAX_TEXT,
    TEXT_TOO_LONG,
    clean_text,
    one_line,
    xml_safe,
)
from est_desktop.services.meetings import agenda as meetings
from est_desktop.services.minutes.gather import export_minutes
from tests.services.records import MEETING_DAY, action_data, incident_data

from .action_lists.answer_files import edit

LINK = '=HYPERLINK("http://x","klicka")'
DDE = "=cmd|' /C calc'!A0"
SHEET = "Åtgärder"
# Columns of the exported list: A the action, E the contact person, H the latest note,
# L and M the answer's comment and who answered, N the action id.
ACTION, CONTACT, LATEST_NOTE, COMMENT, ANSWERED_BY, ACTION_ID = 1, 5, 8, 12, 13, 14
EXPORTED = MEETING_DAY


def exported_list(session: Session, folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    (path,) = export_action_lists(
        session=session, out_dir=folder, formats=("xlsx",), one_file_for_all=True, today=EXPORTED
    )
    return path


def row_of(sheet, action_id: int) -> int:
    return next(
        row for row in range(5, sheet.max_row + 1) if sheet.cell(row, ACTION_ID).value == action_id
    )


def put_text(path: Path, cells: dict[tuple[int, int], object]) -> Path:
    """What a participant types in Excel, as a string cell even when it starts with '='
    (Excel keeps "'=…" as such text), saved now."""

    def change(workbook: Workbook) -> None:
        sheet = workbook[SHEET]
        for (row, column), value in cells.items():
            cell = sheet.cell(row, column, value)
            if isinstance(value, str):
                cell.data_type = "s"

    return edit(path, change, saved_at=datetime.now(UTC))


# --- 4: formulas ---------------------------------------------------------------------------


def test_an_action_that_looks_like_a_formula_is_exported_as_text(
    session: Session, item: AgendaItem, tmp_path: Path
) -> None:
    decided = actions.decide_action(
        session=session, item_id=item.id, data=action_data(session, description=LINK)
    )
    decided.contact_person = DDE  # the form's own cleaning keeps it as typed too
    session.add(decided)
    session.flush()
    path = exported_list(session, tmp_path)

    sheet = load_workbook(path, data_only=False)[SHEET]
    row = row_of(sheet, decided.id)
    for column, expected in ((ACTION, LINK), (CONTACT, DDE)):
        cell = sheet.cell(row, column)
        assert (cell.data_type, cell.value) == ("s", expected)
    with ZipFile(path) as package:
        assert b"<f>" not in package.read("xl/worksheets/sheet1.xml")


def test_an_answer_that_looks_like_a_formula_comes_back_as_text_in_the_next_list(
    session: Session, item: AgendaItem, tmp_path: Path
) -> None:
    decided = actions.decide_action(session=session, item_id=item.id, data=action_data(session))
    path = exported_list(session, tmp_path / "first")
    row = row_of(load_workbook(path)[SHEET], decided.id)
    put_text(path, {(row, COMMENT): LINK, (row, ANSWERED_BY): "@SUM(1+1)"})

    preview = read_answers(session=session, paths=[path])
    assert [(c.comment, c.answered_by) for c in preview.changes] == [(LINK, "@SUM(1+1)")]
    apply_answers(session=session, changes=preview.changes)

    again = load_workbook(exported_list(session, tmp_path / "second"), data_only=False)[SHEET]
    cell = again.cell(row_of(again, decided.id), LATEST_NOTE)
    assert (cell.data_type, cell.value) == ("s", LINK)


def test_csv_and_pasted_tables_quote_text_that_would_be_a_formula(tmp_path: Path) -> None:
    rows = [
        [LINK, "12", "3,5 %"],
        ["+46 Torget", "-3", "@SUM(A1)"],
        ["-1+2", "1 204", "Östra torget"],
    ]
    target = write_csv(tmp_path / "platser.csv", ["Plats", "Antal", "Andel"], rows)
    assert target.read_bytes().decode("utf-8-sig").splitlines() == [
        "Plats;Antal;Andel",
        '"\'=HYPERLINK(""http://x"",""klicka"")";12;3,5 %',
        "'+46 Torget;-3;'@SUM(A1)",
        "'-1+2;1 204;Östra torget",
    ]
    pasted = as_tab_separated(["Plats", "Antal"], [[DDE, "12"], ["Torget", "3,5 %"]])
    assert pasted.splitlines() == ["Plats\tAntal", f"'{DDE}\t12", "Torget\t3,5 %"]


# --- 5: text cleaning ----------------------------------------------------------------------


def test_noncharacters_and_overrides_are_dropped_and_embeddings_kept_in_prose() -> None:
    pasted = "Bil\ufffe i\uffff brand\U0001fffe\U0010ffff\ufdd0\ufdef vid \u202ehamnen\u202d"
    assert clean_text(pasted) == "Bil i brand vid hamnen"
    assert clean_text("Graffiti vid \u202bהמסוף\u202c") == "Graffiti vid \u202bהמסוף\u202c"
    assert clean_text("slut\ud800") == "slut"
    assert one_line("\u2067Kim\u2069 \u202aLarsson\u202c \u202e") == "Kim Larsson"


def test_names_and_places_are_saved_without_noncharacters_or_overrides(
    engine: Engine, session: Session, item: AgendaItem
) -> None:
    decided = actions.decide_action(
        session=session,
        item_id=item.id,
        data=action_data(
            session, description="Laga\ufffe busskuren\uffff", contact_person="Kim \u202eLarsson"
        ),
    )
    recorded = incidents.record_incident(
        session=session,
        item_id=item.id,
        data=incident_data(session, location_detail="vid \u202egnik\ufffe"),
        today=MEETING_DAY,
    )
    place = reference.save_place(session=session, name="Kajen vid\u202e fyren\uffff")
    session.commit()
    with session_scope(engine) as fresh:
        action = actions.get_action(session=fresh, action_id=decided.id)
        assert (action.description, action.contact_person) == ("Laga busskuren", "Kim Larsson")
        stored = incidents.get_incident(session=fresh, incident_id=recorded.id)
        assert stored.location_detail == "vid gnik"
        assert reference.find_place(session=fresh, text="Kajen vid fyren").id == place.id


def test_the_reopen_reason_is_cleaned_and_limited_like_other_texts(
    session: Session, meeting: Meeting
) -> None:
    meetings.finalise_meeting(
        session=session, meeting_id=meeting.id, user="t", confirm_no_attendance=True
    )
    with pytest.raises(ValidationError) as refused:
        meetings.reopen_meeting(
            session=session, meeting_id=meeting.id, user="t", reason="x" * (MAX_TEXT + 1)
        )
    assert refused.value.errors == {"reason": TEXT_TOO_LONG}
    assert meetings.get_meeting(session=session, meeting_id=meeting.id).is_finalised

    meetings.reopen_meeting(
        session=session, meeting_id=meeting.id, user="t", reason=" Fel\ufffe\n datum\u202e "
    )
    events = meetings.meeting_events(session=session, meeting_id=meeting.id)
    assert [e.reason for e in events if e.reason] == ["Fel datum"]


def test_xml_safe_copies_a_database_row_rather_than_changing_it() -> None:
    row = ActionUpdate(action_id=1, meeting_id=1, status="done", note="Klar\uffff")
    cleaned = xml_safe([row, ("a\x0bb", "c")])
    assert cleaned[0].note == "Klar" and row.note == "Klar\uffff"
    assert cleaned[1] == ("ab", "c")
    untouched = [row.status, ("c",)]
    assert xml_safe(untouched) is untouched


def _stored_directly(session: Session, item: AgendaItem, decided_id: int) -> None:
    """Text saved before the cleaning existed: written with plain SQL, past the services."""
    session.execute(
        text("UPDATE agenda_item SET notes = :notes WHERE id = :id"),
        {"notes": "Anteckning\uffff ett\x0b", "id": item.id},
    )
    session.execute(
        text("UPDATE action SET description = :text, contact_person = :text WHERE id = :id"),
        {"text": "Laga\ufffe busskuren", "id": decided_id},
    )
    session.execute(
        text("UPDATE meeting SET location = :text WHERE id = :id"),
        {"text": "Rådhuset\uffff", "id": item.meeting_id},
    )
    session.commit()
    session.expire_all()


def test_minutes_and_lists_are_written_over_text_stored_before_the_cleaning(
    session: Session, item: AgendaItem, tmp_path: Path
) -> None:
    decided = actions.decide_action(session=session, item_id=item.id, data=action_data(session))
    _stored_directly(session, item, decided.id)

    path = export_minutes(session=session, meeting_id=item.meeting_id, out_path=tmp_path / "m.docx")
    document = Document(str(path))
    paragraphs = [p.text for p in document.paragraphs]
    assert "Anteckning ett" in paragraphs
    assert "Plats\tRådhuset" in paragraphs
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert "Laga busskuren" in cells

    written = export_action_lists(
        session=session, out_dir=tmp_path, one_file_for_all=True, today=EXPORTED
    )
    assert sorted(p.suffix for p in written) == [".docx", ".xlsx"]
    sheet = load_workbook(next(p for p in written if p.suffix == ".xlsx"))[SHEET]
    assert sheet.cell(row_of(sheet, decided.id), ACTION).value == "Laga busskuren"


# --- 7: the answer import ------------------------------------------------------------------


@pytest.mark.parametrize("due", [date(9999, 12, 31), "9999-12-31", date(1999, 12, 31)])
def test_an_answered_due_date_outside_the_years_the_app_serves_is_refused(
    session: Session, item: AgendaItem, tmp_path: Path, due: object
) -> None:
    decided = actions.decide_action(session=session, item_id=item.id, data=action_data(session))
    path = exported_list(session, tmp_path)
    row = row_of(load_workbook(path)[SHEET], decided.id)
    put_text(path, {(row, COMMENT - 1): due})

    preview = read_answers(session=session, paths=[path])
    assert preview.changes == []
    assert [(r.row, r.reason, r.message) for r in preview.rejections] == [
        (row, Reason.DATE_OUT_OF_RANGE, DATE_OUT_OF_RANGE)
    ]


def _claim_every_row(workbook: Workbook) -> None:
    """A stray cell in the sheet's very last row, 1,048,576."""
    workbook[SHEET].cell(1_048_576, 1, "x")


@pytest.mark.parametrize("crafted", ["stray cell", "dimension"])
def test_a_sheet_claiming_a_million_rows_is_read_quickly(
    session: Session, item: AgendaItem, tmp_path: Path, crafted: str
) -> None:
    decided = actions.decide_action(session=session, item_id=item.id, data=action_data(session))
    path = exported_list(session, tmp_path)
    row = row_of(load_workbook(path)[SHEET], decided.id)
    put_text(path, {(row, COMMENT): "Klart i veckan"})
    if crafted == "stray cell":
        edit(path, _claim_every_row, saved_at=datetime.now(UTC))
    else:
        _rewrite_dimension(path, "A1:O1048576")

    started = time.perf_counter()
    preview = read_answers(session=session, paths=[path])
    assert time.perf_counter() - started < 3
    assert [(c.action_id, c.comment) for c in preview.changes] == [(decided.id, "Klart i veckan")]


def _rewrite_dimension(path: Path, ref: str) -> None:
    import re

    with ZipFile(path) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode("utf-8")
    parts["xl/worksheets/sheet1.xml"] = re.sub(
        r'<dimension ref="[^"]*"', f'<dimension ref="{ref}"', sheet
    ).encode("utf-8")
    with ZipFile(path, "w") as package:
        for name, data in parts.items():
            package.writestr(name, data)
