"""The public site is Korean throughout: the copyright line and the list's photo badge."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from tests.cli.conftest import run

from newsdesk.services.export import SiteExportService
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.site_profile import (
    DEFAULT_PHOTO_BADGE,
    PROFILE_FIELDS,
    profile_values,
    update_profile,
)
from newsdesk.site.builder import PageBuilder
from newsdesk.site.listing import Archive
from newsdesk.site.model import SiteView
from newsdesk.site.samples import sample_article, sample_site, synthetic_articles


def _list_html(site: SiteView) -> str:
    articles = [sample_article(), *synthetic_articles(4, seed=7, body_chars=(200, 400))]
    assert articles[0].photos
    return PageBuilder(site).list_html(Archive(articles, site.list_page_size).archive_page(1))


def test_footer_copyright_line_is_korean() -> None:
    html = PageBuilder(sample_site()).article_html(sample_article(), list_page=1)
    footer = html.split("<footer", 1)[1]
    assert "All rights reserved" not in footer
    assert "Copyright © 2022 시흥신문. 무단 전재 및 재배포 금지." in footer


def test_photo_badge_defaults_to_korean() -> None:
    assert DEFAULT_PHOTO_BADGE == "사진"
    html = _list_html(sample_site())
    assert '<span class="badge-image" title="사진 있음">사진</span>' in html
    assert ">image<" not in html


def test_photo_badge_follows_the_site_setting() -> None:
    html = _list_html(dataclasses.replace(sample_site(), photo_badge="포토"))
    assert '<span class="badge-image" title="사진 있음">포토</span>' in html
    none = _list_html(dataclasses.replace(sample_site(), photo_badge=""))
    assert "badge-image" not in none  # an empty setting shows no badge


def test_photo_badge_is_a_newsroom_setting(demo_newsroom: Newsroom) -> None:
    assert "photo_badge" in PROFILE_FIELDS
    assert profile_values(demo_newsroom)["photo_badge"] == "사진"
    update_profile(demo_newsroom, {"photo_badge": "  포토 "})
    assert profile_values(demo_newsroom)["photo_badge"] == "포토"
    assert SiteExportService(demo_newsroom).snapshot().site.photo_badge == "포토"
    with pytest.raises(Exception, match="photo_badge"):
        update_profile(demo_newsroom, {"photo_badge": "사진이 들어 있는 기사"})


def test_photo_badge_from_the_command_line(
    tmp_path: Path, demo_newsroom: Newsroom, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(demo_newsroom.data_dir)
    code, _, err = run(capsys, "--data", data, "site", "set", "photo_badge", "포토")
    assert code == 0, err
    code, out, _ = run(capsys, "--data", data, "site", "show")
    line = next(line for line in out.splitlines() if line.startswith("photo_badge"))
    assert "포토" in line
    out_dir = tmp_path / "site"
    code, _, err = run(capsys, "--data", data, "export", "html", str(out_dir))
    assert code == 0, err
    assert '<span class="badge-image" title="사진 있음">포토</span>' in (
        out_dir / "index.html"
    ).read_text(encoding="utf-8")
