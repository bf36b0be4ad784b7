"""Renders an action list into the answerable workbook (.xlsx) of the issue 4 contract.

A participant fills in the yellow columns and sends the file back; ``services.action_lists.answers``
reads it. Everything the importer relies on (the hidden action id and status at
export, the ``_est`` sheet with this database's identity) is locked or hidden, and
the answer cells offer only what the importer accepts. Headings, sheet names and
instructions are in the list's language; the importer reads either language.

Every cell holding text is written as text (``_put``), never as a formula: a
description or an answered comment starting with ``=`` would otherwise be a live
formula in Excel (HYPERLINK, DDE), the CSV injection of OWASP's guidance.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ...models import ActionStatus
from ..documents.options import DEFAULT, DocumentOptions
from ..documents.wording import (
    OVERDUE,
    SUBJECT,
    dated_week,
    language_tag,
    status_word,
    t,
    writing_in,
)
from ..limits import EARLIEST_DATE, xml_safe

if TYPE_CHECKING:
    from .data import ActionList

FORMAT_VERSION = 1
# Swedish names, and the headings below; an English list has their English.
SHEET_ACTIONS = "Åtgärder"
SHEET_CLOSED = "Stängda sedan förra mötet"
SHEET_META = "_est"
HEADER_ROW = 4
FIRST_ROW = 5
DATE_FORMAT = "YYYY-MM-DD"
_STATUSES = (ActionStatus.NEW, ActionStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.CANCELLED)
_EXCEL_EPOCH = date(1899, 12, 30)

NO_OPEN = "Inga öppna åtgärder."
NO_CLOSED = "Inga åtgärder har stängts sedan förra mötet."

Column = tuple[str, float, bool]  # header, width in characters, text wrapped
# A–I locked, J–M the answer area, N–O hidden.
ACTION_COLUMNS = (
    ("Åtgärd", 34, True),
    ("Ansvarig", 27, True),
    ("Fokusområde", 17, True),
    ("Beslutad", 17, False),
    ("Kontaktperson", 15, True),
    ("Klart senast", 11, False),
    ("Status", 9, False),
    ("Senaste notering", 28, True),
    ("Försenad", 10, False),
    ("Ny status", 11, False),
    ("Nytt slutdatum", 12, False),
    ("Kommentar", 28, True),
    ("Besvarad av", 15, True),
    ("Åtgärds-id", 10, False),
    ("Status vid export", 12, False),
)
ANSWER_COLUMNS = ("J", "K", "L", "M")
HIDDEN_COLUMNS = ("N", "O")
CLOSED_COLUMNS = (
    ("Åtgärd", 52, True),
    ("Fokusområde", 22, True),
    ("Beslutad", 17, False),
    ("Stängd", 12, False),
    ("Status", 10, False),
)
OWNER_COLUMN = ("Ansvarig", 26, True)  # only in the combined list's closed sheet

_HEADER_FILL = PatternFill("solid", fgColor="DCE3EE")
_ANSWER_HEADER_FILL = PatternFill("solid", fgColor="FFD966")
_ANSWER_FILL = PatternFill("solid", fgColor="FFF2A8")
_THIN = Side(style="thin", color="A6A6A6")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_FONT = "Calibri"
_BODY = Font(name=_FONT, size=11)
_BOLD = Font(name=_FONT, size=11, bold=True)
_TITLE = Font(name=_FONT, size=14, bold=True)
_NOTHING = Font(name=_FONT, size=11, italic=True)
_ALERT = Font(name=_FONT, size=11, bold=True, color="A01C1C")
_LINE_HEIGHT = 15  # points, Calibri 11
_UNLOCKED = Protection(locked=False)


def status_labels() -> tuple[str, ...]:
    """What the new-status list offers, in the list's language."""
    return tuple(status_word(s) for s in _STATUSES)


def instructions(data: ActionList) -> str:
    return t(
        "Exporterad {date} (v. {week}). "
        "Svara i de gula kolumnerna och skicka tillbaka filen till sammankallande."
    ).format(date=data.today.isoformat(), week=f"{data.week:02d}")


def render_action_list_xlsx(
    data: ActionList,
    *,
    database_id: str,
    export_id: str,
    now: datetime,
    options: DocumentOptions = DEFAULT,
) -> Workbook:
    """The answerable workbook, in ``options.language`` (the template is Word's only)."""
    with writing_in(options.language):
        return _render(data, database_id, export_id, now)


def _render(data: ActionList, database_id: str, export_id: str, now: datetime) -> Workbook:
    data = xml_safe(data)
    workbook = Workbook()
    actions_sheet = workbook.active
    actions_sheet.title = t(SHEET_ACTIONS)
    _actions_sheet(actions_sheet, data)
    _closed_sheet(workbook.create_sheet(t(SHEET_CLOSED)), data)
    _meta_sheet(workbook.create_sheet(SHEET_META), data, database_id, export_id)
    workbook.active = 0
    # Sheets cannot be renamed, moved or removed: the importer finds them by name.
    workbook.security.lockStructure = True
    props = workbook.properties
    props.title = data.title
    props.creator = props.lastModifiedBy = data.author
    props.subject = t(SUBJECT)
    props.keywords = "EST"
    props.language = language_tag()
    props.created = now.replace(tzinfo=None)
    return workbook


def _actions_sheet(sheet: Worksheet, data: ActionList) -> None:
    _title(sheet, data.title, instructions(data))
    _headers(sheet, ACTION_COLUMNS)
    for column in ANSWER_COLUMNS:
        sheet[f"{column}{HEADER_ROW}"].fill = _ANSWER_HEADER_FILL
    last_row = HEADER_ROW
    for last_row, item in enumerate(data.open, FIRST_ROW):
        action = item.action
        values = (
            action.description,
            action.owner,
            action.focus_area or "",
            dated_week(action.decided_on),
            action.contact_person,
            action.due_date,
            status_word(action.status),
            item.latest_note,
            t(OVERDUE) if item.overdue else "",
            None,
            None,
            None,
            None,
            action.id,
            action.status,
        )
        _row(sheet, last_row, values, ACTION_COLUMNS)
        sheet[f"F{last_row}"].number_format = DATE_FORMAT
        sheet[f"K{last_row}"].number_format = DATE_FORMAT
        if item.overdue:
            sheet[f"I{last_row}"].font = _ALERT
        for column in ANSWER_COLUMNS:
            sheet[f"{column}{last_row}"].fill = _ANSWER_FILL
            sheet[f"{column}{last_row}"].protection = _UNLOCKED
    if data.open:
        _answer_validations(sheet, last_row)
    else:
        last_row = _nothing(sheet, t(NO_OPEN))
    for column in HIDDEN_COLUMNS:
        sheet.column_dimensions[column].hidden = True
    _finish(sheet, last_row, last_printed="M")


def _answer_validations(sheet: Worksheet, last_row: int) -> None:
    labels = status_labels()
    status = DataValidation(
        type="list",
        formula1='"' + ",".join(labels) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=t("Ny status"),
        error=t("Välj en status i listan: {statuses}.").format(statuses=", ".join(labels)),
        showInputMessage=True,
        promptTitle=t("Ny status"),
        prompt=t("Välj i listan, eller lämna tomt om statusen är oförändrad."),
    )
    due = DataValidation(
        type="date",
        operator="greaterThanOrEqual",
        formula1=str((EARLIEST_DATE - _EXCEL_EPOCH).days),
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=t("Nytt slutdatum"),
        error=t("Skriv ett datum som ÅÅÅÅ-MM-DD, till exempel 2026-12-15."),
        showInputMessage=True,
        promptTitle=t("Nytt slutdatum"),
        prompt=t("ÅÅÅÅ-MM-DD, eller tomt om slutdatumet är oförändrat."),
    )
    status.add(f"J{FIRST_ROW}:J{last_row}")
    due.add(f"K{FIRST_ROW}:K{last_row}")
    sheet.add_data_validation(status)
    sheet.add_data_validation(due)


def _closed_sheet(sheet: Worksheet, data: ActionList) -> None:
    columns = CLOSED_COLUMNS + ((OWNER_COLUMN,) if data.is_combined else ())
    _title(sheet, f"{t(SHEET_CLOSED)} – {data.subject}", data.closed_since_text)
    _headers(sheet, columns)
    last_row = HEADER_ROW
    for last_row, item in enumerate(data.closed, FIRST_ROW):
        action = item.action
        values = (
            action.description,
            action.focus_area or "",
            dated_week(action.decided_on),
            item.closed_on,
            status_word(action.status),
        ) + ((action.owner,) if data.is_combined else ())
        _row(sheet, last_row, values, columns)
        sheet[f"D{last_row}"].number_format = DATE_FORMAT
    if not data.closed:
        last_row = _nothing(sheet, t(NO_CLOSED))
    _finish(sheet, last_row, last_printed=get_column_letter(len(columns)))


def _meta_sheet(sheet: Worksheet, data: ActionList, database_id: str, export_id: str) -> None:
    for number, row in enumerate(
        (
            ("format_version", FORMAT_VERSION),
            ("database_id", database_id),
            ("export_id", export_id),
            ("exported_at", data.today.isoformat()),
            ("organisation", data.organisation),
        ),
        1,
    ):
        for column, value in enumerate(row, 1):
            _put(sheet, number, column, value)
    sheet.sheet_state = "veryHidden"
    sheet.protection.sheet = True


def _title(sheet: Worksheet, title: str, subtitle: str) -> None:
    _put(sheet, 1, 1, title).font = _TITLE
    _put(sheet, 2, 1, subtitle).font = _BODY


def _headers(sheet: Worksheet, columns: Sequence[Column]) -> None:
    headers = [t(header) for header, _, _ in columns]
    for number, (header, (_, width, _wrapped)) in enumerate(zip(headers, columns, strict=True), 1):
        cell = _put(sheet, HEADER_ROW, number, header)
        cell.font = _BOLD
        cell.fill = _HEADER_FILL
        cell.border = _BORDER
        cell.alignment = Alignment(vertical="bottom", wrap_text=True)
        sheet.column_dimensions[get_column_letter(number)].width = width
    sheet.row_dimensions[HEADER_ROW].height = _height(
        max(_line_count(h, width) for h, (_, width, _) in zip(headers, columns, strict=True))
    )


def _row(sheet: Worksheet, number: int, values: Sequence, columns: Sequence[Column]) -> None:
    """One data row; its height is set from the wrapped text, because neither Excel nor
    LibreOffice grows a row to fit when it opens a file."""
    lines = 1
    for column, (value, (_header, width, wrapped)) in enumerate(
        zip(values, columns, strict=True), 1
    ):
        cell = _put(sheet, number, column, value)
        cell.font = _BODY
        cell.border = _BORDER
        cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=wrapped)
        if wrapped and isinstance(value, str):
            lines = max(lines, _line_count(value, width))
    sheet.row_dimensions[number].height = _height(lines)


def _nothing(sheet: Worksheet, text: str) -> int:
    _put(sheet, FIRST_ROW, 1, text).font = _NOTHING
    return FIRST_ROW


def _put(sheet: Worksheet, row: int, column: int, value: object) -> Cell:
    """The one way a value goes into a cell. openpyxl makes a formula of any text
    starting with ``=``; text is typed back to a string, so Excel shows it as written."""
    cell = sheet.cell(row=row, column=column, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
    return cell


def _line_count(text: str, width: float) -> int:
    # A column's width counts digit widths; prose letters are narrower on average, so a
    # line holds a few more characters than that (estimated low rather than clip text).
    per_line = max(1, int(width * 1.15))
    return sum(max(1, len(textwrap.wrap(part, per_line))) for part in text.splitlines() or [""])


def _height(lines: int) -> float:
    return lines * _LINE_HEIGHT + 3


def _finish(sheet: Worksheet, last_row: int, *, last_printed: str) -> None:
    """Protection, frozen headers and a print that fits the page's width."""
    sheet.protection.sheet = True
    sheet.freeze_panes = f"A{FIRST_ROW}"
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.print_area = f"A1:{last_printed}{max(last_row, HEADER_ROW)}"
    setup = sheet.page_setup
    setup.orientation = "landscape"
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.fitToWidth = 1
    setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    sheet.oddFooter.left.text = "&A"
    sheet.oddFooter.right.text = t("Sida &P av &N")
