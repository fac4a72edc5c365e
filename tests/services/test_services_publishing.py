"""Publishing (numbers, slugs) and the site profile."""

from __future__ import annotations

import pytest

from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.errors import ValidationError
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.publishing import publish, published_articles, unpublish
from newsdesk.services.site_profile import FOOTER_FIELDS, get_profile, update_profile
from newsdesk.store.models import ArticleStatus


def _new(newsroom: Newsroom, headline: str) -> str:
    return ArticleService(newsroom).create(ArticleFields(headline=headline)).id


def test_numbers_follow_publish_order_and_are_never_reused(newsroom: Newsroom) -> None:
    first, second, third = (_new(newsroom, h) for h in ("가 기사", "나 기사", "다 기사"))
    assert publish(newsroom, third).number == 1
    assert publish(newsroom, first).number == 2
    unpublished = unpublish(newsroom, first)
    assert unpublished.status == ArticleStatus.UNPUBLISHED.value
    assert unpublished.number == 2
    assert publish(newsroom, second).number == 3
    again = publish(newsroom, first)
    assert again.number == 2
    assert again.revised_at is not None
    fourth = _new(newsroom, "라 기사")
    assert publish(newsroom, fourth).number == 4
    with newsroom.db.session() as session:
        assert [a.number for a in published_articles(session)] == [1, 2, 3, 4]


def test_unpublished_number_is_not_handed_out_again(newsroom: Newsroom) -> None:
    only = _new(newsroom, "유일한 기사")
    publish(newsroom, only)
    unpublish(newsroom, only)
    later = _new(newsroom, "다음 기사")
    assert publish(newsroom, later).number == 2
    with newsroom.db.session() as session:
        assert [a.id for a in published_articles(session)] == [later]


def test_slug_fixed_on_first_publish(newsroom: Newsroom) -> None:
    service = ArticleService(newsroom)
    article_id = _new(newsroom, "시흥 교육 예산 늘어")
    published = publish(newsroom, article_id)
    slug = published.slug
    assert slug and "시흥" in slug
    service.save(
        article_id, ArticleFields(headline="완전히 다른 제목"), expected_version=published.version
    )
    assert service.get(article_id).slug == slug
    unpublish(newsroom, article_id)
    assert publish(newsroom, article_id).slug == slug


def test_unpublishing_a_draft_is_refused(newsroom: Newsroom) -> None:
    with pytest.raises(ValidationError, match="not published"):
        unpublish(newsroom, _new(newsroom, "초안"))


def test_trashed_or_headline_less_articles_cannot_be_published(newsroom: Newsroom) -> None:
    service = ArticleService(newsroom)
    blank = _new(newsroom, "   ")
    with pytest.raises(ValidationError) as caught:
        publish(newsroom, blank)
    assert caught.value.field == "headline"
    trashed = _new(newsroom, "휴지통 기사")
    service.trash(trashed)
    with pytest.raises(ValidationError, match="trash"):
        publish(newsroom, trashed)
    assert service.get(trashed).number is None
    assert service.get(blank).status == ArticleStatus.DRAFT.value


def test_trashed_published_article_leaves_the_site(newsroom: Newsroom) -> None:
    article_id = _new(newsroom, "게시 후 삭제")
    publish(newsroom, article_id)
    ArticleService(newsroom).trash(article_id)
    with newsroom.db.session() as session:
        assert published_articles(session) == []


def test_site_profile_updates_and_normalises(newsroom: Newsroom) -> None:
    profile = update_profile(
        newsroom,
        {"base_url": "https://news.example.kr", "list_page_size": " 30 ", "email": "a@b.kr"},
    )
    assert profile.base_url == "https://news.example.kr/"
    assert profile.list_page_size == 30
    stored = get_profile(newsroom)
    assert (stored.base_url, stored.list_page_size, stored.email) == (
        "https://news.example.kr/",
        30,
        "a@b.kr",
    )


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("base_url", "notaurl"),
        ("base_url", "ftp://example.com/"),
        ("base_url", "https://example.com/?a=1"),
        ("list_page_size", "abc"),
        ("list_page_size", "4"),
        ("list_page_size", "201"),
        ("email", "not-an-email"),
        ("favourite_colour", "blue"),
    ],
)
def test_site_profile_rejects_bad_values_and_saves_nothing(
    newsroom: Newsroom, field: str, value: str
) -> None:
    before = get_profile(newsroom)
    with pytest.raises(ValidationError) as caught:
        update_profile(newsroom, {"name": "바뀌면 안 됨", field: value})
    assert caught.value.field == field
    after = get_profile(newsroom)
    assert after.name == before.name
    assert (after.base_url, after.list_page_size, after.email) == (
        before.base_url,
        before.list_page_size,
        before.email,
    )


def test_footer_fields_are_the_legal_set() -> None:
    assert set(FOOTER_FIELDS.values()) >= {
        "제호",
        "등록번호",
        "발행인",
        "편집인",
        "청소년보호책임자",
    }
