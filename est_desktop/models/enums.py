"""Enumerations stored as short English codes; the UI translates them."""

from enum import StrEnum


class OrganisationKind(StrEnum):
    DEPARTMENT = "forvaltning"
    POLICE = "polis"
    EXTERNAL = "extern"


class PlaceKind(StrEnum):
    LOCALITY = "ort"
    SITE = "plats"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    OPEN = "open"
    FINALISED = "finalised"


class AgendaItemKind(StrEnum):
    OPENING = "opening"
    ACTION_REVIEW = "action_review"
    FOCUS_AREA = "focus_area"
    OTHER = "other"
    NEXT_MEETING = "next_meeting"


class ActionStatus(StrEnum):
    NEW = "new"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def is_open(self) -> bool:
        return self in (ActionStatus.NEW, ActionStatus.IN_PROGRESS)


OPEN_ACTION_STATUSES = (ActionStatus.NEW.value, ActionStatus.IN_PROGRESS.value)


class MeetingEventKind(StrEnum):
    FINALISED = "finalised"
    REOPENED = "reopened"


class PlanStatus(StrEnum):
    """How far one bilaga 1 row has come in a year."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
