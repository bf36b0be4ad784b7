"""Saving a previewed file as one batch, listing the batches, and undoing one whole.

Everything of one import is one transaction: the valid rows the user let through, the
places the mapping asked to add, and the batch that names the file. A cancelled or
failed import leaves nothing. The rows are checked again inside that transaction, so
that what another desk saved since the preview still counts as a duplicate.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import cast

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.sql import ColumnElement
from sqlmodel import Session, col

from ...errors import NotFound, ValidationError
from ...models import (
    ActionIncidentLink,
    ImportBatch,
    ImportKind,
    Incident,
    SurveyResult,
    saved_id,
)
from ...models.clock import as_utc, utcnow
from ...text import QT_TRANSLATE_NOOP
from ..audit import IMPORT_BATCH_NOTE, USER, os_user, record_bulk_insert
from ..personal_numbers import remove_personal_numbers
from ..reference import save_place
from .mapping import IncidentMapping
from .preview import ImportPreview, build_preview
from .tables import SourceTable

ALREADY_IMPORTED = QT_TRANSLATE_NOOP(
    "Validation",
    "This file has already been imported. Nothing was imported the second time; "
    "undo the earlier import first if it should be read again.",
)
NOTHING_TO_IMPORT = QT_TRANSLATE_NOOP(
    "Validation", "No row can be imported. Correct the problems listed, or the mapping."
)
TAKEN_UP = QT_TRANSLATE_NOOP(
    "Validation",
    "The import cannot be undone: some of its incidents have been taken up at a meeting "
    "or linked to an action.",
)
ALREADY_UNDONE = QT_TRANSLATE_NOOP("Validation", "The import has already been undone.")
_CHUNK = 1000


class ImportCancelled(Exception):
    """The user stopped the import; nothing of it was saved."""


@dataclass(frozen=True)
class Choices:
    """What the user let through beyond the ready rows, by file row number."""

    # Duplicates to import all the same.
    duplicates: frozenset[int] = frozenset()
    # Rows with a personnummer: imported as they are, or with the number removed.
    confirmed: frozenset[int] = frozenset()
    removed: frozenset[int] = frozenset()
    # The text put where a number was removed (the UI passes it translated).
    removed_marker: str = "[personnummer borttaget]"


def import_incidents(
    *,
    session: Session,
    table: SourceTable,
    mapping: IncidentMapping,
    mapping_name: str = "",
    choices: Choices = Choices(),
    user: str = "",
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportBatch:
    """Saves the rows of ``table`` that are valid and let through, as one batch."""
    preview = build_preview(session=session, table=table, mapping=mapping, today=today)
    if preview.earlier is not None:
        raise ValidationError.single(ALREADY_IMPORTED, "file")
    if preview.file_problems:
        raise ValidationError({str(i): p.message for i, p in enumerate(preview.file_problems)})
    chosen = _chosen_rows(preview, choices)
    if not chosen:
        raise ValidationError.single(NOTHING_TO_IMPORT, "file")
    batch = ImportBatch(
        kind=ImportKind.INCIDENTS,
        file_name=table.file_name,
        checksum=table.checksum,
        mapping_name=mapping_name,
        imported_by=user or session.info.get(USER) or os_user(),
        row_count=len(chosen),
        skipped_count=len(preview.rows) - len(chosen),
    )
    session.add(batch)
    session.flush()
    batch_id = saved_id(batch)
    new_places: dict[str, int] = {}
    total = len(chosen)
    note = f"{IMPORT_BATCH_NOTE}{batch_id}"
    for start in range(0, total, _CHUNK):
        if cancelled is not None and cancelled():
            raise ImportCancelled
        values = [
            _row_values(session, row, choices, new_places, batch_id)
            for row in chosen[start : start + _CHUNK]
        ]
        # One INSERT for the chunk, not an ORM object per row: ten thousand rows in a
        # second rather than ten. The change log gets its entries the same way.
        inserted = session.scalars(
            insert(Incident).returning(col(Incident.id), sort_by_parameter_order=True), values
        ).all()
        # The keys the database has just given the rows: never NULL.
        ids = cast(Sequence[int], inserted)
        record_bulk_insert(
            session,
            # SQLModel's declared __tablename__: a str once the class is made.
            cast(str, Incident.__tablename__),
            [(row_id, _filled(value)) for row_id, value in zip(ids, values, strict=True)],
            note,
        )
        if progress is not None:
            progress(min(start + _CHUNK, total), total)
    if cancelled is not None and cancelled():
        raise ImportCancelled
    return batch


_NOT_LOGGED = frozenset({"created_at", "version"})


def _row_values(
    session: Session, row, choices: Choices, new_places: dict[str, int], batch_id: int
) -> dict:
    assert row.incident is not None
    values = row.incident.model_dump()
    if row.new_place:
        values["place_id"] = _new_place(session, row, new_places)
    if row.number in choices.removed:
        for name in ("description", "location_detail"):
            values[name] = remove_personal_numbers(values[name], choices.removed_marker)
    values.update(import_batch_id=batch_id, created_at=utcnow(), version=1)
    return values


def _filled(values: dict) -> list[str]:
    return [k for k, v in values.items() if v not in (None, "") and k not in _NOT_LOGGED]


def _chosen_rows(preview: ImportPreview, choices: Choices) -> list:
    chosen = []
    for row in preview.rows:
        if row.incident is None:
            continue
        if row.personal_numbers and row.number not in choices.confirmed | choices.removed:
            continue
        if row.is_duplicate and row.number not in choices.duplicates:
            continue
        chosen.append(row)
    return chosen


def _new_place(session: Session, row, made: dict[str, int]) -> int:
    key = row.new_place.casefold()
    if key not in made:
        place = save_place(session=session, name=row.new_place)
        assert place.id is not None
        made[key] = place.id
    return made[key]


# --- the list of imports, and undoing one ---------------------------------------------


@dataclass(frozen=True)
class BatchRow:
    id: int
    kind: str
    file_name: str
    mapping_name: str
    imported_by: str
    imported_at: datetime  # UTC
    row_count: int
    skipped_count: int
    undone_at: datetime | None
    undone_by: str
    # Incidents of the batch taken up at a meeting or linked to an action: it cannot be
    # undone any more.
    taken_up: int
    # Incidents of the batch corrected since: undoing removes the corrections too.
    edited: int = 0

    @property
    def can_undo(self) -> bool:
        return self.undone_at is None and self.taken_up == 0


def batch_rows(*, session: Session, kind: str | None = None) -> list[BatchRow]:
    """Every import, newest first."""
    edited = dict(
        session.execute(
            select(col(Incident.import_batch_id), func.count())
            .where(col(Incident.import_batch_id).is_not(None), col(Incident.version) > 1)
            .group_by(col(Incident.import_batch_id))
        ).all()
    )
    taken_up = dict(
        session.execute(
            select(col(Incident.import_batch_id), func.count())
            .where(col(Incident.import_batch_id).is_not(None), _taken_up())
            .group_by(col(Incident.import_batch_id))
        ).all()
    )
    query = select(ImportBatch).order_by(
        col(ImportBatch.imported_at).desc(), col(ImportBatch.id).desc()
    )
    if kind is not None:
        query = query.where(col(ImportBatch.kind) == kind)
    return [
        BatchRow(
            b.id,
            b.kind,
            b.file_name,
            b.mapping_name,
            b.imported_by,
            as_utc(b.imported_at),
            b.row_count,
            b.skipped_count,
            as_utc(b.undone_at) if b.undone_at is not None else None,
            b.undone_by,
            taken_up.get(b.id, 0),
            edited.get(b.id, 0),
        )
        for b in session.scalars(query)
        if b.id is not None
    ]


def _taken_up() -> ColumnElement[bool]:
    linked = select(col(ActionIncidentLink.incident_id)).where(
        col(ActionIncidentLink.incident_id) == Incident.id
    )
    return col(Incident.agenda_item_id).is_not(None) | linked.exists()


def undo_batch(*, session: Session, batch_id: int, user: str = "") -> int:
    """Removes everything the import saved; returns how many rows that was."""
    batch = session.get(ImportBatch, batch_id)
    if batch is None:
        raise NotFound(f"import batch {batch_id}")
    if batch.undone_at is not None:
        raise ValidationError.single(ALREADY_UNDONE)
    if batch.kind == ImportKind.SURVEY:
        removed = session.exec(
            delete(SurveyResult).where(col(SurveyResult.batch_id) == batch_id)
        ).rowcount
    else:
        total = session.scalar(
            select(func.count()).where(col(Incident.import_batch_id) == batch_id)
        )
        # Only those still on no agenda and linked to no action, in the one statement: on
        # a server another desk may take one up between a count and the delete. When any
        # stays, the savepoint puts the others back.
        with session.begin_nested():
            removed = session.exec(
                delete(Incident).where(col(Incident.import_batch_id) == batch_id, ~_taken_up())
            ).rowcount
            if removed != total:
                raise ValidationError.single(TAKEN_UP)
    session.execute(
        update(ImportBatch)
        .where(col(ImportBatch.id) == batch_id)
        .values(undone_at=utcnow(), undone_by=user or session.info.get(USER) or os_user())
    )
    session.flush()
    return removed


def source_file_of(*, session: Session, incident_ids: Iterable[int]) -> dict[int, str]:
    """incident id → the name of the file it was imported from, for those imported."""
    ids = list(incident_ids)
    if not ids:
        return {}
    return dict(
        session.execute(
            select(col(Incident.id), col(ImportBatch.file_name))
            .join(ImportBatch, col(ImportBatch.id) == Incident.import_batch_id)
            .where(col(Incident.id).in_(ids))
        ).all()
    )
