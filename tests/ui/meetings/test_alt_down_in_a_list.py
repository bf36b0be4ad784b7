"""Alt+Down in a drop-down opens its list; elsewhere in the workspace it goes to the next
agenda item (issue 19: it jumped items from inside the place and source lists)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from est_desktop.db import session_scope
from est_desktop.models import AgendaItemKind, MeetingCreate
from est_desktop.services.meetings import agenda as meetings
from est_desktop.ui.main_window import MainWindow
from tests.services.records import MEETING_DAY


def _window(qtbot, engine) -> MainWindow:
    with session_scope(engine) as session:
        meeting = meetings.create_meeting(session=session, data=MeetingCreate(date=MEETING_DAY))
    window = MainWindow(engine)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # the shortcuts are the window's
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.open_meeting(meeting.id)
    model = window.workspace.agenda_model
    window.workspace.select_item_row(
        next(
            r
            for r in range(model.rowCount())
            if model.row_at(r).item.kind == AgendaItemKind.FOCUS_AREA
        )
    )
    return window


def test_alt_down_in_a_drop_down_opens_it_and_stays_on_the_item(qtbot, engine) -> None:
    window = _window(qtbot, engine)
    item = window.workspace.item_id
    combo = window.workspace.records.incident_form.source_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.workspace.item_id == item
    assert combo.view().isVisible()
    combo.hidePopup()
    place = window.workspace.records.incident_form.place_combo
    place.lineEdit().setFocus()
    qtbot.keyClick(place.lineEdit(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.workspace.item_id == item


def test_alt_down_elsewhere_goes_to_the_next_item(qtbot, engine) -> None:
    window = _window(qtbot, engine)
    item = window.workspace.item_id
    description = window.workspace.records.incident_form.description_edit
    description.setFocus()
    qtbot.keyClick(description, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.workspace.item_id != item
