"""Backing up and restoring off the UI thread, with progress.

The worker calls a service function (Qt-free, with an ``on_progress``
callback) and only emits signals; :class:`JobDialog`, the base of the Back
up and Restore dialogs, reacts on the UI thread. Progress is throttled: a
backup of thousands of photos would otherwise queue thousands of repaints.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QWidget

from newsdesk.services.backup import ProgressCallback
from newsdesk.services.errors import NewsdeskError

#: At most one progress signal per this many seconds (the last one always goes out).
PROGRESS_INTERVAL_S = 0.05

BackupJob = Callable[[ProgressCallback], Any]


class ProgressWorker(QObject):
    """Runs ``job(on_progress)`` in its thread; emits progress, then done or failed."""

    #: (done, total, member name); total 0 while unknown.
    progress = Signal(int, int, str)
    #: The job's result (a frozen report dataclass: nothing shared is mutable).
    done = Signal(object)
    #: A message ready to show: the service's own words for expected problems.
    failed = Signal(str)

    def __init__(self, job: BackupJob) -> None:
        super().__init__()
        self._home = QThread.currentThread()
        self._job = job
        self._last = 0.0

    def _report(self, done: int, total: int, label: str) -> None:
        now = time.monotonic()
        if done >= total or now - self._last >= PROGRESS_INTERVAL_S:
            self._last = now
            self.progress.emit(done, total, label)

    @Slot()
    def run(self) -> None:
        result: object = None
        problem: str | None = None
        try:
            result = self._job(self._report)
        except NewsdeskError as exc:
            problem = str(exc)
        except Exception as exc:  # a bug: the dialog still says what happened
            problem = f"{type(exc).__name__}: {exc}"
        self.moveToThread(self._home)  # deleted on the UI thread, like the export worker
        if problem is not None:
            self.failed.emit(problem)
        else:
            self.done.emit(result)


def start_progress_job(job: BackupJob, parent: QObject) -> tuple[QThread, ProgressWorker]:
    """Start ``job`` in a new thread; keep both objects until ``thread.finished``."""
    thread = QThread(parent)
    worker = ProgressWorker(job)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    # Direct: quit() is thread-safe, and a closing dialog waits for the thread.
    worker.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    worker.failed.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    thread.start()
    return thread, worker


class JobDialog(QDialog):
    """Base of the Back up and Restore dialogs: progress bar, status line, one worker at a time."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: ProgressWorker | None = None
        self._inputs: list[QWidget] = []
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("backup-status")

    def is_running(self) -> bool:
        return self._thread is not None

    def _run(self, job: BackupJob) -> None:
        self.progress.setRange(0, 0)
        self._thread, self._worker = start_progress_job(job, self)
        self._worker.progress.connect(self._on_progress)
        self._worker.done.connect(self._on_done)
        self._worker.failed.connect(self._on_failed)
        self._thread.finished.connect(self._on_thread_finished)
        self._update_buttons()

    def _on_progress(self, done: int, total: int, _label: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _on_done(self, result: object) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)

    def _on_failed(self, message: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)

    def _on_thread_finished(self) -> None:
        self._thread = self._worker = None
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Lock the inputs while a job runs; each dialog then sets its action button."""
        for widget in self._inputs:
            widget.setEnabled(not self.is_running())

    def wait(self, msecs: int = 120_000) -> None:
        """Block until a running job ends (it cannot be stopped half-way)."""
        if self._thread is not None:
            self._thread.wait(msecs)

    def reject(self) -> None:
        self.wait()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.wait()
        super().closeEvent(event)
