"""Help ▸ User guide (F1): the Korean user guide, rendered in a searchable window.

The guide is Markdown shipped in ``resources/help/guide.md`` (found like every
resource, from a checkout, a wheel or a frozen bundle; ``docs/guide.md`` is the
same file for readers of the repository). It is rendered by the articles' own
renderer (:func:`newsdesk.text.markdown.render_markdown`), so the guide needs
no second Markdown dialect, and shown in a QTextBrowser: no web engine to
start for a page of text, and QTextDocument's find gives the search.

The window is not modal: a reporter reads a step and does it in the main
window beside it. One window per main window; F1 again brings it forward.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QKeySequence,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from newsdesk.resources import resource_path
from newsdesk.text.markdown import render_markdown

GUIDE_PARTS = ("help", "guide.md")
ANCHOR_ROLE = Qt.ItemDataRole.UserRole
_HEADING = re.compile(r"<h([2-4])>(.*?)</h\1>", re.S)
_STYLE = """
<style>
body { line-height: 150%; }
h2 { font-size: x-large; margin-top: 0; }
h3 { font-size: large; margin-top: 18px; border-bottom: 1px solid #c8d2e0; }
h4 { font-size: medium; margin-top: 12px; }
code { background-color: #eef1f5; }
th { background-color: #e8edf4; }
blockquote { color: #4b5563; }
</style>
"""


def guide_markdown() -> str:
    """The user guide's Markdown source."""
    return resource_path(*GUIDE_PARTS).read_text(encoding="utf-8")


def guide_html(markdown_source: str) -> tuple[str, list[tuple[int, str, str]]]:
    """The guide as HTML for QTextBrowser, and its headings as (level, title, anchor).

    Headings get anchors for the contents list; tables get borders through
    attributes, which QTextBrowser honours where it ignores most table CSS.
    """
    body = render_markdown(markdown_source)
    headings: list[tuple[int, str, str]] = []

    def anchor(match: re.Match[str]) -> str:
        level, inner = int(match.group(1)), match.group(2)
        name = f"section-{len(headings) + 1}"
        title = html.unescape(re.sub(r"<[^>]+>", "", inner)).strip()
        headings.append((level, title, name))
        return f'<h{level}><a name="{name}"></a>{inner}</h{level}>'

    body = _HEADING.sub(anchor, body)
    body = body.replace("<table>", '<table border="1" cellspacing="0" cellpadding="4">')
    return f"<html><head>{_STYLE}</head><body>{body}</body></html>", headings


class HelpWindow(QDialog):
    """The user guide with a contents list and a find field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Newsdesk user guide"))
        self.setWindowFlag(Qt.WindowType.Window, True)  # its own window, not a sheet
        self.setModal(False)
        self.resize(980, 760)

        self.find_field = QLineEdit(self)
        self.find_field.setPlaceholderText(self.tr("Find in the guide"))
        self.find_field.setClearButtonEnabled(True)
        self.find_field.setToolTip(self.tr("Enter: next match, Shift+Enter: previous"))
        self.previous_button = QPushButton(self.tr("Previo&us"), self)
        self.next_button = QPushButton(self.tr("Ne&xt"), self)
        self.matches_label = QLabel(self)
        search_row = QHBoxLayout()
        search_row.addWidget(self.find_field, 1)
        search_row.addWidget(self.previous_button)
        search_row.addWidget(self.next_button)
        search_row.addWidget(self.matches_label)

        self.contents = QListWidget(self)
        self.contents.setToolTip(self.tr("Contents: click a heading to go to it"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 740])

        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(splitter, 1)

        self.headings: list[tuple[int, str, str]] = []
        self.load(guide_markdown())
        self.find_field.textChanged.connect(self._on_find_text)
        self.find_field.returnPressed.connect(self.find_next)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.contents.itemActivated.connect(self._go_to)
        self.contents.itemClicked.connect(self._go_to)
        previous = QShortcut(QKeySequence("Shift+Return"), self.find_field)
        previous.setContext(Qt.ShortcutContext.WidgetShortcut)
        previous.activated.connect(self.find_previous)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.focus_find)

    def load(self, markdown_source: str) -> None:
        """Show ``markdown_source`` (the guide) and list its headings."""
        page, self.headings = guide_html(markdown_source)
        self.browser.setHtml(page)
        self.contents.clear()
        for level, title, anchor in self.headings[1:]:  # after the guide's own title
            item = QListWidgetItem(("    " if level > 2 else "") + title)
            item.setData(ANCHOR_ROLE, anchor)
            self.contents.addItem(item)

    def focus_find(self) -> None:
        self.find_field.setFocus()
        self.find_field.selectAll()

    def _go_to(self, item: QListWidgetItem) -> None:
        self.browser.scrollToAnchor(str(item.data(ANCHOR_ROLE)))

    # -- finding ------------------------------------------------------------------

    def _on_find_text(self, text: str) -> None:
        count = self._highlight_all(text)
        if not text:
            self.matches_label.clear()
        elif count:
            self.matches_label.setText(self.tr("%n match(es)", "", count))
        else:
            self.matches_label.setText(self.tr("Not found"))
        cursor = self.browser.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        if text:
            self.find_next()

    def _highlight_all(self, text: str) -> int:
        """Mark every match in the page (the current one is the selection); their number."""
        selections: list[QTextEdit.ExtraSelection] = []
        document = self.browser.document()
        mark = QTextCharFormat()
        mark.setBackground(QColor("#fde68a"))
        mark.setForeground(QColor("#111827"))
        cursor = document.find(text) if text else QTextCursor()
        while text and not cursor.isNull():
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor  # type: ignore[misc]
            selection.format = mark  # type: ignore[misc]
            selections.append(selection)
            cursor = document.find(text, cursor)
        self.browser.setExtraSelections(selections)
        return len(selections)

    def _find(self, backward: bool) -> bool:
        text = self.find_field.text()
        if not text:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if self.browser.find(text, flags):
            return True
        cursor = self.browser.textCursor()  # wrap around once
        cursor.movePosition(
            QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
        )
        self.browser.setTextCursor(cursor)
        return self.browser.find(text, flags)

    def find_next(self) -> bool:
        return self._find(backward=False)

    def find_previous(self) -> bool:
        return self._find(backward=True)


def show_user_guide(window: QWidget) -> HelpWindow:
    """Open the guide beside ``window`` (or bring its open guide forward)."""
    existing = window.findChild(HelpWindow)
    guide = existing if isinstance(existing, HelpWindow) else HelpWindow(window)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide
