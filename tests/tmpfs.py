"""A real, small file system that can be filled up: for the full-disk tests.

A tmpfs mount needs root (as in CI, which runs as root on a fresh Debian
machine); elsewhere the tests using it are skipped. The filler file is the
honest way to fill a disk: every write after it meets a real ENOSPC.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

FILLER = "filler.bin"


@contextlib.contextmanager
def small_tmpfs(mount_point: Path, size: str) -> Iterator[Path]:
    """Mount a tmpfs of ``size`` (e.g. ``"16m"``) at ``mount_point``; unmounted afterwards."""
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root on Linux")
    mount_point.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs: {mounted.stderr.strip()}")
    try:
        yield mount_point
    finally:
        if subprocess.run(["umount", str(mount_point)], check=False).returncode != 0:
            subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(mount_point: Path, *, leave: int = 0) -> Path:
    """Write a filler file until only ``leave`` bytes are free (or ENOSPC); returns it."""
    filler = mount_point / FILLER
    block = b"\0" * (1 << 20)
    with filler.open("ab", buffering=0) as handle:  # unbuffered: nothing left to flush
        while (room := shutil.disk_usage(mount_point).free - leave) > 0:
            try:
                handle.write(block[: min(len(block), room)])
            except OSError as exc:
                assert exc.errno == errno.ENOSPC, exc
                break
    return filler


def free_space(mount_point: Path) -> None:
    """Delete the filler: the disk has room again."""
    (mount_point / FILLER).unlink(missing_ok=True)
