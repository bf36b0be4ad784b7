"""The audit trail: every change to the user's records, written in the same transaction.

Changes are recorded generically, from the session's flushes, so no service can forget
to: new, changed and deleted rows of every table except the trail itself and the
meeting's own finalise/reopen history. An entry names the table, the row, the kind
of change and the changed column names; never values, so no incident or action text
ends up here. A meeting whose status becomes finalised is recorded as finalised, one
leaving that status as reopened, and answers imported from action lists (with the
changes they make to their actions) as imported.

The user is ``session.info["user"]`` (the window's store sets it), else the
operating-system user. Importing this module installs the recording.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from functools import cache
from typing import Any

from sqlalchemy import (
    Delete,
    Insert,
    Table,
    Update,
    event,
    func,
    insert,
    inspect,
    select,
    update,
)
from sqlalchemy.orm import ORMExecuteState, Session
from sqlmodel import col

from ..models import (
    Action,
    ActionAnswer,
    AuditAction,
    AuditEntry,
    ImportBatch,
    Incident,
    Meeting,
    MeetingStatus,
    saved_id,
)
from ..models.clock import as_utc, utcnow

USER = "user"  # the session.info key naming who works in the session
# SQLModel leaves a table model's __table__ undeclared.
_TRAIL: Table = AuditEntry.__table__  # type: ignore[attr-defined]
NOT_AUDITED = frozenset({AuditEntry.__tablename__, "meeting_event", "alembic_version"})
_AUTOMATIC = frozenset({"created_at", "updated_at", "imported_at", "version"})
_PENDING = "audit_pending"
# The names of the tables this session has written to, for views to know what to re-read.
_CHANGED = "changed_tables"
# The note of an incident imported from a file: which import (services.imports) it came in.
IMPORT_BATCH_NOTE = "import_batch="
# A change later in the same transaction adds its fields to the entry that created the row.
_FOLDS_CHANGES = (AuditAction.CREATED, AuditAction.IMPORTED)


@cache
def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment
        return ""


@dataclass
class _Pending:
    """An entry already written in this transaction: later flushes add their fields to it."""

    row_id: int
    action: str
    fields: list[str]


def _after_flush(session: Session, _flush_context: Any) -> None:
    flushed = (*session.new, *session.dirty, *session.deleted)
    _note_changed(session, *(_table_name(obj) for obj in flushed))
    imported = {o.action_id for o in session.new if isinstance(o, ActionAnswer)}
    changes: list[tuple[AuditAction, Any, list[str]]] = []
    for obj in session.new:
        if _audited(obj):
            changes.append((_kind_of_new(obj), obj, _filled_columns(obj)))
    for obj in session.dirty:
        if _audited(obj):
            fields = _changed_columns(obj)
            if fields:
                changes.append((_kind_of_change(obj, fields, imported), obj, fields))
    for obj in session.deleted:
        if _audited(obj):
            changes.append((AuditAction.DELETED, obj, []))
    for action, obj, fields in changes:
        entity, entity_id, note = _identity(obj)
        if isinstance(obj, Incident) and obj.import_batch_id is not None and not note:
            note = f"{IMPORT_BATCH_NOTE}{obj.import_batch_id}"
        _write(session, action.value, entity, entity_id, note, fields)


def _before_bulk_change(state: ORMExecuteState) -> None:
    """``session.execute(delete(...))`` skips the flush: record the rows it will change."""
    statement = state.statement
    if not isinstance(statement, Insert | Update | Delete):
        return
    table = statement.table
    if not isinstance(table, Table):
        return  # the services write to a model's table, never through a join or alias
    if isinstance(statement, Insert):
        _note_changed(state.session, table.name)
        return
    _note_changed(state.session, table.name)
    if table.name in NOT_AUDITED:
        return
    keys = list(table.primary_key)
    names = [c.key for c in keys]
    action = AuditAction.DELETED if isinstance(statement, Delete) else AuditAction.CHANGED
    if isinstance(state.parameters, list | tuple) and state.parameters:
        # One statement for many rows, each named by its primary key in the parameters.
        rows = [[p.get(n) for n in names] for p in state.parameters]
        fields = sorted({k for p in state.parameters for k in p} - set(names) - _AUTOMATIC)
    else:
        query = select(*keys)
        if statement.whereclause is not None:
            query = query.where(statement.whereclause)
        rows = [list(row) for row in state.session.connection().execute(query)]
        assigned = getattr(statement, "_values", None) or {}  # what an UPDATE sets
        fields = [k for k in (getattr(c, "key", str(c)) for c in assigned) if k not in _AUTOMATIC]
    for values in rows:
        _write(
            state.session,
            action.value,
            *_row_identity(table.name, keys, values),
            [] if state.is_delete else fields,
        )


def _table_name(obj: Any) -> str:
    return inspect(obj).mapper.local_table.name


def _audited(obj: Any) -> bool:
    return _table_name(obj) not in NOT_AUDITED


def _note_changed(session: Session, *tables: str) -> None:
    if tables:
        session.info.setdefault(_CHANGED, set()).update(tables)


def changed_tables(session: Session) -> frozenset[str]:
    """Every table this session has written to (its trail included), savepoints rolled
    back or not: for views to re-read what may have changed, never for the record."""
    return frozenset(session.info.get(_CHANGED, ()))


def _columns(obj: Any) -> list[str]:
    mapper = inspect(obj).mapper
    keys = {c.key for c in mapper.primary_key}
    return [a.key for a in mapper.column_attrs if a.key not in keys and a.key not in _AUTOMATIC]


def _filled_columns(obj: Any) -> list[str]:
    return [key for key in _columns(obj) if getattr(obj, key, None) not in (None, "")]


def _changed_columns(obj: Any) -> list[str]:
    state = inspect(obj)
    changed = []
    for key in _columns(obj):
        history = state.attrs[key].history  # never loads: no SQL inside a flush
        if history.added and list(history.added) != list(history.deleted):
            changed.append(key)
    return changed


def _kind_of_new(obj: Any) -> AuditAction:
    if isinstance(obj, ActionAnswer):
        return AuditAction.IMPORTED
    if isinstance(obj, Incident) and obj.import_batch_id is not None:
        return AuditAction.IMPORTED
    return AuditAction.CREATED


def _kind_of_change(obj: Any, fields: list[str], imported: set[int]) -> AuditAction:
    if isinstance(obj, Meeting) and "status" in fields:
        history = inspect(obj).attrs["status"].history
        if history.added and history.added[0] == MeetingStatus.FINALISED:
            return AuditAction.FINALISED
        if history.deleted and history.deleted[0] == MeetingStatus.FINALISED:
            return AuditAction.REOPENED
    if isinstance(obj, Action) and obj.id in imported:
        return AuditAction.IMPORTED
    return AuditAction.CHANGED


def _identity(obj: Any) -> tuple[str, int | None, str]:
    mapper = inspect(obj).mapper
    keys = list(mapper.primary_key)
    values = [getattr(obj, mapper.get_property_by_column(c).key) for c in keys]
    return _row_identity(mapper.local_table.name, keys, values)


def _row_identity(table: str, keys: list[Any], values: Any) -> tuple[str, int | None, str]:
    """Table, row id, and for rows keyed otherwise (links, settings) their key as a note."""
    names = [c.key for c in keys]
    if names == ["id"] and isinstance(values[0], int):
        return table, values[0], ""
    return table, None, ", ".join(f"{k}={v}" for k, v in zip(names, values, strict=True))


def _write(
    session: Session, action: str, entity: str, entity_id: int | None, note: str, fields: list[str]
) -> None:
    table = _TRAIL
    _note_changed(session, entity, table.name)
    connection = session.connection()  # not session.execute: that would flush again
    pending: dict[tuple, _Pending] = session.info.setdefault(_PENDING, {})
    key = (entity, entity_id, note)
    earlier = pending.get(key)
    if earlier is not None and (
        earlier.action == action
        or (action == AuditAction.CHANGED and earlier.action in _FOLDS_CHANGES)
    ):
        merged = list(dict.fromkeys(earlier.fields + fields))
        done = connection.execute(
            update(table).where(table.c.id == earlier.row_id).values(fields=",".join(merged))
        )
        if done.rowcount:  # gone when a savepoint was rolled back
            earlier.fields = merged
            return
    result = connection.execute(
        insert(table).values(
            at=utcnow(),
            user=session.info.get(USER) or os_user(),
            action=action,
            entity=entity,
            entity_id=entity_id,
            fields=",".join(fields),
            note=note,
        )
    )
    inserted = result.inserted_primary_key
    assert inserted is not None  # an INSERT of one row
    pending[key] = _Pending(inserted[0], action, list(fields))


def record_bulk_insert(
    session: Session, entity: str, rows: list[tuple[int, list[str]]], note: str = ""
) -> None:
    """Entries for rows a service inserted in bulk (an import of thousands of incidents),
    which no flush sees: one ``imported`` entry per (row id, filled fields), written
    in one statement."""
    if not rows:
        return
    _note_changed(session, entity, AuditEntry.__tablename__)
    user = session.info.get(USER) or os_user()
    moment = utcnow()
    session.connection().execute(
        insert(_TRAIL),
        [
            {
                "at": moment,
                "user": user,
                "db_user": "",
                "action": AuditAction.IMPORTED.value,
                "entity": entity,
                "entity_id": row_id,
                "fields": ",".join(fields),
                "note": note,
            }
            for row_id, fields in rows
        ],
    )


def _after_transaction_end(session: Session, transaction: Any) -> None:
    if transaction.parent is None:
        session.info.pop(_PENDING, None)


def install_listeners() -> None:
    """From now on every session records its changes in the trail. Called where a
    database is opened for use (``bootstrap``, the server's set-up and move), not as a
    side effect of importing this module; calling it again changes nothing."""
    if event.contains(Session, "after_flush", _after_flush):
        return
    event.listen(Session, "after_flush", _after_flush)
    event.listen(Session, "do_orm_execute", _before_bulk_change)
    event.listen(Session, "after_transaction_end", _after_transaction_end)


def listeners_installed() -> bool:
    return event.contains(Session, "after_flush", _after_flush)


# --- reading the trail -------------------------------------------------------------------


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime  # UTC
    user: str
    action: str
    entity: str
    entity_id: int | None
    fields: str
    note: str
    db_user: str = ""  # on a server, the database user the server recorded
    source_file: str = ""  # an imported incident: the file it came from

    @property
    def local_time(self) -> datetime:
        return self.at.astimezone()


def audit_rows(
    *,
    session: Session,
    entity: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int = 10_000,
) -> list[AuditRow]:
    """Newest first; ``since`` and ``until`` are local days, both included."""
    at = col(AuditEntry.at)
    query = select(AuditEntry).order_by(at.desc(), col(AuditEntry.id).desc())
    if entity:
        query = query.where(col(AuditEntry.entity) == entity)
    if since is not None:
        query = query.where(at >= _utc_start_of(since))
    if until is not None:
        query = query.where(at < _utc_start_of(date.fromordinal(until.toordinal() + 1)))
    entries = list(session.scalars(query.limit(limit)))
    batches = {
        int(e.note.removeprefix(IMPORT_BATCH_NOTE))
        for e in entries
        if e.note.startswith(IMPORT_BATCH_NOTE) and e.note[len(IMPORT_BATCH_NOTE) :].isdigit()
    }
    files: dict[int, str] = {}
    if batches:
        named = select(col(ImportBatch.id), col(ImportBatch.file_name))
        for batch_id, file_name in session.execute(named.where(col(ImportBatch.id).in_(batches))):
            if batch_id is not None:  # a primary key always is
                files[batch_id] = file_name
    return [
        AuditRow(
            saved_id(e),
            as_utc(e.at),
            e.user,
            e.action,
            e.entity,
            e.entity_id,
            e.fields,
            e.note,
            db_user=e.db_user,
            source_file=_source_file(e.note, files),
        )
        for e in entries
    ]


def _source_file(note: str, files: dict[int, str]) -> str:
    number = note.removeprefix(IMPORT_BATCH_NOTE)
    return files.get(int(number), "") if note != number and number.isdigit() else ""


def audited_entities(*, session: Session) -> list[str]:
    """The tables the trail has entries for, for the filter."""
    return list(
        session.scalars(
            select(col(AuditEntry.entity))
            .group_by(col(AuditEntry.entity))
            .order_by(col(AuditEntry.entity))
        )
    )


def audit_count(*, session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def _utc_start_of(day: date) -> datetime:
    """The moment the local ``day`` begins, in UTC as the timestamps are stored."""
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)
