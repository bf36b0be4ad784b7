"""A tab whose page is made when it is first shown or asked for.

Start-up then neither imports nor builds pages the first screen does not show; the
page's own module is imported by ``make``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

P = TypeVar("P", bound=QWidget)


class LazyPage(QWidget, Generic[P]):
    def __init__(self, make: Callable[[], P], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self._page: P | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def page(self) -> P:
        if self._page is None:
            # Building may load a module the size of matplotlib: the pointer says so.
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self._page = self._make()
            finally:
                QGuiApplication.restoreOverrideCursor()
            self._layout.addWidget(self._page)
        return self._page

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self._page is None:
            # Added while this is being shown, so not shown with it, and laid out at once
            # rather than after a first paint at its default size.
            self.page().show()
            self._layout.activate()
        super().showEvent(event)
