"""The audit trail: who changed which record when, and which fields; never the values."""

from datetime import datetime
from enum import StrEnum

from sqlmodel import Field, SQLModel

from .clock import utcnow


class AuditAction(StrEnum):
    CREATED = "created"
    CHANGED = "changed"
    DELETED = "deleted"
    FINALISED = "finalised"
    REOPENED = "reopened"
    IMPORTED = "imported"


class AuditEntry(SQLModel, table=True):
    """One change to one row, written in the same transaction as the change.

    ``fields`` holds column names only, comma-separated; ``note`` only keys (a
    setting's name, the ids of a link row), so no free text ever lands here.
    """

    __tablename__ = "audit_entry"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    user: str = ""
    # On a server, the database role that made the change, set by the server itself.
    db_user: str = ""
    action: str
    entity: str = Field(index=True)
    entity_id: int | None = None
    fields: str = ""
    note: str = ""
