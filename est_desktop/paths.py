"""Finds files under resources/, installed (inside the package) or in a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_dir() -> Path:
    """``est_desktop/resources`` in an installed package; the repository's ``resources/`` otherwise.

    The wheel maps the top-level resources/ folder into the package (see pyproject.toml).
    """
    installed = _PACKAGE / "resources"
    return installed if installed.is_dir() else _PACKAGE.parent / "resources"


def resource_path(*parts: str) -> Path:
    path = resource_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"EST Desktop resource missing: {'/'.join(parts)} ({path})")
    return path
