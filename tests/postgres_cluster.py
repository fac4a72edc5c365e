"""A private PostgreSQL cluster for the tests: initdb in a temp folder, a Unix socket only.

Debian's ``postgresql`` package provides the server binaries; nothing listens on
the network (``listen_addresses=''``), and the cluster is removed when the test
run ends. Each test gets a fresh database, so no two tests share data.

Set ``NEWSDESK_TEST_POSTGRES=required`` (CI does) to make a missing server an
error instead of a skip — a green run must not hide that PostgreSQL never ran.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

REQUIRED_ENV = "NEWSDESK_TEST_POSTGRES"
_counter = itertools.count(1)


def _server_bin() -> Path | None:
    found = shutil.which("pg_ctl")
    candidates = [Path(found).parent] if found else []
    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    return None


def unavailable(reason: str) -> None:
    """Skip — or fail, when the run requires PostgreSQL."""
    if os.environ.get(REQUIRED_ENV) == "required":
        pytest.fail(f"PostgreSQL is required for this run but {reason}", pytrace=False)
    pytest.skip(f"PostgreSQL tests skipped: {reason}")


class Cluster:
    """A running throwaway cluster; ``new_database()`` gives a fresh SQLAlchemy URL."""

    def __init__(self, root: Path, bin_dir: Path) -> None:
        self.root = root
        self.bin_dir = bin_dir
        self.data = root / "data"
        self.socket = root / "socket"
        self._as_postgres = os.geteuid() == 0  # initdb refuses to run as root

    def _run(self, *command: str) -> None:
        argv = list(command)
        if self._as_postgres:
            argv = ["runuser", "-u", "postgres", "--", *argv]
        subprocess.run(argv, check=True, capture_output=True, text=True)

    def start(self) -> None:
        self.socket.mkdir(parents=True)
        self.data.mkdir(parents=True)
        if self._as_postgres:
            shutil.chown(self.root, "postgres")
            for folder in (self.data, self.socket):
                shutil.chown(folder, "postgres")
        self._run(
            str(self.bin_dir / "initdb"),
            "-D", str(self.data), "-U", "postgres", "-E", "UTF8",
            "--locale=C.UTF-8", "--auth=trust",
        )  # fmt: skip
        options = (
            f"-k {self.socket} -c listen_addresses='' -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run(
            str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-o", options,
            "-l", str(self.root / "server.log"), "-w", "start",
        )  # fmt: skip

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "stop")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@/{database}?host={self.socket}"

    def new_database(self, *, template: str | None = None) -> str:
        """CREATE a fresh database (empty, or a copy of ``template``) and return its URL."""
        import psycopg

        name = f"newsdesk_test_{os.getpid()}_{next(_counter)}"
        copy = f' TEMPLATE "{template}"' if template else ""
        with psycopg.connect(f"host={self.socket} user=postgres dbname=postgres") as conn:
            conn.autocommit = True
            conn.execute(f'CREATE DATABASE "{name}"{copy}')
        return self.url(name)


@contextlib.contextmanager
def running_cluster() -> Iterator[Cluster]:
    """Start a cluster for the test session (skips — or fails — where it cannot run)."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        unavailable("the psycopg driver is not installed")
    bin_dir = _server_bin()
    if bin_dir is None:
        unavailable("no PostgreSQL server binaries (Debian package postgresql)")
        raise AssertionError("unreachable")
    root = Path(tempfile.mkdtemp(prefix="newsdesk-pg-"))
    cluster = Cluster(root, bin_dir)
    try:
        cluster.start()
    except (OSError, subprocess.CalledProcessError) as exc:
        shutil.rmtree(root, ignore_errors=True)
        detail = getattr(exc, "stderr", "") or str(exc)
        unavailable(f"the test cluster did not start: {detail.strip()[:300]}")
    try:
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(root, ignore_errors=True)
