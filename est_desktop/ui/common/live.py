"""Other desks' changes, shown here without a restart: the change listener's notices are
handed to the GUI thread and become the Store's one ``changed`` signal, so every open
view (the presentation screen included) re-reads as it does after a save of our own."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from sqlalchemy.engine import URL

from ...services.server.listen import ChangeListener, OwnBackends
from .store import Store

log = logging.getLogger(__name__)

# A burst of notices (a bulk change at another desk, one transaction after another)
# becomes one refresh now and at most one more per this many milliseconds.
COALESCE_MS = 75


class LiveUpdates(QObject):
    """Runs a ``ChangeListener`` for the Store's server database while started.

    ``lost(text)`` when the connection to the server drops (``text`` is the driver's
    message, for the log or a detail line, not for the user) and ``restored()`` when it
    is back; after a restore, and once the first LISTEN is in place, ``store.changed``
    is emitted so views re-read what they may have missed. ``tables_changed`` carries
    the names of the tables another desk changed, just before ``store.changed``.
    """

    lost = Signal(str)
    restored = Signal()
    listening = Signal()
    tables_changed = Signal(object)  # frozenset[str]

    # From the listener's thread; queued, so the slots run on this object's thread.
    _heard = Signal(object)
    _lost = Signal(str)
    _restored = Signal()
    _listening = Signal()

    def __init__(
        self,
        store: Store,
        engine_url: str | URL | None = None,
        parent: QObject | None = None,
        *,
        coalesce_ms: int = COALESCE_MS,
    ) -> None:
        """``engine_url`` defaults to the Store's engine's, password included."""
        super().__init__(parent)
        self._store = store
        self._url = store.engine.url if engine_url is None else engine_url
        self._listener: ChangeListener | None = None
        self._own: OwnBackends | None = None
        self._pending: set[str] = set()
        self._active = False
        self.connected = False
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(coalesce_ms)
        self._pause.timeout.connect(self._pause_over)
        queued = Qt.ConnectionType.QueuedConnection
        self._heard.connect(self._on_heard, queued)
        self._lost.connect(self._on_lost, queued)
        self._restored.connect(self._on_restored, queued)
        self._listening.connect(self._on_listening, queued)

    @property
    def store(self) -> Store:
        return self._store

    @property
    def listener(self) -> ChangeListener | None:
        return self._listener

    def start(self) -> None:
        if self._active:
            return
        self._active = True
        self._own = OwnBackends(self._store.engine)
        self._listener = ChangeListener(
            self._url,
            on_change=self._heard.emit,
            on_lost=self._lost.emit,
            on_restored=self._restored.emit,
            on_listening=self._listening.emit,
            ignore_pid=self._own.__contains__,
        )
        self._listener.start()
        # A window closed without stop() must not leave the thread and its connection behind.
        listener = self._listener
        self.destroyed.connect(lambda *_: listener.stop())
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop, Qt.ConnectionType.UniqueConnection)

    def stop(self) -> None:
        """Ends the listener thread; notices still on their way are dropped."""
        if not self._active:
            return
        self._active = False
        self.connected = False
        self._pause.stop()
        self._pending.clear()
        if self._listener is not None:
            if not self._listener.stop():
                log.info("Change listener still waiting for the server; it ends by itself")
            self._listener = None
        if self._own is not None:
            self._own.close()
            self._own = None

    # --- on the GUI thread --------------------------------------------------------------

    @Slot(object)
    def _on_heard(self, tables: frozenset[str]) -> None:
        if not self._active:
            return
        self._pending.update(tables)
        if not self._pause.isActive():
            self._announce()

    def _pause_over(self) -> None:
        if self._active and self._pending:
            self._announce()

    def _announce(self) -> None:
        tables, self._pending = frozenset(self._pending), set()
        self.tables_changed.emit(tables)
        self._store.announce(tables)
        # Counted from the end of the views' refresh, so a slow one still leaves a pause.
        self._pause.start()

    @Slot(str)
    def _on_lost(self, text: str) -> None:
        if not self._active:
            return
        self.connected = False
        self.lost.emit(text)

    @Slot()
    def _on_restored(self) -> None:
        if self._active:
            self.restored.emit()

    @Slot()
    def _on_listening(self) -> None:
        if not self._active:
            return
        self.connected = True
        # Whatever changed before the LISTEN was in place is read now.
        self._pending.clear()
        self._pause.stop()
        self._store.announce()
        self.listening.emit()
