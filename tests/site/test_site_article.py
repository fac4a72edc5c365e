"""Article page: metadata for search/social, escaping, photos, drafts and preview URLs."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from typing import Any

import pytest

from newsdesk.site.builder import PageBuilder
from newsdesk.site.dates import SEOUL
from newsdesk.site.errors import IncompleteFooterError, require_complete_footer
from newsdesk.site.model import LegalFooter
from newsdesk.site.samples import SAMPLE_FOOTER, sample_article, sample_photo, sample_site
from newsdesk.site.urls import Urls


class _Collector(HTMLParser):
    """Collects meta properties, links, images and JSON-LD scripts of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, list[str]] = {}
        self.links: list[dict[str, str | None]] = []
        self.images: list[dict[str, str | None]] = []
        self.scripts: list[str] = []
        self._in_ld = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        data = dict(attrs)
        if tag == "meta" and (data.get("property") or data.get("name")):
            key = data.get("property") or data.get("name") or ""
            self.meta.setdefault(key, []).append(data.get("content") or "")
        elif tag == "link":
            self.links.append(data)
        elif tag == "img":
            self.images.append(data)
        elif tag == "script":
            assert data.get("type") == "application/ld+json", "public pages carry no JavaScript"
            self._in_ld = True
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_ld = False

    def handle_data(self, data: str) -> None:
        if self._in_ld:
            self.scripts[-1] += data


def _parse(html: str) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    return collector


def _render(**changes: Any) -> str:
    return PageBuilder(sample_site()).article_html(sample_article(**changes), list_page=3)


def test_open_graph_and_canonical() -> None:
    page = _parse(_render())
    url = page.meta["og:url"][0]
    assert url.startswith("https://news.siheung.example.kr/articles/302-")
    assert {"rel": "canonical", "href": url} in page.links
    assert page.meta["og:type"] == ["article"]
    assert page.meta["og:title"] == ["시흥시, 방과후 프로그램 새로 연다"]
    assert page.meta["og:site_name"] == ["시흥신문"]
    assert page.meta["og:locale"] == ["ko_KR"]
    assert page.meta["og:image"] == [
        "https://news.siheung.example.kr/media/01/" + "01" * 32 + "-web.jpg"
    ]
    assert page.meta["article:published_time"] == ["2022-07-29T14:30:00+09:00"]
    assert page.meta["article:modified_time"] == ["2022-07-29T16:35:00+09:00"]
    assert page.meta["article:section"] == ["교육"]
    description = page.meta["og:description"][0]
    assert description.startswith("시흥시교육청은 29일 교육부(장관)는")
    assert len(description) <= 151


def test_summary_is_the_description_when_given() -> None:
    page = _parse(_render(summary="요약 한 줄"))
    assert page.meta["og:description"] == ["요약 한 줄"]
    assert page.meta["description"] == ["요약 한 줄"]


def test_json_ld_news_article() -> None:
    page = _parse(_render())
    (script,) = page.scripts
    data = json.loads(script)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "시흥시, 방과후 프로그램 새로 연다"
    assert data["image"] == [page.meta["og:image"][0]]
    assert data["datePublished"] == "2022-07-29T14:30:00+09:00"
    assert data["dateModified"] == "2022-07-29T16:35:00+09:00"
    assert data["author"] == {"@type": "Person", "name": "김민수"}
    assert data["publisher"] == {"@type": "Organization", "name": "시흥신문"}


def test_several_authors_in_json_ld() -> None:
    data = json.loads(_parse(_render(byline="김민수·이영희 기자")).scripts[0])
    assert [a["name"] for a in data["author"]] == ["김민수", "이영희"]


def test_xss_in_headline_caption_and_tags_is_escaped() -> None:
    evil = "</script><script>alert(1)</script><img src=x onerror=alert(2)>"
    photo = sample_photo(1, is_main=True, caption=evil, credit=evil)
    html = _render(headline=evil, subheadline=evil, tags=(evil,), photos=(photo,), byline=evil)
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    page = _parse(html)  # the parser would raise on a second, non-JSON-LD script
    assert not [img for img in page.images if "onerror" in img or img["src"] == "x"]
    (script,) = page.scripts
    assert "</script" not in script.lower()
    assert json.loads(script)["headline"] == evil
    assert page.meta["og:title"] == [evil]


def test_modified_line_only_when_updated_after_published() -> None:
    published = datetime(2022, 7, 29, 14, 30, tzinfo=SEOUL)
    same_minute = _render(published_at=published, updated_at=published + timedelta(seconds=40))
    assert "수정" not in same_minute.split('class="article-meta"')[1].split("</div>")[0]
    later = _render(published_at=published, updated_at=published + timedelta(minutes=1))
    assert "수정 <time" in later
    assert '입력 <time datetime="2022-07-29T14:30:00+09:00">2022.07.29 14:30</time>' in later


def test_times_are_shown_in_seoul_whatever_the_input_zone() -> None:
    utc = datetime(2022, 7, 29, 5, 30, tzinfo=UTC)
    html = _render(published_at=utc, updated_at=utc)
    assert "2022.07.29 14:30" in html
    assert "2022-07-29T14:30:00+09:00" in html


def test_draft_preview_renders_without_number_or_publish_time() -> None:
    builder = PageBuilder(sample_site())
    html = builder.article_html(sample_article(number=None), list_page=None)
    page = _parse(html)
    assert "입력 —" in html
    assert "no. " not in html
    assert "og:url" not in page.meta
    assert not [link for link in page.links if link.get("rel") == "canonical"]
    assert 'href="../index.html">목록으로' in html
    assert "datePublished" not in json.loads(page.scripts[0])


def test_photos_main_first_inline_not_repeated() -> None:
    page = _parse(_render())
    sources = [img["src"] or "" for img in page.images if "media/" in (img["src"] or "")]
    assert [s.split("/")[-2] for s in sources] == ["01", "02", "03"]  # main, inline, list
    main, inline, listed = (img for img in page.images if "media/" in (img["src"] or ""))
    assert "loading" not in main and main["width"] == "1200" and main["height"] == "800"
    assert inline["loading"] == "lazy" and listed["loading"] == "lazy"
    assert main["alt"] == "사진 1 설명"


def test_main_photo_placed_inline_is_not_repeated_at_the_top() -> None:
    html = _render(body_markdown="첫 문단.\n\n![](photo:1)\n\n끝.")
    page = _parse(html)
    sources = [img["src"] for img in page.images if "media/01/" in (img["src"] or "")]
    assert len(sources) == 1
    assert 'class="photo main-photo"' not in html
    assert "og:image" in page.meta  # still the page's representative image


def test_credit_gets_a_copyright_sign_once() -> None:
    html = _render()
    assert "ⓒ 홍길동" in html
    assert "ⓒ ⓒ" not in html


def test_back_link_points_to_the_archive_page() -> None:
    assert 'href="../list/3.html">목록으로' in _render()


def test_preview_urls_change_only_the_prefixes() -> None:
    builder = PageBuilder(sample_site())
    article = sample_article()
    exported = builder.article_html(article, list_page=3)
    preview_urls = Urls(
        static_prefix="file:///app/resources/site/static/",
        media_prefix="file:///data/photos/media/",
        root_prefix="file:///tmp/preview/",
    )
    preview = builder.article_html(article, list_page=3, urls=preview_urls)
    assert "file:///data/photos/media/01/" in preview
    normalised = (
        preview.replace("file:///app/resources/site/static/", "../static/")
        .replace("file:///data/photos/media/", "../media/")
        .replace("file:///tmp/preview/", "../")
    )
    assert normalised == exported


def test_page_has_the_complete_legal_footer() -> None:
    html = _render()
    footer = html.split("<footer", 1)[1]
    for label in LegalFooter.LABELS.values():
        assert f"<dt>{label}</dt>" in footer
    for name in LegalFooter.LABELS:
        value = getattr(SAMPLE_FOOTER, name)
        assert value in footer
    assert "Copyright © 2022 시흥신문. 무단 전재 및 재배포 금지." in footer
    assert '<html lang="ko">' in html
    assert re.search(r'<link rel="stylesheet" href="\.\./static/site\.css\?v=\w+">', html)


def test_incomplete_footer_error_lists_korean_labels() -> None:
    footer = LegalFooter(masthead="시흥신문", registration_date="2020년", editor="김", phone="1")
    with pytest.raises(IncompleteFooterError) as caught:
        require_complete_footer(footer)
    assert caught.value.missing == [
        "등록번호",
        "발행인",
        "청소년보호책임자",
        "발행소 주소",
        "e-mail",
    ]
    assert str(caught.value).startswith("법정 표기 항목이 비어 있습니다: 등록번호, 발행인")


def test_preview_shows_missing_footer_fields_instead_of_failing() -> None:
    site = sample_site(footer=LegalFooter(masthead="시흥신문"))
    html = PageBuilder(site).article_html(sample_article(), list_page=1)
    assert html.count("(미입력)") == 8


def test_stub_renderer_is_used_when_given() -> None:
    calls: list[str] = []

    def stub(source: str, *, resolve_image: object = None) -> str:
        calls.append(source)
        return "<p>스텁 본문</p>"

    html = PageBuilder(sample_site(), render_markdown=stub).article_html(
        sample_article(), list_page=1
    )
    assert "<p>스텁 본문</p>" in html
    assert calls == [sample_article().body_markdown]
