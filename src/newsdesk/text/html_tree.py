"""Clipboard HTML (Word, 한글, browsers) -> a small, clean element tree.

Word and 한글 (HWP) put a whole document on the clipboard: a ``<head>`` with
style sheets and Office XML, conditional comments (``<!--[if !supportLists]-->``),
``mso-*`` styles, ``<o:p>`` markers, spans that carry bold as
``font-weight:"bold"``. Browsers add ``<meta>``, scripts and event handlers.
This module keeps only what the Markdown converter needs: elements with
their tag, their few meaningful attributes and a parsed ``style``; text with
character references decoded. Everything that is never shown is dropped
here — comments, scripts, styles, head, hidden spans, Word's list bullets
(``mso-list:Ignore``, remembered as the item's marker), images.

Parsing uses the standard library's tolerant :class:`html.parser.HTMLParser`;
unclosed ``<p>``, ``<li>`` and table cells are closed the way browsers do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

__all__ = ["BLOCK_TAGS", "HEADING_LEVELS", "Element", "parse_html", "style_of"]

#: Headings and the Markdown level they become (the body has no room for h5, h6).
HEADING_LEVELS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 4, "h6": 4}
_CONTAINERS = frozenset(
    {"div", "section", "article", "main", "header", "footer", "center", "body", "form"}
    | {"figure", "figcaption", "dl", "dt", "dd", "address", "aside", "nav", "caption"}
)
#: Elements that make blocks; everything else is inline (spans, fonts, links, ``<o:p>``).
BLOCK_TAGS = frozenset(
    {"p", "ul", "ol", "li", "blockquote", "pre", "table", "hr", "tr", "td", "th"}
    | {"thead", "tbody", "tfoot"}
    | set(HEADING_LEVELS)
    | _CONTAINERS
)

#: Never shown, dropped with everything inside.
_DROPPED = frozenset(
    {"head", "script", "style", "title", "template", "noscript", "xml", "object", "embed"}
    | {"iframe", "svg", "math", "select", "textarea", "button", "canvas", "audio", "video"}
)
_VOID = frozenset(
    {"br", "img", "hr", "meta", "link", "input", "col", "wbr", "area", "base", "source", "param"}
)
#: Start tags that end an open paragraph (as in browsers).
_CLOSES_P = frozenset(
    {"p", "div", "table", "ul", "ol", "li", "blockquote", "pre", "hr", "dl", "dt", "dd"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "form"}
)
#: Attributes the converter reads; everything else (event handlers too) is dropped.
_KEPT_ATTRIBUTES = frozenset({"href", "class", "style", "start", "colspan", "rowspan"})
_WORD_HEADER_RE = re.compile(r"\AVersion:\d[^<]*", re.S)  # a raw Windows CF_HTML header
_STYLE_QUOTES = "\"' "


@dataclass
class Element:
    """An element of the clipboard document; children are elements or text."""

    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Element | str] = field(default_factory=list)
    #: Word's list marker ("1.", "·", "가.") taken out of a list paragraph.
    marker: str = ""

    @property
    def style(self) -> dict[str, str]:
        return style_of(self.attrs.get("style", ""))

    def text(self) -> str:
        """All text inside, tags ignored."""
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)


def style_of(style: str) -> dict[str, str]:
    """``"font-weight:"bold"; mso-list:l0 level2"`` -> ``{"font-weight": "bold", …}``.

    한글 quotes its values; Word writes ``mso-list:l0 level2 lfo1``. Names and
    values are lower-cased, quotes and ``!important`` removed.
    """
    found: dict[str, str] = {}
    for declaration in style.split(";"):
        name, colon, value = declaration.partition(":")
        if colon:
            value = value.replace("!important", "").strip().strip(_STYLE_QUOTES)
            found[name.strip().lower()] = value.lower()
    return found


def _hidden(tag: str, attrs: dict[str, str]) -> bool:
    style = style_of(attrs.get("style", ""))
    return (
        "hidden" in attrs
        or style.get("display") == "none"
        or style.get("visibility") == "hidden"
        or style.get("mso-hide") == "all"
        or tag == "img"
    )


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("body")
        self.stack: list[Element] = [self.root]
        self.skip_depth = 0  # > 0 inside a dropped element
        self.skip_tag = ""

    # -- structure -----------------------------------------------------------

    def _close(self, tag: str, *, stop_at: frozenset[str] = frozenset()) -> bool:
        """Close the innermost open ``tag`` (and what is open inside it), unless a
        ``stop_at`` element comes first (a new cell never closes the outer table's cell)."""
        for depth in range(len(self.stack) - 1, 0, -1):
            name = self.stack[depth].tag
            if name == tag:
                del self.stack[depth:]
                return True
            if name in stop_at:
                return False
        return False

    def _implicit_closes(self, tag: str) -> None:
        if tag in _CLOSES_P:
            self._close("p", stop_at=frozenset({"td", "th", "li", "blockquote", "div"}))
        if tag == "li":
            self._close("li", stop_at=frozenset({"ul", "ol"}))
        elif tag in {"td", "th"}:
            self._close("td", stop_at=frozenset({"tr", "table"}))
            self._close("th", stop_at=frozenset({"tr", "table"}))
        elif tag == "tr":
            self._close("tr", stop_at=frozenset({"table"}))
        elif tag in {"dt", "dd"}:
            self._close("dt", stop_at=frozenset({"dl"}))
            self._close("dd", stop_at=frozenset({"dl"}))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if self.skip_depth:
            if tag == self.skip_tag and tag not in _VOID:
                self.skip_depth += 1
            return
        if tag in _DROPPED or _hidden(tag, values):
            if tag not in _VOID:
                self.skip_depth, self.skip_tag = 1, tag
            return
        if tag in {"html", "body"}:
            return
        self._implicit_closes(tag)
        kept = {k: v for k, v in values.items() if k in _KEPT_ATTRIBUTES}
        element = Element(tag, kept)
        self.stack[-1].children.append(element)
        if tag not in _VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and not self.skip_depth and self.stack[-1].tag == tag:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        if self.skip_depth:
            if tag == self.skip_tag:
                self.skip_depth -= 1
            return
        if tag == "p" and not self._close("p"):
            self.stack[-1].children.append(Element("p"))  # "</p>" alone: an empty paragraph
            return
        self._close(tag)

    def handle_data(self, data: str) -> None:
        if not self.skip_depth and data:
            self.stack[-1].children.append(data)

    # Comments (Word's conditional comments, StartFragment) and declarations
    # (<![if !supportLists]>) are not content: HTMLParser's defaults ignore them.


def _take_word_markers(element: Element) -> None:
    """Word writes a list item's bullet or number as text in ``mso-list:Ignore`` spans:
    remove it from the text, keep it on the list paragraph."""
    for child in element.children:
        if isinstance(child, Element):
            _take_word_markers(child)
    mso_list = element.style.get("mso-list", "ignore")
    if mso_list == "ignore":
        return

    def strip(node: Element) -> str:
        taken = ""
        kept: list[Element | str] = []
        for child in node.children:
            if isinstance(child, Element) and child.style.get("mso-list") == "ignore":
                taken += child.text()
            else:
                if isinstance(child, Element):
                    taken += strip(child)
                kept.append(child)
        node.children = kept
        return taken

    element.marker = " ".join(strip(element).replace("\xa0", " ").split())


def parse_html(html: str) -> Element:
    """The clipboard document's ``<body>`` content as a tree (see the module docstring)."""
    builder = _TreeBuilder()
    builder.feed(_WORD_HEADER_RE.sub("", html))
    builder.close()
    _take_word_markers(builder.root)
    return builder.root
