"""The Markdown body editor (its find/replace bar: :mod:`newsdesk.ui.editor.find_replace_bar`).

Reporters type Markdown without knowing it: Ctrl+B / Ctrl+I wrap the
selection in ``**`` / ``*``, Ctrl+K makes a link and photos are referenced as
``![alt](photo:N)``. The editor claims these keys itself (ShortcutOverride),
so they work wherever the body has focus, whatever the window's menus hold.

Photo files dropped or pasted on the body, and pasted pictures, are not
inserted as text: the editor hands them on (:attr:`MarkdownEditor.files_dropped`,
:attr:`MarkdownEditor.image_pasted`) with a cursor at the drop point, and the
photos room attaches them to the article and inserts their references there.
Formatted text (Word, 한글, web pages) is pasted as Markdown — bold, lists,
tables kept — and copying from the body puts only its Markdown source on the
clipboard, so a copy pasted back is the same text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QInputDialog,
    QPlainTextEdit,
    QWidget,
)

from newsdesk.text.html_to_markdown import Block
from newsdesk.text.photo_refs import photo_block_edit, photo_reference
from newsdesk.ui.editor.body_mime import (
    dropped_files,
    pasted_image,
    pasted_markdown,
    plain_text_copy,
)

BOLD_KEYS = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_B)
ITALIC_KEYS = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_I)
LINK_KEYS = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_K)
FIND_KEYS = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_F)
REPLACE_KEYS = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_H)


def _sequence_of(event: QKeyEvent) -> QKeySequence:
    return QKeySequence(event.keyCombination())


class MarkdownEditor(QPlainTextEdit):
    """A plain-text editor with Markdown shortcuts."""

    find_requested = Signal(bool)  # True: with the replace field
    #: Local files dropped or pasted: (list of Path, QTextCursor at the drop point).
    files_dropped = Signal(list, object)
    #: A picture pasted (a screenshot, "copy image"): (QImage, QTextCursor at the cursor).
    image_pasted = Signal(object, object)
    #: Files or a picture came to a read-only body: they were not taken.
    drop_refused = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(False)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setPlaceholderText(self.tr("Write the article here. Markdown: **bold**, *italic*"))
        #: Counts whole-text replacements (another article shown): a drop point taken
        #: before one no longer points into the text it was taken in.
        self.generation = 0
        self._key_handlers: list[tuple[QKeySequence, Callable[[], None]]] = [
            (BOLD_KEYS, self.toggle_bold),
            (ITALIC_KEYS, self.toggle_italic),
            (LINK_KEYS, self.insert_link),
            (FIND_KEYS, lambda: self.find_requested.emit(False)),
            (REPLACE_KEYS, lambda: self.find_requested.emit(True)),
        ]

    # -- key handling -------------------------------------------------------

    def _handler_for(self, event: QKeyEvent) -> Callable[[], None] | None:
        pressed = _sequence_of(event)
        for sequence, handler in self._key_handlers:
            if pressed.matches(sequence) == QKeySequence.SequenceMatch.ExactMatch:
                return handler
        return None

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._handler_for(event) is not None
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        handler = self._handler_for(event)
        if handler is not None:
            handler()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- drops and pastes ------------------------------------------------------

    def setPlainText(self, text: str) -> None:
        """Replace the whole text; :attr:`generation` tells pending drops it was replaced."""
        self.generation += 1
        super().setPlainText(text)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if self.isReadOnly() and (dropped_files(mime) or mime.hasImage()):
            self.drop_refused.emit()  # say why, rather than a silent "no entry" cursor
            event.ignore()
            return
        super().dragEnterEvent(event)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return (
            bool(dropped_files(source))
            or source.hasImage()
            or super().canInsertFromMimeData(source)
        )

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Files and pictures go to the photos (see the module docstring); text as usual."""
        files = dropped_files(source)
        image = None if files else pasted_image(source)
        if self.isReadOnly():
            if files or image is not None:
                self.drop_refused.emit()
            return
        if files:
            self.files_dropped.emit(files, QTextCursor(self.textCursor()))
        elif image is not None:
            self.image_pasted.emit(image, QTextCursor(self.textCursor()))
        elif markdown := pasted_markdown(source):
            self.insert_markdown(markdown)
        else:
            super().insertFromMimeData(source)

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copy the Markdown source as plain text only.

        Qt would add an HTML (and its own Markdown) rendering of the source,
        which pasted back here would be converted, its ``**`` and ``#`` escaped.
        """
        return plain_text_copy(self.textCursor().selection().toPlainText())

    def insert_markdown(self, blocks: list[Block]) -> None:
        """Pasted formatted text: one paragraph goes into the line at the cursor, anything
        more (a table, a list, several paragraphs) in blocks of its own."""
        cursor = self.textCursor()
        if len(blocks) == 1 and blocks[0].kind == "paragraph":
            cursor.insertText(blocks[0].text)
        else:
            self.insert_photo_blocks([block.text for block in blocks], cursor)
        self.setTextCursor(cursor)

    # -- Markdown commands ----------------------------------------------------

    def toggle_bold(self) -> None:
        self.wrap_selection("**")

    def toggle_italic(self) -> None:
        self.wrap_selection("*")

    def wrap_selection(self, marker: str) -> None:
        """Wrap the selection in ``marker``, or unwrap it if the markers are already there.

        With no selection the markers are inserted and the cursor put between them.
        """
        if self.isReadOnly():  # a shortcut or menu must not write where typing cannot
            return
        cursor = self.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        text = self.toPlainText()
        size = len(marker)
        wrapped = (
            start >= size
            and text[start - size : start] == marker
            and text[end : end + size] == marker
            and (marker != "*" or (text[start - 2 : start] != "**" and text[end : end + 2] != "**"))
        )
        cursor.beginEditBlock()
        if wrapped:
            inner = cursor.selectedText()
            cursor.setPosition(start - size)
            cursor.setPosition(end + size, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(inner)
            cursor.setPosition(start - size)
            cursor.setPosition(end - size, QTextCursor.MoveMode.KeepAnchor)
        else:
            inner = cursor.selectedText()
            cursor.insertText(f"{marker}{inner}{marker}")
            cursor.setPosition(start + size)
            cursor.setPosition(start + size + len(inner), QTextCursor.MoveMode.KeepAnchor)
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def insert_link(self, url: str | None = None) -> None:
        """Turn the selection into ``[text](url)``, asking for the address if not given."""
        if self.isReadOnly():
            return
        if url is None:
            url, ok = QInputDialog.getText(
                self, self.tr("Insert link"), self.tr("Web address (https://…):")
            )
            if not ok:
                return
        url = url.strip()
        if not url:
            return
        cursor = self.textCursor()
        text = cursor.selectedText() or url
        cursor.insertText(f"[{text}]({url})")
        self.setTextCursor(cursor)

    def insert_photo_reference(self, position: int, alt_text: str = "") -> None:
        """Insert ``![alt](photo:N)`` (N is 1-based) as a block of its own at the cursor.

        Markdown joins a reference typed next to a paragraph line to that
        paragraph, so blank lines are added as needed (splitting the paragraph
        where the cursor stands) and the cursor goes after the photo.
        """
        cursor = self.textCursor()
        self.insert_photo_blocks([photo_reference(position, alt_text)], cursor)
        self.setTextCursor(cursor)

    def insert_photo_blocks(self, references: list[str], cursor: QTextCursor) -> None:
        """Put ``references`` (or other Markdown blocks) at ``cursor`` as blocks of their
        own, as one undo step.

        ``cursor`` ends after them. Any cursor works (a drop point kept while
        the photos import): the text around it decides the blank lines. A
        read-only body (the person may not edit the article) is left as it is.
        """
        if self.isReadOnly():
            return
        cursor.beginEditBlock()
        cursor.removeSelectedText()  # a paste over a selection replaces it
        text = self.toPlainText()
        at = len(utf16_prefix(text, cursor.position()))
        edit = photo_block_edit(text, at, references)
        cursor.setPosition(utf16_length(text[: edit.start]))
        cursor.setPosition(utf16_length(text[: edit.end]), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(edit.replacement)
        cursor.endEditBlock()


def utf16_length(text: str) -> int:
    """Qt counts positions in UTF-16 units: an emoji is two of them, one Python character."""
    return len(text.encode("utf-16-le")) // 2


def utf16_prefix(text: str, units: int) -> str:
    """The start of ``text`` that is ``units`` UTF-16 units long (a Qt position)."""
    return text.encode("utf-16-le")[: units * 2].decode("utf-16-le", errors="ignore")
