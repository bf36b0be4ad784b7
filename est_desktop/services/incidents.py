"""Incidents (händelser): recording, correcting and listing them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import delete, func, select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from ..errors import NotFound, ValidationError
from ..models import (
    ActionIncidentLink,
    AgendaItem,
    Category,
    FocusArea,
    ImportBatch,
    Incident,
    IncidentCreate,
    Organisation,
    Place,
    Source,
    saved_id,
)
from ..text import QT_TRANSLATE_NOOP
from .conflicts import check_version
from .limits import check_date, check_name, check_text, clean_text, one_line
from .meetings.agenda import editable_meeting, get_item
from .personal_numbers import refuse_personal_numbers


def validate_incident(*, session: Session, data: IncidentCreate, today: date) -> dict[str, str]:
    """Field → message for everything wrong with ``data``; empty when it can be saved."""
    errors: dict[str, str] = {}
    if data.occurred_on is None:
        errors["occurred_on"] = QT_TRANSLATE_NOOP("Validation", "Enter the date it happened.")
    elif data.occurred_on > today:
        errors["occurred_on"] = QT_TRANSLATE_NOOP(
            "Validation", "The date is in the future. Enter the date it happened."
        )
    if data.end_time is not None and data.start_time is None:
        errors["start_time"] = QT_TRANSLATE_NOOP(
            "Validation", "Enter a start time, or clear the end time."
        )
    if data.place_id is None or session.get(Place, data.place_id) is None:
        errors["place_id"] = QT_TRANSLATE_NOOP(
            "Validation", "Choose a place from the list (add new places under Settings)."
        )
    if data.source_id is None or session.get(Source, data.source_id) is None:
        errors["source_id"] = QT_TRANSLATE_NOOP("Validation", "Choose where the report came from.")
    if data.focus_area_id is not None and session.get(FocusArea, data.focus_area_id) is None:
        errors["focus_area_id"] = QT_TRANSLATE_NOOP(
            "Validation", "Choose a focus area from the list."
        )
    if data.category_id is not None and session.get(Category, data.category_id) is None:
        errors["category_id"] = QT_TRANSLATE_NOOP("Validation", "Choose a category from the list.")
    if (
        data.reporting_organisation_id is not None
        and session.get(Organisation, data.reporting_organisation_id) is None
    ):
        errors["reporting_organisation_id"] = QT_TRANSLATE_NOOP(
            "Validation", "Choose the reporting organisation from the list."
        )
    if not data.description.strip():
        errors["description"] = QT_TRANSLATE_NOOP(
            "Validation", "Describe what happened (places and events, no names of private persons)."
        )
    check_date(errors, "occurred_on", data.occurred_on)
    check_name(errors, "location_detail", data.location_detail)
    check_text(errors, "description", data.description)
    return errors


def _checked(
    session: Session, data: IncidentCreate, today: date | None, allow_personal_numbers: bool
) -> IncidentCreate:
    """``data`` cleaned and valid, or the error to show; a personal identity number in
    its free text needs the user's confirmation (``PersonalNumbersFound``)."""
    data = _clean(data)
    errors = validate_incident(session=session, data=data, today=today or date.today())
    if errors:
        raise ValidationError(errors)
    refuse_personal_numbers(
        {"description": data.description, "location_detail": data.location_detail},
        allow=allow_personal_numbers,
    )
    return data


def record_incident(
    *,
    session: Session,
    item_id: int,
    data: IncidentCreate,
    today: date | None = None,
    allow_personal_numbers: bool = False,
) -> Incident:
    """Records an incident under an agenda item; the item's focus area is the default."""
    item = get_item(session=session, item_id=item_id)
    editable_meeting(session=session, meeting_id=item.meeting_id, recording=True)
    if data.focus_area_id is None and item.focus_area_id is not None:
        data = data.model_copy(update={"focus_area_id": item.focus_area_id})
    data = _checked(session, data, today, allow_personal_numbers)
    incident = Incident(**data.model_dump(), agenda_item_id=item.id)
    session.add(incident)
    session.flush()
    return incident


def update_incident(
    *,
    session: Session,
    incident_id: int,
    data: IncidentCreate,
    today: date | None = None,
    allow_personal_numbers: bool = False,
    expected_version: int | None = None,
) -> Incident:
    """Corrects an incident. ``expected_version`` is the version the form showed: when
    another desk saved the incident since, nothing is written and ``ChangedElsewhere``
    carries both sides (saving again with its ``current_version`` keeps these values)."""
    incident = _editable_incident(session, incident_id)
    data = _checked(session, data, today, allow_personal_numbers)
    mine = data.model_dump()
    check_version(
        entity="incident",
        entity_id=saved_id(incident),
        stored_version=incident.version,
        expected_version=expected_version,
        mine=mine,
        theirs={key: getattr(incident, key) for key in mine},
    )
    for key, value in mine.items():
        setattr(incident, key, value)
    session.add(incident)
    session.flush()
    return incident


def delete_incident(*, session: Session, incident_id: int) -> None:
    incident = _editable_incident(session, incident_id)
    session.execute(
        delete(ActionIncidentLink).where(col(ActionIncidentLink.incident_id) == incident_id)
    )
    session.delete(incident)
    session.flush()


def get_incident(*, session: Session, incident_id: int) -> Incident:
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise NotFound(f"incident {incident_id}")
    return incident


def _editable_incident(session: Session, incident_id: int) -> Incident:
    incident = get_incident(session=session, incident_id=incident_id)
    if incident.agenda_item_id is not None:
        item = get_item(session=session, item_id=incident.agenda_item_id)
        editable_meeting(session=session, meeting_id=item.meeting_id)
    return incident


def _clean(data: IncidentCreate) -> IncidentCreate:
    return data.model_copy(
        update={
            "description": clean_text(data.description),
            "location_detail": one_line(data.location_detail),
        }
    )


@dataclass(frozen=True)
class IncidentRow:
    """An incident as lists and documents show it."""

    id: int
    occurred_on: date
    start_time: time | None
    end_time: time | None
    place: str
    location_detail: str
    focus_area: str
    category: str
    source: str
    reporting_organisation: str
    description: str
    confidential: bool
    agenda_item_id: int | None
    source_file: str = ""  # the file it was imported from, if it was

    @property
    def where(self) -> str:
        return f"{self.place}, {self.location_detail}" if self.location_detail else self.place

    @property
    def when(self) -> str:
        text = self.occurred_on.isoformat()
        if self.start_time is not None:
            text += " " + self.start_time.strftime("%H:%M")
            if self.end_time is not None:
                text += "–" + self.end_time.strftime("%H:%M")
        return text


def incident_row_query():
    reporter = aliased(Organisation)
    return (
        select(
            Incident.id,
            Incident.occurred_on,
            Incident.start_time,
            Incident.end_time,
            Place.name,
            Incident.location_detail,
            FocusArea.name,
            Category.name,
            Source.name,
            reporter.name,
            Incident.description,
            Incident.confidential,
            Incident.agenda_item_id,
            ImportBatch.file_name,
        )
        .join(Place, Place.id == Incident.place_id)
        .join(Source, Source.id == Incident.source_id)
        .outerjoin(FocusArea, FocusArea.id == Incident.focus_area_id)
        .outerjoin(Category, Category.id == Incident.category_id)
        .outerjoin(reporter, reporter.id == Incident.reporting_organisation_id)
        .outerjoin(ImportBatch, ImportBatch.id == Incident.import_batch_id)
    )


def incident_row(values) -> IncidentRow:
    values = list(values)
    for index in (6, 7, 9, 13):
        values[index] = values[index] or ""
    return IncidentRow(*values)


def incident_rows_for_item(
    *, session: Session, item_id: int, include_confidential: bool = True
) -> list[IncidentRow]:
    query = incident_row_query().where(Incident.agenda_item_id == item_id)
    if not include_confidential:
        query = query.where(col(Incident.confidential).is_(False))
    query = query.order_by(
        Incident.occurred_on, col(Incident.start_time).nulls_first(), Incident.id
    )
    return [incident_row(r) for r in session.execute(query)]


def confidential_count_for_item(*, session: Session, item_id: int) -> int:
    """How many of the item's incidents are marked confidential."""
    counted = session.scalar(
        select(func.count())
        .select_from(Incident)
        .where(col(Incident.agenda_item_id) == item_id, col(Incident.confidential).is_(True))
    )
    return int(counted or 0)


def incident_rows_for_meeting(
    *, session: Session, meeting_id: int, include_confidential: bool = True
) -> list[IncidentRow]:
    query = (
        incident_row_query()
        .join(AgendaItem, AgendaItem.id == Incident.agenda_item_id)
        .where(AgendaItem.meeting_id == meeting_id)
    )
    if not include_confidential:
        query = query.where(col(Incident.confidential).is_(False))
    query = query.order_by(AgendaItem.position, Incident.occurred_on, Incident.id)
    return [incident_row(r) for r in session.execute(query)]
