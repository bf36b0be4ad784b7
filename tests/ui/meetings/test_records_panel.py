"""Editing records in the workspace keeps what the convener did not touch."""

from __future__ import annotations

from datetime import date, time

from est_desktop.db import session_scope
from est_desktop.models import AgendaItemKind, IncidentCreate, MeetingCreate
from est_desktop.services import incidents, reference
from est_desktop.services.meetings import agenda as meetings
from est_desktop.ui.main_window import MainWindow


def test_editing_an_incident_keeps_a_deactivated_organisation_and_place(qtbot, engine):
    today = date.today()
    with session_scope(engine) as session:
        meeting = meetings.create_meeting(
            session=session, data=MeetingCreate(date=today, start_time=time(9))
        )
        item = next(
            i
            for i in meetings.agenda(session=session, meeting_id=meeting.id)
            if i.kind == AgendaItemKind.FOCUS_AREA
        )
        reporter = next(
            o for o in reference.organisations(session=session) if o.name == "Trelleborgshem"
        )
        place = reference.find_place(session=session, text="Klagstorp")
        incident = incidents.record_incident(
            session=session,
            item_id=item.id,
            data=IncidentCreate(
                occurred_on=today,
                place_id=place.id,
                source_id=reference.sources(session=session)[0].id,
                reporting_organisation_id=reporter.id,
                description="Klotter på förskolan",
            ),
        )
        reference.save_organisation(
            session=session,
            organisation_id=reporter.id,
            name=reporter.name,
            kind=reporter.kind,
            active=False,
        )
        reference.save_place(
            session=session, place_id=place.id, name=place.name, kind=place.kind, active=False
        )
        item_id, incident_id, reporter_id, place_id = item.id, incident.id, reporter.id, place.id

    window = MainWindow(engine)
    qtbot.addWidget(window)
    window.open_meeting(meeting.id)
    model = window.workspace.agenda_model
    window.workspace.select_item_row(
        next(r for r in range(model.rowCount()) if model.row_at(r).item.id == item_id)
    )
    records = window.workspace.records
    records.edit_incident(records.incident_model.index(0, 0))
    form = records.incident_form
    assert "Trelleborgshem" in form.reporter_combo.currentText()
    assert "inaktiv" in form.reporter_combo.currentText()
    assert form.place_combo.currentText() == "Klagstorp"
    assert form.reporter_combo.findText("Trelleborgshem") < 0  # not offered for new records

    form.description_edit.setPlainText("Klotter på förskolan, sanerat")
    assert records.save_incident()
    with session_scope(engine) as session:
        saved = incidents.get_incident(session=session, incident_id=incident_id)
        assert saved.description == "Klotter på förskolan, sanerat"
        assert (saved.reporting_organisation_id, saved.place_id) == (reporter_id, place_id)


def test_export_asks_before_replacing_an_existing_file(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from est_desktop.ui.meetings.export_dialog import ExportMinutesDialog

    existing = tmp_path / "EST-minnesanteckningar.docx"
    existing.write_bytes(b"edited in Word")
    dialog = ExportMinutesDialog(existing.name)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(tmp_path))
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *args, **kwargs: asked.append(args) or QMessageBox.StandardButton.No,
    )
    dialog.accept()
    assert asked and dialog.result() != ExportMinutesDialog.DialogCode.Accepted
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    dialog.accept()
    assert dialog.result() == ExportMinutesDialog.DialogCode.Accepted
