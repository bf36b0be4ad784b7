"""Revision 0003 on a database written before it: goals get their focus areas, nothing is lost."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.engine import Engine

from est_desktop import db

SEED = Path(__file__).resolve().parents[1] / "resources" / "seed" / "agreement_2023_2026.json"
FOCUS_AREAS = [
    ("Misshandel", "3.1 Brottsstatistik"),
    ("Olaga hot och ofredande", "3.1 Brottsstatistik"),
    ("Övrig stöld", "3.1 Brottsstatistik"),
    ("Bedrägerier", "3.1 Brottsstatistik"),
    ("Skadegörelse", "3.1 Brottsstatistik"),
    ("Narkotika", "3.2 Narkotika"),
    ("Trafik", "3.3 Trafik"),
    ("Ordningsstörningar", "3.4 Ordningsstörningar"),
    ("Kriminella nätverk", "3.5 Kriminella nätverk"),
    ("Hamnen", "3.6 Hamnen"),
]


@pytest.fixture
def engine_at_0002(tmp_path: Path) -> Iterator[Engine]:
    """A database as version 0002 left it, with an agreement seeded and one action decided."""
    engine = db.make_engine(tmp_path / "old.sqlite3")
    config = db._alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
    seed = json.loads(SEED.read_text(encoding="utf-8"))
    with engine.begin() as connection:
        run = connection.execute
        run(
            text(
                "INSERT INTO agreement (id, name, start_date, end_date, signed_on) VALUES "
                "(1, 'Samverkansöverenskommelse 2023–2026', '2023-01-01', '2026-12-31', "
                "'2023-04-24'), "
                "(2, 'Samverkansöverenskommelse 2019–2022', '2019-01-01', '2022-12-31', NULL)"
            )
        )
        for position, goal in enumerate(seed["goals"]):
            run(
                text(
                    "INSERT INTO agreement_goal (agreement_id, position, text) VALUES (1, :p, :t)"
                ),
                {"p": position, "t": goal},
            )
        run(
            text(
                "INSERT INTO agreement_goal (agreement_id, position, text) "
                "VALUES (2, 0, 'Brottsligheten ska minska')"
            )
        )
        for position, (name, section) in enumerate(FOCUS_AREAS):
            run(
                text(
                    "INSERT INTO focus_area (agreement_id, position, name, section) "
                    "VALUES (1, :p, :n, :s)"
                ),
                {"p": position, "n": name, "s": section},
            )
        run(
            text(
                "INSERT INTO focus_area (agreement_id, position, name, section) "
                "VALUES (2, 0, 'Misshandel', '3.1 Brottsstatistik')"
            )
        )
        run(
            text(
                "INSERT INTO organisation (id, name, kind, active) "
                "VALUES (1, 'Socialförvaltningen', 'forvaltning', 1)"
            )
        )
        run(
            text(
                "INSERT INTO action (id, description, contact_person, owner_organisation_id, "
                "focus_area_id, status, created_at) VALUES (1, 'Kartlägga langning', '', 1, "
                "(SELECT id FROM focus_area WHERE name = 'Narkotika' AND agreement_id = 1), "
                "'new', '2026-03-03 08:00:00')"
            )
        )
    yield engine
    engine.dispose()


def _rows(engine: Engine, sql: str) -> list[tuple]:
    with engine.connect() as connection:
        return [tuple(r) for r in connection.execute(text(sql))]


def test_goals_of_the_seeded_agreement_are_linked_to_their_focus_areas(
    engine_at_0002: Engine,
) -> None:
    db.migrate(engine_at_0002)
    linked = _rows(
        engine_at_0002,
        "SELECT g.position, f.name FROM goal_focus_area l "
        "JOIN agreement_goal g ON g.id = l.goal_id JOIN focus_area f ON f.id = l.focus_area_id "
        "WHERE g.agreement_id = 1 ORDER BY g.position, f.position",
    )
    by_goal: dict[int, list[str]] = {}
    for position, name in linked:
        by_goal.setdefault(position, []).append(name)
    assert by_goal == {
        0: ["Misshandel", "Olaga hot och ofredande", "Övrig stöld", "Bedrägerier", "Skadegörelse"],
        1: ["Narkotika"],
        2: ["Narkotika"],
        3: ["Trafik"],
        4: ["Ordningsstörningar"],
        5: ["Kriminella nätverk"],
        6: ["Hamnen"],
    }
    seed = json.loads(SEED.read_text(encoding="utf-8"))
    assert [by_goal[p] for p in range(7)] == seed["goal_focus_areas"]


def test_other_agreements_are_left_unlinked(engine_at_0002: Engine) -> None:
    db.migrate(engine_at_0002)
    assert _rows(
        engine_at_0002,
        "SELECT count(*) FROM goal_focus_area l JOIN agreement_goal g ON g.id = l.goal_id "
        "WHERE g.agreement_id = 2",
    ) == [(0,)]


def test_existing_rows_survive_with_empty_new_columns(engine_at_0002: Engine) -> None:
    db.migrate(engine_at_0002)
    assert db.current_revision(engine_at_0002) == db.head_revision()
    assert _rows(
        engine_at_0002, "SELECT id, description, status, plan_activity_id FROM action"
    ) == [(1, "Kartlägga langning", "new", None)]
    assert _rows(engine_at_0002, "SELECT DISTINCT note FROM agreement_goal") == [("",)]
    assert _rows(engine_at_0002, "SELECT count(*) FROM agreement_goal") == [(8,)]
    assert _rows(engine_at_0002, "SELECT count(*) FROM focus_area WHERE continues_id IS NULL") == [
        (11,)
    ]
    assert _rows(engine_at_0002, "SELECT count(*) FROM plan_follow_up") == [(0,)]


def test_database_is_consistent_after_the_migration(engine_at_0002: Engine) -> None:
    db.migrate(engine_at_0002)
    assert _rows(engine_at_0002, "PRAGMA foreign_key_check") == []
    assert _rows(engine_at_0002, "PRAGMA integrity_check") == [("ok",)]
