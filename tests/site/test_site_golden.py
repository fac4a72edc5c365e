"""Whole-page golden files: any change to the rendered output shows up as a diff."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from newsdesk.site.builder import PageBuilder
from newsdesk.site.dates import SEOUL
from newsdesk.site.listing import Archive
from newsdesk.site.model import ArticleView
from newsdesk.site.samples import sample_article, sample_site, synthetic_articles

NOW = datetime(2020, 1, 4, 12, 0, tzinfo=SEOUL)


def _stable(html: str) -> str:
    """Hide the stylesheet's cache-busting hash so a CSS tweak doesn't churn HTML goldens."""
    return re.sub(r"site\.css\?v=[0-9a-f]+", "site.css?v=CSSHASH", html)


def _articles() -> list[ArticleView]:
    return synthetic_articles(12, seed=7, body_chars=(200, 400))


def test_article_page_matches_golden(golden: Callable[[str, str], None]) -> None:
    builder = PageBuilder(sample_site())
    golden("article.html", _stable(builder.article_html(sample_article(), list_page=61)))


def test_list_page_matches_golden(golden: Callable[[str, str], None]) -> None:
    site = sample_site()
    archive = Archive(_articles(), site.list_page_size)
    golden("list.html", _stable(PageBuilder(site).list_html(archive.archive_page(2))))


def test_index_page_matches_golden(golden: Callable[[str, str], None]) -> None:
    site = sample_site()
    archive = Archive(_articles(), site.list_page_size)
    golden("index.html", _stable(PageBuilder(site).list_html(archive.index_page(NOW))))


def test_rss_matches_golden(golden: Callable[[str, str], None]) -> None:
    golden("rss.xml", PageBuilder(sample_site()).rss_xml(_articles()))


def test_sitemap_matches_golden(golden: Callable[[str, str], None]) -> None:
    golden("sitemap.xml", PageBuilder(sample_site()).sitemap_xml(_articles()))


def test_news_sitemap_matches_golden(golden: Callable[[str, str], None]) -> None:
    golden("news-sitemap.xml", PageBuilder(sample_site()).news_sitemap_xml(_articles(), now=NOW))
