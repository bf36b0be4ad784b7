"""The audit trail page: shows who changed what, filters it, and offers no way to edit it."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from est_desktop.models import IncidentCreate, MeetingCreate
from est_desktop.services import incidents, reference, settings
from est_desktop.services.meetings import agenda as meetings
from est_desktop.ui.audit_page import AuditPage, entity_label, record_label
from est_desktop.ui.common.store import Store


def _record_incident(store: Store) -> int:
    meeting = store.write(meetings.create_meeting, data=MeetingCreate(date=date.today()))
    item = store.read(meetings.agenda, meeting_id=meeting.id)[2]
    place = store.read(reference.find_place, text="Trelleborg centrum")
    incident = store.write(
        incidents.record_incident,
        item_id=item.id,
        data=IncidentCreate(
            occurred_on=date.today(),
            place_id=place.id,
            source_id=store.read(reference.sources)[0].id,
            description="Hemlig beskrivning av händelsen",
        ),
    )
    return incident.id


def test_the_page_lists_changes_and_filters_them(qtbot, qtmodeltester, engine) -> None:
    store = Store(engine)
    page = AuditPage(store)
    qtbot.addWidget(page)
    page.show()
    qtmodeltester.check(page.model)

    incident_id = _record_incident(store)  # the page refreshes on the store's signal

    page.entity_filter.setCurrentIndex(page.entity_filter.findData("incident"))
    assert page.model.rowCount() == 1
    row = [page.proxy.index(0, c).data() for c in range(page.proxy.columnCount())]
    assert row[1] == store.user
    assert row[3] == entity_label("incident")
    assert row[4] == str(incident_id)
    assert "Beskrivning" in row[5]  # the field is named as the form names it, in Swedish
    assert not any("Hemlig" in str(cell) for cell in row)
    qtmodeltester.check(page.model)

    page.until_edit.setDate(page.until_edit.date().addDays(-2))
    assert page.model.rowCount() == 0
    page.until_edit.setDate(page.until_edit.date().addDays(2))
    page.entity_filter.setCurrentIndex(0)
    assert page.model.rowCount() > 1


def test_nothing_on_the_page_edits_the_trail(qtbot, engine) -> None:
    store = Store(engine)
    _record_incident(store)
    page = AuditPage(store)
    qtbot.addWidget(page)
    page.show()
    assert page.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    index = page.proxy.index(0, 0)
    assert not page.proxy.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert page.since_edit.date().toPython() == date.today() - timedelta(days=30)


def test_imported_incidents_name_their_file(qtbot, engine, tmp_path) -> None:
    from est_desktop.services.imports.batches import import_incidents
    from est_desktop.services.imports.mapping import IncidentMapping
    from est_desktop.services.imports.tables import read_table
    from tests.services.imports.files import semicolon_csv

    store = Store(engine)
    page = AuditPage(store)
    qtbot.addWidget(page)
    page.show()
    path = semicolon_csv(
        tmp_path / "felanmälan v10.csv",
        ["Datum;Plats;Beskrivning", "2026-03-02;Hamnen;Trasig belysning vid kajen"],
    )
    store.write(
        import_incidents,
        table=read_table(path),
        mapping=IncidentMapping(
            columns={"occurred_on": "Datum", "place": "Plats", "description": "Beskrivning"},
            source_id=store.read(reference.sources)[0].id,
        ),
        today=date(2026, 3, 9),
    )
    page.entity_filter.setCurrentIndex(page.entity_filter.findData("incident"))
    assert page.model.rowCount() == 1
    row = [page.proxy.index(0, c).data() for c in range(page.proxy.columnCount())]
    assert row[2] == "Importerad"
    assert row[7] == "felanmälan v10.csv"
    assert not page.table.isColumnHidden(7)
    assert not any("belysning" in str(cell) for cell in row)


def test_links_and_settings_are_named_not_given_as_raw_keys(qtbot, engine) -> None:
    """A link between an action and an incident, or a setting, has no number of its own:
    the page names what it joins or which setting it is."""
    store = Store(engine)
    store.write(
        settings.save_meeting_defaults,
        defaults=settings.MeetingDefaults(location="Stadshuset", convener="Eva Ek"),
    )
    page = AuditPage(store)
    qtbot.addWidget(page)
    page.show()
    shown = {page.model.index(r, 4).data() for r in range(page.model.rowCount())}
    assert "Mötesinställning: plats" in shown
    assert not any("=" in text for text in shown), shown
    assert record_label(None, "action_id=20, incident_id=5") == "Åtgärd 20 · Händelse 5"
    assert record_label(None, "key=database.id") == "Databasens identitet"
    assert record_label(7, "") == "7"
