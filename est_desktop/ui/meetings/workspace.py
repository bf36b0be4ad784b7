"""The meeting workspace: the agenda on the left, the selected item on the right."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSignalBlocker, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...errors import ValidationError
from ...models import AgendaItemKind, MeetingEventKind, saved_id
from ...services.documents.wording import agenda_title
from ...services.meetings import agenda as meetings
from ...services.personal_numbers import remove_personal_numbers
from ..common import labels
from ..common.emphasis import item_heading, page_heading, quiet_note
from ..common.messages import show_error
from ..common.personal_numbers import save_asking
from ..common.rowmodel import ID_ROLE, Column, RowTableModel
from ..common.store import Store
from ..common.views import row_table
from .attendance_panel import AttendancePanel
from .next_meeting_panel import NextMeetingPanel
from .records_panel import RecordsPanel
from .review_panel import ReviewPanel


class AgendaModel(RowTableModel[meetings.AgendaRow]):
    """The agenda; the item on the meeting-room screen is marked ▶ in the § column."""

    def __init__(self, parent=None) -> None:
        self.on_screen_id: int | None = None
        super().__init__(
            [
                Column("§", self._number, align_right=True),
                Column(self.tr("Item"), lambda r: agenda_title(r.item.kind, r.item.title)),
                Column(self.tr("Inc."), lambda r: str(r.incident_count or ""), align_right=True),
                Column(self.tr("Act."), lambda r: str(r.action_count or ""), align_right=True),
                Column(self.tr("Min"), lambda r: str(r.item.planned_minutes), align_right=True),
            ],
            row_id=lambda r: saved_id(r.item),
            parent=parent,
        )

    def _number(self, row: meetings.AgendaRow) -> str:
        number = str(row.item.position + 1)
        return f"▶ {number}" if row.item.id == self.on_screen_id else number

    def set_on_screen(self, item_id: int | None) -> None:
        if item_id != self.on_screen_id:
            self.on_screen_id = item_id
            if self.rowCount():
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))


class WorkspacePage(QWidget):
    open_requested = Signal(int)
    item_selected = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.meeting_id: int | None = None
        self.item_id: int | None = None
        self.finalised = False

        self.title = page_heading(
            self.tr("Open a meeting from the Meetings tab, or create a new one.")
        )
        self.history = quiet_note("meetingHistory")
        self.history.setWordWrap(True)
        self.history.hide()
        self.agenda_model = AgendaModel(self)
        self.agenda = row_table(self.agenda_model, stretch=1)
        self.agenda.selectionModel().currentRowChanged.connect(self._item_selected)

        self.add_button = QPushButton(self.tr("Add item…"))
        self.add_button.clicked.connect(self.add_item)
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.clicked.connect(self.rename_item)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_item)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(0, 480)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setToolTip(self.tr("Planned time for the item"))
        self.minutes_spin.editingFinished.connect(self._save_minutes)

        agenda_buttons = QHBoxLayout()
        for widget in (self.add_button, self.rename_button, self.remove_button):
            agenda_buttons.addWidget(widget)
        order_buttons = QHBoxLayout()
        for control in (self.up_button, self.down_button, self.minutes_spin):
            order_buttons.addWidget(control)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        agenda_label = QLabel(self.tr("A&genda"))
        agenda_label.setBuddy(self.agenda)
        left_layout.addWidget(agenda_label)
        left_layout.addWidget(self.agenda)
        left_layout.addLayout(agenda_buttons)
        left_layout.addLayout(order_buttons)

        self.item_title = item_heading()
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(
            self.tr("Notes for this item (saved when you leave the field)")
        )
        self.notes.setMaximumHeight(72)
        self.notes.textChanged.connect(self._notes_edited)
        self._notes_dirty = False
        self._asking = False
        self.attendance = AttendancePanel(store)
        self.review = ReviewPanel(store)
        self.records = RecordsPanel(store)
        self.next_meeting = NextMeetingPanel(store)
        self.next_meeting.open_requested.connect(self.open_requested)
        self.notes_label = notes_label = QLabel(self.tr("&Notes"))
        notes_label.setBuddy(self.notes)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.item_title)
        right_layout.addWidget(notes_label)
        right_layout.addWidget(self.notes)
        right_layout.addWidget(self.attendance)
        right_layout.addWidget(self.review)
        right_layout.addWidget(self.records, 1)
        right_layout.addWidget(self.next_meeting, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([380, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.history)
        layout.addWidget(splitter, 1)

        QShortcut(QKeySequence("Alt+Down"), self, lambda: self.step_item(1))
        QShortcut(QKeySequence("Alt+Up"), self, lambda: self.step_item(-1))
        self.notes.installEventFilter(self)
        store.changed.connect(self.refresh)
        self._set_enabled(False)
        self._show_item(None)

    # --- loading -------------------------------------------------------------

    def show_meeting(self, meeting_id: int) -> None:
        self.save_pending()
        self.meeting_id = meeting_id
        self.item_id = None
        self.refresh()
        if self.agenda_model.rowCount() and self.item_id is None:
            self.select_item_row(0)

    def refresh(self) -> None:
        with self._store.reading():
            self._refresh()

    def _refresh(self) -> None:
        if self.meeting_id is None:
            return
        meeting = self._store.read(meetings.meeting_or_none, meeting_id=self.meeting_id)
        if meeting is None:
            self.meeting_id = None
            return
        self.finalised = meeting.is_finalised
        parts = [labels.meeting_name(meeting.date)]
        if meeting.start_time:
            parts.append(meeting.start_time.strftime("%H:%M"))
        if meeting.location:
            parts.append(meeting.location)
        if self.finalised:
            parts.append(self.tr("finalised, read-only"))
        self.title.setText(" · ".join(parts))
        events = self._store.read(meetings.meeting_events, meeting_id=self.meeting_id)
        self.history.setText(" · ".join(self._event_text(e) for e in events))
        self.history.setVisible(bool(events))
        current = self.item_id
        self.agenda_model.set_rows(
            self._store.read(meetings.agenda_rows, meeting_id=self.meeting_id)
        )
        self._set_enabled(True)
        row = self.agenda_model.row_of_id(current) if current is not None else -1
        if row >= 0:
            self.agenda.selectionModel().setCurrentIndex(
                self.agenda_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self._show_item(current, reload_notes=False)

    def _event_text(self, event) -> str:
        when = event.at.astimezone().strftime("%Y-%m-%d %H:%M")
        text = (
            self.tr("Finalised %1 by %2")
            if event.kind == MeetingEventKind.FINALISED
            else self.tr("Reopened %1 by %2")
        )
        text = text.replace("%1", when).replace("%2", event.user or "?")
        return f"{text}: {event.reason}" if event.reason else text

    def _set_enabled(self, enabled: bool) -> None:
        editable = enabled and not self.finalised
        for widget in (
            self.add_button,
            self.rename_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.minutes_spin,
        ):
            widget.setEnabled(editable)
        self.notes.setReadOnly(not editable)

    def _item_selected(self, current, _previous) -> None:
        if not current.isValid():
            return
        item_id = self.agenda_model.index(current.row(), 0).data(ID_ROLE)
        if item_id == self.item_id:
            # The same item selected again after a refresh (another desk's change): what
            # the convener is typing stays unsaved where it is, cursor included.
            return
        self.save_pending()
        with self._store.reading():
            self._show_item(item_id)
            self.item_selected.emit(item_id)

    def _show_item(self, item_id: int | None, reload_notes: bool = True) -> None:
        self.item_id = item_id
        item = None if item_id is None else self._store.read(meetings.get_item, item_id=item_id)
        kind = None if item is None else item.kind
        self.item_title.setText(
            "" if item is None else f"§ {item.position + 1} {agenda_title(item.kind, item.title)}"
        )
        if reload_notes:
            with QSignalBlocker(self.notes):
                self.notes.setPlainText("" if item is None else item.notes)
            self._notes_dirty = False
        if item is not None:
            with QSignalBlocker(self.minutes_spin):
                self.minutes_spin.setValue(item.planned_minutes)
        self.notes.setVisible(item is not None)
        self.notes_label.setVisible(item is not None)
        self.attendance.setVisible(kind == AgendaItemKind.OPENING)
        self.review.setVisible(kind == AgendaItemKind.ACTION_REVIEW)
        self.records.setVisible(kind in (AgendaItemKind.FOCUS_AREA, AgendaItemKind.OTHER))
        self.next_meeting.setVisible(kind == AgendaItemKind.NEXT_MEETING)
        if item is None:
            return
        if kind == AgendaItemKind.OPENING:
            self.attendance.show_meeting(item.meeting_id)
        elif kind == AgendaItemKind.ACTION_REVIEW:
            self.review.show_meeting(item.meeting_id)
        elif kind in (AgendaItemKind.FOCUS_AREA, AgendaItemKind.OTHER):
            self.records.show_item(saved_id(item))
        elif kind == AgendaItemKind.NEXT_MEETING:
            self.next_meeting.show_meeting(item.meeting_id)

    def title_of(self, item_id: int | None) -> str:
        row = self.agenda_model.row_of_id(item_id) if item_id is not None else -1
        return self.agenda_model.row_at(row).item.title if row >= 0 else ""

    # --- navigation ------------------------------------------------------------

    def focus_agenda(self) -> None:
        self.agenda.setFocus()

    def select_item_row(self, row: int) -> None:
        if 0 <= row < self.agenda_model.rowCount():
            self.agenda.selectRow(row)
            self.agenda.setCurrentIndex(self.agenda_model.index(row, 1))

    def step_item(self, delta: int) -> None:
        """Alt+Up/Down: the next or previous item, wherever the cursor is, except in a
        drop-down, where Alt+Down opens the list as it does everywhere else."""
        focused = QApplication.focusWidget()
        holder = focused.parent() if focused is not None else None  # an editable one's edit
        combo = focused if isinstance(focused, QComboBox) else holder
        if isinstance(combo, QComboBox) and combo.isVisible():
            if delta > 0:
                combo.showPopup()
            return
        current = self.agenda.currentIndex().row()
        self.select_item_row(max(0, min(self.agenda_model.rowCount() - 1, current + delta)))

    # --- agenda editing ----------------------------------------------------------

    def _write(self, service, **kwargs):
        try:
            return self._store.write(service, **kwargs)
        except ValidationError as error:
            show_error(self, error)
            return None

    def add_item(self) -> None:
        if self.meeting_id is None:
            return
        title, ok = QInputDialog.getText(
            self, self.tr("Add item"), self.tr("Title of the new item:")
        )
        if ok:
            item = self._write(
                meetings.add_item,
                meeting_id=self.meeting_id,
                title=title,
                after_item_id=self.item_id,
            )
            if item is not None:
                self.select_item_row(self.agenda_model.row_of_id(item.id))

    def rename_item(self) -> None:
        if self.item_id is None:
            return
        item = self._store.read(meetings.get_item, item_id=self.item_id)
        title, ok = QInputDialog.getText(
            self, self.tr("Rename item"), self.tr("New title:"), text=item.title
        )
        if ok:
            self._write(meetings.rename_item, item_id=self.item_id, title=title)

    def remove_item(self) -> None:
        if self.item_id is None:
            return
        item = self._store.read(meetings.get_item, item_id=self.item_id)
        answer = QMessageBox.question(
            self,
            self.tr("Remove item"),
            self.tr("Remove “%1” from this meeting's agenda?").replace("%1", item.title),
        )
        if answer == QMessageBox.StandardButton.Yes:
            row = self.agenda.currentIndex().row()
            self.item_id = None
            self._write(meetings.remove_item, item_id=item.id)
            self.select_item_row(min(row, self.agenda_model.rowCount() - 1))

    def move_item(self, delta: int) -> None:
        if self.item_id is None:
            return
        row = self.agenda.currentIndex().row()
        self._write(meetings.move_item, item_id=self.item_id, to_position=row + delta)

    def _save_minutes(self) -> None:
        if self.item_id is not None and not self.finalised:
            item = self._store.read(meetings.get_item, item_id=self.item_id)
            if item.planned_minutes != self.minutes_spin.value():
                self._write(
                    meetings.set_planned_minutes,
                    item_id=self.item_id,
                    minutes=self.minutes_spin.value(),
                )

    # --- notes -----------------------------------------------------------------------

    def _notes_edited(self) -> None:
        self._notes_dirty = True

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.notes and event.type() == event.Type.FocusOut:
            self.save_pending()
        return super().eventFilter(watched, event)

    def save_pending(self) -> bool:
        """Saves edited notes; called when leaving the field, the item or the window, and
        before finalising, exporting or presenting. Unsaved text stays in the field if the
        save is refused."""
        if not self._notes_dirty or self.item_id is None or self._asking:
            return True
        return self._save_notes()

    def _save_notes(self) -> bool:
        def save(allow_personal_numbers: bool) -> None:
            # Not dirty while writing: the write refreshes the page, which must not save again.
            self._notes_dirty = False
            try:
                self._store.write(
                    meetings.set_item_notes,
                    item_id=self.item_id,
                    notes=self.notes.toPlainText(),
                    allow_personal_numbers=allow_personal_numbers,
                )
            except Exception:
                self._notes_dirty = True
                raise

        def remove(marker: str) -> None:
            self.notes.setPlainText(remove_personal_numbers(self.notes.toPlainText(), marker))

        # The question takes the focus from the notes; that must not save (and ask) again.
        self._asking = True
        try:
            return save_asking(self, save, remove)
        except ValidationError as error:
            show_error(self, error)
            return False
        finally:
            self._asking = False
