"""Server body HTML back to article Markdown, for "keep the server's version".

The server stores HTML; the desk edits Markdown. The HTML a newsdesk server
holds came out of our own renderer (and its allowlist), so the common
structures map back cleanly: paragraphs, 소제목 headings, bold / italic,
links, lists, quotes and ``photo:N`` images. Anything richer (tables,
footnotes) loses its markup but keeps its text — the revision note tells the
editor to check the formatting.
"""

from __future__ import annotations

from html.parser import HTMLParser

_BLOCKS = {"p", "div", "figure", "figcaption", "table", "tr", "pre"}
_HEADINGS = {"h1": "## ", "h2": "## ", "h3": "### ", "h4": "#### "}
_EMPHASIS = {"strong": "**", "b": "**", "em": "*", "i": "*"}


class _MarkdownWriter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.line: list[str] = []
        self.lists: list[str] = []  # "ul" / "ol" stack
        self.counters: list[int] = []
        self.quote = 0
        self.link: str | None = None

    def _flush(self) -> None:
        text = "".join(self.line).strip()
        self.line = []
        if text:
            prefix = "> " * self.quote
            self.blocks.append("\n".join(prefix + part for part in text.split("\n")))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        if tag in _BLOCKS or tag in _HEADINGS:
            self._flush()
            self.line.append(_HEADINGS.get(tag, ""))
        elif tag == "blockquote":
            self._flush()
            self.quote += 1
        elif tag in {"ul", "ol"}:
            self._flush()
            self.lists.append(tag)
            self.counters.append(0)
        elif tag == "li":
            self._flush()
            self.counters[-1:] = [self.counters[-1] + 1] if self.counters else [1]
            indent = "    " * max(len(self.lists) - 1, 0)
            marker = f"{self.counters[-1]}." if self.lists[-1:] == ["ol"] else "-"
            self.line.append(f"{indent}{marker} ")
        elif tag == "br":
            self.line.append("  \n")
        elif tag in _EMPHASIS:
            self.line.append(_EMPHASIS[tag])
        elif tag == "a":
            self.link = attributes.get("href", "")
            self.line.append("[")
        elif tag == "img":
            self.line.append(f"![{attributes.get('alt', '')}]({attributes.get('src', '')})")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS or tag in _HEADINGS or tag == "li":
            self._flush()
        elif tag == "blockquote":
            self._flush()
            self.quote = max(self.quote - 1, 0)
        elif tag in {"ul", "ol"}:
            self._flush()
            if self.lists:
                self.lists.pop()
                self.counters.pop()
        elif tag in _EMPHASIS:
            self.line.append(_EMPHASIS[tag])
        elif tag == "a":
            self.line.append(f"]({self.link or ''})")
            self.link = None

    def handle_data(self, data: str) -> None:
        self.line.append(" ".join(data.split("\n")))


def html_to_markdown(body_html: str) -> str:
    """Best-effort Markdown for an HTML fragment; blocks separated by blank lines."""
    writer = _MarkdownWriter()
    writer.feed(body_html)
    writer.close()
    writer._flush()
    blocks: list[str] = []
    for block in writer.blocks:
        # List items of one list stay together; everything else gets a blank line.
        if blocks and _is_item(block) and _is_item(blocks[-1].split("\n")[-1]):
            blocks[-1] += "\n" + block
        else:
            blocks.append(block)
    return "\n\n".join(blocks) + ("\n" if blocks else "")


def _is_item(line: str) -> bool:
    stripped = line.lstrip()
    head = stripped.split(" ", 1)[0]
    return head == "-" or (head.endswith(".") and head[:-1].isdigit())
