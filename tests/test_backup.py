"""Backups: verified copies of the live database, thinned by age, restorable, and headless."""

from __future__ import annotations

import os
import random
import sqlite3
import stat
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import select

from est_desktop import bootstrap
from est_desktop.cli import main
from est_desktop.db import session_scope
from est_desktop.errors import KnownError
from est_desktop.models import Incident, Place, Source
from est_desktop.services.backup import copies as backup

POSIX = os.name == "posix"


_GARBAGE = random.Random("damage").randbytes(880)


def _add_incident(engine: Engine, description: str) -> int:
    with session_scope(engine) as session:
        place = session.exec(select(Place)).first()
        source = session.exec(select(Source)).first()
        incident = Incident(
            occurred_on=date(2026, 3, 3),
            place_id=place.id,
            source_id=source.id,
            description=description,
        )
        session.add(incident)
        session.flush()
        return incident.id


def _descriptions(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [d for (d,) in connection.execute("SELECT description FROM incident ORDER BY id")]
    finally:
        connection.close()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# --- Which backups to keep: a pure function, tested on dates ---------------------------------


NOW = datetime(2026, 11, 26, 12, 0)  # a Thursday, ISO week 48


def test_nothing_to_keep_without_backups() -> None:
    assert backup.backups_to_keep([], NOW) == set()


def test_the_newest_of_each_of_the_last_seven_days() -> None:
    times = [NOW - timedelta(days=d, hours=h) for d in range(10) for h in (1, 3)]
    kept = backup.backups_to_keep(times, NOW)
    for days_ago in range(7):
        day = (NOW - timedelta(days=days_ago)).date()
        newest = max(t for t in times if t.date() == day)
        assert newest in kept
        assert all(t not in kept for t in times if t.date() == day and t != newest)


def test_the_newest_of_each_of_the_last_four_weeks() -> None:
    # One backup a day, for 40 days: Sundays close each ISO week.
    times = [NOW - timedelta(days=d) for d in range(40)]
    kept = backup.backups_to_keep(times, NOW)
    weeks = {(2026, 48), (2026, 47), (2026, 46), (2026, 45)}
    for week in weeks:
        newest = max(t for t in times if t.isocalendar()[:2] == week)
        assert newest in kept
    assert datetime(2026, 11, 8, 12, 0) in kept  # Sunday of week 45
    assert datetime(2026, 11, 7, 12, 0) not in kept  # Saturday of week 45
    assert datetime(2026, 11, 1, 12, 0) not in kept  # week 44: only the month keeps one


def test_the_newest_of_each_of_the_last_twelve_months() -> None:
    times = [datetime(2025, 1, 1) + timedelta(days=d) for d in range(0, 700, 3)]
    times = [t for t in times if t <= NOW]
    kept = backup.backups_to_keep(times, NOW)
    months = [(2025, 12)] + [(2026, m) for m in range(1, 12)]
    for year, month in months:
        newest = max(t for t in times if (t.year, t.month) == (year, month))
        assert newest in kept
    assert min(kept) >= datetime(2025, 12, 1)
    for year, month in months[:-2]:  # before the weeks and days add theirs: one a month
        assert len([t for t in kept if (t.year, t.month) == (year, month)]) == 1


def test_the_newest_is_kept_however_old() -> None:
    """A database nobody changed for two years makes no new backups: its last one stays."""
    old = [datetime(2024, 1, 5), datetime(2024, 1, 6), datetime(2024, 3, 1)]
    assert backup.backups_to_keep(old, NOW) == {datetime(2024, 3, 1)}


def test_backups_dated_in_the_future_are_kept() -> None:
    future = [NOW + timedelta(days=3), NOW + timedelta(days=3, hours=1)]
    assert backup.backups_to_keep(future, NOW) == set(future)


# --- Making backups -----------------------------------------------------------------------------


def test_a_backup_is_a_verified_copy_beside_the_database(engine: Engine, db_path: Path) -> None:
    _add_incident(engine, "Skadegörelse på busskur")
    made = backup.create_backup(db_path, now=datetime(2026, 11, 26, 8, 30, 5))
    assert made.path == db_path.parent / "backups" / "est-20261126-083005-manual.sqlite3"
    assert made.taken_at == datetime(2026, 11, 26, 8, 30, 5)
    assert _descriptions(made.path) == ["Skadegörelse på busskur"]
    assert backup.database_problems(made.path) == []
    assert backup.list_backups(db_path) == [made]


def test_a_backup_sees_commits_still_in_the_write_ahead_log(engine: Engine, db_path: Path) -> None:
    """The window keeps its connections open; the copy must still hold the latest commit."""
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        _add_incident(engine, "Klotter på skolan")
        made = backup.create_backup(db_path)
    assert _descriptions(made.path) == ["Klotter på skolan"]


def test_a_backup_is_one_self_contained_file(engine: Engine, db_path: Path) -> None:
    made = backup.create_backup(db_path)
    connection = sqlite3.connect(made.path)
    assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    connection.close()
    assert sorted(p.name for p in made.path.parent.glob("*.sqlite3*")) == [made.path.name]


@pytest.mark.skipif(not POSIX, reason="file modes are POSIX")
def test_the_database_and_its_backups_are_for_the_user_only(engine: Engine, db_path: Path) -> None:
    _add_incident(engine, "x")
    made = backup.create_backup(db_path)
    assert _mode(db_path) == 0o600
    assert _mode(made.path) == 0o600
    assert _mode(made.path.parent) == 0o700
    out = backup.back_up_to(db_path, db_path.parent / "copy.sqlite3")
    assert _mode(out) == 0o600


def test_two_backups_in_one_second_both_survive_until_thinned(
    engine: Engine, db_path: Path
) -> None:
    moment = datetime(2026, 11, 26, 9, 0, 0)
    first = backup.create_backup(db_path, now=moment, thin=False)
    second = backup.create_backup(db_path, now=moment, thin=False)
    assert first.path != second.path and first.path.exists() and second.path.exists()
    assert backup.list_backups(db_path)[0].path == second.path


def test_an_unchanged_database_is_not_backed_up_again(engine: Engine, db_path: Path) -> None:
    assert backup.backup_if_changed(db_path) is not None
    assert backup.backup_if_changed(db_path) is None
    assert len(backup.list_backups(db_path)) == 1


def test_an_edit_that_adds_no_row_still_counts_as_a_change(engine: Engine, db_path: Path) -> None:
    incident_id = _add_incident(engine, "Skadegörelse")
    backup.backup_if_changed(db_path, now=datetime(2026, 11, 26, 8, 0))
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE incident SET description = 'Skadegörelsf' WHERE id = :id"),
            {"id": incident_id},
        )
    again = backup.backup_if_changed(db_path, now=datetime(2026, 11, 26, 9, 0))
    assert again is not None and _descriptions(again.path) == ["Skadegörelsf"]


def test_a_backup_removed_by_hand_is_made_again(engine: Engine, db_path: Path) -> None:
    made = backup.backup_if_changed(db_path)
    made.path.unlink()
    assert backup.backup_if_changed(db_path) is not None


def test_a_damaged_database_gives_no_backup_and_keeps_the_older_ones(
    engine: Engine, db_path: Path
) -> None:
    older = backup.create_backup(db_path, now=datetime(2026, 11, 20, 8, 0))
    engine.dispose()
    _damage(db_path)
    with pytest.raises(KnownError) as refused:
        backup.create_backup(db_path, now=datetime(2026, 11, 26, 8, 0))
    assert refused.value.text == backup.NOT_VERIFIED
    assert [b.path for b in backup.list_backups(db_path)] == [older.path]
    assert not list(older.path.parent.glob(".*partial*"))


def _damage(path: Path) -> None:
    """Overwrites the middle of the file, where the tables' pages are, with garbage."""
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(page * 2, len(data) - page, page * 3):
        data[start + 20 : start + 900] = _GARBAGE
    path.write_bytes(bytes(data))


def test_a_configured_folder_is_used(engine: Engine, db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "elsewhere" / "EST-kopior"
    made = backup.create_backup(db_path, folder=folder)
    assert made.path.parent == folder
    assert backup.list_backups(db_path, folder) == [made]
    assert backup.list_backups(db_path) == []


# --- Thinning -------------------------------------------------------------------------------


def _fake_backups(folder: Path, stem: str, times: list[datetime], reason: str = "start") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for moment in times:
        (folder / f"{stem}-{moment:%Y%m%d-%H%M%S}-{reason}.sqlite3").write_bytes(b"")


def test_thinning_deletes_only_what_the_rules_let_go(tmp_path: Path) -> None:
    db_path = tmp_path / "est.sqlite3"
    folder = tmp_path / "backups"
    times = [NOW - timedelta(days=d) for d in range(0, 500, 2)]
    _fake_backups(folder, "est", times)
    (folder / "est.sqlite3").write_bytes(b"someone's own copy")
    (folder / "annan-20200101-000000-start.sqlite3").write_bytes(b"another database's backup")

    deleted = backup.thin_backups(db_path, now=NOW)

    left = {b.taken_at for b in backup.list_backups(db_path)}
    assert left == backup.backups_to_keep(times, NOW)
    assert len(deleted) == len(times) - len(left)
    assert (folder / "est.sqlite3").exists()
    assert (folder / "annan-20200101-000000-start.sqlite3").exists()


def test_the_newest_backup_before_a_migration_is_never_thinned(tmp_path: Path) -> None:
    db_path = tmp_path / "est.sqlite3"
    folder = tmp_path / "backups"
    _fake_backups(folder, "est", [datetime(2024, 5, 1), datetime(2024, 6, 1)], "migration")
    _fake_backups(folder, "est", [NOW - timedelta(days=d) for d in range(3)])
    backup.thin_backups(db_path, now=NOW)
    reasons = [(b.taken_at, b.reason) for b in backup.list_backups(db_path)]
    assert (datetime(2024, 6, 1), "migration") in reasons
    assert (datetime(2024, 5, 1), "migration") not in reasons


# --- Restoring ------------------------------------------------------------------------------


def test_restoring_keeps_the_current_file_aside(engine: Engine, db_path: Path) -> None:
    _add_incident(engine, "Före säkerhetskopian")
    made = backup.create_backup(db_path)
    _add_incident(engine, "Efter säkerhetskopian")
    engine.dispose()

    kept = backup.restore_backup(made, db_path, now=datetime(2026, 11, 26, 10, 0))

    assert kept == db_path.with_name("est.ersatt-20261126-100000.sqlite3")
    assert _descriptions(kept) == ["Före säkerhetskopian", "Efter säkerhetskopian"]
    assert _descriptions(db_path) == ["Före säkerhetskopian"]
    assert backup.database_problems(db_path) == []
    reopened = bootstrap.open_database(db_path)
    reopened.dispose()


def test_a_damaged_backup_is_not_restored(engine: Engine, db_path: Path) -> None:
    _add_incident(engine, "Kvar")
    made = backup.create_backup(db_path)
    engine.dispose()
    _damage(made.path)
    before = db_path.read_bytes()
    with pytest.raises(KnownError) as refused:
        backup.restore_backup(made, db_path)
    assert refused.value.text == backup.BACKUP_DAMAGED
    assert db_path.read_bytes() == before
    assert backup.set_aside_copies(db_path, "ersatt") == []


def test_newest_sound_backup_skips_damaged_ones(engine: Engine, db_path: Path) -> None:
    good = backup.create_backup(db_path, now=datetime(2026, 11, 24, 8, 0))
    bad = backup.create_backup(db_path, now=datetime(2026, 11, 25, 8, 0))
    _damage(bad.path)
    assert backup.newest_sound_backup(db_path) == good


# --- Headless -------------------------------------------------------------------------------


def _run(args: list[str], capsys) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    captured = capsys.readouterr()
    return exit_info.value.code, captured.out + captured.err


def test_backup_command_writes_a_verified_copy(capsys, engine, db_path: Path, tmp_path: Path):
    _add_incident(engine, "Med i kopian")
    out = tmp_path / "kopia.sqlite3"
    code, said = _run(["backup", "--db", str(db_path), "--out", str(out)], capsys)
    assert code == 0
    assert said.strip() == f"Säkerhetskopia sparad och kontrollerad: {out}"
    assert _descriptions(out) == ["Med i kopian"]


def test_backup_command_replaces_an_earlier_copy(capsys, engine, db_path: Path, tmp_path: Path):
    out = tmp_path / "kopia.sqlite3"
    out.write_bytes(b"last night's copy")
    _add_incident(engine, "Ny")
    code, _ = _run(["backup", "--db", str(db_path), "--out", str(out)], capsys)
    assert code == 0 and _descriptions(out) == ["Ny"]


def test_backup_command_into_a_folder_or_the_backup_folder(capsys, engine, db_path, tmp_path):
    code, said = _run(["backup", "--db", str(db_path), "--out", str(tmp_path)], capsys)
    assert code == 0 and "est-" in said and said.strip().endswith("-manual.sqlite3")
    code, said = _run(["backup", "--db", str(db_path)], capsys)
    assert code == 0 and str(db_path.parent / "backups") in said


def test_backup_command_names_a_missing_database(capsys, tmp_path: Path):
    missing = tmp_path / "finns-inte.sqlite3"
    code, said = _run(["backup", "--db", str(missing), "--out", str(tmp_path / "x")], capsys)
    assert code == 1 and str(missing) in said and "finns inte" in said
    assert not missing.exists()


def test_backup_command_explains_a_missing_folder(capsys, engine, db_path, tmp_path):
    out = tmp_path / "saknas" / "kopia.sqlite3"
    code, said = _run(["backup", "--db", str(db_path), "--out", str(out)], capsys)
    assert code == 1
    assert said.startswith("est-desktop: ") and str(out.parent) in said
    assert not out.parent.exists()


def test_backup_command_never_writes_over_the_database(capsys, engine, db_path):
    before = db_path.read_bytes()
    code, said = _run(["backup", "--db", str(db_path), "--out", str(db_path)], capsys)
    assert code == 1 and "annan fil" in said
    assert db_path.read_bytes() == before
