"""Sweeping temp files that writers killed mid-write left behind — and nothing else."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdesk import atomic_files
from newsdesk.atomic_files import (
    STALE_AFTER_S,
    atomic_write_bytes,
    process_alive,
    sweep_temp_files,
    temp_file_pid,
    temp_name,
)
from newsdesk.media.photo_store import PhotoStore
from newsdesk.publish.static_site import StaticSiteExporter
from newsdesk.site.plan import PlannedFile

SHA = "ab" + "0" * 62


@pytest.fixture(scope="module")
def dead_pid() -> int:
    """The pid of a process that has exited and been reaped."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.fixture
def live_pid() -> Iterator[int]:
    """The pid of another process that is running (a second export, say)."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        yield child.pid
    finally:
        child.kill()
        child.wait()


def _names(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if not p.is_dir()}


def test_the_writer_uses_the_pattern_the_sweeper_recognises(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    real_replace = os.replace

    def spy(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        seen.append(Path(source).name)
        real_replace(source, target)

    monkeypatch.setattr(atomic_files.os, "replace", spy)
    atomic_write_bytes(tmp_path / "기사 1.html", b"x")
    assert len(seen) == 1
    assert temp_file_pid(seen[0]) == os.getpid()


@pytest.mark.parametrize(
    "name",
    ["index.html", "2024.1.2.html", "page.html", ".htaccess", "notes.tmp", ".notes.tmp",
     ".a.b.tmp", ".page.html.123.tmp", ".page.html.abc.0.tmp", ".page.html.1.2.tmp~",
     "page.html.1.2.tmp", ".page.html.1.2.TMP", "..1.2.tmp.bak"],
)  # fmt: skip
def test_foreign_names_are_not_temp_files(name: str) -> None:
    assert temp_file_pid(name) is None


@pytest.mark.parametrize("name", ["index.html", "기사.html", ".newsdesk-export.json", "a.1.2.b"])
def test_own_names_round_trip(name: str) -> None:
    assert temp_file_pid(temp_name(name, 4242, 17)) == 4242


def test_sweep_removes_only_dead_writers_temp_files(
    tmp_path: Path, dead_pid: int, live_pid: int
) -> None:
    site = tmp_path / "site"
    deep = site / "articles" / "2024"
    deep.mkdir(parents=True)
    foreign = [".htaccess", "notes.tmp", ".notes.tmp", ".page.html.123.tmp", "index.html"]
    for name in foreign:
        (site / name).write_text("mine")
    dead = [site / temp_name("index.html", dead_pid, 0), deep / temp_name("1.html", dead_pid, 9)]
    live = deep / temp_name("2.html", live_pid, 0)
    for path in [*dead, live]:
        path.write_text("<html>half a page")
    a_folder = site / temp_name("folder", dead_pid, 1)  # a directory is never a temp file
    a_folder.mkdir()

    assert sweep_temp_files(site) == 2
    assert _names(site) == {*foreign, "articles/2024/" + live.name}
    assert a_folder.is_dir()


def test_old_temp_files_go_even_if_their_pid_was_reused(tmp_path: Path, live_pid: int) -> None:
    old = tmp_path / temp_name("index.html", live_pid, 0)
    old.write_text("x")
    long_ago = time.time() - STALE_AFTER_S - 60
    os.utime(old, (long_ago, long_ago))
    assert sweep_temp_files(tmp_path) == 1
    assert not old.exists()


def test_symlinks_are_neither_followed_nor_removed(tmp_path: Path, dead_pid: int) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    outside = elsewhere / temp_name("x.html", dead_pid, 0)
    outside.write_text("not the site's")
    site = tmp_path / "site"
    site.mkdir()
    (site / "linked").symlink_to(elsewhere, target_is_directory=True)
    (site / temp_name("y.html", dead_pid, 0)).symlink_to(outside)
    assert sweep_temp_files(site) == 0
    assert outside.exists()


def test_a_missing_folder_sweeps_nothing(tmp_path: Path) -> None:
    assert sweep_temp_files(tmp_path / "nowhere") == 0


def test_process_alive(dead_pid: int, live_pid: int) -> None:
    assert process_alive(os.getpid())
    assert process_alive(live_pid)
    assert not process_alive(dead_pid)
    assert not process_alive(0)


def test_export_sweeps_its_folder_but_keeps_a_running_exports_files(
    tmp_path: Path, dead_pid: int, live_pid: int
) -> None:
    out = tmp_path / "site"
    (out / "articles").mkdir(parents=True)
    leftover = out / "articles" / temp_name("1.html", dead_pid, 3)
    running = out / temp_name("index.html", live_pid, 0)
    for path in (leftover, running):
        path.write_text("<html>")
    (out / ".htaccess").write_text("Options -Indexes")

    planned = [PlannedFile("index.html", "i", lambda: b"<html>index</html>")]
    StaticSiteExporter(out).run(planned)
    assert not leftover.exists()
    assert running.exists()
    assert (out / ".htaccess").read_text() == "Options -Indexes"


def test_photo_store_sweeps_before_its_first_write(tmp_path: Path, dead_pid: int) -> None:
    store = PhotoStore(tmp_path / "photos")
    folder = store.originals_root / "cd"
    folder.mkdir(parents=True)
    leftover = folder / temp_name("cd" + "1" * 62 + ".jpg", dead_pid, 0)
    leftover.write_bytes(b"\xff\xd8 half a photo")
    (folder / "notes.tmp").write_text("a person's file")

    assert store.store_original(SHA, "JPEG", b"\xff\xd8 photo")
    assert not leftover.exists()
    assert (folder / "notes.tmp").exists()
    assert store.find_original(SHA) is not None
