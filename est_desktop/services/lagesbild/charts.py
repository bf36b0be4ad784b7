"""Charts of the lägesbild, drawn with matplotlib, for the window and the Word reports alike.

Each builder returns a ``matplotlib.figure.Figure`` on the Agg canvas; the window
shows the same figure through ``FigureCanvasQTAgg``, so screen and report look the
same. pyplot is never used: its global figure registry is not safe on the worker
thread that writes reports. For the same reason no global ``rcParams`` are changed:
the shared look (``STYLE``) is passed to every artist explicitly.

Reports are often printed in black and white, so every series also differs by
marker, dash or hatching, and the heat map darkens with the count. Titles, axes and
legends are in the current language (``documents.wording``): the user's in the window,
the document's in a report.
"""

from __future__ import annotations

import io
import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

import numpy
from matplotlib import colormaps
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.ticker import MaxNLocator

from ..documents.wording import (
    calendar_words,
    count_text,
    decimal_text,
    percent_text,
    plural,
    t,
    t_each,
)
from . import ActionStats, PlaceCount, Trend, TrendSeries, WeekPulse

NO_INCIDENTS = "Inga händelser"
NO_ACTIONS = "Inga åtgärder"
NO_TIMED_INCIDENTS = "Inga händelser med klockslag"
ALL_FOCUS_AREAS = "Alla fokusområden"
ACTION_KINDS = ("Öppna", "Stängda", "Försenade")


@dataclass(frozen=True)
class ChartStyle:
    """One look for every chart, so a page of them reads as one report."""

    font: str = "DejaVu Sans"  # ships with matplotlib: the same glyphs on every computer
    title_size: float = 11
    label_size: float = 9
    tick_size: float = 8
    value_size: float = 7.5
    text: str = "#222222"
    grid: str = "#D9D9D9"
    muted: str = "#8C8C8C"
    # Okabe & Ito's colour-blind-safe palette, without its yellow (unreadable on white).
    palette: tuple[str, ...] = (
        "#0072B2",
        "#D55E00",
        "#009E73",
        "#CC79A7",
        "#E69F00",
        "#56B4E9",
        "#000000",
    )
    markers: tuple[str, ...] = ("o", "s", "^", "D", "v", "P", "X", "*")
    # Single-hue, lightness rising with the count: reads the same in greyscale and for
    # colour-blind readers.
    heat_map: str = "Blues"
    width: float = 6.7  # inches: 17 cm, the text width of the report's A4 page


STYLE = ChartStyle()
# How a week or month the period holds only part of is drawn.
_PART_OF_BUCKET: dict[str, Any] = {
    "color": STYLE.text,
    "linestyle": ":",
    "markerfacecolor": "white",
}
_ACTION_COLOURS = (STYLE.palette[0], STYLE.palette[2], STYLE.palette[1])
_ACTION_HATCHES = ("", "///", "xxx")


# --- numbers ----------------------------------------------------------------------------------


def share_text(share: float) -> str:
    """'23 %', or '0,4 %' below one per cent: Swedish decimal comma and spaced sign
    ('0.4%' in English)."""
    percent = share * 100
    if 0 < percent < 1:
        return percent_text(decimal_text(percent))
    return percent_text(f"{percent:.0f}")


# --- the builders -----------------------------------------------------------------------------


def places_chart(
    counts: Sequence[PlaceCount], top: int = 12, *, title: str | None = None
) -> Figure:
    """The places with most incidents, largest on top; the rest gathered in one grey bar."""
    title = t("Händelser per plats") if title is None else title
    shown = sorted(counts, key=lambda c: (-c.count, c.place))
    shown = [c for c in shown if c.count > 0]
    if not shown:
        return _empty(title, t(NO_INCIDENTS))
    rest = shown[top:]
    shown = shown[:top]
    labels = [c.place for c in shown]
    values = [c.count for c in shown]
    shares = [c.share for c in shown]
    colours = [STYLE.palette[0]] * len(shown)
    if rest:
        labels.append(t("Övriga platser ({count})").format(count=count_text(len(rest))))
        values.append(sum(c.count for c in rest))
        shares.append(sum(c.share for c in rest))
        colours.append(STYLE.muted)

    figure = _figure(height=1.1 + 0.27 * len(values))
    axes = _axes(figure, title)
    positions = range(len(values))
    axes.barh(positions, values, color=colours, height=0.7)
    axes.set_yticks(list(positions), labels)
    axes.invert_yaxis()
    axes.set_xlabel(t("Antal händelser"), fontsize=STYLE.label_size, family=STYLE.font)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.grid(axis="x", color=STYLE.grid, linewidth=0.6)
    axes.set_xlim(0, max(values) * 1.25)  # room for the text at the bar ends
    for position, value, share in zip(positions, values, shares, strict=True):
        _value(axes, value, position, f"{count_text(value)} ({share_text(share)})")
    return _finished(figure)


def week_pulse_chart(pulse: WeekPulse, *, title: str | None = None) -> Figure:
    """Weekday × hour of day: when incidents start, darker for more."""
    title = t("Händelser per veckodag och timme") if title is None else title
    grid = [list(row) for row in pulse.counts]
    peak = max((max(row) for row in grid), default=0)
    if peak == 0:
        if not pulse.without_time:
            return _empty(title, t(NO_INCIDENTS))
        return _empty(title, t(NO_TIMED_INCIDENTS), _without_time_text(pulse.without_time))

    figure = _figure(height=3.0)
    axes = _axes(figure, title)
    # Hours without incidents stay white, so a single incident already shows.
    colours = colormaps[STYLE.heat_map].with_extremes(bad="white")
    image = axes.imshow(
        numpy.ma.masked_equal(grid, 0),
        cmap=colours,
        vmin=0,
        vmax=peak,
        aspect="auto",
        interpolation="nearest",
    )
    axes.set_xticks(range(24), [str(hour) for hour in range(24)])
    axes.set_yticks(range(7), calendar_words().weekdays_short)
    label = t("Timme då händelsen började")
    if pulse.without_time:
        label += f"\n({_without_time_text(pulse.without_time)})"
    axes.set_xlabel(label, fontsize=STYLE.label_size, family=STYLE.font)
    axes.tick_params(length=0)
    for spine in axes.spines.values():
        spine.set_visible(False)
    for day, row in enumerate(grid):
        for hour, value in enumerate(row):
            if value:
                axes.text(
                    hour,
                    day,
                    str(value),
                    ha="center",
                    va="center",
                    fontsize=STYLE.value_size - (0.5 if value >= 100 else 0),
                    family=STYLE.font,
                    color="white" if value > peak * 0.55 else STYLE.text,
                )
    bar = figure.colorbar(image, ax=axes, fraction=0.04, pad=0.015)
    bar.set_label(t("Antal händelser"), fontsize=STYLE.label_size, family=STYLE.font)
    bar.ax.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=5))
    bar.ax.tick_params(labelsize=STYLE.tick_size, labelfontfamily=STYLE.font)
    bar.outline.set_visible(False)
    return _finished(figure)


def trend_chart(
    trend: Trend,
    focus_area_ids: Collection[int] | None = None,
    *,
    title: str | None = None,
    year_earlier: bool = True,
    height: float | None = None,
    most_lines: int | None = None,
) -> Figure:
    """Incidents per week or month, one line per focus area; the same weeks or months a year
    earlier dashed in the same colour. Beyond ``most_lines`` focus areas the lines would only
    tangle, so their sum is drawn as one line instead."""
    title = t("Händelser över tid") if title is None else title
    series = [
        s for s in trend.series if focus_area_ids is None or s.focus_area_id in focus_area_ids
    ]
    if most_lines is not None and len(series) > most_lines:
        series = [combined_series(series)]
    if not trend.buckets or not any(s.total or s.total_year_earlier for s in series):
        return _empty(title, t(NO_INCIDENTS))

    complete = [bucket.complete for bucket in trend.buckets]
    lines = len(series) * (2 if year_earlier else 1) + (0 if all(complete) else 1)
    legend_rows = math.ceil(lines / 2) if lines > 1 else 0
    figure = _figure(height=(height or 2.5) + 0.2 * legend_rows)
    axes = _axes(figure, title)
    size = 4 if len(trend.buckets) <= 30 else 2.5
    for index, s in enumerate(series):
        colour = STYLE.palette[index % len(STYLE.palette)]
        marker = STYLE.markers[index % len(STYLE.markers)]
        style = {"color": colour, "marker": marker, "markersize": size}
        _plot_line(axes, s.counts, complete, label=s.name, **style)
        if year_earlier:
            _plot_line(
                axes,
                s.year_earlier,
                complete,
                label=t("{name} (året innan)").format(name=s.name),
                **style | {"linestyle": (0, (4, 2)), "linewidth": 1.1, "markersize": size - 1},
                markerfacecolor="white",
            )
    if not all(complete):
        what = t("Ofullständig vecka") if trend.granularity == "week" else t("Ofullständig månad")
        axes.plot([], [], **_PART_OF_BUCKET, marker="o", markersize=size, label=what)
    ticks = thinned_ticks(len(trend.buckets))
    axes.set_xticks(ticks, axis_labels(trend, ticks))
    axes.set_xlim(-0.5, len(trend.buckets) - 0.5)
    axes.set_ylim(bottom=0)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_ylabel(t("Antal händelser"), fontsize=STYLE.label_size, family=STYLE.font)
    axes.grid(axis="y", color=STYLE.grid, linewidth=0.6)
    if legend_rows:  # a single line is named by the title or the heading above the chart
        figure.legend(
            loc="outside lower center",
            ncols=2,
            frameon=False,
            prop={"family": STYLE.font, "size": STYLE.tick_size},
        )
    return _finished(figure)


def _plot_line(axes: Axes, values: Sequence[int], complete: Sequence[bool], **style) -> None:
    """A line through the whole weeks or months; a week or month the period holds only part
    of (the one still going on) hangs off it dotted with a hollow marker, so that its low
    count does not read as a drop."""
    gaps = [value if whole else math.nan for value, whole in zip(values, complete, strict=True)]
    axes.plot(range(len(values)), gaps, **style)
    dotted = style | {"linestyle": ":", "marker": "none", "label": None}
    hollow = style | {"linestyle": "none", "markerfacecolor": "white", "label": None}
    for index, whole in enumerate(complete):
        if whole:
            continue
        around = [i for i in (index - 1, index, index + 1) if 0 <= i < len(values)]
        around = [i for i in around if i == index or complete[i]]
        axes.plot(around, [values[i] for i in around], **dotted)
        axes.plot([index], [values[index]], **hollow)


def combined_series(series: Sequence[TrendSeries]) -> TrendSeries:
    """Every series summed bucket by bucket, named for all focus areas."""
    return TrendSeries(
        0,
        t(ALL_FOCUS_AREAS),
        tuple(sum(counts) for counts in zip(*(s.counts for s in series), strict=True)),
        tuple(sum(counts) for counts in zip(*(s.year_earlier for s in series), strict=True)),
    )


def action_chart(stats: Sequence[ActionStats], *, title: str | None = None) -> Figure:
    """Open, closed and overdue actions per organisation or focus area, side by side."""
    title = t("Åtgärder") if title is None else title
    rows = [s for s in stats if s.open or s.closed or s.overdue]
    if not rows:
        return _empty(title, t(NO_ACTIONS))

    figure = _figure(height=1.3 + 0.55 * len(rows))
    axes = _axes(figure, title)
    height = 0.26
    peak = max(max(s.open, s.closed, s.overdue) for s in rows)
    for kind, (label, colour, hatch) in enumerate(
        zip(t_each(ACTION_KINDS), _ACTION_COLOURS, _ACTION_HATCHES, strict=True)
    ):
        values = [(s.open, s.closed, s.overdue)[kind] for s in rows]
        positions = [row + (kind - 1) * height for row in range(len(rows))]
        axes.barh(
            positions,
            values,
            height=height,
            color=colour,
            hatch=hatch,
            edgecolor="white" if hatch else colour,
            linewidth=0,
            label=label,
        )
        for position, value in zip(positions, values, strict=True):
            if value:
                _value(axes, value, position, count_text(value), size=STYLE.value_size - 0.5)
    axes.set_yticks(range(len(rows)), [s.name for s in rows])
    axes.invert_yaxis()
    axes.set_xlim(0, peak * 1.15)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_xlabel(t("Antal åtgärder"), fontsize=STYLE.label_size, family=STYLE.font)
    axes.grid(axis="x", color=STYLE.grid, linewidth=0.6)
    figure.legend(
        loc="outside lower center",
        ncols=3,
        frameon=False,
        prop={"family": STYLE.font, "size": STYLE.tick_size},
    )
    return _finished(figure)


def figure_png(figure: Figure, dpi: float = 150) -> bytes:
    """The figure as PNG bytes, through Agg whatever canvas the figure is shown on."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, facecolor="white")
    return buffer.getvalue()


# --- x axis of a trend --------------------------------------------------------------------


def thinned_ticks(count: int, most: int = 14) -> list[int]:
    """Every n-th bucket, so at most ``most`` labels share the axis without overlapping."""
    step = max(1, math.ceil(count / most))
    return list(range(0, count, step))


def axis_labels(trend: Trend, ticks: Sequence[int]) -> list[str]:
    """Short labels ('v. 48', 'nov'), with the year under the first one and wherever the
    year changed since the previous label shown."""
    months = calendar_words().months_short
    labels = []
    previous_year = None
    for index in ticks:
        bucket = trend.buckets[index]
        if trend.granularity == "week":
            year, week, _ = bucket.start.isocalendar()
            text = t("v. {week}").format(week=week)
        elif trend.granularity == "month":
            year, text = bucket.start.year, months[bucket.start.month - 1]
        else:
            labels.append(bucket.label)
            continue
        labels.append(text if year == previous_year else f"{text}\n{year}")
        previous_year = year
    return labels


# --- shared parts -------------------------------------------------------------------------------


def _figure(height: float) -> Figure:
    layout = ConstrainedLayoutEngine(w_pad=0.06, h_pad=0.06)
    figure = Figure(figsize=(STYLE.width, height), dpi=100, layout=layout)
    FigureCanvasAgg(figure)
    figure.patch.set_facecolor("white")
    return figure


def _axes(figure: Figure, title: str) -> Axes:
    axes = figure.add_subplot()
    if title:
        # y given: no top ticks to clear, so matplotlib need not measure every tick label
        # on each draw to place the title.
        axes.set_title(
            title,
            loc="left",
            y=1.0,
            fontsize=STYLE.title_size,
            family=STYLE.font,
            color=STYLE.text,
        )
    axes.tick_params(labelsize=STYLE.tick_size, labelfontfamily=STYLE.font, colors=STYLE.text)
    axes.set_axisbelow(True)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        axes.spines[side].set_color(STYLE.muted)
    return axes


def _finished(figure: Figure) -> Figure:
    """The builder's last step. An axis left without a label gets a fixed place for it:
    otherwise matplotlib measures every tick label on each draw to place the empty text."""
    for axes in figure.axes:
        for axis in (axes.xaxis, axes.yaxis):
            if not axis.label.get_text():
                axis.set_label_coords(0.5, 0.5)
    return figure


def _value(axes: Axes, value: float, position: float, text: str, size: float | None = None) -> None:
    """A number at the end of its bar, in the headroom the chart leaves for it: kept out of
    the layout, which would otherwise measure every label again on each redraw."""
    label = axes.annotate(
        text,
        (value, position),
        xytext=(3, 0),
        textcoords="offset points",
        va="center",
        fontsize=size or STYLE.value_size,
        family=STYLE.font,
        color=STYLE.text,
    )
    label.set_in_layout(False)


def _empty(title: str, message: str, note: str = "") -> Figure:
    figure = _figure(height=1.6)
    axes = _axes(figure, title)
    axes.set_axis_off()
    axes.text(
        0.5,
        0.45,
        message,
        ha="center",
        va="center",
        fontsize=STYLE.title_size,
        family=STYLE.font,
        color=STYLE.muted,
        transform=axes.transAxes,
    )
    if note:
        axes.text(
            0.5,
            0.1,
            note,
            ha="center",
            va="center",
            fontsize=STYLE.tick_size,
            family=STYLE.font,
            color=STYLE.muted,
            transform=axes.transAxes,
        )
    return figure


def _without_time_text(count: int) -> str:
    return plural(
        count,
        "{count} händelse utan klockslag ingår inte",
        "{count} händelser utan klockslag ingår inte",
    )


__all__ = [
    "NO_ACTIONS",
    "NO_INCIDENTS",
    "STYLE",
    "ChartStyle",
    "action_chart",
    "axis_labels",
    "count_text",
    "figure_png",
    "places_chart",
    "share_text",
    "thinned_ticks",
    "trend_chart",
    "week_pulse_chart",
]
