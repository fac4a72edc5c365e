"""Export the public site to a folder: progress, cancel, summary, problems in plain words.

The export runs in :class:`ExportWorker`; this dialog only reacts to its
signals. The chosen folder is remembered in the site profile (``export_dir``),
through the site-profile service, so the CLI and the next session use it too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThread, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.publish.static_site import ExportReport
from newsdesk.services.errors import NewsdeskError
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.site_profile import get_profile, update_profile
from newsdesk.ui.dialogs.site_settings_dialog import SiteSettingsDialog
from newsdesk.ui.publishing.export_worker import FOOTER, ExportWorker, start_export

_PROBLEM_STYLE = (
    "QFrame#problem { background: #fef2f2; border: 1px solid #fca5a5; border-radius: 4px; }"
    # Fixed dark text: the pale background stays pale in a dark colour scheme.
    "QFrame#problem QLabel { color: #7f1d1d; }"
)


class ExportDialog(QDialog):
    def __init__(self, newsroom: Newsroom, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._newsroom = newsroom
        self._thread: QThread | None = None
        self._worker: ExportWorker | None = None
        self.report: ExportReport | None = None
        self.setWindowTitle(self.tr("Export site"))

        self.folder_edit = QLineEdit(get_profile(newsroom).export_dir)
        self.folder_edit.setPlaceholderText(self.tr("Folder the static site is written to"))
        self.folder_edit.textChanged.connect(self._update_buttons)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(self.tr("Folder:")))
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel(self.tr("Ready to export the published articles."))
        self.status.setWordWrap(True)

        self.summary = QGroupBox(self.tr("Summary"))
        summary_form = QFormLayout(self.summary)
        summary_form.setHorizontalSpacing(24)
        self.summary_labels: dict[str, QLabel] = {}
        for key, text in (
            ("written", self.tr("Pages written")),
            ("unchanged", self.tr("Pages unchanged")),
            ("removed", self.tr("Files removed")),
            ("copied", self.tr("Photos copied")),
        ):
            value = QLabel("–")
            value.setObjectName(f"summary-{key}")
            value.setStyleSheet("font-weight: bold;")
            self.summary_labels[key] = value
            summary_form.addRow(text, value)
        self.summary.setVisible(False)

        self.problem = QFrame()
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet(_PROBLEM_STYLE)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.settings_button = QPushButton(self.tr("Open &site settings…"))
        self.settings_button.clicked.connect(self.open_settings)
        problem_layout = QVBoxLayout(self.problem)
        problem_layout.addWidget(self.problem_label)
        problem_layout.addWidget(self.settings_button)
        self.problem.setVisible(False)

        self.export_button = QPushButton(self.tr("&Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.open_button = QPushButton(self.tr("&Open folder"))
        self.open_button.setToolTip(self.tr("Show the exported site in the file manager"))
        self.open_button.clicked.connect(self.open_folder)
        self.open_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton(self.tr("C&lose"))
        self.close_button.clicked.connect(self.reject)
        buttons = QDialogButtonBox()
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addLayout(folder_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(580, 340)
        self._update_buttons()
        self.export_button.setFocus()

    # -- state -----------------------------------------------------------------------

    def is_running(self) -> bool:
        return self._thread is not None

    def _update_buttons(self) -> None:
        running = self.is_running()
        self.export_button.setEnabled(not running and bool(self.folder_edit.text().strip()))
        self.folder_edit.setEnabled(not running)
        self.browse_button.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.close_button.setVisible(not running)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Export folder"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def _show_problem(self, text: str, *, settings: bool = False) -> None:
        self.problem_label.setText(text)
        self.settings_button.setVisible(settings)
        self.problem.setVisible(True)

    # -- running ---------------------------------------------------------------------

    def start(self) -> None:
        text = self.folder_edit.text().strip()
        if not text or self.is_running():
            return
        out_dir = Path(text).expanduser().resolve()
        try:
            if str(out_dir) != get_profile(self._newsroom).export_dir:
                update_profile(self._newsroom, {"export_dir": str(out_dir)})
        except NewsdeskError as exc:
            self._show_problem(str(exc))
            return
        self.folder_edit.setText(str(out_dir))
        self.problem.setVisible(False)
        self.summary.setVisible(False)
        self.open_button.setEnabled(False)
        self.report = None
        self.progress.setRange(0, 0)  # busy until the first file reports the total
        self.status.setText(self.tr("Reading the published articles…"))
        self._thread, self._worker = start_export(self._newsroom, out_dir, self)
        self._worker.progress.connect(self._on_progress)
        self._worker.done.connect(self._on_done)
        self._worker.failed.connect(self._on_failed)
        self._thread.finished.connect(self._on_thread_finished)
        self._update_buttons()

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.status.setText(self.tr("Cancelling after the current file…"))
            self.cancel_button.setEnabled(False)

    def _on_progress(self, done: int, total: int, path: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(self.tr("Writing %1").replace("%1", path))

    def _on_done(
        self, written: int, unchanged: int, removed: int, copied: int, cancelled: bool, out: str
    ) -> None:
        self.report = report = ExportReport(
            written=written,
            unchanged=unchanged,
            removed=removed,
            copied=copied,
            cancelled=cancelled,
            out_dir=Path(out),
        )
        for key in ("written", "unchanged", "removed", "copied"):
            self.summary_labels[key].setText(f"{getattr(report, key):,}")
        self.summary.setVisible(True)
        self.open_button.setEnabled(True)
        if report.cancelled:
            self.status.setText(self.tr("Export cancelled; the folder holds what was written."))
        else:
            self.progress.setValue(self.progress.maximum())
            self.status.setText(self.tr("Export finished: %1").replace("%1", str(report.out_dir)))

    def _on_failed(self, kind: str, message: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(self.tr("The export did not finish."))
        if kind == FOOTER:
            self._show_problem(
                self.tr(
                    "The legal footer is incomplete, so the site cannot be published. Fill in: %1"
                ).replace("%1", message),
                settings=True,
            )
        else:
            self._show_problem(self.tr("Export failed: %1").replace("%1", message))

    def _on_thread_finished(self) -> None:
        self._thread = self._worker = None
        self.cancel_button.setEnabled(True)
        self._update_buttons()
        (self.open_button if self.report else self.export_button).setFocus()
        self.folder_edit.deselect()

    def wait(self, msecs: int = 60000) -> None:
        """Block until a running export thread ends."""
        if self._thread is not None:
            self._thread.wait(msecs)

    # -- actions ---------------------------------------------------------------------

    def open_settings(self) -> None:
        dialog = SiteSettingsDialog(self._newsroom, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.problem.setVisible(False)
            self.status.setText(self.tr("Settings saved; export again."))

    def open_folder(self) -> None:
        folder = self.report.out_dir if self.report else Path(self.folder_edit.text())
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def reject(self) -> None:
        if self.is_running():  # stop cleanly instead of leaving a thread behind
            self.cancel()
            self.wait()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_running():
            self.cancel()
            self.wait()
        super().closeEvent(event)
