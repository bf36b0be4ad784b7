"""Answered action lists (.xlsx) as a participant sends them back, for tests.

Written with openpyxl to issue 4's contract (format version 1) so the importer can
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
from est_desktop.services.actions import history as action_history
from est_desktop.services.actions import rows as action_rows

SHEET = "Åtgärder"
CLOSED_SHEET = "Stängda sedan förra mötet"
META = "_est"
FIRST_ROW = 5
HEADERS = (
    "Åtgärd",
    "Ansvarig",
    "Fokusområde",
    "Beslutad",
    "Kontaktperson",
    "Klart senast",
    "Status",
    "Senaste notering",
    "Försenad",
    "Ny status",
    "Nytt slutdatum",
    "Kommentar",
    "Besvarad av",
    "Åtgärds-id",
    "Status vid export",
)
LABELS = {"new": "Ny", "in_progress": "Pågår", "done": "Klar", "cancelled": "Avbruten"}
YELLOW = PatternFill("solid", fgColor="FFF2A8")
DATE_FORMAT = "YYYY-MM-DD"
# Columns J to M (1-based 10 to 13), N the action id.
STATUS, DUE, COMMENT, ANSWERED_BY, ACTION_ID, STATUS_AT_EXPORT = range(10, 16)


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
    for column, header in enumerate(HEADERS, 1):
        sheet.cell(4, column, header)
    status_choice = DataValidation(type="list", formula1='"Ny,Pågår,Klar,Avbruten"')
    date_choice = DataValidation(type="date", operator="greaterThanOrEqual", formula1="36526")
    sheet.add_data_validation(status_choice)
    sheet.add_data_validation(date_choice)
    for number, row in enumerate(rows, FIRST_ROW):
        history = action_history.action_history(session=session, action_id=row.id)
        notes = [h.note for h in history if h.note]
        decided = (
            f"{row.decided_on.isoformat()} ({_week(row.decided_on)})" if row.decided_on else ""
        )
        values = (
            row.description,
            row.owner,
            row.focus_area,
            decided,
            row.contact_person,
            row.due_date,
            LABELS[row.status],
            notes[-1] if notes else "",
            "Försenad" if row.is_overdue(exported_on) else "",
            None,
            None,
            None,
            None,
            row.id,
            row.status,
        )
        for column, value in enumerate(values, 1):
            cell = sheet.cell(number, column, value)
            if column in (6, DUE):
                cell.number_format = DATE_FORMAT
            if STATUS <= column <= ANSWERED_BY:
                cell.fill = YELLOW
                cell.protection = Protection(locked=False)
        status_choice.add(sheet.cell(number, STATUS))
        date_choice.add(sheet.cell(number, DUE))
    sheet.column_dimensions["N"].hidden = True
    sheet.column_dimensions["O"].hidden = True
    sheet.protection.sheet = True

    closed = workbook.create_sheet(CLOSED_SHEET)
    closed.append(("Åtgärd", "Fokusområde", "Beslutad", "Stängd", "Status"))
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

    meta = workbook.create_sheet(META)
    for key, value in (
        ("format_version", 1),
        ("database_id", database_id or settings.database_id(session=session)),
        ("export_id", export_id or uuid.uuid4().hex),
        ("exported_at", exported_on.isoformat()),
        ("organisation", organisation or ""),
    ):
        meta.append((key, value))
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
