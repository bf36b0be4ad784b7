"""Moving a SQLite database file to an empty database on a PostgreSQL server.

The file is opened read-only (SQLite's ``mode=ro``) and read in one snapshot, so neither
it nor its WAL changes (SQLite may leave an empty -wal and -shm beside a file that had
none), and a desk still writing to it cannot tear the copy. The target
gets the schema from the same migrations, then every table in foreign-key order with
COPY, the sequences set past the copied ids, and a row count and checksum per table
compared with the file's, all in one transaction that commits only when every table
matches: a failure anywhere leaves the server database as empty as it was.

Copied rows are not changes: the audit trail is copied as it stands and gets no entries
for the move (the copy bypasses the session whose flushes record changes).
"""

from __future__ import annotations

import hashlib
import json
import logging
import time as clock
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Integer,
    String,
    Time,
    TypeDecorator,
    inspect,
    select,
    text,
)
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import ArgumentError, DatabaseError
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import SQLModel

from ... import models  # noqa: F401  (every table in SQLModel.metadata)
from ...db import (
    head_revision,
    is_server_url,
    make_engine,
    make_server_engine,
    migrate,
    refuse_newer,
    server_error_text,
)
from ...errors import KnownError
from ...models.clock import as_utc
from ...text import QT_TRANSLATE_NOOP
from ..audit import install_listeners
from ..backup.copies import DATABASE_MISSING

if TYPE_CHECKING:
    from sqlalchemy import Table
    from sqlalchemy.types import TypeEngine

log = logging.getLogger(__name__)

NOT_AN_EST_DATABASE = QT_TRANSLATE_NOOP(
    "Validation",
    "The file is not an EST Desktop database, or it is damaged. Choose another file.",
)
SOURCE_NOT_CURRENT = QT_TRANSLATE_NOOP(
    "Validation",
    "The database file was last used by an earlier version of EST Desktop. "
    "Open it once with this version to upgrade it first, then move it.",
)
TARGET_NOT_A_SERVER = QT_TRANSLATE_NOOP(
    "Validation",
    "The target must be a database on a PostgreSQL server, "
    "given as postgresql://user@host/database.",
)
TARGET_NOT_EMPTY = QT_TRANSLATE_NOOP(
    "Validation",
    "The database on the server already holds data, so nothing was copied. "
    "Move the file into a new, empty database.",
)
VALUE_REFUSED = QT_TRANSLATE_NOOP(
    "Validation",
    "The server refused a value in the file, so nothing was copied. "
    "The database on the server is still empty and the file is unchanged.",
)
NOT_VERIFIED = QT_TRANSLATE_NOOP(
    "Validation",
    "The copy on the server did not match the file, so it was not kept. "
    "The database on the server is still empty and the file is unchanged.",
)

_SKIPPED = frozenset({"alembic_version"})  # the target's own stamp stands
_BATCH = 5000
_LOCK_TIMEOUT = "10s"

Progress = Callable[[str, int, int], None]


class TargetNotEmpty(KnownError):
    """The server database holds rows already; ``tables`` names the tables that do."""

    def __init__(self, tables: Sequence[str]) -> None:
        super().__init__(TARGET_NOT_EMPTY, ", ".join(tables))
        self.tables = list(tables)


class MoveNotVerified(KnownError):
    """A table's copy differs from the file in row count or checksum; nothing was kept."""

    def __init__(self, table: str) -> None:
        super().__init__(NOT_VERIFIED, table)
        self.table = table


@dataclass(frozen=True)
class TableCheck:
    """A table's row count and the SHA-256 of its rows in primary-key order, each value in
    one canonical text form, so a SQLite file and a server database can be compared."""

    name: str
    rows: int
    checksum: str


@dataclass(frozen=True)
class MoveReport:
    tables: list[TableCheck]
    seconds: float

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)


def moved_tables() -> list[Table]:
    """Every table of the schema, parents before the tables that refer to them."""
    return [t for t in SQLModel.metadata.sorted_tables if t.name not in _SKIPPED]


def move_to_server(
    *,
    source: Path,
    target_url: str,
    progress: Progress | None = None,
    password: str | None = None,
) -> MoveReport:
    """Copies the database file ``source`` into the empty server database ``target_url``.

    ``progress(table, rows copied, rows in all)`` is called as the copy goes; ``password``
    is the server's when the URL, PGPASSWORD and ~/.pgpass do not give it. Raises
    ``KnownError`` for what a user can act on: the file missing or not at this version's
    schema, the target not empty (``TargetNotEmpty``, left as it was), a value the server
    refuses, the copy not matching the file (``MoveNotVerified``). Whatever fails, an
    empty target holds no rows afterwards (it may have the schema).
    """
    started = clock.perf_counter()
    source_engine = _open_source(Path(source))
    try:
        target_engine = _open_target(target_url, password)
        try:
            checks = _move(source_engine, target_engine, progress)
        finally:
            target_engine.dispose()
    finally:
        source_engine.dispose()
    report = MoveReport(tables=checks, seconds=clock.perf_counter() - started)
    log.info("Moved %d rows in %d tables in %.1f s", report.rows, len(checks), report.seconds)
    return report


def table_checks(engine: Engine) -> list[TableCheck]:
    """The row count and checksum of every table, on SQLite or on a server."""
    with engine.connect() as connection:
        return [_check(connection, table) for table in moved_tables()]


def _open_source(path: Path) -> Engine:
    if not path.is_file():
        raise KnownError(DATABASE_MISSING, str(path))
    engine = make_engine(path, read_only=True)
    try:
        current = refuse_newer(engine)
        if current is None:
            raise KnownError(NOT_AN_EST_DATABASE, str(path))
        if current != head_revision():
            raise KnownError(SOURCE_NOT_CURRENT, str(path))
    except DatabaseError as error:
        engine.dispose()
        raise KnownError(NOT_AN_EST_DATABASE, str(path)) from error
    except BaseException:
        engine.dispose()
        raise
    return engine


def _open_target(url: str, password: str | None) -> Engine:
    if not is_server_url(url):
        raise KnownError(TARGET_NOT_A_SERVER, url)
    install_listeners()
    try:
        engine = make_server_engine(url, password=password)
    except ArgumentError as error:
        raise KnownError(TARGET_NOT_A_SERVER, url) from error
    try:
        with engine.connect() as connection:
            holding = _tables_with_rows(connection)
        if holding:
            raise TargetNotEmpty(holding)
        migrate(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


def _tables_with_rows(connection: Connection) -> list[str]:
    """Every table of the target's schema holding a row, not only EST Desktop's own."""
    names = sorted(set(inspect(connection).get_table_names()) - _SKIPPED)
    return [
        name
        for name in names
        if connection.scalar(text(f"SELECT EXISTS (SELECT 1 FROM {_quoted(name)})"))
    ]


def _move(source: Engine, target: Engine, progress: Progress | None) -> list[TableCheck]:
    tables = moved_tables()
    with source.connect() as reading, target.begin() as writing:
        # One read transaction: every table from the same moment of the file.
        reading.exec_driver_sql("BEGIN")
        # No desk may write while the copy runs, and none may have written since the check.
        writing.execute(text(f"SET LOCAL lock_timeout = '{_LOCK_TIMEOUT}'"))
        writing.execute(
            text(f"LOCK TABLE {', '.join(_quoted(t.name) for t in tables)} IN EXCLUSIVE MODE")
        )
        holding = _tables_with_rows(writing)
        if holding:
            raise TargetNotEmpty(holding)
        counter = _Counter(progress, sum(_count(reading, t) for t in tables))
        protected = _tables_with_row_security(writing)
        copied = [_copy(reading, writing, t, t.name in protected, counter) for t in tables]
        _reset_sequences(writing, tables)
        for table, expected in zip(tables, copied, strict=True):
            if _check(writing, table) != expected:
                log.error("The copy of table %s does not match the file", table.name)
                raise MoveNotVerified(table.name)
    return copied


class _Counter:
    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress, self.total, self.done = progress, total, 0

    def add(self, table: str, rows: int) -> None:
        self.done += rows
        if self.progress is not None:
            self.progress(table, self.done, self.total)


def _count(connection: Connection, table: Table) -> int:
    return connection.scalar(text(f"SELECT count(*) FROM {_quoted(table.name)}"))


def _tables_with_row_security(connection: Connection) -> set[str]:
    """Tables with row-level security, into which PostgreSQL allows no COPY."""
    rows = connection.execute(
        text(
            "SELECT relname FROM pg_class WHERE relrowsecurity "
            "AND relnamespace = current_schema()::regnamespace"
        )
    )
    return {name for (name,) in rows}


def _copy(
    reading: Connection, writing: Connection, table: Table, row_security: bool, counter: _Counter
) -> TableCheck:
    """Streams the table's rows from the file to the server; returns the file's check."""
    import psycopg
    from psycopg import sql

    columns = list(table.columns)
    moments = [i for i, c in enumerate(columns) if isinstance(_stored_type(c), DateTime)]
    names = sql.SQL(", ").join(sql.Identifier(c.name) for c in columns)
    checksum = _Checksum(table)
    # The server's engine always runs on psycopg, so its driver connection is psycopg's.
    driver = cast("psycopg.Connection[Any]", writing.connection.driver_connection)
    cursor = driver.cursor()
    counter.add(table.name, 0)
    rows = reading.execution_options(yield_per=_BATCH).execute(_ordered(table, reading))
    try:
        if row_security:
            values = sql.SQL(", ").join(sql.Placeholder() * len(columns))
            insert = sql.SQL("INSERT INTO {} ({}) VALUES ({})").format(
                sql.Identifier(table.name), names, values
            )
            for batch in rows.partitions():
                cursor.executemany(insert, [_server_row(r, moments, checksum) for r in batch])
                counter.add(table.name, len(batch))
        else:
            statement = sql.SQL("COPY {} ({}) FROM STDIN").format(sql.Identifier(table.name), names)
            with cursor.copy(statement) as copy:
                for batch in rows.partitions():
                    for row in batch:
                        copy.write_row(_server_row(row, moments, checksum))
                    counter.add(table.name, len(batch))
    except psycopg.Error as error:
        # The error's own text may quote the row: only the table and the SQLSTATE are told.
        state = getattr(error, "sqlstate", None)
        log.error("Copying table %s failed (SQLSTATE %s)", table.name, state)
        user_text = server_error_text(error)
        if user_text is not None:
            raise KnownError(user_text) from None
        if isinstance(error, psycopg.DataError | psycopg.IntegrityError):
            raise KnownError(VALUE_REFUSED, table.name) from None
        raise
    finally:
        cursor.close()
    return TableCheck(table.name, checksum.rows, checksum.hexdigest())


def _server_row(row: Sequence[Any], moments: list[int], checksum: _Checksum) -> list[Any]:
    """The row as the server stores it: SQLite's naive UTC timestamps get their zone."""
    checksum.add(row)
    values = list(row)
    for i in moments:
        if values[i] is not None:
            values[i] = as_utc(values[i])
    return values


def _reset_sequences(connection: Connection, tables: list[Table]) -> None:
    """Each id sequence continues after the highest copied id (an empty table's from 1)."""
    for table in tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, Integer):
            continue
        name, column = _quoted(table.name), _quoted(keys[0].name)
        sequence = connection.scalar(
            text("SELECT pg_get_serial_sequence(:table, :column)"),
            {"table": name, "column": keys[0].name},
        )
        if sequence is None:
            continue
        connection.execute(
            text(
                f"SELECT setval(CAST(:sequence AS regclass), COALESCE(MAX({column}), 1), "
                f"MAX({column}) IS NOT NULL) FROM {name}"
            ),
            {"sequence": sequence},
        )


def _ordered(table: Table, connection: Connection):
    """All columns in the model's order, rows in primary-key order. Text keys are ordered
    by code point on both engines (SQLite's BINARY, PostgreSQL's "C")."""
    keys: list[ColumnElement] = list(table.primary_key.columns)
    if connection.dialect.name == "postgresql":
        keys = [k.collate("C") if isinstance(_stored_type(k), String) else k for k in keys]
    return select(*table.columns).order_by(*keys)


def _check(connection: Connection, table: Table) -> TableCheck:
    checksum = _Checksum(table)
    rows = connection.execution_options(yield_per=_BATCH).execute(_ordered(table, connection))
    for batch in rows.partitions():
        for row in batch:
            checksum.add(row)
    return TableCheck(table.name, checksum.rows, checksum.hexdigest())


class _Checksum:
    """SHA-256 over one JSON line per row. Integers, text and booleans are read as such by
    both engines and go into JSON as they are; every other value takes its canonical form."""

    def __init__(self, table: Table) -> None:
        self._hash = hashlib.sha256()
        forms = [_canonical_form(_stored_type(column)) for column in table.columns]
        self._converted = [(i, form) for i, form in enumerate(forms) if form is not None]
        self._encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
        self.rows = 0

    def add(self, row: Sequence[Any]) -> None:
        values = list(row)
        for i, form in self._converted:
            if values[i] is not None:
                values[i] = form(values[i])
        self._hash.update(self._encode(values).encode("utf-8", "surrogatepass") + b"\n")
        self.rows += 1

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


def _utc_iso(moment: datetime) -> str:
    return as_utc(moment).astimezone(UTC).isoformat()


def _stored_type(column: ColumnElement[Any]) -> TypeEngine:
    """The column's SQL type under any decorator (SQLModel's AutoString, UTCDateTime)."""
    stored = column.type
    while isinstance(stored, TypeDecorator):
        stored = stored.impl_instance
    return stored


def _canonical_form(stored: TypeEngine) -> Callable[[Any], Any] | None:
    """How a column's values are made canonical; None for those JSON takes as they are."""
    if isinstance(stored, Integer | String | Boolean):
        return None
    if isinstance(stored, DateTime):
        return _utc_iso
    if isinstance(stored, Date):
        return date.isoformat
    if isinstance(stored, Time):
        return time.isoformat
    return canonical


def canonical(value: Any) -> Any:
    """One form per value whichever engine read it: a timestamp as UTC ISO 8601 (SQLite
    hands it back naive, PostgreSQL in the session's zone), dates and times ISO."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, Enum):
        return canonical(value.value)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, datetime):
        return _utc_iso(value)
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    raise TypeError(f"no canonical form for {type(value).__name__}")


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
