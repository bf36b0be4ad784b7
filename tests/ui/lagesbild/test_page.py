"""The lägesbild as the convener uses it: choose a period and filters, read the charts and the
numbers under them, copy and save them."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog
from sqlalchemy.engine import Engine

from est_desktop.db import session_scope
from est_desktop.models import AgendaItemKind, IncidentCreate, MeetingCreate
from est_desktop.services import incidents, reference
from est_desktop.services.meetings import agenda as meetings
from est_desktop.ui.common.convert import qdate
from est_desktop.ui.common.store import Store
from est_desktop.ui.lagesbild.page import LagesbildPage

TODAY = date.today()


@pytest.fixture
def store(engine: Engine) -> Store:
    """A meeting a week ago with five incidents: three at Skegrie (one confidential, at 22:15
    on a Friday), two at Anderslöv in another focus area."""
    meeting_day = TODAY - timedelta(days=7)
    with session_scope(engine) as s:
        meeting = meetings.create_meeting(session=s, data=MeetingCreate(date=meeting_day))
        items = [
            i
            for i in meetings.agenda(session=s, meeting_id=meeting.id)
            if i.kind == AgendaItemKind.FOCUS_AREA
        ]
        places = {p.name: p.id for p in reference.places(session=s)}
        source = reference.sources(session=s)[0].id
        friday = meeting_day - timedelta(days=(meeting_day.weekday() - 4) % 7 or 7)

        def record(item, place: str, confidential: bool = False, start=None) -> None:
            incidents.record_incident(
                session=s,
                item_id=item.id,
                data=IncidentCreate(
                    occurred_on=friday,
                    start_time=start,
                    place_id=places[place],
                    source_id=source,
                    description="Klotter på busskur",
                    confidential=confidential,
                ),
            )

        record(items[4], "Skegrie", start=time(22, 15))
        record(items[4], "Skegrie")
        record(items[4], "Skegrie", confidential=True, start=time(22, 40))
        record(items[0], "Anderslöv")
        record(items[0], "Anderslöv")
    return Store(engine)


@pytest.fixture
def page(qtbot, store: Store) -> LagesbildPage:
    page = LagesbildPage(store)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.preset.setCurrentIndex(page.preset.findData("last_4_weeks"))
    return page


def _column(model, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_places_are_counted_without_confidential_incidents(page: LagesbildPage) -> None:
    assert _column(page.place_model, 0) == ["Anderslöv", "Skegrie"]
    assert _column(page.place_model, 1) == ["2", "2"]
    assert _column(page.place_model, 2) == ["50,0 %", "50,0 %"]
    assert "4 händelser" in page.summary.text()


def test_confidential_incidents_are_counted_when_ticked(page: LagesbildPage) -> None:
    page.confidential.setChecked(True)
    assert _column(page.place_model, 0) == ["Skegrie", "Anderslöv"]
    assert _column(page.place_model, 1) == ["3", "2"]
    assert "5 händelser" in page.summary.text()


def test_the_week_pulse_shows_friday_evening(page: LagesbildPage) -> None:
    page.tabs.setCurrentWidget(page.pulse_panel)
    friday = page.pulse_model.index(4, 0).data()
    assert friday == "fredag"
    assert page.pulse_model.index(4, 1 + 22).data() == "1"  # 22:00–22:59
    assert page.pulse_model.index(4, 25).data() == "1"  # total in the grid
    assert "3 händelser" in page.pulse_panel.note.text()  # recorded without a time


def test_a_focus_area_filter_narrows_every_table(page: LagesbildPage, store: Store) -> None:
    choices = dict(store.read(_focus_area_names))
    skadegorelse = choices["Skadegörelse"]
    page.focus_areas.set_checked_ids(frozenset({skadegorelse}))
    assert _column(page.place_model, 0) == ["Skegrie"]
    assert page.focus_areas.text() == "Skadegörelse"


def _focus_area_names(*, session):
    from est_desktop.services.lagesbild import filter_choices

    return [(name, i) for i, name in filter_choices(session=session, today=TODAY).focus_areas]


def test_the_trend_table_has_this_year_and_a_year_earlier(page: LagesbildPage) -> None:
    page.tabs.setCurrentWidget(page.trend_panel)
    model = page.trend_panel.table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:3] == ["Period", "Misshandel", "Misshandel (året innan)"]
    assert "Skadegörelse" in headers
    weeks = _column(model, 0)
    assert weeks[-1].startswith("v. ")
    skadegorelse = headers.index("Skadegörelse")
    assert sum(int(n) for n in _column(model, skadegorelse)) == 2


def test_every_tab_draws_its_chart(page: LagesbildPage, qtbot) -> None:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        panel = page.tabs.currentWidget()
        qtbot.waitUntil(lambda p=panel: p.findChild(FigureCanvasQTAgg) is not None)
        assert panel.figure() is not None


def test_copying_the_table_gives_rows_to_paste_into_excel(page: LagesbildPage) -> None:
    page.places_panel.copy_table()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines == ["Plats\tHändelser\tAndel", "Anderslöv\t2\t50,0 %", "Skegrie\t2\t50,0 %"]


def test_copying_the_chart_gives_an_image(page: LagesbildPage) -> None:
    page.places_panel.copy_chart()
    image = QGuiApplication.clipboard().image()
    assert not image.isNull() and image.width() > 400


def test_saving_the_table_writes_a_csv_for_excel(
    page: LagesbildPage, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "platser.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.places_panel.save_table()
    assert target.read_bytes().decode("utf-8-sig").splitlines()[1] == "Anderslöv;2;50,0 %"


def test_saving_the_chart_writes_a_png(page: LagesbildPage, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "platser"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.places_panel.save_chart()
    assert (tmp_path / "platser.png").read_bytes().startswith(b"\x89PNG")


def test_dates_typed_by_hand_make_a_custom_period(page: LagesbildPage) -> None:
    page.date_from.setDate(qdate(TODAY - timedelta(days=3)))
    assert page.preset.currentData() == "custom"
    assert page.place_model.rowCount() == 0
    assert "0 händelser" in page.summary.text()


def test_a_new_incident_shows_up_when_it_is_saved(page: LagesbildPage, store: Store) -> None:
    def add(*, session) -> None:
        meeting = meetings.latest_meeting(session=session)
        item = next(
            i
            for i in meetings.agenda(session=session, meeting_id=meeting.id)
            if i.kind == AgendaItemKind.FOCUS_AREA
        )
        place = next(p for p in reference.places(session=session) if p.name == "Anderslöv")
        incidents.record_incident(
            session=session,
            item_id=item.id,
            data=IncidentCreate(
                occurred_on=TODAY - timedelta(days=2),
                place_id=place.id,
                source_id=reference.sources(session=session)[0].id,
                description="Krossad ruta i väntkur",
            ),
        )

    store.write(add)
    assert _column(page.place_model, 1)[0] == "3"


def test_item_models(page: LagesbildPage, qtmodeltester) -> None:
    for model in (page.place_model, page.pulse_model, page.organisation_model, page.focus_model):
        qtmodeltester.check(model)
    qtmodeltester.check(page.trend_panel.table.model())


def test_a_tab_is_counted_when_shown_and_again_after_the_filter_changes(
    page: LagesbildPage,
) -> None:
    assert page.pulse_model.rowCount() == 0  # not shown yet, not counted
    page.tabs.setCurrentWidget(page.pulse_panel)
    assert page.pulse_model.index(4, 25).data() == "1"
    page.confidential.setChecked(True)  # the pulse is in view: counted again at once
    assert page.pulse_model.index(4, 25).data() == "2"
    page.tabs.setCurrentWidget(page.places_panel)
    assert _column(page.place_model, 1) == ["3", "2"]
