"""Automatic daily backups: one a day, the newest N kept, hand-made backups untouched."""

from __future__ import annotations

import os
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from newsdesk.services.auto_backup import (
    STALE_AFTER_S,
    auto_backups,
    backups_dir,
    daily_backup,
    sweep_leftovers,
)
from newsdesk.services.backup_restore import restore_backup
from newsdesk.services.newsroom import Newsroom

pytestmark = pytest.mark.sqlite_only(
    "backups copy the SQLite file; a database server is backed up with its own tools"
)

#: Local time, like the names of the backups.
DAY_ONE = datetime(2026, 11, 1, 9, 30).astimezone()


def test_one_backup_a_day_and_only_the_newest_n_are_kept(
    demo_newsroom: Newsroom, tmp_path: Path
) -> None:
    data_dir = demo_newsroom.data_dir
    folder = backups_dir(data_dir)
    folder.mkdir()
    by_hand = folder / "before-the-election.zip"
    by_hand.write_bytes(b"the user's own file")

    first = daily_backup(data_dir, keep=3, now=DAY_ONE)
    assert first.report is not None and first.pruned == ()
    assert first.report.path.name == "newsdesk-auto-20261101-093000.zip"
    later_that_day = daily_backup(data_dir, keep=3, now=DAY_ONE + timedelta(hours=5))
    assert later_that_day.report is None

    for day in range(1, 6):
        daily_backup(data_dir, keep=3, now=DAY_ONE + timedelta(days=day))
    kept = [path.name for _when, path in auto_backups(folder)]
    assert kept == [
        "newsdesk-auto-20261106-093000.zip",
        "newsdesk-auto-20261105-093000.zip",
        "newsdesk-auto-20261104-093000.zip",
    ]
    assert by_hand.read_bytes() == b"the user's own file"

    # Lowering N prunes on the next start even when today's backup exists.
    again = daily_backup(data_dir, keep=1, now=DAY_ONE + timedelta(days=5, hours=1))
    assert again.report is None
    assert [p.name for p in again.pruned] == kept[1:]
    assert [path.name for _when, path in auto_backups(folder)] == [kept[0]]


def test_an_automatic_backup_restores(demo_newsroom: Newsroom, tmp_path: Path) -> None:
    result = daily_backup(demo_newsroom.data_dir, keep=7, now=DAY_ONE)
    assert result.report is not None
    restored = restore_backup(result.report.path, tmp_path / "restored")
    assert restored.counts["articles"] == 30
    # The backups folder itself is never part of a backup.
    assert not (tmp_path / "restored" / "backups").exists()


def test_what_a_killed_backup_left_is_removed_once_abandoned(
    demo_newsroom: Newsroom, tmp_path: Path
) -> None:
    folder = backups_dir(demo_newsroom.data_dir)
    snapshot_dir = folder / ".newsdesk-backup-x1y2z3"
    snapshot_dir.mkdir(parents=True)
    (snapshot_dir / "newsdesk.sqlite3").write_bytes(b"a private copy")
    temp_archive = folder / ".newsdesk-auto-20261031-093000.zip.4242.0.tmp"
    temp_archive.write_bytes(b"half an archive")
    running = folder / ".newsdesk-backup-still-running"
    running.mkdir()
    by_hand = folder / ".notes"
    by_hand.write_text("mine")
    old = time.time() - STALE_AFTER_S - 60
    for path in (snapshot_dir, temp_archive, by_hand):
        os.utime(path, (old, old))

    assert sorted(p.name for p in sweep_leftovers(folder)) == sorted(
        [snapshot_dir.name, temp_archive.name]
    )
    assert running.is_dir() and by_hand.is_file()
    assert daily_backup(demo_newsroom.data_dir, now=DAY_ONE).report is not None
