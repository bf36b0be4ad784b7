"""The audit trail's listeners are installed where a database is opened, not as a side
effect of importing the services: importing a module changes nothing global."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

PROBE = """
import importlib, pkgutil, sys
import est_desktop.services as services
from est_desktop.services import audit
for module in pkgutil.walk_packages(services.__path__, "est_desktop.services."):
    importlib.import_module(module.name)
print("after import:", audit.listeners_installed())
from est_desktop.bootstrap import open_database
engine = open_database(sys.argv[1])
print("after opening:", audit.listeners_installed())
engine.dispose()
"""


def test_listeners_come_with_opening_a_database_not_with_an_import(tmp_path):
    shown = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "est.sqlite3")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout.splitlines()

    assert shown == ["after import: False", "after opening: True"]
