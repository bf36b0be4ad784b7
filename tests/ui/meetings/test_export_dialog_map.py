"""Exporting minutes from the window, with or without the map of the week."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtWidgets import QDialog

from est_desktop.db import session_scope
from est_desktop.models import MeetingCreate
from est_desktop.services.meetings import agenda as meetings
from est_desktop.ui.main_window import MainWindow
from est_desktop.ui.meetings.export_dialog import ExportMinutesDialog

MEETING = date(2026, 11, 24)
CAPTION = "Karta: händelser per plats, 17 november – 24 november 2026."


def test_the_map_is_left_out_until_ticked(qtbot) -> None:
    dialog = ExportMinutesDialog("protokoll.docx")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.map_box.isVisible()
    assert not dialog.map_box.isChecked() and not dialog.include_map()
    dialog.map_box.click()
    assert dialog.include_map()
    assert not dialog.include_confidential()  # one does not tick the other


@pytest.fixture
def window(qtbot, engine) -> MainWindow:
    with session_scope(engine) as session:
        meetings.create_meeting(session=session, data=MeetingCreate(date=MEETING))
    window = MainWindow(engine)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.mark.parametrize("ticked", [False, True])
def test_the_tick_reaches_the_document(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch, ticked: bool
) -> None:
    def answer(dialog: ExportMinutesDialog) -> QDialog.DialogCode:
        dialog.folder_edit.setText(str(tmp_path))
        dialog.name_edit.setText("protokoll.docx")
        dialog.map_box.setChecked(ticked)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportMinutesDialog, "exec", answer)
    with qtbot.waitSignal(window.minutes_exported, timeout=30_000) as exported:
        window.export_current_minutes()
    document = Document(exported.args[0])
    assert len(document.inline_shapes) == (1 if ticked else 0)
    assert (CAPTION in [p.text for p in document.paragraphs]) is ticked
