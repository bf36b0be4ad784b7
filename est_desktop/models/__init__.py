"""SQLModel tables and enums: data and invariants only, no Qt and no I/O."""

from .action import Action, ActionAnswer, ActionCreate, ActionIncidentLink, ActionUpdate
from .agreement import (
    Agreement,
    AgreementGoal,
    FocusArea,
    GoalFocusArea,
    PlanActivity,
    PlanFollowUp,
)
from .audit import AuditAction, AuditEntry
from .enums import (
    OPEN_ACTION_STATUSES,
    ActionStatus,
    AgendaItemKind,
    MeetingEventKind,
    MeetingStatus,
    OrganisationKind,
    PlaceKind,
    PlanStatus,
)
from .ids import saved_id
from .imports import ImportBatch, ImportKind, ImportMapping, SurveyFactor, SurveyResult
from .incident import Incident, IncidentCreate
from .meeting import AgendaItem, Attendance, Meeting, MeetingCreate, MeetingEvent
from .reference import AppSetting, Category, Organisation, Place, Source
from .versioned import SQLModel

# Every table's name, for the views that say which tables they show.
TABLE_NAMES = frozenset(SQLModel.metadata.tables)

__all__ = [
    "OPEN_ACTION_STATUSES",
    "TABLE_NAMES",
    "Action",
    "ActionAnswer",
    "ActionCreate",
    "ActionIncidentLink",
    "ActionStatus",
    "ActionUpdate",
    "AgendaItem",
    "AgendaItemKind",
    "Agreement",
    "AgreementGoal",
    "AppSetting",
    "Attendance",
    "AuditAction",
    "AuditEntry",
    "Category",
    "FocusArea",
    "GoalFocusArea",
    "ImportBatch",
    "ImportKind",
    "ImportMapping",
    "Incident",
    "IncidentCreate",
    "Meeting",
    "MeetingCreate",
    "MeetingEvent",
    "MeetingEventKind",
    "MeetingStatus",
    "Organisation",
    "OrganisationKind",
    "Place",
    "PlaceKind",
    "PlanActivity",
    "PlanFollowUp",
    "PlanStatus",
    "Source",
    "SurveyFactor",
    "SurveyResult",
    "saved_id",
]
