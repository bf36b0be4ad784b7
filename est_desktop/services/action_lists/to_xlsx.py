"""Renders an action list into the answerable workbook (.xlsx) of ``answer_file``'s contract.

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
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

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
from . import answer_file as contract
from .answer_file import FIRST_ROW, HEADER_ROW, Column
from .data import CLOSED_HEADING, NO_CLOSED, NO_MEETING_YET

if TYPE_CHECKING:
    from .data import ActionList

DATE_FORMAT = "YYYY-MM-DD"
_EXCEL_EPOCH = date(1899, 12, 30)

NO_OPEN = "Inga öppna åtgärder."

Layout = tuple[float, bool]  # width in characters, text wrapped
# Everything locked but the answer columns; the identity columns hidden.
ACTION_LAYOUT: dict[Column, Layout] = {
    contract.DESCRIPTION: (34, True),
    contract.OWNER: (27, True),
    contract.FOCUS_AREA: (17, True),
    contract.DECIDED: (17, False),
    contract.CONTACT_PERSON: (15, True),
    contract.DUE: (11, False),
    contract.STATUS: (9, False),
    contract.LATEST_NOTE: (28, True),
    contract.OVERDUE: (10, False),
    contract.NEW_STATUS: (11, False),
    contract.NEW_DUE: (12, False),
    contract.COMMENT: (28, True),
    contract.ANSWERED_BY: (15, True),
    contract.ACTION_ID: (10, False),
    contract.STATUS_AT_EXPORT: (12, False),
}
CLOSED_LAYOUT: dict[Column, Layout] = {
    contract.CLOSED_DESCRIPTION: (52, True),
    contract.CLOSED_FOCUS_AREA: (22, True),
    contract.CLOSED_DECIDED: (17, False),
    contract.CLOSED_ON: (12, False),
    contract.CLOSED_STATUS: (10, False),
    contract.CLOSED_OWNER: (26, True),
}

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


def instructions(data: ActionList) -> str:
    """The answer sheet's line under its title: when the list was made, after which
    meeting (as the Word list's facts say), and how to answer."""
    latest = data.latest_meeting
    return t(
        "Exporterad {date} (v. {week}). Senaste mötet: {meeting}. "
        "Svara i de gula kolumnerna och skicka tillbaka filen till sammankallande."
    ).format(
        date=data.today.isoformat(),
        week=f"{data.week:02d}",
        meeting=dated_week(latest) if latest else t(NO_MEETING_YET),
    )


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
    actions_sheet.title = t(contract.ACTIONS_SHEET)
    _actions_sheet(actions_sheet, data)
    _closed_sheet(workbook.create_sheet(t(contract.CLOSED_SHEET)), data)
    _meta_sheet(workbook.create_sheet(contract.META_SHEET), data, database_id, export_id)
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
    columns = contract.COLUMNS
    _headers(sheet, columns, ACTION_LAYOUT)
    for column in contract.ANSWER_COLUMNS:
        sheet[f"{column.letter}{HEADER_ROW}"].fill = _ANSWER_HEADER_FILL
    last_row = HEADER_ROW
    for last_row, item in enumerate(data.open, FIRST_ROW):
        action = item.action
        values = {
            contract.DESCRIPTION: action.description,
            contract.OWNER: action.owner,
            contract.FOCUS_AREA: action.focus_area or "",
            contract.DECIDED: dated_week(action.decided_on),
            contract.CONTACT_PERSON: action.contact_person,
            contract.DUE: action.due_date,
            contract.STATUS: status_word(action.status),
            contract.LATEST_NOTE: item.latest_note,
            contract.OVERDUE: t(OVERDUE) if item.overdue else "",
            contract.ACTION_ID: action.id,
            contract.STATUS_AT_EXPORT: action.status,
        }  # the answer columns are left empty
        _row(sheet, last_row, [values.get(c) for c in columns], columns, ACTION_LAYOUT)
        for column in (contract.DUE, contract.NEW_DUE):
            sheet[f"{column.letter}{last_row}"].number_format = DATE_FORMAT
        if item.overdue:
            sheet[f"{contract.OVERDUE.letter}{last_row}"].font = _ALERT
        for column in contract.ANSWER_COLUMNS:
            sheet[f"{column.letter}{last_row}"].fill = _ANSWER_FILL
            sheet[f"{column.letter}{last_row}"].protection = _UNLOCKED
    if data.open:
        _answer_validations(sheet, last_row)
    else:
        last_row = _nothing(sheet, t(NO_OPEN))
    for column in contract.IDENTITY_COLUMNS:
        sheet.column_dimensions[column.letter].hidden = True
    _finish(sheet, last_row, last_printed=contract.ANSWER_COLUMNS[-1].letter)


def _answer_validations(sheet: Worksheet, last_row: int) -> None:
    labels = contract.status_labels()
    status = DataValidation(
        type="list",
        formula1='"' + ",".join(labels) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=contract.NEW_STATUS.heading(),
        error=t("Välj en status i listan: {statuses}.").format(statuses=", ".join(labels)),
        showInputMessage=True,
        promptTitle=contract.NEW_STATUS.heading(),
        prompt=t("Välj i listan, eller lämna tomt om statusen är oförändrad."),
    )
    due = DataValidation(
        type="date",
        operator="greaterThanOrEqual",
        formula1=str((EARLIEST_DATE - _EXCEL_EPOCH).days),
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=contract.NEW_DUE.heading(),
        error=t("Skriv ett datum som ÅÅÅÅ-MM-DD, till exempel 2026-12-15."),
        showInputMessage=True,
        promptTitle=contract.NEW_DUE.heading(),
        prompt=t("ÅÅÅÅ-MM-DD, eller tomt om slutdatumet är oförändrat."),
    )
    for validation, column in ((status, contract.NEW_STATUS), (due, contract.NEW_DUE)):
        validation.add(f"{column.letter}{FIRST_ROW}:{column.letter}{last_row}")
    sheet.add_data_validation(status)
    sheet.add_data_validation(due)


def _closed_sheet(sheet: Worksheet, data: ActionList) -> None:
    columns = contract.CLOSED_COLUMNS + ((contract.CLOSED_OWNER,) if data.is_combined else ())
    _title(sheet, f"{t(CLOSED_HEADING)} – {data.subject}", data.closed_period_text)
    _headers(sheet, columns, CLOSED_LAYOUT)
    last_row = HEADER_ROW
    for last_row, item in enumerate(data.closed, FIRST_ROW):
        action = item.action
        values = {
            contract.CLOSED_DESCRIPTION: action.description,
            contract.CLOSED_FOCUS_AREA: action.focus_area or "",
            contract.CLOSED_DECIDED: dated_week(action.decided_on),
            contract.CLOSED_ON: item.closed_on,
            contract.CLOSED_STATUS: status_word(action.status),
            contract.CLOSED_OWNER: action.owner,
        }
        _row(sheet, last_row, [values[c] for c in columns], columns, CLOSED_LAYOUT)
        sheet[f"{contract.CLOSED_ON.letter}{last_row}"].number_format = DATE_FORMAT
    if not data.closed:
        last_row = _nothing(sheet, t(NO_CLOSED))
    _finish(sheet, last_row, last_printed=columns[-1].letter)


def _meta_sheet(sheet: Worksheet, data: ActionList, database_id: str, export_id: str) -> None:
    values = {
        contract.META_FORMAT_VERSION: contract.FORMAT_VERSION,
        contract.META_DATABASE_ID: database_id,
        contract.META_EXPORT_ID: export_id,
        contract.META_EXPORTED_AT: data.today.isoformat(),
        contract.META_ORGANISATION: data.organisation,
    }
    for number, key in enumerate(contract.META_KEYS, 1):
        _put(sheet, number, 1, key)
        _put(sheet, number, 2, values[key])
    sheet.sheet_state = "veryHidden"
    sheet.protection.sheet = True


def _title(sheet: Worksheet, title: str, subtitle: str) -> None:
    _put(sheet, 1, 1, title).font = _TITLE
    _put(sheet, 2, 1, subtitle).font = _BODY


def _headers(sheet: Worksheet, columns: Sequence[Column], layout: dict[Column, Layout]) -> None:
    headers = [column.heading() for column in columns]
    for column, header in zip(columns, headers, strict=True):
        cell = _put(sheet, HEADER_ROW, column.number, header)
        cell.font = _BOLD
        cell.fill = _HEADER_FILL
        cell.border = _BORDER
        cell.alignment = Alignment(vertical="bottom", wrap_text=True)
        sheet.column_dimensions[column.letter].width = layout[column][0]
    sheet.row_dimensions[HEADER_ROW].height = _height(
        max(_line_count(h, layout[c][0]) for c, h in zip(columns, headers, strict=True))
    )


def _row(
    sheet: Worksheet,
    number: int,
    values: Sequence,
    columns: Sequence[Column],
    layout: dict[Column, Layout],
) -> None:
    """One data row; its height is set from the wrapped text, because neither Excel nor
    LibreOffice grows a row to fit when it opens a file."""
    lines = 1
    for column, value in zip(columns, values, strict=True):
        width, wrapped = layout[column]
        cell = _put(sheet, number, column.number, value)
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
