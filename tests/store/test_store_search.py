"""Store: the bigram FTS5 search index (Korean 2-/3-syllable terms, particles, Latin)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.newsroom import Newsroom
from newsdesk.store.models import Article
from newsdesk.store.search import build_match_query, index_tokens, search_articles

BASE = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)


def _add(
    newsroom: Newsroom, headline: str, body: str = "", *, hours: int = 0, sub: str = ""
) -> str:
    with newsroom.db.session() as session:
        article = Article(
            headline=headline,
            subheadline=sub,
            body=body,
            published_at=BASE + timedelta(hours=hours),
        )
        session.add(article)
        session.flush()
        return article.id


def _found(newsroom: Newsroom, query: str, **kwargs: int) -> list[str]:
    with newsroom.db.session() as session:
        return [hit.article_id for hit in search_articles(session, query, **kwargs)]


@pytest.fixture
def corpus(newsroom: Newsroom) -> dict[str, str]:
    return {
        "edu": _add(newsroom, "교육 예산 늘어", "시의회가 교육 예산을 심사했다.", hours=1),
        "office": _add(newsroom, "교육청은 왜 나섰나", "과밀학급 해소", hours=2),
        "siheung": _add(newsroom, "항구 소식", "오늘 시흥시에서 축제가 열렸다.", hours=3),
        "latin": _add(newsroom, "Smart Hub 수출", "SmartHub exporters grew 15%", hours=4),
        "apart": _add(newsroom, "교회 육상 청년", "교회와 육상, 청년 모임", hours=5),
        "sub": _add(newsroom, "제목", "", hours=6, sub="도시재생 뉴딜 선정"),
    }


def test_index_tokens_are_bigrams_and_lowercase_words() -> None:
    assert index_tokens("교육청은 Smart") == "교육 육청 청은 smart"
    assert index_tokens("시") == "시"
    assert build_match_query("교육청") == '"교육 육청"'
    assert build_match_query("smart") == '"smart"*'
    assert build_match_query("  !!  ") is None


def test_two_syllable_terms(newsroom: Newsroom, corpus: dict[str, str]) -> None:
    assert _found(newsroom, "교육") == [corpus["office"], corpus["edu"]]
    assert _found(newsroom, "시흥") == [corpus["siheung"]]


def test_three_syllable_term_and_attached_particle(
    newsroom: Newsroom, corpus: dict[str, str]
) -> None:
    # 교육청은 (with the particle 은) is found by 교육청.
    assert _found(newsroom, "교육청") == [corpus["office"]]
    assert _found(newsroom, "교육청은") == [corpus["office"]]
    assert _found(newsroom, "시흥시") == [corpus["siheung"]]


def test_no_false_positive_for_non_adjacent_syllables(
    newsroom: Newsroom, corpus: dict[str, str]
) -> None:
    # "apart" holds 교, 육, 청 but never 교육청 / 육청 adjacently.
    assert corpus["apart"] not in _found(newsroom, "교육청")
    assert _found(newsroom, "회육") == []


def test_subheadline_is_indexed(newsroom: Newsroom, corpus: dict[str, str]) -> None:
    assert _found(newsroom, "도시재생") == [corpus["sub"]]


def test_latin_words_and_prefixes(newsroom: Newsroom, corpus: dict[str, str]) -> None:
    assert _found(newsroom, "smart") == [corpus["latin"]]
    assert _found(newsroom, "SMART") == [corpus["latin"]]
    assert _found(newsroom, "export") == [corpus["latin"]]  # prefix of "exporters"
    assert _found(newsroom, "smarthub") == [corpus["latin"]]
    assert _found(newsroom, "xyzzy") == []


def test_all_terms_must_match(newsroom: Newsroom, corpus: dict[str, str]) -> None:
    assert _found(newsroom, "교육 예산") == [corpus["edu"]]
    assert _found(newsroom, "교육 시흥") == []


def test_newest_first_and_keyset_pagination(newsroom: Newsroom) -> None:
    ids = [_add(newsroom, f"시흥 소식 {n}", hours=n) for n in range(7)]
    newest_first = list(reversed(ids))
    with newsroom.db.session() as session:
        page1 = search_articles(session, "시흥", limit=3)
        page2 = search_articles(session, "시흥", limit=3, before_key=page1[-1].search_key)
        page3 = search_articles(session, "시흥", limit=3, before_key=page2[-1].search_key)
    assert [h.article_id for h in page1 + page2 + page3] == newest_first
    assert len(page3) == 1
    keys = [h.search_key for h in page1 + page2 + page3]
    assert keys == sorted(keys, reverse=True)


@pytest.mark.sqlite_only("the SQLite FTS5 index")
def test_index_follows_edit_trash_restore_purge(newsroom: Newsroom) -> None:
    service = ArticleService(newsroom)
    article = service.create(ArticleFields(headline="시흥 갯벌", body="본문"))
    assert _found(newsroom, "갯벌") == [article.id]

    service.save(article.id, ArticleFields(headline="오이도 등대", body="본문"), expected_version=1)
    assert _found(newsroom, "갯벌") == []
    assert _found(newsroom, "등대") == [article.id]

    service.trash(article.id)
    assert _found(newsroom, "등대") == []
    service.restore(article.id)
    assert _found(newsroom, "등대") == [article.id]

    service.trash(article.id)
    service.purge(article.id)
    assert _found(newsroom, "등대") == []
    with newsroom.db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM article_search")).scalar() == 0


@pytest.mark.sqlite_only("the SQLite FTS5 index")
def test_index_row_count_matches_live_articles(newsroom: Newsroom, corpus: dict[str, str]) -> None:
    ArticleService(newsroom).trash(corpus["edu"])
    with newsroom.db.engine.connect() as connection:
        indexed = connection.execute(text("SELECT count(*) FROM article_search")).scalar()
        live = connection.execute(
            text("SELECT count(*) FROM articles WHERE deleted_at IS NULL")
        ).scalar()
    assert indexed == live == len(corpus) - 1


def test_publishing_moves_the_article_to_its_publish_time(newsroom: Newsroom) -> None:
    from newsdesk.services.publishing import publish

    old = _add(newsroom, "시흥 옛 기사", hours=100)
    draft = ArticleService(newsroom).create(ArticleFields(headline="시흥 새 기사"))
    publish(newsroom, draft.id, BASE + timedelta(hours=50))
    assert _found(newsroom, "시흥") == [old, draft.id]
    publish_late = ArticleService(newsroom).create(ArticleFields(headline="시흥 최신"))
    publish(newsroom, publish_late.id, BASE + timedelta(hours=200))
    assert _found(newsroom, "시흥")[0] == publish_late.id


def test_bigrams_present_but_not_adjacent_do_not_match(newsroom: Newsroom) -> None:
    # Both bigrams of 교육청 (교육, 육청) occur, but never as one phrase.
    decoy = _add(newsroom, "교육 문제로 체육청사 앞 집회", hours=1)
    real = _add(newsroom, "시흥교육청 발표", hours=2)
    assert _found(newsroom, "교육") == [real, decoy]
    assert _found(newsroom, "육청") == [real, decoy]
    assert _found(newsroom, "교육청") == [real]
