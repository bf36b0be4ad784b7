"""A slide longer than the screen is shown as pages of whole rows, through the same keys.

Thirty open actions in the review, forty incidents under a focus area: every one of them
is on some page, once, none is cut off at the bottom, and Page Down goes through the pages
before it goes on to the next item.
"""

from __future__ import annotations

import re
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
from est_desktop.ui.presentation.slide_html import Piece, paginate
from tests.ui.presentation.projector import at_projector_size

SHOTS = Path(__file__).resolve().parents[3] / "test-output" / "slides"
EARLIER = date(2026, 3, 3)
MEETING = date(2026, 3, 10)
LONG_NAME = "Samhällsbyggnadsförvaltningen"


def _item(session, meeting_id: int, title: str):
    return next(
        i for i in meetings.agenda(session=session, meeting_id=meeting_id) if i.title == title
    )


@pytest.fixture
def meeting_id(engine) -> int:
    with session_scope(engine) as session:
        earlier = meetings.create_meeting(
            session=session, data=MeetingCreate(date=EARLIER, start_time=time(9))
        )
        this = meetings.create_meeting(
            session=session, data=MeetingCreate(date=MEETING, start_time=time(9))
        )
        owners = [o.id for o in reference.organisations(session=session)]
        builders = next(
            o.id for o in reference.organisations(session=session) if o.name == LONG_NAME
        )
        item = _item(session, earlier.id, "Skadegörelse")
        for number in range(30):
            actions.decide_action(
                session=session,
                item_id=item.id,
                data=ActionCreate(
                    description=f"Åtgärd nummer {number} mot klotter vid skolorna",
                    owner_organisation_id=builders if number % 3 == 0 else owners[number % 5],
                    due_date=EARLIER + timedelta(days=number),
                ),
            )
        traffic = _item(session, this.id, "Trafik")
        place_id = reference.find_place(session=session, text="Anderslöv").id
        source_id = reference.sources(session=session)[0].id
        for number in range(40):
            incidents.record_incident(
                session=session,
                item_id=traffic.id,
                data=IncidentCreate(
                    occurred_on=MEETING - timedelta(days=1),
                    place_id=place_id,
                    source_id=source_id,
                    description=f"Buskörning med moped nummer {number}",
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


def _go_to(window, title: str) -> None:
    model = window.workspace.agenda_model
    item_id = next(
        model.row_at(r).item.id
        for r in range(model.rowCount())
        if model.row_at(r).item.title == title
    )
    window.presentation.show_item(item_id)


def _numbers(text: str, word: str) -> list[int]:
    return [int(n) for n in re.findall(rf"{word} nummer (\d+)", text)]


def _walk_pages(qtbot, window, screen, word: str, shot: str) -> list[list[int]]:
    """Page Down from the laptop through the slide's pages: what each page shows."""
    start = window.presentation.index
    seen: list[list[int]] = []
    while window.presentation.index == start:
        body = screen.body
        seen.append(_numbers(body.toPlainText(), word))
        SHOTS.mkdir(parents=True, exist_ok=True)
        assert screen.grab().save(str(SHOTS / f"{shot}_{len(seen)}.png"))
        assert body.verticalScrollBar().maximum() == 0, "a row is cut off at the bottom"
        assert len(seen) < 20
        qtbot.keyClick(window.workspace.agenda, Qt.Key.Key_PageDown)
    return seen


def test_thirty_actions_under_review_are_paged_none_cut_off(qtbot, presenting) -> None:
    window, screen = presenting
    _go_to(window, "Genomgång av öppna åtgärder")
    pages = _walk_pages(qtbot, window, screen, "Åtgärd", "review_page")
    assert len(pages) > 1
    assert sorted(n for page in pages for n in page) == list(range(30))
    assert window.presentation.index > 0  # after the last page: the next item
    # Page Up from the next item comes back to the review's last page.
    qtbot.keyClick(window.workspace.agenda, Qt.Key.Key_PageUp)
    assert window.presentation.page == len(pages) - 1
    assert f" {len(pages)}/{len(pages)})" in screen.title_label.text()
    assert "fortsättning" in screen.title_label.text()


def test_forty_incidents_are_paged_and_keep_their_size(qtbot, presenting) -> None:
    window, screen = presenting
    _go_to(window, "Trafik")
    assert "(1/" in screen.title_label.text()
    pages = _walk_pages(qtbot, window, screen, "moped", "incidents_page")
    assert len(pages) > 1
    assert sorted(n for page in pages for n in page) == list(range(40))


def test_a_long_organisation_name_is_never_broken_in_a_word(qtbot, presenting) -> None:
    window, screen = presenting
    _go_to(window, "Genomgång av öppna åtgärder")
    review = window.presentation.index
    found = 0
    # The groups come in the organisations' alphabetical order: look on every page.
    while window.presentation.index == review:
        block = screen.body.document().begin()
        while block.isValid():
            if LONG_NAME in block.text():
                found += 1
                assert block.layout().lineCount() == 1, block.text()
            block = block.next()
        qtbot.keyClick(window.workspace.agenda, Qt.Key.Key_PageDown)
    assert found  # the organisation heads its group of actions


def test_the_laptop_bar_and_the_slide_say_which_page(qtbot, presenting) -> None:
    window, screen = presenting
    _go_to(window, "Trafik")
    qtbot.keyClick(window.workspace.agenda, Qt.Key.Key_PageDown)
    assert window.presentation.page == 1
    assert "(fortsättning 2/" in screen.title_label.text()
    assert f"sida 2 av {window.presentation.pages}" in window.presenter_bar.on_screen.text()


def test_pages_hold_whole_pieces_and_no_heading_ends_one() -> None:
    heading = Piece("<p>H</p>", heading=True)
    rows = [Piece(f"<tr>{n}</tr>", under="H") for n in range(5)]
    pieces = [heading, *rows[:2], Piece("<p>G</p>", heading=True), *rows[2:]]

    def fits(page: list[Piece]) -> bool:
        return len(page) <= 3

    pages = paginate(pieces, fits)
    assert [p for page in pages for p in page] == pieces
    assert all(not page[-1].heading for page in pages)
    assert all(len(page) <= 3 for page in pages)
