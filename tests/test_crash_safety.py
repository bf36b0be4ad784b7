"""A process killed in the middle of a burst of writes loses nothing it had confirmed.

A child process writes meetings (each one transaction: the meeting, its whole
agenda and an incident) through the app's own engine and services, printing each
number only after its commit. The test kills it (SIGKILL: no cleanup, no atexit)
at a random moment, then checks the file: it opens, passes integrity and foreign
key checks, every confirmed meeting is there, and no meeting is half-written.
Both journal modes the app uses are exercised. A kill leaves the operating system's
buffers intact, so this proves atomicity and the journal's recovery, not
power-loss durability (which synchronous=FULL is for).
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from est_desktop.bootstrap import open_database
from est_desktop.services.backup.copies import database_problems

REPO = Path(__file__).resolve().parents[1]
REPETITIONS = 20  # per journal mode
FIRST_DAY = "2030-01-01"

WRITER = """
import sys
from datetime import date, timedelta

from sqlalchemy import func, select

from est_desktop.db import make_engine, session_scope
from est_desktop.models import Incident, MeetingCreate, Place, Source
from est_desktop.models.meeting import Meeting
from est_desktop.services.meetings import agenda as meetings

engine = make_engine(sys.argv[1], journal_mode=sys.argv[2])
with session_scope(engine) as session:
    last = session.scalar(select(func.max(Meeting.date)))
    place_id = session.scalars(select(Place.id)).first()
    source_id = session.scalars(select(Source.id)).first()
first = date.fromisoformat(sys.argv[3])
day = first if last is None else max(first, last + timedelta(days=1))
while True:
    with session_scope(engine) as session:
        meeting = meetings.create_meeting(session=session, data=MeetingCreate(date=day))
        item = meetings.agenda(session=session, meeting_id=meeting.id)[-1]
        session.add(
            Incident(
                occurred_on=day,
                place_id=place_id,
                source_id=source_id,
                agenda_item_id=item.id,
                description=f"burst {day.isoformat()}",
            )
        )
    print(day.isoformat(), flush=True)
    day += timedelta(days=1)
"""


def _write_until_killed(path: Path, mode: str, rng: random.Random) -> list[str]:
    """Starts the writer, kills it after a random number of commits; the days it confirmed."""
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), mode, FIRST_DAY],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    confirmed = []
    try:
        wanted = rng.randint(1, 12)
        while len(confirmed) < wanted:
            line = child.stdout.readline()
            if not line:
                pytest.fail(f"writer stopped on its own: {child.stderr.read()}")
            confirmed.append(line.strip())
        time.sleep(rng.random() * 0.004)  # somewhere inside the next transaction
    finally:
        child.kill()
        rest, _ = child.communicate(timeout=30)
    # Printed between our decision and the kill: committed too.
    return confirmed + rest.split()


def _meetings(path: Path) -> dict[str, tuple[int, int]]:
    """Meeting day → (agenda items, incidents) for every meeting in the file."""
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT m.date, "
            "(SELECT count(*) FROM agenda_item a WHERE a.meeting_id = m.id), "
            "(SELECT count(*) FROM incident i JOIN agenda_item a ON a.id = i.agenda_item_id "
            " WHERE a.meeting_id = m.id AND i.description = 'burst ' || m.date) "
            "FROM meeting m"
        ).fetchall()
    finally:
        connection.close()
    return {day: (items, incidents) for day, items, incidents in rows}


@pytest.mark.parametrize("mode", ["WAL", "DELETE"])
def test_kill_during_a_burst_of_writes_loses_nothing_confirmed(tmp_path: Path, mode: str) -> None:
    path = tmp_path / "est.sqlite3"
    open_database(path).dispose()
    rng = random.Random(f"kill-9-{mode}")
    confirmed: list[str] = []
    agenda_size = None
    for repetition in range(REPETITIONS):
        confirmed += _write_until_killed(path, mode, rng)

        assert database_problems(path) == [], f"after kill {repetition + 1}"
        found = _meetings(path)
        missing = [day for day in confirmed if day not in found]
        assert missing == [], f"confirmed but lost after kill {repetition + 1}"
        agenda_size = agenda_size or found[confirmed[0]][0]
        half_written = {day: n for day, n in found.items() if n != (agenda_size, 1)}
        assert half_written == {}, f"partial transactions after kill {repetition + 1}"

    assert len(confirmed) >= REPETITIONS
    open_database(path).dispose()  # and the app still starts on it
