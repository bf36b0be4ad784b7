"""Hjälp: the keys and the first steps of a meeting (F1), and what this program is."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from .. import __version__


def help_text() -> str:
    return QCoreApplication.translate(
        "Help",
        "<h3>The weekly meeting</h3>"
        "<p>1. <b>Meetings</b>: create this week's meeting (the agenda follows the "
        "agreement's focus areas). 2. <b>The meeting</b>: go through the items; record "
        "incidents and decide actions with a responsible organisation and a due date. "
        "3. Review the open actions from earlier meetings. 4. Export the minutes and "
        "finalise the meeting.</p>"
        "<h3>Keys</h3><table>"
        "<tr><td><b>Alt+Up / Alt+Down</b></td><td>previous / next agenda item</td></tr>"
        "<tr><td><b>K, P, D, A</b></td><td>in the review: done, in progress, new due "
        "date, cancelled; <b>Backspace</b> undoes, <b>Enter</b> confirms an answer</td></tr>"
        "<tr><td><b>F5</b></td><td>present on the meeting-room screen</td></tr>"
        "<tr><td><b>Page Down / Page Up</b></td><td>next / previous slide or page while "
        "presenting; <b>Esc</b> ends</td></tr>"
        "<tr><td><b>B, K</b></td><td>on the projector: blank screen, map</td></tr>"
        "<tr><td><b>Ctrl+Q</b></td><td>quit</td></tr>"
        "</table>",
    )


def about_text(db_path: Path | str | None) -> str:
    where = str(db_path) if db_path is not None else "—"
    return (
        QCoreApplication.translate(
            "Help",
            "<h3>EST Desktop %1</h3><p>For the weekly EST meeting (Effektiv samordning "
            "för trygghet) of the kommun and the police.</p><p>Database: %2</p>",
        )
        .replace("%1", __version__)
        .replace("%2", html.escape(where))
    )


def show_help(parent: QWidget) -> QMessageBox:
    """Not modal: the help can stay open beside the meeting."""
    box = QMessageBox(parent)
    box.setObjectName("helpBox")
    box.setWindowTitle(QCoreApplication.translate("Help", "Help"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(help_text())
    box.setModal(False)
    box.show()
    return box


def install_help_menu(window: QMainWindow, db_path: Path | str | None) -> QObject:
    """The window's Hjälp menu: F1 for the keys and first steps, and Om."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("Help", "&Help"))
    help_action = QAction(QCoreApplication.translate("Help", "Keys and first steps"), window)
    help_action.setObjectName("helpAction")
    help_action.setShortcut(QKeySequence("F1"))
    help_action.triggered.connect(lambda: show_help(window))
    menu.addAction(help_action)
    about_action = QAction(QCoreApplication.translate("Help", "About EST Desktop"), window)
    about_action.setObjectName("aboutAction")
    about_action.triggered.connect(
        lambda: QMessageBox.about(
            window, QCoreApplication.translate("Help", "About EST Desktop"), about_text(db_path)
        )
    )
    menu.addAction(about_action)
    return menu
