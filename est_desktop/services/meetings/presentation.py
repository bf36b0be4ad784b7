"""What the meeting-room screen shows for each agenda item, as plain data.

Confidential incidents are never part of a slide, whatever else is chosen:
the projector is the one place where the whole room reads along. That holds for the
week's map of a focus-area slide too (``slide_map``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from itertools import groupby

from sqlalchemy import func, or_, select
from sqlmodel import Session, col

from ...models import (
    OPEN_ACTION_STATUSES,
    Action,
    AgendaItem,
    AgendaItemKind,
    Incident,
    Meeting,
    MeetingCreate,
    saved_id,
)
from ...text import swedish_sort_key
from ..actions.decisions import ReviewRow, review_rows
from ..actions.rows import ActionRow, action_row, action_row_query, overdue_counted_from
from ..documents.wording import agenda_title
from ..imports.survey_picture import SurveyWeek, survey_week
from ..incidents import IncidentRow, incident_row, incident_row_query
from ..lagesbild.types import LagesbildFilter
from ..map.counts import IncidentMap, incident_map
from . import agenda as meetings
from . import participants

TREND_WEEKS = 8


@dataclass(frozen=True)
class TrendPoint:
    monday: date
    week: int
    count: int
    # The week of the meeting is counted up to the meeting's day: a part of a week, drawn
    # apart so that its lower count does not read as a drop.
    until: date | None = None

    @property
    def complete(self) -> bool:
        return self.until is None


@dataclass(frozen=True)
class Slide:
    item_id: int
    kind: str
    number: int
    total: int
    title: str
    planned_minutes: int
    meeting_date: date
    # "Försenad" is counted from this day: today, or the meeting's day once it is held.
    overdue_from: date
    notes: str = ""
    incidents: list[IncidentRow] = field(default_factory=list)
    actions: list[ActionRow] = field(default_factory=list)
    review_groups: list[tuple[str, list[ReviewRow]]] = field(default_factory=list)
    trend: list[TrendPoint] = field(default_factory=list)
    attendance: list[participants.AttendanceRow] = field(default_factory=list)
    next_meeting: Meeting | MeetingCreate | None = None
    next_meeting_planned: bool = False
    # What the week's map of a focus-area slide covers; None on every other slide.
    map_filter: LagesbildFilter | None = None
    # The week's survey picture for a focus-area slide's factors (counts only); None when
    # there is no week to show, and on every other slide.
    survey: SurveyWeek | None = None

    def is_overdue(self, action: ActionRow) -> bool:
        return action.is_overdue(self.overdue_from)


def slide_for_item(*, session: Session, item_id: int, today: date | None = None) -> Slide:
    item = meetings.get_item(session=session, item_id=item_id)
    meeting = meetings.get_meeting(session=session, meeting_id=item.meeting_id)
    meeting_id = saved_id(meeting)
    total = session.scalars(
        select(func.count()).select_from(AgendaItem).where(col(AgendaItem.meeting_id) == meeting_id)
    ).one()
    # What every slide shows; each kind of item adds its own part with ``replace``.
    base = Slide(
        item_id=saved_id(item),
        kind=item.kind,
        number=item.position + 1,
        total=total,
        title=agenda_title(item.kind, item.title),
        planned_minutes=item.planned_minutes,
        meeting_date=meeting.date,
        overdue_from=overdue_counted_from(meeting.date, today or date.today()),
        notes=item.notes,
    )
    kind = AgendaItemKind(item.kind)
    if kind == AgendaItemKind.OPENING:
        return replace(
            base, attendance=participants.attendance(session=session, meeting_id=meeting_id)
        )
    if kind == AgendaItemKind.ACTION_REVIEW:
        return replace(
            base, review_groups=_review_groups(session, meeting_id, today or date.today())
        )
    if kind == AgendaItemKind.NEXT_MEETING:
        following = meetings.next_meeting_after(session=session, meeting=meeting)
        if following is not None:
            return replace(base, next_meeting=following, next_meeting_planned=True)
        proposal = meetings.proposed_meeting(session=session, today=today or date.today())
        return replace(base, next_meeting=proposal)
    if kind == AgendaItemKind.FOCUS_AREA and item.focus_area_id is not None:
        since = _since(session, meeting)
        return replace(
            base,
            incidents=_incidents_since_last_meeting(session, meeting, item, since),
            actions=_open_actions(session, meeting, item.focus_area_id),
            trend=weekly_trend(
                session=session, focus_area_id=item.focus_area_id, until=meeting.date
            ),
            map_filter=LagesbildFilter(
                date_from=since + timedelta(days=1),
                date_to=meeting.date,
                focus_area_ids=frozenset({item.focus_area_id}),
                include_confidential=False,
            ),
            survey=survey_week(session=session, on=meeting.date, focus_area_id=item.focus_area_id),
        )
    # 'Other business' and items the convener added: what was recorded under them.
    return replace(
        base,
        incidents=[
            incident_row(r)
            for r in session.execute(
                incident_row_query()
                .where(
                    col(Incident.agenda_item_id) == item.id,
                    col(Incident.confidential).is_(False),
                )
                .order_by(
                    col(Incident.occurred_on),
                    col(Incident.start_time).nulls_first(),
                    col(Incident.id),
                )
            )
        ],
        actions=[
            action_row(r)
            for r in session.execute(
                action_row_query().where(col(Action.agenda_item_id) == item.id)
            )
        ],
    )


def _since(session: Session, meeting: Meeting) -> date:
    """The last day before the meeting's week: the previous meeting's, or a week earlier."""
    previous = meetings.previous_meeting(session=session, meeting=meeting)
    return previous.date if previous is not None else meeting.date - timedelta(days=7)


def _incidents_since_last_meeting(
    session: Session, meeting: Meeting, item: AgendaItem, since: date
) -> list[IncidentRow]:
    """The focus area's incidents recorded at this meeting or that happened since the last one."""
    this_meeting_items = select(col(AgendaItem.id)).where(col(AgendaItem.meeting_id) == meeting.id)
    query = (
        incident_row_query()
        .where(
            col(Incident.focus_area_id) == item.focus_area_id,
            col(Incident.confidential).is_(False),
            or_(
                col(Incident.agenda_item_id).in_(this_meeting_items),
                (col(Incident.occurred_on) > since) & (col(Incident.occurred_on) <= meeting.date),
            ),
        )
        .order_by(
            col(Incident.occurred_on), col(Incident.start_time).nulls_first(), col(Incident.id)
        )
    )
    return [incident_row(r) for r in session.execute(query)]


def slide_map(*, session: Session, map_filter: LagesbildFilter) -> IncidentMap:
    """The week's map of a focus-area slide (``Slide.map_filter``): the lägesbild's own
    counts, and without confidential incidents whatever the filter says."""
    return incident_map(session=session, filter=replace(map_filter, include_confidential=False))


def _open_actions(session: Session, meeting: Meeting, focus_area_id: int) -> list[ActionRow]:
    query = action_row_query().where(
        col(Action.focus_area_id) == focus_area_id,
        col(Action.status).in_(OPEN_ACTION_STATUSES),
        col(Meeting.date) <= meeting.date,
    )
    rows = [action_row(r) for r in session.execute(query)]
    return sorted(rows, key=lambda r: (r.due_date is None, r.due_date or date.max, r.id))


def _review_groups(
    session: Session, meeting_id: int, today: date
) -> list[tuple[str, list[ReviewRow]]]:
    """Every action under review, by organisation, oldest first within each."""
    rows = sorted(
        review_rows(session=session, meeting_id=meeting_id, today=today),
        key=lambda r: (swedish_sort_key(r.action.owner), r.action.decided_on, r.action.id),
    )
    return [(owner, list(group)) for owner, group in groupby(rows, key=lambda r: r.action.owner)]


def weekly_trend(
    *, session: Session, focus_area_id: int, until: date, weeks: int = TREND_WEEKS
) -> list[TrendPoint]:
    """Incidents per ISO week for the ``weeks`` weeks ending with the week of ``until``,
    that last week counted up to ``until``.

    Confidential incidents are not counted: the trend is shown on the projector.
    """
    last_monday = until - timedelta(days=until.weekday())
    first_monday = last_monday - timedelta(weeks=weeks - 1)
    days = session.scalars(
        select(col(Incident.occurred_on)).where(
            col(Incident.focus_area_id) == focus_area_id,
            col(Incident.confidential).is_(False),
            col(Incident.occurred_on) >= first_monday,
            col(Incident.occurred_on) <= until,
        )
    ).all()
    counts: dict[date, int] = {}
    for day in days:
        monday = day - timedelta(days=day.weekday())
        counts[monday] = counts.get(monday, 0) + 1
    mondays = [first_monday + timedelta(weeks=i) for i in range(weeks)]
    part = None if until.weekday() == 6 else until
    return [
        TrendPoint(m, m.isocalendar().week, counts.get(m, 0), part if m == last_monday else None)
        for m in mondays
    ]


def slide_item_ids(*, session: Session, meeting_id: int) -> list[int]:
    return list(
        session.scalars(
            select(col(AgendaItem.id))
            .where(col(AgendaItem.meeting_id) == meeting_id)
            .order_by(col(AgendaItem.position))
        )
    )
