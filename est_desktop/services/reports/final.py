"""The end-of-period report (slutrapport): what it says, gathered as plain data.

The agreement asks kommun and polis to report on its outcome after the period. This
gathers the evidence year by year – per overall goal, per focus area with its bilaga 1
rows, and in appendix tables – for ``final_docx`` to render.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from ...models import PlanStatus, saved_id
from .. import lagesbild
from ..agreements.follow_up import GoalEvidence, LinkedAction, goal_evidence, plan_rows
from ..agreements.in_force import focus_areas
from ..documents.wording import t
from ..lagesbild import ActionStats, LagesbildFilter, Trend, TrendSeries
from ..map.counts import IncidentMap, incident_map
from .common import (
    Period,
    ReportFacts,
    agreement_for,
    checked_period,
    narrowed_trend,
    no_actions,
    report_facts,
    series_by_root,
    stats_by_root,
)


@dataclass(frozen=True)
class PlanOutcome:
    """One bilaga 1 row over the whole period."""

    activity: str
    measure: str
    follow_up: str
    goal: str
    status: dict[int, PlanStatus]  # per year
    notes: dict[int, str]  # per year, only years with a note
    actions: tuple[LinkedAction, ...]


@dataclass(frozen=True)
class AreaOutcome:
    focus_area_id: int
    name: str
    section: str
    plan: tuple[PlanOutcome, ...]
    actions_by_year: dict[int, ActionStats]
    trend: Trend  # per month over the period, this focus area alone
    incidents_by_year: dict[int, int]
    year_before: int  # the same months in the year before the period


@dataclass(frozen=True)
class YearRow:
    name: str
    by_year: dict[int, int]

    @property
    def total(self) -> int:
        return sum(self.by_year.values())


@dataclass(frozen=True)
class FinalReport:
    facts: ReportFacts
    years: tuple[int, ...]
    goals: tuple[GoalEvidence, ...]
    areas: tuple[AreaOutcome, ...]
    without_focus_area: YearRow
    places: tuple[YearRow, ...]  # most incidents first
    map: IncidentMap  # incidents per place over the whole period, where the places are
    actions_by_organisation: tuple[ActionStats, ...]

    @property
    def incidents_by_year(self) -> dict[int, int]:
        rows = [
            *(YearRow(a.name, a.incidents_by_year) for a in self.areas),
            self.without_focus_area,
        ]
        return {year: sum(r.by_year.get(year, 0) for r in rows) for year in self.years}


def _years(period: Period) -> list[Period]:
    """The calendar years of ``period``, each clipped to it."""
    return [
        Period(max(period.start, date(year, 1, 1)), min(period.end, date(year, 12, 31)))
        for year in range(period.start.year, period.end.year + 1)
    ]


def gather_final(
    *,
    session: Session,
    date_from: date,
    date_to: date,
    today: date,
    include_confidential: bool = False,
) -> FinalReport:
    """The end-of-period report: the overall goals with their evidence, and per focus area
    its goals word for word, what was done and how incidents developed year by year."""
    asked, counted_to = checked_period(date_from, date_to, today)
    agreement = agreement_for(session, date_to)
    agreement_id = saved_id(agreement)
    period = Period(asked.start, counted_to)
    years = _years(period)
    lineage = lagesbild.focus_area_lineage(session=session)

    def scope(p: Period) -> LagesbildFilter:
        return LagesbildFilter(p.start, p.end, include_confidential=include_confidential)

    trend = lagesbild.incident_trend(session=session, filter=scope(period), granularity="month")
    series = series_by_root(trend, lineage)
    stats_by_year = {
        y.start.year: stats_by_root(
            lagesbild.action_stats(session=session, filter=scope(y), today=today, by="focus_area"),
            lineage,
        )
        for y in years
    }
    plan_by_year = {
        y.start.year: plan_rows(session=session, agreement_id=agreement_id, year=y.start.year)
        for y in years
    }

    def per_year(counts: Iterable[int]) -> dict[int, int]:
        summed = {y.start.year: 0 for y in years}
        for bucket, count in zip(trend.buckets, counts, strict=True):
            summed[bucket.start.year] += count
        return summed

    def year_before(s: TrendSeries | None) -> int:
        first = years[0].start.year
        if s is None:
            return 0
        return sum(
            c for b, c in zip(trend.buckets, s.year_earlier, strict=True) if b.start.year == first
        )

    areas = []
    for area in focus_areas(session=session, agreement_id=agreement_id):
        area_id = saved_id(area)
        root = lineage.get(area_id, area_id)
        zeros = (0,) * len(trend.buckets)
        area_series = series.get(root)
        areas.append(
            AreaOutcome(
                focus_area_id=area_id,
                name=area.name,
                section=area.section,
                plan=tuple(_plan_outcomes(plan_by_year, area_id)),
                actions_by_year={
                    year: stats.get(root, no_actions(area_id, area.name))
                    for year, stats in stats_by_year.items()
                },
                trend=narrowed_trend(trend, area_series, area_id, area.name),
                incidents_by_year=per_year(area_series.counts if area_series else zeros),
                year_before=year_before(area_series),
            )
        )

    without = series.get(0)
    return FinalReport(
        facts=report_facts(
            session,
            final_title(agreement.name),
            agreement,
            asked,
            counted_to,
            today,
            include_confidential,
        ),
        years=tuple(y.start.year for y in years),
        goals=tuple(
            goal_evidence(
                session=session,
                agreement_id=agreement_id,
                today=today,
                include_confidential=include_confidential,
            )
        ),
        areas=tuple(areas),
        without_focus_area=YearRow(
            t(lagesbild.WITHOUT_FOCUS_AREA),
            per_year(without.counts if without else (0,) * len(trend.buckets)),
        ),
        places=tuple(_places_by_year(session, years, scope)),
        map=incident_map(session=session, filter=scope(period)),
        actions_by_organisation=tuple(
            lagesbild.action_stats(
                session=session, filter=scope(period), today=today, by="organisation"
            )
        ),
    )


def _plan_outcomes(plan_by_year: dict[int, list], focus_area_id: int) -> list[PlanOutcome]:
    outcomes: dict[int, PlanOutcome] = {}
    for year, rows in plan_by_year.items():
        for row in rows:
            if row.focus_area_id != focus_area_id:
                continue
            outcome = outcomes.setdefault(
                row.id,
                PlanOutcome(
                    row.activity, row.measure, row.follow_up, row.goal, {}, {}, row.actions
                ),
            )
            outcome.status[year] = row.status
            if row.note:
                outcome.notes[year] = row.note
    return list(outcomes.values())


def _places_by_year(session: Session, years: list[Period], scope) -> list[YearRow]:
    counts: dict[str, dict[int, int]] = {}
    for year in years:
        for place in lagesbild.incidents_per_place(session=session, filter=scope(year)):
            counts.setdefault(place.place, {y.start.year: 0 for y in years})[year.start.year] = (
                place.count
            )
    rows = [YearRow(name, by_year) for name, by_year in counts.items()]
    return sorted(rows, key=lambda row: -row.total)  # stable: Swedish order within a count


def final_title(agreement_name: str) -> str:
    return t("Slutrapport {agreement}").format(agreement=agreement_name)


__all__ = [
    "AreaOutcome",
    "FinalReport",
    "PlanOutcome",
    "YearRow",
    "final_title",
    "gather_final",
]
