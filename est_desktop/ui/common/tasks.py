"""Runs slow work (exports, reports) off the GUI thread and hands the result back to it."""

from __future__ import annotations

import gc
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


class _PausedCollector:
    """How many tasks want the collector paused, and whether it ran before the first."""

    lock = threading.Lock()
    tasks = 0
    was_enabled = True


@contextmanager
def collector_paused() -> Iterator[None]:
    """For work that builds tens of thousands of objects (an import): the garbage
    collector's full sweeps, which hold every thread for 100 ms and more while the heap
    grows, wait until it is done. The objects it leaves are freed by their reference
    counts as usual; the collector runs again afterwards."""
    paused = _PausedCollector
    with paused.lock:
        paused.tasks += 1
        if paused.tasks == 1:
            paused.was_enabled = gc.isenabled()
            gc.disable()
    try:
        yield
    finally:
        with paused.lock:
            paused.tasks -= 1
            if paused.tasks == 0 and paused.was_enabled:
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
