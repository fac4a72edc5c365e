"""Refuse output paths that would leave the export folder (Pelican's ``sanitised_join``).

Paths come from slugs and photo names that users can edit, and from a
manifest file anyone could tamper with; a slug like ``../../.bashrc`` or a
symlink inside the folder must never make the exporter write elsewhere.
"""

from __future__ import annotations

import os
import re
import stat
from functools import lru_cache
from pathlib import Path

_DRIVE = re.compile(r"^[A-Za-z]:")


class UnsafePathError(ValueError):
    """A site-relative path that is absolute, climbs out, or resolves outside the folder."""


def check_relative(path: str) -> None:
    """Validate the *shape* of a site-relative POSIX path (no file system access)."""
    if not path or "\x00" in path:
        raise UnsafePathError(f"잘못된 경로입니다: {path!r}")
    if path.startswith(("/", "\\")) or _DRIVE.match(path) or "\\" in path or ":" in path:
        raise UnsafePathError(f"내보내기 폴더 밖을 가리키는 경로입니다: {path!r}")
    for part in path.split("/"):
        if part in ("", ".", ".."):
            raise UnsafePathError(f"내보내기 폴더 밖을 가리키는 경로입니다: {path!r}")


def safe_join(root: Path, path: str, *, checked_dirs: set[Path] | None = None) -> Path:
    """``root / path`` after checking that it stays inside ``root`` even through symlinks.

    ``root`` must already be resolved (``Path.resolve()``). ``checked_dirs``
    caches folders already verified during one export: resolving every path
    in full costs a few syscalls per component, which adds up at 10k pages.
    """
    check_relative(path)
    target = root.joinpath(*path.split("/"))
    parent = target.parent
    if checked_dirs is None or parent not in checked_dirs:
        if not parent.resolve().is_relative_to(root):
            raise UnsafePathError(f"심볼릭 링크가 내보내기 폴더 밖을 가리킵니다: {path!r}")
        if checked_dirs is not None:
            checked_dirs.add(parent)
    if target.is_symlink() and not target.resolve().is_relative_to(root):
        raise UnsafePathError(f"심볼릭 링크가 내보내기 폴더 밖을 가리킵니다: {path!r}")
    return target


@lru_cache(maxsize=8)
def _prefix(root: Path) -> str:
    """``root`` as text ending in one separator, so a path is joined by concatenation."""
    return os.path.join(root, "")


def locate(root: Path, path: str, checked_dirs: set[str]) -> tuple[str, os.stat_result | None]:
    """The file-system path of ``path`` under ``root`` and its ``stat`` (None if absent).

    :func:`safe_join` for the exporter's hot loop, where ``path`` already
    passed :func:`check_relative`: folders are verified once per export
    (``checked_dirs`` holds site-relative folder names), and one ``lstat``
    both detects a symlink and answers "is the file still as we left it",
    without building a ``Path`` for each of 10k unchanged pages.
    """
    folder = path.rpartition("/")[0]
    if folder not in checked_dirs:
        if not root.joinpath(*folder.split("/")).resolve().is_relative_to(root):
            raise UnsafePathError(f"심볼릭 링크가 내보내기 폴더 밖을 가리킵니다: {path!r}")
        checked_dirs.add(folder)
    target = _prefix(root) + (path if os.sep == "/" else path.replace("/", os.sep))
    try:
        info = os.lstat(target)
    except OSError:
        return target, None
    if stat.S_ISLNK(info.st_mode):
        if not Path(target).resolve().is_relative_to(root):
            raise UnsafePathError(f"심볼릭 링크가 내보내기 폴더 밖을 가리킵니다: {path!r}")
        try:
            info = os.stat(target)
        except OSError:
            return target, None
    return target, info
