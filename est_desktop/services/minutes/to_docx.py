"""Renders gathered minutes into a Word document, in Swedish or English, from the template.

The minutes are read by people who were not in the room, often printed, and
sometimes in black and white: every mark that matters (draft, confidential,
overdue) is a word, not only a colour.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from docx.document import Document as DocxDocument
from docx.shared import Cm, Pt

from ...models import AgendaItemKind
from ..actions.decisions import ReviewRow
from ..documents.options import DEFAULT, DocumentOptions
from ..documents.template import new_document
from ..documents.word import (
    FileName,
    add_map,
    add_table,
    add_text,
    alert,
    column_widths,
    confidential_header,
    note_nothing,
    set_properties,
)
from ..documents.wording import (
    OVERDUE,
    SUBJECT,
    agenda_title,
    long_date,
    plural,
    status_word,
    t,
    t_each,
    week_label,
    writing_in,
)
from ..incidents import IncidentRow
from ..limits import xml_safe

if TYPE_CHECKING:
    from ..action_lists.answers import AnswerRow
    from .data import ItemMinutes, MeetingFacts, MinutesData

DRAFT = "Utkast – mötet är inte avslutat"
CONFIDENTIAL_NOTICE = "Innehåller sekretessmarkerade uppgifter."
CONFIDENTIAL_MARK = "(sekretess)"
NOT_REVIEWED = "Ej behandlad"
NOT_DECIDED = "Inte bestämt."
ANSWERS_HEADING = "Svar på åtgärdslistor sedan förra mötet"
WEEK_MAP_HEADING = "Bilaga: Karta över veckans händelser"
NEXT_MEETING_HEADING = "Nästa möte"

# The fixed items' headings as the standard agenda names them
# (resources/seed/agenda_template.json; a test keeps the two alike).
_DASH = "–"


# --- wording ------------------------------------------------------------------------


def item_title(item: ItemMinutes) -> str:
    return agenda_title(item.kind, item.title)


def item_heading(item: ItemMinutes) -> str:
    return f"§ {item.number} {item_title(item)}"


def outcome_word(review: ReviewRow) -> str:
    outcome = review.outcome
    if outcome is None:
        return t(NOT_REVIEWED)
    if outcome.new_due_date is not None:
        return t("Nytt slutdatum {date}").format(date=outcome.new_due_date.isoformat())
    return status_word(outcome.status)


def answer_word(answer: AnswerRow) -> str:
    """'Klar', 'Pågår' and/or 'Nytt slutdatum …': what the answer changed, or the status
    it confirmed."""
    parts = []
    if answer.status != answer.previous_status or answer.new_due_date is None:
        parts.append(status_word(answer.status))
    if answer.new_due_date is not None:
        parts.append(t("Nytt slutdatum {date}").format(date=answer.new_due_date.isoformat()))
    return "\n".join(parts)


def meeting_when_where(meeting: MeetingFacts) -> str:
    text = long_date(meeting.date)
    if meeting.start_time is not None:
        text = t("{date} kl. {time}").format(date=text, time=meeting.start_time.strftime("%H:%M"))
    if meeting.location:
        text += f", {meeting.location}"
    return text


def _iso(day: date | None) -> str:
    return day.isoformat() if day is not None else _DASH


# --- the document -------------------------------------------------------------------


def render_minutes(
    data: MinutesData, *, title: str, now: datetime, options: DocumentOptions = DEFAULT
) -> DocxDocument:
    with writing_in(options.language):
        return _render(data, title, now, options)


def _render(data: MinutesData, title: str, now: datetime, options: DocumentOptions) -> DocxDocument:
    data, title = xml_safe(data), xml_safe(title)
    document = new_document(options)
    _title_block(document, data)
    _attendance(document, data)
    for item in data.items:
        _item(document, data, item)
    _open_actions(document, data)
    document.add_heading(t(NEXT_MEETING_HEADING), level=1)
    document.add_paragraph(
        t(NOT_DECIDED) if data.next_meeting is None else meeting_when_where(data.next_meeting)
    )
    if data.week_map is not None:
        heading = document.add_heading(t(WEEK_MAP_HEADING), level=1)
        heading.paragraph_format.page_break_before = True
        heading.paragraph_format.keep_with_next = True
        add_map(document, data.week_map.incidents)
    if data.has_confidential:
        confidential_header(document)
    set_properties(document, title=title, author=data.organisation_name, now=now)
    return document


def _title_block(document: DocxDocument, data: MinutesData) -> None:
    meeting = data.meeting
    add_text(
        document.add_paragraph(style="Title"),
        t("Minnesanteckningar EST-möte {date}").format(date=meeting.date.isoformat()),
    )
    document.add_paragraph(f"{data.organisation_name} · {t(SUBJECT)}", "Subtitle")
    if not meeting.finalised:
        alert(document.add_paragraph(), t(DRAFT))
    if data.has_confidential:
        alert(document.add_paragraph(), t(CONFIDENTIAL_NOTICE))
    facts = (
        (t("Datum"), long_date(meeting.date)),
        (t("Vecka"), week_label(meeting.date)),
        (t("Tid"), meeting.start_time.strftime("%H:%M") if meeting.start_time else _DASH),
        (t("Plats"), meeting.location or _DASH),
        (t("Sammankallande"), meeting.convener or _DASH),
    )
    for label, value in facts:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(4.0))
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.add_run(label).bold = True
        paragraph.add_run(f"\t{value}")


def _attendance(document: DocxDocument, data: MinutesData) -> None:
    document.add_heading(t("Närvarande"), level=1)
    if not data.attendance:
        note_nothing(document, t("Ingen närvaro antecknad."))
    for group in data.attendance:
        heading = document.add_paragraph()
        heading.paragraph_format.keep_with_next = True
        heading.paragraph_format.space_before = Pt(4)
        heading.paragraph_format.space_after = Pt(0)
        heading.add_run(group.organisation).bold = True
        for index, person in enumerate(group.rows):
            line = document.add_paragraph(person)
            line.paragraph_format.left_indent = Cm(0.6)
            line.paragraph_format.space_after = Pt(0)
            line.paragraph_format.keep_with_next = index < len(group.rows) - 1


def _item(document: DocxDocument, data: MinutesData, item: ItemMinutes) -> None:
    document.add_heading(item_heading(item), level=1)
    empty = True
    for block in item.notes.splitlines():
        if block.strip():
            document.add_paragraph(block.strip())
            empty = False
    if item.is_review and item.reviews:
        document.add_heading(t("Uppföljning av öppna åtgärder"), level=3)
        add_table(
            document,
            t_each(("Åtgärd", "Ansvarig", "Beslutad", "Utfall", "Anteckning")),
            (4.7, 4.0, 2.2, 2.8, 3.3),  # "Decided" whole in English too
            [
                (
                    r.action.description,
                    r.action.owner,
                    week_label(r.action.decided_on, relative_to=data.meeting.date)
                    if r.action.decided_on
                    else _DASH,
                    outcome_word(r),
                    r.outcome.note if r.outcome else "",
                )
                for r in item.reviews
            ],
        )
        empty = False
    if item.is_review and item.answers:
        document.add_heading(t(ANSWERS_HEADING), level=3)
        add_table(
            document,
            t_each(("Åtgärd", "Ansvarig", "Svar", "Kommentar", "Besvarad av", "Fil")),
            (3.5, 2.9, 2.2, 2.9, 2.5, 3.0),  # "Answered by" whole
            [
                (
                    a.description,
                    a.owner,
                    answer_word(a),
                    a.comment,
                    "\n".join(filter(None, (a.answered_by, a.answered_on.isoformat()))),
                    FileName(a.source_file),
                )
                for a in item.answers
            ],
        )
        empty = False
    if item.incidents:
        document.add_heading(t("Händelser"), level=3)
        add_table(
            document,
            t_each(("Datum", "Plats", "Händelse", "Källa")),
            (3.0, 3.0, 6.9, 4.1),
            [_incident_cells(row) for row in item.incidents],
        )
        empty = False
    if item.confidential_left_out:
        # Not "nothing to note": the room knows there was something, and where it is kept.
        note_nothing(document, left_out_text(item.confidential_left_out))
        empty = False
    if item.actions:
        document.add_heading(t("Beslutade åtgärder"), level=3)
        add_table(
            document,
            t_each(("Åtgärd", "Ansvarig organisation", "Kontaktperson", "Klart senast", "Status")),
            (5.6, 4.4, 2.8, 2.3, 1.9),
            [
                (
                    a.description,
                    a.owner,
                    a.contact_person,
                    _iso(a.due_date),
                    status_word(a.status),
                )
                for a in item.actions
            ],
        )
        empty = False
    if item.kind == AgendaItemKind.NEXT_MEETING and data.next_meeting is not None:
        document.add_paragraph(
            t("Nästa möte: {when}.").format(when=meeting_when_where(data.next_meeting))
        )
        empty = False
    if empty:
        note_nothing(document)


def left_out_text(count: int) -> str:
    """'1 sekretessmarkerad händelse utelämnad.', '3 sekretessmarkerade händelser utelämnade.'"""
    return plural(
        count,
        "{count} sekretessmarkerad händelse utelämnad.",
        "{count} sekretessmarkerade händelser utelämnade.",
    )


def _incident_cells(row: IncidentRow) -> tuple:
    what = ((t(CONFIDENTIAL_MARK) + " ", True), (row.description, False))
    return (row.when, row.where, what if row.confidential else row.description, row.source)


def _open_actions(document: DocxDocument, data: MinutesData) -> None:
    document.add_heading(t("Öppna åtgärder efter mötet"), level=1)
    if not data.open_actions:
        note_nothing(document, t("Inga öppna åtgärder."))
    on = data.meeting.date
    headers = t_each(("Åtgärd", "Fokusområde", "Beslutad", "Klart senast", "Status"))
    groups = [
        (
            group.organisation,
            [
                (
                    a.description,
                    a.focus_area or _DASH,
                    week_label(a.decided_on, relative_to=on) if a.decided_on else _DASH,
                    _iso(a.due_date),
                    ((status_word(a.status), False), ("\n" + t(OVERDUE), True))
                    if a.is_overdue(on)
                    else status_word(a.status),
                )
                for a in group.rows
            ],
        )
        for group in data.open_actions
    ]
    # One organisation's table under the other's: the same columns in each.
    widths = column_widths(
        document, (6.6, 3.6, 1.9, 2.3, 2.6), headers, [row for _, rows in groups for row in rows]
    )
    for organisation, rows in groups:
        document.add_heading(organisation, level=2)
        add_table(document, headers, widths, rows)


# --- header and document properties ------------------------------------------------------
