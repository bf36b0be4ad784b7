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
from docx.styles.style import CharacterStyle
from docx.text.paragraph import Paragraph
from docx.text.run import Run

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


class FileName(str):
    """A file's name in a table cell: a reference, not words read, so in a table too crowded
    for every word to fit whole it is the text that breaks where it must."""

    __slots__ = ()


def add_table(
    document: DocxDocument,
    headers: Sequence[str],
    widths_cm: Sequence[float],
    rows: Sequence[Sequence[Cell]],
) -> None:
    """A table at the total of ``widths_cm``; a column is widened (the others narrowed) where
    its longest word would not fit in a reader's font (``column_widths``)."""
    widths_cm = column_widths(document, widths_cm, headers, rows)
    table = document.add_table(rows=1, cols=len(headers))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False  # fixed layout: every reader keeps the widths given
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)
    table_width = table._tbl.tblPr.find(qn("w:tblW"))
    table_width.set(qn("w:type"), "dxa")
    table_width.set(qn("w:w"), str(sum(Cm(w).twips for w in widths_cm)))
    # Style ids looked up once: python-docx finds a style by name, and checks it against
    # the default style, by searching all styles on every assignment.
    header_id = document.styles["Tabellrubrik"].style_id
    text_id = document.styles["Tabelltext"].style_id
    header = table.rows[0]
    repeat_and_keep(header, repeat=True)
    for cell, text in zip(header.cells, headers, strict=True):
        shade(cell, _HEADER_FILL)
        cell.paragraphs[0]._p.style = header_id
        add_text(cell.paragraphs[0], text)
    for values in rows:
        row = table.add_row()
        for cell, value in zip(row.cells, values, strict=True):
            paragraph = cell.paragraphs[0]
            paragraph._p.style = text_id
            # A row stays on one page by its lines kept together, not by "row can't split":
            # LibreOffice (7.4 here) can drop such rows where a table runs on to the next
            # page, and the actions in them with them.
            paragraph.paragraph_format.keep_together = True
            for text, bold in _runs(value):
                add_text(paragraph, text, bold=bold)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(width)


def _runs(value: Cell) -> tuple[tuple[str, bool], ...]:
    return ((value, False),) if isinstance(value, str) else value


# The place before 'förvaltningen' in a compound, for a soft hyphen: a narrow column breaks
# 'Samhällsbyggnads-förvaltningen' where a Swede would, not mid-syllable.
_COMPOUND_BREAK = r"(?<=[a-zåäö])(?=förvaltning)"
# A hyphen of an ISO date, kept: '2026-12-18' is never split over two lines.
_DATE_HYPHEN = r"(?<=\b\d{4})-(?=\d\d-\d\d\b)|(?<=\b\d{4}-\d\d)-(?=\d\d\b)"
_BREAK_POINTS = re.compile(f"{_DATE_HYPHEN}|{_COMPOUND_BREAK}")


def add_text(paragraph: Paragraph, text: str, *, bold: bool = False) -> None:
    """Adds ``text`` to ``paragraph``, breakable only where a reader expects a line to break:
    never inside a date, and a name like 'Samhällsbyggnadsförvaltningen' only before
    'förvaltningen', with a hyphen shown. Read back (python-docx, Word's text) it is ``text``."""
    start = 0
    for point in _BREAK_POINTS.finditer(text):
        run = _add_run(paragraph, text[start : point.start()], bold)
        run._r.append(OxmlElement("w:noBreakHyphen" if point.group() else "w:softHyphen"))
        start = point.end()
    if start < len(text) or not text:
        _add_run(paragraph, text[start:], bold)


def _add_run(paragraph: Paragraph, text: str, bold: bool) -> Run:
    run = paragraph.add_run(text)
    if bold:
        run.bold = True
    return run


# --- column widths ----------------------------------------------------------------------
#
# A reader without Calibri sees the document in another font: LibreOffice uses Carlito (the
# same widths) where it is installed, otherwise the system's sans serif, often DejaVu Sans,
# which is about a quarter wider (Liberation Sans, Arial's widths, lies between). Column widths
# are reckoned in DejaVu Sans so that a word fits its column in any of them.

# DejaVu Sans advance widths in thousandths of an em, rounded up (a test keeps them the
# font's own): for ' ' to '~', then the other letters and signs Swedish text uses.
_ASCII_REGULAR = (
    318, 401, 460, 838, 637, 951, 780, 275, 391, 391, 500, 838, 318, 361, 318, 337, 637, 637,
    637, 637, 637, 637, 637, 637, 637, 637, 337, 337, 838, 838, 838, 531, 1000, 685, 687, 699,
    771, 632, 576, 775, 752, 295, 295, 656, 558, 863, 749, 788, 604, 788, 695, 635, 611, 732,
    685, 989, 686, 611, 686, 391, 337, 391, 838, 500, 500, 613, 635, 550, 635, 616, 353, 635,
    634, 278, 278, 580, 278, 975, 634, 612, 635, 635, 412, 521, 393, 634, 592, 818, 592, 592,
    525, 637, 337, 637, 838,
)  # fmt: skip
_ASCII_BOLD = (
    349, 457, 521, 838, 696, 1002, 873, 307, 458, 458, 523, 838, 380, 416, 380, 366, 696, 696,
    696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 581, 1000, 774, 763, 734,
    831, 684, 684, 821, 837, 373, 373, 775, 638, 996, 837, 851, 733, 851, 771, 721, 683, 813,
    774, 1104, 771, 725, 726, 458, 366, 458, 838, 500, 500, 675, 716, 593, 716, 679, 436, 716,
    712, 343, 343, 666, 343, 1042, 712, 688, 716, 716, 494, 596, 479, 712, 652, 924, 646, 652,
    583, 712, 366, 712, 838,
)  # fmt: skip
_OTHERS = "åäöÅÄÖéÉèüÜæøÆØ–—·§−±’“”…«»€"
_OTHERS_REGULAR = (
    613, 613, 612, 685, 685, 788, 616, 632, 616, 634, 732, 982, 612, 975, 788, 500, 1000, 318,
    500, 838, 838, 318, 519, 519, 1000, 612, 612, 637,
)  # fmt: skip
_OTHERS_BOLD = (
    675, 675, 688, 774, 774, 851, 679, 684, 679, 712, 813, 1048, 688, 1085, 851, 500, 1000, 380,
    500, 838, 838, 380, 658, 658, 1000, 646, 646, 696,
)  # fmt: skip
_ASCII = "".join(map(chr, range(32, 127)))
_ADVANCE = {
    bold: dict(zip(_ASCII + _OTHERS, ascii_widths + other_widths, strict=True))
    for bold, ascii_widths, other_widths in (
        (False, _ASCII_REGULAR, _OTHERS_REGULAR),
        (True, _ASCII_BOLD, _OTHERS_BOLD),
    )
}
_OTHER_ADVANCE = 1100  # a letter not in the tables: wider than any in them
_CM_PER_PT = 2.54 / 72
_CELL_MARGIN_TWIPS = 108  # Word's left and right cell margin unless the table style says
_BORDERS_CM = 0.04  # the borders and a little to spare
_DEFAULT_SIZE_PT = 11.0

# What is read as one word and kept on one line: 'v. 48', 'week 48 2026', '02:50–05:50'.
_KEPT_TOGETHER = re.compile(r"\b(?:v\.|week) \d{1,2}(?: \d{4}(?![-\d]))?\b|\d\d:\d\d–\d\d:\d\d")
_SPACES = re.compile(r"[ \t\n]+")  # not the no-break space


def text_width_cm(text: str, size_pt: float, *, bold: bool = False) -> float:
    """How wide ``text`` is set in DejaVu Sans of ``size_pt`` (an upper bound)."""
    advance = _ADVANCE[bold]
    em = sum(advance.get(char, _OTHER_ADVANCE) for char in text) / 1000
    return em * size_pt * _CM_PER_PT


def _words(text: str, *, compound_breaks: bool) -> list[str]:
    """The pieces of ``text`` no line break may split; with ``compound_breaks`` a name breaks
    before 'förvaltningen', its first part with the hyphen shown."""
    text = _KEPT_TOGETHER.sub(lambda found: found.group().replace(" ", "\u00a0"), text)
    words = [word for word in _SPACES.split(text) if word]
    if not compound_breaks:
        return words
    pieces = []
    for word in words:
        parts = re.split(_COMPOUND_BREAK, word)
        pieces += [part + "-" for part in parts[:-1]] + parts[-1:]
    return pieces


def _column_needs(
    headers: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    header_pt: float,
    text_pt: float,
    padding_cm: float,
    *,
    compound_breaks: bool,
    file_names_break: bool,
) -> list[float]:
    """The width each column needs for its longest word, header (bold) and cells."""
    needs = []
    for index, header in enumerate(headers):
        runs: list[tuple[str, bool, float]] = [(header, True, header_pt)]
        runs += [
            (text, bold, text_pt)
            for row in rows
            for text, bold in _runs(row[index])
            if not (file_names_break and isinstance(text, FileName))
        ]
        widest = max(
            (
                text_width_cm(word, size, bold=bold)
                for text, bold, size in runs
                for word in _words(text, compound_breaks=compound_breaks)
            ),
            default=0.0,
        )
        needs.append(widest + padding_cm)
    return needs


def column_widths(
    document: DocxDocument,
    widths_cm: Sequence[float],
    headers: Sequence[str],
    rows: Sequence[Sequence[Cell]],
) -> list[float]:
    """``fitted_widths`` at the sizes of the document's table styles; tables that should
    look alike (one per organisation) take the widths fitted to all their rows."""
    return fitted_widths(
        widths_cm,
        headers,
        rows,
        header_pt=_font_size_pt(document, document.styles["Tabellrubrik"]),
        text_pt=_font_size_pt(document, document.styles["Tabelltext"]),
        padding_cm=_cell_padding_cm(document),
    )


def fitted_widths(
    widths_cm: Sequence[float],
    headers: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    *,
    header_pt: float = 10.0,
    text_pt: float = 10.0,
    padding_cm: float = 2 * _CELL_MARGIN_TWIPS / 567 + _BORDERS_CM,
) -> list[float]:
    """``widths_cm`` where every word fits (the table as wide as before), else widened where
    a column's longest word would not fit, taken from the others' room to spare.

    Whole names first; where they cannot all fit, names break before 'förvaltningen', then
    file names wherever they must; where even that is too wide, each column gets its share
    of what its words need.
    """
    total = sum(widths_cm)
    for compound_breaks, file_names_break in ((False, False), (True, False), (True, True)):
        needs = _column_needs(
            headers,
            rows,
            header_pt,
            text_pt,
            padding_cm,
            compound_breaks=compound_breaks,
            file_names_break=file_names_break,
        )
        wider = [max(width, need) for width, need in zip(widths_cm, needs, strict=True)]
        extra = sum(wider) - total
        if extra <= 0:
            return list(widths_cm)
        spare = [width - need for width, need in zip(wider, needs, strict=True)]
        if sum(spare) >= extra:
            share = extra / sum(spare)
            return [round(w - s * share, 2) for w, s in zip(wider, spare, strict=True)]
    return [round(need * total / sum(needs), 2) for need in needs]


def _cell_padding_cm(document: DocxDocument) -> float:
    """The table style's left and right cell margins (Word's own where it sets none), and
    its borders."""
    margins = document.styles["Table Grid"].element.find(f"{qn('w:tblPr')}/{qn('w:tblCellMar')}")
    twips = _margin_twips(margins, "w:left", "w:start") + _margin_twips(margins, "w:right", "w:end")
    return twips / 567 + _BORDERS_CM


def _margin_twips(margins, *names: str) -> int:
    for name in names:
        margin = None if margins is None else margins.find(qn(name))
        if margin is not None:
            width = margin.get(qn("w:w"), "")
            if width.isdigit() and margin.get(qn("w:type"), "dxa") == "dxa":
                return int(width)
    return _CELL_MARGIN_TWIPS


def _font_size_pt(document: DocxDocument, style: CharacterStyle) -> float:
    """The size ``style`` sets its text in: its own, a style's it is based on, or the
    document's default."""
    current: CharacterStyle | None = style
    while current is not None:
        if current.font.size is not None:
            return current.font.size.pt
        current = current.base_style
    size = document.styles.element.find(
        f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:sz')}"
    )
    if size is not None and (half_points := size.get(qn("w:val"), "")).isdigit():
        return int(half_points) / 2
    return _DEFAULT_SIZE_PT


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
