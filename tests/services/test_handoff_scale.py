"""Big hand-off files: import cost grows linearly with the number of articles (counted
in SQL statements, not seconds), and a file holding more than the caps is refused whole."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import event
from tests.services.handoff_files import (
    many_articles_file,
    read_entries,
    room_state,
    small_article,
)

from newsdesk.services import handoff_schema
from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.handoff import HandoffError, export_handoff, import_handoff
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.photos import PhotoDetails, PhotoService
from newsdesk.store.search import search_articles

SAME_MOMENT = "2026-11-01T09:00:00.000000+09:00"


@pytest.fixture
def rooms(tmp_path: Path) -> Iterator[list[Newsroom]]:
    opened: list[Newsroom] = []
    yield opened
    for room in opened:
        room.close()


def _statements(room: Newsroom, path: Path) -> int:
    count = 0

    def counted(*_args: Any) -> None:
        nonlocal count
        count += 1

    event.listen(room.db.engine, "before_cursor_execute", counted)
    try:
        assert import_handoff(room, path).waiting == []
    finally:
        event.remove(room.db.engine, "before_cursor_execute", counted)
    return count


def test_import_cost_per_article_does_not_grow(rooms: list[Newsroom], tmp_path: Path) -> None:
    """All created at one microsecond: they want the same search key (the quadratic case)."""
    costs: dict[int, int] = {}
    for size in (100, 400):
        room = Newsroom.open(tmp_path / f"room-{size}")
        rooms.append(room)
        entries = [small_article(i, SAME_MOMENT) for i in range(size)]
        costs[size] = _statements(room, many_articles_file(tmp_path / f"{size}.newsdesk", entries))
        assert ArticleService(room).count() == size
    assert costs[400] <= 4.4 * costs[100], costs
    assert costs[400] <= 8 * 400, costs  # a handful of statements per article
    with rooms[-1].db.session() as session:
        found = [hit.article_id for hit in search_articles(session, "작은 기사 399")]
    assert found == ["00000000-0000-4000-8000-000000000399"]


def test_one_number_twice_in_one_file(newsroom: Newsroom, tmp_path: Path) -> None:
    """Neither claim is taken (a file never numbers anything), so neither clashes."""
    entries = [small_article(i, SAME_MOMENT, number=7) for i in range(2)]
    result = import_handoff(newsroom, many_articles_file(tmp_path / "둘.newsdesk", entries))
    assert len(result.added) == 2 and result.conflicts == []
    assert [(h.article_id, h.claimed_number) for h in result.held_back] == [
        (entry["id"], 7) for entry in entries
    ]
    assert [ArticleService(newsroom).get(e["id"]).number for e in entries] == [None, None]


def test_more_articles_than_one_file_may_hold(newsroom: Newsroom, tmp_path: Path) -> None:
    cap = handoff_schema.MAX_ARTICLES
    entries = [small_article(i, SAME_MOMENT) for i in range(cap + 1)]
    path = many_articles_file(tmp_path / "너무많음.newsdesk", entries)
    before = room_state(newsroom)
    with pytest.raises(HandoffError) as caught:
        import_handoff(newsroom, path)
    assert str(caught.value) == (
        f"너무많음.newsdesk: invalid manifest.json: manifest: field 'articles' holds "
        f"{cap + 1:,} articles; one hand-off file may hold at most {cap:,} (hand off fewer "
        "at a time)"
    )
    assert room_state(newsroom) == before


def test_more_photos_than_one_file_may_hold(
    newsroom: Newsroom, other_room: Newsroom, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = ArticleService(newsroom).create(ArticleFields(headline="사진 많은 기사"))
    files = []
    for i, colour in enumerate([(10, 120, 200), (200, 120, 10), (10, 200, 120)]):
        files.append(tmp_path / f"p{i}.jpg")
        Image.new("RGB", (64, 48), colour).save(files[-1], "JPEG")
    list(PhotoService(newsroom).add_files(article.id, files, [PhotoDetails("캡션")] * 3))
    path = export_handoff(newsroom, [article.id], tmp_path / "사진들.newsdesk").path
    assert len(read_entries(path)) == 4
    monkeypatch.setattr(handoff_schema, "MAX_PHOTOS", 2)
    before = room_state(other_room)
    with pytest.raises(HandoffError, match="holds 3 photos; one hand-off file may hold at most 2"):
        import_handoff(other_room, path)
    assert room_state(other_room) == before


@pytest.fixture
def other_room(tmp_path: Path) -> Iterator[Newsroom]:
    room = Newsroom.open(tmp_path / "other")
    yield room
    room.close()
