"""Scheduled articles go out on time while the window is open, not at the next start.

A single-shot timer waits for the earliest scheduled time (and at most
:data:`CHECK_MS`, so an article scheduled from another window, PC or the
command line is noticed too). When something is due, the existing
:meth:`WorkflowService.publish_due` runs in a background job — it runs the
checks and re-exports the site folder — and the window is told.

An article that fails its checks stays scheduled; the user is told once, and
it is tried again only after it changed (its version moved), instead of
failing and nagging every 30 seconds.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

from newsdesk.services.errors import NewsdeskError
from newsdesk.services.workflow import DuePublication, WorkflowService
from newsdesk.store.types import utc_now
from newsdesk.ui.editor.external_changes import reload_if_changed_elsewhere
from newsdesk.ui.workflow.workflow_dialogs import due_report_html

if TYPE_CHECKING:
    from newsdesk.ui.workflow.workflow_controller import WorkflowController

#: Longest wait between two looks at the schedule.
CHECK_MS = 30_000
#: Fire a little after the scheduled second, so "due" is certainly true then.
LATE_MS = 250


def wait_ms(next_at: datetime | None, now: datetime, longest: int = CHECK_MS) -> int:
    """How long to wait before the next look: until ``next_at``, at most ``longest``.

    A time already past belongs to an article that could not be published
    (it failed its checks); waiting 0 ms for it would spin, so wait the most.
    """
    if next_at is None or next_at <= now:
        return longest
    until = int((next_at - now).total_seconds() * 1000) + LATE_MS
    return max(LATE_MS, min(until, longest))


class ScheduledPublisher(QObject):
    """Publishes due articles of one window's newsroom, at start-up and while it runs."""

    def __init__(self, controller: WorkflowController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.window = controller.window
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        #: article id -> the version whose failure the user was told about.
        self.told_failed: dict[str, int] = {}
        self.running = False
        self._started = False
        self._closed = False
        self.window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Show and not self._started:
            self._started = True
            QTimer.singleShot(0, self.check_at_start)
        return False

    def _service(self) -> WorkflowService:
        return WorkflowService(self.window.newsroom)

    def check_at_start(self) -> None:
        """Articles whose time passed while the app was closed: publish, then tell."""
        self.check(at_start=True)

    def check(self, *, at_start: bool = False) -> None:
        """Publish what is due (in the background), then wait for the next time."""
        if self._closed:
            return
        if not self.running:
            try:
                due = self._service().due_versions()
            except NewsdeskError as error:  # the database went away: say so, keep trying
                self.controller.message(str(error))
                due = {}
            fresh = [i for i, version in due.items() if self.told_failed.get(i) != version]
            if fresh:
                self._publish(fresh, due, at_start=at_start)
                return  # re-armed when the job ends
        self.arm()

    def arm(self) -> None:
        """Wait until the earliest scheduled time (or :data:`CHECK_MS`)."""
        if self._closed or self.running:
            return
        try:
            next_at = self._service().next_scheduled_at()
        except NewsdeskError:
            next_at = None
        self.timer.start(wait_ms(next_at, utc_now()))

    def _publish(self, ids: list[str], versions: dict[str, int], *, at_start: bool) -> None:
        newsroom = self.window.newsroom
        self.running = True

        def done(results: list[DuePublication]) -> None:
            self.running = False
            self._report(results, versions, at_start=at_start)
            self.arm()

        def failed(error: Exception) -> None:
            self.running = False
            self.controller.show_error(error)
            self.arm()

        self.controller.jobs.start(
            lambda: WorkflowService(newsroom).publish_due(only=ids), done, failed
        )
        self.controller.refresh()

    def _report(
        self, results: list[DuePublication], versions: dict[str, int], *, at_start: bool
    ) -> None:
        if not results:
            return
        for result in results:
            if result.published:
                self.told_failed.pop(result.article_id, None)
            else:
                self.told_failed[result.article_id] = versions.get(result.article_id, -1)
        self.window.list_panel.refresh()
        reload_if_changed_elsewhere(self.window)  # the open article, if the form is clean
        self.controller.refresh(force=True)
        published = [r for r in results if r.published]
        if at_start or len(published) < len(results):
            self.controller.notify(self.tr("Scheduled articles"), due_report_html(results))
        else:
            headlines = ", ".join(f"“{r.headline}”" for r in published)
            self.controller.message(
                self.tr("Published at the scheduled time: %1").replace("%1", headlines)
            )

    def shutdown(self) -> None:
        self._closed = True
        self.timer.stop()
