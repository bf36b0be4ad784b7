"""The main window as it opens: the meeting list first, the other tabs when first opened."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QLabel
from sqlalchemy.engine import Engine
from sqlmodel import select

from est_desktop.db import session_scope
from est_desktop.models import ActionCreate, AgendaItem, MeetingCreate
from est_desktop.services import actions, meetings, reference
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


def test_page_headings_stand_out_from_the_text(window: MainWindow) -> None:
    heading = next(
        label
        for label in window.meetings_page.findChildren(QLabel)
        if label.objectName() == "pageHeading"
    )
    assert heading.text() == "Möten"
    assert heading.font().bold()
    assert heading.font().pointSizeF() > window.current_label.font().pointSizeF() + 2


def test_a_meeting_made_while_the_list_is_hidden_is_listed_when_it_is_shown(
    window: MainWindow,
) -> None:
    window.tabs.setCurrentWidget(window.workspace)
    later = FIRST + timedelta(weeks=WEEKS)
    window.store.write(meetings.create_meeting, data=MeetingCreate(date=later))
    window.tabs.setCurrentWidget(window.meetings_page)
    assert window.meetings_page.table.model().index(0, 0).data() == later.isoformat()


@pytest.mark.parametrize(
    ("tab", "heading"),
    [
        ("register_tab", "Åtgärdsregister"),
        ("lagesbild_tab", "Lägesbild"),
        ("followup_tab", "Uppföljning"),
        ("settings_tab", "Inställningar"),
        ("audit_tab", None),
    ],
)
def test_each_later_tab_shows_its_page_when_first_opened(
    window: MainWindow, tab: str, heading: str | None
) -> None:
    window.tabs.setCurrentWidget(getattr(window, tab))
    shown = getattr(window, tab).page()
    assert shown.isVisible()
    assert shown.width() > window.width() // 2  # fills the tab, not a corner of it
    if heading is not None:
        assert heading in [label.text() for label in shown.findChildren(QLabel)]


def test_the_register_opened_later_lists_actions_decided_before(
    window: MainWindow, engine: Engine
) -> None:
    with session_scope(engine) as session:
        item = session.scalars(select(AgendaItem).order_by(AgendaItem.id)).first()
        owner = reference.organisations(session=session)[0].id
        for text in ("Laga busskuren", "Mer belysning vid stationen"):
            data = ActionCreate(description=text, owner_organisation_id=owner)
            actions.decide_action(session=session, item_id=item.id, data=data)
    window.store.changed.emit()  # as after any save: the register is not built yet
    window.tabs.setCurrentWidget(window.register_tab)
    register = window.register_tab.page()
    model = register.proxy
    assert model.rowCount() == 2
    shown = {model.index(r, c).data() for r in range(2) for c in range(model.columnCount())}
    assert {"Laga busskuren", "Mer belysning vid stationen"} <= shown
