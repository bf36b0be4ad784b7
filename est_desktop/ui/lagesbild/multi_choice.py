"""A filter button that chooses any number of entries from a list; none chosen means all."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSignalBlocker, QSize, Signal
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import QMenu, QStyle, QToolButton, QWidget


class _StayOpenMenu(QMenu):
    """Ticking an entry keeps the menu open, so several can be ticked in one go."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        action = self.activeAction()
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            return
        super().mouseReleaseEvent(event)


class MultiChoiceButton(QToolButton):
    changed = Signal()

    def __init__(self, all_text: str, some_text: str, parent: QWidget | None = None) -> None:
        """``all_text`` is shown when nothing is ticked; ``some_text`` has %n for the count."""
        super().__init__(parent)
        self._all_text = all_text
        self._some_text = some_text
        self._menu = _StayOpenMenu(self)
        self._clear = QAction(self.tr("Show all"), self)
        self._clear.triggered.connect(self.clear)
        self._entries: dict[int, QAction] = {}
        self.setMenu(self._menu)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._update_text()

    def sizeHint(self) -> QSize:  # noqa: N802
        """Wide enough for the text and, beside it, the arrow: Qt sizes an instant-popup
        button for its text alone and draws the arrow over the last letter."""
        hint = super().sizeHint()
        arrow = self.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, self)
        return QSize(hint.width() + 2 * arrow, hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def set_choices(self, choices: Sequence[tuple[int, str]]) -> None:
        """Replaces the entries, keeping ticked the ones still offered."""
        ticked = self.checked_ids()
        self._menu.clear()
        self._entries.clear()
        self._menu.addAction(self._clear)
        self._menu.addSeparator()
        for entry_id, name in choices:
            action = QAction(name, self._menu)
            action.setCheckable(True)
            action.setChecked(entry_id in ticked)
            action.toggled.connect(self._toggled)
            self._menu.addAction(action)
            self._entries[entry_id] = action
        self._update_text()

    def checked_ids(self) -> frozenset[int]:
        return frozenset(i for i, action in self._entries.items() if action.isChecked())

    def set_checked_ids(self, ids: frozenset[int]) -> None:
        for entry_id, action in self._entries.items():
            with QSignalBlocker(action):
                action.setChecked(entry_id in ids)
        self._update_text()
        self.changed.emit()

    def clear(self) -> None:
        self.set_checked_ids(frozenset())

    def _toggled(self) -> None:
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        ticked = [a.text() for a in self._entries.values() if a.isChecked()]
        if not ticked:
            self.setText(self._all_text)
        elif len(ticked) == 1:
            self.setText(ticked[0])
        else:
            self.setText(self._some_text.replace("%n", str(len(ticked))))
        self.setToolTip("\n".join(ticked) if ticked else self._all_text)
