"""What the reports' Word documents share: wording, building blocks, properties.

Same template, tables and wording as the minutes. The readers are the
ledningsgrupp, often on paper: each focus area starts on a page of its own, short
tables are not split over pages, and charts differ by marker and hatching, not colour
alone.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph
from matplotlib.figure import Figure

from ...models import ActionStatus, PlanStatus
from ..documents import template
from ..documents.options import DocumentOptions
from ..documents.word import (
    Cell,
    add_table,
    alert,
    confidential_header,
    fitted_widths,
    set_properties,
)
from ..documents.wording import count_text, day_text, percent_text, plural, t
from ..documents.wording import period_text as period_text  # re-exported: dates worded in one place
from ..documents.wording import short_day as short_day
from ..lagesbild.charts import figure_png

if TYPE_CHECKING:
    from ..agreements.follow_up import LinkedAction
    from .common import ReportFacts
    from .final import FinalReport
    from .follow_up import FollowUpReport

Section = Callable[[str], None]

PLAN_STATUS_WORDS = {
    PlanStatus.NOT_STARTED: "Ej påbörjad",
    PlanStatus.IN_PROGRESS: "Pågår",
    PlanStatus.DONE: "Genomförd",
}
_PLAN_STATUS_COUNTS = {  # one, many
    PlanStatus.NOT_STARTED: ("{count} ej påbörjad", "{count} ej påbörjade"),
    PlanStatus.IN_PROGRESS: ("{count} pågår", "{count} pågår"),
    PlanStatus.DONE: ("{count} genomförd", "{count} genomförda"),
}
CHART_WIDTH = Cm(17)  # the text width, like the tables
DASH = "–"
MAP_HEADING = "Händelserna på kartan"
KEEP_TOGETHER_ROWS = 15
MINUS = "\u2212"  # a real minus sign: a hyphen looks like a dash in print


# --- wording ------------------------------------------------------------------------------


def signed(number: int) -> str:
    if number > 0:
        return f"+{count_text(number)}"
    if number < 0:
        return f"{MINUS}{count_text(-number)}"
    return "±0"


def change_text(now: int, before: int | None) -> str:
    """'+3 (+25 %)', '−2 (−10 %)', '±0'; no percentage from nothing."""
    if before is None:
        return DASH
    change = now - before
    if change == 0 or before == 0:
        return signed(change)
    percent = round(change / before * 100)
    return f"{signed(change)} ({percent_text(signed(percent))})"


def plan_status_word(status: PlanStatus | str) -> str:
    try:
        return t(PLAN_STATUS_WORDS[PlanStatus(status)])
    except ValueError:
        return str(status)


def plan_status_count(status: PlanStatus | str, count: int) -> str:
    """'1 genomförd', '3 genomförda', '2 pågår'."""
    one, many = _PLAN_STATUS_COUNTS[PlanStatus(status)]
    return plural(count, one, many)


# --- shared building blocks ------------------------------------------------------------------


def new_document(options: DocumentOptions) -> DocxDocument:
    return template.new_document(options)


def facts_block(document: DocxDocument, facts: Sequence[tuple[str, str]]) -> None:
    for label, value in facts:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(4.5))
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.add_run(label).bold = True
        paragraph.add_run(f"\t{value}")


def counting_note(facts: ReportFacts) -> str:
    """How the numbers were counted, so no reader takes them for the crime statistics."""
    sentences = [
        t(
            "Antalen avser händelser och åtgärder registrerade vid EST-mötena, "
            "inte polisens brottsstatistik."
        )
    ]
    if facts.counted_to < facts.period.end:
        sentences.append(
            t("Perioden pågår: händelser räknas till och med {day}.").format(
                day=day_text(facts.counted_to)
            )
        )
    if not facts.include_confidential:
        sentences.append(t("Sekretessmarkerade händelser ingår inte."))
    return " ".join(sentences)


def confidential_notice(document: DocxDocument, facts: ReportFacts) -> None:
    if facts.has_confidential:
        count = plural(
            facts.confidential_count,
            "{count} sekretessmarkerad händelse",
            "{count} sekretessmarkerade händelser",
        )
        alert(
            document.add_paragraph(),
            t("Innehåller sekretessmarkerade uppgifter: antalen omfattar {count}.").format(
                count=count
            ),
        )


def heading(document: DocxDocument, text: str, level: int, *, new_page: bool = False) -> Paragraph:
    paragraph = document.add_heading(text, level=level)
    paragraph.paragraph_format.keep_with_next = True
    if new_page:
        paragraph.paragraph_format.page_break_before = True
    return paragraph


def lead_in(document: DocxDocument, text: str) -> Paragraph:
    """A paragraph that stays with the table or chart after it."""
    paragraph = document.add_paragraph(text)
    paragraph.paragraph_format.keep_with_next = True
    return paragraph


def add_chart(document: DocxDocument, figure: Figure, *, keep_with_next: bool = False) -> None:
    """The chart at the text width; ``keep_with_next`` keeps it on the page of its table."""
    stream = io.BytesIO(figure_png(figure, dpi=150))
    document.add_picture(stream, width=CHART_WIDTH)
    picture = document.paragraphs[-1]
    picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
    picture.paragraph_format.space_after = Pt(6)
    picture.paragraph_format.keep_with_next = keep_with_next


def number_table(
    document: DocxDocument,
    headers: Sequence[str],
    widths_cm: Sequence[float],
    rows: Sequence[Sequence[str | int]],
    *,
    first_text_columns: int = 1,
    bold_last: bool = False,
) -> Table:
    """``add_table`` with the number columns right-aligned and, for a total, the last row bold.

    A table of up to ``KEEP_TOGETHER_ROWS`` rows is kept on one page."""
    texts = [[v if isinstance(v, str) else count_text(v) for v in row] for row in rows]
    cells: list[Sequence[Cell]] = list(texts)
    if bold_last and texts:
        cells[-1] = [((value, True),) for value in texts[-1]]
    add_table(document, headers, widths_cm, cells)
    table = document.tables[-1]
    for row in table.rows:
        for cell in row.cells[first_text_columns:]:
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if len(table.rows) <= KEEP_TOGETHER_ROWS:
        keep_together(table)
    return table


def keep_together(table: Table) -> None:
    """Each row keeps with the next, so a short table does not break over a page."""
    for row in table.rows[:-1]:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = True


def fitted(
    widths_cm: Sequence[float], headers: Sequence[str], rows: Sequence[Sequence]
) -> list[float]:
    """``widths_cm`` widened where a column's longest word would not fit (a narrow column
    otherwise breaks 'Underrättelseinformation' mid-word), the others narrowed to keep
    the table's width; ``add_table`` fits its widths the same way."""
    return fitted_widths(widths_cm, headers, [[str(value) for value in row] for row in rows])


def year_widths(first: float, columns: int, total: float = 17.0) -> list[float]:
    """The first column ``first`` cm wide, the rest sharing what is left of the page."""
    return [first] + [round((total - first) / columns, 2)] * columns


def finish(document: DocxDocument, facts: ReportFacts, now: datetime) -> DocxDocument:
    """Confidential marking on every page, and properties without a user's name."""
    if facts.has_confidential:
        confidential_header(document)
    set_properties(document, title=facts.title, author=facts.organisation_name, now=now)
    return document


def section_count(data: FollowUpReport | FinalReport) -> int:
    """How many times a renderer calls ``on_section``: two parts, then each focus area."""
    return len(data.areas) + 2


def ignore_section(_label: str) -> None:
    pass


def linked_actions_text(actions: Sequence[LinkedAction]) -> str:
    """'Kopplade åtgärder: 3 (1 klar)': the actions decided to carry out a bilaga 1 row."""
    done = sum(1 for a in actions if a.status == ActionStatus.DONE)
    return t("Kopplade åtgärder: {count} ({done})").format(
        count=count_text(len(actions)), done=plural(done, "{count} klar", "{count} klara")
    )


def page_break(document: DocxDocument) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
