"""Every HTML page states its Content-Security-Policy before it loads anything."""

from __future__ import annotations

from datetime import datetime
from html.parser import HTMLParser

from newsdesk.site.builder import PageBuilder
from newsdesk.site.dates import SEOUL
from newsdesk.site.listing import Archive
from newsdesk.site.samples import sample_article, sample_site, synthetic_articles
from newsdesk.site.security import PAGE_CSP
from newsdesk.site.urls import Urls


class _HeadOrder(HTMLParser):
    """Tags of <head> in order, with the policy a CSP <meta> carries."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.policies: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        data = dict(attrs)
        if (data.get("http-equiv") or "").lower() == "content-security-policy":
            self.policies.append(data.get("content") or "")
            self.tags.append("csp")
        else:
            self.tags.append(tag)


def _pages() -> dict[str, str]:
    site = sample_site()
    builder = PageBuilder(site)
    archive = Archive(synthetic_articles(12, seed=3), site.list_page_size)
    preview = Urls("file:///app/static/", "file:///data/media/", "")
    return {
        "article": builder.article_html(sample_article(), list_page=1),
        "preview": builder.article_html(sample_article(), list_page=None, urls=preview),
        "list": builder.list_html(archive.archive_page(1)),
        "index": builder.list_html(archive.index_page(datetime(2020, 1, 4, tzinfo=SEOUL))),
    }


def test_every_page_carries_the_policy_before_any_resource() -> None:
    for name, html in _pages().items():
        parser = _HeadOrder()
        parser.feed(html)
        assert parser.policies == [PAGE_CSP], name
        # A <meta> policy only covers what comes after it: right after the charset.
        assert parser.tags[:4] == ["html", "head", "meta", "csp"], name


def test_policy_allows_only_own_styles_and_images() -> None:
    directives = dict(part.strip().split(" ", 1) for part in PAGE_CSP.split(";"))
    assert directives == {
        "default-src": "'none'",
        "style-src": "'self'",
        "img-src": "'self'",
        "base-uri": "'none'",
        "form-action": "'none'",
    }
    assert "unsafe" not in PAGE_CSP
    assert "frame-ancestors" not in PAGE_CSP  # ignored (with a console error) in <meta>
