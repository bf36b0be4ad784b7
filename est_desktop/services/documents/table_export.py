"""The numbers under a chart, as a table to paste or to open in Excel."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from .safe_write import write_atomically


def as_tab_separated(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Tab-separated lines, as Word and Excel paste them into table cells."""
    lines = ["\t".join(_one_line(cell) for cell in line) for line in (headers, *rows)]
    return "\n".join(lines) + "\n"


def write_csv(target: Path, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> Path:
    """Semicolon-separated UTF-8 with a byte order mark: what Swedish Excel opens correctly,
    å, ä and ö included. Written atomically, so a failed save leaves the earlier file."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    data = buffer.getvalue().encode("utf-8-sig")
    return write_atomically(Path(target), lambda temp: temp.write_bytes(data))


def _one_line(cell: str) -> str:
    return " ".join(str(cell).split())
