"""Settings: keeping the organisation and place lists, and the meeting defaults."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.engine import Engine

from est_desktop.db import session_scope
from est_desktop.models import (
    ActionCreate,
    AgendaItemKind,
    IncidentCreate,
    MeetingCreate,
    OrganisationKind,
    PlaceKind,
)
from est_desktop.services import incidents, reference, settings
from est_desktop.services.actions import decisions as actions
from est_desktop.services.meetings import agenda as meetings
from est_desktop.ui.common import labels
from est_desktop.ui.common.store import Store
from est_desktop.ui.settings_page import (
    ListEditor,
    OrganisationListModel,
    PlaceListModel,
    SettingsPage,
)


@pytest.fixture
def store(engine: Engine) -> Store:
    return Store(engine)


@pytest.fixture
def page(qtbot, store: Store) -> SettingsPage:
    widget = SettingsPage(store)
    qtbot.addWidget(widget)
    widget.show()  # as in the window: the lists refresh while shown, a hidden tab when shown
    return widget


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []

    def warning(parent, title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def names_in_table(editor: ListEditor) -> list[str]:
    return [editor.proxy.index(row, 0).data() for row in range(editor.proxy.rowCount())]


def select(editor: ListEditor, name: str) -> None:
    editor.table.selectRow(names_in_table(editor).index(name))


def organisation_names(store: Store, include_inactive: bool = True) -> list[str]:
    rows = store.read(reference.organisations, include_inactive=include_inactive)
    return [o.name for o in rows]


def used_organisation(engine: Engine) -> str:
    """An organisation that owns an action, so it cannot be deleted."""
    with session_scope(engine) as s:
        owner = next(
            o for o in reference.organisations(session=s) if o.kind == OrganisationKind.POLICE
        )
        meeting = meetings.create_meeting(session=s, data=MeetingCreate(date=date.today()))
        item = next(
            i
            for i in meetings.agenda(session=s, meeting_id=meeting.id)
            if i.kind == AgendaItemKind.FOCUS_AREA
        )
        actions.decide_action(
            session=s,
            item_id=item.id,
            data=ActionCreate(description="Patrullering", owner_organisation_id=owner.id),
        )
        place = reference.places(session=s)[0]
        incidents.record_incident(
            session=s,
            item_id=item.id,
            data=IncidentCreate(
                occurred_on=date.today(),
                place_id=place.id,
                source_id=reference.sources(session=s)[0].id,
                description="Skadegörelse",
            ),
        )
        return owner.name


def test_models_pass_the_model_tester(qtmodeltester, page: SettingsPage) -> None:
    assert page.organisations.model.rowCount() > 0
    assert page.places.model.rowCount() > 0
    for editor in (page.organisations, page.places):
        qtmodeltester.check(editor.model)
        qtmodeltester.check(editor.proxy)
    qtmodeltester.check(OrganisationListModel())
    qtmodeltester.check(PlaceListModel())


def test_lists_show_every_organisation_with_kind_and_state(page: SettingsPage, store) -> None:
    editor = page.organisations
    assert sorted(names_in_table(editor)) == sorted(organisation_names(store))
    select(editor, "Socialförvaltningen")
    assert editor.proxy.index(editor.table.currentIndex().row(), 1).data() == (
        labels.organisation_kind(OrganisationKind.DEPARTMENT)
    )
    assert editor.name_edit.text() == "Socialförvaltningen"
    assert editor.delete_button.isEnabled()


def test_adding_an_organisation(page: SettingsPage, store: Store) -> None:
    editor = page.organisations
    editor.new_button.click()
    assert editor.name_edit.text() == ""
    assert not editor.delete_button.isEnabled()
    editor.name_edit.setText("  Fastighetsägarna Syd ")  # keyClicks knows only ASCII
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData(OrganisationKind.EXTERNAL.value))
    editor.save_button.click()

    assert "Fastighetsägarna Syd" in names_in_table(editor)
    assert "Fastighetsägarna Syd" in organisation_names(store, include_inactive=False)
    assert editor.selected_id() == editor.editing_id is not None
    assert editor.name_edit.text() == "Fastighetsägarna Syd"


def test_duplicate_name_is_refused_at_the_field(
    page: SettingsPage, store: Store, warnings: list[str]
) -> None:
    editor = page.organisations
    before = organisation_names(store)
    editor.new_button.click()
    editor.name_edit.setText("socialförvaltningen")  # keyClicks knows only ASCII
    editor.save_button.click()

    assert editor.errors.message("name") != ""
    assert warnings == []
    assert organisation_names(store) == before
    assert editor.name_edit.text() == "socialförvaltningen"  # the input is kept for correction


def test_empty_name_is_refused_at_the_field(page: SettingsPage, store: Store) -> None:
    editor = page.organisations
    before = organisation_names(store)
    editor.new_button.click()
    editor.save_button.click()
    assert editor.errors.message("name") != ""
    assert organisation_names(store) == before


def test_deactivating_an_organisation(page: SettingsPage, store: Store) -> None:
    editor = page.organisations
    select(editor, "Socialförvaltningen")
    editor.active_check.setChecked(False)
    editor.save_button.click()
    assert "Socialförvaltningen" not in organisation_names(store, include_inactive=False)
    row = names_in_table(editor).index("Socialförvaltningen")
    assert editor.proxy.index(row, 2).data() == "Nej"


def test_used_organisation_cannot_be_deleted(
    page: SettingsPage, store: Store, engine: Engine, warnings: list[str]
) -> None:
    name = used_organisation(engine)
    page.organisations.refresh()
    select(page.organisations, name)
    page.organisations.delete_button.click()

    assert len(warnings) == 1
    assert "Inaktivera den i stället" in warnings[0]
    assert name in names_in_table(page.organisations)
    assert name in organisation_names(store)


def test_unused_organisation_is_deleted(
    page: SettingsPage, store: Store, warnings: list[str]
) -> None:
    editor = page.organisations
    editor.new_button.click()
    editor.name_edit.setText("Tillfällig aktör")  # keyClicks knows only ASCII
    editor.save_button.click()
    editor.delete_button.click()

    assert warnings == []
    assert "Tillfällig aktör" not in names_in_table(editor)
    assert "Tillfällig aktör" not in organisation_names(store)
    assert editor.editing_id is None


def test_places(page: SettingsPage, store: Store, engine: Engine, warnings) -> None:
    editor = page.places
    editor.new_button.click()
    editor.name_edit.setText("Gislöv by")  # keyClicks knows only ASCII
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData(PlaceKind.LOCALITY.value))
    editor.save_button.click()
    row = names_in_table(editor).index("Gislöv by")
    assert editor.proxy.index(row, 1).data() == "Ort"
    saved = next(p for p in store.read(reference.places) if p.name == "Gislöv by")
    assert saved.kind == PlaceKind.LOCALITY.value

    used_organisation(engine)  # records an incident at the first place
    used_place = store.read(reference.places)[0].name
    page.places.refresh()
    select(editor, used_place)
    editor.delete_button.click()
    assert "Inaktivera den i stället" in warnings[0]
    assert used_place in names_in_table(editor)


def test_form_survives_a_refresh_from_elsewhere(qtbot, page: SettingsPage, store) -> None:
    editor = page.organisations
    editor.new_button.click()
    qtbot.keyClicks(editor.name_edit, "Halvskriven")
    store.write(reference.save_place, name="Ny plats")  # another view saves something
    assert editor.name_edit.text() == "Halvskriven"
    page.tabs.setCurrentWidget(page.places)
    assert "Ny plats" in names_in_table(page.places)


def test_a_list_reads_again_only_for_its_own_table(qtbot, page: SettingsPage, store) -> None:
    """A save elsewhere does not re-query every list: the organisations, on screen, read
    again for a new organisation only, and the places, on a hidden tab, when shown."""
    reads: list[str] = []
    for name in ("organisations", "places"):
        getattr(page, name).model.modelReset.connect(lambda name=name: reads.append(name))

    store.write(reference.save_source, name="Ny källa")
    assert reads == []
    store.write(reference.save_place, name="Ny plats")
    assert reads == []  # the places tab is not shown
    store.write(reference.save_organisation, name="Ny förvaltning", kind=OrganisationKind.EXTERNAL)
    assert reads == ["organisations"]
    assert "Ny förvaltning" in names_in_table(page.organisations)
    page.tabs.setCurrentWidget(page.places)
    assert reads == ["organisations", "places"]
    assert "Ny plats" in names_in_table(page.places)


def test_meeting_defaults_are_saved(qtbot, page: SettingsPage, store: Store) -> None:
    form = page.meeting_defaults
    assert form.weekday_combo.currentData() == settings.MeetingDefaults().weekday
    assert form.organisation_edit.text() == "Trelleborgs kommun"

    form.weekday_combo.setCurrentIndex(form.weekday_combo.findData(2))
    form.time_edit.setTime(QTime(13, 30))
    form.location_edit.setText("Stadshuset, sal 2")
    form.convener_edit.setText(" Anna  Andersson ")
    form.organisation_edit.setText("Trelleborgs kommun och Polisen")
    form.save_button.click()

    saved = store.read(settings.meeting_defaults)
    assert saved == settings.MeetingDefaults(
        weekday=2,
        start_time=time(13, 30),
        location="Stadshuset, sal 2",
        convener="Anna Andersson",
        organisation_name="Trelleborgs kommun och Polisen",
    )
    assert form.saved_label.text() == "Sparat."

    again = SettingsPage(store)
    qtbot.addWidget(again)
    assert again.meeting_defaults.weekday_combo.currentText() == "Onsdag"
    assert again.meeting_defaults.time_edit.time() == QTime(13, 30)
    assert again.meeting_defaults.convener_edit.text() == "Anna Andersson"


def test_a_new_source_is_offered_in_the_incident_form(page: SettingsPage, store: Store) -> None:
    editor = page.sources
    editor.start_new()
    editor.name_edit.setText("Fältassistenter")
    assert editor.save() is not None
    assert "Fältassistenter" in names_in_table(editor)
    assert "Fältassistenter" in [s.name for s in store.read(reference.sources)]
    page.categories.start_new()
    page.categories.name_edit.setText("Belysning")  # already seeded
    assert page.categories.save() is None
    assert page.categories.errors.message("name")
