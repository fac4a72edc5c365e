"""Revision compare in the newsroom's terms: photo changes as editors name them,
and every field with its Korean label (작성자 and 기자명 included)."""

from __future__ import annotations

from typing import Any

from tests.services.conftest import person_id

from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.revision_photos import ADDED, CHANGED, REMOVED, photo_changes
from newsdesk.services.revisions import RevisionService


def photo(sha: str, position: int, caption: str = "", **more: Any) -> dict[str, Any]:
    return {
        "sha256": sha * 64,
        "caption": caption,
        "credit": more.get("credit", ""),
        "alt_text": more.get("alt_text", ""),
        "position": position,
        "is_main": more.get("is_main", False),
    }


def test_a_photo_added_in_front_moves_nobody() -> None:
    old = [photo("a", 0, "시청", is_main=True), photo("b", 1, "공원")]
    new = [photo("c", 0, "시장"), photo("a", 1, "시청", is_main=True), photo("b", 2, "공원")]
    (change,) = photo_changes(old, new)
    assert (change.change, change.caption, change.new_position) == (ADDED, "시장", 0)
    assert change.lines() == ["사진 추가: “시장”"]


def test_a_swap_moves_both_and_lists_them_in_the_new_order() -> None:
    old = [photo("a", 0, "시청"), photo("b", 1, "공원")]
    new = [photo("b", 0, "공원"), photo("a", 1, "시청")]
    changes = photo_changes(old, new)
    assert [(c.caption, c.moved, c.old_position, c.new_position) for c in changes] == [
        ("공원", True, 1, 0),
        ("시청", True, 0, 1),
    ]
    assert changes[0].lines() == ["사진 순서 변경: “공원” 2번째 → 1번째"]


def test_main_photo_and_texts_changed() -> None:
    old = [photo("a", 0, "시청", is_main=True), photo("b", 1, "공원", alt_text="")]
    new = [
        photo("a", 0, "시청"),
        photo("b", 1, "새 공원 산책로", is_main=True, alt_text="산책로", credit="사진=김민수"),
    ]
    first, second = photo_changes(old, new)
    assert first.change == CHANGED and first.main_changed and not first.is_main
    assert first.lines() == ["대표 사진 해제: “시청”"]
    assert second.main_changed and second.is_main and not second.moved
    assert [(t.label, t.old, t.new) for t in second.texts] == [
        ("설명", "공원", "새 공원 산책로"),
        ("출처", "", "사진=김민수"),
        ("대체 텍스트", "", "산책로"),
    ]
    assert second.lines() == [
        "대표 사진 지정: “새 공원 산책로”",
        "사진 설명 변경: “공원” → “새 공원 산책로”",
        "사진 출처 변경: “” → “사진=김민수”",
        "사진 대체 텍스트 변경: “” → “산책로”",
    ]


def test_removed_photos_come_last_and_unchanged_ones_not_at_all() -> None:
    old = [photo("a", 0, "시청"), photo("b", 1, "공원"), photo("c", 2, "")]
    new = [photo("b", 0, "공원"), photo("c", 1, "")]
    changes = photo_changes(old, new)
    assert [(c.change, c.old_position) for c in changes] == [(REMOVED, 0)]
    assert changes[0].lines() == ["사진 삭제: “시청”"]
    assert photo_changes(new, new) == []
    # A photo without a caption is named by its file.
    (gone,) = photo_changes(new, new[:1])
    assert gone.lines() == [f"사진 삭제: 사진 {'c' * 10}"]


def test_author_and_byline_are_compared_with_their_korean_labels(room: Newsroom) -> None:
    kim, lee = person_id(room, "김민수"), person_id(room, "이서연")
    editor = person_id(room, "오세훈")
    articles = ArticleService(room)
    article = articles.create(ArticleFields(headline="공동 취재", author_id=kim), actor_id=editor)
    fields = ArticleFields.of(article)
    fields.author_id, fields.byline = lee, "이서연 기자"
    articles.save(article.id, fields, expected_version=article.version, actor_id=editor)
    service = RevisionService(room)
    newest, first = service.for_article(article.id)
    diff = service.compare(first.id, newest.id)
    assert [(c.field, c.label, c.old, c.new) for c in diff.fields] == [
        ("author", "작성자", "김민수", "이서연"),
        ("byline", "기자명", article.byline, "이서연 기자"),
    ]
