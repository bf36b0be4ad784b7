"""Random sequences of what the convener does, through the services, against one database.

Hypothesis plays meetings being created, incidents recorded, corrected and deleted,
actions decided, edited, reviewed and deleted, meetings finalised and reopened, with
awkward text throughout. After every step: a refused change left nothing behind,
finalised meetings refuse changes, an action's status agrees with whether it is
closed, and foreign keys hold; after every run SQLite's integrity check passes too.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    consumes,
    invariant,
    multiple,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import select, text
from sqlmodel import Session

from est_desktop.bootstrap import open_database
from est_desktop.db import make_engine, session_scope
from est_desktop.errors import NeedsConfirmation, NotFound, ValidationError
from est_desktop.models import (
    OPEN_ACTION_STATUSES,
    Action,
    ActionCreate,
    ActionStatus,
    AgendaItemKind,
    IncidentCreate,
    Meeting,
    MeetingCreate,
    MeetingStatus,
)
from est_desktop.services import incidents, reference
from est_desktop.services.actions import decisions as actions
from est_desktop.services.actions.decisions import ReviewOutcome
from est_desktop.services.meetings import agenda as meetings

FIRST_MEETING = date(2026, 1, 13)
TABLES = ("meeting", "agenda_item", "incident", "action", "action_incident", "action_update")

texts = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=30),
    st.sampled_from(
        [
            "Stöld av cykel vid stationen",
            "🚓 بريد ‮ desserts",
            "'); DROP TABLE action; --",
            "Anmälare 880320-0016",
            "x" * 4001,
        ]
    ),
)
refused = (ValidationError, NeedsConfirmation, NotFound)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated, seeded database that every run starts from as a copy."""
    path = tmp_path_factory.mktemp("stateful") / "template.sqlite3"
    open_database(path).dispose()
    return path


def _copy(source: Path, target: Path) -> None:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()


def machine_for(template: Path) -> type[RuleBasedStateMachine]:
    class ServicesMachine(RuleBasedStateMachine):
        meetings = Bundle("meetings")
        incidents = Bundle("incidents")
        actions = Bundle("actions")

        def __init__(self) -> None:
            super().__init__()
            self.folder = Path(tempfile.mkdtemp(prefix="est-stateful-"))
            path = self.folder / "est.sqlite3"
            _copy(template, path)
            self.engine = make_engine(path)
            self.finalised: dict[int, bool] = {}
            with self.session() as session:
                self.place = reference.find_place(session=session, text="Trelleborg centrum").id
                self.source = reference.sources(session=session)[0].id
                self.owner = reference.organisations(session=session)[0].id

        @contextmanager
        def session(self) -> Iterator[Session]:
            with session_scope(self.engine) as session:
                yield session

        def attempt(self, name: str, change: Callable[[Session], Any]) -> Any:
            """Runs ``change`` in its own transaction, as the window does; a refused change
            must leave every table as it was."""
            before = self.snapshot()
            try:
                with self.session() as session:
                    result = change(session)
            except refused as error:
                event(f"{name}: refused ({type(error).__name__})")
                assert self.snapshot() == before
                return None
            event(f"{name}: done")
            return result

        def snapshot(self) -> dict[str, list[tuple]]:
            with self.engine.connect() as connection:
                return {
                    t: connection.execute(text(f"SELECT * FROM {t} ORDER BY rowid")).all()
                    for t in TABLES
                }

        def meeting_of_item(self, session: Session, item_id: int | None) -> int | None:
            if item_id is None:
                return None
            return meetings.get_item(session=session, item_id=item_id).meeting_id

        # --- meetings ------------------------------------------------------------------

        @precondition(lambda self: len(self.finalised) < 5)
        @rule(target=meetings, week=st.integers(0, 6))
        def create_meeting(self, week: int):
            day = FIRST_MEETING + timedelta(weeks=week)
            meeting = self.attempt(
                "create meeting",
                lambda s: meetings.create_meeting(session=s, data=MeetingCreate(date=day)),
            )
            if meeting is None:
                assert day in self.days()
                return multiple()
            self.finalised[meeting.id] = False
            return meeting.id

        def days(self) -> set[date]:
            with self.session() as session:
                return set(session.scalars(select(Meeting.date)))

        @rule(meeting=meetings, reason=texts)
        def finalise_or_reopen(self, meeting: int, reason: str) -> None:
            """One rule for both, so they do not crowd out the rest."""
            if self.finalised[meeting]:
                # A reason holding a personnummer is refused until confirmed: still final.
                done = self.attempt(
                    "reopen",
                    lambda s: meetings.reopen_meeting(
                        session=s, meeting_id=meeting, user="test", reason=reason
                    ),
                )
            else:
                done = self.attempt(
                    "finalise",
                    lambda s: meetings.finalise_meeting(
                        session=s, meeting_id=meeting, user="test", confirm_no_attendance=True
                    ),
                )
            if done is not None:
                self.finalised[meeting] = not self.finalised[meeting]

        # --- incidents -----------------------------------------------------------------

        def incident_data(self, description: str, confidential: bool) -> IncidentCreate:
            return IncidentCreate(
                occurred_on=FIRST_MEETING - timedelta(days=1),
                place_id=self.place,
                source_id=self.source,
                description=description,
                location_detail=description[:50],
                confidential=confidential,
            )

        def focus_item(self, session: Session, meeting: int) -> int:
            return next(
                i.id
                for i in meetings.agenda(session=session, meeting_id=meeting)
                if i.kind == AgendaItemKind.FOCUS_AREA
            )

        @rule(target=incidents, meeting=meetings, description=texts, confidential=st.booleans())
        def record_incident(self, meeting: int, description: str, confidential: bool):
            incident = self.attempt(
                "record incident",
                lambda s: incidents.record_incident(
                    session=s,
                    item_id=self.focus_item(s, meeting),
                    data=self.incident_data(description, confidential),
                    today=FIRST_MEETING,
                ),
            )
            if incident is None:
                return multiple()
            assert not self.finalised[meeting]
            return incident.id

        @rule(incident=incidents, description=texts, allow=st.booleans())
        def edit_incident(self, incident: int, description: str, allow: bool) -> None:
            def edit(s: Session):
                meeting = self.meeting_of_item(
                    s, incidents.get_incident(session=s, incident_id=incident).agenda_item_id
                )
                saved = incidents.update_incident(
                    session=s,
                    incident_id=incident,
                    data=self.incident_data(description, False),
                    today=FIRST_MEETING,
                    allow_personal_numbers=allow,
                )
                assert not self.finalised[meeting]
                return saved

            self.attempt("edit incident", edit)

        @rule(incident=consumes(incidents))
        def delete_incident(self, incident: int) -> None:
            self.attempt(
                "delete incident",
                lambda s: incidents.delete_incident(session=s, incident_id=incident),
            )

        # --- actions -------------------------------------------------------------------

        def action_data(self, description: str, status: str, due: date | None) -> ActionCreate:
            return ActionCreate(
                description=description,
                owner_organisation_id=self.owner,
                status=status,
                due_date=due,
            )

        @rule(
            target=actions,
            meeting=meetings,
            description=texts,
            status=st.sampled_from([s.value for s in ActionStatus]),
            weeks=st.none() | st.integers(-1, 10),
        )
        def decide_action(self, meeting: int, description: str, status: str, weeks: int | None):
            def decide(s: Session):
                day = meetings.get_meeting(session=s, meeting_id=meeting).date
                due = None if weeks is None else day + timedelta(weeks=weeks)
                return actions.decide_action(
                    session=s,
                    item_id=self.focus_item(s, meeting),
                    data=self.action_data(description, status, due),
                    allow_personal_numbers=True,
                )

            action = self.attempt("decide action", decide)
            if action is None:
                return multiple()
            assert not self.finalised[meeting]
            return action.id

        @rule(
            action=actions,
            description=texts,
            status=st.sampled_from([s.value for s in ActionStatus]),
        )
        def edit_action(self, action: int, description: str, status: str) -> None:
            def edit(s: Session):
                meeting = actions.get_action(session=s, action_id=action).decided_meeting_id
                saved = actions.update_action(
                    session=s, action_id=action, data=self.action_data(description, status, None)
                )
                assert not self.finalised[meeting]
                return saved

            self.attempt("edit action", edit)

        @rule(action=consumes(actions))
        def delete_action(self, action: int) -> None:
            self.attempt(
                "delete action", lambda s: actions.delete_action(session=s, action_id=action)
            )

        @rule(
            action=actions,
            later=st.integers(0, 3),
            outcome=st.sampled_from(list(ReviewOutcome)),
            note=texts,
            weeks=st.integers(-1, 8),
        )
        def review(
            self, action: int, later: int, outcome: ReviewOutcome, note: str, weeks: int
        ) -> None:
            """At the ``later``-th meeting after the one that decided the action (0: that
            same meeting, which must refuse)."""

            def review(s: Session):
                decided = actions.get_action(session=s, action_id=action).decided_meeting_id
                day = meetings.get_meeting(session=s, meeting_id=decided).date
                following = list(
                    s.scalars(select(Meeting.id).where(Meeting.date > day).order_by(Meeting.date))
                )
                meeting = ([decided, *following])[min(later, len(following))]
                update = actions.record_review(
                    session=s,
                    meeting_id=meeting,
                    action_id=action,
                    outcome=outcome,
                    note=note,
                    new_due_date=day + timedelta(weeks=weeks),
                )
                assert not self.finalised[meeting]
                assert meeting != decided
                return update

            self.attempt("review", review)

        # --- after every step ------------------------------------------------------------

        @invariant()
        def actions_are_closed_exactly_when_done_or_cancelled(self) -> None:
            with self.session() as session:
                for action in session.scalars(select(Action)):
                    assert action.status in {s.value for s in ActionStatus}
                    is_open = action.status in OPEN_ACTION_STATUSES
                    assert (action.closed_on is None) == is_open, action

        @invariant()
        def finalised_meetings_refuse_changes(self) -> None:
            with self.session() as session:
                stored = dict(session.execute(select(Meeting.id, Meeting.status)).all())
            assert {m for m, s in stored.items() if s == MeetingStatus.FINALISED} == {
                m for m, f in self.finalised.items() if f
            }
            for meeting, finalised in self.finalised.items():
                if not finalised:
                    continue
                before = self.snapshot()
                with pytest.raises(ValidationError), self.session() as session:
                    incidents.record_incident(
                        session=session,
                        item_id=self.focus_item(session, meeting),
                        data=self.incident_data("Ska inte sparas", False),
                        today=FIRST_MEETING,
                    )
                assert self.snapshot() == before

        @invariant()
        def foreign_keys_hold(self) -> None:
            with self.engine.connect() as connection:
                assert connection.execute(text("PRAGMA foreign_key_check")).all() == []

        def teardown(self) -> None:
            try:
                with self.engine.connect() as connection:
                    assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
                    assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
            finally:
                self.engine.dispose()
                shutil.rmtree(self.folder, ignore_errors=True)

    return ServicesMachine


def test_random_meeting_work_keeps_the_database_sound(template: Path) -> None:
    run_state_machine_as_test(
        machine_for(template),
        settings=settings(
            max_examples=40,
            stateful_step_count=40,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
