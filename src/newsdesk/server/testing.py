"""A real server on 127.0.0.1 for tests (ours and the publishing client's).

Real sockets, a real uvicorn, a fresh data folder: the client's timeouts,
retries and outbox are only meaningful against the genuine article.
``restart()`` stops and starts the server on the same port and data folder,
for "the server went away mid-queue" tests.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import uvicorn

from newsdesk.server.app import create_app
from newsdesk.server.settings import ServerSettings, save_settings, with_field
from newsdesk.server.storage import ServerStore
from newsdesk.server.tokens import create_token

#: Test values for every legally required footer field.
TEST_FOOTER = {
    "masthead": "시흥신문",
    "registration_number": "경기 아00000",
    "registration_date": "2020년 1월 2일",
    "publisher": "홍길동",
    "editor": "김편집",
    "youth_protection_officer": "이보호",
    "address": "경기도 시흥시 시청로 20",
    "phone": "031-000-0000",
    "email": "news@example.kr",
}


def sample_settings(base_url: str) -> ServerSettings:
    """A complete site profile pointing at ``base_url``."""
    settings = ServerSettings()
    for name, value in {"name": "시흥신문", "base_url": base_url, **TEST_FOOTER}.items():
        settings = with_field(settings, name, value)
    return settings


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class RunningServer:
    """Handle on a server running in a background thread."""

    base_url: str  # "http://127.0.0.1:PORT/" (ends with "/")
    write_token: str
    read_token: str
    data_dir: Path
    port: int
    database_url: str | None = None
    view_flush_seconds: float = 1.0
    _server: uvicorn.Server | None = field(default=None, repr=False)
    _thread: threading.Thread | None = field(default=None, repr=False)

    def start(self, timeout: float = 15.0) -> None:
        """Start (or start again) on the same port and data folder; wait for /api/v1/health."""
        if self._thread is not None:
            raise RuntimeError("the server is already running")
        app = create_app(
            self.data_dir,
            database_url=self.database_url,
            view_flush_seconds=self.view_flush_seconds,
        )
        config = uvicorn.Config(
            app,
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
            lifespan="on",
            timeout_graceful_shutdown=5,
        )
        server = uvicorn.Server(config)
        thread = threading.Thread(
            target=server.run, name=f"newsdesk-server-{self.port}", daemon=True
        )
        thread.start()
        self._server, self._thread = server, thread
        deadline = time.monotonic() + timeout
        while True:
            try:
                if httpx.get(self.base_url + "api/v1/health", timeout=1.0).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if not thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"test server on port {self.port} did not start")
            time.sleep(0.02)

    def stop(self) -> None:
        """Stop serving and wait for the thread; a no-op when already stopped."""
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is None or thread is None:
            return
        server.should_exit = True
        thread.join(timeout=15)

    def restart(self) -> None:
        self.stop()
        self.start()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()


@contextmanager
def running_server(
    tmp_dir: Path,
    *,
    port: int = 0,
    database_url: str | None = None,
    view_flush_seconds: float = 1.0,
) -> Iterator[RunningServer]:
    """Start a server with a fresh data folder under ``tmp_dir``, yield it, stop it.

    A long ``view_flush_seconds`` keeps page views in memory until the server stops.
    """
    port = port or free_port()
    base_url = f"http://127.0.0.1:{port}/"
    data_dir = tmp_dir / "server-data"
    data_dir.mkdir(parents=True, exist_ok=True)
    save_settings(data_dir, sample_settings(base_url))
    store = ServerStore(data_dir, database_url=database_url)
    try:
        with store.session() as session:
            write_token = create_token(session, "test-write", "write")
            read_token = create_token(session, "test-read", "read")
    finally:
        store.dispose()
    server = RunningServer(
        base_url, write_token, read_token, data_dir, port, database_url, view_flush_seconds
    )
    server.start()
    try:
        yield server
    finally:
        server.stop()
