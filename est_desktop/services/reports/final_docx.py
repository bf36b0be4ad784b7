"""Renders the end-of-period report (slutrapport) into Word.

The agreement asks kommun and polis to report on its outcome after the period. The
document gives them the material – each goal word for word beside what was done and
how incidents developed – and leaves clearly marked room for their own assessment,
which no count can replace.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from typing import TYPE_CHECKING

from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Cm, Pt

from ...models import PlanStatus
from ..documents.word import add_map, add_table, note_nothing, repeat_and_keep, shade
from ..documents.wording import SUBJECT
from ..lagesbild.charts import count_text, trend_chart
from ..limits import xml_safe
from .docx_parts import (
    DASH,
    MAP_HEADING,
    Section,
    add_chart,
    change_text,
    confidential_notice,
    counted,
    counting_note,
    day_text,
    facts_block,
    finish,
    fitted,
    heading,
    ignore_section,
    lead_in,
    linked_actions_text,
    new_document,
    number_table,
    page_break,
    period_text,
    plan_status_count,
    plan_status_word,
    short_day,
    year_widths,
)

if TYPE_CHECKING:
    from ..agreements.followup import GoalEvidence
    from .final import AreaOutcome, FinalReport, PlanOutcome

ASSESSMENT = "Bedömning"
ASSESSMENT_PROMPT = (
    "Att fylla i av kommunen och polisen: har målen nåtts, och har de åtgärder som vidtagits "
    "haft avsedd effekt? Vad bör nästa överenskommelse ta med sig?"
)
_ASSESSMENT_FILL = "F2F2F2"
REPORT_DUTY = (
    "”Efter mandatperioden ska kommunen tillsammans med polisen sammanställa en rapport "
    "avseende utfallet av samverkansöverenskommelsen.”"
)


def render_final(
    data: FinalReport, *, now: datetime, on_section: Section | None = None
) -> DocxDocument:
    data = xml_safe(data)
    on_section = on_section or ignore_section
    document = new_document()
    on_section("Övergripande mål")
    _title_page(document, data)
    _goals(document, data)
    for area in data.areas:
        on_section(area.name)
        _area(document, data, area)
    on_section("Tabeller")
    _appendix(document, data)
    return finish(document, data.facts, now)


def _year_label(data: FinalReport, year: int) -> str:
    """'2026 (t.o.m. 26 nov.)' for a year the counts stop in."""
    end = data.facts.counted_to
    if year == end.year and (end.month, end.day) != (12, 31):
        return f"{year} (t.o.m. {short_day(end)})"
    return str(year)


def _title_page(document: DocxDocument, data: FinalReport) -> None:
    facts = data.facts
    document.add_paragraph("Slutrapport", "Title")
    document.add_paragraph(facts.agreement_name, "Subtitle")
    document.add_paragraph(
        f"Rapport om utfallet av samverkansöverenskommelsen mellan {facts.organisation_name} "
        f"och polisen · {SUBJECT}"
    )
    confidential_notice(document, facts)
    facts_block(
        document,
        (
            ("Period", period_text(facts.period.start, facts.period.end)),
            ("Uppgifter till och med", day_text(facts.counted_to)),
            ("Upprättad", day_text(facts.today)),
        ),
    )
    quote = document.add_paragraph()
    quote.paragraph_format.space_before = Pt(12)
    quote.add_run(REPORT_DUTY).italic = True
    quote.add_run(" (Samverkansöverenskommelsen)")
    document.add_paragraph(
        "Rapporten sammanställer underlaget för varje övergripande mål och fokusområde: "
        "målen ordagrant ur överenskommelsen, vad som gjorts och hur händelserna utvecklats "
        f"år för år. Under rubriken {ASSESSMENT} skriver kommunen och polisen sin bedömning."
    )
    note = document.add_paragraph()
    note.add_run(counting_note(facts)).italic = True
    page_break(document)


# --- the overall goals ---------------------------------------------------------------------


def _goals(document: DocxDocument, data: FinalReport) -> None:
    heading(document, "Övergripande mål", 1)
    if not data.goals:
        note_nothing(document, "Överenskommelsen har inga övergripande mål registrerade.")
    for number, goal in enumerate(data.goals, 1):
        _goal(document, data, number, goal)


def _goal(document: DocxDocument, data: FinalReport, number: int, goal: GoalEvidence) -> None:
    heading(document, f"{number}. {goal.text}", 2)
    if goal.focus_areas:
        lead_in(document, "Fokusområden: " + ", ".join(goal.focus_areas) + ".")
    years = [y for y in data.years if y in goal.incidents_per_year]
    counts = [goal.incidents_per_year[y] for y in years]
    number_table(
        document,
        ("", *(_year_label(data, y) for y in years), "Totalt"),
        year_widths(3.4, len(years) + 1),
        [("Händelser", *counts, sum(counts))],
    )
    actions = goal.actions
    text = (
        f"Åtgärder: {count_text(actions.decided)} beslutade, "
        f"{counted(actions.done, 'klar', 'klara')}, {counted(actions.open, 'öppen', 'öppna')}"
    )
    if actions.overdue:
        text += f", varav {counted(actions.overdue, 'försenad', 'försenade')}"
    paragraph = document.add_paragraph(text + ".")
    paragraph.paragraph_format.space_before = Pt(4)
    if goal.plan:
        tally = Counter(PlanStatus(row.status) for row in goal.plan)
        status = ", ".join(plan_status_count(s, tally[s]) for s in reversed(PlanStatus) if tally[s])
        rows = counted(len(goal.plan), "rad", "rader")
        document.add_paragraph(
            f"Handlingsplanen (bilaga 1): {rows}, senast registrerad status: {status}."
        )
    if goal.note:
        paragraph = document.add_paragraph()
        paragraph.add_run("Ledningsgruppens anteckningar: ").bold = True
        paragraph.add_run(goal.note)


# --- each focus area ----------------------------------------------------------------------------


def _area(document: DocxDocument, data: FinalReport, area: AreaOutcome) -> None:
    heading(document, area.name, 1, new_page=True)
    if area.section:
        document.add_paragraph(f"Avsnitt {area.section} i överenskommelsen.")

    heading(document, "Mål enligt överenskommelsen", 2)
    if area.plan:
        lead_in(document, "Handlingsplanen i bilaga 1, ordagrant.")
        headers = ("Aktivitet", "Åtgärd", "Uppföljning", "Mål/effekt")
        cells = [(row.activity, row.measure, row.follow_up, row.goal) for row in area.plan]
        add_table(document, headers, fitted((3.8, 4.4, 3.9, 4.9), headers, cells), cells)
    else:
        note_nothing(document, "Fokusområdet har inga rader i handlingsplanen.")

    heading(document, "Vad som gjorts", 2)
    lead_in(document, "Åtgärder beslutade vid EST-mötena, år för år.")
    number_table(
        document,
        ("År", "Beslutade", "Stängda", "Öppna vid årets slut", "Varav försenade"),
        (4.6, 2.8, 2.8, 3.6, 3.2),
        [
            (_year_label(data, year), s.decided, s.closed, s.open, s.overdue)
            for year, s in area.actions_by_year.items()
        ],
    )
    if area.plan:
        heading(document, "Handlingsplanen år för år", 3)
        _plan_by_year(document, data, area.plan)

    heading(document, "Händelseutveckling", 2)
    total = sum(area.incidents_by_year.values())
    if total or area.year_before:
        chart = trend_chart(area.trend, title="", year_earlier=False, height=2.0)
        add_chart(document, chart, keep_with_next=True)
        _incidents_by_year(document, data, area)
    else:
        note_nothing(document, "Inga händelser registrerade under perioden.")

    heading(document, ASSESSMENT, 2)
    _assessment_box(document)


def _plan_by_year(document: DocxDocument, data: FinalReport, plan: tuple[PlanOutcome, ...]) -> None:
    years = list(data.years)
    widths = [4.0] + [2.3] * len(years) + [max(17.0 - 4.0 - 2.3 * len(years), 3.0)]
    headers = ("Aktivitet", *(str(y) for y in years), "Anteckningar")
    cells = [
        (
            row.activity,
            *(plan_status_word(row.status[y]) if y in row.status else DASH for y in years),
            _plan_notes(row),
        )
        for row in plan
    ]
    add_table(document, headers, fitted(widths, headers, cells), cells)


def _plan_notes(row: PlanOutcome) -> str:
    lines = [f"{year}: {note}" for year, note in sorted(row.notes.items())]
    if row.actions:
        lines.append(linked_actions_text(row.actions))
    return "\n".join(lines)


def _incidents_by_year(document: DocxDocument, data: FinalReport, area: AreaOutcome) -> None:
    rows = []
    previous = None
    if area.year_before:
        first = data.years[0] - 1
        rows.append((f"{first} (före perioden)", area.year_before, DASH))
        previous = area.year_before
    for year, count in area.incidents_by_year.items():
        rows.append((_year_label(data, year), count, change_text(count, previous)))
        previous = count
    number_table(
        document,
        ("År", "Händelser", "Förändring mot året innan"),
        (6.0, 3.0, 5.0),
        rows,
    )


def _assessment_box(document: DocxDocument) -> None:
    """A shaded, framed box with a prompt and empty lines: room that is obviously to be filled."""
    table = document.add_table(rows=1, cols=1)
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    repeat_and_keep(table.rows[0], repeat=False)
    cell = table.rows[0].cells[0]
    cell.width = Cm(17.0)
    shade(cell, _ASSESSMENT_FILL)
    prompt = cell.paragraphs[0]
    prompt.add_run("[Att fylla i] ").bold = True
    prompt.add_run(ASSESSMENT_PROMPT).italic = True
    for _ in range(4):
        cell.add_paragraph()


# --- appendix -------------------------------------------------------------------------------


def _appendix(document: DocxDocument, data: FinalReport) -> None:
    heading(document, "Tabeller", 1, new_page=True)
    years = list(data.years)
    labels = [str(y) for y in years]
    widths = year_widths(5.0, len(years) + 1)

    heading(document, "Händelser per fokusområde och år", 2)
    rows = [(a.name, *(a.incidents_by_year[y] for y in years)) for a in data.areas]
    if data.without_focus_area.total:
        rows.append((data.without_focus_area.name, *data.without_focus_area.by_year.values()))
    totals = data.incidents_by_year
    rows = [(*row, sum(row[1:])) for row in rows]
    rows.append(("Totalt", *(totals[y] for y in years), sum(totals.values())))
    number_table(document, ("Fokusområde", *labels, "Totalt"), widths, rows, bold_last=True)

    if data.places:
        heading(document, MAP_HEADING, 2)
        add_map(document, data.map)
    heading(document, "Händelser per plats och år", 2)
    if data.places:
        number_table(
            document,
            ("Plats", *labels, "Totalt"),
            widths,
            [(p.name, *(p.by_year[y] for y in years), p.total) for p in data.places],
        )
    else:
        note_nothing(document, "Inga händelser registrerade under perioden.")

    heading(document, "Åtgärder per organisation", 2)
    if not data.actions_by_organisation:
        note_nothing(document, "Inga åtgärder under perioden.")
        return
    lead_in(document, "Under hela perioden; öppna och försenade vid periodens slut.")
    number_table(
        document,
        ("Organisation", "Beslutade", "Stängda", "Öppna", "Försenade", "Median dagar till stängd"),
        (5.4, 2.2, 2.2, 2.0, 2.3, 2.9),
        [
            (
                s.name,
                s.decided,
                s.closed,
                s.open,
                s.overdue,
                DASH if s.median_days_to_close is None else _days(s.median_days_to_close),
            )
            for s in data.actions_by_organisation
        ],
    )


def _days(value: float) -> str:
    return f"{value:.1f}".replace(".", ",").removesuffix(",0")
