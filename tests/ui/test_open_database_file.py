"""Databas → Öppna databas… and Ny databas…: another file, or a new one with the
agreement's lists, in a new window; the next start opens it too (issue 19)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from sqlalchemy.engine import Engine

from est_desktop import app
from est_desktop.services import reference


def _told(monkeypatch) -> list[str]:
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a, **k: told.append(text)
    )
    return told


def test_a_new_database_opens_seeded_and_is_opened_at_the_next_start(
    qtbot, engine: Engine, db_path: Path, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.delenv("EST_DESKTOP_DB", raising=False)
    desk = app.Desk()
    assert desk.show(engine, db_path)
    first = desk.window
    new = tmp_path / "andra" / "kommunens.sqlite3"
    new.parent.mkdir()
    assert first.new_database_file(new)
    assert desk.window is not first and desk.window.db_path == new
    assert desk.window.windowTitle() == "EST Desktop — kommunens.sqlite3"
    assert desk.window.store.read(reference.organisations)  # the agreement's lists
    assert desk.lock is not None and desk.lock.isLocked()
    assert app.start_target(None) == new  # the next start
    desk.window.close()
    desk.release()
    qtbot.wait(10)


def test_opening_a_file_switches_to_it(
    qtbot, engine: Engine, db_path: Path, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.delenv("EST_DESKTOP_DB", raising=False)
    desk = app.Desk()
    assert desk.show(engine, db_path)
    other = tmp_path / "annan.sqlite3"
    assert desk.window.new_database_file(other)  # made once
    assert desk.switch_to_file(db_path)
    assert desk.window.open_database_file(other)
    assert desk.window.db_path == other
    desk.window.close()
    desk.release()
    qtbot.wait(10)


def test_a_name_taken_or_a_file_not_there_is_said_and_nothing_changes(
    qtbot, engine: Engine, db_path: Path, tmp_path: Path, monkeypatch
) -> None:
    told = _told(monkeypatch)
    desk = app.Desk()
    assert desk.show(engine, db_path)
    window = desk.window
    assert not window.new_database_file(db_path)
    assert not window.open_database_file(tmp_path / "finns-inte.sqlite3")
    assert desk.window is window
    assert "Det finns redan en fil" in told[0] and "Det finns ingen databasfil" in told[1]
    desk.window.close()
    desk.release()
    qtbot.wait(10)
