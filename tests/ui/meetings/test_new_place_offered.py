"""A place not in the list is offered right there: "Lägg till platsen …" and the incident
is saved, instead of a refusal under the field (issue 19)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from est_desktop.db import session_scope
from est_desktop.models import AgendaItemKind, MeetingCreate
from est_desktop.services import reference
from est_desktop.services.meetings import agenda as meetings
from est_desktop.ui.main_window import MainWindow
from tests.services.records import MEETING_DAY
from tests.ui.shots import save_question

NEW_PLACE = "Gamla vattentornet"


@pytest.fixture
def form_window(qtbot, engine) -> MainWindow:
    with session_scope(engine) as session:
        meeting = meetings.create_meeting(session=session, data=MeetingCreate(date=MEETING_DAY))
    window = MainWindow(engine)
    qtbot.addWidget(window)
    window.show()
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


def _type_incident(qtbot, window: MainWindow) -> None:
    form = window.workspace.records.incident_form
    form.place_combo.setEditText(NEW_PLACE)
    form.source_combo.setCurrentIndex(1)
    form.description_edit.setPlainText("Klotter på tornets dörr")
    qtbot.keyClick(form.description_edit, Qt.Key.Key_Return)


def _answer(monkeypatch, reply) -> list[str]:
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        save_question(parent, title, text, "new_place_offered")
        return reply

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_yes_adds_the_place_and_saves_the_incident(qtbot, form_window, monkeypatch) -> None:
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    _type_incident(qtbot, form_window)
    assert asked == [
        f"”{NEW_PLACE}” finns inte bland platserna. "
        f"Lägg till platsen ”{NEW_PLACE}” och spara händelsen?"
    ]
    records = form_window.workspace.records
    assert records.incident_model.rowCount() == 1
    assert records.incident_model.row_at(0).place == NEW_PLACE
    places = form_window.store.read(reference.places)
    assert NEW_PLACE in [p.name for p in places]


def test_no_keeps_the_form_and_saves_nothing(qtbot, form_window, monkeypatch) -> None:
    _answer(monkeypatch, QMessageBox.StandardButton.No)
    _type_incident(qtbot, form_window)
    records = form_window.workspace.records
    assert records.incident_model.rowCount() == 0
    assert records.incident_form.place_combo.currentText() == NEW_PLACE
    assert records.incident_form.description_edit.toPlainText() == "Klotter på tornets dörr"
    assert NEW_PLACE not in [p.name for p in form_window.store.read(reference.places)]
