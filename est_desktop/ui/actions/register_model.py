"""The register's table model and its filtering proxy."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ...models import ActionStatus
from ...services.actions.register import RegisterFilter, RegisterRow
from ...services.actions.rows import ActionRow
from ..common import labels
from ..common.rowmodel import Column, RowTableModel

_STATUS_ORDER = {status.value: i for i, status in enumerate(ActionStatus)}


def one_line(text: str) -> str:
    return " ".join(text.split())


def shortened(text: str, length: int) -> str:
    text = one_line(text)
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


class ActionRegisterModel(RowTableModel[RegisterRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Action"), lambda r: one_line(r.action.description)),
                Column(self.tr("Responsible organisation"), lambda r: r.action.owner),
                Column(self.tr("Contact"), lambda r: r.action.contact_person),
                Column(self.tr("Focus area"), lambda r: r.action.focus_area),
                Column(self.tr("Decided"), lambda r: _decided_text(r.action), _decided_key),
                Column(
                    self.tr("Due date"),
                    lambda r: due_text(r.action),
                    lambda r: r.action.due_date.isoformat() if r.action.due_date else "9999",
                    warn=lambda r: r.action.is_overdue(date.today()),
                ),
                Column(self.tr("Status"), _status_text, _status_key),
                Column(
                    self.tr("Without update"),
                    self._without_update,
                    lambda r: r.meetings_since_update if r.action.is_open else -1,
                    align_right=True,
                ),
            ],
            row_id=lambda r: r.id,
            parent=parent,
        )

    def _without_update(self, row: RegisterRow) -> str:
        if not row.action.is_open:
            return ""
        return self.tr("%n meeting(s)", "", row.meetings_since_update)


def _decided_text(row: ActionRow) -> str:
    if row.decided_on is None:
        return ""
    return f"{labels.week(row.decided_on)} ({row.decided_on.isoformat()})"


def _decided_key(row: RegisterRow) -> str:
    day = row.action.decided_on.isoformat() if row.action.decided_on else ""
    return f"{day}/{row.id:09d}"


def _status_text(row: RegisterRow) -> str:
    """A closed action's status carries the day it was closed."""
    text = labels.action_status(row.action.status)
    if row.closed_on is None or row.action.is_open:
        return text
    return f"{text} {row.closed_on.isoformat()}"


def _status_key(row: RegisterRow) -> tuple[int, str]:
    order = _STATUS_ORDER.get(row.action.status, len(_STATUS_ORDER))
    return order, row.closed_on.isoformat() if row.closed_on else ""


def due_text(row: ActionRow) -> str:
    if row.due_date is None:
        return ""
    text = row.due_date.isoformat()
    return f"{text} — {labels.overdue()}" if row.is_overdue(date.today()) else text


class RegisterProxy(QSortFilterProxyModel):
    """Filters through the service's ``RegisterFilter``, so the rules live in one place.

    Each filter change decides every row in one Python pass and answers Qt from that
    list; sorting is forwarded to the source model, which sorts in Python once instead of
    asking for two sort keys per comparison. Both keep a keystroke in the search field
    fast over thousands of actions.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._filter = RegisterFilter()
        self._today = date.today()
        self._accepted: list[bool] = []
        self._accepted_revision: int | None = None
        # The rows accepted by everything but the free text, which is what typing changes.
        self._untexted: list[bool] = []
        self._untexted_key: tuple | None = None

    @property
    def register_filter(self) -> RegisterFilter:
        return self._filter

    def set_filter(self, register_filter: RegisterFilter, today: date | None = None) -> None:
        today = today or date.today()
        if register_filter == self._filter and today == self._today:
            return
        changing = hasattr(self, "beginFilterChange")  # Qt 6.9+
        if changing:
            self.beginFilterChange()
        self._filter, self._today = register_filter, today
        self._accepted_revision = None
        if changing:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def filterAcceptsRow(  # noqa: N802
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ActionRegisterModel)  # the one source it is made for
        if self._accepted_revision != model.revision:
            self._accepted = self._decide(model.rows(), model.revision)
            self._accepted_revision = model.revision
        return self._accepted[source_row]

    def _decide(self, rows: list[RegisterRow], revision: int) -> list[bool]:
        untexted = replace(self._filter, text="")
        key = (untexted, self._today, revision)
        if key != self._untexted_key:
            self._untexted = [untexted.matches(row, self._today) for row in rows]
            self._untexted_key = key
        if not self._filter.text.split():
            return self._untexted
        text_matches = self._filter.text_matches
        return [ok and text_matches(row) for ok, row in zip(self._untexted, rows, strict=True)]
