"""The one-folder bundle IT installs (packaging/est_desktop.spec), built once and then used
the way a desk uses it: no venv, no source tree, only the folder.

What the frozen program does proves what it found: a fresh database seeded and migrated,
minutes exported on the Word template with a map, a refusal in Swedish. The files are also
checked where ``paths.resource_dir()`` looks when frozen.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
import zipfile
from contextlib import closing
from pathlib import Path

import pytest

from est_desktop.migrations import HEAD_REVISION
from est_desktop.services.personal_numbers import FOUND_IN_EXPORT
from tests import postgres

REPO = Path(__file__).resolve().parents[1]
WINDOWS = sys.platform == "win32"
READY_WITHIN = 60  # seconds; the bundle is ready in about 1 s on a 2-core machine


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """The built folder; one build (about a minute) serves every test here."""
    if importlib.util.find_spec("PyInstaller") is None:
        if os.environ.get("CI"):
            pytest.fail(
                'PyInstaller is not installed: CI must build the bundle (pip install ".[test]")'
            )
        pytest.skip('PyInstaller is not installed (pip install -e ".[test]")')
    dist = tmp_path_factory.mktemp("dist")
    work = tmp_path_factory.mktemp("work")
    built = subprocess.run(
        [
            sys.executable,
            str(REPO / "tools" / "build_app.py"),
            "--dist",
            str(dist),
            "--work",
            str(work),
        ],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert built.returncode == 0, built.stdout[-4000:] + built.stderr[-4000:]
    folder = dist / "est-desktop"
    assert "Built " in built.stdout and _window(folder).is_file(), built.stdout
    assert re.search(r"Size: \d+\.\d MB", built.stdout), built.stdout
    return folder


def _window(bundle: Path) -> Path:
    return bundle / ("est-desktop.exe" if WINDOWS else "est-desktop")


def _command_line(bundle: Path) -> Path:
    """Windows: the window's exe has no console to print to; its console twin runs the jobs."""
    return bundle / "est-desktop-cli.exe" if WINDOWS else _window(bundle)


def _run(executable: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(cwd / "config"),
        "XDG_DATA_HOME": str(cwd / "data"),
    }
    for name in ("EST_DESKTOP_DB", "PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
        environment.pop(name, None)
    return subprocess.run(
        [str(executable), *args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=300,
    )


def _start(bundle: Path, db: Path | str, cwd: Path) -> None:
    started = time.monotonic()
    result = _run(_window(bundle), "--exit-when-ready", "--db", str(db), cwd=cwd)
    took = time.monotonic() - started
    assert result.returncode == 0, result.stderr
    assert took < READY_WITHIN, f"ready only after {took:.1f} s"


def _revision(db: Path) -> str:
    with closing(sqlite3.connect(db)) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


@pytest.fixture(scope="module")
def demo(bundle, tmp_path_factory) -> Path:
    """A demo database made by the bundle itself."""
    folder = tmp_path_factory.mktemp("demo")
    db = folder / "demo.sqlite3"
    made = _run(_command_line(bundle), "demo", "--db", str(db), cwd=folder)
    assert made.returncode == 0, made.stderr
    assert "Demodatabas skapad" in made.stdout
    return db


def _last_finalised_meeting(db: Path) -> str:
    with closing(sqlite3.connect(db)) as connection:
        (day,) = connection.execute(
            "SELECT date FROM meeting WHERE status = 'finalised' ORDER BY date DESC LIMIT 1"
        ).fetchone()
    return day


def test_the_bundle_starts_on_a_new_database_and_seeds_it(bundle, tmp_path):
    db = tmp_path / "est.sqlite3"
    _start(bundle, db, tmp_path)

    seed = REPO / "resources" / "seed"
    agreement = json.loads((seed / "agreement_2023_2026.json").read_text(encoding="utf-8"))
    organisations = json.loads((seed / "organisations.json").read_text(encoding="utf-8"))
    with closing(sqlite3.connect(db)) as connection:
        focus_areas = {row[0] for row in connection.execute("SELECT name FROM focus_area")}
        names = {row[0] for row in connection.execute("SELECT name FROM organisation")}
    assert focus_areas == {area["name"] for area in agreement["focus_areas"]}
    assert names == {row["name"] for row in organisations}
    assert _revision(db) == HEAD_REVISION  # every migration script ran from the bundle


def test_the_bundle_makes_a_demo_database_and_opens_it(bundle, demo, tmp_path):
    _start(bundle, demo, tmp_path)


def test_the_bundle_upgrades_a_database_of_the_first_schema(bundle, tmp_path):
    db = tmp_path / "old.sqlite3"
    shutil.copyfile(REPO / "tests" / "data" / "schema_0001.sqlite3", db)
    _start(bundle, db, tmp_path)
    assert _revision(db) == HEAD_REVISION


def test_the_bundle_exports_minutes_on_its_template_with_a_map(bundle, demo, tmp_path):
    out = tmp_path / "minnesanteckningar.docx"
    exported = _run(
        _command_line(bundle),
        "export-minutes",
        "--db",
        str(demo),
        "--meeting",
        _last_finalised_meeting(demo),
        "--out",
        str(out),
        "--include-map",
        cwd=tmp_path,
    )
    assert exported.returncode == 0, exported.stderr

    def style_ids(docx: Path) -> set[str]:
        with zipfile.ZipFile(docx) as archive:
            return set(re.findall(r'w:styleId="([^"]+)"', archive.read("word/styles.xml").decode()))

    import docx as python_docx

    plain = Path(python_docx.__file__).parent / "templates" / "default.docx"
    ours = style_ids(REPO / "resources" / "templates" / "minutes.docx") - style_ids(plain)
    assert ours and ours <= style_ids(out)  # written on our template, not python-docx's
    with zipfile.ZipFile(out) as archive:
        assert any(name.startswith("word/media/") for name in archive.namelist())  # the map


def test_the_bundle_refuses_a_personal_number_in_swedish(bundle, demo, tmp_path):
    """The check needs python-stdnum, the sentence our Swedish translation."""
    db = tmp_path / "personnummer.sqlite3"
    shutil.copyfile(demo, db)
    day = _last_finalised_meeting(db)
    with closing(sqlite3.connect(db)) as connection:
        connection.execute(
            "UPDATE agenda_item SET notes = 'Anmälaren 880320-0016 ringde' WHERE id = "
            "(SELECT MIN(agenda_item.id) FROM agenda_item JOIN meeting "
            "ON meeting.id = agenda_item.meeting_id WHERE meeting.date = ?)",
            (day,),
        )
        connection.commit()
    out = tmp_path / "minnesanteckningar.docx"
    refused = _run(
        _command_line(bundle),
        "export-minutes",
        "--db",
        str(db),
        "--meeting",
        day,
        "--out",
        str(out),
        cwd=tmp_path,
    )
    assert refused.returncode != 0
    assert "personnummer" in refused.stderr
    assert FOUND_IN_EXPORT not in refused.stderr  # translated, so est_desktop_sv.qm was found
    assert not out.exists()


def test_the_bundle_holds_resources_and_migrations_where_it_looks(bundle):
    data = bundle / "_internal"  # sys._MEIPASS of a one-folder build
    for pattern in ("seed/*.json", "templates/*.docx", "i18n/*.qm", "maps/*.json", "maps/*.txt"):
        sources = sorted((REPO / "resources").glob(pattern))
        assert sources, pattern
        for source in sources:
            bundled = data / "est_desktop" / "resources" / source.relative_to(REPO / "resources")
            assert bundled.read_bytes() == source.read_bytes(), bundled
    versions = sorted((REPO / "est_desktop" / "migrations" / "versions").glob("*.py"))
    for script in [REPO / "est_desktop" / "migrations" / "env.py", *versions]:
        bundled = data / script.relative_to(REPO)
        assert bundled.is_file(), bundled  # Alembic runs the sources, not the archive
    assert (data / "PySide6" / "Qt" / "translations" / "qtbase_sv.qm").is_file() or (
        data / "PySide6" / "translations" / "qtbase_sv.qm"  # the wheel's layout on Windows
    ).is_file()


def test_the_bundle_leaves_out_what_the_app_does_not_use(bundle):
    names = {path.name.split(".")[0] for path in (bundle / "_internal").rglob("*")}
    unused = {"QtNetwork", "QtQml", "QtQuick", "QtWebEngineCore", "QtSql", "QtTest", "_tkinter"}
    assert not names & unused, sorted(names & unused)


def test_the_bundle_moves_a_file_to_a_server(bundle, demo, tmp_path):
    """psycopg with its own libpq, and the migrations on PostgreSQL, from the bundle."""
    with postgres.fresh_database(seeded=False) as url:
        moved = _run(
            _command_line(bundle),
            "move-to-server",
            "--db",
            str(demo),
            "--to",
            url.render_as_string(hide_password=False),
            cwd=tmp_path,
        )
    assert moved.returncode == 0, moved.stderr
    assert "Antal rader och kontrollsumma stämmer för varje tabell" in moved.stdout
