"""The outbox as a queue: coalescing, backoff, Retry-After, restarts, refusals."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from tests.outbox.conftest import (
    START,
    TARGET,
    Newspaper,
    add_target,
    drain,
    make_outbox,
    server_state,
)
from tests.outbox.fault_proxy import FaultProxy, status

from newsdesk.publish.outbox_send import backoff_delay
from newsdesk.server.testing import RunningServer
from newsdesk.services.errors import ValidationError
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.outbox import OutboxService, queue_for_targets
from newsdesk.services.publish_targets import TargetService
from newsdesk.services.publishing import unpublish
from newsdesk.store.models import OutboxJob, Publication


def _jobs(newsroom: Newsroom) -> list[OutboxJob]:
    with newsroom.db.session() as session:
        return list(session.query(OutboxJob).order_by(OutboxJob.id))


def test_one_open_job_per_article_and_delete_supersedes(
    server: RunningServer, paper: Newspaper
) -> None:
    add_target(paper.newsroom, server.base_url, server.write_token)
    outbox = make_outbox(paper.newsroom, server.base_url, server.write_token)
    article = paper.article("기사 하나")
    first = outbox.enqueue(TARGET, article, "put")
    assert outbox.enqueue(TARGET, article, "put") == first
    assert outbox.enqueue(TARGET, article, "delete") == first
    (job,) = _jobs(paper.newsroom)
    assert (job.action, job.state) == ("delete", "queued")
    assert outbox.enqueue(TARGET, article, "put") == first  # publish again: put wins
    drain(outbox)
    assert [j.state for j in _jobs(paper.newsroom)] == ["sent"]
    assert outbox.enqueue(TARGET, article, "put") != first  # sent jobs are history


def test_queue_for_targets_queues_only_enabled_targets(paper: Newspaper) -> None:
    add_target(paper.newsroom, "https://one.example.kr", "t1", name="one")
    add_target(paper.newsroom, "https://two.example.kr", "t2", name="two")
    TargetService(paper.newsroom).set_enabled("two", False)
    article = paper.article("출고 기사")
    ids = queue_for_targets(paper.newsroom, article, "put")
    assert [(j.id, j.target, j.action) for j in _jobs(paper.newsroom)] == [(ids[0], "one", "put")]


def test_backoff_doubles_from_two_seconds_and_caps_at_ten_minutes() -> None:
    assert [backoff_delay(n, lambda: 1.0) for n in (1, 2, 3, 4)] == [2.0, 4.0, 8.0, 16.0]
    assert backoff_delay(12, lambda: 1.0) == backoff_delay(60, lambda: 1.0) == 600.0
    assert backoff_delay(3, lambda: 0.25) == 2.0  # full jitter scales the whole delay


@pytest.mark.parametrize(
    ("header", "expected"),
    [(None, 2.0), ("30", 30.0), ("http-date", 40.0), ("1", 2.0)],
)
def test_retry_after_is_honoured_when_longer_than_the_backoff(
    header: str | None, expected: float, server: RunningServer, paper: Newspaper
) -> None:
    proxy = FaultProxy("127.0.0.1", server.port)
    try:
        add_target(paper.newsroom, proxy.url, server.write_token)
        outbox = make_outbox(paper.newsroom, proxy.url, server.write_token)
        article = paper.article("과부하 기사")
        if header == "http-date":
            header = format_datetime(datetime.now(UTC) + timedelta(seconds=40), usegmt=True)
        proxy.script(status(503 if header is None else 429, retry_after=header))
        job_id = outbox.enqueue(TARGET, article, "put")
        report = outbox.run_due(START)
        assert [j for j, _ in report.retrying] == [job_id]
        (job,) = outbox.pending()
        waited = (job.next_attempt_at - START).total_seconds()
        assert waited == pytest.approx(expected, abs=2.0 if header and ":" in header else 0.01)
        assert "will be retried" in job.last_error
        assert outbox.run_due(START + timedelta(seconds=waited - 1)).attempted == 0
        assert outbox.run_due(START + timedelta(seconds=waited)).sent == [job_id]
    finally:
        proxy.close()


def test_refused_token_fails_once_and_says_what_to_fix(
    server: RunningServer, paper: Newspaper
) -> None:
    add_target(paper.newsroom, server.base_url, "nd_wrong-token-123")
    targets = TargetService(paper.newsroom)
    outbox = OutboxService(paper.newsroom, targets.client, rng=lambda: 1.0)
    job_id = outbox.enqueue(TARGET, paper.article("토큰 오류"), "put")
    report = outbox.run_due(START)
    assert [j for j, _ in report.failed] == [job_id]
    (row,) = outbox.list(["failed"])
    assert row.label.startswith("failed: the token for target site was refused")
    assert "newsdesk target token site" in row.label
    assert "nd_wrong-token-123" not in row.label
    assert outbox.run_due(START + timedelta(hours=1)).attempted == 0  # not retried by itself
    targets.set_token(TARGET, server.write_token)
    outbox.retry(job_id)
    assert outbox.run_due().sent == [job_id]


def test_missing_token_fails_with_instructions(paper: Newspaper) -> None:
    TargetService(paper.newsroom).add(TARGET, "http://127.0.0.1:9")
    outbox = OutboxService(paper.newsroom, TargetService(paper.newsroom).client)
    outbox.enqueue(TARGET, paper.article("토큰 없음"), "put")
    (failed,) = outbox.run_due(START).failed
    assert "no token is set for target site" in failed[1]


def test_server_restart_mid_queue(server: RunningServer, paper: Newspaper) -> None:
    add_target(paper.newsroom, server.base_url, server.write_token)
    outbox = make_outbox(paper.newsroom, server.base_url, server.write_token)
    ids = [paper.article(f"기사 {n}", photo_seeds=(n,)) for n in range(4)]
    for article_id in ids:
        outbox.enqueue(TARGET, article_id, "put")
    assert len(outbox.run_due(START, max_jobs=2).sent) == 2
    server.stop()
    report = outbox.run_due(START)
    assert len(report.retrying) == 1 and len(report.deferred) == 1  # no hammering a dead server
    assert all("cannot connect" in job.last_error for job in outbox.pending()[:1])
    server.start()
    drain(outbox, START + timedelta(seconds=1))
    state = server_state(server)
    assert len(state.articles) == 4 and len(state.media) == 4
    assert all(revision == 1 for _id, _n, revision, _h, _live in state.articles)


@pytest.mark.sqlite_only("reopens by data folder (like the CLI's --data): the SQLite file")
def test_queued_jobs_survive_an_app_restart(server: RunningServer, paper: Newspaper) -> None:
    add_target(paper.newsroom, server.base_url, server.write_token)
    ids = [paper.article(f"오프라인 기사 {n}") for n in range(3)]
    server.stop()
    outbox = make_outbox(paper.newsroom, server.base_url, server.write_token)
    for article_id in ids:
        outbox.enqueue(TARGET, article_id, "put")
    outbox.run_due(START)
    data_dir = paper.newsroom.data_dir
    paper.newsroom.close()

    reopened = Newsroom.open(data_dir)
    try:
        outbox = make_outbox(reopened, server.base_url, server.write_token)
        assert [job.article_id for job in outbox.pending()] == ids
        server.start()
        drain(outbox, START + timedelta(minutes=1))
        assert {job.state for job in outbox.list()} == {"sent"}
        assert len(server_state(server).articles) == 3
    finally:
        reopened.close()


def test_unpublish_sends_a_delete_and_forgets_the_publication(
    server: RunningServer, paper: Newspaper
) -> None:
    add_target(paper.newsroom, server.base_url, server.write_token)
    outbox = make_outbox(paper.newsroom, server.base_url, server.write_token)
    article = paper.article("내려갈 기사")
    outbox.enqueue(TARGET, article, "put")
    drain(outbox)
    unpublish(paper.newsroom, article)
    queue_for_targets(paper.newsroom, article, "delete")
    drain(outbox)
    ((_id, _number, _revision, _hash, live),) = server_state(server).articles
    assert not live
    with paper.newsroom.db.session() as session:
        assert session.query(Publication).count() == 0


def test_a_put_of_an_unpublished_article_fails_clearly(
    server: RunningServer, paper: Newspaper
) -> None:
    add_target(paper.newsroom, server.base_url, server.write_token)
    outbox = make_outbox(paper.newsroom, server.base_url, server.write_token)
    article = paper.article("초안으로 돌아간 기사")
    unpublish(paper.newsroom, article)
    outbox.enqueue(TARGET, article, "put")
    (failed,) = outbox.run_due(START).failed
    assert "not published" in failed[1]


def test_cancel_and_retry(paper: Newspaper) -> None:
    add_target(paper.newsroom, "http://127.0.0.1:9", "t")
    outbox = make_outbox(paper.newsroom, "http://127.0.0.1:9", "t")
    job_id = outbox.enqueue(TARGET, paper.article("취소할 기사"), "put")
    outbox.cancel(job_id)
    assert outbox.pending() == [] and outbox.run_due(START).attempted == 0
    with pytest.raises(ValidationError):
        outbox.cancel(job_id)
    outbox.retry(job_id)
    assert [job.id for job in outbox.pending()] == [job_id]
