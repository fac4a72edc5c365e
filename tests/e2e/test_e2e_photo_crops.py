"""Cropped photos on the exported site, checked in headless Chromium.

Two published articles share one original with different crops; one also has
a social crop. The pages must show their own cut (the decoded image's natural
size says which file the browser really got) and og:image must be the
1200×630 social cut where there is one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw
from tests.conftest import CHROMEDRIVER, CHROMIUM

from newsdesk.media.photo_edit import CropBox, PhotoEdit, largest_box
from newsdesk.services.export import SiteExportService
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.photo_edits import PhotoEditService
from newsdesk.services.photos import PhotoService
from newsdesk.services.publishing import published_articles
from newsdesk.site.urls import article_path

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists() or not CHROMEDRIVER.exists(),
        reason="headless Chromium not installed (/usr/bin/chromium, /usr/bin/chromedriver)",
    ),
]

NOW = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)
SIZE = (2400, 1600)


def _shared_original(folder: Path) -> Path:
    image = Image.new("RGB", SIZE, (240, 240, 240))
    ImageDraw.Draw(image).rectangle((0, 0, 1199, 1599), fill=(30, 60, 200))
    path = folder / "시청.jpg"
    image.save(path, "JPEG", quality=90)
    return path


def _crop_two_articles(room: Newsroom, source: Path) -> tuple[list[str], list[PhotoEdit]]:
    """Attach ``source`` to two published articles as main photo, cropped differently."""
    with room.db.session() as session:
        targets = [(a.id, article_path(a)) for a in published_articles(session)[:2]]
    photos, edits = PhotoService(room), PhotoEditService(room)
    cuts = [
        PhotoEdit(body=CropBox(0, 0, 0.5, 1), social=largest_box((1200, 630), SIZE)),
        PhotoEdit(body=CropBox(0.25, 0.25, 0.5, 0.5)),
    ]
    for (article_id, _path), cut in zip(targets, cuts, strict=True):
        progress = list(photos.add_files(article_id, [source]))
        photo_id = progress[-1].photo_id
        assert photo_id is not None
        photos.set_main(article_id, photo_id)
        edits.apply(photo_id, cut)
    return [path for _id, path in targets], cuts


def _natural_size(driver: Any, url: str) -> tuple[int, int]:
    """Decode ``url`` in the page and answer its pixel size (0 × 0 if it did not load)."""
    size = driver.execute_async_script(
        """const done = arguments[arguments.length - 1];
        const img = new Image();
        img.onload = () => done([img.naturalWidth, img.naturalHeight]);
        img.onerror = () => done([0, 0]);
        img.src = arguments[0];""",
        url,
    )
    return int(size[0]), int(size[1])


def test_pages_and_og_image_use_each_articles_own_crop(
    demo_newsroom: Newsroom,
    tmp_path: Path,
    site_server: Callable[[Path], str],
    chrome: Any,
) -> None:
    pages, cuts = _crop_two_articles(demo_newsroom, _shared_original(tmp_path))
    out = tmp_path / "site"
    SiteExportService(demo_newsroom).run(out, now=NOW)
    base = site_server(out)

    seen = []
    for page, cut in zip(pages, cuts, strict=True):
        chrome.get(base + page)
        main = chrome.find_element("css selector", "figure.main-photo img")
        src = main.get_attribute("src") or ""
        seen.append(src)
        chrome.execute_script("arguments[0].scrollIntoView()", main)
        width = chrome.execute_script("return arguments[0].naturalWidth", main)
        height = chrome.execute_script("return arguments[0].naturalHeight", main)
        assert cut.body is not None
        expected = (round(SIZE[0] * cut.body.width), round(SIZE[1] * cut.body.height))
        assert (width, height) == expected
        og = chrome.find_element("css selector", 'meta[property="og:image"]')
        og_url = og.get_attribute("content") or ""
        name = og_url.rsplit("/media/", 1)[1]
        local = base + "media/" + name
        if cut.social is not None:
            assert "-social-" in name
            assert _natural_size(chrome, local) == (1200, 630)
            og_width = chrome.find_element("css selector", 'meta[property="og:image:width"]')
            assert og_width.get_attribute("content") == "1200"
        else:  # no social crop: the page photo itself, as before
            assert src.endswith("/media/" + name)
            assert _natural_size(chrome, local) == expected
    assert seen[0] != seen[1]  # one original, two files
    for src in seen:
        assert (out / "media" / src.split("/media/", 1)[1]).is_file()
