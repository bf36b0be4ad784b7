"""Moving a SQLite file to an empty server database: everything arrives, the copy is
verified, the file is left as it was, and a target holding data is refused."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from datetime import time as clock_time
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select, text
from sqlalchemy.engine import URL
from sqlmodel import Session

from est_desktop import db
from est_desktop.bootstrap import open_database
from est_desktop.db import (
    current_revision,
    head_revision,
    make_engine,
    make_server_engine,
    migrate,
    session_scope,
)
from est_desktop.errors import KnownError
from est_desktop.models import (
    Action,
    ActionCreate,
    AgendaItemKind,
    AuditEntry,
    Incident,
    IncidentCreate,
    Meeting,
    MeetingCreate,
)
from est_desktop.models.clock import as_utc
from est_desktop.services import audit, incidents, reference
from est_desktop.services.actions import decisions as actions
from est_desktop.services.demo.weeks import create_demo_database
from est_desktop.services.meetings import agenda as meetings
from est_desktop.services.server import move
from est_desktop.services.server.move import (
    MoveNotVerified,
    TableCheck,
    TargetNotEmpty,
    move_to_server,
    table_checks,
)
from tests import postgres

TODAY = date(2026, 3, 12)
DESCRIPTION = "Klotter på väggen vid Ängavången, Östra torget – sprejat i natt 🎨"
UNREACHABLE = "postgresql+psycopg://nobody@127.0.0.1:1/never_contacted"


@dataclass(frozen=True)
class Demo:
    path: Path
    incident_id: int
    action_id: int
    meeting_id: int


def _focus_item(session: Session, meeting_id: int):
    return next(
        i
        for i in meetings.agenda(session=session, meeting_id=meeting_id)
        if i.kind == AgendaItemKind.FOCUS_AREA
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    """The ten-week demo database, made through the services (so with its audit trail),
    and a confidential incident, an action with a due date and a meeting with a time."""
    path = tmp_path_factory.mktemp("demo") / "est.sqlite3"
    engine = open_database(path)
    try:
        with session_scope(engine) as session:
            create_demo_database(session=session, today=TODAY)
        with session_scope(engine) as session:
            upcoming = meetings.latest_meeting(session=session)
            item = _focus_item(session, upcoming.id)
            incident = incidents.record_incident(
                session=session,
                item_id=item.id,
                data=IncidentCreate(
                    occurred_on=date(2026, 3, 11),
                    start_time=clock_time(22, 15),
                    place_id=reference.find_place(session=session, text="Trelleborg centrum").id,
                    source_id=reference.sources(session=session)[0].id,
                    description=DESCRIPTION,
                    confidential=True,
                ),
                today=TODAY,
            )
            action = actions.decide_action(
                session=session,
                item_id=item.id,
                data=ActionCreate(
                    description="Sanera väggen och sätt upp belysning",
                    owner_organisation_id=reference.organisations(session=session)[0].id,
                    contact_person="Gatuenheten",
                    due_date=date(2026, 4, 30),
                    incident_ids=[incident.id],
                ),
            )
            assert upcoming.start_time is not None
            demo = Demo(path, incident.id, action.id, upcoming.id)
    finally:
        engine.dispose()
    return demo


@pytest.fixture
def source(demo: Demo, tmp_path: Path) -> Path:
    """A copy of the demo file of this test's own."""
    path = tmp_path / "est.sqlite3"
    shutil.copyfile(demo.path, path)
    return path


@pytest.fixture
def target() -> Iterator[URL]:
    """A new, empty database on the test server (no schema at all)."""
    with postgres.fresh_database(seeded=False) as url:
        yield url


@pytest.fixture
def stockholm() -> Iterator[None]:
    """The desk's zone is not UTC, so a timestamp stored in the wrong zone would show."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Stockholm"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def _url(url: URL) -> str:
    return url.render_as_string(hide_password=False)


def _checks_of_file(path: Path) -> list[TableCheck]:
    engine = make_engine(path, read_only=True)
    try:
        return table_checks(engine)
    finally:
        engine.dispose()


def _checks_of_server(url: URL) -> list[TableCheck]:
    engine = make_server_engine(url)
    try:
        return table_checks(engine)
    finally:
        engine.dispose()


def _rows_on_server(url: URL) -> dict[str, int]:
    """Rows per table of the server database, every table there (not only ours)."""
    engine = make_server_engine(url)
    try:
        with engine.connect() as connection:
            names = inspect(connection).get_table_names()
            return {
                n: connection.scalar(text(f'SELECT count(*) FROM "{n}"'))
                for n in names
                if n != "alembic_version"
            }
    finally:
        engine.dispose()


def _fingerprint(path: Path) -> tuple[tuple[str, int], str]:
    """The file's contents and modification time, and what its WAL holds. A read-only
    connection to a file in WAL mode leaves an empty -wal (and -shm) behind when there was
    none: SQLite's own, holding nothing, as when the app opens a file read-only."""
    wal = path.with_name(path.name + "-wal")
    return (
        (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns),
        hashlib.sha256(wal.read_bytes() if wal.exists() else b"").hexdigest(),
    )


def _normalised(record: Incident | Action | Meeting) -> dict:
    """The record's fields, timestamps as the same instant whichever engine read them."""
    return {
        k: as_utc(v).astimezone(UTC) if isinstance(v, datetime) else v
        for k, v in record.model_dump().items()
    }


# Everything arrives, verified


def test_every_table_arrives_with_the_same_rows(source: Path, target: URL) -> None:
    report = move_to_server(source=source, target_url=_url(target))

    on_file = _checks_of_file(source)
    assert report.tables == on_file
    assert _checks_of_server(target) == on_file
    assert {c.name for c in report.tables} == _tables_of_file(source) - {"alembic_version"}
    rows = {c.name: c.rows for c in report.tables}
    assert rows["incident"] > 50 and rows["action"] > 10 and rows["audit_entry"] > 100
    assert report.rows == sum(rows.values())
    engine = make_server_engine(target)
    try:
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()


def _tables_of_file(path: Path) -> set[str]:
    engine = make_engine(path, read_only=True)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_records_read_back_through_the_services_are_the_same(
    stockholm: None, demo: Demo, source: Path, target: URL
) -> None:
    move_to_server(source=source, target_url=_url(target))

    file_engine, server_engine = make_engine(source, read_only=True), make_server_engine(target)
    try:
        with Session(file_engine) as before, Session(server_engine) as after:
            incident = incidents.get_incident(session=after, incident_id=demo.incident_id)
            assert incident.description == DESCRIPTION
            assert incident.confidential is True
            assert incident.start_time == clock_time(22, 15)
            assert _normalised(incident) == _normalised(
                incidents.get_incident(session=before, incident_id=demo.incident_id)
            )
            action = actions.get_action(session=after, action_id=demo.action_id)
            assert action.due_date == date(2026, 4, 30)
            assert _normalised(action) == _normalised(
                actions.get_action(session=before, action_id=demo.action_id)
            )
            assert actions.linked_incident_ids(session=after, action_id=demo.action_id) == [
                demo.incident_id
            ]
            meeting = meetings.get_meeting(session=after, meeting_id=demo.meeting_id)
            assert meeting.start_time is not None
            assert _normalised(meeting) == _normalised(
                meetings.get_meeting(session=before, meeting_id=demo.meeting_id)
            )
            # The audit trail is there, the same, and shows the same local times.
            trail = audit.audit_rows(session=after)
            assert trail == audit.audit_rows(session=before)
            assert [r.local_time for r in trail[:20]] == [
                r.local_time for r in audit.audit_rows(session=before)[:20]
            ]
            assert any(r.entity == "incident" and r.entity_id == demo.incident_id for r in trail)
    finally:
        file_engine.dispose()
        server_engine.dispose()


def test_the_move_itself_adds_nothing_to_the_audit_trail(source: Path, target: URL) -> None:
    report = move_to_server(source=source, target_url=_url(target))

    engine = make_server_engine(target)
    try:
        with Session(engine) as session:
            assert audit.audit_count(session=session) == _rows(report, "audit_entry")
    finally:
        engine.dispose()


def _rows(report: move.MoveReport, table: str) -> int:
    return next(c.rows for c in report.tables if c.name == table)


def test_progress_counts_every_row_table_by_table(source: Path, target: URL) -> None:
    calls: list[tuple[str, int, int]] = []
    report = move_to_server(
        source=source, target_url=_url(target), progress=lambda *call: calls.append(call)
    )

    assert calls[-1][1:] == (report.rows, report.rows)
    assert [c[1] for c in calls] == sorted(c[1] for c in calls)
    tables_in_order = list(dict.fromkeys(c[0] for c in calls))
    assert tables_in_order == [c.name for c in report.tables]


def test_one_canonical_form_whichever_engine_read_the_value() -> None:
    from zoneinfo import ZoneInfo

    noon_utc = "2026-03-10T12:00:00+00:00"
    assert move.canonical(datetime(2026, 3, 10, 12, 0)) == noon_utc  # SQLite: naive UTC
    assert move.canonical(datetime(2026, 3, 10, 12, 0, tzinfo=UTC)) == noon_utc
    stockholm = ZoneInfo("Europe/Stockholm")
    assert move.canonical(datetime(2026, 3, 10, 13, 0, tzinfo=stockholm)) == noon_utc
    assert move.canonical(date(2026, 4, 30)) == "2026-04-30"
    assert move.canonical(clock_time(9, 30)) == "09:30:00"
    assert [move.canonical(v) for v in (True, None, 7, "å")] == [True, None, 7, "å"]


def test_the_checksum_sees_a_single_changed_character(demo: Demo, source: Path) -> None:
    before = {c.name: c for c in _checks_of_file(source)}
    with sqlite3.connect(source) as connection:
        connection.execute(
            "UPDATE incident SET description = ? WHERE id = ?",
            (DESCRIPTION.replace("å", "a", 1), demo.incident_id),
        )
    connection.close()

    after = {c.name: c for c in _checks_of_file(source)}

    assert after["incident"].rows == before["incident"].rows
    assert after["incident"].checksum != before["incident"].checksum
    assert {n: c for n, c in after.items() if n != "incident"} == {
        n: c for n, c in before.items() if n != "incident"
    }


# The source is left as it was


def test_the_file_and_its_wal_are_not_touched(demo: Demo, source: Path, target: URL) -> None:
    writer = make_engine(source)  # another desk has the file open, a change still in the WAL
    try:
        with session_scope(writer) as session:
            item = _focus_item(session, demo.meeting_id)
            only_in_wal = incidents.record_incident(
                session=session,
                item_id=item.id,
                data=IncidentCreate(
                    occurred_on=date(2026, 3, 12),
                    place_id=reference.find_place(session=session, text="Anderslöv").id,
                    source_id=reference.sources(session=session)[0].id,
                    description="Nedskräpning vid busshållplatsen",
                ),
                today=TODAY,
            ).id
        wal = source.with_name(source.name + "-wal")
        assert wal.stat().st_size > 0
        before, wal_written = _fingerprint(source), wal.stat().st_mtime_ns

        move_to_server(source=source, target_url=_url(target))

        assert _fingerprint(source) == before
        assert wal.stat().st_mtime_ns == wal_written
    finally:
        writer.dispose()
    engine = make_server_engine(target)
    try:
        with Session(engine) as session:
            assert incidents.get_incident(session=session, incident_id=only_in_wal)
    finally:
        engine.dispose()


def test_a_desk_writing_during_the_move_does_not_tear_the_copy(
    demo: Demo, source: Path, target: URL
) -> None:
    """The copy is of one moment of the file: a meeting and its incident recorded while
    the earlier tables are on their way are in the file afterwards, not on the server."""
    writer = make_engine(source)
    recorded: list[int] = []

    def record_meanwhile(table: str, _done: int, _total: int) -> None:
        if table != "incident" or recorded:
            return
        with session_scope(writer) as session:
            meeting = meetings.create_meeting(
                session=session, data=MeetingCreate(date=date(2026, 3, 24))
            )
            recorded.append(
                incidents.record_incident(
                    session=session,
                    item_id=_focus_item(session, meeting.id).id,
                    data=IncidentCreate(
                        occurred_on=date(2026, 3, 12),
                        place_id=reference.find_place(session=session, text="Skegrie").id,
                        source_id=reference.sources(session=session)[0].id,
                        description="Inkom medan flytten pågick",
                    ),
                    today=TODAY,
                ).id
            )

    try:
        report = move_to_server(source=source, target_url=_url(target), progress=record_meanwhile)
    finally:
        writer.dispose()

    assert recorded
    assert _checks_of_server(target) == report.tables != _checks_of_file(source)
    engine = make_server_engine(target)
    try:
        with Session(engine) as session:
            assert session.get(Incident, recorded[0]) is None
            assert meetings.meeting_on(session=session, day=date(2026, 3, 24)) is None
    finally:
        engine.dispose()


def test_a_refused_file_is_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    try:
        from alembic import command

        config = db._alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0005")
    finally:
        engine.dispose()
    before = _fingerprint(path)

    with pytest.raises(KnownError) as refused:
        move_to_server(source=path, target_url=UNREACHABLE)

    assert refused.value.text == move.SOURCE_NOT_CURRENT
    assert "open it once with this version" in refused.value.text.lower()
    assert _fingerprint(path) == before


def test_a_file_that_is_no_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("mötesanteckningar\n" * 400)
    with pytest.raises(KnownError) as refused:
        move_to_server(source=path, target_url=UNREACHABLE)
    assert refused.value.text == move.NOT_AN_EST_DATABASE
    assert path.read_text() == "mötesanteckningar\n" * 400


def test_a_missing_file_is_refused_and_not_created(tmp_path: Path) -> None:
    path = tmp_path / "saknas.sqlite3"
    with pytest.raises(KnownError) as refused:
        move_to_server(source=path, target_url=UNREACHABLE)
    assert refused.value.detail == str(path)
    assert not path.exists()


def test_a_target_that_is_no_server_is_refused(source: Path, tmp_path: Path) -> None:
    with pytest.raises(KnownError) as refused:
        move_to_server(source=source, target_url=str(tmp_path / "copy.sqlite3"))
    assert refused.value.text == move.TARGET_NOT_A_SERVER
    assert not (tmp_path / "copy.sqlite3").exists()


# A target holding data is refused


def test_a_second_move_into_the_same_target_is_refused_and_changes_nothing(
    source: Path, target: URL
) -> None:
    move_to_server(source=source, target_url=_url(target))
    before = _checks_of_server(target)

    with pytest.raises(TargetNotEmpty) as refused:
        move_to_server(source=source, target_url=_url(target))

    assert "incident" in refused.value.tables and "audit_entry" in refused.value.tables
    assert _checks_of_server(target) == before


def test_a_seeded_target_is_refused(source: Path) -> None:
    with postgres.fresh_database(seeded=True) as url:
        before = _checks_of_server(url)
        with pytest.raises(TargetNotEmpty) as refused:
            move_to_server(source=source, target_url=_url(url))
        assert "organisation" in refused.value.tables
        assert _checks_of_server(url) == before


def test_a_target_with_other_data_is_refused_before_any_schema_is_made(
    source: Path, target: URL
) -> None:
    engine = make_server_engine(target)
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE notes (body text)"))
            connection.execute(text("INSERT INTO notes VALUES ('från ett annat system')"))
        with pytest.raises(TargetNotEmpty) as refused:
            move_to_server(source=source, target_url=_url(target))
        assert refused.value.tables == ["notes"]
        assert inspect(engine).get_table_names() == ["notes"]
    finally:
        engine.dispose()


def test_a_target_with_the_schema_and_no_rows_is_accepted(source: Path, target: URL) -> None:
    engine = make_server_engine(target)
    try:
        migrate(engine)
    finally:
        engine.dispose()

    report = move_to_server(source=source, target_url=_url(target))

    assert _checks_of_server(target) == report.tables


def test_a_database_missing_on_the_server_is_named(source: Path, target: URL) -> None:
    missing = target.set(database=target.database + "_saknas")
    with pytest.raises(KnownError) as refused:
        move_to_server(source=source, target_url=_url(missing))
    assert refused.value.text == db.SERVER_NO_DATABASE


# A failure leaves the target empty


def test_a_value_the_server_refuses_midway_leaves_the_target_empty(
    source: Path, target: URL, demo: Demo, caplog: pytest.LogCaptureFixture
) -> None:
    # SQLite keeps a NUL character in text; PostgreSQL refuses it.
    with sqlite3.connect(source) as connection:
        connection.execute(
            "UPDATE incident SET description = ? WHERE id = ?",
            ("Hemlig\x00 text om händelsen", demo.incident_id),
        )
    connection.close()
    caplog.set_level(logging.DEBUG)

    with pytest.raises(KnownError) as refused:
        move_to_server(source=source, target_url=_url(target))

    assert (refused.value.text, refused.value.detail) == (move.VALUE_REFUSED, "incident")
    rows = _rows_on_server(target)
    assert rows and not any(rows.values()), rows
    assert "Hemlig" not in str(refused.value) and "Hemlig" not in caplog.text


def test_a_failure_after_the_last_table_leaves_the_target_empty(
    source: Path, target: URL, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*_args: object) -> None:
        raise RuntimeError("injected")

    monkeypatch.setattr(move, "_reset_sequences", fail)
    with pytest.raises(RuntimeError, match="injected"):
        move_to_server(source=source, target_url=_url(target))

    rows = _rows_on_server(target)
    assert set(rows) >= {t.name for t in move.moved_tables()}
    assert not any(rows.values()), rows


def test_a_copy_the_server_changes_is_not_verified_and_not_kept(source: Path, target: URL) -> None:
    engine = make_server_engine(target)
    try:
        migrate(engine)
        with engine.begin() as connection:  # a server that rewrites what it is given
            connection.execute(
                text(
                    "CREATE FUNCTION shout() RETURNS trigger LANGUAGE plpgsql AS $$ "
                    "BEGIN NEW.description := upper(NEW.description); RETURN NEW; END $$"
                )
            )
            connection.execute(
                text(
                    "CREATE TRIGGER shout BEFORE INSERT ON action "
                    "FOR EACH ROW EXECUTE FUNCTION shout()"
                )
            )
    finally:
        engine.dispose()

    with pytest.raises(MoveNotVerified) as refused:
        move_to_server(source=source, target_url=_url(target))

    assert refused.value.table == "action"
    assert refused.value.detail == "action"
    assert not any(_rows_on_server(target).values())


def test_text_keys_keep_their_order_on_a_server_sorting_in_swedish(source: Path) -> None:
    """A server's own collation (here ICU sv-SE) sorts "a" before "B"; the checksums
    compare rows in code-point order on both engines."""
    import psycopg

    with sqlite3.connect(source) as connection:
        connection.executemany(
            "INSERT INTO app_setting (key, value, version) VALUES (?, ?, 1)",
            [("B", "1"), ("a", "2"), ("Ö", "3"), ("_intern", "4"), ("z", "5")],
        )
    connection.close()
    admin = postgres.require_server()
    name = f"est_move_sv_{os.getpid()}"
    dsn = admin.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(
            f'CREATE DATABASE "{name}" TEMPLATE template0 LOCALE_PROVIDER icu '
            "ICU_LOCALE 'sv-SE' LOCALE 'C.UTF-8'"
        )
    try:
        report = move_to_server(source=source, target_url=_url(admin.set(database=name)))
        assert _rows(report, "app_setting") >= 5
    finally:
        with psycopg.connect(dsn, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# The server database works afterwards


def test_new_records_on_the_server_get_new_ids(demo: Demo, source: Path, target: URL) -> None:
    move_to_server(source=source, target_url=_url(target))
    file_engine = make_engine(source, read_only=True)
    with Session(file_engine) as session:
        last_incident = session.scalar(select(func.max(Incident.id)))
        last_entry = session.scalar(select(func.max(AuditEntry.id)))
    file_engine.dispose()

    engine = make_server_engine(target)
    try:
        with session_scope(engine) as session:
            item = _focus_item(session, demo.meeting_id)
            incident = incidents.record_incident(
                session=session,
                item_id=item.id,
                data=IncidentCreate(
                    occurred_on=date(2026, 3, 12),
                    place_id=reference.find_place(session=session, text="Skegrie").id,
                    source_id=reference.sources(session=session)[0].id,
                    description="Ny händelse på servern",
                ),
                today=TODAY,
            )
        assert incident.id == last_incident + 1
        with Session(engine) as session:
            [entry] = [
                r
                for r in audit.audit_rows(session=session, entity="incident")
                if r.entity_id == incident.id
            ]
            assert entry.id == last_entry + 1
    finally:
        engine.dispose()


def test_a_table_with_row_level_security_is_copied_too(source: Path, target: URL) -> None:
    engine = make_server_engine(target)
    try:
        migrate(engine)
        with engine.begin() as connection:  # PostgreSQL allows no COPY into such a table
            connection.execute(text("ALTER TABLE incident ENABLE ROW LEVEL SECURITY"))
            connection.execute(text("ALTER TABLE incident FORCE ROW LEVEL SECURITY"))
            connection.execute(
                text("CREATE POLICY everyone ON incident USING (true) WITH CHECK (true)")
            )
    finally:
        engine.dispose()

    report = move_to_server(source=source, target_url=_url(target))

    assert _checks_of_server(target) == report.tables == _checks_of_file(source)
