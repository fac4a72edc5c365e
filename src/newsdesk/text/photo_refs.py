"""Photo references in the Markdown body: how they are written and where they go.

A reference is ``![alt](photo:N)`` (N = the photo's 1-based position in the
article). python-markdown joins a reference to the paragraph line above or
below it, so the editor always places references as their own block: blank
lines before and after, the paragraph split where the cursor stood. Pasted
tables and lists are placed by the same rule. Qt-free (plain string offsets)
so the rule is tested without a window.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["BlockEdit", "photo_block_edit", "photo_reference"]

_LEADING_SPACE_RE = re.compile(r"[ \t\n]*")
_ALT_SPECIAL_RE = re.compile(r"([\\\[\]])")


@dataclass(frozen=True)
class BlockEdit:
    """Replace ``text[start:end]`` by ``replacement``; the cursor goes to ``cursor``."""

    start: int
    end: int
    replacement: str

    @property
    def cursor(self) -> int:
        """Right after the references and their blank line: where the next paragraph starts."""
        return self.start + len(self.replacement)


def photo_reference(position: int, alt_text: str = "") -> str:
    """``![alt](photo:N)`` with the alt text on one line and its brackets escaped."""
    alt = _ALT_SPECIAL_RE.sub(r"\\\1", " ".join(alt_text.split()))
    return f"![{alt}](photo:{position})"


def photo_block_edit(text: str, position: int, references: Sequence[str]) -> BlockEdit:
    """The edit that puts ``references`` at ``position`` as blocks of their own.

    Blank lines are added as needed (and blank lines or spaces already at the
    cursor are folded into them, so no run of empty lines builds up); a
    paragraph is split at the cursor. The indentation of the line that
    follows is kept, so a nested list item after the photo stays nested.
    """
    before = text[:position].rstrip(" \t\n")
    start = len(before)
    spaces = _LEADING_SPACE_RE.match(text, position)
    gap = spaces.group() if spaces else ""
    newline = gap.rfind("\n")
    at_line_start = position == 0 or text[position - 1] == "\n"
    if position + len(gap) == len(text):
        end = len(text)  # only whitespace follows
    elif newline >= 0:
        end = position + newline + 1  # the rest of the line and blank lines go
    elif at_line_start:
        end = position  # the line's own indentation stays
    else:
        end = position + len(gap)  # the spaces at the cut go
    blocks = "\n\n".join(references)
    return BlockEdit(start, end, ("\n\n" if start else "") + blocks + "\n\n")
