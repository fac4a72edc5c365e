"""Fixtures for site tests: golden-file comparison, a local HTTP server and headless Chromium.

The browser fixtures skip (with a reason) when Chromium or chromedriver is
missing, so the suite stays green on machines without a browser.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

GOLDEN_DIR = Path(__file__).parent / "golden"
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")


@pytest.fixture
def golden() -> Callable[[str, str], None]:
    """``golden(name, text)``: compare whole against tests/site/golden/<name>.

    ``NEWSDESK_UPDATE_GOLDEN=1`` rewrites the file instead (then review the diff).
    """

    def check(name: str, text: str) -> None:
        path = GOLDEN_DIR / name
        if os.environ.get("NEWSDESK_UPDATE_GOLDEN") == "1" or not path.exists():
            path.write_text(text, encoding="utf-8", newline="\n")
            if os.environ.get("NEWSDESK_UPDATE_GOLDEN") != "1":
                pytest.fail(f"golden file {name} was missing and has been written; re-run")
            return
        expected = path.read_text(encoding="utf-8")
        assert text == expected, f"{name} differs from the golden file (NEWSDESK_UPDATE_GOLDEN=1)"

    return check


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def site_server() -> Iterator[Callable[[Path], str]]:
    """``site_server(folder) -> base_url`` serving ``folder`` on 127.0.0.1 (random port)."""
    servers: list[http.server.ThreadingHTTPServer] = []

    def serve(folder: Path) -> str:
        handler = functools.partial(_QuietHandler, directory=str(folder))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/"

    yield serve
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def chrome(tmp_path: Path) -> Iterator[Any]:
    """A headless Chromium WebDriver (skips when the browser is not installed)."""
    if not CHROMIUM.exists() or not CHROMEDRIVER.exists():
        pytest.skip("headless Chromium not installed (/usr/bin/chromium, /usr/bin/chromedriver)")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    profile = tmp_path / "chrome-profile"
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1600",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
