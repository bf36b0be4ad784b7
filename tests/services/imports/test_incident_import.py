"""Importing incidents from a reported file: preview, mapping, save as a batch, undo."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlmodel import Session

from est_desktop.errors import ValidationError
from est_desktop.models import Category, FocusArea, Incident, Place, Source
from est_desktop.services import reference
from est_desktop.services.audit import audit_rows
from est_desktop.services.imports.batches import (
    Choices,
    ImportCancelled,
    batch_rows,
    import_incidents,
    source_file_of,
    undo_batch,
)
from est_desktop.services.imports.mapping import (
    NEW_PLACE,
    IncidentMapping,
    get_mapping,
    guess_columns,
    save_mapping,
    value_key,
)
from est_desktop.services.imports.preview import build_preview
from est_desktop.services.imports.tables import read_table
from est_desktop.services.incidents import record_incident
from tests.services.imports.files import TRYGGHETSVARDAR, semicolon_csv
from tests.services.records import incident_data

TODAY = date(2026, 3, 9)


def _id(session: Session, model, name: str) -> int:
    return session.scalars(select(model.id).where(model.name == name)).one()


def _mapping(session: Session, table) -> IncidentMapping:
    """As a convener would set it up for the trygghetsvärdar's file."""
    return IncidentMapping(
        columns=guess_columns(table.headers),
        source_id=_id(session, Source, "Trygghetsvärdarnas rapporter"),
        places={
            value_key("Anderslöv C"): _id(session, Place, "Anderslöv"),
            value_key("Västra Sjöstaden"): NEW_PLACE,
        },
        categories={
            value_key("Klotter"): [
                _id(session, FocusArea, "Skadegörelse"),
                _id(session, Category, "Skadegörelse/nedskräpning"),
            ],
            value_key("Nedskräpning"): [None, _id(session, Category, "Skadegörelse/nedskräpning")],
        },
    )


@pytest.fixture
def table(tmp_path: Path):
    return read_table(semicolon_csv(tmp_path / "trygghetsvärdar v10.csv", TRYGGHETSVARDAR))


def test_the_headers_say_which_column_is_which_field(table) -> None:
    assert guess_columns(table.headers) == {
        "occurred_on": "Datum",
        "start_time": "Klockslag",
        "place": "Plats",
        "location_detail": "Adress",
        "category": "Typ",
        "description": "Beskrivning",
    }


def test_a_windows_1252_file_is_imported_with_its_å_ä_ö(session: Session, table) -> None:
    mapping = _mapping(session, table)
    batch = import_incidents(session=session, table=table, mapping=mapping, today=TODAY)

    assert (batch.row_count, batch.skipped_count) == (4, 0)
    saved = session.scalars(
        select(Incident).where(Incident.import_batch_id == batch.id).order_by(Incident.id)
    ).all()
    first = saved[0]
    assert first.occurred_on == date(2026, 3, 2)
    assert first.start_time == time(21, 30)
    assert session.get(Place, first.place_id).name == "Anderslöv"
    assert first.location_detail == "Storgatan 4"
    assert session.get(FocusArea, first.focus_area_id).name == "Skadegörelse"
    assert first.description == "Klotter på skolans gavel"
    assert [i.start_time for i in saved] == [time(21, 30), time(22, 15), None, time(23, 0)]
    assert saved[2].occurred_on == date(2026, 3, 3)
    # "Västra Sjöstaden" was asked for as a new place.
    assert session.get(Place, saved[3].place_id).name == "Västra Sjöstaden"


def test_an_unknown_place_is_a_problem_with_a_suggestion(session: Session, table) -> None:
    mapping = _mapping(session, table)
    mapping.places = {}
    preview = build_preview(session=session, table=table, mapping=mapping, today=TODAY)

    problems = {(p.row, p.column, p.value) for r in preview.rows for p in r.problems}
    assert (2, "Plats", "Anderslöv C") in problems
    unmatched = {(u.field, u.value): u.suggestion for u in preview.unmatched}
    assert unmatched[("place", "Anderslöv C")] == (_id(session, Place, "Anderslöv"), "Anderslöv")
    assert unmatched[("place", "Västra Sjöstaden")] is None
    # Nothing is created until asked for.
    assert reference.find_place(session=session, text="Västra Sjöstaden") is None
    assert [r.number for r in preview.ready] == [3, 4]


def test_bad_dates_and_future_dates_are_named_by_row_and_column(
    session: Session, tmp_path: Path
) -> None:
    path = semicolon_csv(
        tmp_path / "fel.csv",
        [
            "Datum;Plats;Beskrivning",
            "31/11/2026;Trelleborg;Klotter",
            "igår;Trelleborg;Klotter",
            "2026-04-01;Trelleborg;Klotter",
            "2026-03-01;Trelleborg;",
        ],
    )
    table = read_table(path)
    mapping = IncidentMapping(
        columns=guess_columns(table.headers), source_id=reference.sources(session=session)[0].id
    )
    preview = build_preview(session=session, table=table, mapping=mapping, today=TODAY)
    by_row = {r.number: [(p.column, p.value) for p in r.problems] for r in preview.rows}
    assert by_row[2] == [("Datum", "31/11/2026")]
    assert by_row[3] == [("Datum", "igår")]
    assert by_row[4] == [("Datum", "")]  # in the future
    assert by_row[5] == [("Beskrivning", "")]
    assert preview.ready == []
    with pytest.raises(ValidationError):
        import_incidents(session=session, table=table, mapping=mapping, today=TODAY)


def test_a_personnummer_in_a_description_holds_the_row_back(
    session: Session, tmp_path: Path
) -> None:
    path = semicolon_csv(
        tmp_path / "felanmälan.csv",
        [
            "Datum;Plats;Beskrivning",
            "2026-03-02;Trelleborg;Krossad ruta i trapphuset",
            "2026-03-02;Hamnen;Anmälare 19880320-0016 såg bränder",
        ],
    )
    table = read_table(path)
    mapping = IncidentMapping(
        columns=guess_columns(table.headers), source_id=reference.sources(session=session)[0].id
    )
    preview = build_preview(session=session, table=table, mapping=mapping, today=TODAY)
    assert [r.number for r in preview.held_back] == [3]
    assert preview.held_back[0].personal_numbers == ["Beskrivning"]

    batch = import_incidents(session=session, table=table, mapping=mapping, today=TODAY)
    assert (batch.row_count, batch.skipped_count) == (1, 1)
    texts = session.scalars(select(Incident.description)).all()
    assert not any("0016" in t for t in texts)


def test_a_held_back_row_is_imported_with_the_number_removed(
    session: Session, tmp_path: Path
) -> None:
    path = semicolon_csv(
        tmp_path / "felanmälan.csv",
        ["Datum;Plats;Beskrivning", "2026-03-02;Hamnen;Anmälare 19880320-0016 såg bränder"],
    )
    table = read_table(path)
    mapping = IncidentMapping(
        columns=guess_columns(table.headers), source_id=reference.sources(session=session)[0].id
    )
    import_incidents(
        session=session,
        table=table,
        mapping=mapping,
        choices=Choices(removed=frozenset({2}), removed_marker="[borttaget]"),
        today=TODAY,
    )
    assert session.scalars(select(Incident.description)).one() == "Anmälare [borttaget] såg bränder"


def test_duplicates_of_saved_incidents_and_of_earlier_rows_are_skipped(
    session: Session, item, tmp_path: Path
) -> None:
    record_incident(
        session=session,
        item_id=item.id,
        data=incident_data(
            session, occurred_on=date(2026, 3, 2), description="Skadegörelse på busskuren"
        ),
        today=TODAY,
    )
    path = semicolon_csv(
        tmp_path / "polisen.csv",
        [
            "Datum;Plats;Beskrivning",
            "2026-03-02;Trelleborg centrum;Skadegörelse på  busskuren",
            "2026-03-05;Hamnen;Bilbrand",
            "2026-03-05;hamnen;bilbrand",
        ],
    )
    table = read_table(path)
    mapping = IncidentMapping(
        columns=guess_columns(table.headers), source_id=reference.sources(session=session)[0].id
    )
    preview = build_preview(session=session, table=table, mapping=mapping, today=TODAY)
    duplicates = {
        r.number: (r.duplicate_of_incident, r.duplicate_of_row) for r in preview.duplicates
    }
    assert duplicates[2][0] is not None
    assert duplicates[4] == (None, 3)

    batch = import_incidents(session=session, table=table, mapping=mapping, today=TODAY)
    assert batch.row_count == 1
    undo_batch(session=session, batch_id=batch.id)
    chosen = Choices(duplicates=frozenset({4}))
    again = import_incidents(
        session=session, table=table, mapping=mapping, choices=chosen, today=TODAY
    )
    assert again.row_count == 2


def test_the_same_file_twice_imports_nothing_the_second_time(session: Session, table) -> None:
    mapping = _mapping(session, table)
    import_incidents(session=session, table=table, mapping=mapping, today=TODAY)
    before = session.scalar(select(func.count()).select_from(Incident))

    preview = build_preview(session=session, table=table, mapping=mapping, today=TODAY)
    assert preview.earlier is not None and preview.earlier.row_count == 4
    with pytest.raises(ValidationError):
        import_incidents(session=session, table=table, mapping=mapping, today=TODAY)
    assert session.scalar(select(func.count()).select_from(Incident)) == before


def test_a_cancelled_import_saves_nothing(engine, table) -> None:
    from est_desktop.db import session_scope

    with session_scope(engine) as session:
        mapping = _mapping(session, table)
        places = session.scalar(select(func.count()).select_from(Place))
    with pytest.raises(ImportCancelled), session_scope(engine) as session:
        import_incidents(
            session=session, table=table, mapping=mapping, today=TODAY, cancelled=lambda: True
        )
    with session_scope(engine) as session:
        assert session.scalar(select(func.count()).select_from(Incident)) == 0
        assert batch_rows(session=session) == []
        assert session.scalar(select(func.count()).select_from(Place)) == places


def test_a_batch_is_listed_and_undone_whole(session: Session, table, item) -> None:
    mapping = _mapping(session, table)
    batch = import_incidents(
        session=session, table=table, mapping=mapping, mapping_name="Trygghetsvärdar", today=TODAY
    )
    [row] = batch_rows(session=session)
    assert (row.file_name, row.mapping_name, row.row_count) == (
        "trygghetsvärdar v10.csv",
        "Trygghetsvärdar",
        4,
    )
    assert row.can_undo
    ids = session.scalars(select(Incident.id).where(Incident.import_batch_id == batch.id)).all()
    assert set(source_file_of(session=session, incident_ids=ids).values()) == {
        "trygghetsvärdar v10.csv"
    }

    assert undo_batch(session=session, batch_id=batch.id) == 4
    assert session.scalar(select(func.count()).select_from(Incident)) == 0
    [row] = batch_rows(session=session)
    assert row.undone_at is not None and not row.can_undo
    deleted = [r for r in audit_rows(session=session, entity="incident") if r.action == "deleted"]
    assert len(deleted) == 4


def test_a_batch_taken_up_at_a_meeting_cannot_be_undone(session: Session, table, item) -> None:
    batch = import_incidents(
        session=session, table=table, mapping=_mapping(session, table), today=TODAY
    )
    incident = session.scalars(select(Incident).where(Incident.import_batch_id == batch.id)).first()
    incident.agenda_item_id = item.id
    session.add(incident)
    session.flush()
    assert not batch_rows(session=session)[0].can_undo
    with pytest.raises(ValidationError):
        undo_batch(session=session, batch_id=batch.id)
    assert session.scalar(select(func.count()).select_from(Incident)) == 4


def test_a_mapping_is_saved_under_a_name_and_read_back(session: Session, table) -> None:
    mapping = _mapping(session, table)
    save_mapping(session=session, name="Trygghetsvärdar", mapping=mapping)
    mapping.confidential = True
    save_mapping(session=session, name="Trygghetsvärdar", mapping=mapping)
    saved = get_mapping(session=session, name="Trygghetsvärdar")
    assert saved.mapping == mapping
    with pytest.raises(ValidationError):
        save_mapping(session=session, name="  ", mapping=mapping)


def test_imported_incidents_are_in_the_change_log(session: Session, table) -> None:
    import_incidents(session=session, table=table, mapping=_mapping(session, table), today=TODAY)
    created = audit_rows(session=session, entity="incident")
    assert len(created) == 4
    assert all(r.source_file == "trygghetsvärdar v10.csv" for r in created)
    assert {r.action for r in created} == {"imported"}


def test_an_excel_sheet_with_a_title_merged_headings_and_serial_dates(
    session: Session, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Vecka 10"
    sheet["A1"] = "Felanmälningar fastighetsavdelningen, vecka 10"
    sheet.merge_cells("A1:E1")
    sheet.append([])
    sheet.append(["Datum", "Var", None, "Kategori", "Beskrivning"])
    sheet.merge_cells("B3:C3")  # "Var" over the place and the address
    sheet.append([46082, "Trelleborg centrum", "Stortorget 1", "Belysning", "Trasig belysning"])
    sheet.append([46083.875, "Hamnen", "Kaj 3", "Belysning", "Mörkt vid färjeläget"])
    path = tmp_path / "felanmälan v10.xlsx"
    book.save(path)

    table = read_table(path)
    assert table.headers == ("Datum", "Var", "Var (2)", "Kategori", "Beskrivning")
    mapping = IncidentMapping(
        columns={
            "occurred_on": "Datum",
            "place": "Var",
            "location_detail": "Var (2)",
            "category": "Kategori",
            "description": "Beskrivning",
        },
        source_id=reference.sources(session=session)[0].id,
    )
    batch = import_incidents(session=session, table=table, mapping=mapping, today=TODAY)
    saved = session.scalars(
        select(Incident).where(Incident.import_batch_id == batch.id).order_by(Incident.id)
    ).all()
    assert [(i.occurred_on, i.start_time) for i in saved] == [
        (date(2026, 3, 1), None),
        (date(2026, 3, 2), time(21, 0)),
    ]
    assert [session.get(Category, i.category_id).name for i in saved] == ["Belysning"] * 2
    assert saved[1].location_detail == "Kaj 3"


def test_imported_incidents_wait_at_their_focus_area_until_taken_up(
    session: Session, table, meeting
) -> None:
    from est_desktop.models import AgendaItemKind
    from est_desktop.services.imports.waiting import take_up_incidents, waiting_incidents
    from est_desktop.services.meetings import agenda as meetings

    batch = import_incidents(
        session=session, table=table, mapping=_mapping(session, table), today=TODAY
    )
    items = meetings.agenda(session=session, meeting_id=meeting.id)
    damage = next(
        i
        for i in items
        if i.kind == AgendaItemKind.FOCUS_AREA
        and i.focus_area_id == _id(session, FocusArea, "Skadegörelse")
    )
    other = next(i for i in items if i.kind == AgendaItemKind.OTHER)
    at_damage = waiting_incidents(session=session, item_id=damage.id)
    assert [r.description for r in at_damage] == [
        "Klotter på skolans gavel",
        "Klotter på busskuren",
    ]
    assert {r.source_file for r in at_damage} == {"trygghetsvärdar v10.csv"}
    # Without a focus area they wait under other matters (on one day: the one without a
    # time first).
    assert [r.description for r in waiting_incidents(session=session, item_id=other.id)] == [
        "Glas och skräp på kajen",
        "Grupp ungdomar vid fontänen",
    ]

    assert (
        take_up_incidents(
            session=session, item_id=damage.id, incident_ids=[r.id for r in at_damage]
        )
        == 2
    )
    assert waiting_incidents(session=session, item_id=damage.id) == []
    with pytest.raises(ValidationError):
        take_up_incidents(session=session, item_id=damage.id, incident_ids=[at_damage[0].id])
    # Discussed at a meeting: the import can no longer be undone.
    assert batch_rows(session=session)[0].taken_up == 2
    with pytest.raises(ValidationError):
        undo_batch(session=session, batch_id=batch.id)


def test_a_late_report_waits_at_the_next_meeting_too(session: Session, tmp_path: Path) -> None:
    """Imported after the meeting before, though it happened before that meeting."""
    from est_desktop.models import AgendaItemKind, MeetingCreate
    from est_desktop.services.imports.waiting import waiting_incidents
    from est_desktop.services.meetings import agenda as meetings

    meetings.create_meeting(session=session, data=MeetingCreate(date=date(2026, 2, 24)))
    later = meetings.create_meeting(session=session, data=MeetingCreate(date=date(2026, 3, 10)))
    path = semicolon_csv(
        tmp_path / "sen rapport.csv",
        ["Datum;Plats;Beskrivning", "2026-02-20;Hamnen;Bilbrand som rapporterades sent"],
    )
    table = read_table(path)
    mapping = IncidentMapping(
        columns=guess_columns(table.headers), source_id=reference.sources(session=session)[0].id
    )
    import_incidents(session=session, table=table, mapping=mapping, today=TODAY)
    other = next(
        i
        for i in meetings.agenda(session=session, meeting_id=later.id)
        if i.kind == AgendaItemKind.OTHER
    )
    assert [r.description for r in waiting_incidents(session=session, item_id=other.id)] == [
        "Bilbrand som rapporterades sent"
    ]


def test_undo_is_refused_whole_when_one_was_taken_up_and_names_corrections(
    session: Session, table, item
) -> None:
    batch = import_incidents(
        session=session, table=table, mapping=_mapping(session, table), today=TODAY
    )
    first, second = session.scalars(
        select(Incident).where(Incident.import_batch_id == batch.id).order_by(Incident.id)
    ).all()[:2]
    first.description = "Klotter på skolans gavel, sanerat"
    session.add(first)
    session.flush()
    assert batch_rows(session=session)[0].edited == 1
    second.agenda_item_id = item.id
    session.add(second)
    session.flush()
    with pytest.raises(ValidationError):
        undo_batch(session=session, batch_id=batch.id)
    session.rollback()


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (
            ["Datum;Plats;Beskrivning", '2026-03-02;Hamnen;"Tre tum snö', "2026-03-03;Hamnen;Is"],
            "never closed",
        ),
    ],
)
def test_an_unclosed_quote_is_refused_not_swallowed(tmp_path: Path, lines, message) -> None:
    from est_desktop.services.imports.tables import UnreadableFile

    with pytest.raises(UnreadableFile) as refused:
        read_table(semicolon_csv(tmp_path / "citat.csv", lines))
    assert message in refused.value.text
    assert refused.value.detail == "citat.csv, rad 3"


def test_a_stray_byte_in_a_utf8_file_is_named_and_the_rest_read_right(
    session: Session, tmp_path: Path
) -> None:
    text = "Datum;Plats;Beskrivning\r\n2026-03-02;Anderslöv;Klotter\r\n2026-03-03;Hamnen;Br"
    path = tmp_path / "blandat.csv"
    path.write_bytes(text.encode("utf-8") + b"\xe4nd\r\n")  # "Bränd" pasted in Windows-1252
    table = read_table(path)
    assert table.encoding == "utf-8"
    assert table.rows[0].values[1] == "Anderslöv"
    mapping = IncidentMapping(
        columns=guess_columns(table.headers), source_id=reference.sources(session=session)[0].id
    )
    preview = build_preview(session=session, table=table, mapping=mapping, today=TODAY)
    assert [r.number for r in preview.ready] == [2]
    assert [(p.row, p.column) for p in preview.rows[1].problems] == [(3, "Beskrivning")]


def test_month_first_dates_are_refused_rather_than_guessed(session: Session, tmp_path) -> None:
    path = semicolon_csv(
        tmp_path / "us.csv",
        ["Date;Place;Description", "03/02/2026;Hamnen;Fire", "02/24/2026;Hamnen;Theft"],
    )
    table = read_table(path)
    mapping = IncidentMapping(
        columns={"occurred_on": "Date", "place": "Place", "description": "Description"},
        source_id=reference.sources(session=session)[0].id,
    )
    preview = build_preview(session=session, table=table, mapping=mapping, today=TODAY)
    assert [(p.column, p.value) for p in preview.file_problems] == [("Date", "02/24/2026")]
    assert preview.rows == []


def test_a_problem_never_quotes_a_personnummer(session: Session, tmp_path: Path) -> None:
    path = semicolon_csv(
        tmp_path / "fel.csv", ["Datum;Plats;Beskrivning", "19880320-0016;Hamnen;Bilbrand"]
    )
    table = read_table(path)
    mapping = IncidentMapping(
        columns=guess_columns(table.headers), source_id=reference.sources(session=session)[0].id
    )
    [row] = build_preview(session=session, table=table, mapping=mapping, today=TODAY).rows
    assert row.personal_numbers == ["Datum"]
    assert [(p.column, p.value) for p in row.problems] == [("Datum", "[…]")]
