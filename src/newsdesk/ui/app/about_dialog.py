"""Help ▸ About: what this program is and which version is running.

Support questions from newsrooms start with "which version?", so the
version comes straight from ``newsdesk.__version__``.
"""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

import newsdesk


class AboutDialog(QDialog):
    """Name, version, purpose and the library versions underneath."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Newsdesk"))
        title = QLabel(f"<h2>Newsdesk {newsdesk.__version__}</h2>", self)
        self.version_text = newsdesk.__version__
        purpose = QLabel(
            self.tr("A newsroom editor for small local newspapers: write, check and publish."),
            self,
        )
        purpose.setWordWrap(True)
        details = QLabel(
            self.tr("Python %1 · Qt %2 · PySide6 %3")
            .replace("%1", platform.python_version())
            .replace("%2", qVersion())
            .replace("%3", pyside_version),
            self,
        )
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, purpose, details, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(380)
