"""List page arithmetic and the incremental-export promise, checked on plan hashes."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from newsdesk.site.builder import PageBuilder
from newsdesk.site.dates import SEOUL
from newsdesk.site.errors import IncompleteFooterError
from newsdesk.site.listing import Archive, page_count, page_of_rank, window
from newsdesk.site.model import ArticleView, LegalFooter
from newsdesk.site.plan import media_copies, plan_site
from newsdesk.site.samples import sample_photo, sample_site, synthetic_articles
from newsdesk.site.urls import article_path

NOW = datetime(2020, 1, 8, 12, 0, tzinfo=SEOUL)


def _stub(source: str, *, resolve_image: object = None) -> str:
    return f"<p>{len(source)}</p>"


def _hashes(articles: list[ArticleView], now: datetime = NOW) -> dict[str, str]:
    site = sample_site(list_page_size=5)
    builder = PageBuilder(site, render_markdown=_stub)
    return {p.path: p.input_hash for p in plan_site(site, articles, now=now, builder=builder)}


def _changed(before: dict[str, str], after: dict[str, str]) -> set[str]:
    return {path for path in before.keys() | after.keys() if before.get(path) != after.get(path)}


def test_page_count_and_rank() -> None:
    assert page_count(0, 20) == 1
    assert page_count(20, 20) == 1
    assert page_count(21, 20) == 2
    assert page_of_rank(0, 20) == 1
    assert page_of_rank(19, 20) == 1
    assert page_of_rank(20, 20) == 2


def test_window_is_bounded() -> None:
    assert window(1, 3) == (1, 2, 3)
    assert window(10, 50) == (6, 7, 8, 9, 10, 11, 12, 13, 14)
    assert window(50, 50) == (46, 47, 48, 49, 50)


def test_archive_pages_count_from_the_oldest() -> None:
    archive = Archive(synthetic_articles(12, body_chars=(10, 20)), 5)
    assert archive.last_page == 3
    first = archive.archive_page(1)
    assert [r.number for r in first.rows] == [5, 4, 3, 2, 1]  # newest first on a page
    last = archive.archive_page(3)
    assert [r.number for r in last.rows] == [12, 11]  # the highest page is partial
    assert archive.page_of(1) == 1 and archive.page_of(5) == 1
    assert archive.page_of(6) == 2 and archive.page_of(12) == 3
    assert last.pagination.next is None and first.pagination.previous is None
    assert archive.archive_page(2).pagination.previous == 1
    with pytest.raises(ValueError):
        archive.archive_page(4)


def test_pages_follow_rank_not_number_when_numbers_have_gaps() -> None:
    articles = [a for a in synthetic_articles(12, body_chars=(10, 20)) if a.number != 3]
    archive = Archive(articles, 5)
    assert [r.number for r in archive.archive_page(1).rows] == [6, 5, 4, 2, 1]


def test_drafts_are_not_listed_or_planned() -> None:
    articles = synthetic_articles(3, body_chars=(10, 20))
    draft = dataclasses.replace(articles[0], id="draft", number=None, published_at=None)
    hashes = _hashes([*articles, draft])
    assert len([p for p in hashes if p.startswith("articles/")]) == 3


def test_duplicate_numbers_are_refused() -> None:
    article = synthetic_articles(1, body_chars=(10, 20))[0]
    with pytest.raises(ValueError, match="public number 1"):
        Archive([article, dataclasses.replace(article, id="other")], 5)


def test_index_shows_newest_and_counters_in_seoul_days() -> None:
    start = datetime(2020, 1, 7, 23, 30, tzinfo=SEOUL)
    articles = synthetic_articles(7, body_chars=(10, 20))
    articles[-1] = dataclasses.replace(articles[-1], published_at=start + timedelta(hours=1))
    articles[-2] = dataclasses.replace(articles[-2], published_at=start)  # yesterday in Seoul
    index = Archive(articles, 5).index_page(NOW)
    assert [r.number for r in index.rows] == [7, 6, 5, 4, 3]
    assert index.counters is not None
    assert (index.counters.today, index.counters.total) == (1, 7)


def test_adding_one_article_changes_only_the_expected_files() -> None:
    articles = synthetic_articles(12, body_chars=(10, 20))  # pages: 5 + 5 + 2
    before = _hashes(articles)
    after = _hashes(synthetic_articles(13, body_chars=(10, 20)))
    changed = _changed(before, after)
    new_page = {p for p in after if p.startswith("articles/13-")}
    assert len(new_page) == 1
    assert {p for p in changed if p.startswith("articles/")} == new_page
    # The new article was published "today" relative to nothing: not in the news window.
    assert changed - new_page == {"index.html", "list/3.html", "rss.xml", "sitemap.xml"}


def test_a_new_last_page_changes_only_pages_within_the_window() -> None:
    articles = synthetic_articles(50, body_chars=(10, 20))  # exactly 10 full pages
    before = _hashes(articles)
    after = _hashes(synthetic_articles(51, body_chars=(10, 20)))
    changed_lists = {p for p in _changed(before, after) if p.startswith("list/")}
    # Page 10 gains a "다음" link, 7..10 show "11" in their window; 1..6 stay untouched.
    assert changed_lists == {"list/7.html", "list/8.html", "list/9.html", "list/10.html"} | {
        "list/11.html"
    }


def test_editing_one_article_changes_its_page_and_lists_only_if_shown() -> None:
    articles = synthetic_articles(12, body_chars=(10, 20))
    before = _hashes(articles)
    body_edit = list(articles)
    body_edit[2] = dataclasses.replace(articles[2], body_markdown="고친 본문")
    changed = _changed(before, _hashes(body_edit))
    # Its own page, and the RSS item (its description is the body's opening).
    assert changed == {p for p in before if p.startswith("articles/3-")} | {"rss.xml"}
    headline_edit = list(articles)
    headline_edit[2] = dataclasses.replace(articles[2], headline="고친 제목")
    changed = _changed(before, _hashes(headline_edit))
    assert {p for p in changed if not p.startswith("articles/")} == {"list/1.html", "rss.xml"}


def test_date_relative_pages_change_with_the_day_only() -> None:
    articles = synthetic_articles(12, body_chars=(10, 20))
    morning = _hashes(articles, NOW.replace(hour=8))
    evening = _hashes(articles, NOW.replace(hour=20))
    assert _changed(morning, evening) == set()
    next_day = _hashes(articles, NOW + timedelta(days=1))
    assert _changed(morning, next_day) <= {"index.html", "news-sitemap.xml"}
    assert "index.html" in _changed(morning, next_day)


def test_renderer_change_changes_every_page() -> None:
    site = sample_site()
    articles = synthetic_articles(3, body_chars=(10, 20))
    one = PageBuilder(site, render_markdown=_stub)
    other = PageBuilder(site, render_markdown=lambda s, **k: s)
    first = {p.path: p.input_hash for p in plan_site(site, articles, now=NOW, builder=one)}
    second = {p.path: p.input_hash for p in plan_site(site, articles, now=NOW, builder=other)}
    changed = _changed(first, second)
    assert all(p in changed for p in first if p.endswith(".html"))


def test_plan_refuses_incomplete_footer() -> None:
    site = sample_site(footer=LegalFooter(masthead="시흥신문", publisher="홍길동"))
    with pytest.raises(IncompleteFooterError) as caught:
        plan_site(site, [], now=NOW, builder=PageBuilder(site, render_markdown=_stub))
    assert "등록번호" in caught.value.missing and "발행인" not in caught.value.missing


def test_empty_site_still_has_index_and_first_list_page() -> None:
    hashes = _hashes([])
    assert {"index.html", "list/1.html", "rss.xml", "robots.txt", "static/site.css"} <= set(hashes)


def test_media_copies_are_deduplicated() -> None:
    photo = sample_photo(4)
    articles = [
        dataclasses.replace(a, photos=(photo,)) for a in synthetic_articles(3, body_chars=(10, 20))
    ]
    copies = media_copies(articles, Path("/data/media"))
    assert copies == [("media/" + photo.web_file, Path("/data/media") / photo.web_file)]


def test_article_paths_keep_hangul_and_drop_separators() -> None:
    article = synthetic_articles(1, body_chars=(1, 2))[0]
    assert (
        article_path(dataclasses.replace(article, slug="시흥시-소식"))
        == "articles/1-시흥시-소식.html"
    )
    assert article_path(dataclasses.replace(article, slug="../../etc/passwd")) == (
        "articles/1-etc-passwd.html"
    )
    assert article_path(dataclasses.replace(article, slug="")) == "articles/1.html"
    decomposed = "\u1109\u1175\u1112\u1173\u11bc"  # 시흥 typed as jamo (NFD, macOS)
    assert article_path(dataclasses.replace(article, slug=decomposed)) == "articles/1-시흥.html"
