"""The pre-publish checks as a dock: errors and warnings, each a jump to its place.

Findings come from the Qt-free checker with code-point line/column; Qt text
cursors count UTF-16 units, so positions are converted here (an emoji or a
rare Hanja outside the BMP would otherwise shift the selection).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from newsdesk.text.checks import Finding, Severity, field_label

if TYPE_CHECKING:
    from newsdesk.ui.app.main_window import MainWindow

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1


def utf16_length(text: str) -> int:
    """How many UTF-16 units Qt counts for ``text``."""
    return len(text.encode("utf-16-le")) // 2


def utf16_span(line_text: str, column: int, length: int) -> tuple[int, int]:
    """(start, length) in UTF-16 units for a 1-based code-point column and length."""
    start = max(column - 1, 0)
    return (
        utf16_length(line_text[:start]),
        utf16_length(line_text[start : start + max(length, 0)]),
    )


def _focus_later(widget: QWidget) -> None:
    """Focus after the double-click's own mouse events, which leave focus on the list."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    QTimer.singleShot(0, lambda: widget.setFocus(Qt.FocusReason.OtherFocusReason))


def select_in_text(editor: QPlainTextEdit, line: int, column: int, length: int) -> None:
    """Move the cursor to line/column (1-based, code points) and select ``length``."""
    document = editor.document()
    block = document.findBlockByNumber(max(line, 1) - 1)
    if not block.isValid():
        block = document.lastBlock()
    start, size = utf16_span(block.text(), column, length)
    start = min(start, max(block.length() - 1, 0))
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + start)
    size = min(size, max(block.length() - 1 - start, 0))
    cursor.setPosition(block.position() + start + size, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.centerCursor()
    _focus_later(editor)


def select_in_line(edit: QLineEdit, column: int, length: int) -> None:
    """Select ``length`` code points at ``column`` (1-based) in a one-line field."""
    _focus_later(edit)
    if column <= 0:
        edit.selectAll()
        return
    start, size = utf16_span(edit.text(), column, length)
    edit.setSelection(start, size)


class ChecksPanel(QDockWidget):
    """Lists the findings; Enter or double-click asks the window to jump there."""

    finding_activated = Signal(object)  # Finding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Checks"), parent)
        self.setObjectName("checks-dock")
        self.setAllowedAreas(
            Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        body = QWidget(self)
        self.summary = QLabel(self.tr("Run the checks with F7."), body)
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(body)
        self.tree.setHeaderLabels([self.tr("Where"), self.tr("Problem")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setToolTip(self.tr("Double-click or press Enter to go to the problem"))
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(1, self.tree.header().ResizeMode.Stretch)
        self.tree.itemActivated.connect(self._activated)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.setWidget(body)
        self.findings: list[Finding] = []

    def show_findings(self, findings: Sequence[Finding], headline: str = "") -> None:
        self.findings = list(findings)
        self.tree.clear()
        style = self.style()
        error_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for finding in self.findings:
            where = field_label(finding.field)
            if finding.line > 0:
                where = self.tr("%1, line %2, column %3")
                where = (
                    where.replace("%1", field_label(finding.field))
                    .replace("%2", str(finding.line))
                    .replace("%3", str(finding.column))
                )
            item = QTreeWidgetItem([where, finding.message])
            is_error = finding.severity == Severity.ERROR
            item.setIcon(0, error_icon if is_error else warning_icon)
            item.setToolTip(1, finding.message)
            item.setData(0, FINDING_ROLE, finding)
            self.tree.addTopLevelItem(item)
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(0, self.tree.columnWidth(0) + 16)
        errors = sum(1 for f in self.findings if f.severity == Severity.ERROR)
        warnings = len(self.findings) - errors
        if not self.findings:
            text = self.tr("No problems found. The article is ready to publish.")
        else:
            text = (
                self.tr("%1 error(s) must be fixed, %2 warning(s) need a look.")
                .replace("%1", str(errors))
                .replace("%2", str(warnings))
            )
        if headline:
            text = f"<b>{_escape(headline)}</b> — {_escape(text)}"
        self.summary.setText(text)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def activate_row(self, row: int) -> None:
        """What Enter on ``row`` does (also for tests)."""
        item = self.tree.topLevelItem(row)
        if item is not None:
            self._activated(item, 0)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        finding = item.data(0, FINDING_ROLE)
        if isinstance(finding, Finding):
            self.finding_activated.emit(finding)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def jump_to_finding(window: MainWindow, finding: Finding) -> None:
    """Show the place a finding points at: text selected, photo picked, or settings."""
    editor = window.editor
    lines: dict[str, QLineEdit] = {
        "headline": editor.headline,
        "subheadline": editor.subheadline,
        "byline": editor.byline,
    }
    if finding.field == "body":
        select_in_text(editor.body, finding.line or 1, finding.column or 1, finding.length)
    elif finding.field == "summary":
        select_in_text(editor.summary, finding.line or 1, finding.column or 1, finding.length)
    elif finding.field in lines:
        select_in_line(lines[finding.field], finding.column, finding.length)
    elif finding.field == "section":
        editor.section.setFocus(Qt.FocusReason.OtherFocusReason)
    elif finding.field.startswith("photo:"):
        number = finding.field.partition(":")[2]
        window.side_tabs.setCurrentWidget(window.photos_panel)
        if number.isdigit():
            window.photos_panel.list.setCurrentRow(int(number) - 1)
    elif finding.field == "site":
        window.show_site_settings()
