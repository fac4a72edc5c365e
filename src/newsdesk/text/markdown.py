"""Article Markdown -> sanitized HTML fragment.

One function, :func:`render_markdown`, serves both the preview pane and the
exporter, so what a reporter previews is byte-for-byte what gets published.

Pipeline and the reason for each step:

1. ``_normalize_lists`` rewrites list indentation the way reporters type it
   (a list right under a paragraph line, 2-space nesting) into what
   python-markdown understands (blank line before the list, 4-space nesting).
   python-markdown is kept, despite being slower than CommonMark parsers,
   because its emphasis rules bold ``**교육부(장관)**는`` correctly.
2. python-markdown converts; a tree processor demotes headings (``#`` is the
   page headline's level, so the body starts at ``<h2>``).
3. ``nh3`` sanitizes with an explicit allowlist: python-markdown passes raw
   HTML, ``javascript:`` links and ``onerror`` straight through.
4. A last pass over nh3's canonical output resolves image sources (``photo:2``
   -> the article's 2nd photo), drops images that cannot be resolved and marks
   external links ``rel="noopener noreferrer"``.

Steps 3-4 are public as :func:`sanitize_html` (step 3 alone as
:func:`clean_html`) for HTML that arrives already rendered — the server's
stored bodies — so there is one allowlist, not a drifting copy.
"""

from __future__ import annotations

import functools
import html
import re
import threading
import unicodedata
import xml.etree.ElementTree as etree
from collections.abc import Callable
from typing import ClassVar

import markdown
import nh3
from markdown.treeprocessors import Treeprocessor

from newsdesk.text.code_blocks import TAB_WIDTH, closes_fence, fence_opening, indent_width

__all__ = ["ImageResolver", "clean_html", "render_markdown", "sanitize_html"]

ImageResolver = Callable[[str], str | None]
"""Maps an image ``src`` typed in the Markdown to a URL, or None to drop it."""

# --------------------------------------------------------------------------
# 1. List preprocessing
# --------------------------------------------------------------------------

# A list item needs content after the marker: "-5도" and "*강조*" are text.
_ITEM_RE = re.compile(r"^([ \t]*)([-*+]|(\d{1,9})\.)[ \t]+(?=\S)")
_HR_RE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")


def _normalize_lists(source: str) -> str:
    """Make lists typed the "natural" way parse as lists in python-markdown.

    Item nesting is decided by indentation relative to the parent *marker*
    (any deeper indent nests), which matches what people mean with 2 or 3
    spaces. Fenced code and indented code blocks outside lists are copied
    verbatim. An ordered item interrupts a paragraph only when it starts at 1,
    so a wrapped line beginning "2024. 3월" stays text (CommonMark's rule).
    """
    out: list[str] = []
    # One (marker indent, content column) pair per open list level.
    stack: list[tuple[int, int]] = []
    top_ordered: bool | None = None  # kind of the open top-level list
    fence: str | None = None
    in_code = False
    prev_blank = True
    for line in source.split("\n"):
        if fence is not None:
            out.append(line)
            if closes_fence(line, fence):
                fence = None
            continue
        if not line.strip():
            out.append(line)
            prev_blank = True
            continue
        indent = indent_width(line)
        if in_code and indent >= TAB_WIDTH:
            out.append(line)
            continue
        in_code = False
        fence = fence_opening(line)
        if fence is not None:
            stack.clear()
            out.append(line)
            prev_blank = False
            continue
        if not stack and indent >= TAB_WIDTH and prev_blank:
            in_code = True  # an indented code block, even if it looks like a list
            out.append(line)
            continue
        item = None if _HR_RE.match(line) else _ITEM_RE.match(line)
        if stack and not item and prev_blank and indent == 0:
            stack.clear()  # unindented text after a blank line ends the list
        if item:
            ordered_start = item.group(3)
            if not stack and not prev_blank:
                if ordered_start is not None and int(ordered_start) != 1:
                    out.append(line)  # "2024. 3월…" continuing a paragraph
                    prev_blank = False
                    continue
                out.append("")  # a list may follow a paragraph line directly
            while stack and indent < stack[-1][0]:
                stack.pop()
            if stack and indent == stack[-1][0]:
                stack.pop()
            ordered = ordered_start is not None
            if not stack:
                if top_ordered is not None and ordered != top_ordered and not prev_blank:
                    # "- a" then "1. b": python-markdown would glue "1. b" to
                    # item a's text; a blank line starts the new list instead.
                    # (Nested type switches are left as python-markdown parses them.)
                    out.append("")
                top_ordered = ordered
            stack.append((indent, item.end()))
            out.append(" " * (TAB_WIDTH * (len(stack) - 1)) + line[len(item.group(1)) :])
        elif stack:
            # Continuation text belongs to the deepest item it is indented under.
            level = len(stack) - 1
            while level > 0 and indent <= stack[level][0]:
                level -= 1
            if indent == 0:
                out.append(line)  # lazy continuation of the item's paragraph
            else:
                del stack[level + 1 :]
                extra = max(0, indent - stack[level][1]) if prev_blank else 0
                out.append(" " * (TAB_WIDTH * (level + 1) + extra) + line.lstrip(" \t"))
        else:
            out.append(line)
        prev_blank = False
    return "\n".join(out)


# --------------------------------------------------------------------------
# 2. python-markdown
# --------------------------------------------------------------------------


class _HeadingDemoter(Treeprocessor):
    """``#`` is the headline's level on the page, so body headings start at h2.

    ``#`` and ``##`` both become h2 (reporters use either for 소제목), ``###``
    stays h3 and anything deeper becomes h4, the smallest level the site styles.
    """

    _MAP: ClassVar[dict[str, str]] = {"h1": "h2", "h5": "h4", "h6": "h4"}

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            element.tag = self._MAP.get(element.tag, element.tag)


class _NewsdeskExtension(markdown.Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.treeprocessors.register(_HeadingDemoter(md), "newsdesk_headings", 15)


_local = threading.local()


def _converter() -> markdown.Markdown:
    """One Markdown instance per thread: building one costs more than a render."""
    md: markdown.Markdown | None = getattr(_local, "md", None)
    if md is None:
        md = markdown.Markdown(
            # Not "extra": attr_list, def_list and abbr misfire on ordinary
            # Korean prose ("{…}", lines starting with ": ") and add nothing.
            extensions=["tables", "fenced_code", "footnotes", "sane_lists", _NewsdeskExtension()],
            extension_configs={
                "tables": {"use_align_attribute": True},  # style= is not allowed
                "footnotes": {"BACKLINK_TITLE": "본문 {}번 주석 위치로 돌아가기"},
            },
            output_format="html",
        )
        _local.md = md
    return md


# --------------------------------------------------------------------------
# 3. Sanitizing
# --------------------------------------------------------------------------

_TAGS = {
    "p", "br", "hr", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "del",
    "ins", "mark", "sub", "sup", "small", "abbr", "cite", "q", "span", "blockquote",
    "ul", "ol", "li", "a", "img", "figure", "figcaption", "code", "pre", "kbd",
    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "div",
}  # fmt: skip
# Dropped together with their content; everything else unknown keeps its text.
_CLEAN_CONTENT_TAGS = {
    "script", "style", "iframe", "object", "noscript", "template", "textarea",
    "title", "svg", "math", "select", "noembed", "noframes", "xmp",
}  # fmt: skip
_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "ol": {"start"},
    "th": {"colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
    "abbr": {"title"},
    "sup": {"id"},  # footnote references
    "li": {"id"},  # footnote bodies
}
_ALIGN = {"align": {"left", "center", "right"}}
_FOOTNOTE_ID_RE = re.compile(r"fn(?:ref\d*)?:[\w-]{1,64}")
_SCHEME_RE = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")
_C0_AND_SPACE = "".join(map(chr, range(0x21)))
_LINK_SCHEMES = {"http", "https", "mailto"}
# "photo" only so that nh3 lets photo:N reach the resolver; hrefs are
# narrowed to _LINK_SCHEMES by _filter_attribute.
_URL_SCHEMES = _LINK_SCHEMES | {"photo"}


def _scheme(url: str) -> str | None:
    """The URL scheme in lower case, or None for a relative URL."""
    # Browsers ignore ASCII tab/newline inside URLs and leading controls/spaces.
    cleaned = re.sub(r"[\t\n\r]", "", url).lstrip(_C0_AND_SPACE)
    match = _SCHEME_RE.match(cleaned)
    return match.group(1).lower() if match else None


def _filter_attribute(tag: str, attribute: str, value: str) -> str | None:
    if attribute == "href":
        scheme = _scheme(value)
        return value if scheme is None or scheme in _LINK_SCHEMES else None
    if attribute == "id":
        return value if _FOOTNOTE_ID_RE.fullmatch(value) else None
    return value


@functools.cache
def _cleaner() -> nh3.Cleaner:
    return nh3.Cleaner(
        tags=_TAGS,
        clean_content_tags=_CLEAN_CONTENT_TAGS,
        attributes=_ATTRIBUTES,
        attribute_filter=_filter_attribute,
        link_rel=None,  # added to external links only, in _finish_tags
        tag_attribute_values={"th": _ALIGN, "td": _ALIGN},
        url_schemes=_URL_SCHEMES,
        allowed_classes={
            "a": {"footnote-ref", "footnote-backref"},
            "div": {"footnote"},
        },
        strip_comments=True,
    )


# --------------------------------------------------------------------------
# 4. Images and links on the sanitized output
# --------------------------------------------------------------------------

# nh3 serializes every attribute as name="value" with & " < > escaped, so this
# pattern cannot be fooled by attribute contents.
_TAG_RE = re.compile(r'<(a|img)((?:\s+[^\s"\'<>/=]+(?:="[^"]*")?)*)\s*/?>')
_ATTR_RE = re.compile(r'([^\s"\'<>/=]+)(?:="([^"]*)")?')
_EMPTY_P_RE = re.compile(r"<p>\s*</p>\n?")


def _is_safe_resolved(url: str) -> bool:
    # The resolver is our own code, but a wrong one must not open a hole.
    return _scheme(url) not in {"javascript", "vbscript", "data"}


def _resolve(src: str, resolver: ImageResolver | None) -> str | None:
    if resolver is None:
        return src if _scheme(src) in {"http", "https"} else None
    resolved = resolver(src)
    return resolved if resolved and _is_safe_resolved(resolved) else None


def _finish_tags(fragment: str, resolver: ImageResolver | None) -> str:
    def finish(match: re.Match[str]) -> str:
        tag = match.group(1)
        attrs = {
            m.group(1): html.unescape(m.group(2) or "") for m in _ATTR_RE.finditer(match.group(2))
        }
        if tag == "img":
            src = _resolve(attrs.get("src", ""), resolver) if attrs.get("src") else None
            if src is None:
                return ""  # no broken-image icon on the page
            attrs["src"] = src
        else:
            href = attrs.get("href", "")
            if _scheme(href) in {"http", "https"} or href.startswith("//"):
                attrs["rel"] = "noopener noreferrer"
        rendered = "".join(f' {name}="{html.escape(value)}"' for name, value in attrs.items())
        return f"<{tag}{rendered}>"

    return _EMPTY_P_RE.sub("", _TAG_RE.sub(finish, fragment))


# --------------------------------------------------------------------------


def clean_html(fragment: str) -> str:
    """``fragment`` through the allowlist only: image sources stay as typed (``photo:N``).

    For HTML that is stored and finished later (the server keeps ``photo:N``
    until it renders a page); one allowlist, so a tag the preview drops can
    never appear anywhere else.
    """
    return _cleaner().clean(fragment)


def sanitize_html(fragment: str, *, resolve_image: ImageResolver | None = None) -> str:
    """An HTML fragment made safe to publish, exactly as :func:`render_markdown` finishes it.

    Cleaned by the allowlist, then image sources resolved (see
    :func:`render_markdown` for ``resolve_image``) and external links marked.
    """
    return _finish_tags(clean_html(fragment), resolve_image)


def render_markdown(source: str, *, resolve_image: ImageResolver | None = None) -> str:
    """Render article Markdown to an HTML fragment that is safe to publish.

    ``resolve_image`` maps each image ``src`` (``photo:2`` = the article's 2nd
    photo, or any other URL typed) to the URL to publish, or None to drop the
    image. Without a resolver only http(s) images are kept.
    """
    text = unicodedata.normalize("NFC", source.replace("\r\n", "\n").replace("\r", "\n"))
    md = _converter()
    md.reset()
    raw_html = md.convert(_normalize_lists(text))
    return sanitize_html(raw_html, resolve_image=resolve_image)
