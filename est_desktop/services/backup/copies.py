"""Backups of the database file: made, verified, thinned, listed and restored.

Every copy goes through SQLite's online backup API, which copies a consistent
snapshot even while the window has the database open; a file copy of a live
database can catch it half-written. Each copy is checked before it is trusted,
and only then are older copies thinned.

Whether the data changed since the last backup is decided by a SHA-256 of the
database file, taken after a checkpoint so that the file alone holds every
committed change (in WAL mode recent commits live in the -wal file). Counts or
``max(rowid)`` would miss an edited description; mtime and size miss a change
within the file system's timestamp resolution and change on a mere checkpoint.
A false "changed" only costs one extra backup; a false "unchanged" could cost
a day's work, so the hash errs on the side of backing up.
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import re
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ...db import create_private_file
from ...errors import KnownError
from ...text import QT_TRANSLATE_NOOP
from .retention import backups_to_keep

log = logging.getLogger(__name__)

FOLDER_NAME = "backups"
_STAMP = "%Y%m%d-%H%M%S"
_STATE_SUFFIX = ".last-backup.json"
SIDE_FILES = ("-wal", "-shm", "-journal")
SQLITE_MAGIC = b"SQLite format 3\x00"

START = "start"  # made at start-up because the data changed
MIGRATION = "migration"  # made before the schema was upgraded
MANUAL = "manual"  # asked for in the window
REASONS = (START, MIGRATION, MANUAL)

NOT_VERIFIED = QT_TRANSLATE_NOOP(
    "Validation",
    "The backup could not be verified, so it was not kept. "
    "The database itself may be damaged: restore an earlier backup.",
)
BACKUP_DAMAGED = QT_TRANSLATE_NOOP(
    "Validation", "This backup is damaged and cannot be restored. Choose an earlier backup."
)
DATABASE_MISSING = QT_TRANSLATE_NOOP(
    "Validation", "The database file does not exist. Check the path."
)
FOLDER_NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "Validation",
    "The backup could not be written: you may not write to the folder. Choose another folder.",
)
FOLDER_MISSING = QT_TRANSLATE_NOOP(
    "Validation",
    "The backup could not be written: the folder does not exist. Choose another folder.",
)
FOLDER_FULL = QT_TRANSLATE_NOOP(
    "Validation", "The backup could not be written: the disk is full. Free some space."
)
FILE_IN_USE = QT_TRANSLATE_NOOP(
    "Validation",
    "The database file is in use and cannot be replaced. "
    "Close other programs using it and try again.",
)


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime  # local time, as in the file name
    reason: str


def backup_folder(db_path: Path, folder: Path | None = None) -> Path:
    """``folder`` when configured, else ``backups/`` beside the database."""
    return Path(folder) if folder is not None else Path(db_path).parent / FOLDER_NAME


def _name_pattern(db_path: Path) -> re.Pattern[str]:
    stem = re.escape(Path(db_path).stem)
    return re.compile(rf"^{stem}-(\d{{8}}-\d{{6}})-({'|'.join(REASONS)})(?:-(\d+))?\.sqlite3$")


def list_backups(db_path: Path, folder: Path | None = None) -> list[Backup]:
    """This database's backups in the folder, newest first. Other files are ignored."""
    where = backup_folder(db_path, folder)
    if not where.is_dir():
        return []
    pattern = _name_pattern(db_path)
    found = []
    for path in where.iterdir():
        match = pattern.match(path.name)
        if match and path.is_file():
            taken = _stamp_time(match.group(1))
            number = int(match.group(3) or 1)
            found.append((taken, number, Backup(path=path, taken_at=taken, reason=match.group(2))))
    found.sort(key=lambda item: item[:2], reverse=True)
    return [backup for _, _, backup in found]


def looks_like_sqlite(path: Path) -> bool:
    """An empty file or one starting with SQLite's header (its content may still be damaged).

    Reads with ``open()``: only before this process has the database open through SQLite
    (see ``fingerprint`` for why), as ``bootstrap`` does before it makes the engine."""
    with open(path, "rb") as file:
        head = file.read(len(SQLITE_MAGIC))
    return head == b"" or head == SQLITE_MAGIC


def database_problems(path: Path, *, quick: bool = False) -> list[str]:
    """What SQLite finds wrong with the file: integrity (or the faster quick check) and
    foreign keys. Empty when the file is sound.

    A plain connection, not ``mode=ro``: a read-only one leaves -wal and -shm files
    behind beside a WAL database, a normal one removes them when it closes.
    """
    if not Path(path).is_file():
        return [f"{path}: no such file"]
    try:
        connection = sqlite3.connect(path)
    except sqlite3.Error as error:
        return [str(error)]
    try:
        check = "quick_check" if quick else "integrity_check"
        rows = [r[0] for r in connection.execute(f"PRAGMA {check}")]
        problems = [] if rows == ["ok"] else [str(r) for r in rows]
        problems += [
            f"foreign key: {table} row {rowid} → {parent}"
            for table, rowid, parent, _ in connection.execute("PRAGMA foreign_key_check")
        ]
        return problems
    except sqlite3.Error as error:
        return [str(error)]
    finally:
        connection.close()


def _copy_online(source: Path, target: Path) -> None:
    """Copies ``source`` into the (new, empty) ``target`` in one step of the backup API,
    which sees one consistent snapshot, and leaves ``target`` a single self-contained file."""
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    _fsync(target)


def _fsync(path: Path) -> None:
    with open(path, "rb+") as file:
        os.fsync(file.fileno())


def _temp_beside(target: Path) -> Path:
    for _ in range(100):
        temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")
        try:
            create_private_file(temp)
        except FileExistsError:
            continue
        return temp
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(target.parent))


def _remove_with_side_files(path: Path) -> None:
    for suffix in ("", *SIDE_FILES):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


_NOT_ALLOWED_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}
_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT}


def _known(error: OSError, folder: Path) -> KnownError | None:
    if error.errno in _FULL_ERRNOS:
        return KnownError(FOLDER_FULL, str(folder))
    if isinstance(error, PermissionError) or error.errno in _NOT_ALLOWED_ERRNOS:
        return KnownError(FOLDER_NOT_ALLOWED, str(folder))
    if error.errno == errno.ENOENT and not folder.is_dir():
        return KnownError(FOLDER_MISSING, str(folder))
    return None


def _copy_verified(source: Path, target: Path) -> None:
    """A verified copy of ``source`` at ``target`` (replaced only once the copy is sound)."""
    if not Path(source).is_file():
        raise KnownError(DATABASE_MISSING, str(source))
    temp = None
    try:
        temp = _temp_beside(target)
        _copy_online(Path(source), temp)
        problems = database_problems(temp)
        if problems:
            log.error("Backup of %s failed verification: %s", source, problems[:5])
            raise KnownError(NOT_VERIFIED, str(source))
        os.replace(temp, target)
        temp = None
        _fsync_folder(target.parent)
    except OSError as error:
        known = _known(error, target.parent)
        if known is None:
            raise
        raise known from error
    except sqlite3.Error as error:
        raise _copy_failure(error, source, target.parent) from error
    finally:
        if temp is not None:
            _remove_with_side_files(temp)


_SQLITE_READONLY, _SQLITE_FULL = 8, 13


def _copy_failure(error: sqlite3.Error, source: Path, folder: Path) -> KnownError:
    """Why a copy failed, truly: a full or write-protected place for the copy is not a
    damaged database, and advising a restore for it would lose the newest data."""
    code = getattr(error, "sqlite_errorcode", None)
    code = code & 0xFF if isinstance(code, int) else None
    if code == _SQLITE_FULL:
        return KnownError(FOLDER_FULL, str(folder))
    if code == _SQLITE_READONLY:
        return KnownError(FOLDER_NOT_ALLOWED, str(folder))
    return KnownError(NOT_VERIFIED, str(source))


def _fsync_folder(folder: Path) -> None:
    """Makes a rename durable on POSIX; Windows has no directory handles for this."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def back_up_to(db_path: Path, out: Path, *, now: datetime | None = None) -> Path:
    """A verified backup at ``out`` (a file, or a folder to put a dated file in).

    An existing file at ``out`` is replaced only by a copy that passed verification.
    """
    out = Path(out)
    if out.is_dir():
        stamp = (now or datetime.now()).strftime(_STAMP)
        out = out / f"{Path(db_path).stem}-{stamp}-{MANUAL}.sqlite3"
    _copy_verified(Path(db_path), out)
    return out


def fingerprint(db_path: Path) -> str:
    """SHA-256 of the database's content as SQLite reads it (committed pages, the
    write-ahead log's included), in one read transaction.

    Read through SQLite, never with ``open()``: closing any other handle to the file
    drops every POSIX lock this process holds on it, SQLite's own included, and a
    window writing through its engine meanwhile can then corrupt the database (SQLite's
    "How To Corrupt An SQLite Database File", 2.2). A read-only connection writes
    nothing, so the fingerprint is safe beside a writer in another process too.
    """
    where = Path(db_path).as_posix()
    try:
        try:
            image = _serialized(f"file:{where}?mode=ro")
        except sqlite3.OperationalError:
            # A database on read-only media has no -shm file and cannot make one: nobody
            # writes there, so reading it as immutable (no locks at all) is sound.
            image = _serialized(f"file:{where}?immutable=1")
    except sqlite3.Error as error:
        # Unreadable (damaged): a value no other fingerprint equals, so a backup is tried
        # and its verification says what is wrong.
        log.info("No fingerprint of %s: %s", db_path, error)
        return f"unreadable-{secrets.token_hex(16)}"
    return hashlib.sha256(image).hexdigest()


def _serialized(uri: str) -> bytes:
    connection = sqlite3.connect(uri, uri=True)
    try:
        return connection.serialize()
    finally:
        connection.close()


def _state_file(db_path: Path, folder: Path | None) -> Path:
    return backup_folder(db_path, folder) / f"{Path(db_path).stem}{_STATE_SUFFIX}"


def _last_fingerprint(db_path: Path, folder: Path | None) -> str | None:
    try:
        state = json.loads(_state_file(db_path, folder).read_text(encoding="utf-8"))
        if (backup_folder(db_path, folder) / state["backup"]).is_file():
            return state["fingerprint"]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return None


def create_backup(
    db_path: Path,
    *,
    folder: Path | None = None,
    reason: str = MANUAL,
    now: datetime | None = None,
    thin: bool = True,
) -> Backup:
    """A verified backup in the backup folder, then older ones thinned (see ``backups_to_keep``)."""
    if reason not in REASONS:
        raise ValueError(reason)
    db_path = Path(db_path)
    now = (now or datetime.now()).replace(microsecond=0)
    where = backup_folder(db_path, folder)
    try:
        where.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as error:
        raise (_known(error, where) or error) from error
    stamp = now.strftime(_STAMP)
    target = where / f"{db_path.stem}-{stamp}-{reason}.sqlite3"
    number = 1
    while target.exists():
        number += 1
        target = where / f"{db_path.stem}-{stamp}-{reason}-{number}.sqlite3"
    digest = fingerprint(db_path) if db_path.is_file() else ""
    _copy_verified(db_path, target)
    _record_state(db_path, folder, target, digest)
    if thin:
        thin_backups(db_path, folder=folder, now=now)
    return Backup(path=target, taken_at=now, reason=reason)


def _record_state(db_path: Path, folder: Path | None, backup: Path, digest: str) -> None:
    state = _state_file(db_path, folder)
    try:
        if not state.exists():
            create_private_file(state)
        state.write_text(
            json.dumps({"backup": backup.name, "fingerprint": digest}), encoding="utf-8"
        )
    except OSError as error:  # the backup is made; at worst the next start makes another
        log.warning("Could not record the backup's fingerprint: %s", error)


def backup_if_changed(
    db_path: Path, *, folder: Path | None = None, now: datetime | None = None
) -> Backup | None:
    """The start-up backup: made only when the data changed since the last one."""
    last = _last_fingerprint(db_path, folder)
    if last is not None and last == fingerprint(db_path):
        return None
    return create_backup(db_path, folder=folder, reason=START, now=now)


def thin_backups(
    db_path: Path, *, folder: Path | None = None, now: datetime | None = None
) -> list[Path]:
    """Deletes the backups ``backups_to_keep`` lets go. The newest made before a migration
    stays too (the last copy in the earlier format), and so does the newest backup that
    holds more than the newest one: a database emptied by a sync tool or a failed copy
    must not thin away the copy that still has the data. Returns what was deleted."""
    backups = list_backups(db_path, folder)
    keep = backups_to_keep((b.taken_at for b in backups), now or datetime.now())
    before_migration = [b for b in backups if b.reason == MIGRATION]
    protected = {before_migration[0].path} if before_migration else set()
    fuller = _newest_fuller_than_newest(backups)
    if fuller is not None:
        protected.add(fuller.path)
    # Several backups in one second share a time: keep only the newest-named of those.
    kept_times: set[datetime] = set()
    deleted = []
    for backup in backups:
        if backup.path in protected or (
            backup.taken_at in keep and backup.taken_at not in kept_times
        ):
            kept_times.add(backup.taken_at)
            continue
        try:
            backup.path.unlink()
            deleted.append(backup.path)
        except OSError as error:
            log.warning("Could not remove old backup %s: %s", backup.path.name, error)
    return deleted


def _newest_fuller_than_newest(backups: list[Backup]) -> Backup | None:
    """The newest backup larger than the newest of all, when there is one: a database
    does not shrink by itself (SQLite keeps freed pages), so a smaller newest backup
    means data went missing."""
    if not backups:
        return None
    sizes = {}
    for found in backups:
        try:
            sizes[found.path] = found.path.stat().st_size
        except OSError:
            sizes[found.path] = 0
    newest = sizes[backups[0].path]
    return next((b for b in backups[1:] if sizes[b.path] > newest), None)


def newest_sound_backup(db_path: Path, folder: Path | None = None) -> Backup | None:
    """The newest backup that passes the integrity and foreign key checks now."""
    for backup in list_backups(db_path, folder):
        if not database_problems(backup.path):
            return backup
        log.warning("Backup %s failed verification", backup.path.name)
    return None


def set_aside(path: Path, label: str, *, now: datetime | None = None) -> Path:
    """Renames ``path`` (and its journal files) to ``<stem>.<label>-YYYYMMDD-HHMMSS.sqlite3``
    beside it, and returns the new name. Nothing is deleted."""
    path = Path(path)
    stamp = (now or datetime.now()).strftime(_STAMP)
    suffix = path.suffix or ".sqlite3"
    kept = path.with_name(f"{path.stem}.{label}-{stamp}{suffix}")
    number = 1
    while any(Path(f"{kept}{s}").exists() for s in ("", *SIDE_FILES)):
        number += 1
        kept = path.with_name(f"{path.stem}.{label}-{stamp}-{number}{suffix}")
    _rename_with_side_files(path, kept)
    return kept


def _rename_with_side_files(source: Path, target: Path) -> None:
    os.rename(source, target)
    for side in SIDE_FILES:
        if Path(f"{source}{side}").exists():
            os.rename(f"{source}{side}", f"{target}{side}")


def set_aside_copies(path: Path, label: str) -> list[Path]:
    """Files ``set_aside`` made from ``path`` with ``label``, newest first."""
    path = Path(path)
    pattern = re.compile(
        rf"^{re.escape(path.stem)}\.{re.escape(label)}-(\d{{8}}-\d{{6}})(?:-\d+)?"
        rf"{re.escape(path.suffix or '.sqlite3')}$"
    )
    if not path.parent.is_dir():
        return []
    found = [p for p in path.parent.iterdir() if pattern.match(p.name)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def _stamp_time(stamp: str) -> datetime:
    """The time in a name's ``_STAMP`` (YYYYmmdd-HHMMSS), read without ``strptime``,
    whose first use costs start-up 30 ms."""
    day, clock = stamp.split("-")
    return datetime(
        int(day[:4]), int(day[4:6]), int(day[6:8]), int(clock[:2]), int(clock[2:4]), int(clock[4:6])
    )


def set_aside_time(kept: Path) -> datetime:
    """When ``set_aside`` made ``kept``, read from its name."""
    match = re.search(r"\.[\w-]+?-(\d{8}-\d{6})(?:-\d+)?\.\w+$", Path(kept).name)
    return _stamp_time(match.group(1)) if match else datetime.min


def restore_backup(
    backup: Backup | Path, target: Path, *, now: datetime | None = None
) -> Path | None:
    """Puts the backup's content at ``target`` and returns where the replaced file was kept
    (``<stem>.ersatt-….sqlite3``; None when there was no file).

    The backup is verified first and the copy again before anything is moved; the
    database must not be open (dispose the engine first).
    """
    source = backup.path if isinstance(backup, Backup) else Path(backup)
    target = Path(target)
    if not source.is_file() or database_problems(source):
        raise KnownError(BACKUP_DAMAGED, str(source))
    temp = None
    kept = None
    try:
        temp = _temp_beside(target)
        _copy_online(source, temp)
        if database_problems(temp):
            raise KnownError(BACKUP_DAMAGED, str(source))
        if target.exists():
            kept = set_aside(target, "ersatt", now=now)
        os.replace(temp, target)
        temp = None
        _fsync_folder(target.parent)
    except OSError as error:
        if kept is not None and not target.exists():
            _rename_with_side_files(kept, target)  # the current file goes back where it was
            kept = None
        if isinstance(error, PermissionError) and os.name == "nt":
            raise KnownError(FILE_IN_USE, str(target)) from error
        known = _known(error, target.parent)
        if known is None:
            raise
        raise known from error
    finally:
        if temp is not None:
            _remove_with_side_files(temp)
    return kept
