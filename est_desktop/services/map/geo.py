"""Positions on the map: reading typed coordinates, and whether a point is in Sweden.

A convener types or pastes a position as it comes from wherever they looked it up:
decimal degrees with a decimal point or a Swedish decimal comma ("55,3751 13,1569"),
degrees, minutes and seconds as web maps show them (55°22'30"N 13°09'25"E), or the
SWEREF 99 TM grid the municipality's own maps use (N 6138079 E 383209). Every form is
stored as WGS 84 latitude and longitude.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache

from ...errors import ValidationError
from ...paths import resource_path
from ...text import QT_TRANSLATE_NOOP

Point = tuple[float, float]  # latitude, longitude

NOT_A_POSITION = QT_TRANSLATE_NOOP(
    "Validation",
    "Write the position as latitude and longitude, for example 55.3751, 13.1569, "
    "or as SWEREF 99 TM (N 6138079 E 383209).",
)
OUTSIDE_SWEDEN = QT_TRANSLATE_NOOP(
    "Validation",
    "That position is not in Sweden. Check that latitude (about 55–69) comes first "
    "and longitude (about 11–24) second.",
)

_NUMBER = r"[-+]?\d+(?:[.,]\d+)?"
_DMS = re.compile(
    rf"(?P<deg>{_NUMBER})\s*°\s*(?:(?P<min>{_NUMBER})\s*['′]\s*)?"
    rf"(?:(?P<sec>{_NUMBER})\s*(?:\"|″|'')\s*)?(?P<hemi>[NSEWÖVO])?",
    re.IGNORECASE,
)


def parse_position(text: str) -> Point:
    """The latitude and longitude ``text`` gives, in Sweden; ValidationError otherwise."""
    cleaned = " ".join(text.replace("\u00a0", " ").split())
    point = _degrees_minutes_seconds(cleaned) or _plain_numbers(cleaned)
    if point is None:
        raise ValidationError.single(NOT_A_POSITION, "position")
    check_in_sweden(*point)
    return point


def check_in_sweden(latitude: float, longitude: float) -> None:
    if not (math.isfinite(latitude) and math.isfinite(longitude)):
        raise ValidationError.single(NOT_A_POSITION, "position")
    if not in_sweden(latitude, longitude):
        raise ValidationError.single(OUTSIDE_SWEDEN, "position")


def _degrees_minutes_seconds(text: str) -> Point | None:
    if "°" not in text:
        return None
    parts = list(_DMS.finditer(text))
    if len(parts) != 2:
        return None
    values = []
    for part in parts:
        value = _number(part["deg"])
        value += _number(part["min"] or "0") / 60 + _number(part["sec"] or "0") / 3600
        if (part["hemi"] or "").upper() in {"S", "W", "V"}:
            value = -value
        values.append(value)
    first, second = ((part["hemi"] or "").upper() for part in parts)
    if first in {"E", "Ö", "O", "W", "V"} and second in {"N", "S"}:
        values.reverse()  # written longitude first
    return values[0], values[1]


def _plain_numbers(text: str) -> Point | None:
    numbers = re.findall(_NUMBER, text)
    if len(numbers) != 2 or re.sub(rf"{_NUMBER}|[\s,;:=]|[A-Za-zÅÄÖåäö]", "", text):
        return None
    first, second = (_number(number) for number in numbers)
    letters = re.sub(r"[^A-Za-zÅÄÖåäö]", "", text).upper()
    if abs(first) > 1000 or abs(second) > 1000:  # metres: SWEREF 99 TM
        northing, easting = max(first, second), min(first, second)  # N exceeds E in Sweden
        return sweref99tm_to_wgs84(northing, easting)
    if letters.startswith(("E", "Ö", "LON")):  # longitude written first
        first, second = second, first
    return first, second


def _number(text: str) -> float:
    text = text.strip().replace(",", ".")
    if not re.fullmatch(r"[-+]?\d+(?:\.\d+)?", text):
        raise ValueError(text)
    return float(text)


# --- SWEREF 99 TM --------------------------------------------------------------------------

# GRS 80 and the projection's constants, as Lantmäteriet publishes them.
_A = 6378137.0
_F = 1 / 298.257222101
_CENTRAL_MERIDIAN = 15.0
_SCALE = 0.9996
_FALSE_EASTING = 500000.0


def sweref99tm_to_wgs84(northing: float, easting: float) -> Point:
    """Lantmäteriet's Gauss–Krüger formulas, inverse; WGS 84 and SWEREF 99 agree to well
    under a metre, which is far finer than any place on this map."""
    e2 = _F * (2 - _F)
    n = _F / (2 - _F)
    a_roof = _A / (1 + n) * (1 + n**2 / 4 + n**4 / 64)
    deltas = (
        n / 2 - 2 * n**2 / 3 + 37 * n**3 / 96 - n**4 / 360,
        n**2 / 48 + n**3 / 15 - 437 * n**4 / 1440,
        17 * n**3 / 480 - 37 * n**4 / 840,
        4397 * n**4 / 161280,
    )
    a_star = e2 + e2**2 + e2**3 + e2**4
    b_star = -(7 * e2**2 + 17 * e2**3 + 30 * e2**4) / 6
    c_star = (224 * e2**3 + 889 * e2**4) / 120
    d_star = -(4279 * e2**4) / 1260
    xi = northing / (_SCALE * a_roof)
    eta = (easting - _FALSE_EASTING) / (_SCALE * a_roof)
    xi_prim, eta_prim = xi, eta
    for k, delta in enumerate(deltas, start=1):
        xi_prim -= delta * math.sin(2 * k * xi) * math.cosh(2 * k * eta)
        eta_prim -= delta * math.cos(2 * k * xi) * math.sinh(2 * k * eta)
    phi_star = math.asin(math.sin(xi_prim) / math.cosh(eta_prim))
    delta_lambda = math.atan(math.sinh(eta_prim) / math.cos(xi_prim))
    sin2 = math.sin(phi_star) ** 2
    latitude = phi_star + math.sin(phi_star) * math.cos(phi_star) * (
        a_star + b_star * sin2 + c_star * sin2**2 + d_star * sin2**3
    )
    return math.degrees(latitude), _CENTRAL_MERIDIAN + math.degrees(delta_lambda)


# --- in Sweden -----------------------------------------------------------------------------


@cache
def _sweden() -> tuple[tuple[Point, ...], ...]:
    """Sweden's outline grown by 12 to 22 km (resources/maps/sverige.json, which says
    why), as rings of (longitude, latitude) corners."""
    data = json.loads(resource_path("maps", "sverige.json").read_text(encoding="utf-8"))
    return tuple(tuple((x, y) for x, y in ring) for ring in data["rings"])


def in_sweden(latitude: float, longitude: float) -> bool:
    """Whether the point lies in Sweden, its islands and shore waters included. Meant to
    catch a mistyped or swapped position, not to draw the border to the metre."""
    return any(_inside(ring, longitude, latitude) for ring in _sweden())


def _inside(ring: tuple[Point, ...], x: float, y: float) -> bool:
    """Even–odd ray casting."""
    inside = False
    previous_x, previous_y = ring[-1]
    for corner_x, corner_y in ring:
        if (corner_y > y) != (previous_y > y):
            crossing = previous_x + (y - previous_y) * (corner_x - previous_x) / (
                corner_y - previous_y
            )
            if x < crossing:
                inside = not inside
        previous_x, previous_y = corner_x, corner_y
    return inside
