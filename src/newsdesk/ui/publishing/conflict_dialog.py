"""Choosing a version after a 409: the server holds text the desk has not seen.

The outbox never overwrites silently (issue 5); this dialog shows both
versions side by side and lets the editor pick. The choice itself is
:meth:`OutboxService.resolve_conflict`; nothing here talks to the network —
"keep mine" only re-queues the job, and the outbox worker sends it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.services.errors import NewsdeskError, NotFoundError
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.outbox import OutboxService
from newsdesk.services.outbox_jobs import JobState, load_job
from newsdesk.store.models import Article
from newsdesk.ui.publishing.outbox_worker import queue_only_client

KEEP_LOCAL = "local"
KEEP_SERVER = "server"


@dataclass(frozen=True)
class Version:
    """One side of the comparison, as plain text."""

    headline: str
    subheadline: str
    byline: str
    tags: str
    body: str
    revision: str


def html_as_text(html: str) -> str:
    """The server stores HTML; the editor compares words, not markup."""
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText().strip()


def load_versions(newsroom: Newsroom, job_id: int) -> tuple[Version, Version, str]:
    """(local, server, target name) of a job in conflict."""
    with newsroom.db.session() as session:
        job = load_job(session, job_id)
        if job.state != JobState.CONFLICT:
            raise NotFoundError(f"outbox job {job_id} is {job.state}, not a conflict")
        server: dict[str, Any] = dict(job.detail.get("server") or {})
        article = session.get(Article, job.article_id) if job.article_id else None
        if article is None:
            raise NotFoundError(f"the article of outbox job {job_id} no longer exists")
        local = Version(
            article.headline,
            article.subheadline,
            article.byline,
            ", ".join(article.tags or []),
            article.body,
            "",
        )
        target = job.target
    tags = server.get("tags")
    theirs = Version(
        str(server.get("headline", "")),
        str(server.get("subheadline", "")),
        str(server.get("byline", "")),
        ", ".join(str(tag) for tag in tags) if isinstance(tags, list) else "",
        html_as_text(str(server.get("body_html", ""))),
        str(server.get("revision", "?")),
    )
    return local, theirs, target


class ConflictDialog(QDialog):
    """Side by side "mine" and "server's"; ``choice`` is KEEP_LOCAL, KEEP_SERVER or ""."""

    def __init__(
        self,
        newsroom: Newsroom,
        job_id: int,
        parent: QWidget | None = None,
        *,
        actor_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._newsroom = newsroom
        self._job_id = job_id
        self._actor_id = actor_id
        self.choice = ""
        local, server, target = load_versions(newsroom, job_id)
        self.setWindowTitle(self.tr("Conflict with server %1").replace("%1", target))
        self.resize(980, 640)

        intro = QLabel(
            self.tr(
                "Someone changed this article on the server (%1) after it was last sent. "
                "Nothing was overwritten. Choose the version to keep."
            ).replace("%1", target),
            self,
        )
        intro.setWordWrap(True)
        self.local_box = self._side(self.tr("Mine (local)"), local)
        self.server_box = self._side(self.tr("Server"), server, revision=server.revision)
        sides = QHBoxLayout()
        sides.addWidget(self.local_box, 1)
        sides.addWidget(self.server_box, 1)

        self.keep_local_button = QPushButton(self.tr("Keep mine (send again)"), self)
        self.keep_server_button = QPushButton(self.tr("Take server's version"), self)
        local_note = QLabel(
            self.tr("Sends your article again and replaces the server's copy."), self
        )
        server_note = QLabel(
            self.tr(
                "Copies the server's text into your article as a new revision; nothing is sent."
            ),
            self,
        )
        for note in (local_note, server_note):
            note.setWordWrap(True)
        choices = QFormLayout()
        choices.addRow(self.keep_local_button, local_note)
        choices.addRow(self.keep_server_button, server_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Decide later"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(sides, 1)
        layout.addLayout(choices)
        layout.addWidget(buttons)
        self.keep_local_button.clicked.connect(lambda: self.choose(KEEP_LOCAL))
        self.keep_server_button.clicked.connect(lambda: self.choose(KEEP_SERVER))

    def _side(self, title: str, version: Version, *, revision: str = "") -> QGroupBox:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        for label, value in (
            (self.tr("Headline"), version.headline),
            (self.tr("Subheadline"), version.subheadline),
            (self.tr("Byline"), version.byline),
            (self.tr("Tags"), version.tags),
        ):
            field = QLineEdit(value, box)
            field.setReadOnly(True)
            field.setCursorPosition(0)
            form.addRow(label, field)
        if revision:
            form.addRow(self.tr("Server revision"), QLabel(revision, box))
        body = QPlainTextEdit(version.body, box)
        body.setReadOnly(True)
        body.moveCursor(QTextCursor.MoveOperation.Start)
        form.addRow(self.tr("Body"), body)
        return box

    def headline_fields(self) -> tuple[str, str]:
        """The two headlines as shown (for tests and accessibility checks)."""
        local = self.local_box.findChildren(QLineEdit)[0].text()
        server = self.server_box.findChildren(QLineEdit)[0].text()
        return local, server

    def choose(self, keep: str) -> None:
        """Apply the choice through the outbox service, then close."""
        outbox = OutboxService(self._newsroom, queue_only_client)
        try:
            outbox.resolve_conflict(self._job_id, keep, actor_id=self._actor_id)
        except NewsdeskError as error:
            QMessageBox.warning(self, self.tr("Cannot resolve the conflict"), str(error))
            return
        self.choice = keep
        self.accept()
