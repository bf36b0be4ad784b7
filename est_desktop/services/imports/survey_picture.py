"""What the survey says: the week's picture per focus area for the meeting, and each
factor's weekly trend for the lägesbild."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlmodel import Session, col

from ...models import SurveyFactor, SurveyResult
from .survey_import import monday

EARLIER_WEEKS = 4
# A meeting shows the latest survey week that began at least a day before it and at most
# three weeks before: older answers are no picture of "the week".
_NEWEST_AGE = timedelta(days=1)
_OLDEST_AGE = timedelta(days=21)


@dataclass(frozen=True)
class FactorWeek:
    factor_id: int
    factor: str
    marked: int
    answered: int
    # The weeks before, for comparison: their average marked count, and how many of the
    # four had answers (0: no comparison).
    earlier_average: float | None
    earlier_weeks: int

    @property
    def trend(self) -> int:
        """1 more than before, -1 fewer, 0 the same or nothing to compare with."""
        if self.earlier_average is None:
            return 0
        return (self.marked > self.earlier_average) - (self.marked < self.earlier_average)


@dataclass(frozen=True)
class SurveyWeek:
    week_start: date
    factors: list[FactorWeek]

    @property
    def week(self) -> int:
        return self.week_start.isocalendar().week

    @property
    def answered(self) -> int:
        return max((f.answered for f in self.factors), default=0)


def latest_survey_week(*, session: Session, on: date) -> date | None:
    """The survey week a meeting on ``on`` discusses, or None when there is none."""
    return session.scalar(
        select(col(SurveyResult.week_start))
        .where(
            col(SurveyResult.week_start) <= on - _NEWEST_AGE,
            col(SurveyResult.week_start) >= monday(on) - _OLDEST_AGE,
        )
        .order_by(col(SurveyResult.week_start).desc())
        .limit(1)
    )


def survey_week(
    *, session: Session, on: date, focus_area_id: int | None = None
) -> SurveyWeek | None:
    """The picture for a meeting on ``on``: each factor (of one focus area, if given)
    with how many rapportörer marked it, compared with the four weeks before."""
    week_start = latest_survey_week(session=session, on=on)
    if week_start is None:
        return None
    first = week_start - timedelta(weeks=EARLIER_WEEKS)
    query = (
        select(SurveyResult, col(SurveyFactor.name))
        .join(SurveyFactor, col(SurveyFactor.id) == SurveyResult.factor_id)
        .where(col(SurveyResult.week_start) >= first, col(SurveyResult.week_start) <= week_start)
        .order_by(col(SurveyFactor.position), col(SurveyFactor.id))
    )
    if focus_area_id is not None:
        query = query.where(col(SurveyFactor.focus_area_id) == focus_area_id)
    now: dict[int, tuple[str, SurveyResult]] = {}
    before: dict[int, list[int]] = {}
    for result, name in session.execute(query):
        if result.week_start == week_start:
            now[result.factor_id] = (name, result)
        else:
            before.setdefault(result.factor_id, []).append(result.marked)
    if not now:
        return None
    factors = []
    for factor_id, (name, result) in now.items():
        earlier = before.get(factor_id, [])
        factors.append(
            FactorWeek(
                factor_id,
                name,
                result.marked,
                result.answered,
                sum(earlier) / len(earlier) if earlier else None,
                len(earlier),
            )
        )
    return SurveyWeek(week_start, factors)


@dataclass(frozen=True)
class FactorTrend:
    factor_id: int
    factor: str
    focus_area_id: int | None
    # (week's Monday, marked, answered), oldest first; weeks without answers left out.
    weeks: list[tuple[date, int, int]]


def survey_trend(*, session: Session, date_from: date, date_to: date) -> list[FactorTrend]:
    """Every factor's weekly counts for the weeks that begin in the period."""
    query = (
        select(SurveyResult, SurveyFactor)
        .join(SurveyFactor, col(SurveyFactor.id) == SurveyResult.factor_id)
        .where(
            col(SurveyResult.week_start) >= monday(date_from),
            col(SurveyResult.week_start) <= date_to,
        )
        .order_by(col(SurveyFactor.position), col(SurveyFactor.id), col(SurveyResult.week_start))
    )
    trends: dict[int, FactorTrend] = {}
    for result, factor in session.execute(query):
        trend = trends.get(result.factor_id)
        if trend is None:
            trend = trends[result.factor_id] = FactorTrend(
                result.factor_id, factor.name, factor.focus_area_id, []
            )
        trend.weeks.append((result.week_start, result.marked, result.answered))
    return list(trends.values())
