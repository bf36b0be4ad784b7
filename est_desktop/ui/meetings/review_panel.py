"""Reviewing every open action from earlier meetings, one key per outcome."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...errors import NeedsConfirmation, ValidationError
from ...services.actions import decisions as actions
from ...services.actions.decisions import ReviewOutcome, ReviewRow
from ...services.meetings import agenda as meetings
from ...services.personal_numbers import remove_personal_numbers
from ..common import labels
from ..common.convert import date_edit, edited_date, qdate
from ..common.emphasis import quiet_note, section_heading
from ..common.messages import FieldErrors, show_error
from ..common.personal_numbers import save_asking
from ..common.rowmodel import ID_ROLE, Column, RowTableModel
from ..common.store import Store
from ..common.views import row_table


class ReviewModel(RowTableModel[ReviewRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Action"), lambda r: r.action.description),
                Column(self.tr("Responsible"), lambda r: r.action.owner),
                Column(self.tr("Decided"), self._age),
                Column(self.tr("Due"), self._due, warn=lambda r: r.overdue),
                Column(self.tr("Outcome"), self._outcome, warn=lambda r: r.to_confirm),
            ],
            row_id=lambda r: r.action.id,
            parent=parent,
        )

    def _age(self, row: ReviewRow) -> str:
        ago = self.tr("%n meeting(s) ago", "", row.meetings_since)
        return f"{labels.week(row.action.decided_on)} — {ago}"

    def _due(self, row: ReviewRow) -> str:
        due = row.outcome.previous_due_date if row.outcome else row.action.due_date
        text = due.isoformat() if due else ""
        return f"{text} ({labels.overdue()})" if row.overdue else text

    def _outcome(self, row: ReviewRow) -> str:
        update = row.outcome
        if row.answer is not None and update is None:
            return labels.answer_to_confirm(row.answer, key=True)
        if update is None:
            return ""
        if update.new_due_date is not None:
            text = self.tr("New due date %1").replace("%1", update.new_due_date.isoformat())
        else:
            text = labels.action_status(update.status)
        return f"{text}: {update.note}" if update.note else text


# Modifiers that make a key a shortcut of something else, not a one-key outcome.
_CHORD = (
    Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.MetaModifier
)


class ReviewPanel(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.meeting_id: int | None = None
        self._editable = False
        self.errors = FieldErrors()
        self.model = ReviewModel(self)
        self.table = row_table(self.model, stretch=0)
        header = self.table.horizontalHeader()
        # The action's text matters most; the latest note gets a fixed share.
        for column, width in ((1, 180), (4, 340)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.detail = QLabel()
        self.detail.setObjectName("reviewDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)

        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Note (required for “in progress”)"))
        self.note_edit.returnPressed.connect(lambda: self.record(ReviewOutcome.IN_PROGRESS))
        self.date_edit = date_edit()
        self.date_edit.installEventFilter(self)
        self.buttons = {
            ReviewOutcome.DONE: QPushButton(self.tr("&Done (K)")),
            ReviewOutcome.IN_PROGRESS: QPushButton(self.tr("In &progress (P)")),
            ReviewOutcome.NEW_DUE_DATE: QPushButton(self.tr("New due &date (D)")),
            ReviewOutcome.CANCELLED: QPushButton(self.tr("Cance&lled (A)")),
        }
        for outcome, button in self.buttons.items():
            button.clicked.connect(lambda _=False, o=outcome: self.record(o))
        self.undo_button = QPushButton(self.tr("Undo outcome"))
        self.undo_button.clicked.connect(self.undo)
        self.confirm_button = QPushButton(self.tr("C&onfirm the answer (Enter)"))
        self.confirm_button.clicked.connect(self.confirm)
        self.summary = QLabel()
        self.rule = quiet_note("overdueRule", labels.overdue_rule())

        entry = QHBoxLayout()
        entry.addWidget(self.errors.wrap("note", self.note_edit), 3)
        entry.addWidget(self.errors.wrap("new_due_date", self.date_edit), 1)
        buttons = QHBoxLayout()
        for button in self.buttons.values():
            buttons.addWidget(button)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = section_heading(self.tr("Open actions from earlier meetings, oldest first"))
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(entry)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.rule)

    def show_meeting(self, meeting_id: int) -> None:
        meeting = self._store.read(meetings.get_meeting, meeting_id=meeting_id)
        if meeting_id != self.meeting_id:
            self.date_edit.setDate(qdate(meeting.date + timedelta(days=14)))
        self.meeting_id = meeting_id
        current = self.current_action_id()
        rows = self._store.read(actions.review_rows, meeting_id=meeting_id, today=date.today())
        self.model.set_rows(rows)
        row = self.model.row_of_id(current) if current is not None else -1
        self.table.selectRow(row if row >= 0 else 0)
        self._show_detail(self.table.currentIndex())
        reviewed = sum(1 for r in rows if r.outcome is not None)
        self.summary.setText(
            self.tr("%1 of %2 reviewed").replace("%1", str(reviewed)).replace("%2", str(len(rows)))
        )
        self._editable = editable = not meeting.is_finalised
        for widget in (*self.buttons.values(), self.undo_button, self.note_edit, self.date_edit):
            widget.setVisible(editable)
        self._show_confirm()

    def _show_detail(self, current, _previous=None) -> None:
        """The selected action in full, with the note from its latest review."""
        if not current.isValid():
            self.detail.clear()
            return
        row = self.model.row_at(current.row())
        lines = [row.action.description]
        owner = row.action.owner
        if row.action.contact_person:
            owner += f" ({row.action.contact_person})"
        lines.append(self.tr("Responsible: %1").replace("%1", owner))
        if row.last_note:
            lines.append(self.tr("Latest note: %1").replace("%1", row.last_note))
        if row.answer is not None:
            said = self.tr("Answer received %1: %2").replace(
                "%1", row.answer.received_on.isoformat()
            )
            lines.append(said.replace("%2", row.answer.comment or "—"))
            if row.to_confirm:
                lines.append(labels.answer_to_confirm(row.answer, key=True))
        self.detail.setText("\n".join(lines))
        self._show_confirm()

    def _show_confirm(self) -> None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        self.confirm_button.setVisible(self._editable and row is not None and row.to_confirm)

    def confirm(self) -> bool:
        """The meeting takes the selected action's answer as its review."""
        index = self.table.currentIndex()
        if not index.isValid() or self.meeting_id is None:
            return False
        row = self.model.row_at(index.row())
        if not row.to_confirm:
            return False
        try:
            self._store.write(
                actions.confirm_answer, meeting_id=self.meeting_id, action_id=row.action.id
            )
        except (ValidationError, NeedsConfirmation) as error:
            show_error(self, error)
            return False
        self.table.selectRow(min(index.row() + 1, self.model.rowCount() - 1))
        self.table.setFocus()
        return True

    def current_action_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def record(self, outcome: ReviewOutcome) -> bool:
        action_id = self.current_action_id()
        if action_id is None or self.meeting_id is None:
            return False
        row = self.table.currentIndex().row()

        def save(allow_personal_numbers: bool) -> None:
            self._store.write(
                actions.record_review,
                meeting_id=self.meeting_id,
                action_id=action_id,
                outcome=outcome,
                note=self.note_edit.text(),
                new_due_date=edited_date(self.date_edit),
                allow_personal_numbers=allow_personal_numbers,
            )

        def remove(marker: str) -> None:
            self.note_edit.setText(remove_personal_numbers(self.note_edit.text(), marker))

        try:
            saved = save_asking(self, save, remove)
        except ValidationError as error:
            self.errors.show(error, self)
            return False
        if not saved:
            self.note_edit.setFocus()
            return False
        self.errors.clear()
        self.note_edit.clear()
        self.table.selectRow(min(row + 1, self.model.rowCount() - 1))
        self.table.setFocus()
        return True

    def undo(self) -> None:
        action_id = self.current_action_id()
        if action_id is None or self.meeting_id is None:
            return
        try:
            self._store.write(actions.undo_review, meeting_id=self.meeting_id, action_id=action_id)
        except ValidationError as error:
            show_error(self, error)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """One key per outcome while the list has focus: K, P (note first), D, A, Backspace."""
        if (
            watched is self.date_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.record(ReviewOutcome.NEW_DUE_DATE)
            return True
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            if event.modifiers() & _CHORD:
                # Alt+A is the register tab's mnemonic, Ctrl+K someone's habit: never an
                # outcome. Shift alone (caps) still is.
                return super().eventFilter(watched, event)
            key = event.key()
            if key == Qt.Key.Key_K:
                self.record(ReviewOutcome.DONE)
            elif key == Qt.Key.Key_P:
                if self.note_edit.text().strip():
                    self.record(ReviewOutcome.IN_PROGRESS)
                else:
                    self.note_edit.setFocus()
            elif key == Qt.Key.Key_D:
                self.date_edit.setFocus()
            elif key == Qt.Key.Key_A:
                self.record(ReviewOutcome.CANCELLED)
            elif key == Qt.Key.Key_Backspace:
                self.undo()
            elif (
                key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.confirm_button.isHidden()
            ):
                self.confirm()
            else:
                return super().eventFilter(watched, event)
            return True
        return super().eventFilter(watched, event)
