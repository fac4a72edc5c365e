"""SiteExportService: incremental export, removals, footer check, metadata-free photos."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image, ImageCms

from newsdesk.services.export import SiteExportService
from newsdesk.services.importing import MarkdownImporter
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.publishing import published_articles, unpublish
from newsdesk.services.site_profile import update_profile
from newsdesk.site.errors import IncompleteFooterError

NOW = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)


def _files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def test_demo_export_then_second_export_writes_nothing(
    demo_newsroom: Newsroom, tmp_path: Path
) -> None:
    out = tmp_path / "site"
    service = SiteExportService(demo_newsroom)
    first = service.run(out, now=NOW)
    with demo_newsroom.db.session() as session:
        published = len(published_articles(session))
    articles = [f for f in _files(out) if f.startswith("articles/")]
    assert len(articles) == published == 27
    assert {"index.html", "list/1.html", "rss.xml", "sitemap.xml"} <= _files(out)
    assert first.written >= published + 2
    assert first.copied > 0
    mtimes = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}

    second = service.run(out, now=NOW)
    assert (second.written, second.removed, second.copied) == (0, 0, 0)
    assert second.unchanged == first.written
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()} == mtimes


def test_unpublished_article_page_is_removed(demo_newsroom: Newsroom, tmp_path: Path) -> None:
    out = tmp_path / "site"
    service = SiteExportService(demo_newsroom)
    service.run(out, now=NOW)
    with demo_newsroom.db.session() as session:
        victim = published_articles(session)[4]
        victim_id, number = victim.id, victim.number
    page = next((out / "articles").glob(f"{number}-*.html"))
    assert page.exists()
    unpublish(demo_newsroom, victim_id)
    report = service.run(out, now=NOW)
    assert not page.exists()
    assert report.removed >= 1
    assert report.written >= 1  # the list page that held it changed
    assert page.name not in (out / "index.html").read_text(encoding="utf-8")


def test_empty_footer_field_blocks_export_listing_it(
    demo_newsroom: Newsroom, tmp_path: Path
) -> None:
    update_profile(demo_newsroom, {"publisher": "", "youth_protection_officer": "  "})
    out = tmp_path / "site"
    with pytest.raises(IncompleteFooterError) as caught:
        SiteExportService(demo_newsroom).run(out, now=NOW)
    assert caught.value.missing == ["발행인", "청소년보호책임자"]
    assert "발행인" in str(caught.value)
    assert not out.exists() or _files(out) == set()


def _camera_jpeg(path: Path) -> Path:
    image = Image.new("RGB", (2000, 1500), (90, 140, 200))
    exif = Image.Exif()
    exif[0x010F] = "SpyCam"  # Make
    exif[0x0110] = "X-100"  # Model
    exif[0x0112] = 6  # Orientation: rotate 90° CW to display
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (37.0, 22.0, 11.0), 3: "E", 4: (126.0, 44.0, 55.0)})
    exif.get_ifd(0x8769)[0xA431] = "SERIAL-123456"  # BodySerialNumber
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    xmp = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>'
    )
    image.save(
        path, "JPEG", quality=90, exif=exif, icc_profile=icc, comment=b"secret note", xmp=xmp
    )
    with Image.open(path) as check:  # the fixture really carries all of it
        assert check.getexif().get_ifd(0x8825)
        assert "icc_profile" in check.info and "xmp" in check.info
    return path


def test_photo_with_gps_exif_is_exported_without_metadata(
    demo_newsroom: Newsroom, tmp_path: Path
) -> None:
    source_dir = tmp_path / "in"
    source_dir.mkdir()
    _camera_jpeg(source_dir / "gps.jpg")
    markdown = source_dir / "gps.md"
    markdown.write_text(
        "---\ntitle: 위치 정보 사진 기사\nstatus: published\nphotos:\n"
        "  - file: gps.jpg\n    caption: 현장\n---\n본문\n",
        encoding="utf-8",
    )
    article = MarkdownImporter(demo_newsroom).import_file(markdown)
    sha = article.photos[0].sha256
    assert (article.photos[0].width, article.photos[0].height) == (1500, 2000)

    out = tmp_path / "site"
    SiteExportService(demo_newsroom).run(out, now=NOW)
    exported = [p for p in (out / "media").rglob(f"{sha}*") if p.is_file()]
    assert exported, "the photo was not exported"
    page = next((out / "articles").glob(f"{article.number}-*.html")).read_text(encoding="utf-8")
    for path in exported:
        assert path.name in page or path.name.endswith(("-thumb.jpg", "-thumb.webp"))
        data = path.read_bytes()
        assert b"Exif\x00\x00" not in data
        assert b"http://ns.adobe.com/xap" not in data
        assert b"SERIAL-123456" not in data and b"SpyCam" not in data
        assert b"secret note" not in data
        with Image.open(path) as image:
            assert len(image.getexif()) == 0
            assert not image.getexif().get_ifd(0x8825)
            for key in ("exif", "xmp", "icc_profile", "comment", "XML:com.adobe.xmp"):
                assert key not in image.info, key
            assert image.width < image.height  # orientation was applied before stripping
