"""Renders an action list into a Word document for reading (answers go in the .xlsx).

Same template, table look and wording as the minutes; landscape, because
seven columns with notes do not fit a portrait page readably. Overdue is a word,
not only a colour: the list is often printed in black and white.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from ..documents.options import DEFAULT, DocumentOptions
from ..documents.template import new_document
from ..documents.word import Cell, add_table, note_nothing, set_properties
from ..documents.wording import (
    OVERDUE,
    SUBJECT,
    long_date,
    plural,
    status_word,
    t,
    t_each,
    writing_in,
)
from ..limits import xml_safe
from .data import CLOSED_HEADING, NO_CLOSED, NO_MEETING_YET

if TYPE_CHECKING:
    from .data import ActionList, ClosedAction, OpenAction

_DASH = "–"
OPEN_HEADING = "Öppna åtgärder"
NO_OPEN = "Inga öppna åtgärder."
HOW_TO_ANSWER = (
    "Lämna ny status, nytt slutdatum eller en kommentar i Excel-filen med samma namn "
    "och skicka tillbaka den till sammankallande, eller ta upp det på nästa EST-möte."
)

_OPEN_COLUMNS = (
    "Åtgärd",
    "Fokusområde",
    "Beslutad",
    "Kontaktperson",
    "Klart senast",
    "Status",
    "Senaste notering",
)
_OPEN_WIDTHS = (6.3, 3.5, 2.4, 3.0, 2.3, 2.2, 6.0)  # 25.7 cm: A4 landscape inside 2 cm margins
_CLOSED_COLUMNS = ("Åtgärd", "Fokusområde", "Beslutad", "Stängd", "Status")
_CLOSED_WIDTHS = (10.7, 4.5, 3.5, 3.5, 3.5)


def render_action_list_docx(
    data: ActionList, *, now: datetime, options: DocumentOptions = DEFAULT
) -> DocxDocument:
    with writing_in(options.language):
        return _render(data, now, options)


def _render(data: ActionList, now: datetime, options: DocumentOptions) -> DocxDocument:
    data = xml_safe(data)
    document = new_document(options)
    _landscape(document)
    _title_block(document, data)
    groups = data.groups()

    document.add_heading(t(OPEN_HEADING), level=1)
    if not data.open:
        note_nothing(document, t(NO_OPEN))
    for group in (g for g in groups if g.open):
        _group_heading(document, data, group.organisation)
        _open_table(document, group.open)

    document.add_heading(t(CLOSED_HEADING), level=1)
    document.add_paragraph(data.closed_period_text)
    if not data.closed:
        note_nothing(document, t(NO_CLOSED))
    for group in (g for g in groups if g.closed):
        _group_heading(document, data, group.organisation)
        _closed_table(document, group.closed)
    set_properties(document, title=data.title, author=data.author, now=now)
    return document


def _group_heading(document: DocxDocument, data: ActionList, organisation: str) -> None:
    """A combined list names each organisation; one organisation's list need not."""
    if data.is_combined:
        document.add_heading(organisation, level=2)


def _landscape(document: DocxDocument) -> None:
    for section in document.sections:
        if section.orientation != WD_ORIENT.LANDSCAPE:
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = section.page_height, section.page_width


def _title_block(document: DocxDocument, data: ActionList) -> None:
    document.add_paragraph(data.title, "Title")
    document.add_paragraph(f"{data.author} · {t(SUBJECT)}", "Subtitle")
    summary = plural(len(data.open), "{count} öppen", "{count} öppna")
    if data.overdue_count:
        summary = t("{open}, varav {overdue}").format(
            open=summary,
            overdue=plural(data.overdue_count, "{count} försenad", "{count} försenade"),
        )
    latest = data.latest_meeting
    facts = (
        (t("Exporterad"), _day_and_week(data.today)),
        (t("Senaste mötet"), _day_and_week(latest) if latest else t(NO_MEETING_YET)),
        (t("Åtgärder"), summary),
    )
    for label, value in facts:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(4.0))
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.add_run(label).bold = True
        paragraph.add_run(f"\t{value}")
    hint = document.add_paragraph()
    hint.paragraph_format.space_before = Pt(8)
    hint.add_run(t(HOW_TO_ANSWER)).italic = True


def _day_and_week(day: date) -> str:
    """'tisdag 1 december 2026 (v. 49)'."""
    return t("{date} (v. {week})").format(date=long_date(day), week=f"{day.isocalendar().week:02d}")


def _decided(row) -> str:
    day = row.decided_on
    if day is None:
        return _DASH
    return t("{date}\nv. {week}").format(date=day.isoformat(), week=f"{day.isocalendar().week:02d}")


def _status_cell(row: OpenAction) -> Cell:
    word = status_word(row.action.status)
    if row.overdue:
        return ((word, False), ("\n" + t(OVERDUE), True))
    return word


def _note_cell(row: OpenAction) -> Cell:
    if row.latest is None:
        return ""
    where = t("(svar {date})") if row.latest.from_answer else t("(möte {date})")
    return ((row.latest.text, False), ("\n" + where.format(date=row.latest.on.isoformat()), False))


def _open_table(document: DocxDocument, rows: Sequence[OpenAction]) -> None:
    add_table(
        document,
        t_each(_OPEN_COLUMNS),
        _OPEN_WIDTHS,
        [
            (
                r.action.description,
                r.action.focus_area or _DASH,
                _decided(r.action),
                r.action.contact_person or _DASH,
                r.action.due_date.isoformat() if r.action.due_date else _DASH,
                _status_cell(r),
                _note_cell(r),
            )
            for r in rows
        ],
    )


def _closed_table(document: DocxDocument, rows: Sequence[ClosedAction]) -> None:
    add_table(
        document,
        t_each(_CLOSED_COLUMNS),
        _CLOSED_WIDTHS,
        [
            (
                r.action.description,
                r.action.focus_area or _DASH,
                _decided(r.action),
                r.closed_on.isoformat(),
                status_word(r.action.status),
            )
            for r in rows
        ],
    )
