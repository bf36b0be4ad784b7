"""The command line writes the same documents as the window: in English when asked, from the
kommun's template, and as PDF too."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document

from est_desktop.cli import main
from est_desktop.db import session_scope
from est_desktop.models import MeetingCreate
from est_desktop.services.documents import pdf
from est_desktop.services.meetings import agenda as meetings
from tests.kommun_template import FIRST_PAGE_HEADER, HEADING_FONT, make_kommun_template

DAY = date(2026, 11, 24)


def _run(args: list[str], capsys) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    captured = capsys.readouterr()
    return exit_info.value.code, captured.out + captured.err


@pytest.fixture
def meeting_db(engine, db_path: Path) -> Path:
    with session_scope(engine) as session:
        meetings.create_meeting(session=session, data=MeetingCreate(date=DAY))
    engine.dispose()
    return db_path


def _export(db: Path, out: Path, *extra: str) -> list[str]:
    return ["export-minutes", "--db", str(db), "--meeting", DAY.isoformat(), "--out", str(out)] + [
        *extra
    ]


def test_english_minutes_from_the_kommuns_template(capsys, meeting_db, tmp_path):
    template = make_kommun_template(tmp_path / "brevmall.docx")
    out = tmp_path / "minutes.docx"

    code, text = _run(
        _export(meeting_db, out, "--language", "en", "--template", str(template)), capsys
    )

    assert code == 0, text
    assert "”Rubrik 1” används som Heading 1" in text  # what the template lacked is said
    document = Document(str(out))
    headings = [p for p in document.paragraphs if p.style.name == "Heading 1"]
    assert "Present" in [p.text for p in headings]
    assert headings[0].style.font.name == HEADING_FONT
    assert FIRST_PAGE_HEADER in document.sections[0].first_page_header.paragraphs[0].text


def test_pdf_too_and_a_clear_message_when_nothing_can_make_it(
    capsys, meeting_db, tmp_path, monkeypatch
):
    monkeypatch.setattr(pdf, "find_converter", lambda: None)
    out = tmp_path / "minnesanteckningar.docx"

    code, text = _run(_export(meeting_db, out, "--pdf"), capsys)

    assert code == 1
    assert out.is_file()  # the Word file is written first and stays
    assert "LibreOffice" in text and "Word" in text
    assert not out.with_suffix(".pdf").exists()


def test_a_template_that_is_no_word_file_stops_before_anything_is_written(
    capsys, meeting_db, tmp_path
):
    bad = tmp_path / "mall.docx"
    bad.write_text("inte en mall")
    out = tmp_path / "minnesanteckningar.docx"

    code, text = _run(_export(meeting_db, out, "--template", str(bad)), capsys)

    assert code == 1 and str(bad) in text
    assert not out.exists()
