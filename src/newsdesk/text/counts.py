"""Length figures Korean newsrooms work with: 글자수 and 원고지 매수.

Words are not the unit in Korean copy editing; characters are, with and
without spaces, and the 200-character manuscript sheet (원고지). The editor
recomputes these on every keystroke, so the Markdown is stripped with a few
regular expressions instead of a full render.
"""

from __future__ import annotations

import html
import math
import re
import unicodedata
from dataclasses import dataclass

__all__ = ["MANUSCRIPT_SHEET_CHARS", "TextCounts", "count_text", "markdown_to_plain"]

MANUSCRIPT_SHEET_CHARS = 200
"""Characters on one 원고지 sheet (20 x 10 cells)."""


@dataclass(frozen=True)
class TextCounts:
    """글자수 (spaces included), 글자수 without whitespace, and 원고지 매수."""

    chars: int
    chars_no_spaces: int
    manuscript_pages: int


# Fenced code: the code is what the reader sees, the fences are not.
_FENCED_RE = re.compile(r"^[ \t]*(`{3,}|~{3,})[^\n]*\n(.*?)(?:^[ \t]*\1[ \t]*$|\Z)", re.M | re.S)

# Whole lines that carry no reader-visible text.
_DROP_LINES_RE = re.compile(
    r"^(?:"
    r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*"  # horizontal rule / setext underline
    r"|[ \t]*=+[ \t]*"  # setext h1 underline
    r"|[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*"  # table separator row
    r"| {0,3}\[(?!\^)[^\]\n]+\]:[^\n]*"  # reference link definition
    r")$\n?",
    re.M,
)
# Line prefixes: indentation, blockquote markers, list bullets, heading hashes,
# footnote definition labels.
_LINE_PREFIX_RE = re.compile(
    r"^[ \t]*(?:>[ \t]?)*[ \t]*"  # indentation, quote markers
    r"(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?"  # list bullet or number
    r"(?:#{1,6}(?:[ \t]+|$)|\[\^[^\]\n]+\]:[ \t]*)?",  # heading hashes, footnote label
    re.M,
)
_CLOSING_HASHES_RE = re.compile(r"[ \t]+#+[ \t]*$", re.M)
_IMAGE_RE = re.compile(r"!\[[^\]\n]*\](?:\([^)\n]*\)|\[[^\]\n]*\])")
_FOOTNOTE_REF_RE = re.compile(r"\[\^[^\]\n]+\]")
_LINK_RE = re.compile(r"\[([^\]\n]*)\](?:\([^)\n]*\)|\[[^\]\n]*\])")
_AUTOLINK_RE = re.compile(r"<((?:https?|mailto):[^>\s]+|[^>\s@]+@[^>\s@]+)>")
# ASCII tag names only: "<끝>" and "<사진=시청 제공>" are text in Korean copy.
_BR_RE = re.compile(r"<br\s*/?>", re.I)
_HTML_TAG_RE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?>|<!--.*?-->", re.S)
# Escaped markers (\\*) are not emphasis; underscores inside words are not either.
_STRONG_RE = re.compile(r"(?<!\\)(\*\*|(?<!\w)__)(?=\S)(.+?)(?<=[^\s\\])\1")
_EM_RE = re.compile(r"(?<!\\)(\*|(?<!\w)_)(?=[^\s*_])(.+?)(?<=[^\s*_\\])\1")
_CODE_SPAN_RE = re.compile(r"(`+)(.+?)\1")
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~\"'])")
_TABLE_PIPE_RE = re.compile(r"[ \t]*(?<!\\)\|[ \t]*")
_TRAILING_WS_RE = re.compile(r"[ \t]+$", re.M)
_BLANK_LINES_RE = re.compile(r"\n{3,}")
_LINE_BREAKS = ("\n", "\r", "\u2028", "\u2029", "\x0b", "\x0c", "\x85")


def _strip_prose(text: str) -> str:
    text = _DROP_LINES_RE.sub("", text)
    text = _LINE_PREFIX_RE.sub("", text)
    text = _CLOSING_HASHES_RE.sub("", text)
    text = _IMAGE_RE.sub("", text)  # photos are counted by their captions, elsewhere
    text = _FOOTNOTE_REF_RE.sub("", text)
    text = _LINK_RE.sub(r"\1", text)
    text = _AUTOLINK_RE.sub(r"\1", text)
    if "<" in text:
        text = _BR_RE.sub("\n", text)  # a line break inside a table cell or a paragraph
        text = _HTML_TAG_RE.sub("", text)
    if "`" in text:
        text = _CODE_SPAN_RE.sub(lambda m: m.group(2).strip(), text)
    if "*" in text or "_" in text:
        text = _STRONG_RE.sub(r"\2", text)
        text = _EM_RE.sub(r"\2", text)
    if "|" in text:
        # Table rows: drop the outer pipes, keep one space between cells.
        text = "\n".join(
            _TABLE_PIPE_RE.sub(" ", line).strip() if "|" in line else line
            for line in text.split("\n")
        )
    if "\\" in text:
        text = _ESCAPE_RE.sub(r"\1", text)
    if "&" in text:
        text = html.unescape(text)
    return text


def markdown_to_plain(source: str) -> str:
    """The text a reader sees, with Markdown syntax removed.

    Keeps words, link texts and code; drops link URLs, images, emphasis
    markers, heading hashes, list bullets, quote markers and code fences.
    Paragraphs stay separated by a blank line. An approximation by design:
    it must cost well under a millisecond per few thousand characters.
    """
    text = source.replace("\r\n", "\n").replace("\r", "\n")
    parts: list[str] = []
    pos = 0
    for match in _FENCED_RE.finditer(text):
        parts.append(_strip_prose(text[pos : match.start()]))
        parts.append(match.group(2))
        pos = match.end()
    parts.append(_strip_prose(text[pos:]))
    plain = "".join(parts)
    plain = _TRAILING_WS_RE.sub("", plain)
    return _BLANK_LINES_RE.sub("\n\n", plain).strip("\n")


def count_text(markdown_source: str) -> TextCounts:
    """Count the reader-visible text of an article body.

    - ``chars``: every character except line breaks (spaces count).
    - ``chars_no_spaces``: every character that is not whitespace.
    - ``manuscript_pages``: ``ceil(chars / 200)``, 0 for empty text.

    원고지 convention: the newsroom one of 200 characters (spaces included) per
    sheet over the running text, not the school convention that indents each
    paragraph and wastes the rest of its last line. Reporters are assigned
    lengths as "N매" and check them against 글자수, so the two figures must
    agree exactly; the layout rule would make 매수 depend on paragraphing.

    Counting is by Unicode code point after NFC, so Hangul typed as decomposed
    jamo (macOS file names, some IMEs) counts one per syllable.
    """
    plain = unicodedata.normalize("NFC", markdown_to_plain(markdown_source))
    chars = len(plain) - sum(plain.count(brk) for brk in _LINE_BREAKS)
    chars_no_spaces = len("".join(plain.split()))  # str.split() knows Unicode spaces
    return TextCounts(
        chars=chars,
        chars_no_spaces=chars_no_spaces,
        manuscript_pages=math.ceil(chars / MANUSCRIPT_SHEET_CHARS),
    )
