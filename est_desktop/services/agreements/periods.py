"""Agreement periods: starting the next agreement from the current one, listing and deleting.

A new period must not cost any history: the earlier agreement keeps its focus areas,
plan rows and follow-up, and each new focus area can name the one it continues so
trends run across the boundary. Meetings already planned in the new period, with
nothing recorded yet, get the new agreement's focus areas on their agenda.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import cast

from sqlalchemy import Select, and_, delete, func, or_, select
from sqlmodel import Session, col

from ...errors import NotFound, ValidationError
from ...models import (
    Action,
    ActionUpdate,
    AgendaItem,
    AgendaItemKind,
    Agreement,
    AgreementGoal,
    Attendance,
    FocusArea,
    GoalFocusArea,
    Incident,
    Meeting,
    MeetingStatus,
    PlanActivity,
    PlanFollowUp,
    saved_id,
)
from ...text import QT_TRANSLATE_NOOP
from .. import limits
from ..meetings.agenda import agenda, agenda_template, focus_area_items, renumber
from .in_force import agreement_in_force, focus_areas, focus_areas_on

PERIOD_YEARS = 4


@dataclass
class PlanDraft:
    activity: str = ""
    measure: str = ""
    follow_up: str = ""
    goal: str = ""


@dataclass
class FocusAreaDraft:
    name: str
    section: str = ""
    # The focus area of an earlier agreement that this one continues.
    continues_id: int | None = None
    plan: list[PlanDraft] = field(default_factory=list)


@dataclass
class GoalDraft:
    text: str
    # Names of focus areas in the same draft that carry the goal.
    focus_area_names: list[str] = field(default_factory=list)


@dataclass
class AgreementDraft:
    name: str
    start_date: date | None
    end_date: date | None
    signed_on: date | None = None
    goals: list[GoalDraft] = field(default_factory=list)
    focus_areas: list[FocusAreaDraft] = field(default_factory=list)


def _get_agreement(session: Session, agreement_id: int) -> Agreement:
    agreement = session.get(Agreement, agreement_id)
    if agreement is None:
        raise NotFound(f"agreement {agreement_id}")
    return agreement


def period_name(start: date, end: date) -> str:
    return f"Samverkansöverenskommelse {start.year}–{end.year}"


def _years_later(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return date(day.year + years, 3, 1)


def draft_from(*, session: Session, agreement_id: int) -> AgreementDraft:
    """The agreement copied for the period after it, every focus area continuing its original;
    the convener then edits what the parties agreed differently."""
    agreement = _get_agreement(session, agreement_id)
    start = agreement.end_date + timedelta(days=1)
    end = _years_later(start, PERIOD_YEARS) - timedelta(days=1)
    areas = focus_areas(session=session, agreement_id=agreement_id)
    plan: dict[int, list[PlanDraft]] = {}
    for row in session.scalars(
        select(PlanActivity)
        .join(FocusArea, col(FocusArea.id) == PlanActivity.focus_area_id)
        .where(col(FocusArea.agreement_id) == agreement_id)
        .order_by(col(PlanActivity.position), col(PlanActivity.id))
    ):
        plan.setdefault(row.focus_area_id, []).append(
            PlanDraft(row.activity, row.measure, row.follow_up, row.goal)
        )
    carriers: dict[int, list[str]] = {}
    for goal_id, name in session.execute(
        select(col(GoalFocusArea.goal_id), col(FocusArea.name))
        .join(FocusArea, col(FocusArea.id) == GoalFocusArea.focus_area_id)
        .where(col(FocusArea.agreement_id) == agreement_id)
        .order_by(col(FocusArea.position))
    ):
        carriers.setdefault(goal_id, []).append(name)
    goals = session.scalars(
        select(AgreementGoal)
        .where(col(AgreementGoal.agreement_id) == agreement_id)
        .order_by(col(AgreementGoal.position), col(AgreementGoal.id))
    )
    return AgreementDraft(
        name=period_name(start, end),
        start_date=start,
        end_date=end,
        signed_on=None,
        goals=[GoalDraft(g.text, carriers.get(saved_id(g), [])) for g in goals],
        focus_areas=[
            FocusAreaDraft(a.name, a.section, a.id, plan.get(saved_id(a), [])) for a in areas
        ],
    )


def _clean(text: str) -> str:
    return " ".join(text.split())


def validate_draft(*, session: Session, draft: AgreementDraft) -> dict[str, str]:
    """Field → message for everything wrong with ``draft``; empty when it can be created."""
    errors: dict[str, str] = {}
    if not _clean(draft.name):
        errors["name"] = QT_TRANSLATE_NOOP("Validation", "Give the agreement a name.")
    if draft.start_date is None or draft.end_date is None:
        errors["start_date"] = QT_TRANSLATE_NOOP(
            "Validation", "Enter the first and the last day of the agreement period."
        )
    elif draft.end_date <= draft.start_date:
        errors["end_date"] = QT_TRANSLATE_NOOP(
            "Validation", "The agreement period must end after it starts."
        )
    elif session.scalars(
        select(col(Agreement.id)).where(
            col(Agreement.start_date) <= draft.end_date, col(Agreement.end_date) >= draft.start_date
        )
    ).first():
        errors["start_date"] = QT_TRANSLATE_NOOP(
            "Validation",
            "The period overlaps the period of another agreement. "
            "Choose dates outside every existing agreement period.",
        )
    names = [_clean(a.name) for a in draft.focus_areas]
    if not names:
        errors["focus_areas"] = QT_TRANSLATE_NOOP("Validation", "Add at least one focus area.")
    elif not all(names):
        errors["focus_areas"] = QT_TRANSLATE_NOOP("Validation", "Give every focus area a name.")
    elif len({n.casefold() for n in names}) < len(names):
        errors["focus_areas"] = QT_TRANSLATE_NOOP(
            "Validation", "Two focus areas have the same name. Give each a name of its own."
        )
    elif any(not _clean(row.activity) for a in draft.focus_areas for row in a.plan):
        errors["focus_areas"] = QT_TRANSLATE_NOOP(
            "Validation", "Describe the activity of every plan row, or remove the empty rows."
        )
    elif draft.start_date is not None and not all(
        _continues_earlier(session, a.continues_id, draft.start_date) for a in draft.focus_areas
    ):
        errors["focus_areas"] = QT_TRANSLATE_NOOP(
            "Validation",
            "A focus area can only continue a focus area of an agreement that starts earlier.",
        )
    limits.check_name(errors, "name", _clean(draft.name))
    for day_field in ("start_date", "end_date", "signed_on"):
        limits.check_date(errors, day_field, getattr(draft, day_field))
    for area in draft.focus_areas:
        limits.check_name(errors, "focus_areas", _clean(area.name))
        for row in area.plan:
            for text in (row.activity, row.measure, row.follow_up, row.goal):
                limits.check_text(errors, "focus_areas", text)
    for goal in draft.goals:
        limits.check_text(errors, "goals", goal.text)
    if any(not _clean(g.text) for g in draft.goals):
        errors["goals"] = QT_TRANSLATE_NOOP(
            "Validation", "Write the text of every goal, or remove the empty goals."
        )
    elif "focus_areas" not in errors and any(
        _clean(n) not in names for g in draft.goals for n in g.focus_area_names
    ):
        errors["goals"] = QT_TRANSLATE_NOOP(
            "Validation", "A goal is linked to a focus area that is not in this agreement."
        )
    return errors


def _continues_earlier(session: Session, focus_area_id: int | None, start: date) -> bool:
    if focus_area_id is None:
        return True
    started = session.scalar(
        select(col(Agreement.start_date))
        .join(FocusArea, col(FocusArea.agreement_id) == Agreement.id)
        .where(col(FocusArea.id) == focus_area_id)
    )
    return started is not None and started < start


def create_agreement(*, session: Session, draft: AgreementDraft) -> Agreement:
    errors = validate_draft(session=session, draft=draft)
    if errors:
        raise ValidationError(errors)
    agreement = Agreement(
        name=_clean(draft.name),
        # validate_draft refuses a draft without both dates.
        start_date=cast(date, draft.start_date),
        end_date=cast(date, draft.end_date),
        signed_on=draft.signed_on,
    )
    session.add(agreement)
    session.flush()
    agreement_id = saved_id(agreement)
    areas: dict[str, FocusArea] = {}
    for position, area_draft in enumerate(draft.focus_areas):
        area = FocusArea(
            agreement_id=agreement_id,
            position=position,
            name=_clean(area_draft.name),
            section=_clean(area_draft.section),
            continues_id=area_draft.continues_id,
        )
        session.add(area)
        session.flush()
        areas[area.name] = area
        session.add_all(
            PlanActivity(
                focus_area_id=saved_id(area),
                position=row_position,
                activity=row.activity.strip(),
                measure=row.measure.strip(),
                follow_up=row.follow_up.strip(),
                goal=row.goal.strip(),
            )
            for row_position, row in enumerate(area_draft.plan)
        )
    for position, goal_draft in enumerate(draft.goals):
        goal = AgreementGoal(
            agreement_id=agreement_id, position=position, text=goal_draft.text.strip()
        )
        session.add(goal)
        session.flush()
        session.add_all(
            GoalFocusArea(goal_id=saved_id(goal), focus_area_id=saved_id(areas[name]))
            for name in dict.fromkeys(_clean(n) for n in goal_draft.focus_area_names)
        )
    session.flush()
    for meeting in _untouched_planned_meetings(session, since=agreement.start_date):
        in_force = agreement_in_force(session=session, on=meeting.date)
        if in_force is not None and in_force.id == agreement_id:
            _replace_focus_area_items(session, meeting)
    return agreement


# --- agendas of meetings planned ahead ---------------------------------------------


def _untouched_planned_meetings(session: Session, since: date | None = None) -> list[Meeting]:
    """Planned meetings with nothing recorded: no incidents, actions, attendance, reviews,
    and no notes written under a focus-area item."""
    in_meeting = col(AgendaItem.meeting_id) == Meeting.id
    query = select(Meeting).where(
        col(Meeting.status) == MeetingStatus.PLANNED.value,
        ~select(col(Attendance.id)).where(col(Attendance.meeting_id) == Meeting.id).exists(),
        ~select(col(ActionUpdate.id)).where(col(ActionUpdate.meeting_id) == Meeting.id).exists(),
        ~select(col(Action.id)).where(col(Action.decided_meeting_id) == Meeting.id).exists(),
        ~select(col(Action.id))
        .join(AgendaItem, col(AgendaItem.id) == Action.agenda_item_id)
        .where(in_meeting)
        .exists(),
        ~select(col(Incident.id))
        .join(AgendaItem, col(AgendaItem.id) == Incident.agenda_item_id)
        .where(in_meeting)
        .exists(),
        ~select(col(AgendaItem.id))
        .where(
            in_meeting,
            col(AgendaItem.kind) == AgendaItemKind.FOCUS_AREA.value,
            col(AgendaItem.notes) != "",
        )
        .exists(),
    )
    if since is not None:
        query = query.where(col(Meeting.date) >= since)
    return list(session.scalars(query.order_by(col(Meeting.date))))


def _replace_focus_area_items(session: Session, meeting: Meeting) -> None:
    """One focus-area item per focus area of the agreement now in force on the meeting's
    date, where the old ones stood; the meeting's other items stay as they are."""
    items = agenda(session=session, meeting_id=saved_id(meeting))
    areas = focus_areas_on(session=session, on=meeting.date)
    old = [i for i in items if i.kind == AgendaItemKind.FOCUS_AREA]
    if [i.focus_area_id for i in old] == [a.id for a in areas]:
        return
    kept = [i for i in items if i.kind != AgendaItemKind.FOCUS_AREA]
    template = [e["kind"] for e in agenda_template()]
    focus_index = template.index(AgendaItemKind.FOCUS_AREA.value)
    if old:
        index = items.index(old[0])
    else:
        before = set(template[:focus_index])
        index = next((n for n, i in enumerate(kept) if i.kind not in before), len(kept))
    minutes = agenda_template()[focus_index]["minutes"]
    for item in old:
        session.delete(item)
    session.flush()
    new = focus_area_items(session=session, meeting=meeting, minutes=minutes)
    session.add_all(new)
    renumber(kept[:index] + new + kept[index:], session)


# --- the list of agreements ----------------------------------------------------------


@dataclass(frozen=True)
class AgreementRow:
    id: int
    name: str
    start_date: date
    end_date: date
    focus_area_count: int
    meeting_count: int
    is_current: bool


def agreements_overview(*, session: Session, today: date) -> list[AgreementRow]:
    """Every agreement, earliest first; the current one is the one in force ``today``."""
    area_counts: dict[int, int] = dict(
        session.execute(
            select(col(FocusArea.agreement_id), func.count(col(FocusArea.id))).group_by(
                col(FocusArea.agreement_id)
            )
        ).all()
    )
    current = agreement_in_force(session=session, on=today)
    rows = session.execute(
        select(
            col(Agreement.id),
            col(Agreement.name),
            col(Agreement.start_date),
            col(Agreement.end_date),
            func.count(col(Meeting.id)),
        )
        .outerjoin(
            Meeting,
            and_(
                col(Meeting.date) >= Agreement.start_date, col(Meeting.date) <= Agreement.end_date
            ),
        )
        .group_by(col(Agreement.id))
        .order_by(col(Agreement.start_date))
    ).all()
    return [
        AgreementRow(
            cast(int, aid),  # a primary key read from the database
            name,
            start,
            end,
            area_counts.get(aid, 0),
            meetings,
            current is not None and current.id == aid,
        )
        for aid, name, start, end, meetings in rows
    ]


def delete_agreement(*, session: Session, agreement_id: int) -> None:
    """Deletes an agreement entered by mistake, while nothing refers to it.

    Meetings planned with its focus areas on the agenda and nothing recorded yet do not
    count: their focus-area items change to those of the agreement then in force.
    """
    agreement = _get_agreement(session, agreement_id)
    if session.scalars(select(func.count(col(Agreement.id)))).one() <= 1:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP(
                "Validation",
                "This is the only agreement, and the meetings need one. It cannot be deleted.",
            )
        )
    area_ids = list(
        session.scalars(
            select(col(FocusArea.id)).where(col(FocusArea.agreement_id) == agreement_id)
        )
    )
    row_ids = list(
        session.scalars(
            select(col(PlanActivity.id)).where(col(PlanActivity.focus_area_id).in_(area_ids))
        )
    )
    untouched = {saved_id(m): m for m in _untouched_planned_meetings(session)}
    agenda_meetings = set(
        session.scalars(
            select(col(AgendaItem.meeting_id)).where(col(AgendaItem.focus_area_id).in_(area_ids))
        )
    )
    in_use = (
        agenda_meetings - untouched.keys()
        or _exists(
            session, select(col(Incident.id)).where(col(Incident.focus_area_id).in_(area_ids))
        )
        or _exists(
            session,
            select(col(Action.id)).where(
                or_(
                    col(Action.focus_area_id).in_(area_ids),
                    col(Action.plan_activity_id).in_(row_ids),
                )
            ),
        )
        or _exists(
            session,
            select(col(PlanFollowUp.id)).where(col(PlanFollowUp.plan_activity_id).in_(row_ids)),
        )
        or _exists(
            session,
            select(col(AgreementGoal.id)).where(
                col(AgreementGoal.agreement_id) == agreement_id, col(AgreementGoal.note) != ""
            ),
        )
    )
    if in_use:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP(
                "Validation",
                "This agreement is in use: incidents, actions, meeting agendas or follow-up "
                "notes refer to it. It cannot be deleted.",
            )
        )
    if _exists(session, select(col(FocusArea.id)).where(col(FocusArea.continues_id).in_(area_ids))):
        raise ValidationError.single(
            QT_TRANSLATE_NOOP(
                "Validation",
                "A later agreement continues the focus areas of this one. Delete that "
                "agreement first.",
            )
        )
    replanned = [untouched[m] for m in sorted(agenda_meetings, key=lambda m: untouched[m].date)]
    for item in session.scalars(
        select(AgendaItem).where(col(AgendaItem.focus_area_id).in_(area_ids))
    ):
        item.focus_area_id = None
        session.add(item)
    session.flush()
    goal_ids = select(col(AgreementGoal.id)).where(col(AgreementGoal.agreement_id) == agreement_id)
    session.execute(delete(GoalFocusArea).where(col(GoalFocusArea.goal_id).in_(goal_ids)))
    session.execute(delete(AgreementGoal).where(col(AgreementGoal.agreement_id) == agreement_id))
    session.execute(delete(PlanActivity).where(col(PlanActivity.id).in_(row_ids)))
    session.execute(delete(FocusArea).where(col(FocusArea.id).in_(area_ids)))
    session.delete(agreement)
    session.flush()
    for meeting in replanned:
        _replace_focus_area_items(session, meeting)


def _exists(session: Session, query: Select[int | None]) -> bool:
    return session.scalars(query.limit(1)).first() is not None
