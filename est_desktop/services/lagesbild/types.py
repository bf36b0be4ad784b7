"""What a lägesbild is made of: its filter and the counts it shows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Granularity = Literal["week", "month"]
ActionGrouping = Literal["organisation", "focus_area"]


@dataclass(frozen=True)
class LagesbildFilter:
    """Which incidents and actions a lägesbild covers. Empty id sets mean "all"."""

    date_from: date
    date_to: date  # inclusive
    # Focus areas are matched through their lineage: choosing a focus area of the current
    # agreement also counts the earlier agreements' focus areas it continues.
    focus_area_ids: frozenset[int] = frozenset()
    place_ids: frozenset[int] = frozenset()
    source_ids: frozenset[int] = frozenset()
    # The reporting organisation for incidents; the responsible organisation for actions.
    organisation_ids: frozenset[int] = frozenset()
    include_confidential: bool = False


@dataclass(frozen=True)
class PlaceCount:
    place_id: int
    place: str
    count: int
    share: float  # of all incidents in the filter, 0..1


@dataclass(frozen=True)
class WeekPulse:
    """Incidents per weekday (Monday = 0) and hour of day of their start time."""

    counts: tuple[tuple[int, ...], ...]  # 7 rows of 24 hours
    without_time: int  # incidents recorded without a start time, not in the grid

    @property
    def total(self) -> int:
        return sum(sum(row) for row in self.counts) + self.without_time


@dataclass(frozen=True)
class Bucket:
    start: date
    end: date  # inclusive
    label: str  # "v. 48 2026" or "nov. 2026", in the language current when counted
    # The period begins or ends inside the week or month (the week still going on): its
    # count is not comparable with a whole one's.
    cut_start: bool = False
    cut_end: bool = False

    @property
    def complete(self) -> bool:
        return not (self.cut_start or self.cut_end)


@dataclass(frozen=True)
class TrendSeries:
    """One focus-area lineage's incidents per bucket, with the same buckets a year earlier."""

    focus_area_id: int  # the newest focus area of the lineage within the filter
    name: str
    counts: tuple[int, ...]
    year_earlier: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.counts)

    @property
    def total_year_earlier(self) -> int:
        return sum(self.year_earlier)


@dataclass(frozen=True)
class Trend:
    granularity: Granularity
    buckets: tuple[Bucket, ...]
    series: tuple[TrendSeries, ...] = field(default=())
    # The same buckets a year earlier, which ``TrendSeries.year_earlier`` counts.
    year_earlier_buckets: tuple[Bucket, ...] = field(default=())


@dataclass(frozen=True)
class ActionStats:
    """How the actions of one organisation or focus area fare within a period."""

    key: int
    name: str
    decided: int  # decided within the period
    closed: int  # done or cancelled within the period
    open: int  # open at the end of the period
    overdue: int  # of those open, past their due date at the end of the period
    median_days_to_close: float | None  # over the actions closed within the period


@dataclass(frozen=True)
class Lagesbild:
    """Everything the lägesbild screen shows for one filter, computed off one session."""

    filter: LagesbildFilter
    places: tuple[PlaceCount, ...]
    pulse: WeekPulse
    trend: Trend
    actions_by_organisation: tuple[ActionStats, ...]
    actions_by_focus_area: tuple[ActionStats, ...]

    @property
    def incident_count(self) -> int:
        return self.pulse.total


WITHOUT_FOCUS_AREA = "Utan fokusområde"  # a series' name, in the current language (t)
PERIOD_PRESETS = ("last_4_weeks", "this_quarter", "this_year", "agreement")
YEAR_EARLIER_WEEKS = 52  # the same ISO week a year earlier, on the same weekdays
