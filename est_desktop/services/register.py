"""The action register's filters, as plain data so they can be tested without a window."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ..models import ActionStatus
from .actions import ActionRow


class StatusFilter(StrEnum):
    OPEN = "open"
    ALL = "all"
    NEW = ActionStatus.NEW.value
    IN_PROGRESS = ActionStatus.IN_PROGRESS.value
    DONE = ActionStatus.DONE.value
    CANCELLED = ActionStatus.CANCELLED.value


@dataclass(frozen=True)
class RegisterFilter:
    organisation_id: int | None = None
    status: StatusFilter = StatusFilter.OPEN
    focus_area_id: int | None = None
    overdue_only: bool = False
    text: str = ""

    def matches(self, row: ActionRow, today: date) -> bool:
        if self.organisation_id is not None and row.owner_id != self.organisation_id:
            return False
        if self.focus_area_id is not None and row.focus_area_id != self.focus_area_id:
            return False
        if self.status == StatusFilter.OPEN and not row.is_open:
            return False
        if self.status not in (StatusFilter.OPEN, StatusFilter.ALL) and row.status != self.status:
            return False
        if self.overdue_only and not row.is_overdue(today):
            return False
        if self.text:
            haystack = f"{row.description}\n{row.owner}\n{row.contact_person}\n{row.focus_area}"
            return all(word in haystack.casefold() for word in self.text.casefold().split())
        return True
