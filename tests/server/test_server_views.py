"""The view tally on its own: batches that wait, and reads that stay exact across a flush."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.server.conftest import article_payload

from newsdesk.server import articles
from newsdesk.server.models import ServerArticle
from newsdesk.server.schemas import ArticleIn
from newsdesk.server.storage import DATABASE_FILE, ServerStore
from newsdesk.server.testing import sample_settings
from newsdesk.server.views import ViewCounter, ViewOverlay

DAY = "2026-11-20"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ServerStore]:
    store = ServerStore(tmp_path)
    yield store
    store.dispose()


def _article(store: ServerStore, counter: ViewCounter) -> uuid.UUID:
    key = uuid.uuid4()
    payload = ArticleIn.model_validate_json(json.dumps(article_payload(1)))
    with store.session() as session:
        settings = sample_settings("http://127.0.0.1:9/")
        articles.put_article(session, settings, key, payload, counter.overlay(session))
    return key


def _shown(store: ServerStore, counter: ViewCounter, key: uuid.UUID) -> int:
    def build(overlay: ViewOverlay) -> int:
        stored = session.scalar(select(ServerArticle.view_count).where(ServerArticle.id == key))
        return int(stored or 0) + overlay.article(key)

    with store.read_session() as session:
        return counter.read(session, build)


def _stored(store: ServerStore, key: uuid.UUID) -> int:
    with store.read_session() as session:
        stored = session.scalar(select(ServerArticle.view_count).where(ServerArticle.id == key))
        return int(stored or 0)


def test_a_batch_the_database_refuses_waits_in_memory(tmp_path: Path, store: ServerStore) -> None:
    counter = ViewCounter(store)
    key = _article(store, counter)
    for _ in range(5):
        counter.record(key, DAY)
    blocker = sqlite3.connect(tmp_path / DATABASE_FILE, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        assert counter.flush(patience=0) is False  # locked past the busy timeout
        assert counter.pending() == 5
        assert _shown(store, counter, key) == 5 and _stored(store, key) == 0
        counter.record(key, DAY)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert counter.flush() is True
    assert counter.pending() == 0
    assert _stored(store, key) == 6 and _shown(store, counter, key) == 6
    assert ViewCounter(store).pending() == 0  # a restarted server adds nothing twice
    assert _shown(store, ViewCounter(store), key) == 6


def test_a_flush_during_a_read_does_not_count_a_batch_twice(store: ServerStore) -> None:
    counter = ViewCounter(store)
    key = _article(store, counter)
    for _ in range(3):
        counter.record(key, DAY)
    calls = []

    def build(overlay: ViewOverlay) -> int:
        stored = session.scalar(select(ServerArticle.view_count).where(ServerArticle.id == key))
        if not calls:
            assert counter.flush()  # commits between this read and the batch check
        calls.append(overlay.article(key))
        return int(stored or 0) + overlay.article(key)

    with store.read_session() as session:
        assert counter.read(session, build) == 3
    assert calls == [3, 0]  # built again: the second time the database had the batch
