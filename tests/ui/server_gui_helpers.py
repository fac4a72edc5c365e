"""Shared fixtures of the server-publishing GUI tests (imported by those modules).

A real server on 127.0.0.1 and the real ``keyring`` API; the keyring's
backend is an in-memory one because no Secret Service daemon runs here.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from tests.conftest import MemoryKeyring

from newsdesk.publish.api_client import NewsdeskApiClient
from newsdesk.publish.payload import content_hash
from newsdesk.server.testing import RunningServer, running_server
from newsdesk.services.errors import NewsdeskError
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.publish_targets import TargetService
from newsdesk.services.workflow import TRANSITIONS, WorkflowService
from newsdesk.store.models import Article, Person
from newsdesk.ui.app.main_window import MainWindow
from newsdesk.ui.publishing.server_publishing import ServerPublishing

TARGET = "site"
SHOTS = Path("/tmp/ui-shots")


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[RunningServer]:
    with running_server(tmp_path / "srv") as server:
        yield server


@pytest.fixture
def publishing(
    demo_window: MainWindow, memory_keyring: MemoryKeyring
) -> Iterator[ServerPublishing]:
    installed = demo_window.server_publishing  # every main window installs it
    yield installed
    installed.shutdown()


def add_target(newsroom: Newsroom, server: RunningServer, token: str | None = None) -> None:
    targets = TargetService(newsroom)
    targets.add(TARGET, server.base_url)
    targets.set_token(TARGET, token or server.write_token)


def editor_id(newsroom: Newsroom) -> int:
    with newsroom.db.session() as session:
        person = session.scalar(select(Person).where(Person.name == "오세훈"))
        assert person is not None
        return person.id


def draft_ids(newsroom: Newsroom) -> list[str]:
    with newsroom.db.session() as session:
        return list(
            session.scalars(
                select(Article.id)
                .where(
                    Article.status.in_(TRANSITIONS["publish"][0]),
                    Article.deleted_at.is_(None),
                )
                .order_by(Article.search_key)
            )
        )


def publish_one(newsroom: Newsroom, skip: int = 0) -> str:
    """Publish a demo article as the editor 오세훈 (the workflow queues the push)."""
    workflow = WorkflowService(newsroom)
    actor = editor_id(newsroom)
    problems: list[str] = []
    for article_id in draft_ids(newsroom)[skip:]:
        try:
            workflow.publish(article_id, actor, confirm_warnings=True)
        except NewsdeskError as error:  # a demo article whose checks fail: try the next
            problems.append(repr(error))
            continue
        return article_id
    raise AssertionError(f"no demo article could be published: {problems}")


def edit_on_server(server: RunningServer, article_id: str, headline: str) -> dict[str, Any]:
    """Another desk changes the article directly on the server."""
    with NewsdeskApiClient(server.base_url, server.write_token, timeout=5) as other:
        current = other.get_article(article_id)
        assert current is not None
        keys = [
            "subheadline", "summary", "section", "tags", "byline", "status", "number",
            "slug", "published_at", "updated_at", "main_photo", "photos",
        ]  # fmt: skip
        body = {key: current[key] for key in keys}
        body.update(headline=headline, body_html="<p>서버에서 고친 본문입니다.</p>")
        body["content_hash"] = content_hash(body)
        other.put_article(article_id, {**body, "base_revision": current["revision"]})
        stored = other.get_article(article_id)
        assert stored is not None
        return stored


def job_state(publishing: ServerPublishing, article_id: str) -> str:
    publishing.refresh()
    rows = [row for row in publishing.panel.rows if row.article_id == article_id]
    return rows[0].state if rows else ""


def wait_state(qtbot: QtBot, publishing: ServerPublishing, article_id: str, state: str) -> None:
    qtbot.waitUntil(lambda: job_state(publishing, article_id) == state, timeout=20_000)
