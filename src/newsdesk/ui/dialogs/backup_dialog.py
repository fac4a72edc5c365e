"""The Back up dialog: write a backup file now, choose how many daily ones are kept.

The backup runs in a :class:`~newsdesk.ui.dialogs.backup_worker.ProgressWorker`; the
dialog shows its progress and, at the end, where the file went. The number
of automatic daily backups to keep lives in the injected QSettings.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from newsdesk.services.auto_backup import MAX_KEEP, backups_dir
from newsdesk.services.backup import BackupReport, backup_file_name, create_backup
from newsdesk.ui.dialogs.backup_actions import FOLDER_KEY, KEEP_KEY, keep_setting
from newsdesk.ui.dialogs.backup_worker import JobDialog


def _megabytes(size: int) -> str:
    return f"{size / 1024**2:.1f} MB"


class BackupDialog(JobDialog):
    """Write a backup file now; set how many automatic daily backups are kept."""

    def __init__(self, data_dir: Path, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._settings = settings
        self.report: BackupReport | None = None
        self.setWindowTitle(self.tr("Back up"))
        intro = QLabel(
            self.tr(
                "One file with the database and every photo. It can be made while you work; "
                "keep it on another disk."
            )
        )
        intro.setWordWrap(True)
        folder = Path(str(settings.value(FOLDER_KEY, "")) or Path.home())
        self.file_edit = QLineEdit(str(folder / backup_file_name(datetime.now(UTC))))
        self.file_edit.textChanged.connect(self._update_buttons)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("File:")))
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        self.status.setText(self.tr("Ready to back up."))

        automatic = QGroupBox(self.tr("Automatic backups"))
        auto_form = QFormLayout(automatic)
        where = QLabel(
            self.tr("Once a day, when Newsdesk starts, a backup is made in %1.").replace(
                "%1", str(backups_dir(data_dir))
            )
        )
        where.setWordWrap(True)
        auto_form.addRow(where)
        self.keep_spin = QSpinBox()
        self.keep_spin.setRange(1, MAX_KEEP)
        self.keep_spin.setValue(keep_setting(settings))
        self.keep_spin.setToolTip(self.tr("Older automatic backups are deleted"))
        self.keep_spin.valueChanged.connect(lambda value: settings.setValue(KEEP_KEY, value))
        auto_form.addRow(self.tr("&Keep the last:"), self.keep_spin)
        self.show_auto_button = QPushButton(self.tr("&Show automatic backups"))
        self.show_auto_button.clicked.connect(self._show_auto_folder)
        auto_form.addRow(self.show_auto_button)

        self.backup_button = QPushButton(self.tr("Back &up"))
        self.backup_button.setDefault(True)
        self.backup_button.clicked.connect(self.start)
        self.open_button = QPushButton(self.tr("&Open folder"))
        self.open_button.setToolTip(self.tr("Show the backup file in the file manager"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open_folder)
        self.close_button = QPushButton(self.tr("C&lose"))
        self.close_button.clicked.connect(self.reject)
        self._inputs = [self.file_edit, self.browse_button, self.close_button]
        buttons = QDialogButtonBox()
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(automatic)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(600, 360)
        self._update_buttons()

    def _update_buttons(self) -> None:
        super()._update_buttons()
        ready = bool(self.file_edit.text().strip())
        self.backup_button.setEnabled(not self.is_running() and ready)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up to"), self.file_edit.text(), self.tr("Newsdesk backups (*.zip)")
        )
        if chosen:
            self.file_edit.setText(chosen)

    def start(self) -> None:
        text = self.file_edit.text().strip()
        if not text or self.is_running():
            return
        target = Path(text).expanduser().absolute()
        self.report = None
        self.open_button.setEnabled(False)
        self.status.setText(self.tr("Copying the database…"))
        data_dir = self._data_dir
        self._run(lambda progress: create_backup(data_dir, target, on_progress=progress))

    def _on_progress(self, done: int, total: int, label: str) -> None:
        super()._on_progress(done, total, label)
        if total:
            self.status.setText(self.tr("Writing %1").replace("%1", label))

    def _on_done(self, result: object) -> None:
        super()._on_done(result)
        assert isinstance(result, BackupReport)
        self.report = result
        self._settings.setValue(FOLDER_KEY, str(result.path.parent))
        counts = result.counts
        text = (
            self.tr("Backup saved: %1 (%2; %3 articles, %4 photos).")
            .replace("%1", str(result.path))
            .replace("%2", _megabytes(result.size))
            .replace("%3", str(counts.get("articles", 0)))
            .replace("%4", str(counts.get("photos", 0)))
        )
        if result.missing:
            text += " " + self.tr("%1 photo(s) had no original file and are not in it.").replace(
                "%1", str(len(result.missing))
            )
        self.status.setText(text)
        self.open_button.setEnabled(True)

    def _on_failed(self, message: str) -> None:
        super()._on_failed(message)
        self.status.setText(self.tr("Backup failed: %1").replace("%1", message))

    def _open_folder(self) -> None:
        if self.report is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.report.path.parent)))

    def _show_auto_folder(self) -> None:
        folder = backups_dir(self._data_dir)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
