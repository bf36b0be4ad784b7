"""The kommun's own Word template: its styles, letterhead and header are what the exports
start from; what it lacks is taken from ours and said before it is used."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from docx import Document

from est_desktop.errors import KnownError
from est_desktop.services.documents.options import DocumentOptions
from est_desktop.services.documents.template import check_template, new_document
from tests.kommun_template import (
    FIRST_PAGE_HEADER,
    HEADING_FONT,
    OTHER_PAGES_HEADER,
    SAMPLE_TEXT,
    make_kommun_template,
)


@pytest.fixture
def kommun(tmp_path: Path) -> Path:
    return make_kommun_template(tmp_path / "Trelleborgs kommun brevmall.docx")


def test_check_names_what_is_taken_and_what_is_added(kommun):
    check = check_template(kommun)

    assert check.renamed == [
        ("Rubrik 1", "Heading 1"),
        ("Rubrik 2", "Heading 2"),
        ("Rubrik 3", "Heading 3"),
    ]
    assert {"Caption", "Tabellrubrik", "Tabelltext"} <= set(check.added)
    assert not check.complete


def test_our_own_template_lacks_nothing():
    from est_desktop.paths import resource_path

    assert check_template(resource_path("templates", "minutes.docx")).complete


def test_document_uses_the_kommuns_styles_header_and_logo(kommun):
    document = new_document(DocumentOptions(template=kommun))
    heading = document.add_heading("Närvarande", level=1)
    document.add_paragraph("Karta", "Caption")
    document.styles["Tabellrubrik"]  # added from ours: no KeyError in the table helper

    assert heading.style.font.name == HEADING_FONT  # "Rubrik 1" with its own font
    assert SAMPLE_TEXT not in [p.text for p in document.paragraphs]
    section = document.sections[0]
    assert section.different_first_page_header_footer
    assert FIRST_PAGE_HEADER in section.first_page_header.paragraphs[0].text
    assert section.header.paragraphs[0].text == OTHER_PAGES_HEADER
    logo = section.first_page_header.part.related_parts
    assert any(part.content_type == "image/png" for part in logo.values())


def test_a_word_template_file_dotx_is_used_too(kommun, tmp_path):
    dotx = tmp_path / "brevmall.dotx"
    with zipfile.ZipFile(kommun) as source, zipfile.ZipFile(dotx, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            target.writestr(item, data)
    with pytest.raises(ValueError):
        Document(str(dotx))  # python-docx alone refuses it

    document = new_document(DocumentOptions(template=dotx))

    assert document.add_heading("Närvarande", level=1).style.font.name == HEADING_FONT


@pytest.mark.parametrize(
    "content", [b"", b"not a zip at all", b"PK\x03\x04 damaged"], ids=["empty", "text", "broken"]
)
def test_a_file_that_is_no_word_document_is_refused_with_what_to_do(tmp_path, content):
    path = tmp_path / "mall.docx"
    path.write_bytes(content)

    with pytest.raises(KnownError) as raised:
        check_template(path)

    assert "save it as a Word document" in raised.value.text
    assert str(path) in raised.value.detail


def test_a_template_moved_away_since_is_named_at_export(tmp_path):
    with pytest.raises(KnownError) as raised:
        new_document(DocumentOptions(template=tmp_path / "borttagen.docx"))

    assert "Choose it again" in raised.value.text


def test_language_sets_spelling_and_our_footer(tmp_path):
    english = new_document(DocumentOptions(language="en"))
    swedish = new_document(DocumentOptions(language="sv"))

    def footer(document) -> str:
        return "".join(t.text for t in document.sections[0].footer._element.iter(_w("t")))

    def spelling(document) -> str:
        return document.styles.element.find(f".//{_w('lang')}").get(_w("val"))

    assert footer(english).startswith("Page 1 of")
    assert footer(swedish).startswith("Sida 1 av")
    assert spelling(english) == "en-GB"
    assert spelling(swedish) == "sv-SE"


def _w(tag: str) -> str:
    from docx.oxml.ns import qn

    return qn(f"w:{tag}")
