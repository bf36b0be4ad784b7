"""The database file: integrity, migrations, version guard and where it lives."""

from __future__ import annotations

import sqlite3
import sys
from datetime import date
from pathlib import Path

import platformdirs
import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel, select

from est_desktop import APP_NAME, ORGANISATION_NAME, bootstrap, db
from est_desktop.models import Incident, Source


def test_foreign_keys_are_on_for_every_connection(engine: Engine) -> None:
    with engine.connect() as first, engine.connect() as second:
        assert first.connection.dbapi_connection is not second.connection.dbapi_connection
        assert first.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert second.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_an_incident_at_a_place_that_does_not_exist_is_refused(engine: Engine) -> None:
    with Session(engine) as session:
        source_id = session.scalars(select(Source.id)).first()
        session.add(
            Incident(
                occurred_on=date(2026, 3, 3),
                place_id=999_999,
                source_id=source_id,
                description="Skadegörelse på busskur",
            )
        )
        with pytest.raises(IntegrityError):
            session.flush()
        session.rollback()
    with Session(engine) as session:
        assert session.scalars(select(Incident)).all() == []


def test_migrations_build_exactly_the_models_schema(engine: Engine) -> None:
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    assert differences == []


def test_the_known_head_is_the_newest_migration_script() -> None:
    scripts = ScriptDirectory.from_config(db._alembic_config())
    assert db.head_revision() == scripts.get_current_head()


def test_database_is_stamped_with_the_newest_revision(engine: Engine) -> None:
    head = db.head_revision()
    with engine.connect() as connection:
        stored = connection.execute(text("SELECT version_num FROM alembic_version")).scalars()
        assert list(stored) == [head]
    assert db.current_revision(engine) == head


def test_database_from_a_newer_version_is_refused_untouched(db_path: Path) -> None:
    bootstrap.open_database(db_path).dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
    connection.close()
    before = db_path.read_bytes()

    with pytest.raises(db.KnownError) as refused:
        bootstrap.open_database(db_path)

    assert "newer version" in refused.value.text
    assert str(db_path) in refused.value.detail
    assert db_path.read_bytes() == before


def test_db_option_wins_over_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(bootstrap.DB_ENV, str(tmp_path / "from-env.sqlite3"))
    chosen = bootstrap.resolve_db_path(str(tmp_path / "from-option.sqlite3"))
    assert chosen == tmp_path / "from-option.sqlite3"


def test_environment_wins_over_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(bootstrap.DB_ENV, str(tmp_path / "from-env.sqlite3"))
    assert bootstrap.resolve_db_path(None) == tmp_path / "from-env.sqlite3"


def test_default_is_used_without_option_or_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(bootstrap.DB_ENV, raising=False)
    assert bootstrap.resolve_db_path(None) == bootstrap.default_db_path()
    monkeypatch.setenv(bootstrap.DB_ENV, "")
    assert bootstrap.resolve_db_path("") == bootstrap.default_db_path()


def test_default_path_lies_in_the_users_data_folder() -> None:
    path = bootstrap.default_db_path()
    assert path.parent == platformdirs.user_data_path(APP_NAME, ORGANISATION_NAME)
    assert path.suffix == ".sqlite3"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG is the Linux convention")
def test_default_path_follows_xdg_data_home(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert bootstrap.default_db_path().is_relative_to(tmp_path / "data")


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "protokoll.docx"
    path.write_bytes(b"PK\x03\x04 not a database at all" * 100)
    before = path.read_bytes()
    with pytest.raises(db.KnownError, match="not an EST Desktop database"):
        bootstrap.open_database(path)
    assert path.read_bytes() == before


def test_lists_sort_the_swedish_way(session: Session) -> None:
    """SQLite sorts by bytes (Ä before Å); the convener expects Å, Ä, Ö after Z."""
    from est_desktop.services import reference

    for name in ("Östra Torps byalag", "Ängavallen", "Åkerbrukarna", "Zebran"):
        reference.save_organisation(session=session, name=name, kind="extern")
    names = [o.name for o in reference.organisations(session=session) if o.kind == "extern"]
    tail = [n for n in names if n in ("Östra Torps byalag", "Ängavallen", "Åkerbrukarna", "Zebran")]
    assert tail == ["Zebran", "Åkerbrukarna", "Ängavallen", "Östra Torps byalag"]
