"""Atomic file replacement: readers see the old file or the new one, never half of one.

A crash, power cut or full disk in the middle of an export must not leave a
truncated page on the public site. The new content goes to a temp file in the
same folder (same file system, so ``os.replace`` is a rename), is fsynced, and
then replaces the target; the folder is fsynced so the rename itself survives
a power cut (POSIX only — Windows cannot open folders for fsync).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

DEFAULT_MODE = 0o644  # public web files: readable by the web server


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries (renames) to disk; a no-op where unsupported."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _atomic_fill(path: Path, fill: Callable[[BinaryIO], None], *, sync_dir: bool) -> None:
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        mode = DEFAULT_MODE  # mkstemp's 0600 would hide the page from the web server
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            fill(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, mode)
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    if sync_dir:
        fsync_dir(folder)


def atomic_write_bytes(path: Path, data: bytes, *, sync_dir: bool = True) -> None:
    """Replace ``path`` with ``data`` atomically and durably.

    ``sync_dir=False`` lets a caller writing many files into one folder fsync
    the folder once at the end instead of once per file.
    """

    def write(handle: BinaryIO) -> None:
        handle.write(data)

    _atomic_fill(path, write, sync_dir=sync_dir)


def atomic_copy_file(source: Path, path: Path, *, sync_dir: bool = True) -> None:
    """Copy ``source`` to ``path`` atomically (streamed, so large photos are fine)."""
    with source.open("rb") as reader:
        _atomic_fill(path, lambda handle: shutil.copyfileobj(reader, handle), sync_dir=sync_dir)
