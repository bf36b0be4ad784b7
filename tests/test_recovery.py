"""A damaged database is found at start-up, kept, and replaced by its newest sound backup."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from est_desktop import bootstrap, db
from est_desktop.bootstrap import DamagedDatabase, open_database
from est_desktop.errors import KnownError
from est_desktop.services.backup import copies as backup
from tests.damage import add_incident, descriptions, overwrite_pages


@pytest.fixture
def backed_up(db_path: Path) -> Path:
    """A database with one incident, closed and reopened so start-up backed it up."""
    engine = open_database(db_path)
    add_incident(engine, "I säkerhetskopian")
    engine.dispose()
    open_database(db_path).dispose()
    assert len(backup.list_backups(db_path)) == 1
    return db_path


def test_a_damaged_database_is_kept_aside_and_its_backup_offered(backed_up: Path) -> None:
    overwrite_pages(backed_up)
    damaged = backed_up.read_bytes()

    with pytest.raises(DamagedDatabase) as found:
        open_database(backed_up)

    error = found.value
    assert not backed_up.exists()
    assert error.kept.parent == backed_up.parent
    assert error.kept.name.startswith("est.skadad-") and error.kept.suffix == ".sqlite3"
    assert error.kept.read_bytes() == damaged
    assert error.backup == backup.list_backups(backed_up)[0]
    assert error.backup.taken_at.date() == datetime.now().date()
    assert error.problems
    assert error.text == bootstrap.DAMAGED and error.detail == str(error.kept)


def test_restoring_the_offered_backup_brings_the_data_back(backed_up: Path) -> None:
    overwrite_pages(backed_up)
    with pytest.raises(DamagedDatabase) as found:
        open_database(backed_up)

    assert backup.restore_backup(found.value.backup, backed_up) is None  # nothing to set aside
    engine = open_database(backed_up)
    engine.dispose()
    assert descriptions(backed_up) == ["I säkerhetskopian"]
    assert backup.database_problems(backed_up) == []
    assert found.value.kept.exists()


def test_no_empty_database_takes_the_damaged_ones_place(backed_up: Path) -> None:
    """Quitting at the offer and starting again offers the restore again."""
    overwrite_pages(backed_up)
    with pytest.raises(DamagedDatabase) as first:
        open_database(backed_up)
    with pytest.raises(DamagedDatabase) as again:
        open_database(backed_up)
    assert again.value.kept == first.value.kept
    assert again.value.backup == first.value.backup
    assert not backed_up.exists()


def test_broken_foreign_keys_count_as_damage(backed_up: Path) -> None:
    connection = sqlite3.connect(backed_up)
    connection.execute("UPDATE incident SET place_id = 999999")
    connection.commit()
    connection.close()
    with pytest.raises(DamagedDatabase) as found:
        open_database(backed_up)
    assert any("foreign key" in p for p in found.value.problems)


def test_without_a_backup_the_damage_is_still_reported(db_path: Path) -> None:
    open_database(db_path).dispose()
    overwrite_pages(db_path)
    with pytest.raises(DamagedDatabase) as found:
        open_database(db_path)
    assert found.value.backup is None
    assert found.value.kept.exists()


def test_a_header_damaged_beyond_recognition_is_ours_when_backups_say_so(
    backed_up: Path,
) -> None:
    data = bytearray(backed_up.read_bytes())
    data[:100] = b"\x00" * 100
    backed_up.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabase) as found:
        open_database(backed_up)
    assert found.value.backup is not None


def test_a_damaged_newer_backup_is_passed_over(backed_up: Path) -> None:
    sound = backup.list_backups(backed_up)[0]
    newer = backup.create_backup(backed_up, now=datetime(2099, 1, 1), thin=False)
    overwrite_pages(newer.path)
    overwrite_pages(backed_up)
    with pytest.raises(DamagedDatabase) as found:
        open_database(backed_up)
    assert found.value.backup == sound


def test_a_sound_database_is_left_where_it_is(backed_up: Path) -> None:
    before = sorted(p.name for p in backed_up.parent.iterdir())
    open_database(backed_up).dispose()
    assert sorted(p.name for p in backed_up.parent.iterdir()) == before


def test_a_future_database_is_refused_untouched_and_not_backed_up(db_path: Path) -> None:
    engine = open_database(db_path)
    add_incident(engine, "Från en nyare version")
    engine.dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
    connection.close()
    before = db_path.read_bytes()

    with pytest.raises(KnownError) as refused:
        open_database(db_path)

    assert refused.value.text == db.NEWER_VERSION
    assert db_path.read_bytes() == before
    assert backup.list_backups(db_path) == []
    assert backup.set_aside_copies(db_path, bootstrap.DAMAGED_LABEL) == []


def test_a_migration_that_cannot_be_backed_up_is_not_run(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alembic import command

    engine = db.make_engine(db_path)
    config = db._alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
    engine.dispose()
    before = db_path.read_bytes()

    def refuse(*args, **kwargs):
        raise KnownError(backup.FOLDER_NOT_ALLOWED, "backups")

    monkeypatch.setattr(backup, "create_backup", refuse)
    with pytest.raises(KnownError) as refused:
        open_database(db_path)
    assert refused.value.text == bootstrap.NO_BACKUP_BEFORE_UPGRADE
    assert db_path.read_bytes() == before


def test_after_a_restore_a_removed_database_is_missing_not_new(backed_up: Path) -> None:
    """The damaged file set aside long ago is not offered again once restored; but a file
    removed where backups exist is missing data, not a first start (issue 17): the newest
    backup is offered, and no empty database is made."""
    overwrite_pages(backed_up)
    with pytest.raises(DamagedDatabase) as found:
        open_database(backed_up)
    backup.restore_backup(found.value.backup, backed_up)
    later = backup.set_aside_time(found.value.kept) + timedelta(minutes=1)
    newest = backup.create_backup(backed_up, reason=backup.START, now=later)
    backed_up.unlink()

    with pytest.raises(DamagedDatabase) as missing:
        open_database(backed_up)
    assert missing.value.kind == "missing"
    assert missing.value.kept is None
    assert missing.value.backup.path == newest.path
    assert not backed_up.exists()
