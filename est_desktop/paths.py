"""Finds files under resources/: in a frozen bundle, an installed package or a source checkout."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_dir() -> Path:
    """``est_desktop/resources`` in an installed package; the repository's ``resources/`` otherwise.

    The wheel maps the top-level resources/ folder into the package (see pyproject.toml);
    the PyInstaller bundle puts it at the same place under the bundle's data folder
    (packaging/est_desktop.spec), so both layouts agree.
    """
    if getattr(sys, "frozen", False):
        # A frozen module's __file__ need not sit beside its data; _MEIPASS is where it is.
        return Path(getattr(sys, "_MEIPASS", _PACKAGE.parent)) / "est_desktop" / "resources"
    installed = _PACKAGE / "resources"
    return installed if installed.is_dir() else _PACKAGE.parent / "resources"


def resource_path(*parts: str) -> Path:
    path = resource_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"EST Desktop resource missing: {'/'.join(parts)} ({path})")
    return path
