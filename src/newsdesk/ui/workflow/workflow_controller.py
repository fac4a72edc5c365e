"""The editorial workflow in the main window: who acts, what they may do, and
the checks, comments and history around it.

The services enforce the role rules; this controller mirrors them by
enabling only ``allowed_actions(person, article)``, and still shows a
:class:`PermissionDeniedError` if one happens anyway. Publishing re-exports
the site folder, so it runs in a background job and reports back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox

from newsdesk.publish.static_site import ExportReport
from newsdesk.services.errors import NewsdeskError, NotFoundError
from newsdesk.services.prepublish import ChecksFailedError, ChecksNeedConfirmationError
from newsdesk.services.roles import PermissionDeniedError, is_editor
from newsdesk.services.workflow import WorkflowService, allowed_actions
from newsdesk.store.models import Article, Person
from newsdesk.text.checks import Finding
from newsdesk.ui.app.identity import (
    IdentityDialog,
    person_label,
    remember_person,
    show_saved_author,
)
from newsdesk.ui.app.thread_worker import BackgroundJobs
from newsdesk.ui.editor.storage_warning import describe_error
from newsdesk.ui.publishing.site_folder_prompt import offer_site_folder, published_nowhere
from newsdesk.ui.workflow.article_banners import ArticleBanners
from newsdesk.ui.workflow.checks_follower import ChecksFollower
from newsdesk.ui.workflow.checks_panel import ChecksPanel, jump_to_finding
from newsdesk.ui.workflow.comments_panel import CommentBadge, CommentsPanel
from newsdesk.ui.workflow.schedule_runner import ScheduledPublisher
from newsdesk.ui.workflow.workflow_actions import build_workflow_actions, install_workflow_actions
from newsdesk.ui.workflow.workflow_dialogs import (
    ReturnNoteDialog,
    ScheduleDialog,
    confirm_unpublish,
    confirm_warnings,
    export_summary,
    show_submit_errors,
)

if TYPE_CHECKING:
    from newsdesk.ui.app.main_window import MainWindow
    from newsdesk.ui.workflow.history_dialog import HistoryDialog

T = QCoreApplication
SIMPLE_ACTIONS = ("withdraw", "start_review", "approve", "unschedule", "unpublish")


class WorkflowController(QObject):
    """Workflow actions, identity, checks dock and comments tab of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.service = WorkflowService(window.newsroom)
        self.jobs = BackgroundJobs(self)
        self.jobs.ended.connect(lambda: self.refresh())
        self.actions = build_workflow_actions(window, window.actions_)
        self.toolbar = install_workflow_actions(window, self.actions, window.actions_.quit)
        self.identity_label = QLabel(window)
        self.identity_label.setToolTip(self.tr("Who you are working as (File ▸ Switch user)"))
        window.statusBar().addPermanentWidget(self.identity_label)
        self.checks = ChecksPanel(window)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.checks)
        self.checks.hide()
        self.checks.finding_activated.connect(lambda f: jump_to_finding(window, f))
        self.checks_follower = ChecksFollower(window, self.checks, self.actor_id)
        self.comments = CommentsPanel(window.newsroom, self.actor_id, window)
        window.side_tabs.addTab(self.comments, self.tr("&Comments"))
        self.comment_badge = CommentBadge(window.side_tabs, self.comments)
        self.banners = ArticleBanners(window.editor.banner, self.service)
        self.scheduler = ScheduledPublisher(self)
        self.last_notice: QMessageBox | None = None
        self.last_message = ""
        self.read_only_reason = ""  # why the form is read-only for this person, if it is
        self._shown_article: str | None = "-"
        a = self.actions
        for name in SIMPLE_ACTIONS:
            action = a.by_service_action()[name]
            action.triggered.connect(lambda _=False, n=name: self.run_action(n))
        a.submit.triggered.connect(lambda: self.submit())
        a.return_.triggered.connect(lambda: self.return_to_reporter())
        a.schedule.triggered.connect(lambda: self.schedule())
        a.publish.triggered.connect(lambda: self.publish())
        a.check.triggered.connect(self.run_checks)
        a.history.triggered.connect(self.show_history)
        a.review_queue.toggled.connect(window.list_panel.show_review_queue)
        window.list_panel.status_filter.currentIndexChanged.connect(self._sync_queue_toggle)
        a.switch_user.triggered.connect(self.switch_user)
        window.autosave.saved.connect(self._sync_author)

    # -- who -------------------------------------------------------------------

    @property
    def person(self) -> Person | None:
        return self.window.current_person

    def actor_id(self) -> int | None:
        return self.person.id if self.person is not None else None

    def set_person(self, person: Person | None) -> None:
        self.window.current_person = person
        self.window.autosave.actor_id = person.id if person is not None else None
        if person is not None:
            remember_person(self.window.settings, person)
        self.refresh(force=True)

    def switch_user(self) -> None:
        if not self.window.leave_current():
            return
        dialog = IdentityDialog(self.window.newsroom, self.window, self.actor_id())
        if dialog.exec() and dialog.chosen is not None:
            self.window.editor.reload_choices()
            self.set_person(dialog.chosen)
            self.message(self.tr("Working as %1").replace("%1", person_label(dialog.chosen)))

    def _sync_author(self, article_id: str) -> None:
        show_saved_author(self.window.editor, self.window.articles.get(article_id))

    # -- state of the actions ------------------------------------------------------

    def _article(self) -> Article | None:
        article_id = self.window.current_article_id
        if article_id is None:
            return None
        try:
            return self.window.articles.get(article_id)
        except NotFoundError:
            return None

    def refresh(self, *, force: bool = False) -> None:
        """Enable what the person may do now; reload comments when the article changed."""
        article = self._article()
        person = self.person
        allowed: set[str] = set()
        if article is not None and person is not None:
            allowed = set(allowed_actions(person, article))
        busy = self.jobs.busy
        for name, action in self.actions.by_service_action().items():
            action.setEnabled(name in allowed and not busy)
        has_article = article is not None
        self.actions.check.setEnabled(has_article)
        self.actions.history.setEnabled(has_article)
        self.actions.export_handoff.setEnabled(True)
        self.actions.review_queue.setVisible(person is None or is_editor(person))
        self.identity_label.setText(person_label(person))
        self.read_only_reason = self.window.permissions.apply(person, article)
        article_id = article.id if article is not None else None
        self.banners.show_for(article, force=force)
        if force or article_id != self._shown_article:
            self._shown_article = article_id
            self.comments.set_article(article_id)
            self.checks_follower.article_changed()
        else:
            self.comments.reload()

    def _sync_queue_toggle(self) -> None:
        from newsdesk.ui.articles.article_list_panel import REVIEW_QUEUE

        on = self.window.list_panel.status_filter.currentData() == REVIEW_QUEUE
        self.actions.review_queue.blockSignals(True)
        self.actions.review_queue.setChecked(on)
        self.actions.review_queue.blockSignals(False)

    # -- messages ------------------------------------------------------------------

    def message(self, text: str) -> None:
        self.last_message = text
        self.window.statusBar().showMessage(text, 15_000)

    def show_error(self, error: Exception) -> None:
        if isinstance(error, PermissionDeniedError):
            title = self.tr("Not allowed")
        else:
            title = self.tr("Cannot do that")
        QMessageBox.warning(self.window, title, describe_error(error))

    def notify(self, title: str, html: str) -> QMessageBox:
        """A non-blocking notice (the window stays usable; tests read ``last_notice``)."""
        box = QMessageBox(QMessageBox.Icon.Information, title, html, parent=self.window)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_notice = box
        return box

    # -- actions ----------------------------------------------------------------------

    def _ready(self) -> str | None:
        """Save the open article first; its id, or None if there is none or saving failed."""
        if self.window.current_article_id is None and self.window.autosave.dirty:
            self.window.save_article()
        article_id = self.window.current_article_id
        if article_id is None or not self.window.leave_current():
            return None
        return article_id

    def _after_change(self, text: str) -> None:
        self.window.reload_article()
        self.refresh()
        self.message(text)

    def run_action(self, action: str, note: str = "") -> bool:
        article_id = self._ready()
        actor = self.actor_id()
        if article_id is None:
            return False
        if actor is None:
            self._need_identity()
            return False
        if action == "unpublish":
            article = self.window.articles.get(article_id)
            if not confirm_unpublish(self.window, article.headline, article.number):
                return False
            self._background(
                lambda s: s.transition(article_id, actor, "unpublish"),
                lambda _a, report: self.tr("Unpublished — %1").replace(
                    "%1", export_summary(report)
                ),
            )
            return True
        try:
            self.service.transition(article_id, actor, action, note)
        except NewsdeskError as error:
            self.show_error(error)
            return False
        self._after_change(self.tr("Done: %1").replace("%1", self.actions_text(action)))
        return True

    def submit(self, *, confirm_warnings_: bool = False) -> bool:
        """송고 after the checks: errors are listed and block, warnings are asked about."""
        article_id = self._ready()
        actor = self.actor_id()
        if article_id is None:
            return False
        if actor is None:
            self._need_identity()
            return False
        try:
            self.service.submit(article_id, actor, confirm_warnings=confirm_warnings_)
        except ChecksFailedError as error:
            self.show_findings(error.findings)
            self.message(self.tr("Not submitted: fix the errors listed in Checks"))
            show_submit_errors(self.window, error.findings)
            return False
        except ChecksNeedConfirmationError as error:
            self.show_findings(error.findings)
            if confirm_warnings(self.window, error.findings, submitting=True):
                return self.submit(confirm_warnings_=True)
            self.message(self.tr("Not submitted"))
            return False
        except NewsdeskError as error:
            self.show_error(error)
            return False
        self._after_change(self.tr("Submitted to the desk"))
        return True

    def actions_text(self, action: str) -> str:
        from newsdesk.ui.app.window_actions import plain_label

        return plain_label(self.actions.by_service_action()[action].text())

    def return_to_reporter(self, note: str | None = None) -> bool:
        if note is None:
            dialog = ReturnNoteDialog(self.window.editor.headline.text(), self.window)
            if not dialog.exec():
                return False
            note = dialog.text()
        return self.run_action("return", note)

    def _need_identity(self) -> None:
        """Roles decide every workflow step, so nobody acts anonymously."""
        self.message(self.tr("Choose who you are first (File ▸ Switch user…)."))

    def publish(self, *, confirm_warnings_: bool = False) -> None:
        article_id = self._ready()
        actor = self.actor_id()
        if article_id is None:
            return
        if actor is None:
            self._need_identity()
            return

        def done(article: Article, report: ExportReport | None) -> str:
            if published_nowhere(self, report):  # after the status bar and list updated
                QTimer.singleShot(0, lambda: offer_site_folder(self, article.headline))
            return (
                self.tr("Published as no. %1 — %2")
                .replace("%1", str(article.number))
                .replace("%2", export_summary(report))
            )

        self._background(
            lambda s: s.publish(article_id, actor, confirm_warnings=confirm_warnings_),
            done,
            retry=lambda: self.publish(confirm_warnings_=True),
        )

    def schedule(self, when: datetime | None = None, *, confirm_warnings_: bool = False) -> None:
        article_id = self._ready()
        actor = self.actor_id()
        if article_id is None or actor is None:
            return
        if when is None:
            dialog = ScheduleDialog(self.window)
            if not dialog.exec():
                return
            when = dialog.when()
        moment = when
        self._background(
            lambda s: s.schedule(article_id, actor, moment, confirm_warnings=confirm_warnings_),
            lambda _a, _r: self.tr("Scheduled for %1 (Korea time)").replace(
                "%1", f"{moment:%Y-%m-%d %H:%M}"
            ),
            retry=lambda: self.schedule(moment, confirm_warnings_=True),
        )

    def _background(
        self,
        call: Callable[[WorkflowService], Article],
        describe: Callable[[Article, ExportReport | None], str],
        retry: Callable[[], None] | None = None,
    ) -> None:
        """Run a publishing call off the UI thread (it exports the site folder)."""
        newsroom = self.window.newsroom

        def job() -> tuple[Article, ExportReport | None]:
            service = WorkflowService(newsroom)
            article = call(service)
            return article, service.last_export

        def done(result: Any) -> None:
            article, report = result
            self._after_change(describe(article, report))

        def failed(error: Exception) -> None:
            self.refresh()
            if isinstance(error, ChecksFailedError):
                self.show_findings(error.findings)
                self.message(self.tr("Not published: fix the errors listed in Checks"))
            elif isinstance(error, ChecksNeedConfirmationError):
                if retry is not None and confirm_warnings(self.window, error.findings):
                    retry()
            else:
                self.show_error(error)

        self.jobs.start(job, done, failed)
        self.refresh()

    # -- checks ------------------------------------------------------------------------------

    def run_checks(self) -> list[Finding]:
        """F7: show the dock, checking what the form holds (saved or not)."""
        self.show_findings(self.checks_follower.recheck())
        return self.checks.findings

    def show_findings(self, findings: list[Finding]) -> None:
        self.checks.show_findings(findings, self.window.editor.headline.text())
        first_time = not self.checks.isVisible()
        self.checks.show()
        self.checks.raise_()
        if first_time:
            self.window.resizeDocks([self.checks], [190], Qt.Orientation.Vertical)

    # -- history -----------------------------------------------------------------------------

    def show_history(self) -> HistoryDialog | None:
        """Open the history dialog (window-modal, not blocking: it stays while restoring)."""
        from newsdesk.ui.workflow.history_dialog import HistoryDialog

        article_id = self._ready()
        if article_id is None:
            return None
        dialog = HistoryDialog(
            self.window.newsroom,
            article_id,
            self.actor_id(),
            self.window,
            settings=self.window.settings,
        )
        dialog.set_may_restore("restore_revision" in self.window.permissions.allowed)
        dialog.restored.connect(lambda _id: self._after_change(self.tr("Revision restored")))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def shutdown(self) -> None:
        self.scheduler.shutdown()
        self.jobs.wait_all()
