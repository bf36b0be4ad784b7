"""How long another desk's save takes to show here: ``remote_change_visible_ms`` (issue 13).

    from benchmarks.remote_change import measure_remote_change_visible_ms
    values["remote_change_visible_ms"] = measure_remote_change_visible_ms(url)

From the moment the other desk's COMMIT returns to the moment every slot on
``store.changed`` has run, i.e. the open views have re-read. Given a ``window`` (a
``MainWindow`` on the same server database, showing what the convener would), its views'
refresh is included; without one, a bare Store: the notice path alone. Installs the
change triggers on the database (idempotent; needs the owner's rights).
"""

from __future__ import annotations

import statistics
import sys
import time
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import URL, make_url

# A quiet moment between saves, as between two desks' answers: more than the coalescing
# pause, so each save is announced at once rather than at the end of a burst.
QUIET_MS = 250
TIMEOUT_MS = 5000


def measure_remote_change_visible_ms(
    url: str | URL,
    repeats: int = 20,
    *,
    window: Any | None = None,
    live: Any | None = None,
    other_url: str | URL | None = None,
    save: Any | None = None,
    triggers: bool = True,
) -> float:
    """Median over ``repeats`` saves after one warm-up, in milliseconds.

    ``live``: the window's own ``LiveUpdates``, if it runs one, so that a second listener
    does not announce every change twice. ``other_url`` and ``save(session, run)``: the
    other desk and what it saves (a participant's answer, say); by default a no-op UPDATE
    of the action table on ``url``. ``triggers=False`` when the database is set up already
    (only its owner may install them).
    """
    from PySide6.QtWidgets import QApplication

    from est_desktop.db import make_server_engine
    from est_desktop.services.server.notify import install_triggers
    from est_desktop.ui.common.live import LiveUpdates
    from est_desktop.ui.common.store import Store

    _app = QApplication.instance() or QApplication(sys.argv[:1])  # kept alive while measuring
    url = make_url(url) if isinstance(url, str) else url
    other = make_server_engine(
        make_url(other_url) if isinstance(other_url, str) else other_url or url
    )
    own_engine = None
    if live is not None:
        store = live.store
    elif window is not None:
        store = window.store
    else:
        own_engine = make_server_engine(url)
        store = Store(own_engine)
    if triggers:
        with other.begin() as connection:
            install_triggers(connection)
    own_live = live is None
    if own_live:
        live = LiveUpdates(store)
    seen: list[float] = []

    def record() -> None:
        seen.append(time.perf_counter())

    samples: list[float] = []
    try:
        if own_live:
            live.start()
        if not _wait(lambda: live.connected, TIMEOUT_MS):
            raise RuntimeError("the change listener did not connect")
        store.changed.connect(record)  # connected last: runs after the views' refresh
        for run in range(repeats + 1):
            _wait(lambda: False, QUIET_MS)
            seen.clear()
            if save is not None:
                from est_desktop.db import session_scope

                with session_scope(other) as session:
                    save(session, run)
            else:
                with other.begin() as connection:
                    # Fires the action table's trigger as a saved answer does; changes nothing.
                    connection.execute(text('UPDATE "action" SET id = id WHERE false'))
            committed = time.perf_counter()
            if not _wait(lambda: bool(seen), TIMEOUT_MS):
                raise RuntimeError(f"no store.changed within {TIMEOUT_MS} ms of the commit")
            if run:
                samples.append((seen[0] - committed) * 1000)
    finally:
        try:
            store.changed.disconnect(record)
        except (RuntimeError, TypeError):
            pass
        if own_live:
            live.stop()
            live.deleteLater()
        other.dispose()
        if own_engine is not None:
            own_engine.dispose()
    return statistics.median(samples)


def _wait(done: Any, timeout_ms: int) -> bool:
    """Runs the event loop until ``done()`` or the timeout. ``done`` is checked every
    millisecond; the times measured are taken in the slot, not here."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    deadline = time.perf_counter() + timeout_ms / 1000

    def check() -> None:
        if done() or time.perf_counter() >= deadline:
            loop.quit()

    poll = QTimer()
    poll.setInterval(1)
    poll.timeout.connect(check)
    poll.start()
    if not done():
        loop.exec()
    poll.stop()
    return bool(done())
