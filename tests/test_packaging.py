"""A plain, non-editable install must start and find its seed data, template, translation
and map boundaries."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from est_desktop.bootstrap import open_database

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The package installed from the source tree into a folder of its own (no editable links)."""
    target = tmp_path_factory.mktemp("installed")
    build = tmp_path_factory.mktemp("build")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--no-compile",
            "--target",
            str(target),
            str(REPO),
        ],
        check=True,
        cwd=build,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    )
    assert (target / "est_desktop").is_dir()
    return target


def _run(installed: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    # Run from a folder outside the checkout so the source tree cannot stand in for the install.
    env = {
        **os.environ,
        "PYTHONPATH": str(installed),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(cwd / "config"),
        "XDG_DATA_HOME": str(cwd / "data"),
    }
    env.pop("EST_DESKTOP_DB", None)
    return subprocess.run(
        [sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


def test_installed_package_finds_its_resources(installed, tmp_path):
    probe = (
        "from PySide6.QtCore import QCoreApplication\n"
        "import est_desktop, est_desktop.paths as p\n"
        "from est_desktop.i18n import install_translators\n"
        "app = QCoreApplication([])\n"
        "install_translators(app)\n"
        "print(est_desktop.__file__)\n"
        "print(p.resource_path('seed', 'agreement_2023_2026.json'))\n"
        "print(p.resource_path('templates', 'minutes.docx'))\n"
        "from est_desktop.services.map import geo, outline\n"
        "print(p.resource_path('maps', 'kommuner.json'), outline.municipality('1287').name,"
        " geo.in_sweden(55.3751, 13.1569))\n"
        "print(QCoreApplication.translate('MainWindow', '&Meetings'))\n"
    )
    result = _run(installed, "-c", probe, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    module, seed, template, maps, translated = result.stdout.splitlines()
    for path in (module, seed, template, maps.split()[0]):
        assert Path(path).is_relative_to(installed), path
    assert maps.split()[1:] == ["Trelleborg", "True"]
    assert translated == "&Möten"


def test_installed_app_seeds_starts_and_exports(installed, tmp_path):
    db = tmp_path / "demo.sqlite3"
    result = _run(installed, "-m", "est_desktop", "demo", "--db", str(db), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Demodatabas skapad" in result.stdout

    started = _run(
        installed, "-m", "est_desktop", "--db", str(db), "--exit-when-ready", cwd=tmp_path
    )
    assert started.returncode == 0, started.stderr

    version = _run(installed, "-m", "est_desktop", "--version", cwd=tmp_path)
    assert version.stdout.startswith("EST Desktop ")

    import sqlite3

    with sqlite3.connect(db) as connection:
        (day,) = connection.execute(
            "SELECT date FROM meeting WHERE status = 'finalised' ORDER BY date DESC LIMIT 1"
        ).fetchone()
    out = tmp_path / "minnesanteckningar.docx"
    exported = _run(
        installed,
        "-m",
        "est_desktop",
        "export-minutes",
        "--db",
        str(db),
        "--meeting",
        day,
        "--out",
        str(out),
        cwd=tmp_path,
    )
    assert exported.returncode == 0, exported.stderr
    assert out.stat().st_size > 10_000


def test_every_package_folder_is_in_the_wheel():
    """A subpackage missing from pyproject.toml only fails once installed; catch it here."""
    import tomllib

    listed = set(
        tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    on_disk = {
        ".".join(init.parent.relative_to(REPO).parts)
        for init in (REPO / "est_desktop").rglob("__init__.py")
    }
    assert on_disk <= listed, sorted(on_disk - listed)


LOADED_LATER = (
    "docx",
    "openpyxl",
    "lxml",
    "matplotlib",
    "alembic",
    "mako",
    "stdnum",
    "est_desktop.ui.actions.register_page",
    "est_desktop.ui.lagesbild.page",
    "est_desktop.ui.agreements.follow_up_page",
    "est_desktop.ui.settings_page",
    "est_desktop.ui.audit_page",
    "est_desktop.ui.presentation.window",
)


def test_the_first_screen_loads_only_what_it_shows(tmp_path):
    """Documents, charts, schema upgrades, personnummer checks and the tabs not yet opened
    load when first needed, not before the first screen: start-up stays quick."""
    db = tmp_path / "est.sqlite3"
    open_database(db).dispose()  # made and migrated here: the start below only opens it
    # The real start: est-desktop --exit-when-ready, what is loaded listed as it exits.
    probe = (
        "import atexit, runpy, sys\n"
        f"atexit.register(lambda: print(sorted(m for m in {LOADED_LATER!r} if m in sys.modules)))\n"
        f"sys.argv = ['est-desktop', '--db', {str(db)!r}, '--exit-when-ready']\n"
        "runpy.run_module('est_desktop', run_name='__main__', alter_sys=True)\n"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(REPO),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
