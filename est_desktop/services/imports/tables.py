"""A CSV or Excel file read into column headings and rows, as a user sees it in Excel.

Files reported by other organisations are made by hand: a title above the table, blank
rows, merged heading cells, Swedish Excel's semicolons in Windows-1252. This finds the
row of headings and gives every column a unique name; what the cells mean is for the
import that maps the columns.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from pathlib import Path
from typing import Required, TypedDict, Unpack

from ...errors import KnownError
from ...text import QT_TRANSLATE_NOOP
from .values import BadValue, cell_text, parse_date

UNSUPPORTED_FORMAT = QT_TRANSLATE_NOOP(
    "Validation",
    "Only Excel workbooks (.xlsx) and CSV files (.csv) can be read. In Excel, choose "
    "Save As and save the file as Excel Workbook (.xlsx) or CSV.",
)
FILE_MISSING = QT_TRANSLATE_NOOP(
    "Validation", "The file could not be found. Check that it has not been moved or renamed."
)
FILE_LOCKED = QT_TRANSLATE_NOOP(
    "Validation",
    "The file could not be opened. Close it in Excel or any other program that has it "
    "open, and try again.",
)
FILE_EMPTY = QT_TRANSLATE_NOOP(
    "Validation", "The file is empty. Check that you chose the right file."
)
SHEET_EMPTY = QT_TRANSLATE_NOOP(
    "Validation", "The sheet is empty. Choose the sheet that holds the table."
)
NO_HEADINGS = QT_TRANSLATE_NOOP(
    "Validation",
    "The table has no row of column headings. Add a row above the data that names the "
    "columns, for example Datum, Plats and Beskrivning.",
)
BROKEN_EXCEL = QT_TRANSLATE_NOOP(
    "Validation",
    "The Excel file could not be read. It may be damaged or not really an Excel file: "
    "open it in Excel and save it again as .xlsx.",
)
PROTECTED_EXCEL = QT_TRANSLATE_NOOP(
    "Validation",
    "The file is protected with a password or saved in the old Excel format. Remove the "
    "password or save it as .xlsx in Excel, and try again.",
)
UNCLOSED_QUOTE = QT_TRANSLATE_NOOP(
    "Validation",
    "A quotation mark in the file is never closed, so the rows after it would be read as "
    "one cell. Open the file in Excel, check the row named, and save it again.",
)
BROKEN_CSV = QT_TRANSLATE_NOOP(
    "Validation",
    "The file is not a readable CSV text file. Open it in Excel and save it again as CSV "
    "or as .xlsx.",
)
NO_SUCH_SHEET = QT_TRANSLATE_NOOP(
    "Validation", "The sheet does not exist in the file. Choose one of the file's sheets."
)

_CSV_SUFFIXES = {".csv", ".txt"}
_EXCEL_SUFFIXES = {".xlsx", ".xlsm"}
_DELIMITERS = (";", ",", "\t", "|")
_SAMPLE_RECORDS = 50
_HEADER_SEARCH_ROWS = 30
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and any password-protected .xlsx


@dataclass(frozen=True)
class SourceRow:
    number: int  # the row's number as the user sees it (the sheet's row number in Excel)
    values: tuple[object, ...]  # one per heading


@dataclass(frozen=True)
class SourceTable:
    file_name: str
    checksum: str  # sha256 of the file's bytes
    headers: tuple[str, ...]
    rows: tuple[SourceRow, ...]  # below the headings, blank rows left out
    header_row: int
    sheet: str = ""
    sheets: tuple[str, ...] = ()
    encoding: str = ""
    delimiter: str = ""


class _TableFields(TypedDict, total=False):
    """The fields of a SourceTable that _table() passes on as the reader gives them."""

    file_name: Required[str]
    checksum: Required[str]
    sheet: str
    sheets: tuple[str, ...]
    encoding: str
    delimiter: str


class UnreadableFile(KnownError):
    """The file cannot be read as a table; ``text`` says what to do about it."""


def read_table(path: Path, *, sheet: str | None = None) -> SourceTable:
    """The table in a .csv/.txt or .xlsx/.xlsm file (the first sheet unless ``sheet``)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in _CSV_SUFFIXES | _EXCEL_SUFFIXES:
        raise UnreadableFile(UNSUPPORTED_FORMAT, path.name)
    try:
        data = path.read_bytes()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        raise UnreadableFile(FILE_MISSING, path.name) from None
    except OSError:
        raise UnreadableFile(FILE_LOCKED, path.name) from None
    if not data:
        raise UnreadableFile(FILE_EMPTY, path.name)
    checksum = hashlib.sha256(data).hexdigest()
    if suffix in _CSV_SUFFIXES:
        return _read_csv(data, path.name, checksum)
    return _read_excel(data, path.name, checksum, sheet)


def column_letter(index: int) -> str:
    """Excel's name for the column at 0-based ``index``: A, B, ..., Z, AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _read_csv(data: bytes, file_name: str, checksum: str) -> SourceTable:
    text, encoding = _decode(data, file_name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    first_line, _, rest = text.partition("\n")
    if first_line.strip().lower().startswith("sep=") and len(first_line.strip()) == 5:
        delimiter, text = first_line.strip()[4], rest  # Excel's own hint, not a row
    else:
        delimiter = _find_delimiter(text)
    reader = _reader(text, delimiter, strict=True)
    records: list[list[str]] = []
    try:
        for record in reader:
            records.append([cell.strip() for cell in record])
    except csv.Error:
        # Strict reading stops at a quotation mark left open (and at other damage) instead
        # of taking every row after it into one cell.
        message = UNCLOSED_QUOTE if text.count('"') % 2 else BROKEN_CSV
        raise UnreadableFile(message, f"{file_name}, rad {reader.line_num}") from None
    if not any(any(record) for record in records):
        raise UnreadableFile(FILE_EMPTY, file_name)
    numbered = [(number, record) for number, record in enumerate(records, 1) if any(record)]
    header_at = _header_index([record for _, record in numbered], file_name)
    return _table(
        numbered,
        header_at,
        "",
        file_name=file_name,
        checksum=checksum,
        encoding=encoding,
        delimiter=delimiter,
    )


def _decode(data: bytes, file_name: str) -> tuple[str, str]:
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            text, encoding = data.decode("utf-16"), "utf-16"
        elif data.startswith(b"\xef\xbb\xbf"):
            text, encoding = data.decode("utf-8-sig"), "utf-8-sig"
        else:
            try:
                text, encoding = data.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                if _mostly_utf8(data):
                    # A UTF-8 file with a stray byte or two (a cell pasted from elsewhere):
                    # those cells get U+FFFD, which the preview names; the rest stays right.
                    text, encoding = data.decode("utf-8", errors="replace"), "utf-8"
                else:
                    # Swedish Excel's "CSV (semikolonavgränsad)"; its five unused bytes are
                    # junk.
                    text, encoding = data.decode("cp1252", errors="replace"), "cp1252"
    except UnicodeDecodeError:
        raise UnreadableFile(BROKEN_CSV, file_name) from None
    if "\x00" in text:  # a binary file, or UTF-16 without its byte order mark
        raise UnreadableFile(BROKEN_CSV, file_name)
    return text, encoding


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}")


def _mostly_utf8(data: bytes) -> bool:
    """Text with at least as many well-formed UTF-8 letters (ö as C3 B6) as bytes that are
    not: Windows-1252 text all but never holds the former."""
    valid = len(_UTF8_SEQUENCE.findall(data))
    invalid = len(data.decode("utf-8", errors="replace").split("\ufffd")) - 1
    return valid > 0 and valid >= invalid


def _reader(text: str, delimiter: str, strict: bool = False):
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=strict)


def _find_delimiter(text: str) -> str:
    """The delimiter that splits the first records into the most consistent width > 1."""
    best, best_score = ",", (0, 0)
    for delimiter in _DELIMITERS:
        widths: list[int] = []
        try:
            for record in _reader(text, delimiter):
                if len(record) > 1 or (record and record[0].strip()):
                    widths.append(len(record))
                if len(widths) == _SAMPLE_RECORDS:
                    break
        except csv.Error:
            continue
        counts: dict[int, int] = {}
        for width in widths:
            if width > 1:
                counts[width] = counts.get(width, 0) + 1
        if counts:
            width, agreeing = max(counts.items(), key=lambda item: (item[1], item[0]))
            if (agreeing, width) > best_score:
                best, best_score = delimiter, (agreeing, width)
    return best


def _read_excel(data: bytes, file_name: str, checksum: str, sheet: str | None) -> SourceTable:
    if data.startswith(_OLE_MAGIC):
        raise UnreadableFile(PROTECTED_EXCEL, file_name)
    import openpyxl  # only when an Excel file is read: it takes a while to import

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception:  # a broken zip or XML raises almost anything
        raise UnreadableFile(BROKEN_EXCEL, file_name) from None
    try:
        sheets = tuple(worksheet.title for worksheet in workbook.worksheets)
        if not sheets:
            raise UnreadableFile(SHEET_EMPTY, file_name)
        if sheet is not None and sheet not in sheets:
            raise UnreadableFile(NO_SUCH_SHEET, sheet)
        worksheet = workbook[sheet if sheet is not None else sheets[0]]
        grid = [
            [_excel_value(value) for value in row] for row in worksheet.iter_rows(values_only=True)
        ]
        merges = [
            (r.min_row - 1, r.min_col - 1, r.max_row - 1, r.max_col - 1)
            for r in worksheet.merged_cells.ranges
        ]
    finally:
        workbook.close()
    numbered = [(number, row) for number, row in enumerate(grid, 1) if any(_filled(v) for v in row)]
    if not numbered:
        raise UnreadableFile(SHEET_EMPTY, worksheet.title)
    header_at = numbered[_header_index([row for _, row in numbered], file_name)][0] - 1
    header_at = _below_group_titles(grid, merges, header_at)
    _fill_merges(grid, merges, header_at)
    numbered = [
        (number, row)
        for number, row in enumerate(grid, 1)
        if number - 1 == header_at or (number - 1 > header_at and any(_filled(v) for v in row))
    ]
    return _table(
        numbered,
        0,
        None,
        file_name=file_name,
        checksum=checksum,
        sheet=worksheet.title,
        sheets=sheets,
    )


def _excel_value(value: object) -> object:
    if isinstance(value, str):
        return value.strip() or None
    return value


def _below_group_titles(grid: list[list], merges: list[tuple], header_at: int) -> int:
    """The lower row of a two-row heading: group titles merged across columns above
    sub-headings, the other headings merged down over both rows."""
    while header_at + 1 < len(grid):
        across = any(r0 <= header_at <= r1 and c1 > c0 for r0, c0, r1, c1 in merges)
        down = any(r0 <= header_at < r1 for r0, _, r1, _ in merges)
        if not (across and down):
            break
        header_at += 1
    return header_at


def _fill_merges(grid: list[list], merges: list[tuple], header_at: int) -> None:
    """Every cell of a merged range gets its top-left value, in the heading and the data."""
    for r0, c0, r1, c1 in merges:
        if r1 < header_at or r0 >= len(grid):
            continue
        value = grid[r0][c0]
        rows = [header_at] if r0 <= header_at else range(r0, min(r1, len(grid) - 1) + 1)
        for r in rows:
            row = grid[r]
            for c in range(c0, min(c1, len(row) - 1) + 1):
                row[c] = value


def _header_index(rows: Sequence[Sequence[object]], file_name: str) -> int:
    """Index of the heading row: the first as wide as half the widest row at the top,
    below any title; a row that holds dates is data, so then the headings are missing."""
    counts = [sum(_filled(v) for v in row) for row in rows[:_HEADER_SEARCH_ROWS]]
    widest = max(counts)
    index = next(
        i for i, count in enumerate(counts) if widest <= 1 or (count >= 2 and 2 * count >= widest)
    )
    if any(_is_data(value) for value in rows[index]):
        raise UnreadableFile(NO_HEADINGS, file_name)
    return index


def _table(
    numbered: list[tuple[int, list]], header_at: int, pad: object, **fields: Unpack[_TableFields]
) -> SourceTable:
    header_number, header_cells = numbered[header_at]
    body = numbered[header_at + 1 :]
    width = max(_used_width(cells) for _, cells in numbered[header_at:])
    headers = _names([cell_text(cell) for cell in header_cells[:width]], width)
    rows = tuple(
        SourceRow(number, tuple(cells[:width]) + (pad,) * (width - len(cells)))
        for number, cells in body
    )
    return SourceTable(headers=headers, rows=rows, header_row=header_number, **fields)


def _used_width(cells: Sequence[object]) -> int:
    for index in range(len(cells) - 1, -1, -1):
        if _filled(cells[index]):
            return index + 1
    return 0


def _names(cells: list[str], width: int) -> tuple[str, ...]:
    """Unique headings: blanks named by their column letter, repeats numbered (2), (3)."""
    cells += [""] * (width - len(cells))
    taken: set[str] = set()
    names = []
    for index, cell in enumerate(cells):
        base = " ".join(cell.split()) or f"Kolumn {column_letter(index)}"
        name, copy = base, 1
        while name.casefold() in taken:
            copy += 1
            name = f"{base} ({copy})"
        taken.add(name.casefold())
        names.append(name)
    return tuple(names)


def _filled(value: object) -> bool:
    return value is not None and (not isinstance(value, str) or bool(value.strip()))


def _is_data(value: object) -> bool:
    if isinstance(value, date | time | timedelta):
        return True
    if isinstance(value, str) and value and not value.isdigit():
        try:
            return parse_date(value) is not None
        except BadValue:
            return False
    return False
