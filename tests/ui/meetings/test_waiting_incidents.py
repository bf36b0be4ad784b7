"""Imported incidents wait at their focus area's item until the convener takes them up."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from est_desktop.db import session_scope
from est_desktop.models import MeetingCreate
from est_desktop.services import reference
from est_desktop.services.imports.batches import import_incidents
from est_desktop.services.imports.mapping import IncidentMapping
from est_desktop.services.imports.tables import read_table
from est_desktop.services.meetings import agenda as meetings
from est_desktop.ui.common.store import Store
from est_desktop.ui.meetings.workspace import WorkspacePage
from tests.services.imports.files import semicolon_csv

SHOTS = Path(__file__).resolve().parents[3] / "test-output"
MEETING = date(2026, 3, 10)


@pytest.fixture
def store(engine, tmp_path: Path) -> Store:
    path = semicolon_csv(
        tmp_path / "polisens utdrag v10.csv",
        [
            "Datum;Plats;Fokusområde;Beskrivning",
            "2026-03-02;Trelleborg centrum;Narkotika;Langning vid busstationen",
            "2026-03-04;Hamnen;Narkotika;Nedskräpning med sprutor",
            "2026-03-05;Hamnen;Hamnen;Slagsmål vid färjeläget",
        ],
    )
    with session_scope(engine) as session:
        mapping = IncidentMapping(
            columns={
                "occurred_on": "Datum",
                "place": "Plats",
                "focus_area": "Fokusområde",
                "description": "Beskrivning",
            },
            source_id=reference.sources(session=session)[0].id,
        )
        import_incidents(
            session=session, table=read_table(path), mapping=mapping, today=date(2026, 3, 9)
        )
        meetings.create_meeting(
            session=session, data=MeetingCreate(date=MEETING, start_time=time(9))
        )
    return Store(engine)


@pytest.fixture
def workspace(qtbot, store) -> WorkspacePage:
    page = WorkspacePage(store)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return page


def _select(page: WorkspacePage, title: str) -> None:
    model = page.agenda_model
    page.select_item_row(
        next(r for r in range(model.rowCount()) if model.row_at(r).item.title == title)
    )


def test_the_item_says_what_waits_and_takes_it_up(qtbot, store, workspace, monkeypatch) -> None:
    meeting = store.read(meetings.meeting_on, day=MEETING)
    workspace.show_meeting(meeting.id)
    _select(workspace, "Narkotika")
    records = workspace.records
    bar = records.waiting
    assert bar.isVisible()
    assert bar.label.text() == "2 importerade händelser väntar på att tas upp under den här punkten"
    assert records.incident_model.rowCount() == 0
    SHOTS.mkdir(parents=True, exist_ok=True)
    workspace.grab().save(str(SHOTS / "workspace_waiting_incidents.png"))

    from est_desktop.ui.meetings import waiting_incidents

    def take_all(dialog) -> int:
        model = dialog.model
        assert [model.index(r, 3).data() for r in range(model.rowCount())] == [
            "Langning vid busstationen",
            "Nedskräpning med sprutor",
        ]
        assert model.index(0, 5).data() == "polisens utdrag v10.csv"
        model.setData(model.index(1, 0), 0, role=10)  # untick the second
        dialog.take_up()
        return 1

    monkeypatch.setattr(waiting_incidents.WaitingDialog, "exec", take_all)
    bar.open_dialog()
    qtbot.waitUntil(lambda: records.incident_model.rowCount() == 1)
    assert records.incident_model.index(0, 2).data() == "Langning vid busstationen"
    assert bar.label.text() == "1 importerad händelse väntar på att tas upp under den här punkten"

    records.open_incident(records.incident_model.row_at(0).id)
    assert records.incident_form.source_label.text() == "Importerad från polisens utdrag v10.csv"
    assert records.incident_form.source_label.isVisible()
    # The harbour's incident waits at its own item.
    _select(workspace, "Hamnen")
    assert bar.count == 1
