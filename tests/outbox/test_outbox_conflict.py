"""409s: another client changed the article on the server; nothing is overwritten silently."""

from __future__ import annotations

from typing import Any

from tests.outbox.conftest import (
    START,
    TARGET,
    Newspaper,
    add_target,
    drain,
    hex_id,
    make_client,
    make_outbox,
    server_state,
)
from tests.outbox.fault_proxy import DROP_AFTER_FORWARD, FaultProxy

from newsdesk.publish.payload import content_hash
from newsdesk.server.testing import RunningServer
from newsdesk.services.articles import ArticleService
from newsdesk.services.outbox import OutboxService
from newsdesk.store.models import OutboxJob, Publication, Revision

OTHER_BODY = (
    "<p>서버에서 고친 <strong>본문</strong>입니다.</p>\n<ul>\n<li>하나</li>\n<li>둘</li>\n</ul>"
)


def _edit_on_server(server: RunningServer, article_id: str, headline: str) -> dict[str, Any]:
    """Another desk (or the web admin) changes the article directly on the server."""
    with make_client(server.base_url, server.write_token, timeout=5) as other:
        current = other.get_article(article_id)
        assert current is not None
        keys = [
            "subheadline",
            "summary",
            "section",
            "tags",
            "byline",
            "status",
            "number",
            "slug",
            "published_at",
            "updated_at",
            "main_photo",
            "photos",
        ]
        body = {key: current[key] for key in keys}
        body.update(headline=headline, body_html=OTHER_BODY)
        body["content_hash"] = content_hash(body)
        other.put_article(article_id, {**body, "base_revision": current["revision"]})
        stored = other.get_article(article_id)
        assert stored is not None
        return stored


def _published(server: RunningServer, paper: Newspaper) -> tuple[OutboxService, str]:
    add_target(paper.newsroom, server.base_url, server.write_token)
    outbox = make_outbox(paper.newsroom, server.base_url, server.write_token)
    article_id = paper.article("원래 제목", photo_seeds=(1,))
    outbox.enqueue(TARGET, article_id, "put")
    drain(outbox)
    return outbox, article_id


def _job(paper: Newspaper, job_id: int) -> OutboxJob:
    with paper.newsroom.db.session() as session:
        job = session.get(OutboxJob, job_id)
        assert job is not None
        return job


def test_conflict_keeps_both_versions_then_local_wins(
    server: RunningServer, paper: Newspaper
) -> None:
    outbox, article_id = _published(server, paper)
    theirs = _edit_on_server(server, article_id, "서버에서 바꾼 제목")
    paper.edit(article_id, "데스크에서 고친 본문")
    job_id = outbox.enqueue(TARGET, article_id, "put")
    report = outbox.run_due(START)
    assert report.conflicts == [job_id]

    job = _job(paper, job_id)
    assert job.state == "conflict" and "choose which version" in job.last_error
    assert job.detail["server"]["headline"] == "서버에서 바꾼 제목"
    assert job.detail["server"]["revision"] == theirs["revision"] == 2
    assert job.detail["local_hash"] != theirs["content_hash"]
    ((_id, _n, revision, server_hash, _live),) = server_state(server).articles
    assert (revision, server_hash) == (2, theirs["content_hash"])  # not overwritten
    assert ArticleService(paper.newsroom).get(article_id).body == "데스크에서 고친 본문"
    assert outbox.enqueue(TARGET, article_id, "put") == job_id  # still waiting for a choice
    assert _job(paper, job_id).state == "conflict"

    outbox.resolve_conflict(job_id, "local")
    drain(outbox)
    ((_id, _n, revision, server_hash, _live),) = server_state(server).articles
    with paper.newsroom.db.session() as session:
        publication = session.query(Publication).one()
    assert revision == 3 and server_hash == publication.content_hash
    assert _job(paper, job_id).state == "sent"


def test_conflict_resolved_by_taking_the_server_version(
    server: RunningServer, paper: Newspaper
) -> None:
    outbox, article_id = _published(server, paper)
    _edit_on_server(server, article_id, "서버에서 바꾼 제목")
    paper.edit(article_id, "데스크에서 고친 본문")
    job_id = outbox.enqueue(TARGET, article_id, "put")
    outbox.run_due(START)
    outbox.resolve_conflict(job_id, "server")

    article = ArticleService(paper.newsroom).get(article_id)
    assert article.headline == "서버에서 바꾼 제목"
    assert article.body == "서버에서 고친 **본문**입니다.\n\n- 하나\n- 둘\n"
    with paper.newsroom.db.session() as session:
        revision = session.query(Revision).filter_by(reason="server").one()
        publication = session.query(Publication).one()
    assert "converted from the server's HTML" in revision.note
    assert revision.snapshot["body"] == article.body
    assert publication.remote_revision == 2
    assert _job(paper, job_id).state == "resolved"
    assert len(server_state(server).articles) == 1

    # The next publish is based on the server's revision: no conflict.
    paper.edit(article_id, article.body + "\n추가 문단")
    outbox.enqueue(TARGET, article_id, "put")
    drain(outbox)
    ((_id, _n, revision_number, _h, _live),) = server_state(server).articles
    assert revision_number == 3


def test_number_taken_by_another_article_fails_clearly(
    server: RunningServer, paper: Newspaper
) -> None:
    outbox, first = _published(server, paper)
    with paper.newsroom.db.session() as session:
        session.query(Publication).delete()
    second = paper.article("두 번째 기사")
    # Simulate another newsroom that already used number 2 on this server.
    with make_client(server.base_url, server.write_token, timeout=5) as other:
        current = other.get_article(first)
        assert current is not None
        intruder = {k: v for k, v in current.items() if k not in {"revision", "view_count", "url"}}
        intruder.update(number=2, content_hash="f" * 64, id=None)
        intruder.pop("id")
        other.put_article("00000000-0000-4000-8000-000000000002", intruder)
    job_id = outbox.enqueue(TARGET, second, "put")
    (failed,) = outbox.run_due(START).failed
    assert failed[0] == job_id and "another article with this number" in failed[1]


def test_own_write_whose_answer_was_lost_is_not_a_conflict(
    server: RunningServer, paper: Newspaper
) -> None:
    proxy = FaultProxy("127.0.0.1", server.port)
    try:
        add_target(paper.newsroom, proxy.url, server.write_token)
        outbox = make_outbox(paper.newsroom, proxy.url, server.write_token)
        article_id = paper.article("응답이 사라진 기사")
        proxy.on("PUT", "/api/v1/articles/", DROP_AFTER_FORWARD)
        job_id = outbox.enqueue(TARGET, article_id, "put")
        assert outbox.run_due(START).retrying  # the server stored it; we never heard
        paper.edit(article_id, "그 사이에 고친 본문")
        drain(outbox)
        job = _job(paper, job_id)
        assert job.state == "sent" and "server" not in job.detail
        ((row_id, _n, revision, _h, _live),) = server_state(server).articles
        assert row_id == hex_id(article_id) and revision == 2
    finally:
        proxy.close()
