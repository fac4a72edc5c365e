"""The Restore dialog: a backup into an empty folder, then open it in a new window.

A restore always makes a *separate* newsroom in an empty folder, so the
dialog refuses the open newsroom's folder up front (the service refuses any
folder that is not empty) and afterwards offers to start a second Newsdesk
on the restored one, rather than swapping the database under the open
window. The work is :func:`~newsdesk.services.backup_restore.restore_backup`,
run in a worker.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QProcess, QSettings
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.services.backup_format import BackupError, read_backup_manifest
from newsdesk.services.backup_restore import RestoreReport, restore_backup
from newsdesk.ui.dialogs.backup_actions import FOLDER_KEY
from newsdesk.ui.dialogs.backup_worker import JobDialog


def newsdesk_command(data_dir: Path) -> tuple[str, list[str]]:
    """How to start another Newsdesk on ``data_dir``: the frozen app, or this Python."""
    if getattr(sys, "frozen", False):
        return sys.executable, ["--data", str(data_dir)]
    return sys.executable, ["-m", "newsdesk", "--data", str(data_dir)]


def local_time(stamp: str) -> str:
    """A manifest's UTC time as the user's local ``2026-11-20 18:30``; as given if unreadable."""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


def command_line(data_dir: Path) -> str:
    """What to type to open ``data_dir`` (shown to the user)."""
    return f'newsdesk --data "{data_dir}"'


class RestoreDialog(JobDialog):
    """Restore a backup into an empty folder, then offer to open it in a new window."""

    def __init__(
        self, open_data_dir: Path, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._open_data_dir = open_data_dir
        self._settings = settings
        self.report: RestoreReport | None = None
        self.setWindowTitle(self.tr("Restore a backup"))
        intro = QLabel(
            self.tr(
                "A backup is restored into an empty folder, as a newsroom of its own. "
                "The open newsroom is not changed."
            )
        )
        intro.setWordWrap(True)
        self.archive_edit = QLineEdit()
        self.archive_edit.setPlaceholderText(self.tr("Backup file (.zip)"))
        self.archive_edit.textChanged.connect(self._update_buttons)
        self.archive_edit.editingFinished.connect(self.show_contents)
        archive_browse = QPushButton(self.tr("&Browse…"))
        archive_browse.clicked.connect(self._browse_archive)
        self.contents = QLabel()
        self.contents.setWordWrap(True)
        self.folder_edit = QLineEdit()
        self.folder_edit.setPlaceholderText(self.tr("An empty folder for the restored newsroom"))
        self.folder_edit.textChanged.connect(self._update_buttons)
        folder_browse = QPushButton(self.tr("Choose &folder…"))
        folder_browse.clicked.connect(self._browse_folder)
        form = QFormLayout()
        for label, edit, button in (
            (self.tr("Backup:"), self.archive_edit, archive_browse),
            (self.tr("Restore into:"), self.folder_edit, folder_browse),
        ):
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(button)
            form.addRow(label, row)
        form.addRow("", self.contents)

        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.start)
        self.open_button = QPushButton(self.tr("Open in a &new window"))
        self.open_button.setToolTip(self.tr("Start another Newsdesk on the restored newsroom"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_restored)
        self.close_button = QPushButton(self.tr("C&lose"))
        self.close_button.clicked.connect(self.reject)
        self._inputs = [
            self.archive_edit,
            archive_browse,
            self.folder_edit,
            folder_browse,
            self.close_button,
        ]
        buttons = QDialogButtonBox()
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(620, 320)
        self._update_buttons()

    def _update_buttons(self) -> None:
        super()._update_buttons()
        ready = bool(self.archive_edit.text().strip() and self.folder_edit.text().strip())
        self.restore_button.setEnabled(not self.is_running() and ready and self.report is None)

    def _browse_archive(self) -> None:
        start = str(self._settings.value(FOLDER_KEY, "")) or str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore a backup"), start, self.tr("Newsdesk backups (*.zip)")
        )
        if chosen:
            self.archive_edit.setText(chosen)
            self.show_contents()

    def _browse_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Restore into"), self.folder_edit.text()
        )
        if chosen:
            self.folder_edit.setText(chosen)

    def show_contents(self) -> None:
        """What the chosen backup holds (from its manifest; contents are checked on restore)."""
        text = self.archive_edit.text().strip()
        if not text:
            self.contents.clear()
            return
        try:
            manifest = read_backup_manifest(Path(text).expanduser())
        except BackupError as exc:
            self.contents.setText(str(exc))
            return
        self.contents.setText(
            self.tr("Made %1 by Newsdesk %2: %3 articles, %4 photos.")
            .replace("%1", local_time(manifest.created_at))
            .replace("%2", manifest.app_version)
            .replace("%3", str(manifest.counts.get("articles", 0)))
            .replace("%4", str(manifest.counts.get("photos", 0)))
        )

    def start(self) -> None:
        archive_text = self.archive_edit.text().strip()
        folder_text = self.folder_edit.text().strip()
        if not archive_text or not folder_text or self.is_running():
            return
        archive = Path(archive_text).expanduser().absolute()
        folder = Path(folder_text).expanduser().absolute()
        if folder.resolve() == self._open_data_dir.resolve():
            self.status.setText(
                self.tr(
                    "That is the folder of the open newsroom. Choose an empty folder: "
                    "a restore never replaces a newsroom."
                )
            )
            return
        self.status.setText(self.tr("Checking the backup…"))
        self._run(lambda progress: restore_backup(archive, folder, on_progress=progress))

    def _on_progress(self, done: int, total: int, label: str) -> None:
        super()._on_progress(done, total, label)
        if total and label:
            self.status.setText(self.tr("Checking %1").replace("%1", label))

    def _on_done(self, result: object) -> None:
        super()._on_done(result)
        assert isinstance(result, RestoreReport)
        self.report = result
        folder = str(result.data_dir)
        text = (
            self.tr("Restored into %1: %2 articles, %3 photos. The database passed its checks.")
            .replace("%1", folder)
            .replace("%2", str(result.counts.get("articles", 0)))
            .replace("%3", str(result.counts.get("photos", 0)))
        )
        how = self.tr("To work in it, open it in a new window, or start Newsdesk with: %1")
        self.status.setText(text + "\n" + how.replace("%1", command_line(result.data_dir)))
        self.open_button.setEnabled(True)
        self.open_button.setFocus()

    def _on_failed(self, message: str) -> None:
        super()._on_failed(message)
        self.status.setText(self.tr("Nothing was restored: %1").replace("%1", message))

    def open_restored(self) -> bool:
        """Start a second Newsdesk on the restored folder; False if it could not start."""
        if self.report is None:
            return False
        program, arguments = newsdesk_command(self.report.data_dir)
        started, _pid = QProcess.startDetached(program, arguments)
        if not started:
            self.status.setText(
                self.tr("Newsdesk could not be started; run: %1").replace(
                    "%1", command_line(self.report.data_dir)
                )
            )
        return bool(started)
