"""kill -9 during ``newsdesk export html``: the next export leaves no temp file behind.

A real subprocess exports a synthetic newsroom big enough (1,500 articles,
about two seconds of writing) that a SIGKILL at a random moment lands while
staged temp pages sit in the public folder, as in the report of issue 8.
"""

from __future__ import annotations

import importlib.util
import json
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdesk.publish.export_manifest import MANIFEST_NAME, sha256_file
from newsdesk.services.export import SiteExportService
from newsdesk.services.newsroom import Newsroom

BUILDER = Path(__file__).resolve().parents[2] / "benchmarks" / "synthetic_newsroom.py"
ARTICLES = 1500
TRIALS = 3
KILLS_PER_TRIAL = 2  # two killed exports in a row: leftovers of two pids accumulate


def _build(data_dir: Path, count: int) -> None:
    spec = importlib.util.spec_from_file_location("synthetic_newsroom", BUILDER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.build(data_dir, count).close()


@pytest.fixture(scope="module")
def big_newsroom(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    data_dir = tmp_path_factory.mktemp("kill-export") / "data"
    _build(data_dir, ARTICLES)
    yield data_dir


def _temp_files(folder: Path) -> list[str]:
    """Hidden ``*.tmp`` files anywhere below ``folder`` (by name, as a visitor would see)."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob(".*.tmp") if p.is_file())


def _site_files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def _export_killed_at_random(data_dir: Path, out: Path, rng: random.Random) -> float:
    """Start a CLI export, SIGKILL it a random time after it starts writing; the delay."""
    child = subprocess.Popen(
        [sys.executable, "-m", "newsdesk", "--data", str(data_dir), "export", "html", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 120
        while not out.exists() and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        delay = rng.uniform(0.0, 1.0)
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        assert child.stderr is not None
        errors = child.stderr.read().decode(errors="replace")
        child.stderr.close()
    assert child.returncode in (-signal.SIGKILL, 0), errors[-2000:]
    return delay


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_export_after_kill_9_leaves_no_temp_files_and_a_complete_site(
    big_newsroom: Path, tmp_path: Path
) -> None:
    room = Newsroom.open(big_newsroom)
    try:
        reference = tmp_path / "reference"
        SiteExportService(room).run(reference)
        expected = _site_files(reference)
        assert len(expected) > ARTICLES

        rng = random.Random()
        leftovers_seen = 0
        for trial in range(TRIALS):
            out = tmp_path / f"site-{trial}"
            for _ in range(KILLS_PER_TRIAL):
                delay = _export_killed_at_random(big_newsroom, out, rng)
                leftovers_seen += len(_temp_files(out))
            SiteExportService(room).run(out)

            assert _temp_files(out) == [], f"trial {trial}, last kill after {delay:.2f} s"
            assert _site_files(out) == expected
            manifest = json.loads((out / MANIFEST_NAME).read_text("utf-8"))["files"]
            assert set(manifest) == expected - {MANIFEST_NAME}
            for path, entry in manifest.items():
                assert sha256_file(out / path) == entry["sha256"], path
        # Otherwise every kill came too late and the test proved nothing.
        assert leftovers_seen > 0
    finally:
        room.close()


@pytest.mark.slow
def test_two_exports_at_once_do_not_sweep_each_others_files(
    big_newsroom: Path, tmp_path: Path
) -> None:
    """The second export sweeps while the first has staged pages: those must survive."""
    out = tmp_path / "site"
    argv = [sys.executable, "-m", "newsdesk", "--data", str(big_newsroom), "export", "html"]
    children = [
        subprocess.Popen([*argv, str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    ]
    deadline = time.monotonic() + 120
    while not _temp_files(out) and children[0].poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    children.append(
        subprocess.Popen([*argv, str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    )
    for child in children:
        _, errors = child.communicate(timeout=300)
        assert child.returncode == 0, errors.decode(errors="replace")[-2000:]
    assert _temp_files(out) == []
    assert (out / MANIFEST_NAME).is_file()
