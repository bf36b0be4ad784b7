"""Shared fixtures: a migrated, seeded database in a temporary folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from sqlalchemy.engine import Engine  # noqa: E402
from sqlmodel import Session  # noqa: E402

from est_desktop.bootstrap import open_database  # noqa: E402
from est_desktop.db import session_scope  # noqa: E402
from est_desktop.services import audit  # noqa: E402

# The app installs the audit trail's listeners where it opens a database (bootstrap);
# tests also make server engines of their own, in any order on any worker, so they are
# installed for the whole run. tests/test_audit_registration.py checks the app's own path
# in a fresh process.
audit.install_listeners()

REPO_ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "est.sqlite3"


@pytest.fixture
def engine(db_path: Path) -> Iterator[Engine]:
    engine = open_database(db_path)
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    """One session per test; changes are committed so a second session sees them."""
    with session_scope(engine) as session:
        yield session


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    from tests import postgres

    postgres.drop_template()
