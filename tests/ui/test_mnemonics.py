"""Every Alt+letter on screen leads to one place.

Mnemonics of all visible labels, buttons and tabs share one window: when two of
them use the same letter, Alt+letter only cycles between them. The convener
works from the keyboard, so each view of the main window is checked as users
see it (in Swedish, see conftest).
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar, QToolButton, QWidget

from est_desktop.db import session_scope
from est_desktop.models import AgendaItemKind, MeetingCreate
from est_desktop.services.meetings import agenda as meetings
from est_desktop.ui.main_window import MainWindow


def visible_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Alt+letter → the texts that carry it, for widgets the user can see now."""
    found: dict[str, list[str]] = {}
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            texts = [widget.text()]
        elif isinstance(widget, QAbstractButton) and not isinstance(widget, QToolButton):
            texts = [widget.text()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count())]
        else:
            continue
        for text in texts:
            key = QKeySequence.mnemonic(text).toString()
            if key:
                found.setdefault(key, []).append(text)
    return found


def clashes(window: QWidget) -> dict[str, list[str]]:
    return {key: texts for key, texts in visible_mnemonics(window).items() if len(texts) > 1}


@pytest.fixture
def window(qtbot, engine) -> MainWindow:
    with session_scope(engine) as session:
        meetings.create_meeting(session=session, data=MeetingCreate(date=date.today()))
    window = MainWindow(engine)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.mark.parametrize("tab", range(4))
def test_no_clash_on_any_tab(window: MainWindow, tab: int) -> None:
    window.tabs.setCurrentIndex(tab)
    assert visible_mnemonics(window), "no mnemonics found: is the check looking?"
    assert clashes(window) == {}


@pytest.mark.parametrize(
    "kind",
    [
        AgendaItemKind.OPENING,
        AgendaItemKind.ACTION_REVIEW,
        AgendaItemKind.FOCUS_AREA,
        AgendaItemKind.OTHER,
    ],
)
def test_no_clash_on_any_kind_of_agenda_item(window: MainWindow, kind: AgendaItemKind) -> None:
    window.open_meeting(window.meeting_id)
    agenda = window.workspace.agenda_model
    row = next(r for r in range(agenda.rowCount()) if agenda.row_at(r).item.kind == kind)
    window.workspace.select_item_row(row)
    assert clashes(window) == {}


@pytest.mark.parametrize("tab", range(3))
def test_no_clash_in_settings(window: MainWindow, tab: int) -> None:
    window.tabs.setCurrentWidget(window.settings_tab)
    window.settings_tab.page().tabs.setCurrentIndex(tab)
    assert clashes(window) == {}
