"""Fixtures for publishing to a server: a real server, a newsroom with published
articles and photos, an outbox with a fake clock, and an in-memory keyring.

The keyring is the one stand-in: this machine has no Secret Service daemon, so
``keyring`` would find no backend. ``MemoryKeyring`` is a genuine
``keyring.backend.KeyringBackend`` installed with ``keyring.set_keyring`` —
the code under test calls the real ``keyring`` API. Everything else (server,
sockets, timeouts, database) is real.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.conftest import MemoryKeyring

from newsdesk.publish.api_client import NewsdeskApiClient
from newsdesk.server.testing import RunningServer, running_server
from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.demo import draw_scene
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.outbox import OutboxService
from newsdesk.services.photos import PhotoDetails, PhotoService
from newsdesk.services.publish_targets import TargetService
from newsdesk.services.publishing import publish
from newsdesk.store.models import Section

TARGET = "site"
#: Short on purpose: the fault proxy's delays must outlast it without slow tests.
TEST_TIMEOUT = 0.5
#: The fake clock's start: a day ahead, so every job queued during the test run is due.
START = datetime.now(UTC).replace(microsecond=0) + timedelta(days=1)


@pytest.fixture(autouse=True)
def _keyring_in_memory(memory_keyring: MemoryKeyring) -> MemoryKeyring:
    """Every outbox test stores tokens in the in-memory keyring (see tests/conftest.py)."""
    return memory_keyring


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    with running_server(tmp_path / "srv") as live:
        yield live


def make_client(url: str, token: str, timeout: float = TEST_TIMEOUT) -> NewsdeskApiClient:
    return NewsdeskApiClient(url, token, target=TARGET, timeout=timeout)


def make_outbox(newsroom: Newsroom, url: str, token: str) -> OutboxService:
    """An outbox whose clients go to ``url`` (server or proxy), with zero jitter."""
    return OutboxService(newsroom, lambda _name: make_client(url, token), rng=lambda: 1.0)


def add_target(newsroom: Newsroom, url: str, token: str, name: str = TARGET) -> None:
    targets = TargetService(newsroom)
    targets.add(name, url)
    targets.set_token(name, token)


def drain(outbox: OutboxService, now: datetime = START, max_rounds: int = 200) -> datetime:
    """Run the outbox until nothing is queued, jumping the fake clock to each retry time.

    Real sockets and real timeouts; only the waiting between attempts is skipped.
    """
    for _ in range(max_rounds):
        outbox.run_due(now)
        pending = outbox.pending()
        if not pending:
            return now
        now = max(now, min(job.next_attempt_at for job in pending))
    raise AssertionError(f"outbox not drained after {max_rounds} rounds: {outbox.pending()}")


@dataclass
class Newspaper:
    """A newsroom with helpers to write, photograph and publish articles."""

    newsroom: Newsroom
    picture_dir: Path

    def picture(self, seed: int) -> Path:
        path = self.picture_dir / f"photo-{seed}.jpg"
        if not path.exists():
            scene = ("sea", "street", "factory", "park")[seed % 4]
            draw_scene(scene, path, seed=seed, size=(640, 480))
        return path

    def article(self, headline: str, body: str = "", photo_seeds: tuple[int, ...] = ()) -> str:
        with self.newsroom.db.session() as session:
            section = session.scalar(select(Section).where(Section.slug == "society"))
            if section is None:
                section = Section(name="사회", slug="society")
                session.add(section)
                session.flush()
            section_id = section.id
        fields = ArticleFields(
            headline=headline,
            subheadline="부제목",
            body=body or f"{headline} 본문입니다.\n\n두 번째 문단.",
            section_id=section_id,
            byline="김민수 기자",
            tags=["시흥", "교육"],
        )
        article = ArticleService(self.newsroom).create(fields)
        photos = PhotoService(self.newsroom)
        paths = [self.picture(seed) for seed in photo_seeds]
        details = [PhotoDetails(f"사진 {seed}", "시흥신문", f"장면 {seed}") for seed in photo_seeds]
        for progress in photos.add_files(article.id, paths, details):
            assert progress.error is None, progress.error
        publish(self.newsroom, article.id)
        return article.id

    def edit(self, article_id: str, body: str) -> None:
        service = ArticleService(self.newsroom)
        article = service.get(article_id)
        fields = ArticleFields.of(article)
        fields.body = body
        service.save(article_id, fields, expected_version=article.version)


@pytest.fixture
def paper(newsroom: Newsroom, tmp_path: Path) -> Newspaper:
    folder = tmp_path / "pictures"
    folder.mkdir()
    return Newspaper(newsroom, folder)


@dataclass(frozen=True)
class ServerState:
    """What the server's own database and media folder hold."""

    articles: list[tuple[str, int, int, str, bool]]  # id, number, revision, hash, live
    media: list[str]
    media_files: list[Path]


def server_state(server: RunningServer) -> ServerState:
    with sqlite3.connect(server.data_dir / "server.sqlite3") as db:
        articles = [
            (str(row[0]).replace("-", ""), row[1], row[2], row[3], row[4] is None)
            for row in db.execute(
                "SELECT id, number, revision, content_hash, deleted_at FROM server_articles"
            )
        ]
        media = [row[0] for row in db.execute("SELECT sha256 FROM server_media")]
    files = sorted(p for p in (server.data_dir / "media").rglob("*") if p.is_file())
    return ServerState(articles, media, files)


def hex_id(article_id: str) -> str:
    return article_id.replace("-", "")


ClientFactory = Callable[[str], NewsdeskApiClient]
