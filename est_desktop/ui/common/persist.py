"""Remembered window state (not user preferences): declared once, typed, with defaults."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from . import preferences


def _settings() -> QSettings:
    return QSettings()


def last_export_dir() -> Path:
    """Where an export starts: the export folder chosen in the settings (the shared
    drive) when it can be reached, else the folder used last, else the home folder."""
    chosen = preferences.export_folder()
    if chosen is not None and chosen.is_dir():
        return chosen
    value = str(_settings().value("persist/last_export_dir", "", str))
    return Path(value) if value and Path(value).is_dir() else Path.home()


def set_last_export_dir(folder: Path) -> None:
    _settings().setValue("persist/last_export_dir", str(folder))


def last_import_dir() -> Path:
    value = str(_settings().value("persist/last_import_dir", "", str))
    return Path(value) if value and Path(value).is_dir() else last_export_dir()


def set_last_import_dir(folder: Path) -> None:
    _settings().setValue("persist/last_import_dir", str(folder))


def window_geometry() -> QByteArray | None:
    value = _settings().value("persist/window_geometry")
    return value if isinstance(value, QByteArray) else None


def set_window_geometry(value: QByteArray) -> None:
    _settings().setValue("persist/window_geometry", value)


def presentation_screen() -> str:
    """The name of the screen the presentation last went to ('' when never chosen)."""
    return str(_settings().value("persist/presentation_screen", "", str))


def set_presentation_screen(name: str) -> None:
    _settings().setValue("persist/presentation_screen", name)
