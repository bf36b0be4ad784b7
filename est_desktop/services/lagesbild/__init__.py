"""The lägesbild: where and when incidents happen, how they develop, and how actions fare.

Everything is counted in SQL over the filtered incidents and actions, so the whole
agreement period (tens of thousands of incidents) is summarised in milliseconds.
Confidential incidents are counted only when the filter asks for them. Weeks, months
and weekdays are worked out with SQLite's date functions on the stored ISO dates.

This module is the one to import: it gathers the whole picture and offers the filter's
choices; the counting itself lives in ``scope``, ``trend`` and ``action_stats``, on the
filter and counts of ``types``, and ``charts`` draws them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlmodel import Session

from ...models import Incident, Organisation, Place, Source, saved_id
from .. import reference
from ..agreements.in_force import agreement_in_force
from .action_stats import action_stats, count_actions
from .scope import (
    count_places,
    count_pulse,
    focus_area_lineage,
    incidents_per_place,
    load_lineage,
    scope_of,
    week_pulse,
)
from .trend import bucket_text, count_trend, incident_trend
from .types import (
    PERIOD_PRESETS,
    WITHOUT_FOCUS_AREA,
    ActionGrouping,
    ActionStats,
    Bucket,
    Granularity,
    Lagesbild,
    LagesbildFilter,
    PlaceCount,
    Trend,
    TrendSeries,
    WeekPulse,
)

__all__ = [
    "PERIOD_PRESETS",
    "WITHOUT_FOCUS_AREA",
    "ActionGrouping",
    "ActionStats",
    "Bucket",
    "FilterChoices",
    "Granularity",
    "Lagesbild",
    "LagesbildFilter",
    "PlaceCount",
    "Trend",
    "TrendSeries",
    "WeekPulse",
    "action_stats",
    "bucket_text",
    "filter_choices",
    "focus_area_lineage",
    "incident_count",
    "incident_trend",
    "incidents_per_place",
    "lagesbild",
    "period_for",
    "week_pulse",
]


def period_for(
    preset: str, *, today: date, agreement_start: date, agreement_end: date
) -> tuple[date, date]:
    """The period a preset means on ``today``. Quarter, year and a running agreement period
    end today, so their totals compare fairly with the same days a year earlier."""
    match preset:
        case "last_4_weeks":
            return today - timedelta(days=27), today
        case "this_quarter":
            first_month = (today.month - 1) // 3 * 3 + 1
            return date(today.year, first_month, 1), today
        case "this_year":
            return date(today.year, 1, 1), today
        case "agreement":
            # Up to today while the period runs: months still to come are not zero.
            return agreement_start, max(agreement_start, min(agreement_end, today))
    raise ValueError(f"unknown period preset: {preset!r}")


def incident_count(*, session: Session, filter: LagesbildFilter) -> int:
    """How many incidents the filter covers."""
    scope = scope_of(session, filter)
    return session.execute(
        select(func.count())
        .select_from(Incident)
        .where(scope.within(filter.date_from, filter.date_to))
        .where(*scope.incident_conditions())
    ).scalar_one()


def lagesbild(
    *, session: Session, filter: LagesbildFilter, today: date, granularity: Granularity
) -> Lagesbild:
    """Every count the lägesbild view shows, from one session."""
    scope = scope_of(session, filter)
    actions = count_actions(scope, today, ("organisation", "focus_area"))
    return Lagesbild(
        filter=filter,
        places=tuple(count_places(scope)),
        pulse=count_pulse(scope),
        trend=count_trend(scope, granularity),
        actions_by_organisation=tuple(actions["organisation"]),
        actions_by_focus_area=tuple(actions["focus_area"]),
    )


@dataclass(frozen=True)
class FilterChoices:
    """What the lägesbild's filters offer. A focus area continued across agreements is
    offered once, under its newest name, and matches every period's incidents."""

    focus_areas: list[tuple[int, str]]
    places: list[tuple[int, str]]
    sources: list[tuple[int, str]]
    organisations: list[tuple[int, str]]
    agreement_start: date
    agreement_end: date


def filter_choices(*, session: Session, today: date) -> FilterChoices:
    lineage = load_lineage(session)
    newest: dict[int, int] = {}
    for area_id in lineage.areas:  # oldest first, so the newest of each lineage wins
        newest[lineage.root[area_id]] = area_id
    areas = sorted((lineage.areas[a] for a in newest.values()), key=lambda a: a.order)
    agreement = agreement_in_force(session=session, on=today)
    return FilterChoices(
        focus_areas=[(area.id, area.name) for area in areas],
        places=_named(reference.places(session=session, include_inactive=True)),
        sources=_named(reference.sources(session=session, include_inactive=True)),
        organisations=_named(reference.organisations(session=session, include_inactive=True)),
        agreement_start=agreement.start_date if agreement else today,
        agreement_end=agreement.end_date if agreement else today,
    )


def _named(rows: Sequence[Place | Source | Organisation]) -> list[tuple[int, str]]:
    return [(saved_id(row), row.name) for row in rows]
