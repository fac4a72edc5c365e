"""Writing tools of the body: the 서식 commands, lists that continue, zoom, selection counts.

Reporters type Markdown without learning it, so every block format has a
menu entry, a toolbar button and a key, each a toggle: 소제목 (``## ``),
인용 (``> ``), 글머리 / 번호 목록, and inserted blocks for 표 and 구분선. The
rules are plain text functions (:mod:`newsdesk.text.markdown_blocks`); this
module only takes the touched lines out of the editor and puts the result
back as one undo step. Enter at the end of a list item starts the next item;
on an empty item it ends the list, as in a word processor.

The body's text size (Ctrl+wheel, Ctrl+= / Ctrl+- / Ctrl+0) is the reader's
own and kept in QSettings: laptops and office monitors want different sizes,
and it is not part of the article.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QTextCursor, QWheelEvent
from PySide6.QtWidgets import QPlainTextEdit, QToolButton, QVBoxLayout, QWidget

from newsdesk.text.markdown_blocks import (
    RULE,
    TABLE_SKELETON,
    continue_list,
    isolated_block,
    toggle_bullets,
    toggle_heading,
    toggle_numbers,
    toggle_quote,
)
from newsdesk.ui.app.window_actions import WindowActions, plain_label
from newsdesk.ui.editor.flow_layout import FlowLayout

if TYPE_CHECKING:
    from newsdesk.ui.app.main_window import MainWindow

ZOOM_KEY = "editor/zoom_percent"
#: The sizes Ctrl+= / Ctrl+- step through, in percent of the normal size.
ZOOM_STEPS = (50, 60, 70, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300)
PARAGRAPH_SEPARATOR = "\u2029"  # what QTextCursor.selectedText() puts between lines

LineTransform = Callable[[list[str]], list[str]]


def transform_lines(editor: QPlainTextEdit, transform: LineTransform) -> None:
    """Apply ``transform`` to the lines the cursor or selection touches, as one undo step.

    A selection ending at the very start of a line leaves that line alone (a
    triple-click or Shift+Down selection ends there). Several lines stay
    selected afterwards, so the next command applies to the same lines; one
    line leaves the cursor at its end, ready to type.
    """
    if editor.isReadOnly():
        return
    cursor = editor.textCursor()
    document = editor.document()
    first = document.findBlock(cursor.selectionStart())
    last = document.findBlock(cursor.selectionEnd())
    if cursor.hasSelection() and last != first and cursor.selectionEnd() == last.position():
        last = last.previous()
    start = first.position()
    edit = QTextCursor(document)
    edit.setPosition(start)
    edit.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
    lines = edit.selectedText().split(PARAGRAPH_SEPARATOR)
    text = "\n".join(transform(lines))
    edit.beginEditBlock()
    edit.insertText(text)
    edit.endEditBlock()
    result = QTextCursor(document)
    if len(lines) > 1:
        result.setPosition(start)
        result.setPosition(start + len(text), QTextCursor.MoveMode.KeepAnchor)
    else:
        result.setPosition(start + len(text))
    editor.setTextCursor(result)


def insert_block(editor: QPlainTextEdit, block: tuple[str, ...]) -> None:
    """Insert ``block`` at the cursor on lines of its own, blank lines around it as needed."""
    if editor.isReadOnly():
        return
    cursor = editor.textCursor()
    whole = editor.toPlainText()
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    text = isolated_block(block, whole[:start], whole[end:])
    cursor.beginEditBlock()
    cursor.insertText(text)
    cursor.endEditBlock()
    # Into the table's first empty cell, or after the rule.
    if block == TABLE_SKELETON:
        offset = text.rfind("|  |") + 2
        cursor.setPosition(start + offset)
    editor.setTextCursor(cursor)


class ListContinuation(QObject):
    """Enter at the end of a list item: the next item's marker, or the list's end."""

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self._editor = editor
        editor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._editor
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            return self._continue()
        return super().eventFilter(watched, event)

    def _continue(self) -> bool:
        editor = self._editor
        cursor = editor.textCursor()
        if editor.isReadOnly() or cursor.hasSelection() or not cursor.atBlockEnd():
            return False
        step = continue_list(cursor.block().text())
        if step is None:
            return False
        cursor.beginEditBlock()
        if step.next_line is None:  # an empty item: the list ends here
            cursor.movePosition(
                QTextCursor.MoveOperation.StartOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            cursor.insertText(step.replace_line)
        else:
            cursor.insertText("\n" + step.next_line)
        cursor.endEditBlock()
        editor.setTextCursor(cursor)
        editor.ensureCursorVisible()
        return True


class EditorZoom(QObject):
    """The body's text size in percent, stepped by keys and Ctrl+wheel, kept in QSettings."""

    changed = Signal(int)

    def __init__(self, editor: QPlainTextEdit, settings: QSettings) -> None:
        super().__init__(editor)
        self._editor = editor
        self._settings = settings
        self._base_size = editor.font().pointSizeF()
        try:
            stored = int(str(settings.value(ZOOM_KEY, 100)))
        except ValueError:
            stored = 100
        self.percent = 100
        self.set_percent(stored, remember=False)
        editor.viewport().installEventFilter(self)

    def set_percent(self, percent: int, *, remember: bool = True) -> None:
        percent = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], percent))
        self.percent = percent
        font = self._editor.font()
        font.setPointSizeF(self._base_size * percent / 100)
        self._editor.setFont(font)
        if remember:
            self._settings.setValue(ZOOM_KEY, percent)
        self.changed.emit(percent)

    def zoom_in(self) -> None:
        self.set_percent(next((s for s in ZOOM_STEPS if s > self.percent), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        smaller = [s for s in ZOOM_STEPS if s < self.percent]
        self.set_percent(smaller[-1] if smaller else ZOOM_STEPS[0])

    def reset(self) -> None:
        self.set_percent(100)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(event, QWheelEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            delta = event.angleDelta().y()
            if delta > 0:
                self.zoom_in()
            elif delta < 0:
                self.zoom_out()
            return True  # not Qt's own Ctrl+wheel zoom, which nobody would remember
        return super().eventFilter(watched, event)


def build_format_bar(parent: QWidget, a: WindowActions) -> QWidget:
    """The 서식 bar over the body: buttons for the Format menu's actions.

    It sits in the editor's column, next to the text it formats, rather than
    with the window's toolbars, and so stays in view in full-screen writing.
    Its buttons flow onto a second row when the column is narrow: a QToolBar
    would hide the last ones behind a » menu instead.
    """
    bar = QWidget(parent)
    bar.setObjectName("format-bar")
    bar.setAccessibleName(QCoreApplication.translate("WritingTools", "Format toolbar"))
    flow = FlowLayout(bar, spacing=2)
    flow.setContentsMargins(0, 0, 0, 0)
    groups = ((a.bold, a.italic, a.link), (a.heading, a.quote, a.bullets, a.numbers))
    for group in (*groups, (a.table, a.rule)):
        for action in group:
            action.setIconText(plain_label(action.text()))
            button = QToolButton(bar)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the body
            flow.addWidget(button)
    return bar


def selected_markdown(editor: QPlainTextEdit) -> str:
    """The selected text with real line breaks (Qt uses U+2029 between paragraphs)."""
    return editor.textCursor().selectedText().replace(PARAGRAPH_SEPARATOR, "\n")


class WritingTools(QObject):
    """The window's writing tools, wired to its actions; see the module docstring."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        from newsdesk.ui.editor.full_screen import FullScreenWriting
        from newsdesk.ui.editor.preview_width import PreviewWidth

        a: WindowActions = window.actions_
        body = window.editor.body
        self.lists = ListContinuation(body)
        self.zoom = EditorZoom(body, window.settings)
        self.format_bar = build_format_bar(window.editor, a)
        layout = window.editor.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(layout.indexOf(body), self.format_bar)
        self.full_screen = FullScreenWriting(window, a.full_screen)
        self.preview_width = PreviewWidth(
            window.preview, window.settings, a.preview_desktop, a.preview_mobile
        )

        commands: tuple[tuple[QAction, Callable[[], None]], ...] = (
            (a.heading, lambda: transform_lines(body, toggle_heading)),
            (a.quote, lambda: transform_lines(body, toggle_quote)),
            (a.bullets, lambda: transform_lines(body, toggle_bullets)),
            (a.numbers, lambda: transform_lines(body, toggle_numbers)),
            (a.table, lambda: insert_block(body, TABLE_SKELETON)),
            (a.rule, lambda: insert_block(body, (RULE,))),
            (a.zoom_in, self.zoom.zoom_in),
            (a.zoom_out, self.zoom.zoom_out),
            (a.zoom_reset, self.zoom.reset),
        )
        for action, command in commands:
            action.triggered.connect(lambda _=False, run=command: self._run(body, run))
        body.selectionChanged.connect(
            lambda: window.counters.set_selection(selected_markdown(body))
        )

    @staticmethod
    def _run(body: QPlainTextEdit, command: Callable[[], None]) -> None:
        """Run a command from the menu or toolbar; typing goes on in the body."""
        command()
        body.setFocus(Qt.FocusReason.OtherFocusReason)


def install_writing_tools(window: MainWindow) -> WritingTools:
    """Add the writing tools to ``window`` (called once, after its actions exist)."""
    return WritingTools(window)
