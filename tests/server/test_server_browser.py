"""Headless Chromium on the served site: Korean pages, a view counter that moves, no dead links."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from tests.conftest import ChromeFactory
from tests.server.conftest import jpeg

from newsdesk.server.testing import RunningServer

pytestmark = pytest.mark.browser


@pytest.fixture
def browser(chrome_factory: ChromeFactory, tmp_path: Path) -> Iterator[Any]:
    with chrome_factory(tmp_path / "chrome-profile", window="1280,1200") as driver:
        yield driver


def _row_views(driver: Any, number: int) -> int:
    for row in driver.find_elements("css selector", ".list-table tbody tr"):
        if row.find_element("css selector", ".col-no").text == str(number):
            text = row.find_element("css selector", ".col-views").get_attribute("textContent")
            return int(re.sub(r"\D", "", text))
    raise AssertionError(f"no list row for article {number}")


def _counters(driver: Any) -> tuple[int, int]:
    strong = driver.find_elements("css selector", ".counters strong")
    return int(strong[0].text.replace(",", "")), int(strong[1].text.replace(",", ""))


def _internal_urls(driver: Any, base: str) -> set[str]:
    found: set[str] = set()
    for selector, attribute in (("a[href]", "href"), ("img[src]", "src"), ("link[href]", "href")):
        for element in driver.find_elements("css selector", selector):
            url = element.get_attribute(attribute) or ""
            if url.startswith(base):
                found.add(url.split("#")[0])
    return found


def test_served_site_in_chromium(
    server: RunningServer,
    browser: Any,
    publish: Callable[..., httpx.Response],
    upload: Callable[[bytes], str],
) -> None:
    digest = upload(jpeg("navy", (320, 200)))
    photo = {
        "sha256": digest,
        "caption": "시흥시청 전경",
        "credit": "김민수",
        "alt_text": "시청",
        "width": 320,
        "height": 200,
        "position": 0,
    }
    for number in range(1, 4):
        assert publish(number).status_code == 201
    featured = publish(
        4,
        headline="시흥시, 방과후 프로그램 새로 연다",
        body_html='<p>방과후 수업이 늘어난다.</p>\n<p><img alt="시청" src="photo:1"></p>',
        photos=[photo],
        main_photo=digest,
    )
    base = server.base_url

    browser.get(base)
    body = browser.find_element("tag name", "body").text
    assert "최신기사" in body and "청소년보호책임자" in body and "시흥신문" in body
    assert _row_views(browser, 4) == 0 and _counters(browser) == (0, 0)
    index_urls = _internal_urls(browser, base)

    browser.find_element("partial link text", "방과후 프로그램").click()
    assert urlsplit(browser.current_url).path.startswith("/articles/4-")
    assert browser.find_element("tag name", "h1").text == "시흥시, 방과후 프로그램 새로 연다"
    image = browser.find_element("css selector", "figure img")
    assert browser.execute_script("return arguments[0].naturalWidth", image) == 320
    browser.refresh()
    article_urls = _internal_urls(browser, base)

    browser.find_element("link text", "목록으로").click()
    assert urlsplit(browser.current_url).path == "/list/1.html"
    assert _row_views(browser, 4) == 2  # the visit and the reload
    browser.get(base + "index.html")
    assert _row_views(browser, 4) == 2 and _row_views(browser, 1) == 0
    assert _counters(browser) == (2, 2)
    browser.get(featured.json()["url"])
    browser.get(base)
    assert _row_views(browser, 4) == 3 and _counters(browser) == (3, 3)

    broken = {}
    with httpx.Client(timeout=10) as client:
        for url in sorted(index_urls | article_urls):
            status = client.get(url).status_code
            if status != 200:
                broken[url] = status
    assert broken == {}
    assert any("/media/" in url for url in article_urls)
    assert any("/static/site.css" in url for url in article_urls)
