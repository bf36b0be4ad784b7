"""Reading an answered action list (.xlsx, the contract of ``answer_file``), written
in Swedish or English: a list goes out in the language of whoever exports it and comes
back to whoever imports it, who may have chosen the other.

Only reading: the answers service decides what the rows mean for the database.
The answer sheet is streamed (openpyxl's read-only mode) and read only as far as
rows hold actions: a stray cell in the sheet's last row (1,048,576) would otherwise
make a file of a few rows take half a minute to read.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from operator import itemgetter
from pathlib import Path
from typing import Literal
from xml.etree import ElementTree
from zipfile import ZipFile

from openpyxl import Workbook, load_workbook

from ...text import QT_TRANSLATE_NOOP
from .. import limits
from ..documents.options import LANGUAGES
from ..documents.wording import translated
from . import answer_file as contract
from .answer_file import FIRST_ROW, HEADER_ROW, STATUS_BY_LABEL

log = logging.getLogger(__name__)

_ANSWER_SHEETS = contract.in_every_language(contract.ACTIONS_SHEET)
# The columns read, next to each other: the answers, then the action and its status at export.
_READ = contract.READ_COLUMNS
_FIRST_COLUMN, _LAST_COLUMN = _READ[0].number, _READ[-1].number
_HEADERS = {
    tuple(translated(column.header, language).casefold() for column in _READ)
    for language in LANGUAGES
}
_ANSWER_CELLS = itemgetter(*(c.number - _FIRST_COLUMN for c in contract.ANSWER_COLUMNS))
_ACTION_ID_CELL = itemgetter(contract.ACTION_ID.number - _FIRST_COLUMN)
# Rows without an action id read past the last action before the reading stops.
_EMPTY_ROWS_READ = 50
_MODIFIED = "{http://purl.org/dc/terms/}modified"
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class Reason(StrEnum):
    """Why an answer (or a whole file, row 0) cannot be applied."""

    UNREADABLE = "unreadable"
    NOT_AN_ACTION_LIST = "not_an_action_list"
    ANOTHER_DATABASE = "another_database"
    UNKNOWN_ACTION = "unknown_action"
    CLOSED_SINCE_EXPORT = "closed_since_export"
    INVALID_DATE = "invalid_date"
    INVALID_STATUS = "invalid_status"
    REVIEWED_SINCE_ANSWER = "reviewed_since_answer"
    DUE_IN_PAST = "due_in_past"
    DATE_OUT_OF_RANGE = "date_out_of_range"


MESSAGES = {
    Reason.UNREADABLE: QT_TRANSLATE_NOOP(
        "Validation",
        "The file could not be opened. Check that it still exists and close it in Excel.",
    ),
    Reason.NOT_AN_ACTION_LIST: QT_TRANSLATE_NOOP(
        "Validation", "The file is not an action list exported from EST Desktop."
    ),
    Reason.ANOTHER_DATABASE: QT_TRANSLATE_NOOP(
        "Validation", "The action list was exported from another EST database."
    ),
    Reason.UNKNOWN_ACTION: QT_TRANSLATE_NOOP(
        "Validation", "The action in this row does not exist in this database."
    ),
    Reason.CLOSED_SINCE_EXPORT: QT_TRANSLATE_NOOP(
        "Validation", "The action has been closed since the list was exported."
    ),
    Reason.INVALID_DATE: QT_TRANSLATE_NOOP(
        "Validation", "The new due date is not a date. Write it as YYYY-MM-DD."
    ),
    Reason.INVALID_STATUS: QT_TRANSLATE_NOOP(
        "Validation", "The new status is not one of Ny, Pågår, Klar and Avbruten."
    ),
    Reason.REVIEWED_SINCE_ANSWER: QT_TRANSLATE_NOOP(
        "Validation", "The action was reviewed at a meeting after this answer was given."
    ),
    Reason.DUE_IN_PAST: QT_TRANSLATE_NOOP(
        "Validation",
        "The new due date was already past when the answer was given. Check the year.",
    ),
    Reason.DATE_OUT_OF_RANGE: limits.DATE_OUT_OF_RANGE,
}
_NEWER_FORMAT = QT_TRANSLATE_NOOP(
    "Validation", "The action list was made by a newer version of EST Desktop."
)


class Refused(Exception):
    def __init__(self, reason: Reason, message: str | None = None) -> None:
        super().__init__(reason.value)
        self.reason = reason
        self.message = message or MESSAGES[reason]


@dataclass(frozen=True)
class AnsweredRow:
    row: int
    action_id: int | None
    status: object
    due: object
    comment: str
    answered_by: str


@dataclass(frozen=True)
class AnsweredFile:
    name: str
    database_id: str
    export_id: str
    answered_at: datetime
    answers: list[AnsweredRow]


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: object) -> str:
    return "" if _blank(value) else str(value).strip()


def _action_id(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _saved_at(path: Path) -> datetime:
    """When the participant last saved the file: the package's 'modified' property, else
    the file's time. Read from the package itself: openpyxl puts 'now' in when it is missing.
    """
    try:
        with ZipFile(path) as package:
            core = ElementTree.fromstring(package.read("docProps/core.xml"))
        text = (core.findtext(_MODIFIED) or "").strip()
        modified = datetime.fromisoformat(text.replace("Z", "+00:00")) if text else None
    except (KeyError, ValueError, ElementTree.ParseError):
        modified = None
    if modified is None:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC)
    if modified.tzinfo is None:
        return modified.replace(tzinfo=UTC)
    return modified.astimezone(UTC)


def read_file(path: Path) -> AnsweredFile:
    try:
        return _read_workbook(path)
    except Refused:
        raise
    except OSError as error:
        raise Refused(Reason.UNREADABLE) from error
    except Exception as error:  # whatever a damaged or foreign file makes openpyxl raise
        log.info("Not an action list: %s (%s)", path.name, type(error).__name__)
        raise Refused(Reason.NOT_AN_ACTION_LIST) from error


def _read_workbook(path: Path) -> AnsweredFile:
    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        return _read_sheets(workbook, path)
    finally:
        workbook.close()  # read-only mode keeps the file open until closed


def _read_sheets(workbook: Workbook, path: Path) -> AnsweredFile:
    answer_sheet = next((name for name in _ANSWER_SHEETS if name in workbook.sheetnames), None)
    if contract.META_SHEET not in workbook.sheetnames or answer_sheet is None:
        raise Refused(Reason.NOT_AN_ACTION_LIST)
    meta_rows = workbook[contract.META_SHEET].iter_rows(max_col=2, values_only=True)
    meta = {_text(key): value for key, value in _bounded(meta_rows) if not _blank(key)}
    version = _action_id(meta.get(contract.META_FORMAT_VERSION))
    export_id = _text(meta.get(contract.META_EXPORT_ID))
    if version is None or not export_id:
        raise Refused(Reason.NOT_AN_ACTION_LIST)
    if version > contract.FORMAT_VERSION:
        raise Refused(Reason.NOT_AN_ACTION_LIST, _NEWER_FORMAT)
    rows = workbook[answer_sheet].iter_rows(
        min_row=HEADER_ROW, min_col=_FIRST_COLUMN, max_col=_LAST_COLUMN, values_only=True
    )
    header_row = next(rows, ())
    headers = [_text(value) for value in header_row]
    if tuple(h.casefold() for h in headers) not in _HEADERS:
        raise Refused(Reason.NOT_AN_ACTION_LIST)
    answers: list[AnsweredRow] = []
    for row, cells in enumerate(_bounded(rows, key=_ACTION_ID_CELL), FIRST_ROW):
        given = _ANSWER_CELLS(cells)
        action_id = _ACTION_ID_CELL(cells)
        if _blank(action_id) or all(_blank(c) for c in given):
            continue
        status, due, comment, answered_by = given
        answers.append(
            AnsweredRow(
                row=row,
                action_id=_action_id(action_id),
                status=status,
                due=due,
                # Cut to the app's limits: the answered file itself keeps the whole text.
                comment=limits.clean_text(_text(comment))[: limits.MAX_TEXT],
                answered_by=limits.one_line(_text(answered_by))[: limits.MAX_NAME],
            )
        )
    return AnsweredFile(
        name=path.name,
        database_id=_text(meta.get(contract.META_DATABASE_ID)),
        export_id=export_id,
        answered_at=_saved_at(path),
        answers=answers,
    )


def _bounded(
    rows: Iterator[tuple], key: Callable[[tuple], object] = itemgetter(0)
) -> Iterator[tuple]:
    """``rows`` up to the last one whose ``key`` cell holds something: reading stops after
    ``_EMPTY_ROWS_READ`` rows in a row without it, whatever size the sheet claims."""
    empty = 0
    for cells in rows:
        if cells and not _blank(key(cells)):
            empty = 0
        else:
            empty += 1
            if empty > _EMPTY_ROWS_READ:
                return
        yield cells


def parse_status(value: object) -> str | None:
    """The status code of a label in either language; '' for no answer, None when not a label."""
    if _blank(value):
        return ""
    if not isinstance(value, str):
        return None
    return STATUS_BY_LABEL.get(value.strip().casefold())


def parse_due(value: object) -> date | Literal[False] | None:
    """The date of a date cell or 'YYYY-MM-DD' text; None for no answer, False when invalid."""
    if _blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return False
    return False
