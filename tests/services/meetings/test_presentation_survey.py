"""A focus-area slide carries the week's survey picture for its own factors."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from openpyxl import Workbook
from sqlmodel import Session

from est_desktop.models import MeetingCreate
from est_desktop.services.imports.survey_import import import_survey
from est_desktop.services.imports.tables import read_table
from est_desktop.services.meetings import agenda as meetings
from est_desktop.services.meetings import presentation

MEETING = date(2026, 12, 1)  # Tuesday of week 49: discusses week 48
BEFORE_THE_SURVEY = date(2026, 10, 6)  # week 41: no survey week within reach
RAPPORTORER = 8
# Marked per week, of eight rapportörer: "Hot och våld" (Misshandel) rises to 5 against an
# average of 2.0, "Skadegörelse och klotter" stays at 1, "Narkotika" falls to 2 against 3.5.
MARKED = {
    44: (1, 1, 4),
    45: (3, 1, 3),
    46: (2, 1, 4),
    47: (2, 1, 3),
    48: (5, 1, 2),
}


def survey_file(path: Path, monday: date, marked: tuple[int, int, int]) -> Path:
    """One row per rapportör and a Ja/Nej column per factor, as Forms exports it."""
    book = Workbook()
    sheet = book.active
    sheet.append(
        ["Svarsdatum", "Rapportör", "Hot och våld", "Skadegörelse och klotter", "Narkotika"]
    )
    for number in range(RAPPORTORER):
        sheet.append(
            [monday, f"R{number:02}", *("Ja" if number < count else "Nej" for count in marked)]
        )
    book.save(path)
    return path


def import_weeks(session: Session, folder: Path, weeks: dict[int, tuple[int, int, int]]) -> None:
    """The survey weeks of 2026 (ISO week → marked per factor) imported as the convener does."""
    for week, marked in weeks.items():
        monday = date.fromisocalendar(2026, week, 1)
        table = read_table(survey_file(folder / f"enkät v{week}.xlsx", monday, marked))
        import_survey(session=session, table=table, week=monday)


def _slide(session: Session, meeting_id: int, title: str) -> presentation.Slide:
    item = next(
        i for i in meetings.agenda(session=session, meeting_id=meeting_id) if i.title == title
    )
    return presentation.slide_for_item(session=session, item_id=item.id, today=MEETING)


def test_the_focus_area_slide_has_its_factors_week(session: Session, tmp_path: Path) -> None:
    import_weeks(session, tmp_path, MARKED)
    meeting = meetings.create_meeting(
        session=session, data=MeetingCreate(date=MEETING, start_time=time(9))
    )

    survey = _slide(session, meeting.id, "Misshandel").survey
    assert survey is not None and survey.week == 48
    [violence] = survey.factors
    assert (violence.factor, violence.marked, violence.answered) == ("Hot och våld", 5, 8)
    assert (violence.earlier_average, violence.earlier_weeks, violence.trend) == (2.0, 4, 1)
    [drugs] = _slide(session, meeting.id, "Narkotika").survey.factors
    assert (drugs.factor, drugs.marked, drugs.earlier_average, drugs.trend) == (
        "Narkotika",
        2,
        3.5,
        -1,
    )
    # Trafik's factor is not in the survey file; the other kinds of slide have no survey.
    assert _slide(session, meeting.id, "Trafik").survey is None
    assert _slide(session, meeting.id, "Övriga frågor").survey is None


def test_no_survey_week_within_reach_no_picture(session: Session, tmp_path: Path) -> None:
    import_weeks(session, tmp_path, MARKED)
    meeting = meetings.create_meeting(
        session=session, data=MeetingCreate(date=BEFORE_THE_SURVEY, start_time=time(9))
    )
    assert _slide(session, meeting.id, "Misshandel").survey is None
