"""After exporting the minutes the status bar offers to open the document or its folder
(issue 19: the convener went looking for the file)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog

from est_desktop.db import session_scope
from est_desktop.models import MeetingCreate
from est_desktop.services.meetings import agenda as meetings
from est_desktop.ui.main_window import MainWindow
from est_desktop.ui.meetings.export_dialog import ExportMinutesDialog
from tests.services.records import MEETING_DAY

SHOTS = Path(__file__).resolve().parents[3] / "test-output"


def test_the_saved_minutes_can_be_opened_from_the_status_bar(
    qtbot, engine, tmp_path: Path, monkeypatch
) -> None:
    with session_scope(engine) as session:
        meeting = meetings.create_meeting(session=session, data=MeetingCreate(date=MEETING_DAY))
    window = MainWindow(engine)
    qtbot.addWidget(window)
    window.show()
    window.open_meeting(meeting.id)
    assert window.exported.isHidden()

    def answer(dialog: ExportMinutesDialog) -> QDialog.DialogCode:
        dialog.folder_edit.setText(str(tmp_path))
        dialog.name_edit.setText("protokoll.docx")
        return QDialog.DialogCode.Accepted

    opened: list[str] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url.toLocalFile())
        return True

    monkeypatch.setattr(ExportMinutesDialog, "exec", answer)
    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    with qtbot.waitSignal(window.minutes_exported, timeout=30_000):
        window.export_current_minutes()
    notice = window.exported
    assert not notice.isHidden()
    assert notice.label.text() == "Sparat: protokoll.docx"
    assert notice.open_button.text() == "Öppna dokumentet"
    window.resize(1200, 700)
    assert window.statusBar().grab().save(str(SHOTS / "after_export.png"))
    notice.open_button.click()
    notice.folder_button.click()
    assert opened == [str(tmp_path / "protokoll.docx"), str(tmp_path)]
