"""The database: engine and pragmas, sessions, and schema migrations."""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import TYPE_CHECKING
from urllib.parse import quote

from sqlalchemy import event, inspect, text
from sqlalchemy.engine import URL, Engine, ExceptionContext, make_url
from sqlmodel import Session, create_engine

from .errors import KnownError
from .migrations import HEAD_REVISION
from .text import QT_TRANSLATE_NOOP, swedish_collation

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

NEWER_VERSION = QT_TRANSLATE_NOOP(
    "Validation",
    "This database was created by a newer version of EST Desktop. "
    "Install the newer version to open it.",
)
READ_ONLY = QT_TRANSLATE_NOOP(
    "Validation",
    "The change was not saved: the database is open read-only, or you may not write to its file.",
)
BUSY = QT_TRANSLATE_NOOP(
    "Validation",
    "The change was not saved: another program is using the database. Wait a moment and try again.",
)
DISK_FULL = QT_TRANSLATE_NOOP(
    "Validation", "The change was not saved: the disk is full. Free some space and try again."
)
SERVER_UNREACHABLE = QT_TRANSLATE_NOOP(
    "Validation",
    "The database server does not answer. Check the network connection; EST Desktop "
    "connects again by itself, and nothing you typed is lost.",
)
LOGIN_FAILED = QT_TRANSLATE_NOOP(
    "Validation",
    "The database server did not accept the user name or password. Check them and try again.",
)
SERVER_NO_DATABASE = QT_TRANSLATE_NOOP(
    "Validation",
    "The database server has no database by that name. Check the name of the database.",
)
NOT_PERMITTED = QT_TRANSLATE_NOOP(
    "Validation",
    "The change was not saved: your user on the database server may not make it. "
    "Ask the convener if you need it done.",
)
TRY_AGAIN = QT_TRANSLATE_NOOP(
    "Validation",
    "The change was not saved: another desk was changing the same records. Try again.",
)

# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_BUSY, _SQLITE_READONLY, _SQLITE_FULL = 5, 8, 13
_USER_ERRORS = {_SQLITE_BUSY: BUSY, _SQLITE_READONLY: READ_ONLY, _SQLITE_FULL: DISK_FULL}

# File systems reached over a network. SQLite's locking is unreliable on them, so
# the database there gets a rollback journal (WAL needs shared memory) and a warning.
_NETWORK_FS = re.compile(r"^(nfs\d*|cifs|smb\w*|afp\w*|fuse\.sshfs|sshfs|davfs|webdav|ncpfs)$")
_DRIVE_REMOTE = 4  # GetDriveTypeW


def parse_mount_table(text: str) -> list[tuple[str, str]]:
    """(mount point, file system type) from /proc/mounts or from the output of macOS ``mount``."""
    mounts = []
    for line in text.splitlines():
        bsd = re.match(r"^\S.* on (/.*?) \(([^,)]+)", line)
        if bsd:
            mounts.append((bsd.group(1), bsd.group(2).strip()))
            continue
        fields = line.split()
        if len(fields) >= 3:
            # /proc/mounts writes space, tab, newline and backslash as octal escapes.
            point = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), fields[1])
            mounts.append((point, fields[2]))
    return mounts


def _mount_table() -> list[tuple[str, str]]:
    try:
        if Path("/proc/self/mounts").exists():
            return parse_mount_table(Path("/proc/self/mounts").read_text(errors="replace"))
        if sys.platform == "darwin" or "bsd" in sys.platform:
            result = subprocess.run(["mount"], capture_output=True, text=True, timeout=5)
            return parse_mount_table(result.stdout)
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("Could not read the mount table: %s", error)
    return []


def _windows_drive_type(root: str) -> int:
    import ctypes

    return ctypes.windll.kernel32.GetDriveTypeW(root)  # type: ignore[attr-defined]


def is_network_path(
    path: Path | str,
    *,
    platform: str = sys.platform,
    mounts: Iterable[tuple[str, str]] | None = None,
    drive_type: Callable[[str], int] | None = None,
) -> bool:
    """Whether ``path`` lies on a network share: a UNC path, a mapped network drive, or a
    mount of a network file system. ``mounts`` and ``drive_type`` stand in for the system's."""
    text = str(path)
    windows = platform.startswith("win")
    if text.startswith("\\\\") or (windows and text.startswith("//")):
        return True
    if windows:
        drive = PureWindowsPath(os.path.abspath(text) if sys.platform == platform else text).drive
        if drive.startswith("\\\\"):
            return True
        if len(drive) == 2 and drive[1] == ":":
            try:
                return (drive_type or _windows_drive_type)(drive + "\\") == _DRIVE_REMOTE
            except (OSError, AttributeError):
                return False
        return False
    target = PurePosixPath(os.path.realpath(text) if sys.platform == platform else text)
    best, best_type = None, ""
    for point, fs_type in _mount_table() if mounts is None else mounts:
        mount = PurePosixPath(point)
        if (target == mount or mount in target.parents) and (
            best is None or len(mount.parts) > len(best.parts)
        ):
            best, best_type = mount, fs_type
    return bool(_NETWORK_FS.match(best_type.lower()))


def journal_mode_for(path: Path | str) -> str:
    """WAL on a local disk; the rollback journal on a network share, where WAL's shared
    memory does not work across machines."""
    return "DELETE" if is_network_path(path) else "WAL"


def _pragmas(journal_mode: str | None) -> Callable[[sqlite3.Connection, object], None]:
    def set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        if journal_mode is not None:
            cursor.execute(f"PRAGMA journal_mode={journal_mode}")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute("PRAGMA secure_delete=ON")
        cursor.close()
        dbapi_connection.create_collation("sv", swedish_collation)

    return set_pragmas


def _user_error(context: ExceptionContext) -> None:
    """Turns the database errors a user can act on into a ``KnownError`` with a sentence."""
    code = getattr(context.original_exception, "sqlite_errorcode", None)
    text = _USER_ERRORS.get(code & 0xFF) if isinstance(code, int) else None
    if text is not None:
        raise KnownError(text) from context.original_exception


# PostgreSQL's SQLSTATE classes and codes a user can act on.
_SERVER_ERRORS = {
    "28P01": LOGIN_FAILED,
    "28000": LOGIN_FAILED,
    "42501": NOT_PERMITTED,
    "40001": TRY_AGAIN,
    "40P01": TRY_AGAIN,
    "55P03": TRY_AGAIN,
    "53100": DISK_FULL,
    "25006": READ_ONLY,
}


def server_error_text(error: BaseException) -> str | None:
    """The sentence for a PostgreSQL error a user can act on; None for a bug."""
    state = getattr(getattr(error, "diag", None), "sqlstate", None) or getattr(
        error, "sqlstate", None
    )
    if state in _SERVER_ERRORS:
        return _SERVER_ERRORS[state]
    if state is not None and state[:2] in ("08", "57"):
        return SERVER_UNREACHABLE
    if state is None and _is_connection_failure(error):
        return _connection_failure_text(error)
    return None


def _is_connection_failure(error: BaseException) -> bool:
    import psycopg

    return isinstance(error, psycopg.OperationalError)


def _connection_failure_text(error: BaseException) -> str:
    """libpq reports a refused login without an SQLSTATE: tell it apart from a server
    that is not there, so a desk is not told to check the network for a wrong password."""
    pgconn = getattr(error, "pgconn", None)
    message = str(error).casefold()
    if pgconn is not None and getattr(pgconn, "needs_password", False):
        return LOGIN_FAILED
    if "authentication failed" in message or "no password supplied" in message:
        return LOGIN_FAILED
    if "database" in message and "does not exist" in message:
        return SERVER_NO_DATABASE
    return SERVER_UNREACHABLE


def _server_user_error(context: ExceptionContext) -> None:
    if context.is_pre_ping:
        return  # a dropped pooled connection: SQLAlchemy quietly replaces it
    original = context.original_exception
    text = server_error_text(original)
    if text is not None:
        raise KnownError(text) from original


def create_private_file(path: Path) -> None:
    """An empty file only its owner may read (SQLite gives its journals the same mode)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    if os.name == "posix":
        os.chmod(path, 0o600)


def read_only_uri(path: Path | str) -> str:
    """A SQLite URI opening ``path`` read-only; works for drive letters and UNC paths too.

    On read-only media SQLite cannot make the -shm file a WAL database is read with;
    nobody can write there either, so the file is then opened as immutable."""
    text = str(Path(path).absolute()).replace("\\", "/")
    uri = "file://" + ("" if text.startswith("/") else "/") + quote(text, safe="/:") + "?mode=ro"
    return uri + "&immutable=1" if on_read_only_media(path) else uri


def on_read_only_media(path: Path | str) -> bool:
    """Whether the file's disk or folder cannot be written at all (a read-only mount, a
    write-protected stick): asked of the file system, so that it holds for root too."""
    folder = Path(path).absolute().parent
    if hasattr(os, "statvfs"):
        try:
            return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
        except OSError:
            return False
    return not os.access(folder, os.W_OK)


def is_server_url(target: Path | str) -> bool:
    """Whether ``--db`` names a PostgreSQL server (``postgresql+psycopg://user@host/db``)
    rather than a SQLite file."""
    return isinstance(target, str) and target.startswith(("postgresql://", "postgresql+"))


def server_url(target: str) -> URL:
    """The SQLAlchemy URL of a server, always through psycopg 3."""
    url = make_url(target)
    return url.set(drivername="postgresql+psycopg")


def _local_time_zone() -> str | None:
    """The desk's IANA time zone name, so dates of timestamps fall on the local day."""
    zone = os.environ.get("TZ", "").lstrip(":")
    if zone and "/" in zone:
        return zone
    try:
        link = os.path.realpath("/etc/localtime")
    except OSError:
        return None
    return link.split("zoneinfo/", 1)[1] if "zoneinfo/" in link else None


def make_server_engine(target: str | URL, *, password: str | None = None) -> Engine:
    """An engine for a PostgreSQL database on a server. Connections are checked before
    use (a dropped one is replaced) and errors a user can act on become ``KnownError``."""
    url = server_url(target) if isinstance(target, str) else target
    if password is not None:
        url = url.set(password=password)
    options = {"application_name": "EST Desktop", "connect_timeout": 10}
    zone = _local_time_zone()
    if zone:
        options["options"] = f"-c TimeZone={zone}"
    engine = create_engine(
        url, connect_args=options, hide_parameters=True, pool_pre_ping=True, pool_size=4
    )
    event.listen(engine, "handle_error", _server_user_error)
    return engine


def make_engine(
    path: Path | str, *, read_only: bool = False, journal_mode: str | None = None
) -> Engine:
    """An engine for the SQLite file at ``path``, every connection set up the same way.

    A new file is created readable by its owner only. ``read_only`` opens an existing
    file with SQLite's ``mode=ro``: writing then fails with a ``KnownError``.
    ``journal_mode`` overrides the choice made from where the file lives.
    """
    if is_server_url(path):
        return make_server_engine(str(path))
    if str(path) == ":memory:":
        engine = create_engine(
            "sqlite://", connect_args={"check_same_thread": False}, hide_parameters=True
        )
        event.listen(engine, "connect", _pragmas(None))
        event.listen(engine, "handle_error", _user_error)
        return engine
    path = Path(path)
    if read_only:
        uri = read_only_uri(path)
        engine = create_engine(
            f"sqlite:///{path}",
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
            hide_parameters=True,
        )
        mode = None
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            create_private_file(path)
        # Errors and logs never show the SQL parameters: they hold incident text.
        engine = create_engine(
            f"sqlite:///{path}", connect_args={"check_same_thread": False}, hide_parameters=True
        )
        mode = journal_mode or journal_mode_for(path)
    event.listen(engine, "connect", _pragmas(mode))
    event.listen(engine, "handle_error", _user_error)
    return engine


def _alembic_config() -> Config:
    # Alembic (and Mako behind it) loads only when a schema is to be checked against the
    # scripts or upgraded: opening an up-to-date database needs neither.
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest revision this version knows (its scripts are checked against it)."""
    return HEAD_REVISION


def current_revision(engine: Engine) -> str | None:
    """The revision stored in the database; None for a database without a schema yet."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        stamps = connection.execute(text("SELECT version_num FROM alembic_version")).all()
        if len(stamps) > 1:  # branches, which this app never makes: Alembic says what is wrong
            from alembic.runtime.migration import MigrationContext

            return MigrationContext.configure(connection).get_current_revision()
        return stamps[0][0] if stamps else None


def refuse_newer_file(path: Path | str) -> None:
    """``refuse_newer`` for a SQLite file before any engine exists: read through a
    read-only connection with no pragmas, so that a database a newer version wrote is
    refused exactly as it was (the engine's first connection would switch it to WAL)."""
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error:
        return  # the checks and the engine say what is wrong with it
    try:
        stamps = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error:
        return  # no schema yet, or not readable: not this function's to judge
    finally:
        connection.close()
    if len(stamps) != 1 or stamps[0][0] == HEAD_REVISION:
        return
    from alembic.script import ScriptDirectory

    try:
        ScriptDirectory.from_config(_alembic_config()).get_revision(stamps[0][0])
    except Exception as error:
        raise KnownError(NEWER_VERSION, str(path)) from error


def refuse_newer(engine: Engine) -> str | None:
    """The stored revision; a revision this version does not know means a newer app wrote it."""
    current = current_revision(engine)
    if current is None or current == HEAD_REVISION:
        return current
    from alembic.script import ScriptDirectory

    try:
        ScriptDirectory.from_config(_alembic_config()).get_revision(current)
    except Exception as error:
        raise KnownError(NEWER_VERSION, str(engine.url.database)) from error
    return current


def migrate(engine: Engine, before_upgrade: Callable[[str | None], None] | None = None) -> None:
    """Bring the schema up to the newest revision this version knows.

    A database last written by a newer version is refused untouched. When there is
    something to upgrade, ``before_upgrade`` is called first with the stored revision
    (the start-up makes its backup there).
    """
    current = refuse_newer(engine)
    if current == HEAD_REVISION:
        return
    if before_upgrade is not None:
        before_upgrade(current)
    from alembic import command

    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


ONLY_TO_READ = QT_TRANSLATE_NOOP(
    "Validation",
    "Nothing was saved: this was only to be read. Please report it as a fault.",
)


@contextmanager
def read_scope(engine: Engine) -> Iterator[Session]:
    """A session that only reads: whatever it did is rolled back at the end, and a flush
    (an added, changed or deleted row) is refused, so a read can never write unseen."""
    session = Session(engine, expire_on_commit=False)
    session.info["read_only"] = True
    event.listen(session, "before_flush", _refuse_to_write)
    try:
        yield session
    finally:
        end_reading(session)
        session.close()


def end_reading(session: Session) -> None:
    """Rolls back what was read. The rows read stay as they were loaded (a rollback would
    expire them, and a view reads them after the session has closed)."""
    session.expunge_all()
    session.rollback()


def _refuse_to_write(session: Session, _context, _instances) -> None:
    if session.new or session.dirty or session.deleted:
        raise KnownError(ONLY_TO_READ)


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session that commits when the block succeeds and rolls back when it fails."""
    session = Session(engine, expire_on_commit=False)
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
