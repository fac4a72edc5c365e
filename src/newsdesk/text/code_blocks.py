"""Where Markdown code blocks start and end, line by line.

The renderer (:mod:`newsdesk.text.markdown`) and the checks' masking
(:mod:`newsdesk.text.checks_masking`) must agree on what is code: a check
that flags text the page shows as code, or misses prose the page shows as
text, would point reporters at the wrong place. Both use these rules.
"""

from __future__ import annotations

import re

__all__ = ["TAB_WIDTH", "closes_fence", "fence_opening", "indent_width"]

TAB_WIDTH = 4
"""python-markdown's ``tab_length``: the indent of a code block and of a nested list."""

_FENCE_RE = re.compile(r"^[ \t]*(`{3,}|~{3,})")


def indent_width(line: str) -> int:
    """Width of the leading whitespace, tabs advancing to the next tab stop."""
    width = 0
    for ch in line:
        if ch == " ":
            width += 1
        elif ch == "\t":
            width += TAB_WIDTH - width % TAB_WIDTH
        else:
            break
    return width


def fence_opening(line: str) -> str | None:
    """The fence (```` ``` ```` or ``~~~``, 3 or more) that ``line`` opens, or None.

    Fences may be indented: reporters paste code from anywhere.
    """
    match = _FENCE_RE.match(line)
    return match.group(1) if match else None


def closes_fence(line: str, fence: str) -> bool:
    """Whether ``line`` closes a block opened by ``fence``: the fence, or a longer
    run of its character, and nothing else on the line."""
    stripped = line.lstrip(" \t")
    return stripped.startswith(fence) and not stripped[len(fence) :].strip(fence[0] + " \t")
