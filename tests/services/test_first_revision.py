"""Every article has a first revision from the moment it is stored.

Without it the first draft could never be compared with or restored: the
history began at the second save. Each way an article comes into the
newsroom is checked — a new draft, a Markdown import, a hand-off file, a
duplicate and the demo newsroom.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from sqlalchemy import select
from tests.services.conftest import person_id

from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.handoff import export_handoff, import_handoff
from newsdesk.services.importing import MarkdownImporter
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.revisions import RevisionService
from newsdesk.store.models import Article, Revision

IMPORTED = """---
title: 배곧동 새 초등학교 문 연다
author: 이서연
section: 교육
photos:
  - file: school.jpg
    caption: 공사 중인 학교
---

시흥시 교육청은 새 학교를 연다고 밝혔다.
"""


def _revisions(room: Newsroom, article_id: str) -> list[Revision]:
    with room.db.session() as session:
        return list(
            session.scalars(
                select(Revision)
                .where(Revision.article_id == article_id)
                .order_by(Revision.created_at)
            )
        )


def test_a_new_draft_has_its_first_revision(room: Newsroom) -> None:
    kim = person_id(room, "김민수")
    fields = ArticleFields(headline="첫 원고", body="시흥시는 29일 밝혔다.\n", tags=["시흥"])
    article = ArticleService(room).create(fields, actor_id=kim)
    (first,) = _revisions(room, article.id)
    assert first.reason == "create"
    assert first.author_id == kim
    assert first.snapshot["headline"] == "첫 원고"
    assert first.snapshot["body"] == "시흥시는 29일 밝혔다.\n"
    assert first.snapshot["version"] == article.version
    assert first.snapshot["status"] == "draft"


def test_the_first_draft_can_be_compared_and_restored(room: Newsroom) -> None:
    kim = person_id(room, "김민수")
    articles = ArticleService(room)
    article = articles.create(ArticleFields(headline="첫 제목", body="첫 본문\n"), actor_id=kim)
    changed = ArticleFields.of(article)
    changed.headline, changed.body = "고친 제목", "고친 본문\n"
    articles.save(article.id, changed, expected_version=article.version, actor_id=kim)
    service = RevisionService(room)
    newest, original = service.for_article(article.id)
    diff = service.compare(original.id, newest.id)
    assert [change.field for change in diff.fields] == ["headline", "body"]
    service.restore(original.id, kim)
    assert articles.get(article.id).headline == "첫 제목"


def test_a_markdown_import_has_its_first_revision(room: Newsroom, tmp_path: Path) -> None:
    Image.new("RGB", (640, 480), (30, 90, 200)).save(tmp_path / "school.jpg", "JPEG")
    source = tmp_path / "새학교.md"
    source.write_text(IMPORTED, encoding="utf-8")
    article = MarkdownImporter(room).import_file(source)
    (first,) = _revisions(room, article.id)
    assert first.reason == "import"
    assert "새학교.md" in first.note
    assert first.snapshot["headline"] == "배곧동 새 초등학교 문 연다"
    assert [p["caption"] for p in first.snapshot["photos"]] == ["공사 중인 학교"]


def test_a_duplicate_has_its_first_revision(room: Newsroom) -> None:
    kim = person_id(room, "김민수")
    articles = ArticleService(room)
    source = articles.create(ArticleFields(headline="원본 기사", body="본문\n"), actor_id=kim)
    copy = articles.duplicate(source.id, actor_id=kim)
    (first,) = _revisions(room, copy.id)
    assert first.reason == "duplicate"
    assert first.author_id == kim
    assert first.snapshot["headline"] == "원본 기사 (사본)"
    assert source.id[:8] in first.note
    assert len(_revisions(room, source.id)) == 1  # the source's history is its own


def test_a_new_article_from_a_handoff_file_has_one_first_revision(
    room: Newsroom, newsroom: Newsroom, tmp_path: Path
) -> None:
    kim = person_id(room, "김민수")
    article = ArticleService(room).create(ArticleFields(headline="넘겨줄 기사"), actor_id=kim)
    path = export_handoff(room, [article.id], tmp_path / "묶음.newsdesk").path
    import_handoff(newsroom, path)
    (first,) = _revisions(newsroom, article.id)
    assert first.reason == "handoff"
    assert first.snapshot["headline"] == "넘겨줄 기사"


def test_every_demo_article_has_an_original(room: Newsroom) -> None:
    with room.db.session() as session:
        articles = list(session.scalars(select(Article)))
        originals = {
            revision.article_id: revision
            for revision in session.scalars(select(Revision).where(Revision.reason == "create"))
        }
    assert articles and {a.id for a in articles} == set(originals)
    for article in articles:
        original = originals[article.id]
        assert original.snapshot["headline"] == article.headline
        assert original.snapshot["body"] == article.body
        assert original.author_id == article.author_id
        # Dated when the demo says the article was written, not when the demo was built.
        assert original.created_at == article.created_at
