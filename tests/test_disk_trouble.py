"""Each cause gets its own true message (issue 17, points 6 and 7): a full disk, a
read-only disk and a newer version are not a damaged database, and nothing is renamed,
restored or switched to another journal because of them.

The full and the read-only disk are real: a small tmpfs and a read-only bind mount,
which need root (as CI runs); without the right to mount, those tests are skipped.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from est_desktop import bootstrap
from est_desktop.bootstrap import open_database
from est_desktop.db import NEWER_VERSION, READ_ONLY
from est_desktop.errors import KnownError
from est_desktop.services.backup import copies as backup

REPO = Path(__file__).resolve().parents[1]


def _mount(*args: str) -> bool:
    done = subprocess.run(["mount", *args], capture_output=True, text=True)
    return done.returncode == 0


def _unmount(where: Path) -> None:
    subprocess.run(["umount", "-l", str(where)], capture_output=True)


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB disk, mounted; the test fills it when it is ready."""
    where = tmp_path / f"full-{uuid.uuid4().hex[:6]}"
    where.mkdir()
    if shutil.which("mount") is None or not _mount(
        "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(where)
    ):
        pytest.skip("may not mount a small disk here (needs root)")
    try:
        yield where
    finally:
        _unmount(where)


def _fill(disk: Path) -> None:
    with open(disk / "filler", "wb") as file:
        try:
            while True:
                file.write(b"\0" * 65536)
        except OSError:
            pass


@pytest.fixture
def read_only_copy(engine: Engine, db_path: Path, tmp_path: Path) -> Iterator[Path]:
    """The test database, sound and closed, seen through a read-only mount."""
    engine.dispose()
    source = tmp_path / "källa"
    source.mkdir()
    shutil.copy(db_path, source / "est.sqlite3")
    where = tmp_path / "skrivskyddad"
    where.mkdir()
    if shutil.which("mount") is None or not _mount("--bind", str(source), str(where)):
        pytest.skip("may not mount here (needs root)")
    if not _mount("-o", "remount,bind,ro", str(where)):
        _unmount(where)
        pytest.skip("may not mount read-only here")
    try:
        yield where / "est.sqlite3"
    finally:
        _unmount(where)


def test_a_backup_onto_a_full_disk_says_the_disk_is_full(
    engine: Engine, db_path: Path, full_disk: Path
) -> None:
    _fill(full_disk)
    with pytest.raises(KnownError) as refused:
        backup.back_up_to(db_path, full_disk / "kopia.sqlite3")
    assert refused.value.text == backup.FOLDER_FULL  # not "the database may be damaged"
    assert not list(full_disk.glob("*.partial*")) and not (full_disk / "kopia.sqlite3").exists()


def test_a_copy_that_fails_for_its_target_is_never_called_damage() -> None:
    for code, text_ in ((13, backup.FOLDER_FULL), (8, backup.FOLDER_NOT_ALLOWED)):
        error = sqlite3.OperationalError("the copy failed")
        error.sqlite_errorcode = code
        assert backup._copy_failure(error, Path("est.sqlite3"), Path("ut")).text == text_
    corrupt = sqlite3.DatabaseError("database disk image is malformed")
    corrupt.sqlite_errorcode = 11
    assert backup._copy_failure(corrupt, Path("est.sqlite3"), Path("ut")).text == (
        backup.NOT_VERIFIED
    )


def test_a_database_on_a_full_disk_is_full_not_damaged(engine: Engine, full_disk: Path) -> None:
    path = full_disk / "est.sqlite3"
    made = open_database(path)
    made.dispose()
    _fill(full_disk)
    with pytest.raises(KnownError) as refused:
        open_database(path, backup_folder=full_disk / "kopior")
    assert refused.value.text == bootstrap.DISK_FULL_AT_START
    assert path.exists()
    assert [p.name for p in full_disk.glob("*skadad*")] == []


def test_a_sound_database_on_a_read_only_disk_opens_read_only(read_only_copy: Path) -> None:
    engine = open_database(read_only_copy)
    try:
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM place")).scalar() > 0
        with pytest.raises(KnownError) as refused, engine.begin() as connection:
            connection.execute(text("UPDATE place SET name = name || '!'"))
        assert refused.value.text == READ_ONLY
    finally:
        engine.dispose()
    assert [p.name for p in read_only_copy.parent.iterdir()] == ["est.sqlite3"]


def test_the_command_line_reads_a_database_on_a_read_only_disk(
    read_only_copy: Path, tmp_path: Path
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "est_desktop", "report", "--db", str(read_only_copy),
         "--kind", "slutrapport", "--out", str(tmp_path / "r.docx")],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert (tmp_path / "r.docx").stat().st_size > 10_000


def test_a_newer_database_in_rollback_mode_is_refused_untouched(
    engine: Engine, db_path: Path
) -> None:
    """Refused before any pragma that writes: it stays in its own journal mode."""
    engine.dispose()
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    before = db_path.read_bytes()
    with pytest.raises(KnownError) as refused:
        open_database(db_path)
    assert refused.value.text == NEWER_VERSION
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        connection.close()
    assert db_path.read_bytes() == before


def test_the_window_says_a_read_only_disk_can_only_be_read(qapp, read_only_copy: Path) -> None:
    from est_desktop.app import _lock_problem, lock_database

    lock = lock_database(read_only_copy)
    assert not lock.isLocked()
    # In English here, or in Swedish once a window test in this process installed it.
    said = _lock_problem(lock, read_only_copy)
    assert "cannot be written to" in said or "inte går att skriva till" in said
