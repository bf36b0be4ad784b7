"""Opens the database the way every entry point needs it: migrated and seeded."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError

from . import APP_NAME, ORGANISATION_NAME
from .db import KnownError, make_engine, migrate, session_scope
from .services.seed import seed_if_needed
from .text import QT_TRANSLATE_NOOP

DB_ENV = "EST_DESKTOP_DB"


def default_db_path() -> Path:
    return user_data_path(APP_NAME, ORGANISATION_NAME) / "est.sqlite3"


def resolve_db_path(option: str | None) -> Path:
    """``--db`` wins, then the EST_DESKTOP_DB environment variable, then the user data folder."""
    if option:
        return Path(option).expanduser()
    if os.environ.get(DB_ENV):
        return Path(os.environ[DB_ENV]).expanduser()
    return default_db_path()


def open_database(path: Path | str) -> Engine:
    """Migrated and seeded; on failure the file is released and left as it was."""
    engine = make_engine(path)
    try:
        migrate(engine)
        with session_scope(engine) as session:
            seed_if_needed(session=session)
    except DatabaseError as error:
        engine.dispose()
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "The file is not an EST Desktop database, or it is damaged. "
                "Choose another file or restore a backup.",
            ),
            str(path),
        ) from error
    except BaseException:
        engine.dispose()
        raise
    return engine
