"""Every schema Newsdesk ever shipped opens in this version with every row and file intact.

The fixtures (``schema_fixtures/schema_NNNN``) are real data folders left by
each past schema; see ``schema_fixtures/build_fixture.py``. A migration that
drops, cascades or rewrites anything an older newsroom had fails here.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from newsdesk.services.newsroom import Newsroom
from newsdesk.store.database import DATABASE_FILE, DatabaseError, open_database
from newsdesk.store.migrate import head_revision
from newsdesk.store.models import Article, Photo
from newsdesk.store.search import search_articles

FIXTURES = Path(__file__).with_name("schema_fixtures")
REVISIONS = sorted(p.name.removeprefix("schema_") for p in FIXTURES.glob("schema_*"))

Snapshot = dict[str, dict[tuple[Any, ...], dict[str, Any]]]


def snapshot(database: Path) -> Snapshot:
    """Every row of every table (but Alembic's and the search index's), keyed by primary key."""
    connection = sqlite3.connect(database)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                " AND name NOT LIKE 'article_search%' AND name != 'alembic_version'"
            )
        ]
        result: Snapshot = {}
        for table in tables:
            info = connection.execute(f'PRAGMA table_info("{table}")').fetchall()
            key_columns = [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5]]
            cursor = connection.execute(f'SELECT * FROM "{table}"')
            names = [d[0] for d in cursor.description]
            rows = [dict(zip(names, values, strict=True)) for values in cursor]
            result[table] = {tuple(row[k] for k in key_columns): row for row in rows}
        return result
    finally:
        connection.close()


def file_hashes(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted((folder / "photos").rglob("*"))
        if path.is_file()
    }


def test_there_is_a_fixture_for_every_schema_up_to_head() -> None:
    assert REVISIONS[0] == "0001"
    assert REVISIONS[-1] == head_revision(), "a new migration needs its fixture (build_fixture.py)"
    assert [f"{n:04d}" for n in range(1, len(REVISIONS) + 1)] == REVISIONS


@pytest.mark.parametrize("revision", REVISIONS)
def test_upgrade_keeps_every_row_and_file(revision: str, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    shutil.copytree(FIXTURES / f"schema_{revision}", folder)
    before = snapshot(folder / DATABASE_FILE)
    files_before = file_hashes(folder)
    assert before["photos"] and before["revisions"] and before["comments"]

    open_database(folder).dispose()

    after = snapshot(folder / DATABASE_FILE)
    for table, rows in before.items():
        assert len(after[table]) == len(rows), f"{table}: {len(rows)} rows → {len(after[table])}"
        for key, row in rows.items():
            kept = after[table][key]
            assert {c: kept[c] for c in row} == row, f"{table} {key} changed"
    assert file_hashes(folder) == files_before

    backups = sorted(folder.glob("newsdesk.before-upgrade-*.sqlite3"))
    if revision == head_revision():
        assert backups == []  # nothing to migrate, nothing copied
    else:
        assert len(backups) == 1
        assert snapshot(backups[0]) == before  # the copy is the database as it was


@pytest.mark.parametrize("revision", REVISIONS)
def test_upgraded_newsroom_works_through_the_services(revision: str, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    shutil.copytree(FIXTURES / f"schema_{revision}", folder)
    room = Newsroom.open(folder)
    try:
        with room.db.session() as session:
            published = session.scalars(select(Article).where(Article.number == 1)).one()
            photos = session.scalars(
                select(Photo).where(Photo.article_id == published.id).order_by(Photo.position)
            ).all()
            assert [p.caption for p in photos] == ["배곧 해안 산책로.", "야간 조명."]
            assert published.tags == ["시흥", "산책로"]  # JSON as the app wrote it
            assert all(room.photos.find_original(p.sha256) for p in photos)
            hits = search_articles(session, "산책로")
            assert [h.article_id for h in hits] == [published.id]
    finally:
        room.close()


def test_migration_refused_when_foreign_keys_break(tmp_path: Path) -> None:
    """A database whose rows point nowhere is not migrated half-way: refused, left as it was."""
    folder = tmp_path / "data"
    shutil.copytree(FIXTURES / "schema_0001", folder)
    connection = sqlite3.connect(folder / DATABASE_FILE)
    connection.execute("UPDATE photos SET article_id = 'no-such-article' WHERE id LIKE '%1'")
    connection.commit()
    connection.close()
    before = snapshot(folder / DATABASE_FILE)

    with pytest.raises(DatabaseError, match="photos"):
        open_database(folder)

    assert snapshot(folder / DATABASE_FILE) == before
    connection = sqlite3.connect(folder / DATABASE_FILE)
    try:
        (version,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        connection.close()
    assert version == "0001"


def _snapshot_through(url: str) -> Snapshot:
    """Every row of every table on any database, keyed by primary key (SQLAlchemy Core)."""
    from sqlalchemy import MetaData, create_engine

    engine = create_engine(url)
    try:
        metadata = MetaData()
        metadata.reflect(engine)
        result: Snapshot = {}
        with engine.connect() as connection:
            for name, table in metadata.tables.items():
                if name == "alembic_version" or name.startswith("article_search"):
                    continue
                keys = [c.name for c in table.primary_key.columns]
                rows = [dict(row._mapping) for row in connection.execute(table.select())]
                result[name] = {tuple(row[k] for k in keys): row for row in rows}
        return result
    finally:
        engine.dispose()


@pytest.mark.parametrize("revision", REVISIONS[:-1])
def test_upgrade_on_postgresql_keeps_every_row(
    revision: str, tmp_path: Path, pg_cluster: Any
) -> None:
    """The same newsroom, built at each past schema on PostgreSQL, upgraded to head."""
    from tests.store.schema_fixtures.build_fixture import build_fixture

    url = pg_cluster.new_database()
    folder = build_fixture(revision, tmp_path / "data", url=url)
    before = _snapshot_through(url)
    assert before["photos"] and before["revisions"] and before["comments"]

    database = open_database(folder, url=url)
    assert database.upgrade_backup is None  # pg_dump is the server's tool; nothing copied
    database.dispose()

    after = _snapshot_through(url)
    for table, rows in before.items():
        assert len(after[table]) == len(rows), f"{table}: {len(rows)} rows → {len(after[table])}"
        for key, row in rows.items():
            kept = after[table][key]
            assert {c: kept[c] for c in row} == row, f"{table} {key} changed"
