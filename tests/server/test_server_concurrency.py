"""Concurrent requests: one copy per article, every page view counted, none twice."""

from __future__ import annotations

import re
import sqlite3
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session
from tests.server.conftest import article_payload

from newsdesk.server.models import DailyViews, ServerArticle
from newsdesk.server.storage import DATABASE_FILE
from newsdesk.server.testing import RunningServer, running_server


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


def _publish_one(server: RunningServer) -> tuple[str, str]:
    """Publish an article; (its API URL, its public page URL)."""
    api = f"{server.base_url}api/v1/articles/{uuid.uuid4()}"
    created = httpx.put(api, json=article_payload(1), headers=_writer(server))
    assert created.status_code == 201
    return api, created.json()["url"]


def _writer(server: RunningServer) -> dict[str, str]:
    return {"Authorization": f"Bearer {server.write_token}"}


def _views(server: RunningServer, api: str) -> tuple[int, str]:
    """(the API's view count, the index page's counters)."""
    stored = httpx.get(api, headers=_writer(server)).json()["view_count"]
    return stored, _COUNTERS.search(httpx.get(server.base_url).text).group(0)  # type: ignore[union-attr]


_COUNTERS = re.compile(r"오늘 <strong>[\d,]+</strong> / 전체 <strong>[\d,]+</strong>")


def _view(page: str, times: int, at_once: int) -> list[int]:
    """GET ``page`` ``times`` times, ``at_once`` at a time; the status codes."""
    limits = httpx.Limits(max_connections=at_once)
    with httpx.Client(timeout=30, limits=limits) as client, ThreadPoolExecutor(at_once) as pool:
        return list(pool.map(lambda _: client.get(page).status_code, range(times)))


def test_parallel_page_views_are_all_counted(server: RunningServer) -> None:
    api, page = _publish_one(server)
    assert _view(page, 200, 20) == [200] * 200
    assert _views(server, api) == (200, "오늘 <strong>200</strong> / 전체 <strong>200</strong>")
    time.sleep(2.5)  # past a flush: the database has them all, none counted twice
    assert _views(server, api) == (200, "오늘 <strong>200</strong> / 전체 <strong>200</strong>")
    assert _stored(server) == (200, 200)


def _stored(server: RunningServer) -> tuple[int, int]:
    """(article views, day views) in the database itself, past the server."""
    engine = create_engine(f"sqlite:///{server.data_dir / DATABASE_FILE}")
    try:
        with Session(engine) as session:
            article = session.scalar(select(ServerArticle.view_count)) or 0
            days = session.scalar(select(func.coalesce(func.sum(DailyViews.views), 0))) or 0
            return int(article), int(days)
    finally:
        engine.dispose()


def _hold_write_lock(server: RunningServer, seconds: float, locked: threading.Event) -> None:
    """Keep SQLite's write lock longer than the busy timeout, as a backup or admin shell may."""
    connection = sqlite3.connect(server.data_dir / DATABASE_FILE, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        locked.set()
        time.sleep(seconds)
        connection.execute("ROLLBACK")
    finally:
        connection.close()


def test_views_while_the_database_is_locked_all_succeed_and_are_saved_later(
    server: RunningServer,
) -> None:
    api, page = _publish_one(server)
    assert _views(server, api)[0] == 0  # the tokens' last use is recorded before the lock
    locked = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(server, 8.0, locked))
    holder.start()
    assert locked.wait(5)
    try:
        assert _view(page, 100, 20) == [200] * 100
        assert _views(server, api)[0] == 100  # shown from memory
        # A token's first use is recorded in the database: it waits, then gives up, not a 500.
        first_use = {"Authorization": f"Bearer {server.read_token}"}
        assert httpx.get(api, headers=first_use, timeout=30).json()["view_count"] == 100
        assert holder.is_alive()  # all answered while the lock was still held
    finally:
        holder.join()
    deadline = time.monotonic() + 15
    while _stored(server) != (100, 100) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _stored(server) == (100, 100)  # saved once the lock was gone, none twice
    assert _views(server, api) == (100, "오늘 <strong>100</strong> / 전체 <strong>100</strong>")


def test_unsaved_views_are_shown_and_saved_at_shutdown(tmp_path: Path) -> None:
    with running_server(tmp_path, view_flush_seconds=3600) as server:
        api, page = _publish_one(server)
        assert _view(page, 50, 10) == [200] * 50
        assert "조회수 </span>50<" in httpx.get(f"{server.base_url}list/1.html").text
        assert _views(server, api) == (50, "오늘 <strong>50</strong> / 전체 <strong>50</strong>")
        listing = httpx.get(f"{server.base_url}api/v1/articles", headers=_writer(server)).json()
        assert listing["items"][0]["view_count"] == 50
        assert _stored(server) == (0, 0)  # all of them still in memory
        server.stop()
        assert _stored(server) == (50, 50)
        server.start()  # and counted once, not again from memory
        assert _views(server, api) == (50, "오늘 <strong>50</strong> / 전체 <strong>50</strong>")
