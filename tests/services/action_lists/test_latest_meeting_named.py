"""Issue 19, item 6: a list exported the day after the 1 December meeting named 24 November
as "Förra mötet". A list names the latest meeting held (the export day's included) and the
period its closed actions cover, the same way in Word and in Excel."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.table import Table as DocxTable
from openpyxl import load_workbook
from sqlmodel import Session

from est_desktop.models import ActionCreate, AgendaItemKind, Meeting, MeetingCreate
from est_desktop.services import reference
from est_desktop.services.action_lists import answer_file as contract
from est_desktop.services.action_lists.data import ListPeriod, list_period
from est_desktop.services.action_lists.gather import export_action_lists
from est_desktop.services.actions import decisions as actions
from est_desktop.services.actions.decisions import ReviewOutcome
from est_desktop.services.documents import wording
from est_desktop.services.documents.options import DocumentOptions
from est_desktop.services.meetings import agenda as meetings

EARLIER = date(2026, 11, 17)  # Tuesday, v. 47
BEFORE_LATEST = date(2026, 11, 24)  # Tuesday, v. 48
LATEST = date(2026, 12, 1)  # Tuesday, v. 49
DAY_AFTER = date(2026, 12, 2)  # Wednesday: the lists go out
NEXT = date(2026, 12, 8)  # planned, not yet held

SBF = "Samhällsbyggnadsförvaltningen"
CLOSED_BEFORE = "Sanera klotter vid Hamngatan"  # closed on 24 November: last week's news
CLOSED_AT_LATEST = "Extra belysning i Stationsparken"  # closed on 1 December
STILL_OPEN = "Trygghetsvandring i Anderslöv"


@pytest.fixture(autouse=True)
def app_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wording, "_default", "sv")


@dataclass
class Read:
    paragraphs: list[str]
    closed_table: list[str]  # the descriptions in the Word list's closed table
    actions_intro: str  # the answer sheet's cell A2
    closed_title: str  # the closed sheet's A1 and A2
    closed_intro: str
    closed_rows: list[str]  # the closed sheet's descriptions (or its "none" note)


def _sbf(session: Session) -> int:
    return next(o.id for o in reference.organisations(session=session) if o.name == SBF)


def _meeting(session: Session, day: date) -> Meeting:
    return meetings.create_meeting(session=session, data=MeetingCreate(date=day, location="Rum 1"))


def _decide(session: Session, meeting: Meeting, description: str, **fields: object) -> int:
    item = next(
        i
        for i in meetings.agenda(session=session, meeting_id=meeting.id)
        if i.kind == AgendaItemKind.FOCUS_AREA
    )
    action = actions.decide_action(
        session=session,
        item_id=item.id,
        data=ActionCreate(description=description, owner_organisation_id=_sbf(session), **fields),
    )
    return action.id


def _close(session: Session, meeting: Meeting, action_id: int) -> None:
    actions.record_review(
        session=session, meeting_id=meeting.id, action_id=action_id, outcome=ReviewOutcome.DONE
    )


def _finalise(session: Session, meeting: Meeting) -> None:
    meetings.finalise_meeting(
        session=session, meeting_id=meeting.id, user="test", confirm_no_attendance=True
    )


@pytest.fixture
def weekly(session: Session) -> Session:
    """Weekly meetings up to 1 December, and one planned for 8 December."""
    earlier = _meeting(session, EARLIER)
    before = _decide(session, earlier, CLOSED_BEFORE)
    at_latest = _decide(session, earlier, CLOSED_AT_LATEST)
    _finalise(session, earlier)
    before_latest = _meeting(session, BEFORE_LATEST)
    _close(session, before_latest, before)
    _decide(session, before_latest, STILL_OPEN)
    _finalise(session, before_latest)
    latest = _meeting(session, LATEST)
    _close(session, latest, at_latest)
    _meeting(session, NEXT)
    session.flush()
    return session


def _exported(session: Session, folder: Path, today: date, language: str = "sv") -> Read:
    paths = export_action_lists(
        session=session,
        out_dir=folder,
        organisation_ids=[_sbf(session)],
        today=today,
        options=DocumentOptions(language=language),
    )
    [docx] = [p for p in paths if p.suffix == ".docx"]
    [xlsx] = [p for p in paths if p.suffix == ".xlsx"]
    document = Document(str(docx))
    closed_table = _closed_table(list(document.iter_inner_content()))
    workbook = load_workbook(xlsx)
    answers, closed = workbook.worksheets[0], workbook.worksheets[1]
    return Read(
        paragraphs=[p.text for p in document.paragraphs],
        closed_table=closed_table,
        actions_intro=answers["A2"].value,
        closed_title=closed["A1"].value,
        closed_intro=closed["A2"].value,
        closed_rows=[
            row[0]
            for row in closed.iter_rows(min_row=contract.FIRST_ROW, max_col=1, values_only=True)
            if row[0]
        ],
    )


def _closed_table(blocks: list) -> list[str]:
    """The descriptions in the table under the second top-level heading, if any."""
    headings = 0
    for block in blocks:
        if isinstance(block, DocxTable):
            if headings == 2:
                return [row.cells[0].text for row in block.rows[1:]]
        elif block.style.name == "Heading 1":
            headings += 1
    return []


def _facts(read: Read) -> dict[str, str]:
    """The title block's label → value lines of the Word list."""
    return dict(p.split("\t", 1) for p in read.paragraphs if "\t" in p)


# --- the rule -------------------------------------------------------------------------------


def test_the_rule_for_the_latest_meeting_and_the_closed_period() -> None:
    held = [EARLIER, BEFORE_LATEST, LATEST, NEXT]
    since_before = ListPeriod(LATEST, BEFORE_LATEST, closed_from=date(2026, 11, 25))
    assert list_period(held, DAY_AFTER) == since_before
    assert list_period(held, LATEST) == since_before  # the export day's meeting counts
    assert list_period(held, date(2026, 11, 30)) == ListPeriod(
        BEFORE_LATEST, EARLIER, closed_from=date(2026, 11, 18)
    )
    # Two meetings on one day are one meeting day: its closures stay on the list.
    assert list_period([LATEST, LATEST], DAY_AFTER) == ListPeriod(
        LATEST, None, closed_from=date(2026, 11, 25)
    )
    assert list_period([NEXT], DAY_AFTER) == ListPeriod(None, None, date(2026, 11, 26))
    assert list_period([], DAY_AFTER) == ListPeriod(None, None, date(2026, 11, 26))


# --- exported the day after the meeting ----------------------------------------------------


def test_the_day_after_the_meeting_the_list_names_it_and_the_closed_period(
    weekly: Session, tmp_path: Path
) -> None:
    read = _exported(weekly, tmp_path, DAY_AFTER)

    facts = _facts(read)
    assert facts["Exporterad"] == "onsdag 2 december 2026 (v. 49)"
    assert facts["Senaste mötet"] == "tisdag 1 december 2026 (v. 49)"
    assert "Förra mötet" not in facts
    period = "Klara eller avbrutna 25 november – 2 december 2026 (sedan mötet 24 november 2026)."
    heading = read.paragraphs.index("Stängda åtgärder")
    assert read.paragraphs[heading + 1] == period
    assert read.closed_table == [CLOSED_AT_LATEST]  # what the 1 December meeting closed

    assert read.actions_intro == (
        "Exporterad 2026-12-02 (v. 49). Senaste mötet: 2026-12-01 (v. 49). "
        "Svara i de gula kolumnerna och skicka tillbaka filen till sammankallande."
    )
    assert read.closed_title == f"Stängda åtgärder – {SBF}"
    assert read.closed_intro == period
    assert read.closed_rows == [CLOSED_AT_LATEST]


def test_on_the_meeting_day_the_meeting_is_the_latest(weekly: Session, tmp_path: Path) -> None:
    """Lists go out after the meeting, the same afternoon: they show what it closed."""
    read = _exported(weekly, tmp_path, LATEST)

    assert _facts(read)["Senaste mötet"] == "tisdag 1 december 2026 (v. 49)"
    period = "Klara eller avbrutna 25 november – 1 december 2026 (sedan mötet 24 november 2026)."
    assert period in read.paragraphs
    assert read.closed_table == [CLOSED_AT_LATEST]
    assert "Senaste mötet: 2026-12-01 (v. 49)." in read.actions_intro
    assert read.closed_intro == period
    assert read.closed_rows == [CLOSED_AT_LATEST]


# --- without an earlier meeting ------------------------------------------------------------


def test_before_any_meeting_the_list_says_so_and_covers_the_last_week(
    session: Session, tmp_path: Path
) -> None:
    _meeting(session, NEXT)  # planned: not held, so not the latest
    read = _exported(session, tmp_path, DAY_AFTER)

    assert _facts(read)["Senaste mötet"] == "inget ännu"
    period = (
        "Klara eller avbrutna 26 november – 2 december 2026 (inget tidigare möte att räkna från)."
    )
    assert period in read.paragraphs
    assert "Inga åtgärder har stängts under perioden." in read.paragraphs
    assert "Senaste mötet: inget ännu." in read.actions_intro
    assert read.closed_intro == period
    assert read.closed_rows == ["Inga åtgärder har stängts under perioden."]


def test_after_the_first_meeting_the_period_starts_a_week_before_it(
    session: Session, tmp_path: Path
) -> None:
    first = _meeting(session, LATEST)
    _decide(session, first, CLOSED_AT_LATEST, status="done")
    _decide(session, first, STILL_OPEN)
    read = _exported(session, tmp_path, DAY_AFTER)

    assert _facts(read)["Senaste mötet"] == "tisdag 1 december 2026 (v. 49)"
    period = (
        "Klara eller avbrutna 25 november – 2 december 2026 (inget tidigare möte att räkna från)."
    )
    assert period in read.paragraphs
    assert read.closed_table == [CLOSED_AT_LATEST]
    assert read.closed_intro == period
    assert read.closed_rows == [CLOSED_AT_LATEST]


# --- in English ----------------------------------------------------------------------------


def test_in_english_the_list_names_the_latest_meeting_and_the_period(
    weekly: Session, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level("WARNING", logger=wording.__name__):
        read = _exported(weekly, tmp_path, DAY_AFTER, "en")
    assert caplog.records == []  # every text has its English

    facts = _facts(read)
    assert facts["Exported"] == "Wednesday 2 December 2026 (week 49)"
    assert facts["Latest meeting"] == "Tuesday 1 December 2026 (week 49)"
    period = (
        "Done or cancelled 25 November – 2 December 2026 (since the meeting on 24 November 2026)."
    )
    heading = read.paragraphs.index("Closed actions")
    assert read.paragraphs[heading + 1] == period
    assert read.closed_table == [CLOSED_AT_LATEST]

    assert read.actions_intro == (
        "Exported 2026-12-02 (week 49). Latest meeting: 2026-12-01 (week 49). "
        "Answer in the yellow columns and send the file back to the convener."
    )
    assert read.closed_title == f"Closed actions – {SBF}"
    assert read.closed_intro == period
    assert read.closed_rows == [CLOSED_AT_LATEST]


def test_in_english_before_any_meeting(session: Session, tmp_path: Path) -> None:
    read = _exported(session, tmp_path, DAY_AFTER, "en")
    assert _facts(read)["Latest meeting"] == "none yet"
    assert (
        "Done or cancelled 26 November – 2 December 2026 (no earlier meeting to count from)."
        in read.paragraphs
    )
    assert "No actions were closed in this period." in read.paragraphs
    assert "Latest meeting: none yet." in read.actions_intro
