"""What makes a map readable in print: the legend of marker sizes with the totals, the
scale bar, the north arrow and the boundaries' source."""

from __future__ import annotations

import math
import textwrap

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

from ..documents.wording import count_text, plural, t
from ..lagesbild.charts import STYLE
from .counts import IncidentMap
from .look import (
    BORDER,
    KM_PER_DEGREE,
    MARKER_EDGE,
    Extent,
    MapLook,
    MarkerScale,
)


def draw_source(figure: Figure, look: MapLook, text: str) -> None:
    """Whose boundaries these are, in the lower right corner, as their licence asks."""
    figure.text(
        0.99,
        look.small_size / (look.height * 72),
        text,
        ha="right",
        va="bottom",
        fontsize=look.small_size,
        family=STYLE.font,
        color=STYLE.muted,
    )


def draw_north(axes: Axes, look: MapLook) -> None:
    axes.annotate(
        "N",
        xy=(0.96, 0.97),
        xytext=(0.96, 0.86),
        xycoords="axes fraction",
        ha="center",
        va="center",
        fontsize=look.label_size + 1,
        family=STYLE.font,
        weight="bold",
        color=STYLE.text,
        arrowprops={"arrowstyle": "-|>", "color": STYLE.text, "lw": 1.2},
    ).set_in_layout(False)


def draw_scale_bar(axes: Axes, extent: Extent, look: MapLook) -> None:
    """A bar of a round number of kilometres, about a fifth of the map's width."""
    length = _round_km(extent.width_km / 5)
    degrees = length / (KM_PER_DEGREE / extent.aspect)
    x0 = extent.west + (extent.east - extent.west) * 0.04
    y0 = extent.south + (extent.north - extent.south) * 0.05
    height = (extent.north - extent.south) * 0.012
    for index in range(2):
        axes.add_patch(
            Rectangle(
                (x0 + index * degrees / 2, y0),
                degrees / 2,
                height,
                facecolor=BORDER if index == 0 else "white",
                edgecolor=BORDER,
                lw=0.8,
                zorder=5,
            )
        )
    for offset, text in ((0, "0"), (degrees, f"{count_text(length)} km")):
        axes.text(
            x0 + offset,
            y0 + height * 1.8,
            text,
            ha="center",
            va="bottom",
            fontsize=look.small_size,
            family=STYLE.font,
            color=STYLE.text,
            zorder=5,
        )


def _round_km(wanted: float) -> int:
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500):
        if step * 2 > wanted:
            return step
    return 1000


def draw_legend(
    legend: Axes, scale: MarkerScale, look: MapLook, incident_map: IncidentMap, printed: bool
) -> None:
    counts = sorted(set(_legend_counts(scale.highest)), reverse=True)
    handles = [
        Line2D(
            [],
            [],
            linestyle="none",
            marker="o",
            markersize=math.sqrt(scale.size(count)),
            markerfacecolor=scale.colour(count),
            markeredgecolor=MARKER_EDGE,
            label=count_text(count),
        )
        for count in counts
    ]
    if incident_map.placed and any(p.count for p in incident_map.placed):
        legend.legend(
            handles=handles,
            title=t("Händelser per plats"),
            loc="upper left",
            frameon=False,
            labelspacing=1.6 if printed else 1.2,
            borderpad=0.2,
            handletextpad=1.2,
            prop={"family": STYLE.font, "size": look.label_size},
            title_fontproperties={"family": STYLE.font, "size": look.label_size},
            alignment="left",
        )
    lines = [t("Totalt {count} händelser").format(count=count_text(incident_map.total))]
    if incident_map.unplaced:
        places = len(incident_map.unplaced)
        lines.append(
            plural(
                places,
                "{incidents} på {count} plats utan läge syns inte på kartan",
                "{incidents} på {count} platser utan läge syns inte på kartan",
                incidents=count_text(incident_map.unplaced_count),
            )
        )
    if not incident_map.filter.include_confidential:
        lines.append(t("Sekretessmarkerade händelser ingår inte"))
    legend.text(
        0,
        0,
        "\n".join(textwrap.fill(line, 30 if printed else 26) for line in lines),
        va="bottom",
        ha="left",
        fontsize=look.small_size,
        family=STYLE.font,
        color=STYLE.text,
        transform=legend.transAxes,
    )


def _legend_counts(highest: int) -> list[int]:
    """Up to three round counts up to ``highest`` to read the marker sizes by."""
    if highest <= 3:
        return list(range(highest, 0, -1))
    counts = [highest]
    for share in (0.5, 0.1):
        value = highest * share
        magnitude = 10 ** math.floor(math.log10(value))
        rounded = max(1, int(round(value / magnitude) * magnitude))
        if rounded < counts[-1]:
            counts.append(rounded)
    return counts
