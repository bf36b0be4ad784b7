"""Opens the database the way every entry point needs it: checked, backed up, migrated, seeded."""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

from platformdirs import user_data_path
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError

from . import APP_NAME, ORGANISATION_NAME
from .db import (
    BUSY,
    head_revision,
    is_server_url,
    make_engine,
    make_server_engine,
    migrate,
    on_read_only_media,
    refuse_newer,
    refuse_newer_file,
    session_scope,
)
from .errors import KnownError
from .services import audit
from .services.backup import copies as backup
from .services.backup.copies import Backup
from .services.backup.in_use import refuse_if_in_use
from .services.seed import seed_if_needed
from .services.settings import database_id
from .text import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

DB_ENV = "EST_DESKTOP_DB"
BACKUP_ENV = "EST_DESKTOP_BACKUPS"
DAMAGED_LABEL = "skadad"

NOT_A_DATABASE = QT_TRANSLATE_NOOP(
    "Validation",
    "The file is not an EST Desktop database, or it is damaged. "
    "Choose another file or restore a backup.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "Validation",
    "The database file is damaged. It has been kept aside unchanged; "
    "restore the newest backup to go on working.",
)
EMPTIED = QT_TRANSLATE_NOOP(
    "Validation",
    "The database file is empty, although there are backups of it: a sync tool or a "
    "failed copy may have emptied it. It has been kept aside; restore the newest backup "
    "to go on working.",
)
MISSING = QT_TRANSLATE_NOOP(
    "Validation",
    "The database file is missing, although there are backups of it. Restore the newest "
    "backup to go on working, or choose the right file with --db.",
)
DISK_FULL_AT_START = QT_TRANSLATE_NOOP(
    "Validation",
    "The database cannot be opened: its disk is full, and SQLite needs room beside the "
    "file to work. The database is not damaged. Free some space and start again.",
)
DISK_TROUBLE = QT_TRANSLATE_NOOP(
    "Validation",
    "The database cannot be opened: the disk it lies on reports a read or write error. "
    "The file has been left as it is. Check the disk, or ask your IT support.",
)
CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "Validation",
    "The database cannot be opened: you may not read or write the file or its folder. "
    "The file has been left as it is. Check its permissions, or choose another file with --db.",
)
_ROOM_FOR_SQLITE = 2 * 1024 * 1024  # bytes: less than this free, and a full disk is the cause
NO_BACKUP_BEFORE_UPGRADE = QT_TRANSLATE_NOOP(
    "Validation",
    "The database was not upgraded because no backup of it could be made first. It is unchanged.",
)
SERVER_NOT_SET_UP = QT_TRANSLATE_NOOP(
    "Validation",
    "The database on the server is not set up for this version of EST Desktop. "
    "Ask the administrator to run est-desktop server-setup for it.",
)
NOT_AN_APP_USER = QT_TRANSLATE_NOOP(
    "Validation",
    "This user on the database server is not a user of EST Desktop in this database. "
    "Log in with a user made by est-desktop add-user; the administrator's own user "
    "is not used in the app.",
)
READ_ONLY_NEEDS_UPGRADE = QT_TRANSLATE_NOOP(
    "Validation",
    "The database must be upgraded to this version before it can be opened read-only. "
    "Close the other EST Desktop that uses it and start again.",
)


class DamagedDatabase(KnownError):
    """The start-up check failed. The file was renamed to ``kept`` (never deleted);
    ``backup`` is the newest backup that passes the checks now, if any.

    ``kind`` says what was found: a damaged file, an emptied one (0 bytes, kept aside
    too), or none at all (``kept`` is None) where backups show there was one."""

    def __init__(
        self,
        path: Path,
        kept: Path | None,
        backup: Backup | None,
        problems: list[str],
        kind: str = "damaged",
    ) -> None:
        text = {"damaged": DAMAGED, "emptied": EMPTIED, "missing": MISSING}[kind]
        super().__init__(text, str(kept or path))
        self.path = path
        self.kept = kept
        self.backup = backup
        self.problems = problems
        self.kind = kind


def default_db_path() -> Path:
    return user_data_path(APP_NAME, ORGANISATION_NAME) / "est.sqlite3"


def resolve_db_path(option: str | None) -> Path | str:
    """``--db`` wins, then the EST_DESKTOP_DB environment variable, then the user data folder.

    A ``postgresql://`` URL names a server database and is returned as the text it is."""
    value = option or os.environ.get(DB_ENV)
    if value and is_server_url(value):
        return value
    if value:
        return Path(value).expanduser()
    return default_db_path()


def resolve_backup_folder() -> Path | None:
    """EST_DESKTOP_BACKUPS when set; otherwise (None) ``backups/`` beside the database."""
    value = os.environ.get(BACKUP_ENV)
    return Path(value).expanduser() if value else None


def open_database(
    path: Path | str, *, read_only: bool = False, backup_folder: Path | None = None
) -> Engine:
    """Checked, migrated and seeded; on failure the file is released and left as it was,
    except a damaged one, which is renamed aside (``DamagedDatabase``).

    An existing database is backed up before a migration and at start-up when its
    data changed since the last backup. ``read_only`` only opens (no checks, backups,
    migration or seeding): another instance is the one writing.
    """
    if is_server_url(path):
        return open_server_database(str(path))
    path = Path(path)
    folder = backup_folder if backup_folder is not None else resolve_backup_folder()
    if read_only or (path.exists() and on_read_only_media(path)):
        # Nothing can be written there: no check that needs SQLite's working files, no
        # backup beside it, no migration. The window says it is read-only.
        return _open_read_only(path)
    created = not path.exists()
    if created:
        _refuse_to_replace_a_damaged_database(path, folder)
        _refuse_to_start_over(path, folder)
    else:
        _refuse_an_emptied_database(path, folder)
        _check(path, folder)
        refuse_newer_file(path)  # before the engine's first connection sets its pragmas
    audit.install_listeners()
    engine = make_engine(path)
    try:
        migrate(engine, before_upgrade=lambda current: _back_up_before(path, folder, current))
        with session_scope(engine) as session:
            seed_if_needed(session=session)
            # Made by the writer now, so that a job beside the window, which only reads,
            # finds the identity its exported action lists carry.
            database_id(session=session)
        if not created:
            _start_up_backup(path, folder)
    except DatabaseError as error:
        engine.dispose()
        raise KnownError(NOT_A_DATABASE, str(path)) from error
    except BaseException:
        engine.dispose()
        raise
    return engine


def _check(path: Path, folder: Path | None) -> None:
    """quick_check and foreign_key_check. A file that is not SQLite at all is refused
    untouched, unless this database's backups show it was ours."""
    has_backups = bool(backup.list_backups(path, folder))
    if not backup.looks_like_sqlite(path) and not has_backups:
        raise KnownError(NOT_A_DATABASE, str(path))
    problems = backup.database_problems(path, quick=True)
    if not problems:
        return
    cause = _not_damage(path, problems)
    if cause is not None:
        raise cause
    if not has_backups and _unreadable(problems):
        raise KnownError(NOT_A_DATABASE, str(path))
    log.error("Database %s failed the start-up check: %s", path, problems[:10])
    refuse_if_in_use(path)  # never rename a file another process has open
    kept = backup.set_aside(path, DAMAGED_LABEL)
    raise DamagedDatabase(path, kept, backup.newest_sound_backup(path, folder), problems)


# What SQLite says when the file could not be read for a reason outside it: the disk,
# the folder, another program. The file is then not damaged and must stay where it is.
_FULL_OR_IO = ("disk i/o error", "database or disk is full")
_IN_USE = ("database is locked",)
_CANNOT_OPEN = ("unable to open database file", "attempt to write a readonly database")


def _not_damage(path: Path, problems: list[str]) -> KnownError | None:
    said = " ".join(problems).lower()
    if any(text in said for text in _FULL_OR_IO):
        try:
            full = shutil.disk_usage(path.parent).free < _ROOM_FOR_SQLITE
        except OSError:
            full = False
        return KnownError(DISK_FULL_AT_START if full else DISK_TROUBLE, str(path))
    if any(text in said for text in _IN_USE):
        return KnownError(BUSY, str(path))
    if any(text in said for text in _CANNOT_OPEN):
        return KnownError(CANNOT_OPEN, str(path))
    return None


def _unreadable(problems: list[str]) -> bool:
    """SQLite could not read the file as a database at all (header damaged beyond use)."""
    return len(problems) == 1 and "not a database" in problems[0]


def _refuse_to_replace_a_damaged_database(path: Path, folder: Path | None) -> None:
    """A damaged file set aside and no restore since (which would have been backed up
    after it): offer the restore again rather than quietly starting an empty database."""
    kept = backup.set_aside_copies(path, DAMAGED_LABEL)
    if not kept:
        return
    newest = backup.newest_sound_backup(path, folder)
    if newest is None or newest.taken_at <= backup.set_aside_time(kept[0]):
        raise DamagedDatabase(path, kept[0], newest, [])


def _refuse_to_start_over(path: Path, folder: Path | None) -> None:
    """No file where backups show there was one: it was deleted or moved, which is
    damage, not a first start. An empty database made now would hide the backups."""
    if backup.list_backups(path, folder):
        raise DamagedDatabase(
            path, None, backup.newest_sound_backup(path, folder), [], kind="missing"
        )


def _refuse_an_emptied_database(path: Path, folder: Path | None) -> None:
    """A 0-byte file is what SQLite would quietly fill with a new database. Where there
    are backups it was emptied, not new: kept aside, and the newest backup offered."""
    try:
        empty = path.stat().st_size == 0
    except OSError:
        return
    if not empty or not backup.list_backups(path, folder):
        return
    refuse_if_in_use(path)
    kept = backup.set_aside(path, DAMAGED_LABEL)
    raise DamagedDatabase(
        path, kept, backup.newest_sound_backup(path, folder), ["empty file"], kind="emptied"
    )


def _back_up_before(path: Path, folder: Path | None, current: str | None) -> None:
    if current is None:
        return  # a new, empty database: nothing to keep
    try:
        backup.create_backup(path, folder=folder, reason=backup.MIGRATION)
    except (KnownError, OSError) as error:
        raise KnownError(NO_BACKUP_BEFORE_UPGRADE, str(path)) from error


def _start_up_backup(path: Path, folder: Path | None) -> None:
    """Failing to back up must not keep the convener from the meeting: it is logged."""
    try:
        made = backup.backup_if_changed(path, folder=folder)
    except (KnownError, OSError) as error:
        log.warning("Start-up backup of %s failed: %s", path, error)
        return
    if made is not None:
        log.info("Backed up to %s", made.path)


def _open_read_only(path: Path) -> Engine:
    if not path.is_file():
        raise KnownError(backup.DATABASE_MISSING, str(path))
    if not backup.looks_like_sqlite(path):
        raise KnownError(NOT_A_DATABASE, str(path))
    audit.install_listeners()
    engine = make_engine(path, read_only=True)
    try:
        if refuse_newer(engine) != head_revision():
            raise KnownError(READ_ONLY_NEEDS_UPGRADE, str(path))
    except DatabaseError as error:
        engine.dispose()
        raise KnownError(NOT_A_DATABASE, str(path)) from error
    except BaseException:
        engine.dispose()
        raise
    return engine


def open_server_database(url: str, *, password: str | None = None) -> Engine:
    """A database on a PostgreSQL server, at the schema this version knows.

    The desks never migrate or seed a shared database: their roles may not, and one
    upgrade at a time is the administrator's (``est-desktop server-setup``). Backups of a
    server are the server's own (pg_dump), not files beside it."""
    audit.install_listeners()
    engine = make_server_engine(url, password=password)
    where = engine.url.render_as_string(hide_password=True)
    try:
        current = refuse_newer(engine)
        if current is None and _schema_hidden(engine):
            raise KnownError(NOT_AN_APP_USER, where)
        if current != head_revision():
            raise KnownError(SERVER_NOT_SET_UP, where)
    except DatabaseError as error:
        engine.dispose()
        raise KnownError(SERVER_NOT_SET_UP, engine.url.render_as_string()) from error
    except BaseException:
        engine.dispose()
        raise
    return engine


def _schema_hidden(engine: Engine) -> bool:
    """The schema is there but row-level security shows this login none of its rows:
    the owner outside maintenance, or a login not listed as a user of this database."""
    from sqlalchemy import inspect

    with engine.connect() as connection:
        return inspect(connection).has_table("alembic_version")
