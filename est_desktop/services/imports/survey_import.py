"""The week's answers from the survey tool's export, counted per factor.

Survey tools export in one of two shapes: one row per rapportör and factor (a column
naming the factor, maybe one with the answer), or one row per rapportör with a column per
factor. Either way only counts are kept: how many rapportörer marked each factor in the
week, of how many answered. Who answered what stays in the file.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select
from sqlmodel import Session, col

from ...errors import ValidationError
from ...models import ImportBatch, ImportKind, SurveyFactor, SurveyResult, saved_id
from ...text import QT_TRANSLATE_NOOP
from ..audit import USER, os_user
from . import matching
from .batches import ALREADY_IMPORTED
from .mapping import value_key
from .preview import EarlierImport, Problem, earlier_import, masked
from .tables import SourceTable
from .values import BadValue, cell_text, parse_date, parse_yes_no

LONG, WIDE = "long", "wide"
IGNORED = 0  # in a factor map: the file's value is no factor of the survey
_RESPONDENT = ("rapportör", "respondent", "svarande", "namn", "id", "e-post", "epost", "email")
_FACTOR = ("faktor", "fråga", "factor", "kategori", "område")
_ANSWER = ("svar", "markerad", "markering", "värde", "answer", "ja/nej")
_WEEK = ("vecka", "week", "v")
_DATE = ("datum", "svarsdatum", "date", "tidpunkt", "inskickad", "skickad")

NO_FACTORS = QT_TRANSLATE_NOOP(
    "Validation",
    "The file names none of the survey's factors. Check the factors under Settings, or that "
    "this is the survey's export.",
)
NO_RESPONDENT = QT_TRANSLATE_NOOP(
    "Validation", "The file has no column saying which rapportör answered."
)
UNKNOWN_FACTOR = QT_TRANSLATE_NOOP(
    "Validation", "'%1' is not one of the survey's factors. Add it under Settings, or map it."
)
NOT_A_WEEK = QT_TRANSLATE_NOOP(
    "Validation", "'%1' is not a week. Write the week's number, e.g. 48."
)
NOT_AN_ANSWER = QT_TRANSLATE_NOOP(
    "Validation", "'%1' is not an answer. Write ja or nej, or a number."
)
WEEK_ALREADY = QT_TRANSLATE_NOOP(
    "Validation",
    "The survey of a week in this file has already been imported from another file. Undo "
    "that import first if this file replaces it.",
)
NO_WEEK = QT_TRANSLATE_NOOP("Validation", "Choose the week the answers are about.")


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class WeekCount:
    week_start: date
    factor_id: int
    factor: str
    marked: int
    answered: int


@dataclass
class SurveyPreview:
    file_name: str
    checksum: str
    shape: str  # LONG or WIDE, "" when neither could be found
    counts: list[WeekCount]
    problems: list[Problem]
    unknown_factors: dict[str, int]  # value or column as written → rows
    earlier: EarlierImport | None
    # Weeks that already have answers from another import: saving is refused.
    weeks_taken: list[date] = field(default_factory=list)
    # An unknown factor's likely meaning (value as written → factor id), offered to the
    # user, never counted until chosen.
    suggestions: dict[str, int] = field(default_factory=dict)

    @property
    def weeks(self) -> list[date]:
        return sorted({c.week_start for c in self.counts})


def _find(headers: tuple[str, ...], words: tuple[str, ...]) -> str | None:
    normal = {h: value_key(h).rstrip(":") for h in headers}
    for word in words:
        for header in headers:
            if normal[header] == word:
                return header
    for word in words:
        for header in headers:
            if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", normal[header]):
                return header
    return None


def suggested_week(table: SourceTable, today: date) -> date:
    """The week a file's answers are most likely about: the survey goes out at the start
    of a week and asks about the week before, so the week before the latest answer date
    (or before today, when the file has no dates)."""
    column = _find(table.headers, _DATE)
    latest = None
    if column is not None:
        index = table.headers.index(column)
        for row in table.rows:
            try:
                day = parse_date(row.values[index])
            except BadValue:
                continue
            if day is not None and (latest is None or day > latest):
                latest = day
    return monday(latest or today) - timedelta(days=7)


def preview_survey(
    *,
    session: Session,
    table: SourceTable,
    week: date | None,
    factor_map: Mapping[str, int] | None = None,
) -> SurveyPreview:
    """The counts saving ``table`` would store. ``week`` (any day of it) is used where the
    file has no week column; ``factor_map`` maps a value_key the file uses to a factor
    (``IGNORED``: not counted, and not a problem either)."""
    factors = [
        (f.id, f.name)
        for f in session.scalars(select(SurveyFactor).where(col(SurveyFactor.active).is_(True)))
        if f.id is not None
    ]
    by_key = {value_key(name): id_ for id_, name in factors}
    by_key.update(factor_map or {})
    names = dict(factors)
    problems: list[Problem] = []
    unknown: dict[str, int] = {}
    suggestions: dict[str, int] = {}
    # Columns named as a factor is; and those only like one ("Skadegörelse & klotter"),
    # which count once the user says so.
    wide = {h: by_key[value_key(h)] for h in table.headers if value_key(h) in by_key}
    guessed = {
        h: found
        for h in table.headers
        if h not in wide and (found := _suggested(h, factors)) is not None
    }
    factor_column = _find(table.headers, _FACTOR)
    respondent_column = _find(table.headers, _RESPONDENT)
    week_column = _find(table.headers, _WEEK)
    named = len(wide) + len(guessed)
    shape = WIDE if named >= 2 or (named and factor_column is None) else ""
    if not shape and factor_column is not None:
        shape = LONG
    marked: dict[tuple[date, int], set] = defaultdict(set)
    answered: dict[date, set] = defaultdict(set)
    if not shape:
        problems.append(Problem(0, "", NO_FACTORS))
    elif shape == LONG and respondent_column is None:
        problems.append(Problem(0, "", NO_RESPONDENT))
    elif week_column is None and week is None:
        problems.append(Problem(0, "", NO_WEEK))
    else:
        index = {h: i for i, h in enumerate(table.headers)}
        answer_column = _find(table.headers, _ANSWER) if shape == LONG else None
        if shape == WIDE:
            for header, factor_id in guessed.items():
                unknown[header] = len(table.rows)
                suggestions[header] = factor_id
                problems.append(Problem(table.header_row, header, UNKNOWN_FACTOR, header))
            wide = {h: i for h, i in wide.items() if i != IGNORED}
        for row in table.rows:

            def value(header: str | None, row=row) -> object:
                return row.values[index[header]] if header is not None else None

            def problem(header: str, message: str, text: str = "", row=row) -> None:
                problems.append(Problem(row.number, header, message, masked(text)))

            row_week = _week_of(value(week_column), week, problem, week_column or "")
            if row_week is None:
                continue
            who = cell_text(value(respondent_column)) or f"row {row.number}"
            if shape == WIDE:
                answered[row_week].add(who)
                for header, factor_id in wide.items():
                    if _marked(value(header), problem, header):
                        marked[(row_week, factor_id)].add(who)
                continue
            factor_text = cell_text(value(factor_column))
            if not factor_text:
                continue
            answered[row_week].add(who)
            row_factor = by_key.get(value_key(factor_text))
            if row_factor == IGNORED:
                continue
            if row_factor is None:
                unknown[factor_text] = unknown.get(factor_text, 0) + 1
                found = _suggested(factor_text, factors)
                if found is not None:
                    suggestions[factor_text] = found
                assert factor_column is not None
                problem(factor_column, UNKNOWN_FACTOR, factor_text)
                continue
            if answer_column is None or _marked(value(answer_column), problem, answer_column):
                marked[(row_week, row_factor)].add(who)
    counted = sorted({f for _w, f in marked} | (set(wide.values()) if shape == WIDE else set()))
    counts = [
        WeekCount(
            week_start,
            factor_id,
            names[factor_id],
            len(marked.get((week_start, factor_id), ())),
            len(people),
        )
        for week_start, people in sorted(answered.items())
        for factor_id in counted
    ]
    taken = _weeks_taken(session, {c.week_start for c in counts})
    return SurveyPreview(
        table.file_name,
        table.checksum,
        shape,
        counts,
        problems,
        unknown,
        earlier_import(session=session, checksum=table.checksum),
        taken,
        suggestions,
    )


def _suggested(header: str, factors: list[tuple[int, str]]) -> int | None:
    found = matching.suggest(header, factors)
    return found[0] if found is not None else None


def _week_of(cell: object, week: date | None, problem, header: str) -> date | None:
    text = cell_text(cell)
    if not text:
        if week is None:
            problem(header, NO_WEEK)
            return None
        return monday(week)
    if isinstance(cell, date):
        return monday(cell)
    found = re.fullmatch(r"(?:(\d{4})\s*-?\s*)?(?:v(?:ecka)?\.?\s*|w)?(\d{1,2})", text.casefold())
    if found is None or not 1 <= int(found.group(2)) <= 53:
        problem(header, NOT_A_WEEK, text)
        return None
    number = int(found.group(2))
    try:
        if found.group(1):
            return date.fromisocalendar(int(found.group(1)), number, 1)
        # "v52" without a year: the latest week 52 not after the week chosen (answers
        # exported in January are about December's).
        reference = monday(week or date.today())
        for year in (reference.isocalendar().year, reference.isocalendar().year - 1):
            try:
                candidate = date.fromisocalendar(year, number, 1)
            except ValueError:  # no week 53 that year
                continue
            if candidate <= reference:
                return candidate
    except ValueError:
        pass
    problem(header, NOT_A_WEEK, text)
    return None


def _marked(cell: object, problem, header: str) -> bool:
    if isinstance(cell, bool):
        return cell
    if isinstance(cell, int | float):
        return cell > 0
    text = cell_text(cell)
    if not text:
        return False
    try:
        return bool(parse_yes_no(text))
    except BadValue:
        try:
            return float(text.replace(",", ".")) > 0
        except ValueError:
            problem(header, NOT_AN_ANSWER, text)
            return False


def _weeks_taken(session: Session, weeks: set[date]) -> list[date]:
    if not weeks:
        return []
    return sorted(
        set(
            session.scalars(
                select(col(SurveyResult.week_start)).where(col(SurveyResult.week_start).in_(weeks))
            )
        )
    )


def import_survey(
    *,
    session: Session,
    table: SourceTable,
    week: date | None,
    factor_map: Mapping[str, int] | None = None,
    user: str = "",
) -> ImportBatch:
    """Saves the week's counts as one batch; refused whole when a week already has some."""
    preview = preview_survey(session=session, table=table, week=week, factor_map=factor_map)
    if preview.earlier is not None:
        raise ValidationError.single(ALREADY_IMPORTED, "file")
    if preview.weeks_taken:
        raise ValidationError.single(WEEK_ALREADY, "file")
    file_level = [p for p in preview.problems if p.row == 0]
    if file_level or not preview.counts:
        raise ValidationError.single((file_level[0].message if file_level else NO_FACTORS), "file")
    batch = ImportBatch(
        kind=ImportKind.SURVEY,
        file_name=table.file_name,
        checksum=table.checksum,
        imported_by=user or session.info.get(USER) or os_user(),
        row_count=len(table.rows),
        skipped_count=len({p.row for p in preview.problems}),
    )
    session.add(batch)
    session.flush()
    for count in preview.counts:
        session.add(
            SurveyResult(
                batch_id=saved_id(batch),
                week_start=count.week_start,
                factor_id=count.factor_id,
                marked=count.marked,
                answered=count.answered,
            )
        )
    session.flush()
    return batch
