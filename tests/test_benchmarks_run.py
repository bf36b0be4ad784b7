"""The benchmark suite runs and writes every figure; its numbers are not judged here.

Timings on a shared machine are too noisy for the unit tests, so the suite runs once, in
its quick mode, on a year of data: enough to catch a benchmark broken by a change in the
app. A figure is a number, or null for a part of the app not built yet.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT / "benchmarks"))

import run  # noqa: E402


def test_quick_run_writes_every_key(tmp_path: Path) -> None:
    db, out = tmp_path / "est.sqlite3", tmp_path / "figures.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [
            sys.executable,
            str(REPO_ROOT / "benchmarks" / "run.py"),
            "--db",
            str(db),
            "--years",
            "1",
            "--json",
            str(out),
            "--quick",
        ],  # fmt: skip
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert list(figures) == list(run.KEYS)
    for key, value in figures.items():
        assert value is None or (isinstance(value, int | float) and value >= 0), key
    assert figures["open_meeting_ms"] is not None  # the workspace exists: it must be measured
    for key in run.KEYS:
        assert key in done.stdout  # the readable table


def test_quick_run_on_a_server_measures_the_shared_database(tmp_path: Path) -> None:
    """With --server the same year of data is moved to PostgreSQL and measured there too:
    the window's figures over SQLite's, another desk's answer reaching the window, and five
    desks answering at once with nothing lost."""
    from tests import postgres

    server = postgres.require_server()
    db, out = tmp_path / "est.sqlite3", tmp_path / "figures.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [
            sys.executable,
            str(REPO_ROOT / "benchmarks" / "run.py"),
            "--db",
            str(db),
            "--years",
            "1",
            "--json",
            str(out),
            "--quick",
            "--server",
            server.render_as_string(hide_password=False),
        ],  # fmt: skip
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    figures = json.loads(out.read_text(encoding="utf-8"))
    for key in run.SERVER_RATIOS:
        assert figures[key] is not None and figures[key] > 0, key
    assert 0 < figures["remote_change_visible_ms"] < 5000
    assert figures["load_answers_lost"] == 0
    assert figures["load_deadlocks"] == 0
    assert "answers saved" in done.stdout
