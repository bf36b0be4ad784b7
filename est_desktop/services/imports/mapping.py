"""Which column of a source's file is which incident field, and what its values mean.

A mapping is saved under a name (usually the source's: "Trygghetsvärdar",
"Felanmälan fastighet") and offered again for the next file from that source. Values are
looked up case- and space-insensitively: "anderslöv  c" finds what "Anderslöv C" was
mapped to.
"""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlmodel import Session, col

from ...errors import NotFound, ValidationError
from ...models import ImportKind, ImportMapping
from ...models.clock import utcnow
from ...text import QT_TRANSLATE_NOOP
from ..limits import check_name, one_line

# The incident fields a column can fill, in the order the mapping dialog lists them.
FIELDS = (
    "occurred_on",
    "start_time",
    "place",
    "location_detail",
    "focus_area",
    "category",
    "source",
    "reporting_organisation",
    "description",
    "confidential",
)
FIELD_LABELS = {
    "occurred_on": QT_TRANSLATE_NOOP("Import", "Date"),
    "start_time": QT_TRANSLATE_NOOP("Import", "Time"),
    "place": QT_TRANSLATE_NOOP("Import", "Place"),
    "location_detail": QT_TRANSLATE_NOOP("Import", "Address or spot"),
    "focus_area": QT_TRANSLATE_NOOP("Import", "Focus area"),
    "category": QT_TRANSLATE_NOOP("Import", "Category"),
    "source": QT_TRANSLATE_NOOP("Import", "Source"),
    "reporting_organisation": QT_TRANSLATE_NOOP("Import", "Reporting organisation"),
    "description": QT_TRANSLATE_NOOP("Import", "Description"),
    "confidential": QT_TRANSLATE_NOOP("Import", "Confidential"),
}
# What Swedish (and English) files call each field's column, best guess first.
_HEADER_WORDS = {
    "occurred_on": ("datum", "händelsedatum", "date", "dag", "inträffade", "tidpunkt", "när"),
    "start_time": ("tid", "klockslag", "kl", "time", "starttid", "tidpunkt"),
    "place": ("plats", "ort", "område", "stadsdel", "place", "location", "var"),
    "location_detail": ("adress", "gatuadress", "gata", "address", "platsbeskrivning"),
    "focus_area": ("fokusområde", "fokus", "focus area"),
    "category": ("kategori", "typ", "händelsetyp", "ärendetyp", "category", "type", "faktor"),
    "source": ("källa", "source", "kanal"),
    "reporting_organisation": (
        "organisation",
        "inrapporterad av",
        "rapporterad av",
        "förvaltning",
        "avsändare",
        "organisation som rapporterar",
    ),
    "description": (
        "beskrivning",
        "händelse",
        "description",
        "observation",
        "fritext",
        "text",
        "kommentar",
        "vad hände",
    ),
    "confidential": ("sekretess", "sekretessmarkerad", "konfidentiell", "confidential"),
}
# A place value mapped here becomes a new place of that name when the rows are saved.
NEW_PLACE = 0


def value_key(value: str) -> str:
    """The form values are looked up by: no case, one space between words."""
    return re.sub(r"\s+", " ", value).strip().casefold()


@dataclass
class IncidentMapping:
    """How one source's files read. Ids refer to the lists in settings."""

    columns: dict[str, str] = field(default_factory=dict)  # field → header
    # Used where the file has no such column, or the cell is blank.
    source_id: int | None = None
    reporting_organisation_id: int | None = None
    focus_area_id: int | None = None
    confidential: bool = False
    # The source's own values (value_key) → ids. A category value can name a focus
    # area too: [focus_area_id, category_id], either None.
    places: dict[str, int] = field(default_factory=dict)
    categories: dict[str, list[int | None]] = field(default_factory=dict)
    focus_areas: dict[str, int] = field(default_factory=dict)
    sources: dict[str, int] = field(default_factory=dict)
    organisations: dict[str, int] = field(default_factory=dict)
    sheet: str = ""

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> IncidentMapping:
        data = json.loads(text or "{}")
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in known})


def guess_columns(headers: tuple[str, ...] | list[str]) -> dict[str, str]:
    """field → header for the headers whose names say what they hold; each header and
    field used once, an exact name before a name that merely contains the word."""
    normal = {header: value_key(header).rstrip(":") for header in headers}
    chosen: dict[str, str] = {}
    taken: set[str] = set()
    for exact in (True, False):
        for name in FIELDS:
            if name in chosen:
                continue
            for word in _HEADER_WORDS[name]:
                found = next(
                    (
                        h
                        for h in headers
                        if h not in taken
                        and (normal[h] == word if exact else _has_word(normal[h], word))
                    ),
                    None,
                )
                if found is not None:
                    chosen[name] = found
                    taken.add(found)
                    break
    return {name: chosen[name] for name in FIELDS if name in chosen}


def _has_word(header: str, word: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", header) is not None


# --- saved mappings -------------------------------------------------------------------


@dataclass(frozen=True)
class SavedMapping:
    id: int
    name: str
    mapping: IncidentMapping
    version: int


def list_mappings(*, session: Session, kind: str = ImportKind.INCIDENTS) -> list[SavedMapping]:
    rows = session.scalars(
        select(ImportMapping)
        .where(col(ImportMapping.kind) == kind)
        .order_by(col(ImportMapping.name))
    )
    return [_saved(row) for row in rows]


def get_mapping(*, session: Session, name: str) -> SavedMapping:
    row = session.scalars(select(ImportMapping).where(col(ImportMapping.name) == name)).first()
    if row is None:
        raise NotFound(f"import mapping {name!r}")
    return _saved(row)


def save_mapping(
    *, session: Session, name: str, mapping: IncidentMapping, kind: str = ImportKind.INCIDENTS
) -> SavedMapping:
    """Saves ``mapping`` under ``name``, replacing one saved under that name before."""
    name = one_line(name)
    errors: dict[str, str] = {}
    if not name:
        errors["name"] = QT_TRANSLATE_NOOP(
            "Validation", "Name the mapping, for example after the source the files come from."
        )
    check_name(errors, "name", name)
    if errors:
        raise ValidationError(errors)
    row = session.scalars(select(ImportMapping).where(col(ImportMapping.name) == name)).first()
    if row is None:
        row = ImportMapping(name=name, kind=kind)
    row.settings = mapping.to_json()
    row.updated_at = utcnow()
    session.add(row)
    session.flush()
    return _saved(row)


def delete_mapping(*, session: Session, name: str) -> None:
    row = session.scalars(select(ImportMapping).where(col(ImportMapping.name) == name)).first()
    if row is not None:
        session.delete(row)
        session.flush()


def _saved(row: ImportMapping) -> SavedMapping:
    assert row.id is not None
    return SavedMapping(row.id, row.name, IncidentMapping.from_json(row.settings), row.version)
