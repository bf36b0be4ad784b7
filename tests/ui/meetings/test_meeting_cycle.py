"""The whole weekly cycle driven through the real window, ending in a Word file a reader opens."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from est_desktop.db import session_scope
from est_desktop.models import ActionCreate, ActionStatus, AgendaItemKind, MeetingCreate
from est_desktop.services import reference
from est_desktop.services.actions import decisions as actions
from est_desktop.services.meetings import agenda as meetings
from est_desktop.services.meetings import participants
from est_desktop.ui.common.store import Store
from est_desktop.ui.main_window import MainWindow
from est_desktop.ui.meetings.meetings_page import NewMeetingDialog


def _org_id(engine, name: str) -> int:
    with session_scope(engine) as session:
        return next(o.id for o in reference.organisations(session=session) if o.name == name)


@pytest.fixture
def earlier_action(engine):
    """A finalised meeting two weeks ago that decided an action due last week."""
    past = date.today() - timedelta(days=14)
    with session_scope(engine) as session:
        meeting = meetings.create_meeting(
            session=session,
            data=MeetingCreate(date=past, start_time=time(9), location="Kommunhuset, rum Ystad"),
        )
        item = next(
            i
            for i in meetings.agenda(session=session, meeting_id=meeting.id)
            if i.kind == AgendaItemKind.FOCUS_AREA and i.title == "Skadegörelse"
        )
        action = actions.decide_action(
            session=session,
            item_id=item.id,
            data=ActionCreate(
                description="Sanera klotter vid busskuren på Stortorget",
                owner_organisation_id=_org_id(engine, "Samhällsbyggnadsförvaltningen"),
                due_date=past + timedelta(days=7),
            ),
        )
        participants.add_attendee(
            session=session,
            meeting_id=meeting.id,
            person_name="Säkerhetssamordnare",
            organisation_id=_org_id(engine, "Kommunledningsförvaltningen"),
        )
        meetings.finalise_meeting(session=session, meeting_id=meeting.id, user="test")
        return action.id


def _select_item(window: MainWindow, title: str) -> None:
    model = window.workspace.agenda_model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).item.title == title)
    window.workspace.select_item_row(row)


def _choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered"
    combo.setCurrentIndex(index)


def test_weekly_cycle_through_the_window(
    qtbot, engine, earlier_action, tmp_path: Path, monkeypatch
):
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    window = MainWindow(engine)
    qtbot.addWidget(window)
    window.show()

    # Create this week's meeting: the dialog proposes the slot a week after the last one.
    store = window.store
    proposal = store.read(meetings.proposed_meeting, today=date.today())
    dialog = NewMeetingDialog(store, proposal, window)
    qtbot.addWidget(dialog)
    assert dialog.location_edit.text() == "Kommunhuset, rum Ystad"
    assert dialog.week_label.text().endswith(str(proposal.date.isocalendar().week))
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.meeting_id is not None
    window.open_meeting(dialog.meeting_id)
    week = proposal.date.isocalendar().week
    assert f"{week}" in window.workspace.title.text()
    assert window.workspace.agenda_model.rowCount() == 14

    # Attendance: type a name, choose the organisation, Enter adds it.
    _select_item(window, "Inledning och närvaro")
    panel = window.workspace.attendance
    assert panel.isVisible()
    _choose(panel.organisation_combo, "Polisen")
    qtbot.keyClicks(panel.name_edit, "Kommunpolis")
    qtbot.keyClick(panel.name_edit, Qt.Key.Key_Return)
    assert panel.model.rowCount() == 1
    assert panel.model.row_at(0).organisation_name == "Polisen"

    # An incident under Skadegörelse, recorded from the keyboard.
    _select_item(window, "Skadegörelse")
    records = window.workspace.records
    form = records.incident_form
    assert form.focus_combo.currentText() == "Skadegörelse"
    form.place_combo.setEditText("skegrie")
    _choose(form.source_combo, "Trygghetsvärdarnas rapporter")
    form.start_edit.setText("2130")
    qtbot.keyClicks(form.description_edit, "Krossade rutor på busskuren vid skolan")
    qtbot.keyClick(form.description_edit, Qt.Key.Key_Return)
    assert records.incident_model.rowCount() == 1
    incident = records.incident_model.row_at(0)
    assert incident.place == "Skegrie"
    assert incident.when.endswith("21:30")
    assert form.description_edit.toPlainText() == ""  # ready for the next one

    # A required field left empty gets a message at that field, and nothing is saved.
    qtbot.keyClicks(form.description_edit, "Utan plats")
    qtbot.keyClick(form.description_edit, Qt.Key.Key_Return)
    assert form.errors.message("place_id")
    assert records.incident_model.rowCount() == 1
    form.clear()

    # An action answering that incident.
    action_form = records.action_form
    _choose(action_form.owner_combo, "Samhällsbyggnadsförvaltningen")
    action_form.contact_edit.setText("Gatuchef")
    action_form.incident_list.selectAll()
    qtbot.keyClicks(action_form.description_edit, "Byta glas i busskuren")
    qtbot.keyClick(action_form.description_edit, Qt.Key.Key_Return)
    assert records.action_model.rowCount() == 1
    assert records.action_model.row_at(0).owner == "Samhällsbyggnadsförvaltningen"
    assert (
        window.workspace.agenda_model.row_at(
            window.workspace.agenda.currentIndex().row()
        ).incident_count
        == 1
    )

    # Review the earlier action: it is listed as overdue; K marks it done.
    _select_item(window, "Genomgång av öppna åtgärder")
    review = window.workspace.review
    assert review.model.rowCount() == 1
    row = review.model.row_at(0)
    assert row.action.id == earlier_action and row.overdue
    due_text = review.model.index(0, 3).data()
    assert due_text.endswith(")") and "(" in due_text  # the word, not only the colour
    review.table.setFocus()
    review.table.selectRow(0)
    # With Alt, Ctrl or Meta held a letter is another shortcut (Alt+A: the register's tab),
    # never an outcome.
    for key, modifier in (
        (Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_A, Qt.KeyboardModifier.MetaModifier),
    ):
        qtbot.keyClick(review.table, key, modifier)
        assert review.model.row_at(0).outcome is None
    qtbot.keyClick(review.table, Qt.Key.Key_K)
    assert review.model.row_at(0).outcome.status == ActionStatus.DONE

    # Finalise, once asked: the meeting becomes read-only.
    assert window.finalise_current()
    assert asked and asked[0].startswith("Avsluta EST-möte")
    assert window.reopen_action.isEnabled()
    assert not window.finalise_action.isEnabled()
    assert review.buttons[actions.ReviewOutcome.DONE].isHidden()
    assert not window.workspace.add_button.isEnabled()
    _select_item(window, "Skadegörelse")
    assert records.incident_form.isHidden()
    assert "skrivskyddat" in window.workspace.title.text()

    # Export and read the document as a reader would.
    target = tmp_path / "minnesanteckningar.docx"
    with qtbot.waitSignal(window.minutes_exported, timeout=30_000) as exported:
        window.export_minutes_to(target, include_confidential=False)
    assert exported.args == [str(target)]
    document = Document(str(target))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert f"v. {week}" in text
    assert "Skadegörelse" in text
    assert "Krossade rutor på busskuren vid skolan" in cells
    assert "Byta glas i busskuren" in cells
    assert "Kommunpolis" in text + cells
    assert "Sanera klotter vid busskuren på Stortorget" in cells
    assert "Klar" in cells
    QApplication.processEvents()


def test_next_meeting_item_plans_the_usual_slot(qtbot, engine, earlier_action):
    window = MainWindow(engine)
    qtbot.addWidget(window)
    window.show()
    latest = window.store.read(meetings.latest_meeting)
    _select_item(window, "Nästa möte")
    panel = window.workspace.next_meeting
    expected = latest.date + timedelta(days=7)
    while expected < date.today():
        expected += timedelta(days=7)
    assert f"v. {expected.isocalendar().week}" in panel.summary.text()
    assert "inte planerat" in panel.summary.text()
    qtbot.mouseClick(panel.create_button, Qt.MouseButton.LeftButton)
    created = window.store.read(meetings.meeting_on, day=expected)
    assert created is not None and created.location == "Kommunhuset, rum Ystad"
    assert "Nästa möte:" in panel.summary.text()
    with qtbot.waitSignal(window.workspace.open_requested):
        qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert window.meeting_id == created.id


def test_reopening_asks_for_a_reason_and_shows_in_the_history(
    qtbot, engine, earlier_action, monkeypatch
):
    from PySide6.QtWidgets import QInputDialog

    window = MainWindow(engine)
    qtbot.addWidget(window)
    window.show()
    assert "Avslutat" in window.workspace.history.text()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    window.reopen_current()
    assert window.reopen_action.isEnabled()  # cancelled: still finalised
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Fel datum på en händelse", True))
    window.reopen_current()
    assert window.finalise_action.isEnabled()
    history = window.workspace.history.text()
    assert "Återöppnat" in history and "Fel datum på en händelse" in history


def test_a_meeting_can_be_moved_to_another_day_and_room(qtbot, engine):
    from est_desktop.ui.common.convert import qdate

    store = Store(engine)
    day = date.today() + timedelta(days=5)
    meeting = store.write(
        meetings.create_meeting, data=MeetingCreate(date=day, start_time=time(9), location="Rum 1")
    )
    dialog = NewMeetingDialog(
        store, MeetingCreate(date=day, start_time=time(9), location="Rum 1"), editing_id=meeting.id
    )
    qtbot.addWidget(dialog)
    assert dialog.create_button.text() == "Spara ändringar"
    dialog.date_edit.setDate(qdate(day + timedelta(days=1)))
    dialog.location_edit.setText("Kommunhuset, rum Skanör")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    moved = store.read(meetings.get_meeting, meeting_id=meeting.id)
    assert (moved.date, moved.location) == (day + timedelta(days=1), "Kommunhuset, rum Skanör")
    assert len(store.read(meetings.agenda, meeting_id=meeting.id)) == 14  # agenda kept
