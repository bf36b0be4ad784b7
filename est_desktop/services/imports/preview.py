"""Every row of a file checked before anything is saved: what it would become, or why not.

A row is ready, or it has problems (row, column, reason), or it is held back: a
personnummer in any of its cells, or the same date, place, category and description as
an incident already saved or an earlier row of the file. Values the mapping does not
know yet (a place name, a source's own category) are gathered with a suggestion, so
that the user maps each once rather than row by row.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time

from sqlalchemy import select
from sqlmodel import Session, col

from ...models import (
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
from ...text import QT_TRANSLATE_NOOP
from ..incidents import validate_incident
from ..limits import check_name, clean_text, one_line
from ..personal_numbers import find_personal_numbers, remove_personal_numbers
from . import matching
from .mapping import NEW_PLACE, IncidentMapping, value_key
from .tables import SourceRow, SourceTable
from .values import BadValue, cell_text, parse_date_time, parse_time, parse_yes_no

# Fields whose values are names from a list in settings.
LISTED = ("place", "focus_area", "category", "source", "reporting_organisation")
UNKNOWN_VALUE = {
    "place": QT_TRANSLATE_NOOP(
        "Validation", "The place '%1' is not in the list. Map it to a place, or add it as new."
    ),
    "focus_area": QT_TRANSLATE_NOOP(
        "Validation", "The focus area '%1' is not in the list. Map it to one of the agreement's."
    ),
    "category": QT_TRANSLATE_NOOP(
        "Validation", "The category '%1' is not mapped. Map it to a category or a focus area."
    ),
    "source": QT_TRANSLATE_NOOP(
        "Validation", "The source '%1' is not in the list. Map it to one of the sources."
    ),
    "reporting_organisation": QT_TRANSLATE_NOOP(
        "Validation", "The organisation '%1' is not in the list. Map it to one of them."
    ),
}
NO_DATE_COLUMN = QT_TRANSLATE_NOOP("Validation", "Choose the column that holds the date.")
NO_PLACE = QT_TRANSLATE_NOOP(
    "Validation", "Choose the column that holds the place, or map each value to a place."
)
NO_SOURCE = QT_TRANSLATE_NOOP(
    "Validation", "Choose the column that holds the source, or the source of the whole file."
)
NO_DESCRIPTION_COLUMN = QT_TRANSLATE_NOOP(
    "Validation", "Choose the column that describes what happened (or the category's)."
)
UNREADABLE_CHARACTER = QT_TRANSLATE_NOOP(
    "Validation",
    "The cell holds characters that could not be read (the file mixes text encodings). "
    "Correct them in the file.",
)
MONTH_FIRST = QT_TRANSLATE_NOOP(
    "Validation",
    "The dates look like month/day/year (for example '%1'), which would be read the wrong "
    "way round. Save the file with its dates as YYYY-MM-DD.",
)
BLANK_DATE = QT_TRANSLATE_NOOP("Validation", "The date is empty.")
BLANK_PLACE = QT_TRANSLATE_NOOP("Validation", "The place is empty.")
BLANK_SOURCE = QT_TRANSLATE_NOOP("Validation", "The source is empty and the file has none chosen.")


@dataclass(frozen=True)
class Problem:
    row: int  # the file's row number; 0 for the whole file
    column: str  # the file's header, "" for the row as a whole
    message: str  # English source text; %1 is ``value``
    value: str = ""


@dataclass
class PreviewRow:
    number: int
    incident: IncidentCreate | None  # None while the row has problems
    problems: list[Problem] = field(default_factory=list)
    # The headers of the cells holding a personnummer: the row waits for the user.
    personal_numbers: list[str] = field(default_factory=list)
    # "" or what it repeats: an incident already saved (its id) or an earlier row.
    duplicate_of_incident: int | None = None
    duplicate_of_row: int | None = None
    new_place: str = ""  # the name of a place to add, as the mapping asks
    # The file's own date, place and description, to show a row that cannot be imported.
    cells: tuple[str, str, str] = ("", "", "")

    @property
    def is_duplicate(self) -> bool:
        return self.duplicate_of_incident is not None or self.duplicate_of_row is not None

    @property
    def ready(self) -> bool:
        """Saved without asking: valid, no personnummer, not a duplicate."""
        return self.incident is not None and not self.personal_numbers and not self.is_duplicate


@dataclass(frozen=True)
class Unmatched:
    """A value of a listed field that the mapping does not know, and its best guess."""

    field: str
    value: str  # as the file first writes it
    rows: int
    suggestion: tuple[int, str] | None


@dataclass(frozen=True)
class EarlierImport:
    batch_id: int
    imported_at: datetime
    imported_by: str
    row_count: int


@dataclass
class ImportPreview:
    file_name: str
    checksum: str
    headers: tuple[str, ...]
    mapping: IncidentMapping
    rows: list[PreviewRow]
    unmatched: list[Unmatched]
    file_problems: list[Problem]
    earlier: EarlierImport | None  # this very file, imported before and not undone

    @property
    def ready(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.ready]

    @property
    def with_problems(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.problems]

    @property
    def held_back(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.incident is not None and r.personal_numbers]

    @property
    def duplicates(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.incident is not None and r.is_duplicate]


Progress = Callable[[int, int], None]


def build_preview(
    *,
    session: Session,
    table: SourceTable,
    mapping: IncidentMapping,
    today: date | None = None,
    progress: Progress | None = None,
) -> ImportPreview:
    """What saving ``table`` with ``mapping`` would do, row by row; writes nothing."""
    today = today or date.today()
    lists = _Lists(session)
    file_problems = _file_problems(table, mapping)
    rows: list[PreviewRow] = []
    unmatched: dict[tuple[str, str], list] = {}
    if not file_problems:
        reader = _RowReader(session, table, mapping, lists, today, unmatched)
        for index, source_row in enumerate(table.rows):
            rows.append(reader.read(source_row))
            if progress is not None and index % 500 == 0:
                progress(index, len(table.rows))
        _mark_duplicates(session, rows)
    return ImportPreview(
        file_name=table.file_name,
        checksum=table.checksum,
        headers=table.headers,
        mapping=mapping,
        rows=rows,
        unmatched=[
            Unmatched(name, first, count, lists.suggest(name, first))
            for (name, _key), (first, count) in sorted(unmatched.items())
        ],
        file_problems=file_problems,
        earlier=earlier_import(session=session, checksum=table.checksum),
    )


def earlier_import(*, session: Session, checksum: str) -> EarlierImport | None:
    batch = session.scalars(
        select(ImportBatch)
        .where(col(ImportBatch.checksum) == checksum, col(ImportBatch.undone_at).is_(None))
        .order_by(col(ImportBatch.id))
    ).first()
    if batch is None or batch.id is None:
        return None
    return EarlierImport(batch.id, batch.imported_at, batch.imported_by, batch.row_count)


_SLASHED = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\b")


def _month_first_example(table: SourceTable, header: str) -> str:
    """A date of the column that only reads as month/day/year ('11/24/2026'), if any: then
    every such date of the file is ambiguous, and none is guessed."""
    index = table.headers.index(header)
    for row in table.rows:
        value = row.values[index] if index < len(row.values) else None
        if not isinstance(value, str):
            continue
        found = _SLASHED.match(value)
        if found and int(found.group(1)) <= 12 < int(found.group(2)) <= 31:
            return value.strip()
    return ""


def _file_problems(table: SourceTable, mapping: IncidentMapping) -> list[Problem]:
    columns = {name: header for name, header in mapping.columns.items() if header in table.headers}
    problems = []
    if "occurred_on" in columns:
        example = _month_first_example(table, columns["occurred_on"])
        if example:
            problems.append(Problem(0, columns["occurred_on"], MONTH_FIRST, example))
    if "occurred_on" not in columns:
        problems.append(Problem(0, "", NO_DATE_COLUMN))
    if "place" not in columns:
        problems.append(Problem(0, "", NO_PLACE))
    if "source" not in columns and mapping.source_id is None:
        problems.append(Problem(0, "", NO_SOURCE))
    if "description" not in columns and "category" not in columns:
        problems.append(Problem(0, "", NO_DESCRIPTION_COLUMN))
    return problems


class _Lists:
    """The lists in settings, read once: id → name, and name → id."""

    def __init__(self, session: Session) -> None:
        # Held here, the rows stay in the session's identity map: the validation of each
        # row then finds them there instead of asking the database 10,000 times.
        self.rows: dict[str, Sequence[Place | FocusArea | Category | Source | Organisation]] = {
            "place": list(session.scalars(select(Place))),
            "focus_area": list(session.scalars(select(FocusArea))),
            "category": list(session.scalars(select(Category))),
            "source": list(session.scalars(select(Source))),
            "reporting_organisation": list(session.scalars(select(Organisation))),
        }
        self.names = {
            kind: [(saved_id(row), row.name) for row in rows] for kind, rows in self.rows.items()
        }
        self.by_key = {
            kind: {value_key(name): id_ for id_, name in entries}
            for kind, entries in self.names.items()
        }

    def exact(self, kind: str, value: str) -> int | None:
        return self.by_key[kind].get(value_key(value))

    def suggest(self, kind: str, value: str) -> tuple[int, str] | None:
        if kind == "category":
            return matching.suggest(value, self.names["category"]) or matching.suggest(
                value, self.names["focus_area"]
            )
        return matching.suggest(value, self.names[kind])


_DIGITS = re.compile(r"\d")


class _RowReader:
    def __init__(
        self,
        session: Session,
        table: SourceTable,
        mapping: IncidentMapping,
        lists: _Lists,
        today: date,
        unmatched: dict[tuple[str, str], list],
    ) -> None:
        self.session = session
        self.mapping = mapping
        self.lists = lists
        self.today = today
        self.unmatched = unmatched
        self.headers = table.headers
        self.column = {
            name: table.headers.index(header)
            for name, header in mapping.columns.items()
            if header in table.headers
        }

    def cell(self, row: SourceRow, name: str) -> object:
        index = self.column.get(name)
        return row.values[index] if index is not None and index < len(row.values) else None

    def text(self, row: SourceRow, name: str) -> str:
        return cell_text(self.cell(row, name))

    def read(self, row: SourceRow) -> PreviewRow:
        result = PreviewRow(
            row.number,
            None,
            cells=(
                self.text(row, "occurred_on"),
                self.text(row, "place"),
                self.text(row, "description") or self.text(row, "category"),
            ),
        )
        problems = result.problems

        def problem(name: str, message: str, value: str = "") -> None:
            header = self.mapping.columns.get(name, "") if name else ""
            problems.append(Problem(row.number, header, message, masked(value)))

        occurred_on, start_time = self._when(row, problem)
        place_id = self._place(row, result, problem)
        focus_area_id, category_id = self._category(row, problem)
        focus_area_text = self.text(row, "focus_area")
        if focus_area_text:
            focus_area_id = self._listed("focus_area", focus_area_text, problem)
        if focus_area_id is None:
            focus_area_id = self.mapping.focus_area_id
        source_id = self._listed_or_default(
            row, "source", self.mapping.sources, self.mapping.source_id, problem
        )
        if source_id is None and not problems:
            problem("source", BLANK_SOURCE)
        organisation_id = self._listed_or_default(
            row,
            "reporting_organisation",
            self.mapping.organisations,
            self.mapping.reporting_organisation_id,
            problem,
        )
        confidential = self.mapping.confidential
        if "confidential" in self.column:
            try:
                marked = parse_yes_no(self.cell(row, "confidential"))
            except BadValue as error:
                problem("confidential", error.message, error.value)
            else:
                confidential = confidential if marked is None else marked
        description = clean_text(self.text(row, "description")) or clean_text(
            self.text(row, "category")
        )
        result.personal_numbers = self._personal_numbers(row)
        for name in self.column:
            if "\ufffd" in self.text(row, name):
                problem(name, UNREADABLE_CHARACTER)
        # A row without a date has a problem about it already.
        if problems or occurred_on is None:
            return result
        data = IncidentCreate(
            occurred_on=occurred_on,
            start_time=start_time,
            place_id=place_id,
            location_detail=one_line(self.text(row, "location_detail")),
            focus_area_id=focus_area_id,
            category_id=category_id,
            source_id=source_id,
            reporting_organisation_id=organisation_id,
            description=description,
            confidential=confidential,
        )
        if result.new_place:
            # validate_incident wants a saved place; the new one is checked by name here.
            errors: dict[str, str] = {}
            check_name(errors, "place", result.new_place)
            for message in errors.values():
                problem("place", message, result.new_place)
        checked = data if place_id else data.model_copy(update={"place_id": self._any_place()})
        for name, message in validate_incident(
            session=self.session, data=checked, today=self.today
        ).items():
            problem(_FIELD_OF.get(name, name), message)
        if not problems:
            result.incident = data
        return result

    def _any_place(self) -> int | None:
        return self.lists.names["place"][0][0] if self.lists.names["place"] else None

    def _when(self, row: SourceRow, problem) -> tuple[date | None, time | None]:
        occurred_on = start_time = None
        try:
            occurred_on, start_time = parse_date_time(self.cell(row, "occurred_on"))
        except BadValue as error:
            problem("occurred_on", error.message, error.value)
            return None, None
        if occurred_on is None:
            problem("occurred_on", BLANK_DATE)
        if "start_time" in self.column and self.column["start_time"] != self.column.get(
            "occurred_on"
        ):
            try:
                start_time = parse_time(self.cell(row, "start_time")) or start_time
            except BadValue as error:
                problem("start_time", error.message, error.value)
        return occurred_on, start_time

    def _place(self, row: SourceRow, result: PreviewRow, problem) -> int | None:
        value = one_line(self.text(row, "place"))
        if not value:
            problem("place", BLANK_PLACE)
            return None
        key = value_key(value)
        mapped = self.mapping.places.get(key)
        if mapped == NEW_PLACE:
            existing = self.lists.exact("place", value)
            if existing is None:
                result.new_place = value
            return existing
        if mapped is not None:
            return mapped
        found = self.lists.exact("place", value)
        if found is None:
            self._unmatched("place", value)
            problem("place", UNKNOWN_VALUE["place"], value)
        return found

    def _category(self, row: SourceRow, problem) -> tuple[int | None, int | None]:
        value = self.text(row, "category")
        if not value:
            return None, None
        mapped = self.mapping.categories.get(value_key(value))
        if mapped is not None:
            return mapped[0], mapped[1]
        category_id = self.lists.exact("category", value)
        if category_id is not None:
            return None, category_id
        focus_area_id = self.lists.exact("focus_area", value)
        if focus_area_id is not None:
            return focus_area_id, None
        self._unmatched("category", value)
        problem("category", UNKNOWN_VALUE["category"], value)
        return None, None

    def _listed(self, name: str, value: str, problem) -> int | None:
        found = self.lists.exact(name, value)
        if found is None:
            mapped = getattr(self.mapping, _MAPPED[name]).get(value_key(value))
            if mapped is not None:
                return mapped
            self._unmatched(name, value)
            problem(name, UNKNOWN_VALUE[name], value)
        return found

    def _listed_or_default(
        self, row: SourceRow, name: str, values: dict[str, int], default: int | None, problem
    ) -> int | None:
        value = self.text(row, name)
        if not value:
            return default
        mapped = values.get(value_key(value))
        return mapped if mapped is not None else self._listed(name, value, problem)

    def _unmatched(self, name: str, value: str) -> None:
        entry = self.unmatched.setdefault((name, value_key(value)), [value, 0])
        entry[1] += 1

    def _personal_numbers(self, row: SourceRow) -> list[str]:
        found = []
        for header, value in zip(self.headers, row.values, strict=False):
            text = cell_text(value)
            if len(_DIGITS.findall(text)) >= 10 and find_personal_numbers(text, today=self.today):
                found.append(header)
        return found


_MAPPED = {
    "focus_area": "focus_areas",
    "source": "sources",
    "reporting_organisation": "organisations",
}
_FIELD_OF = {
    "place_id": "place",
    "focus_area_id": "focus_area",
    "category_id": "category",
    "source_id": "source",
    "reporting_organisation_id": "reporting_organisation",
}


def masked(value: str) -> str:
    """A cell's text as a problem quotes it: never with a personnummer in it, which would
    then be printed by the command line and shown in lists."""
    if len(_DIGITS.findall(value)) < 10:
        return value
    return remove_personal_numbers(value, MASK)


MASK = "[…]"


def duplicate_key(data: IncidentCreate, new_place: str = "") -> tuple:
    """Date, place, category and description: the same incident reported twice."""
    return (
        data.occurred_on,
        data.place_id if not new_place else value_key(new_place),
        data.category_id,
        value_key(data.description),
    )


def _mark_duplicates(session: Session, rows: list[PreviewRow]) -> None:
    candidates = [r for r in rows if r.incident is not None]
    if not candidates:
        return
    days = [r.incident.occurred_on for r in candidates if r.incident is not None]
    saved: dict[tuple, int] = {}
    query = select(
        col(Incident.id),
        col(Incident.occurred_on),
        col(Incident.place_id),
        col(Incident.category_id),
        col(Incident.description),
    ).where(col(Incident.occurred_on) >= min(days), col(Incident.occurred_on) <= max(days))
    for id_, occurred_on, place_id, category_id, description in session.execute(query):
        saved.setdefault((occurred_on, place_id, category_id, value_key(description)), id_)
    seen: dict[tuple, int] = {}
    for row in candidates:
        assert row.incident is not None
        key = duplicate_key(row.incident, row.new_place)
        if key in saved:
            row.duplicate_of_incident = saved[key]
        elif key in seen:
            row.duplicate_of_row = seen[key]
        else:
            seen[key] = row.number
