"""Where a place is: its position and area, and merging two places into one.

Every change goes through the session, so the change log records it like any other
(services.audit): a moved place, a drawn area, and a merge with each incident it moved.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlmodel import Session, col

from ...errors import NotFound, ValidationError
from ...models import Incident, Place
from ...text import QT_TRANSLATE_NOOP
from .geo import Point, check_in_sweden

AREA_TOO_SMALL = QT_TRANSLATE_NOOP(
    "Validation", "An area needs at least three corners. Click or type one more."
)
AREA_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Validation", "An area can have at most 200 corners. Remove some of them."
)
MERGE_ITSELF = QT_TRANSLATE_NOOP("Validation", "Choose two different places to merge.")
MOST_CORNERS = 200
DECIMALS = 6  # about 10 cm: what a typed or clicked position can mean


def _place(session: Session, place_id: int) -> Place:
    place = session.get(Place, place_id)
    if place is None:
        raise NotFound(f"Place {place_id}")
    return place


def save_position(*, session: Session, place_id: int, position: Point | None) -> Place:
    """Puts the place at ``position`` (latitude, longitude in Sweden), or off the map."""
    place = _place(session, place_id)
    if position is None:
        place.latitude = place.longitude = None
    else:
        latitude, longitude = position
        check_in_sweden(latitude, longitude)
        place.latitude, place.longitude = round(latitude, DECIMALS), round(longitude, DECIMALS)
    session.add(place)
    session.flush()
    return place


def area_of(place: Place) -> tuple[Point, ...]:
    """The place's area as (latitude, longitude) corners; empty when it has none."""
    if not place.area:
        return ()
    try:
        return tuple((float(lat), float(lon)) for lat, lon in json.loads(place.area))
    except (ValueError, TypeError):
        return ()  # written by something else than this app: drawn as a point only


def save_area(*, session: Session, place_id: int, corners: Sequence[Point]) -> Place:
    """Gives the place an area of ``corners`` (at least three, all in Sweden), or none
    for an empty sequence. A place with an area and no position is put at its middle."""
    place = _place(session, place_id)
    if not corners:
        place.area = None
    else:
        if len(corners) < 3:
            raise ValidationError.single(AREA_TOO_SMALL, "area")
        if len(corners) > MOST_CORNERS:
            raise ValidationError.single(AREA_TOO_LARGE, "area")
        for latitude, longitude in corners:
            check_in_sweden(latitude, longitude)
        rounded = [[round(lat, DECIMALS), round(lon, DECIMALS)] for lat, lon in corners]
        place.area = json.dumps(rounded)
        if place.latitude is None:
            place.latitude = round(sum(c[0] for c in rounded) / len(rounded), DECIMALS)
            place.longitude = round(sum(c[1] for c in rounded) / len(rounded), DECIMALS)
    session.add(place)
    session.flush()
    return place


def place_on_map(
    *, session: Session, place_id: int, position: Point | None, corners: Sequence[Point]
) -> Place:
    """What the map picker saves: the position and the area together, or neither."""
    save_position(session=session, place_id=place_id, position=position)
    return save_area(session=session, place_id=place_id, corners=corners)


@dataclass(frozen=True)
class Merged:
    kept: Place
    moved_incidents: int
    removed_name: str


def merge_places(*, session: Session, keep_id: int, merge_id: int) -> Merged:
    """Moves every incident of place ``merge_id`` to ``keep_id`` and removes the merged
    place. The kept place takes the merged one's position and area when it has none.
    Nothing is lost: each moved incident and the removal are in the change log."""
    if keep_id == merge_id:
        raise ValidationError.single(MERGE_ITSELF)
    kept, merged = _place(session, keep_id), _place(session, merge_id)
    moved = session.scalars(
        select(func.count()).select_from(Incident).where(col(Incident.place_id) == merge_id)
    ).one()
    session.execute(
        update(Incident)
        .where(col(Incident.place_id) == merge_id)
        # A desk holding one of these incidents must not save it back to the old place.
        .values(place_id=keep_id, version=Incident.version + 1)
        .execution_options(synchronize_session="fetch")
    )
    if kept.latitude is None and merged.latitude is not None:
        kept.latitude, kept.longitude = merged.latitude, merged.longitude
    if not kept.area and merged.area:
        kept.area = merged.area
    kept.active = kept.active or merged.active
    removed_name = merged.name
    session.add(kept)
    session.delete(merged)
    session.flush()
    return Merged(kept, moved, removed_name)
