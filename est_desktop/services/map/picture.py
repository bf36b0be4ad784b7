"""The map drawn: the kommun, its neighbours, and incidents per place as sized markers.

One matplotlib figure for the window, the projector and the Word reports, like the
other charts (``services.lagesbild.charts``): what it shows reads in print and in black and
white, because a marker's area grows with its count and the busiest places carry their
number. Every map has a legend, a scale bar, a north arrow and the boundaries' source.

Where places crowd together (the streets of the central town, most often), they get a
detail map of their own in a corner, so that the busiest places are not one blot.

Its sizes and colours are ``look``'s; the legend, scale bar, north arrow and source
are ``furniture``'s. Positions are drawn in degrees with the axes' aspect set for the
map's latitude: at the scale of one kommun this equirectangular view differs from a
true projection by less than the line width.
"""

from __future__ import annotations

import math
from collections.abc import Sequence, Set
from dataclasses import dataclass, replace

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Polygon, Rectangle

from ..documents.wording import count_text, t
from ..lagesbild.charts import STYLE, figure_png
from .counts import IncidentMap, MapPlace
from .furniture import (
    draw_legend,
    draw_north,
    draw_scale_bar,
    draw_source,
)
from .geo import Point
from .look import (
    BORDER,
    KM_PER_DEGREE,
    KOMMUN,
    LAND,
    MARKER_EDGE,
    NEIGHBOUR_BORDER,
    PRINT,
    SEA,
    Extent,
    MapLook,
    MarkerScale,
    extent_of,
    print_height,
)
from .outline import Municipality, attribution, neighbours

MAP_AXES = "map"
PLACES_GID = "places:"  # a marker layer's gid: this, then its place ids in drawing order
DETAIL_KM = 2.5  # places closer than this to the busiest one may share a detail map
MOST_LABELS = 8


def map_figure(
    incident_map: IncidentMap, *, title: str | None = None, look: MapLook = PRINT
) -> Figure:
    """The map of ``incident_map``: markers in ``incident_map.placed`` order, each marker
    layer's gid naming its places (``PLACES_GID``) for a click to find them."""
    title = t("Händelser på kartan") if title is None else title
    kommun = incident_map.municipality
    placed = [p for p in incident_map.placed if p.count > 0]
    extent = extent_of(kommun, placed)
    printed = look is PRINT
    # Points above the map: the title, or only room for the detail map's caption.
    band = look.title_size * 2.4 if title else look.small_size * 2.2
    if printed:  # as tall as the map needs, on the page's width
        look = replace(look, height=print_height(extent, look, band))
    figure = Figure(figsize=(look.width, look.height), dpi=100)
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    figure.patch.set_facecolor("white")
    top = 1 - band / (look.height * 72)
    bottom = (look.small_size * 3.4) / (look.height * 72)
    axes = figure.add_axes((0.01, bottom, 0.72, top - bottom))
    legend_axes = figure.add_axes((0.75, bottom, 0.24, top - bottom))
    legend_axes.set_axis_off()
    figure.text(
        0.01,
        1 - (look.title_size * 1.2) / (look.height * 72),
        title,
        fontsize=look.title_size,
        family=STYLE.font,
        color=STYLE.text,
        va="center",
    )
    scale = MarkerScale(placed, look)
    _draw_land(axes, kommun, extent)
    detail = _detail(placed, extent)
    in_detail = {p.place_id for p in detail.places} if detail else set()
    _draw_places(axes, placed, scale, look, labels=MOST_LABELS, unlabelled=in_detail)
    if detail is not None:
        _draw_detail(figure, axes, kommun, detail, scale, look, extent, placed)
    draw_north(axes, look)
    draw_scale_bar(axes, extent, look)
    draw_legend(legend_axes, scale, look, incident_map, printed)
    draw_source(
        figure, look, t("{source}. Platsernas lägen: EST Desktop.").format(source=attribution())
    )
    if not placed:
        axes.text(
            0.5,
            0.5,
            t("Inga händelser på platser med läge") if incident_map.total else t("Inga händelser"),
            ha="center",
            va="center",
            fontsize=look.title_size,
            family=STYLE.font,
            color=STYLE.muted,
            transform=axes.transAxes,
            bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.8},
        )
    return figure


def base_map(
    kommun: Municipality, points: Sequence[Point], *, width: float, height: float
) -> tuple[Figure, Axes]:
    """The kommun and its neighbours with scale bar, north arrow and source, to draw on:
    what the map picker shows. ``points`` (latitude, longitude) widen the view to
    include them."""
    figure = Figure(figsize=(width, height), dpi=100)
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    figure.patch.set_facecolor("white")
    bottom = (PRINT.small_size * 3.0) / (height * 72)
    axes = figure.add_axes((0.01, bottom, 0.98, 0.99 - bottom))
    extent = extent_of(kommun, [MapPlace(0, "", lat, lon, (), 0, 0) for lat, lon in points])
    _draw_land(axes, kommun, extent)
    draw_north(axes, PRINT)
    draw_scale_bar(axes, extent, PRINT)
    draw_source(figure, replace(PRINT, height=height), f"{attribution()}.")
    return figure, axes


def map_png(incident_map: IncidentMap, *, title: str | None = None, dpi: int = 200) -> bytes:
    """The map as a PNG for a Word document: 200 dpi reads sharply on a printed page."""
    figure = map_figure(incident_map, title=title)
    return figure_png(figure, dpi=dpi)


def place_ids_of(gid: str | None) -> list[int]:
    """The place ids a marker layer's gid names, in the layer's drawing order."""
    if not gid or not gid.startswith(PLACES_GID):
        return []
    return [int(part) for part in gid[len(PLACES_GID) :].split(",") if part]


# --- extent and scale ---------------------------------------------------------------------


# --- layers -------------------------------------------------------------------------------


def _draw_land(axes: Axes, kommun: Municipality, extent: Extent) -> None:
    axes.set_label(MAP_AXES)  # the one the window zooms
    axes.set_facecolor(SEA)
    for other in neighbours(kommun):
        for ring in other.rings:
            axes.add_patch(
                Polygon(ring, closed=True, facecolor=LAND, edgecolor=NEIGHBOUR_BORDER, lw=0.6)
            )
    for ring in kommun.rings:
        axes.add_patch(Polygon(ring, closed=True, facecolor=KOMMUN, edgecolor=BORDER, lw=1.2))
    axes.set_xlim(extent.west, extent.east)
    axes.set_ylim(extent.south, extent.north)
    axes.set_aspect(extent.aspect, adjustable="box")
    axes.set_xticks([])
    axes.set_yticks([])
    for spine in axes.spines.values():
        spine.set_color(STYLE.muted)
        spine.set_linewidth(0.6)


def _draw_places(
    axes: Axes,
    placed: Sequence[MapPlace],
    scale: MarkerScale,
    look: MapLook,
    *,
    labels: int,
    unlabelled: Set[int] = frozenset(),
    shrink: float = 1.0,
) -> None:
    if not placed:
        return
    for place in placed:
        if len(place.area) >= 3:
            axes.add_patch(
                Polygon(
                    [(lon, lat) for lat, lon in place.area],
                    closed=True,
                    facecolor=scale.colour(place.count),
                    edgecolor=MARKER_EDGE,
                    alpha=0.35,
                    lw=0.6,
                    zorder=2,
                )
            )
    markers = axes.scatter(
        [p.longitude for p in placed],
        [p.latitude for p in placed],
        s=[scale.size(p.count) * shrink for p in placed],
        c=[scale.colour(p.count) for p in placed],
        edgecolors=MARKER_EDGE,
        linewidths=0.7,
        alpha=0.9,
        zorder=3,
        picker=True,
    )
    markers.set_gid(PLACES_GID + ",".join(str(p.place_id) for p in placed))
    labelled = [p for p in placed if p.place_id not in unlabelled]
    _label(axes, labelled, placed, scale, look, labels, shrink)


def _label(
    axes: Axes,
    placed: Sequence[MapPlace],
    markers: Sequence[MapPlace],
    scale: MarkerScale,
    look: MapLook,
    most: int,
    shrink: float,
) -> None:
    """Names and counts of the busiest places. A label goes right of its marker, or left
    of it where only that stays in the frame; where it would cover a marker or another
    label it moves up or down a line, with a thin line to its marker, and a label with
    no free line left is not written (the table under the map has every place)."""
    axes.apply_aspect()  # where the markers will be drawn, not the frame asked for
    pixels = axes.figure.dpi / 72  # per point
    frame = axes.get_window_extent()
    line = look.label_size * 1.45  # points
    # What a label must not cover, in pixels: every marker, and the labels written.
    taken: list[tuple[float, float, float, float]] = []
    for place in markers:
        x, y = axes.transData.transform((place.longitude, place.latitude))
        half = math.sqrt(scale.size(place.count) * shrink) / 2 * pixels
        taken.append((x - half, y - half, x + half, y + half))
    for place in placed[:most]:
        text = f"{place.name} {count_text(place.count)}"
        x, y = axes.transData.transform((place.longitude, place.latitude))
        radius = math.sqrt(scale.size(place.count) * shrink) / 2 + 3
        width = len(text) * look.label_size * 0.68 * pixels
        # Right of the marker when it fits in the frame, else left when that fits.
        right = x + radius * pixels + width <= frame.x1 or x - radius * pixels - width < frame.x0
        for lines in (0, 1, -1, 2, -2, 3, -3):
            left = x + radius * pixels if right else x - radius * pixels - width
            bottom = y + (lines * line - line / 2) * pixels
            box = (left, bottom, left + width, bottom + line * pixels)
            if not any(_overlap(box, other) for other in taken):
                break
        else:
            continue
        taken.append(box)
        label = axes.annotate(
            text,
            (place.longitude, place.latitude),
            xytext=(radius if right else -radius, lines * line),
            textcoords="offset points",
            ha="left" if right else "right",
            va="center",
            fontsize=look.label_size,
            family=STYLE.font,
            color=STYLE.text,
            zorder=4,
            bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.75, "pad": 0.6},
            arrowprops={"arrowstyle": "-", "color": STYLE.muted, "lw": 0.6, "shrinkA": 0}
            if lines
            else None,
        )
        label.set_in_layout(False)


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@dataclass(frozen=True)
class _Detail:
    places: tuple[MapPlace, ...]
    west: float
    south: float
    east: float
    north: float


def _detail(placed: Sequence[MapPlace], extent: Extent) -> _Detail | None:
    """The places crowding around the busiest one, when at least three do, in a box small
    against the whole map."""
    if len(placed) < 3:
        return None
    centre = placed[0]
    aspect = extent.aspect
    near = [
        p
        for p in placed
        if math.hypot((p.longitude - centre.longitude) / aspect, p.latitude - centre.latitude)
        * KM_PER_DEGREE
        <= DETAIL_KM
    ]
    if len(near) < 3:
        return None
    west = min(p.longitude for p in near)
    east = max(p.longitude for p in near)
    south = min(p.latitude for p in near)
    north = max(p.latitude for p in near)
    pad_y = max((north - south) * 0.35, 0.004)
    pad_x = max((east - west) * 0.9, 0.008 * aspect)  # room for the names beside them
    return _Detail(tuple(near), west - pad_x, south - pad_y, east + pad_x, north + pad_y)


def _draw_detail(
    figure: Figure,
    axes: Axes,
    kommun: Municipality,
    detail: _Detail,
    scale: MarkerScale,
    look: MapLook,
    extent: Extent,
    placed: Sequence[MapPlace],
) -> None:
    axes.add_patch(
        Rectangle(
            (detail.west, detail.south),
            detail.east - detail.west,
            detail.north - detail.south,
            fill=False,
            edgecolor=BORDER,
            linestyle="--",
            lw=0.8,
            zorder=5,
        )
    )
    inset = figure.add_axes(_inset_box(axes, placed, extent))
    inset.set_facecolor(SEA)
    for ring in kommun.rings:
        inset.add_patch(Polygon(ring, closed=True, facecolor=KOMMUN, edgecolor=BORDER, lw=1))
    # Limits widened to the frame's own proportions, so the frame stays in its corner.
    _, _, width, height = inset.get_position().bounds
    frame = (width * figure.get_figwidth()) / (height * figure.get_figheight())
    middle_x, middle_y = (detail.west + detail.east) / 2, (detail.south + detail.north) / 2
    half_x, half_y = (detail.east - detail.west) / 2, (detail.north - detail.south) / 2
    if half_x / extent.aspect / half_y < frame:
        half_x = half_y * frame * extent.aspect
    else:
        half_y = half_x / extent.aspect / frame
    inset.set_xlim(middle_x - half_x, middle_x + half_x)
    inset.set_ylim(middle_y - half_y, middle_y + half_y)
    inset.set_aspect(extent.aspect, adjustable="box")
    inset.set_xticks([])
    inset.set_yticks([])
    for spine in inset.spines.values():
        spine.set_color(BORDER)
        spine.set_linestyle("--")
    inset.set_title(
        t("Utsnitt (streckad ruta)"),
        fontsize=look.small_size,
        family=STYLE.font,
        pad=2,
        loc="left",
    )
    _draw_places(inset, detail.places, scale, look, labels=len(detail.places), shrink=0.5)


def _inset_box(
    axes: Axes, placed: Sequence[MapPlace], extent: Extent
) -> tuple[float, float, float, float]:
    """The detail map's place in the figure: the upper left or lower right corner of the
    map, whichever covers fewer incidents (the scale bar and the north arrow keep the
    other two)."""
    axes.apply_aspect()  # the frame as drawn, narrowed to the map's aspect
    box = axes.get_position()
    width, height = box.width * 0.42, box.height * 0.42
    corners = {
        (box.x0 + 0.004, box.y1 - height - 0.004): (0.0, 0.58),
        (box.x1 - width - 0.004, box.y0 + 0.004): (0.58, 0.0),
    }
    covered: dict[tuple[float, float], int] = {}
    for corner, (fx, fy) in corners.items():
        west = extent.west + (extent.east - extent.west) * fx
        south = extent.south + (extent.north - extent.south) * fy
        east = west + (extent.east - extent.west) * 0.42
        north = south + (extent.north - extent.south) * 0.42
        hidden = sum(
            p.count for p in placed if west <= p.longitude <= east and south <= p.latitude <= north
        )
        covered[corner] = hidden
    x, y = min(covered, key=covered.__getitem__)
    return x, y, width, height
