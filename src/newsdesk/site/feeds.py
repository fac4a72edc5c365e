"""Which articles each feed and sitemap lists.

Selection is kept apart from rendering so the export planner can hash a
feed's inputs (and skip it) without rendering it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from newsdesk.site.listing import Archive
from newsdesk.site.model import ArticleView
from newsdesk.site.urls import INDEX_PATH, article_path, list_path

RSS_ITEMS = 50
NEWS_SITEMAP_WINDOW = timedelta(days=2)
NEWS_SITEMAP_LIMIT = 1000


@dataclass(frozen=True, slots=True)
class SitemapEntry:
    path: str  # site-relative
    lastmod: datetime | None


def newest_first(articles: Sequence[ArticleView]) -> list[ArticleView]:
    """Published (numbered) articles, highest public number first."""
    return sorted((a for a in articles if a.number is not None), key=lambda a: -(a.number or 0))


def rss_items(articles: Sequence[ArticleView]) -> list[ArticleView]:
    """The newest 50 published articles."""
    return newest_first(articles)[:RSS_ITEMS]


def news_sitemap_items(articles: Sequence[ArticleView], now: datetime) -> list[ArticleView]:
    """Articles published within the last two days before ``now`` (Google News rules)."""
    since = now - NEWS_SITEMAP_WINDOW
    recent = [
        a
        for a in newest_first(articles)
        if a.published_at is not None and since <= a.published_at <= now
    ]
    return recent[:NEWS_SITEMAP_LIMIT]


def sitemap_entries(archive: Archive) -> list[SitemapEntry]:
    """index.html, every archive page and every article page, with lastmod.

    A list page's lastmod is the newest change among its rows, so it only moves
    when what the page shows could have changed.
    """
    entries: list[SitemapEntry] = []
    newest = max((a.updated_at for a in archive.articles), default=None)
    entries.append(SitemapEntry(INDEX_PATH, newest))
    for page in range(1, archive.last_page + 1):
        chunk = archive.articles[(page - 1) * archive.size : page * archive.size]
        if not chunk:
            continue
        entries.append(SitemapEntry(list_path(page), max(a.updated_at for a in chunk)))
    for article in archive.articles:
        entries.append(SitemapEntry(article_path(article), article.updated_at))
    return entries
