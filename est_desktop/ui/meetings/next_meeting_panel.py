"""The 'next meeting' item: when it is, or one click to plan it from the usual slot."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...errors import ValidationError
from ...models import Meeting, MeetingCreate
from ...services.meetings import agenda as meetings
from ..common import labels
from ..common.convert import qdate
from ..common.messages import show_error
from ..common.store import Store


def describe(slot: Meeting | MeetingCreate) -> str:
    """'tisdag 8 december 2026 kl. 09:00, Kommunhuset (v. 50)' in the user's language."""
    text = QLocale().toString(qdate(slot.date), "dddd d MMMM yyyy")
    if slot.start_time is not None:
        text += " " + QCoreApplication.translate("NextMeetingPanel", "at %1").replace(
            "%1", slot.start_time.strftime("%H:%M")
        )
    if slot.location:
        text += f", {slot.location}"
    return f"{text} ({labels.week(slot.date)})"


class NextMeetingPanel(QWidget):
    open_requested = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._next_id: int | None = None
        self._proposal: MeetingCreate | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Plan the next meeting"))
        self.create_button.clicked.connect(self.create_next)
        self.open_button = QPushButton(self.tr("Open the next meeting"))
        self.open_button.clicked.connect(lambda: self.open_requested.emit(self._next_id))
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addStretch()

    def show_meeting(self, meeting_id: int) -> None:
        meeting = self._store.read(meetings.get_meeting, meeting_id=meeting_id)
        following = self._store.read(meetings.next_meeting_after, meeting=meeting)
        self._next_id = None if following is None else following.id
        if following is not None:
            self._proposal = None
            self.summary.setText(self.tr("Next meeting: %1").replace("%1", describe(following)))
        else:
            self._proposal = self._store.read(meetings.proposed_meeting, today=date.today())
            self.summary.setText(
                self.tr("No next meeting is planned yet. The usual slot would be %1.").replace(
                    "%1", describe(self._proposal)
                )
            )
        self.create_button.setVisible(following is None)
        self.open_button.setVisible(following is not None)

    def create_next(self) -> None:
        if self._proposal is None:
            return
        try:
            created = self._store.write(meetings.create_meeting, data=self._proposal)
        except ValidationError as error:
            show_error(self, error)
            return
        self._next_id = created.id
