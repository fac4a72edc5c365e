"""Markdown syntax colouring for the body editor.

Colours come from the widget's palette roles (link, placeholder text,
highlight), never fixed RGB values, so the editor stays readable when the OS
switches between dark and light schemes; :meth:`refresh_palette` rebuilds
the formats when that happens.
"""

from __future__ import annotations

import re

from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)

_HEADING = re.compile(r"^ {0,3}#{1,6}(?:\s.*|$)")
_QUOTE = re.compile(r"^ {0,3}>.*")
_LIST_MARKER = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_ITALIC = re.compile(r"(?<![*\w])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![*\w])")
_CODE = re.compile(r"`[^`\n]+`")
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = re.compile(r"(?<!!)\[[^\]\n]*\]\([^)\n]*\)")
_FENCE = re.compile(r"^\s*(```|~~~)")

_IN_FENCE = 1


def _blend(first: QColor, second: QColor, weight: float) -> QColor:
    """``first`` moved ``weight`` of the way towards ``second``."""
    return QColor.fromRgbF(
        first.redF() + (second.redF() - first.redF()) * weight,
        first.greenF() + (second.greenF() - first.greenF()) * weight,
        first.blueF() + (second.blueF() - first.blueF()) * weight,
    )


class MarkdownHighlighter(QSyntaxHighlighter):
    """Headings, emphasis, links, photo references, quotes, lists and code."""

    def __init__(self, document: QTextDocument, palette: QPalette) -> None:
        super().__init__(document)
        self._formats: dict[str, QTextCharFormat] = {}
        self.refresh_palette(palette)

    def refresh_palette(self, palette: QPalette) -> None:
        """Derive every format from ``palette`` and re-highlight."""
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        link = palette.color(QPalette.ColorRole.Link)
        accent = palette.color(QPalette.ColorRole.Highlight)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)

        def make(
            color: QColor, *, bold: bool = False, italic: bool = False, size: float = 0.0
        ) -> QTextCharFormat:
            fmt = QTextCharFormat()
            fmt.setForeground(color)
            if bold:
                fmt.setFontWeight(QFont.Weight.Bold)
            if italic:
                fmt.setFontItalic(True)
            if size:
                fmt.setProperty(QTextCharFormat.Property.FontSizeAdjustment, int(size))
            return fmt

        code = make(_blend(text, accent, 0.45))
        code.setBackground(_blend(base, text, 0.07))
        self._formats = {
            "heading": make(_blend(text, accent, 0.35), bold=True, size=1),
            "quote": make(muted, italic=True),
            "list": make(accent, bold=True),
            "bold": make(text, bold=True),
            "italic": make(text, italic=True),
            "code": code,
            "link": make(link),
            "image": make(_blend(link, accent, 0.5), bold=True),
        }
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        previous = self.previousBlockState()
        in_fence = previous == _IN_FENCE
        if _FENCE.match(text):
            self.setFormat(0, len(text), self._formats["code"])
            self.setCurrentBlockState(0 if in_fence else _IN_FENCE)
            return
        if in_fence:
            self.setFormat(0, len(text), self._formats["code"])
            self.setCurrentBlockState(_IN_FENCE)
            return
        self.setCurrentBlockState(0)
        if _HEADING.match(text):
            self.setFormat(0, len(text), self._formats["heading"])
            return
        if _QUOTE.match(text):
            self.setFormat(0, len(text), self._formats["quote"])
        marker = _LIST_MARKER.match(text)
        if marker:
            self.setFormat(0, marker.end(), self._formats["list"])
        for pattern, name in (
            (_BOLD, "bold"),
            (_ITALIC, "italic"),
            (_LINK, "link"),
            (_IMAGE, "image"),
            (_CODE, "code"),
        ):
            for match in pattern.finditer(text):
                start, end = match.span()
                if name in ("bold", "italic"):
                    # Merge weight/slant into what is already there (bold inside a quote).
                    for position in range(start, end):
                        fmt = self.format(position)
                        fmt.merge(self._formats[name])
                        self.setFormat(position, 1, fmt)
                else:
                    self.setFormat(start, end - start, self._formats[name])
