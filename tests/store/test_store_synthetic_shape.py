"""The benchmark's bulk builder writes what the app itself would write."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from sqlalchemy import select, text
from sqlalchemy.engine import Connection

from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.export import SiteExportService
from newsdesk.store.models import Article
from newsdesk.store.search import rebuild_index, search_articles

BUILDER = Path(__file__).resolve().parents[2] / "benchmarks" / "synthetic_newsroom.py"


def _builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("synthetic_newsroom", BUILDER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _index(connection: Connection) -> dict[int, str]:
    rows = connection.execute(text("SELECT rowid, tokens FROM article_search"))
    return {int(row[0]): str(row[1]) for row in rows}


def test_synthetic_newsroom_matches_what_the_app_writes(tmp_path: Path) -> None:
    room = _builder().build(tmp_path / "synthetic", 300, batch=70)
    try:
        with room.db.engine.connect() as connection:
            bulk_index = _index(connection)
        with room.db.session() as session:
            assert rebuild_index(session) == 300
            articles = session.scalars(select(Article).order_by(Article.number)).all()
            numbers = [a.number for a in articles]
            keys = [a.search_key for a in articles]
            assert numbers == list(range(1, 301))
            assert keys == sorted(keys)
            for article in articles:
                assert article.published_at is not None
                assert article.search_key == int(article.published_at.timestamp() * 1_000_000)
                assert article.status == "published" and article.slug and article.version == 1
            hits = search_articles(session, "교육청", limit=500)
        with room.db.engine.connect() as connection:
            assert _index(connection) == bulk_index  # same tokens as the app's own indexing
        assert hits

        # The app edits a bulk-built article like any other and keeps the index in sync.
        service = ArticleService(room)
        target = service.get(articles[10].id)
        fields = ArticleFields.of(target)
        fields.body += "\n유일무이한낱말\n"
        service.save(target.id, fields, expected_version=1)
        with room.db.session() as session:
            assert [h.article_id for h in search_articles(session, "유일무이한낱말")] == [target.id]
        report = SiteExportService(room).run(tmp_path / "site")
        assert len(list((tmp_path / "site" / "articles").glob("*.html"))) == 300
        assert report.written > 300
    finally:
        room.close()
