"""The key of a saved row, typed as the int it is once the row is in the database."""

from typing import Protocol


class _Row(Protocol):
    @property
    def id(self) -> int | None: ...


def saved_id(row: _Row) -> int:
    """The primary key of a row that has been flushed; a row not yet saved has none."""
    if row.id is None:
        raise ValueError(f"{type(row).__name__} has no id: it has not been saved")
    return row.id
