"""Actions (åtgärder): deciding them and following them up, meeting after meeting."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import Session

from est_desktop.errors import ValidationError
from est_desktop.models import (
    Action,
    ActionCreate,
    ActionStatus,
    AgendaItem,
    IncidentCreate,
    Meeting,
    MeetingCreate,
    MeetingStatus,
)
from est_desktop.services import incidents, reference
from est_desktop.services.actions import decisions as actions
from est_desktop.services.actions import history as action_history
from est_desktop.services.actions import past as action_past
from est_desktop.services.actions import rows as action_rows
from est_desktop.services.actions.decisions import ReviewOutcome
from est_desktop.services.meetings import agenda as meetings

TUESDAYS = [date(2026, 3, 3) + timedelta(weeks=n) for n in range(5)]


def _meeting(session: Session, day: date) -> Meeting:
    return meetings.create_meeting(session=session, data=MeetingCreate(date=day, location="Rum 1"))


def _item(session: Session, meeting: Meeting, title: str) -> AgendaItem:
    return next(
        i for i in meetings.agenda(session=session, meeting_id=meeting.id) if i.title == title
    )


def _org(session: Session, name: str) -> int:
    return next(o.id for o in reference.organisations(session=session) if o.name == name)


def _decide(session: Session, meeting: Meeting, title: str = "Narkotika", **fields) -> Action:
    data = {
        "description": "Kartlägga langning vid Resecentrum",
        "owner_organisation_id": _org(session, "Socialförvaltningen"),
        "contact_person": "Karin Lund",
        **fields,
    }
    return actions.decide_action(
        session=session, item_id=_item(session, meeting, title).id, data=ActionCreate(**data)
    )


def _finalise(session: Session, meeting: Meeting) -> None:
    meetings.finalise_meeting(
        session=session, meeting_id=meeting.id, user="eva", confirm_no_attendance=True
    )


def _review(session: Session, meeting: Meeting) -> list[actions.ReviewRow]:
    return actions.review_rows(session=session, meeting_id=meeting.id)


# --- deciding ---------------------------------------------------------------------------


def test_decided_action_appears_under_its_item(session: Session) -> None:
    meeting = _meeting(session, TUESDAYS[0])
    action = _decide(session, meeting, due_date=TUESDAYS[2], contact_person="  Karin   Lund ")
    [row] = action_rows.action_rows_for_item(
        session=session, item_id=_item(session, meeting, "Narkotika").id
    )
    assert row.id == action.id
    assert row.owner == "Socialförvaltningen"
    assert row.contact_person == "Karin Lund"
    assert row.due_date == TUESDAYS[2]
    assert row.status == ActionStatus.NEW
    assert row.focus_area == "Narkotika"
    assert (row.decided_on, row.decided_week) == (TUESDAYS[0], 10)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"description": "  "}, {"description"}),
        ({"owner_organisation_id": None}, {"owner_organisation_id"}),
        ({"owner_organisation_id": 999_999}, {"owner_organisation_id"}),
        (
            {"description": "", "owner_organisation_id": None},
            {"description", "owner_organisation_id"},
        ),
    ],
)
def test_description_and_owner_are_required(
    session: Session, fields: dict, expected: set[str]
) -> None:
    meeting = _meeting(session, TUESDAYS[0])
    with pytest.raises(ValidationError) as refused:
        _decide(session, meeting, **fields)
    assert set(refused.value.errors) == expected
    assert action_rows.action_rows_decided_at(session=session, meeting_id=meeting.id) == []


def test_due_date_before_the_meeting_is_refused(session: Session) -> None:
    meeting = _meeting(session, TUESDAYS[1])
    with pytest.raises(ValidationError) as refused:
        _decide(session, meeting, due_date=TUESDAYS[1] - timedelta(days=1))
    assert set(refused.value.errors) == {"due_date"}
    assert _decide(session, meeting, due_date=TUESDAYS[1]).due_date == TUESDAYS[1]


def test_action_links_to_the_incidents_it_answers(session: Session) -> None:
    meeting = _meeting(session, TUESDAYS[0])
    item = _item(session, meeting, "Narkotika")
    ids = [
        incidents.record_incident(
            session=session,
            item_id=item.id,
            data=IncidentCreate(
                occurred_on=TUESDAYS[0],
                place_id=reference.find_place(session=session, text="Resecentrum").id,
                source_id=reference.sources(session=session)[0].id,
                description=text,
            ),
            today=TUESDAYS[0],
        ).id
        for text in ("Langning på perrongen", "Sprutor i rabatten")
    ]
    action = _decide(session, meeting, incident_ids=ids)
    assert sorted(actions.linked_incident_ids(session=session, action_id=action.id)) == sorted(ids)

    actions.update_action(
        session=session,
        action_id=action.id,
        data=ActionCreate(
            description=action.description,
            owner_organisation_id=action.owner_organisation_id,
            incident_ids=[ids[1]],
        ),
    )
    assert actions.linked_incident_ids(session=session, action_id=action.id) == [ids[1]]


def test_link_to_a_missing_incident_is_refused(session: Session) -> None:
    meeting = _meeting(session, TUESDAYS[0])
    with pytest.raises(ValidationError) as refused:
        _decide(session, meeting, incident_ids=[999_999])
    assert set(refused.value.errors) == {"incident_ids"}


# --- the carry-over across meetings ------------------------------------------------------


def test_open_action_is_followed_up_until_done(session: Session) -> None:
    """Decided at meeting 1, reviewed at 2, 3 and 4, gone from the review at 5."""
    m1 = _meeting(session, TUESDAYS[0])
    action = _decide(session, m1, due_date=TUESDAYS[0] + timedelta(days=6))
    _finalise(session, m1)

    m2 = _meeting(session, TUESDAYS[1])
    [row] = _review(session, m2)
    assert (row.action.id, row.meetings_since, row.overdue, row.outcome) == (
        action.id,
        1,
        True,
        None,
    )
    younger = _decide(session, m2, "Trafik", description="Fartkontroll Östergatan", due_date=None)
    actions.record_review(
        session=session,
        meeting_id=m2.id,
        action_id=action.id,
        outcome=ReviewOutcome.IN_PROGRESS,
        note="  Kartläggning påbörjad ",
    )
    [row] = _review(session, m2)
    assert row.outcome.status == ActionStatus.IN_PROGRESS
    assert row.overdue  # it was overdue when the meeting looked at it
    _finalise(session, m2)

    m3 = _meeting(session, TUESDAYS[2])
    rows = _review(session, m3)
    assert [r.action.id for r in rows] == [action.id, younger.id]  # oldest first
    assert [r.meetings_since for r in rows] == [2, 1]
    assert [r.overdue for r in rows] == [True, False]
    assert rows[0].last_note == "Kartläggning påbörjad"
    assert rows[0].action.status == ActionStatus.IN_PROGRESS
    actions.record_review(
        session=session,
        meeting_id=m3.id,
        action_id=action.id,
        outcome=ReviewOutcome.NEW_DUE_DATE,
        new_due_date=date(2026, 4, 14),
    )
    assert actions.get_action(session=session, action_id=action.id).due_date == date(2026, 4, 14)
    _finalise(session, m3)

    m4 = _meeting(session, TUESDAYS[3])
    rows = _review(session, m4)
    assert [(r.action.id, r.meetings_since, r.overdue) for r in rows] == [
        (action.id, 3, False),
        (younger.id, 2, False),
    ]
    assert rows[0].action.due_date == date(2026, 4, 14)
    actions.record_review(
        session=session, meeting_id=m4.id, action_id=action.id, outcome=ReviewOutcome.DONE
    )
    done = actions.get_action(session=session, action_id=action.id)
    assert (done.status, done.closed_on) == (ActionStatus.DONE, TUESDAYS[3])
    assert [r.action.id for r in _review(session, m4)] == [action.id, younger.id]
    _finalise(session, m4)

    m5 = _meeting(session, TUESDAYS[4])
    assert [r.action.id for r in _review(session, m5)] == [younger.id]

    history = action_history.action_history(session=session, action_id=action.id)
    assert [(h.day, h.status, h.note, h.new_due_date, h.is_decision) for h in history] == [
        (TUESDAYS[0], ActionStatus.NEW, "", None, True),
        (TUESDAYS[1], ActionStatus.IN_PROGRESS, "Kartläggning påbörjad", None, False),
        (TUESDAYS[2], ActionStatus.IN_PROGRESS, "", date(2026, 4, 14), False),
        (TUESDAYS[3], ActionStatus.DONE, "", None, False),
    ]
    assert [h.week for h in history] == [10, 11, 12, 13]

    # The minutes of an old meeting show the action as it stood then.
    [after_m1] = action_past.open_action_rows_after(session=session, meeting_id=m1.id)
    assert (after_m1.id, after_m1.status, after_m1.due_date) == (
        action.id,
        ActionStatus.NEW,
        date(2026, 3, 9),
    )
    after_m2 = {
        r.id: r for r in action_past.open_action_rows_after(session=session, meeting_id=m2.id)
    }
    assert set(after_m2) == {action.id, younger.id}
    assert after_m2[action.id].status == ActionStatus.IN_PROGRESS
    assert after_m2[action.id].due_date == date(2026, 3, 9)
    after_m3 = {
        r.id: r for r in action_past.open_action_rows_after(session=session, meeting_id=m3.id)
    }
    assert after_m3[action.id].due_date == date(2026, 4, 14)
    after_m4 = action_past.open_action_rows_after(session=session, meeting_id=m4.id)
    assert [r.id for r in after_m4] == [younger.id]


def test_cancelled_action_leaves_the_review(session: Session) -> None:
    m1 = _meeting(session, TUESDAYS[0])
    action = _decide(session, m1)
    m2 = _meeting(session, TUESDAYS[1])
    actions.record_review(
        session=session, meeting_id=m2.id, action_id=action.id, outcome=ReviewOutcome.CANCELLED
    )
    assert actions.get_action(session=session, action_id=action.id).status == "cancelled"
    m3 = _meeting(session, TUESDAYS[2])
    assert _review(session, m3) == []


def test_recording_again_at_the_same_meeting_replaces_the_outcome(session: Session) -> None:
    m1 = _meeting(session, TUESDAYS[0])
    action = _decide(session, m1, due_date=TUESDAYS[1])
    m2 = _meeting(session, TUESDAYS[1])
    actions.record_review(
        session=session, meeting_id=m2.id, action_id=action.id, outcome=ReviewOutcome.DONE
    )
    actions.record_review(
        session=session,
        meeting_id=m2.id,
        action_id=action.id,
        outcome=ReviewOutcome.IN_PROGRESS,
        note="Inte klart än",
    )
    stored = actions.get_action(session=session, action_id=action.id)
    assert (stored.status, stored.closed_on) == (ActionStatus.IN_PROGRESS, None)
    history = action_history.action_history(session=session, action_id=action.id)
    assert [(h.status, h.note) for h in history] == [
        (ActionStatus.NEW, ""),
        (ActionStatus.IN_PROGRESS, "Inte klart än"),
    ]
    [row] = _review(session, m2)
    assert row.outcome.status == ActionStatus.IN_PROGRESS


def test_undo_review_restores_status_and_due_date(session: Session) -> None:
    m1 = _meeting(session, TUESDAYS[0])
    action = _decide(session, m1, due_date=TUESDAYS[1])
    m2 = _meeting(session, TUESDAYS[1])
    actions.record_review(
        session=session,
        meeting_id=m2.id,
        action_id=action.id,
        outcome=ReviewOutcome.NEW_DUE_DATE,
        new_due_date=TUESDAYS[4],
    )
    assert actions.get_action(session=session, action_id=action.id).due_date == TUESDAYS[4]

    actions.undo_review(session=session, meeting_id=m2.id, action_id=action.id)
    stored = actions.get_action(session=session, action_id=action.id)
    assert (stored.status, stored.due_date) == (ActionStatus.NEW, TUESDAYS[1])
    [row] = _review(session, m2)
    assert row.outcome is None
    assert len(action_history.action_history(session=session, action_id=action.id)) == 1


def test_undoing_done_reopens_the_action(session: Session) -> None:
    m1 = _meeting(session, TUESDAYS[0])
    action = _decide(session, m1)
    m2 = _meeting(session, TUESDAYS[1])
    actions.record_review(
        session=session, meeting_id=m2.id, action_id=action.id, outcome=ReviewOutcome.DONE
    )
    actions.undo_review(session=session, meeting_id=m2.id, action_id=action.id)
    stored = actions.get_action(session=session, action_id=action.id)
    assert (stored.status, stored.closed_on) == (ActionStatus.NEW, None)
    m3 = _meeting(session, TUESDAYS[2])
    assert [r.action.id for r in _review(session, m3)] == [action.id]


def test_undo_makes_the_meeting_the_outcome_opened_planned_again(session: Session) -> None:
    """A keystroke by mistake (the review's one-key outcomes) and its undo leave the
    meeting as it was: planned, not open."""
    m1 = _meeting(session, TUESDAYS[0])
    action = _decide(session, m1)
    m2 = _meeting(session, TUESDAYS[1])
    assert m2.status == MeetingStatus.PLANNED
    actions.record_review(
        session=session, meeting_id=m2.id, action_id=action.id, outcome=ReviewOutcome.CANCELLED
    )
    assert meetings.get_meeting(session=session, meeting_id=m2.id).status == MeetingStatus.OPEN
    actions.undo_review(session=session, meeting_id=m2.id, action_id=action.id)
    assert meetings.get_meeting(session=session, meeting_id=m2.id).status == MeetingStatus.PLANNED


def test_undo_leaves_a_meeting_open_that_has_more_recorded(session: Session) -> None:
    m1 = _meeting(session, TUESDAYS[0])
    action = _decide(session, m1)
    m2 = _meeting(session, TUESDAYS[1])
    actions.record_review(
        session=session, meeting_id=m2.id, action_id=action.id, outcome=ReviewOutcome.DONE
    )
    _decide(session, m2, description="Ny åtgärd vid stationen")
    actions.undo_review(session=session, meeting_id=m2.id, action_id=action.id)
    assert meetings.get_meeting(session=session, meeting_id=m2.id).status == MeetingStatus.OPEN


def test_undo_leaves_a_reopened_meeting_open(session: Session) -> None:
    m1 = _meeting(session, TUESDAYS[0])
    action = _decide(session, m1)
    m2 = _meeting(session, TUESDAYS[1])
    _finalise(session, m2)
    meetings.reopen_meeting(session=session, meeting_id=m2.id, user="eva")
    actions.record_review(
        session=session, meeting_id=m2.id, action_id=action.id, outcome=ReviewOutcome.DONE
    )
    actions.undo_review(session=session, meeting_id=m2.id, action_id=action.id)
    assert meetings.get_meeting(session=session, meeting_id=m2.id).status == MeetingStatus.OPEN


@pytest.mark.parametrize(
    ("outcome", "fields", "field"),
    [
        (ReviewOutcome.IN_PROGRESS, {"note": "   "}, "note"),
        (ReviewOutcome.NEW_DUE_DATE, {}, "new_due_date"),
        (ReviewOutcome.NEW_DUE_DATE, {"new_due_date": date(2026, 3, 9)}, "new_due_date"),
    ],
)
def test_incomplete_review_is_refused(
    session: Session, outcome: ReviewOutcome, fields: dict, field: str
) -> None:
    m1 = _meeting(session, TUESDAYS[0])
    action = _decide(session, m1, due_date=TUESDAYS[2])
    m2 = _meeting(session, TUESDAYS[1])
    with pytest.raises(ValidationError) as refused:
        actions.record_review(
            session=session, meeting_id=m2.id, action_id=action.id, outcome=outcome, **fields
        )
    assert set(refused.value.errors) == {field}
    stored = actions.get_action(session=session, action_id=action.id)
    assert (stored.status, stored.due_date) == (ActionStatus.NEW, TUESDAYS[2])
    [row] = _review(session, m2)
    assert row.outcome is None


def test_an_action_is_not_reviewed_at_the_meeting_that_decided_it(session: Session) -> None:
    m1 = _meeting(session, TUESDAYS[0])
    action = _decide(session, m1)
    with pytest.raises(ValidationError):
        actions.record_review(
            session=session, meeting_id=m1.id, action_id=action.id, outcome=ReviewOutcome.DONE
        )
    assert actions.get_action(session=session, action_id=action.id).status == ActionStatus.NEW
    assert _review(session, m1) == []


def test_reviewed_action_cannot_be_deleted(session: Session) -> None:
    m1 = _meeting(session, TUESDAYS[0])
    action = _decide(session, m1)
    m2 = _meeting(session, TUESDAYS[1])
    actions.record_review(
        session=session,
        meeting_id=m2.id,
        action_id=action.id,
        outcome=ReviewOutcome.IN_PROGRESS,
        note="Pågår",
    )
    with pytest.raises(ValidationError) as refused:
        actions.delete_action(session=session, action_id=action.id)
    assert "Cancel it instead" in refused.value.errors[""]
    assert [
        r.id for r in action_rows.action_rows_decided_at(session=session, meeting_id=m1.id)
    ] == [action.id]
    assert len(action_history.action_history(session=session, action_id=action.id)) == 2


def test_unreviewed_action_can_be_deleted(session: Session) -> None:
    m1 = _meeting(session, TUESDAYS[0])
    action = _decide(session, m1)
    actions.delete_action(session=session, action_id=action.id)
    assert action_rows.action_rows_decided_at(session=session, meeting_id=m1.id) == []
    assert action_rows.all_action_rows(session=session) == []


def test_an_old_meetings_review_still_lists_what_was_open_then(session: Session) -> None:
    """Exported later, the minutes of meeting 2 must list the actions open at meeting 2,
    also those it did not get to and that were closed afterwards."""
    m1 = _meeting(session, TUESDAYS[0])
    reviewed = _decide(session, m1, description="Belysning i gångtunneln", due_date=TUESDAYS[2])
    skipped = _decide(session, m1, description="Trygghetsvandring Anderslöv", due_date=TUESDAYS[1])
    m2 = _meeting(session, TUESDAYS[1])
    actions.record_review(
        session=session,
        meeting_id=m2.id,
        action_id=reviewed.id,
        outcome=ReviewOutcome.IN_PROGRESS,
        note="Beställd",
    )
    _finalise(session, m2)
    m3 = _meeting(session, TUESDAYS[2])
    actions.record_review(
        session=session,
        meeting_id=m3.id,
        action_id=skipped.id,
        outcome=ReviewOutcome.NEW_DUE_DATE,
        new_due_date=TUESDAYS[4],
    )
    m4 = _meeting(session, TUESDAYS[3])
    for action in (reviewed, skipped):
        actions.record_review(
            session=session, meeting_id=m4.id, action_id=action.id, outcome=ReviewOutcome.DONE
        )

    rows = _review(session, m2)
    assert [r.action.id for r in rows] == [reviewed.id, skipped.id]
    assert rows[0].outcome.status == ActionStatus.IN_PROGRESS
    assert rows[1].outcome is None
    assert (rows[1].action.status, rows[1].action.due_date) == (ActionStatus.NEW, TUESDAYS[1])
    assert not rows[1].overdue  # due on the day of meeting 2, not before
    assert [r.action.id for r in _review(session, m3)] == [reviewed.id, skipped.id]
    assert _review(session, m3)[0].action.status == ActionStatus.IN_PROGRESS
    assert [r.action.id for r in _review(session, m4)] == [reviewed.id, skipped.id]
    assert _review(session, _meeting(session, TUESDAYS[4])) == []


def test_a_reopened_old_meeting_cannot_overwrite_a_later_review(session: Session) -> None:
    m1 = _meeting(session, TUESDAYS[0])
    action = _decide(session, m1, due_date=TUESDAYS[3])
    m2 = _meeting(session, TUESDAYS[1])
    actions.record_review(
        session=session,
        meeting_id=m2.id,
        action_id=action.id,
        outcome=ReviewOutcome.IN_PROGRESS,
        note="Pågår",
    )
    m3 = _meeting(session, TUESDAYS[2])
    actions.record_review(
        session=session, meeting_id=m3.id, action_id=action.id, outcome=ReviewOutcome.DONE
    )

    for change in (
        lambda: actions.record_review(
            session=session, meeting_id=m2.id, action_id=action.id, outcome=ReviewOutcome.CANCELLED
        ),
        lambda: actions.undo_review(session=session, meeting_id=m2.id, action_id=action.id),
    ):
        with pytest.raises(ValidationError, match="later meeting"):
            change()
    assert actions.get_action(session=session, action_id=action.id).status == ActionStatus.DONE
    assert [
        e.status for e in action_history.action_history(session=session, action_id=action.id)
    ] == [
        ActionStatus.NEW,
        ActionStatus.IN_PROGRESS,
        ActionStatus.DONE,
    ]


def test_an_action_closed_earlier_is_not_reviewed_again(session: Session) -> None:
    m1 = _meeting(session, TUESDAYS[0])
    action = _decide(session, m1)
    m2 = _meeting(session, TUESDAYS[1])
    actions.record_review(
        session=session, meeting_id=m2.id, action_id=action.id, outcome=ReviewOutcome.DONE
    )
    m3 = _meeting(session, TUESDAYS[2])
    with pytest.raises(ValidationError, match="already closed"):
        actions.record_review(
            session=session,
            meeting_id=m3.id,
            action_id=action.id,
            outcome=ReviewOutcome.IN_PROGRESS,
            note="Igen",
        )
    assert actions.get_action(session=session, action_id=action.id).status == ActionStatus.DONE
    # Changing the outcome at the meeting that closed it is still possible.
    actions.record_review(
        session=session,
        meeting_id=m2.id,
        action_id=action.id,
        outcome=ReviewOutcome.IN_PROGRESS,
        note="Inte klart ändå",
    )
    assert action.status == ActionStatus.IN_PROGRESS
