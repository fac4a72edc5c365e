"""The find (Ctrl+F) and replace (Ctrl+H) bar under the body editor.

Kept apart from :mod:`newsdesk.ui.editor.markdown_editor` (the editor asks for
it with :attr:`~newsdesk.ui.editor.markdown_editor.MarkdownEditor.find_requested`)
so each module stays about one idea.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from newsdesk.ui.editor.flow_layout import FlowLayout
from newsdesk.ui.editor.markdown_editor import MarkdownEditor


class FindReplaceBar(QWidget):
    """Find (Ctrl+F) and replace (Ctrl+H) in the body, shown under the editor."""

    def __init__(self, editor: MarkdownEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.find_field = QLineEdit(self)
        self.find_field.setPlaceholderText(self.tr("Find"))
        self.find_field.setClearButtonEnabled(True)
        self.replace_field = QLineEdit(self)
        self.replace_field.setPlaceholderText(self.tr("Replace with"))
        self.match_case = QCheckBox(self.tr("&Match case"), self)
        self.match_case.setToolTip(self.tr("Only find text with the same upper/lower case"))
        self.previous_button = QPushButton(self.tr("Previo&us"), self)
        self.previous_button.setToolTip(self.tr("Find the previous match (Shift+Enter)"))
        self.next_button = QPushButton(self.tr("Ne&xt"), self)
        self.next_button.setToolTip(self.tr("Find the next match (Enter)"))
        self.replace_button = QPushButton(self.tr("Re&place"), self)
        self.replace_button.setToolTip(self.tr("Replace the current match and find the next"))
        self.replace_all_button = QPushButton(self.tr("Replace a&ll"), self)
        self.replace_all_button.setToolTip(self.tr("Replace every match in the body"))
        self.status_label = QLabel(self)
        close_button = QToolButton(self)
        close_button.setText("✕")
        close_button.setToolTip(self.tr("Close the find bar (Esc)"))
        close_button.setAutoRaise(True)

        layout = FlowLayout(self)  # wraps in a narrow column instead of widening it
        layout.setContentsMargins(0, 2, 0, 2)
        for widget in (
            self.find_field,
            self.previous_button,
            self.next_button,
            self.replace_field,
            self.replace_button,
            self.replace_all_button,
            self.match_case,
            self.status_label,
            close_button,
        ):
            layout.addWidget(widget)

        self.find_field.returnPressed.connect(self.find_next)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.replace_button.clicked.connect(self.replace_current)
        self.replace_all_button.clicked.connect(self.replace_all)
        close_button.clicked.connect(self.close_bar)
        editor.find_requested.connect(self.open_bar)
        self.find_field.installEventFilter(self)
        self.replace_field.installEventFilter(self)
        self.hide()

    def open_bar(self, with_replace: bool) -> None:
        selected = self._editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_field.setText(selected)
        for widget in (self.replace_field, self.replace_button, self.replace_all_button):
            widget.setVisible(with_replace)
        self.show()
        self.find_field.setFocus()
        self.find_field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self._editor.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if (
                watched is self.find_field
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            ):
                self.find_previous()
                return True
        return super().eventFilter(watched, event)

    def _flags(self, backward: bool) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        if self.match_case.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        return flags

    def _find(self, backward: bool) -> bool:
        needle = self.find_field.text()
        if not needle:
            return False
        flags = self._flags(backward)
        if self._editor.find(needle, flags):
            self.status_label.clear()
            return True
        cursor = self._editor.textCursor()  # wrap around once
        cursor.movePosition(
            QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
        )
        self._editor.setTextCursor(cursor)
        found = self._editor.find(needle, flags)
        self.status_label.setText("" if found else self.tr("Not found"))
        return found

    def find_next(self) -> bool:
        return self._find(backward=False)

    def find_previous(self) -> bool:
        return self._find(backward=True)

    def _matches(self, text: str) -> bool:
        needle = self.find_field.text()
        if self.match_case.isChecked():
            return text == needle
        return text.casefold() == needle.casefold()

    def replace_current(self) -> None:
        if self._editor.isReadOnly():  # replacing is editing
            return
        cursor = self._editor.textCursor()
        if cursor.hasSelection() and self._matches(cursor.selectedText()):
            cursor.insertText(self.replace_field.text())
        self.find_next()

    def replace_all(self) -> int:
        """Replace every match as one undo step; returns how many were replaced."""
        needle = self.find_field.text()
        if not needle or self._editor.isReadOnly():
            return 0
        document = self._editor.document()
        flags = self._flags(backward=False)
        count = 0
        edit = QTextCursor(document)
        edit.beginEditBlock()
        cursor = document.find(needle, 0, flags)
        while not cursor.isNull():
            cursor.insertText(self.replace_field.text())
            count += 1
            cursor = document.find(needle, cursor, flags)
        edit.endEditBlock()
        self.status_label.setText(self.tr("%n replaced", "", count))
        return count
