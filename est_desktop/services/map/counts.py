"""A map's numbers: the lägesbild's incidents per place, with where each place is.

The counts are the lägesbild's own (``count_places`` over the same filter), so the map
and the bar chart of places can never disagree; confidential incidents count only when
the filter asks for them. Places without a position are counted too, and said to be
missing from the map rather than silently left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import cast

from sqlalchemy import select
from sqlmodel import Session, col

from ...models import Category, FocusArea, Incident, Place, Source
from ..lagesbild.scope import count_places, scope_of
from ..lagesbild.types import LagesbildFilter
from .geo import Point
from .outline import Municipality, chosen_municipality
from .positions import area_of


@dataclass(frozen=True)
class MapPlace:
    place_id: int
    name: str
    latitude: float
    longitude: float
    area: tuple[Point, ...]
    count: int
    share: float  # of all incidents in the filter, 0..1


@dataclass(frozen=True)
class Unplaced:
    place_id: int
    name: str
    count: int


@dataclass(frozen=True)
class IncidentMap:
    """Everything a map of one filter shows, in the order the markers are drawn."""

    filter: LagesbildFilter
    municipality: Municipality
    placed: tuple[MapPlace, ...]  # the most incidents first
    unplaced: tuple[Unplaced, ...]  # counted places that have no position yet

    @property
    def total(self) -> int:
        return sum(p.count for p in self.placed) + self.unplaced_count

    @property
    def unplaced_count(self) -> int:
        return sum(p.count for p in self.unplaced)


def incident_map(*, session: Session, filter: LagesbildFilter) -> IncidentMap:
    counts = count_places(scope_of(session, filter))
    places = {
        place.id: place
        for place in session.scalars(
            select(Place).where(col(Place.id).in_([count.place_id for count in counts]))
        )
    }
    placed, unplaced = [], []
    for count in counts:
        place = places[count.place_id]
        if place.latitude is None or place.longitude is None:
            unplaced.append(Unplaced(count.place_id, count.place, count.count))
            continue
        placed.append(
            MapPlace(
                count.place_id,
                count.place,
                place.latitude,
                place.longitude,
                area_of(place),
                count.count,
                count.share,
            )
        )
    return IncidentMap(filter, chosen_municipality(session=session), tuple(placed), tuple(unplaced))


@dataclass(frozen=True)
class PlaceIncident:
    """One line of the list a click on a map's place opens."""

    incident_id: int
    occurred_on: date
    start_time: time | None
    focus_area: str
    category: str
    source: str
    location_detail: str
    description: str
    confidential: bool


def incidents_at(
    *, session: Session, filter: LagesbildFilter, place_id: int, limit: int = 500
) -> list[PlaceIncident]:
    """The filter's incidents at one place, the newest first, at most ``limit``."""
    scope = scope_of(session, filter)
    rows = session.execute(
        select(
            col(Incident.id),
            col(Incident.occurred_on),
            col(Incident.start_time),
            col(FocusArea.name),
            col(Category.name),
            col(Source.name),
            col(Incident.location_detail),
            col(Incident.description),
            col(Incident.confidential),
        )
        .outerjoin(FocusArea, col(FocusArea.id) == Incident.focus_area_id)
        .outerjoin(Category, col(Category.id) == Incident.category_id)
        .outerjoin(Source, col(Source.id) == Incident.source_id)
        .where(col(Incident.place_id) == place_id)
        .where(scope.within(filter.date_from, filter.date_to))
        .where(*scope.incident_conditions())
        .order_by(
            col(Incident.occurred_on).desc(),
            col(Incident.start_time).desc().nulls_last(),
            col(Incident.id),
        )
        .limit(limit)
    ).all()
    return [
        PlaceIncident(
            cast(int, row[0]),  # a primary key read from the database
            row[1],
            row[2],
            row[3] or "",
            row[4] or "",
            row[5] or "",
            row[6],
            row[7],
            row[8],
        )
        for row in rows
    ]
