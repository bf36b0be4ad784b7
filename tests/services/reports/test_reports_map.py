"""The map in the reports for the ledningsgrupp: where the report speaks of places, read
back the way they read it in Word and on paper."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Cm
from docx.text.paragraph import Paragraph
from matplotlib.text import Text
from sqlmodel import Session

from est_desktop.models import AgendaItemKind, IncidentCreate, MeetingCreate
from est_desktop.services import incidents, reference
from est_desktop.services.map.picture import map_figure
from est_desktop.services.map.positions import save_position
from est_desktop.services.meetings import agenda as meetings
from est_desktop.services.reports.final import gather_final
from est_desktop.services.reports.follow_up import gather_follow_up
from est_desktop.services.reports.write import write_report
from tests.reader import text_as_read

TODAY = date(2026, 11, 26)
FROM, TO = date(2026, 9, 1), date(2026, 11, 23)
CAPTION = "Karta: händelser per plats, 1 september – 23 november 2026."
FINAL_CAPTION = "Karta: händelser per plats, 1 januari – 26 november 2026."  # counted to today
SECRET_PLACE = "Smygehamn"  # only a confidential incident happened here
UNPLACED = "Klagstorp"  # taken off the map: no position
INCIDENTS = (  # place, day, confidential
    ("Trelleborg centrum", date(2026, 9, 15), False),
    ("Trelleborg centrum", date(2026, 10, 20), False),
    ("Trelleborg centrum", date(2026, 11, 10), False),
    ("Anderslöv", date(2026, 10, 1), False),
    (UNPLACED, date(2026, 11, 2), False),
    (SECRET_PLACE, date(2026, 11, 12), True),
)


def build(session: Session) -> dict[str, int]:
    places = {p.name: p.id for p in reference.places(session=session)}
    save_position(session=session, place_id=places[UNPLACED], position=None)
    meeting = meetings.create_meeting(session=session, data=MeetingCreate(date=date(2026, 11, 24)))
    item = next(
        i
        for i in meetings.agenda(session=session, meeting_id=meeting.id)
        if i.kind == AgendaItemKind.FOCUS_AREA
    )
    source = reference.sources(session=session)[0].id
    for place, day, confidential in INCIDENTS:
        incidents.record_incident(
            session=session,
            item_id=item.id,
            data=IncidentCreate(
                occurred_on=day,
                place_id=places[place],
                source_id=source,
                description=f"Skadegörelse i {place}",
                confidential=confidential,
            ),
            today=TODAY,
        )
    session.flush()
    return places


@pytest.fixture
def places(session: Session) -> dict[str, int]:
    return build(session)


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


def _final(session: Session, path: Path, **options) -> Path:
    return write_report(
        session=session,
        kind="slutrapport",
        date_from=date(2026, 1, 1),
        date_to=date(2026, 12, 31),
        target=path,
        today=TODAY,
        **options,
    )


def _is_picture(paragraph: Paragraph) -> bool:
    return bool(paragraph._p.findall(f".//{qn('w:drawing')}"))


def _body(path: Path) -> list[str]:
    """The body's paragraphs in order, a picture read as '[bild]'."""
    return [
        "[bild]" if _is_picture(p) else p.text
        for p in Document(str(path)).iter_inner_content()
        if isinstance(p, Paragraph)
    ]


def _map_place_counts(data) -> dict[str, int]:
    shown = {p.name: p.count for p in data.map.placed}
    return shown | {p.name: p.count for p in data.map.unplaced}


# --- uppföljning -----------------------------------------------------------------------------


def test_follow_up_shows_the_map_after_the_places_chart(places, session, tmp_path) -> None:
    path = _follow_up(session, tmp_path / "uppfoljning.docx")
    body = _body(path)
    chart = body.index("Platser med flest händelser")
    assert body[chart : chart + 5] == [
        "Platser med flest händelser",
        "[bild]",
        "Händelserna på kartan",
        "[bild]",
        CAPTION,
    ]
    assert body.index(CAPTION) < body.index("Veckodag och timme")


def test_the_map_is_as_wide_as_the_text_and_not_squeezed(places, session, tmp_path) -> None:
    path = _follow_up(session, tmp_path / "uppfoljning.docx")
    document = Document(str(path))
    caption = next(p for p in document.paragraphs if p.text == CAPTION)
    assert caption.style.name == "Caption"
    picture = document.inline_shapes[1]  # after the places chart
    assert abs(picture.width - Cm(17)) < Cm(0.05)
    assert Cm(8) < picture.height < Cm(20)  # its own proportions, within one page


def test_confidential_places_are_off_the_map_unless_the_report_includes_them(places, session):
    public = gather_follow_up(session=session, date_from=FROM, date_to=TO, today=TODAY)
    assert SECRET_PLACE not in _map_place_counts(public)
    assert public.map.total == 5
    secret = gather_follow_up(
        session=session, date_from=FROM, date_to=TO, today=TODAY, include_confidential=True
    )
    assert _map_place_counts(secret)[SECRET_PLACE] == 1
    assert secret.map.total == 6


def test_the_maps_counts_are_the_places_charts(places, session) -> None:
    data = gather_follow_up(session=session, date_from=FROM, date_to=TO, today=TODAY)
    assert _map_place_counts(data) == {p.place: p.count for p in data.places}


def test_a_place_without_a_position_is_said_to_be_missing(places, session, tmp_path) -> None:
    data = gather_follow_up(session=session, date_from=FROM, date_to=TO, today=TODAY)
    assert [(p.name, p.count) for p in data.map.unplaced] == [(UNPLACED, 1)]
    assert UNPLACED not in {p.name for p in data.map.placed}
    texts = map_figure(data.map, title="").findobj(Text)
    said = " ".join(" ".join(text.get_text().split()) for text in texts)
    assert "1 på 1 plats utan läge syns inte på kartan" in said
    path = _follow_up(session, tmp_path / "uppfoljning.docx")
    assert CAPTION in _body(path)


# --- slutrapport ------------------------------------------------------------------------------


def test_final_report_shows_the_map_before_the_places_table(places, session, tmp_path) -> None:
    path = _final(session, tmp_path / "slutrapport.docx")
    body = _body(path)
    at = body.index("Händelserna på kartan")
    assert body[at : at + 4] == [
        "Händelserna på kartan",
        "[bild]",
        FINAL_CAPTION,
        "Händelser per plats och år",
    ]
    assert body.index("Tabeller") < at


def test_final_report_keeps_confidential_places_off_the_map(places, session) -> None:
    public = gather_final(
        session=session, date_from=date(2026, 1, 1), date_to=date(2026, 12, 31), today=TODAY
    )
    assert SECRET_PLACE not in _map_place_counts(public)
    secret = gather_final(
        session=session,
        date_from=date(2026, 1, 1),
        date_to=date(2026, 12, 31),
        today=TODAY,
        include_confidential=True,
    )
    assert _map_place_counts(secret)[SECRET_PLACE] == 1


def test_final_report_without_incidents_has_no_map(session, tmp_path) -> None:
    path = _final(session, tmp_path / "slutrapport.docx")
    body = _body(path)
    assert "Händelserna på kartan" not in body
    assert not any(text.startswith("Karta:") for text in body)


# --- on paper ---------------------------------------------------------------------------------


def test_report_with_the_map_opens_in_libreoffice(places, session, tmp_path) -> None:
    path = _follow_up(session, tmp_path / "uppfoljning.docx")
    text = text_as_read(path, tmp_path)
    assert "Händelserna på kartan" in text
    assert CAPTION in text
    pdf = tmp_path / "pdf" / "docx" / "uppfoljning.pdf"
    pdfimages = shutil.which("pdfimages")
    if pdfimages is None:
        return
    listed = subprocess.run(
        [pdfimages, "-list", str(pdf)], check=True, capture_output=True, text=True
    ).stdout.splitlines()[2:]
    widths = [int(line.split()[3]) for line in listed if line.split()[2] == "image"]
    assert max(widths) >= 1300  # the map at 200 dpi over the text width, not a thumbnail
