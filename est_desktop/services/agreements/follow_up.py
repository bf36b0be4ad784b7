"""Follow-up of the agreement: bilaga 1 rows year by year, and evidence for the overall goals.

Section 4 of the agreement: the EST meeting follows events up against the agreement
every week, and the ledningsgrupp follows up whether the actions taken had the
intended effect. These functions give both the material they need.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import cast

from sqlalchemy import ColumnElement, Select, and_, case, distinct, extract, func, or_, select
from sqlmodel import Session, col

from ...errors import NotFound, ValidationError
from ...models import (
    OPEN_ACTION_STATUSES,
    Action,
    ActionStatus,
    Agreement,
    AgreementGoal,
    FocusArea,
    GoalFocusArea,
    Incident,
    Meeting,
    Organisation,
    PlanActivity,
    PlanFollowUp,
    PlanStatus,
    saved_id,
)
from ...models.clock import utcnow
from ...text import QT_TRANSLATE_NOOP
from .. import limits
from ..personal_numbers import refuse_personal_numbers
from .in_force import agreement_in_force

CHOICE_LENGTH = 70


@dataclass(frozen=True)
class LinkedAction:
    id: int
    description: str
    owner: str
    status: ActionStatus
    due_date: date | None
    decided_on: date | None


@dataclass(frozen=True)
class PlanRow:
    id: int
    focus_area_id: int
    focus_area: str
    section: str
    activity: str
    measure: str
    follow_up: str
    goal: str
    status: PlanStatus
    note: str
    actions: tuple[LinkedAction, ...]


def _get_agreement(session: Session, agreement_id: int) -> Agreement:
    agreement = session.get(Agreement, agreement_id)
    if agreement is None:
        raise NotFound(f"agreement {agreement_id}")
    return agreement


def _plan_query(agreement_id: int) -> Select[PlanActivity, FocusArea]:
    return (
        select(PlanActivity, FocusArea)
        .join(FocusArea, col(FocusArea.id) == PlanActivity.focus_area_id)
        .where(col(FocusArea.agreement_id) == agreement_id)
        .order_by(col(FocusArea.position), col(PlanActivity.position), col(PlanActivity.id))
    )


def plan_rows(*, session: Session, agreement_id: int, year: int) -> list[PlanRow]:
    """Bilaga 1 as the follow-up screen shows it for ``year``: a row without a recorded
    status is not started."""
    rows = session.execute(_plan_query(agreement_id)).all()
    ids = [saved_id(activity) for activity, _area in rows]
    recorded = {
        row_id: (status, note)
        for row_id, status, note in session.execute(
            select(
                col(PlanFollowUp.plan_activity_id), col(PlanFollowUp.status), col(PlanFollowUp.note)
            ).where(col(PlanFollowUp.plan_activity_id).in_(ids), col(PlanFollowUp.year) == year)
        )
    }
    linked: dict[int, list[LinkedAction]] = {}
    for row_id, action_id, description, owner, status, due, decided in session.execute(
        select(
            col(Action.plan_activity_id),
            col(Action.id),
            col(Action.description),
            col(Organisation.name),
            col(Action.status),
            col(Action.due_date),
            col(Meeting.date),
        )
        .join(Organisation, col(Organisation.id) == Action.owner_organisation_id)
        .outerjoin(Meeting, col(Meeting.id) == Action.decided_meeting_id)
        .where(col(Action.plan_activity_id).in_(ids))
        .order_by(col(Meeting.date).nulls_first(), col(Action.id))
    ):
        # Both ids are set: the row is linked to one of ``ids``, and a primary key.
        linked.setdefault(cast(int, row_id), []).append(
            LinkedAction(
                cast(int, action_id), description, owner, ActionStatus(status), due, decided
            )
        )
    nothing = (PlanStatus.NOT_STARTED.value, "")
    return [
        PlanRow(
            id=activity_id,
            focus_area_id=saved_id(area),
            focus_area=area.name,
            section=area.section,
            activity=activity.activity,
            measure=activity.measure,
            follow_up=activity.follow_up,
            goal=activity.goal,
            status=PlanStatus(recorded.get(activity_id, nothing)[0]),
            note=recorded.get(activity_id, nothing)[1],
            actions=tuple(linked.get(activity_id, ())),
        )
        for (activity, area), activity_id in zip(rows, ids, strict=True)
    ]


def _row_agreement(session: Session, plan_activity_id: int) -> Agreement:
    agreement = session.scalars(
        select(Agreement)
        .join(FocusArea, col(FocusArea.agreement_id) == Agreement.id)
        .join(PlanActivity, col(PlanActivity.focus_area_id) == FocusArea.id)
        .where(col(PlanActivity.id) == plan_activity_id)
    ).first()
    if agreement is None:
        raise NotFound(f"plan activity {plan_activity_id}")
    return agreement


def plan_history(*, session: Session, plan_activity_id: int) -> dict[int, tuple[PlanStatus, str]]:
    """Status and note for every year of the row's agreement period, earliest first;
    a year with nothing recorded is not started."""
    agreement = _row_agreement(session, plan_activity_id)
    years = range(agreement.start_date.year, agreement.end_date.year + 1)
    history = dict.fromkeys(years, (PlanStatus.NOT_STARTED, ""))
    for year, status, note in session.execute(
        select(col(PlanFollowUp.year), col(PlanFollowUp.status), col(PlanFollowUp.note)).where(
            col(PlanFollowUp.plan_activity_id) == plan_activity_id
        )
    ):
        history[year] = (PlanStatus(status), note)
    return dict(sorted(history.items()))


def set_plan_status(
    *,
    session: Session,
    plan_activity_id: int,
    year: int,
    status: PlanStatus,
    note: str,
    allow_personal_numbers: bool = False,
) -> PlanFollowUp:
    """A note holding a personnummer needs ``allow_personal_numbers`` (``PersonalNumbersFound``):
    the reports print it."""
    agreement = _row_agreement(session, plan_activity_id)
    if not agreement.start_date.year <= year <= agreement.end_date.year:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP(
                "Validation", "The year is outside the agreement period. Choose a year within it."
            ),
            "year",
        )
    try:
        status = PlanStatus(status)
    except ValueError:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("Validation", "Choose a status from the list."), "status"
        ) from None
    note = limits.clean_text(note)
    errors: dict[str, str] = {}
    limits.check_text(errors, "note", note)
    if errors:
        raise ValidationError(errors)
    refuse_personal_numbers({"note": note}, allow=allow_personal_numbers)
    follow_up = session.scalars(
        select(PlanFollowUp).where(
            col(PlanFollowUp.plan_activity_id) == plan_activity_id, col(PlanFollowUp.year) == year
        )
    ).first() or PlanFollowUp(plan_activity_id=plan_activity_id, year=year, status=status.value)
    follow_up.status = status.value
    follow_up.note = note
    follow_up.updated_at = utcnow()
    session.add(follow_up)
    session.flush()
    return follow_up


def link_action(*, session: Session, action_id: int, plan_activity_id: int | None) -> Action:
    """Marks the action as carrying out a bilaga 1 row, or (``None``) as carrying out none."""
    action = session.get(Action, action_id)
    if action is None:
        raise NotFound(f"action {action_id}")
    if plan_activity_id is not None:
        if session.get(PlanActivity, plan_activity_id) is None:
            raise ValidationError.single(
                QT_TRANSLATE_NOOP("Validation", "Choose a row of the action plan from the list."),
                "plan_activity_id",
            )
        if action.focus_area_id is not None:
            # The foreign key makes sure the focus area exists.
            area = session.get_one(FocusArea, action.focus_area_id)
            if area.agreement_id != _row_agreement(session, plan_activity_id).id:
                raise ValidationError.single(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "This row of the action plan belongs to another agreement than the "
                        "action's focus area. Choose a row of the same agreement.",
                    ),
                    "plan_activity_id",
                )
    action.plan_activity_id = plan_activity_id
    session.add(action)
    session.flush()
    return action


def _shorten(text: str, length: int = CHOICE_LENGTH) -> str:
    text = " ".join(text.split())
    if len(text) <= length:
        return text
    cut = text[: length - 1].rsplit(" ", 1)[0] if " " in text[: length - 1] else text[: length - 1]
    return cut.rstrip(" ,.;:–-") + " …"


def plan_choices(*, session: Session, on: date) -> list[tuple[int, str]]:
    """The bilaga 1 rows an action decided on ``on`` can carry out, labelled
    'Focus area: activity' and shortened to fit a combo box."""
    agreement = agreement_in_force(session=session, on=on)
    if agreement is None:
        return []
    return [
        (saved_id(activity), f"{area.name}: {_shorten(activity.activity)}")
        for activity, area in session.execute(_plan_query(saved_id(agreement)))
    ]


# --- the overall goals ------------------------------------------------------------


@dataclass(frozen=True)
class ActionCounts:
    """Decided counts every action, cancelled ones too; open is new or in progress;
    overdue is open with its due date before today."""

    decided: int = 0
    done: int = 0
    open: int = 0
    overdue: int = 0


@dataclass(frozen=True)
class GoalPlanRow:
    id: int
    focus_area: str
    activity: str
    status: PlanStatus
    # The year the status was recorded for; None when nothing is recorded yet.
    year: int | None


@dataclass(frozen=True)
class GoalEvidence:
    id: int
    text: str
    note: str
    focus_areas: tuple[str, ...]
    incidents_per_year: dict[int, int]
    actions: ActionCounts
    plan: tuple[GoalPlanRow, ...]


def goal_evidence(
    *, session: Session, agreement_id: int, today: date, include_confidential: bool = False
) -> list[GoalEvidence]:
    """What the ledningsgrupp weighs each overall goal against, goal by goal.

    Incident counts are of non-confidential incidents unless ``include_confidential``:
    a count reveals no text, but everything that may be shown or exported beyond the
    convener leaves confidential incidents out by default, and so does this. Actions
    count when their focus area, or the bilaga 1 row they carry out, is one of the
    goal's focus areas.
    """
    agreement = _get_agreement(session, agreement_id)
    goals = list(
        session.scalars(
            select(AgreementGoal)
            .where(col(AgreementGoal.agreement_id) == agreement_id)
            .order_by(col(AgreementGoal.position), col(AgreementGoal.id))
        )
    )
    goal_ids = [saved_id(g) for g in goals]
    in_goals = col(GoalFocusArea.goal_id).in_(goal_ids)

    areas: dict[int, list[str]] = {}
    for goal_id, name in session.execute(
        select(col(GoalFocusArea.goal_id), col(FocusArea.name))
        .join(FocusArea, col(FocusArea.id) == GoalFocusArea.focus_area_id)
        .where(in_goals)
        .order_by(col(FocusArea.position))
    ):
        areas.setdefault(goal_id, []).append(name)

    year = extract("year", col(Incident.occurred_on))
    incident_filter: list[ColumnElement[bool]] = [
        in_goals,
        col(Incident.occurred_on) >= agreement.start_date,
        col(Incident.occurred_on) <= agreement.end_date,
    ]
    if not include_confidential:
        incident_filter.append(col(Incident.confidential).is_(False))
    incidents: dict[tuple[int, int], int] = {
        (goal_id, int(y)): n
        for goal_id, y, n in session.execute(
            select(col(GoalFocusArea.goal_id), year, func.count(distinct(col(Incident.id))))
            .join(Incident, col(Incident.focus_area_id) == GoalFocusArea.focus_area_id)
            .where(*incident_filter)
            .group_by(col(GoalFocusArea.goal_id), year)
        )
    }

    is_open = col(Action.status).in_(OPEN_ACTION_STATUSES)
    counts = {
        goal_id: ActionCounts(decided, done, open_, overdue)
        for goal_id, decided, done, open_, overdue in session.execute(
            select(
                col(GoalFocusArea.goal_id),
                func.count(distinct(col(Action.id))),
                func.count(distinct(_when(col(Action.status) == ActionStatus.DONE.value))),
                func.count(distinct(_when(is_open))),
                func.count(distinct(_when(and_(is_open, col(Action.due_date) < today)))),
            )
            .select_from(Action)
            .outerjoin(PlanActivity, col(PlanActivity.id) == Action.plan_activity_id)
            .join(
                GoalFocusArea,
                or_(
                    col(GoalFocusArea.focus_area_id) == Action.focus_area_id,
                    col(GoalFocusArea.focus_area_id) == PlanActivity.focus_area_id,
                ),
            )
            .where(in_goals)
            .group_by(col(GoalFocusArea.goal_id))
        )
    }

    latest = (
        select(col(PlanFollowUp.plan_activity_id), func.max(PlanFollowUp.year).label("year"))
        .group_by(col(PlanFollowUp.plan_activity_id))
        .subquery()
    )
    plan: dict[int, list[GoalPlanRow]] = {}
    for goal_id, row_id, area_name, activity, status, status_year in session.execute(
        select(
            col(GoalFocusArea.goal_id),
            col(PlanActivity.id),
            col(FocusArea.name),
            col(PlanActivity.activity),
            col(PlanFollowUp.status),
            col(PlanFollowUp.year),
        )
        .join(FocusArea, col(FocusArea.id) == GoalFocusArea.focus_area_id)
        .join(PlanActivity, col(PlanActivity.focus_area_id) == FocusArea.id)
        .outerjoin(latest, latest.c.plan_activity_id == PlanActivity.id)
        .outerjoin(
            PlanFollowUp,
            and_(
                col(PlanFollowUp.plan_activity_id) == PlanActivity.id,
                col(PlanFollowUp.year) == latest.c.year,
            ),
        )
        .where(in_goals)
        .order_by(col(FocusArea.position), col(PlanActivity.position), col(PlanActivity.id))
    ):
        plan.setdefault(goal_id, []).append(
            GoalPlanRow(
                cast(int, row_id),  # a primary key read from the database
                area_name,
                activity,
                PlanStatus(status or PlanStatus.NOT_STARTED),
                status_year,
            )
        )

    years = range(agreement.start_date.year, agreement.end_date.year + 1)
    return [
        GoalEvidence(
            id=goal_id,
            text=goal.text,
            note=goal.note,
            focus_areas=tuple(areas.get(goal_id, ())),
            incidents_per_year={y: incidents.get((goal_id, y), 0) for y in years},
            actions=counts.get(goal_id, ActionCounts()),
            plan=tuple(plan.get(goal_id, ())),
        )
        for goal, goal_id in zip(goals, goal_ids, strict=True)
    ]


def _when(condition):
    """The action's id when ``condition`` holds, so COUNT(DISTINCT …) counts those actions."""
    return case((condition, Action.id))


def set_goal_note(
    *, session: Session, goal_id: int, note: str, allow_personal_numbers: bool = False
) -> AgreementGoal:
    """Like ``set_plan_status``: a note holding a personnummer needs ``allow_personal_numbers``."""
    goal = session.get(AgreementGoal, goal_id)
    if goal is None:
        raise NotFound(f"goal {goal_id}")
    note = limits.clean_text(note)
    errors: dict[str, str] = {}
    limits.check_text(errors, "note", note)
    if errors:
        raise ValidationError(errors)
    refuse_personal_numbers({"note": note}, allow=allow_personal_numbers)
    goal.note = note
    session.add(goal)
    session.flush()
    return goal
