"""The tables of the follow-up page: bilaga 1 rows, their history and actions, and the goals."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)

from ...models import OPEN_ACTION_STATUSES, PlanStatus
from ...services.agreements.follow_up import GoalEvidence, GoalPlanRow, LinkedAction, PlanRow
from ..actions.register_model import one_line
from ..common import labels
from ..common.rowmodel import ROW_ROLE, SORT_ROLE, Column, RowTableModel

R = TypeVar("R")
HistoryRow = tuple[int, PlanStatus, str]  # year, status, note

_STATUS_ORDER = {status: n for n, status in enumerate(PlanStatus)}


class UpdatingRowModel(RowTableModel[R]):
    """Rows with the same ids as before are updated in place, without a model reset.

    Saving a row's status refreshes every view while the table may still be handling a
    change of selection; a reset then would pull the rows out from under it.
    """

    def update_rows(self, rows: Sequence[R]) -> None:
        if [self._row_id(r) for r in rows] != [self._row_id(r) for r in self._rows]:
            self.set_rows(rows)
            return
        self._rows = list(rows)
        if self._rows:
            last = self.index(len(self._rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)


class PlanRowModel(UpdatingRowModel[PlanRow]):
    ACTIVITY, STATUS, ACTIONS = 1, 5, 6

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("FollowUpModels", "Focus area"),
                    lambda r: r.focus_area,
                ),
                Column(
                    QCoreApplication.translate("FollowUpModels", "Activity"),
                    lambda r: one_line(r.activity),
                ),
                Column(
                    QCoreApplication.translate("FollowUpModels", "Measure"),
                    lambda r: one_line(r.measure),
                ),
                Column(
                    QCoreApplication.translate("FollowUpModels", "Follow-up"),
                    lambda r: ", ".join(r.follow_up.split("\n")),
                ),
                Column(
                    QCoreApplication.translate("FollowUpModels", "Goal"),
                    lambda r: one_line(r.goal),
                ),
                Column(
                    QCoreApplication.translate("FollowUpModels", "Status"),
                    lambda r: labels.plan_status(r.status),
                    sort_key=lambda r: _STATUS_ORDER[r.status],
                ),
                Column(
                    QCoreApplication.translate("FollowUpModels", "Actions"),
                    lambda r: str(len(r.actions)),
                    sort_key=lambda r: len(r.actions),
                    align_right=True,
                ),
            ],
            row_id=lambda r: r.id,
            parent=parent,
        )


class PlanProxy(QSortFilterProxyModel):
    """Shows the rows of one focus area, or of all when none is chosen."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._focus_area_id: int | None = None
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)

    @property
    def focus_area_id(self) -> int | None:
        return self._focus_area_id

    def set_focus_area(self, focus_area_id: int | None) -> None:
        if focus_area_id == self._focus_area_id:
            return
        changing = hasattr(self, "beginFilterChange")  # Qt 6.9+
        if changing:
            self.beginFilterChange()
        self._focus_area_id = focus_area_id
        if changing:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(  # noqa: N802
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if self._focus_area_id is None:
            return True
        row = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        return row is not None and row.focus_area_id == self._focus_area_id


class HistoryModel(RowTableModel[HistoryRow]):
    """A row's status year by year, from ``follow_up.plan_history``."""

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(QCoreApplication.translate("FollowUpModels", "Year"), lambda r: str(r[0])),
                Column(
                    QCoreApplication.translate("FollowUpModels", "Status"),
                    lambda r: labels.plan_status(r[1]),
                ),
                Column(
                    QCoreApplication.translate("FollowUpModels", "Note"), lambda r: one_line(r[2])
                ),
            ],
            row_id=lambda r: r[0],
            parent=parent,
        )


def _is_overdue(action: LinkedAction) -> bool:
    return (
        action.status in OPEN_ACTION_STATUSES
        and action.due_date is not None
        and action.due_date < date.today()
    )


def _due(action: LinkedAction) -> str:
    if action.due_date is None:
        return ""
    text = action.due_date.isoformat()
    return f"{text} — {labels.overdue()}" if _is_overdue(action) else text


class LinkedActionModel(RowTableModel[LinkedAction]):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("FollowUpModels", "Action"),
                    lambda r: one_line(r.description),
                ),
                Column(
                    QCoreApplication.translate("FollowUpModels", "Responsible"), lambda r: r.owner
                ),
                Column(
                    QCoreApplication.translate("FollowUpModels", "Status"),
                    lambda r: labels.action_status(r.status),
                ),
                Column(
                    QCoreApplication.translate("FollowUpModels", "Due"),
                    _due,
                    sort_key=lambda r: r.due_date or date.max,
                    warn=_is_overdue,
                ),
            ],
            row_id=lambda r: r.id,
            parent=parent,
        )


def _keep_together(text: str) -> str:
    """'1 open · 2 overdue' wraps only between its parts, never inside one."""
    return "\u00a0· ".join(part.replace(" ", "\u00a0") for part in text.split(" · "))


def incidents_text(evidence: GoalEvidence) -> str:
    """'2023: 120 · 2024: 98 · …', earliest year first."""
    years = sorted(evidence.incidents_per_year.items())
    return _keep_together(" · ".join(f"{year}: {n}" for year, n in years))


def _counted(number: int, one: str, many: str) -> str:
    """'1 beslutad', '3 beslutade': Swedish adjectives agree with the count (two texts, as
    lupdate does not read plurals in translate())."""
    return one if number == 1 else many.replace("%1", str(number))


def actions_text(evidence: GoalEvidence) -> str:
    counts = evidence.actions
    translate = QCoreApplication.translate
    parts = (
        _counted(
            counts.decided,
            translate("FollowUpModels", "1 decided"),
            translate("FollowUpModels", "%1 decided"),
        ),
        _counted(
            counts.done,
            translate("FollowUpModels", "1 done"),
            translate("FollowUpModels", "%1 done"),
        ),
        _counted(
            counts.open,
            translate("FollowUpModels", "1 open"),
            translate("FollowUpModels", "%1 open"),
        ),
        _counted(
            counts.overdue,
            translate("FollowUpModels", "1 overdue"),
            translate("FollowUpModels", "%1 overdue"),
        ),
    )
    return _keep_together(" · ".join(parts))


def plan_text(evidence: GoalEvidence) -> str:
    statuses = [row.status for row in evidence.plan]
    return _keep_together(
        QCoreApplication.translate(
            "FollowUpModels", "%1 carried out · %2 under way · %3 not started"
        )
        .replace("%1", str(statuses.count(PlanStatus.DONE)))
        .replace("%2", str(statuses.count(PlanStatus.IN_PROGRESS)))
        .replace("%3", str(statuses.count(PlanStatus.NOT_STARTED)))
    )


class GoalModel(UpdatingRowModel[GoalEvidence]):
    GOAL = 0

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(QCoreApplication.translate("FollowUpModels", "Goal"), lambda r: r.text),
                Column(
                    QCoreApplication.translate("FollowUpModels", "Focus areas"),
                    lambda r: ", ".join(r.focus_areas),
                ),
                Column(
                    QCoreApplication.translate("FollowUpModels", "Incidents per year"),
                    incidents_text,
                ),
                Column(
                    QCoreApplication.translate("FollowUpModels", "Actions"),
                    actions_text,
                    warn=lambda r: r.actions.overdue > 0,
                ),
                Column(QCoreApplication.translate("FollowUpModels", "Action plan"), plan_text),
            ],
            row_id=lambda r: r.id,
            parent=parent,
        )


class GoalPlanModel(RowTableModel[GoalPlanRow]):
    """The bilaga 1 rows of a goal's focus areas, with their latest recorded status."""

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("FollowUpModels", "Focus area"),
                    lambda r: r.focus_area,
                ),
                Column(
                    QCoreApplication.translate("FollowUpModels", "Activity"),
                    lambda r: one_line(r.activity),
                ),
                Column(
                    QCoreApplication.translate("FollowUpModels", "Latest status"),
                    _latest_status,
                    sort_key=lambda r: _STATUS_ORDER[r.status],
                ),
            ],
            row_id=lambda r: r.id,
            parent=parent,
        )


def _latest_status(row: GoalPlanRow) -> str:
    if row.year is None:
        return labels.plan_status(row.status)
    return (
        QCoreApplication.translate("FollowUpModels", "%1 (%2)")
        .replace("%1", labels.plan_status(row.status))
        .replace("%2", str(row.year))
    )
