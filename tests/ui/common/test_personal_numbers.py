"""Saving text with a personal identity number asks first: remove it, save anyway or go back.
And whatever is pasted into the incident form is answered at the field, not by a crash."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox

from est_desktop.db import session_scope
from est_desktop.models import AgendaItemKind, MeetingCreate
from est_desktop.services import incidents
from est_desktop.services.actions import decisions as actions
from est_desktop.services.actions import rows as action_rows
from est_desktop.services.limits import TEXT_TOO_LONG
from est_desktop.services.meetings import agenda as meetings
from est_desktop.services.personal_numbers import REMOVED, PersonalNumbersInExport, scan_texts
from est_desktop.ui.common.messages import tr_service
from est_desktop.ui.common.personal_numbers import confirm_export
from est_desktop.ui.common.store import Store
from est_desktop.ui.meetings.records_panel import RecordsPanel

NUMBER = "19880320-0016"


class Answerer:
    """Clicks a button of the message box once it is shown, and keeps what it said."""

    def __init__(self, button: str) -> None:
        self.button = button
        self.texts: list[str] = []
        QTimer.singleShot(0, self._click)

    def _click(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, self._click)
            return
        self.texts.append(box.text())
        box.findChild(QAbstractButton, self.button).click()


@pytest.fixture
def panel(qtbot, engine) -> RecordsPanel:
    with session_scope(engine) as session:
        meeting = meetings.create_meeting(
            session=session, data=MeetingCreate(date=date.today(), location="Kommunhuset")
        )
        item = next(
            i
            for i in meetings.agenda(session=session, meeting_id=meeting.id)
            if i.kind == AgendaItemKind.FOCUS_AREA
        )
    store = Store(engine)
    panel = RecordsPanel(store)
    qtbot.addWidget(panel)
    panel.show_item(item.id)
    store.changed.connect(lambda: panel.show_item(item.id))  # as the workspace does
    return panel


def _fill_incident(panel: RecordsPanel, description: str) -> None:
    form = panel.incident_form
    form.place_combo.setCurrentIndex(1)
    form.source_combo.setCurrentIndex(1)
    form.description_edit.setPlainText(description)


def _stored_incidents(engine) -> list[str]:
    with session_scope(engine) as session:
        return [
            r.description
            for r in incidents.incident_rows_for_meeting(session=session, meeting_id=1)
        ]


def test_remove_it_saves_the_text_without_the_number(panel: RecordsPanel, engine) -> None:
    _fill_incident(panel, f"Anmälaren ({NUMBER}) såg en bil brinna vid hamnen")
    answerer = Answerer("remove")

    assert panel.save_incident()

    assert answerer.texts and "personnummer" in answerer.texts[0]
    [saved] = _stored_incidents(engine)
    assert saved == f"Anmälaren ({tr_service(REMOVED)}) såg en bil brinna vid hamnen"
    assert scan_texts({"description": saved}) == []
    assert panel.incident_model.rowCount() == 1
    assert panel.incident_form.description_edit.toPlainText() == ""  # ready for the next


def test_save_anyway_keeps_the_text_as_written(panel: RecordsPanel, engine) -> None:
    _fill_incident(panel, f"Gäller {NUMBER}")
    Answerer("saveAnyway")
    assert panel.save_incident()
    assert _stored_incidents(engine) == [f"Gäller {NUMBER}"]


def test_cancel_goes_back_to_the_form_with_nothing_saved(panel: RecordsPanel, engine) -> None:
    _fill_incident(panel, f"Gäller {NUMBER}")
    Answerer("cancel")
    assert not panel.save_incident()
    assert _stored_incidents(engine) == []
    assert panel.incident_form.description_edit.toPlainText() == f"Gäller {NUMBER}"


def test_an_action_asks_the_same_about_its_contact(panel: RecordsPanel, engine) -> None:
    form = panel.action_form
    form.description_edit.setText("Ring anmälaren")
    form.owner_combo.setCurrentIndex(1)
    form.contact_edit.setText(f"Kim, {NUMBER}")
    Answerer("remove")

    assert panel.save_action()

    with session_scope(engine) as session:
        [row] = action_rows.action_rows_for_item(session=session, item_id=panel.item_id)
    assert row.contact_person == f"Kim, {tr_service(REMOVED)}"


def test_a_megabyte_pasted_into_the_description_is_answered_at_the_field(
    panel: RecordsPanel, engine
) -> None:
    _fill_incident(panel, "Klistrat från ett mejl. " * 45_000)

    assert not panel.save_incident()

    assert panel.incident_form.errors.message("description") == tr_service(TEXT_TOO_LONG)
    assert _stored_incidents(engine) == []


def test_emoji_and_right_to_left_text_are_saved_and_listed(panel: RecordsPanel, engine) -> None:
    text = "🚓 Bil i brand vid \u202bהמסוף\u202c, سيارة محترقة\x00\x07"
    _fill_incident(panel, text)

    assert panel.save_incident()

    [saved] = _stored_incidents(engine)
    assert saved == "🚓 Bil i brand vid \u202bהמסוף\u202c, سيارة محترقة"
    assert panel.incident_model.index(0, 2).data() == saved


@pytest.mark.parametrize(("button", "exported"), [("exportAnyway", True), ("cancel", False)])
def test_an_export_asks_before_writing_a_number(qtbot, button: str, exported: bool) -> None:
    error = PersonalNumbersInExport(scan_texts([("§ 4 Ordningsstörningar", f"Gäller {NUMBER}")]))
    answerer = Answerer(button)
    assert confirm_export(None, error) is exported
    assert answerer.texts == [tr_service(error.text)]


def test_meeting_notes_ask_too_and_keep_the_rest_of_the_text(qtbot, engine) -> None:
    from est_desktop.ui.meetings.workspace import WorkspacePage

    with session_scope(engine) as session:
        meeting = meetings.create_meeting(session=session, data=MeetingCreate(date=date.today()))
    page = WorkspacePage(Store(engine))
    qtbot.addWidget(page)
    page.show()
    page.show_meeting(meeting.id)
    page.select_item_row(2)
    page.notes.setFocus()
    qtbot.keyClicks(page.notes, f"Samtal med {NUMBER} om klotter")
    answerer = Answerer("remove")
    assert page.save_pending()
    assert answerer.texts and "personnummer" in answerer.texts[0]
    with session_scope(engine) as session:
        notes = meetings.get_item(session=session, item_id=page.item_id).notes
    assert notes == f"Samtal med {tr_service(REMOVED)} om klotter"


def test_a_review_note_asks_too_and_saves_without_the_number(qtbot, engine) -> None:
    from datetime import timedelta

    from sqlalchemy import select

    from est_desktop.models import ActionCreate, ActionUpdate
    from est_desktop.services import reference
    from est_desktop.services.actions.decisions import ReviewOutcome
    from est_desktop.ui.meetings.review_panel import ReviewPanel

    with session_scope(engine) as session:
        first = meetings.create_meeting(
            session=session, data=MeetingCreate(date=date.today() - timedelta(days=7))
        )
        item = next(
            i
            for i in meetings.agenda(session=session, meeting_id=first.id)
            if i.kind == AgendaItemKind.FOCUS_AREA
        )
        action = actions.decide_action(
            session=session,
            item_id=item.id,
            data=ActionCreate(
                description="Laga belysningen i gångtunneln",
                owner_organisation_id=reference.organisations(session=session)[0].id,
            ),
        )
        second = meetings.create_meeting(session=session, data=MeetingCreate(date=date.today()))
    panel = ReviewPanel(Store(engine))
    qtbot.addWidget(panel)
    panel.show()
    panel.show_meeting(second.id)
    panel.table.selectRow(0)
    panel.note_edit.setText(f"Boende {NUMBER} har hört av sig")
    answerer = Answerer("remove")
    assert panel.record(ReviewOutcome.IN_PROGRESS)
    assert answerer.texts
    with session_scope(engine) as session:
        notes = session.scalars(
            select(ActionUpdate.note).where(ActionUpdate.action_id == action.id)
        ).all()
    assert notes == [f"Boende {tr_service(REMOVED)} har hört av sig"]
