"""ArticleService: create, save, conflicts, duplicate, trash/restore/purge, list rows."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from newsdesk.services.articles import ArticleFields, ArticleQuery, ArticleService, find_article
from newsdesk.services.errors import ConflictError, NotFoundError, ValidationError
from newsdesk.services.importing import person_named, section_named
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.publishing import publish
from newsdesk.store.models import Article, ArticleStatus, Revision


@pytest.fixture
def service(newsroom: Newsroom) -> ArticleService:
    return ArticleService(newsroom)


def _section_and_author(newsroom: Newsroom) -> tuple[int, int, int]:
    with newsroom.db.session() as session:
        edu = section_named(session, "교육").id
        local = section_named(session, "지역").id
        author = person_named(session, "김민수").id
    return edu, local, author


def test_create_cleans_fields_and_fills_byline(newsroom: Newsroom, service: ArticleService) -> None:
    edu, _, author = _section_and_author(newsroom)
    article = service.create(
        ArticleFields(
            headline="  시흥 교육 예산  ",
            body="본문\n",
            section_id=edu,
            author_id=author,
            tags=["#교육", " 교육 ", "예산", ""],
        )
    )
    assert article.headline == "시흥 교육 예산"
    assert article.byline == "김민수 기자"
    assert article.tags == ["교육", "예산"]
    assert article.status == ArticleStatus.DRAFT.value
    assert article.version == 1
    assert article.number is None
    assert service.get(article.id).body == "본문\n"


@pytest.mark.parametrize(
    ("fields", "field_name"),
    [
        (ArticleFields(headline="가" * 301), "headline"),
        (ArticleFields(headline="x", section_id=999), "section"),
        (ArticleFields(headline="x", author_id=999), "author"),
        (ArticleFields(headline="x", tags=[f"t{i}" for i in range(31)]), "tags"),
    ],
)
def test_create_rejects_bad_fields(
    newsroom: Newsroom, service: ArticleService, fields: ArticleFields, field_name: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        service.create(fields)
    assert caught.value.field == field_name
    assert service.count() == 0


def test_save_bumps_version_and_records_revision(
    newsroom: Newsroom, service: ArticleService
) -> None:
    article = service.create(ArticleFields(headline="초안"))
    saved = service.save(
        article.id, ArticleFields(headline="수정본", body="새 본문"), expected_version=1
    )
    assert saved.version == 2
    again = service.save(article.id, ArticleFields(headline="세 번째"), expected_version=2)
    assert again.version == 3
    service.save(
        article.id, ArticleFields(headline="네 번째"), expected_version=3, save_point=False
    )
    with newsroom.db.session() as session:
        revisions = session.scalars(
            select(Revision).where(Revision.article_id == article.id).order_by(Revision.created_at)
        ).all()
    assert [r.snapshot["headline"] for r in revisions] == ["초안", "수정본", "세 번째"]
    assert [r.snapshot["version"] for r in revisions] == [1, 2, 3]


def test_save_with_old_version_conflicts_and_keeps_newer_text(service: ArticleService) -> None:
    article = service.create(ArticleFields(headline="원본"))
    service.save(article.id, ArticleFields(headline="편집자 A"), expected_version=1)
    with pytest.raises(ConflictError, match="version 2"):
        service.save(article.id, ArticleFields(headline="편집자 B"), expected_version=1)
    stored = service.get(article.id)
    assert (stored.headline, stored.version) == ("편집자 A", 2)


def test_saving_published_article_sets_revised_time(
    newsroom: Newsroom, service: ArticleService
) -> None:
    article = service.create(ArticleFields(headline="발행 기사"))
    published = publish(newsroom, article.id)
    assert published.revised_at is None
    saved = service.save(
        article.id, ArticleFields(headline="정정"), expected_version=published.version
    )
    assert saved.revised_at is not None


def test_duplicate_is_a_new_draft(newsroom: Newsroom, service: ArticleService) -> None:
    article = service.create(ArticleFields(headline="원본 기사", body="본문", tags=["a"]))
    publish(newsroom, article.id)
    copy = service.duplicate(article.id)
    assert copy.id != article.id
    assert copy.headline == "원본 기사 (사본)"
    assert copy.body == "본문" and copy.tags == ["a"]
    assert copy.status == ArticleStatus.DRAFT.value
    assert copy.number is None
    assert service.count() == 2


def test_trash_restore_purge(newsroom: Newsroom, service: ArticleService) -> None:
    keep = service.create(ArticleFields(headline="남길 기사"))
    gone = service.create(ArticleFields(headline="지울 기사"))
    with pytest.raises(ValidationError, match="trash"):
        service.purge(gone.id)
    service.trash(gone.id)
    assert [r.id for r in service.rows()] == [keep.id]
    assert [r.id for r in service.rows(ArticleQuery(trashed=True))] == [gone.id]
    service.restore(gone.id)
    assert service.count() == 2
    service.trash(gone.id)
    service.purge(gone.id)
    with pytest.raises(NotFoundError):
        service.get(gone.id)
    with newsroom.db.session() as session:
        assert session.scalar(select(func.count()).select_from(Article)) == 1


def test_rows_filters_and_count(newsroom: Newsroom, service: ArticleService) -> None:
    edu, local, _ = _section_and_author(newsroom)
    a = service.create(ArticleFields(headline="교육 소식", section_id=edu))
    b = service.create(ArticleFields(headline="지역 소식", section_id=local))
    c = service.create(ArticleFields(headline="교육 예산", section_id=edu))
    publish(newsroom, c.id)
    assert service.count() == 3
    assert {r.id for r in service.rows(ArticleQuery(section_id=edu))} == {a.id, c.id}
    assert service.count(ArticleQuery(section_id=local)) == 1
    published = service.rows(ArticleQuery(statuses=(ArticleStatus.PUBLISHED.value,)))
    assert [r.id for r in published] == [c.id]
    assert published[0].number == 1 and published[0].section_name == "교육"
    drafts = service.rows(ArticleQuery(text="교육", statuses=(ArticleStatus.DRAFT.value,)))
    assert [r.id for r in drafts] == [a.id]
    assert service.rows(ArticleQuery(text="없는말")) == []
    assert all(not r.has_photo for r in service.rows())
    _ = b


def test_rows_are_newest_first_with_keyset_pages(service: ArticleService) -> None:
    ids = [service.create(ArticleFields(headline=f"기사 {n}")).id for n in range(5)]
    first = service.rows(limit=2)
    second = service.rows(limit=2, before_key=first[-1].search_key)
    third = service.rows(limit=2, before_key=second[-1].search_key)
    assert [r.id for r in first + second + third] == list(reversed(ids))


def test_find_article_by_number_or_id_prefix(newsroom: Newsroom, service: ArticleService) -> None:
    article = service.create(ArticleFields(headline="찾기"))
    publish(newsroom, article.id)
    with newsroom.db.session() as session:
        assert find_article(session, "1").id == article.id
        assert find_article(session, "no.1").id == article.id
        assert find_article(session, article.id[:8]).id == article.id
        with pytest.raises(NotFoundError):
            find_article(session, "42")


def test_text_search_with_status_filter_finds_older_drafts(
    newsroom: Newsroom, service: ArticleService
) -> None:
    draft = service.create(ArticleFields(headline="교육 초안"))
    for n in range(12):
        publish(newsroom, service.create(ArticleFields(headline=f"교육 소식 {n}")).id)
    query = ArticleQuery(text="교육", statuses=(ArticleStatus.DRAFT.value,))
    assert service.count(ArticleQuery(statuses=(ArticleStatus.DRAFT.value,))) == 1
    assert [r.id for r in service.rows(query, limit=2)] == [draft.id]
