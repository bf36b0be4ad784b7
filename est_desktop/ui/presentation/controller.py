"""Which agenda item is on the meeting-room screen, and how it moves."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

from ...services.meetings import presentation
from ..common.store import Store

LAST = -1  # the page to show of a slide whose pages are not counted yet: its last


class PresentationController(QObject):
    """The state both screens share: the item shown, follow, freeze, blank and whether the
    focus-area slides show the week's map or the trend.

    The laptop's agenda and the projector window talk to this object only.
    """

    moved = Signal()  # another item is on screen, or its content changed
    paged = Signal()  # another page of the same slide is on screen
    state_changed = Signal()  # follow, freeze, blank or map changed
    started = Signal()
    ended = Signal()

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.meeting_id: int | None = None
        self.item_ids: list[int] = []
        self.index = 0
        # A slide too long for the screen is shown as pages: which one, of how many (the
        # projector's window counts them for its size). LAST: the last, once counted.
        self.page = 0
        self.pages = 1
        self.follow = True
        self.frozen = False
        self.blanked = False
        self.show_map = False  # kept while moving between slides
        self.item_started = time.monotonic()
        self.meeting_started = time.monotonic()
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(150)
        self._reload.timeout.connect(self._data_changed)
        store.changed.connect(self._store_changed)

    def _store_changed(self) -> None:
        """Whatever changed: a slide shows the meeting, which is a bit of everything."""
        self._reload.start()

    @property
    def active(self) -> bool:
        return self.meeting_id is not None

    @property
    def item_id(self) -> int | None:
        return self.item_ids[self.index] if self.active and self.item_ids else None

    def start(self, meeting_id: int, item_id: int | None = None) -> None:
        self.meeting_id = meeting_id
        self.item_ids = self._store.read(presentation.slide_item_ids, meeting_id=meeting_id)
        self.index = self.item_ids.index(item_id) if item_id in self.item_ids else 0
        self.page, self.pages = 0, 1
        self.frozen = self.blanked = self.show_map = False
        self.meeting_started = self.item_started = time.monotonic()
        self.started.emit()
        self.moved.emit()
        self.state_changed.emit()

    def end(self) -> None:
        if self.active:
            self.meeting_id = None
            self.item_ids = []
            self.ended.emit()

    # --- moving -----------------------------------------------------------------------

    def go(self, index: int, page: int = 0) -> None:
        if not self.item_ids:
            return
        index = max(0, min(index, len(self.item_ids) - 1))
        if index != self.index:
            self.index = index
            self.page, self.pages = page, 1
            self.item_started = time.monotonic()
            self.moved.emit()

    def next(self) -> None:
        """The slide's next page, else the next slide."""
        if self.page + 1 < self.pages:
            self.page += 1
            self.paged.emit()
        else:
            self.go(self.index + 1)

    def previous(self) -> None:
        """The slide's page before, else the slide before at its last page."""
        if self.page > 0:
            self.page -= 1
            self.paged.emit()
        else:
            self.go(self.index - 1, page=LAST)

    def set_pages(self, pages: int) -> None:
        """The projector's window counted the slide's pages at its size: the page shown
        stays in range (a slide shortened by a change, a larger screen)."""
        before = (self.page, self.pages)
        self.pages = max(1, pages)
        self.page = self.pages - 1 if self.page == LAST else min(self.page, self.pages - 1)
        if (self.page, self.pages) != before:
            self.paged.emit()

    def first(self) -> None:
        if self.index == 0 and self.page != 0:
            self.page = 0
            self.paged.emit()
        self.go(0)

    def last(self) -> None:
        self.go(len(self.item_ids) - 1)

    def show_item(self, item_id: int) -> None:
        """Jump to an item, whatever follow and freeze say (the convener asked for it)."""
        if item_id in self.item_ids:
            self.go(self.item_ids.index(item_id))

    def selection_changed(self, item_id: int | None) -> None:
        """The laptop's agenda selection moved: the screen goes along in follow mode."""
        if self.active and self.follow and not self.frozen and item_id is not None:
            self.show_item(item_id)

    # --- modes ---------------------------------------------------------------------------

    def set_follow(self, follow: bool) -> None:
        self.follow = follow
        self.state_changed.emit()

    def set_frozen(self, frozen: bool) -> None:
        """A frozen screen keeps what it shows, content included, until unfrozen."""
        self.frozen = frozen
        self.state_changed.emit()
        if not frozen:
            self.moved.emit()

    def toggle_blank(self) -> None:
        self.blanked = not self.blanked
        self.state_changed.emit()

    def set_map(self, show: bool) -> None:
        """The week's map instead of the trend on every focus-area slide, or back."""
        self.show_map = show
        self.state_changed.emit()

    def toggle_map(self) -> None:
        self.set_map(not self.show_map)

    def _data_changed(self) -> None:
        if not self.active:
            return
        current = self.item_id
        self.item_ids = self._store.read(presentation.slide_item_ids, meeting_id=self.meeting_id)
        if not self.item_ids:
            self.end()
            return
        if current in self.item_ids:
            self.index = self.item_ids.index(current)
        else:
            self.index = min(self.index, len(self.item_ids) - 1)
        if not self.frozen:
            self.moved.emit()
