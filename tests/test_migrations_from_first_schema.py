"""A database made by the first schema version opens in this one with every row it had.

The fixture (tests/data/schema_0001.sqlite3, made by make_schema_0001.py) holds
a finalised and an open meeting, incidents (one confidential, some with emoji,
right-to-left text and SQL-looking text), actions with reviews, and inactive
reference rows, written with plain SQL at revision 0001.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from est_desktop import db
from est_desktop.bootstrap import open_database
from est_desktop.db import session_scope
from est_desktop.services.actions import register
from est_desktop.services.backup import copies as backup
from est_desktop.services.meetings import agenda as meetings

FIXTURE = Path(__file__).resolve().parent / "data" / "schema_0001.sqlite3"


def _tables(path: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    """Each table's columns and rows (sorted), as SQLite stores them."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [
            n
            for (n,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
            )
        ]
        tables = {}
        for name in names:
            cursor = connection.execute(f'SELECT * FROM "{name}"')
            columns = [d[0] for d in cursor.description]
            tables[name] = (columns, sorted(cursor.fetchall(), key=repr))
        return tables
    finally:
        connection.close()


def _rows(path: Path, table: str, columns: list[str]) -> list[tuple]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        quoted = ", ".join(f'"{c}"' for c in columns)
        return sorted(connection.execute(f'SELECT {quoted} FROM "{table}"').fetchall(), key=repr)
    finally:
        connection.close()


@pytest.fixture
def old_copy(tmp_path: Path) -> Path:
    target = tmp_path / "est.sqlite3"
    shutil.copyfile(FIXTURE, target)
    return target


@pytest.fixture
def upgraded(old_copy: Path) -> Engine:
    engine = open_database(old_copy)
    yield engine
    engine.dispose()


def test_the_fixture_is_at_the_first_revision() -> None:
    with sqlite3.connect(f"file:{FIXTURE}?mode=ro", uri=True) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("0001",)
        ]
    connection.close()
    assert sum(len(rows) for _, rows in _tables(FIXTURE).values()) > 80


def test_every_row_survives_the_upgrade(old_copy: Path, upgraded: Engine) -> None:
    assert db.current_revision(upgraded) == db.head_revision()
    upgraded.dispose()
    before = _tables(FIXTURE)
    for table, (columns, rows) in before.items():
        after = _rows(old_copy, table, columns)
        if table == "app_setting":  # the database's identity is made when it is opened
            after = [row for row in after if row[0] != "database.id"]
        assert after == rows, table


def test_the_upgraded_database_passes_the_checks(old_copy: Path, upgraded: Engine) -> None:
    upgraded.dispose()
    assert backup.database_problems(old_copy) == []


def test_seed_data_is_not_loaded_a_second_time(old_copy: Path, upgraded: Engine) -> None:
    upgraded.dispose()
    assert _rows(old_copy, "agreement", ["id"]) == [(1,)]
    assert len(_rows(old_copy, "organisation", ["id"])) == 4
    assert len(_rows(old_copy, "source", ["id"])) == 4


def test_later_revisions_fill_in_what_the_first_lacked(old_copy: Path, upgraded: Engine) -> None:
    """0003 links the seeded agreement's goals to the focus areas that carry them."""
    upgraded.dispose()
    links = _rows(old_copy, "goal_focus_area", ["goal_id", "focus_area_id"])
    assert len(links) >= 7


def test_the_seeded_places_get_their_position_and_the_others_wait(
    old_copy: Path, upgraded: Engine
) -> None:
    """0007 puts the places the app seeded on the map; a place the convener added is left
    for them to place."""
    upgraded.dispose()
    placed = {
        name: latitude is not None
        for name, latitude in _rows(old_copy, "place", ["name", "latitude"])
    }
    assert placed == {
        "Trelleborg centrum": True,
        "Anderslöv": True,
        "Stortorget": True,
        "Gamla busstationen": False,
    }


def test_the_services_read_the_old_data(upgraded: Engine) -> None:
    with session_scope(upgraded) as session:
        rows = meetings.meeting_rows(session=session)
        assert sorted(r.date for r in rows) == [date(2026, 3, 3), date(2026, 3, 10)]
        actions = register.register_rows(session=session, today=date(2026, 3, 11))
        assert {a.action.description for a in actions} >= {
            "Kartlägga langning kring skolan",
            "Byta glas i busskuren",
            "Extra tillsyn i hamnen nattetid",
        }


def test_a_backup_in_the_old_format_is_made_before_the_upgrade(
    old_copy: Path, upgraded: Engine
) -> None:
    made = backup.list_backups(old_copy)
    before = [b for b in made if b.reason == backup.MIGRATION]
    assert len(before) == 1
    with sqlite3.connect(before[0].path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("0001",)
        ]
    connection.close()
    assert _tables(before[0].path) == _tables(FIXTURE)
