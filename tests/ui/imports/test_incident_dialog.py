"""Händelser → Importera…: a file mapped, previewed and saved off the GUI thread."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton
from sqlalchemy import func, select

from est_desktop.bootstrap import open_database
from est_desktop.models import Incident, Place
from est_desktop.services.imports import batches
from est_desktop.ui.common.store import Store
from est_desktop.ui.imports import incident_dialog
from est_desktop.ui.imports.incident_dialog import ImportIncidentsDialog
from tests.services.imports.files import semicolon_csv

SHOTS = Path(__file__).resolve().parents[3] / "test-output"
TODAY = date(2026, 3, 9)
LINES = [
    "Datum;Klockslag;Plats;Beskrivning",
    "2026-03-02;21.30;Anderslöv C;Klotter på skolans gavel",
    "2026-03-03;22.15;Trelleborg centrum;Grupp ungdomar vid fontänen",
    "2026-03-04;;Hamnen;Anmälare 19880320-0016 såg bilbrand",
    "2026-03-05;;Ingenstans;Krossad ruta",
]


@pytest.fixture
def store(qtbot, tmp_path: Path):
    engine = open_database(tmp_path / "est.sqlite3")
    yield Store(engine)
    engine.dispose()


@pytest.fixture
def dialog(qtbot, store, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    dialog = ImportIncidentsDialog(store, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    path = semicolon_csv(tmp_path / "trygghetsvärdar v10.csv", LINES)
    dialog.open_file(path)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    return dialog


def _place(store, name: str) -> int:
    return store.read(
        lambda session: session.scalars(select(Place.id).where(Place.name == name)).one()
    )


def _count(store) -> int:
    return store.read(lambda session: session.scalar(select(func.count()).select_from(Incident)))


def _choose_source(dialog) -> None:
    combo = dialog.source_combo
    combo.setCurrentIndex(combo.findText("Trygghetsvärdarnas rapporter"))


def test_the_columns_are_guessed_and_the_problems_shown(qtbot, dialog) -> None:
    assert dialog.column_combos["occurred_on"].currentText() == "Datum"
    assert dialog.column_combos["start_time"].currentText() == "Klockslag"
    assert dialog.column_combos["place"].currentText() == "Plats"
    assert dialog.column_combos["description"].currentText() == "Beskrivning"
    # No source yet: the file as a whole cannot be imported, and says why.
    assert "källa" in dialog.summary.text().casefold()
    assert not dialog.import_button.isEnabled()

    _choose_source(dialog)
    qtbot.waitUntil(lambda: dialog.summary.text().startswith("Klara:"), timeout=10_000)
    assert dialog.summary.text().startswith(
        "Klara: 1 · kan inte importeras: 2 · väntar på grund av personnummer: 1 · dubbletter: 0."
    )
    states = [dialog.model.index(r, 2).data() for r in range(dialog.model.rowCount())]
    assert states == ["Kan inte importeras", "Klar", "Personnummer", "Kan inte importeras"]
    dialog.attention_box.setChecked(True)
    rows = [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())]
    assert rows == ["2", "4", "5"]
    dialog.attention_box.setChecked(False)
    why = dialog.model.index(0, 7).data()
    assert "Plats: Platsen 'Anderslöv C' finns inte i listan" in why
    # The unknown places are listed with the suggestion first.
    values = dialog.values_table
    assert [values.item(r, 1).text() for r in range(values.rowCount())] == [
        "Anderslöv C",
        "Ingenstans",
    ]
    assert values.cellWidget(0, 3).itemText(1) == "Anderslöv (förslag)"
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "import_incidents.png"))


def test_mapped_values_and_ticked_rows_are_imported(qtbot, dialog, store) -> None:
    _choose_source(dialog)
    qtbot.waitUntil(lambda: dialog.summary.text().startswith("Klara:"), timeout=10_000)
    dialog.map_value("place", "Anderslöv C", ("place", _place(store, "Anderslöv")))
    qtbot.waitUntil(lambda: dialog.summary.text().startswith("Klara: 2 "), timeout=10_000)
    dialog.map_value("place", "Ingenstans", ("new", None))
    qtbot.waitUntil(lambda: dialog.summary.text().startswith("Klara: 3 "), timeout=10_000)
    # The personnummer row is ticked; its number is removed (the default).
    held = next(
        r for r in range(dialog.model.rowCount()) if dialog.model.row_at(r).personal_numbers
    )
    assert dialog.model.setData(dialog.model.index(held, 0), 2, role=10)  # CheckStateRole, Checked
    dialog._update_summary()
    assert dialog.import_button.text() == "&Importera 4 händelser"

    assert dialog.save_mapping_named("Trygghetsvärdar") == "Trygghetsvärdar"
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.imported == 4, timeout=10_000)
    assert _count(store) == 4
    descriptions = store.read(lambda session: session.scalars(select(Incident.description)).all())
    assert "Anmälare [personnummer borttaget] såg bilbrand" in descriptions
    assert _place(store, "Ingenstans")


def test_the_saved_mapping_is_offered_for_the_next_file(qtbot, dialog, store, tmp_path) -> None:
    _choose_source(dialog)
    dialog.map_value("place", "Anderslöv C", ("place", _place(store, "Anderslöv")))
    dialog.save_mapping_named("Trygghetsvärdar")

    again = ImportIncidentsDialog(store, today=TODAY)
    qtbot.addWidget(again)
    again.mapping_combo.setCurrentIndex(again.mapping_combo.findText("Trygghetsvärdar"))
    again.open_file(semicolon_csv(tmp_path / "v11.csv", LINES[:2]))
    qtbot.waitUntil(lambda: again.preview is not None, timeout=10_000)
    assert again.source_combo.currentText() == "Trygghetsvärdarnas rapporter"
    assert [r.ready for r in again.preview.rows] == [True]


def test_a_cancelled_import_saves_nothing(qtbot, dialog, store, monkeypatch) -> None:
    _choose_source(dialog)
    qtbot.waitUntil(lambda: dialog.summary.text().startswith("Klara:"), timeout=10_000)
    gate = threading.Event()
    informed = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: informed.append(text))

    def held_import(**kwargs):
        gate.wait(10)
        return batches.import_incidents(**kwargs)

    monkeypatch.setattr(incident_dialog, "import_incidents", held_import)
    dialog.start_import()
    # The user presses Avbryt while it runs.
    dialog.progress.findChild(QPushButton).click()
    gate.set()
    qtbot.waitUntil(lambda: bool(informed), timeout=10_000)
    assert informed == ["Importen avbröts. Inget sparades."]
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    assert dialog.isVisible()
    assert _count(store) == 0
    assert store.read(batches.batch_rows) == []


def test_a_source_category_maps_to_a_category_and_a_focus_area(
    qtbot, store, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    dialog = ImportIncidentsDialog(store, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_file(
        semicolon_csv(
            tmp_path / "felanmälan.csv",
            ["Datum;Plats;Typ;Beskrivning", "2026-03-02;Hamnen;Klotter;Klotter på kajen"],
        )
    )
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    _choose_source(dialog)
    qtbot.waitUntil(lambda: dialog.summary.text().startswith("Klara:"), timeout=10_000)
    values = dialog.values_table
    assert values.item(0, 1).text() == "Klotter"
    category, focus = values.cellWidget(0, 3), values.cellWidget(0, 4)
    category.setCurrentIndex(category.findText("Skadegörelse/nedskräpning"))
    category.activated.emit(category.currentIndex())
    # Until the rows are checked again with it, nothing can be imported.
    assert not dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.summary.text().startswith("Klara: 1 "), timeout=10_000)
    # The mapped value stays in the list, its choice shown, to add the focus area.
    category, focus = values.cellWidget(0, 3), values.cellWidget(0, 4)
    assert (values.item(0, 1).text(), category.currentText()) == (
        "Klotter",
        "Skadegörelse/nedskräpning",
    )
    focus.setCurrentIndex(focus.findText("Skadegörelse"))
    focus.activated.emit(focus.currentIndex())
    qtbot.waitUntil(lambda: dialog.model.index(0, 5).data() == "Skadegörelse", timeout=10_000)
    from est_desktop.models import Category, FocusArea

    ids = store.read(
        lambda session: (
            session.scalars(select(FocusArea.id).where(FocusArea.name == "Skadegörelse")).one(),
            session.scalars(
                select(Category.id).where(Category.name == "Skadegörelse/nedskräpning")
            ).one(),
        )
    )
    assert dialog.mapping().categories == {"klotter": list(ids)}
