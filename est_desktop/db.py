"""The database: engine and pragmas, sessions, and schema migrations."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

from .text import QT_TRANSLATE_NOOP, swedish_collation

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class KnownError(Exception):
    """An error the user can act on (disk full, file locked, bad path).

    ``text`` is an English source string the UI translates; ``detail`` is shown
    beside it unchanged (a path, for instance).
    """

    def __init__(self, text: str, detail: str = "") -> None:
        super().__init__(text if not detail else f"{text} ({detail})")
        self.text = text
        self.detail = detail


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()
    dbapi_connection.create_collation("sv", swedish_collation)


def make_engine(path: Path | str) -> Engine:
    """An engine for the SQLite file at ``path`` with foreign keys on for every connection."""
    url = "sqlite://" if str(path) == ":memory:" else f"sqlite:///{Path(path)}"
    if url != "sqlite://":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _set_pragmas)
    return engine


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def migrate(engine: Engine) -> None:
    """Bring the schema up to the newest revision this version knows.

    A database last written by a newer version is refused untouched.
    """
    config = _alembic_config()
    current = current_revision(engine)
    if current is not None:
        scripts = ScriptDirectory.from_config(config)
        try:
            scripts.get_revision(current)
        except Exception as error:
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "This database was created by a newer version of EST Desktop. "
                    "Install the newer version to open it.",
                ),
                str(engine.url.database),
            ) from error
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


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
