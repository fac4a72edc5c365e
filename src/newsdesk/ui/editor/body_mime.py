"""What a drop or a paste on the body carries: files, a picture, formatted text.

The body is Markdown source, so nothing may arrive as what Qt would insert by
default — the ``file://`` path of a dropped photo, a pasted screenshot lost,
a Word table flattened to tab-separated text. These helpers only look at the
``QMimeData``; the editor decides what to do with it. Formatted text (Word,
한글, a web page, the preview) becomes Markdown through the Qt-free
:mod:`newsdesk.text.html_to_markdown`.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QGuiApplication, QImage, QPixmap

from newsdesk.text.html_to_markdown import Block, html_to_markdown_blocks

__all__ = [
    "dropped_files",
    "hand_copy_to_qt",
    "html_is_only_a_picture",
    "pasted_image",
    "pasted_markdown",
    "plain_text_copy",
]

_TAG_RE = re.compile(r"<[^>]*>|<!--.*?-->", re.S)
_INVISIBLE_RE = re.compile(r"&nbsp;|&#160;|[\s\u200b\ufeff]")
_IGNORED_ELEMENTS_RE = re.compile(r"<(style|script|head|title)\b.*?</\1\s*>", re.S | re.I)
_OURS = "newsdesk-plain-copy"
_quit_hook: list[bool] = []  # installed once per process


def dropped_files(mime: QMimeData) -> list[Path]:
    """Local files (or folders) among the URLs: dragged from a file manager or copied there."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def html_is_only_a_picture(html: str) -> bool:
    """True when the HTML shows no text of its own: a browser's "copy image" (``<img src>``).

    Word and some spreadsheet programs put a picture of the copied *text* on
    the clipboard beside its HTML; then the text is what the reporter meant.
    """
    body = _IGNORED_ELEMENTS_RE.sub("", html)
    return not _INVISIBLE_RE.sub("", _TAG_RE.sub("", body))


def pasted_image(mime: QMimeData) -> QImage | None:
    """The picture on the clipboard (a screenshot, a copied image), or None.

    None as well when the picture only stands beside formatted text (see
    :func:`html_is_only_a_picture`) or when Qt cannot decode it.
    """
    if not mime.hasImage():
        return None
    if mime.hasHtml() and not html_is_only_a_picture(mime.html()):
        return None
    data = mime.imageData()
    if isinstance(data, QPixmap):
        data = data.toImage()
    return data if isinstance(data, QImage) and not data.isNull() else None


def pasted_markdown(mime: QMimeData) -> list[Block]:
    """The clipboard's formatted text as Markdown blocks; [] when it has none.

    Empty as well for HTML that shows no text (only a picture): the plain
    text beside it, if any, is pasted as it is.
    """
    if not mime.hasHtml():
        return []
    return html_to_markdown_blocks(mime.html())


def plain_text_copy(text: str) -> QMimeData:
    """Clipboard data holding only ``text`` (the body's Markdown source, no HTML rendering).

    Data made in Python and still on the clipboard when Qt shuts down is
    deleted after Python's wrapper of it (a crash at exit): when the
    application quits, the same text is put back through Qt's own
    :meth:`QClipboard.setText`, so it stays on the clipboard for other programs.
    """
    mime = QMimeData()
    mime.setText(text)
    mime.setProperty(_OURS, True)
    app = QCoreApplication.instance()
    if app is not None and not _quit_hook:
        _quit_hook.append(True)
        app.aboutToQuit.connect(hand_copy_to_qt)
    return mime


def hand_copy_to_qt() -> None:
    """At quit: our copy on the clipboard is replaced by the same text, made by Qt."""
    clipboard = QGuiApplication.clipboard()
    data = clipboard.mimeData()
    if data is not None and data.property(_OURS):
        clipboard.setText(data.text())
