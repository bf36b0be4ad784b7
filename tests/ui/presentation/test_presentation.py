"""Presentation mode as the room and the convener experience it."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from est_desktop.db import session_scope
from est_desktop.models import ActionCreate, AgendaItemKind, IncidentCreate, MeetingCreate
from est_desktop.services import incidents, reference
from est_desktop.services.actions import decisions as actions
from est_desktop.services.meetings import agenda as meetings
from est_desktop.services.meetings import participants
from est_desktop.ui.main_window import MainWindow
from est_desktop.ui.presentation.theme import ALERT, BACKGROUND, MUTED, TEXT, contrast_ratio
from tests.ui.presentation.projector import at_projector_size

SHOTS = Path(__file__).resolve().parents[3] / "test-output" / "slides"
SECRET = "Uppgift om namngiven person vid Stortorget"


def _item(session, meeting_id, title):
    return next(
        i for i in meetings.agenda(session=session, meeting_id=meeting_id) if i.title == title
    )


@pytest.fixture
def meeting_id(engine) -> int:
    """Last week's meeting with an overdue action; this week's with incidents, one confidential."""
    today = date.today()
    with session_scope(engine) as session:
        last = meetings.create_meeting(
            session=session, data=MeetingCreate(date=today - timedelta(days=7), start_time=time(9))
        )
        this = meetings.create_meeting(
            session=session, data=MeetingCreate(date=today, start_time=time(9), location="Rum 1")
        )
        police = next(o.id for o in reference.organisations(session=session) if o.name == "Polisen")
        actions.decide_action(
            session=session,
            item_id=_item(session, last.id, "Skadegörelse").id,
            data=ActionCreate(
                description="Kameraövervakning vid busskuren",
                owner_organisation_id=police,
                due_date=today - timedelta(days=2),
            ),
        )
        participants.add_attendee(
            session=session, meeting_id=this.id, person_name="Kommunpolis", organisation_id=police
        )
        item = _item(session, this.id, "Skadegörelse")
        for text, secret in (("Krossad ruta på Söderslättshallen", False), (SECRET, True)):
            incidents.record_incident(
                session=session,
                item_id=item.id,
                data=IncidentCreate(
                    occurred_on=today,
                    place_id=reference.find_place(session=session, text="Trelleborg centrum").id,
                    source_id=reference.sources(session=session)[0].id,
                    description=text,
                    confidential=secret,
                ),
            )
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


def _select(window, title):
    model = window.workspace.agenda_model
    window.workspace.select_item_row(
        next(r for r in range(model.rowCount()) if model.row_at(r).item.title == title)
    )


def _show(window, title):
    model = window.workspace.agenda_model
    item_id = next(
        model.row_at(r).item.id
        for r in range(model.rowCount())
        if model.row_at(r).item.title == title
    )
    window.presentation.show_item(item_id)


def test_keys_move_like_a_slide_show(qtbot, presenting):
    window, screen = presenting
    controller = window.presentation
    controller.first()
    for key, expected in (
        (Qt.Key.Key_Right, 1),
        (Qt.Key.Key_Down, 2),
        (Qt.Key.Key_PageDown, 3),
        (Qt.Key.Key_Space, 4),
        (Qt.Key.Key_Left, 3),
        (Qt.Key.Key_Up, 2),
        (Qt.Key.Key_PageUp, 1),
        (Qt.Key.Key_End, 13),
        (Qt.Key.Key_Home, 0),
    ):
        qtbot.keyClick(screen, key)
        assert controller.index == expected, key
    assert screen.title_label.text().startswith("§ 1 Inledning och närvaro — 1 av 14")

    qtbot.keyClick(screen, Qt.Key.Key_B)
    assert screen.stack.currentWidget() is screen.blank
    qtbot.keyClick(screen, Qt.Key.Key_B)
    assert screen.stack.currentWidget() is not screen.blank

    # The presenter clicker talks to the laptop window: Page Down there moves the screen too.
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert controller.index == 1
    assert "▶ 2" == window.workspace.agenda_model.index(1, 0).data()

    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert not controller.active and not screen.isVisible()
    assert not window.presenter_toolbar.isVisible()


def test_follow_mode_and_freeze(qtbot, presenting):
    window, screen = presenting
    controller = window.presentation
    _select(window, "Trafik")
    assert screen.title_label.text().startswith("§ 9 Trafik")
    window.presenter_bar.freeze_box.click()
    assert controller.frozen
    _select(window, "Narkotika")
    assert screen.title_label.text().startswith("§ 9 Trafik")  # the room keeps seeing Trafik
    window.presenter_bar.show_button.click()  # the convener decides to show it
    assert screen.title_label.text().startswith("§ 8 Narkotika")
    window.presenter_bar.freeze_box.click()
    window.presenter_bar.follow_box.click()
    assert not controller.follow
    _select(window, "Hamnen")
    assert screen.title_label.text().startswith("§ 8 Narkotika")


def test_a_save_on_the_laptop_reaches_the_screen_without_taking_focus(qtbot, presenting):
    window, screen = presenting
    _select(window, "Skadegörelse")
    records = window.workspace.records
    form = records.incident_form
    form.place_combo.setEditText("Anderslöv")
    form.source_combo.setCurrentIndex(1)
    form.description_edit.setPlainText("Nedslagen skylt vid Anderslövs torg")
    form.description_edit.setFocus()
    assert records.save_incident()
    qtbot.waitUntil(lambda: "Nedslagen skylt" in screen.body.toPlainText(), timeout=1000)
    assert not screen.isActiveWindow()
    assert QApplication.focusWindow() is not screen.windowHandle()


def test_confidential_incidents_never_reach_the_screen(qtbot, presenting):
    window, screen = presenting
    _show(window, "Skadegörelse")
    text = screen.body.toPlainText()
    assert "Krossad ruta på Söderslättshallen" in text
    assert SECRET not in text
    for index in range(len(window.presentation.item_ids)):
        window.presentation.go(index)
        assert SECRET not in screen.body.toPlainText()


def test_overdue_is_a_word_and_a_colour(qtbot, presenting):
    window, screen = presenting
    for title in ("Skadegörelse", "Genomgång av öppna åtgärder"):
        _show(window, title)
        html = screen.body.toHtml()
        assert "Försenad" in screen.body.toPlainText(), title
        assert ALERT.lower() in html.lower(), title


def _pixel_sizes(browser) -> set[int]:
    sizes = set()
    block = browser.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.text().strip():
                sizes.add(fragment.charFormat().font().pixelSize())
            iterator += 1
        block = block.next()
    return sizes


def test_text_is_readable_from_the_back_row_at_1920x1080(qtbot, presenting):
    window, screen = presenting
    for index in range(len(window.presentation.item_ids)):
        window.presentation.go(index)
        sizes = _pixel_sizes(screen.body)
        assert sizes and min(sizes) >= 32, (index, sizes)
        assert screen.title_label.font().pixelSize() > min(sizes)
    for label in (screen.meeting_label, screen.clock_label, screen.timer_label):
        assert label.font().pixelSize() >= 32


def test_theme_contrast_is_at_least_aaa():
    for colour in (TEXT, MUTED, ALERT):
        assert contrast_ratio(colour, BACKGROUND) >= 7.0, colour


def test_a_picture_of_every_kind_of_slide(qtbot, presenting):
    window, screen = presenting
    SHOTS.mkdir(parents=True, exist_ok=True)
    titles = {
        AgendaItemKind.OPENING: "Inledning och närvaro",
        AgendaItemKind.ACTION_REVIEW: "Genomgång av öppna åtgärder",
        AgendaItemKind.FOCUS_AREA: "Skadegörelse",
        AgendaItemKind.OTHER: "Övriga frågor",
        AgendaItemKind.NEXT_MEETING: "Nästa möte",
    }
    for kind, title in titles.items():
        _show(window, title)
        image = screen.grab().toImage()
        assert (image.width(), image.height()) == (1920, 1080)
        path = SHOTS / f"{kind.value}.png"
        assert image.save(str(path))
        assert path.stat().st_size > 10_000


def test_the_item_clock_speaks_up_when_the_item_runs_over(qtbot, presenting):
    window, screen = presenting
    _show(window, "Skadegörelse")
    screen._tick()
    assert "av 5 min" in screen.timer_label.text()
    assert ALERT not in screen.timer_label.styleSheet()
    window.presentation.item_started -= 6 * 60 + 5
    screen._tick()
    assert "över tiden" in screen.timer_label.text() and "1:05" in screen.timer_label.text()
    assert ALERT in screen.timer_label.styleSheet()


def test_the_second_screen_is_chosen_and_the_choice_remembered(monkeypatch):
    from PySide6.QtGui import QGuiApplication

    from est_desktop.ui.common import persist
    from est_desktop.ui.presentation.presenter_bar import choose_screen

    class Screen:
        def __init__(self, name: str) -> None:
            self._name = name

        def name(self) -> str:
            return self._name

    laptop, projector, tv = Screen("eDP-1"), Screen("HDMI-1"), Screen("DP-2")
    monkeypatch.setattr(QGuiApplication, "screens", staticmethod(lambda: [laptop]))
    assert choose_screen(laptop) is laptop
    monkeypatch.setattr(QGuiApplication, "screens", staticmethod(lambda: [laptop, projector, tv]))
    assert choose_screen(laptop) is projector
    persist.set_presentation_screen("DP-2")
    assert choose_screen(laptop) is tv
