"""Every kind of document, in Swedish, in English and from the kommun's own template, saved as
PDF the way the app does it, and read as a reader of the PDF sees it: the headings and the
table headings are there and in the document's language, and the kommun's letterhead is at
the top of the first page. The first page of each is saved under test-output/documents/.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from sqlmodel import Session

from est_desktop.bootstrap import open_database
from est_desktop.db import session_scope
from est_desktop.services.action_lists.gather import export_action_lists
from est_desktop.services.demo.weeks import create_demo_database
from est_desktop.services.documents.options import DocumentOptions
from est_desktop.services.documents.pdf import find_converter, save_as_pdf
from est_desktop.services.meetings import agenda as meetings
from est_desktop.services.minutes.gather import export_minutes
from est_desktop.services.reports.write import write_report
from tests.kommun_template import (
    FIRST_PAGE_HEADER,
    FOOTER,
    OTHER_PAGES_HEADER,
    SAMPLE_TEXT,
    make_kommun_template,
)
from tests.services.documents.test_document_language import (
    DEMO_TODAY,
    FINAL,
    FOLLOW_UP,
    _list_data,
    _minutes_data,
    _report_data,
    english_left,
    swedish_left,
)

SHOTS = Path(__file__).resolve().parents[3] / "test-output" / "documents"
KINDS = ("minutes", "action_list", "follow_up", "final")
VARIANTS = ("sv", "en", "sv-kommun", "en-kommun")

# A reader finds these where the document is in that language (and never the other's).
EXPECTED = {
    ("minutes", "sv"): ["Minnesanteckningar EST-möte", "Närvarande", "Nästa möte"],
    ("minutes", "en"): ["Minutes of the EST meeting", "Present", "Next meeting"],
    ("action_list", "sv"): ["Åtgärdslista", "Öppna åtgärder"],
    ("action_list", "en"): ["Action list", "Open actions"],
    ("follow_up", "sv"): ["Uppföljning av samverkansöverenskommelsen"],
    ("follow_up", "en"): ["Follow-up of the cooperation agreement"],
    ("final", "sv"): ["Slutrapport"],
    ("final", "en"): ["Final report"],
}


@pytest.fixture(scope="module")
def converter():
    found = find_converter()
    if found is None or shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice and poppler-utils are required in CI")
        pytest.skip("LibreOffice or poppler-utils not installed")
    return found


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    engine = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    with session_scope(engine) as session:
        create_demo_database(session=session, today=DEMO_TODAY)
    with session_scope(engine) as session:
        yield session
    engine.dispose()


@pytest.fixture(scope="module")
def kommun(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_kommun_template(tmp_path_factory.mktemp("mall") / "Brevmall.docx")


def _last_finalised(session: Session):
    """The meeting the minutes of the week are written for: the latest one held."""
    latest = meetings.latest_meeting(session=session)
    return meetings.previous_meeting(session=session, meeting=latest)


def _write(session: Session, kind: str, folder: Path, options: DocumentOptions) -> Path:
    folder.mkdir(parents=True)
    if kind == "minutes":
        meeting = _last_finalised(session)
        return export_minutes(
            session=session, meeting_id=meeting.id, out_path=folder, options=options
        )
    if kind == "action_list":
        (path,) = export_action_lists(
            session=session,
            out_dir=folder,
            one_file_for_all=True,
            formats=("docx",),
            today=DEMO_TODAY,
            options=options,
        )
        return path
    start, end = FOLLOW_UP if kind == "follow_up" else FINAL
    return write_report(
        session=session,
        kind="uppfoljning" if kind == "follow_up" else "slutrapport",
        date_from=start,
        date_to=end,
        target=folder,
        today=DEMO_TODAY,
        options=options,
    )


def _data(session: Session, kind: str, language: str) -> list[str]:
    if kind == "minutes":
        meeting = _last_finalised(session)
        return _minutes_data(session, meeting.id, language)
    if kind == "action_list":
        return _list_data(session, language)
    return _report_data(session, "uppfoljning" if kind == "follow_up" else "slutrapport", language)


def _read(pdf: Path, *pages: int) -> str:
    options = ["-f", str(pages[0]), "-l", str(pages[-1])] if pages else []
    text = subprocess.run(
        ["pdftotext", "-raw", *options, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text


def _squashed(text: str) -> str:
    """Where this machine's fonts broke a line does not matter to a reader."""
    return "".join(text.split())


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(
        next(line for line in info.stdout.splitlines() if line.startswith("Pages:")).split()[1]
    )


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("kind", KINDS)
def test_the_pdf_reads_as_the_document_in_its_language(
    demo, kommun, converter, tmp_path, kind, variant
):
    language, _, template = variant.partition("-")
    options = DocumentOptions(language=language, template=kommun if template else None)
    docx = _write(demo, kind, tmp_path / "out", options)

    pdf = save_as_pdf(docx, converter=converter)

    SHOTS.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "60",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(pdf),
            str(SHOTS / f"{kind}-{variant}"),
        ],
        check=True,
    )
    text = _read(pdf)
    read = _squashed(text)
    document = Document(str(docx))
    headings = [
        p.text
        for p in document.paragraphs
        if p.text.strip() and p.style.name.startswith(("Heading", "Title"))
    ]
    assert headings, "the document has headings"
    missing = [heading for heading in headings if _squashed(heading) not in read]
    assert missing == []
    table_headings = [cell.text for table in document.tables for cell in table.rows[0].cells]
    assert [h for h in table_headings if _squashed(h) not in read] == []
    for phrase in EXPECTED[(kind, language)]:
        assert _squashed(phrase) in read
    other = "en" if language == "sv" else "sv"
    for phrase in EXPECTED[(kind, other)]:  # as a heading: the notes may say anything
        assert not any(heading.startswith(phrase) for heading in headings)
    data = _data(demo, kind, language)
    left = swedish_left(text, data) if language == "en" else english_left(text, data)
    assert left == []

    first_page = _squashed(_read(pdf, 1))
    if template:
        assert _squashed(FIRST_PAGE_HEADER) in first_page
        assert _squashed(FOOTER) in first_page
        assert _squashed(SAMPLE_TEXT) not in read
        if _pages(pdf) > 1:
            assert _squashed(OTHER_PAGES_HEADER) in _squashed(_read(pdf, 2))
    else:
        assert _squashed(FIRST_PAGE_HEADER) not in first_page
        assert ("Page1of" if language == "en" else "Sida1av") in first_page
