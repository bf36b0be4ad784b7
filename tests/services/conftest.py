"""Fixtures shared by the service tests: every test runs on SQLite and on PostgreSQL,
with a meeting on 10 March 2026 and one of its focus-area items."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from est_desktop.bootstrap import open_database
from est_desktop.db import make_server_engine
from est_desktop.models import AgendaItem, AgendaItemKind, Meeting, MeetingCreate
from est_desktop.services.meetings import agenda as meetings
from tests import postgres
from tests.services.records import MEETING_DAY


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Engine]:
    """The same seeded database, as a SQLite file or on the PostgreSQL test server."""
    if request.param == "sqlite":
        engine = open_database(db_path)
        yield engine
        engine.dispose()
        return
    only = request.node.get_closest_marker("sqlite_only")
    if only is not None:
        pytest.skip(f"SQLite only: {only.args[0] if only.args else 'works on the file'}")
    with postgres.fresh_database() as url:
        engine = make_server_engine(url)
        yield engine
        engine.dispose()


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
