"""End to end: demo → export → serve on 127.0.0.1 → check in headless Chromium.

One Chromium session and one exported site for the whole module. Runs the
real ``newsdesk`` command in subprocesses, as a newsroom would.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest
from tests.conftest import CHROMEDRIVER, CHROMIUM, ChromeFactory, FolderServer

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists() or not CHROMEDRIVER.exists(),
        reason="headless Chromium not installed (/usr/bin/chromium, /usr/bin/chromedriver)",
    ),
]

HOSTILE_MD = """---
title: 보안 점검용 기사 악성코드
status: published
section: 사회
author: 김민수
---

본문 첫 문단입니다.

<script>window.pwned=1</script>

<img src=x onerror="window.pwned=1">

[x](javascript:window.pwned=1)

마지막 문단.
"""


def _newsdesk(*argv: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "newsdesk", *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


@dataclass
class Site:
    out: Path
    base: str
    shots: Path
    second_export: str


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, folder_server: FolderServer) -> Iterator[Site]:
    root = tmp_path_factory.mktemp("e2e")
    data, out = root / "D", root / "OUT"
    _newsdesk("--data", str(data), "demo")
    hostile = root / "hostile.md"
    hostile.write_text(HOSTILE_MD, encoding="utf-8")
    _newsdesk("--data", str(data), "import", str(hostile))
    _newsdesk("--data", str(data), "export", "html", str(out))
    second = _newsdesk("--data", str(data), "export", "html", str(out))
    shots = Path(os.environ.get("NEWSDESK_SCREENSHOTS", root / "screenshots"))
    shots.mkdir(parents=True, exist_ok=True)
    with folder_server(out) as base:
        yield Site(out, base, shots, second)


@pytest.fixture(scope="module")
def browser(
    tmp_path_factory: pytest.TempPathFactory, chrome_factory: ChromeFactory
) -> Iterator[Any]:
    with chrome_factory(tmp_path_factory.mktemp("chrome-profile")) as driver:
        driver.set_page_load_timeout(30)
        yield driver


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        wanted = {"a": "href", "link": "href", "img": "src", "script": "src", "source": "srcset"}
        name = wanted.get(tag)
        for key, value in attrs:
            if key == name and value:
                self.urls.append(value.split()[0] if key == "srcset" else value)


def _fetch(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, b""


def _article_pages(site: Site) -> list[Path]:
    return sorted((site.out / "articles").glob("*.html"))


def _hostile_page(site: Site) -> Path:
    return next(p for p in _article_pages(site) if "보안-점검용" in p.name)


def _url(site: Site, page: Path) -> str:
    return site.base + urllib.request.pathname2url(page.relative_to(site.out).as_posix())


def test_second_export_writes_nothing(site: Site) -> None:
    assert " 0 written" in site.second_export


def test_every_internal_link_image_and_stylesheet_resolves(site: Site) -> None:
    pages = [site.out / "index.html", *sorted((site.out / "list").glob("*.html"))]
    pages += _article_pages(site)
    assert len(pages) >= 30
    # Absolute links (canonical, RSS, og:url) use the public base URL: check them
    # against the served copy too.
    canonical = re.search(
        r'<link rel="canonical" href="([^"]+)"', (site.out / "index.html").read_text("utf-8")
    )
    assert canonical is not None
    public_base = canonical.group(1)
    checked: dict[str, int] = {}
    broken: list[str] = []
    for page in pages:
        page_url = _url(site, page)
        status, body = _fetch(page_url)
        assert status == 200, page_url
        parser = _Links()
        parser.feed(body.decode("utf-8"))
        for raw in parser.urls:
            target = urljoin(page_url, raw)
            if target.startswith(public_base):
                target = site.base + target[len(public_base) :]
            parts = urlsplit(target)
            if not target.startswith(site.base) or parts.scheme not in {"http", "https"}:
                continue
            target = target.split("#", 1)[0]
            if target not in checked:
                checked[target] = _fetch(target)[0]
            if checked[target] != 200:
                broken.append(f"{page.name}: {raw} -> {checked[target]}")
    assert not broken, broken
    assert any("/media/" in url for url in checked)
    assert any(urlsplit(url).path.endswith(".css") for url in checked)
    assert any(urlsplit(url).path.endswith("rss.xml") for url in checked)
    assert any("/list/" in url for url in checked)


def test_pages_render_korean_in_chromium(site: Site, browser: Any) -> None:
    from selenium.webdriver.common.by import By

    browser.get(site.base + "index.html")
    text = browser.find_element(By.TAG_NAME, "body").text
    for label in ("발행인", "청소년보호책임자", "등록번호", "편집인"):
        assert label in text
    assert "no." in text or "번호" in text
    assert browser.execute_script("return document.documentElement.lang") == "ko"
    browser.save_screenshot(str(site.shots / "index.png"))

    list_pages = sorted((site.out / "list").glob("*.html"))
    browser.get(_url(site, list_pages[-1]))
    assert "발행인" in browser.find_element(By.TAG_NAME, "body").text
    browser.save_screenshot(str(site.shots / "list.png"))

    first = next(p for p in _article_pages(site) if p.name.startswith("1-"))
    browser.get(_url(site, first))
    headline = browser.find_element(By.CSS_SELECTOR, "h1.headline").text
    assert headline == "시흥시, 배곧 해안 산책로 2.4km 새로 연다"
    body = browser.find_element(By.TAG_NAME, "body").text
    assert "목록으로" in body and "청소년보호책임자" in body
    assert browser.title.startswith(headline)

    image = browser.find_element(By.CSS_SELECTOR, "figure.main-photo img")
    browser.execute_script("arguments[0].scrollIntoView();", image)
    width = browser.execute_async_script(
        "const [img, done] = arguments;"
        "if (img.complete && img.naturalWidth) { done(img.naturalWidth); return; }"
        "img.addEventListener('load', () => done(img.naturalWidth));"
        "img.addEventListener('error', () => done(0));",
        image,
    )
    assert width > 0
    browser.save_screenshot(str(site.shots / "article.png"))

    browser.find_element(By.CSS_SELECTOR, "a.back-to-list").click()
    assert "/list/" in browser.current_url
    assert headline in browser.find_element(By.TAG_NAME, "body").text


def test_no_script_runs_from_article_content(site: Site, browser: Any) -> None:
    from selenium.webdriver.common.by import By

    page = _hostile_page(site)
    html = page.read_text(encoding="utf-8")
    assert "javascript:" not in html
    assert "onerror" not in html
    assert "window.pwned" not in html or "<script>window.pwned" not in html

    browser.get(_url(site, page))
    assert "보안 점검용 기사" in browser.find_element(By.CSS_SELECTOR, "h1.headline").text
    assert browser.execute_script("return typeof window.pwned") == "undefined"
    body = browser.find_element(By.CSS_SELECTOR, ".article-body")
    assert "본문 첫 문단입니다." in body.text and "마지막 문단." in body.text
    links = body.find_elements(By.XPATH, ".//a[normalize-space()='x']")
    for link in links:
        link.click()
    browser.save_screenshot(str(site.shots / "hostile.png"))
    assert browser.execute_script("return typeof window.pwned") == "undefined"
    leftovers = browser.execute_script(
        "return Array.from(document.querySelectorAll('*')).flatMap(el =>"
        " Array.from(el.attributes)"
        "  .filter(a => a.name.startsWith('on') || /^\\s*javascript:/i.test(a.value))"
        "  .map(a => el.tagName + ' ' + a.name + '=' + a.value));"
    )
    assert leftovers == []
    scripts = browser.execute_script(
        "return Array.from(document.scripts).map(s => (s.type || 'js') + ':' + s.text);"
    )
    assert not any("pwned" in script for script in scripts)
    assert all(script.startswith("application/ld+json") for script in scripts), scripts
