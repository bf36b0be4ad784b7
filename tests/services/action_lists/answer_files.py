"""Answered action lists (.xlsx) as a participant sends them back, for tests.

Written with openpyxl to the contract of ``answer_file`` so the importer can
be tested on its own: ``export_list`` stands in for the exporter and can be swapped
for it; ``answer`` and ``edit`` do what a participant does in Excel, and stamp the
file with the time it was saved.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook, load_workbook
from openpyxl.styles import PatternFill, Protection
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy import select
from sqlmodel import Session

from est_desktop.models import Action, Meeting
from est_desktop.services import settings
from est_desktop.services.action_lists import answer_file as contract
from est_desktop.services.action_lists.answer_file import FIRST_ROW, HEADER_ROW
from est_desktop.services.actions import history as action_history
from est_desktop.services.actions import rows as action_rows
from est_desktop.services.documents.wording import status_word

SHEET = contract.ACTIONS_SHEET
YELLOW = PatternFill("solid", fgColor="FFF2A8")
DATE_FORMAT = "YYYY-MM-DD"
# The answer columns and the action id, 1-based as openpyxl counts.
STATUS, DUE, COMMENT, ANSWERED_BY = (c.number for c in contract.ANSWER_COLUMNS)
ACTION_ID = contract.ACTION_ID.number


@dataclass(frozen=True)
class Answer:
    """What a participant types in the yellow columns; None leaves a cell empty.

    ``status`` is the text in "Ny status" (a label from the drop-down, or anything
    pasted over it); ``due`` a date (a date cell) or text as typed.
    """

    status: object = None
    due: object = None
    comment: str | None = None
    answered_by: str | None = None


def _week(day: date) -> str:
    return f"v. {day.isocalendar().week:02d}"


def export_list(
    folder: Path,
    *,
    session: Session,
    exported_on: date,
    organisation: str | None = None,
    database_id: str | None = None,
    export_id: str | None = None,
) -> Path:
    """The answerable list of one organisation's open actions (all when None)."""
    title = f"Åtgärdslista – {organisation or 'alla organisationer'}"
    rows = [
        r
        for r in action_rows.all_action_rows(session=session)
        if r.is_open and (organisation is None or r.owner == organisation)
    ]
    rows.sort(key=lambda r: (r.decided_on or date.min, r.id))

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET
    sheet["A1"] = title
    sheet["A2"] = (
        f"Exporterad {exported_on.isoformat()} ({_week(exported_on)}). Svara i de gula "
        "kolumnerna och skicka tillbaka filen till sammankallande."
    )
    for column in contract.COLUMNS:
        sheet.cell(HEADER_ROW, column.number, column.header)
    labels = ",".join(contract.status_labels())
    status_choice = DataValidation(type="list", formula1=f'"{labels}"')
    date_choice = DataValidation(type="date", operator="greaterThanOrEqual", formula1="36526")
    sheet.add_data_validation(status_choice)
    sheet.add_data_validation(date_choice)
    for number, row in enumerate(rows, FIRST_ROW):
        history = action_history.action_history(session=session, action_id=row.id)
        notes = [h.note for h in history if h.note]
        decided = (
            f"{row.decided_on.isoformat()} ({_week(row.decided_on)})" if row.decided_on else ""
        )
        values = {
            contract.DESCRIPTION: row.description,
            contract.OWNER: row.owner,
            contract.FOCUS_AREA: row.focus_area,
            contract.DECIDED: decided,
            contract.CONTACT_PERSON: row.contact_person,
            contract.DUE: row.due_date,
            contract.STATUS: status_word(row.status),
            contract.LATEST_NOTE: notes[-1] if notes else "",
            contract.OVERDUE: "Försenad" if row.is_overdue(exported_on) else "",
            contract.ACTION_ID: row.id,
            contract.STATUS_AT_EXPORT: row.status,
        }
        for column in contract.COLUMNS:
            cell = sheet.cell(number, column.number, values.get(column))
            if column in (contract.DUE, contract.NEW_DUE):
                cell.number_format = DATE_FORMAT
            if column in contract.ANSWER_COLUMNS:
                cell.fill = YELLOW
                cell.protection = Protection(locked=False)
        status_choice.add(sheet.cell(number, STATUS))
        date_choice.add(sheet.cell(number, DUE))
    for column in contract.IDENTITY_COLUMNS:
        sheet.column_dimensions[column.letter].hidden = True
    sheet.protection.sheet = True

    closed = workbook.create_sheet(contract.CLOSED_SHEET)
    closed.append([c.header for c in contract.CLOSED_COLUMNS])
    previous = session.scalars(
        select(Meeting.date).where(Meeting.date < exported_on).order_by(Meeting.date.desc())
    ).first()
    since = previous or exported_on - timedelta(days=7)
    for row in action_rows.all_action_rows(session=session):
        action = session.get(Action, row.id)
        if (organisation is None or row.owner == organisation) and (
            action.closed_on is not None and action.closed_on > since
        ):
            closed.append(
                (row.description, row.focus_area, str(row.decided_on), action.closed_on, row.status)
            )
    closed.protection.sheet = True

    meta = workbook.create_sheet(contract.META_SHEET)
    values = {
        contract.META_FORMAT_VERSION: contract.FORMAT_VERSION,
        contract.META_DATABASE_ID: database_id or settings.database_id(session=session),
        contract.META_EXPORT_ID: export_id or uuid.uuid4().hex,
        contract.META_EXPORTED_AT: exported_on.isoformat(),
        contract.META_ORGANISATION: organisation or "",
    }
    for key in contract.META_KEYS:
        meta.append((key, values[key]))
    meta.sheet_state = "veryHidden"

    properties = workbook.properties
    properties.creator = properties.lastModifiedBy = settings.meeting_defaults(
        session=session
    ).organisation_name
    properties.title = title
    name = f"Åtgärdslista {organisation or 'alla organisationer'} {exported_on.isoformat()}.xlsx"
    path = Path(folder) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return path


def edit(path: Path, change: Callable[[Workbook], None], *, saved_at: datetime | None) -> Path:
    """Opens, changes and saves the file as Excel would; ``saved_at`` None drops the
    'modified' property (some tools do not write it)."""
    workbook = load_workbook(path)
    change(workbook)
    workbook.save(path)
    _stamp_modified(path, saved_at)
    return path


def answer(path: Path, answers: dict[int, Answer], *, saved_at: datetime | None) -> Path:
    """Fills the yellow columns of the rows of the given action ids."""

    def fill(workbook: Workbook) -> None:
        sheet = workbook[SHEET]
        rows = {sheet.cell(r, ACTION_ID).value: r for r in range(FIRST_ROW, sheet.max_row + 1)}
        for action_id, given in answers.items():
            row = rows[action_id]
            for column, value in zip(
                (STATUS, DUE, COMMENT, ANSWERED_BY),
                (given.status, given.due, given.comment, given.answered_by),
                strict=True,
            ):
                if value is not None:
                    sheet.cell(row, column, value)

    return edit(path, fill, saved_at=saved_at)


def row_of(path: Path, action_id: int) -> int:
    sheet = load_workbook(path)[SHEET]
    return next(
        r
        for r in range(FIRST_ROW, sheet.max_row + 1)
        if sheet.cell(r, ACTION_ID).value == action_id
    )


_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def _stamp_modified(path: Path, saved_at: datetime | None) -> None:
    """openpyxl always writes 'now' as the time of saving; a test needs to choose it."""
    with ZipFile(path) as package:
        entries = [(info, package.read(info)) for info in package.infolist()]
    with ZipFile(path, "w", ZIP_DEFLATED) as package:
        for info, data in entries:
            if info.filename == "docProps/core.xml":
                if saved_at is None:
                    data = _MODIFIED.sub(b"", data)
                else:
                    utc = saved_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                    data = _MODIFIED.sub(rb"\g<1>" + utc + rb"\g<2>", data)
            package.writestr(info, data)
