"""The kommun boundaries that ship with the app (resources/maps/kommuner.json).

They are Statistics Sweden's simplified boundaries, made for thematic maps like this
one: a map drawn from them names SCB as its source (``ATTRIBUTION``). Which kommun the
map shows is a setting of the database; Trelleborg's unless changed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from sqlmodel import Session

from ...errors import ValidationError
from ...paths import resource_path
from ...text import QT_TRANSLATE_NOOP
from ..documents.wording import t
from ..settings import get_value, set_value

MUNICIPALITY_KEY = "map.municipality"
DEFAULT_MUNICIPALITY = "1287"  # Trelleborg

UNKNOWN_MUNICIPALITY = QT_TRANSLATE_NOOP("Validation", "Choose a kommun from the list.")

Ring = tuple[tuple[float, float], ...]  # (longitude, latitude) corners


@dataclass(frozen=True)
class Municipality:
    code: str
    name: str
    rings: tuple[Ring, ...]

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        """West, south, east, north."""
        xs = [x for ring in self.rings for x, _ in ring]
        ys = [y for ring in self.rings for _, y in ring]
        return min(xs), min(ys), max(xs), max(ys)


@cache
def _boundaries() -> tuple[str, tuple[Municipality, ...]]:
    data = json.loads(resource_path("maps", "kommuner.json").read_text(encoding="utf-8"))
    municipalities = tuple(
        Municipality(
            m["code"], m["name"], tuple(tuple((x, y) for x, y in ring) for ring in m["rings"])
        )
        for m in data["municipalities"]
    )
    return data["attribution"], municipalities


# What resources/maps/kommuner.json says of its source.
SCB_ATTRIBUTION = "Kommungräns: SCB"


def attribution() -> str:
    """What every map says of its boundaries' source, as their publisher asks, in the
    current language when it is the one the app ships with."""
    text = _boundaries()[0]
    return t(SCB_ATTRIBUTION) if text == SCB_ATTRIBUTION else text


def municipalities() -> tuple[Municipality, ...]:
    """Every kommun of Sweden, by its code."""
    return _boundaries()[1]


def municipality(code: str) -> Municipality:
    by_code = {m.code: m for m in municipalities()}
    return by_code.get(code) or by_code[DEFAULT_MUNICIPALITY]


def neighbours(of: Municipality, margin: float = 0.1) -> list[Municipality]:
    """The kommuner whose extent comes within ``margin`` degrees of ``of``'s, drawn
    around it so the map shows where the kommun ends."""
    west, south, east, north = of.bounds
    found = []
    for other in municipalities():
        if other.code == of.code:
            continue
        w, s, e, n = other.bounds
        apart = w > east + margin or e < west - margin or s > north + margin or n < south - margin
        if not apart:
            found.append(other)
    return found


def chosen_municipality(*, session: Session) -> Municipality:
    """The kommun this database's map shows."""
    return municipality(get_value(session=session, key=MUNICIPALITY_KEY) or DEFAULT_MUNICIPALITY)


def choose_municipality(*, session: Session, code: str) -> Municipality:
    chosen = next((m for m in municipalities() if m.code == code), None)
    if chosen is None:
        raise ValidationError.single(UNKNOWN_MUNICIPALITY, "municipality")
    set_value(session=session, key=MUNICIPALITY_KEY, value=chosen.code)
    return chosen
