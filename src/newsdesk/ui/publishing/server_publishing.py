"""Server publishing in the main window: one call wires it all in.

``install_server_publishing(window)`` adds the "Server publishing" menu, the
outbox dock, the status-bar indicator and the background outbox runner, and
stops the runner when the window closes. Keeping it in one place means the
main window needs a single line and the workflow GUI can evolve next to it.

Start-up cost: the menu, dock and status label exist as soon as the window
does, but the runner (its thread, its first pass) is made shortly after the
window is first shown — or at once if something asks for it — and the
dialogs are imported when opened. The network stack (httpx, the keyring) is
loaded only by the worker thread when it actually sends.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu
from sqlalchemy import select

from newsdesk.services.newsroom import Newsroom
from newsdesk.services.outbox import OutboxService
from newsdesk.services.outbox_jobs import JobRow, JobState, RunReport
from newsdesk.services.publish_targets import TargetService
from newsdesk.site.dates import to_seoul
from newsdesk.store.models import Article
from newsdesk.store.types import utc_now
from newsdesk.ui.publishing.outbox_panel import OutboxPanel
from newsdesk.ui.publishing.outbox_worker import ClientFactory, OutboxRunner, queue_only_client

if TYPE_CHECKING:  # the window imports this module to install it
    from newsdesk.ui.app.main_window import MainWindow
    from newsdesk.ui.publishing.conflict_dialog import ConflictDialog
    from newsdesk.ui.publishing.targets_dialog import TargetsDialog

DOCK_HEIGHT = 170
#: The runner starts this long after the window is first shown (the first paint comes first).
RUNNER_START_DELAY_MS = 300
#: Names of window actions after which new outbox jobs are likely queued.
QUEUEING_ACTIONS = ("publish", "unpublish", "correction", "correct", "workflow_publish")


def view_counts(newsroom: Newsroom, ids: Iterable[str]) -> dict[str, int]:
    """Local 조회수 of the given articles (one query per 500 ids)."""
    wanted = list(ids)
    counts: dict[str, int] = {}
    with newsroom.db.session() as session:
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            rows = session.execute(
                select(Article.id, Article.view_count).where(Article.id.in_(chunk))
            )
            counts.update({str(article_id): int(views) for article_id, views in rows})
    return counts


class _RunnerSlot:
    """The window's runner, made on first use.

    Plain Python, not a QObject: the window's ``destroyed`` handler still
    reaches it after Qt deleted the window's children. Once shut down, asking
    for the runner gives a stopped one that ignores requests, as before.
    """

    def __init__(self, newsroom: Newsroom, make: Callable[[], OutboxRunner]) -> None:
        self._newsroom = newsroom
        self._make: Callable[[], OutboxRunner] | None = make
        self.runner: OutboxRunner | None = None
        self.closed = False

    def get(self) -> OutboxRunner:
        if self.runner is None:
            if self._make is None:  # closed before it was ever needed: a stopped runner
                self.runner = OutboxRunner(self._newsroom)
                self.runner.shutdown()
            else:
                self.runner = self._make()
                self.runner.start()
        return self.runner

    def start_if_open(self) -> None:
        if not self.closed:
            self.get()

    def shutdown(self) -> None:
        self.closed = True
        self._make = None  # drops the reference to the window's publishing object
        if self.runner is not None:
            self.runner.shutdown()


class _WindowWatcher(QObject):
    """Starts the runner after the first show and stops it when the window is closed.

    A Close event may still be refused by the window ("Save changes?" →
    Cancel), so the watcher waits for the hide that follows an accepted
    close; it is delivered synchronously inside ``close()``, before the
    window can be deleted.
    """

    def __init__(self, window: QMainWindow, slot: _RunnerSlot) -> None:
        super().__init__(window)
        self._window = window
        self._slot = slot
        self._shown = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show and not self._shown:
            self._shown = True
            QTimer.singleShot(RUNNER_START_DELAY_MS, self, self._slot.start_if_open)
        elif kind == QEvent.Type.Hide and not event.spontaneous() and not self._window.isVisible():
            self._slot.shutdown()
        return False


class ServerPublishing(QObject):
    """Menu, outbox dock, status indicator and runner of one main window."""

    def __init__(self, window: MainWindow, *, client_factory: ClientFactory | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.newsroom = window.newsroom
        self._outbox = OutboxService(self.newsroom, queue_only_client)
        self.last_report: RunReport | None = None
        self.last_problem = ""
        self._client_factory = client_factory
        self._slot = _RunnerSlot(self.newsroom, self._make_runner)

        self.panel = OutboxPanel(self.newsroom, window)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.panel)
        window.resizeDocks([self.panel], [DOCK_HEIGHT], Qt.Orientation.Vertical)
        # A newsroom that only exports a static site never needs the outbox in view.
        self.panel.setVisible(TargetService(self.newsroom).exists())
        self.status_label = QLabel(window)
        self.status_label.setObjectName("server_status")
        window.statusBar().addPermanentWidget(self.status_label)

        self.menu = self._build_menu(window)
        self.panel.send_now_requested.connect(self.send_now)
        self.panel.conflict_requested.connect(self.open_conflict)
        self.panel.jobs_changed.connect(self.refresh_status)
        self._hook_queueing_actions(window)

        slot = self._slot
        self._watcher = _WindowWatcher(window, slot)
        window.installEventFilter(self._watcher)
        # A window deleted without being closed still stops its thread.
        window.destroyed.connect(lambda: slot.shutdown())
        self.refresh()

    # -- construction -----------------------------------------------------------

    @property
    def runner(self) -> OutboxRunner:
        """The background runner; made and started on first use."""
        return self._slot.get()

    def _make_runner(self) -> OutboxRunner:
        runner = OutboxRunner(self.newsroom, client_factory=self._client_factory)
        runner.run_finished.connect(self._on_run_finished)
        runner.run_failed.connect(self._on_run_failed)
        runner.run_progress.connect(lambda _text: self.refresh())
        runner.views_synced.connect(self._on_views_synced)
        return runner

    def _build_menu(self, window: QMainWindow) -> QMenu:
        menu = QMenu(self.tr("&Server publishing"), window)
        self.targets_action = QAction(self.tr("&Targets…"), window)
        self.outbox_action = self.panel.toggleViewAction()
        self.outbox_action.setText(self.tr("&Outbox"))
        self.send_now_action = QAction(self.tr("Send &now"), window)
        self.sync_views_action = QAction(self.tr("Sync &view counts"), window)
        for action in (
            self.targets_action,
            self.outbox_action,
            self.send_now_action,
            self.sync_views_action,
        ):
            menu.addAction(action)
        self.targets_action.triggered.connect(lambda: self.show_targets())
        self.send_now_action.triggered.connect(self.send_now)
        self.sync_views_action.triggered.connect(lambda: self.runner.request_view_sync())
        bar = window.menuBar()
        help_menu = next(
            (a for a in bar.actions() if a.menu() and a.menu().objectName() == "help-menu"),
            None,
        )
        if help_menu is not None:
            bar.insertMenu(help_menu, menu)
        else:
            bar.addMenu(menu)
        return menu

    def _hook_queueing_actions(self, window: MainWindow) -> None:
        """Send right after a publish / unpublish / correction queued a job.

        The window's own slots run first (connected earlier), so the job is in
        the database when the run starts.
        """
        actions = getattr(window, "actions_", None)
        for name in QUEUEING_ACTIONS:
            action = getattr(actions, name, None)
            if isinstance(action, QAction):
                action.triggered.connect(self.queued_work_added)
        window.list_panel.model.modelReset.connect(self._check_due)

    # -- actions -----------------------------------------------------------------

    def queued_work_added(self) -> None:
        QTimer.singleShot(0, self.send_now)

    def _check_due(self) -> None:
        """A list reload follows every publish; start a run if a job became due."""
        now = utc_now()
        if any(row.next_attempt_at <= now for row in self._outbox.pending()):
            self.runner.request_run()
        self.refresh()

    def send_now(self) -> None:
        """Make every waiting job due now and start a pass."""
        for row in self._outbox.pending():
            self._outbox.retry(row.id)
        self.runner.request_run()
        self.refresh()

    def show_targets(self, *, modal: bool = True) -> TargetsDialog:
        from newsdesk.ui.publishing.targets_dialog import TargetsDialog

        dialog = TargetsDialog(self.newsroom, self.window)
        dialog.targets_changed.connect(lambda: self.runner.request_run())
        dialog.targets_changed.connect(self.refresh)
        dialog.targets_changed.connect(self._show_panel_if_targets)
        if modal:
            dialog.exec()
        return dialog

    def _show_panel_if_targets(self) -> None:
        if TargetService(self.newsroom).exists():
            self.panel.show()

    def open_conflict(self, job_id: int, *, modal: bool = True) -> ConflictDialog | None:
        from newsdesk.ui.publishing.conflict_dialog import ConflictDialog

        try:
            dialog = ConflictDialog(self.newsroom, job_id, self.window)
        except Exception as error:
            self.window.statusBar().showMessage(str(error), 8000)
            self.refresh()
            return None
        dialog.accepted.connect(lambda: self._after_resolve(dialog.choice))
        if modal:
            dialog.exec()
        return dialog

    def _after_resolve(self, choice: str) -> None:
        if choice == "local":
            self.runner.request_run()
        else:
            self.window.list_panel.refresh()
        self.refresh()

    # -- runner reports -------------------------------------------------------------

    def _on_run_finished(self, report: RunReport) -> None:
        self.last_report = report
        self.last_problem = ""
        self.refresh()
        if report.sent or report.conflicts or report.failed:
            self.window.list_panel.refresh()

    def _on_run_failed(self, message: str) -> None:
        self.last_problem = message
        self.refresh()

    def _on_views_synced(self, changed: int, problems: str) -> None:
        if problems:
            self.status_label.setToolTip(problems)
        if changed:
            model = self.window.list_panel.model
            model.set_view_counts(view_counts(self.newsroom, model.loaded_ids()))

    # -- display ------------------------------------------------------------------

    def refresh(self) -> None:
        self.panel.refresh()
        self.refresh_status()

    def refresh_status(self) -> None:
        open_jobs = self._outbox.list(states=_OPEN)
        if not open_jobs and not TargetService(self.newsroom).exists():
            # No server at all: "all sent" would claim publishing that never happens.
            self.status_label.clear()
            self.status_label.hide()
            return
        self.status_label.setText(self.status_text(open_jobs))
        self.status_label.show()

    def status_text(self, open_jobs: list[JobRow]) -> str:
        """ "Server: 3 waiting", "Server: offline — retry 10:42", "Server: all sent"."""
        if self.last_problem:
            return self.tr("Server: error — %1").replace("%1", self.last_problem)
        conflicts = sum(1 for row in open_jobs if row.state == JobState.CONFLICT)
        failed = sum(1 for row in open_jobs if row.state == JobState.FAILED)
        queued = [row for row in open_jobs if row.state == JobState.QUEUED]
        if conflicts:
            return self.tr("Server: %1 in conflict").replace("%1", str(conflicts))
        if failed:
            return self.tr("Server: %1 failed").replace("%1", str(failed))
        troubled = [row for row in queued if row.last_error]
        if troubled:
            retry_at: datetime = min(row.next_attempt_at for row in troubled)
            return self.tr("Server: offline — retry %1").replace(
                "%1", to_seoul(retry_at).strftime("%H:%M")
            )
        if queued:
            return self.tr("Server: %1 waiting").replace("%1", str(len(queued)))
        return self.tr("Server: all sent")

    def shutdown(self) -> None:
        """Stop timers and the worker thread (idempotent, bounded wait)."""
        self._slot.shutdown()


_OPEN = (JobState.QUEUED.value, JobState.FAILED.value, JobState.CONFLICT.value)


def install_server_publishing(
    window: MainWindow, *, client_factory: ClientFactory | None = None
) -> ServerPublishing:
    """Add server publishing to ``window`` (which keeps it as ``server_publishing``)."""
    publishing = ServerPublishing(window, client_factory=client_factory)
    return publishing
