"""Reopening a finalised meeting from the window: the reason is text like any other, so a
personnummer in it asks first and too long a reason is answered, not a crash."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy.engine import Engine
from sqlmodel import select

from est_desktop.db import session_scope
from est_desktop.models import MeetingCreate, MeetingStatus
from est_desktop.models.meeting import Meeting, MeetingEvent
from est_desktop.services.meetings import agenda as meetings
from est_desktop.services.personal_numbers import REMOVED
from est_desktop.ui.common.messages import tr_service
from est_desktop.ui.main_window import MainWindow
from tests.ui.common.test_personal_numbers import NUMBER, Answerer

MEETING_DAY = date(2026, 11, 24)


@pytest.fixture
def window(qtbot, engine: Engine) -> MainWindow:
    with session_scope(engine) as session:
        meeting = meetings.create_meeting(session=session, data=MeetingCreate(date=MEETING_DAY))
        meetings.finalise_meeting(
            session=session, meeting_id=meeting.id, user="test", confirm_no_attendance=True
        )
    window = MainWindow(engine)
    qtbot.addWidget(window)
    window.show()
    window.open_meeting(meeting.id)
    return window


def _answer_reason(monkeypatch: pytest.MonkeyPatch, reason: str) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: (reason, True))


def _status_and_reasons(engine: Engine) -> tuple[str, list[str]]:
    with session_scope(engine) as session:
        status = session.exec(select(Meeting.status)).one()
        reasons = list(session.exec(select(MeetingEvent.reason).where(MeetingEvent.kind != "")))
    return status, reasons


def test_a_personnummer_in_the_reason_asks_and_can_be_removed(
    window: MainWindow, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    _answer_reason(monkeypatch, f"Rättelse gällande {NUMBER}")
    answerer = Answerer("remove")
    window.reopen_current()
    assert answerer.texts and "personnummer" in answerer.texts[0]
    status, reasons = _status_and_reasons(engine)
    assert status != MeetingStatus.FINALISED
    assert f"Rättelse gällande {tr_service(REMOVED)}" in reasons
    assert not any(NUMBER in reason for reason in reasons)


def test_too_long_a_reason_is_answered_and_the_meeting_stays_final(
    window: MainWindow, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    _answer_reason(monkeypatch, "x" * 5000)
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a, **k: warned.append(text)
    )
    window.reopen_current()
    assert warned and "4000" in warned[0]
    assert _status_and_reasons(engine)[0] == MeetingStatus.FINALISED
