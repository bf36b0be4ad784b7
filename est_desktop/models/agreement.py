"""The agreement (samverkansöverenskommelse), its goals, focus areas and plan rows."""

from datetime import date

from sqlmodel import Field, SQLModel


class Agreement(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str
    start_date: date
    end_date: date
    signed_on: date | None = None


class AgreementGoal(SQLModel, table=True):
    __tablename__ = "agreement_goal"

    id: int | None = Field(default=None, primary_key=True)
    agreement_id: int = Field(foreign_key="agreement.id", index=True)
    position: int
    text: str


class FocusArea(SQLModel, table=True):
    __tablename__ = "focus_area"

    id: int | None = Field(default=None, primary_key=True)
    agreement_id: int = Field(foreign_key="agreement.id", index=True)
    position: int
    name: str
    section: str = ""


class PlanActivity(SQLModel, table=True):
    """One row of the agreement's action plan (bilaga 1)."""

    __tablename__ = "plan_activity"

    id: int | None = Field(default=None, primary_key=True)
    focus_area_id: int = Field(foreign_key="focus_area.id", index=True)
    position: int
    activity: str
    measure: str
    follow_up: str
    goal: str
