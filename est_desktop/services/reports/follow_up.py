"""The follow-up report (uppföljning): what it says about a period, gathered as plain data.

Section 4 of the agreement: the ledningsgrupp follows up whether the actions taken had
the intended effect. Per focus area of the agreement in force: incidents against the
same weeks or months a year earlier (the one comparison the lägesbild makes too, which
keeps the seasons apart), actions decided, closed and overdue, and the status of each
bilaga 1 row; ``follow_up_docx`` renders it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from ...models import PlanStatus, saved_id
from .. import lagesbild
from ..agreements.follow_up import PlanRow, plan_rows
from ..agreements.in_force import focus_areas
from ..documents.wording import t
from ..lagesbild import (
    ActionStats,
    Granularity,
    LagesbildFilter,
    PlaceCount,
    Trend,
    TrendSeries,
    WeekPulse,
    bucket_text,
)
from ..map.counts import IncidentMap, incident_map
from .common import (
    Comparison,
    OverdueAction,
    Period,
    ReportFacts,
    agreement_for,
    checked_period,
    narrowed_trend,
    no_actions,
    overdue_actions,
    report_facts,
    series_by_root,
    stats_by_root,
)

# Up to about a quarter, a week-by-week table is still readable; longer periods go by month.
WEEKS_UP_TO_DAYS = 92


@dataclass(frozen=True)
class BucketRow:
    """One week or month of the period beside the same one a year earlier."""

    label: str
    count: int
    previous_label: str
    previous_count: int


@dataclass(frozen=True)
class AreaFollowUp:
    focus_area_id: int
    name: str
    incidents: Comparison
    trend: Trend  # this focus area's series alone, with the same weeks a year earlier
    rows: tuple[BucketRow, ...]
    places: tuple[PlaceCount, ...]
    actions: ActionStats
    overdue: tuple[OverdueAction, ...]
    plan: tuple[PlanRow, ...]  # for the year the period ends in


@dataclass(frozen=True)
class FollowUpReport:
    facts: ReportFacts
    previous: Period  # the same weeks or months a year earlier
    granularity: Granularity
    incidents: Comparison
    without_focus_area: Comparison
    actions: ActionStats  # every action, whatever its focus area
    overdue_without_focus_area: tuple[OverdueAction, ...]
    plan_year: int
    plan_status: tuple[tuple[PlanStatus, int], ...]
    places: tuple[PlaceCount, ...]
    map: IncidentMap  # the same incidents per place, where the places are
    pulse: WeekPulse
    areas: tuple[AreaFollowUp, ...]


# --- gathering ---------------------------------------------------------------------------


def granularity_for(period: Period) -> Granularity:
    return "week" if period.days <= WEEKS_UP_TO_DAYS else "month"


def _summed(stats: Iterable[ActionStats]) -> ActionStats:
    stats = list(stats)
    return ActionStats(
        0,
        "",
        sum(s.decided for s in stats),
        sum(s.closed for s in stats),
        sum(s.open for s in stats),
        sum(s.overdue for s in stats),
        None,
    )


def _bucket_rows(trend: Trend, series: TrendSeries | None) -> list[BucketRow]:
    """Each week or month of ``series`` (None: no incidents) beside the same a year earlier."""
    return [
        BucketRow(
            bucket_text(bucket),
            series.counts[index] if series else 0,
            bucket_text(earlier),
            series.year_earlier[index] if series else 0,
        )
        for index, (bucket, earlier) in enumerate(
            zip(trend.buckets, trend.year_earlier_buckets, strict=True)
        )
    ]


def _comparison(series: TrendSeries | None) -> Comparison:
    if series is None:
        return Comparison(0, 0)
    return Comparison(series.total, series.total_year_earlier)


def gather_follow_up(
    *,
    session: Session,
    date_from: date,
    date_to: date,
    today: date,
    include_confidential: bool = False,
) -> FollowUpReport:
    """The follow-up of ``date_from``–``date_to`` against the same weeks or months a year
    earlier, per focus area of the agreement in force at the period's end.

    A period still going on is counted to ``today``, and so are the days a year earlier."""
    asked, counted_to = checked_period(date_from, date_to, today)
    agreement = agreement_for(session, date_to)
    period = Period(asked.start, counted_to)
    granularity = granularity_for(period)
    lineage = lagesbild.focus_area_lineage(session=session)

    def scope(p: Period, **narrow) -> LagesbildFilter:
        return LagesbildFilter(p.start, p.end, include_confidential=include_confidential, **narrow)

    now = lagesbild.incident_trend(session=session, filter=scope(period), granularity=granularity)
    earlier = now.year_earlier_buckets
    previous = Period(earlier[0].start, earlier[-1].end)
    now_series = series_by_root(now, lineage)
    by_area = stats_by_root(
        lagesbild.action_stats(session=session, filter=scope(period), today=today, by="focus_area"),
        lineage,
    )
    all_actions = lagesbild.action_stats(
        session=session, filter=scope(period), today=today, by="organisation"
    )
    overdue = overdue_actions(session=session, period_end=period.end, today=today)
    plan_year = period.end.year
    agreement_id = saved_id(agreement)
    plan = plan_rows(session=session, agreement_id=agreement_id, year=plan_year)

    areas = []
    for area in focus_areas(session=session, agreement_id=agreement_id):
        area_id = saved_id(area)
        root = lineage.get(area_id, area_id)
        members = {a for a, r in lineage.items() if r == root}
        areas.append(
            AreaFollowUp(
                focus_area_id=area_id,
                name=area.name,
                incidents=_comparison(now_series.get(root)),
                trend=narrowed_trend(now, now_series.get(root), area_id, area.name),
                rows=tuple(_bucket_rows(now, now_series.get(root))),
                places=tuple(
                    lagesbild.incidents_per_place(
                        session=session, filter=scope(period, focus_area_ids=frozenset({area_id}))
                    )
                ),
                actions=by_area.get(root, no_actions(area_id, area.name)),
                overdue=tuple(
                    sorted(
                        (row for member in members for row in overdue.get(member, ())),
                        key=lambda row: row.due_date,
                    )
                ),
                plan=tuple(row for row in plan if row.focus_area_id == area_id),
            )
        )

    statuses = [row.status for row in plan]
    everything = scope(period)
    return FollowUpReport(
        facts=report_facts(
            session,
            follow_up_title(period.start, asked.end),
            agreement,
            asked,
            counted_to,
            today,
            include_confidential,
        ),
        previous=previous,
        granularity=granularity,
        incidents=Comparison(
            sum(s.total for s in now.series), sum(s.total_year_earlier for s in now.series)
        ),
        without_focus_area=_comparison(now_series.get(0)),
        actions=_summed(all_actions),
        overdue_without_focus_area=tuple(overdue.get(None, ())),
        plan_year=plan_year,
        plan_status=tuple((status, statuses.count(status)) for status in PlanStatus),
        places=tuple(lagesbild.incidents_per_place(session=session, filter=everything)),
        map=incident_map(session=session, filter=everything),
        pulse=lagesbild.week_pulse(session=session, filter=everything),
        areas=tuple(areas),
    )


def follow_up_title(start: date, end: date) -> str:
    return t("Uppföljning EST {start}–{end}").format(start=start.isoformat(), end=end.isoformat())


__all__ = [
    "AreaFollowUp",
    "BucketRow",
    "FollowUpReport",
    "follow_up_title",
    "gather_follow_up",
    "granularity_for",
]
