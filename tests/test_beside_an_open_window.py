"""Jobs beside an open window (issue 17, point 1): nothing corrupts the database, and the
command line reads as a reader while the window writes.

The window holds ``<database>.lock`` (Qt's QLockFile) while it runs. Here a child process
plays the window: it takes the same lock, writes incidents through the app's own engine
and services, and makes a backup now and then as *Säkerhetskopiera nu* does, while the
command line backs up, exports minutes and writes reports beside it.
"""

from __future__ import annotations

import builtins
import os
import socket
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from est_desktop.bootstrap import open_database
from est_desktop.db import session_scope
from est_desktop.errors import KnownError
from est_desktop.models import MeetingCreate
from est_desktop.services.backup import copies as backup
from est_desktop.services.backup import in_use
from est_desktop.services.meetings import agenda as meetings

REPO = Path(__file__).resolve().parents[1]
MEETING_DAY = date(2026, 11, 24)
RUNS = 10
SECONDS = 30

WINDOW = """
import sys
from datetime import date
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QLockFile
from sqlmodel import select
from est_desktop.bootstrap import open_database
from est_desktop.db import session_scope
from est_desktop.models import Incident, Place, Source
from est_desktop.services.backup import copies as backup

QCoreApplication.setApplicationName("EST Desktop")
path = sys.argv[1]
lock = QLockFile(path + ".lock")
lock.setStaleLockTime(0)
assert lock.tryLock(0)
engine = open_database(path)
with session_scope(engine) as session:
    place = session.exec(select(Place.id)).first()
    source = session.exec(select(Source.id)).first()
print("ready", flush=True)
written = 0
while sys.stdin.readline().strip() != "stop":
    for _ in range(5):
        with session_scope(engine) as session:
            incident = Incident(
                occurred_on=date(2026, 11, 20), place_id=place, source_id=source,
                description=f"skrivet {written}",
            )
            session.add(incident)
            session.flush()
            new_id = incident.id
        print(new_id, flush=True)  # reported only once committed
        written += 1
        if written % 25 == 0:
            backup.create_backup(Path(path))  # as Säkerhetskopiera nu, engine open
    print("more", flush=True)
engine.dispose()
lock.unlock()
print("done", flush=True)
"""

HOLD = """
import sys, time
from PySide6.QtCore import QCoreApplication, QLockFile
QCoreApplication.setApplicationName("EST Desktop")
lock = QLockFile(sys.argv[1] + ".lock")
lock.setStaleLockTime(0)
assert lock.tryLock(0)
print("held", flush=True)
sys.stdin.readline()
"""


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}


def _start(program: str, *args: str) -> subprocess.Popen:
    child = subprocess.Popen(
        [sys.executable, "-c", program, *args],
        cwd=REPO,
        env=_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    return child


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "est_desktop", *args],
        cwd=REPO,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )


def _integrity(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")]
    finally:
        connection.close()


def _ids(path: Path) -> set[int]:
    connection = sqlite3.connect(path)
    try:
        return {row[0] for row in connection.execute("SELECT id FROM incident")}
    finally:
        connection.close()


@pytest.fixture
def with_meeting(engine: Engine, db_path: Path) -> Path:
    with session_scope(engine) as session:
        meetings.create_meeting(session=session, data=MeetingCreate(date=MEETING_DAY))
    engine.dispose()
    return db_path


# --- never open() the live file while SQLite has it open ----------------------------------


def test_a_backup_beside_open_connections_never_opens_the_file_itself(
    engine: Engine, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Closing any other handle to the file drops this process's SQLite locks (SQLite's
    "How To Corrupt An SQLite Database File", 2.2): the fingerprint reads through SQLite."""
    opened: list[str] = []
    real_open = builtins.open

    def watching(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", watching)
    with session_scope(engine) as session:  # the engine holds its connection meanwhile
        meetings.create_meeting(session=session, data=MeetingCreate(date=MEETING_DAY))
        backup.create_backup(db_path)
        backup.backup_if_changed(db_path)
    assert [f for f in opened if Path(f).resolve() == db_path.resolve()] == []
    assert _integrity(db_path) == ["ok"]


def test_the_fingerprint_follows_the_data_not_the_write_ahead_log(
    engine: Engine, db_path: Path
) -> None:
    before = backup.fingerprint(db_path)
    assert backup.fingerprint(db_path) == before
    with session_scope(engine) as session:
        meetings.create_meeting(session=session, data=MeetingCreate(date=MEETING_DAY))
    changed = backup.fingerprint(db_path)
    assert changed != before
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert backup.fingerprint(db_path) == changed


# --- whose lock ----------------------------------------------------------------------------


def test_the_windows_lock_names_its_computer_and_process(db_path: Path) -> None:
    window = _start(HOLD, str(db_path))
    try:
        assert window.stdout.readline().strip() == "held"
        found = in_use.holder(db_path)
        assert found is not None
        assert found.pid == window.pid
        assert str(found) == f"datorn {found.computer}, process {window.pid}"
    finally:
        window.communicate("\n", timeout=30)
    # A lock left by a process that has ended holds nothing.
    assert in_use.lock_path(db_path).exists() is False or in_use.holder(db_path) is None


def test_a_lock_left_by_an_ended_process_holds_nothing(db_path: Path) -> None:
    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    in_use.lock_path(db_path).write_text(
        f"{ended.stdout.strip()}\nEST Desktop\n{socket.gethostname()}\n", encoding="utf-8"
    )
    assert in_use.holder(db_path) is None


def test_a_lock_from_another_computer_is_respected(db_path: Path) -> None:
    in_use.lock_path(db_path).write_text("4242\nEST Desktop\nkansliet-pc-17\n", encoding="utf-8")
    assert str(in_use.holder(db_path)) == "datorn kansliet-pc-17, process 4242"


def test_a_damaged_file_another_process_holds_is_never_renamed(db_path: Path) -> None:
    engine = open_database(db_path)
    engine.dispose()
    data = bytearray(db_path.read_bytes())
    data[4096 * 2 : 4096 * 2 + 900] = b"\xa5" * 900
    db_path.write_bytes(bytes(data))
    window = _start(HOLD, str(db_path))
    try:
        assert window.stdout.readline().strip() == "held"
        with pytest.raises(KnownError) as refused:
            open_database(db_path)
        assert refused.value.text == in_use.IN_USE
        assert f"process {window.pid}" in refused.value.detail
        assert db_path.exists()
        assert not list(db_path.parent.glob("*skadad*"))
    finally:
        window.communicate("\n", timeout=30)


def test_the_command_line_reads_as_a_reader_while_the_window_holds_the_file(
    with_meeting: Path, tmp_path: Path
) -> None:
    """No start-up backup, no check, no migration: the window does those."""
    before = [b.path for b in backup.list_backups(with_meeting)]
    window = _start(HOLD, str(with_meeting))
    try:
        assert window.stdout.readline().strip() == "held"
        done = _cli(
            "export-minutes", "--db", str(with_meeting), "--meeting", MEETING_DAY.isoformat(),
            "--out", str(tmp_path / "m.docx"),
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert (tmp_path / "m.docx").stat().st_size > 10_000
        assert [b.path for b in backup.list_backups(with_meeting)] == before
    finally:
        window.communicate("\n", timeout=30)


# --- a writer and the command line together ------------------------------------------------


def _one_run(path: Path, out: Path, run: int) -> None:
    window = _start(WINDOW, str(path))
    reported: set[int] = set()
    try:
        assert window.stdout.readline().strip() == "ready", window.stderr.read()
        jobs = [
            ("backup", "--db", str(path)),
            ("backup", "--db", str(path), "--out", str(out / f"kopia-{run}.sqlite3")),
            ("export-minutes", "--db", str(path), "--meeting", MEETING_DAY.isoformat(),
             "--out", str(out / f"m-{run}.docx")),
            ("export-actions", "--db", str(path), "--out", str(out)),
        ]  # fmt: skip
        ends = time.monotonic() + SECONDS
        turn = 0
        while time.monotonic() < ends:
            window.stdin.write("go\n")
            window.stdin.flush()
            while (line := window.stdout.readline().strip()) != "more":
                assert line, window.stderr.read()
                reported.add(int(line))
            if turn % 3 == 0:
                job = jobs[(turn // 3) % len(jobs)]
                if job[0] == "backup" and "--out" in job:
                    (out / f"kopia-{run}.sqlite3").unlink(missing_ok=True)
                done = _cli(*job)
                assert done.returncode == 0, (job, done.stdout, done.stderr)
            turn += 1
        window.stdin.write("stop\n")
        window.stdin.flush()
        assert window.stdout.readline().strip() == "done", window.stderr.read()
    finally:
        if window.poll() is None:
            window.kill()
        window.wait(timeout=30)
    assert _integrity(path) == ["ok"], f"run {run}"
    assert reported <= _ids(path), f"run {run}: commits lost"
    assert reported, f"run {run}: nothing written"


def test_a_writing_window_and_the_command_line_never_corrupt_the_database(
    with_meeting: Path, tmp_path: Path
) -> None:
    """Ten runs of half a minute each: the window writes and backs up, the command line
    backs up, exports minutes and action lists. Every run ends with the integrity check
    clean and every commit the window reported present."""
    out = tmp_path / "ut"
    out.mkdir()
    for run in range(RUNS):
        _one_run(with_meeting, out, run)
