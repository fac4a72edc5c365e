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

import contextlib
import functools
import http.server
import shutil
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.errors
import pytest

from newsdesk.services.newsroom import Newsroom

#: A fixed "now" for the demo so golden output and counters are reproducible.
DEMO_NOW = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)


# --------------------------------------------------------------------------
# Both databases. In the folders named in BOTH_DATABASES every test that
# takes ``newsroom``, ``demo_newsroom`` or ``database_url`` runs twice: on
# SQLite and on a fresh database of a private PostgreSQL cluster
# (tests/postgres_cluster.py). Select one with ``-k sqlite`` / ``-k postgresql``.
# --------------------------------------------------------------------------

#: Folders (under tests/) whose tests run on both databases.
BOTH_DATABASES = ("store", "services", "cli", "publish", "outbox")


def _runs_on_both(path: Path) -> bool:
    parts = path.parts
    return "tests" in parts and parts[parts.index("tests") + 1] in BOTH_DATABASES


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only(reason): about the SQLite file itself (backups, pragmas, FTS5)"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    uses_room = {"newsroom", "demo_newsroom", "database_url"} & set(metafunc.fixturenames)
    sqlite_only = metafunc.definition.get_closest_marker("sqlite_only") is not None
    if uses_room and not sqlite_only and _runs_on_both(Path(str(metafunc.definition.fspath))):
        metafunc.parametrize("database_kind", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def database_kind(request: pytest.FixtureRequest) -> str:
    """ "sqlite" unless the test was parametrised for both databases."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Any]:
    from tests.postgres_cluster import running_cluster

    with running_cluster() as cluster:
        yield cluster


@pytest.fixture
def database_url(database_kind: str, request: pytest.FixtureRequest) -> str | None:
    """None for the data folder's SQLite file, else a fresh PostgreSQL database's URL."""
    if database_kind == "sqlite":
        return None
    cluster = request.getfixturevalue("pg_cluster")
    return str(cluster.new_database())


@pytest.fixture
def newsroom(tmp_path: Path, database_url: str | None) -> Iterator[Newsroom]:
    """A fresh, empty newsroom in a temporary data folder (and database)."""
    room = Newsroom.open(tmp_path / "data", database_url=database_url)
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
def demo_newsroom(
    demo_template: Path,
    tmp_path: Path,
    database_url: str | None,
    request: pytest.FixtureRequest,
) -> Iterator[Newsroom]:
    """A private copy of the demo newsroom (built afresh in a PostgreSQL database)."""
    folder = tmp_path / "demo"
    if database_url is None:
        shutil.copytree(demo_template, folder)
        room = Newsroom.open(folder)
    else:
        template_folder, template_db = request.getfixturevalue("pg_demo_template")
        shutil.copytree(template_folder, folder)
        cluster = request.getfixturevalue("pg_cluster")
        room = Newsroom.open(folder, database_url=cluster.new_database(template=template_db))
    yield room
    room.close()


@pytest.fixture(scope="session")
def pg_demo_template(pg_cluster: Any, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The demo newsroom built once in a PostgreSQL database that tests copy (TEMPLATE)."""
    from newsdesk.services.demo import build_demo

    folder = tmp_path_factory.mktemp("pg-demo-template") / "data"
    url = pg_cluster.new_database()
    room = Newsroom.open(folder, database_url=url)
    build_demo(room, now=DEMO_NOW)
    room.close()  # a template database must have no connections
    from sqlalchemy.engine import make_url

    return folder, str(make_url(url).database)


# --------------------------------------------------------------------------
# Browser tests: a local HTTP server and headless Chromium, shared by the
# site, server and end-to-end tests (one set of flags, one skip rule).
# --------------------------------------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROME_WINDOW = "1280,1600"
_CHROME_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)

ChromeFactory = Callable[..., AbstractContextManager[Any]]
"""``open_chrome(profile_dir, window=CHROME_WINDOW)`` -> context manager yielding a WebDriver."""
FolderServer = Callable[[Path], AbstractContextManager[str]]
"""``serving(folder)`` -> context manager yielding the base URL (ends with ``/``)."""


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextlib.contextmanager
def _serving(folder: Path) -> Iterator[str]:
    """Serve ``folder`` on 127.0.0.1 (random port) until the block ends."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def _headless_chrome(profile: Path, window: str = CHROME_WINDOW) -> Iterator[Any]:
    """A headless Chromium WebDriver with its own profile, removed when the block ends."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in (*_CHROME_FLAGS, f"--window-size={window}", f"--user-data-dir={profile}"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="session")
def folder_server() -> FolderServer:
    """For fixtures of any scope: ``with folder_server(folder) as base_url: ...``."""
    return _serving


@pytest.fixture
def site_server() -> Iterator[Callable[[Path], str]]:
    """``site_server(folder) -> base_url``, served until the test ends."""
    with contextlib.ExitStack() as servers:
        yield lambda folder: servers.enter_context(_serving(folder))


@pytest.fixture(scope="session")
def chrome_factory() -> ChromeFactory:
    """Opens headless Chromium, for fixtures of any scope.

    Skips (with a reason) when the browser is not installed, so the suite
    stays green on machines without Chromium.
    """
    if not CHROMIUM.exists() or not CHROMEDRIVER.exists():
        pytest.skip("headless Chromium not installed (/usr/bin/chromium, /usr/bin/chromedriver)")
    pytest.importorskip("selenium.webdriver")
    return _headless_chrome


@pytest.fixture
def chrome(chrome_factory: ChromeFactory, tmp_path: Path) -> Iterator[Any]:
    """A headless Chromium WebDriver (1280×1600) for one test."""
    with chrome_factory(tmp_path / "chrome-profile") as driver:
        yield driver


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Passwords in a dict: a real keyring backend, for machines without an OS keyring
    daemon (no Secret Service runs here). The one stand-in the publishing tests use."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("no such password")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Route ``keyring`` to a fresh in-memory backend for one test."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
