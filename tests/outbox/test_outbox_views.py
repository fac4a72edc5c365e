"""조회수: views counted by the server come home to the article list."""

from __future__ import annotations

import httpx
from tests.outbox.conftest import TARGET, Newspaper, add_target, drain, make_outbox

from newsdesk.server.testing import RunningServer
from newsdesk.services.articles import ArticleService
from newsdesk.store.models import Publication


def test_view_counts_sync_without_touching_versions(
    server: RunningServer, paper: Newspaper
) -> None:
    add_target(paper.newsroom, server.base_url, server.write_token)
    outbox = make_outbox(paper.newsroom, server.base_url, server.write_token)
    ids = [paper.article("많이 읽힌 기사"), paper.article("덜 읽힌 기사")]
    for article_id in ids:
        outbox.enqueue(TARGET, article_id, "put")
    drain(outbox)
    with paper.newsroom.db.session() as session:
        urls = {p.article_id: p.url for p in session.query(Publication)}
    for article_id, readers in zip(ids, (3, 1), strict=True):
        for _ in range(readers):
            assert httpx.get(urls[article_id], timeout=5).status_code == 200
    service = ArticleService(paper.newsroom)
    before = {a: (service.get(a).version, service.get(a).updated_at) for a in ids}

    assert outbox.sync_view_counts(TARGET) == 2
    assert [service.get(a).view_count for a in ids] == [3, 1]
    # Readers reading must not make an open editor's save conflict.
    assert {a: (service.get(a).version, service.get(a).updated_at) for a in ids} == before
    rows = {row.id: row.view_count for row in service.rows()}
    assert [rows[a] for a in ids] == [3, 1]
    assert outbox.sync_view_counts(TARGET) == 0  # nothing changed since
