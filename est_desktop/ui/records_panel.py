"""A focus-area or other item: its incidents and the actions decided under it."""

from __future__ import annotations

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

from ..services import action_rows, actions, incidents, meetings
from ..services.errors import ValidationError
from ..services.incidents import IncidentRow
from . import labels
from .action_form import ActionForm
from .choices import load_choices
from .emphasis import section_heading
from .incident_form import IncidentForm
from .messages import show_error
from .personal_numbers import save_asking
from .rowmodel import ID_ROLE, Column, RowTableModel
from .store import Store
from .views import row_table


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

        incident_box = QWidget()
        incident_layout = QVBoxLayout(incident_box)
        incident_layout.setContentsMargins(0, 0, 0, 0)
        incident_layout.addLayout(
            self._heading(self.tr("&Incidents"), self.incident_table, self.delete_incident_button)
        )
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
        self.incident_model.set_rows(
            self._store.read(incidents.incident_rows_for_item, item_id=item_id)
        )
        self.action_model.today = meeting.date if meeting.date < date.today() else date.today()
        self.action_model.set_rows(
            self._store.read(action_rows.action_rows_for_item, item_id=item_id)
        )
        choices = load_choices(self._store, meeting.date)
        for form in (self.incident_form, self.action_form):
            form.set_choices(choices)
            form.default_focus_area_id = item.focus_area_id
        self.action_form.decided_on = meeting.date
        if new_item:
            self.incident_form.clear()
            self.action_form.clear()
        editable = not meeting.is_finalised
        for widget in (
            self.incident_form,
            self.action_form,
            self.delete_incident_button,
            self.delete_action_button,
        ):
            # A finalised meeting is read-only: its forms step aside for the lists.
            widget.setVisible(editable)

    # --- incidents ----------------------------------------------------------------

    def save_incident(self) -> bool:
        form = self.incident_form

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
                )

        try:
            saved = save_asking(self, save, form.remove_personal_numbers)
        except ValidationError as error:
            form.show_errors(error)
            return False
        if not saved:
            form.description_edit.setFocus()
            return False
        form.clear()
        form.place_combo.setFocus()
        return True

    def edit_incident(self, index) -> None:
        incident = self._store.read(incidents.get_incident, incident_id=index.data(ID_ROLE))
        self.incident_form.load(incident)
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
                )

        try:
            saved = save_asking(self, save, form.remove_personal_numbers)
        except ValidationError as error:
            form.errors.show(error, form)
            return False
        if not saved:
            form.description_edit.setFocus()
            return False
        form.clear()
        form.description_edit.setFocus()
        return True

    def edit_action(self, index) -> None:
        action_id = index.data(ID_ROLE)
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
