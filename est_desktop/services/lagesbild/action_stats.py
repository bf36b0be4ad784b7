"""How actions fare within a period, per organisation or focus-area lineage."""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.sql import ColumnElement
from sqlalchemy.sql.elements import SQLColumnExpression
from sqlmodel import Session, col

from ...models import Action, ActionStatus, Meeting, Organisation
from ...text import swedish_sort_key
from ..documents.wording import t
from ..portable_sql import day_number, local_date
from .scope import Lineage, Scope, scope_of
from .types import WITHOUT_FOCUS_AREA, ActionGrouping, ActionStats, LagesbildFilter

_CLOSED_STATUSES = (ActionStatus.DONE.value, ActionStatus.CANCELLED.value)


def count_actions(
    scope: Scope, today: date, groupings: tuple[ActionGrouping, ...]
) -> dict[ActionGrouping, list[ActionStats]]:
    """The action statistics per grouping, counted in one pass for all groupings."""
    for by in groupings:
        if by not in ("organisation", "focus_area"):
            raise ValueError(f"unknown grouping: {by!r}")
    filter, lineage, session = scope.filter, scope.lineage, scope.session
    date_from, date_to = filter.date_from, filter.date_to
    decided_on = func.coalesce(col(Meeting.date), local_date(Action.created_at))
    conditions: list[ColumnElement] = []
    if filter.organisation_ids:
        conditions.append(col(Action.owner_organisation_id).in_(sorted(filter.organisation_ids)))
    related = lineage.related(filter.focus_area_ids)
    if related is not None:
        conditions.append(col(Action.focus_area_id).in_(related))
    decided = and_(decided_on >= date_from, decided_on <= date_to)
    closed = and_(
        col(Action.status).in_(_CLOSED_STATUSES),
        col(Action.closed_on) >= date_from,
        col(Action.closed_on) <= date_to,
    )
    still_open = and_(
        decided_on <= date_to, or_(col(Action.closed_on).is_(None), col(Action.closed_on) > date_to)
    )
    overdue = and_(still_open, col(Action.due_date) < min(date_to, today))

    def tally(condition: ColumnElement) -> ColumnElement:
        return func.sum(case((condition, 1), else_=0))

    # Per owner and focus area: these sums fold into either grouping, and show which
    # focus area of a lineage is the newest with actions.
    area = func.coalesce(col(Action.focus_area_id), 0)
    rows = session.execute(
        select(
            col(Action.owner_organisation_id),
            area,
            tally(decided),
            tally(closed),
            tally(still_open),
            tally(overdue),
        )
        .select_from(Action)
        .outerjoin(Meeting, col(Meeting.id) == Action.decided_meeting_id)
        .where(*conditions)
        .group_by(col(Action.owner_organisation_id), area)
    ).all()
    rows = [row for row in rows if any(row[2:])]

    result: dict[ActionGrouping, list[ActionStats]] = {}
    for by in groupings:
        key: SQLColumnExpression[int] = (
            col(Action.owner_organisation_id)
            if by == "organisation"
            else lineage.root_of(Action.focus_area_id)
        )
        medians = _median_days_to_close(session, key, decided_on, closed, conditions)
        totals: dict[int, list[int]] = {}
        members: dict[int, set[int]] = {}
        for owner, area_id, *numbers in rows:
            group = owner if by == "organisation" else lineage.root.get(area_id, 0)
            total = totals.setdefault(group, [0, 0, 0, 0])
            for i, number in enumerate(numbers):
                total[i] += number
            members.setdefault(group, set()).add(area_id)
        if by == "organisation":
            result[by] = _by_organisation(session, totals, medians)
        else:
            result[by] = _by_focus_area(lineage, totals, members, medians)
    return result


def _by_organisation(
    session: Session, totals: dict[int, list[int]], medians: dict[int, float]
) -> list[ActionStats]:
    names = dict(
        session.execute(
            select(col(Organisation.id), col(Organisation.name)).where(
                col(Organisation.id).in_(list(totals))
            )
        ).all()
    )
    stats = [_stats(org, names[org], n, medians.get(org)) for org, n in totals.items()]
    return sorted(stats, key=lambda s: (swedish_sort_key(s.name), s.key))


def _by_focus_area(
    lineage: Lineage,
    totals: dict[int, list[int]],
    members: dict[int, set[int]],
    medians: dict[int, float],
) -> list[ActionStats]:
    """Keyed and named by the newest focus area of each lineage among the actions'."""
    areas = {root: lineage.newest(members[root]) for root in totals if root != 0}
    stats = [
        _stats(area.id, area.name, totals[root], medians.get(root))
        for root, area in sorted(areas.items(), key=lambda pair: pair[1].order)
    ]
    if 0 in totals:
        stats.append(_stats(0, t(WITHOUT_FOCUS_AREA), totals[0], medians.get(0)))
    return stats


def _stats(key: int, name: str, totals: list[int], median: float | None) -> ActionStats:
    """One group's statistics from its four tallies, in the order count_actions() sums."""
    decided, closed, still_open, overdue = totals
    return ActionStats(key, name, decided, closed, still_open, overdue, median)


def _median_days_to_close(
    session: Session,
    key: SQLColumnExpression[int],
    decided_on: ColumnElement,
    closed: ColumnElement,
    conditions: list[ColumnElement],
) -> dict[int, float]:
    """Median days from decision to closing per group, by window functions in SQL."""
    days = (day_number(Action.closed_on) - day_number(decided_on)).label("days")
    closed_rows = (
        select(key.label("group_key"), days)
        .select_from(Action)
        .outerjoin(Meeting, col(Meeting.id) == Action.decided_meeting_id)
        .where(closed, *conditions)
        .subquery()
    )
    ranked = select(
        closed_rows.c.group_key,
        closed_rows.c.days,
        func.row_number()
        .over(partition_by=closed_rows.c.group_key, order_by=closed_rows.c.days)
        .label("row_no"),
        func.count().over(partition_by=closed_rows.c.group_key).label("n"),
    ).subquery()
    # The middle row, or the mean of the two middle rows.
    middle = ranked.c.row_no.between((ranked.c.n + 1) // 2, (ranked.c.n + 2) // 2)
    rows = session.execute(
        select(ranked.c.group_key, func.avg(ranked.c.days))
        .where(middle)
        .group_by(ranked.c.group_key)
    ).all()
    return {group: float(median) for group, median in rows}


def action_stats(
    *, session: Session, filter: LagesbildFilter, today: date, by: ActionGrouping
) -> list[ActionStats]:
    """How actions fare within the period, per owner organisation or focus-area lineage.

    An action counts as decided on its meeting's date (or the day it was entered, if no
    meeting decided it). Place and source filters do not apply: actions have neither.
    Grouped by focus area, ``key`` is the newest focus area of the lineage among the
    counted actions' ones, and 0 stands for actions without a focus area.
    """
    return count_actions(scope_of(session, filter), today, (by,))[by]
