"""Consistent copies of a live SQLite database (backups, the copy before a migration).

A file copy of a database in WAL mode can miss committed pages that still
sit in the ``-wal`` file, or catch a page half-written; ``VACUUM INTO``
reads one consistent snapshot through SQLite itself and writes a compact,
self-contained file (no WAL beside it) while other connections keep working.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from newsdesk.atomic_files import fsync_dir, temp_name


def copy_sqlite_database(source: Path, target: Path) -> Path:
    """Write a consistent copy of the SQLite file ``source`` to ``target`` and return it.

    The copy is made under a temp name and renamed into place, so a crash
    never leaves a half-written file under ``target``; an existing
    ``target`` is refused (a backup never overwrites another one).
    """
    if target.exists():
        raise FileExistsError(f"{target} already exists")
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(temp_name(target.name, os.getpid(), 0))  # swept like any other
    with contextlib.suppress(FileNotFoundError):
        temp.unlink()
    connection = sqlite3.connect(source)
    try:
        connection.execute("VACUUM INTO ?", (str(temp),))
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    finally:
        connection.close()
    with temp.open("rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(temp, target)
    fsync_dir(target.parent)
    return target


def dated_copy_name(source: Path, reason: str, now: datetime) -> Path:
    """``newsdesk.sqlite3`` → ``newsdesk.before-upgrade-20261201-094600.sqlite3`` beside it."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    candidate = source.with_name(f"{source.stem}.{reason}-{stamp}{source.suffix}")
    counter = 1
    while candidate.exists():
        counter += 1
        candidate = source.with_name(f"{source.stem}.{reason}-{stamp}-{counter}{source.suffix}")
    return candidate
