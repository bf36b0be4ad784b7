"""Word helpers every document shares: tables that break cleanly and repeat their
header, shading, a red alert, the confidentiality header, the map with its caption."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, RGBColor
from docx.text.paragraph import Paragraph

from .wording import CONFIDENTIAL_HEADER, NOTHING, SUBJECT, language_tag, period_text, t

if TYPE_CHECKING:
    from ..map.counts import IncidentMap

MAP_WIDTH = Cm(17)  # the text width of the A4 page, which the map is drawn for

_ALERT = RGBColor(0xA0, 0x1C, 0x1C)

_HEADER_FILL = "DCE3EE"


def alert(paragraph: Paragraph, text: str) -> None:
    run = paragraph.add_run(text)
    run.bold = True
    run.font.color.rgb = _ALERT


def note_nothing(document: DocxDocument, text: str | None = None) -> None:
    """``text`` (already in the document's language) in italics; 'Inget att notera.' by default."""
    document.add_paragraph().add_run(t(NOTHING) if text is None else text).italic = True


def map_caption(incident_map: IncidentMap) -> str:
    period = period_text(incident_map.filter.date_from, incident_map.filter.date_to)
    return t("Karta: händelser per plats, {period}.").format(period=period)


def add_map(document: DocxDocument, incident_map: IncidentMap) -> None:
    """The map at the text width, its caption under it on the same page; the picture
    carries the legend, scale, north arrow and the boundaries' source itself."""
    from ..map.picture import map_png  # matplotlib loads only for a document with a map

    document.add_picture(io.BytesIO(map_png(incident_map, title="")), width=MAP_WIDTH)
    picture = document.paragraphs[-1]
    picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
    picture.paragraph_format.keep_with_next = True
    document.add_paragraph(map_caption(incident_map), "Caption")


Cell = str | tuple[tuple[str, bool], ...]  # plain text, or (text, bold) runs


def add_table(
    document: DocxDocument,
    headers: Sequence[str],
    widths_cm: Sequence[float],
    rows: Sequence[Sequence[Cell]],
) -> None:
    table = document.add_table(rows=1, cols=len(headers))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)
    table_width = table._tbl.tblPr.find(qn("w:tblW"))
    table_width.set(qn("w:type"), "dxa")
    table_width.set(qn("w:w"), str(sum(Cm(w).twips for w in widths_cm)))
    # Style ids looked up once: python-docx finds a style by name, and checks it against
    # the default style, by searching all styles on every assignment.
    header_style = document.styles["Tabellrubrik"].style_id
    text_style = document.styles["Tabelltext"].style_id
    header = table.rows[0]
    repeat_and_keep(header, repeat=True)
    for cell, text in zip(header.cells, headers, strict=True):
        shade(cell, _HEADER_FILL)
        cell.paragraphs[0]._p.style = header_style
        cell.paragraphs[0].add_run(text)
    for values in rows:
        row = table.add_row()
        repeat_and_keep(row, repeat=False)
        for cell, value in zip(row.cells, values, strict=True):
            paragraph = cell.paragraphs[0]
            paragraph._p.style = text_style
            for text, bold in ((value, False),) if isinstance(value, str) else value:
                _add_breakable(paragraph, text, bold)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(width)


_COMPOUND_BREAK = re.compile(r"(?<=[a-zåäö])(?=förvaltning)")


def _add_breakable(paragraph: Paragraph, text: str, bold: bool) -> None:
    """Adds ``text`` with a soft hyphen in 'Samhällsbyggnads-förvaltningen' and the like,
    so a narrow column breaks such a name where a Swede would, not mid-syllable."""
    for index, piece in enumerate(_COMPOUND_BREAK.split(text)):
        if index:
            paragraph.add_run()._r.append(OxmlElement("w:softHyphen"))
        run = paragraph.add_run(piece)
        if bold:
            run.bold = True


def repeat_and_keep(row, *, repeat: bool) -> None:
    """Rows never split over a page; the header row repeats on every page."""
    properties = row._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:cantSplit"))
    if repeat:
        properties.append(OxmlElement("w:tblHeader"))


def shade(cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def confidential_header(document: DocxDocument) -> None:
    """'SEKRETESS' at the top of every page, under the kommun's letterhead where its
    template has one (on the first page too, when that page has a header of its own)."""
    for section in document.sections:
        headers = [section.header]
        if section.different_first_page_header_footer:
            headers.append(section.first_page_header)
        for header in headers:
            header.is_linked_to_previous = False
            paragraph = header.paragraphs[-1]
            if paragraph.text.strip() or paragraph._p.xpath(".//w:drawing"):
                paragraph = header.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            alert(paragraph, t(CONFIDENTIAL_HEADER))


def set_properties(document: DocxDocument, *, title: str, author: str, now: datetime) -> None:
    """The file's properties, as Word's File → Info shows them: no trace of the template's
    author or dates, the subject and language of the document written."""
    props = document.core_properties
    props.title = title
    props.author = props.last_modified_by = author
    props.subject = t(SUBJECT)
    props.keywords = "EST"
    props.comments = props.category = ""
    props.language = language_tag()
    props.revision = 1
    props.created = props.modified = now
