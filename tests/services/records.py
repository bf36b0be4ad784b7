"""Ready-made incident and action input for the meeting on 10 March 2026 that
``tests/services/conftest.py`` provides: what the privacy, limits and audit tests record."""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import Session

from est_desktop.models import ActionCreate, IncidentCreate
from est_desktop.services import reference

MEETING_DAY = date(2026, 3, 10)


def incident_data(session: Session, **changes: object) -> IncidentCreate:
    data = IncidentCreate(
        occurred_on=MEETING_DAY - timedelta(days=1),
        place_id=reference.find_place(session=session, text="Trelleborg centrum").id,
        source_id=reference.sources(session=session)[0].id,
        description="Skadegörelse på busskuren",
    )
    return data.model_copy(update=changes)


def action_data(session: Session, **changes: object) -> ActionCreate:
    data = ActionCreate(
        description="Laga busskuren",
        owner_organisation_id=reference.organisations(session=session)[0].id,
    )
    return data.model_copy(update=changes)
