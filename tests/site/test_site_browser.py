"""End to end: export a small site, serve it over HTTP and open it in headless Chromium.

Checks what only a browser shows: Korean text actually on screen, the
stylesheet applied, every internal link/image resolving, and screenshots a
human can look at (saved to $NEWSDESK_SCREENSHOT_DIR or the test's tmp dir).
"""

from __future__ import annotations

import dataclasses
import os
import urllib.error
import urllib.request
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest

from newsdesk.publish.static_site import export_site
from newsdesk.site.builder import PageBuilder
from newsdesk.site.dates import SEOUL
from newsdesk.site.plan import media_copies
from newsdesk.site.samples import sample_article, sample_site, synthetic_articles
from newsdesk.site.security import PAGE_CSP

pytestmark = pytest.mark.browser

NOW = datetime(2022, 7, 29, 18, 0, tzinfo=SEOUL)


def _make_jpeg(path: Path, size: tuple[int, int], colour: tuple[int, int, int]) -> None:
    """A photo-like JPEG: sky gradient, a hill and a sun, so screenshots read as photos."""
    image_module = pytest.importorskip("PIL.Image")
    from PIL import ImageDraw

    width, height = size
    image = image_module.new("RGB", size)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        shade = y / height
        draw.line(
            [(0, y), (width, y)], fill=tuple(int(c + (255 - c) * shade * 0.6) for c in colour)
        )
    draw.ellipse([width * 0.7, height * 0.12, width * 0.82, height * 0.3], fill=(250, 220, 120))
    draw.polygon(
        [
            (0, height),
            (0, height * 0.7),
            (width * 0.4, height * 0.55),
            (width, height * 0.75),
            (width, height),
        ],
        fill=(60, 90, 60),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, "JPEG", quality=80)


def _export(tmp_path: Path) -> Path:
    site = sample_site(list_page_size=10)
    media = tmp_path / "media-store"
    older = synthetic_articles(24, body_chars=(300, 900), start=datetime(2022, 7, 20, tzinfo=SEOUL))
    feature = sample_article(number=25)
    articles = [*older, feature]
    articles[3] = dataclasses.replace(articles[3], photos=feature.photos[:1])
    for photo, colour in zip(
        feature.photos, [(40, 90, 160), (160, 90, 40), (60, 140, 80)], strict=True
    ):
        _make_jpeg(media / photo.web_file, (photo.width, photo.height), colour)
    out = tmp_path / "site"
    progress = list(
        export_site(
            site,
            articles,
            out,
            now=NOW,
            copies=media_copies(articles, media),
            builder=PageBuilder(site),
        )
    )
    report = progress[-1].report
    assert report is not None and report.written > 0 and report.copied == 3
    return out


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return error.code


def _internal_urls(driver: Any, base: str) -> set[str]:
    found: set[str] = set()
    for selector, attribute in (
        ("a[href]", "href"),
        ("img[src]", "src"),
        ("link[rel=stylesheet]", "href"),
    ):
        for element in driver.find_elements("css selector", selector):
            url = element.get_attribute(attribute) or ""
            if url.startswith(base):
                found.add(url.split("#")[0])
    return found


def _screenshot(driver: Any, tmp_path: Path, name: str) -> Path:
    folder = Path(os.environ.get("NEWSDESK_SCREENSHOT_DIR") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    width = driver.execute_script("return window.innerWidth")
    driver.set_window_size(max(width, 360), 900)  # measure the page, not the old window
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(max(width, 360), min(int(height) + 140, 6000))
    driver.save_screenshot(str(path))
    assert path.stat().st_size > 10_000
    return path


def test_exported_site_in_chromium(
    tmp_path: Path, site_server: Callable[[Path], str], chrome: Any
) -> None:
    folder = _export(tmp_path)
    base = site_server(folder)

    chrome.set_window_size(1280, 1000)
    chrome.get(base + "index.html")
    body = chrome.find_element("tag name", "body").text
    assert "최신기사" in body and "오늘" in body and "전체" in body
    assert "시흥신문" in body and "청소년보호책임자" in body
    assert "2022년 7월 29일" in body
    badge = chrome.find_element("css selector", ".badge-image")
    assert badge.text == "사진"
    # The stylesheet really applied: the header bar has the accent colour.
    nav = chrome.find_element("css selector", ".site-nav")
    assert nav.value_of_css_property("background-color") == "rgba(29, 63, 114, 1)"
    index_urls = _internal_urls(chrome, base)
    _screenshot(chrome, tmp_path, "index.png")

    chrome.set_window_size(1280, 1000)
    chrome.find_element("partial link text", "방과후 프로그램").click()
    assert urlsplit(chrome.current_url).path.startswith("/articles/25-")
    assert chrome.find_element("tag name", "h1").text == "시흥시, 방과후 프로그램 새로 연다"
    text = chrome.find_element("tag name", "body").text
    assert "입력 2022.07.29 14:30" in text and "수정 2022.07.29 16:35" in text
    assert "ⓒ 홍길동" in text and "목록으로" in text
    images = chrome.find_elements("css selector", "figure img")
    assert len(images) == 3
    for image in images:  # decoded, i.e. really served and a valid JPEG
        chrome.execute_script("arguments[0].scrollIntoView()", image)
    chrome.execute_script("window.scrollTo(0, 0)")
    for image in images:
        assert chrome.execute_script("return arguments[0].naturalWidth", image) == 1200
    article_urls = _internal_urls(chrome, base)
    _screenshot(chrome, tmp_path, "article.png")

    chrome.find_element("link text", "목록으로").click()
    assert urlsplit(chrome.current_url).path == "/list/3.html"
    list_urls = _internal_urls(chrome, base)
    _screenshot(chrome, tmp_path, "list.png")

    chrome.set_window_size(390, 844)  # a phone: the table collapses into stacked rows
    chrome.get(base + "index.html")
    thead = chrome.find_element("css selector", ".list-table thead")
    assert not thead.is_displayed()
    _screenshot(chrome, tmp_path, "index-mobile.png")
    chrome.set_window_size(390, 844)
    chrome.get(next(u for u in index_urls if "/articles/25-" in u))
    _screenshot(chrome, tmp_path, "article-mobile.png")

    broken = {
        url: status
        for url in sorted(index_urls | article_urls | list_urls)
        if (status := _status(url)) != 200
    }
    assert broken == {}
    assert any("/media/" in url for url in article_urls)
    assert any("/static/site.css" in url for url in article_urls)
    assert any(urljoin(base, "list/1.html") == url for url in index_urls)


# Installed before any page script or <meta> is parsed; DevTools scripts are not
# subject to the page's policy, so this records every violation the page causes.
_RECORD_VIOLATIONS = (
    "window.__violations = [];"
    "document.addEventListener('securitypolicyviolation', event =>"
    " window.__violations.push(event.violatedDirective + ' ' + event.blockedURI));"
)


def _loaded_images(driver: Any) -> list[int]:
    images = driver.find_elements("css selector", "img")
    for image in images:
        driver.execute_script("arguments[0].scrollIntoView()", image)
    return [
        int(
            driver.execute_async_script(
                "const [img, done] = arguments;"
                "if (img.complete) { done(img.naturalWidth); return; }"
                "img.addEventListener('load', () => done(img.naturalWidth));"
                "img.addEventListener('error', () => done(0));",
                image,
            )
        )
        for image in images
    ]


def _check_page(driver: Any, url: str) -> list[int]:
    """Open ``url``; the policy is in force, styles apply and nothing was blocked."""
    driver.get(url)
    policy = driver.find_element("css selector", "meta[http-equiv='Content-Security-Policy']")
    assert policy.get_attribute("content") == PAGE_CSP
    nav = driver.find_element("css selector", ".site-nav")
    assert nav.value_of_css_property("background-color") == "rgba(29, 63, 114, 1)", url
    widths = _loaded_images(driver)
    assert widths and all(widths), (url, widths)  # the logo at least, every photo decoded
    assert driver.execute_script("return window.__violations") == [], url
    return widths


def test_exported_pages_work_under_their_policy(
    tmp_path: Path, site_server: Callable[[Path], str], chrome: Any
) -> None:
    folder = _export(tmp_path)
    chrome.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": _RECORD_VIOLATIONS})
    article = next((folder / "articles").glob("25-*.html")).name
    for base in (site_server(folder), folder.as_uri() + "/"):  # a web host and file://
        for page in ("index.html", "list/1.html", f"articles/{article}"):
            widths = _check_page(chrome, base + page)
            if page.startswith("articles/"):
                assert widths.count(1200) == 3, widths  # the three photos
    # The policy is really enforced (and the recorder works): an inline style is refused.
    chrome.execute_script(
        "const style = document.createElement('style');"
        "style.textContent = '.site-footer { display: none }';"
        "document.head.appendChild(style);"
    )
    footer = chrome.find_element("css selector", ".site-footer")
    assert footer.is_displayed()
    assert chrome.execute_script("return window.__violations") == ["style-src-elem inline"]
