"""Händelser → Importera enkätsvar… and Händelser → Importer…: the week counted, and undone."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from est_desktop.bootstrap import open_database
from est_desktop.services.imports.batches import batch_rows
from est_desktop.services.imports.survey_picture import survey_week
from est_desktop.ui.common.store import Store
from est_desktop.ui.imports.batches_dialog import ImportBatchesDialog
from est_desktop.ui.imports.survey_dialog import ImportSurveyDialog
from tests.services.imports.test_survey import _wide

SHOTS = Path(__file__).resolve().parents[3] / "test-output"
TODAY = date(2026, 12, 2)  # Wednesday of week 49


@pytest.fixture
def store(qtbot, tmp_path: Path):
    engine = open_database(tmp_path / "est.sqlite3")
    yield Store(engine)
    engine.dispose()


@pytest.fixture(autouse=True)
def quiet(monkeypatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return said


def _survey(tmp_path: Path) -> Path:
    return _wide(
        tmp_path / "Veckoenkät v48.xlsx",
        [
            (date(2026, 11, 30), "R01", "Ja", "Nej", ""),
            (date(2026, 11, 30), "R02", "Ja", "Ja", "x"),
            (date(2026, 12, 1), "R03", "Nej", "Ja", ""),
        ],
    )


def test_the_week_is_suggested_counted_and_saved(qtbot, store, tmp_path, quiet) -> None:
    survey = _survey(tmp_path)  # opened twice: the same file, byte for byte
    dialog = ImportSurveyDialog(store, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_file(survey)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    # Answered on Monday and Tuesday of week 49: about week 48.
    assert dialog.week_combo.currentText().startswith("v. 48 (2026-11-23")
    assert dialog.summary.text() == "v. 48: 3 rapportörer svarade om 3 faktorer."
    counts = {
        dialog.model.index(r, 1).data(): dialog.model.index(r, 2).data()
        for r in range(dialog.model.rowCount())
    }
    assert counts == {"Hot och våld": "2", "Skadegörelse och klotter": "2", "Narkotika": "1"}
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "import_survey.png"))
    assert dialog.import_button.isEnabled()
    assert dialog.save()
    assert quiet == ["Enkätsvaren från Veckoenkät v48.xlsx är sparade."]
    week = store.read(survey_week, on=date(2026, 12, 1))
    assert week.week == 48 and week.answered == 3

    again = ImportSurveyDialog(store, today=TODAY)
    qtbot.addWidget(again)
    again.open_file(survey)
    qtbot.waitUntil(lambda: again.preview is not None, timeout=10_000)
    assert again.summary.text() == "Filen har redan importerats."
    assert not again.import_button.isEnabled()


def test_an_import_is_undone_from_the_list(qtbot, store, tmp_path) -> None:
    dialog = ImportSurveyDialog(store, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.open_file(_survey(tmp_path))
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    dialog.save()

    batches = ImportBatchesDialog(store)
    qtbot.addWidget(batches)
    batches.show()
    row = [batches.model.index(0, c).data() for c in range(batches.model.columnCount())]
    assert row[1:3] == ["Enkätsvar", "Veckoenkät v48.xlsx"]
    assert row[7] == "Kan ångras"
    assert batches.undo_button.isEnabled()
    SHOTS.mkdir(exist_ok=True)
    batches.grab().save(str(SHOTS / "import_batches.png"))
    assert batches.undo_selected()
    assert batches.model.index(0, 7).data().startswith("Ångrad ")
    assert not batches.undo_button.isEnabled()
    assert store.read(survey_week, on=date(2026, 12, 1)) is None
    assert store.read(batch_rows)[0].undone_at is not None


def test_a_name_like_a_factor_is_confirmed_in_the_dialog(qtbot, store, tmp_path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Svarsdatum", "Rapportör", "Hot och våld", "Skadegörelse & klotter"])
    sheet.append([date(2026, 11, 30), "R01", "Ja", "Ja"])
    sheet.append([date(2026, 11, 30), "R02", "Nej", "Ja"])
    path = tmp_path / "enkät.xlsx"
    book.save(path)
    dialog = ImportSurveyDialog(store, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_file(path)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    table = dialog.unknown_table
    assert table.isVisible() and table.item(0, 0).text() == "Skadegörelse & klotter"
    combo = table.cellWidget(0, 2)
    assert combo.itemText(1) == "Skadegörelse och klotter (förslag)"
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    counts = {
        dialog.model.index(r, 1).data(): dialog.model.index(r, 2).data()
        for r in range(dialog.model.rowCount())
    }
    assert counts == {"Hot och våld": "1", "Skadegörelse och klotter": "2"}
    assert not dialog.unknown_table.isVisible()
