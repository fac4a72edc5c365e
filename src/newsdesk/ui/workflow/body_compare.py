"""The two bodies of a revision compare, side by side, scrolling together.

The left pane holds the older body (unchanged and deleted text), the right
one the newer (unchanged and inserted text), so the same sentence sits at
different heights once a paragraph was added. Scrolling one pane therefore
does not copy its scroll bar value: the first visible character is mapped
through the diff (unchanged runs one to one, a changed run proportionally)
and the other pane is scrolled to where that character is. 이전 변경 /
다음 변경 (Shift+F7 / F7) walk the changes — a run of deletions and
insertions with nothing unchanged between them — marking the current one
in both panes.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QSplitter, QTextBrowser, QTextEdit, QVBoxLayout, QWidget

from newsdesk.text.diff import Op, Segment
from newsdesk.ui.workflow.revision_labels import current_change_color, highlight_colors


@dataclass(frozen=True)
class Region:
    """A stretch of both documents: unchanged text, or one change (either side may be empty).

    Positions are the documents' own (UTF-16, blocks), so they stay right for
    any text, emoji included.
    """

    old_start: int
    old_end: int
    new_start: int
    new_end: int
    changed: bool


def _content_y(view: QTextEdit, position: int) -> float:
    """Where the line holding ``position`` starts, in document pixels (the scroll bar's unit)."""
    document = view.document()
    block = document.findBlock(position)
    if not block.isValid():
        block = document.lastBlock()
    top = document.documentLayout().blockBoundingRect(block).top()
    layout = block.layout()
    if layout is not None and layout.lineCount():
        inside = max(0, min(position - block.position(), max(0, block.length() - 1)))
        line = layout.lineForTextPosition(inside)
        if line.isValid():
            return top + line.y()
    return top


def _first_visible(view: QTextEdit) -> int:
    document = view.document()
    point = QPointF(document.documentMargin() + 1, view.verticalScrollBar().value())
    hit = document.documentLayout().hitTest(point, Qt.HitTestAccuracy.FuzzyHit)
    return max(0, hit)


class BodyComparePanes(QWidget):
    """Older body left, newer right, one scroll, change by change."""

    #: (index of the current change or -1, number of changes)
    position_changed = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.old_view = QTextBrowser(self)
        self.new_view = QTextBrowser(self)
        self.old_view.setObjectName("oldBody")
        self.new_view.setObjectName("newBody")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        for view in (self.old_view, self.new_view):
            view.setOpenLinks(False)
            self.splitter.addWidget(view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.regions: list[Region] = []
        self._old_ends: list[int] = []
        self._new_ends: list[int] = []
        self.changes: list[Region] = []
        self.current = -1
        self._syncing = False
        self.old_view.verticalScrollBar().valueChanged.connect(
            lambda _value: self._follow(from_old=True)
        )
        self.new_view.verticalScrollBar().valueChanged.connect(
            lambda _value: self._follow(from_old=False)
        )

    # -- content -----------------------------------------------------------------------

    def set_segments(self, segments: list[Segment]) -> None:
        """Show a body diff; the first change (if any) is brought into view."""
        palette = self.palette()
        deleted, inserted = (QColor(name) for name in highlight_colors(palette))
        plain = QTextCharFormat()
        gone = QTextCharFormat()
        gone.setBackground(deleted)
        gone.setFontStrikeOut(True)
        added = QTextCharFormat()
        added.setBackground(inserted)
        self._syncing = True
        try:
            for view in (self.old_view, self.new_view):
                view.clear()
                view.setExtraSelections([])
            old_cursor = QTextCursor(self.old_view.document())
            new_cursor = QTextCursor(self.new_view.document())
            pieces: list[Region] = []
            for segment in segments:
                old_start, new_start = old_cursor.position(), new_cursor.position()
                if segment.op != Op.INSERT:
                    old_cursor.insertText(segment.text, gone if segment.op == Op.DELETE else plain)
                if segment.op != Op.DELETE:
                    new_cursor.insertText(segment.text, added if segment.op == Op.INSERT else plain)
                pieces.append(
                    Region(
                        old_start,
                        old_cursor.position(),
                        new_start,
                        new_cursor.position(),
                        segment.op != Op.EQUAL,
                    )
                )
        finally:
            self._syncing = False
        self.regions = _joined(pieces)
        self._old_ends = [region.old_end for region in self.regions]
        self._new_ends = [region.new_end for region in self.regions]
        self.changes = [region for region in self.regions if region.changed]
        self.current = -1
        if self.changes:
            self.go_to(0)
            # The panes may not have their final size yet: place the change again once they do.
            QTimer.singleShot(0, self._scroll_to_current)
        else:
            self.position_changed.emit(-1, 0)

    # -- navigation --------------------------------------------------------------------

    def next_change(self) -> None:
        if self.current + 1 < len(self.changes):
            self.go_to(self.current + 1)

    def previous_change(self) -> None:
        if self.current > 0:
            self.go_to(self.current - 1)

    def go_to(self, index: int) -> None:
        """Mark change ``index`` in both panes and scroll both to it."""
        if not 0 <= index < len(self.changes):
            return
        self.current = index
        change = self.changes[index]
        colour = current_change_color(self.palette())
        _mark(self.old_view, change.old_start, change.old_end, colour)
        _mark(self.new_view, change.new_start, change.new_end, colour)
        self._scroll_to_current()
        self.position_changed.emit(index, len(self.changes))

    def current_texts(self) -> tuple[str, str]:
        """The current change's (older, newer) text, as marked in the panes."""
        if not 0 <= self.current < len(self.changes):
            return "", ""
        change = self.changes[self.current]
        return (
            _text(self.old_view, change.old_start, change.old_end),
            _text(self.new_view, change.new_start, change.new_end),
        )

    def _scroll_to_current(self) -> None:
        if not 0 <= self.current < len(self.changes):
            return
        change = self.changes[self.current]
        self._syncing = True
        try:
            for view, position in (
                (self.old_view, change.old_start),
                (self.new_view, change.new_start),
            ):
                bar = view.verticalScrollBar()
                bar.setValue(round(_content_y(view, position) - view.viewport().height() / 3))
        finally:
            self._syncing = False

    # -- scrolling together ------------------------------------------------------------

    def map_position(self, position: int, *, from_old: bool) -> int:
        """The other pane's position for ``position`` in this one."""
        if not self.regions:
            return 0
        ends = self._old_ends if from_old else self._new_ends
        index = min(bisect_right(ends, position - 1), len(self.regions) - 1)
        region = self.regions[index]
        start, end = (
            (region.old_start, region.old_end) if from_old else (region.new_start, region.new_end)
        )
        target_start, target_end = (
            (region.new_start, region.new_end) if from_old else (region.old_start, region.old_end)
        )
        if end <= start:
            return target_start
        fraction = min(1.0, max(0.0, (position - start) / (end - start)))
        return target_start + round(fraction * (target_end - target_start))

    def _follow(self, *, from_old: bool) -> None:
        if self._syncing or not self.regions:
            return
        source, target = (
            (self.old_view, self.new_view) if from_old else (self.new_view, self.old_view)
        )
        self._syncing = True
        try:
            value = source.verticalScrollBar().value()
            position = _first_visible(source)
            offset = value - _content_y(source, position)
            mapped = self.map_position(position, from_old=from_old)
            target.verticalScrollBar().setValue(round(_content_y(target, mapped) + offset))
        finally:
            self._syncing = False


def _joined(pieces: list[Region]) -> list[Region]:
    """Adjacent changed pieces become one change (a deletion and its replacement)."""
    joined: list[Region] = []
    for piece in pieces:
        if joined and piece.changed and joined[-1].changed:
            last = joined[-1]
            joined[-1] = Region(last.old_start, piece.old_end, last.new_start, piece.new_end, True)
        else:
            joined.append(piece)
    return joined


def _mark(view: QTextEdit, start: int, end: int, colour: QColor) -> None:
    """The current change's mark; on the side where nothing is, its whole line is tinted."""
    selection = QTextEdit.ExtraSelection()
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    selection.cursor = cursor  # type: ignore[misc]
    marked = QTextCharFormat()
    marked.setBackground(colour)
    if start == end:
        marked.setProperty(QTextFormat.Property.FullWidthSelection, True)
    selection.format = marked  # type: ignore[misc]
    view.setExtraSelections([selection])


def _text(view: QTextEdit, start: int, end: int) -> str:
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText().replace("\u2029", "\n")
