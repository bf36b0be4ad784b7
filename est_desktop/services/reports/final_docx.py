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
from ..documents.options import DEFAULT, DocumentOptions
from ..documents.word import add_map, add_table, note_nothing, repeat_and_keep, shade
from ..documents.wording import (
    SUBJECT,
    count_text,
    decimal_text,
    plural,
    t,
    t_each,
    writing_in,
)
from ..lagesbild.charts import trend_chart
from ..limits import xml_safe
from .docx_parts import (
    DASH,
    MAP_HEADING,
    Section,
    add_chart,
    change_text,
    confidential_notice,
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
    from ..agreements.follow_up import GoalEvidence
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
    data: FinalReport,
    *,
    now: datetime,
    on_section: Section | None = None,
    options: DocumentOptions = DEFAULT,
) -> DocxDocument:
    """The report in ``options.language``; ``on_section`` hears each part's name in it.
    The goals and focus areas are quoted word for word from the signed agreement, in
    Swedish whatever the language."""
    with writing_in(options.language):
        return _render(data, now, on_section or ignore_section, options)


def _render(
    data: FinalReport, now: datetime, on_section: Section, options: DocumentOptions
) -> DocxDocument:
    data = xml_safe(data)
    document = new_document(options)
    on_section(t("Övergripande mål"))
    _title_page(document, data)
    _goals(document, data)
    for area in data.areas:
        on_section(area.name)
        _area(document, data, area)
    on_section(t("Tabeller"))
    _appendix(document, data)
    return finish(document, data.facts, now)


def _year_label(data: FinalReport, year: int) -> str:
    """'2026 (t.o.m. 26 nov.)' for a year the counts stop in."""
    end = data.facts.counted_to
    if year == end.year and (end.month, end.day) != (12, 31):
        return t("{year} (t.o.m. {day})").format(year=year, day=short_day(end))
    return str(year)


def _title_page(document: DocxDocument, data: FinalReport) -> None:
    facts = data.facts
    document.add_paragraph(t("Slutrapport"), "Title")
    document.add_paragraph(facts.agreement_name, "Subtitle")
    document.add_paragraph(
        t(
            "Rapport om utfallet av samverkansöverenskommelsen mellan {organisation} "
            "och polisen · {subject}"
        ).format(organisation=facts.organisation_name, subject=t(SUBJECT))
    )
    confidential_notice(document, facts)
    facts_block(
        document,
        (
            (t("Period"), period_text(facts.period.start, facts.period.end)),
            (t("Uppgifter till och med"), day_text(facts.counted_to)),
            (t("Upprättad"), day_text(facts.today)),
        ),
    )
    quote = document.add_paragraph()
    quote.paragraph_format.space_before = Pt(12)
    quote.add_run(t(REPORT_DUTY)).italic = True
    quote.add_run(" " + t("(Samverkansöverenskommelsen)"))
    document.add_paragraph(
        t(
            "Rapporten sammanställer underlaget för varje övergripande mål och fokusområde: "
            "målen ordagrant ur överenskommelsen, vad som gjorts och hur händelserna utvecklats "
            "år för år. Under rubriken {heading} skriver kommunen och polisen sin bedömning."
        ).format(heading=t(ASSESSMENT))
    )
    note = document.add_paragraph()
    note.add_run(counting_note(facts)).italic = True
    page_break(document)


# --- the overall goals ---------------------------------------------------------------------


def _goals(document: DocxDocument, data: FinalReport) -> None:
    heading(document, t("Övergripande mål"), 1)
    if not data.goals:
        note_nothing(document, t("Överenskommelsen har inga övergripande mål registrerade."))
    for number, goal in enumerate(data.goals, 1):
        _goal(document, data, number, goal)


def _goal(document: DocxDocument, data: FinalReport, number: int, goal: GoalEvidence) -> None:
    heading(document, f"{number}. {goal.text}", 2)
    if goal.focus_areas:
        lead_in(document, t("Fokusområden: {areas}.").format(areas=", ".join(goal.focus_areas)))
    years = [y for y in data.years if y in goal.incidents_per_year]
    counts = [goal.incidents_per_year[y] for y in years]
    number_table(
        document,
        ("", *(_year_label(data, y) for y in years), t("Totalt")),
        year_widths(3.4, len(years) + 1),
        [(t("Händelser"), *counts, sum(counts))],
    )
    actions = goal.actions
    text = t("Åtgärder: {decided} beslutade, {done}, {open}").format(
        decided=count_text(actions.decided),
        done=plural(actions.done, "{count} klar", "{count} klara"),
        open=plural(actions.open, "{count} öppen", "{count} öppna"),
    )
    if actions.overdue:
        text = t("{actions}, varav {overdue}").format(
            actions=text, overdue=plural(actions.overdue, "{count} försenad", "{count} försenade")
        )
    paragraph = document.add_paragraph(text + ".")
    paragraph.paragraph_format.space_before = Pt(4)
    if goal.plan:
        tally = Counter(PlanStatus(row.status) for row in goal.plan)
        status = ", ".join(plan_status_count(s, tally[s]) for s in reversed(PlanStatus) if tally[s])
        rows = plural(len(goal.plan), "{count} rad", "{count} rader")
        document.add_paragraph(
            t("Handlingsplanen (bilaga 1): {rows}, senast registrerad status: {status}.").format(
                rows=rows, status=status
            )
        )
    if goal.note:
        paragraph = document.add_paragraph()
        paragraph.add_run(t("Ledningsgruppens anteckningar:") + " ").bold = True
        paragraph.add_run(goal.note)


# --- each focus area ----------------------------------------------------------------------------


def _area(document: DocxDocument, data: FinalReport, area: AreaOutcome) -> None:
    heading(document, area.name, 1, new_page=True)
    if area.section:
        document.add_paragraph(
            t("Avsnitt {section} i överenskommelsen.").format(section=area.section)
        )

    heading(document, t("Mål enligt överenskommelsen"), 2)
    if area.plan:
        lead_in(document, t("Handlingsplanen i bilaga 1, ordagrant."))
        headers = t_each(("Aktivitet", "Åtgärd", "Uppföljning", "Mål/effekt"))
        cells = [(row.activity, row.measure, row.follow_up, row.goal) for row in area.plan]
        add_table(document, headers, fitted((3.8, 4.4, 3.9, 4.9), headers, cells), cells)
    else:
        note_nothing(document, t("Fokusområdet har inga rader i handlingsplanen."))

    heading(document, t("Vad som gjorts"), 2)
    lead_in(document, t("Åtgärder beslutade vid EST-mötena, år för år."))
    number_table(
        document,
        t_each(("År", "Beslutade", "Stängda", "Öppna vid årets slut", "Varav försenade")),
        (4.6, 2.8, 2.8, 3.6, 3.2),
        [
            (_year_label(data, year), s.decided, s.closed, s.open, s.overdue)
            for year, s in area.actions_by_year.items()
        ],
    )
    if area.plan:
        heading(document, t("Handlingsplanen år för år"), 3)
        _plan_by_year(document, data, area.plan)

    heading(document, t("Händelseutveckling"), 2)
    total = sum(area.incidents_by_year.values())
    if total or area.year_before:
        chart = trend_chart(area.trend, title="", year_earlier=False, height=2.0)
        add_chart(document, chart, keep_with_next=True)
        _incidents_by_year(document, data, area)
    else:
        note_nothing(document, t("Inga händelser registrerade under perioden."))

    heading(document, t(ASSESSMENT), 2)
    _assessment_box(document)


def _plan_by_year(document: DocxDocument, data: FinalReport, plan: tuple[PlanOutcome, ...]) -> None:
    years = list(data.years)
    widths = [4.0] + [2.3] * len(years) + [max(17.0 - 4.0 - 2.3 * len(years), 3.0)]
    headers = (t("Aktivitet"), *(str(y) for y in years), t("Anteckningar"))
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
        rows.append((t("{year} (före perioden)").format(year=first), area.year_before, DASH))
        previous = area.year_before
    for year, count in area.incidents_by_year.items():
        rows.append((_year_label(data, year), count, change_text(count, previous)))
        previous = count
    number_table(
        document,
        t_each(("År", "Händelser", "Förändring mot året innan")),
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
    prompt.add_run(t("[Att fylla i]") + " ").bold = True
    prompt.add_run(t(ASSESSMENT_PROMPT)).italic = True
    for _ in range(4):
        cell.add_paragraph()


# --- appendix -------------------------------------------------------------------------------


def _appendix(document: DocxDocument, data: FinalReport) -> None:
    heading(document, t("Tabeller"), 1, new_page=True)
    years = list(data.years)
    labels = [str(y) for y in years]
    widths = year_widths(5.0, len(years) + 1)

    heading(document, t("Händelser per fokusområde och år"), 2)
    rows: list[tuple[str, *tuple[int, ...]]] = [
        (a.name, *(a.incidents_by_year[y] for y in years)) for a in data.areas
    ]
    if data.without_focus_area.total:
        rows.append((data.without_focus_area.name, *data.without_focus_area.by_year.values()))
    totals = data.incidents_by_year
    rows.append((t("Totalt"), *(totals[y] for y in years)))
    rows = [(*row, sum(row[1:])) for row in rows]  # each row with its total
    number_table(document, (t("Fokusområde"), *labels, t("Totalt")), widths, rows, bold_last=True)

    if data.places:
        heading(document, t(MAP_HEADING), 2)
        add_map(document, data.map)
    heading(document, t("Händelser per plats och år"), 2)
    if data.places:
        number_table(
            document,
            (t("Plats"), *labels, t("Totalt")),
            widths,
            [(p.name, *(p.by_year[y] for y in years), p.total) for p in data.places],
        )
    else:
        note_nothing(document, t("Inga händelser registrerade under perioden."))

    heading(document, t("Åtgärder per organisation"), 2)
    if not data.actions_by_organisation:
        note_nothing(document, t("Inga åtgärder under perioden."))
        return
    lead_in(document, t("Under hela perioden; öppna och försenade vid periodens slut."))
    number_table(
        document,
        t_each(
            (
                "Organisation",
                "Beslutade",
                "Stängda",
                "Öppna",
                "Försenade",
                "Median dagar till stängd",
            )
        ),
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
    return decimal_text(value).removesuffix(",0").removesuffix(".0")
