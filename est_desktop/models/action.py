"""Actions (åtgärder), their links to incidents and their review history."""

from datetime import UTC, date, datetime

from sqlmodel import Field, SQLModel, UniqueConstraint

from .clock import utcnow
from .enums import ActionStatus
from .versioned import Versioned


class ActionBase(SQLModel):
    description: str = ""
    owner_organisation_id: int | None = None
    contact_person: str = ""
    due_date: date | None = None
    status: str = ActionStatus.NEW.value
    focus_area_id: int | None = None
    # The bilaga 1 row this action carries out, if any.
    plan_activity_id: int | None = None


class ActionCreate(ActionBase):
    incident_ids: list[int] = []


class Action(ActionBase, Versioned, table=True):
    id: int | None = Field(default=None, primary_key=True)
    owner_organisation_id: int = Field(foreign_key="organisation.id", index=True)
    focus_area_id: int | None = Field(default=None, foreign_key="focus_area.id", index=True)
    plan_activity_id: int | None = Field(default=None, foreign_key="plan_activity.id", index=True)
    status: str = Field(default=ActionStatus.NEW.value, index=True)
    decided_meeting_id: int | None = Field(default=None, foreign_key="meeting.id", index=True)
    agenda_item_id: int | None = Field(default=None, foreign_key="agenda_item.id", index=True)
    created_at: datetime = Field(default_factory=utcnow)
    closed_on: date | None = None


class ActionIncidentLink(SQLModel, table=True):
    __tablename__ = "action_incident"

    action_id: int = Field(foreign_key="action.id", primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", primary_key=True, index=True)


class ActionUpdate(Versioned, table=True):
    """The outcome of reviewing one action at one meeting."""

    __tablename__ = "action_update"
    __table_args__ = (UniqueConstraint("action_id", "meeting_id"),)

    id: int | None = Field(default=None, primary_key=True)
    action_id: int = Field(foreign_key="action.id", index=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    status: str
    note: str = ""
    new_due_date: date | None = None
    # The action's state before this review, so the outcome can be undone.
    previous_status: str = ""
    previous_due_date: date | None = None
    created_at: datetime = Field(default_factory=utcnow)


class ActionAnswer(SQLModel, table=True):
    """An answer sent back between meetings in an exported action list (.xlsx), once accepted.

    ``answer_key`` identifies the answer's content within its export, so importing the
    same file again adds nothing.
    """

    __tablename__ = "action_answer"

    id: int | None = Field(default=None, primary_key=True)
    action_id: int = Field(foreign_key="action.id", index=True)
    answer_key: str = Field(unique=True)
    export_id: str
    source_file: str
    source_row: int
    answered_on: date
    answered_by: str = ""
    status: str
    new_due_date: date | None = None
    comment: str = ""
    previous_status: str = ""
    previous_due_date: date | None = None
    imported_at: datetime = Field(default_factory=utcnow)

    @property
    def received_on(self) -> date:
        """The local day the answer reached the app: what meetings and minutes go by, so
        finalised minutes do not change when an old file is imported later."""
        moment = self.imported_at
        return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone().date()
