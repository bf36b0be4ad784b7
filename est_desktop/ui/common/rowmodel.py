"""A read-only table model over plain row objects, described by its columns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ...text import swedish_sort_key

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3

WARNING_COLOUR = QColor("#b00020")

# data() runs for every cell a view paints or measures: roles are compared as plain ints.
_TEXT_ROLES = frozenset({Qt.ItemDataRole.DisplayRole.value, Qt.ItemDataRole.ToolTipRole.value})
_ID, _ROW, _SORT = ID_ROLE, ROW_ROLE, SORT_ROLE
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_VERTICAL_SORT = QAbstractItemModel.LayoutChangeHint.VerticalSortHint


@dataclass(frozen=True)
class Column(Generic[R]):
    header: str
    text: Callable[[R], str]
    sort_key: Callable[[R], Any] | None = None
    warn: Callable[[R], bool] | None = None  # shown in red and bold, next to a word saying why
    align_right: bool = False


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Rows are replaced wholesale by ``set_rows``; views keep their sort and filter.

    ``sort`` orders the rows themselves, in Python, by the column's key: a proxy sorting
    thousands of rows would call ``data()`` twice per comparison. ``revision`` changes
    whenever the rows or their order do, so a proxy can tell its cached answers are stale.
    """

    def __init__(self, columns: Sequence[Column[R]], row_id: Callable[[R], int], parent=None):
        super().__init__(parent)
        self._columns = list(columns)
        self._row_id = row_id
        self._rows: list[R] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self.revision = 0

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = self._sorted(list(rows))
        self.revision += 1
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def row_of_id(self, row_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if self._row_id(r) == row_id), -1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Keeps the order for later ``set_rows``; selections follow their rows."""
        sort = (column, order) if 0 <= column < len(self._columns) else None
        self._sort = sort
        if sort is None or not self._rows:
            return
        self.layoutAboutToBeChanged.emit([], _VERTICAL_SORT)
        positions = self._order(self._rows, sort)
        moved_to = [0] * len(positions)
        for new, old in enumerate(positions):
            moved_to[old] = new
        self._rows = [self._rows[old] for old in positions]
        old_indexes = self.persistentIndexList()
        self.changePersistentIndexList(
            old_indexes,
            [self.index(moved_to[i.row()], i.column()) for i in old_indexes],
        )
        self.revision += 1
        self.layoutChanged.emit([], _VERTICAL_SORT)

    def _sorted(self, rows: list[R]) -> list[R]:
        return rows if self._sort is None else [rows[i] for i in self._order(rows, self._sort)]

    def _order(self, rows: list[R], sort: tuple[int, Qt.SortOrder]) -> list[int]:
        """Row positions in sorted order; stable, so equal keys keep their order."""
        column_number, order = sort
        column = self._columns[column_number]
        key = column.sort_key or (lambda row: swedish_sort_key(column.text(row)))
        keys = [key(row) for row in rows]
        return sorted(
            range(len(rows)),
            key=keys.__getitem__,
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        number = index.row()
        if not 0 <= number < len(self._rows) or not index.isValid():
            return None
        row = self._rows[number]
        column = self._columns[index.column()]
        if role in _TEXT_ROLES:
            return column.text(row)
        if role == _ID:
            return self._row_id(row)
        if role == _ROW:
            return row
        if role == _SORT:
            return column.sort_key(row) if column.sort_key else column.text(row)
        if role == _ALIGNMENT:
            return _RIGHT if column.align_right else None
        if role == _FOREGROUND or role == _FONT:
            if column.warn is None or not column.warn(row):
                return None
            if role == _FOREGROUND:
                return QBrush(WARNING_COLOUR)
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        # Answered here, never by super(): PySide6 6.12 on Python 3.11 loses a reference to
        # None on each call into Qt from Python, and headers ask on every paint.
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header if 0 <= section < len(self._columns) else None
        return section + 1
