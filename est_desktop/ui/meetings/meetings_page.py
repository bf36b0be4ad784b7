"""The list of meetings, and creating a new one."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...errors import ValidationError
from ...models import MeetingCreate
from ...services.meetings import agenda as meetings
from ..common import labels
from ..common.convert import date_edit, edited_date, edited_time, qtime
from ..common.emphasis import page_heading
from ..common.messages import FieldErrors
from ..common.rowmodel import ID_ROLE, Column, RowTableModel
from ..common.store import Store
from ..common.views import RefreshWhenShown, row_table

# The meetings with their counts of incidents and decisions; the defaults of a new one.
SHOWS = frozenset({"meeting", "meeting_event", "agenda_item", "incident", "action", "app_setting"})


class MeetingListModel(RowTableModel[meetings.MeetingRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Date"), lambda r: r.date.isoformat()),
                Column(
                    self.tr("Week"), lambda r: labels.week(r.date), lambda r: r.date.isoformat()
                ),
                Column(self.tr("Place"), lambda r: r.location),
                Column(self.tr("Status"), lambda r: labels.meeting_status(r.status)),
                Column(
                    self.tr("Incidents"),
                    lambda r: str(r.incident_count),
                    lambda r: r.incident_count,
                    align_right=True,
                ),
                Column(
                    self.tr("Actions"),
                    lambda r: str(r.action_count),
                    lambda r: r.action_count,
                    align_right=True,
                ),
            ],
            row_id=lambda r: r.id,
            parent=parent,
        )


class MeetingsPage(QWidget):
    open_requested = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.model = MeetingListModel(self)
        self.table = row_table(self.model, stretch=2, sortable=True)  # the model sorts itself
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.activated.connect(self._open_index)

        self.new_button = QPushButton(self.tr("New meeting…"))
        self.new_button.clicked.connect(self.create_meeting)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self._open_selected)
        self.edit_button = QPushButton(self.tr("Change date, time or room…"))
        self.edit_button.clicked.connect(self.edit_selected)

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        heading = page_heading(self.tr("Meetings"))
        layout.addWidget(heading)
        layout.addLayout(buttons)
        # A new database shows what to do first instead of an empty table.
        self.first_steps = QLabel(
            self.tr(
                "No meetings yet. Start with <b>New meeting…</b>: the agenda follows the "
                "agreement's focus areas, and the meeting opens in <b>The meeting</b>. "
                "The places, organisations and sources are in <b>Settings</b>; "
                "<b>Help</b> (F1) lists every key."
            )
        )
        self.first_steps.setObjectName("firstSteps")
        self.first_steps.setTextFormat(Qt.TextFormat.RichText)
        self.first_steps.setWordWrap(True)
        self.first_steps.hide()
        layout.addWidget(self.first_steps)
        layout.addWidget(self.table)

        # Read when first shown: a table filled while hidden sizes its columns over every
        # row, which with ten years of meetings costs start-up a tenth of a second.
        self._refresher = RefreshWhenShown(
            self, store.changed, self.refresh, tables=SHOWS, stale=True
        )

    def refresh(self) -> None:
        self.model.set_rows(self._store.read(meetings.meeting_rows))
        self.first_steps.setVisible(self.model.rowCount() == 0)

    def _open_index(self, index) -> None:
        self.open_requested.emit(index.data(ID_ROLE))

    def _open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._open_index(rows[0])

    def edit_selected(self) -> bool:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return False
        meeting = self._store.read(meetings.get_meeting, meeting_id=rows[0].data(ID_ROLE))
        current = MeetingCreate(
            date=meeting.date,
            start_time=meeting.start_time,
            location=meeting.location,
            convener=meeting.convener,
        )
        dialog = NewMeetingDialog(self._store, current, self, editing_id=meeting.id)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def create_meeting(self) -> int | None:
        proposal = self._store.read(meetings.proposed_meeting, today=date.today())
        dialog = NewMeetingDialog(self._store, proposal, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.meeting_id is not None:
            self.open_requested.emit(dialog.meeting_id)
            return dialog.meeting_id
        return None


class NewMeetingDialog(QDialog):
    """Date, time, room and convener, proposed from the last meeting."""

    def __init__(
        self,
        store: Store,
        proposal: MeetingCreate,
        parent: QWidget | None = None,
        editing_id: int | None = None,
    ):
        """With ``editing_id`` the dialog changes that meeting's date, time, room and convener."""
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("New meeting") if editing_id is None else self.tr("Edit meeting")
        )
        self.setMinimumWidth(480)
        self._store = store
        self.editing_id = editing_id
        self.meeting_id: int | None = None
        self.errors = FieldErrors()

        self.date_edit = date_edit(proposal.date)
        self.week_label = QLabel()
        self.date_edit.dateChanged.connect(self._show_week)
        self.time_edit = QTimeEdit(qtime(proposal.start_time or time(9, 0)))
        self.time_edit.setDisplayFormat("HH:mm")
        self.location_edit = QLineEdit(proposal.location)
        self.convener_edit = QLineEdit(proposal.convener)

        date_row = QWidget()
        date_layout = QHBoxLayout(date_row)
        date_layout.setContentsMargins(0, 0, 0, 0)
        date_layout.addWidget(self.date_edit)
        date_layout.addWidget(self.week_label)
        date_layout.addStretch()

        form = QFormLayout()
        form.addRow(self.tr("&Date"), self.errors.wrap("date", date_row))
        form.addRow(self.tr("&Time"), self.time_edit)
        form.addRow(self.tr("&Room"), self.location_edit)
        form.addRow(self.tr("&Convener"), self.convener_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.create_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(
            self.tr("Create meeting") if editing_id is None else self.tr("Save changes")
        )
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._show_week()

    def _show_week(self) -> None:
        self.week_label.setText(labels.week(edited_date(self.date_edit)))

    def data(self) -> MeetingCreate:
        return MeetingCreate(
            date=edited_date(self.date_edit),
            start_time=edited_time(self.time_edit),
            location=self.location_edit.text(),
            convener=self.convener_edit.text(),
        )

    def _create(self) -> None:
        try:
            if self.editing_id is None:
                meeting = self._store.write(meetings.create_meeting, data=self.data())
            else:
                meeting = self._store.write(
                    meetings.update_meeting, meeting_id=self.editing_id, data=self.data()
                )
        except ValidationError as error:
            self.errors.show(error, self)
            return
        self.meeting_id = meeting.id
        self.accept()
