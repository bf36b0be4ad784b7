"""A new database's first screen says what to do first, and the note goes once there is a
meeting (issue 19)."""

from __future__ import annotations

from pathlib import Path

from est_desktop.models import MeetingCreate
from est_desktop.services.meetings import agenda as meetings
from est_desktop.ui.main_window import MainWindow
from tests.services.records import MEETING_DAY

SHOTS = Path(__file__).resolve().parents[3] / "test-output"


def test_the_empty_meetings_page_says_what_to_do_first(qtbot, engine) -> None:
    window = MainWindow(engine)
    qtbot.addWidget(window)
    window.resize(1100, 600)
    window.show()
    page = window.meetings_page
    note = page.first_steps
    assert note.isVisible()
    assert "Inga möten än" in note.text() and "Nytt möte…" in note.text()
    assert window.grab().save(str(SHOTS / "first_screen.png"))
    window.store.write(meetings.create_meeting, data=MeetingCreate(date=MEETING_DAY))
    assert not note.isVisible()
