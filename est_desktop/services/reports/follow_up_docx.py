"""Renders the follow-up report (uppföljning) into Word.

The summary comes first, on one page: incidents against the same weeks or months a year
earlier per focus area, actions, and the action plan's status. Then where and when
incidents happened, and each focus area on a page of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from docx.table import Table

from ..documents.options import DEFAULT, DocumentOptions
from ..documents.word import add_map, add_table, note_nothing
from ..documents.wording import SUBJECT, count_text, plural, t, t_each, writing_in
from ..lagesbild.charts import places_chart, trend_chart, week_pulse_chart
from ..limits import xml_safe
from .common import Period
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
    period_text,
    plan_status_word,
)

if TYPE_CHECKING:
    from ..agreements.follow_up import PlanRow
    from .common import Comparison, OverdueAction
    from .follow_up import AreaFollowUp, FollowUpReport


def render_follow_up(
    data: FollowUpReport,
    *,
    now: datetime,
    on_section: Section | None = None,
    options: DocumentOptions = DEFAULT,
) -> DocxDocument:
    """The report in ``options.language``; ``on_section`` hears each part's name in it.
    Focus areas keep their names from the signed agreement, in Swedish."""
    with writing_in(options.language):
        return _render(data, now, on_section or ignore_section, options)


def _render(
    data: FollowUpReport, now: datetime, on_section: Section, options: DocumentOptions
) -> DocxDocument:
    data = xml_safe(data)
    document = new_document(options)
    on_section(t("Sammanfattning"))
    _follow_up_title(document, data)
    _summary(document, data)
    on_section(t("Var och när"))
    _where_and_when(document, data)
    for area in data.areas:
        on_section(area.name)
        _area(document, data, area)
    return finish(document, data.facts, now)


def _follow_up_title(document: DocxDocument, data: FollowUpReport) -> None:
    facts = data.facts
    document.add_paragraph(t("Uppföljning av samverkansöverenskommelsen"), "Title")
    document.add_paragraph(f"{facts.organisation_name} · {t(SUBJECT)}", "Subtitle")
    confidential_notice(document, facts)
    weeks = Period(facts.period.start, facts.counted_to).days / 7
    whole = weeks.is_integer() and facts.counted_to == facts.period.end
    length = f" ({plural(round(weeks), '{count} vecka', '{count} veckor')})" if whole else ""
    facts_block(
        document,
        (
            (t("Period"), period_text(facts.period.start, facts.period.end) + length),
            (t("Jämförs med"), _compared_with(data)),
            (t("Överenskommelse"), facts.agreement_name),
            (t("Upprättad"), day_text(facts.today)),
        ),
    )
    note = document.add_paragraph()
    note.paragraph_format.space_before = Pt(6)
    note.add_run(counting_note(facts)).italic = True


def _compared_with(data: FollowUpReport) -> str:
    """'2 september – 24 november 2025 (ett år tidigare)'."""
    return t("{period} (ett år tidigare)").format(
        period=period_text(data.previous.start, data.previous.end)
    )


def _comparison_sentence(what: Comparison) -> str:
    if what.before == 0 and what.now == 0:
        return t("Inga händelser registrerades under perioden eller samma period ett år tidigare.")
    return t(
        "{incidents} registrerades under perioden, mot {before} samma period ett år tidigare "
        "({change})."
    ).format(
        incidents=plural(what.now, "{count} händelse", "{count} händelser"),
        before=count_text(what.before),
        change=change_text(what.now, what.before),
    )


def _actions_sentence(decided: int, closed: int, open_: int, overdue: int) -> str:
    text = t("{decided} beslutades och {closed} stängdes under perioden; {open} vid periodens slut")
    text = text.format(
        decided=plural(decided, "{count} åtgärd", "{count} åtgärder"),
        closed=count_text(closed),
        open=plural(open_, "{count} var öppen", "{count} var öppna"),
    )
    if overdue:
        text = t("{actions}, varav {overdue}").format(
            actions=text, overdue=plural(overdue, "{count} försenad", "{count} försenade")
        )
    return text + "."


def _summary(document: DocxDocument, data: FollowUpReport) -> None:
    heading(document, t("Sammanfattning"), 1)
    document.add_paragraph(_comparison_sentence(data.incidents))
    rows = [
        (a.name, a.incidents.now, a.incidents.before, change_text(*_pair(a.incidents)))
        for a in data.areas
    ]
    if data.without_focus_area.now or data.without_focus_area.before:
        other = data.without_focus_area
        rows.append((t("Utan fokusområde"), other.now, other.before, change_text(*_pair(other))))
    rows.append((t("Totalt"), *_pair(data.incidents), change_text(*_pair(data.incidents))))
    number_table(
        document,
        t_each(("Fokusområde", "Händelser", "Ett år tidigare", "Förändring")),
        (7.0, 2.8, 3.6, 3.6),
        rows,
        bold_last=True,
    )

    heading(document, t("Åtgärder"), 2)
    actions = data.actions
    lead_in(
        document, _actions_sentence(actions.decided, actions.closed, actions.open, actions.overdue)
    )
    number_table(
        document,
        t_each(("Beslutade", "Stängda", "Öppna vid periodens slut", "Varav försenade")),
        (4.25, 4.25, 4.25, 4.25),
        [(actions.decided, actions.closed, actions.open, actions.overdue)],
        first_text_columns=0,
    )
    if data.overdue_without_focus_area:
        heading(document, t("Försenade åtgärder utan fokusområde"), 3)
        _overdue_table(document, data.overdue_without_focus_area)

    heading(document, t("Handlingsplanen (bilaga 1) {year}").format(year=data.plan_year), 2)
    total = sum(count for _, count in data.plan_status)
    lead_in(
        document,
        t("Status för handlingsplanens {rows} rader under {year}.").format(
            rows=total, year=data.plan_year
        ),
    )
    number_table(
        document,
        t_each(("Status", "Rader")),
        (7.0, 2.8),
        [(plan_status_word(status), count) for status, count in data.plan_status],
    )


def _pair(comparison: Comparison) -> tuple[int, int]:
    return comparison.now, comparison.before


def _where_and_when(document: DocxDocument, data: FollowUpReport) -> None:
    heading(document, t("Var och när"), 1, new_page=True)
    lead_in(
        document,
        t(
            "Alla fokusområden under perioden: platserna med flest händelser och var de ligger, "
            "och när i veckan händelserna började."
        ),
    )
    heading(document, t("Platser med flest händelser"), 2)
    add_chart(document, places_chart(data.places, title=""))
    heading(document, t(MAP_HEADING), 2)
    add_map(document, data.map)
    heading(document, t("Veckodag och timme"), 2)
    add_chart(document, week_pulse_chart(data.pulse, title=""))


def _area(document: DocxDocument, data: FollowUpReport, area: AreaFollowUp) -> None:
    heading(document, area.name, 1, new_page=True)
    document.add_paragraph(_comparison_sentence(area.incidents))
    if area.places:
        top = ", ".join(f"{p.place} ({count_text(p.count)})" for p in area.places[:3])
        document.add_paragraph(t("Flest händelser: {places}.").format(places=top))

    heading(document, t("Händelseutveckling"), 2)
    if area.incidents.now or area.incidents.before:
        add_chart(document, trend_chart(area.trend, title=""), keep_with_next=True)
        week = data.granularity == "week"
        number_table(
            document,
            (
                t("Vecka") if week else t("Månad"),
                t("Händelser"),
                t("Samma vecka ett år tidigare") if week else t("Samma månad ett år tidigare"),
                t("Händelser"),
                t("Förändring"),
            ),
            (4.2, 2.3, 4.6, 2.3, 3.6),
            [
                (
                    row.label,
                    row.count,
                    row.previous_label,
                    row.previous_count,
                    change_text(row.count, row.previous_count),
                )
                for row in area.rows
            ],
            first_text_columns=1,
        )
        _left(document.tables[-1], 2)
    else:
        note_nothing(document, t("Inga händelser under perioden eller ett år tidigare."))

    heading(document, t("Åtgärder"), 2)
    stats = area.actions
    document.add_paragraph(
        _actions_sentence(stats.decided, stats.closed, stats.open, stats.overdue)
    )
    if area.overdue:
        heading(document, t("Försenade åtgärder"), 3)
        _overdue_table(document, area.overdue)

    heading(document, t("Handlingsplanen (bilaga 1) {year}").format(year=data.plan_year), 2)
    if not area.plan:
        note_nothing(document, t("Fokusområdet har inga rader i handlingsplanen."))
        return
    headers = t_each(("Aktivitet", "Mål/effekt", "Status", "Anteckning"))
    cells = [
        (row.activity, row.goal, plan_status_word(row.status), _plan_note(row)) for row in area.plan
    ]
    add_table(document, headers, fitted((4.6, 4.6, 2.3, 5.5), headers, cells), cells)


def _overdue_table(document: DocxDocument, rows: Sequence[OverdueAction]) -> None:
    headers = t_each(("Åtgärd", "Ansvarig", "Beslutad", "Klart senast"))
    cells = [
        (
            row.description,
            row.owner,
            row.decided_on.isoformat() if row.decided_on else DASH,
            row.due_date.isoformat(),
        )
        for row in rows
    ]
    add_table(document, headers, (7.6, 4.6, 2.4, 2.4), cells)


def _plan_note(row: PlanRow) -> str:
    lines = [row.note] if row.note else []
    if row.actions:
        lines.append(linked_actions_text(row.actions))
    return "\n".join(lines)


def _left(table: Table, column: int) -> None:
    for row in table.rows:
        row.cells[column].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.LEFT
