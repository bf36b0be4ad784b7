"""Charts of the lägesbild: what a reader sees in the window and in the printed report."""

from __future__ import annotations

import itertools
import math
import subprocess
import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from matplotlib.colors import to_hex, to_rgb
from matplotlib.figure import Figure
from matplotlib.image import AxesImage
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

from est_desktop.services.lagesbild import (
    ActionStats,
    Bucket,
    PlaceCount,
    Trend,
    TrendSeries,
    WeekPulse,
)
from est_desktop.services.lagesbild.charts import (
    action_chart,
    count_text,
    figure_png,
    places_chart,
    share_text,
    trend_chart,
    week_pulse_chart,
)
from tests.ui.shots import SHOTS

PLACES = ("Trelleborg centrum", "Anderslöv", "Skegrie", "Hamnen", "Smygehamn")


def _places(counts: tuple[int, ...] = (40, 25, 20, 10, 5)) -> list[PlaceCount]:
    total = sum(counts)
    return [
        PlaceCount(i, name, n, n / total)
        for i, (name, n) in enumerate(zip(PLACES, counts, strict=True))
    ]


def _weeks(count: int, first: date = date(2026, 1, 5)) -> tuple[Bucket, ...]:
    return tuple(
        Bucket(
            first + timedelta(weeks=i),
            first + timedelta(weeks=i, days=6),
            f"v. {(first + timedelta(weeks=i)).isocalendar().week} 2026",
        )
        for i in range(count)
    )


def _trend(buckets: tuple[Bucket, ...], names=("Skadegörelse", "Narkotika")) -> Trend:
    size = len(buckets)
    series = tuple(
        TrendSeries(index + 1, name, tuple((i + index) % 5 for i in range(size)), (1,) * size)
        for index, name in enumerate(names)
    )
    return Trend("week", buckets, series)


def _texts(figure: Figure) -> list[str]:
    return [t.get_text() for t in figure.findobj(lambda a: hasattr(a, "get_text"))]


def _bars(figure: Figure) -> list[Rectangle]:
    return [p for p in figure.axes[0].patches if isinstance(p, Rectangle)]


def _tick_labels(figure: Figure, axis: str) -> list[str]:
    axes = figure.axes[0]
    labels = axes.get_xticklabels() if axis == "x" else axes.get_yticklabels()
    return [label.get_text() for label in labels]


# --- places -----------------------------------------------------------------------------------


def test_places_one_bar_per_place_with_count_and_share_at_its_end() -> None:
    figure = places_chart(_places())
    assert len(_bars(figure)) == 5
    assert _tick_labels(figure, "y") == list(PLACES)
    texts = _texts(figure)
    assert "40 (40\u00a0%)" in texts
    assert "5 (5\u00a0%)" in texts
    assert "Antal händelser" in texts


def test_places_beyond_the_top_are_gathered_in_one_bar() -> None:
    figure = places_chart(_places(), top=3)
    assert len(_bars(figure)) == 4
    assert _tick_labels(figure, "y")[-1] == "Övriga platser (2)"
    assert "15 (15\u00a0%)" in _texts(figure)


# --- week pulse -------------------------------------------------------------------------------


def _pulse() -> WeekPulse:
    grid = [[0] * 24 for _ in range(7)]
    grid[4][22] = 12  # Friday night
    grid[5][23] = 7
    grid[0][8] = 1
    return WeekPulse(tuple(tuple(row) for row in grid), without_time=3)


def test_week_pulse_has_swedish_weekdays_every_hour_and_a_colour_bar() -> None:
    figure = week_pulse_chart(_pulse())
    assert _tick_labels(figure, "y") == ["mån", "tis", "ons", "tor", "fre", "lör", "sön"]
    assert _tick_labels(figure, "x") == [str(h) for h in range(24)]
    assert len(figure.axes) == 2  # the heat map and its colour bar
    texts = _texts(figure)
    assert {"12", "7", "1"} <= set(texts)
    assert "Antal händelser" in texts
    assert any("3 händelser utan klockslag" in t for t in texts)


def test_week_pulse_darkens_with_the_count_so_it_prints_in_greyscale() -> None:
    children = week_pulse_chart(_pulse()).axes[0].get_children()
    image = next(a for a in children if isinstance(a, AxesImage))

    def grey(value: int) -> float:
        r, g, b = to_rgb(image.cmap(image.norm(value)))
        return 0.299 * r + 0.587 * g + 0.114 * b

    lightness = [grey(v) for v in range(1, 13)]
    assert lightness == sorted(lightness, reverse=True)
    assert lightness[0] - lightness[-1] > 0.5


# --- trend ------------------------------------------------------------------------------------


def test_trend_one_line_per_series_and_the_year_before_dashed_in_the_same_colour() -> None:
    figure = trend_chart(_trend(_weeks(13)))
    lines = [line for line in figure.axes[0].get_lines() if isinstance(line, Line2D)]
    assert [line.get_label() for line in lines] == [
        "Skadegörelse",
        "Skadegörelse (året innan)",
        "Narkotika",
        "Narkotika (året innan)",
    ]
    assert all(line.get_marker() not in (None, "None", "") for line in lines)
    assert lines[0].get_linestyle() == "-" and lines[1].get_linestyle() == "--"
    assert to_hex(lines[0].get_color()) == to_hex(lines[1].get_color())
    assert to_hex(lines[0].get_color()) != to_hex(lines[2].get_color())
    assert "Antal händelser" in _texts(figure)


def test_a_week_still_going_on_hangs_off_the_line_dotted_and_is_named() -> None:
    weeks = list(_weeks(8))
    weeks[-1] = replace(weeks[-1], end=weeks[-1].start + timedelta(days=1), cut_end=True)
    trend = Trend(
        "week", tuple(weeks), (TrendSeries(1, "Trafik", (6, 7, 6, 8, 7, 6, 7, 1), (5,) * 8),)
    )
    figure = trend_chart(trend)
    lines = {line.get_label(): line for line in figure.axes[0].get_lines()}
    # The whole weeks' line stops before the part of a week: its 1 is no drop on the line.
    solid = list(lines["Trafik"].get_ydata())
    assert solid[:7] == [6, 7, 6, 8, 7, 6, 7] and math.isnan(solid[7])
    dotted = [
        line
        for line in figure.axes[0].get_lines()
        if line.get_linestyle() == ":" and list(line.get_xdata()) == [6, 7]
    ]
    assert [list(line.get_ydata()) for line in dotted] == [[7, 1], [5, 5]]
    legend = [text.get_text() for text in figure.legends[0].get_texts()]
    assert "Ofullständig vecka" in legend
    SHOTS.mkdir(parents=True, exist_ok=True)
    (SHOTS / "lagesbild-trend-part-of-week.png").write_bytes(figure_png(figure))


def test_a_trend_of_whole_weeks_has_no_dotted_part() -> None:
    figure = trend_chart(_trend(_weeks(8)))
    assert not [line for line in figure.axes[0].get_lines() if line.get_linestyle() == ":"]
    assert "Ofullständig vecka" not in [t.get_text() for t in figure.legends[0].get_texts()]


def test_trend_for_chosen_focus_areas_only() -> None:
    figure = trend_chart(_trend(_weeks(13)), focus_area_ids={2})
    assert [line.get_label() for line in figure.axes[0].get_lines()] == [
        "Narkotika",
        "Narkotika (året innan)",
    ]


@pytest.mark.parametrize("weeks", [13, 52, 104])
def test_trend_labels_are_thinned_so_they_do_not_overlap(weeks: int) -> None:
    figure = trend_chart(_trend(_weeks(weeks)))
    renderer = figure.canvas.get_renderer()
    figure.draw(renderer)
    labels = [t for t in figure.axes[0].get_xticklabels() if t.get_text()]
    assert 6 <= len(labels) <= 14
    boxes = [label.get_window_extent(renderer) for label in labels]
    for left, right in itertools.pairwise(boxes):
        assert left.x1 < right.x0, (left, right)
    assert labels[0].get_text() == "v. 2\n2026"  # the year under the first label


def test_a_month_trend_names_months_in_swedish() -> None:
    buckets = tuple(Bucket(date(2026, m, 1), date(2026, m, 28), f"{m} 2026") for m in range(1, 13))
    trend = Trend("month", buckets, (TrendSeries(1, "Trafik", (1,) * 12, (2,) * 12),))
    labels = _tick_labels(trend_chart(trend), "x")
    assert labels[0] == "jan\n2026"
    assert "maj" in labels and "okt" in labels


# --- actions ----------------------------------------------------------------------------------


def test_actions_three_hatched_bars_per_organisation() -> None:
    stats = [
        ActionStats(1, "Samhällsbyggnadsförvaltningen", 8, 5, 6, 2, 10.0),
        ActionStats(2, "Polisen", 4, 3, 2, 0, 5.0),
    ]
    figure = action_chart(stats)
    bars = _bars(figure)
    assert len(bars) == 6
    assert _tick_labels(figure, "y") == ["Samhällsbyggnadsförvaltningen", "Polisen"]
    assert len({bar.get_hatch() or "" for bar in bars}) == 3  # tells them apart in black and white
    legend = figure.legends[0]
    assert [t.get_text() for t in legend.get_texts()] == ["Öppna", "Stängda", "Försenade"]


# --- nothing to show, and the picture -----------------------------------------------------


@pytest.mark.parametrize(
    ("figure", "message"),
    [
        (lambda: places_chart([]), "Inga händelser"),
        (lambda: week_pulse_chart(WeekPulse(((0,) * 24,) * 7, 0)), "Inga händelser"),
        (lambda: trend_chart(Trend("week", ())), "Inga händelser"),
        (lambda: trend_chart(_trend(_weeks(4), names=())), "Inga händelser"),
        (lambda: action_chart([]), "Inga åtgärder"),
    ],
)
def test_nothing_to_show_says_so(figure, message: str) -> None:
    built = figure()
    assert message in _texts(built)
    assert figure_png(built)[:8] == b"\x89PNG\r\n\x1a\n"


def test_png_at_the_asked_resolution() -> None:
    figure = places_chart(_places())
    width_inches = figure.get_figwidth()
    png = figure_png(figure, dpi=100)
    width_pixels = int.from_bytes(png[16:20], "big")
    assert abs(width_pixels - width_inches * 100) <= 1


def test_swedish_numbers() -> None:
    assert count_text(12345) == "12\u00a0345"
    assert share_text(0.234) == "23\u00a0%"
    assert share_text(0.004) == "0,4\u00a0%"


def test_charts_never_load_pyplot_or_qt() -> None:
    """Reports draw on a worker thread: pyplot's global state is not safe there."""
    probe = (
        "import sys\n"
        "from est_desktop.services.lagesbild import charts\n"
        "from est_desktop.services.lagesbild import PlaceCount\n"
        "charts.figure_png(charts.places_chart([PlaceCount(1, 'Hamnen', 3, 1.0)]))\n"
        "print(sorted(m for m in ('matplotlib.pyplot', 'PySide6') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=Path(__file__).resolve().parents[3],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
