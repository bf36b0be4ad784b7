"""Meetings, their agenda and attendance."""

import datetime as dt

from sqlmodel import Field, SQLModel

from .clock import utcnow
from .enums import MeetingStatus
from .versioned import Versioned


class MeetingBase(SQLModel):
    date: dt.date
    start_time: dt.time | None = None
    location: str = ""
    convener: str = ""


class MeetingCreate(MeetingBase):
    pass


class Meeting(MeetingBase, Versioned, table=True):
    id: int | None = Field(default=None, primary_key=True)
    date: dt.date = Field(unique=True, index=True)
    status: str = MeetingStatus.PLANNED.value
    created_at: dt.datetime = Field(default_factory=utcnow)

    @property
    def iso_week(self) -> int:
        return self.date.isocalendar().week

    @property
    def is_finalised(self) -> bool:
        return self.status == MeetingStatus.FINALISED


class MeetingEvent(SQLModel, table=True):
    """Finalise and reopen, recorded so the meeting's history can be read back."""

    __tablename__ = "meeting_event"

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    kind: str
    at: dt.datetime = Field(default_factory=utcnow)
    user: str = ""
    reason: str = ""


class AgendaItem(Versioned, table=True):
    __tablename__ = "agenda_item"

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    position: int
    kind: str
    title: str
    focus_area_id: int | None = Field(default=None, foreign_key="focus_area.id")
    planned_minutes: int = 5
    notes: str = ""


class Attendance(Versioned, table=True):
    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    person_name: str
    organisation_id: int = Field(foreign_key="organisation.id")
