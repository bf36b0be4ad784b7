"""Settings, survey factors: the list the convener keeps of what the weekly survey asks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.engine import Engine

from est_desktop.db import session_scope
from est_desktop.models import ImportBatch, SurveyResult
from est_desktop.services.imports import survey_factors
from est_desktop.ui.common.messages import tr_service
from est_desktop.ui.common.store import Store
from est_desktop.ui.settings_page import SettingsPage
from est_desktop.ui.survey_factors_tab import SurveyFactorsTab

SHOTS = Path(__file__).resolve().parents[2] / "test-output"
NAME, FOCUS_AREA, ACTIVE, WEEKS = range(4)


@pytest.fixture
def store(engine: Engine) -> Store:
    return Store(engine)


@pytest.fixture
def tab(qtbot, store: Store) -> SurveyFactorsTab:
    widget = SurveyFactorsTab(store)
    qtbot.addWidget(widget)
    widget.show()  # as in the settings: the list reads again while shown
    return widget


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []

    def warning(parent, title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def shown_rows(tab: SurveyFactorsTab) -> list[list[str]]:
    """The table as the user reads it, row by row."""
    return [
        [tab.proxy.index(row, column).data() for column in range(tab.proxy.columnCount())]
        for row in range(tab.proxy.rowCount())
    ]


def row_named(tab: SurveyFactorsTab, name: str) -> list[str]:
    return next(row for row in shown_rows(tab) if row[NAME] == name)


def pick(qtbot, tab: SurveyFactorsTab, name: str) -> None:
    names = [row[NAME] for row in shown_rows(tab)]
    tab.table.selectRow(names.index(name))
    assert tab.name_edit.text() == name


def give_answers(engine: Engine, factor_name: str) -> None:
    """One week of survey answers for the factor, as an import would leave them."""
    with session_scope(engine) as session:
        factor = next(
            f for f in survey_factors.factor_rows(session=session) if f.name == factor_name
        )
        batch = ImportBatch(kind="survey", file_name="x.csv", checksum="x")
        session.add(batch)
        session.flush()
        session.add(
            SurveyResult(
                batch_id=batch.id,
                week_start=date(2025, 3, 3),
                factor_id=factor.id,
                marked=3,
                answered=9,
            )
        )


def test_lists_the_seeded_factors_in_survey_order_with_their_focus_areas(tab) -> None:
    rows = shown_rows(tab)
    assert len(rows) == 12
    assert rows[0][NAME] == "Hot och våld"
    assert row_named(tab, "Hot och våld")[FOCUS_AREA] == "Misshandel"
    assert row_named(tab, "Otrygghet i hamnområdet")[FOCUS_AREA] == "Hamnen"
    assert all(row[WEEKS] == "0" for row in rows)
    headers = [tab.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert len(headers) == 4 and all(headers)


def test_the_settings_page_has_the_tab(qtbot, store: Store) -> None:
    page = SettingsPage(store)
    qtbot.addWidget(page)
    index = page.tabs.indexOf(page.survey_factors)
    assert index >= 0 and page.tabs.tabText(index)


def test_adding_a_factor_tied_to_a_focus_area_shows_it_in_the_list(qtbot, tab) -> None:
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.name_edit, "Fyrverkerier")
    tab.focus_combo.setCurrentIndex(tab.focus_combo.findText("Ordningsstörningar"))
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)

    assert len(shown_rows(tab)) == 13
    row = row_named(tab, "Fyrverkerier")
    assert row[FOCUS_AREA] == "Ordningsstörningar" and row[WEEKS] == "0"
    # The new factor stays in the form, ready to be corrected.
    assert tab.editing_id is not None and tab.focus_combo.currentText() == "Ordningsstörningar"


def test_editing_a_factor_can_untie_it_and_stop_asking_it(qtbot, tab) -> None:
    pick(qtbot, tab, "Nedskräpning")
    assert tab.focus_combo.currentText() == "Ordningsstörningar"
    assert tab.active_check.isChecked()
    tab.focus_combo.setCurrentIndex(0)  # (none)
    tab.active_check.setChecked(False)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)

    row = row_named(tab, "Nedskräpning")
    assert row[FOCUS_AREA] == "—"
    assert row[ACTIVE] != row_named(tab, "Narkotika")[ACTIVE]
    assert len(shown_rows(tab)) == 12


def test_a_duplicate_name_is_refused_at_the_name_field(qtbot, tab) -> None:
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.name_edit, "hot och våld")
    qtbot.keyClick(tab.name_edit, Qt.Key.Key_Return)

    assert tab.errors.message("name") == tr_service("That name is already in the list.")
    assert len(shown_rows(tab)) == 12
    assert tab.editing_id is None and tab.name_edit.text() == "hot och våld"


def test_a_factor_with_answers_is_kept_and_the_user_told_to_untick_active(
    qtbot, tab, engine: Engine, store: Store, warnings: list[str]
) -> None:
    give_answers(engine, "Hot och våld")
    store.announce()  # as after the survey import
    assert row_named(tab, "Hot och våld")[WEEKS] == "1"

    pick(qtbot, tab, "Hot och våld")
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)

    assert warnings == [tr_service(survey_factors.IN_USE)]
    assert row_named(tab, "Hot och våld")[FOCUS_AREA] == "Misshandel"
    assert len(shown_rows(tab)) == 12


def test_a_factor_without_answers_can_be_deleted(qtbot, tab, warnings: list[str]) -> None:
    pick(qtbot, tab, "Bedrägeriförsök")
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)

    assert warnings == []
    assert "Bedrägeriförsök" not in [row[NAME] for row in shown_rows(tab)]
    assert tab.editing_id is None and not tab.delete_button.isEnabled()


def test_screenshot(qtbot, tab, engine: Engine, store: Store) -> None:
    give_answers(engine, "Hot och våld")
    store.announce()
    tab.resize(1100, 480)
    tab.show()
    qtbot.waitExposed(tab)
    pick(qtbot, tab, "Hot och våld")
    SHOTS.mkdir(exist_ok=True)
    path = SHOTS / "survey_factors_tab.png"
    assert tab.grab().save(str(path))
    assert path.stat().st_size > 0
