"""An emptied or deleted database is damage, not a first start (issue 17, point 2), and the
backup that still holds the data is never thinned away."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from est_desktop.bootstrap import EMPTIED, MISSING, DamagedDatabase, open_database
from est_desktop.cli import main
from est_desktop.db import session_scope
from est_desktop.models import Incident, Place, Source
from est_desktop.services.backup import copies as backup

MORNING = datetime(2026, 11, 26, 8, 0)


def _fill(engine: Engine, count: int) -> None:
    with session_scope(engine) as session:
        place = session.exec(select(Place.id)).first()
        source = session.exec(select(Source.id)).first()
        for number in range(count):
            session.add(
                Incident(
                    occurred_on=date(2026, 11, 20),
                    place_id=place,
                    source_id=source,
                    description=f"Skadegörelse nummer {number} " + "x" * 200,
                )
            )


def _incidents(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM incident").fetchone()[0]
    finally:
        connection.close()


@pytest.fixture
def backed_up(engine: Engine, db_path: Path) -> backup.Backup:
    """85 incidents, and this morning's backup of them."""
    _fill(engine, 85)
    engine.dispose()
    return backup.create_backup(db_path, reason=backup.START, now=MORNING)


def test_an_emptied_database_is_kept_aside_and_the_backup_offered(
    backed_up: backup.Backup, db_path: Path
) -> None:
    db_path.write_bytes(b"")  # what `: > est.sqlite3`, a sync tool or a failed copy leaves
    with pytest.raises(DamagedDatabase) as found:
        open_database(db_path)
    assert (found.value.kind, found.value.text) == ("emptied", EMPTIED)
    assert found.value.backup.path == backed_up.path
    assert found.value.kept.stat().st_size == 0  # the empty file, kept as evidence
    assert not db_path.exists()  # no new, empty database in its place
    backup.restore_backup(found.value.backup, db_path)
    assert _incidents(db_path) == 85


def test_a_deleted_database_with_backups_is_missing_not_new(
    backed_up: backup.Backup, db_path: Path
) -> None:
    db_path.unlink()
    with pytest.raises(DamagedDatabase) as found:
        open_database(db_path)
    assert (found.value.kind, found.value.text, found.value.kept) == ("missing", MISSING, None)
    assert found.value.backup.path == backed_up.path
    assert not db_path.exists()


def test_a_new_database_where_there_are_no_backups_is_a_first_start(tmp_path: Path) -> None:
    for path in (tmp_path / "ny.sqlite3", tmp_path / "tom.sqlite3"):
        if path.name == "tom.sqlite3":
            path.write_bytes(b"")  # an empty file and no backups: a first start too
        engine = open_database(path)
        engine.dispose()
        assert _incidents(path) == 0


def test_the_command_line_says_what_happened_to_an_emptied_file(
    backed_up: backup.Backup, db_path: Path, tmp_path: Path, capsys
) -> None:
    db_path.write_bytes(b"")
    with pytest.raises(SystemExit) as ended:
        main(["report", "--db", str(db_path), "--kind", "slutrapport",
              "--out", str(tmp_path / "r.docx")])  # fmt: skip
    assert ended.value.code != 0
    said = capsys.readouterr().err
    assert "Databasfilen är tom" in said
    assert not (tmp_path / "r.docx").exists()


def test_thinning_never_deletes_the_last_backup_holding_more_than_the_newest(
    backed_up: backup.Backup, db_path: Path
) -> None:
    """The same day a smaller database is backed up (emptied and started anew by hand,
    say), the retention rule alone would keep only the newest of the day."""
    db_path.unlink()
    for side in db_path.parent.glob(f"{db_path.name}-*"):
        side.unlink()
    fresh = open_database(db_path, backup_folder=backed_up.path.parent.parent / "other")
    fresh.dispose()
    later = backup.create_backup(db_path, reason=backup.START, now=MORNING + timedelta(hours=2))
    kept = [b.path for b in backup.list_backups(db_path)]
    assert later.path in kept
    assert backed_up.path in kept  # the fuller one from the morning is still there
    assert _incidents(backed_up.path) == 85


def test_thinning_lets_an_older_fuller_backup_go_once_a_newer_one_is_as_full(
    engine: Engine, db_path: Path
) -> None:
    _fill(engine, 20)
    first = backup.create_backup(db_path, reason=backup.START, now=MORNING)
    _fill(engine, 20)
    second = backup.create_backup(db_path, reason=backup.START, now=MORNING + timedelta(hours=1))
    engine.dispose()
    kept = [b.path for b in backup.list_backups(db_path)]
    assert second.path in kept
    assert first.path not in kept  # the ordinary rule: the newest of the day
