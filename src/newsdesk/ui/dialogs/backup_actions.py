"""Backups in the main window: File ▸ Back up… / Restore…, and the daily automatic backup.

:class:`BackupController` connects the window's two actions to their
dialogs and makes the automatic daily backup. That one is started by the
application after the window is shown (:func:`newsdesk.ui.app.startup.run_gui`),
not by the window itself, so windows built by tests or for screenshots
never write backups; it waits a moment after the first paint and then runs
in a background job, reporting in the status bar only. A window being
closed waits for a running backup (the thread must not outlive it; the
archive itself is written atomically, so nothing partial could be left).

The dialogs and the backup services (zipfile, hashlib…) are imported when
first used: none of it is needed for the first paint.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer

from newsdesk.store.database import DATABASE_FILE
from newsdesk.ui.app.thread_worker import BackgroundJobs

if TYPE_CHECKING:  # the window imports this module to install it
    from newsdesk.services.auto_backup import DailyBackupResult
    from newsdesk.ui.app.main_window import MainWindow

#: The automatic backup starts this long after it is asked for (the first paint comes first).
DAILY_DELAY_MS = 2_000
STATUS_MESSAGE_MS = 15_000
KEEP_KEY = "backup/keep_daily"
FOLDER_KEY = "backup/folder"


def keep_setting(settings: QSettings) -> int:
    """How many automatic daily backups to keep (1…MAX_KEEP, default 7)."""
    from newsdesk.services.auto_backup import DEFAULT_KEEP, MAX_KEEP

    try:
        value = int(str(settings.value(KEEP_KEY, DEFAULT_KEEP)))
    except ValueError:
        return DEFAULT_KEEP
    return min(max(value, 1), MAX_KEEP)


class BackupController(QObject):
    """The backup actions of one window and its automatic daily backup."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.jobs = BackgroundJobs(self)
        self.last_daily: DailyBackupResult | None = None
        self.last_error = ""
        actions = window.actions_
        actions.backup.triggered.connect(self.show_backup)
        actions.restore.triggered.connect(self.show_restore)
        if not self.available:
            tip = self.tr("Backups cover a data folder's own database, not a database server")
            for action in (actions.backup, actions.restore):
                action.setEnabled(False)
                action.setToolTip(tip)
        window.installEventFilter(self)

    @property
    def data_dir(self) -> Path:
        return self.window.newsroom.data_dir

    @property
    def available(self) -> bool:
        """Only a newsroom in its data folder's SQLite file can be backed up here."""
        url = self.window.newsroom.db.engine.url
        if url.get_backend_name() != "sqlite" or not url.database:
            return False
        return Path(url.database).absolute() == (self.data_dir / DATABASE_FILE).absolute()

    def show_backup(self) -> None:
        from newsdesk.ui.dialogs.backup_dialog import BackupDialog

        BackupDialog(self.data_dir, self.window.settings, self.window).exec()

    def show_restore(self) -> None:
        from newsdesk.ui.dialogs.restore_dialog import RestoreDialog

        RestoreDialog(self.data_dir, self.window.settings, self.window).exec()

    # -- the automatic daily backup --------------------------------------------------

    def start_daily_backup(self, delay_ms: int = DAILY_DELAY_MS) -> None:
        """Make today's backup (if none yet) and prune to N, in the background, soon."""
        if self.available:
            QTimer.singleShot(delay_ms, self, self._run_daily)

    def _run_daily(self) -> None:
        from newsdesk.services.auto_backup import daily_backup

        if not self.window.isVisible():  # closed before the delay ran out
            return
        data_dir, keep = self.data_dir, keep_setting(self.window.settings)
        self.jobs.start(
            lambda: daily_backup(data_dir, keep=keep), self._daily_done, self._daily_failed
        )

    def _daily_done(self, result: DailyBackupResult) -> None:
        self.last_daily = result
        if result.report is not None:
            self.window.statusBar().showMessage(
                self.tr("Automatic backup saved: %1").replace("%1", str(result.report.path)),
                STATUS_MESSAGE_MS,
            )

    def _daily_failed(self, error: Exception) -> None:
        self.last_error = str(error)
        self.window.statusBar().showMessage(
            self.tr("Automatic backup failed: %1").replace("%1", str(error)), STATUS_MESSAGE_MS
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The hide that follows an accepted close (a refused one never hides the window).
        if (
            watched is self.window
            and event.type() == QEvent.Type.Hide
            and not event.spontaneous()
            and not self.window.isVisible()
            and self.jobs.busy
        ):
            self.jobs.wait_all(120_000)
        return False
