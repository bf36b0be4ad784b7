"""What every lägesbild query shares (focus-area lineage, the filter as SQL), and the
counts per place and per weekday and hour."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, case, func, literal, null, select
from sqlalchemy.sql import ColumnElement
from sqlalchemy.sql.elements import SQLColumnExpression
from sqlmodel import Session, col

from ...models import Agreement, FocusArea, Incident, Place
from ...text import swedish_sort_key
from ..portable_sql import day_number, hour_of, without_index
from .types import LagesbildFilter, PlaceCount, WeekPulse

# Beyond this share of the recorded days, reading the whole table beats the date index.
_SCAN_SHARE = 0.3


# --- focus-area lineage ----------------------------------------------------------------


@dataclass(frozen=True)
class LineageArea:
    id: int
    name: str
    agreement_start: date
    position: int

    @property
    def order(self) -> tuple[date, int, int]:
        return (self.agreement_start, self.position, self.id)


@dataclass(frozen=True)
class Lineage:
    """The focus areas oldest first, each one's root, and what each continues (itself
    included)."""

    areas: dict[int, LineageArea]
    root: dict[int, int]
    ancestors: dict[int, frozenset[int]]

    def related(self, chosen: frozenset[int]) -> list[int] | None:
        """The focus areas a filter on ``chosen`` matches: those continued by a chosen one
        and those continuing it; None when the filter does not restrict."""
        if not chosen:
            return None
        matched = set(chosen)
        for area_id, ancestors in self.ancestors.items():
            if ancestors & chosen or any(area_id in self.ancestors.get(c, ()) for c in chosen):
                matched.add(area_id)
        return sorted(matched)

    def root_of(self, column) -> ColumnElement:
        """SQL: the lineage root of ``column``'s focus area, 0 for none."""
        return case(self.root, value=column, else_=0) if self.root else literal(0)

    def rank_of(self, column) -> ColumnElement:
        """SQL: how new ``column``'s focus area is, counted in ``areas``' order."""
        ranks = {area_id: rank for rank, area_id in enumerate(self.areas)}
        return case(ranks, value=column, else_=None) if ranks else null()

    def newest(self, area_ids: Iterable[int]) -> LineageArea:
        return max((self.areas[a] for a in area_ids), key=lambda area: area.order)


def load_lineage(session: Session) -> Lineage:
    rows = session.execute(
        select(
            col(FocusArea.id),
            col(FocusArea.name),
            col(Agreement.start_date),
            col(FocusArea.position),
            col(FocusArea.continues_id),
        )
        .join(Agreement, col(Agreement.id) == FocusArea.agreement_id)
        .order_by(col(Agreement.start_date), col(FocusArea.position), col(FocusArea.id))
    ).all()
    areas = {row[0]: LineageArea(*row[:4]) for row in rows}
    continues = {row[0]: row[4] for row in rows}
    root: dict[int, int] = {}
    ancestors: dict[int, frozenset[int]] = {}
    for area_id in areas:
        chain = [area_id]
        previous = continues[area_id]
        while previous in areas and previous not in chain:
            chain.append(previous)
            previous = continues[previous]
        # A cycle has no oldest area: its smallest id stands in, the same for every member.
        root[area_id] = min(chain[chain.index(previous) :]) if previous in chain else chain[-1]
        ancestors[area_id] = frozenset(chain)
    return Lineage(areas, root, ancestors)


def focus_area_lineage(*, session: Session) -> dict[int, int]:
    """Every focus area's id → the id of the oldest focus area it (indirectly) continues."""
    return dict(load_lineage(session).root)


# --- what every query of one lägesbild shares ------------------------------------------


@dataclass(frozen=True)
class Scope:
    session: Session
    filter: LagesbildFilter
    lineage: Lineage
    # The incident date as queries compare it; see scope_of().
    occurred_on: SQLColumnExpression[date]

    def within(self, date_from: date, date_to: date) -> ColumnElement:
        return and_(self.occurred_on >= date_from, self.occurred_on <= date_to)

    def incident_conditions(self) -> list[ColumnElement]:
        """The filter's conditions on incidents, except the dates."""
        filter = self.filter
        conditions: list[ColumnElement] = []
        if not filter.include_confidential:
            conditions.append(col(Incident.confidential).is_(False))
        if filter.place_ids:
            conditions.append(col(Incident.place_id).in_(sorted(filter.place_ids)))
        if filter.source_ids:
            conditions.append(col(Incident.source_id).in_(sorted(filter.source_ids)))
        if filter.organisation_ids:
            conditions.append(
                col(Incident.reporting_organisation_id).in_(sorted(filter.organisation_ids))
            )
        related = self.lineage.related(filter.focus_area_ids)
        if related is not None:
            conditions.append(col(Incident.focus_area_id).in_(related))
        return conditions


def scope_of(session: Session, filter: LagesbildFilter) -> Scope:
    """Over most of the recorded days, the date index only adds a lookup per incident:
    SQLite is then told not to use it (``+column``), as it cannot tell by itself."""
    first, last = session.execute(
        select(
            select(func.min(Incident.occurred_on)).scalar_subquery(),
            select(func.max(Incident.occurred_on)).scalar_subquery(),
        )
    ).one()
    occurred_on: SQLColumnExpression[date] = col(Incident.occurred_on)
    if first is not None:
        covered = (min(last, filter.date_to) - max(first, filter.date_from)).days + 1
        if covered > _SCAN_SHARE * ((last - first).days + 1):
            occurred_on = without_index(Incident.occurred_on)
    return Scope(session, filter, load_lineage(session), occurred_on)


# --- incidents per place and in the week ---------------------------------------------


def count_places(scope: Scope) -> list[PlaceCount]:
    rows = scope.session.execute(
        select(col(Incident.place_id), func.count())
        .where(scope.within(scope.filter.date_from, scope.filter.date_to))
        .where(*scope.incident_conditions())
        .group_by(col(Incident.place_id))
    ).all()
    names = dict(
        scope.session.execute(
            select(col(Place.id), col(Place.name)).where(
                col(Place.id).in_([place for place, _ in rows])
            )
        ).all()
    )
    total = sum(count for _, count in rows)
    counts = [PlaceCount(place, names[place], count, count / total) for place, count in rows]
    return sorted(counts, key=lambda c: (-c.count, swedish_sort_key(c.place), c.place_id))


def incidents_per_place(*, session: Session, filter: LagesbildFilter) -> list[PlaceCount]:
    """Incidents per place, the most first."""
    return count_places(scope_of(session, filter))


def count_pulse(scope: Scope) -> WeekPulse:
    weekday = day_number(Incident.occurred_on) % 7  # Monday is 0
    hour = hour_of(Incident.start_time)
    cell = weekday * 25 + func.coalesce(hour, 24)  # 24: no start time
    rows = scope.session.execute(
        select(cell, func.count())
        .where(scope.within(scope.filter.date_from, scope.filter.date_to))
        .where(*scope.incident_conditions())
        .group_by(cell)
    ).all()
    grid = [[0] * 25 for _ in range(7)]
    for day_and_hour, count in rows:
        day, hour_of_day = divmod(day_and_hour, 25)
        grid[day][hour_of_day] = count
    return WeekPulse(tuple(tuple(row[:24]) for row in grid), sum(row[24] for row in grid))


def week_pulse(*, session: Session, filter: LagesbildFilter) -> WeekPulse:
    """When in the week incidents start; those without a start time are counted apart."""
    return count_pulse(scope_of(session, filter))
