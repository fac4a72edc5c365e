"""Editorial comments: added, listed, resolved — and never on the public site."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.services.conftest import person_id

from newsdesk.services.articles import ArticleService
from newsdesk.services.comments import MAX_COMMENT, CommentService
from newsdesk.services.errors import NotFoundError, ValidationError
from newsdesk.services.export import SiteExportService
from newsdesk.services.newsroom import Newsroom

SECRET = "편집국 내부 메모: 제보자 실명 확인 필요"


@pytest.fixture
def published_id(room: Newsroom) -> str:
    row = ArticleService(room).rows()[-1]
    assert row.status == "published" and row.number == 1
    return row.id


def test_add_list_resolve_unresolve(room: Newsroom, published_id: str) -> None:
    service = CommentService(room)
    editor, kim = person_id(room, "오세훈"), person_id(room, "김민수")
    assert service.for_article(published_id) == []
    first = service.add(published_id, editor, "  둘째 문단 수치 출처를 밝혀 주세요  ")
    second = service.add(published_id, kim, "시청 보도자료입니다")
    listed = service.for_article(published_id)
    assert [(c.id, c.author, c.body) for c in listed] == [
        (first, "오세훈", "둘째 문단 수치 출처를 밝혀 주세요"),
        (second, "김민수", "시청 보도자료입니다"),
    ]
    assert all(c.resolved_at is None for c in listed)

    service.set_resolved(first)
    resolved = {c.id: c for c in service.for_article(published_id)}
    assert resolved[first].resolved_at is not None
    assert resolved[second].resolved_at is None
    open_only = service.for_article(published_id, include_resolved=False)
    assert [c.id for c in open_only] == [second]

    service.set_resolved(first, resolved=False)
    assert [c.id for c in service.for_article(published_id, include_resolved=False)] == [
        first,
        second,
    ]


def test_comments_belong_to_their_article(room: Newsroom, published_id: str) -> None:
    service = CommentService(room)
    other = ArticleService(room).rows()[-2].id
    service.add(published_id, person_id(room, "오세훈"), "이 기사에만")
    assert service.for_article(other) == []


@pytest.mark.parametrize("body", ["", "   ", "\n\t"])
def test_empty_comment_is_rejected(room: Newsroom, published_id: str, body: str) -> None:
    service = CommentService(room)
    with pytest.raises(ValidationError) as caught:
        service.add(published_id, person_id(room, "오세훈"), body)
    assert caught.value.field == "comment"
    assert service.for_article(published_id) == []


def test_overlong_comment_is_rejected(room: Newsroom, published_id: str) -> None:
    service = CommentService(room)
    editor = person_id(room, "오세훈")
    with pytest.raises(ValidationError):
        service.add(published_id, editor, "가" * (MAX_COMMENT + 1))
    service.add(published_id, editor, "가" * MAX_COMMENT)
    assert len(service.for_article(published_id)) == 1


def test_unknown_article_person_or_comment(room: Newsroom, published_id: str) -> None:
    service = CommentService(room)
    with pytest.raises(NotFoundError):
        service.add("no-such-article", person_id(room, "오세훈"), "메모")
    with pytest.raises(NotFoundError):
        service.add(published_id, 9999, "메모")
    with pytest.raises(NotFoundError):
        service.set_resolved(424242)
    assert service.for_article(published_id) == []


def test_comments_never_reach_the_exported_site(
    room: Newsroom, published_id: str, tmp_path: Path
) -> None:
    service = CommentService(room)
    service.add(published_id, person_id(room, "오세훈"), SECRET)
    resolved = service.add(published_id, person_id(room, "김민수"), "해결된 메모 " + SECRET[:6])
    service.set_resolved(resolved)
    out = tmp_path / "site"
    SiteExportService(room).run(out)
    headline = ArticleService(room).get(published_id).headline
    pages = [p for p in out.rglob("*") if p.is_file() and p.suffix in {".html", ".xml", ".json"}]
    texts = {p: p.read_text(encoding="utf-8") for p in pages}
    assert any(headline in text for text in texts.values())  # the article itself is there
    assert [p for p, text in texts.items() if SECRET in text] == []
    assert [p for p, text in texts.items() if "해결된 메모" in text] == []
