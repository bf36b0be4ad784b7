"""The editable lists: organisations, places, sources and categories."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import func, select
from sqlmodel import Session, col

from ..errors import NotFound, ValidationError
from ..models import (
    Action,
    Attendance,
    Category,
    Incident,
    Organisation,
    OrganisationKind,
    Place,
    PlaceKind,
    Source,
)
from ..text import QT_TRANSLATE_NOOP
from .limits import MAX_NAME, NAME_TOO_LONG, one_line
from .personal_numbers import check_no_personal_number

ListRow = Organisation | Place | Source | Category
_Row = TypeVar("_Row", bound=ListRow)
_Listed = TypeVar("_Listed", bound=Source | Category)


def organisations(*, session: Session, include_inactive: bool = False) -> list[Organisation]:
    """In alphabetical order, as the settings list them: a drop-down read by name finds
    "Polisen" between "Miljöförvaltningen" and "Samhällsbyggnadsförvaltningen"."""
    query = select(Organisation).order_by(col(Organisation.name).collate("sv"))
    if not include_inactive:
        query = query.where(col(Organisation.active))
    return list(session.scalars(query))


def places(*, session: Session, include_inactive: bool = False) -> list[Place]:
    query = select(Place).order_by(Place.kind, col(Place.name).collate("sv"))
    if not include_inactive:
        query = query.where(col(Place.active))
    return list(session.scalars(query))


def sources(*, session: Session, include_inactive: bool = False) -> list[Source]:
    query = select(Source).order_by(col(Source.position), col(Source.name))
    if not include_inactive:
        query = query.where(col(Source.active))
    return list(session.scalars(query))


def categories(*, session: Session, include_inactive: bool = False) -> list[Category]:
    query = select(Category).order_by(col(Category.position), col(Category.name))
    if not include_inactive:
        query = query.where(col(Category.active))
    return list(session.scalars(query))


def _clean_name(name: str) -> str:
    name = one_line(name)
    if not name:
        raise ValidationError.single(QT_TRANSLATE_NOOP("Validation", "Enter a name."), "name")
    errors: dict[str, str] = {}
    if len(name) > MAX_NAME:
        errors["name"] = NAME_TOO_LONG
    check_no_personal_number(errors, "name", name)
    if errors:
        raise ValidationError(errors)
    return name


def _ensure_unique(session: Session, table: type[_Row], name: str, own_id: int | None) -> None:
    # SQLite's lower() knows only ASCII, so compare in Python (the lists are short).
    others = session.execute(select(col(table.id), col(table.name))).all()
    if any(n.casefold() == name.casefold() and i != own_id for i, n in others):
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("Validation", "That name is already in the list."), "name"
        )


def save_organisation(
    *,
    session: Session,
    name: str,
    kind: str,
    active: bool = True,
    organisation_id: int | None = None,
) -> Organisation:
    name = _clean_name(name)
    if kind not in {k.value for k in OrganisationKind}:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("Validation", "Choose what kind of organisation this is."), "kind"
        )
    _ensure_unique(session, Organisation, name, organisation_id)
    row = _get_or_new(session, Organisation, organisation_id)
    row.name, row.kind, row.active = name, kind, active
    session.add(row)
    session.flush()
    return row


def save_place(
    *,
    session: Session,
    name: str,
    kind: str = PlaceKind.SITE.value,
    active: bool = True,
    place_id: int | None = None,
) -> Place:
    name = _clean_name(name)
    if kind not in {k.value for k in PlaceKind}:
        kind = PlaceKind.SITE.value
    _ensure_unique(session, Place, name, place_id)
    row = _get_or_new(session, Place, place_id)
    row.name, row.kind, row.active = name, kind, active
    session.add(row)
    session.flush()
    return row


def _get_or_new(session: Session, table: type[_Row], row_id: int | None) -> _Row:
    if row_id is None:
        return table(name="")
    row = session.get(table, row_id)
    if row is None:
        raise NotFound(f"{table.__name__} {row_id}")
    return row


def delete_organisation(*, session: Session, organisation_id: int) -> None:
    """Deletes an unused organisation; one still referenced can only be deactivated."""
    used = (
        session.scalar(
            select(func.count())
            .select_from(Action)
            .where(col(Action.owner_organisation_id) == organisation_id)
        )
        or session.scalar(
            select(func.count())
            .select_from(Attendance)
            .where(col(Attendance.organisation_id) == organisation_id)
        )
        or session.scalar(
            select(func.count())
            .select_from(Incident)
            .where(col(Incident.reporting_organisation_id) == organisation_id)
        )
    )
    if used:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP(
                "Validation",
                "This organisation is used in meetings, incidents or actions. "
                "Deactivate it instead: it then disappears from the choices but history keeps it.",
            )
        )
    row = session.get(Organisation, organisation_id)
    if row is not None:
        session.delete(row)
        session.flush()


def delete_place(*, session: Session, place_id: int) -> None:
    used = session.scalar(
        select(func.count()).select_from(Incident).where(col(Incident.place_id) == place_id)
    )
    if used:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Incidents are recorded at this place. Deactivate it instead: it then "
                "disappears from the choices but history keeps it.",
            )
        )
    row = session.get(Place, place_id)
    if row is not None:
        session.delete(row)
        session.flush()


def save_source(
    *, session: Session, name: str, active: bool = True, source_id: int | None = None
) -> Source:
    """A new source goes last in the list; the agreement's own keep their place."""
    return _save_listed(session, Source, name, active, source_id)


def save_category(
    *, session: Session, name: str, active: bool = True, category_id: int | None = None
) -> Category:
    return _save_listed(session, Category, name, active, category_id)


def _save_listed(
    session: Session, table: type[_Listed], name: str, active: bool, row_id: int | None
) -> _Listed:
    name = _clean_name(name)
    _ensure_unique(session, table, name, row_id)
    row = _get_or_new(session, table, row_id)
    if row_id is None:
        row.position = (session.scalar(select(func.max(table.position))) or 0) + 1
    row.name, row.active = name, active
    session.add(row)
    session.flush()
    return row


def delete_source(*, session: Session, source_id: int) -> None:
    _delete_unused(session, Source, source_id, Incident.source_id)


def delete_category(*, session: Session, category_id: int) -> None:
    _delete_unused(session, Category, category_id, Incident.category_id)


def _delete_unused(session: Session, table, row_id: int, column) -> None:
    if session.scalar(select(func.count()).select_from(Incident).where(column == row_id)):
        raise ValidationError.single(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Incidents refer to this entry. Deactivate it instead: it then "
                "disappears from the choices but history keeps it.",
            )
        )
    row = session.get(table, row_id)
    if row is not None:
        session.delete(row)
        session.flush()


def find_place(*, session: Session, text: str) -> Place | None:
    """The place whose name matches ``text`` exactly (ignoring case), for typed input."""
    wanted = " ".join(text.split()).casefold()
    return next((p for p in places(session=session) if p.name.casefold() == wanted), None)
