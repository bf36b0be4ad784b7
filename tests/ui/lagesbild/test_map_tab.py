"""The lägesbild's map as the convener uses it: the same filters, a click on a place lists its
incidents, and the numbers are in a table that copies like every other chart's."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from sqlalchemy.engine import Engine

from est_desktop.db import session_scope
from est_desktop.models import Incident
from est_desktop.services import reference
from est_desktop.services.map.picture import place_ids_of
from est_desktop.ui.common.convert import qdate
from est_desktop.ui.common.store import Store
from est_desktop.ui.lagesbild.page import LagesbildPage

SHOTS = Path(__file__).resolve().parents[3] / "test-output"
NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))


@pytest.fixture
def store(engine: Engine) -> Store:
    """November 2026: three incidents at Skegrie (one confidential), two at Anderslöv,
    four in Trelleborg centrum, and one at a new place nobody has put on the map."""
    with session_scope(engine) as s:
        new = reference.save_place(session=s, name="Gamla busstationen")
        places = {p.name: p.id for p in reference.places(session=s)}
        source = reference.sources(session=s)[0].id

        def record(place: str, day: int, confidential: bool = False, text: str = "") -> None:
            s.add(
                Incident(
                    occurred_on=date(2026, 11, day),
                    start_time=time(22, 15),
                    place_id=places[place],
                    source_id=source,
                    description=text or f"Skadegörelse den {day} november",
                    confidential=confidential,
                )
            )
            s.flush()

        record("Skegrie", 6)
        record("Skegrie", 13)
        record("Skegrie", 14, confidential=True, text="Sekretess: uppgift från källa")
        record("Anderslöv", 7)
        record("Anderslöv", 8)
        for day in (2, 9, 16, 23):
            record("Trelleborg centrum", day)
        record(new.name, 20)
    return Store(engine)


@pytest.fixture
def page(qtbot, store: Store) -> LagesbildPage:
    page = LagesbildPage(store)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    qtbot.waitExposed(page)
    page.date_from.setDate(qdate(NOVEMBER[0]))
    page.date_to.setDate(qdate(NOVEMBER[1]))
    page.tabs.setCurrentWidget(page.map_view)
    return page


def _column(model, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _canvas(page: LagesbildPage):
    canvas = page.map_view.panel._canvas
    assert canvas is not None, "no map drawn"
    return canvas


def _click_place(qtbot, page: LagesbildPage, place_id: int) -> None:
    """A left click on the place's marker, where the reader sees it."""
    canvas = _canvas(page)
    canvas.draw()
    figure = canvas.figure
    axes = next(a for a in figure.axes if a.get_label() == "map")
    layer = next(c for c in axes.collections if place_ids_of(c.get_gid()))
    index = place_ids_of(layer.get_gid()).index(place_id)
    x, y = axes.transData.transform(layer.get_offsets()[index])
    ratio = canvas.devicePixelRatioF()
    qtbot.mouseClick(
        canvas,
        Qt.MouseButton.LeftButton,
        pos=QPoint(round(x / ratio), round(canvas.height() - y / ratio)),
    )


def test_the_map_counts_what_the_places_tab_counts(page: LagesbildPage) -> None:
    assert _column(page.map_view.model, 0) == [
        "Trelleborg centrum",
        "Anderslöv",
        "Skegrie",
        "Gamla busstationen",
    ]
    assert _column(page.map_view.model, 1) == ["4", "2", "2", "1"]
    assert _column(page.map_view.model, 2)[-1] == "inte på kartan"
    page.tabs.setCurrentWidget(page.places_panel)
    by_place = dict(zip(_column(page.place_model, 0), _column(page.place_model, 1), strict=True))
    assert by_place == {
        "Trelleborg centrum": "4",
        "Anderslöv": "2",
        "Skegrie": "2",
        "Gamla busstationen": "1",
    }


def test_confidential_incidents_reach_the_map_only_when_ticked(page: LagesbildPage) -> None:
    counts = dict(
        zip(_column(page.map_view.model, 0), _column(page.map_view.model, 1), strict=True)
    )
    assert counts["Skegrie"] == "2"
    page.confidential.setChecked(True)
    counts = dict(
        zip(_column(page.map_view.model, 0), _column(page.map_view.model, 1), strict=True)
    )
    assert counts["Skegrie"] == "3"


def test_a_click_on_a_place_lists_its_incidents(qtbot, page: LagesbildPage, store: Store) -> None:
    _click_place(qtbot, page, store.read(reference.find_place, text="Skegrie").id)
    view = page.map_view
    assert view.place_heading.text() == "Skegrie: 2 händelser"
    assert _column(view.incident_model, 2) == [
        "Skadegörelse den 13 november",
        "Skadegörelse den 6 november",
    ]
    SHOTS.mkdir(exist_ok=True)
    page.grab().save(str(SHOTS / "lagesbild_map.png"))


def test_choosing_a_row_in_the_table_lists_that_place(page: LagesbildPage) -> None:
    view = page.map_view
    table = view.panel.table
    row = _column(view.model, 0).index("Anderslöv")
    flags = QItemSelectionModel.SelectionFlag
    table.selectionModel().setCurrentIndex(
        view.model.index(row, 0), flags.ClearAndSelect | flags.Rows
    )
    assert view.place_heading.text() == "Anderslöv: 2 händelser"
    assert view.incident_model.rowCount() == 2


def test_a_filter_change_redraws_the_map_and_forgets_the_chosen_place(
    qtbot, page: LagesbildPage, store: Store
) -> None:
    _click_place(qtbot, page, store.read(reference.find_place, text="Skegrie").id)
    page.date_from.setDate(qdate(date(2026, 11, 10)))
    assert _column(page.map_view.model, 1)[:3] == ["2", "1", "1"]
    assert page.map_view.incident_model.rowCount() == 0
    assert "Klicka på en plats" in page.map_view.place_heading.text()


def test_the_maps_numbers_copy_as_a_table(page: LagesbildPage) -> None:
    page.map_view.panel.copy_table()
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0].split("\t")[:2] == ["Plats", "Händelser"]
    assert copied[1].split("\t")[:2] == ["Trelleborg centrum", "4"]
