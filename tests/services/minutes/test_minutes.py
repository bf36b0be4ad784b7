"""Exported minutes, read back the way a participant reads them in Word."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

import pytest
from docx import Document
from docx.table import Table as DocxTable
from sqlmodel import Session

from est_desktop.models import ActionCreate, FocusArea, IncidentCreate, MeetingCreate
from est_desktop.services import incidents, reference
from est_desktop.services.actions import decisions as actions
from est_desktop.services.actions.decisions import ReviewOutcome
from est_desktop.services.documents.options import DocumentOptions
from est_desktop.services.documents.wording import long_date
from est_desktop.services.meetings import agenda as meetings
from est_desktop.services.meetings import participants
from est_desktop.services.minutes.gather import (
    default_minutes_filename,
    export_minutes,
    gather_minutes,
)
from tests.reader import text_as_read

EARLIER = date(2026, 10, 27)  # v. 44
MEETING = date(2026, 11, 24)  # v. 48
NEXT = date(2026, 12, 1)

PUBLIC_INCIDENT = "Klotter på busskuren vid Hamngatan"
SECRET_INCIDENT = "Hot mot personal vid fritidsgården, utreds av polisen"


@dataclass
class Built:
    meeting_id: int
    earlier_id: int
    focus_item_title: str


def _ids(session: Session) -> dict[str, int]:
    names = {o.name: o.id for o in reference.organisations(session=session)}
    names |= {p.name: p.id for p in reference.places(session=session)}
    names |= {s.name: s.id for s in reference.sources(session=session)}
    return names


def _item(session: Session, meeting_id: int, *, kind: str | None = None, area: str = ""):
    for item in meetings.agenda(session=session, meeting_id=meeting_id):
        if kind is not None and item.kind == kind:
            return item
        if area and item.focus_area_id is not None:
            if session.get(FocusArea, item.focus_area_id).name == area:
                return item
    raise LookupError(kind or area)


def build_meeting(session: Session, *, with_next: bool = True) -> Built:
    ids = _ids(session)
    earlier = meetings.create_meeting(
        session=session,
        data=MeetingCreate(date=EARLIER, start_time=time(9), location="Kommunhuset, rum Falsterbo"),
    )
    review_item = _item(session, earlier.id, area="Skadegörelse")
    lights = actions.decide_action(
        session=session,
        item_id=review_item.id,
        data=ActionCreate(
            description="Extra belysning i Stationsparken",
            owner_organisation_id=ids["Samhällsbyggnadsförvaltningen"],
            due_date=date(2026, 11, 20),
        ),
    )
    walk = actions.decide_action(
        session=session,
        item_id=review_item.id,
        data=ActionCreate(
            description="Trygghetsvandring i Anderslöv",
            owner_organisation_id=ids["Kultur- och fritidsförvaltningen"],
        ),
    )
    actions.decide_action(
        session=session,
        item_id=review_item.id,
        data=ActionCreate(
            description="Kartlägga nedskräpning vid Söderslätts torg",
            owner_organisation_id=ids["Samhällsbyggnadsförvaltningen"],
            due_date=date(2026, 11, 10),
        ),
    )
    meetings.finalise_meeting(
        session=session, meeting_id=earlier.id, user="test", confirm_no_attendance=True
    )

    meeting = meetings.create_meeting(
        session=session,
        data=MeetingCreate(
            date=MEETING,
            start_time=time(9, 30),
            location="Kommunhuset, rum Falsterbo",
            convener="Maria Säkerhetssamordnare",
        ),
    )
    for name, organisation in (
        ("Erik Ström", "Polisen"),
        ("Anna Lind", "Kommunledningsförvaltningen"),
        ("Åsa Öberg", "Polisen"),
    ):
        participants.add_attendee(
            session=session,
            meeting_id=meeting.id,
            person_name=name,
            organisation_id=ids[organisation],
        )
    opening = _item(session, meeting.id, kind="opening")
    meetings.set_item_notes(
        session=session, item_id=opening.id, notes="Mötet öppnades. Närvaro enligt lista."
    )
    actions.record_review(
        session=session,
        meeting_id=meeting.id,
        action_id=lights.id,
        outcome=ReviewOutcome.NEW_DUE_DATE,
        new_due_date=date(2026, 12, 15),
        note="Armaturer beställda",
    )
    actions.record_review(
        session=session, meeting_id=meeting.id, action_id=walk.id, outcome=ReviewOutcome.DONE
    )
    focus = _item(session, meeting.id, area="Skadegörelse")
    for description, confidential, when in (
        (PUBLIC_INCIDENT, False, time(22, 15)),
        (SECRET_INCIDENT, True, None),
    ):
        incidents.record_incident(
            session=session,
            item_id=focus.id,
            data=IncidentCreate(
                occurred_on=date(2026, 11, 20),
                start_time=when,
                place_id=ids["Trelleborg"],
                location_detail="Hamngatan",
                source_id=ids["Trygghetsvärdarnas rapporter"],
                description=description,
                confidential=confidential,
            ),
            today=MEETING,
        )
    actions.decide_action(
        session=session,
        item_id=focus.id,
        data=ActionCreate(
            description="Sanera klotter inom 24 timmar",
            owner_organisation_id=ids["Samhällsbyggnadsförvaltningen"],
            contact_person="Gatuenheten",
            due_date=date(2026, 11, 27),
        ),
    )
    if with_next:
        meetings.create_meeting(
            session=session,
            data=MeetingCreate(date=NEXT, start_time=time(9, 30), location="Kommunhuset"),
        )
    session.flush()
    return Built(meeting.id, earlier.id, focus.title)


def _paragraphs(path: Path) -> list[str]:
    document = Document(str(path))
    texts = [p.text for p in document.paragraphs]
    return texts


def _full_text(path: Path) -> str:
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append(" | ".join(cell.text for cell in row.cells))
    for section in document.sections:
        parts += [p.text for p in section.header.paragraphs]
    return "\n".join(parts)


def _table_after(path: Path, heading: str) -> list[list[str]]:
    """The rows of the first table that follows the paragraph ``heading``."""
    seen = False
    for block in Document(str(path)).iter_inner_content():
        if isinstance(block, DocxTable):
            if seen:
                return [[cell.text for cell in row.cells] for row in block.rows]
        elif block.text == heading:
            seen = True
    raise AssertionError(f"no table after {heading!r}")


@pytest.fixture
def built(session: Session) -> Built:
    return build_meeting(session)


@pytest.fixture
def exported(session: Session, built: Built, tmp_path: Path) -> Path:
    return export_minutes(
        session=session, meeting_id=built.meeting_id, out_path=tmp_path / "protokoll.docx"
    )


def test_title_facts_and_draft_marking(exported: Path) -> None:
    paragraphs = _paragraphs(exported)
    assert paragraphs[0] == "Minnesanteckningar EST-möte 2026-11-24"
    assert "Utkast – mötet är inte avslutat" in paragraphs
    assert "Datum\ttisdag 24 november 2026" in paragraphs
    assert "Vecka\tv. 48" in paragraphs
    assert "Tid\t09:30" in paragraphs
    assert "Plats\tKommunhuset, rum Falsterbo" in paragraphs
    assert "Sammankallande\tMaria Säkerhetssamordnare" in paragraphs


def test_agenda_items_are_numbered_sections_in_agenda_order(
    session: Session, built: Built, exported: Path
) -> None:
    agenda = meetings.agenda(session=session, meeting_id=built.meeting_id)
    headings = [p.text for p in Document(str(exported)).paragraphs if p.text.startswith("§ ")]
    assert headings == [f"§ {n} {item.title}" for n, item in enumerate(agenda, 1)]
    assert headings[:2] == ["§ 1 Inledning och närvaro", "§ 2 Genomgång av öppna åtgärder"]
    paragraphs = _paragraphs(exported)
    after_opening = paragraphs[paragraphs.index("§ 1 Inledning och närvaro") + 1]
    assert after_opening == "Mötet öppnades. Närvaro enligt lista."
    other = paragraphs.index(next(h for h in headings if h.endswith("Övriga frågor")))
    assert paragraphs[other + 1] == "Inget att notera."


def test_attendance_grouped_under_organisations(exported: Path) -> None:
    paragraphs = _paragraphs(exported)
    start = paragraphs.index("Närvarande")
    assert paragraphs[start + 1 : start + 6] == [
        "Kommunledningsförvaltningen",
        "Anna Lind",
        "Polisen",
        "Erik Ström",
        "Åsa Öberg",
    ]
    document = Document(str(exported))
    organisation_line = document.paragraphs[start + 1]
    assert all(run.bold for run in organisation_line.runs)


def test_incidents_and_decided_actions_under_their_item(built: Built, exported: Path) -> None:
    heading = next(p for p in _paragraphs(exported) if p.endswith(built.focus_item_title))
    assert heading.startswith("§ ")
    rows = _table_after(exported, "Händelser")
    assert rows[0] == ["Datum", "Plats", "Händelse", "Källa"]
    assert rows[1:] == [
        [
            "2026-11-20 22:15",
            "Trelleborg, Hamngatan",
            PUBLIC_INCIDENT,
            "Trygghetsvärdarnas rapporter",
        ]
    ]
    decided = _table_after(exported, "Beslutade åtgärder")
    assert decided == [
        ["Åtgärd", "Ansvarig organisation", "Kontaktperson", "Klart senast", "Status"],
        [
            "Sanera klotter inom 24 timmar",
            "Samhällsbyggnadsförvaltningen",
            "Gatuenheten",
            "2026-11-27",
            "Ny",
        ],
    ]


def test_confidential_incident_left_out_by_default(exported: Path) -> None:
    text = _full_text(exported)
    assert SECRET_INCIDENT not in text
    # Only that it was left out is said: no header, no mark, nothing of what it was.
    assert [line for line in text.splitlines() if "sekretess" in line.casefold()] == [
        "1 sekretessmarkerad händelse utelämnad."
    ]


def _under(paragraphs: list[str], heading: str) -> list[str]:
    """The paragraphs (outside tables) from ``heading`` to the next item's heading."""
    start = paragraphs.index(heading) + 1
    end = next(
        (i for i in range(start, len(paragraphs)) if paragraphs[i].startswith("§ ")),
        len(paragraphs),
    )
    return paragraphs[start:end]


def test_an_item_with_only_confidential_incidents_says_they_were_left_out(
    session: Session, built: Built, tmp_path: Path
) -> None:
    ids = _ids(session)
    traffic = _item(session, built.meeting_id, area="Trafik")
    for hour in (21, 23):
        incidents.record_incident(
            session=session,
            item_id=traffic.id,
            data=IncidentCreate(
                occurred_on=date(2026, 11, 21),
                start_time=time(hour),
                place_id=ids["Trelleborg"],
                source_id=ids["Trygghetsvärdarnas rapporter"],
                description="Uppgift från pågående utredning",
                confidential=True,
            ),
            today=MEETING,
        )
    heading = next(p for p in _paragraphs_of(session, built, tmp_path) if p.endswith(" Trafik"))

    shared = _paragraphs_of(session, built, tmp_path)
    assert _under(shared, heading) == ["2 sekretessmarkerade händelser utelämnade."]
    assert "Uppgift från pågående utredning" not in _full_text(tmp_path / "minutes.docx")
    skadegorelse = next(p for p in shared if p.endswith(" Skadegörelse"))
    assert "1 sekretessmarkerad händelse utelämnad." in _under(shared, skadegorelse)

    english = _paragraphs_of(session, built, tmp_path, options=DocumentOptions(language="en"))
    assert "2 confidential incidents left out." in english

    secret = _paragraphs_of(session, built, tmp_path, include_confidential=True)
    assert "Händelser" in _under(secret, heading)  # the incidents themselves, in a table
    assert not [p for p in secret if "utelämnad" in p]


def _paragraphs_of(session: Session, built: Built, tmp_path: Path, **export: object) -> list[str]:
    path = export_minutes(
        session=session, meeting_id=built.meeting_id, out_path=tmp_path / "minutes.docx", **export
    )
    return _paragraphs(path)


def test_confidential_incident_included_on_request(
    session: Session, built: Built, tmp_path: Path
) -> None:
    path = export_minutes(
        session=session,
        meeting_id=built.meeting_id,
        out_path=tmp_path / "med-sekretess.docx",
        include_confidential=True,
    )
    rows = _table_after(path, "Händelser")
    assert [r[2] for r in rows[1:]] == [SECRET_INCIDENT.join(["(sekretess) ", ""]), PUBLIC_INCIDENT]
    paragraphs = _paragraphs(path)
    assert "Innehåller sekretessmarkerade uppgifter." in paragraphs[:5]
    document = Document(str(path))
    for section in document.sections:
        assert "SEKRETESS" in [p.text for p in section.header.paragraphs]


def test_review_outcomes(exported: Path) -> None:
    rows = _table_after(exported, "Uppföljning av öppna åtgärder")
    assert rows[0] == ["Åtgärd", "Ansvarig", "Beslutad", "Utfall", "Anteckning"]
    by_action = {r[0]: r[1:] for r in rows[1:]}
    assert by_action["Extra belysning i Stationsparken"] == [
        "Samhällsbyggnadsförvaltningen",
        "v. 44",
        "Nytt slutdatum 2026-12-15",
        "Armaturer beställda",
    ]
    assert by_action["Trygghetsvandring i Anderslöv"][1:3] == ["v. 44", "Klar"]
    assert by_action["Kartlägga nedskräpning vid Söderslätts torg"][2] == "Ej behandlad"


def test_open_actions_after_the_meeting_grouped_with_overdue_marked(exported: Path) -> None:
    paragraphs = _paragraphs(exported)
    start = paragraphs.index("Öppna åtgärder efter mötet")
    assert paragraphs[start + 1] == "Samhällsbyggnadsförvaltningen"
    rows = _table_after(exported, "Samhällsbyggnadsförvaltningen")
    assert rows[0] == ["Åtgärd", "Fokusområde", "Beslutad", "Klart senast", "Status"]
    by_action = {r[0]: r[1:] for r in rows[1:]}
    assert set(by_action) == {
        "Extra belysning i Stationsparken",
        "Kartlägga nedskräpning vid Söderslätts torg",
        "Sanera klotter inom 24 timmar",
    }
    assert by_action["Kartlägga nedskräpning vid Söderslätts torg"] == [
        "Skadegörelse",
        "v. 44",
        "2026-11-10",
        "Ny\nFörsenad",
    ]
    assert by_action["Extra belysning i Stationsparken"][2:] == ["2026-12-15", "Pågår"]
    # The walk was done at the meeting: no other organisation has open actions.
    assert paragraphs[start + 1 : paragraphs.index("Nästa möte")] == [
        "Samhällsbyggnadsförvaltningen"
    ]


def test_next_meeting(session: Session, tmp_path: Path) -> None:
    built = build_meeting(session, with_next=False)
    path = export_minutes(session=session, meeting_id=built.meeting_id, out_path=tmp_path)
    paragraphs = _paragraphs(path)
    assert paragraphs[paragraphs.index("Nästa möte") + 1] == "Inte bestämt."

    meetings.create_meeting(
        session=session, data=MeetingCreate(date=NEXT, start_time=time(9, 30), location="Hamnen")
    )
    path = export_minutes(session=session, meeting_id=built.meeting_id, out_path=tmp_path)
    paragraphs = _paragraphs(path)
    assert paragraphs[-1] == "tisdag 1 december 2026 kl. 09:30, Hamnen"


def test_finalised_meeting_is_not_marked_as_draft(
    session: Session, built: Built, tmp_path: Path
) -> None:
    meetings.finalise_meeting(session=session, meeting_id=built.meeting_id, user="test")
    path = export_minutes(session=session, meeting_id=built.meeting_id, out_path=tmp_path)
    assert "Utkast" not in _full_text(path)


def test_file_name_and_folder_target(session: Session, built: Built, tmp_path: Path) -> None:
    meeting = meetings.get_meeting(session=session, meeting_id=built.meeting_id)
    assert default_minutes_filename(meeting) == "EST-minnesanteckningar 2026-11-24 (v 48).docx"
    early = meetings.get_meeting(session=session, meeting_id=built.earlier_id)
    assert default_minutes_filename(early) == "EST-minnesanteckningar 2026-10-27 (v 44).docx"
    folder = tmp_path / "Delad mapp"
    folder.mkdir()
    path = export_minutes(session=session, meeting_id=built.meeting_id, out_path=folder)
    assert path == folder / "EST-minnesanteckningar 2026-11-24 (v 48).docx"
    assert [p.name for p in folder.iterdir()] == [path.name]  # no temporary file left


def test_core_properties(exported: Path) -> None:
    props = Document(str(exported)).core_properties
    assert props.title == "Minnesanteckningar EST-möte 2026-11-24 (v. 48)"
    assert props.author == props.last_modified_by == "Trelleborgs kommun"
    assert props.subject == "EST – Effektiv samordning för trygghet"
    assert props.keywords == "EST"
    assert props.comments == props.category == ""
    assert props.language == "sv-SE"
    assert props.revision == 1
    assert props.created.year == datetime.now().year
    assert props.modified == props.created
    with zipfile.ZipFile(exported) as package:
        doc_props = {n: package.read(n) for n in package.namelist() if n.startswith("docProps/")}
    assert doc_props
    for name, content in doc_props.items():
        assert b"python-docx" not in content, name
        assert b"2013-12-23" not in content, name


def test_organisation_name_argument_wins(session: Session, built: Built, tmp_path: Path) -> None:
    path = export_minutes(
        session=session,
        meeting_id=built.meeting_id,
        out_path=tmp_path / "m.docx",
        organisation_name="Polisen, lokalpolisområde Trelleborg",
    )
    assert Document(str(path)).core_properties.author == "Polisen, lokalpolisområde Trelleborg"


def test_gathered_data_leaves_confidential_out(session: Session, built: Built) -> None:
    data = gather_minutes(session=session, meeting_id=built.meeting_id)
    assert not data.has_confidential
    assert [g.organisation for g in data.attendance] == ["Kommunledningsförvaltningen", "Polisen"]
    secret = gather_minutes(session=session, meeting_id=built.meeting_id, include_confidential=True)
    assert secret.has_confidential


def test_swedish_long_date() -> None:
    assert long_date(date(2026, 11, 24)) == "tisdag 24 november 2026"
    assert long_date(date(2027, 2, 6)) == "lördag 6 februari 2027"


def test_opens_in_libreoffice(session: Session, built: Built, tmp_path: Path) -> None:
    docx_path = export_minutes(
        session=session,
        meeting_id=built.meeting_id,
        out_path=tmp_path / "minnesanteckningar.docx",
        include_confidential=True,
    )
    text = text_as_read(docx_path, tmp_path)
    assert "Minnesanteckningar EST-möte 2026-11-24" in text
    assert "§ 3" in text
    assert "SEKRETESS" in text
    assert "Sida 1 av" in text
