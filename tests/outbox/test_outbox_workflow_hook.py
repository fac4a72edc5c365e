"""The editorial workflow queues server pushes: publish, correct, unpublish."""

from __future__ import annotations

import pytest

from newsdesk.server.testing import RunningServer
from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.errors import ValidationError
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.outbox import OutboxService
from newsdesk.services.workflow import WorkflowService
from newsdesk.store.models import OutboxJob, Person

from .conftest import add_target, drain, hex_id, make_outbox, server_state


def _jobs(newsroom: Newsroom) -> list[tuple[str, str]]:
    with newsroom.db.session() as session:
        return [(job.action, job.state) for job in session.query(OutboxJob).order_by(OutboxJob.id)]


def test_publish_correct_and_unpublish_reach_the_server(
    demo_newsroom: Newsroom, server: RunningServer
) -> None:
    room = demo_newsroom
    add_target(room, server.base_url, server.write_token)
    outbox: OutboxService = make_outbox(room, server.base_url, server.write_token)
    with room.db.session() as session:
        editor_id = session.query(Person).filter_by(name="오세훈").one().id  # the demo's editor
    drafts = ArticleService(room).rows(limit=100)
    draft = next(row for row in drafts if row.status == "draft")
    workflow = WorkflowService(room)

    workflow.publish(draft.id, editor_id, confirm_warnings=True)
    assert _jobs(room) == [("put", "queued")]
    drain(outbox)
    live = {row[0]: row for row in server_state(server).articles if row[4]}
    assert hex_id(draft.id) in live
    first_hash = live[hex_id(draft.id)][3]

    service = ArticleService(room)
    article = service.get(draft.id)
    fields = ArticleFields.of(article)
    fields.body += "\n\n(정정) 수치를 바로잡았습니다.\n"
    service.save(draft.id, fields, expected_version=article.version, actor_id=editor_id)
    drain(outbox)
    corrected = {row[0]: row for row in server_state(server).articles}[hex_id(draft.id)]
    assert corrected[3] != first_hash and corrected[2] == 2

    workflow.transition(draft.id, editor_id, "unpublish")
    drain(outbox)
    gone = {row[0]: row for row in server_state(server).articles}[hex_id(draft.id)]
    assert gone[4] is False  # deleted on the server
    assert [state for _action, state in _jobs(room)][-1] == "sent"


def test_trashing_a_published_article_removes_it_from_the_server_and_purge_waits(
    demo_newsroom: Newsroom, server: RunningServer
) -> None:
    room = demo_newsroom
    add_target(room, server.base_url, server.write_token)
    outbox = make_outbox(room, server.base_url, server.write_token)
    service = ArticleService(room)
    published = next(row for row in service.rows(limit=10) if row.status == "published")
    outbox.enqueue("site", published.id, "put")
    drain(outbox)
    assert {row[0]: row[4] for row in server_state(server).articles}[hex_id(published.id)]

    service.trash(published.id)
    assert _jobs(room)[-1] == ("delete", "queued")
    with pytest.raises(ValidationError, match="still waiting in the outbox"):
        service.purge(published.id)  # would drop the delete job with the article
    drain(outbox)
    assert not {row[0]: row[4] for row in server_state(server).articles}[hex_id(published.id)]

    service.restore(published.id)
    drain(outbox)
    assert {row[0]: row[4] for row in server_state(server).articles}[hex_id(published.id)]
    service.trash(published.id)
    drain(outbox)
    service.purge(published.id)  # everything sent: nothing is lost by deleting now
