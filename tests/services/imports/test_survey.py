"""The weekly rapportör survey: factors, both export shapes, the week's picture, the trend."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select
from sqlmodel import Session

from est_desktop.errors import ValidationError
from est_desktop.models import FocusArea, SurveyResult
from est_desktop.services.imports.batches import batch_rows, undo_batch
from est_desktop.services.imports.survey_factors import delete_factor, factor_rows, save_factor
from est_desktop.services.imports.survey_import import (
    LONG,
    WIDE,
    import_survey,
    preview_survey,
    suggested_week,
)
from est_desktop.services.imports.survey_picture import survey_trend, survey_week
from est_desktop.services.imports.tables import read_table
from tests.services.imports.files import semicolon_csv

WEEK_48 = date(2026, 11, 23)
MEETING = date(2026, 12, 1)  # Tuesday of week 49: discusses week 48


def _focus_area(session: Session, name: str) -> int:
    return session.scalars(select(FocusArea.id).where(FocusArea.name == name)).one()


def _wide(path: Path, answers: list[tuple[str, ...]]) -> Path:
    """One row per rapportör, a column per factor, as Forms and Netigate export it."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Enkät till rapportörer – hur har veckan varit?"])
    sheet.append([])
    sheet.append(
        ["Svarsdatum", "Rapportör", "Hot och våld", "Skadegörelse och klotter", "Narkotika"]
    )
    for row in answers:
        sheet.append(list(row))
    book.save(path)
    return path


def test_the_factors_are_seeded_and_tied_to_focus_areas(session: Session) -> None:
    factors = {f.name: f.focus_area for f in factor_rows(session=session)}
    assert len(factors) == 12
    assert factors["Hot och våld"] == "Misshandel"
    assert factors["Anlagda bränder"] == "Skadegörelse"
    assert factors["Otrygghet i hamnområdet"] == "Hamnen"


def test_one_column_per_factor(session: Session, tmp_path: Path) -> None:
    path = _wide(
        tmp_path / "enkät v48.xlsx",
        [
            (date(2026, 11, 30), "R01", "Ja", "Nej", ""),
            (date(2026, 11, 30), "R02", "ja", "Ja", "x"),
            (date(2026, 12, 1), "R03", "Nej", "Ja", ""),
        ],
    )
    table = read_table(path)
    assert suggested_week(table, today=date(2026, 12, 2)) == WEEK_48
    preview = preview_survey(session=session, table=table, week=WEEK_48)
    assert preview.shape == WIDE
    counts = {c.factor: (c.marked, c.answered) for c in preview.counts}
    assert counts == {
        "Hot och våld": (2, 3),
        "Skadegörelse och klotter": (2, 3),
        "Narkotika": (1, 3),
    }
    import_survey(session=session, table=table, week=WEEK_48)
    assert session.scalar(select(func.count()).select_from(SurveyResult)) == 3


def test_one_row_per_rapportör_and_factor(session: Session, tmp_path: Path) -> None:
    path = semicolon_csv(
        tmp_path / "enkät_v48.csv",
        [
            "Vecka;Rapportör;Faktor;Svar",
            "48;R01;Hot och våld;Ja",
            "48;R01;Narkotika;Nej",
            "48;R02;Hot och våld;Ja",
            "48;R03;Narkotika;Ja",
            "48;R04;Fyrverkerier;Ja",
        ],
    )
    preview = preview_survey(session=session, table=read_table(path), week=date(2026, 12, 1))
    assert preview.shape == LONG
    assert preview.weeks == [WEEK_48]
    counts = {c.factor: (c.marked, c.answered) for c in preview.counts}
    assert counts == {"Hot och våld": (2, 4), "Narkotika": (1, 4)}
    assert preview.unknown_factors == {"Fyrverkerier": 1}
    assert [(p.row, p.column, p.value) for p in preview.problems] == [(6, "Faktor", "Fyrverkerier")]


def test_the_same_week_twice_is_refused_until_the_first_is_undone(
    session: Session, tmp_path: Path
) -> None:
    first = read_table(_wide(tmp_path / "a.xlsx", [(date(2026, 11, 30), "R01", "Ja", "", "")]))
    second = read_table(_wide(tmp_path / "b.xlsx", [(date(2026, 11, 30), "R09", "", "Ja", "")]))
    batch = import_survey(session=session, table=first, week=WEEK_48)
    with pytest.raises(ValidationError):
        import_survey(session=session, table=first, week=WEEK_48)  # the same file
    with pytest.raises(ValidationError):
        import_survey(session=session, table=second, week=WEEK_48)  # the same week
    undo_batch(session=session, batch_id=batch.id)
    assert batch_rows(session=session)[0].undone_at is not None
    import_survey(session=session, table=second, week=WEEK_48)
    week = survey_week(session=session, on=MEETING)
    assert {f.factor: f.marked for f in week.factors}["Skadegörelse och klotter"] == 1


def test_the_meeting_sees_the_week_against_the_four_before(
    session: Session, tmp_path: Path
) -> None:
    marked_per_week = {44: 1, 45: 3, 46: 2, 47: 2, 48: 5}
    for week, marked in marked_per_week.items():
        monday = date.fromisocalendar(2026, week, 1)
        rows = [(monday, f"R{i:02}", "Ja" if i < marked else "Nej", "", "") for i in range(8)]
        import_survey(
            session=session, table=read_table(_wide(tmp_path / f"v{week}.xlsx", rows)), week=monday
        )

    picture = survey_week(
        session=session, on=MEETING, focus_area_id=_focus_area(session, "Misshandel")
    )
    assert picture.week == 48
    [violence] = picture.factors
    assert (violence.factor, violence.marked, violence.answered) == ("Hot och våld", 5, 8)
    assert violence.earlier_average == 2.0 and violence.earlier_weeks == 4
    assert violence.trend == 1
    # Another focus area's item has its own factors only.
    harbour = survey_week(session=session, on=MEETING, focus_area_id=_focus_area(session, "Hamnen"))
    assert harbour is None or all(f.factor != "Hot och våld" for f in harbour.factors)
    # A meeting long after has no week to show.
    assert survey_week(session=session, on=date(2027, 2, 1)) is None

    [trend] = [
        t
        for t in survey_trend(session=session, date_from=date(2026, 10, 1), date_to=MEETING)
        if t.factor == "Hot och våld"
    ]
    assert [m for _w, m, _a in trend.weeks] == [1, 3, 2, 2, 5]


def test_a_factor_with_answers_cannot_be_deleted(session: Session, tmp_path: Path) -> None:
    table = read_table(_wide(tmp_path / "a.xlsx", [(date(2026, 11, 30), "R01", "Ja", "", "")]))
    import_survey(session=session, table=table, week=WEEK_48)
    violence = next(f for f in factor_rows(session=session) if f.name == "Hot och våld")
    with pytest.raises(ValidationError):
        delete_factor(session=session, factor_id=violence.id)
    new = save_factor(
        session=session,
        name="Fyrverkerier",
        focus_area_id=_focus_area(session, "Ordningsstörningar"),
    )
    with pytest.raises(ValidationError):
        save_factor(session=session, name="fyrverkerier", focus_area_id=None)
    delete_factor(session=session, factor_id=new.id)


def test_a_week_without_a_year_is_the_latest_one_not_after_the_chosen(
    session: Session, tmp_path: Path
) -> None:
    path = semicolon_csv(
        tmp_path / "enkät.csv",
        ["Vecka;Rapportör;Faktor;Svar", "v52;R01;Hot och våld;Ja", "1;R02;Hot och våld;Ja"],
    )
    preview = preview_survey(session=session, table=read_table(path), week=date(2027, 1, 5))
    assert preview.weeks == [date(2026, 12, 21), date(2027, 1, 4)]


def test_a_column_only_like_a_factor_counts_once_the_user_says_so(
    session: Session, tmp_path: Path
) -> None:
    from est_desktop.services.imports.survey_import import IGNORED

    book = Workbook()
    sheet = book.active
    sheet.append(["Rapportör", "Hot och våld", "Skadegörelse & klotter", "Fyrverkerier", "Övrigt"])
    sheet.append(["R01", "Ja", "Ja", "Ja", "Ja"])
    sheet.append(["R02", "Nej", "Ja", "Nej", "Nej"])
    path = tmp_path / "enkät.xlsx"
    book.save(path)
    table = read_table(path)
    first = preview_survey(session=session, table=table, week=WEEK_48)
    assert {c.factor: c.marked for c in first.counts} == {"Hot och våld": 1}
    # Columns like no factor at all (a comment, "Övrigt") are other data, not listed.
    assert first.unknown_factors == {"Skadegörelse & klotter": 2}
    damage = next(f.id for f in factor_rows(session=session) if f.name.startswith("Skadegörelse"))
    assert first.suggestions == {"Skadegörelse & klotter": damage}

    chosen = {"skadegörelse & klotter": damage}
    second = preview_survey(session=session, table=table, week=WEEK_48, factor_map=chosen)
    assert {c.factor: c.marked for c in second.counts} == {
        "Hot och våld": 1,
        "Skadegörelse och klotter": 2,
    }
    assert second.unknown_factors == {}
    left_out = {"skadegörelse & klotter": IGNORED}
    third = preview_survey(session=session, table=table, week=WEEK_48, factor_map=left_out)
    assert ({c.factor for c in third.counts}, third.unknown_factors) == ({"Hot och våld"}, {})
