"""The window's door to the database: services run here, and one signal says data changed."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from sqlalchemy.engine import Engine
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session

from ...db import end_reading, read_scope, session_scope
from ...errors import KnownError
from ...services import audit
from ...services.conflicts import CHANGED_AT_SAME_MOMENT

log = logging.getLogger(__name__)
T = TypeVar("T")


class Store(QObject):
    """Runs service functions in their own session, changes recorded in the audit trail
    under the operating-system user.

    ``read`` never writes: its session is rolled back and refuses to flush a change.
    ``write`` commits and then emits ``changed`` once, with the names of the tables it
    wrote to, so the views showing those refresh from the same moment instead of
    re-querying on their own schedule, and the others do not re-query at all.
    """

    # frozenset[str] of table names, or None when anything may have changed (a restore,
    # a reconnection); ``shows`` tells a view whether it is concerned.
    changed = Signal(object)

    def __init__(self, engine: Engine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.user = audit.os_user()
        self._reading: Session | None = None
        self._reading_thread: int | None = None  # a worker's read never joins the GUI's

    @contextmanager
    def reading(self) -> Iterator[None]:
        """The reads inside share one session: a screen built from several service calls
        is read at one moment, and a server database is asked once for a transaction
        rather than once per call. A write inside ends that transaction first, so the
        reads after it see what it wrote."""
        if self._reading is not None:
            yield  # already grouped
            return
        with read_scope(self.engine) as session:
            session.info[audit.USER] = self.user
            self._reading, self._reading_thread = session, threading.get_ident()
            try:
                yield
            finally:
                self._reading, self._reading_thread = None, None

    def _grouped(self) -> Session | None:
        """The grouping session, for the thread that opened it only: a session is not
        shared between threads, and workers (reports, exports) open their own."""
        if self._reading_thread == threading.get_ident():
            return self._reading
        return None

    def read(self, service: Callable[..., T], /, **kwargs) -> T:
        grouped = self._grouped()
        if grouped is not None:
            try:
                return service(session=grouped, **kwargs)
            except Exception:
                end_reading(grouped)  # a failed statement must not spoil the next read
                raise
        with read_scope(self.engine) as session:
            return service(session=session, **kwargs)

    def write(self, service: Callable[..., T], /, **kwargs) -> T:
        """A row another desk changed between this session's read and its write (the
        services' version check passed, the UPDATE then matched nothing) is refused with
        a ``KnownError``: nothing was written, and saving again compares anew."""
        grouped = self._grouped()
        if grouped is not None:
            end_reading(grouped)  # the reads after the write see what it wrote
        try:
            with session_scope(self.engine) as session:
                session.info[audit.USER] = self.user
                result = service(session=session, **kwargs)
        except StaleDataError as error:
            log.warning("Not saved, changed at another desk at the same moment: %s", error)
            raise KnownError(CHANGED_AT_SAME_MOMENT) from error
        self.changed.emit(audit.changed_tables(session))
        return result

    def announce(self, tables: frozenset[str] | None = None) -> None:
        """Changes made elsewhere (another desk, a restore): the views showing ``tables``
        re-read, all of them when that is not known."""
        self.changed.emit(tables)


def shows(changed: frozenset[str] | None, tables: Collection[str] | None) -> bool:
    """Whether a view showing ``tables`` (None: a bit of everything) is concerned by a
    ``changed`` signal."""
    return changed is None or tables is None or not changed.isdisjoint(tables)
