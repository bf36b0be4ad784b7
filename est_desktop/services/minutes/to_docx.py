"""Renders gathered minutes into a Word document, in Swedish, from our template.

The minutes are read by people who were not in the room, often printed, and
sometimes in black and white: every mark that matters (draft, confidential,
overdue) is a word, not only a colour.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from docx import Document
from docx.document import Document as DocxDocument
from docx.shared import Cm, Pt

from ...models import AgendaItemKind
from ...paths import resource_path
from ..actions.decisions import ReviewRow
from ..documents.word import add_map, add_table, alert, confidential_header, note_nothing
from ..documents.wording import OVERDUE, SUBJECT, long_date, status_word, week_label
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

_DASH = "–"


# --- Swedish wording ------------------------------------------------------------------


def outcome_word(review: ReviewRow) -> str:
    outcome = review.outcome
    if outcome is None:
        return NOT_REVIEWED
    if outcome.new_due_date is not None:
        return f"Nytt slutdatum {outcome.new_due_date.isoformat()}"
    return status_word(outcome.status)


def answer_word(answer: AnswerRow) -> str:
    """'Klar', 'Pågår' and/or 'Nytt slutdatum …': what the answer changed, or the status
    it confirmed."""
    parts = []
    if answer.status != answer.previous_status or answer.new_due_date is None:
        parts.append(status_word(answer.status))
    if answer.new_due_date is not None:
        parts.append(f"Nytt slutdatum {answer.new_due_date.isoformat()}")
    return "\n".join(parts)


def meeting_when_where(meeting: MeetingFacts) -> str:
    text = long_date(meeting.date)
    if meeting.start_time is not None:
        text += f" kl. {meeting.start_time.strftime('%H:%M')}"
    if meeting.location:
        text += f", {meeting.location}"
    return text


def _iso(day: date | None) -> str:
    return day.isoformat() if day is not None else _DASH


# --- the document -------------------------------------------------------------------


def render_minutes(data: MinutesData, *, title: str, now: datetime) -> DocxDocument:
    data, title = xml_safe(data), xml_safe(title)
    document = Document(str(resource_path("templates", "minutes.docx")))
    _title_block(document, data)
    _attendance(document, data)
    for item in data.items:
        _item(document, data, item)
    _open_actions(document, data)
    document.add_heading("Nästa möte", level=1)
    document.add_paragraph(
        NOT_DECIDED if data.next_meeting is None else meeting_when_where(data.next_meeting)
    )
    if data.week_map is not None:
        heading = document.add_heading(WEEK_MAP_HEADING, level=1)
        heading.paragraph_format.page_break_before = True
        heading.paragraph_format.keep_with_next = True
        add_map(document, data.week_map.incidents)
    if data.has_confidential:
        confidential_header(document)
    set_properties(document, data, title, now)
    return document


def _title_block(document: DocxDocument, data: MinutesData) -> None:
    meeting = data.meeting
    document.add_paragraph(f"Minnesanteckningar EST-möte {meeting.date.isoformat()}", "Title")
    document.add_paragraph(f"{data.organisation_name} · {SUBJECT}", "Subtitle")
    if not meeting.finalised:
        alert(document.add_paragraph(), DRAFT)
    if data.has_confidential:
        alert(document.add_paragraph(), CONFIDENTIAL_NOTICE)
    facts = (
        ("Datum", long_date(meeting.date)),
        ("Vecka", week_label(meeting.date)),
        ("Tid", meeting.start_time.strftime("%H:%M") if meeting.start_time else _DASH),
        ("Plats", meeting.location or _DASH),
        ("Sammankallande", meeting.convener or _DASH),
    )
    for label, value in facts:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(4.0))
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.add_run(label).bold = True
        paragraph.add_run(f"\t{value}")


def _attendance(document: DocxDocument, data: MinutesData) -> None:
    document.add_heading("Närvarande", level=1)
    if not data.attendance:
        note_nothing(document, "Ingen närvaro antecknad.")
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
    document.add_heading(item.heading, level=1)
    empty = True
    for block in item.notes.splitlines():
        if block.strip():
            document.add_paragraph(block.strip())
            empty = False
    if item.is_review and item.reviews:
        document.add_heading("Uppföljning av öppna åtgärder", level=3)
        add_table(
            document,
            ("Åtgärd", "Ansvarig", "Beslutad", "Utfall", "Anteckning"),
            (4.9, 4.2, 1.8, 2.8, 3.3),
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
        document.add_heading(ANSWERS_HEADING, level=3)
        add_table(
            document,
            ("Åtgärd", "Ansvarig", "Svar", "Kommentar", "Besvarad av", "Fil"),
            (3.6, 3.0, 2.3, 3.0, 2.1, 3.0),
            [
                (
                    a.description,
                    a.owner,
                    answer_word(a),
                    a.comment,
                    "\n".join(filter(None, (a.answered_by, a.answered_on.isoformat()))),
                    a.source_file,
                )
                for a in item.answers
            ],
        )
        empty = False
    if item.incidents:
        document.add_heading("Händelser", level=3)
        add_table(
            document,
            ("Datum", "Plats", "Händelse", "Källa"),
            (3.0, 3.0, 6.9, 4.1),
            [_incident_cells(row) for row in item.incidents],
        )
        empty = False
    if item.actions:
        document.add_heading("Beslutade åtgärder", level=3)
        add_table(
            document,
            ("Åtgärd", "Ansvarig organisation", "Kontaktperson", "Klart senast", "Status"),
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
        document.add_paragraph(f"Nästa möte: {meeting_when_where(data.next_meeting)}.")
        empty = False
    if empty:
        note_nothing(document)


def _incident_cells(row: IncidentRow) -> tuple:
    what = ((CONFIDENTIAL_MARK + " ", True), (row.description, False))
    return (row.when, row.where, what if row.confidential else row.description, row.source)


def _open_actions(document: DocxDocument, data: MinutesData) -> None:
    document.add_heading("Öppna åtgärder efter mötet", level=1)
    if not data.open_actions:
        note_nothing(document, "Inga öppna åtgärder.")
    on = data.meeting.date
    for group in data.open_actions:
        document.add_heading(group.organisation, level=2)
        add_table(
            document,
            ("Åtgärd", "Fokusområde", "Beslutad", "Klart senast", "Status"),
            (6.6, 3.6, 1.9, 2.3, 2.6),
            [
                (
                    a.description,
                    a.focus_area or _DASH,
                    week_label(a.decided_on, relative_to=on) if a.decided_on else _DASH,
                    _iso(a.due_date),
                    ((status_word(a.status), False), ("\n" + OVERDUE, True))
                    if a.is_overdue(on)
                    else status_word(a.status),
                )
                for a in group.rows
            ],
        )


# --- the map ------------------------------------------------------------------------


# --- tables -------------------------------------------------------------------------


# --- header and document properties ------------------------------------------------------


def set_properties(document: DocxDocument, data: MinutesData, title: str, now: datetime) -> None:
    props = document.core_properties
    props.title = title
    props.author = props.last_modified_by = data.organisation_name
    props.subject = SUBJECT
    props.keywords = "EST"
    props.comments = props.category = ""
    props.language = "sv-SE"
    props.revision = 1
    props.created = props.modified = now
