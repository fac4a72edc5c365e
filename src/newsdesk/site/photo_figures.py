"""Photo references in the body become figures, wherever the reporter typed them.

python-markdown turns ``![](photo:1)`` into a bare ``<img>`` and, unless it
stands alone between blank lines, puts it inside the surrounding paragraph.
The published page must still show the photo's figure with the caption and
credit the reporter typed, and a ``<figure>`` may not sit inside ``<p>`` (or
``<strong>``, ``<a>``…): browsers would close the paragraph early and leave
stray text. So the figure splits the paragraph — the text before stays a
paragraph, the figure follows, the rest continues in a new paragraph with its
formatting re-opened. In a list item, table cell or block quote the figure
stays inside that container; in a heading it follows the heading.

This works on the sanitized HTML (nh3's canonical, well-formed output), so it
also serves bodies stored as HTML on the server.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["place_photo_figures"]

_TOKEN_RE = re.compile(r"<!--.*?-->|<[^>]*>|[^<]+", re.S)
_TAG_RE = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)")
_SRC_RE = re.compile(r'\ssrc="([^"]*)"')
_VOID = frozenset({"area", "br", "col", "hr", "img", "input", "source", "wbr"})
#: Blocks that hold only phrasing content: the figure must leave them.
_PHRASING_BLOCKS = frozenset({"p", "pre", "address", "caption", "dt"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: Containers of flow content: the figure may stand inside them.
_FLOW = frozenset(
    {"li", "td", "th", "blockquote", "div", "dd", "section", "article", "aside", "figure"}
)


@dataclass
class _Open:
    """An element still open in the output: where it starts, whether it holds anything."""

    name: str
    start_tag: str
    start: int  # index of its start tag in the output list
    has_content: bool = False
    reopened: bool = False  # re-opened after a figure: dropped again if it stays empty


def place_photo_figures(body_html: str, figures: Mapping[str, str]) -> str:
    """Replace every ``<img>`` whose ``src`` is a key of ``figures`` by that figure's HTML.

    ``figures`` maps an image URL (as published, unescaped) to the figure
    markup for it. Elements the split would leave empty are dropped; empty
    elements that were in the body already (an empty table cell) are kept.
    """
    if not figures or "<img" not in body_html:
        return body_html
    out: list[str] = []
    stack: list[_Open] = []
    deferred: dict[int, list[str]] = {}  # heading depth -> figures to add after it

    def mark_content() -> None:
        for element in stack:
            element.has_content = True

    for token in _TOKEN_RE.findall(body_html):
        tag = _TAG_RE.match(token)
        if tag is None:
            # The text continuing after a figure starts without the space before it.
            continuing = any(e.reopened and not e.has_content for e in stack)
            text = token.lstrip() if continuing else token
            if text:
                out.append(text)
            if text.strip():
                mark_content()
            continue
        closing, name = tag.group(1) == "/", tag.group(2).lower()
        if closing:
            _close(name, out, stack, deferred)
            continue
        figure = _figure_for(name, token, figures)
        if figure is None:
            out.append(token)
            if name in _VOID:
                if name != "br":
                    mark_content()
            elif not token.endswith("/>"):
                stack.append(_Open(name, token, len(out) - 1))
            continue
        heading = next((i for i, e in enumerate(stack) if e.name in _HEADINGS), None)
        if heading is not None:
            deferred.setdefault(heading, []).append(figure)
            continue
        _split_for_figure(figure, out, stack)
    return "".join(out)


def _figure_for(name: str, token: str, figures: Mapping[str, str]) -> str | None:
    if name != "img":
        return None
    src = _SRC_RE.search(token)
    return figures.get(html.unescape(src.group(1))) if src else None


def _close(name: str, out: list[str], stack: list[_Open], deferred: dict[int, list[str]]) -> None:
    """A closing tag: drop a re-opened element that stayed empty, add figures after headings."""
    depth = next((i for i in range(len(stack) - 1, -1, -1) if stack[i].name == name), None)
    if depth is None:
        out.append(f"</{name}>")
        return
    while len(stack) > depth:
        element = stack.pop()
        figures = deferred.pop(len(stack), [])
        if not element.has_content and (element.reopened or figures):
            del out[element.start :]  # "## ![](photo:1)" leaves no empty heading
        else:
            out.append(f"</{element.name}>")
        for figure in figures:
            out.append("\n" + figure)


def _split_for_figure(figure: str, out: list[str], stack: list[_Open]) -> None:
    """Close the elements that may not hold a figure, add it, re-open them after it."""
    limit = 0  # stack entries below this index stay open around the figure
    for index in range(len(stack) - 1, -1, -1):
        if stack[index].name in _FLOW:
            limit = index + 1
            break
        if stack[index].name in _PHRASING_BLOCKS:
            limit = index
            break
    closed = stack[limit:]
    del stack[limit:]
    for element in reversed(closed):
        if element.has_content:
            _trim_trailing_space(out, element.start)
            out.append(f"</{element.name}>")
        else:
            del out[element.start :]
    if closed and any(element.has_content for element in closed):
        out.append("\n")
    out.append(figure)
    for element in stack:
        element.has_content = True  # the list item or cell now holds the figure
    start = len(out)  # the line break goes too if the re-opened elements stay empty
    if closed:
        out.append("\n")
    for element in closed:
        out.append(element.start_tag)
        stack.append(_Open(element.name, element.start_tag, start, reopened=True))
        start = len(out)


def _trim_trailing_space(out: list[str], floor: int) -> None:
    """Whitespace before the figure would end the paragraph in a stray space."""
    while len(out) > floor + 1 and not out[-1].startswith("<"):
        stripped = out[-1].rstrip()
        if stripped:
            out[-1] = stripped
            return
        out.pop()
