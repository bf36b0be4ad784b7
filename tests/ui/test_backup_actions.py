"""Backing up and restoring from the window, the damaged-database offer, and one writer."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox
from sqlalchemy.engine import Engine

from est_desktop import app
from est_desktop.bootstrap import DamagedDatabase, open_database
from est_desktop.db import session_scope
from est_desktop.errors import KnownError
from est_desktop.models import MeetingCreate
from est_desktop.services.backup import copies as backup
from est_desktop.services.meetings import agenda as meetings
from est_desktop.ui import backup_actions
from est_desktop.ui.backup_actions import (
    BackupActions,
    BackupListModel,
    DamagedDatabaseBox,
    RestoreDialog,
    install_backup_actions,
)
from est_desktop.ui.main_window import MainWindow
from tests.damage import add_incident, descriptions, overwrite_pages

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qtbot, engine: Engine, db_path: Path) -> tuple[MainWindow, BackupActions]:
    window = MainWindow(engine, db_path=db_path)
    qtbot.addWidget(window)
    actions = install_backup_actions(window, window.store, db_path)
    window.show()
    return window, actions


def test_the_database_menu_holds_both_actions(window) -> None:
    main, actions = window
    assert install_backup_actions(main, main.store, main.db_path) is actions
    (menu,) = main.findChildren(QMenu, "databaseMenu")
    names = [a.objectName() for a in menu.actions()]
    assert names[:2] == ["backUpNowAction", "restoreBackupAction"]
    assert actions.back_up_action.isEnabled() and actions.restore_action.isEnabled()


def test_back_up_now_saves_a_verified_copy_and_says_where(qtbot, window, engine, db_path) -> None:
    main, actions = window
    add_incident(engine, "Säkerhetskopieras nu")
    with qtbot.waitSignal(actions.backed_up, timeout=10000) as done:
        actions.back_up_action.trigger()
    made = done.args[0]
    assert made.reason == backup.MANUAL
    assert descriptions(made.path) == ["Säkerhetskopieras nu"]
    assert str(made.path) in main.statusBar().currentMessage()
    assert actions.back_up_action.isEnabled()


def test_a_failed_backup_is_shown_as_a_sentence(qtbot, window, monkeypatch) -> None:
    main, actions = window
    shown = []
    monkeypatch.setattr(backup_actions, "show_error", lambda parent, error: shown.append(error))
    monkeypatch.setattr(
        backup,
        "create_backup",
        lambda *a, **k: (_ for _ in ()).throw(KnownError(backup.FOLDER_FULL, "backups")),
    )
    with qtbot.waitSignal(actions.backup_failed, timeout=10000):
        actions.back_up_now()
    assert [e.text for e in shown] == [backup.FOLDER_FULL]
    assert actions.back_up_action.isEnabled()


def test_the_backup_list_names_each_by_its_swedish_date(qtmodeltester, tmp_path: Path) -> None:
    rows = [
        backup.Backup(tmp_path / "a.sqlite3", datetime(2026, 11, 26, 8, 30), backup.START),
        backup.Backup(tmp_path / "b.sqlite3", datetime(2026, 10, 1, 14, 5), backup.MIGRATION),
    ]
    model = BackupListModel(rows)
    qtmodeltester.check(model)
    first = model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole)
    second = model.data(model.index(1, 0), Qt.ItemDataRole.DisplayRole)
    assert "26" in first and "november" in first and "08:30" in first
    assert "oktober" in second and "14:05" in second
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex(), Qt.ItemDataRole.DisplayRole) is None


def test_restore_replaces_the_database_keeps_the_old_and_quits(
    qtbot, window, engine, db_path, monkeypatch
) -> None:
    main, actions = window
    add_incident(engine, "I säkerhetskopian")
    made = backup.create_backup(db_path, now=datetime(2026, 11, 25, 8, 0))
    add_incident(engine, "Efter säkerhetskopian")
    quits = []
    actions.quit_application = lambda: quits.append(True)
    told = []
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))

    with qtbot.waitSignal(actions.restored, timeout=10000):
        actions.restore_action.trigger()

    assert not main.isVisible()
    assert quits == [True]
    assert descriptions(db_path) == ["I säkerhetskopian"]
    (kept,) = backup.set_aside_copies(db_path, "ersatt")
    assert descriptions(kept) == ["I säkerhetskopian", "Efter säkerhetskopian"]
    assert str(kept) in told[0] and "2026" in told[0]
    assert made.path.exists()


def test_restore_asks_first_and_does_nothing_when_declined(
    window, engine, db_path, monkeypatch
) -> None:
    main, actions = window
    backup.create_backup(db_path)
    add_incident(engine, "Kvar")
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    actions.restore()
    assert main.isVisible()
    assert descriptions(db_path) == ["Kvar"]
    assert backup.set_aside_copies(db_path, "ersatt") == []


def test_restore_without_backups_says_so(window, monkeypatch) -> None:
    _, actions = window
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    actions.restore()
    assert len(told) == 1


def test_the_restore_dialog_starts_on_the_newest(qtbot, tmp_path: Path) -> None:
    rows = [
        backup.Backup(tmp_path / "b.sqlite3", datetime(2026, 11, 26, 8, 30), backup.MANUAL),
        backup.Backup(tmp_path / "a.sqlite3", datetime(2026, 11, 20, 8, 30), backup.START),
    ]
    dialog = RestoreDialog(rows)
    qtbot.addWidget(dialog)
    assert dialog.chosen() == rows[0]


# --- The damaged database at start-up ---------------------------------------------------------


def opening(db_path: Path) -> Callable[[], Engine]:
    """The database opened as start-up opens it: on a thread of its own, the outcome
    (an engine or the reason there is none) collected on this one."""
    pool = ThreadPoolExecutor(max_workers=1)
    started = pool.submit(open_database, db_path)
    pool.shutdown(wait=False)
    return started.result


@pytest.fixture
def damaged(db_path: Path) -> DamagedDatabase:
    engine = open_database(db_path)
    add_incident(engine, "I säkerhetskopian")
    engine.dispose()
    open_database(db_path).dispose()
    overwrite_pages(db_path)
    with pytest.raises(DamagedDatabase) as found:
        open_database(db_path)
    return found.value


def test_the_damage_box_says_what_happened_and_offers_the_backup(qtbot, damaged, tmp_path):
    box = DamagedDatabaseBox(damaged)
    qtbot.addWidget(box)
    said = box.text() + box.informativeText()
    assert str(damaged.kept) in said
    assert backup_actions.when(damaged.backup.taken_at) in said
    assert box.restore_button is not None and box.quit_button is not None
    box.show()
    box.grab().save(str(tmp_path / "skadad-databas.png"))


def test_without_a_backup_the_box_offers_only_quitting(qtbot, tmp_path: Path) -> None:
    error = DamagedDatabase(tmp_path / "est.sqlite3", tmp_path / "est.skadad.sqlite3", None, [])
    box = DamagedDatabaseBox(error)
    qtbot.addWidget(box)
    assert box.restore_button is None
    assert [b.text() for b in box.buttons()] == [box.quit_button.text()]


def test_start_up_restores_when_the_user_says_so(damaged, db_path, monkeypatch) -> None:
    monkeypatch.setattr(backup_actions, "offer_restore", lambda error: True)
    engine, note = app._open(opening(db_path), db_path, exit_when_ready=False)
    assert engine is not None
    engine.dispose()
    assert descriptions(db_path) == ["I säkerhetskopian"]
    assert str(damaged.kept) in note
    assert damaged.kept.exists()


def test_start_up_quits_when_the_user_says_so(damaged, db_path, monkeypatch) -> None:
    monkeypatch.setattr(backup_actions, "offer_restore", lambda error: False)
    engine, _ = app._open(opening(db_path), db_path, exit_when_ready=False)
    assert engine is None
    assert not db_path.exists() and damaged.kept.exists()


def test_without_a_person_nothing_is_restored_and_all_is_said(
    damaged, db_path, capsys, monkeypatch
) -> None:
    def no_dialogs(*args, **kwargs):
        raise AssertionError("a dialog would wait for a person")

    monkeypatch.setattr(backup_actions, "offer_restore", no_dialogs)
    monkeypatch.setattr(QMessageBox, "exec", no_dialogs)
    engine, _ = app._open(opening(db_path), db_path, exit_when_ready=True)
    assert engine is None
    said = capsys.readouterr().err
    assert str(damaged.kept) in said and str(damaged.backup.path) in said
    assert f"{damaged.backup.taken_at:%Y-%m-%d %H:%M}" in said
    assert not db_path.exists()


def test_a_damaged_database_stops_the_smoke_test_and_says_where_it_is_kept(
    damaged, db_path, capsys
) -> None:
    assert app.run_gui(str(db_path), exit_when_ready=True) == 1
    said = capsys.readouterr().err
    assert "skadad" in said.lower() and str(damaged.kept) in said
    assert damaged.kept.exists() and not db_path.exists()


def test_a_database_from_a_newer_version_stops_the_smoke_test_untouched(db_path, capsys) -> None:
    open_database(db_path).dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
    connection.close()
    before = db_path.read_bytes()
    assert app.run_gui(str(db_path), exit_when_ready=True) == 1
    assert "nyare version" in capsys.readouterr().err
    assert db_path.read_bytes() == before


# --- One writer at a time -----------------------------------------------------------------------

HOLDER = """
import sys, time
from PySide6.QtCore import QCoreApplication
from est_desktop.app import lock_database
from pathlib import Path
app = QCoreApplication([])
lock = lock_database(Path(sys.argv[1]))
print("locked" if lock.isLocked() else "not locked", flush=True)
time.sleep(60)
"""


@pytest.fixture
def other_instance(db_path: Path):
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert child.stdout.readline().strip() == "locked"
    yield child
    child.kill()
    child.wait()


def test_a_second_instance_does_not_get_the_lock(other_instance, db_path: Path) -> None:
    lock = app.lock_database(db_path)
    assert not lock.isLocked()
    problem = app._lock_problem(lock, db_path)
    assert str(other_instance.pid) in problem


def test_the_lock_of_a_killed_instance_is_taken_over(other_instance, db_path: Path) -> None:
    other_instance.kill()
    other_instance.wait()
    lock = app.lock_database(db_path)
    assert lock.isLocked()
    lock.unlock()


def test_a_second_instance_without_a_person_says_so_and_stops(
    other_instance, engine, db_path, capsys
) -> None:
    assert app.run_gui(str(db_path), exit_when_ready=True) == 1
    assert str(other_instance.pid) in capsys.readouterr().err


def test_the_read_only_window_opens_and_refuses_changes_politely(
    qtbot, engine: Engine, db_path: Path
) -> None:
    with session_scope(engine) as session:
        meetings.create_meeting(session=session, data=MeetingCreate(date=date.today()))
    reader = open_database(db_path, read_only=True)
    window = MainWindow(reader, db_path=db_path)
    qtbot.addWidget(window)
    actions = install_backup_actions(window, window.store, db_path)
    actions.set_read_only(True)
    window.show()
    assert not actions.restore_action.isEnabled()
    before = db_path.read_bytes()
    with pytest.raises(KnownError):
        window.store.write(meetings.create_meeting, data=MeetingCreate(date=date(2031, 1, 7)))
    window.close()
    reader.dispose()
    assert db_path.read_bytes() == before


def test_a_refused_change_that_reaches_the_top_is_explained(monkeypatch) -> None:
    from est_desktop import db

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: pytest.fail("shown as a bug"))
    error = KnownError(db.READ_ONLY)
    app._excepthook(KnownError, error, None)
    assert len(shown) == 1


def test_the_network_warning_can_be_silenced_for_one_database(monkeypatch, tmp_path) -> None:
    shown = []

    def fake_exec(box):
        shown.append(box.text())
        box.checkBox().setChecked(True)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    path = tmp_path / "delad.sqlite3"
    app._warn_about_network(path)
    app._warn_about_network(path)
    app._warn_about_network(tmp_path / "annan.sqlite3")
    assert len(shown) == 2 and str(path) in shown[0]
