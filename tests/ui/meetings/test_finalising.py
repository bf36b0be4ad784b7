"""Avsluta mötet asks first, and asks again for a meeting that has not been held yet."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from est_desktop.db import session_scope
from est_desktop.models import MeetingCreate, MeetingStatus
from est_desktop.services import reference
from est_desktop.services.meetings import agenda as meetings
from est_desktop.services.meetings import participants
from est_desktop.ui.main_window import MainWindow
from tests.ui.shots import save_question


def _window(qtbot, engine, day: date) -> MainWindow:
    with session_scope(engine) as session:
        meeting = meetings.create_meeting(session=session, data=MeetingCreate(date=day))
        police = next(o.id for o in reference.organisations(session=session) if o.name == "Polisen")
        participants.add_attendee(
            session=session,
            meeting_id=meeting.id,
            person_name="Kommunpolis",
            organisation_id=police,
        )
    window = MainWindow(engine)
    qtbot.addWidget(window)
    window.open_meeting(meeting.id)
    return window


def _answers(monkeypatch, *replies: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []
    queue = list(replies)

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        save_question(parent, title, text, f"finalise_question_{len(asked)}")
        return queue.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _status(window: MainWindow) -> str:
    return window.store.read(meetings.get_meeting, meeting_id=window.meeting_id).status


YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def test_no_to_the_question_leaves_the_meeting_as_it_was(qtbot, engine, monkeypatch) -> None:
    window = _window(qtbot, engine, date.today() - timedelta(days=1))
    asked = _answers(monkeypatch, NO)
    assert not window.finalise_current()
    assert len(asked) == 1 and "skrivskydd" in asked[0]
    assert _status(window) != MeetingStatus.FINALISED


def test_a_meeting_held_is_finalised_after_one_question(qtbot, engine, monkeypatch) -> None:
    window = _window(qtbot, engine, date.today() - timedelta(days=1))
    asked = _answers(monkeypatch, YES)
    assert window.finalise_current()
    assert len(asked) == 1
    assert _status(window) == MeetingStatus.FINALISED


@pytest.mark.parametrize(("second", "finalised"), [(NO, False), (YES, True)])
def test_a_meeting_dated_ahead_is_asked_about_again(
    qtbot, engine, monkeypatch, second, finalised
) -> None:
    window = _window(qtbot, engine, date.today() + timedelta(days=7))
    asked = _answers(monkeypatch, YES, second)
    assert window.finalise_current() is finalised
    assert len(asked) == 2 and "inte hållits" in asked[1]
    assert (_status(window) == MeetingStatus.FINALISED) is finalised
