"""A database on a PostgreSQL server: the same migrations, the same schema, and errors a
desk can act on told as such."""

from __future__ import annotations

import socket

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlmodel import SQLModel

from est_desktop import bootstrap, db
from tests import postgres


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_server_url_is_kept_as_a_url_and_a_file_stays_a_path(monkeypatch, tmp_path) -> None:
    url = "postgresql+psycopg://anna@db.trelleborg.se/est"
    assert bootstrap.resolve_db_path(url) == url
    monkeypatch.setenv(bootstrap.DB_ENV, url)
    assert bootstrap.resolve_db_path(None) == url
    assert bootstrap.resolve_db_path(str(tmp_path / "est.sqlite3")) == tmp_path / "est.sqlite3"


def test_the_migrations_build_exactly_the_models_schema_on_postgresql() -> None:
    with postgres.fresh_database(seeded=False) as url:
        engine = db.make_server_engine(url)
        try:
            db.migrate(engine)
            with engine.connect() as connection:
                differences = compare_metadata(
                    MigrationContext.configure(connection), SQLModel.metadata
                )
                collation = connection.execute(
                    text("SELECT count(*) FROM pg_collation WHERE collname = 'sv'")
                ).scalar()
            assert differences == []
            assert db.current_revision(engine) == db.head_revision()
            assert collation == 1
        finally:
            engine.dispose()


def test_names_sort_the_swedish_way_on_the_server_as_in_the_file(engine_pair) -> None:
    from est_desktop.db import session_scope
    from est_desktop.services import reference

    names = ["Östra Ringen", "Almgården", "Ängslyckan", "Åkerlund", "Zenitvägen", "ödeshög"]
    orders = []
    for engine in engine_pair:
        with session_scope(engine) as session:
            for name in names:
                reference.save_place(session=session, name=name)
        with session_scope(engine) as session:
            listed = [p.name for p in reference.places(session=session, include_inactive=True)]
            orders.append([n for n in listed if n in names])
    assert orders[0] == orders[1]
    assert orders[0] == [
        "Almgården",
        "Zenitvägen",
        "Åkerlund",
        "Ängslyckan",
        "ödeshög",
        "Östra Ringen",
    ]


@pytest.fixture
def engine_pair(db_path):
    file_engine = bootstrap.open_database(db_path)
    with postgres.fresh_database() as url:
        server_engine = db.make_server_engine(url)
        yield file_engine, server_engine
        server_engine.dispose()
    file_engine.dispose()


def test_a_server_database_not_set_up_is_refused_with_what_to_do() -> None:
    with postgres.fresh_database(seeded=False) as url:
        with pytest.raises(db.KnownError) as refused:
            bootstrap.open_server_database(url.render_as_string(hide_password=False))
    assert refused.value.text == bootstrap.SERVER_NOT_SET_UP
    assert "server-setup" in refused.value.text
    assert f":{url.password}@" not in refused.value.detail


def test_a_server_that_does_not_answer_is_a_message_not_a_crash() -> None:
    postgres.require_server()
    url = f"postgresql+psycopg://est@127.0.0.1:{_closed_port()}/est"
    with pytest.raises(db.KnownError) as refused:
        bootstrap.open_server_database(url)
    assert refused.value.text == db.SERVER_UNREACHABLE


def test_a_wrong_password_is_told_as_such() -> None:
    with postgres.fresh_database() as fresh:
        wrong = fresh.set(password="not-the-password").render_as_string(hide_password=False)
        with pytest.raises(db.KnownError) as refused:
            bootstrap.open_server_database(wrong)
    assert refused.value.text == db.LOGIN_FAILED
    assert "not-the-password" not in str(refused.value)


def test_a_database_name_the_server_does_not_have_is_told_as_such() -> None:
    url = postgres.require_server()
    missing = url.set(database="est_no_such_database").render_as_string(hide_password=False)
    with pytest.raises(db.KnownError) as refused:
        bootstrap.open_server_database(missing)
    assert refused.value.text == db.SERVER_NO_DATABASE


def test_a_connection_the_server_dropped_is_replaced_without_a_word() -> None:
    """After a server restart or a network cut the pool holds dead connections: the next
    save reconnects quietly instead of telling the desk the server does not answer."""
    import psycopg

    with postgres.fresh_database() as url:
        engine = db.make_server_engine(url)
        try:
            with engine.connect() as connection:
                pid = connection.execute(text("SELECT pg_backend_pid()")).scalar()
            dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
            with psycopg.connect(dsn, autocommit=True) as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
            with engine.connect() as connection:
                assert connection.execute(text("SELECT pg_backend_pid()")).scalar() != pid
        finally:
            engine.dispose()
