"""The numbers under a chart, as a table to paste or to open in Excel.

A cell of text starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
what Excel (and LibreOffice) take for a formula, so a place named
``=HYPERLINK(...)`` would be a live link, or a DDE command, in the opened table. As
OWASP's guidance on CSV injection says, such a cell gets a single quote before it,
which makes it text; the numbers the table itself holds ("12", "-3", "3,5 %") are left
as they are, so they stay numbers in Excel.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from pathlib import Path

from .safe_write import write_atomically

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# A number as the tables write it: a sign, digits with spaces or a comma, maybe a percent.
_PLAIN_NUMBER = re.compile(r"[+\-\u2212]?\d[\d\s\u00a0]*([.,]\d+)?\s?%?")


def as_tab_separated(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Tab-separated lines, as Word and Excel paste them into table cells."""
    lines = ["\t".join(_one_line(cell) for cell in line) for line in (headers, *rows)]
    return "\n".join(lines) + "\n"


def write_csv(target: Path, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> Path:
    """Semicolon-separated UTF-8 with a byte order mark: what Swedish Excel opens correctly,
    å, ä and ö included. Written atomically, so a failed save leaves the earlier file."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([as_text(cell) for cell in headers])
    writer.writerows([as_text(cell) for cell in row] for row in rows)
    data = buffer.getvalue().encode("utf-8-sig")
    return write_atomically(Path(target), lambda temp: temp.write_bytes(data))


def as_text(cell: object) -> str:
    """``cell`` as Excel should show it: text that would start a formula gets a quote."""
    text = str(cell)
    if text.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def _one_line(cell: object) -> str:
    return as_text(" ".join(str(cell).split()))


def write_xlsx(
    target: Path, headers: Sequence[str], rows: Sequence[Sequence[str]], *, sheet: str
) -> Path:
    """An Excel workbook of one sheet, every cell text (never a formula, whatever it
    starts with), headers bold and frozen, columns as wide as their text. Written
    atomically, so a failed save leaves the earlier file."""
    from openpyxl import Workbook  # only when saving: openpyxl is not light
    from openpyxl.styles import Font

    workbook = Workbook()
    book_sheet = workbook.active
    book_sheet.title = sheet[:31]  # Excel's limit for a sheet's name
    widths = [len(str(h)) for h in headers]
    for row_number, line in enumerate((headers, *rows), start=1):
        for column_number, value in enumerate(line, start=1):
            text = " ".join(str(value).split())
            cell = book_sheet.cell(row=row_number, column=column_number)
            cell.value = text
            cell.data_type = "s"  # text, even "=HYPERLINK(…)": openpyxl took it for a formula
            if row_number == 1:
                cell.font = Font(bold=True)
            elif column_number <= len(widths):
                widths[column_number - 1] = max(widths[column_number - 1], len(text))
    for number, width in enumerate(widths, start=1):
        letter = book_sheet.cell(row=1, column=number).column_letter
        book_sheet.column_dimensions[letter].width = min(max(width + 2, 8), 80)
    book_sheet.freeze_panes = "A2"
    return write_atomically(Path(target), lambda temp: workbook.save(temp))
