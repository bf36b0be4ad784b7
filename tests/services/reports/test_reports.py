"""Reports for the ledningsgrupp, read back the way they read them in Word."""

from __future__ import annotations

import errno
import os
import sys
import zipfile
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from docx import Document
from docx.table import Table as DocxTable
from sqlalchemy import func, select
from sqlmodel import Session

from est_desktop.bootstrap import open_database
from est_desktop.db import session_scope
from est_desktop.errors import KnownError, ValidationError
from est_desktop.models import (
    ActionCreate,
    FocusArea,
    Incident,
    IncidentCreate,
    MeetingCreate,
    PlanActivity,
    PlanStatus,
)
from est_desktop.services import incidents, lagesbild, reference
from est_desktop.services.actions import decisions as actions
from est_desktop.services.actions.decisions import ReviewOutcome
from est_desktop.services.agreements import follow_up
from est_desktop.services.agreements import in_force as agreements
from est_desktop.services.demo.weeks import create_demo_database
from est_desktop.services.meetings import agenda as meetings
from est_desktop.services.reports.common import ENDS_BEFORE_START, NOT_BEGUN, overdue_actions
from est_desktop.services.reports.docx_parts import change_text, fitted, period_text
from est_desktop.services.reports.follow_up import gather_follow_up
from est_desktop.services.reports.write import write_report
from tests.reader import text_as_read

TODAY = date(2026, 11, 26)
# 12 weeks, compared with the same weeks a year earlier: 2 September – 24 November 2025.
FROM, TO = date(2026, 9, 1), date(2026, 11, 23)
OVERDUE_ACTION = "Sanera klotter vid Stortorget"


# --- a hand-made database whose numbers are known ------------------------------------------


def _ids(session: Session) -> dict[str, int]:
    names = {o.name: o.id for o in reference.organisations(session=session)}
    names |= {p.name: p.id for p in reference.places(session=session)}
    names |= {s.name: s.id for s in reference.sources(session=session)}
    return names


def _item(session: Session, meeting_id: int, area: str):
    for item in meetings.agenda(session=session, meeting_id=meeting_id):
        if item.focus_area_id is not None:
            if session.get(FocusArea, item.focus_area_id).name == area:
                return item
    raise LookupError(area)


INCIDENTS = {  # focus area: dates (confidential ones are marked by a True)
    "Skadegörelse": [
        date(2026, 9, 15),
        date(2026, 10, 20),
        date(2026, 11, 10),
        (date(2026, 11, 12), True),
        date(2026, 7, 1),  # in neither period
        date(2025, 10, 1),
    ],
    "Narkotika": [
        date(2026, 10, 1),
        date(2026, 11, 2),
        date(2025, 9, 1),  # the day before the weeks a year earlier
        date(2025, 9, 2),  # their first day
        date(2025, 10, 15),
        date(2025, 11, 10),
        date(2025, 11, 24),  # their last day
    ],
    "Trafik": [date(2025, 9, 20), date(2025, 9, 21), date(2026, 8, 31)],
    "Misshandel": [date(2026, 1, 10), date(2026, 11, 25)],  # outside both periods
}


def build(session: Session) -> None:
    ids = _ids(session)
    decided = meetings.create_meeting(session=session, data=MeetingCreate(date=date(2026, 10, 6)))

    def decide(area: str, text: str, owner: str, due: date) -> int:
        return actions.decide_action(
            session=session,
            item_id=_item(session, decided.id, area).id,
            data=ActionCreate(description=text, owner_organisation_id=ids[owner], due_date=due),
        ).id

    decide("Skadegörelse", OVERDUE_ACTION, "Samhällsbyggnadsförvaltningen", date(2026, 10, 20))
    decide(
        "Skadegörelse",
        "Laga belysningen i Stadsparken",
        "Samhällsbyggnadsförvaltningen",
        date(2026, 12, 15),
    )
    patrol = decide("Narkotika", "Riktad polisiär närvaro kvällstid", "Polisen", date(2026, 10, 30))
    meetings.finalise_meeting(
        session=session, meeting_id=decided.id, user="test", confirm_no_attendance=True
    )
    review = meetings.create_meeting(session=session, data=MeetingCreate(date=date(2026, 10, 20)))
    actions.record_review(
        session=session, meeting_id=review.id, action_id=patrol, outcome=ReviewOutcome.DONE
    )
    meetings.finalise_meeting(
        session=session, meeting_id=review.id, user="test", confirm_no_attendance=True
    )

    latest = meetings.create_meeting(session=session, data=MeetingCreate(date=date(2026, 11, 24)))
    for area, days in INCIDENTS.items():
        for day in days:
            day, confidential = day if isinstance(day, tuple) else (day, False)
            incidents.record_incident(
                session=session,
                item_id=_item(session, latest.id, area).id,
                data=IncidentCreate(
                    occurred_on=day,
                    place_id=ids["Trelleborg"],
                    source_id=ids["Trygghetsvärdarnas rapporter"],
                    description=f"Händelse inom {area.lower()}",
                    confidential=confidential,
                ),
                today=TODAY,
            )
    row = session.scalars(
        select(PlanActivity)
        .join(FocusArea, FocusArea.id == PlanActivity.focus_area_id)
        .where(FocusArea.name == "Skadegörelse")
        .order_by(PlanActivity.position)
    ).first()
    follow_up.set_plan_status(
        session=session,
        plan_activity_id=row.id,
        year=2026,
        status=PlanStatus.DONE,
        note="Kartläggning klar, åtgärdsplan antagen.",
    )
    session.flush()


@pytest.fixture
def built(session: Session) -> Session:
    build(session)
    return session


def _follow_up(session: Session, path: Path, **options) -> Path:
    return write_report(
        session=session,
        kind="uppfoljning",
        date_from=FROM,
        date_to=TO,
        target=path,
        today=TODAY,
        **options,
    )


def _table_after(path: Path, heading: str, nth: int = 0) -> list[list[str]]:
    """The rows of the first table after the ``nth`` paragraph reading ``heading``."""
    seen = -1
    for block in Document(str(path)).iter_inner_content():
        if isinstance(block, DocxTable):
            if seen == nth:
                return [[cell.text for cell in row.cells] for row in block.rows]
        elif block.text == heading:
            seen += 1
    raise AssertionError(f"no table after {heading!r}")


def _sections(path: Path) -> dict[str, list[str]]:
    """Each first-level heading → the text of the paragraphs and table cells under it."""
    found: dict[str, list[str]] = {}
    current: list[str] = found.setdefault("", [])
    for block in Document(str(path)).iter_inner_content():
        if isinstance(block, DocxTable):
            current += [cell.text for row in block.rows for cell in row.cells]
        elif block.style.name == "Heading 1":
            current = found.setdefault(block.text, [])
        else:
            current.append(block.text)
    return found


def _headers(path: Path) -> list[str]:
    return [p.text for s in Document(str(path)).sections for p in s.header.paragraphs]


# --- uppföljning -----------------------------------------------------------------------------


def test_summary_table_counts_each_focus_area_against_a_year_earlier(
    built: Session, tmp_path: Path
) -> None:
    path = _follow_up(built, tmp_path / "uppföljning.docx")
    rows = _table_after(path, "Sammanfattning")
    assert rows[0] == ["Fokusområde", "Händelser", "Ett år tidigare", "Förändring"]
    by_area = {row[0]: row[1:] for row in rows[1:]}
    assert by_area["Skadegörelse"] == ["3", "1", "+2 (+200\u00a0%)"]
    assert by_area["Narkotika"] == ["2", "4", "\u22122 (\u221250\u00a0%)"]
    assert by_area["Trafik"] == ["0", "2", "\u22122 (\u2212100\u00a0%)"]
    assert by_area["Misshandel"] == ["0", "0", "±0"]
    assert rows[-1] == ["Totalt", "5", "7", "\u22122 (\u221229\u00a0%)"]
    paragraphs = [p.text for p in Document(str(path)).paragraphs]
    assert "Period\t1 september – 23 november 2026 (12 veckor)" in paragraphs
    assert "Jämförs med\t2 september – 24 november 2025 (ett år tidigare)" in paragraphs
    assert (
        "5 händelser registrerades under perioden, mot 7 samma period ett år tidigare "
        "(\u22122 (\u221229\u00a0%))." in paragraphs
    )


def test_summary_actions_and_plan_rows(built: Session, tmp_path: Path) -> None:
    path = _follow_up(built, tmp_path / "uppföljning.docx")
    assert _table_after(path, "Åtgärder") == [
        ["Beslutade", "Stängda", "Öppna vid periodens slut", "Varav försenade"],
        ["3", "1", "2", "1"],
    ]
    plan = dict(_table_after(path, "Handlingsplanen (bilaga 1) 2026")[1:])
    rows = built.scalar(select(func.count(PlanActivity.id)))
    assert plan == {"Ej påbörjad": str(rows - 1), "Pågår": "0", "Genomförd": "1"}


def test_each_focus_area_lists_overdue_actions_and_its_plan_rows(
    built: Session, tmp_path: Path
) -> None:
    path = _follow_up(built, tmp_path / "uppföljning.docx")
    section = _sections(path)["Skadegörelse"]
    assert (
        "2 åtgärder beslutades och 0 stängdes under perioden; 2 var öppna vid periodens slut, "
        "varav 1 försenad." in section
    )
    overdue = _table_after(path, "Försenade åtgärder")
    assert overdue[0] == ["Åtgärd", "Ansvarig", "Beslutad", "Klart senast"]
    assert [overdue[1][0], overdue[1][2], overdue[1][3]] == [
        OVERDUE_ACTION,
        "2026-10-06",
        "2026-10-20",
    ]
    assert overdue[1][1].startswith("Samhällsbyggnads")
    assert "Genomförd" in section
    assert "Kartläggning klar, åtgärdsplan antagen." in section
    assert "Antalet skadegörelsebrott mot fordon ska minska" in section


def test_incidents_week_by_week_beside_the_same_week_a_year_earlier(
    built: Session, tmp_path: Path
) -> None:
    path = _follow_up(built, tmp_path / "uppföljning.docx")
    rows = _table_after(path, "Händelseutveckling", nth=5)  # Narkotika, the sixth focus area
    assert rows[0] == [
        "Vecka",
        "Händelser",
        "Samma vecka ett år tidigare",
        "Händelser",
        "Förändring",
    ]
    # The period begins on a Tuesday: its first week, and the same a year earlier, are parts.
    nbsp = "\u00a0"
    assert rows[1][0] == f"v. 36 2026 (fr.o.m.{nbsp}1{nbsp}sep.)"
    assert rows[1][2] == f"v. 36 2025 (fr.o.m.{nbsp}2{nbsp}sep.)"
    assert rows[-1][0] == f"v. 48 2026 (t.o.m.{nbsp}23{nbsp}nov.)"
    assert rows[-1][2] == f"v. 48 2025 (t.o.m.{nbsp}24{nbsp}nov.)"
    assert sum(int(r[1]) for r in rows[1:]) == 2
    assert sum(int(r[3]) for r in rows[1:]) == 4
    assert [r[3] for r in rows[1:]][0] == "1" and [r[3] for r in rows[1:]][-1] == "1"


def test_a_longer_period_goes_month_by_month(built: Session, tmp_path: Path) -> None:
    path = write_report(
        session=built,
        kind="uppfoljning",
        date_from=date(2026, 1, 1),
        date_to=date(2026, 10, 31),
        target=tmp_path / "år.docx",
        today=TODAY,
    )
    rows = _table_after(path, "Händelseutveckling", nth=5)
    assert rows[0][0] == "Månad"
    assert [r[0] for r in rows[1:4]] == ["jan. 2026", "feb. 2026", "mars 2026"]


def test_a_period_still_going_on_is_counted_to_today(built: Session, tmp_path: Path) -> None:
    path = write_report(
        session=built,
        kind="uppfoljning",
        date_from=date(2026, 9, 1),
        date_to=date(2026, 12, 31),
        target=tmp_path / "hösten.docx",
        today=TODAY,
    )
    paragraphs = [p.text for p in Document(str(path)).paragraphs]
    assert "Period\t1 september – 31 december 2026" in paragraphs
    # Counted to today, and a year earlier to the same day of the week.
    assert "Jämförs med\t2 september – 27 november 2025 (ett år tidigare)" in paragraphs
    assert any("händelser räknas till och med 26 november 2026" in p for p in paragraphs)
    rows = {row[0]: row[1] for row in _table_after(path, "Sammanfattning")}
    assert rows["Misshandel"] == "1"  # 25 November: after 23 November, before today


def test_confidential_incidents_are_not_counted_by_default(built: Session, tmp_path: Path) -> None:
    path = _follow_up(built, tmp_path / "uppföljning.docx")
    rows = {row[0]: row[1] for row in _table_after(path, "Sammanfattning")}
    assert rows["Skadegörelse"] == "3"
    assert "SEKRETESS" not in " ".join(_headers(path))
    assert any("Sekretessmarkerade händelser ingår inte." in t for t in _sections(path)[""])


def test_confidential_incidents_counted_on_request_and_every_page_marked(
    built: Session, tmp_path: Path
) -> None:
    path = _follow_up(built, tmp_path / "uppföljning.docx", include_confidential=True)
    rows = {row[0]: row[1] for row in _table_after(path, "Sammanfattning")}
    assert rows["Skadegörelse"] == "4" and rows["Totalt"] == "6"
    headers = _headers(path)
    assert headers and all(h == "SEKRETESS" for h in headers)
    assert (
        "Innehåller sekretessmarkerade uppgifter: antalen omfattar "
        "1 sekretessmarkerad händelse." in _sections(path)[""]
    )


def test_gathered_numbers_match_the_document(built: Session) -> None:
    data = gather_follow_up(session=built, date_from=FROM, date_to=TO, today=TODAY)
    assert (data.incidents.now, data.incidents.before) == (5, 7)
    assert data.granularity == "week"
    narcotics = next(a for a in data.areas if a.name == "Narkotika")
    assert (narcotics.actions.decided, narcotics.actions.closed) == (1, 1)
    assert narcotics.trend.series[0].total == 2


def test_progress_is_reported_section_by_section(built: Session, tmp_path: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    _follow_up(built, tmp_path / "u.docx", on_progress=lambda *call: calls.append(call))
    areas = agreements.focus_areas_on(session=built, on=TO)
    total = calls[0][1]
    assert calls[0] == (0, total, "Sammanfattning")
    assert calls[-1] == (total, total, "")
    assert [done for done, _, _ in calls] == list(range(total + 1))
    assert [label for *_, label in calls[2 : 2 + len(areas)]] == [a.name for a in areas]


@pytest.mark.parametrize(
    ("date_from", "date_to", "message"),
    [
        (date(2026, 11, 1), date(2026, 10, 1), ENDS_BEFORE_START),
        (date(2026, 12, 1), date(2026, 12, 31), NOT_BEGUN),
    ],
)
def test_a_period_that_cannot_be_reported(
    session: Session, tmp_path: Path, date_from: date, date_to: date, message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        write_report(
            session=session,
            kind="uppfoljning",
            date_from=date_from,
            date_to=date_to,
            target=tmp_path / "x.docx",
            today=TODAY,
        )
    assert list(caught.value.errors.values()) == [message]
    assert not (tmp_path / "x.docx").exists()


def test_a_file_open_in_word_is_left_as_it_was(
    built: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "Delade dokument"
    folder.mkdir()
    target = folder / "uppföljning.docx"
    target.write_bytes(b"last month's report")

    def locked(src: object, dst: object) -> None:
        raise PermissionError(errno.EACCES, "The process cannot access the file", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(KnownError) as caught:
        _follow_up(built, target)
    assert caught.value.text.startswith("The file is open in another program")
    assert target.read_bytes() == b"last month's report"
    assert [p.name for p in folder.iterdir()] == [target.name]


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_folder_leaves_the_old_file(built: Session, tmp_path: Path) -> None:
    folder = tmp_path / "Delade dokument"
    folder.mkdir()
    target = folder / "uppföljning.docx"
    target.write_bytes(b"last month's report")
    folder.chmod(0o555)
    try:
        with pytest.raises(KnownError):
            _follow_up(built, target)
    finally:
        folder.chmod(0o755)
    assert target.read_bytes() == b"last month's report"


def test_properties_carry_no_user_name(built: Session, tmp_path: Path) -> None:
    path = _follow_up(built, tmp_path / "uppföljning.docx")
    props = Document(str(path)).core_properties
    assert props.title == "Uppföljning EST 2026-09-01–2026-11-23"
    assert props.author == props.last_modified_by == "Trelleborgs kommun"
    assert props.language == "sv-SE"
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            if name.startswith("docProps/"):
                assert b"python-docx" not in package.read(name), name


def test_a_folder_target_gets_a_dated_file_name(built: Session, tmp_path: Path) -> None:
    path = _follow_up(built, tmp_path)
    assert path == tmp_path / "Uppföljning EST 2026-09-01–2026-11-23.docx"
    assert path.is_file()


def test_swedish_wording() -> None:
    assert period_text(date(2026, 9, 1), date(2026, 11, 23)) == "1 september – 23 november 2026"
    assert period_text(date(2023, 1, 1), date(2026, 12, 31)) == "1 januari 2023 – 31 december 2026"
    assert change_text(5, 0) == "+5"
    assert change_text(3, 3) == "±0"
    assert change_text(1, None) == "–"


def test_a_column_widens_for_a_long_word_and_the_table_keeps_its_width() -> None:
    headers = ("Aktivitet", "Åtgärd", "Uppföljning", "Mål/effekt")
    rows = [("Avloppsanalyser", "Tät samverkan", "Underrättelseinformation från polisen", "Ja")]
    widths = fitted((3.8, 4.4, 3.9, 4.9), headers, rows)
    assert widths[2] > 3.9
    assert sum(widths) == pytest.approx(17.0, abs=0.05)
    assert fitted((4.0, 4.0), ("A", "B"), [("kort", "text")]) == [4.0, 4.0]


# --- from the demo database ----------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    engine = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    with session_scope(engine) as session:
        create_demo_database(session=session, today=TODAY)
    with session_scope(engine) as session:
        yield session
    engine.dispose()


def _areas_with_incidents(session: Session, start: date, end: date) -> set[int]:
    return set(
        session.scalars(
            select(Incident.focus_area_id)
            .distinct()
            .where(
                Incident.confidential.is_(False),
                Incident.occurred_on >= start,
                Incident.occurred_on <= end,
            )
        )
    )


def _final(session: Session, path: Path, **options) -> Path:
    return write_report(
        session=session,
        kind="slutrapport",
        date_from=date(2023, 1, 1),
        date_to=date(2026, 12, 31),
        target=path,
        today=TODAY,
        **options,
    )


def test_final_report_has_every_focus_area_with_its_goals_word_for_word(
    demo: Session, tmp_path: Path
) -> None:
    path = _final(demo, tmp_path / "slutrapport.docx")
    sections = _sections(path)
    agreement = agreements.agreement_in_force(session=demo, on=TODAY)
    areas = agreements.focus_areas(session=demo, agreement_id=agreement.id)
    headings = [name for name in sections if name]
    assert headings == ["Övergripande mål", *(a.name for a in areas), "Tabeller"]
    for area in areas:
        goals = demo.scalars(select(PlanActivity.goal).where(PlanActivity.focus_area_id == area.id))
        for goal in goals:
            assert goal in sections[area.name], (area.name, goal)
        assert "Bedömning" in sections[area.name]
    for goal in follow_up.goal_evidence(session=demo, agreement_id=agreement.id, today=TODAY):
        assert any(goal.text in text for text in sections["Övergripande mål"])


def test_final_report_has_a_chart_for_each_focus_area_with_incidents(
    demo: Session, tmp_path: Path
) -> None:
    path = _final(demo, tmp_path / "slutrapport.docx")
    with_incidents = _areas_with_incidents(demo, date(2023, 1, 1), TODAY)
    assert with_incidents
    # One trend per focus area with incidents, and the map of the whole period.
    assert len(Document(str(path)).inline_shapes) == len(with_incidents) + 1


def test_follow_up_from_the_demo_has_every_focus_area_and_its_charts(
    demo: Session, tmp_path: Path
) -> None:
    start = date(2026, 9, 1)
    path = write_report(
        session=demo,
        kind="uppfoljning",
        date_from=start,
        date_to=TODAY,
        target=tmp_path / "u.docx",
        today=TODAY,
    )
    sections = _sections(path)
    areas = agreements.focus_areas_on(session=demo, on=TODAY)
    assert [n for n in sections if n] == ["Sammanfattning", "Var och när", *(a.name for a in areas)]
    a_year = timedelta(weeks=52)
    charted = _areas_with_incidents(demo, start, TODAY)
    charted |= _areas_with_incidents(demo, start - a_year, TODAY - a_year)
    # Places, the map and the week pulse, then one trend per focus area with incidents.
    assert len(Document(str(path)).inline_shapes) == 3 + len(charted)


def test_every_overdue_action_counted_is_listed(demo: Session) -> None:
    period = lagesbild.LagesbildFilter(date(2026, 9, 1), TODAY)
    stats = lagesbild.action_stats(session=demo, filter=period, today=TODAY, by="organisation")
    listed = overdue_actions(session=demo, period_end=TODAY, today=TODAY)
    assert sum(s.overdue for s in stats) == sum(len(rows) for rows in listed.values()) > 0


def test_final_report_opens_in_libreoffice(demo: Session, tmp_path: Path) -> None:
    path = _final(demo, tmp_path / "slutrapport.docx", include_confidential=True)
    text = text_as_read(path, tmp_path)
    assert "Slutrapport" in text
    assert "Samverkansöverenskommelse 2023–2026" in text
    assert "Bedömning" in text
    assert "Övergripande mål" in text
    assert "SEKRETESS" in text
    assert "Sida 1 av" in text
