"""Imported files: each import a batch that can be undone, saved column mappings, and the
weekly rapportör survey's factors and counts."""

from datetime import date, datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from .clock import utcnow
from .versioned import Versioned


class ImportKind:
    INCIDENTS = "incidents"
    SURVEY = "survey"


class ImportBatch(SQLModel, table=True):
    """One file imported at one moment; its rows point back here, so it is undone whole."""

    __tablename__ = "import_batch"

    id: int | None = Field(default=None, primary_key=True)
    kind: str = ImportKind.INCIDENTS
    file_name: str
    # SHA-256 of the file's bytes: the same file twice imports nothing the second time.
    checksum: str = Field(index=True)
    mapping_name: str = ""
    imported_by: str = ""
    imported_at: datetime = Field(default_factory=utcnow)
    row_count: int = 0
    skipped_count: int = 0
    undone_at: datetime | None = None
    undone_by: str = ""


class ImportMapping(Versioned, table=True):
    """How one source's files read: which column is which field and what its values mean,
    as JSON (services.imports.mapping)."""

    __tablename__ = "import_mapping"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    kind: str = ImportKind.INCIDENTS
    settings: str = "{}"
    updated_at: datetime = Field(default_factory=utcnow)


class SurveyFactor(Versioned, table=True):
    """One question of the weekly survey to the rapportörer ("hot och våld", "klotter")."""

    __tablename__ = "survey_factor"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    focus_area_id: int | None = Field(default=None, foreign_key="focus_area.id")
    position: int = 0
    active: bool = True


class SurveyResult(SQLModel, table=True):
    """How many rapportörer marked a factor in one week, of how many answered that week.
    Counts only: who answered what is not kept."""

    __tablename__ = "survey_result"
    __table_args__ = (UniqueConstraint("week_start", "factor_id"),)

    id: int | None = Field(default=None, primary_key=True)
    batch_id: int = Field(foreign_key="import_batch.id", index=True)
    week_start: date  # the Monday of the ISO week the answers are about
    factor_id: int = Field(foreign_key="survey_factor.id")
    marked: int = 0
    answered: int = 0
