"""The map of the meeting's week in the minutes: there only when the convener asks for it,
covering the days since the previous meeting, confidential incidents left off."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Cm
from sqlmodel import Session

from est_desktop.cli import main
from est_desktop.models import AgendaItemKind, IncidentCreate, MeetingCreate
from est_desktop.services import incidents, reference
from est_desktop.services.meetings import agenda as meetings
from est_desktop.services.minutes.gather import export_minutes, gather_minutes, meeting_week
from tests.reader import text_as_read

PREVIOUS = date(2026, 11, 17)
MEETING = date(2026, 11, 24)
HEADING = "Bilaga: Karta över veckans händelser"
CAPTION = "Karta: händelser per plats, 18 november – 24 november 2026."
SECRET_PLACE = "Smygehamn"  # only a confidential incident happened here this week


@dataclass
class Built:
    meeting_id: int
    previous_id: int


def _focus_item(session: Session, meeting_id: int) -> int:
    return next(
        i.id
        for i in meetings.agenda(session=session, meeting_id=meeting_id)
        if i.kind == AgendaItemKind.FOCUS_AREA
    )


def _record(session, item_id, place_id, day, *, confidential=False, today=MEETING) -> None:
    incidents.record_incident(
        session=session,
        item_id=item_id,
        data=IncidentCreate(
            occurred_on=day,
            place_id=place_id,
            source_id=reference.sources(session=session)[0].id,
            description="Klotter på busskuren",
            confidential=confidential,
        ),
        today=today,
    )


def build(session: Session, *, with_previous: bool = True) -> Built:
    places = {p.name: p.id for p in reference.places(session=session)}
    previous_id = 0
    if with_previous:
        previous = meetings.create_meeting(session=session, data=MeetingCreate(date=PREVIOUS))
        previous_id = previous.id
        item = _focus_item(session, previous.id)
        _record(session, item, places["Anderslöv"], PREVIOUS, today=PREVIOUS)  # last week's
        # Recorded at the previous meeting's desk, but it happened this week.
        _record(session, item, places[SECRET_PLACE], date(2026, 11, 19), confidential=True)
    meeting = meetings.create_meeting(session=session, data=MeetingCreate(date=MEETING))
    item = _focus_item(session, meeting.id)
    _record(session, item, places["Trelleborg centrum"], date(2026, 11, 18))
    _record(session, item, places["Trelleborg centrum"], date(2026, 11, 20))
    _record(session, item, places["Skegrie"], MEETING)
    session.flush()
    return Built(meeting.id, previous_id)


@pytest.fixture
def built(session: Session) -> Built:
    return build(session)


def _export(session: Session, built: Built, path: Path, **options) -> Path:
    return export_minutes(session=session, meeting_id=built.meeting_id, out_path=path, **options)


def _paragraphs(path: Path) -> list[str]:
    return [p.text for p in Document(str(path)).paragraphs]


def _pictures(path: Path) -> int:
    document = Document(str(path))
    return len(document.element.body.findall(f".//{qn('w:drawing')}"))


def _headers(path: Path) -> list[str]:
    return [p.text for s in Document(str(path)).sections for p in s.header.paragraphs]


def _counts(data) -> dict[str, int]:
    return {p.name: p.count for p in data.week_map.incidents.placed}


def test_no_map_unless_asked_for(session: Session, built: Built, tmp_path: Path) -> None:
    path = _export(session, built, tmp_path / "protokoll.docx")
    assert len(Document(str(path)).inline_shapes) == _pictures(path) == 0
    assert HEADING not in _paragraphs(path)
    assert gather_minutes(session=session, meeting_id=built.meeting_id).week_map is None


def test_the_map_of_the_week_on_a_page_at_the_end(
    session: Session, built: Built, tmp_path: Path
) -> None:
    path = _export(session, built, tmp_path / "protokoll.docx", include_map=True)
    document = Document(str(path))
    assert len(document.inline_shapes) == 1
    assert abs(document.inline_shapes[0].width - Cm(17)) < Cm(0.05)
    paragraphs = _paragraphs(path)
    assert paragraphs[-3:] == [HEADING, "", CAPTION]  # the picture's paragraph has no text
    heading = document.paragraphs[-3]
    assert heading.paragraph_format.page_break_before
    assert paragraphs.index("Nästa möte") < paragraphs.index(HEADING)


def test_the_week_runs_from_the_day_after_the_previous_meeting(
    session: Session, built: Built
) -> None:
    data = gather_minutes(session=session, meeting_id=built.meeting_id, include_map=True)
    week = data.week_map.incidents.filter
    assert (week.date_from, week.date_to) == (date(2026, 11, 18), MEETING)
    assert _counts(data) == {"Trelleborg centrum": 2, "Skegrie": 1}  # not last week's Anderslöv


def test_without_a_previous_meeting_the_week_is_seven_days_back(session: Session) -> None:
    built = build(session, with_previous=False)
    meeting = meetings.get_meeting(session=session, meeting_id=built.meeting_id)
    assert meeting_week(session=session, meeting=meeting) == (date(2026, 11, 17), MEETING)


def test_confidential_incidents_are_off_the_map_by_default(
    session: Session, built: Built, tmp_path: Path
) -> None:
    data = gather_minutes(session=session, meeting_id=built.meeting_id, include_map=True)
    assert SECRET_PLACE not in _counts(data)
    assert not data.has_confidential
    path = _export(session, built, tmp_path / "protokoll.docx", include_map=True)
    assert "SEKRETESS" not in _headers(path)


def test_confidential_on_the_map_when_included_and_the_minutes_say_so(
    session: Session, built: Built, tmp_path: Path
) -> None:
    data = gather_minutes(
        session=session, meeting_id=built.meeting_id, include_map=True, include_confidential=True
    )
    assert _counts(data)[SECRET_PLACE] == 1
    # The incident is under no item of this meeting: the map alone carries it.
    assert not any(row.confidential for item in data.items for row in item.incidents)
    assert data.has_confidential
    path = _export(
        session, built, tmp_path / "protokoll.docx", include_map=True, include_confidential=True
    )
    assert "SEKRETESS" in _headers(path)


def test_included_confidential_incidents_without_a_map_leave_it_out(
    session: Session, built: Built
) -> None:
    data = gather_minutes(session=session, meeting_id=built.meeting_id, include_confidential=True)
    assert data.week_map is None
    assert not data.has_confidential  # none of this meeting's own incidents is confidential


@pytest.mark.sqlite_only("the command line opens the file")
def test_the_command_line_adds_the_map_on_request(
    session: Session, built: Built, db_path: Path, tmp_path: Path, capsys
) -> None:
    session.commit()
    for flags, pictures in (([], 0), (["--include-map"], 1)):
        out = tmp_path / f"protokoll-{pictures}.docx"
        args = ["export-minutes", "--db", str(db_path), "--meeting", MEETING.isoformat()]
        with pytest.raises(SystemExit) as exit_info:
            main([*args, "--out", str(out), *flags])
        assert exit_info.value.code == 0, capsys.readouterr()
        assert len(Document(str(out)).inline_shapes) == pictures


def test_minutes_with_the_map_open_in_libreoffice(
    session: Session, built: Built, tmp_path: Path
) -> None:
    path = _export(session, built, tmp_path / "protokoll.docx", include_map=True)
    text = text_as_read(path, tmp_path)
    assert HEADING in text
    assert CAPTION in text
