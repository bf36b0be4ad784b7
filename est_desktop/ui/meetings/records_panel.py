"""A focus-area or other item: its incidents and the actions decided under it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...errors import KnownError, NotFound, ValidationError
from ...services import incidents, reference
from ...services.actions import decisions as actions
from ...services.actions import rows as action_rows
from ...services.conflicts import DELETED_ELSEWHERE, ChangedElsewhere
from ...services.incidents import IncidentRow
from ...services.meetings import agenda as meetings
from ..common import labels
from ..common.choices import load_choices
from ..common.conflict_dialog import Resolution, ask_how_to_resolve
from ..common.emphasis import section_heading
from ..common.messages import show_error
from ..common.personal_numbers import save_asking
from ..common.rowmodel import ID_ROLE, Column, RowTableModel
from ..common.store import Store
from ..common.views import row_table
from .action_form import ActionForm
from .incident_form import IncidentForm
from .survey_box import SurveyBox
from .waiting_incidents import WaitingBar


class IncidentModel(RowTableModel[IncidentRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("When"), lambda r: r.when),
                Column(self.tr("Where"), lambda r: r.where),
                Column(self.tr("What happened"), lambda r: r.description),
                Column(self.tr("Source"), lambda r: r.source),
                Column(
                    self.tr("Confidential"),
                    lambda r: self.tr("Confidential") if r.confidential else "",
                    warn=lambda r: r.confidential,
                ),
            ],
            row_id=lambda r: r.id,
            parent=parent,
        )


class ActionModel(RowTableModel[action_rows.ActionRow]):
    def __init__(self, today: date | None = None, parent=None) -> None:
        self.today = today or date.today()
        super().__init__(
            [
                Column(self.tr("Action"), lambda r: r.description),
                Column(self.tr("Responsible"), lambda r: r.owner),
                Column(self.tr("Contact"), lambda r: r.contact_person),
                Column(self.tr("Due"), self._due, warn=lambda r: r.is_overdue(self.today)),
                Column(self.tr("Status"), lambda r: labels.action_status(r.status)),
            ],
            row_id=lambda r: r.id,
            parent=parent,
        )

    def _due(self, row: action_rows.ActionRow) -> str:
        if row.due_date is None:
            return ""
        text = row.due_date.isoformat()
        return f"{text} ({labels.overdue()})" if row.is_overdue(self.today) else text


class RecordsPanel(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.item_id: int | None = None
        self.meeting_id: int | None = None

        self.incident_model = IncidentModel(self)
        self.incident_table = row_table(self.incident_model, stretch=2)
        self.incident_table.activated.connect(self.edit_incident)
        self.incident_form = IncidentForm()
        self.incident_form.submitted.connect(self.save_incident)
        self.delete_incident_button = QPushButton(self.tr("Delete incident"))
        self.delete_incident_button.clicked.connect(self.delete_incident)

        self.action_model = ActionModel(parent=self)
        self.action_table = row_table(self.action_model, stretch=0)
        self.action_table.activated.connect(self.edit_action)
        self.action_form = ActionForm(self.incident_model)
        self.action_form.submitted.connect(self.save_action)
        self.delete_action_button = QPushButton(self.tr("Delete action"))
        self.delete_action_button.clicked.connect(self.delete_action)
        self.survey = SurveyBox(store)
        self.waiting = WaitingBar(store)

        incident_box = QWidget()
        incident_layout = QVBoxLayout(incident_box)
        incident_layout.setContentsMargins(0, 0, 0, 0)
        incident_layout.addLayout(
            self._heading(self.tr("&Incidents"), self.incident_table, self.delete_incident_button)
        )
        incident_layout.addWidget(self.waiting)
        incident_layout.addWidget(self.incident_table, 1)
        incident_layout.addWidget(self.incident_form)
        action_box = QWidget()
        action_layout = QVBoxLayout(action_box)
        action_layout.setContentsMargins(0, 0, 0, 0)
        action_layout.addLayout(
            self._heading(self.tr("Actions &decided"), self.action_table, self.delete_action_button)
        )
        action_layout.addWidget(self.action_table, 1)
        action_layout.addWidget(self.action_form)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(incident_box)
        splitter.addWidget(action_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.survey)
        layout.addWidget(splitter)

    def _heading(self, text: str, buddy: QWidget, button: QPushButton) -> QHBoxLayout:
        label = section_heading(text)
        label.setBuddy(buddy)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addStretch()
        row.addWidget(button)
        return row

    def show_item(self, item_id: int) -> None:
        item = self._store.read(meetings.get_item, item_id=item_id)
        meeting = self._store.read(meetings.get_meeting, meeting_id=item.meeting_id)
        new_item = item_id != self.item_id
        self.item_id, self.meeting_id = item_id, meeting.id
        # Re-reading the incidents clears the action form's links to them: put them back,
        # so a change saved elsewhere does not undo what the user is choosing.
        linked = [] if new_item else self.action_form.linked_incident_ids()
        self.incident_model.set_rows(
            self._store.read(incidents.incident_rows_for_item, item_id=item_id)
        )
        self.action_form.select_incidents(linked)
        self.action_model.today = meeting.date if meeting.date < date.today() else date.today()
        self.action_model.set_rows(
            self._store.read(action_rows.action_rows_for_item, item_id=item_id)
        )
        choices = load_choices(self._store, meeting.date)
        for form in (self.incident_form, self.action_form):
            form.set_choices(choices)
            form.default_focus_area_id = item.focus_area_id
        self.action_form.decided_on = meeting.date
        self.survey.show_for(focus_area_id=item.focus_area_id, on=meeting.date)
        if new_item:
            self.incident_form.clear()
            self.action_form.clear()
        editable = not meeting.is_finalised
        self.waiting.show_for(item_id, editable)
        for widget in (
            self.incident_form,
            self.action_form,
            self.delete_incident_button,
            self.delete_action_button,
        ):
            # A finalised meeting is read-only: its forms step aside for the lists.
            widget.setVisible(editable)

    # --- saving -----------------------------------------------------------------------

    def _save(
        self,
        form: IncidentForm | ActionForm,
        save: Callable[[bool], None],
        reopen: Callable[[int], None],
    ) -> bool:
        """Runs ``save(allow_personal_numbers)``, asking the user when the text holds a
        personal identity number and when another desk saved the record since the form
        read it. False when nothing was saved; the form then keeps what was typed."""
        allowed = False

        def save_once(allow_personal_numbers: bool) -> None:
            nonlocal allowed
            allowed = allowed or allow_personal_numbers  # answered once, not per attempt
            save(allowed)

        while True:
            try:
                if save_asking(self, save_once, form.remove_personal_numbers):
                    return True
            except ValidationError as error:
                form.errors.show(error, form)
                return False
            except ChangedElsewhere as conflict:
                resolution = ask_how_to_resolve(self, conflict, form.conflict_rows(conflict))
                if resolution is Resolution.KEEP_MINE:
                    form.editing_version = conflict.current_version
                    continue
                if resolution is Resolution.TAKE_THEIRS:
                    if self.item_id is not None:  # the lists show the other desk's version too
                        self.show_item(self.item_id)
                    reopen(conflict.entity_id)
                    return False
            except NotFound:
                if form.editing_id is None:
                    raise
                show_error(self, KnownError(DELETED_ELSEWHERE))
                form.forget_record()
            except KnownError as error:
                show_error(self, error)
            form.description_edit.setFocus()
            return False

    # --- incidents ----------------------------------------------------------------

    def _place_known(self) -> bool:
        """A place typed that is not in the list is offered to be added, there and then,
        rather than refused; False when the user says no or it cannot be added."""
        form = self.incident_form
        name = " ".join(form.place_combo.currentText().split())
        if not name or form.place_combo.current_id() is not None:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("New place"),
            self.tr(
                "“%1” is not among the places. Add the place “%1” and save the incident?"
            ).replace("%1", name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            form.place_combo.setFocus()
            return False
        try:
            self._store.write(reference.save_place, name=name)
        except ValidationError as error:
            show_error(self, error)
            form.place_combo.setFocus()
            return False
        if self.meeting_id is not None:
            meeting = self._store.read(meetings.get_meeting, meeting_id=self.meeting_id)
            form.set_choices(load_choices(self._store, meeting.date))
        return form.place_combo.current_id() is not None

    def save_incident(self) -> bool:
        form = self.incident_form
        if not self._place_known():
            return False

        def save(allow_personal_numbers: bool) -> None:
            if form.editing_id is None:
                self._store.write(
                    incidents.record_incident,
                    item_id=self.item_id,
                    data=form.data(),
                    allow_personal_numbers=allow_personal_numbers,
                )
            else:
                self._store.write(
                    incidents.update_incident,
                    incident_id=form.editing_id,
                    data=form.data(),
                    allow_personal_numbers=allow_personal_numbers,
                    expected_version=form.editing_version,
                )

        if not self._save(form, save, self.open_incident):
            return False
        form.clear()
        form.place_combo.setFocus()
        return True

    def edit_incident(self, index) -> None:
        self.open_incident(index.data(ID_ROLE))

    def open_incident(self, incident_id: int) -> None:
        """The incident as stored now, in the form, with the version it has."""
        incident = self._store.read(incidents.get_incident, incident_id=incident_id)
        row = self.incident_model.row_of_id(incident_id)
        source_file = self.incident_model.row_at(row).source_file if row >= 0 else ""
        self.incident_form.load(incident, source_file=source_file)
        self.incident_form.description_edit.setFocus()

    def delete_incident(self) -> None:
        index = self.incident_table.currentIndex()
        if not index.isValid():
            return
        answer = QMessageBox.question(
            self, self.tr("Delete incident"), self.tr("Delete the selected incident?")
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                self._store.write(incidents.delete_incident, incident_id=index.data(ID_ROLE))
            except ValidationError as error:
                show_error(self, error)
            self.incident_form.clear()

    # --- actions ------------------------------------------------------------------------

    def save_action(self) -> bool:
        form = self.action_form

        def save(allow_personal_numbers: bool) -> None:
            if form.editing_id is None:
                self._store.write(
                    actions.decide_action,
                    item_id=self.item_id,
                    data=form.data(),
                    allow_personal_numbers=allow_personal_numbers,
                )
            else:
                self._store.write(
                    actions.update_action,
                    action_id=form.editing_id,
                    data=form.data(),
                    allow_personal_numbers=allow_personal_numbers,
                    expected_version=form.editing_version,
                )

        if not self._save(form, save, self.open_action):
            return False
        form.clear()
        form.description_edit.setFocus()
        return True

    def edit_action(self, index) -> None:
        self.open_action(index.data(ID_ROLE))

    def open_action(self, action_id: int) -> None:
        """The action as stored now, in the form, with the version it has."""
        action = self._store.read(actions.get_action, action_id=action_id)
        linked = self._store.read(actions.linked_incident_ids, action_id=action_id)
        self.action_form.load(action, linked)
        self.action_form.description_edit.setFocus()

    def delete_action(self) -> None:
        index = self.action_table.currentIndex()
        if not index.isValid():
            return
        answer = QMessageBox.question(
            self, self.tr("Delete action"), self.tr("Delete the selected action?")
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                self._store.write(actions.delete_action, action_id=index.data(ID_ROLE))
            except ValidationError as error:
                show_error(self, error)
            self.action_form.clear()
