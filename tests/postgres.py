"""Databases on the test PostgreSQL server (``tools/test_postgres.sh start`` prints its URL;
the tests read it from EST_TEST_POSTGRES_URL).

Every test gets a database of its own, copied from one migrated and seeded template, so a
test on PostgreSQL starts from exactly what a test on SQLite starts from.
"""

from __future__ import annotations

import itertools
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy.engine import URL, make_url

URL_ENV = "EST_TEST_POSTGRES_URL"
_TEMPLATE = f"est_template_{os.getpid()}"
_numbers = itertools.count()
_template_ready = False


def admin_url() -> URL | None:
    value = os.environ.get(URL_ENV)
    return make_url(value).set(drivername="postgresql+psycopg") if value else None


def require_server() -> URL:
    """The server's URL; the test is skipped without one, except in CI, where a missing
    server is a failure (CI must test both engines)."""
    url = admin_url()
    if url is None:
        if os.environ.get("CI"):
            pytest.fail(f"{URL_ENV} is not set: CI must run the tests against PostgreSQL too")
        pytest.skip(f"no PostgreSQL server ({URL_ENV} is not set; see tools/test_postgres.sh)")
    return url


def _execute(url: URL, *statements: str) -> None:
    import psycopg

    dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as connection:
        for statement in statements:
            connection.execute(statement)


def _make_template(url: URL) -> None:
    global _template_ready
    if _template_ready:
        return
    from est_desktop.db import make_server_engine, migrate, session_scope
    from est_desktop.services.seed import seed_if_needed
    from est_desktop.services.settings import database_id

    _execute(url, f'DROP DATABASE IF EXISTS "{_TEMPLATE}"', f'CREATE DATABASE "{_TEMPLATE}"')
    engine = make_server_engine(url.set(database=_TEMPLATE))
    try:
        migrate(engine)
        with session_scope(engine) as session:
            seed_if_needed(session=session)
            database_id(session=session)  # as server-setup makes it
    finally:
        engine.dispose()
    _template_ready = True


@contextmanager
def fresh_database(*, seeded: bool = True) -> Iterator[URL]:
    """A new database (migrated and seeded, or empty) that is dropped afterwards."""
    url = require_server()
    name = f"est_test_{os.getpid()}_{next(_numbers)}"
    if seeded:
        _make_template(url)
        _execute(url, f'CREATE DATABASE "{name}" TEMPLATE "{_TEMPLATE}"')
    else:
        _execute(url, f'CREATE DATABASE "{name}"')
    try:
        yield url.set(database=name)
    finally:
        _wait_until_others_left(url, name)
        _execute(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _wait_until_others_left(url: URL, database: str, timeout: float = 10.0) -> None:
    """DROP DATABASE ... WITH (FORCE) ends only est_ci's own sessions (it is no superuser);
    the server process of another role's closed connection ends a moment after it."""
    import psycopg

    dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
    deadline = time.monotonic() + timeout
    with psycopg.connect(dsn, autocommit=True) as connection:
        while time.monotonic() < deadline:
            (others,) = connection.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s "
                "AND usename IS DISTINCT FROM current_user",
                (database,),
            ).fetchone()
            if not others:
                return
            time.sleep(0.05)


def drop_logins(names: list[str]) -> None:
    """Logins are global to the server: dropped after a test so a rerun does not collide."""
    import psycopg
    from psycopg import sql

    url = admin_url()
    if url is None or not names:
        return
    dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as connection:
        for name in names:
            connection.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))


def drop_template() -> None:
    url = admin_url()
    if url is not None and _template_ready:
        _execute(url, f'DROP DATABASE IF EXISTS "{_TEMPLATE}" WITH (FORCE)')


@contextmanager
def notifying_database() -> Iterator[URL]:
    """A fresh seeded database whose tables send change notices, as server-setup makes them."""
    from est_desktop.db import make_server_engine
    from est_desktop.services.server.notify import install_triggers

    with fresh_database() as url:
        engine = make_server_engine(url)
        try:
            with engine.begin() as connection:
                install_triggers(connection)
        finally:
            engine.dispose()
        yield url
