"""Incidents (händelser) recorded at or between meetings."""

from datetime import date, datetime, time

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from .clock import utcnow
from .versioned import Versioned


class IncidentBase(SQLModel):
    occurred_on: date
    start_time: time | None = None
    end_time: time | None = None
    place_id: int | None = None
    location_detail: str = ""
    focus_area_id: int | None = None
    category_id: int | None = None
    source_id: int | None = None
    reporting_organisation_id: int | None = None
    description: str = ""
    confidential: bool = False


class IncidentCreate(IncidentBase):
    """What the incident form produces; validated by services.incidents."""


class Incident(IncidentBase, Versioned, table=True):
    # Every column the lägesbild counts by, date first: its counts read the index alone
    # (migration 0005). It also serves every look-up by date.
    __table_args__ = (
        Index(
            "ix_incident_lagesbild",
            "occurred_on",
            "confidential",
            "focus_area_id",
            "place_id",
            "source_id",
            "reporting_organisation_id",
            "start_time",
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    agenda_item_id: int | None = Field(default=None, foreign_key="agenda_item.id", index=True)
    place_id: int = Field(foreign_key="place.id")
    focus_area_id: int | None = Field(default=None, foreign_key="focus_area.id", index=True)
    category_id: int | None = Field(default=None, foreign_key="category.id")
    source_id: int = Field(foreign_key="source.id")
    reporting_organisation_id: int | None = Field(default=None, foreign_key="organisation.id")
    # The file the incident came in, when it was imported rather than typed.
    import_batch_id: int | None = Field(default=None, foreign_key="import_batch.id", index=True)
    created_at: datetime = Field(default_factory=utcnow)
