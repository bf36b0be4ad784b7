"""The lägesbild's survey tab: the rapportör survey's factors a filter shows, week by week,
and the chart of the share of rapportörer who marked each of them.

The chart is drawn like the other lägesbild charts (``charts``: the same style, no pyplot),
but its texts come from the caller, so the window can show them in the user's language.
matplotlib is imported only when the chart is drawn: the window reads the numbers through
this module at once, and draws the chart when it is first shown.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlmodel import Session

from ..imports.survey_import import monday
from ..imports.survey_picture import FactorTrend, survey_trend
from .scope import load_lineage
from .types import LagesbildFilter

if TYPE_CHECKING:
    from matplotlib.figure import Figure

WEEK_TEXT = "v. %1"


@dataclass(frozen=True)
class SurveyPeriod:
    # The Monday of every week that begins in the period, oldest first: the chart's x axis.
    weeks: list[date]
    # The factors with answers in the period that the focus-area filter shows.
    factors: list[FactorTrend]
    # Whether the period has survey answers at all, whichever focus areas are chosen.
    answered: bool

    @property
    def survey_weeks(self) -> list[date]:
        """The weeks the shown factors have answers in, oldest first."""
        return sorted({week for factor in self.factors for week, _, _ in factor.weeks})


def period_weeks(date_from: date, date_to: date) -> list[date]:
    """The Mondays of the weeks that begin in the period (and of the week it starts in)."""
    weeks = []
    week = monday(date_from)
    while week <= date_to:
        weeks.append(week)
        week += timedelta(weeks=1)
    return weeks


def survey_period(*, session: Session, filter: LagesbildFilter) -> SurveyPeriod:
    """Each factor's weekly counts in the filter's period. Chosen focus areas show their
    factors (through the focus areas' lineage, like incidents); factors of no focus area
    are shown only when no focus area is chosen."""
    trends = survey_trend(session=session, date_from=filter.date_from, date_to=filter.date_to)
    related = load_lineage(session).related(filter.focus_area_ids)
    shown = (
        trends
        if related is None
        else [t for t in trends if t.focus_area_id is not None and t.focus_area_id in related]
    )
    return SurveyPeriod(period_weeks(filter.date_from, filter.date_to), shown, bool(trends))


def average_marked(trend: FactorTrend) -> float | None:
    """Rapportörer who marked the factor per week, over the weeks it has answers in."""
    if not trend.weeks:
        return None
    return sum(marked for _, marked, _ in trend.weeks) / len(trend.weeks)


def marked_shares(trend: FactorTrend, weeks: Sequence[date]) -> list[float]:
    """Per week, the per cent of those who answered who marked the factor; NaN (a gap in
    the line, not a zero) for a week without answers."""
    shares = {week: marked / answered * 100 for week, marked, answered in trend.weeks if answered}
    return [shares.get(week, math.nan) for week in weeks]


def week_labels(weeks: Sequence[date], ticks: Sequence[int], week_text: str) -> list[str]:
    """'v. 48' per tick, with the year under the first one and wherever the year changed."""
    labels = []
    previous_year = None
    for index in ticks:
        year, week, _ = weeks[index].isocalendar()
        text = week_text.replace("%1", str(week))
        labels.append(text if year == previous_year else f"{text}\n{year}")
        previous_year = year
    return labels


def survey_chart(
    factors: Sequence[FactorTrend],
    weeks: Sequence[date],
    *,
    title: str,
    y_label: str,
    no_answers: str,
    week_text: str = WEEK_TEXT,
) -> Figure:
    """One line per factor: the share of rapportörer who marked it, week by week."""
    from matplotlib.ticker import MaxNLocator

    from .charts import STYLE, _axes, _empty, _figure, _finished, thinned_ticks

    lines = [(f, marked_shares(f, weeks)) for f in factors]
    lines = [(f, shares) for f, shares in lines if any(not math.isnan(s) for s in shares)]
    if not weeks or not lines:
        return _empty(title, no_answers)

    legend_rows = math.ceil(len(lines) / 2)
    figure = _figure(height=2.8 + 0.2 * legend_rows)
    axes = _axes(figure, title)
    x = range(len(weeks))
    size = 4 if len(weeks) <= 30 else 2.5
    for index, (factor, shares) in enumerate(lines):
        axes.plot(
            x,
            shares,
            color=STYLE.palette[index % len(STYLE.palette)],
            marker=STYLE.markers[index % len(STYLE.markers)],
            markersize=size,
            label=factor.factor,
        )
    ticks = thinned_ticks(len(weeks))
    axes.set_xticks(ticks, week_labels(weeks, ticks, week_text))
    axes.set_xlim(-0.5, len(weeks) - 0.5)
    peak = max(s for _, shares in lines for s in shares if not math.isnan(s))
    axes.set_ylim(0, min(100.0, max(10.0, peak * 1.15)))
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_ylabel(y_label, fontsize=STYLE.label_size, family=STYLE.font)
    axes.grid(axis="y", color=STYLE.grid, linewidth=0.6)
    figure.legend(
        loc="outside lower center",
        ncols=2,
        frameon=False,
        prop={"family": STYLE.font, "size": STYLE.tick_size},
    )
    return _finished(figure)
