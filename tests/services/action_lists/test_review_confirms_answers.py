"""The meeting after an answered action list: the answer is shown on its row in the
review, and one key confirms it; and when "försenad" is counted from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlmodel import Session

from est_desktop.errors import ValidationError
from est_desktop.models import ActionCreate, ActionStatus, AgendaItemKind, MeetingCreate
from est_desktop.services import reference
from est_desktop.services.action_lists.answers import apply_answers, read_answers
from est_desktop.services.actions import decisions as actions
from est_desktop.services.meetings import agenda as meetings

from .answer_files import Answer, answer, export_list

FIRST = date(2026, 11, 3)  # the actions are decided
SECOND = date(2026, 11, 17)
SOCIAL = "Socialförvaltningen"


def noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


@dataclass(frozen=True)
class Actions:
    lights: int  # Socialförvaltningen, due 2026-11-20
    walk: int  # Socialförvaltningen, no due date
    patrol: int  # Polisen, not answered


@pytest.fixture
def decided(session: Session) -> Actions:
    organisations = {o.name: o.id for o in reference.organisations(session=session)}
    meeting = meetings.create_meeting(session=session, data=MeetingCreate(date=FIRST))
    item = next(
        i
        for i in meetings.agenda(session=session, meeting_id=meeting.id)
        if i.kind == AgendaItemKind.FOCUS_AREA
    )

    def decide(description: str, owner: str, due: date | None = None) -> int:
        data = ActionCreate(
            description=description, owner_organisation_id=organisations[owner], due_date=due
        )
        return actions.decide_action(session=session, item_id=item.id, data=data).id

    return Actions(
        lights=decide("Extra belysning i Stationsparken", SOCIAL, date(2026, 11, 20)),
        walk=decide("Trygghetsvandring i Anderslöv", SOCIAL),
        patrol=decide("Riktad patrullering vid Resecentrum", "Polisen"),
    )


@pytest.fixture
def social_list(session: Session, decided: Actions, tmp_path: Path) -> Path:
    return export_list(tmp_path, session=session, exported_on=FIRST, organisation=SOCIAL)


# --- the next meeting confirms what was answered -------------------------------------------


def test_the_review_shows_the_answer_and_one_call_confirms_it(
    session: Session, decided: Actions, social_list: Path
) -> None:
    second = meetings.create_meeting(session=session, data=MeetingCreate(date=SECOND))
    answer(
        social_list,
        {
            decided.lights: Answer("Klar", comment="Armaturer monterade", answered_by="Karin Lund"),
            decided.walk: Answer("Pågår", due=date(2026, 12, 15), answered_by="Karin Lund"),
        },
        saved_at=noon(date(2026, 11, 10)),
    )
    preview = read_answers(session=session, paths=[social_list])
    apply_answers(session=session, changes=preview.changes, now=noon(date(2026, 11, 10)))

    rows = {r.action.id: r for r in actions.review_rows(session=session, meeting_id=second.id)}
    lights = rows[decided.lights]
    assert lights.to_confirm and lights.answer.answered_by == "Karin Lund"
    assert lights.answer.status == ActionStatus.DONE
    assert not rows[decided.patrol].to_confirm  # not answered: an ordinary open action

    actions.confirm_answer(session=session, meeting_id=second.id, action_id=decided.lights)
    actions.confirm_answer(session=session, meeting_id=second.id, action_id=decided.walk)
    rows = {r.action.id: r for r in actions.review_rows(session=session, meeting_id=second.id)}
    assert rows[decided.lights].outcome.status == ActionStatus.DONE
    assert rows[decided.lights].outcome.note == "Armaturer monterade"
    assert not rows[decided.lights].to_confirm
    walk = rows[decided.walk].outcome
    assert (walk.status, walk.new_due_date) == (ActionStatus.IN_PROGRESS, date(2026, 12, 15))
    with pytest.raises(ValidationError):
        actions.confirm_answer(session=session, meeting_id=second.id, action_id=decided.patrol)


def test_overdue_is_counted_from_today_until_the_meeting_is_held(
    session: Session, decided: Actions
) -> None:
    """One rule: the review of a meeting still ahead says "försenad" as the register does
    today, not for what falls due between today and the meeting."""
    second_late = meetings.create_meeting(
        session=session, data=MeetingCreate(date=date(2026, 11, 26))
    )
    rows = actions.review_rows(session=session, meeting_id=second_late.id, today=date(2026, 11, 18))
    assert not next(r for r in rows if r.action.id == decided.lights).overdue  # not yet due
    rows = actions.review_rows(session=session, meeting_id=second_late.id, today=date(2026, 11, 21))
    assert next(r for r in rows if r.action.id == decided.lights).overdue  # due date passed
    rows = actions.review_rows(session=session, meeting_id=second_late.id)  # its minutes
    assert next(r for r in rows if r.action.id == decided.lights).overdue
