"""A refresh while the convener types (another desk saved something) leaves the typing alone."""

from __future__ import annotations

from est_desktop.db import session_scope
from est_desktop.models import AgendaItemKind, MeetingCreate
from est_desktop.services.meetings import agenda as meetings
from est_desktop.ui.main_window import MainWindow
from tests.services.records import MEETING_DAY


def test_notes_being_typed_survive_a_refresh_unsaved_with_the_cursor_kept(qtbot, engine) -> None:
    with session_scope(engine) as session:
        meeting = meetings.create_meeting(session=session, data=MeetingCreate(date=MEETING_DAY))
        item = next(
            i
            for i in meetings.agenda(session=session, meeting_id=meeting.id)
            if i.kind == AgendaItemKind.FOCUS_AREA
        )
    window = MainWindow(engine)
    qtbot.addWidget(window)
    window.open_meeting(meeting.id)
    workspace = window.workspace
    workspace.select_item_row(workspace.agenda_model.row_of_id(item.id))
    workspace.notes.setFocus()
    qtbot.keyClicks(workspace.notes, "Klotter vid busskuren")
    cursor = workspace.notes.textCursor()
    cursor.setPosition(6)
    workspace.notes.setTextCursor(cursor)

    window.store.announce()  # as when another desk's change arrives
    qtbot.keyClicks(workspace.notes, "X")

    assert workspace.notes.toPlainText() == "KlotteXr vid busskuren"
    assert workspace.notes.textCursor().position() == 7
    with session_scope(engine) as session:
        assert meetings.get_item(session=session, item_id=item.id).notes == ""
