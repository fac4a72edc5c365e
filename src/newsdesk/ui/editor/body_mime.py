"""What a drop or a paste on the body carries: files, a picture, formatted text.

The body is Markdown source, so nothing may arrive as what Qt would insert by
default — the ``file://`` path of a dropped photo, a pasted screenshot lost,
a Word table flattened to tab-separated text. These helpers only look at the
``QMimeData``; the editor decides what to do with it.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QImage, QPixmap

__all__ = ["dropped_files", "html_is_only_a_picture", "pasted_image"]

_TAG_RE = re.compile(r"<[^>]*>|<!--.*?-->", re.S)
_INVISIBLE_RE = re.compile(r"&nbsp;|&#160;|[\s\u200b\ufeff]")
_IGNORED_ELEMENTS_RE = re.compile(r"<(style|script|head|title)\b.*?</\1\s*>", re.S | re.I)


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
