"""Block formatting of Markdown lines: sub-headings, quotes, lists, tables, rules.

The Format menu works on whole lines — the ones the selection touches — so
the rules live here, as plain functions from lines to lines, with no Qt: the
editor only takes the lines out, calls these, and puts the result back as one
undo step. Each command toggles: applied to lines that already have the
format it removes it, so the same key undoes a mistaken press.

Numbered lists are written ``1.``, ``2.``… as reporters read them; the
renderer (:mod:`newsdesk.text.markdown`) also accepts a list typed directly
under a paragraph line, so nothing here has to insert blank lines before a
list. A table or a rule does need one: ``---`` right under a line of text is a
setext heading, not a rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "HEADING_PREFIX",
    "QUOTE_PREFIX",
    "RULE",
    "TABLE_SKELETON",
    "Continuation",
    "continue_list",
    "isolated_block",
    "toggle_bullets",
    "toggle_heading",
    "toggle_numbers",
    "toggle_quote",
]

HEADING_PREFIX = "## "
QUOTE_PREFIX = "> "
RULE = "---"
#: Two columns, a header row and one empty row: valid pipe-table Markdown to fill in.
TABLE_SKELETON = ("| 항목 | 내용 |", "| --- | --- |", "|  |  |")

_HEADING = re.compile(r"^(\s*)#{1,6}[ \t]+")
_QUOTE = re.compile(r"^(\s*)>[ \t]?")
_BULLET = re.compile(r"^(?P<indent>[ \t]*)(?P<marker>[-*+])[ \t]+")
_NUMBER = re.compile(r"^(?P<indent>[ \t]*)(?P<number>\d{1,9})(?P<dot>[.)])[ \t]+")
_EMPTY_BULLET = re.compile(r"^(?P<indent>[ \t]*)(?P<marker>[-*+])[ \t]*$")
_EMPTY_NUMBER = re.compile(r"^(?P<indent>[ \t]*)\d{1,9}[.)][ \t]*$")


def _content(lines: list[str]) -> list[int]:
    """Indexes of the lines with text (blank lines are left alone by every command)."""
    return [i for i, line in enumerate(lines) if line.strip()]


def _strip_list_marker(line: str) -> str:
    for pattern in (_BULLET, _NUMBER):
        match = pattern.match(line)
        if match is not None:
            return match.group("indent") + line[match.end() :]
    return line


def toggle_heading(lines: list[str]) -> list[str]:
    """Make the lines sub-headings (``## ``), or plain text if they all are already.

    Another heading level (``#``, ``###``) becomes ``##``: the body has one
    sub-heading level, the page headline is the only one above it.
    """
    targets = _content(lines)
    if not targets:
        return [HEADING_PREFIX]  # an empty line: start a sub-heading there
    if all(lines[i].startswith(HEADING_PREFIX) for i in targets):
        return [
            line[len(HEADING_PREFIX) :] if i in targets else line for i, line in enumerate(lines)
        ]
    out = list(lines)
    for i in targets:
        text = _strip_list_marker(_HEADING.sub("", lines[i]).strip())
        out[i] = HEADING_PREFIX + text
    return out


def toggle_quote(lines: list[str]) -> list[str]:
    """Quote the lines (``> ``), blank lines inside included; or unquote them."""
    targets = _content(lines)
    if not targets:
        return [QUOTE_PREFIX]  # an empty line: start a quote there
    if all(_QUOTE.match(lines[i]) for i in targets):
        return [_QUOTE.sub(r"\1", line, count=1) for line in lines]
    return [QUOTE_PREFIX + line if line.strip() else ">" for line in lines]


def toggle_bullets(lines: list[str]) -> list[str]:
    """Make each line with text a ``- `` item (numbered items change marker); or undo it."""
    targets = _content(lines)
    if not targets:
        return ["- "]
    if all(_BULLET.match(lines[i]) for i in targets):
        return [_strip_list_marker(line) if i in targets else line for i, line in enumerate(lines)]
    out = list(lines)
    for i in targets:
        stripped = _strip_list_marker(lines[i])
        indent = stripped[: len(stripped) - len(stripped.lstrip())]
        out[i] = f"{indent}- {stripped.lstrip()}"
    return out


def toggle_numbers(lines: list[str]) -> list[str]:
    """Number the lines with text ``1.``, ``2.``… (bullets change marker); or undo it."""
    targets = _content(lines)
    if not targets:
        return ["1. "]
    if all(_NUMBER.match(lines[i]) for i in targets):
        return [_strip_list_marker(line) if i in targets else line for i, line in enumerate(lines)]
    out = list(lines)
    for number, i in enumerate(targets, start=1):
        stripped = _strip_list_marker(lines[i])
        indent = stripped[: len(stripped) - len(stripped.lstrip())]
        out[i] = f"{indent}{number}. {stripped.lstrip()}"
    return out


@dataclass(frozen=True)
class Continuation:
    """What Enter does at the end of a list item.

    ``replace_line`` is the current line's new text (the item unchanged, or
    emptied when it ends the list); ``next_line`` is what the new line starts
    with, or None when Enter should not add a line (the list just ended).
    """

    replace_line: str
    next_line: str | None


def continue_list(line: str) -> Continuation | None:
    """Enter pressed at the end of ``line``: the next item's marker, or the list's end.

    An item with text continues the list (``- `` again, or the next number, at
    the same indent). An empty item — Enter pressed twice — ends it: the marker
    goes and the line is left blank, as word processors do. Not a list item:
    None (Enter behaves normally).
    """
    if _EMPTY_BULLET.match(line) or _EMPTY_NUMBER.match(line):
        return Continuation(replace_line="", next_line=None)
    bullet = _BULLET.match(line)
    if bullet is not None:
        return Continuation(line, f"{bullet.group('indent')}{bullet.group('marker')} ")
    number = _NUMBER.match(line)
    if number is not None:
        following = int(number.group("number")) + 1
        return Continuation(line, f"{number.group('indent')}{following}{number.group('dot')} ")
    return None


def isolated_block(block: tuple[str, ...], before: str, after: str) -> str:
    """``block`` as the text to insert between ``before`` and ``after`` (the text around
    the cursor), on lines of its own with a blank line on each side where there is text.

    A table or a rule right under a paragraph line would be read as part of the
    paragraph (or, for ``---``, turn that line into a heading), and text right
    under a table becomes one of its rows.
    """
    text = "\n".join(block)
    if before and not before.endswith("\n\n"):
        last_line = before.rsplit("\n", 1)[-1]
        text = ("\n\n" if last_line.strip() else "\n") + text
    if not after:
        return text + "\n"
    if after.startswith("\n"):
        rest = after[1:]
        return text if not rest or rest.startswith("\n") else text + "\n"
    return text + "\n\n"
