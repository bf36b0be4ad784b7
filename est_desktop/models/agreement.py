"""The agreement (samverkansöverenskommelse), its goals, focus areas and plan rows."""

from datetime import date, datetime

from sqlmodel import Field, SQLModel, UniqueConstraint

from .clock import utcnow
from .versioned import Versioned


class Agreement(Versioned, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str
    start_date: date
    end_date: date
    signed_on: date | None = None


class AgreementGoal(Versioned, table=True):
    __tablename__ = "agreement_goal"

    id: int | None = Field(default=None, primary_key=True)
    agreement_id: int = Field(foreign_key="agreement.id", index=True)
    position: int
    text: str
    # Follow-up notes on the goal, written at the ledningsgrupp's meetings.
    note: str = ""


class GoalFocusArea(SQLModel, table=True):
    """Which focus areas carry an overall goal: their incidents and actions are its evidence."""

    __tablename__ = "goal_focus_area"

    goal_id: int = Field(foreign_key="agreement_goal.id", primary_key=True)
    focus_area_id: int = Field(foreign_key="focus_area.id", primary_key=True, index=True)


class FocusArea(Versioned, table=True):
    __tablename__ = "focus_area"

    id: int | None = Field(default=None, primary_key=True)
    agreement_id: int = Field(foreign_key="agreement.id", index=True)
    position: int
    name: str
    section: str = ""
    # The focus area of an earlier agreement that this one continues, so trends run
    # across the boundary between periods.
    continues_id: int | None = Field(default=None, foreign_key="focus_area.id", index=True)


class PlanActivity(Versioned, table=True):
    """One row of the agreement's action plan (bilaga 1)."""

    __tablename__ = "plan_activity"

    id: int | None = Field(default=None, primary_key=True)
    focus_area_id: int = Field(foreign_key="focus_area.id", index=True)
    position: int
    activity: str
    measure: str
    follow_up: str
    goal: str


class PlanFollowUp(Versioned, table=True):
    """The status of one bilaga 1 row in one calendar year, with the follow-up notes."""

    __tablename__ = "plan_follow_up"
    __table_args__ = (UniqueConstraint("plan_activity_id", "year"),)

    id: int | None = Field(default=None, primary_key=True)
    plan_activity_id: int = Field(foreign_key="plan_activity.id", index=True)
    year: int
    status: str
    note: str = ""
    updated_at: datetime = Field(default_factory=utcnow)
