"""Breaking a database on purpose, and reading back what survived (recovery tests)."""

from __future__ import annotations

import random
import sqlite3
from datetime import date
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import select

from est_desktop.db import session_scope
from est_desktop.models import Incident, Place, Source

_GARBAGE = random.Random("damage").randbytes(880)


def add_incident(engine: Engine, description: str) -> None:
    with session_scope(engine) as session:
        session.add(
            Incident(
                occurred_on=date(2026, 3, 3),
                place_id=session.exec(select(Place.id)).first(),
                source_id=session.exec(select(Source.id)).first(),
                description=description,
            )
        )


def descriptions(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [d for (d,) in connection.execute("SELECT description FROM incident ORDER BY id")]
    finally:
        connection.close()


def overwrite_pages(path: Path) -> None:
    """Garbage over the middle of the file, where the tables' pages are; the header stays."""
    data = bytearray(path.read_bytes())
    for start in range(4096 * 2, len(data) - 4096, 4096 * 3):
        data[start + 20 : start + 900] = _GARBAGE
    path.write_bytes(bytes(data))
