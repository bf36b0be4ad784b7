"""Two screens: the convener works on the laptop while the room watches the projector.

The keyboard stays on the laptop when the presentation starts, and the keys the presenter
bar names (Esc to end, Page Up/Down as clickers send) work from the laptop's window.
"""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from est_desktop.db import session_scope
from est_desktop.models import MeetingCreate
from est_desktop.services.meetings import agenda as meetings
from est_desktop.ui.main_window import MainWindow
from tests.services.records import MEETING_DAY

SHOTS = Path(__file__).resolve().parents[3] / "test-output" / "slides"


@pytest.fixture
def window(qtbot, engine) -> MainWindow:
    with session_scope(engine) as session:
        meeting = meetings.create_meeting(
            session=session, data=MeetingCreate(date=MEETING_DAY, start_time=time(9))
        )
    window = MainWindow(engine)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_meeting(meeting.id)
    window.activateWindow()
    window.workspace.agenda.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.workspace.agenda)
    return window


def _present(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window.workspace.agenda, Qt.Key.Key_F5)
    assert window.presentation.active
    qtbot.addWidget(window.presentation_window)


def test_f5_leaves_the_keyboard_on_the_laptop(qtbot, window: MainWindow) -> None:
    _present(qtbot, window)
    qtbot.wait(50)
    assert QApplication.activeWindow() is window
    assert QApplication.focusWidget() is window.workspace.agenda
    # The window manager focuses the projector's window once it is mapped, later: the
    # laptop takes the keyboard back.
    window.presentation_window.windowHandle().requestActivate()
    qtbot.wait(100)
    assert QApplication.activeWindow() is window
    assert QApplication.focusWidget() is window.workspace.agenda


def test_esc_on_the_laptop_ends_the_presentation(qtbot, window: MainWindow) -> None:
    _present(qtbot, window)
    # The convener clicks back into the laptop's window, in the agenda, and presses Esc.
    window.activateWindow()
    window.workspace.agenda.setFocus()
    qtbot.keyClick(window.workspace.agenda, Qt.Key.Key_Escape)
    assert not window.presentation.active
    assert window.presenter_toolbar.isHidden()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SHOTS / "laptop_after_esc.png"))


def test_page_keys_move_the_slides_from_the_laptop(qtbot, window: MainWindow) -> None:
    _present(qtbot, window)
    first = window.presentation.index
    qtbot.keyClick(window.workspace.agenda, Qt.Key.Key_PageDown)
    assert window.presentation.index == first + 1
    qtbot.keyClick(window.workspace.agenda, Qt.Key.Key_PageUp)
    assert window.presentation.index == first


def test_esc_does_nothing_to_the_window_when_not_presenting(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window.workspace.agenda, Qt.Key.Key_Escape)
    assert window.isVisible() and not window.presentation.active
