"""Who is present: name and organisation, and last meeting's list in one click."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...errors import ValidationError
from ...models import saved_id
from ...services import reference
from ...services.meetings import agenda as meetings
from ...services.meetings import participants
from ..common.choices import IdCombo
from ..common.messages import FieldErrors, show_error
from ..common.rowmodel import ID_ROLE, Column, RowTableModel
from ..common.store import Store
from ..common.views import row_table


class AttendanceModel(RowTableModel[participants.AttendanceRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Organisation"), lambda r: r.organisation_name),
                Column(self.tr("Name"), lambda r: r.person_name),
            ],
            row_id=lambda r: r.id,
            parent=parent,
        )


class AttendancePanel(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.meeting_id: int | None = None
        self.errors = FieldErrors()
        self.model = AttendanceModel(self)
        self.table = row_table(self.model, stretch=1, multi=True)

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Name of participant"))
        self.name_edit.returnPressed.connect(self.add)
        self.organisation_combo = IdCombo(self.tr("— choose organisation —"))
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.copy_button = QPushButton(self.tr("Copy last meeting's list"))
        self.copy_button.clicked.connect(self.copy_previous)
        self.count_label = QLabel()

        entry = QHBoxLayout()
        entry.addWidget(self.errors.wrap("person_name", self.name_edit), 2)
        entry.addWidget(self.errors.wrap("organisation_id", self.organisation_combo), 2)
        entry.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("&Attendance"))
        heading.setBuddy(self.name_edit)
        layout.addWidget(heading)
        layout.addLayout(entry)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def show_meeting(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        meeting = self._store.read(meetings.get_meeting, meeting_id=meeting_id)
        self.organisation_combo.set_choices(
            [(saved_id(o), o.name, True) for o in self._store.read(reference.organisations)]
        )
        rows = self._store.read(participants.attendance, meeting_id=meeting_id)
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n present", "", len(rows)))
        for widget in (
            self.name_edit,
            self.organisation_combo,
            self.add_button,
            self.remove_button,
            self.copy_button,
        ):
            widget.setEnabled(not meeting.is_finalised)

    def add(self) -> None:
        if self.meeting_id is None:
            return
        try:
            self._store.write(
                participants.add_attendee,
                meeting_id=self.meeting_id,
                person_name=self.name_edit.text(),
                organisation_id=self.organisation_combo.current_id(),
            )
        except ValidationError as error:
            self.errors.show(error, self)
            return
        self.errors.clear()
        self.name_edit.clear()
        self.name_edit.setFocus()

    def remove_selected(self) -> None:
        ids = [index.data(ID_ROLE) for index in self.table.selectionModel().selectedRows()]
        for attendance_id in ids:
            try:
                self._store.write(participants.remove_attendee, attendance_id=attendance_id)
            except ValidationError as error:
                show_error(self, error)
                return

    def copy_previous(self) -> None:
        if self.meeting_id is None:
            return
        try:
            added = self._store.write(
                participants.copy_previous_attendance, meeting_id=self.meeting_id
            )
        except ValidationError as error:
            show_error(self, error)
            return
        if not added:
            self.count_label.setText(self.tr("Nobody to copy from the last meeting"))
