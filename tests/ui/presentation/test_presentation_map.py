"""The week's map on the focus-area slides, as the room sees it on the projector."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from est_desktop.db import session_scope
from est_desktop.models import ActionCreate, IncidentCreate, MeetingCreate
from est_desktop.services import incidents, reference
from est_desktop.services.actions import decisions as actions
from est_desktop.services.meetings import agenda as meetings
from est_desktop.ui.main_window import MainWindow
from tests.ui.presentation.projector import at_projector_size

SHOTS = Path(__file__).resolve().parents[3] / "test-output" / "slides"
TODAY = date.today()
SECRET_PLACE = "Smygehamn"
# Skadegörelse since last week's meeting: where, how many, how many days ago.
WEEK = (
    ("Trelleborg centrum", 4, 1),
    ("Stortorget", 3, 2),
    ("Resecentrum", 2, 3),
    ("Anderslöv", 2, 4),
    ("Skegrie", 1, 5),
    ("Hamnen", 1, 0),
)


def _item(session, meeting_id, title):
    return next(
        i for i in meetings.agenda(session=session, meeting_id=meeting_id) if i.title == title
    )


def _record(session, item_id, place, day, text, confidential=False):
    incidents.record_incident(
        session=session,
        item_id=item_id,
        data=IncidentCreate(
            occurred_on=day,
            place_id=reference.find_place(session=session, text=place).id,
            source_id=reference.sources(session=session)[0].id,
            description=text,
            confidential=confidential,
        ),
    )


@pytest.fixture
def meeting_id(engine) -> int:
    """Last week's meeting and this week's: Skadegörelse has a week of incidents at six
    places, one confidential at Smygehamn and an open action; Narkotika one incident at
    Anderslöv; Trafik none."""
    with session_scope(engine) as session:
        last = meetings.create_meeting(
            session=session, data=MeetingCreate(date=TODAY - timedelta(days=7), start_time=time(9))
        )
        actions.decide_action(
            session=session,
            item_id=_item(session, last.id, "Skadegörelse").id,
            data=ActionCreate(
                description="Kameraövervakning vid busskuren",
                owner_organisation_id=next(
                    o.id for o in reference.organisations(session=session) if o.name == "Polisen"
                ),
                due_date=TODAY - timedelta(days=2),
            ),
        )
        this = meetings.create_meeting(
            session=session, data=MeetingCreate(date=TODAY, start_time=time(9), location="Rum 1")
        )
        damage = _item(session, this.id, "Skadegörelse").id
        for place, count, days_ago in WEEK:
            for number in range(count):
                day = TODAY - timedelta(days=days_ago)
                _record(session, damage, place, day, f"Krossad ruta nummer {number} vid {place}")
        _record(session, damage, SECRET_PLACE, TODAY, "Uppgift om gärningsperson", True)
        drugs = _item(session, this.id, "Narkotika").id
        _record(session, drugs, "Anderslöv", TODAY - timedelta(days=1), "Fynd av sprutor")
        return this.id


@pytest.fixture
def presenting(qtbot, engine, meeting_id):
    window = MainWindow(engine)
    qtbot.addWidget(window)
    window.show()
    window.open_meeting(meeting_id)
    window.start_presentation()
    screen = window.presentation_window
    qtbot.addWidget(screen)
    at_projector_size(qtbot, screen)
    return window, screen


def _show(window, title):
    model = window.workspace.agenda_model
    item_id = next(
        model.row_at(r).item.id
        for r in range(model.rowCount())
        if model.row_at(r).item.title == title
    )
    window.presentation.show_item(item_id)


def _map_shown(screen) -> bool:
    return screen.week_map.isVisible() and not screen.trend.isVisible()


def _trend_shown(screen) -> bool:
    return screen.trend.isVisible() and not screen.week_map.isVisible()


def test_k_switches_a_focus_slide_between_the_trend_and_the_weeks_map(qtbot, presenting):
    window, screen = presenting
    _show(window, "Skadegörelse")
    assert _trend_shown(screen)

    qtbot.keyClick(screen, Qt.Key.Key_K)
    assert _map_shown(screen)
    assert window.presenter_bar.map_button.isChecked()
    summary = screen.week_map.accessibleDescription()
    assert "Trelleborg centrum: 4" in summary and "Skegrie: 1" in summary
    assert screen.week_map.image() is not None
    assert "Krossad ruta nummer 0 vid Skegrie" in screen.body.toPlainText()  # list stays

    qtbot.keyClick(screen, Qt.Key.Key_K)
    assert _trend_shown(screen)
    assert not window.presenter_bar.map_button.isChecked()


def test_the_presenter_bar_button_switches_too(qtbot, presenting):
    window, screen = presenting
    _show(window, "Skadegörelse")
    button = window.presenter_bar.map_button
    assert button.isVisibleTo(window) and button.isCheckable()
    button.click()
    assert window.presentation.show_map and _map_shown(screen)
    button.click()
    assert not window.presentation.show_map and _trend_shown(screen)


def test_a_confidential_incident_never_counts_on_the_map(qtbot, presenting):
    window, screen = presenting
    _show(window, "Skadegörelse")
    window.presenter_bar.map_button.click()
    incident_map = screen.week_map.incident_map
    assert SECRET_PLACE not in screen.week_map.accessibleDescription()
    assert SECRET_PLACE not in {p.name for p in incident_map.placed}
    assert incident_map.total == sum(count for _, count, _ in WEEK)


def test_the_map_stays_on_for_the_next_focus_slide_and_shows_nowhere_else(qtbot, presenting):
    window, screen = presenting
    _show(window, "Skadegörelse")
    qtbot.keyClick(screen, Qt.Key.Key_K)
    # Beside the map the incidents take a narrower column, perhaps another page.
    for _ in range(5):
        qtbot.keyClick(screen, Qt.Key.Key_Right)
        if not screen.title_label.text().startswith("§ 7"):
            break
    assert screen.title_label.text().startswith("§ 8 Narkotika")
    assert _map_shown(screen)
    assert screen.week_map.accessibleDescription() == "Anderslöv: 1"

    for title in ("Inledning och närvaro", "Genomgång av öppna åtgärder", "Övriga frågor"):
        _show(window, title)
        assert not screen.week_map.isVisible() and not screen.trend.isVisible(), title
    _show(window, "Trafik")  # a week without incidents: the map says so itself
    assert _map_shown(screen)
    assert screen.week_map.incident_map.total == 0
    assert screen.week_map.image() is not None


def _fits(image, widget) -> bool:
    return abs(image.width() - widget.width()) <= 1 and abs(image.height() - widget.height()) <= 1


def _laid_out(qtbot, screen) -> None:
    qtbot.waitUntil(lambda: screen.week_map.width() > screen.body.width())


def test_the_map_is_drawn_again_at_its_new_size(qtbot, presenting):
    window, screen = presenting
    _show(window, "Skadegörelse")
    qtbot.keyClick(screen, Qt.Key.Key_K)
    _laid_out(qtbot, screen)
    first = screen.week_map.image()
    assert _fits(first, screen.week_map)
    screen.resize(1280, 720)
    qtbot.waitUntil(lambda: screen.week_map.width() < first.width() - 100)
    again = screen.week_map.image()
    assert _fits(again, screen.week_map)


def test_a_picture_of_the_weeks_map_on_the_projector(qtbot, presenting):
    window, screen = presenting
    _show(window, "Skadegörelse")
    qtbot.keyClick(screen, Qt.Key.Key_K)
    _laid_out(qtbot, screen)  # the map takes the larger part; the incident list stays beside it
    assert screen.body.width() > 600
    SHOTS.mkdir(parents=True, exist_ok=True)
    image = screen.grab().toImage()
    assert (image.width(), image.height()) == (1920, 1080)
    path = SHOTS / "focus_area_map.png"
    assert image.save(str(path))
    assert path.stat().st_size > 10_000
