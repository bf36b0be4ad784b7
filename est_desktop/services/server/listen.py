"""Hearing about other desks' changes: one thread, one connection of its own, LISTENing on
the channel the triggers of ``notify`` send table names on.

The connection is not from the engine's pool: a pooled connection is handed to whoever
asks next, and a LISTEN belongs to one session for as long as it lives. When the
connection drops, the listener says so, tries again with a growing pause, and says when
it is back: what was changed in between is unknown, so the caller re-reads everything.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, TypedDict

from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url

from .notify import CHANNEL

log = logging.getLogger(__name__)

APPLICATION_NAME = "EST Desktop listener"
FIRST_RETRY = 0.5  # seconds; doubled after each failed attempt, up to LAST_RETRY
LAST_RETRY = 10.0
POLL = 0.2  # how long one wait for notices lasts: how soon stop() is noticed
CONNECT_TIMEOUT = 5


class _Keepalives(TypedDict):
    """libpq's keepalive parameters, named so that psycopg.connect takes them as such."""

    keepalives: int
    keepalives_idle: int
    keepalives_interval: int
    keepalives_count: int


# A server that vanishes without closing the connection (a cable, a sleeping laptop) is
# noticed through TCP keepalives: after about 10 + 3 × 5 seconds of silence.
_KEEPALIVES: _Keepalives = {
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
}


def conninfo(url: str | URL) -> str:
    """libpq's connection string for a SQLAlchemy URL, password included: never log it."""
    from psycopg.conninfo import make_conninfo

    url = make_url(url) if isinstance(url, str) else url
    # Keyword form, so a password or user name with spaces or quotes comes through intact.
    fields = {
        "host": url.host,
        "port": url.port,
        "dbname": url.database,
        "user": url.username,
        "password": url.password,
        **{key: str(value) for key, value in url.query.items()},
    }
    return make_conninfo("", **{key: value for key, value in fields.items() if value is not None})


class ChangeListener:
    """Calls ``on_change`` with the names of the tables another desk changed, from the
    listener's own thread; the callbacks must hand over to their own thread themselves.

    ``on_lost(error_text)`` when the connection fails (once per outage), ``on_restored()``
    when it is back and listening again, ``on_listening()`` after every successful
    LISTEN, the first included. ``ignore_pid`` says which sending backends to leave out:
    this desk's own connections, whose writes it has already shown.
    """

    def __init__(
        self,
        url: str | URL,
        *,
        on_change: Callable[[frozenset[str]], None],
        on_lost: Callable[[str], None] | None = None,
        on_restored: Callable[[], None] | None = None,
        on_listening: Callable[[], None] | None = None,
        ignore_pid: Callable[[int], bool] | None = None,
        first_retry: float = FIRST_RETRY,
        last_retry: float = LAST_RETRY,
    ) -> None:
        self._conninfo = conninfo(url)
        self._on_change = on_change
        self._on_lost = on_lost
        self._on_restored = on_restored
        self._on_listening = on_listening
        self._ignore_pid = ignore_pid
        self._first_retry = first_retry
        self._last_retry = last_retry
        self._stopping = threading.Event()
        self._listening = threading.Event()
        self._thread: threading.Thread | None = None
        self.backend_pid: int | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def listening(self) -> bool:
        return self._listening.is_set()

    def wait_listening(self, timeout: float | None = None) -> bool:
        """True once the LISTEN is in place, so a change committed from now on is heard."""
        return self._listening.wait(timeout)

    def start(self) -> None:
        if self.running:
            return
        # Each thread its own flag: one still ending after stop() is never revived.
        self._stopping = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(self._stopping,), name=APPLICATION_NAME, daemon=True
        )
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> bool:
        """Ends the thread; True if it has ended within ``timeout``. A thread still waiting
        for a server to answer a connection attempt ends by itself when the attempt does."""
        self._stopping.set()
        thread, self._thread = self._thread, None
        if thread is None:
            return True
        thread.join(timeout)
        return not thread.is_alive()

    # --- the thread ---------------------------------------------------------------------

    def _run(self, stopping: threading.Event) -> None:
        delay = self._first_retry
        lost = False
        while not stopping.is_set():
            try:
                connection = self._connect()
            except Exception as error:  # any failure to connect is an outage
                if not lost:
                    lost = True
                    self._call(self._on_lost, _error_text(error))
                log.info("Change listener: no connection, next attempt in %.1f s", delay)
                stopping.wait(delay)
                delay = min(delay * 2, self._last_retry)
                continue
            if stopping.is_set():
                self._listening.clear()
                _close_quietly(connection)
                break
            delay = self._first_retry
            if lost:
                lost = False
                self._call(self._on_restored)
            self._call(self._on_listening)
            try:
                self._listen(connection, stopping)
            except Exception as error:  # a dropped connection, whatever its form
                if not stopping.is_set():
                    lost = True
                    log.info("Change listener: connection lost")
                    self._call(self._on_lost, _error_text(error))
            finally:
                self._listening.clear()
                self.backend_pid = None
                _close_quietly(connection)
            if lost:
                stopping.wait(delay)
                delay = min(delay * 2, self._last_retry)

    def _connect(self) -> Any:
        import psycopg

        connection = psycopg.connect(
            self._conninfo,
            autocommit=True,
            application_name=APPLICATION_NAME,
            connect_timeout=CONNECT_TIMEOUT,
            **_KEEPALIVES,
        )
        try:
            connection.execute(f'LISTEN "{CHANNEL}"')
        except Exception:
            _close_quietly(connection)
            raise
        self.backend_pid = connection.info.backend_pid
        self._listening.set()
        return connection

    def _listen(self, connection: Any, stopping: threading.Event) -> None:
        while not stopping.is_set():
            tables: set[str] = set()
            # Returns with the first packet of notices, or empty after POLL seconds.
            for notice in connection.notifies(timeout=POLL, stop_after=1):
                if notice.channel != CHANNEL:
                    continue
                if self._ignore_pid is not None and self._ignore_pid(notice.pid):
                    continue
                tables.add(notice.payload)
            if tables and not stopping.is_set():
                self._call(self._on_change, frozenset(tables))
            if connection.closed or connection.broken:
                raise ConnectionError("the connection to the database server was closed")

    def _call(self, callback: Callable[..., None] | None, *args: Any) -> None:
        if callback is None:
            return
        try:
            callback(*args)
        except Exception:
            log.exception("Change listener: a callback failed")


def _error_text(error: BaseException) -> str:
    """The first line of the driver's message (libpq's, without the password)."""
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__


def _close_quietly(connection: Any) -> None:
    try:
        connection.close()
    except Exception:  # a broken connection may fail to close
        log.debug("Change listener: closing failed", exc_info=True)


class OwnBackends:
    """The server processes of an engine's pooled connections, so the listener can leave
    out the notices of this desk's own writes: the Store has already announced those.

    Safe to ask from any thread; a pid leaves the set when its connection is closed or
    found broken, so a number the server later gives another desk is not mistaken.
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._lock = threading.Lock()
        self._pids: dict[int, int] = {}  # id(connection record) -> backend pid
        self._hooks = (
            ("checkout", self._checked_out),
            ("close", self._gone),
            ("invalidate", self._gone),
            ("soft_invalidate", self._gone),
            ("detach", self._gone),
        )
        for name, hook in self._hooks:
            event.listen(engine, name, hook)

    def __contains__(self, pid: object) -> bool:
        with self._lock:
            return pid in self._pids.values()

    def close(self) -> None:
        for name, hook in self._hooks:
            event.remove(self._engine, name, hook)
        with self._lock:
            self._pids.clear()

    def _checked_out(self, dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        pid = _backend_pid(dbapi_connection)
        with self._lock:
            if pid is None:
                self._pids.pop(id(record), None)
            else:
                self._pids[id(record)] = pid

    def _gone(self, _dbapi_connection: Any, record: Any, *_args: Any) -> None:
        with self._lock:
            self._pids.pop(id(record), None)


def _backend_pid(dbapi_connection: Any) -> int | None:
    try:
        return int(dbapi_connection.info.backend_pid) or None
    except Exception:  # not psycopg's, or closed
        return None
