"""The photo import's results, one entry per file, each readable in full.

A refusal explains itself in a sentence or two ("HEIC 사진은 지원하지
않습니다. … 높은 호환성 …"); in a one-line list at the photo panel's width
that was cut off after a few words, and the advice — the part that tells the
reporter what to do — was the part lost. Entries therefore wrap at the
list's width and the list grows with them, up to a limit after which it
scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QStyle, QWidget

#: Tallest the list grows before it scrolls, in text lines.
MAX_VISIBLE_LINES = 9
ERROR_COLOUR = "#b91c1c"


class ImportResultsList(QListWidget):
    """Word-wrapped result lines; see the module docstring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setMaximumHeight(self._max_height())

    def _max_height(self) -> int:
        return self.fontMetrics().lineSpacing() * MAX_VISIBLE_LINES + 2 * self.frameWidth() + 8

    def add_result(self, text: str, *, failed: bool) -> QListWidgetItem:
        """Add one file's line: a red cross and red text for a refusal, a tick otherwise."""
        pixmap = QStyle.StandardPixmap
        icon = self.style().standardIcon(
            pixmap.SP_MessageBoxCritical if failed else pixmap.SP_DialogApplyButton
        )
        item = QListWidgetItem(icon, text)
        item.setToolTip(text)
        if failed:
            item.setForeground(QColor(ERROR_COLOUR))
        self.addItem(item)
        self.scrollToBottom()
        self.updateGeometry()
        return item

    def sizeHint(self) -> QSize:
        """Tall enough for every entry (wrapped at the current width), within the limit."""
        hint = super().sizeHint()
        content = sum(self.visualItemRect(self.item(row)).height() for row in range(self.count()))
        height = min(content + 2 * self.frameWidth() + 4, self._max_height())
        return QSize(hint.width(), max(height, self.fontMetrics().lineSpacing() * 2))
