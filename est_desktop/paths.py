"""Finds files under resources/, installed (inside the package) or in a source checkout."""

from __future__ import annotations

from importlib import resources as importlib_resources
from pathlib import Path


def resource_dir() -> Path:
    try:
        packaged = Path(str(importlib_resources.files("est_desktop.resources")))
    except ModuleNotFoundError:
        packaged = None
    if packaged is not None and (packaged / "seed").is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    path = resource_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"EST Desktop resource missing: {'/'.join(parts)} ({path})")
    return path
