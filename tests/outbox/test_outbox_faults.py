"""The fault matrix: whatever the network does, the server ends with ONE copy.

For each fault kind (and a mixed sequence) three articles with photos — one
photo shared by two articles — are published through the fault-injecting
proxy, then one article is corrected and published again through the same
faults. The outbox runs with a fake clock (no real waiting for backoff) but
real sockets and a real 0.5 s client timeout. The server's own database and
media folder are then checked: each article once (by id and by number) with
the latest content hash and the expected revision (a repeat never made a new
revision), each photo once. The counts are printed (``pytest -s``) for the
closing note.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from tests.outbox.conftest import (
    TARGET,
    Newspaper,
    add_target,
    drain,
    hex_id,
    make_outbox,
    server_state,
)
from tests.outbox.fault_proxy import (
    DROP_AFTER_FORWARD,
    REFUSE,
    Fault,
    FaultProxy,
    delay,
    status,
)

from newsdesk.publish.payload import build_payload
from newsdesk.server.testing import RunningServer
from newsdesk.services.outbox import OutboxService
from newsdesk.services.views import article_view
from newsdesk.store.models import Article, OutboxJob, Publication

MEDIA = "/api/v1/media/"
ARTICLES = "/api/v1/articles/"
RESULTS: dict[str, dict[str, int]] = {}


def _http_date(seconds: float) -> str:
    return format_datetime(datetime.now(UTC) + timedelta(seconds=seconds), usegmt=True)


def _single(fault: Fault) -> list[tuple[str, str, list[Fault]]]:
    """The fault on the first HEAD, the first photo upload and the first two article PUTs."""
    return [("HEAD", MEDIA, [fault]), ("PUT", MEDIA, [fault]), ("PUT", ARTICLES, [fault, fault])]


MATRIX: dict[str, object] = {
    "delay": lambda: _single(delay(1.0)),
    "status500": lambda: _single(status(500)),
    "status502": lambda: _single(status(502)),
    "status503": lambda: _single(status(503)),
    "429-seconds": lambda: _single(status(429, retry_after="2")),
    "429-http-date": lambda: _single(status(429, retry_after=_http_date(3))),
    "drop-after-forward": lambda: _single(DROP_AFTER_FORWARD),
    "refuse": lambda: _single(REFUSE),
    "mixed": lambda: [
        ("HEAD", MEDIA, [status(502), REFUSE, status(429, retry_after="1")]),
        ("PUT", MEDIA, [DROP_AFTER_FORWARD, status(500), delay(1.0), DROP_AFTER_FORWARD]),
        (
            "PUT",
            ARTICLES,
            [
                DROP_AFTER_FORWARD,
                status(503),
                status(429, retry_after=_http_date(2)),
                delay(1.0),
                DROP_AFTER_FORWARD,
                REFUSE,
            ],
        ),
    ],
}


def _latest_hash(paper: Newspaper, article_id: str) -> str:
    with paper.newsroom.db.session() as session:
        article = session.get(Article, article_id)
        assert article is not None
        view = article_view(article, paper.newsroom.photos)
    return build_payload(view, paper.newsroom.photos).content_hash


def _media_shas(paper: Newspaper, article_ids: list[str]) -> set[str]:
    shas: set[str] = set()
    with paper.newsroom.db.session() as session:
        for article_id in article_ids:
            article = session.get(Article, article_id)
            assert article is not None
            view = article_view(article, paper.newsroom.photos)
            shas |= {m.sha256 for m in build_payload(view, paper.newsroom.photos).media}
    return shas


def _attempts(paper: Newspaper) -> int:
    with paper.newsroom.db.session() as session:
        return sum(job.attempts for job in session.query(OutboxJob))


def _publish_all(outbox: OutboxService, article_ids: list[str]) -> None:
    for article_id in article_ids:
        outbox.enqueue(TARGET, article_id, "put")
    drain(outbox)


@pytest.mark.parametrize("kind", list(MATRIX))
def test_fault_matrix_ends_with_exactly_one_copy(
    kind: str, server: RunningServer, paper: Newspaper
) -> None:
    proxy = FaultProxy("127.0.0.1", server.port)
    try:
        add_target(paper.newsroom, proxy.url, server.write_token)
        outbox = make_outbox(paper.newsroom, proxy.url, server.write_token)
        ids = [
            paper.article("시흥시 교육 예산 12% 증액", photo_seeds=(1, 2)),
            paper.article("배곧 신도시 도서관 개관", photo_seeds=(2, 3)),  # photo 2 shared
            paper.article("오이도 산책로 정비", body="본문\n\n![사진](photo:1)", photo_seeds=(4,)),
        ]
        script = MATRIX[kind]
        assert callable(script)
        for method, prefix, faults in script():
            proxy.on(method, prefix, *faults)
        _publish_all(outbox, ids)

        # A correction of one article, through the same faults again.
        paper.edit(ids[1], "정정된 본문입니다.\n\n![도서관](photo:2)")
        for method, prefix, faults in script():
            proxy.on(method, prefix, *faults)
        _publish_all(outbox, ids[1:2])
        proxy.wait_idle()  # a delayed request still in the proxy must land before we count

        state = server_state(server)
        by_id = {row[0]: row for row in state.articles}
        assert len(state.articles) == len(ids) == len(by_id)
        assert sorted(row[1] for row in state.articles) == [1, 2, 3]  # each number once
        for article_id in ids:
            _id, _number, revision, content_hash, live = by_id[hex_id(article_id)]
            assert live and content_hash == _latest_hash(paper, article_id)
            assert revision == (2 if article_id == ids[1] else 1), "a repeat made a revision"
        expected_media = _media_shas(paper, ids)
        assert sorted(state.media) == sorted(expected_media)  # each photo once
        assert len(state.media_files) == len(expected_media)
        with paper.newsroom.db.session() as session:
            publications = {p.article_id: p for p in session.query(Publication)}
            jobs = list(session.query(OutboxJob))
        assert {job.state for job in jobs} == {"sent"}
        assert all(publications[a].content_hash == _latest_hash(paper, a) for a in ids)

        injected = proxy.injected()
        assert injected, "the fault script never fired"
        RESULTS[kind] = {
            "articles": len(state.articles),
            "photos": len(state.media),
            "requests": len(proxy.log),
            "faults": len(injected),
            "retries": _attempts(paper) - len(jobs),
        }
    finally:
        proxy.close()


def test_print_fault_matrix_counts() -> None:
    """Runs last in this module: prints what the matrix did (for the closing note)."""
    if not RESULTS:
        pytest.skip("the matrix did not run in this session")
    print("\nfault kind            articles  photos  requests  faults  job retries")
    for kind, counts in RESULTS.items():
        print(
            f"{kind:<20}  {counts['articles']:>8}  {counts['photos']:>6}  {counts['requests']:>8}"
            f"  {counts['faults']:>6}  {counts['retries']:>11}"
        )
