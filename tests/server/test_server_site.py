"""The served public site: same pages as the export, plus real view counts."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from tests.server.conftest import jpeg

from newsdesk.server.app import create_app
from newsdesk.server.settings import ServerSettings, SettingsError, load_settings
from newsdesk.server.testing import TEST_FOOTER, RunningServer


def _page_path(response: httpx.Response) -> str:
    return "articles/" + response.json()["url"].rsplit("/articles/", 1)[1]


def test_pages_render_with_korean_text_and_footer(
    server: RunningServer, publish: Callable[..., httpx.Response], upload: Callable[[bytes], str]
) -> None:
    digest = upload(jpeg())
    photo = {
        "sha256": digest,
        "caption": "시흥시청 전경",
        "credit": "김민수",
        "alt_text": "시청",
        "width": 48,
        "height": 32,
        "position": 0,
    }
    body = '<p>본문 첫 문단.</p>\n<p><img alt="시청" src="photo:1"></p>'
    created = publish(302, body_html=body, photos=[photo], main_photo=digest)
    assert created.status_code == 201
    site = httpx.Client(base_url=server.base_url)
    article = site.get(_page_path(created))
    assert article.status_code == 200 and article.headers["content-type"].startswith("text/html")
    html = article.text
    assert "시흥시, 내년 교육 예산 12% 늘린다 302" in html
    assert f'src="../media/{digest[:2]}/{digest}.jpg"' in html
    assert "<figcaption>시흥시청 전경" in html and "ⓒ 김민수" in html
    assert 'property="og:locale" content="ko_KR"' in html
    assert f'<link rel="canonical" href="{created.json()["url"]}">' in html
    for value in TEST_FOOTER.values():
        assert value in html
    for path in ("", "index.html", "list/1.html"):
        page = site.get(path)
        assert page.status_code == 200
        assert "시흥시, 내년 교육 예산 12% 늘린다 302" in page.text
        assert (
            "청소년보호책임자" in page.text and TEST_FOOTER["youth_protection_officer"] in page.text
        )
    assert site.get("list/2.html").status_code == 404
    assert site.get("static/site.css").status_code == 200
    rss = site.get("rss.xml")
    assert rss.status_code == 200 and "<language>ko</language>" in rss.text
    assert "시흥시가" not in rss.text or "본문" in rss.text
    assert created.json()["url"] in site.get("sitemap.xml").text
    assert site.get("news-sitemap.xml").status_code == 200
    assert "Sitemap: " + server.base_url + "sitemap.xml" in site.get("robots.txt").text


def _views_in_index(html: str) -> tuple[int, int, list[int]]:
    counters = re.search(r"오늘 <strong>([\d,]+)</strong> / 전체 <strong>([\d,]+)</strong>", html)
    assert counters is not None
    cells = [int(v.replace(",", "")) for v in re.findall(r"조회수 </span>([\d,]+)</td>", html)]
    return int(counters.group(1).replace(",", "")), int(counters.group(2).replace(",", "")), cells


def test_article_views_are_counted(
    server: RunningServer, writer: httpx.Client, publish: Callable[..., httpx.Response]
) -> None:
    key = str(uuid.uuid4())
    created = publish(1, article_id=key)
    site = httpx.Client(base_url=server.base_url)
    assert _views_in_index(site.get("").text) == (0, 0, [0])
    path = _page_path(created)
    for _ in range(3):
        assert site.get(path).status_code == 200
    assert site.head(path).status_code == 200  # HEAD is not a reader
    assert _views_in_index(site.get("index.html").text) == (3, 3, [3])
    assert "조회수 </span>3<" in site.get("list/1.html").text
    assert writer.get(f"api/v1/articles/{key}").json()["view_count"] == 3
    assert writer.get("api/v1/articles").json()["items"][0]["view_count"] == 3
    # The views survive a republish and a server restart.
    writer.put(
        f"api/v1/articles/{key}",
        json={
            **writer.get(f"api/v1/articles/{key}").json(),
            "headline": "고친 제목",
            "content_hash": "f" * 64,
        },
    )
    server.restart()
    assert writer.get(f"api/v1/articles/{key}").json()["view_count"] == 3


def test_old_slug_redirects_and_deleted_article_leaves_the_site(
    server: RunningServer, writer: httpx.Client, publish: Callable[..., httpx.Response]
) -> None:
    key = str(uuid.uuid4())
    path = _page_path(publish(9, article_id=key))
    site = httpx.Client(base_url=server.base_url)
    moved = site.get("articles/9-옛-제목.html")
    assert moved.status_code == 301
    assert moved.headers["location"] == path.removeprefix("articles/")
    assert site.get("articles/" + moved.headers["location"]).status_code == 200
    writer.delete(f"api/v1/articles/{key}")
    gone = site.get(path)
    assert gone.status_code == 404 and gone.headers["content-type"].startswith(
        "application/problem+json"
    )
    assert "아직 게시된 기사가 없습니다" in site.get("").text
    assert "/articles/9-" not in site.get("sitemap.xml").text
    assert "articles/9-" not in site.get("rss.xml").text


def test_server_refuses_incomplete_footer(tmp_path: Path) -> None:
    with pytest.raises(SettingsError) as caught:
        create_app(tmp_path, settings=ServerSettings(name="시흥신문"))
    message = str(caught.value)
    assert "\n" not in message
    assert "registration_number" in message and "youth_protection_officer" in message
    assert load_settings(tmp_path / "nothing-here").missing_fields()[0] == "name"


def test_back_link_opens_the_list_page_holding_the_article(
    server: RunningServer, writer: httpx.Client, publish: Callable[..., httpx.Response]
) -> None:
    pages = {number: _page_path(publish(number)) for number in range(1, 23)}
    writer.delete(f"api/v1/articles/{writer.get('api/v1/articles').json()['items'][-1]['id']}")
    site = httpx.Client(base_url=server.base_url)
    # 21 live articles (number 1 unpublished), 20 a page, numbered from the oldest.
    assert 'href="../list/1.html">목록으로' in site.get(pages[21]).text
    assert 'href="../list/2.html">목록으로' in site.get(pages[22]).text
