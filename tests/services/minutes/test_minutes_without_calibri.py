"""The minutes read on a computer without Calibri: LibreOffice sets them in the sans serif
it has, here DejaVu Sans (about a quarter wider than Calibri) or Liberation Sans, and a reader
still finds every word of the tables, every name and every date whole on its line.

LibreOffice runs with a fontconfig of its own that knows one font folder and the system's
rules for which font stands in for which, so no other font installed here takes part. The
PDF is read as words on lines (``pdftotext -bbox-layout``); the first page set in DejaVu is
saved as test-output/documents/minutes_dejavu.png.
"""

from __future__ import annotations

import os
import re
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from docx import Document

from est_desktop.bootstrap import open_database
from est_desktop.db import session_scope
from est_desktop.services.demo.weeks import create_demo_database
from est_desktop.services.documents.options import DocumentOptions
from est_desktop.services.documents.pdf import find_converter
from est_desktop.services.meetings import agenda as meetings
from est_desktop.services.minutes.gather import export_minutes
from tests.services.documents.test_document_language import build

SHOT = Path(__file__).resolve().parents[3] / "test-output" / "documents" / "minutes_dejavu.png"
# The demo's minutes of Tuesday 1 December 2026, the last meeting held by then.
DEMO_TODAY = date(2026, 12, 3)
MEETING_DAY = "1 december 2026"

# Font sets a reader may have instead of Calibri (or Carlito, its metric twin): the family
# looked up with fc-list, and what each font's name in the PDF starts with.
FONT_SETS = {"dejavu": ("DejaVu Sans", "DejaVu"), "liberation": ("Liberation Sans", "Liberation")}

_PUNCTUATION = ".,;:()"
_MONTHS = (
    "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|"
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
# Read as one thing, so on one line: '1 december 2026', 'v. 48', 'week 52 2025'.
_ON_ONE_LINE = re.compile(
    rf"\b\d{{1,2}} (?:{_MONTHS}) \d{{4}}\b|\b(?:v\.|week) \d{{1,2}}(?: \d{{4}})?\b"
)
_ISO_DATE = re.compile(r"\b\d{4}-\d\d-\d\d\b")
# The answered file's name: six columns of names, dates and a file name are more than the
# page holds in DejaVu Sans, and the file name, a reference rather than words read, is the
# text the minutes let break.
FILE_COLUMNS = {"Fil", "File"}


@dataclass(frozen=True)
class Minutes:
    name: str
    docx: Path


@pytest.fixture(scope="module")
def tools() -> dict[str, str]:
    found = {name: shutil.which(name) for name in ("pdftotext", "pdffonts", "pdftoppm", "fc-list")}
    converter = find_converter()
    if converter is not None and converter.kind == "libreoffice":
        found["soffice"] = str(converter.program)
    else:
        found["soffice"] = None
    missing = [name for name, path in found.items() if path is None]
    if sys.platform != "linux":
        pytest.skip("LibreOffice takes its fonts from fontconfig on Linux only")
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"LibreOffice, poppler-utils and fontconfig are required in CI: {missing}")
        pytest.skip(f"not installed: {', '.join(missing)}")
    return {name: str(path) for name, path in found.items()}


@pytest.fixture(scope="module")
def minutes(tmp_path_factory: pytest.TempPathFactory) -> list[Minutes]:
    """The demo's minutes in Swedish (with the confidential incidents) and in English, and
    minutes with answered action lists (the widest table)."""
    folder = tmp_path_factory.mktemp("minutes")
    written = []
    engine = open_database(folder / "demo.sqlite3")
    with session_scope(engine) as session:
        create_demo_database(session=session, today=DEMO_TODAY)
    with session_scope(engine) as session:
        held = meetings.previous_meeting(
            session=session, meeting=meetings.latest_meeting(session=session)
        )
        for language, confidential in (("sv", True), ("en", False)):
            path = export_minutes(
                session=session,
                meeting_id=held.id,
                out_path=folder / f"demo-{language}.docx",
                include_confidential=confidential,
                options=DocumentOptions(language=language),
            )
            written.append(Minutes(f"demo-{language}", path))
    engine.dispose()
    engine = open_database(folder / "answers.sqlite3")
    with session_scope(engine) as session:
        (folder / "sent").mkdir()
        scenario = build(session, folder / "sent")
        path = export_minutes(
            session=session, meeting_id=scenario.meeting_id, out_path=folder / "answers-sv.docx"
        )
        written.append(Minutes("answers-sv", path))
    engine.dispose()
    return written


def _font_folder(fc_list: str, family: str) -> Path | None:
    files = subprocess.run(
        [fc_list, "--format", "%{file}\n", family], capture_output=True, text=True, check=False
    ).stdout.split()
    return Path(files[0]).parent if files else None


def _fontconfig(folder: Path, work: Path) -> Path:
    """A fonts.conf with ``folder`` as its only fonts, and the system's rules for which font
    stands in for a missing one (Calibri → Carlito, else the sans serif), leaving out any
    rule file that adds folders or reads the user's own configuration."""
    rules = [
        path
        for path in sorted(Path("/etc/fonts/conf.d").glob("*.conf"))
        if not re.search(r"<(?:dir|include)\b", path.read_text(encoding="utf-8", errors="replace"))
    ]
    includes = "".join(f"<include>{escape(str(path))}</include>" for path in rules)
    config = work / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">'
        f"<fontconfig><dir>{escape(str(folder))}</dir>"
        f"<cachedir>{escape(str(work / 'cache'))}</cachedir>{includes}</fontconfig>",
        encoding="utf-8",
    )
    return config


def _render(tools: dict[str, str], family: str, documents: list[Minutes], work: Path) -> Path:
    """The documents as PDF, made by LibreOffice seeing only the fonts of ``family``."""
    folder = _font_folder(tools["fc-list"], family)
    if folder is None:
        if family == FONT_SETS["dejavu"][0] and os.environ.get("CI"):
            pytest.fail(f"{family} is required in CI")
        pytest.skip(f"{family} is not installed")
    out = work / "pdf"
    subprocess.run(
        [
            tools["soffice"],
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *(str(m.docx) for m in documents),
        ],
        env=dict(os.environ, FONTCONFIG_FILE=str(_fontconfig(folder, work))),
        check=True,
        capture_output=True,
        timeout=300,
    )
    return out


def _fonts_in(pdffonts: str, pdf: Path) -> set[str]:
    listing = subprocess.run([pdffonts, str(pdf)], capture_output=True, text=True, check=True)
    names = [line.split()[0] for line in listing.stdout.splitlines()[2:] if line.strip()]
    return {name.partition("+")[2] or name for name in names}


def _lines(pdftotext: str, pdf: Path) -> Iterator[list[list[str]]]:
    """Each text block of the PDF (a table cell, a paragraph) as its lines of words."""
    xhtml = subprocess.run(
        [pdftotext, "-bbox-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    namespace = "{http://www.w3.org/1999/xhtml}"
    for block in ET.fromstring(xhtml).iter(f"{namespace}block"):
        yield [
            [word.text or "" for word in line.iter(f"{namespace}word")]
            for line in block.iter(f"{namespace}line")
        ]


def _words(text: str) -> list[str]:
    return [word for word in (w.strip(_PUNCTUATION) for w in text.split()) if word]


def _texts(docx: Path) -> list[str]:
    """Every text of the document body: paragraphs, table headers and cells (file names
    aside)."""
    document = Document(str(docx))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        headers = [cell.text for cell in table.rows[0].cells]
        for row in table.rows:
            texts += [
                cell.text
                for header, cell in zip(headers, row.cells, strict=True)
                if header not in FILE_COLUMNS or row is table.rows[0]
            ]
    return texts


def split_up(docx: Path, blocks: list[list[list[str]]]) -> list[str]:
    """The words and dates of ``docx`` a reader of the PDF does not find whole on a line.

    A word may end a line only where it has a hyphen of its own ('EST-' 'möte') or where
    the document marks one ('Samhällsbyggnads-' 'förvaltningen'); never inside a date."""
    texts = [" ".join(text.split()) for text in _texts(docx)]
    written = Counter(word for text in texts for word in _words(text))
    phrases = Counter(found for text in texts for found in _ON_ONE_LINE.findall(text))
    read: Counter[str] = Counter()
    read_phrases: Counter[str] = Counter()
    for lines in blocks:
        for line in lines:
            read.update(_words(" ".join(line)))
            read_phrases.update(_ON_ONE_LINE.findall(" ".join(line)))
        for line, following in pairwise(lines):
            if not line or not following:
                continue
            last, first = line[-1], following[0]
            if last.endswith("-") and last[:-1][-1:].isalpha():
                read[(last + first).strip(_PUNCTUATION)] += 1
                if first.startswith("förvaltning"):
                    read[(last[:-1] + first).strip(_PUNCTUATION)] += 1
    missing = [word for word, count in written.items() if read[word] < count]
    return missing + [phrase for phrase, count in phrases.items() if read_phrases[phrase] < count]


def test_the_width_table_is_dejavu_sans_or_wider() -> None:
    """The widths the tables are fitted with are never narrower than DejaVu Sans's own,
    regular and bold, and not so much wider that the columns are wasted."""
    import matplotlib  # its own copy of DejaVu Sans, on every machine
    from fontTools.ttLib import TTFont

    from est_desktop.services.documents.word import text_width_cm

    fonts = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    characters = string.ascii_letters + string.digits + "åäöÅÄÖéÉüÜ .,:;-–—()/&%+−±·§'\"!?*_"
    sample = "Skolområdeschef Samhällsbyggnadsförvaltningen Beslutad 2026-12-18 v. 49"
    for file, bold in (("DejaVuSans.ttf", False), ("DejaVuSans-Bold.ttf", True)):
        font = TTFont(fonts / file)
        glyphs, advances = font.getBestCmap(), font["hmtx"]
        per_em = font["head"].unitsPerEm

        def real(text: str, glyphs=glyphs, advances=advances, per_em=per_em) -> float:
            em = sum(advances[glyphs[ord(c)]][0] for c in text) / per_em
            return em * 10 * 2.54 / 72

        too_narrow = [c for c in characters if text_width_cm(c, 10, bold=bold) < real(c)]
        assert too_narrow == [], file
        assert text_width_cm(sample, 10, bold=bold) < 1.02 * real(sample), file


@pytest.mark.parametrize("fonts", FONT_SETS)
def test_no_word_name_or_date_is_split_without_calibri(
    tools: dict[str, str], minutes: list[Minutes], tmp_path: Path, fonts: str
) -> None:
    family, prefix = FONT_SETS[fonts]
    swedish = "\n".join(_texts(minutes[0].docx))
    for expected in ("Skolområdeschef", "Beslutad", "Samhällsbyggnadsförvaltningen", MEETING_DAY):
        assert expected in swedish  # the demo still has the cases the issue was about
    assert _ISO_DATE.search(swedish)
    out = _render(tools, family, minutes, tmp_path)

    split = {}
    for document in minutes:
        pdf = out / document.docx.with_suffix(".pdf").name
        assert pdf.is_file(), f"LibreOffice did not convert {document.name}"
        used = _fonts_in(tools["pdffonts"], pdf)
        assert used and all(name.startswith(prefix) for name in used), (document.name, used)
        if found := split_up(document.docx, list(_lines(tools["pdftotext"], pdf))):
            split[document.name] = found
    if fonts == "dejavu":
        SHOT.parent.mkdir(parents=True, exist_ok=True)
        first = out / minutes[0].docx.with_suffix(".pdf").name
        subprocess.run(
            [tools["pdftoppm"], "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile"]
            + [str(first), str(SHOT.with_suffix(""))],
            check=True,
        )
    assert not split, f"split over two lines in {family}: {split}"
