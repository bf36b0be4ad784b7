"""Another desk's save shows up here without a restart: in the Store's one ``changed``
signal, in the convener's review, and on the meeting-room screen."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import date, timedelta
from datetime import time as clock

import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL, Engine

from est_desktop.db import make_server_engine, session_scope
from est_desktop.models import ActionCreate, IncidentCreate, MeetingCreate
from est_desktop.services import incidents, reference
from est_desktop.services.actions import decisions as actions
from est_desktop.services.actions.decisions import ReviewOutcome
from est_desktop.services.meetings import agenda as meetings
from est_desktop.services.server.listen import APPLICATION_NAME
from est_desktop.ui.common.live import LiveUpdates
from est_desktop.ui.common.store import Store
from est_desktop.ui.main_window import MainWindow
from tests import postgres

REVIEW = "Genomgång av öppna åtgärder"
LISTENING_MS = 5000
VISIBLE_MS = 1000  # the target; the benchmark measures it properly


@pytest.fixture
def server_url() -> Iterator[URL]:
    with postgres.notifying_database() as url:
        yield url


@pytest.fixture
def here(server_url: URL) -> Iterator[Engine]:
    """The convener's desk."""
    engine = make_server_engine(server_url)
    yield engine
    engine.dispose()


@pytest.fixture
def other_desk(server_url: URL) -> Iterator[Engine]:
    engine = make_server_engine(server_url)
    yield engine
    engine.dispose()


@pytest.fixture
def store(here: Engine) -> Store:
    return Store(here)


@pytest.fixture
def live(qtbot, store: Store) -> Iterator[LiveUpdates]:
    live = LiveUpdates(store, store.engine.url)
    with qtbot.waitSignal(live.listening, timeout=LISTENING_MS):
        live.start()
    yield live
    live.stop()


def _touch(engine: Engine, table: str) -> None:
    with engine.begin() as connection:
        connection.execute(text(f'UPDATE "{table}" SET id = id WHERE false'))


def test_another_desks_commit_emits_the_stores_changed(qtbot, store, live, other_desk):
    seen: list[float] = []
    store.changed.connect(lambda: seen.append(time.perf_counter()))
    with qtbot.waitSignal(store.changed, timeout=VISIBLE_MS):
        with session_scope(other_desk) as session:
            meetings.create_meeting(session=session, data=MeetingCreate(date=date(2026, 3, 10)))
        committed = time.perf_counter()
    # Recorded, not asserted: the timing target is the benchmark's remote_change_visible_ms.
    print(f"commit to store.changed: {(seen[0] - committed) * 1000:.1f} ms")  # noqa: T201
    assert len(seen) == 1


def test_the_tables_changed_are_the_other_desks_not_this_ones(qtbot, store, live, other_desk):
    """This desk's own save was announced by the Store already; the server's echo of it
    would only refresh every view a second time."""
    with qtbot.waitSignal(live.tables_changed, timeout=VISIBLE_MS) as heard:
        store.write(meetings.create_meeting, data=MeetingCreate(date=date(2026, 3, 10)))
        _touch(other_desk, "organisation")
    assert heard.args == [frozenset({"organisation"})]


def test_a_burst_of_changes_is_one_refresh_then_one_more(qtbot, store, live, other_desk):
    refreshes: list[float] = []
    store.changed.connect(lambda: refreshes.append(time.perf_counter()))
    with qtbot.waitSignals([store.changed, store.changed], timeout=VISIBLE_MS):
        for table in ("place", "source", "category", "organisation", "incident", "action"):
            _touch(other_desk, table)
    qtbot.wait(300)  # let any further refresh the burst would cause happen
    assert len(refreshes) == 2, refreshes


def test_a_dropped_connection_comes_back_and_everything_is_read_again(
    qtbot, store, live, other_desk
):
    with qtbot.waitSignals(
        [live.lost, live.restored, store.changed], order="strict", timeout=LISTENING_MS
    ):
        with other_desk.begin() as connection:
            killed = connection.scalar(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE application_name = :name AND datname = current_database()"
                ),
                {"name": APPLICATION_NAME},
            )
        assert killed
    assert live.connected
    with qtbot.waitSignal(live.tables_changed, timeout=VISIBLE_MS) as heard:
        _touch(other_desk, "incident")
    assert "incident" in heard.args[0]


def test_stop_ends_the_listener_and_the_store_hears_nothing_more(qtbot, store, live, other_desk):
    started = time.monotonic()
    live.stop()
    assert time.monotonic() - started < 1.0
    assert not [t for t in threading.enumerate() if t.name == APPLICATION_NAME]
    with qtbot.assertNotEmitted(store.changed, wait=300):
        _touch(other_desk, "organisation")


def test_a_window_closed_without_stop_leaves_no_listener_behind(qtbot, store):
    import shiboken6
    from PySide6.QtCore import QObject

    window = QObject()
    live = LiveUpdates(store, parent=window)
    with qtbot.waitSignal(live.listening, timeout=LISTENING_MS):
        live.start()
    shiboken6.delete(window)
    assert not [t for t in threading.enumerate() if t.name == APPLICATION_NAME]


# --- the convener's window ----------------------------------------------------------------


def _item(session, meeting_id: int, title: str):
    return next(
        i for i in meetings.agenda(session=session, meeting_id=meeting_id) if i.title == title
    )


@pytest.fixture
def meeting(here: Engine) -> dict[str, int]:
    """Last week's meeting decided an action for the police; this week reviews it."""
    today = date.today()
    with session_scope(here) as session:
        last = meetings.create_meeting(
            session=session, data=MeetingCreate(date=today - timedelta(days=7), start_time=clock(9))
        )
        this = meetings.create_meeting(
            session=session, data=MeetingCreate(date=today, start_time=clock(9))
        )
        police = next(o.id for o in reference.organisations(session=session) if o.name == "Polisen")
        action = actions.decide_action(
            session=session,
            item_id=_item(session, last.id, "Skadegörelse").id,
            data=ActionCreate(
                description="Kameraövervakning vid busskuren", owner_organisation_id=police
            ),
        )
        return {
            "meeting": this.id,
            "action": action.id,
            "item": _item(session, this.id, "Skadegörelse").id,
        }


@pytest.fixture
def window(qtbot, here: Engine, meeting) -> Iterator[MainWindow]:
    window = MainWindow(here)
    qtbot.addWidget(window)
    window.show()
    window.open_meeting(meeting["meeting"])
    live = LiveUpdates(window.store, parent=window)
    with qtbot.waitSignal(live.listening, timeout=LISTENING_MS):
        live.start()
    window.live = live
    yield window
    live.stop()


def _select(window: MainWindow, title: str) -> None:
    model = window.workspace.agenda_model
    window.workspace.select_item_row(
        next(r for r in range(model.rowCount()) if model.row_at(r).item.title == title)
    )


def test_an_answer_saved_at_another_desk_appears_in_the_review(qtbot, window, meeting, other_desk):
    _select(window, REVIEW)
    review = window.workspace.review
    review.note_edit.setText("Halvskriven anteckning")  # the convener is typing

    with session_scope(other_desk) as session:
        actions.record_review(
            session=session,
            meeting_id=meeting["meeting"],
            action_id=meeting["action"],
            outcome=ReviewOutcome.IN_PROGRESS,
            note="Kameran monteras vecka 12",
        )
    committed = time.perf_counter()

    def outcome() -> str:
        row = review.model.row_of_id(meeting["action"])
        return review.model.index(row, 4).data() or ""

    qtbot.waitUntil(lambda: "Kameran monteras vecka 12" in outcome(), timeout=VISIBLE_MS)
    print(f"commit to the review showing it: {(time.perf_counter() - committed) * 1000:.0f} ms")  # noqa: T201
    assert review.note_edit.text() == "Halvskriven anteckning"
    assert review.current_action_id() == meeting["action"]


def test_an_incident_recorded_at_another_desk_reaches_the_screen(
    qtbot, window, meeting, other_desk
):
    _select(window, "Skadegörelse")
    window.start_presentation()
    screen = window.presentation_window
    qtbot.addWidget(screen)
    # The screen's pending re-read (from the first LISTEN) is done before the other desk saves.
    with qtbot.waitSignal(window.presentation.moved, timeout=VISIBLE_MS):
        window.store.announce()
    assert "Nedslagen skylt" not in screen.body.toPlainText()
    records = window.workspace.records
    before = records.incident_model.rowCount()
    records.incident_form.description_edit.setPlainText("Inte sparad ännu")

    with session_scope(other_desk) as session:
        incidents.record_incident(
            session=session,
            item_id=meeting["item"],
            data=IncidentCreate(
                occurred_on=date.today(),
                place_id=reference.find_place(session=session, text="Anderslöv").id,
                source_id=reference.sources(session=session)[0].id,
                description="Nedslagen skylt vid Anderslövs torg",
            ),
        )

    qtbot.waitUntil(lambda: "Nedslagen skylt" in screen.body.toPlainText(), timeout=VISIBLE_MS)
    qtbot.waitUntil(lambda: records.incident_model.rowCount() == before + 1, timeout=VISIBLE_MS)
    assert records.incident_form.description_edit.toPlainText() == "Inte sparad ännu"
    window.presentation.end()
