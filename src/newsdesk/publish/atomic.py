"""Atomic file replacement: readers see the old file or the new one, never half of one.

A crash, power cut or full disk in the middle of an export must not leave a
truncated page on the public site. New content goes to a temp file in the same
folder (same file system, so ``os.replace`` is a rename), is made durable, and
only then replaces the target; the folder is fsynced so the rename itself
survives a power cut (POSIX only — Windows cannot open folders for fsync).

:class:`StagedWrites` keeps exactly these guarantees for thousands of files
but pays for durability once per batch: on Linux one ``sync()`` costs about as
much as a single ``fsync()``, and per-file fsyncs were 3 ms each here — the
largest cost of a full 10k-page export.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import sys
from collections.abc import Callable
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


def _open_temp(path: Path) -> tuple[int, Path]:
    """Create a fresh temp file beside ``path`` (creating the folder if needed)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temp = path.with_name(f".{path.name}.{os.getpid()}.{next(_counter)}.tmp")
        try:
            return os.open(temp, flags, NEW_FILE_MODE), temp
        except FileNotFoundError:
            path.parent.mkdir(parents=True, exist_ok=True)
        except FileExistsError:
            continue  # left over from a crashed run with our pid: take the next name


def _write_temp(path: Path, fill: Callable[[BinaryIO], None], *, fsync: bool) -> tuple[Path, int]:
    """Write a temp file; returns it and its mtime (which the rename keeps)."""
    fd, temp = _open_temp(path)
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


def _bytes_filler(data: bytes) -> Callable[[BinaryIO], None]:
    def fill(handle: BinaryIO) -> None:
        handle.write(data)

    return fill


def _copy_filler(source: BinaryIO) -> Callable[[BinaryIO], None]:
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


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically and durably."""
    temp, _ = _write_temp(path, _bytes_filler(data), fsync=True)
    _replace(temp, path)
    fsync_dir(path.parent)


def atomic_copy_file(source: Path, path: Path) -> None:
    """Copy ``source`` to ``path`` atomically (streamed, so large photos are fine)."""
    with source.open("rb") as reader:
        temp, _ = _write_temp(path, _copy_filler(reader), fsync=True)
    _replace(temp, path)
    fsync_dir(path.parent)


class StagedWrites:
    """Many atomic replacements sharing one durability barrier.

    ``stage_*`` writes complete temp files; :meth:`commit` makes them durable
    (one ``os.sync()`` on Linux, where sync waits for completion; per-file
    fsync elsewhere, done while staging) and only then renames each into
    place. Until the commit, every target still holds its old content, so
    :meth:`discard` after an error leaves the folder exactly as it was.
    """

    def __init__(self) -> None:
        self._staged: list[tuple[str, Path, Path]] = []  # (key, temp, target)
        self._batch_sync = sys.platform.startswith("linux")

    def __len__(self) -> int:
        return len(self._staged)

    def stage_bytes(self, key: str, path: Path, data: bytes) -> int:
        """Stage ``data`` for ``path``; returns the mtime the file will have."""
        temp, mtime_ns = _write_temp(path, _bytes_filler(data), fsync=not self._batch_sync)
        self._staged.append((key, temp, path))
        return mtime_ns

    def stage_copy(self, key: str, path: Path, source: Path) -> int:
        """Stage a copy of ``source`` for ``path``; returns the mtime it will have."""
        with source.open("rb") as reader:
            temp, mtime_ns = _write_temp(path, _copy_filler(reader), fsync=not self._batch_sync)
        self._staged.append((key, temp, path))
        return mtime_ns

    def commit(self, committed: Callable[[str], None]) -> None:
        """Make staged files durable, rename them into place, call ``committed(key)`` each.

        If a rename fails, the files not yet renamed are discarded and the
        OSError propagates with ``filename`` naming the target.
        """
        staged, self._staged = self._staged, []
        if not staged:
            return
        if self._batch_sync:
            os.sync()
        folders: set[Path] = set()
        for index, (key, temp, path) in enumerate(staged):
            try:
                os.replace(temp, path)
            except OSError as exc:
                for _key, leftover, _path in staged[index:]:
                    with contextlib.suppress(OSError):
                        os.unlink(leftover)
                exc.filename = str(path)
                raise
            folders.add(path.parent)
            committed(key)
        for folder in folders:
            fsync_dir(folder)

    def discard(self) -> None:
        """Delete staged temp files; targets keep their previous content."""
        staged, self._staged = self._staged, []
        for _key, temp, _path in staged:
            with contextlib.suppress(OSError):
                os.unlink(temp)
