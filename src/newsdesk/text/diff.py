"""Character-level diff that works for Korean.

Korean has no spaces inside words (교육청은 → 교육청이), so a word diff marks
whole phrases as changed. Lines are matched first (cheap, and keeps long
bodies fast), then each replaced block is diffed character by character.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum


class Op(StrEnum):
    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"


@dataclass(frozen=True)
class Segment:
    op: Op
    text: str


def _merge(segments: list[Segment]) -> list[Segment]:
    merged: list[Segment] = []
    for segment in segments:
        if not segment.text:
            continue
        if merged and merged[-1].op == segment.op:
            merged[-1] = Segment(segment.op, merged[-1].text + segment.text)
        else:
            merged.append(segment)
    return merged


def _char_diff(old: str, new: str) -> list[Segment]:
    out: list[Segment] = []
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.append(Segment(Op.EQUAL, old[i1:i2]))
        else:
            out.append(Segment(Op.DELETE, old[i1:i2]))
            out.append(Segment(Op.INSERT, new[j1:j2]))
    return out


def diff_text(old: str, new: str) -> list[Segment]:
    """Segments that turn ``old`` into ``new``; deletions come before insertions."""
    old_lines = old.splitlines(keepends=True)
    new_lines = new.splitlines(keepends=True)
    out: list[Segment] = []
    matcher = SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        before, after = "".join(old_lines[i1:i2]), "".join(new_lines[j1:j2])
        if tag == "equal":
            out.append(Segment(Op.EQUAL, before))
        elif tag == "replace":
            out.extend(_char_diff(before, after))
        else:
            out.append(Segment(Op.DELETE, before))
            out.append(Segment(Op.INSERT, after))
    return _merge(out)


def old_side(segments: list[Segment]) -> list[Segment]:
    """What the left (older) column shows: equal + deleted text."""
    return [s for s in segments if s.op != Op.INSERT]


def new_side(segments: list[Segment]) -> list[Segment]:
    """What the right (newer) column shows: equal + inserted text."""
    return [s for s in segments if s.op != Op.DELETE]
