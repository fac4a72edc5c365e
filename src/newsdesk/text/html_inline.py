"""Inline HTML (spans, bold, links, line breaks) -> one paragraph of Markdown.

Part of :mod:`newsdesk.text.html_to_markdown`. Text runs are collected with
their formatting (bold from ``<b>`` *or* 한글's ``font-weight:"bold"``, Google
Docs' ``<b style="font-weight:normal">`` wrapper not), then written with
markers opened and closed only where the formatting changes, spaces kept
outside them (``**가나 다**``, never ``**가****나** **다**``). Every character
of text is escaped so it reads back as itself, not as Markdown or HTML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdesk.text.html_tree import BLOCK_TAGS, Element

__all__ = ["DROPPED_CHARS_RE", "InlineMarkdown", "line_start_escaped"]

_ITALIC_TAGS = frozenset({"i", "em", "cite", "dfn", "var"})
_CODE_TAGS = frozenset({"code", "tt", "kbd", "samp"})
_LINK_SCHEMES = ("http://", "https://", "mailto:")
_SPACE_RE = re.compile(r"[ \t\n\r\f\xa0\u3000]+")
DROPPED_CHARS_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200e\u200f\ufeff]")
_SPECIAL_RE = re.compile(r"([\\`*\[\]])|(?<!\w)_|_(?!\w)|<(?=[A-Za-z/!?])|&(?=#?\w+;)")
_LINE_START_RE = re.compile(r"^(?:#|>|[-+*](?=\s|$)|\d{1,9}(?=[.)](?:\s|$))|[-=_*]{3,}\s*$)")
_BREAK = "\n"


@dataclass(frozen=True)
class _Format:
    bold: bool = False
    italic: bool = False
    code: bool = False
    sup: bool = False
    sub: bool = False
    href: str = ""


def _escape(text: str, *, pipes: bool = False) -> str:
    def escaped(match: re.Match[str]) -> str:
        char = match.group(0)
        return {"<": "&lt;", "&": "&amp;"}.get(char, "\\" + char)

    text = _SPECIAL_RE.sub(escaped, text)
    return text.replace("|", "\\|") if pipes else text


def _safe_href(href: str) -> str:
    url = DROPPED_CHARS_RE.sub("", href).strip()
    if not url.lower().startswith(_LINK_SCHEMES):
        return ""  # javascript:, data:, file:, Word's "#_ftn1" and relative links
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C")


def _format_of(element: Element, outer: _Format) -> _Format:
    tag, style = element.tag, element.style
    weight = style.get("font-weight", "")
    bold = outer.bold or tag in {"b", "strong"}
    if weight in {"bold", "bolder"} or (weight.isdigit() and int(weight) >= 600):
        bold = True
    elif weight in {"normal", "lighter"} or (weight.isdigit() and int(weight) < 600):
        bold = False  # Google Docs wraps everything in <b style="font-weight:normal">
    font_style = style.get("font-style", "")
    italic = (outer.italic or tag in _ITALIC_TAGS) and font_style != "normal"
    italic = italic or font_style in {"italic", "oblique"}
    align = style.get("vertical-align", "")
    href = outer.href
    if tag == "a":
        href = _safe_href(element.attrs.get("href", "")) or outer.href
    return _Format(
        bold,
        italic,
        outer.code or tag in _CODE_TAGS,
        outer.sup or tag == "sup" or align == "super",
        outer.sub or tag == "sub" or align == "sub",
        href,
    )


class InlineMarkdown:
    """Text runs with their formatting -> one line (or several, at hard breaks) of Markdown."""

    def __init__(self, *, pipes: bool = False) -> None:
        self.runs: list[tuple[str, _Format]] = []
        self.pipes = pipes

    def collect(self, nodes: list[Element | str], fmt: _Format = _Format()) -> InlineMarkdown:
        for node in nodes:
            if isinstance(node, str):
                text = DROPPED_CHARS_RE.sub("", node)
                self.runs.append((_SPACE_RE.sub(" ", text), fmt))
            elif node.tag == "br":
                self.runs.append((_BREAK, fmt))
            elif node.tag in BLOCK_TAGS:  # a paragraph inside a table cell or a list item
                self.runs.append((_BREAK, fmt))
                self.collect(node.children, fmt)
                self.runs.append((_BREAK, fmt))
            else:
                self.collect(node.children, _format_of(node, fmt))
        return self

    def render(self) -> list[str]:
        out: list[str] = []
        stack: list[tuple[str, str]] = []  # open markers, outermost first

        def close_to(depth: int) -> None:
            while len(stack) > depth:
                kind, value = stack.pop()
                trailing = ""
                while out and not out[-1].strip():
                    trailing = out.pop() + trailing
                if out:
                    kept = out[-1].rstrip(" ")
                    trailing, out[-1] = out[-1][len(kept) :] + trailing, kept
                closer = {"a": f"]({value})", "b": "**", "i": "*"}.get(kind, f"</{kind}>")
                out.append(closer + trailing)

        for text, fmt in self.runs:
            if text == _BREAK:
                close_to(0)
                out.append(_BREAK)
                continue
            if not text.strip():
                out.append(text)
                continue
            wanted = [("a", fmt.href)] if fmt.href else []
            wanted += [(k, "") for k, on in (("b", fmt.bold), ("i", fmt.italic)) if on]
            wanted += [(k, "") for k, on in (("sup", fmt.sup), ("sub", fmt.sub)) if on]
            same = 0
            while same < min(len(stack), len(wanted)) and stack[same] == wanted[same]:
                same += 1
            close_to(same)
            lead = text[: len(text) - len(text.lstrip(" "))]
            out.append(lead)
            for kind, value in wanted[same:]:
                out.append({"a": "[", "b": "**", "i": "*"}.get(kind, f"<{kind}>"))
                stack.append((kind, value))
            body = text[len(lead) :]
            out.append(_code_span(body) if fmt.code else _escape(body, pipes=self.pipes))
        close_to(0)
        return [re.sub(" {2,}", " ", line).strip() for line in "".join(out).split(_BREAK)]


def _code_span(text: str) -> str:
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text.strip()}{pad}{fence}"


def line_start_escaped(line: str) -> str:
    """Text that would read as Markdown syntax ("1. ", "# ", "- ") keeps reading as text."""
    match = _LINE_START_RE.match(line)
    if match is None:
        return line
    if line[0].isdigit():
        return line[: match.end()] + "\\" + line[match.end() :]
    return "\\" + line
