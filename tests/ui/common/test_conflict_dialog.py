"""Two desks on one record: the second save shows both versions and lets the user choose.

Desk A is the records panel a convener works in; desk B is another computer with its own
engine on the same database. B saves first; A then saves what it typed.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from est_desktop.db import make_engine, session_scope
from est_desktop.errors import KnownError
from est_desktop.models import ActionCreate, AgendaItemKind, IncidentCreate, MeetingCreate
from est_desktop.services import incidents, reference
from est_desktop.services.actions import decisions as actions
from est_desktop.services.conflicts import (
    CHANGED_AT_SAME_MOMENT,
    CHANGED_ELSEWHERE,
    DELETED_ELSEWHERE,
    ChangedElsewhere,
    FieldDifference,
)
from est_desktop.services.meetings import agenda as meetings
from est_desktop.ui.common import labels
from est_desktop.ui.common.conflict_dialog import (
    ConflictDialog,
    ConflictModel,
    ConflictRow,
    Resolution,
    shown,
)
from est_desktop.ui.common.messages import tr_service
from est_desktop.ui.common.store import Store
from est_desktop.ui.meetings.records_panel import RecordsPanel
from tests.ui.test_mnemonics import clashes, visible_mnemonics

TODAY = date.today()
B_DUE = TODAY + timedelta(days=30)
SCREENSHOT = Path("test-output/conflict_dialog.png")
INCIDENT_SCREENSHOT = Path("test-output/conflict_dialog_incident.png")


class Resolver:
    """Answers the conflict dialog once it is shown, and keeps the rows it listed."""

    def __init__(self, button: str, screenshot: Path | None = None) -> None:
        self.button = button
        self.screenshot = screenshot
        self.rows: list[ConflictRow] = []
        self._tries = 300
        QTimer.singleShot(0, self._answer)

    def _answer(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            self._tries -= 1
            if self._tries > 0:
                QTimer.singleShot(10, self._answer)
            return
        self.rows = dialog.model.rows()
        if self.screenshot is not None:
            self.screenshot.parent.mkdir(parents=True, exist_ok=True)
            dialog.grab().save(str(self.screenshot))
        dialog.findChild(QPushButton, self.button).click()

    def row(self, name: str) -> ConflictRow:
        return next(r for r in self.rows if r.name == name)


@pytest.fixture
def desk_b(db_path: Path, engine: Engine) -> Iterator[Engine]:
    other = make_engine(db_path)
    yield other
    other.dispose()


@pytest.fixture
def panel(qtbot, engine: Engine) -> RecordsPanel:
    with session_scope(engine) as session:
        meeting = meetings.create_meeting(session=session, data=MeetingCreate(date=TODAY))
        item = next(
            i
            for i in meetings.agenda(session=session, meeting_id=meeting.id)
            if i.kind == AgendaItemKind.FOCUS_AREA
        )
    store = Store(engine)
    panel = RecordsPanel(store)
    qtbot.addWidget(panel)
    panel.show_item(item.id)
    store.changed.connect(lambda: panel.show_item(item.id))  # as the workspace does
    return panel


def _org(session: Session, name: str) -> int:
    return next(o.id for o in reference.organisations(session=session) if o.name == name)


@pytest.fixture
def action_id(panel: RecordsPanel, engine: Engine) -> int:
    with session_scope(engine) as session:
        action = actions.decide_action(
            session=session,
            item_id=panel.item_id,
            data=ActionCreate(
                description="Laga belysningen i gångtunneln",
                owner_organisation_id=_org(session, "Samhällsbyggnadsförvaltningen"),
            ),
        )
    panel.show_item(panel.item_id)
    return action.id


@pytest.fixture
def incident_id(panel: RecordsPanel, engine: Engine) -> int:
    with session_scope(engine) as session:
        incident = incidents.record_incident(
            session=session,
            item_id=panel.item_id,
            data=IncidentCreate(
                occurred_on=TODAY,
                place_id=reference.find_place(session=session, text="Trelleborg centrum").id,
                source_id=reference.sources(session=session)[0].id,
                description="Stenkastning mot bussar",
            ),
        )
    panel.show_item(panel.item_id)
    return incident.id


def change_action(desk: Engine, action_id: int, **changes: object) -> None:
    """Desk B opens the action, changes it and saves, with the version it read."""
    with session_scope(desk) as session:
        action = actions.get_action(session=session, action_id=action_id)
        data = ActionCreate(
            **{k: getattr(action, k) for k in ActionCreate.model_fields if k != "incident_ids"},
            incident_ids=actions.linked_incident_ids(session=session, action_id=action_id),
        )
        version = action.version
    with session_scope(desk) as session:
        actions.update_action(
            session=session,
            action_id=action_id,
            data=data.model_copy(update=changes),
            expected_version=version,
        )


def change_incident(desk: Engine, incident_id: int, **changes: object) -> None:
    with session_scope(desk) as session:
        incident = incidents.get_incident(session=session, incident_id=incident_id)
        data = IncidentCreate(**{k: getattr(incident, k) for k in IncidentCreate.model_fields})
        version = incident.version
    with session_scope(desk) as session:
        incidents.update_incident(
            session=session,
            incident_id=incident_id,
            data=data.model_copy(update=changes),
            expected_version=version,
        )


def stored_action(engine: Engine, action_id: int):
    with session_scope(engine) as session:
        return actions.get_action(session=session, action_id=action_id)


def stored_incident(engine: Engine, incident_id: int):
    with session_scope(engine) as session:
        return incidents.get_incident(session=session, incident_id=incident_id)


# --- actions ----------------------------------------------------------------------------


def test_cancel_keeps_the_other_desks_version_and_what_i_typed(
    panel: RecordsPanel, engine: Engine, desk_b: Engine, action_id: int
) -> None:
    panel.open_action(action_id)
    form = panel.action_form
    form.description_edit.setText("Laga belysningen i gångtunneln och byt armaturer")
    change_action(desk_b, action_id, due_date=B_DUE)

    resolver = Resolver("cancel")
    assert not panel.save_action()

    assert resolver.row("due_date").mine == "—"
    assert resolver.row("due_date").theirs == B_DUE.isoformat()
    assert resolver.row("description").mine.endswith("byt armaturer")
    stored = stored_action(engine, action_id)
    assert (stored.description, stored.due_date) == ("Laga belysningen i gångtunneln", B_DUE)
    assert form.description_edit.text() == "Laga belysningen i gångtunneln och byt armaturer"
    assert form.editing_id == action_id

    again = Resolver("cancel")  # still the older version: asked again, not overwritten
    assert not panel.save_action()
    assert again.rows
    assert stored_action(engine, action_id).due_date == B_DUE


def test_keep_mine_saves_my_values_over_the_other_desks(
    panel: RecordsPanel, engine: Engine, desk_b: Engine, action_id: int
) -> None:
    panel.open_action(action_id)
    panel.action_form.description_edit.setText("Byt armaturer i gångtunneln")
    change_action(desk_b, action_id, due_date=B_DUE)

    resolver = Resolver("keepMine", screenshot=SCREENSHOT)
    assert panel.save_action()

    assert resolver.rows
    stored = stored_action(engine, action_id)
    assert (stored.description, stored.due_date) == ("Byt armaturer i gångtunneln", None)
    assert panel.action_model.row_at(0).description == "Byt armaturer i gångtunneln"
    assert panel.action_form.editing_id is None  # saved: the form is ready for the next


def test_take_theirs_shows_the_stored_version_in_the_form(
    panel: RecordsPanel, engine: Engine, desk_b: Engine, action_id: int
) -> None:
    panel.open_action(action_id)
    form = panel.action_form
    form.description_edit.setText("Byt armaturer i gångtunneln")
    change_action(desk_b, action_id, due_date=B_DUE)

    Resolver("takeTheirs")
    assert not panel.save_action()

    stored = stored_action(engine, action_id)
    assert (stored.description, stored.due_date) == ("Laga belysningen i gångtunneln", B_DUE)
    assert form.description_edit.text() == "Laga belysningen i gångtunneln"
    assert form.due_box.isChecked() and form.due_edit.date().toPython() == B_DUE
    assert form.editing_version == stored.version
    assert panel.action_model.row_at(0).due_date == B_DUE  # the list shows it too

    form.contact_edit.setText("Anna Berg")
    assert panel.save_action()  # from the version it now shows: no question
    stored = stored_action(engine, action_id)
    assert (stored.contact_person, stored.due_date) == ("Anna Berg", B_DUE)


def test_the_dialog_names_organisations_and_statuses_as_the_form_does(
    panel: RecordsPanel, engine: Engine, desk_b: Engine, action_id: int
) -> None:
    panel.open_action(action_id)
    panel.action_form.contact_edit.setText("Anna Berg")
    with session_scope(engine) as session:
        police = _org(session, "Polisen")
    change_action(desk_b, action_id, owner_organisation_id=police, status="in_progress")

    resolver = Resolver("cancel")
    panel.save_action()

    owner = resolver.row("owner_organisation_id")
    assert (owner.mine, owner.theirs) == ("Samhällsbyggnadsförvaltningen", "Polisen")
    status = resolver.row("status")
    assert (status.mine, status.theirs) == (
        labels.action_status("new"),
        labels.action_status("in_progress"),
    )
    assert owner.label and "&" not in owner.label  # the form's label, without its mnemonic


def test_an_action_deleted_at_another_desk_keeps_the_text_to_save_as_new(
    panel: RecordsPanel, engine: Engine, desk_b: Engine, action_id: int, monkeypatch
) -> None:
    panel.open_action(action_id)
    panel.action_form.description_edit.setText("Byt armaturer i gångtunneln")
    with session_scope(desk_b) as session:
        actions.delete_action(session=session, action_id=action_id)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))

    assert not panel.save_action()

    assert warnings == [tr_service(DELETED_ELSEWHERE)]
    assert panel.action_form.description_edit.text() == "Byt armaturer i gångtunneln"
    assert panel.save_action()
    assert [r.description for r in panel.action_model.rows()] == ["Byt armaturer i gångtunneln"]


def test_a_change_elsewhere_leaves_the_incidents_i_am_linking(
    panel: RecordsPanel, engine: Engine, action_id: int, incident_id: int
) -> None:
    panel.open_action(action_id)
    panel.action_form.select_incidents([incident_id])
    panel.show_item(panel.item_id)  # what a change saved at another desk makes the panel do
    assert panel.action_form.data().incident_ids == [incident_id]


# --- incidents --------------------------------------------------------------------------


@pytest.mark.parametrize("button", ["keepMine", "takeTheirs", "cancel"])
def test_an_incident_changed_elsewhere_asks_first(
    panel: RecordsPanel, engine: Engine, desk_b: Engine, incident_id: int, button: str
) -> None:
    panel.edit_incident(panel.incident_model.index(0, 0))
    form = panel.incident_form
    form.description_edit.setPlainText("Stenkastning mot bussar, en ruta krossad")
    with session_scope(engine) as session:
        anderslov = reference.find_place(session=session, text="Anderslöv").id
    change_incident(desk_b, incident_id, place_id=anderslov, start_time=None, confidential=True)

    resolver = Resolver(button, screenshot=INCIDENT_SCREENSHOT if button == "cancel" else None)
    saved = panel.save_incident()

    place = resolver.row("place_id")
    assert (place.mine, place.theirs) == ("Trelleborg centrum", "Anderslöv")
    confidential = resolver.row("confidential")
    assert (confidential.mine, confidential.theirs) == (shown(False), shown(True))
    stored = stored_incident(engine, incident_id)
    if button == "keepMine":
        assert saved
        assert (stored.place_id, stored.confidential) != (anderslov, True)
        assert stored.description == "Stenkastning mot bussar, en ruta krossad"
    else:
        assert not saved
        assert (stored.place_id, stored.confidential) == (anderslov, True)
        assert stored.description == "Stenkastning mot bussar"
    if button == "takeTheirs":
        assert form.place_combo.currentText() == "Anderslöv"
        assert form.confidential_box.isChecked()
        assert form.description_edit.toPlainText() == "Stenkastning mot bussar"
    if button == "cancel":
        assert form.place_combo.currentText() == "Trelleborg centrum"
        assert form.description_edit.toPlainText() == "Stenkastning mot bussar, en ruta krossad"


# --- two desks at the same instant ------------------------------------------------------


def test_a_store_turns_a_write_racing_another_desk_into_a_message(
    qtbot, engine: Engine, desk_b: Engine, panel: RecordsPanel, action_id: int
) -> None:
    store = Store(engine)

    def racing(*, session: Session) -> None:
        held = actions.get_action(session=session, action_id=action_id)
        change_action(desk_b, action_id, due_date=B_DUE)  # between this read and its write
        held.description = "Byt armaturer"
        session.flush()

    with qtbot.assertNotEmitted(store.changed), pytest.raises(KnownError) as refused:
        store.write(racing)
    assert refused.value.text == CHANGED_AT_SAME_MOMENT
    assert isinstance(refused.value.__cause__, StaleDataError)
    assert stored_action(engine, action_id).due_date == B_DUE


def test_saving_at_the_same_instant_as_another_desk_says_so_and_keeps_the_form(
    panel: RecordsPanel, engine: Engine, desk_b: Engine, action_id: int, monkeypatch
) -> None:
    panel.open_action(action_id)
    panel.action_form.description_edit.setText("Byt armaturer i gångtunneln")

    def other_desk_saves_first(session, _context, _instances) -> None:
        change_action(desk_b, action_id, due_date=B_DUE)

    event.listen(Session, "before_flush", other_desk_saves_first, once=True)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    try:
        assert not panel.save_action()
    finally:
        event.remove(Session, "before_flush", other_desk_saves_first)

    assert warnings == [tr_service(CHANGED_AT_SAME_MOMENT)]
    assert panel.action_form.description_edit.text() == "Byt armaturer i gångtunneln"
    assert stored_action(engine, action_id).due_date == B_DUE

    resolver = Resolver("keepMine")  # saving again compares with what B saved
    assert panel.save_action()
    assert resolver.row("due_date").theirs == B_DUE.isoformat()
    assert stored_action(engine, action_id).description == "Byt armaturer i gångtunneln"


# --- the dialog itself ------------------------------------------------------------------


def _conflict() -> ChangedElsewhere:
    return ChangedElsewhere(
        "action",
        7,
        3,
        [
            FieldDifference("description", "Byt armaturer", "Laga belysningen"),
            FieldDifference("due_date", None, B_DUE),
        ],
    )


def _rows() -> list[ConflictRow]:
    return [
        ConflictRow("description", "Åtgärd", "Byt armaturer", "Laga belysningen"),
        ConflictRow("due_date", "Förfallodatum", shown(None), shown(B_DUE)),
    ]


def test_the_model_passes_the_model_tester(qtmodeltester) -> None:
    model = ConflictModel()
    model.set_rows(_rows())
    qtmodeltester.check(model)
    assert model.index(1, 2).data() == B_DUE.isoformat()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        model.tr("Field"),
        model.tr("Your value"),
        model.tr("The other desk's value"),
    ]


@pytest.mark.parametrize(
    ("key", "modifier", "resolution"),
    [
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier, Resolution.CANCEL),
        (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, Resolution.CANCEL),
        (Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier, Resolution.KEEP_MINE),
        (Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier, Resolution.TAKE_THEIRS),
    ],
)
def test_every_choice_is_a_key_away(qtbot, key, modifier, resolution: Resolution) -> None:
    dialog = ConflictDialog(_rows(), _conflict().text)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.table.hasFocus)  # the differences first, to read them
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.table, key, modifier)
    assert dialog.resolution is resolution


def test_the_dialog_reads_well_and_its_mnemonics_do_not_clash(qtbot) -> None:
    dialog = ConflictDialog(_rows(), CHANGED_ELSEWHERE)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert clashes(dialog) == {}
    assert len(visible_mnemonics(dialog)) >= 3  # differences, keep mine, take theirs
    assert dialog.cancel_button.isDefault()
    assert dialog.model.rowCount() == 2
