"""The window's Store: reads grouped into one transaction see one moment, and see the
writes made among them; a read never writes."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from sqlalchemy import delete, event, insert

from est_desktop.db import ONLY_TO_READ
from est_desktop.errors import KnownError, NotFound
from est_desktop.models import Category, MeetingCreate, Place, Source
from est_desktop.services import reference
from est_desktop.services.meetings import agenda as meetings
from est_desktop.ui.common.store import Store
from est_desktop.ui.common.views import RefreshWhenShown
from tests.services.records import MEETING_DAY


def _transactions(engine) -> list[int]:
    begun: list[int] = []
    event.listen(engine, "begin", lambda connection: begun.append(1))
    return begun


def test_reads_grouped_share_one_transaction(qtbot, engine) -> None:
    store = Store(engine)
    begun = _transactions(engine)
    with store.reading():
        for _ in range(5):
            store.read(meetings.meeting_rows)
    assert len(begun) == 1
    for _ in range(2):
        store.read(meetings.meeting_rows)
    assert len(begun) == 3


def test_a_write_among_grouped_reads_is_seen_by_the_reads_after_it(qtbot, engine) -> None:
    store = Store(engine)
    with store.reading():
        before = store.read(meetings.meeting_rows)
        store.write(meetings.create_meeting, data=MeetingCreate(date=MEETING_DAY))
        after = store.read(meetings.meeting_rows)
    assert len(after) == len(before) + 1


def test_a_failed_read_among_grouped_reads_spoils_none_after_it(qtbot, engine) -> None:
    store = Store(engine)
    with store.reading():
        with pytest.raises(NotFound):
            store.read(meetings.get_meeting, meeting_id=999_999)
        assert store.read(meetings.meeting_rows) is not None


def test_a_workers_read_during_grouped_reads_gets_a_session_of_its_own(qtbot, engine) -> None:
    """Reports and exports read on a worker thread while the window may be reading."""
    import threading

    store = Store(engine)
    begun = _transactions(engine)
    seen: list[object] = []
    with store.reading():
        store.read(meetings.meeting_rows)
        worker = threading.Thread(target=lambda: seen.append(store.read(meetings.meeting_rows)))
        worker.start()
        worker.join(10)
        store.read(meetings.meeting_rows)
    assert len(seen) == 1
    assert len(begun) == 2  # the window's one, and the worker's own


def _adds_a_place(*, session) -> Place:
    place = Place(name="Skrivet under läsning")
    session.add(place)
    session.flush()
    return place


def test_a_read_never_writes(qtbot, engine) -> None:
    """A service run as a read that tries to save is refused, and nothing is kept."""
    store = Store(engine)
    changes: list[object] = []
    store.changed.connect(lambda *args: changes.append(args))

    with pytest.raises(KnownError) as refused:
        store.read(_adds_a_place)
    with store.reading(), pytest.raises(KnownError):
        store.read(_adds_a_place)

    assert refused.value.text == ONLY_TO_READ
    names = {p.name for p in store.read(reference.places, include_inactive=True)}
    assert "Skrivet under läsning" not in names
    assert changes == []


def test_what_a_read_returns_is_whole_after_its_session(qtbot, engine) -> None:
    store = Store(engine)

    places = store.read(reference.places, include_inactive=True)

    assert places and all(p.name for p in places)  # loaded, not expired


def _heard(store: Store) -> list[frozenset[str] | None]:
    heard: list[frozenset[str] | None] = []
    store.changed.connect(heard.append)
    return heard


def test_a_write_says_which_tables_it_changed(qtbot, engine) -> None:
    store = Store(engine)
    heard = _heard(store)
    store.write(reference.save_place, name="Ny plats")
    meeting = store.write(meetings.create_meeting, data=MeetingCreate(date=MEETING_DAY))
    store.write(
        meetings.finalise_meeting, meeting_id=meeting.id, user="k", confirm_no_attendance=True
    )
    assert heard[0] == {"place", "audit_entry"}
    assert {"meeting", "agenda_item", "audit_entry"} <= heard[1]
    assert "place" not in heard[1]
    # The meeting's own history is no audited table, but a view of it must still hear.
    assert {"meeting", "meeting_event"} <= heard[2]


def test_statements_that_skip_the_flush_are_heard_too(qtbot, engine) -> None:
    """A bulk insert or delete (an import, an agreement deleted) names its table."""

    def add_and_remove(*, session) -> None:
        session.execute(insert(Source), [{"name": "Tips A"}, {"name": "Tips B"}])
        session.execute(delete(Category).where(Category.name == "Finns inte"))

    store = Store(engine)
    heard = _heard(store)
    store.write(add_and_remove)
    assert {"source", "category"} <= heard[0]


def test_a_change_from_elsewhere_can_name_its_tables_or_not(qtbot, engine) -> None:
    store = Store(engine)
    heard = _heard(store)
    store.announce(frozenset({"incident"}))
    store.announce()
    assert heard == [{"incident"}, None]


def test_a_view_refreshes_only_for_the_tables_it_shows(qtbot, engine) -> None:
    store = Store(engine)
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    refreshed: list[int] = []
    RefreshWhenShown(widget, store.changed, lambda: refreshed.append(1), tables={"place"})
    store.write(reference.save_source, name="Ny källa")
    assert refreshed == []
    store.write(reference.save_place, name="Ny plats")
    assert refreshed == [1]
    store.announce()  # after a restore: anything may have changed
    assert refreshed == [1, 1]
    with pytest.raises(ValueError, match="platser"):
        RefreshWhenShown(widget, store.changed, lambda: None, tables={"platser"})
