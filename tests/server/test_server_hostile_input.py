"""Input from the internet: whatever arrives, the answer is a 4xx problem, never a 500."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from newsdesk.server.testing import RunningServer

PROBLEM = "application/problem+json"

# Numbers past SQLite's 64-bit INTEGER, past int()'s 4300-digit limit, and
# Unicode "digits" that str.isdigit() accepts but int() refuses (²) or reads
# as a different number (Arabic-Indic ١٢ = 12).
HOSTILE_NUMBERS = {
    "20-digits": "99999999999999999999",
    "2^63": "9223372036854775808",
    "2^64": "18446744073709551616",
    "5000-digits": "1" * 5000,
    "superscript": "²",
    "arabic-indic": "١٢",
    "fullwidth": "１２",
}


@pytest.fixture
def site(server: RunningServer) -> httpx.Client:
    # No keep-alive: a connection the server drops after a crash must not hide the next answer.
    limits = httpx.Limits(max_keepalive_connections=0)
    return httpx.Client(base_url=server.base_url, timeout=10, limits=limits)


@pytest.mark.parametrize("number", HOSTILE_NUMBERS.values(), ids=HOSTILE_NUMBERS.keys())
def test_out_of_range_article_numbers_are_404(
    site: httpx.Client, publish: Callable[..., httpx.Response], number: str
) -> None:
    assert publish(12).status_code == 201  # so that a misread "١٢" would find a page
    for path in (f"articles/{number}-x.html", f"articles/{number}.html", f"list/{number}.html"):
        for method in ("GET", "HEAD"):
            response = site.request(method, path)
            assert response.status_code == 404, (method, path[:40], response.text[:200])
            if method == "GET":
                assert response.headers["content-type"].startswith(PROBLEM)


@pytest.mark.parametrize("number", HOSTILE_NUMBERS.values(), ids=HOSTILE_NUMBERS.keys())
def test_out_of_range_api_page_is_422(server: RunningServer, number: str) -> None:
    headers = {"Authorization": f"Bearer {server.read_token}"}
    limits = httpx.Limits(max_keepalive_connections=0)
    with httpx.Client(base_url=server.base_url, headers=headers, limits=limits) as reader:
        response = reader.get("api/v1/articles", params={"page": number})
    assert response.status_code == 422, response.text[:200]
    assert response.json()["type"].endswith("/validation")
