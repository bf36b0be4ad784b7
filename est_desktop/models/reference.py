"""Editable lists the convener picks from: organisations, places, sources, categories."""

from sqlmodel import Field, SQLModel

from .enums import OrganisationKind, PlaceKind
from .versioned import Versioned


class OrganisationBase(SQLModel):
    name: str
    kind: str = OrganisationKind.DEPARTMENT.value
    active: bool = True


class Organisation(OrganisationBase, Versioned, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)


class PlaceBase(SQLModel):
    name: str
    kind: str = PlaceKind.SITE.value
    active: bool = True
    # Where the place is on the map, in WGS 84 degrees; None until someone places it.
    latitude: float | None = None
    longitude: float | None = None
    # Optionally the place's extent: a JSON list of [latitude, longitude] corners.
    area: str | None = None


class Place(PlaceBase, Versioned, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)


class Source(Versioned, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    position: int = 0
    from_agreement: bool = False
    active: bool = True


class Category(Versioned, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    position: int = 0
    active: bool = True


class AppSetting(Versioned, table=True):
    """Shared settings that belong with the data (meeting defaults, seed marker)."""

    __tablename__ = "app_setting"

    key: str = Field(primary_key=True)
    value: str
