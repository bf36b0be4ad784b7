"""The one way a read-only list of rows is shown: a table view set up alike everywhere."""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, SignalInstance
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ...models import TABLE_NAMES
from .store import shows

# Columns sized to their contents measure this many rows, the visible ones first, not
# Qt's default thousand: the meeting list and the register hold hundreds and thousands.
SIZED_BY_ROWS = 100


def row_table(
    model: QAbstractItemModel, *, stretch: int, sortable: bool = False, multi: bool = False
) -> QTableView:
    """Whole rows selected, no in-place editing, columns sized to content but ``stretch``."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setSortingEnabled(sortable)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setResizeContentsPrecision(SIZED_BY_ROWS)
    table.verticalHeader().setResizeContentsPrecision(SIZED_BY_ROWS)
    return table


class RefreshWhenShown(QObject):
    """Runs ``refresh`` on a change to the ``tables`` the widget shows while it is visible,
    and once when it is shown again after changes it missed: hidden pages do not re-query
    on every save, and no page re-queries for a save that does not concern it."""

    def __init__(
        self,
        widget: QWidget,
        changed: SignalInstance,
        refresh: Callable[[], None],
        *,
        tables: Collection[str] | None,
        stale: bool = False,
    ):
        """``tables``: the names of the tables the widget shows (None: it shows a bit of
        everything). ``stale``: nothing loaded yet, so the first showing loads it (not
        start-up)."""
        super().__init__(widget)
        self._widget = widget
        self._refresh = refresh
        self._tables = None if tables is None else frozenset(tables)
        if self._tables is not None and not self._tables <= TABLE_NAMES:
            raise ValueError(f"No such tables: {sorted(self._tables - TABLE_NAMES)}")
        self._stale = stale
        changed.connect(self._changed)
        widget.installEventFilter(self)

    def ensure_fresh(self) -> None:
        """For work on the page before it is shown: load now what the showing would."""
        if self._stale:
            self._stale = False
            self._refresh()

    def _changed(self, tables: frozenset[str] | None = None) -> None:
        if not shows(tables, self._tables):
            return
        if self._widget.isVisible():
            self._refresh()
        else:
            self._stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._widget and event.type() == QEvent.Type.Show and self._stale:
            self._stale = False
            self._refresh()
        return False
