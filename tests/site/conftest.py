"""Fixtures for site tests: golden-file comparison.

The local HTTP server (``site_server``) and headless Chromium (``chrome``)
come from tests/conftest.py, shared with the server and end-to-end tests.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

GOLDEN_DIR = Path(__file__).parent / "golden"


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
