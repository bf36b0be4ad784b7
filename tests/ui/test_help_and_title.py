"""The window says which database is open; Hjälp gives the keys (F1) and Om; Ctrl+Q quits."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from est_desktop.ui.help import about_text
from est_desktop.ui.main_window import MainWindow

SHOTS = Path(__file__).resolve().parents[2] / "test-output"


def test_the_title_names_the_database_file(qtbot, engine, db_path: Path) -> None:
    window = MainWindow(engine, db_path=db_path)
    qtbot.addWidget(window)
    assert window.windowTitle() == f"EST Desktop — {db_path.name}"


def test_f1_shows_the_keys_and_the_first_steps(qtbot, engine, db_path: Path) -> None:
    window = MainWindow(engine, db_path=db_path)
    qtbot.addWidget(window)
    window.show()
    help_action = window.findChild(type(window.quit_action), "helpAction")
    assert help_action.shortcut() == QKeySequence("F1")
    help_action.trigger()
    box = window.findChild(QMessageBox, "helpBox")
    assert box is not None and box.isVisible() and not box.isModal()
    text = box.text()
    for words in ("Veckans möte", "Alt+Upp / Alt+Ned", "K, P, D, A", "F5", "Esc"):
        assert words in text
    assert box.grab().save(str(SHOTS / "help.png"))
    box.close()


def test_about_names_the_version_and_the_database(db_path: Path) -> None:
    text = about_text(db_path)
    assert "EST Desktop 0." in text and str(db_path) in text and "Databas" in text


def test_quit_is_ctrl_q_and_closes_the_window(qtbot, engine, db_path: Path) -> None:
    window = MainWindow(engine, db_path=db_path)
    qtbot.addWidget(window)
    window.show()
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    assert window.quit_action.text() == "Avs&luta"
    window.quit_action.trigger()
    assert not window.isVisible()


def test_the_database_menu_opens_creates_and_quits(qtbot, engine, db_path: Path) -> None:
    """Databas holds what a convener looks for first: open another file, start a new one,
    quit; its picture is saved for a look."""
    from PySide6.QtWidgets import QMenu

    window = MainWindow(engine, db_path=db_path)
    qtbot.addWidget(window)
    window.show()
    menu = window.menuBar().findChild(QMenu, "databaseMenu")
    assert menu.title() == "Databas"
    shown = [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]
    for entry in ("Ö&ppna databas …", "N&y databas …", "Avs&luta"):
        assert entry in shown, shown
    assert shown[-1] == "Avs&luta"
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    assert menu.grab().save(str(SHOTS / "database_menu.png"))
    menu.close()
