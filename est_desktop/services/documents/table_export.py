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
