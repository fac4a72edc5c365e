"""One article's file name must never break the whole site: slugs are capped where
articles are written, and an export skips (and reports) a page it cannot name."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from newsdesk.cli import main
from newsdesk.errors import ValidationError
from newsdesk.publish.static_site import StaticSiteExporter
from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.export import SiteExportService
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.publishing import published_articles
from newsdesk.site.plan import PlannedFile
from newsdesk.store.models import Article

NOW = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)
HANGUL_600_BYTES = "가" * 200


def test_an_overlong_slug_is_refused_wherever_an_article_is_written(newsroom: Newsroom) -> None:
    article = ArticleService(newsroom).create(ArticleFields(headline="제목"))
    refused = pytest.raises(ValidationError, match=r"slug: is 600 bytes long in UTF-8; at most 80")
    with refused, newsroom.db.session() as session:
        stored = session.get(Article, article.id)
        assert stored is not None
        stored.slug = HANGUL_600_BYTES
    assert ArticleService(newsroom).get(article.id).slug == ""
    for bad in ("../../etc/passwd", "a\x00b", "a?b"):
        with pytest.raises(ValidationError, match="slug: contains"):
            Article(slug=bad)
    assert Article(slug="시흥시-예산-" + "가" * 21).slug.endswith("가")  # 80 bytes exactly


@pytest.mark.sqlite_only("reopens by data folder (like the CLI's --data): the SQLite file")
def test_export_skips_the_article_it_cannot_name_and_writes_the_rest(
    demo_newsroom: Newsroom, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with demo_newsroom.db.session() as session:
        victim = published_articles(session)[3]
        number, headline = victim.number, victim.headline
        # What an earlier version stored from a hand-off file: raw, 600 bytes.
        session.execute(
            text("UPDATE articles SET slug = :slug WHERE id = :id"),
            {"slug": HANGUL_600_BYTES, "id": victim.id},
        )
        total = len(published_articles(session))

    out = tmp_path / "site"
    report = SiteExportService(demo_newsroom).run(out, now=NOW)
    [skipped] = report.skipped
    assert skipped.startswith(f"no.{number} “{headline}”: ")
    assert "file name" in skipped and "bytes" in skipped
    pages = sorted((out / "articles").glob("*.html"))
    assert len(pages) == total - 1
    assert not any(page.name.startswith(f"{number}-") for page in pages)
    assert headline not in (out / "index.html").read_text(encoding="utf-8")
    assert (out / "rss.xml").is_file() and (out / "sitemap.xml").is_file()

    code = main(["--data", str(demo_newsroom.data_dir), "export", "html", str(tmp_path / "cli")])
    err = capsys.readouterr().err
    assert code == 0 and f"  skipped: no.{number} “{headline}”: not exported" in err


def test_exporter_skips_a_page_the_file_system_refuses(tmp_path: Path) -> None:
    """The last guard, for names only the disk refuses (here: over 255 bytes)."""
    too_long = "articles/2-" + "가" * 100 + ".html"
    planned = [
        PlannedFile("articles/1-ok.html", "a", lambda: b"<p>ok</p>"),
        PlannedFile(too_long, "b", lambda: b"<p>too long</p>"),
        PlannedFile("index.html", "c", lambda: b"<p>index</p>"),
    ]
    report = StaticSiteExporter(tmp_path / "site").run(planned)
    assert report.written == 2
    [skipped] = report.skipped
    assert skipped.startswith(f"{too_long}: ") and "File name too long" in skipped
    assert (tmp_path / "site" / "articles" / "1-ok.html").read_bytes() == b"<p>ok</p>"
    assert (tmp_path / "site" / "index.html").is_file()
    assert [p.name for p in (tmp_path / "site").rglob("*.tmp")] == []
