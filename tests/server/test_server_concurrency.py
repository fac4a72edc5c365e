"""Concurrent requests: one copy per article, every page view counted."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor

import httpx
from tests.server.conftest import article_payload

from newsdesk.server.testing import RunningServer


def test_parallel_puts_of_one_article_store_one_copy(server: RunningServer) -> None:
    key = uuid.uuid4()
    url = f"{server.base_url}api/v1/articles/{key}"
    headers = {"Authorization": f"Bearer {server.write_token}"}
    payload = article_payload(1)

    def put(_: int) -> httpx.Response:
        return httpx.put(url, json=payload, headers=headers, timeout=30)

    with ThreadPoolExecutor(8) as pool:
        responses = list(pool.map(put, range(16)))
    assert sorted(r.status_code for r in responses) == [200] * 15 + [201]
    assert {r.json()["revision"] for r in responses} == {1}
    listing = httpx.get(f"{server.base_url}api/v1/articles", headers=headers).json()
    assert listing["total"] == 1


def test_parallel_page_views_are_all_counted(server: RunningServer) -> None:
    headers = {"Authorization": f"Bearer {server.write_token}"}
    key = uuid.uuid4()
    created = httpx.put(
        f"{server.base_url}api/v1/articles/{key}", json=article_payload(1), headers=headers
    )
    page = created.json()["url"]
    with ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(lambda _: httpx.get(page, timeout=30).status_code, range(40)))
    assert statuses == [200] * 40
    stored = httpx.get(f"{server.base_url}api/v1/articles/{key}", headers=headers).json()
    assert stored["view_count"] == 40
    assert "오늘 <strong>40</strong> / 전체 <strong>40</strong>" in httpx.get(server.base_url).text
