"""The main window as it opens: the meeting list first, the other tabs when first opened."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy.engine import Engine

from est_desktop.db import session_scope
from est_desktop.models import MeetingCreate
from est_desktop.services import meetings
from est_desktop.ui.main_window import MainWindow

FIRST = date(2026, 9, 1)
WEEKS = 12


@pytest.fixture
def window(qtbot, engine: Engine) -> MainWindow:
    with session_scope(engine) as session:
        for week in range(WEEKS):
            day = FIRST + timedelta(weeks=week)
            meetings.create_meeting(session=session, data=MeetingCreate(date=day))
    window = MainWindow(engine)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_meeting_list_shows_every_meeting_newest_first(window: MainWindow) -> None:
    table = window.meetings_page.table
    assert window.tabs.currentWidget() is window.meetings_page
    shown = [table.model().index(row, 0).data() for row in range(table.model().rowCount())]
    newest = FIRST + timedelta(weeks=WEEKS - 1)
    assert shown == [(newest - timedelta(weeks=w)).isoformat() for w in range(WEEKS)]
    # The latest meeting is ready in the workspace and named in the toolbar.
    assert f"EST-möte {newest.isoformat()}" in window.current_label.text()


def test_a_meeting_made_while_the_list_is_hidden_is_listed_when_it_is_shown(
    window: MainWindow, engine: Engine, qtbot
) -> None:
    window.tabs.setCurrentWidget(window.workspace)
    later = FIRST + timedelta(weeks=WEEKS)
    window.store.write(meetings.create_meeting, data=MeetingCreate(date=later))
    window.tabs.setCurrentWidget(window.meetings_page)
    assert window.meetings_page.table.model().index(0, 0).data() == later.isoformat()


@pytest.mark.parametrize(
    ("tab", "page", "heading"),
    [
        ("register_tab", "register_page", "Åtgärdsregister"),
        ("lagesbild_tab", "lagesbild_page", "Lägesbild"),
        ("followup_tab", "followup_page", "Uppföljning"),
        ("settings_tab", "settings_page", "Inställningar"),
        ("audit_tab", "audit_page", None),
    ],
)
def test_each_later_tab_shows_its_page_when_first_opened(
    window: MainWindow, tab: str, page: str, heading: str | None
) -> None:
    window.tabs.setCurrentWidget(getattr(window, tab))
    shown = getattr(window, page)
    assert shown.isVisible()
    assert shown.width() > window.width() // 2  # fills the tab, not a corner of it
    if heading is not None:
        texts = [label.text() for label in shown.findChildren(type(window.current_label))]
        assert heading in texts
