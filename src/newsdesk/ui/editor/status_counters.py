"""Live 글자수 / 공백 제외 / 원고지 매수 in the status bar.

Korean desks measure copy in characters and 200-character manuscript sheets,
not words. Counting strips Markdown with regular expressions; a short timer
keeps a long article from recounting on every single keystroke.

With text selected, a fourth label counts the selection ("선택: …"): a desk
trimming a paragraph to fit wants that paragraph's figures, not the article's.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from newsdesk.text.counts import TextCounts, count_text

RECOUNT_DELAY_MS = 120


class StatusCounters(QWidget):
    """Three labels for the status bar, recounted shortly after the text changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chars_label = QLabel(self)
        self.chars_label.setToolTip(self.tr("Characters, spaces included (글자수)"))
        self.no_spaces_label = QLabel(self)
        self.no_spaces_label.setToolTip(self.tr("Characters without spaces (공백 제외)"))
        self.sheets_label = QLabel(self)
        self.sheets_label.setToolTip(
            self.tr("200-character manuscript sheets (원고지 매수), rounded up")
        )
        self.selection_label = QLabel(self)
        self.selection_label.setObjectName("selection-counts")
        self.selection_label.setToolTip(
            self.tr("The selected text: characters, without spaces, manuscript sheets")
        )
        self.selection_label.setVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(14)
        for label in (
            self.selection_label,
            self.chars_label,
            self.no_spaces_label,
            self.sheets_label,
        ):
            layout.addWidget(label)
        #: Figures of the selection, or None when nothing is selected.
        self.selection_counts: TextCounts | None = None
        self._pending = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECOUNT_DELAY_MS)
        self._timer.timeout.connect(self._recount)
        self.counts = count_text("")
        self._show(self.counts)

    def set_text(self, markdown_source: str, *, immediately: bool = False) -> None:
        """Count ``markdown_source`` soon (or now, when an article is opened)."""
        self._pending = markdown_source
        if immediately:
            self._recount()
        else:
            self._timer.start()

    def set_selection(self, markdown_source: str) -> None:
        """Count the selected text now ("" hides the selection's figures)."""
        if not markdown_source.strip():
            self.selection_counts = None
            self.selection_label.setVisible(False)
            return
        counts = count_text(markdown_source)
        self.selection_counts = counts
        self.selection_label.setText(
            self.tr("Selection: %1 characters · %2 without spaces · %3 sheets")
            .replace("%1", f"{counts.chars:,}")
            .replace("%2", f"{counts.chars_no_spaces:,}")
            .replace("%3", str(counts.manuscript_pages))
        )
        self.selection_label.setVisible(True)

    def _recount(self) -> None:
        self._timer.stop()
        self.counts = count_text(self._pending)
        self._show(self.counts)

    def _show(self, counts: TextCounts) -> None:
        self.chars_label.setText(self.tr("Characters: %1").replace("%1", f"{counts.chars:,}"))
        self.no_spaces_label.setText(
            self.tr("Without spaces: %1").replace("%1", f"{counts.chars_no_spaces:,}")
        )
        self.sheets_label.setText(
            self.tr("Manuscript sheets: %1").replace("%1", str(counts.manuscript_pages))
        )
