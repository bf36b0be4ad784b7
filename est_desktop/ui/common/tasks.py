"""Runs slow work (exports, reports) off the GUI thread and hands the result back to it."""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Relay(QObject):
    """Created on the GUI thread; the worker's signals reach its slots queued, on that thread."""

    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        on_progress: Callable[[int, int, str], None] | None,
    ):
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_error)
        self.progressed.connect(self._deliver_progress)

    @Slot(int, int, str)
    def _deliver_progress(self, done: int, total: int, label: str) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total, label)

    @Slot(object)
    def _deliver_done(self, result: Any) -> None:
        _running.discard(self)
        self._on_done(result)

    @Slot(object)
    def _deliver_error(self, error: Exception) -> None:
        _running.discard(self)
        self._on_error(error)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # handed to the GUI thread, which decides how to show it
            self._relay.failed.emit(error)
        else:
            self._relay.done.emit(result)


_running: set[_Relay] = set()


class _HeavyWork:
    """How many tasks do heavy work now, and how the interpreter ran before the first."""

    lock = threading.Lock()
    tasks = 0
    collector_was_enabled = True
    switch_interval = 0.005


# While heavy work runs, the GIL changes hands this often: every call from Qt into Python
# (a table's data(), an event filter) waits for it, so at Python's 5 ms a repaint of one
# table took half a second.
_HEAVY_SWITCH_INTERVAL = 0.0005


@contextmanager
def heavy_work() -> Iterator[None]:
    """For work off the GUI thread that builds tens of thousands of objects (an import).

    The garbage collector's full sweeps, which hold every thread for 100 ms and more while
    the heap grows, wait until it is done; the objects it leaves are freed by their
    reference counts as usual. And the GIL is handed over more often, so that the GUI
    thread's calls into Python do not queue behind the work."""
    work = _HeavyWork
    with work.lock:
        work.tasks += 1
        if work.tasks == 1:
            work.collector_was_enabled = gc.isenabled()
            work.switch_interval = sys.getswitchinterval()
            gc.disable()
            sys.setswitchinterval(_HEAVY_SWITCH_INTERVAL)
    try:
        yield
    finally:
        with work.lock:
            work.tasks -= 1
            if work.tasks == 0:
                sys.setswitchinterval(work.switch_interval)
                if work.collector_was_enabled:
                    gc.enable()


def run_task(
    work: Callable[..., Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    on_progress: Callable[[int, int, str], None] | None = None,
) -> None:
    """Calls ``work()`` in the thread pool; the callbacks run on the GUI thread.

    ``work`` must not touch widgets and must open its own database session. With
    ``on_progress``, ``work`` is called as ``work(progress)`` and may call
    ``progress(done, total, label)`` as often as it likes.
    """
    relay = _Relay(on_done, on_error, on_progress)
    _running.add(relay)
    if on_progress is not None:
        task_work = work
        work = lambda: task_work(relay.progressed.emit)  # noqa: E731
    QThreadPool.globalInstance().start(_Task(work, relay))


class ProgressDialog(QProgressDialog):
    """Modal progress for a ``run_task``, fed through ``progressed``; the work cannot be
    cancelled half-way (a document is either written whole or not at all)."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(text, "", 0, 0, parent)
        self.setCancelButton(None)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(0)

    def progressed(self, done: int, total: int, label: str) -> None:
        self.setMaximum(total)
        self.setValue(done)
        self.setLabelText(label)
