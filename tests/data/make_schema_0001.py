"""Makes tests/data/schema_0001.sqlite3: a database as the first schema version (0001) left it.

Run from the repository root:  python tests/data/make_schema_0001.py

The schema comes from migration 0001 alone and the rows are written with plain SQL,
as that version wrote them (no model of today is involved), so the file keeps
standing for "a database made by the first release" however the models change.
There is no need to regenerate it; if you do, the schema is still 0001's (the
agreement's text comes from today's resources/seed, which does not matter here).
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TARGET = HERE / "schema_0001.sqlite3"
SEED = ROOT / "resources" / "seed" / "agreement_2023_2026.json"


def build_schema(path: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from alembic import command

    from est_desktop import db

    engine = db.make_engine(path, journal_mode="DELETE")
    config = db._alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    engine.dispose()


def fill(connection: sqlite3.Connection) -> None:
    run = connection.execute
    seed = json.loads(SEED.read_text(encoding="utf-8"))
    run(
        "INSERT INTO agreement (id, name, start_date, end_date, signed_on) VALUES "
        "(1, ?, '2023-01-01', '2026-12-31', '2023-04-24')",
        (seed["name"],),
    )
    for position, goal in enumerate(seed["goals"]):
        run(
            "INSERT INTO agreement_goal (agreement_id, position, text) VALUES (1, ?, ?)",
            (position, goal),
        )
    for position, area in enumerate(seed["focus_areas"]):
        cursor = run(
            "INSERT INTO focus_area (agreement_id, position, name, section) VALUES (1, ?, ?, ?)",
            (position, area["name"], area["section"]),
        )
        for row_position, row in enumerate(area["plan"]):
            run(
                "INSERT INTO plan_activity (focus_area_id, position, activity, measure, "
                "follow_up, goal) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    cursor.lastrowid,
                    row_position,
                    row["activity"],
                    row["measure"],
                    row["follow_up"],
                    row["goal"],
                ),
            )
    run(
        "INSERT INTO source (id, name, position, from_agreement, active) VALUES "
        "(1, 'Polisen', 0, 1, 1), (2, 'Trygghetsvärdar', 1, 1, 1), "
        "(3, 'Medborgardialog', 2, 1, 1), (4, 'Bevakningsbolag', 3, 0, 0)"
    )
    run(
        "INSERT INTO category (id, name, position, active) VALUES "
        "(1, 'Skadegörelse', 0, 1), (2, 'Ordningsstörning', 1, 1), (3, 'Klotter', 2, 0)"
    )
    run(
        "INSERT INTO organisation (id, kind, active, name) VALUES "
        "(1, 'forvaltning', 1, 'Socialförvaltningen'), (2, 'polis', 1, 'Polisen'), "
        "(3, 'forvaltning', 1, 'Samhällsbyggnadsförvaltningen'), "
        "(4, 'extern', 0, 'Trelleborgs Hamn AB')"
    )
    run(
        "INSERT INTO place (id, kind, active, name) VALUES "
        "(1, 'ort', 1, 'Trelleborg centrum'), (2, 'ort', 1, 'Anderslöv'), "
        "(3, 'plats', 1, 'Stortorget'), (4, 'plats', 0, 'Gamla busstationen')"
    )
    run(
        "INSERT INTO app_setting (key, value) VALUES "
        "('seed.loaded_at', '2026-02-02T08:00:00+00:00'), "
        "('meeting_defaults.location', 'Kommunhuset, sal Hansa'), "
        "('meeting_defaults.convener', 'Säkerhetssamordnaren')"
    )
    run(
        "INSERT INTO meeting (id, start_time, location, convener, date, status, created_at) "
        "VALUES (1, '09:00:00.000000', 'Kommunhuset', 'Säkerhetssamordnaren', '2026-03-03', "
        "'finalised', '2026-02-27 10:00:00.000000'), "
        "(2, '09:00:00.000000', 'Polisstationen', '', '2026-03-10', 'open', "
        "'2026-03-06 10:00:00.000000')"
    )
    narkotika = run("SELECT id FROM focus_area WHERE name = 'Narkotika'").fetchone()[0]
    skadegorelse = run("SELECT id FROM focus_area WHERE name = 'Skadegörelse'").fetchone()[0]
    items = [
        (1, 1, 0, "opening", "Inledning och närvaro", None, 5, ""),
        (2, 1, 1, "action_review", "Genomgång av åtgärder", None, 15, "Alla öppna gicks igenom."),
        (3, 1, 2, "focus_area", "Narkotika", narkotika, 10, "Langning vid skolan."),
        (4, 1, 3, "focus_area", "Skadegörelse", skadegorelse, 10, ""),
        (5, 1, 4, "other", "Övriga frågor", None, 5, ""),
        (6, 1, 5, "next_meeting", "Nästa möte", None, 2, "10 mars"),
        (7, 2, 0, "opening", "Inledning och närvaro", None, 5, ""),
        (8, 2, 1, "action_review", "Genomgång av åtgärder", None, 15, ""),
        (9, 2, 2, "focus_area", "Narkotika", narkotika, 10, ""),
    ]
    connection.executemany(
        "INSERT INTO agenda_item (id, meeting_id, position, kind, title, focus_area_id, "
        "planned_minutes, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        items,
    )
    run(
        "INSERT INTO attendance (meeting_id, person_name, organisation_id) VALUES "
        "(1, 'Kommunpolisen', 2), (1, 'Fältsekreterare', 1), (2, 'Kommunpolisen', 2)"
    )
    run(
        'INSERT INTO meeting_event (meeting_id, kind, at, "user", reason) VALUES '
        "(1, 'finalised', '2026-03-03 11:00:00.000000', 'anna', ''), "
        "(1, 'reopened', '2026-03-04 08:30:00.000000', 'anna', 'Stavfel i en åtgärd'), "
        "(1, 'finalised', '2026-03-04 08:45:00.000000', 'anna', '')"
    )
    incidents = [
        (
            1,
            "21:00:00.000000",
            "23:30:00.000000",
            "vid fontänen",
            "2026-02-28",
            3,
            narkotika,
            None,
            1,
            2,
            "Langning observerad; ungdomar samlas kvällstid.",
            0,
            3,
        ),
        (
            2,
            None,
            None,
            "",
            "2026-03-01",
            2,
            skadegorelse,
            1,
            2,
            None,
            'Krossad busskur – "igen" 🚏 ; \'; DROP TABLE incident; --',
            0,
            4,
        ),
        (
            3,
            "02:10:00.000000",
            None,
            "hamnområdet",
            "2026-03-02",
            1,
            None,
            2,
            1,
            2,
            "Sekretessmarkerad uppgift från polisen.",
            1,
            None,
        ),
        (
            4,
            None,
            None,
            "",
            "2026-03-08",
            1,
            narkotika,
            None,
            3,
            3,
            "Medborgare oroliga över fimpar och sprutor. مرحبا",
            0,
            9,
        ),
    ]
    connection.executemany(
        "INSERT INTO incident (id, start_time, end_time, location_detail, occurred_on, "
        "place_id, focus_area_id, category_id, source_id, reporting_organisation_id, "
        "description, confidential, agenda_item_id, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-03-03 09:40:00.000000')",
        incidents,
    )
    actions = [
        (
            1,
            "Kartlägga langning kring skolan",
            "Fältsekreterare",
            "2026-03-31",
            1,
            narkotika,
            "in_progress",
            1,
            3,
            None,
        ),
        (2, "Byta glas i busskuren", "", "2026-03-10", 3, skadegorelse, "done", 1, 4, "2026-03-09"),
        (3, "Extra tillsyn i hamnen nattetid", "Kommunpolisen", None, 2, None, "new", 2, 9, None),
    ]
    connection.executemany(
        "INSERT INTO action (id, description, contact_person, due_date, owner_organisation_id, "
        "focus_area_id, status, decided_meeting_id, agenda_item_id, closed_on, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-03-03 10:15:00.000000')",
        actions,
    )
    run("INSERT INTO action_incident (action_id, incident_id) VALUES (1, 1), (2, 2), (3, 3)")
    run(
        "INSERT INTO action_update (action_id, meeting_id, status, note, new_due_date, "
        "previous_status, previous_due_date, created_at) VALUES "
        "(1, 2, 'in_progress', 'Kartläggning påbörjad', '2026-03-31', 'new', '2026-03-17', "
        "'2026-03-10 09:20:00.000000'), "
        "(2, 2, 'done', '', NULL, 'new', '2026-03-10', '2026-03-10 09:25:00.000000')"
    )


def main() -> None:
    TARGET.unlink(missing_ok=True)
    build_schema(TARGET)
    connection = sqlite3.connect(TARGET)
    try:
        connection.execute("PRAGMA foreign_keys=ON")
        with connection:
            fill(connection)
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        assert revision == "0001", revision
        connection.execute("VACUUM")
    finally:
        connection.close()
    print(f"Written: {TARGET}")  # noqa: T201


if __name__ == "__main__":
    main()
