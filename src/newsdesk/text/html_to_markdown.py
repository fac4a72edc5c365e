"""Clipboard HTML from Word, 한글 (HWP) or a browser -> the body's Markdown.

Reporters paste 보도자료 from Word and HWP. Pasted as plain text, bold,
headings and lists are lost and a table becomes tab-separated text. This
converter keeps what Markdown can say — bold, italic, headings, nested
lists, links, block quotes, tables (python-markdown's ``tables`` syntax),
code, superscripts — and nothing else: the output is Markdown text whose
every character came from the clipboard's *text*, escaped so it reads back
as the same text. No tag or attribute passes through, so scripts, event
handlers and ``javascript:`` links cannot (links keep http, https and mailto).

Word writes lists as paragraphs (``mso-list:l0 level2``) with the bullet as
text; :mod:`newsdesk.text.html_tree` takes the bullet out and the paragraphs
are grouped into lists here. 한글 writes bold as ``font-weight:"bold"`` on
spans; styles are read for bold, italic and super/subscript. A table of one
cell (한글's box around a paragraph) is its text, not a table.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from newsdesk.text.html_inline import DROPPED_CHARS_RE, InlineMarkdown, line_start_escaped
from newsdesk.text.html_tree import BLOCK_TAGS, HEADING_LEVELS, Element, parse_html

__all__ = ["Block", "html_to_markdown", "html_to_markdown_blocks"]

_LEVEL_RE = re.compile(r"level(\d+)")
_ORDERED_MARKER_RE = re.compile(r"^\(?(?:\d{1,3}|[a-zA-Z]|[ivxlcdm]{1,5}|[가-힣])[.)]")
_BOLD_CELL_RE = re.compile(r"^\*\*((?:[^*\\]|\\.)+)\*\*$")


@dataclass(frozen=True)
class Block:
    """One Markdown block: ``kind`` is paragraph, heading, list, quote, table, code or rule."""

    kind: str
    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def _paragraphs(nodes: list[Element | str]) -> list[Block]:
    """Inline content as paragraphs: line breaks stay (two trailing spaces), an empty line
    (Word's ``<br><br>``) starts a new paragraph."""
    blocks: list[Block] = []
    lines: list[str] = []
    for line in [*InlineMarkdown().collect(nodes).render(), ""]:
        if line:
            lines.append(line_start_escaped(line))
        elif lines:
            blocks.append(Block("paragraph", (*(f"{text}  " for text in lines[:-1]), lines[-1])))
            lines = []
    return blocks


def _classes(element: Element) -> set[str]:
    return set(element.attrs.get("class", "").lower().split())


def _word_list_level(node: Element | str) -> int:
    """The level of a Word list paragraph (``mso-list:l0 level2 lfo1``), 0 if it is none."""
    if not isinstance(node, Element) or node.tag != "p":
        return 0
    found = _LEVEL_RE.search(node.style.get("mso-list", ""))
    return int(found.group(1)) if found else 0


@dataclass
class _Item:
    """A list item: its blocks, and (Word lists) the marker that says if the list is ordered."""

    blocks: list[Block]
    marker: str = ""
    children: list[_Item] | None = None


def _list_block(items: list[_Item], *, ordered: bool, start: int = 1) -> Block:
    """python-markdown's list syntax: 4-space indents for what belongs to an item."""
    loose = any(sum(b.kind != "list" for b in item.blocks) > 1 for item in items)
    lines: list[str] = []
    for number, item in enumerate(items, start=start):
        content: list[str] = []
        for index, block in enumerate(item.blocks or [Block("paragraph", ("",))]):
            if index and (loose or block.kind != "list"):
                content.append("")
            content.extend(block.lines)
        marker = f"{number}." if ordered else "-"
        lines.append(f"{marker} {content[0]}".rstrip())
        lines.extend(f"    {line}" if line else "" for line in content[1:])
        if loose and number < start + len(items) - 1:
            lines.append("")
    return Block("list", tuple(lines))


def _word_list(paragraphs: list[Element]) -> Block:
    """Word's list paragraphs (levels 1, 2, …) as one nested list."""
    root: list[_Item] = []
    stack: list[tuple[int, list[_Item]]] = [(_word_list_level(paragraphs[0]), root)]
    for paragraph in paragraphs:
        level = _word_list_level(paragraph)
        while len(stack) > 1 and level < stack[-1][0]:
            stack.pop()
        if level > stack[-1][0] and stack[-1][1]:
            parent = stack[-1][1][-1]
            parent.children = parent.children or []
            stack.append((level, parent.children))
        stack[-1][1].append(_Item(_paragraphs(paragraph.children), paragraph.marker))

    def render(items: list[_Item]) -> Block:
        for item in items:
            if item.children:
                item.blocks = [*item.blocks, render(item.children)]
        ordered = bool(_ORDERED_MARKER_RE.match(items[0].marker))
        return _list_block(items, ordered=ordered)

    return render(root)


def _quoted(blocks: list[Block]) -> Block | None:
    lines: list[str] = []
    for block in blocks:
        if lines:
            lines.append(">")
        lines.extend(f"> {line}" if line else ">" for line in block.lines)
    return Block("quote", tuple(lines)) if lines else None


def _rows(table: Element) -> list[Element]:
    """The table's own rows (not those of a table nested in a cell)."""
    found: list[Element] = []
    for child in table.children:
        if isinstance(child, Element):
            if child.tag == "tr":
                found.append(child)
            elif child.tag in {"thead", "tbody", "tfoot"}:
                found.extend(_rows(child))
    return found


def _span(cell: Element, name: str) -> int:
    value = cell.attrs.get(name, "1").strip()
    return max(1, min(int(value), 50)) if value.isdigit() else 1


def _cell_text(cell: Element) -> str:
    lines = InlineMarkdown(pipes=True).collect(cell.children).render()
    return "<br>".join(line for line in lines if line)


class _Converter:
    def blocks(self, container: Element) -> list[Block]:
        """The blocks of a container: runs of inline content become paragraphs."""
        out: list[Block] = []
        inline: list[Element | str] = []
        children = container.children
        index = 0
        while index < len(children):
            child = children[index]
            if isinstance(child, str) or child.tag not in BLOCK_TAGS:
                inline.append(child)
                index += 1
                continue
            out.extend(_paragraphs(inline))
            inline = []
            if _word_list_level(child):
                run: list[Element] = []
                while index < len(children) and (
                    _word_list_level(children[index])
                    or (isinstance(children[index], str) and not str(children[index]).strip())
                ):
                    node = children[index]
                    if isinstance(node, Element):
                        run.append(node)
                    index += 1
                out.append(_word_list(run))
                continue
            out.extend(self.block(child))
            index += 1
        out.extend(_paragraphs(inline))
        return out

    def block(self, element: Element) -> list[Block]:
        tag = element.tag
        classes = _classes(element) if tag == "p" else set()
        if tag in HEADING_LEVELS or classes & {"msotitle", "msosubtitle"}:
            level = HEADING_LEVELS.get(tag) or (1 if "msotitle" in classes else 2)
            return self.heading(element, level)
        if classes & {"msoquote", "msointensequote"}:
            quote = _quoted(_paragraphs(element.children))
            return [quote] if quote else []
        if tag in {"ul", "ol"}:
            return self.html_list(element)
        if tag == "li":
            return [_list_block([_Item(self.blocks(element))], ordered=False)]
        if tag == "blockquote":
            quote = _quoted(self.blocks(element))
            return [quote] if quote else []
        if tag == "pre":
            return self.code(element)
        if tag == "table":
            return self.table(element)
        if tag == "hr":
            return [Block("rule", ("---",))]
        if tag == "p":
            return _paragraphs(element.children)
        return self.blocks(element)  # div and friends; stray rows and cells

    def heading(self, element: Element, level: int) -> list[Block]:
        text = " ".join(
            line for line in InlineMarkdown().collect(element.children).render() if line
        )
        if not text:
            return []
        if text.endswith("#"):
            text = text[:-1] + "\\#"  # python-markdown would take it for a closing "#"
        return [Block("heading", (f"{'#' * level} {text}",))]

    def html_list(self, element: Element) -> list[Block]:
        items: list[_Item] = []
        for child in element.children:
            if not isinstance(child, Element):
                continue
            if child.tag == "li":
                items.append(_Item(self.blocks(child)))
            elif child.tag in {"ul", "ol"} and items:  # <ul><li>a</li><ul>…</ul></ul>
                items[-1].blocks.extend(self.html_list(child))
        if not items:
            return []
        start = element.attrs.get("start", "1").strip()
        first = int(start) if start.isdigit() and len(start) < 10 else 1
        return [_list_block(items, ordered=element.tag == "ol", start=first)]

    def code(self, element: Element) -> list[Block]:
        text = DROPPED_CHARS_RE.sub("", element.text()).replace("\xa0", " ").strip("\n")
        if not text.strip():
            return []
        fence = "```" if "```" not in text else "~~~~"
        return [Block("code", (fence, *text.split("\n"), fence))]

    def table(self, element: Element) -> list[Block]:
        rows = _rows(element)
        cells = [
            [c for c in r.children if isinstance(c, Element) and c.tag in {"td", "th"}]
            for r in rows
        ]
        if sum(len(row) for row in cells) == 1:  # 한글's box around text: just the text
            return self.blocks(cells[0][0]) if cells[0] else []
        grid: list[list[str]] = []
        pending: dict[tuple[int, int], str] = {}  # cells covered by a rowspan above
        for r, row in enumerate(cells):
            line: list[str] = []
            for cell in row:
                while (r, len(line)) in pending:
                    line.append(pending.pop((r, len(line))))
                text, width, height = (
                    _cell_text(cell),
                    _span(cell, "colspan"),
                    _span(cell, "rowspan"),
                )
                for extra in range(1, height):
                    for column in range(len(line), len(line) + width):
                        pending[(r + extra, column)] = ""
                line.extend([text] + [""] * (width - 1))
            while (r, len(line)) in pending:
                line.append(pending.pop((r, len(line))))
            if any(line):
                grid.append(line)
        if not grid:
            return []
        columns = max(len(line) for line in grid)
        grid[0] = [_BOLD_CELL_RE.sub(r"\1", text) for text in grid[0]]  # headers are bold
        lines = ["| " + " | ".join(line + [""] * (columns - len(line))) + " |" for line in grid]
        lines.insert(1, "|" + " --- |" * columns)
        return [Block("table", tuple(lines))]


def html_to_markdown_blocks(html: str) -> list[Block]:
    """The clipboard's HTML as Markdown blocks (the editor pastes one paragraph inline)."""
    blocks = _Converter().blocks(parse_html(html))
    return [
        replace(b, lines=tuple(unicodedata.normalize("NFC", x) for x in b.lines)) for b in blocks
    ]


def html_to_markdown(html: str) -> str:
    """The clipboard's HTML as Markdown, blocks separated by blank lines."""
    return "\n\n".join(block.text for block in html_to_markdown_blocks(html))
