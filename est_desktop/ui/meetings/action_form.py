"""Deciding an action: what, who is responsible, by when, and which incidents it answers."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QWidget,
)

from ...models import Action, ActionCreate, ActionStatus
from ...services.conflicts import ChangedElsewhere
from ...services.personal_numbers import remove_personal_numbers
from ..common import labels
from ..common.choices import Choice, IdCombo
from ..common.conflict_dialog import ConflictRow, FieldView, conflict_rows, plain_label
from ..common.convert import date_edit, edited_date, qdate
from ..common.messages import FieldErrors
from ..common.rowmodel import ID_ROLE, RowTableModel


class ActionForm(QWidget):
    submitted = Signal()

    def __init__(self, incidents: RowTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self.editing_id: int | None = None
        # The version of the action the form shows: a save over a newer one is refused.
        self.editing_version: int | None = None
        self._names: dict[str, dict[int, str]] = {}
        self.default_focus_area_id: int | None = None
        self.decided_on = date.today()

        self.description_edit = QLineEdit()
        self.description_edit.setPlaceholderText(self.tr("What is to be done? Enter saves."))
        self.description_edit.returnPressed.connect(self.submitted)
        self.owner_combo = IdCombo(self.tr("— choose organisation —"))
        self.contact_edit = QLineEdit()
        self.contact_edit.setPlaceholderText(self.tr("Contact person (optional)"))
        self.due_box = QCheckBox(self.tr("Due"))
        self.due_edit = date_edit()
        self.due_edit.setEnabled(False)
        self.due_box.toggled.connect(self.due_edit.setEnabled)
        self.status_combo = QComboBox()
        for code, text in labels.action_statuses():
            self.status_combo.addItem(text, code)
        self.focus_combo = IdCombo(self.tr("— no focus area —"))
        self.plan_combo = IdCombo(self.tr("— no row of the action plan —"))
        self.plan_combo.setToolTip(
            self.tr("The row of the agreement's action plan (bilaga 1) this action carries out")
        )
        self._incidents = incidents
        self.incident_list = QListView()
        self.incident_list.setModel(incidents)
        self.incident_list.setModelColumn(2)
        self.incident_list.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        self.incident_list.setMaximumHeight(70)
        self.incident_list.setToolTip(self.tr("Click the incidents this action answers"))
        self.save_button = QPushButton(self.tr("Save action"))
        self.save_button.clicked.connect(self.submitted)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self.clear)

        due_row = QWidget()
        due_layout = QHBoxLayout(due_row)
        due_layout.setContentsMargins(0, 0, 0, 0)
        due_layout.addWidget(self.due_box)
        due_layout.addWidget(self.due_edit)
        due_layout.addStretch()

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        description_label = QLabel(self.tr("A&ction"))
        description_label.setBuddy(self.description_edit)
        self._labels = {"description": plain_label(description_label.text())}
        grid.addWidget(description_label, 0, 0)
        grid.addWidget(self.errors.wrap("description", self.description_edit), 0, 1, 1, 3)
        fields = [
            (self.tr("Res&ponsible"), "owner_organisation_id", self.owner_combo, 1, 0),
            (self.tr("C&ontact"), "contact_person", self.contact_edit, 1, 2),
            (self.tr("Due date"), "due_date", due_row, 2, 0),
            (self.tr("Stat&us"), "status", self.status_combo, 2, 2),
            (self.tr("Focus area"), "focus_area_id", self.focus_combo, 3, 0),
            (self.tr("Answers incidents"), "incident_ids", self.incident_list, 3, 2),
            (self.tr("Action plan row"), "plan_activity_id", self.plan_combo, 4, 0),
        ]
        for text, field, widget, row, column in fields:
            label = QLabel(text)
            self._labels[field] = plain_label(text)
            label.setBuddy(widget if widget is not due_row else self.due_box)
            grid.addWidget(label, row, column)
            span = 3 if widget is self.plan_combo else 1
            grid.addWidget(self.errors.wrap(field, widget), row, column + 1, 1, span)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        grid.addLayout(buttons, 5, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def set_choices(self, choices: dict[str, list[Choice]]) -> None:
        self.owner_combo.set_choices(choices["organisations"])
        self.focus_combo.set_choices(choices["focus_areas"])
        self.plan_combo.set_choices(choices["plan_rows"])
        self._names = {
            key: {row_id: name for row_id, name, _active in choices[key]}
            for key in ("organisations", "focus_areas", "plan_rows")
        }

    def linked_incident_ids(self) -> list[int]:
        selection = self.incident_list.selectionModel()
        linked = [i.data(ID_ROLE) for i in selection.selectedRows(0)]
        linked += [i.data(ID_ROLE) for i in selection.selectedIndexes()]
        return sorted(set(linked))

    def data(self) -> ActionCreate:
        return ActionCreate(
            description=self.description_edit.text(),
            owner_organisation_id=self.owner_combo.current_id(),
            contact_person=self.contact_edit.text(),
            due_date=edited_date(self.due_edit) if self.due_box.isChecked() else None,
            status=self.status_combo.currentData(),
            focus_area_id=self.focus_combo.current_id(),
            plan_activity_id=self.plan_combo.current_id(),
            incident_ids=self.linked_incident_ids(),
        )

    def load(self, action: Action, linked_incident_ids: list[int]) -> None:
        self.editing_id = action.id
        self.editing_version = action.version
        self.description_edit.setText(action.description)
        self.owner_combo.set_current_id(action.owner_organisation_id)
        self.contact_edit.setText(action.contact_person)
        self.due_box.setChecked(action.due_date is not None)
        self.due_edit.setDate(qdate(action.due_date or self.decided_on + timedelta(days=14)))
        self.status_combo.setCurrentIndex(self.status_combo.findData(action.status))
        self.focus_combo.set_current_id(action.focus_area_id)
        self.plan_combo.set_current_id(action.plan_activity_id)
        self.select_incidents(linked_incident_ids)
        self.save_button.setText(self.tr("Save changes"))
        self.errors.clear()

    def select_incidents(self, ids: list[int]) -> None:
        selection = self.incident_list.selectionModel()
        selection.clearSelection()
        model = self.incident_list.model()
        for row in range(model.rowCount()):
            index = model.index(row, 2)
            if index.data(ID_ROLE) in ids:
                selection.select(index, QItemSelectionModel.SelectionFlag.Select)

    def clear(self) -> None:
        self.editing_id = None
        self.editing_version = None
        self.description_edit.clear()
        self.owner_combo.set_current_id(None)
        self.contact_edit.clear()
        self.due_box.setChecked(False)
        self.due_edit.setDate(qdate(self.decided_on + timedelta(days=14)))
        self.status_combo.setCurrentIndex(self.status_combo.findData(ActionStatus.NEW.value))
        self.focus_combo.set_current_id(self.default_focus_area_id)
        self.plan_combo.set_current_id(None)
        self.incident_list.selectionModel().clearSelection()
        self.save_button.setText(self.tr("Save action"))
        self.errors.clear()

    def forget_record(self) -> None:
        """The record is gone (deleted at another desk): what is typed saves as a new one."""
        self.editing_id = None
        self.editing_version = None
        self.save_button.setText(self.tr("Save action"))

    def remove_personal_numbers(self, replacement: str) -> None:
        """Replaces each personal identity number in the free text, where the user sees it."""
        for edit in (self.description_edit, self.contact_edit):
            edit.setText(remove_personal_numbers(edit.text(), replacement))

    def conflict_rows(self, conflict: ChangedElsewhere) -> list[ConflictRow]:
        """The conflict's fields as this form shows them: names, status labels, ISO dates."""
        names: dict[str, Mapping[Any, str]] = {
            "owner_organisation_id": self._names.get("organisations", {}),
            "focus_area_id": self._names.get("focus_areas", {}),
            "plan_activity_id": self._names.get("plan_rows", {}),
            "status": dict(labels.action_statuses()),
            "incident_ids": {r.id: r.description for r in self._incidents.rows()},
        }
        views = {field: FieldView(label, names.get(field)) for field, label in self._labels.items()}
        return conflict_rows(conflict, views)
