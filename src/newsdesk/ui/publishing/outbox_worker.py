"""Sending the outbox and fetching 조회수 off the UI thread.

Why this shape:

* :class:`OutboxWorker` lives in its own :class:`QThread` and only emits
  signals; the network I/O happens in the services it calls, and the UI
  thread alone touches widgets.
* :class:`OutboxRunner` (UI thread) owns the timers. A run is asked for every
  :data:`RUN_INTERVAL_MS` and right after work is queued; a request arriving
  while a run is busy is remembered and served after it, so there are never
  two runs at once and never a pile of them.
* The worker sends one job per ``run_due`` call and stops at the first
  network trouble: closing the window then waits for at most one request,
  and an offline server costs one failed connection per pass, not one per job.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot

from newsdesk.publish.api_errors import ApiError
from newsdesk.services.errors import NewsdeskError
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.outbox import OutboxService
from newsdesk.services.outbox_jobs import RunReport
from newsdesk.services.publish_targets import TargetService
from newsdesk.store.types import utc_now

if TYPE_CHECKING:  # the worker's clients come from TargetService.client, made in the thread
    from newsdesk.publish.api_client import NewsdeskApiClient

RUN_INTERVAL_MS = 15_000
VIEWS_INTERVAL_MS = 5 * 60_000
#: Upper bound on a single pass, so a long queue still lets the view counts through.
MAX_JOBS_PER_RUN = 200
SHUTDOWN_WAIT_MS = 5_000

ClientFactory = Callable[[str], "NewsdeskApiClient"]

#: Runners whose thread runs: a strong reference, so neither the runner nor its
#: thread can be garbage-collected (which aborts the process) before ``shutdown``.
_ACTIVE: set[OutboxRunner] = set()
#: Threads still finishing a request when their window closed (see ``shutdown``).
_LINGERING: set[QThread] = set()


def queue_only_client(target: str) -> NewsdeskApiClient:
    """For OutboxService calls made in the UI thread: they must never reach the network."""
    raise NewsdeskError(f"target {target}: the window does not send; the outbox worker does")


def merge_reports(total: RunReport, part: RunReport) -> None:
    total.sent.extend(part.sent)
    total.retrying.extend(part.retrying)
    total.failed.extend(part.failed)
    total.conflicts.extend(part.conflicts)
    total.deferred.extend(part.deferred)
    total.uploaded_media += part.uploaded_media


class OutboxWorker(QObject):
    """Runs :meth:`OutboxService.run_due` and view-count syncs in the worker thread."""

    #: A line of text after each job ("3 sent").
    progress = Signal(str)
    #: The :class:`RunReport` of a whole pass (read-only once emitted).
    finished = Signal(object)
    #: An unexpected error (database trouble); network trouble is in the report.
    failed = Signal(str)
    #: (rows changed, problems joined by newlines or "").
    views_synced = Signal(int, str)

    def __init__(self, newsroom: Newsroom, client_factory: ClientFactory | None = None) -> None:
        super().__init__()
        self._targets = TargetService(newsroom)
        self._outbox = OutboxService(newsroom, client_factory or self._targets.client)
        self._stop = threading.Event()

    def stop(self) -> None:
        """Finish after the current job (thread-safe)."""
        self._stop.set()

    @Slot()
    def run_outbox(self) -> None:
        total = RunReport()
        try:
            for _ in range(MAX_JOBS_PER_RUN):
                if self._stop.is_set():
                    break
                part = self._outbox.run_due(utc_now(), max_jobs=1)
                merge_reports(total, part)
                if part.attempted == 0 or part.retrying:
                    break
                self.progress.emit(f"{len(total.sent)}")
        except Exception as exc:  # shown in the status bar; the next pass tries again
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.finished.emit(total)

    @Slot()
    def sync_views(self) -> None:
        changed = 0
        problems: list[str] = []
        try:
            targets = [t for t in self._targets.list() if t.enabled and t.has_token]
        except Exception as exc:
            self.views_synced.emit(0, f"{type(exc).__name__}: {exc}")
            return
        for target in targets:
            if self._stop.is_set():
                break
            try:
                changed += self._outbox.sync_view_counts(target.name)
            except (ApiError, NewsdeskError) as exc:
                problems.append(str(exc))
            except Exception as exc:  # e.g. a busy database: reported, the next sync retries
                problems.append(f"{target.name}: {type(exc).__name__}: {exc}")
        self.views_synced.emit(changed, "\n".join(problems))


class OutboxRunner(QObject):
    """UI-thread owner of the worker thread and its timers.

    Deliberately parentless (Python-owned, timers too): the window may be
    deleted by Qt before ``shutdown`` is called from its ``destroyed``
    signal, and the runner must still be whole then.
    """

    run_finished = Signal(object)
    run_failed = Signal(str)
    run_progress = Signal(str)
    views_synced = Signal(int, str)
    #: The UI may want to show "sending…"; 1 when a pass starts, 0 when it ends.
    busy_changed = Signal(int)

    _start_run = Signal()
    _start_sync = Signal()

    def __init__(
        self,
        newsroom: Newsroom,
        *,
        client_factory: ClientFactory | None = None,
        run_interval_ms: int = RUN_INTERVAL_MS,
        views_interval_ms: int = VIEWS_INTERVAL_MS,
    ) -> None:
        super().__init__()
        self._thread = QThread()
        self._thread.setObjectName("newsdesk-outbox")
        self._worker = OutboxWorker(newsroom, client_factory)
        self._worker.moveToThread(self._thread)
        self._start_run.connect(self._worker.run_outbox)
        self._start_sync.connect(self._worker.sync_views)
        self._worker.finished.connect(self._on_run_finished)
        self._worker.failed.connect(self._on_run_failed)
        self._worker.progress.connect(self.run_progress)
        self._worker.views_synced.connect(self._on_views_synced)
        self._running = False
        self._run_again = False
        self._syncing = False
        self._sync_again = False
        self._closed = False

        self.run_timer = QTimer()
        self.run_timer.setInterval(run_interval_ms)
        self.run_timer.timeout.connect(self.request_run)
        self.views_timer = QTimer()
        self.views_timer.setInterval(views_interval_ms)
        self.views_timer.timeout.connect(self.request_view_sync)

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        """Start the thread and the timers, and send what is already due."""
        _ACTIVE.add(self)
        self._thread.start()
        self.run_timer.start()
        self.views_timer.start()
        self.request_run()
        self.request_view_sync()

    def request_run(self) -> None:
        """Send the due jobs now, or right after the pass in progress."""
        if self._closed:
            return
        if self._running:
            self._run_again = True
            return
        self._running = True
        self._run_again = False
        self.busy_changed.emit(1)
        self._start_run.emit()

    def request_view_sync(self) -> None:
        if self._closed:
            return
        if self._syncing:
            self._sync_again = True
            return
        self._syncing = True
        self._sync_again = False
        self._start_sync.emit()

    @Slot(object)
    def _on_run_finished(self, report: RunReport) -> None:
        if self._closed:  # a late answer after the window closed: nobody to tell
            return
        self._end_run()
        self.run_finished.emit(report)
        if report.sent:
            self.request_view_sync()

    @Slot(str)
    def _on_run_failed(self, message: str) -> None:
        if self._closed:
            return
        self._end_run()
        self.run_failed.emit(message)

    def _end_run(self) -> None:
        self._running = False
        self.busy_changed.emit(0)
        if self._run_again:
            QTimer.singleShot(0, self.request_run)

    @Slot(int, str)
    def _on_views_synced(self, changed: int, problems: str) -> None:
        if self._closed:
            return
        self._syncing = False
        self.views_synced.emit(changed, problems)
        if self._sync_again:
            QTimer.singleShot(0, self.request_view_sync)

    def shutdown(self, wait_ms: int = SHUTDOWN_WAIT_MS) -> bool:
        """Stop the timers and the thread; True when the thread ended in time.

        The worker finishes the job in flight (bounded by the client's
        timeouts). If that takes longer than ``wait_ms`` the window closes
        anyway and the thread is kept referenced until it ends, because
        destroying a running QThread aborts the process.
        """
        if self._closed:
            return not self._thread.isRunning()
        self._closed = True
        _ACTIVE.discard(self)
        self.run_timer.stop()
        self.views_timer.stop()
        self._worker.stop()
        self._thread.quit()
        if self._thread.wait(wait_ms):
            self._running = self._syncing = False
            return True
        thread = self._thread
        _LINGERING.add(thread)
        thread.finished.connect(
            lambda: _LINGERING.discard(thread), Qt.ConnectionType.DirectConnection
        )
        return False
