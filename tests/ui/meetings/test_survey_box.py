"""The week's survey picture beside a focus-area item, on the laptop and on the projector."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest

from est_desktop.db import session_scope
from est_desktop.models import MeetingCreate
from est_desktop.services.meetings import agenda as meetings
from est_desktop.ui.common.store import Store
from est_desktop.ui.meetings.workspace import WorkspacePage
from est_desktop.ui.presentation.controller import PresentationController
from est_desktop.ui.presentation.window import PresentationWindow
from tests.services.meetings.test_presentation_survey import (
    BEFORE_THE_SURVEY,
    MARKED,
    MEETING,
    import_weeks,
)

SHOTS = Path(__file__).resolve().parents[3] / "test-output"
VIOLENCE = "Hot och våld: 5 av 8 rapportörer (snitt 4 veckor före: 2,0) ↑"
DRUGS = "Narkotika: 2 av 8 rapportörer (snitt 4 veckor före: 3,5) ↓"


def _meeting(engine, day) -> int:
    with session_scope(engine) as session:
        return meetings.create_meeting(
            session=session, data=MeetingCreate(date=day, start_time=time(9), location="Rum 1")
        ).id


@pytest.fixture
def store(engine, tmp_path) -> Store:
    """Weeks 44–48 of the survey, answered by eight rapportörer."""
    with session_scope(engine) as session:
        import_weeks(session, tmp_path, MARKED)
    return Store(engine)


@pytest.fixture
def workspace(qtbot, store) -> WorkspacePage:
    page = WorkspacePage(store)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return page


def _select(page: WorkspacePage, title: str) -> None:
    model = page.agenda_model
    page.select_item_row(
        next(r for r in range(model.rowCount()) if model.row_at(r).item.title == title)
    )


def _item_id(engine, meeting_id: int, title: str) -> int:
    with session_scope(engine) as session:
        return next(
            i.id
            for i in meetings.agenda(session=session, meeting_id=meeting_id)
            if i.title == title
        )


def test_the_focus_area_item_shows_its_factors_week(qtbot, engine, workspace) -> None:
    workspace.show_meeting(_meeting(engine, MEETING))
    box = workspace.records.survey

    _select(workspace, "Misshandel")
    assert box.isVisible()
    assert box.title() == "Enkäten vecka 48"
    assert box.lines.text() == VIOLENCE
    assert "Hot och våld: 5 av 8 rapportörer" in box.text()
    assert "2,0" in box.text() and "↑" in box.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert workspace.grab().save(str(SHOTS / "workspace_survey_box.png"))

    _select(workspace, "Narkotika")
    assert box.lines.text() == DRUGS
    # Trafik's factor has no answers in the survey; 'Övriga frågor' has no focus area.
    for title in ("Trafik", "Övriga frågor"):
        _select(workspace, title)
        assert workspace.records.isVisible() and not box.isVisible(), title


def test_a_meeting_without_a_survey_week_shows_no_box_until_one_arrives(
    qtbot, engine, tmp_path, workspace
) -> None:
    workspace.show_meeting(_meeting(engine, BEFORE_THE_SURVEY))
    _select(workspace, "Misshandel")
    box = workspace.records.survey
    assert workspace.records.isVisible() and not box.isVisible()

    # Week 40 is imported at another desk: the refresh brings the box, with nothing before
    # it to compare with.
    with session_scope(engine) as session:
        import_weeks(session, tmp_path, {40: (3, 0, 0)})
    workspace._store.announce()
    assert box.isVisible() and box.title() == "Enkäten vecka 40"
    assert box.lines.text() == (
        "Hot och våld: 3 av 8 rapportörer (inga veckor före att jämföra med)"
    )


@pytest.fixture
def projector(qtbot, engine, store):
    controller = PresentationController(store)
    screen = PresentationWindow(store, controller)
    qtbot.addWidget(screen)
    screen.show()
    screen.resize(1920, 1080)
    qtbot.waitUntil(lambda: screen.width() == 1920 and screen.height() == 1080)
    return controller, screen


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


def test_the_projector_slide_says_the_same(qtbot, engine, projector) -> None:
    controller, screen = projector
    meeting_id = _meeting(engine, MEETING)
    controller.start(meeting_id, _item_id(engine, meeting_id, "Misshandel"))
    text = screen.body.toPlainText()
    assert "Enkäten vecka 48" in text
    assert VIOLENCE in text
    assert screen.body.verticalScrollBar().maximum() == 0  # all of it on screen
    assert min(_pixel_sizes(screen.body)) >= 32  # readable from the back row
    (SHOTS / "slides").mkdir(parents=True, exist_ok=True)
    qtbot.wait(50)  # the header's labels take their new widths
    assert screen.grab().save(str(SHOTS / "slides" / "focus_area_survey.png"))

    controller.set_map(True)  # beside the week's map the lines wrap, still all on screen
    assert VIOLENCE in screen.body.toPlainText().replace("\u2028", " ")
    assert screen.body.verticalScrollBar().maximum() == 0
    qtbot.wait(50)
    assert screen.grab().save(str(SHOTS / "slides" / "focus_area_survey_map.png"))

    controller.show_item(_item_id(engine, meeting_id, "Trafik"))
    assert "Enkäten" not in screen.body.toPlainText()
