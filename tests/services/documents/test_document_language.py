"""Every document in English when asked, and in Swedish as before.

What counts as Swedish left in an English document is what the catalogue says: a fixed
Swedish text of ours (or a piece of one between its placeholders), or a Swedish month or
weekday; in a Swedish document, an English text of ours that differs from its Swedish.
Names from the database (organisations, places, focus areas quoted from the signed
agreement, what was written in the meeting) are data and stay as they are written: a
text found in the document's own data does not count.
"""

from __future__ import annotations

import json
import logging
import re
import string
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from docx import Document
from docx.table import Table
from matplotlib.figure import Figure
from matplotlib.text import Text
from openpyxl import Workbook, load_workbook
from sqlmodel import Session

from est_desktop.bootstrap import open_database
from est_desktop.db import session_scope
from est_desktop.models import ActionCreate, FocusArea, IncidentCreate, MeetingCreate
from est_desktop.paths import resource_path
from est_desktop.services import incidents, reference
from est_desktop.services.action_lists.answers import apply_answers, read_answers
from est_desktop.services.action_lists.gather import action_list_for, export_action_lists
from est_desktop.services.actions import decisions as actions
from est_desktop.services.actions.decisions import ReviewOutcome
from est_desktop.services.demo.weeks import create_demo_database
from est_desktop.services.documents import wording
from est_desktop.services.documents.english import ENGLISH
from est_desktop.services.documents.file_names import default_minutes_filename
from est_desktop.services.documents.options import DocumentOptions
from est_desktop.services.documents.wording import SEEDED_HEADINGS
from est_desktop.services.lagesbild import LagesbildFilter, action_stats
from est_desktop.services.lagesbild import charts as lagesbild_charts
from est_desktop.services.lagesbild.scope import incidents_per_place, week_pulse
from est_desktop.services.lagesbild.trend import incident_trend
from est_desktop.services.map.counts import incident_map
from est_desktop.services.map.picture import map_figure
from est_desktop.services.meetings import agenda as meetings
from est_desktop.services.meetings import participants
from est_desktop.services.minutes.gather import export_minutes, gather_minutes
from est_desktop.services.personal_numbers import texts_in
from est_desktop.services.reports.final import gather_final
from est_desktop.services.reports.follow_up import gather_follow_up
from est_desktop.services.reports.write import default_report_filename, write_report
from tests.services.action_lists.answer_files import edit
from tests.services.documents.source_texts import found, literals_in_translating_modules

ENGLISH_OPTIONS = DocumentOptions(language="en")
SWEDISH_OPTIONS = DocumentOptions(language="sv")
WEEKDAYS_EN = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
MONTHS_EN = "January|February|March|April|May|June|July|August|September|October|November|December"


@pytest.fixture(autouse=True)
def swedish_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts from the app's default, and a missing text warns again."""
    monkeypatch.setattr(wording, "_default", "sv")
    monkeypatch.setattr(wording, "_warned", set())


# --- the catalogue against the code --------------------------------------------------------


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_text_the_code_translates_has_english() -> None:
    texts = found().texts
    assert len(texts) > 200  # the scan found the documents' texts, not nothing
    missing = {text: where for text, where in texts.items() if text not in ENGLISH}
    assert missing == {}
    assert found().f_strings == []  # an f-string can never be found in the catalogue


def test_every_english_entry_is_still_used() -> None:
    used = set(found().texts) | literals_in_translating_modules()
    assert [text for text in ENGLISH if text not in used] == []


def test_english_has_the_placeholders_of_its_swedish() -> None:
    differing = {
        swedish: (sorted(_placeholders(swedish)), sorted(_placeholders(english)))
        for swedish, english in ENGLISH.items()
        if _placeholders(swedish) != _placeholders(english)
    }
    assert differing == {}


def test_the_fixed_headings_are_the_standard_agendas() -> None:
    template = json.loads(resource_path("seed", "agenda_template.json").read_text("utf-8"))
    seeded = {entry["kind"]: entry["title"] for entry in template if entry["title"]}
    assert {str(kind): title for kind, title in SEEDED_HEADINGS.items()} == seeded


# --- the language ---------------------------------------------------------------------------


def test_the_default_language_is_swedish_and_the_users_choice_follows() -> None:
    assert wording.language() == "sv"
    assert wording.t("Närvarande") == "Närvarande"
    wording.set_default_language("en")
    assert wording.t("Närvarande") == "Present"
    with wording.writing_in("sv"):
        assert wording.t("Närvarande") == "Närvarande"
    assert wording.language() == "en"
    with pytest.raises(ValueError):
        wording.set_default_language("de")  # type: ignore[arg-type]


def test_an_export_in_one_language_leaves_other_threads_in_theirs() -> None:
    wording.set_default_language("en")
    inside = threading.Event()
    done = threading.Event()
    seen: list[str] = []

    def worker() -> None:
        with wording.writing_in("sv"):
            inside.set()
            done.wait(5)
            seen.append(wording.t("Närvarande"))

    thread = threading.Thread(target=worker)
    thread.start()
    inside.wait(5)
    seen.append(wording.t("Närvarande"))  # while the worker writes in Swedish
    done.set()
    thread.join(5)
    assert seen == ["Present", "Närvarande"]


def test_a_text_without_english_is_written_in_swedish_and_logged_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING), wording.writing_in("en"):
        assert wording.t("Ett nytt ord") == "Ett nytt ord"
        assert wording.t("Ett nytt ord") == "Ett nytt ord"
    assert [r.getMessage() for r in caplog.records].count(
        "No English for the document text 'Ett nytt ord'"
    ) == 1


def test_dates_weeks_numbers_and_statuses_in_each_language() -> None:
    tuesday, september, november = date(2026, 11, 24), date(2026, 9, 1), date(2026, 11, 30)
    with wording.writing_in("en"):
        assert wording.long_date(tuesday) == "Tuesday 24 November 2026"
        assert wording.day_text(tuesday) == "24 November 2026"
        assert wording.period_text(september, november) == "1 September – 30 November 2026"
        assert wording.week_label(tuesday) == "week 48"
        assert wording.week_label(tuesday, relative_to=date(2027, 1, 5)) == "week 48 2026"
        assert wording.dated_week(tuesday) == "2026-11-24 (week 48)"
        assert wording.short_day(tuesday) == "24 Nov"
        assert wording.month_label(tuesday) == "Nov 2026"
        assert [wording.status_word(s) for s in ("new", "in_progress", "done", "cancelled")] == [
            "New",
            "In progress",
            "Done",
            "Cancelled",
        ]
        assert wording.count_text(12345) == "12,345"
        assert lagesbild_charts.share_text(0.004) == "0.4%"
    assert wording.long_date(tuesday) == "tisdag 24 november 2026"
    assert wording.period_text(september, november) == "1 september – 30 november 2026"
    assert wording.week_label(tuesday) == "v. 48"
    assert wording.month_label(tuesday) == "nov. 2026"
    assert wording.status_word("in_progress") == "Pågår"
    assert wording.count_text(12345) == "12\u00a0345"
    assert lagesbild_charts.share_text(0.004) == "0,4\u00a0%"


# --- reading what a reader sees ---------------------------------------------------------------


def _blocks(container) -> Iterator[str]:
    for block in container.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    yield from _blocks(cell)
        else:
            yield block.text


def docx_text(path: Path) -> str:
    """Paragraphs, tables, every header and footer, and the title and subject."""
    document = Document(str(path))
    parts = list(_blocks(document))
    for section in document.sections:
        for part in (
            section.header,
            section.footer,
            section.first_page_header,
            section.first_page_footer,
            section.even_page_header,
            section.even_page_footer,
        ):
            parts += _blocks(part)
    properties = document.core_properties
    parts += [properties.title, properties.subject]
    return "\n".join(parts)


def _paragraphs(path: Path) -> list[str]:
    return [p.text for p in Document(str(path)).paragraphs]


def _tables(path: Path) -> list[list[list[str]]]:
    return [
        [[cell.text for cell in row.cells] for row in table.rows]
        for table in Document(str(path)).tables
    ]


def xlsx_text(path: Path) -> str:
    """Sheet names, cells, the drop-downs' messages, footers and the file's properties."""
    workbook = load_workbook(path)
    parts = list(workbook.sheetnames)
    for sheet in workbook.worksheets:
        parts += [str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value]
        for validation in sheet.data_validations.dataValidation:
            parts += [
                validation.formula1 or "",
                validation.errorTitle or "",
                validation.error or "",
                validation.promptTitle or "",
                validation.prompt or "",
            ]
        for footer in (sheet.oddFooter.left, sheet.oddFooter.center, sheet.oddFooter.right):
            parts.append(footer.text or "")
    parts += [workbook.properties.title or "", workbook.properties.subject or ""]
    return "\n".join(parts)


def figure_text(figure: Figure) -> str:
    figure.canvas.draw()  # tick labels exist once drawn
    return "\n".join(text.get_text() for text in figure.findobj(Text) if text.get_text())


# --- what counts as the other language ---------------------------------------------------------

_STRIP = " \n\t,.;:()[]–·”“"


def _fragments(text: str) -> list[str]:
    """The fixed pieces of a text between its placeholders."""
    pieces = (piece.strip(_STRIP) for piece in re.split(r"\{[^}]*\}", text))
    return [piece for piece in pieces if len(re.findall(r"[^\W\d_]", piece)) > 1]


def _occurs(fragment: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(fragment)}(?!\w)", text) is not None


def _other_language(pairs: Iterable[tuple[str, str]], text: str, data: str) -> list[str]:
    """Pieces of the first texts (not also pieces of their counterparts, nor data) in ``text``."""
    left = set()
    for theirs, ours in pairs:
        if theirs == ours:
            continue
        also_ours = set(_fragments(ours))
        for fragment in _fragments(theirs):
            if fragment not in also_ours and not _occurs(fragment, data):
                if _occurs(fragment, text):
                    left.add(fragment)
    return sorted(left)


def swedish_left(text: str, data: Iterable[str]) -> list[str]:
    data_text = "\n".join(data)
    left = _other_language(ENGLISH.items(), text, data_text)
    calendar = wording.CALENDAR["sv"]
    for word in (*calendar.weekdays, *calendar.months, *calendar.months_abbreviated):
        if word not in ENGLISH.values() and not _occurs(word, data_text) and _occurs(word, text):
            left.append(word)
    left += re.findall(r"(?<!\w)v\.? \d+", text)  # 'v. 48', 'v 48'
    if _occurs("Sida", text) and not _occurs("Sida", data_text):  # 'Sida 1 av 3', the footer
        left.append("Sida")
    return left


def english_left(text: str, data: Iterable[str]) -> list[str]:
    data_text = "\n".join(data)
    left = _other_language(((en, sv) for sv, en in ENGLISH.items()), text, data_text)
    left += re.findall(rf"\b(?:{WEEKDAYS_EN}|{MONTHS_EN})\b", text)
    return left


def data_of(*gathered: object) -> list[str]:
    """The texts of the gathered rows: what the database says, not our wording."""
    return [text for part in gathered for text in texts_in(part)]


def test_the_check_finds_swedish_in_english_and_english_in_swedish() -> None:
    """The checks below would fail: they see our texts, and only ours."""
    data = ["Polisen", "Skadegörelse"]
    assert "Öppna åtgärder efter mötet" in swedish_left("Present\nÖppna åtgärder efter mötet", data)
    assert swedish_left("Date\ttisdag 24 november 2026\nWeek\tv. 48", data) == [
        "tisdag",
        "november",
        "v. 48",
    ]
    assert swedish_left("2 open, varav 1 overdue", data) == ["varav"]
    assert swedish_left("Action plan\nSkadegörelse\nPolisen", data) == []
    assert "Open actions after the meeting" in english_left(
        "Närvarande\nOpen actions after the meeting", data
    )
    assert english_left("Datum\tTuesday 24 November 2026", data) == ["Tuesday", "November"]
    assert english_left("Närvarande\nPolisen\nSkadegörelse", data) == []


# --- a meeting with everything the minutes and lists show ------------------------------------

FIRST = date(2026, 11, 17)
EXPORTED = date(2026, 11, 20)
MEETING = date(2026, 11, 26)
NEXT = date(2026, 12, 3)
RENAMED = "Nästa möte och avslutning"
PUBLIC_INCIDENT = "Klotter på busskuren vid Hamngatan"
SECRET_INCIDENT = "Hot mot personal vid fritidsgården"


def _noon(day: date) -> datetime:
    return datetime.combine(day, time(12), UTC)


def _ids(session: Session) -> dict[str, int]:
    names = {o.name: o.id for o in reference.organisations(session=session)}
    names |= {p.name: p.id for p in reference.places(session=session)}
    names |= {s.name: s.id for s in reference.sources(session=session)}
    return names


def _item(session: Session, meeting_id: int, *, kind: str = "", area: str = ""):
    for item in meetings.agenda(session=session, meeting_id=meeting_id):
        if kind and item.kind == kind:
            return item
        if area and item.focus_area_id is not None:
            if session.get(FocusArea, item.focus_area_id).name == area:
                return item
    raise LookupError(kind or area)


@dataclass
class Scenario:
    meeting_id: int
    answered_files: list[Path]


def _answer(path: Path, answers: dict[str, tuple]) -> None:
    """Types into the yellow columns, whatever the sheet is called."""

    def fill(workbook: Workbook) -> None:
        sheet = workbook.worksheets[0]
        for row in range(5, sheet.max_row + 1):
            if sheet.cell(row, 1).value in answers:
                values = answers[sheet.cell(row, 1).value]
                for column, value in zip((10, 11, 12, 13), values, strict=True):
                    if value is not None:
                        sheet.cell(row, column, value)

    edit(path, fill, saved_at=_noon(EXPORTED + timedelta(days=2)))


def build(session: Session, folder: Path) -> Scenario:
    """Actions decided at one meeting, lists sent out in English and answered, and the
    next meeting: attendance, notes, reviews, incidents (one confidential), an action."""
    ids = _ids(session)
    sbf, kultur, police = (
        ids["Samhällsbyggnadsförvaltningen"],
        ids["Kultur- och fritidsförvaltningen"],
        ids["Polisen"],
    )
    first = meetings.create_meeting(
        session=session,
        data=MeetingCreate(date=FIRST, start_time=time(9), location="Kommunhuset, rum Falsterbo"),
    )
    item = _item(session, first.id, area="Skadegörelse")

    def decide(text: str, owner: int, due: date | None) -> None:
        actions.decide_action(
            session=session,
            item_id=item.id,
            data=ActionCreate(description=text, owner_organisation_id=owner, due_date=due),
        )

    decide("Extra belysning i Stationsparken", sbf, date(2026, 12, 10))
    decide("Kartlägga nedskräpning vid Söderslätts torg", sbf, date(2026, 11, 18))
    decide("Trygghetsvandring i Anderslöv", kultur, None)
    decide("Riktad närvaro vid Resecentrum", police, date(2026, 11, 30))
    meetings.finalise_meeting(
        session=session, meeting_id=first.id, user="test", confirm_no_attendance=True
    )

    written = export_action_lists(
        session=session,
        out_dir=folder,
        organisation_ids=[sbf, police],
        formats=("xlsx",),
        today=EXPORTED,
        options=ENGLISH_OPTIONS,
    )
    by_owner = {("Polisen" if "Polisen" in p.name else "SBF"): p for p in written}
    _answer(
        by_owner["SBF"],
        {
            "Extra belysning i Stationsparken": (
                "In progress",
                date(2027, 1, 15),
                "Armaturer beställda",
                "Gatuchef",
            )
        },
    )
    _answer(
        by_owner["Polisen"],
        {"Riktad närvaro vid Resecentrum": ("Done", None, "Genomfört två kvällar", "Kommunpolis")},
    )
    preview = read_answers(session=session, paths=written)
    assert preview.rejections == [] and len(preview.changes) == 2
    apply_answers(session=session, changes=preview.changes, now=_noon(MEETING - timedelta(days=1)))

    meeting = meetings.create_meeting(
        session=session,
        data=MeetingCreate(
            date=MEETING,
            start_time=time(9, 30),
            location="Kommunhuset, rum Falsterbo",
            convener="Maria Säkerhetssamordnare",
        ),
    )
    for name, organisation in (("Erik Ström", police), ("Anna Lind", sbf)):
        participants.add_attendee(
            session=session, meeting_id=meeting.id, person_name=name, organisation_id=organisation
        )
    meetings.set_item_notes(
        session=session,
        item_id=_item(session, meeting.id, kind="opening").id,
        notes="Mötet öppnades.",
    )
    meetings.rename_item(
        session=session, item_id=_item(session, meeting.id, kind="next_meeting").id, title=RENAMED
    )
    walk = next(
        r.action.id
        for r in actions.review_rows(session=session, meeting_id=meeting.id)
        if r.action.description == "Trygghetsvandring i Anderslöv"
    )
    actions.record_review(
        session=session,
        meeting_id=meeting.id,
        action_id=walk,
        outcome=ReviewOutcome.DONE,
        note="Vandringen gick bra",
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
                occurred_on=date(2026, 11, 21),
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
            owner_organisation_id=sbf,
            contact_person="Gatuenheten",
            due_date=date(2026, 12, 4),
        ),
    )
    meetings.create_meeting(
        session=session, data=MeetingCreate(date=NEXT, start_time=time(9, 30), location="Hamnen")
    )
    session.flush()
    return Scenario(meeting.id, written)


@pytest.fixture
def scenario(session: Session, tmp_path: Path) -> Scenario:
    (tmp_path / "sent").mkdir()
    return build(session, tmp_path / "sent")


def _minutes_data(session: Session, meeting_id: int, language: str) -> list[str]:
    with wording.writing_in(language):
        data = gather_minutes(session=session, meeting_id=meeting_id, include_confidential=True)
    # The fixed items' seeded headings are ours to translate, not data.
    return [text for text in data_of(data) if text not in SEEDED_HEADINGS.values()]


def _export_minutes(session: Session, meeting_id: int, folder: Path, options) -> Path:
    folder.mkdir()
    return export_minutes(
        session=session,
        meeting_id=meeting_id,
        out_path=folder,
        include_confidential=True,
        include_map=True,
        options=options,
    )


def test_minutes_in_english(
    session: Session, scenario: Scenario, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger=wording.__name__):
        path = _export_minutes(session, scenario.meeting_id, tmp_path / "en", ENGLISH_OPTIONS)
    assert caplog.records == []
    assert path.name == "EST minutes 2026-11-26 (week 48).docx"
    paragraphs = _paragraphs(path)
    assert paragraphs[0] == "Minutes of the EST meeting 2026-11-26"
    for line in (
        "Draft – the meeting has not been finalised",
        "Contains information marked confidential.",
        "Date\tThursday 26 November 2026",
        "Week\tweek 48",
        "Place\tKommunhuset, rum Falsterbo",
        "Convener\tMaria Säkerhetssamordnare",
        "Present",
        "§ 1 Opening and attendance",
        "Mötet öppnades.",
        "§ 2 Review of open actions",
        "Follow-up of open actions",
        "Answers to action lists since the last meeting",
        "Incidents",
        "Actions decided",
        "Open actions after the meeting",
        "Next meeting",
        "Thursday 3 December 2026 at 09:30, Hamnen",
        "Appendix: Map of the week's incidents",
        "Map: incidents per place, 18 November – 26 November 2026.",
    ):
        assert line in paragraphs, line
    headings = [p for p in paragraphs if p.startswith("§ ")]
    assert any(h.endswith(" Skadegörelse") for h in headings)  # quoted from the agreement
    assert any(h.endswith(" Other business") for h in headings)
    assert headings[-1].endswith(f" {RENAMED}")  # renamed by the convener: as written
    assert "Next meeting: Thursday 3 December 2026 at 09:30, Hamnen." in paragraphs

    tables = {tuple(table[0]): table[1:] for table in _tables(path)}
    review = tables[("Action", "Responsible", "Decided", "Outcome", "Note")]
    outcomes = {row[0]: row[3] for row in review}
    assert outcomes["Trygghetsvandring i Anderslöv"] == "Done"
    assert outcomes["Kartlägga nedskräpning vid Söderslätts torg"] == "Not reviewed"
    assert {row[2] for row in review} == {"week 47"}
    answers = tables[("Action", "Responsible", "Answer", "Comment", "Answered by", "File")]
    assert {row[0]: row[2] for row in answers} == {
        "Extra belysning i Stationsparken": "In progress\nNew due date 2027-01-15",
        "Riktad närvaro vid Resecentrum": "Done",
    }
    incident_rows = tables[("Date", "Place", "Incident", "Source")]
    assert f"(confidential) {SECRET_INCIDENT}" in [row[2] for row in incident_rows]
    assert ("Action", "Responsible organisation", "Contact person", "Due date", "Status") in tables
    after = tables[("Action", "Focus area", "Decided", "Due date", "Status")]
    assert "New\nOverdue" in [row[4] for row in after]
    document = Document(str(path))
    assert all("CONFIDENTIAL" in [p.text for p in s.header.paragraphs] for s in document.sections)
    properties = document.core_properties
    assert properties.title == "Minutes of the EST meeting 2026-11-26 (week 48)"
    assert properties.language == "en-GB"

    text = docx_text(path)
    data = _minutes_data(session, scenario.meeting_id, "en")
    assert swedish_left(text, data) == []


def test_minutes_in_swedish_are_as_they_were(
    session: Session, scenario: Scenario, tmp_path: Path
) -> None:
    path = _export_minutes(session, scenario.meeting_id, tmp_path / "sv", SWEDISH_OPTIONS)
    assert path.name == "EST-minnesanteckningar 2026-11-26 (v 48).docx"
    paragraphs = _paragraphs(path)
    assert "§ 1 Inledning och närvaro" in paragraphs
    assert "Datum\ttorsdag 26 november 2026" in paragraphs
    assert english_left(docx_text(path), _minutes_data(session, scenario.meeting_id, "sv")) == []
    meeting = meetings.get_meeting(session=session, meeting_id=scenario.meeting_id)
    assert default_minutes_filename(meeting) == path.name  # Swedish unless asked


def _list_data(session: Session, language: str) -> list[str]:
    with wording.writing_in(language):
        every = action_list_for(session=session, organisation_id=None, today=MEETING)
    return data_of(every)


def test_action_lists_in_english(
    session: Session, scenario: Scenario, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger=wording.__name__):
        written = export_action_lists(
            session=session, out_dir=tmp_path, today=MEETING, options=ENGLISH_OPTIONS
        )
        combined = export_action_lists(
            session=session,
            out_dir=tmp_path,
            today=MEETING,
            one_file_for_all=True,
            formats=("docx",),
            options=ENGLISH_OPTIONS,
        )
    assert caplog.records == []
    folder = tmp_path / "Action lists 2026-11-26"
    assert {p.parent for p in written + combined} == {folder}
    assert folder / "Action list Samhällsbyggnadsförvaltningen 2026-11-26.docx" in written
    assert combined == [folder / "Action list all organisations 2026-11-26.docx"]
    data = _list_data(session, "en")

    docx = folder / "Action list Samhällsbyggnadsförvaltningen 2026-11-26.docx"
    paragraphs = _paragraphs(docx)
    assert paragraphs[0] == "Action list – Samhällsbyggnadsförvaltningen"
    for line in (
        "Exported\tThursday 26 November 2026 (week 48)",
        "Latest meeting\tThursday 26 November 2026 (week 48)",
        "Actions\t3 open, of which 1 overdue",
        "Open actions",
        "Closed actions",
        "Done or cancelled 18 November – 26 November 2026 (since the meeting on 17 November 2026).",
        "No actions were closed in this period.",
    ):
        assert line in paragraphs, line
    [open_rows] = _tables(docx)
    assert open_rows[0] == [
        "Action",
        "Focus area",
        "Decided",
        "Contact person",
        "Due date",
        "Status",
        "Latest note",
    ]
    by_action = {row[0]: row for row in open_rows[1:]}
    lights = by_action["Extra belysning i Stationsparken"]
    assert lights[2] == "2026-11-17\nweek 47"
    assert lights[5] == "In progress"
    assert lights[6].endswith("(answer 2026-11-22)")
    assert by_action["Kartlägga nedskräpning vid Söderslätts torg"][5] == "New\nOverdue"
    for path in (docx, *combined):
        assert swedish_left(docx_text(path), data) == []
    every = _paragraphs(combined[0])
    assert "Kultur- och fritidsförvaltningen" in every  # one heading per organisation
    assert (
        "Done or cancelled 18 November – 26 November 2026 (since the meeting on 17 November 2026)."
        in every
    )

    xlsx = folder / "Action list Samhällsbyggnadsförvaltningen 2026-11-26.xlsx"
    workbook = load_workbook(xlsx)
    assert workbook.sheetnames == ["Actions", "Closed since the last meeting", "_est"]
    sheet = workbook["Actions"]
    assert sheet["A1"].value == "Action list – Samhällsbyggnadsförvaltningen"
    assert sheet["A2"].value == (
        "Exported 2026-11-26 (week 48). Latest meeting: 2026-11-26 (week 48). "
        "Answer in the yellow columns and send the file back to the convener."
    )
    assert [c.value for c in sheet[4]][9:] == [
        "New status",
        "New due date",
        "Comment",
        "Answered by",
        "Action id",
        "Status at export",
    ]
    [status, due] = sheet.data_validations.dataValidation
    assert status.formula1 == '"New,In progress,Done,Cancelled"'
    assert "Choose a status from the list" in status.error
    assert due.prompt == "YYYY-MM-DD, or empty if the due date is unchanged."
    assert sheet.oddFooter.right.text == "Page &P of &N"
    assert swedish_left(xlsx_text(xlsx), data) == []


def test_action_lists_in_swedish_are_as_they_were(
    session: Session, scenario: Scenario, tmp_path: Path
) -> None:
    written = export_action_lists(session=session, out_dir=tmp_path, today=MEETING)
    folder = tmp_path / "Åtgärdslistor 2026-11-26"
    assert {p.parent for p in written} == {folder}
    data = _list_data(session, "sv")
    for path in written:
        text = docx_text(path) if path.suffix == ".docx" else xlsx_text(path)
        assert english_left(text, data) == [], path.name
    assert load_workbook(written[1]).sheetnames == ["Åtgärder", "Stängda sedan förra mötet", "_est"]


# --- the reports, from the demo database -------------------------------------------------

DEMO_TODAY = date(2026, 11, 26)
FOLLOW_UP = (date(2026, 9, 1), date(2026, 11, 23))
FINAL = (date(2023, 1, 1), date(2026, 12, 31))  # still going on: counted to DEMO_TODAY


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    engine = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    with session_scope(engine) as session:
        create_demo_database(session=session, today=DEMO_TODAY)
    with session_scope(engine) as session:
        yield session
    engine.dispose()


def _report(session: Session, kind: str, folder: Path, options, labels: list[str]) -> Path:
    start, end = FOLLOW_UP if kind == "uppfoljning" else FINAL
    folder.mkdir(exist_ok=True)
    return write_report(
        session=session,
        kind=kind,
        date_from=start,
        date_to=end,
        target=folder,
        today=DEMO_TODAY,
        include_confidential=True,
        on_progress=lambda _done, _total, label: labels.append(label),
        options=options,
    )


def _report_data(session: Session, kind: str, language: str) -> list[str]:
    gather = gather_follow_up if kind == "uppfoljning" else gather_final
    start, end = FOLLOW_UP if kind == "uppfoljning" else FINAL
    with wording.writing_in(language):
        data = gather(
            session=session,
            date_from=start,
            date_to=end,
            today=DEMO_TODAY,
            include_confidential=True,
        )
    return data_of(data)


def test_follow_up_report_in_english(
    demo: Session, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    labels: list[str] = []
    with caplog.at_level(logging.WARNING, logger=wording.__name__):
        path = _report(demo, "uppfoljning", tmp_path, ENGLISH_OPTIONS, labels)
    assert caplog.records == []
    assert path.name == "Follow-up EST 2026-09-01–2026-11-23.docx"
    assert labels[:2] == ["Summary", "Where and when"]
    assert labels[-2:] == ["Saving the document", ""]
    paragraphs = _paragraphs(path)
    for line in (
        "Follow-up of the cooperation agreement",
        "Period\t1 September – 23 November 2026 (12 weeks)",
        "Compared with\t2 September – 24 November 2025 (a year earlier)",
        "Summary",
        "Actions",
        "Where and when",
        "The incidents on the map",
        "Incident trend",
        "The action plan (appendix 1) 2026",
    ):
        assert line in paragraphs, line
    assert any(
        p.startswith("Contains information marked confidential: the numbers") for p in paragraphs
    )
    assert any(
        re.fullmatch(r"[\d,]+ incidents? recorded in the period, against .*", p) for p in paragraphs
    )
    tables = {tuple(table[0]): table[1:] for table in _tables(path)}
    summary = tables[("Focus area", "Incidents", "A year earlier", "Change")]
    assert summary[-1][0] == "Total"
    assert ("Week", "Incidents", "The same week a year earlier", "Incidents", "Change") in tables
    assert swedish_left(docx_text(path), _report_data(demo, "uppfoljning", "en")) == []


def test_final_report_in_english(
    demo: Session, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    labels: list[str] = []
    with caplog.at_level(logging.WARNING, logger=wording.__name__):
        path = _report(demo, "slutrapport", tmp_path, ENGLISH_OPTIONS, labels)
    assert caplog.records == []
    assert path.name == "Final report EST 2023–2026.docx"
    assert labels[0] == "Overall goals" and labels[-3] == "Tables"
    paragraphs = _paragraphs(path)
    for line in ("Final report", "Overall goals", "Tables", "Assessment", "What has been done"):
        assert line in paragraphs, line
    assert "Data up to and including\t26 November 2026" in paragraphs
    assert any("The period is still going on" in p for p in paragraphs)
    tables = {tuple(table[0]): table[1:] for table in _tables(path)}
    assert any(header[-1] == "Total" and "2026 (up to 26 Nov)" in header for header in tables)
    assert any(header[:2] == ("Organisation", "Decided") for header in tables)
    text = docx_text(path)
    assert "[To be filled in]" in text
    assert swedish_left(text, _report_data(demo, "slutrapport", "en")) == []


@pytest.mark.parametrize("kind", ["uppfoljning", "slutrapport"])
def test_reports_in_swedish_are_as_they_were(demo: Session, tmp_path: Path, kind: str) -> None:
    labels: list[str] = []
    path = _report(demo, kind, tmp_path, SWEDISH_OPTIONS, labels)
    start, end = FOLLOW_UP if kind == "uppfoljning" else FINAL
    assert path.name == default_report_filename(kind, start, end)
    assert "Sparar dokumentet" in labels
    assert english_left(docx_text(path), _report_data(demo, kind, "sv")) == []


# --- pictures with words in them ---------------------------------------------------------


def _pictures(session: Session) -> dict[str, Figure]:
    period = LagesbildFilter(*FOLLOW_UP, include_confidential=False)
    charts = lagesbild_charts
    return {
        "map": map_figure(incident_map(session=session, filter=period)),
        "places": charts.places_chart(incidents_per_place(session=session, filter=period)),
        "pulse": charts.week_pulse_chart(week_pulse(session=session, filter=period)),
        "weeks": charts.trend_chart(
            incident_trend(session=session, filter=period, granularity="week")
        ),
        "months": charts.trend_chart(
            incident_trend(
                session=session,
                filter=LagesbildFilter(*FINAL, include_confidential=False),
                granularity="month",
            ),
            most_lines=3,
        ),
        "actions": charts.action_chart(
            action_stats(session=session, filter=period, today=DEMO_TODAY, by="focus_area")
        ),
    }


def test_the_map_and_charts_in_english(demo: Session, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger=wording.__name__), wording.writing_in("en"):
        texts = {name: figure_text(figure) for name, figure in _pictures(demo).items()}
    assert caplog.records == []
    assert "Incidents on the map" in texts["map"]
    assert "Incidents per place" in texts["map"]  # the legend
    assert "incidents in total" in texts["map"]
    assert (
        "Municipal boundary: Statistics Sweden (SCB). Positions of places: EST Desktop."
        in (texts["map"])
    )
    assert "Incidents marked confidential not included" in texts["map"].replace("\n", " ")
    assert "Number of incidents" in texts["places"]
    assert {"Mon", "Sun", "Hour the incident began"} <= set(texts["pulse"].splitlines())
    assert "Incidents over time" in texts["weeks"] and "week 36\n2026" in texts["weeks"]
    assert "All focus areas" in texts["months"] and "Jan\n2023" in texts["months"]
    assert {"Open", "Closed", "Overdue", "Number of actions"} <= set(texts["actions"].splitlines())
    with wording.writing_in("en"):
        data = _report_data(demo, "uppfoljning", "en")
    for name, text in texts.items():
        assert swedish_left(text, data) == [], name


def test_the_map_and_charts_in_swedish(demo: Session) -> None:
    texts = {name: figure_text(figure) for name, figure in _pictures(demo).items()}
    assert "Kommungräns: SCB. Platsernas lägen: EST Desktop." in texts["map"]
    assert "v. 36\n2026" in texts["weeks"] and "mån" in texts["pulse"].splitlines()
    data = _report_data(demo, "uppfoljning", "sv")
    for name, text in texts.items():
        assert english_left(text, data) == [], name
