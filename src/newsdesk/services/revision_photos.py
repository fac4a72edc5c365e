"""What happened to an article's photos between two revisions, in terms an editor uses.

A raw comparison of the snapshots says ``position: 0 → 1`` for every photo
after the one that was inserted first, and ``alt_text: '' → '교실'``. Editors
ask other questions: which photo came or went, whether the order or the
main photo changed, and what a caption, credit or alt text said before and
after. So each photo (known by its file's hash) gets one change record with
exactly those facts; the desktop view and the command line word them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: The photo's texts, in the order they are shown, with the newsroom's names.
PHOTO_TEXT_LABELS = {"caption": "설명", "credit": "출처", "alt_text": "대체 텍스트"}

ADDED = "added"
REMOVED = "removed"
CHANGED = "changed"


@dataclass(frozen=True)
class PhotoTextChange:
    """One of a photo's texts (caption, credit, alt text), before and after."""

    field: str
    label: str
    old: str
    new: str


@dataclass(frozen=True)
class PhotoChange:
    """One photo's change. Positions are 0-based places in each revision's order."""

    sha256: str
    change: str  # ADDED | REMOVED | CHANGED
    caption: str  # the newer caption (the old one for a removed photo)
    old_position: int | None = None
    new_position: int | None = None
    #: True when the photo's place among the photos both revisions have changed
    #: (a photo added in front moves nobody; a swap moves both).
    moved: bool = False
    was_main: bool = False
    is_main: bool = False
    texts: list[PhotoTextChange] = field(default_factory=list)

    @property
    def main_changed(self) -> bool:
        return self.change == CHANGED and self.was_main != self.is_main

    def lines(self) -> list[str]:
        """The change in the newsroom's words (the command line prints these)."""
        name = f"“{self.caption}”" if self.caption else f"사진 {self.sha256[:10]}"
        if self.change == ADDED:
            return [f"사진 추가: {name}" + (" (대표 사진)" if self.is_main else "")]
        if self.change == REMOVED:
            return [f"사진 삭제: {name}"]
        lines: list[str] = []
        if self.moved and self.old_position is not None and self.new_position is not None:
            lines.append(
                f"사진 순서 변경: {name} {self.old_position + 1}번째 → {self.new_position + 1}번째"
            )
        if self.main_changed:
            lines.append(f"대표 사진 지정: {name}" if self.is_main else f"대표 사진 해제: {name}")
        for text in self.texts:
            lines.append(f"사진 {text.label} 변경: “{text.old}” → “{text.new}”")
        return lines


def _ordered(photos: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(photos, key=lambda p: (int(p.get("position", 0)), str(p["sha256"])))


def photo_changes(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[PhotoChange]:
    """The photo changes from ``old`` to ``new`` snapshot lists, in the newer order
    (removed photos last, in their old order)."""
    before = {str(p["sha256"]): (place, p) for place, p in enumerate(_ordered(old))}
    after = {str(p["sha256"]): (place, p) for place, p in enumerate(_ordered(new))}
    kept_before = [sha for sha in before if sha in after]  # in the old order
    kept_after = [sha for sha in after if sha in before]  # in the new order
    rank_before = {sha: rank for rank, sha in enumerate(kept_before)}
    rank_after = {sha: rank for rank, sha in enumerate(kept_after)}
    changes: list[PhotoChange] = []
    for sha, (place, photo) in after.items():
        main = bool(photo.get("is_main"))
        caption = str(photo.get("caption", ""))
        if sha not in before:
            changes.append(PhotoChange(sha, ADDED, caption, new_position=place, is_main=main))
            continue
        old_place, old_photo = before[sha]
        texts = [
            PhotoTextChange(name, label, str(old_photo.get(name, "")), str(photo.get(name, "")))
            for name, label in PHOTO_TEXT_LABELS.items()
            if str(old_photo.get(name, "")) != str(photo.get(name, ""))
        ]
        change = PhotoChange(
            sha,
            CHANGED,
            caption,
            old_position=old_place,
            new_position=place,
            moved=rank_before[sha] != rank_after[sha],
            was_main=bool(old_photo.get("is_main")),
            is_main=main,
            texts=texts,
        )
        if change.moved or change.main_changed or texts:
            changes.append(change)
    for sha, (place, photo) in before.items():
        if sha not in after:
            caption = str(photo.get("caption", ""))
            main = bool(photo.get("is_main"))
            changes.append(PhotoChange(sha, REMOVED, caption, old_position=place, was_main=main))
    return changes
