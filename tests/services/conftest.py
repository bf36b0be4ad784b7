"""Fixtures shared by the service tests: a meeting on 10 March 2026 and one of its
focus-area items."""

from __future__ import annotations

import pytest
from sqlmodel import Session

from est_desktop.models import AgendaItem, AgendaItemKind, Meeting, MeetingCreate
from est_desktop.services import meetings
from tests.services.records import MEETING_DAY


@pytest.fixture
def meeting(session: Session) -> Meeting:
    return meetings.create_meeting(session=session, data=MeetingCreate(date=MEETING_DAY))


@pytest.fixture
def item(session: Session, meeting: Meeting) -> AgendaItem:
    return next(
        i
        for i in meetings.agenda(session=session, meeting_id=meeting.id)
        if i.kind == AgendaItemKind.FOCUS_AREA
    )
