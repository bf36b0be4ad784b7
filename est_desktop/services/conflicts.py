"""A save over a record that another desk changed since it was read.

Every edited row carries a version (models/versioned.py). A form remembers the version
it showed; the service compares it with the stored one before it writes. When they
differ nothing is written, and the error carries both sides so the user can choose:
keep their own values (save again over the newer version) or take the other desk's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..text import QT_TRANSLATE_NOOP

CHANGED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Validation",
    "Someone else saved this record while you were editing it. Compare the two versions "
    "and choose which to keep.",
)
# Both desks read the same version and saved within the same instant: the database
# refused the second write (SQLAlchemy's StaleDataError). Saving again compares anew.
CHANGED_AT_SAME_MOMENT = QT_TRANSLATE_NOOP(
    "Validation",
    "The change was not saved: another desk changed the same record at the same moment. Try again.",
)
DELETED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Validation",
    "Another desk deleted this record while you were editing it. What you typed is still in "
    "the form: save again to record it as new, or clear the form.",
)


@dataclass(frozen=True)
class FieldDifference:
    name: str  # the form field's name, as in ValidationError
    mine: Any
    theirs: Any


@dataclass
class ChangedElsewhere(Exception):
    """Nothing was saved. ``current_version`` is the stored version: saving again with it
    as the expected version writes ``mine`` over the other desk's change."""

    entity: str
    entity_id: int
    current_version: int
    differences: list[FieldDifference] = field(default_factory=list)
    text: str = CHANGED_ELSEWHERE

    def __post_init__(self) -> None:
        super().__init__(f"{self.entity} {self.entity_id} changed elsewhere")


def check_version(
    *,
    entity: str,
    entity_id: int,
    stored_version: int,
    expected_version: int | None,
    mine: dict[str, Any],
    theirs: dict[str, Any],
) -> None:
    """Raises ``ChangedElsewhere`` when the form's version is not the stored one.

    ``expected_version`` None means the caller read the row in this same transaction.
    ``mine`` and ``theirs`` are the form's values and the stored values by field name;
    only fields that differ are listed."""
    if expected_version is None or expected_version == stored_version:
        return
    differences = [
        FieldDifference(name, value, theirs.get(name))
        for name, value in mine.items()
        if theirs.get(name) != value
    ]
    raise ChangedElsewhere(entity, entity_id, stored_version, differences)
