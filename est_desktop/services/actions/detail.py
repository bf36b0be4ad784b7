"""What the action register shows beside the table: the incidents an action was decided on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlmodel import Session, col

from ...models import ActionIncidentLink, Incident, Place


@dataclass(frozen=True)
class LinkedIncident:
    id: int
    occurred_on: date
    place: str
    description: str
    confidential: bool


def linked_incidents(*, session: Session, action_id: int) -> list[LinkedIncident]:
    """The incidents linked to an action, oldest first."""
    query = (
        select(
            col(Incident.id),
            col(Incident.occurred_on),
            col(Place.name),
            col(Incident.description),
            col(Incident.confidential),
        )
        .join(ActionIncidentLink, col(ActionIncidentLink.incident_id) == Incident.id)
        .outerjoin(Place, col(Place.id) == Incident.place_id)
        .where(col(ActionIncidentLink.action_id) == action_id)
        .order_by(col(Incident.occurred_on), col(Incident.id))
    )
    return [
        LinkedIncident(incident_id, day, place or "", description, bool(confidential))
        for incident_id, day, place, description, confidential in session.execute(query)
    ]
