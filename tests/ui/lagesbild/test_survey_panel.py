"""The lägesbild's survey tab as the convener reads it: each factor's last survey weeks as
"marked of answered", the average per week, a chart of the share who marked it, and a
sentence saying what to do when the period has no answers."""

from __future__ import annotations

import math
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QItemSelectionModel, Qt
from sqlalchemy.engine import Engine

from est_desktop.db import session_scope
from est_desktop.services.imports.survey_factors import save_factor
from est_desktop.services.imports.survey_import import import_survey
from est_desktop.services.imports.tables import read_table
from est_desktop.services.lagesbild import filter_choices
from est_desktop.ui.common.convert import qdate
from est_desktop.ui.common.store import Store
from est_desktop.ui.lagesbild.page import LagesbildPage

SHOTS = Path(__file__).resolve().parents[3] / "test-output"
WEEK_40 = date(2026, 9, 28)  # the Monday of ISO week 40, 2026
WEEKS = [WEEK_40 + timedelta(weeks=n) for n in range(10)]  # weeks 40–49
PERIOD = (date(2026, 9, 28), date(2026, 12, 6))
RAPPORTORER = 8
# Rapportörer who marked each factor in weeks 40–49; None: not asked that week.
MARKED: dict[str, list[int | None]] = {
    "Hot och våld": [1, 2, 1, 3, 2, 2, 3, 4, 4, 5],
    "Skadegörelse och klotter": [3, 3, 4, 4, 5, 5, 6, 6, 6, 6],
    "Anlagda bränder": [1, 0, 0, 0, 1, 0, 0, 0, 1, 0],
    "Narkotika": [0, 1, 0, 1, 0, 1, 0, None, 2, 1],
    "Störande samlingar": [1] * 10,
    "Nedskräpning": [2] * 10,
    "Otrygghet i hamnområdet": [0] * 9 + [1],
    "Belysning i parker": [3] * 10,  # a factor of no focus area
}


def _survey_file(path: Path, week_start: date, marked: dict[str, int]) -> Path:
    """One week's export: a row per rapportör, a column per factor asked that week."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Svarsdatum", "Rapportör", *marked])
    for number in range(RAPPORTORER):
        answers = ["Ja" if number < count else "Nej" for count in marked.values()]
        sheet.append([week_start + timedelta(days=7), f"R{number + 1:02d}", *answers])
    book.save(path)
    return path


def _import(session, tmp_path: Path, week_start: date, marked: dict[str, int]) -> None:
    week = week_start.isocalendar().week
    path = _survey_file(tmp_path / f"enkät v{week}.xlsx", week_start, marked)
    import_survey(session=session, table=read_table(path), week=week_start)


@pytest.fixture
def store(engine: Engine, tmp_path: Path) -> Store:
    """Ten weeks of the survey, weeks 40–49 of 2026; Narkotika not asked in week 47."""
    with session_scope(engine) as s:
        save_factor(session=s, name="Belysning i parker", focus_area_id=None)
        for n, week_start in enumerate(WEEKS):
            asked = {f: m[n] for f, m in MARKED.items() if m[n] is not None}
            _import(s, tmp_path, week_start, asked)
    return Store(engine)


@pytest.fixture
def places_shown(qtbot, store: Store) -> LagesbildPage:
    """The page on its first tab, with the ten weeks as its period."""
    page = LagesbildPage(store)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    qtbot.waitExposed(page)
    page.date_from.setDate(qdate(PERIOD[0]))
    page.date_to.setDate(qdate(PERIOD[1]))
    return page


@pytest.fixture
def page(places_shown: LagesbildPage) -> LagesbildPage:
    places_shown.tabs.setCurrentWidget(places_shown.survey_panel)
    return places_shown


def _headers(model) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def _cells(page: LagesbildPage) -> dict[str, list[str]]:
    model = page.survey_panel.table.model()
    return {
        model.index(r, 0).data(): [model.index(r, c).data() for c in range(1, model.columnCount())]
        for r in range(model.rowCount())
    }


def _lines(page: LagesbildPage) -> dict[str, list[float]]:
    axes = page.survey_panel.figure().axes[0]
    return {line.get_label(): list(line.get_ydata()) for line in axes.get_lines()}


def _select(page: LagesbildPage, *factors: str) -> None:
    table = page.survey_panel.table
    model = table.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data() in factors:
            table.selectionModel().select(
                model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def _focus_area(store: Store, name: str) -> int:
    choices = store.read(filter_choices, today=PERIOD[1]).focus_areas
    return next(i for i, n in choices if n == name)


def test_the_tab_is_named_enkat(page: LagesbildPage) -> None:
    index = page.tabs.indexOf(page.survey_panel)
    assert page.tabs.tabText(index).replace("&", "") == "Enkätsvar"


def test_the_table_shows_the_last_eight_weeks_as_marked_of_answered(page: LagesbildPage) -> None:
    model = page.survey_panel.table.model()
    assert _headers(model) == ["Faktor", *[f"v. {week}" for week in range(42, 50)], "Medel"]
    cells = _cells(page)
    assert list(cells) == list(MARKED)  # the survey's order
    assert cells["Hot och våld"] == [
        *("1 av 8", "3 av 8", "2 av 8", "2 av 8", "3 av 8", "4 av 8", "4 av 8", "5 av 8"),
        "2,7",  # 27 marked in ten weeks, the two before the table's included
    ]
    assert not page.survey_panel.message.isVisible()


def test_a_week_without_answers_shows_a_dash_and_is_not_counted(page: LagesbildPage) -> None:
    narkotika = _cells(page)["Narkotika"]
    assert narkotika[5] == "–"  # week 47
    assert narkotika[-1] == "0,7"  # 6 in the nine weeks asked, not 6 in ten
    assert math.isnan(_lines_of(page, "Narkotika")[7])  # a gap in the line, not a zero


def _lines_of(page: LagesbildPage, factor: str) -> list[float]:
    _select(page, factor)
    return _lines(page)[factor]


def test_the_chart_shows_the_five_highest_averages_until_rows_are_selected(
    page: LagesbildPage,
) -> None:
    lines = _lines(page)
    assert list(lines) == [
        "Hot och våld",
        "Skadegörelse och klotter",
        "Störande samlingar",
        "Nedskräpning",
        "Belysning i parker",
    ]
    assert lines["Hot och våld"][-1] == pytest.approx(62.5)  # 5 of 8 in week 49
    assert "5 faktorer" in page.survey_panel.panel.note.text()
    _select(page, "Narkotika", "Anlagda bränder")
    assert list(_lines(page)) == ["Anlagda bränder", "Narkotika"]
    assert page.survey_panel.panel.note.isHidden()


def test_the_chart_names_weeks_and_the_share(page: LagesbildPage) -> None:
    axes = page.survey_panel.figure().axes[0]
    ticks = [label.get_text() for label in axes.get_xticklabels()]
    assert ticks[0] == "v. 40\n2026" and ticks[-1] == "v. 49"
    assert axes.get_ylabel() == "Andel rapportörer som markerat (%)"


def test_a_focus_area_shows_its_factors_only(page: LagesbildPage, store: Store) -> None:
    page.focus_areas.set_checked_ids(frozenset({_focus_area(store, "Skadegörelse")}))
    assert list(_cells(page)) == ["Skadegörelse och klotter", "Anlagda bränder"]
    assert list(_lines(page)) == ["Skadegörelse och klotter", "Anlagda bränder"]
    page.focus_areas.set_checked_ids(frozenset({_focus_area(store, "Ordningsstörningar")}))
    assert list(_cells(page)) == ["Störande samlingar", "Nedskräpning"]  # no Belysning


def test_no_answers_in_the_period_says_what_to_do(page: LagesbildPage, qtbot) -> None:
    page.date_from.setDate(qdate(date(2026, 6, 1)))
    page.date_to.setDate(qdate(date(2026, 8, 31)))
    message = page.survey_panel.message
    assert message.isVisible()
    assert message.text() == (
        "Inga enkätsvar under perioden. "
        "Importera veckans enkät under Händelser → Importera enkätsvar…"
    )
    assert page.survey_panel.table.model().rowCount() == 0
    assert page.survey_panel.figure().axes[0].get_lines() == []
    _screenshot(page, qtbot, "lagesbild_survey_empty.png")


def test_no_factor_of_the_chosen_focus_area_is_said_so(page: LagesbildPage, store: Store) -> None:
    page.focus_areas.set_checked_ids(frozenset({_focus_area(store, "Bedrägerier")}))
    assert page.survey_panel.message.isVisible()
    assert "valda fokusområdena" in page.survey_panel.message.text()
    assert _cells(page) == {}


def test_the_survey_is_read_when_the_tab_is_shown(places_shown: LagesbildPage) -> None:
    page = places_shown
    assert page.survey_panel.table.model().rowCount() == 0  # not shown, not read
    page.tabs.setCurrentWidget(page.survey_panel)
    assert page.survey_panel.table.model().rowCount() == len(MARKED)


def test_a_newly_imported_week_shows_up(page: LagesbildPage, store: Store, tmp_path) -> None:
    week_50 = date(2026, 12, 7)
    page.date_to.setDate(qdate(date(2026, 12, 13)))
    store.write(_import, tmp_path=tmp_path, week_start=week_50, marked={"Hot och våld": 7})
    model = page.survey_panel.table.model()
    assert _headers(model)[-2] == "v. 50"
    assert _cells(page)["Hot och våld"][-2] == "7 av 8"
    assert _cells(page)["Narkotika"][-2] == "–"


def test_the_model(page: LagesbildPage, qtmodeltester) -> None:
    qtmodeltester.check(page.survey_panel.table.model())


def test_screenshot(page: LagesbildPage, qtbot) -> None:
    _select(page, "Hot och våld", "Skadegörelse och klotter", "Narkotika")
    _screenshot(page, qtbot, "lagesbild_survey.png")


def _screenshot(page: LagesbildPage, qtbot, name: str) -> None:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    # The chart drawn before is deleted on the next turn of the event loop.
    qtbot.waitUntil(lambda: len(page.survey_panel.findChildren(FigureCanvasQTAgg)) == 1)
    SHOTS.mkdir(exist_ok=True)
    page.grab().save(str(SHOTS / name))
