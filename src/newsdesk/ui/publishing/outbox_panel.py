"""The outbox dock: what is waiting for, sent to, or refused by a server.

Issue 5 asks the GUI to say "queued" / "sent" / "failed: reason" for every
push, so an editor on a train knows the article has not reached the site
yet and when the next attempt is. The dock only reads the outbox rows and
calls the outbox's database-only actions (retry, cancel); sending is the
worker's job, asked for through :attr:`OutboxPanel.send_now_requested`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from newsdesk.services.errors import NewsdeskError
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.outbox import OutboxService
from newsdesk.services.outbox_jobs import JobRow, JobState
from newsdesk.site.dates import to_seoul
from newsdesk.ui.publishing.outbox_worker import queue_only_client

COL_HEADLINE = 0
COL_TARGET = 1
COL_ACTION = 2
COL_STATE = 3
COL_ATTEMPTS = 4
COL_NEXT = 5
COL_PROBLEM = 6
COLUMNS = 7
JOB_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: How many recent jobs the dock lists (the CLI shows the full history).
LIST_LIMIT = 300


class OutboxPanel(QDockWidget):
    """A dock listing outbox jobs with Retry / Cancel / Send now."""

    send_now_requested = Signal()
    conflict_requested = Signal(int)
    #: Emitted after a retry / cancel changed the queue.
    jobs_changed = Signal()

    def __init__(self, newsroom: Newsroom, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Outbox"), parent)
        self.setObjectName("outbox_dock")
        self._outbox = OutboxService(newsroom, queue_only_client)
        self.rows: list[JobRow] = []

        body = QWidget(self)
        self.table = QTableWidget(0, COLUMNS, body)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Article"),
                self.tr("Target"),
                self.tr("Action"),
                self.tr("State"),
                self.tr("Attempts"),
                self.tr("Next attempt"),
                self.tr("Problem"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in {
            COL_HEADLINE: 240,
            COL_TARGET: 70,
            COL_ACTION: 60,
            COL_STATE: 120,
            COL_ATTEMPTS: 64,
            COL_NEXT: 110,
        }.items():
            header.resizeSection(column, width)

        self.summary_label = QLabel(body)
        self.retry_button = QPushButton(self.tr("Retry"), body)
        self.cancel_button = QPushButton(self.tr("Cancel job"), body)
        self.resolve_button = QPushButton(self.tr("Resolve conflict…"), body)
        self.send_now_button = QPushButton(self.tr("Send now"), body)
        self.retry_button.setToolTip(self.tr("Queue the selected job again and send it now"))
        self.cancel_button.setToolTip(self.tr("Do not send the selected job"))
        self.send_now_button.setToolTip(self.tr("Send every waiting job now"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary_label, 1)
        for button in (
            self.resolve_button,
            self.retry_button,
            self.cancel_button,
            self.send_now_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setWidget(body)

        self.retry_button.clicked.connect(self.retry_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.send_now_button.clicked.connect(self.send_now_requested)
        self.resolve_button.clicked.connect(self._resolve_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.cellDoubleClicked.connect(lambda row, _column: self._open_conflict(row))
        self._update_buttons()

    # -- labels ----------------------------------------------------------------

    def state_label(self, row: JobRow) -> str:
        """ "Queued", "Sent", "Failed: reason", "Conflict" (translated)."""
        labels = {
            JobState.QUEUED.value: self.tr("Queued"),
            JobState.SENT.value: self.tr("Sent"),
            JobState.CONFLICT.value: self.tr("Conflict"),
            JobState.CANCELLED.value: self.tr("Cancelled"),
            JobState.RESOLVED.value: self.tr("Resolved"),
        }
        if row.state == JobState.FAILED.value:
            return self.tr("Failed: %1").replace("%1", row.last_error)
        return labels.get(row.state, row.state)

    def action_label(self, action: str) -> str:
        return {"put": self.tr("Publish"), "delete": self.tr("Unpublish")}.get(action, action)

    # -- contents ----------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the jobs (database only), keeping the selected job selected."""
        selected = self.selected_job()
        self.rows = self._outbox.list(limit=LIST_LIMIT)
        self.table.setRowCount(len(self.rows))
        for position, row in enumerate(self.rows):
            waiting = row.state == JobState.QUEUED.value
            next_time = to_seoul(row.next_attempt_at).strftime("%m-%d %H:%M:%S") if waiting else ""
            problem = row.last_error
            headline = row.headline or self.tr("(deleted article)")
            if row.number is not None:
                headline = f"{row.number} · {headline}"
            values = [
                headline,
                row.target,
                self.action_label(row.action),
                self.state_label(row),
                str(row.attempts),
                next_time,
                problem,
            ]
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(JOB_ID_ROLE, row.id)
                if column in (COL_STATE, COL_PROBLEM) and row.last_error:
                    item.setToolTip(row.last_error)
                if column == COL_ATTEMPTS:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(position, column, item)
        if selected is not None:
            self.select_job(selected.id)
        self.summary_label.setText(self._summary())
        self._update_buttons()

    def _summary(self) -> str:
        counts = {state: 0 for state in JobState}
        for row in self.rows:
            counts[JobState(row.state)] += 1
        return (
            self.tr("%1 waiting · %2 failed · %3 conflicts")
            .replace("%1", str(counts[JobState.QUEUED]))
            .replace("%2", str(counts[JobState.FAILED]))
            .replace("%3", str(counts[JobState.CONFLICT]))
        )

    def row_of_job(self, job_id: int) -> int | None:
        for position, row in enumerate(self.rows):
            if row.id == job_id:
                return position
        return None

    def select_job(self, job_id: int) -> None:
        position = self.row_of_job(job_id)
        if position is not None:
            self.table.selectRow(position)

    def selected_job(self) -> JobRow | None:
        items = self.table.selectedItems()
        if not items:
            return None
        position = items[0].row()
        return self.rows[position] if 0 <= position < len(self.rows) else None

    def _update_buttons(self) -> None:
        row = self.selected_job()
        state = row.state if row else ""
        self.retry_button.setEnabled(
            state in {JobState.QUEUED, JobState.FAILED, JobState.CANCELLED}
        )
        self.cancel_button.setEnabled(
            state in {JobState.QUEUED, JobState.FAILED, JobState.CONFLICT}
        )
        self.resolve_button.setEnabled(state == JobState.CONFLICT)

    # -- actions -----------------------------------------------------------------

    def retry_selected(self) -> None:
        row = self.selected_job()
        if row is None:
            return
        self._apply(lambda: self._outbox.retry(row.id))
        self.send_now_requested.emit()

    def cancel_selected(self) -> None:
        row = self.selected_job()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Cancel job"),
            self.tr("Do not send “%1” to %2?")
            .replace("%1", row.headline)
            .replace("%2", row.target),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._apply(lambda: self._outbox.cancel(row.id))

    def _apply(self, action: Callable[[], None]) -> None:
        try:
            action()
        except NewsdeskError as error:
            QMessageBox.warning(self, self.tr("Outbox"), str(error))
        self.refresh()
        self.jobs_changed.emit()

    def _resolve_selected(self) -> None:
        row = self.selected_job()
        if row is not None:
            self.conflict_requested.emit(row.id)

    def _open_conflict(self, position: int) -> None:
        if 0 <= position < len(self.rows) and self.rows[position].state == JobState.CONFLICT:
            self.conflict_requested.emit(self.rows[position].id)
