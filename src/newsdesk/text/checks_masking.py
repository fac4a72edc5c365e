"""Masking: the prose of a field, with every offset of the original kept.

Checks must report positions in the text the reporter typed, so nothing is
rewritten. Instead, everything a reader never sees as prose — code blocks and
spans, URLs, the brackets of Markdown link and image syntax, HTML tags — is
replaced character for character by :data:`MASK`, which is not whitespace,
not a digit and not a quote, so no check's pattern matches it.

The body's block layout (paragraphs, headings, list items, table cells)
follows the rules of :mod:`newsdesk.text.markdown`, so what is masked as code
is what the renderer shows as code. A table (header row, separator row, rows
up to a blank line, outer pipes or not) gives one block per cell: a quote
opened in one cell and closed in the next is two mistakes on the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from newsdesk.text.code_blocks import TAB_WIDTH, closes_fence, fence_opening, indent_width

__all__ = ["MASK", "PreparedText", "TextIssue", "prepare_markdown", "prepare_plain", "url_end"]

MASK = "\x00"
"""Stands in for every masked character (never typed, not whitespace, not a digit)."""


class TextIssue(NamedTuple):
    """One problem at a character offset of a field's text (located later)."""

    code: str
    is_error: bool
    offset: int
    length: int
    message: str


@dataclass(frozen=True)
class PreparedText:
    """A field's text with its non-prose parts masked, plus its block layout."""

    original: str
    code_free: str  # code blocks and code spans masked: where links are looked for
    prose: str  # also URLs and Markdown/HTML syntax masked: what reads as text
    blocks: tuple[tuple[int, int], ...]  # paragraphs, items, cells…; quotes pair inside one
    tables: tuple[tuple[int, int], ...]  # table rows: padding spaces are layout there


_NOT_NEWLINE_RE = re.compile(r"[^\n]")
_HEADING_RE = re.compile(r"^ {0,3}#{1,6}(?:[ \t]|$)")
_LIST_ITEM_RE = re.compile(r"^[ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\S")
_QUOTE_BREAK_RE = re.compile(r"^[ \t]*>[ \t>]*$")
_TABLE_ROW_RE = re.compile(r"^[ \t]*\|")
_TABLE_SEPARATOR_RE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*(?::?-+:?[ \t]*)?$")
_CELL_EDGE_RE = re.compile(r"\\.|`+|\|")
_REF_DEF_RE = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\S")

_CODE_SPAN_RE = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)")
_HTML_RE = re.compile(
    r"<!--.*?-->"
    r"|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"
    r"|<(?:https?|ftp|mailto):[^<>\s]*>"
    r"|<[^<>\s@]+@[^<>\s@]+>",
    re.S,
)
# Link text may hold one level of brackets: "[[속보] 시흥시 발표](https://…)".
_LINK_TEXT = r"\[(?:[^\[\]\n]|\[[^\[\]\n]*\])*\]"
# A destination may hold balanced parentheses (Wikipedia URLs) and a title.
_DESTINATION = (
    r"(?:\((?:<[^<>\n]*>|(?:[^()\s]|\([^()\s]*\))*)"
    r"(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*\)"
    r"|\[[^\[\]\n]*\])"
)
_IMAGE_RE = re.compile(rf"!{_LINK_TEXT}{_DESTINATION}")
_LINK_RE = re.compile(rf"{_LINK_TEXT}(?={_DESTINATION})")
_DESTINATION_RE = re.compile(_DESTINATION)
# The first letter is matched outside the lookbehind and (?i:…): several times
# faster on Hangul text, which this scans in full (as do the patterns below).
_BARE_URL_RE = re.compile(r"[hHwW](?<![\w@/.][hHwW])(?i:ttps?://|ww\.)")
_URL_STOP = frozenset("<>\"'`“”‘’「」『』《》〈〉【】" + MASK)
_URL_TRAILING = ".,:;!?*_~"


def _is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3" or "\u3131" <= ch <= "\u318e"


def url_end(text: str, start: int) -> int:
    """End of a bare URL starting at ``start``.

    Stops at whitespace, quotes and masked text; at a ``)`` or ``]`` it did not
    open itself ("누리집(https://www.siheung.go.kr)에서"); and at Hangul still
    in the host name ("www.siheung.go.kr에서"). Trailing sentence punctuation
    is not part of the URL. Hangul in the path (namu.wiki/w/서울) is kept.
    """
    scheme = text.find("//", start, start + 9)
    i = scheme + 2 if scheme != -1 else start
    in_host = True
    depth = {"(": 0, "[": 0}
    closing = {")": "(", "]": "["}
    n = len(text)
    while i < n:
        ch = text[i]
        if ch.isspace() or ch in _URL_STOP:
            break
        if ch in depth:
            depth[ch] += 1
        elif ch in closing:
            if depth[closing[ch]] == 0:
                break
            depth[closing[ch]] -= 1
        elif ch in "/?#":
            in_host = False
        elif in_host and _is_hangul(ch):
            break
        i += 1
    while i > start and text[i - 1] in _URL_TRAILING:
        i -= 1
    return i


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span replaced by MASK characters (newlines kept)."""
    if not spans:
        return text
    parts: list[str] = []
    pos = 0
    for start, end in sorted(spans):
        start = max(start, pos)
        if end <= start:
            continue
        parts.append(text[pos:start])
        segment = text[start:end]
        parts.append(_NOT_NEWLINE_RE.sub(MASK, segment) if "\n" in segment else MASK * len(segment))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def _bare_url_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), url_end(text, m.start())) for m in _BARE_URL_RE.finditer(text)]


def _paragraph_blocks(text: str) -> list[tuple[int, int]]:
    """Ranges of text separated by blank lines (plain-text fields)."""
    blocks: list[tuple[int, int]] = []
    start: int | None = None
    offset = 0
    for line in text.split("\n"):
        end = offset + len(line)
        if line.strip():
            if start is None:
                start = offset
        elif start is not None:
            blocks.append((start, offset - 1))
            start = None
        offset = end + 1
    if start is not None:
        blocks.append((start, len(text)))
    return blocks


def prepare_plain(text: str) -> PreparedText:
    """A one-line or plain-text field (headline, summary, caption): only URLs are masked."""
    prose = _mask(text, _bare_url_spans(text))
    return PreparedText(text, text, prose, tuple(_paragraph_blocks(text)), ())


class _Layout(NamedTuple):
    code: list[tuple[int, int]]
    blocks: list[tuple[int, int]]
    tables: list[tuple[int, int]]


def _markdown_layout(text: str) -> _Layout:
    """Find code blocks and paragraph-like blocks, line by line.

    Mirrors the rules of ``newsdesk.text.markdown._normalize_lists``: fences
    may be indented; a line indented 4+ after a blank line is code unless a
    list is open; unindented text after a blank line ends the list.
    """
    code: list[tuple[int, int]] = []
    blocks: list[tuple[int, int]] = []
    tables: list[tuple[int, int]] = []
    block_start: int | None = None
    block_end = 0
    fence: str | None = None
    prev_blank = True
    in_code = False
    in_list = False
    offset = 0

    def end_block() -> None:
        nonlocal block_start
        if block_start is not None:
            blocks.append((block_start, block_end))
            block_start = None

    lines = text.split("\n")
    in_table = False
    for number, line in enumerate(lines):
        start, end = offset, offset + len(line)
        offset = end + 1
        if fence is not None:
            code.append((start, end))
            if closes_fence(line, fence):
                fence = None
            continue
        if not line.strip():
            end_block()
            prev_blank = True
            in_table = False
            continue
        following = lines[number + 1] if number + 1 < len(lines) else ""
        if in_table or ("|" in line and _TABLE_SEPARATOR_RE.match(following)):
            # python-markdown's table: a header, a separator row, rows up to a blank line.
            end_block()
            if in_table and _TABLE_SEPARATOR_RE.match(line):
                code.append((start, end))  # "| --- | :---: |" is layout
            else:
                blocks.extend(_cells(line, start))
                tables.append((start, end))
            in_table = True
            prev_blank = False
            continue
        indent = indent_width(line)
        fence = fence_opening(line)
        if fence is not None or (indent >= TAB_WIDTH and (in_code or (prev_blank and not in_list))):
            end_block()
            code.append((start, end))
            in_code = fence is None
            prev_blank = False
            continue
        in_code = False
        if _REF_DEF_RE.match(line):
            end_block()
            code.append((start, end))  # "[1]: https://…" is syntax, not prose
            prev_blank = False
            continue
        item = _LIST_ITEM_RE.match(line) is not None
        if item:
            in_list = True
        elif prev_blank and indent == 0:
            in_list = False
        if _QUOTE_BREAK_RE.match(line):
            end_block()
            prev_blank = True
            continue
        single = _HEADING_RE.match(line) is not None or _TABLE_ROW_RE.match(line) is not None
        if single or item:
            end_block()
        if block_start is None:
            block_start = start
        block_end = end
        if single:
            end_block()
            if _TABLE_ROW_RE.match(line):
                tables.append((start, end))
        prev_blank = False
    end_block()
    return _Layout(code, blocks, tables)


def _cells(row: str, offset: int) -> list[tuple[int, int]]:
    """Each cell of a table row is a block of its own (quotes pair inside one cell).

    Cells end at pipes that are not escaped (``\\|``) and not inside a code span.
    """
    cells: list[tuple[int, int]] = []
    cell_start = 0
    code_ticks = ""
    for edge in _CELL_EDGE_RE.finditer(row):
        mark = edge.group()
        if mark.startswith("`"):
            code_ticks = "" if mark == code_ticks else (code_ticks or mark)
        elif mark == "|" and not code_ticks:
            cells.append((cell_start, edge.start()))
            cell_start = edge.end()
    cells.append((cell_start, len(row)))
    return [(offset + a, offset + b) for a, b in cells if row[a:b].strip()]


def prepare_markdown(text: str) -> PreparedText:
    """The article body: mask code, URLs, link/image syntax and HTML tags."""
    layout = _markdown_layout(text)
    code_spans = list(layout.code)
    if "`" in text:
        code_spans += [m.span() for m in _CODE_SPAN_RE.finditer(_mask(text, layout.code))]
    code_free = _mask(text, code_spans)

    syntax = [m.span() for m in _HTML_RE.finditer(code_free)] if "<" in code_free else []
    syntax += [m.span() for m in _IMAGE_RE.finditer(code_free)]
    step = _mask(code_free, syntax)
    links: list[tuple[int, int]] = []
    for match in _LINK_RE.finditer(step) if "](" in step or "][" in step else ():
        links.append((match.start(), match.start() + 1))  # "[" of [text](url)
        destination = _DESTINATION_RE.match(step, match.end())
        if destination is not None:
            links.append((match.end() - 1, destination.end()))  # "](url)" or "][ref]"
    step = _mask(step, links)
    prose = _mask(step, _bare_url_spans(step))
    return PreparedText(text, code_free, prose, tuple(layout.blocks), tuple(layout.tables))
