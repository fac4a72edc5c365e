"""Shared fixtures: every test gets its own data folder and database.

Qt must be told to render offscreen before it is imported anywhere, and
QtWebEngine's Chromium refuses to start as root with its sandbox on — so the
sandbox is disabled here, for tests only (never in the app).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsdesk.services.newsroom import Newsroom

#: A fixed "now" for the demo so golden output and counters are reproducible.
DEMO_NOW = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)


@pytest.fixture
def newsroom(tmp_path: Path) -> Iterator[Newsroom]:
    """A fresh, empty newsroom in a temporary data folder."""
    room = Newsroom.open(tmp_path / "data")
    yield room
    room.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo data folder built once per test run; tests get copies of it."""
    from newsdesk.services.demo import build_demo

    folder = tmp_path_factory.mktemp("demo-template") / "data"
    room = Newsroom.open(folder)
    build_demo(room, now=DEMO_NOW)
    with room.db.engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    room.close()
    return folder


@pytest.fixture
def demo_newsroom(demo_template: Path, tmp_path: Path) -> Iterator[Newsroom]:
    """A private copy of the demo newsroom."""
    folder = tmp_path / "demo"
    shutil.copytree(demo_template, folder)
    room = Newsroom.open(folder)
    yield room
    room.close()
