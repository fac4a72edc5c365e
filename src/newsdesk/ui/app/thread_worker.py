"""Run one service call off the UI thread and hand its result back.

Hand-off import/export and publishing (which re-exports the site folder) can
take seconds; the UI must keep painting. The worker only calls the function
and emits; the callbacks run on the UI thread (through a relay object that
lives there), so only the UI thread touches widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot


class ServiceWorker(QObject):
    """Calls ``job()`` in its thread; emits ``finished(result)`` or ``failed(exception)``."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Callable[[], Any]) -> None:
        super().__init__()
        self._job = job

    @Slot()
    def run(self) -> None:
        try:
            result = self._job()
        except Exception as exc:  # handed to the UI thread, which shows it
            self.failed.emit(exc)
            return
        self.finished.emit(result)


class _Relay(QObject):
    """Lives on the UI thread, so queued signals land there."""

    def __init__(
        self,
        parent: QObject,
        on_done: Callable[[Any], None],
        on_failed: Callable[[Exception], None],
        on_ended: Callable[[_Relay], None],
    ) -> None:
        super().__init__(parent)
        self._on_done = on_done
        self._on_failed = on_failed
        self._on_ended = on_ended

    @Slot(object)
    def done(self, result: object) -> None:
        self._on_done(result)

    @Slot(object)
    def fail(self, error: object) -> None:
        self._on_failed(error if isinstance(error, Exception) else RuntimeError(str(error)))

    @Slot()
    def ended(self) -> None:
        self._on_ended(self)


class BackgroundJobs(QObject):
    """Keeps running threads alive until they end; ``busy`` while any runs."""

    #: A job's thread ended (after its callback ran): ``busy`` may have changed.
    ended = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: list[tuple[QThread, ServiceWorker, _Relay]] = []

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def start(
        self,
        job: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[Exception], None],
    ) -> QThread:
        thread = QThread(self)
        worker = ServiceWorker(job)
        relay = _Relay(self, on_done, on_failed, self._forget)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        queued = Qt.ConnectionType.QueuedConnection
        worker.finished.connect(relay.done, queued)
        worker.failed.connect(relay.fail, queued)
        direct = Qt.ConnectionType.DirectConnection
        worker.finished.connect(thread.quit, direct)
        worker.failed.connect(thread.quit, direct)
        thread.finished.connect(relay.ended, queued)
        self._running.append((thread, worker, relay))
        thread.start()
        return thread

    def _forget(self, relay: _Relay) -> None:
        for entry in list(self._running):
            if entry[2] is relay:
                self._running.remove(entry)
                entry[0].deleteLater()
        relay.deleteLater()
        self.ended.emit()

    def wait_all(self, timeout_ms: int = 30_000) -> None:
        """Before the window closes: let running jobs finish (their data must land)."""
        for thread, _worker, _relay in list(self._running):
            thread.wait(timeout_ms)
