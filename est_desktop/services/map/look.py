"""How a map looks: its sizes for print and for the projector, its colours, the
extent and proportions of a kommun's map, and marker sizes that grow with the count."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib.colors import Normalize

from ..lagesbild.charts import STYLE
from .counts import MapPlace
from .outline import Municipality

KM_PER_DEGREE = 111.32
SEA = "#E4EEF5"
LAND = "#F3F3F1"
KOMMUN = "#FFFFFF"
BORDER = "#4D4D4D"
NEIGHBOUR_BORDER = "#B3B3B3"
MARKER_EDGE = "#333333"
MARKER_COLOURS = "OrRd"  # light to dark red: darker and larger mean more


@dataclass(frozen=True)
class MapLook:
    """Sizes for print (the default) or the projector (``for_projector``)."""

    width: float = STYLE.width
    height: float = 5.2
    title_size: float = STYLE.title_size
    label_size: float = 7.5
    small_size: float = 6.5
    biggest_marker: float = 600  # points², for the place with most incidents
    smallest_marker: float = 22

    @classmethod
    def for_projector(cls, width: float, height: float) -> MapLook:
        """Readable from the back of the room on a slide ``width`` × ``height`` inches."""
        return cls(
            width=width,
            height=height,
            title_size=22,
            label_size=17,
            small_size=13,
            biggest_marker=3600,
            smallest_marker=120,
        )


PRINT = MapLook()  # its height is fitted to each map (print_height)


@dataclass(frozen=True)
class Extent:
    west: float
    south: float
    east: float
    north: float

    @property
    def middle_latitude(self) -> float:
        return (self.south + self.north) / 2

    @property
    def aspect(self) -> float:
        return 1 / math.cos(math.radians(self.middle_latitude))

    @property
    def width_km(self) -> float:
        return (self.east - self.west) * KM_PER_DEGREE / self.aspect


def extent_of(kommun: Municipality, placed: Sequence[MapPlace]) -> Extent:
    """The kommun, and every place drawn even when it lies outside it, with a margin."""
    west, south, east, north = kommun.bounds
    for place in placed:
        west, east = min(west, place.longitude), max(east, place.longitude)
        south, north = min(south, place.latitude), max(north, place.latitude)
    margin_x, margin_y = (east - west) * 0.06, (north - south) * 0.08
    return Extent(west - margin_x, south - margin_y, east + margin_x, north + margin_y)


def print_height(extent: Extent, look: MapLook, band: float) -> float:
    """Inches: the map's own proportions at 72 % of the width, and the title and the
    source line above and below it; never taller than two thirds of an A4 page."""
    map_height = look.width * 0.72 * (extent.north - extent.south) * extent.aspect
    map_height /= extent.east - extent.west
    bands = (band + look.small_size * 3.4) / 72
    return min(max(map_height + bands, 3.5), 7.5)


class MarkerScale:
    """Marker area in proportion to the count; colour darker with it."""

    def __init__(self, placed: Sequence[MapPlace], look: MapLook) -> None:
        self.highest = max((p.count for p in placed), default=1)
        self.look = look
        from matplotlib import colormaps

        self._colours = colormaps[MARKER_COLOURS]
        self._norm = Normalize(0, self.highest)

    def size(self, count: int) -> float:
        share = count / self.highest
        return max(self.look.smallest_marker, self.look.biggest_marker * share)

    def colour(self, count: int):
        # The lightest third of the colour map is too pale to see on white land.
        return self._colours(0.35 + 0.65 * self._norm(count))
