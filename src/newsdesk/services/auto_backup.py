"""Automatic daily backups in the data folder's ``backups/`` folder, the last N kept.

The desktop app calls :func:`daily_backup` once at start-up (off the UI
thread). The day of a backup is read from its file name
(``newsdesk-auto-20261120-093000.zip``, local time), not from the file's
modification time, which a copy to another disk changes. Only files with
that exact name pattern are counted and pruned: a backup the user saved in
the folder by hand is never deleted.

A backup killed half-way (power cut, kill -9) leaves a hidden temp file or
staging folder holding a private copy of the database; the next start
removes those, once they are clearly abandoned (:data:`STALE_AFTER_S`).
"""

from __future__ import annotations

import contextlib
import re
import shutil
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from newsdesk.services.backup import BackupReport, backup_file_name, create_backup
from newsdesk.services.backup_format import BACKUP_SUFFIX, BackupError

BACKUPS_FOLDER = "backups"
AUTO_PREFIX = "newsdesk-auto"
DEFAULT_KEEP = 7
MAX_KEEP = 365
#: A backup's leftovers untouched this long are abandoned (a backup takes seconds to minutes).
STALE_AFTER_S = 12 * 3600
#: Hidden names our backups write in the folder: the archive's temp file, the snapshot's folder.
_LEFTOVER_PREFIXES = (f".{AUTO_PREFIX}-", ".newsdesk-backup-")
_AUTO_NAME = re.compile(rf"{re.escape(AUTO_PREFIX)}-(\d{{8}})-(\d{{6}}){re.escape(BACKUP_SUFFIX)}")


@dataclass(frozen=True)
class DailyBackupResult:
    """What a start-up pass did: the new backup (None if one was already made today)."""

    report: BackupReport | None
    pruned: tuple[Path, ...] = field(default=())


def backups_dir(data_dir: Path) -> Path:
    return data_dir / BACKUPS_FOLDER


def auto_backups(folder: Path) -> list[tuple[datetime, Path]]:
    """The automatic backups in ``folder``, newest first (by the time in their names)."""
    found: list[tuple[datetime, Path]] = []
    with contextlib.suppress(FileNotFoundError, NotADirectoryError):
        for path in folder.iterdir():
            match = _AUTO_NAME.fullmatch(path.name)
            if match is None or not path.is_file():
                continue
            try:
                when = datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M%S")
            except ValueError:
                continue
            found.append((when, path))
    found.sort(key=lambda item: (item[0], item[1].name), reverse=True)
    return found


def made_on(folder: Path, day: date) -> bool:
    """Is there an automatic backup from ``day`` (local date)?"""
    return any(when.date() == day for when, _ in auto_backups(folder))


def prune_auto_backups(folder: Path, keep: int) -> list[Path]:
    """Delete automatic backups beyond the newest ``keep``; the deleted paths."""
    keep = max(1, keep)
    deleted: list[Path] = []
    for _when, path in auto_backups(folder)[keep:]:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise BackupError(path, f"cannot delete an old automatic backup ({exc})") from exc
        deleted.append(path)
    return deleted


def sweep_leftovers(folder: Path, now: float | None = None) -> list[Path]:
    """Delete what interrupted backups left in ``folder``; the deleted paths."""
    now = time.time() if now is None else now
    removed: list[Path] = []
    with contextlib.suppress(FileNotFoundError, NotADirectoryError):
        for path in folder.iterdir():
            if not path.name.startswith(_LEFTOVER_PREFIXES) or path.is_symlink():
                continue
            try:
                if now - path.stat().st_mtime < STALE_AFTER_S:
                    continue  # perhaps another Newsdesk's backup, still running
                if path.is_dir():
                    shutil.rmtree(path)
                else:
                    path.unlink()
            except OSError:
                continue  # tried again at the next start
            removed.append(path)
    return removed


def daily_backup(
    data_dir: Path, *, keep: int = DEFAULT_KEEP, now: datetime | None = None
) -> DailyBackupResult:
    """Make today's automatic backup unless one exists, then keep only the newest ``keep``."""
    now = now or datetime.now(UTC)
    folder = backups_dir(data_dir)
    sweep_leftovers(folder)
    report = None
    if not made_on(folder, now.astimezone().date()):
        report = create_backup(data_dir, folder / backup_file_name(now, AUTO_PREFIX), now=now)
    return DailyBackupResult(report, tuple(prune_auto_backups(folder, keep)))
