"""Atomic file replacement: readers see the old file or the new one, never half of one.

Every file Newsdesk writes (photos, exported pages, hand-off files, settings)
goes through here, so that a crash, power cut or full disk mid-write never
leaves a truncated file under the real name. New content goes to a temp file
in the same folder (same file system, so ``os.replace`` is a rename), is made
durable, and only then replaces the target; the folder is fsynced so the
rename itself survives a power cut (POSIX only — Windows cannot open folders
for fsync).
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

NEW_FILE_MODE = 0o644  # public web files (the umask still applies)

_counter = itertools.count()


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries (renames) to disk; a no-op where unsupported."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _open_temp(path: Path, mode: int = NEW_FILE_MODE) -> tuple[int, Path]:
    """Create a fresh temp file beside ``path`` (creating the folder if needed)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temp = path.with_name(f".{path.name}.{os.getpid()}.{next(_counter)}.tmp")
        try:
            return os.open(temp, flags, mode), temp
        except FileNotFoundError:
            path.parent.mkdir(parents=True, exist_ok=True)
        except FileExistsError:
            continue  # left over from a crashed run with our pid: take the next name


def write_temp(
    path: Path, fill: Callable[[BinaryIO], None], *, fsync: bool, mode: int = NEW_FILE_MODE
) -> tuple[Path, int]:
    """Write a temp file beside ``path``; returns it and its mtime (which the rename keeps)."""
    fd, temp = _open_temp(path, mode)
    try:
        with os.fdopen(fd, "wb") as handle:
            fill(handle)
            handle.flush()
            if fsync:
                os.fsync(handle.fileno())
            mtime_ns = os.fstat(handle.fileno()).st_mtime_ns
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return temp, mtime_ns


def bytes_filler(data: bytes) -> Callable[[BinaryIO], None]:
    def fill(handle: BinaryIO) -> None:
        handle.write(data)

    return fill


def copy_filler(source: BinaryIO) -> Callable[[BinaryIO], None]:
    def fill(handle: BinaryIO) -> None:
        shutil.copyfileobj(source, handle, 1 << 20)

    return fill


def _replace(temp: Path, path: Path) -> None:
    try:
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def atomic_write_bytes(path: Path, data: bytes, *, mode: int = NEW_FILE_MODE) -> None:
    """Replace ``path`` with ``data`` atomically and durably.

    ``mode`` applies to a new file (0o600 keeps private files owner-only).
    """
    temp, _ = write_temp(path, bytes_filler(data), fsync=True, mode=mode)
    _replace(temp, path)
    fsync_dir(path.parent)


def atomic_copy_file(source: Path, path: Path) -> None:
    """Copy ``source`` to ``path`` atomically (streamed, so large photos are fine)."""
    with source.open("rb") as reader:
        temp, _ = write_temp(path, copy_filler(reader), fsync=True)
    _replace(temp, path)
    fsync_dir(path.parent)


@contextlib.contextmanager
def atomic_writer(path: Path, *, mode: int = NEW_FILE_MODE) -> Iterator[BinaryIO]:
    """Stream into a temp file that replaces ``path`` only if the block succeeds.

    For writers that need a seekable file object (zip archives) rather than
    bytes in memory.
    """
    fd, temp = _open_temp(path, mode)
    try:
        with os.fdopen(fd, "w+b") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    _replace(temp, path)
    fsync_dir(path.parent)
