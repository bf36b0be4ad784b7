"""Every item model of the workspace passes Qt's model tester, empty and with data."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from est_desktop.db import session_scope
from est_desktop.services import incidents
from est_desktop.services.actions import decisions as actions
from est_desktop.services.actions import rows as action_rows
from est_desktop.services.demo.weeks import create_demo_database
from est_desktop.services.meetings import agenda as meetings
from est_desktop.services.meetings import participants
from est_desktop.ui.meetings.attendance_panel import AttendanceModel
from est_desktop.ui.meetings.meetings_page import MeetingListModel
from est_desktop.ui.meetings.records_panel import ActionModel, IncidentModel
from est_desktop.ui.meetings.review_panel import ReviewModel
from est_desktop.ui.meetings.workspace import AgendaModel


@pytest.fixture(scope="module")
def rows(tmp_path_factory):
    """Rows of every kind, read from a demo database."""
    from est_desktop.bootstrap import open_database

    engine = open_database(tmp_path_factory.mktemp("models") / "demo.sqlite3")
    with session_scope(engine) as session:
        create_demo_database(session=session, seed=7)
    with session_scope(engine) as session:
        meeting_rows = meetings.meeting_rows(session=session)
        latest = meetings.latest_meeting(session=session)
        previous = meetings.previous_meeting(session=session, meeting=latest)
        agenda = meetings.agenda_rows(session=session, meeting_id=previous.id)
        data = {
            "meetings": meeting_rows,
            "agenda": agenda,
            "attendance": participants.attendance(session=session, meeting_id=previous.id),
            "incidents": incidents.incident_rows_for_meeting(
                session=session, meeting_id=previous.id
            ),
            "actions": action_rows.all_action_rows(session=session),
            "review": actions.review_rows(session=session, meeting_id=latest.id),
        }
    engine.dispose()
    assert all(data.values()), {k: len(v) for k, v in data.items()}
    return data


@pytest.mark.parametrize(
    ("model_class", "key"),
    [
        (MeetingListModel, "meetings"),
        (AgendaModel, "agenda"),
        (AttendanceModel, "attendance"),
        (IncidentModel, "incidents"),
        (ActionModel, "actions"),
        (ReviewModel, "review"),
    ],
)
def test_model_passes_qt_model_tester(qtmodeltester, model_class, key, rows):
    model = model_class()
    qtmodeltester.check(model)
    model.set_rows(rows[key])
    assert model.rowCount() == len(rows[key])
    qtmodeltester.check(model)


def test_overdue_is_a_word_as_well_as_a_colour():
    from PySide6.QtCore import Qt

    from est_desktop.services.actions.decisions import ActionRow

    yesterday = date.today() - timedelta(days=1)
    row = ActionRow(
        id=1,
        description="Sanera klotter",
        owner_id=1,
        owner="Samhällsbyggnadsförvaltningen",
        contact_person="",
        due_date=yesterday,
        status="new",
        focus_area_id=None,
        focus_area="",
        decided_on=yesterday - timedelta(days=7),
        agenda_item_id=None,
    )
    model = ActionModel()
    model.set_rows([row])
    due = model.index(0, 3)
    assert due.data().startswith(yesterday.isoformat()) and due.data() != yesterday.isoformat()
    assert due.data(Qt.ItemDataRole.ForegroundRole) is not None
