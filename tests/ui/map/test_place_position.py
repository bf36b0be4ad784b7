"""Settings → Places: putting a place on the map by typing or by clicking, and merging two
places, as the convener does it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy.engine import Engine
from sqlmodel import select

from est_desktop.db import session_scope
from est_desktop.models import AuditEntry, Incident, Place
from est_desktop.services import reference
from est_desktop.ui.common.store import Store
from est_desktop.ui.map import position_box
from est_desktop.ui.map.picker_dialog import MapPickerDialog
from est_desktop.ui.settings_page import SettingsPage

SHOTS = Path(__file__).resolve().parents[3] / "test-output"


@pytest.fixture
def store(engine: Engine) -> Store:
    return Store(engine)


@pytest.fixture
def page(qtbot, store: Store) -> SettingsPage:
    widget = SettingsPage(store)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.tabs.setCurrentWidget(widget.places)
    return widget


def _choose(page: SettingsPage, store: Store, name: str) -> Place:
    place = store.read(reference.find_place, text=name)
    assert page.places.select(place.id)
    return place


def _position(store: Store, name: str) -> tuple[float | None, float | None]:
    place = store.read(reference.find_place, text=name)
    return place.latitude, place.longitude


def test_the_chosen_place_shows_its_position_in_swedish(page: SettingsPage, store) -> None:
    _choose(page, store, "Hamnen")
    box = page.place_position
    assert box.position_edit.text() == "55,36650, 13,14700"
    assert box.area_label.text() == "Inget område ritat"
    assert box.kommun_combo.currentText() == "Trelleborg"


def test_a_typed_position_is_saved_and_shown_in_the_list(page: SettingsPage, store) -> None:
    place = reference.save_place  # a new place starts off the map
    added = store.write(place, name="Dalabadet")
    assert page.places.select(added.id)
    box = page.place_position
    assert box.area_label.text() == "Inte på kartan än"
    box.position_edit.setText("55,3671 13,2035")
    assert box.save_typed()
    assert _position(store, "Dalabadet") == (55.3671, 13.2035)
    row = page.places.model.row_of_id(added.id)
    assert page.places.model.index(row, 3).data() == "Ja"


def test_a_position_outside_sweden_is_refused_at_the_field(page: SettingsPage, store) -> None:
    _choose(page, store, "Hamnen")
    box = page.place_position
    box.position_edit.setText("55.6761, 12.5683")  # Copenhagen
    assert not box.save_typed()
    shown = [label.text() for label in box.findChildren(type(box.area_label), "fieldError")]
    assert any(text.startswith("Det läget ligger inte i Sverige") for text in shown)
    assert _position(store, "Hamnen") == (55.3665, 13.147)


def test_a_click_on_the_map_places_the_place(qtbot, page: SettingsPage, store, monkeypatch):
    _choose(page, store, "Skegrie")

    def click_then_accept(dialog: MapPickerDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        canvas = dialog.canvas
        canvas.draw()
        x, y = dialog.axes.transData.transform((13.07, 55.42))
        ratio = canvas.devicePixelRatioF()
        qtbot.mouseClick(
            canvas,
            Qt.MouseButton.LeftButton,
            pos=QPoint(round(x / ratio), round(canvas.height() - y / ratio)),
        )
        assert dialog.status.text().startswith("Läge: 55,4")
        SHOTS.mkdir(exist_ok=True)
        dialog.grab().save(str(SHOTS / "map_picker.png"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MapPickerDialog, "exec", click_then_accept)
    assert page.place_position.pick_on_map()
    latitude, longitude = _position(store, "Skegrie")
    # A click is as precise as the pixel it hits: a few metres at this zoom.
    assert latitude == pytest.approx(55.42, abs=0.002)
    assert longitude == pytest.approx(13.07, abs=0.003)


def test_merging_a_misspelt_place_keeps_its_incidents(
    page: SettingsPage, store: Store, engine: Engine, monkeypatch
) -> None:
    typo = store.write(reference.save_place, name="Stortoget")
    source = store.read(reference.sources)[0].id
    with session_scope(engine) as s:
        for day in (3, 4, 5):
            s.add(
                Incident(
                    occurred_on=date(2026, 11, day),
                    place_id=typo.id,
                    source_id=source,
                    description="Nedskräpning",
                )
            )
    kept = store.read(reference.find_place, text="Stortorget")
    assert page.places.select(typo.id)
    monkeypatch.setattr(position_box.MergeDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(position_box.MergeDialog, "chosen", lambda self: (kept.id, "Stortorget"))
    asked: list[str] = []

    def yes(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    assert page.place_position.merge()
    assert asked == [
        "Alla händelser på Stortoget flyttas till Stortorget, och Stortoget tas bort ur "
        "listan. Ändringsloggen behåller varje flytt. Slå ihop?"
    ]
    with session_scope(engine) as s:
        assert s.get(Place, typo.id) is None
        moved = s.exec(select(Incident).where(Incident.place_id == kept.id)).all()
        assert len(moved) == 3
        moves = select(AuditEntry).where(
            AuditEntry.entity == "incident", AuditEntry.fields == "place_id"
        )
        logged = s.exec(moves).all()
        assert len(logged) == 3
    assert page.places.editing_id == kept.id
    assert page.place_position.place.id == kept.id
