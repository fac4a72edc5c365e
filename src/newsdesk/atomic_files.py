"""Atomic file replacement: readers see the old file or the new one, never half of one.

Every file Newsdesk writes (photos, exported pages, hand-off files, settings)
goes through here, so that a crash, power cut or full disk mid-write never
leaves a truncated file under the real name. New content goes to a temp file
in the same folder (same file system, so ``os.replace`` is a rename), is made
durable, and only then replaces the target; the folder is fsynced so the
rename itself survives a power cut (POSIX only — Windows cannot open folders
for fsync).

A process killed between creating a temp file and renaming it (kill -9, power
cut) leaves the temp file behind — in an export, a complete, world-readable
hidden page. Temp names follow one pattern, defined here next to the writer,
so :func:`sweep_temp_files` can later remove exactly those files and nothing
a person put in the folder.

A full disk (ENOSPC, EDQUOT) is raised as
:class:`~newsdesk.store.storage_errors.DiskFullError` naming the folder and
the free space; the target keeps its old content and no temp file is left.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from newsdesk.store.storage_errors import disk_full_as_error

NEW_FILE_MODE = 0o644  # public web files (the umask still applies)

_counter = itertools.count()

#: ``.NAME.PID.N.tmp``: hidden, tagged with the writing process and a counter.
_TEMP_NAME = re.compile(r"\.(?P<name>.+)\.(?P<pid>[0-9]{1,10})\.(?P<n>[0-9]{1,20})\.tmp", re.DOTALL)

#: A temp file untouched for this long is left over, whatever its pid says: the
#: pid may have been reused by an unrelated process. Writers rename their temp
#: files within seconds (an export batch) or keep writing to them (a zip).
STALE_AFTER_S = 6 * 3600


def temp_name(name: str, pid: int, counter: int) -> str:
    """The temp file name for target ``name``; the only place the pattern is spelled out."""
    return f".{name}.{pid}.{counter}.tmp"


def temp_file_pid(name: str) -> int | None:
    """The writer's pid if ``name`` is one of our temp names, else None (a foreign file)."""
    if not (name.startswith(".") and name.endswith(".tmp")):
        return None  # the cheap test first: sweeps look at every file of a site
    match = _TEMP_NAME.fullmatch(name)
    return int(match["pid"]) if match else None


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` is running (may be fooled by pid reuse: see STALE_AFTER_S)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0: existence check only
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    except OSError:
        return False
    return True


def _windows_process_alive(pid: int) -> bool:
    """OpenProcess + GetExitCodeProcess (os.kill on Windows would terminate the process)."""
    import ctypes

    query_limited_information = 0x1000
    still_active = 259
    error_access_denied = 5
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return bool(ctypes.get_last_error() == error_access_denied)  # type: ignore[attr-defined]
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)


def _is_leftover(entry: os.DirEntry[str], now: float) -> bool:
    pid = temp_file_pid(entry.name)
    if pid is None or not entry.is_file(follow_symlinks=False):
        return False
    try:
        modified = entry.stat(follow_symlinks=False).st_mtime
    except OSError:
        return False
    return not process_alive(pid) or now - modified > STALE_AFTER_S


def sweep_temp_files(folder: Path) -> int:
    """Delete temp files crashed writers left anywhere under ``folder``; returns the count.

    Only names of exactly our pattern are candidates (``.htaccess`` and
    ``notes.tmp`` are never touched), symlinks are neither followed nor
    removed, and a temp file whose writer is still running — another export
    into the same folder — is kept unless it is older than STALE_AFTER_S.
    A missing or unreadable folder sweeps nothing.
    """
    removed = 0
    now = time.time()
    pending = [os.fspath(folder)]
    while pending:
        try:
            with os.scandir(pending.pop()) as entries:
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False):
                        pending.append(entry.path)
                    elif _is_leftover(entry, now):
                        with contextlib.suppress(OSError):
                            os.unlink(entry.path)
                            removed += 1
        except OSError:
            continue
    return removed


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
        temp = path.with_name(temp_name(path.name, os.getpid(), next(_counter)))
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
    with disk_full_as_error(path):
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
    with disk_full_as_error(path):
        _replace(temp, path)
        fsync_dir(path.parent)


def atomic_copy_file(source: Path, path: Path) -> None:
    """Copy ``source`` to ``path`` atomically (streamed, so large photos are fine)."""
    with source.open("rb") as reader:
        temp, _ = write_temp(path, copy_filler(reader), fsync=True)
    with disk_full_as_error(path):
        _replace(temp, path)
        fsync_dir(path.parent)


@contextlib.contextmanager
def atomic_writer(path: Path, *, mode: int = NEW_FILE_MODE) -> Iterator[BinaryIO]:
    """Stream into a temp file that replaces ``path`` only if the block succeeds.

    For writers that need a seekable file object (zip archives) rather than
    bytes in memory.
    """
    with disk_full_as_error(path):
        fd, temp = _open_temp(path, mode)
        try:
            with os.fdopen(fd, "w+b") as handle:
                yield handle  # the caller's writes run here: their ENOSPC is ours too
                handle.flush()
                os.fsync(handle.fileno())
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
        _replace(temp, path)
        fsync_dir(path.parent)
