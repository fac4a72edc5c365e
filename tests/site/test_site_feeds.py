"""RSS and sitemaps: well-formed XML with the elements readers and crawlers need."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime

from newsdesk.site.builder import PageBuilder
from newsdesk.site.dates import SEOUL
from newsdesk.site.samples import sample_site, synthetic_articles

NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
    "atom": "http://www.w3.org/2005/Atom",
}
NOW = datetime(2020, 1, 20, 12, 0, tzinfo=SEOUL)


def _stub(source: str, *, resolve_image: object = None) -> str:
    return "<p>본문 &amp; 내용</p>"


def _builder() -> PageBuilder:
    return PageBuilder(sample_site(), render_markdown=_stub)


def test_rss_has_channel_items_and_korean_dates() -> None:
    articles = synthetic_articles(60, body_chars=(10, 20))
    articles[-1] = dataclasses.replace(articles[-1], headline="<b>&특보</b>")
    root = ET.fromstring(_builder().rss_xml(articles))
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    assert channel is not None
    assert channel.findtext("language") == "ko"
    assert channel.findtext("title") == "시흥신문"
    self_link = channel.find("atom:link", NS)
    assert self_link is not None and self_link.get("rel") == "self"
    assert self_link.get("href") == "https://news.siheung.example.kr/rss.xml"
    items = channel.findall("item")
    assert len(items) == 50
    assert items[0].findtext("title") == "<b>&특보</b>"
    assert items[0].findtext("description") == "본문 & 내용"
    pub = items[0].findtext("pubDate") or ""
    assert pub.endswith("+0900")
    assert parsedate_to_datetime(pub) == articles[-1].published_at
    assert (items[0].findtext("link") or "").startswith(
        "https://news.siheung.example.kr/articles/60-"
    )
    assert items[0].find("guid") is not None


def test_sitemap_lists_articles_and_list_pages() -> None:
    articles = synthetic_articles(12, body_chars=(10, 20))
    root = ET.fromstring(_builder().sitemap_xml(articles))
    locs = [u.findtext("sm:loc", namespaces=NS) or "" for u in root.findall("sm:url", NS)]
    base = "https://news.siheung.example.kr/"
    assert locs[0] == base
    assert [loc for loc in locs if "/list/" in loc] == [f"{base}list/{k}.html" for k in (1, 2, 3)]
    assert len([loc for loc in locs if "/articles/" in loc]) == 12
    for url in root.findall("sm:url", NS):
        lastmod = url.findtext("sm:lastmod", namespaces=NS) or ""
        assert lastmod.endswith("+09:00")
        datetime.fromisoformat(lastmod)


def test_news_sitemap_holds_the_last_two_days_only() -> None:
    articles = synthetic_articles(40, body_chars=(10, 20))  # one every 6 hours, to Jan 11
    now = datetime(2020, 1, 11, 12, 0, tzinfo=SEOUL)
    future = dataclasses.replace(
        articles[-1], number=41, id="future", published_at=now + timedelta(hours=1)
    )
    root = ET.fromstring(_builder().news_sitemap_xml([*articles, future], now=now))
    urls = root.findall("sm:url", NS)
    expected = [
        a for a in articles if a.published_at and now - timedelta(days=2) <= a.published_at <= now
    ]
    assert 0 < len(urls) == len(expected) <= 9
    news = urls[0].find("news:news", NS)
    assert news is not None
    assert news.findtext("news:publication/news:name", namespaces=NS) == "시흥신문"
    assert news.findtext("news:publication/news:language", namespaces=NS) == "ko"
    assert (news.findtext("news:publication_date", namespaces=NS) or "").endswith("+09:00")
    assert news.findtext("news:title", namespaces=NS) == expected[-1].headline


def test_news_sitemap_is_capped_at_1000() -> None:
    articles = synthetic_articles(1100, body_chars=(1, 2), start=NOW - timedelta(days=300))
    recent = [
        dataclasses.replace(a, published_at=NOW - timedelta(minutes=a.number or 0))
        for a in articles
    ]
    root = ET.fromstring(_builder().news_sitemap_xml(recent, now=NOW))
    assert len(root.findall("sm:url", NS)) == 1000


def test_robots_points_at_both_sitemaps() -> None:
    text = _builder().robots_txt()
    assert "Sitemap: https://news.siheung.example.kr/sitemap.xml" in text
    assert "Sitemap: https://news.siheung.example.kr/news-sitemap.xml" in text
