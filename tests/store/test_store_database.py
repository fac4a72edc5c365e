"""Store: migrations, SQLite pragmas, UTC datetimes, optimistic locking, network shares."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, select, text
from sqlalchemy.orm.exc import StaleDataError

from newsdesk.services.articles import ArticleFields, ArticleService
from newsdesk.services.errors import ConflictError
from newsdesk.services.newsroom import Newsroom
from newsdesk.store import database as database_module
from newsdesk.store.database import DATABASE_FILE, DatabaseError, network_filesystem, open_database
from newsdesk.store.migrate import alembic_config, current_revision, head_revision
from newsdesk.store.models import Article
from newsdesk.store.search import search_articles


def test_fresh_database_reaches_head(tmp_path: Path) -> None:
    db = open_database(tmp_path / "data")
    try:
        with db.engine.connect() as connection:
            assert current_revision(connection) == head_revision()
            tables = set(inspect(connection).get_table_names())
        assert {"articles", "photos", "sections", "people", "site_profile", "autosaves"} <= tables
        assert "article_search" in tables
        assert (tmp_path / "data" / DATABASE_FILE).exists()
    finally:
        db.dispose()


def test_database_at_revision_0001_with_data_is_upgraded_and_keeps_rows(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    folder.mkdir()
    engine = create_engine(f"sqlite:///{folder / DATABASE_FILE}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0001")
    with engine.begin() as connection:
        assert current_revision(connection) == "0001"
        assert "autosaves" not in inspect(connection).get_table_names()
        connection.execute(
            text("INSERT INTO sections (id, name, slug, position) VALUES (1, '교육', 'edu', 0)")
        )
        connection.execute(
            text(
                "INSERT INTO articles (id, search_key, slug, headline, subheadline, body,"
                " summary, section_id, byline, tags, status, created_at, updated_at,"
                " view_count, version) VALUES ('a-old-1', 1700000000000000, '', "
                "'옛 기사 교육청', '', '본문', '', 1, '', '[]', 'draft', "
                "'2024-01-01 00:00:00', '2024-01-01 00:00:00', 0, 1)"
            )
        )
    engine.dispose()

    room = Newsroom.open(folder)
    try:
        with room.db.engine.connect() as connection:
            assert current_revision(connection) == head_revision()
            assert "autosaves" in inspect(connection).get_table_names()
        article = ArticleService(room).get("a-old-1")
        assert article.headline == "옛 기사 교육청"
        assert article.section is not None and article.section.name == "교육"
        assert article.created_at == datetime(2024, 1, 1, tzinfo=UTC)
        # The upgraded database is fully usable: a save goes through and re-indexes.
        saved = ArticleService(room).save(
            "a-old-1", ArticleFields(headline="시흥 새 제목", body="본문"), expected_version=1
        )
        assert saved.version == 2
        with room.db.session() as session:
            assert [h.article_id for h in search_articles(session, "시흥")] == ["a-old-1"]
    finally:
        room.close()


def test_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "newer"
    open_database(folder).dispose()
    engine = create_engine(f"sqlite:///{folder / DATABASE_FILE}")
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    with pytest.raises(DatabaseError) as caught:
        open_database(folder)
    message = str(caught.value)
    assert "newer version of Newsdesk" in message
    assert "9999_future" in message
    assert "\n" not in message


@pytest.mark.sqlite_only("SQLite pragmas")
def test_pragmas_read_back_from_a_real_connection(newsroom: Newsroom) -> None:
    with newsroom.db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_foreign_keys_are_enforced(newsroom: Newsroom) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), newsroom.db.session() as session:
        session.add(Article(headline="x", section_id=12345))


def test_aware_datetimes_round_trip_as_utc(newsroom: Newsroom) -> None:
    seoul = timezone(timedelta(hours=9))
    published = datetime(2026, 7, 29, 14, 30, 15, 123456, tzinfo=seoul)
    with newsroom.db.session() as session:
        article = Article(headline="시간", published_at=published)
        session.add(article)
        session.flush()
        article_id = article.id
    with newsroom.db.session() as session:
        loaded = session.get(Article, article_id)
        assert loaded is not None
        assert loaded.published_at == published
        assert loaded.published_at is not None and loaded.published_at.utcoffset() == timedelta(0)
        assert loaded.published_at.hour == 5
        assert loaded.created_at.tzinfo is not None
    with newsroom.db.engine.connect() as connection:
        raw = connection.execute(
            text("SELECT published_at FROM articles WHERE id = :id"), {"id": article_id}
        ).scalar()
    assert str(raw).startswith("2026-07-29 05:30:15")


def test_naive_datetime_is_refused(newsroom: Newsroom) -> None:
    from sqlalchemy.exc import StatementError

    with pytest.raises(StatementError, match="naive datetime"), newsroom.db.session() as session:
        session.add(Article(headline="naive", published_at=datetime(2026, 1, 1, 9, 0)))
        session.flush()


def test_two_sessions_editing_one_article_conflict(newsroom: Newsroom) -> None:
    article_id = ArticleService(newsroom).create(ArticleFields(headline="원본")).id
    first = newsroom.db.new_session()
    second = newsroom.db.new_session()
    try:
        a = first.get(Article, article_id)
        b = second.get(Article, article_id)
        assert a is not None and b is not None
        a.headline = "첫 번째 편집"
        first.commit()
        b.headline = "두 번째 편집"
        with pytest.raises(StaleDataError):
            second.commit()
        second.rollback()
    finally:
        first.close()
        second.close()
    with newsroom.db.session() as session:
        stored = session.get(Article, article_id)
        assert stored is not None
        assert stored.headline == "첫 번째 편집"
        assert stored.version == 2


def test_service_save_with_stale_version_raises_conflict(newsroom: Newsroom) -> None:
    service = ArticleService(newsroom)
    article = service.create(ArticleFields(headline="원본"))
    service.save(article.id, ArticleFields(headline="편집 A"), expected_version=1)
    with pytest.raises(ConflictError) as caught:
        service.save(article.id, ArticleFields(headline="편집 B"), expected_version=1)
    assert caught.value.expected == 1 and caught.value.actual == 2
    assert service.get(article.id).headline == "편집 A"


def test_local_tmp_dir_is_not_a_network_share(tmp_path: Path) -> None:
    assert network_filesystem(tmp_path) is None


def _fake_mounts(monkeypatch: pytest.MonkeyPatch, mounts: str) -> None:
    real_read_text = Path.read_text

    def read_text(self: Path, *args: object, **kwargs: object) -> str:
        if str(self) == "/proc/mounts":
            return mounts
        return real_read_text(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "read_text", read_text)


def test_network_share_is_detected_from_mount_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A fake /proc/mounts (the real NFS mount cannot be made here): the longest
    # mount point containing the folder decides.
    share = tmp_path.resolve() / "share"
    spaced = tmp_path.resolve() / "my share"
    _fake_mounts(
        monkeypatch,
        "/dev/sda1 / ext4 rw 0 0\n"
        f"server:/export {share} nfs4 rw 0 0\n"
        f"//nas/docs {str(spaced).replace(' ', chr(92) + '040')} cifs rw 0 0\n"
        f"tmpfs {share}/local tmpfs rw 0 0\n",
    )
    assert network_filesystem(share / "newsroom") == "nfs4"
    assert network_filesystem(spaced / "x") == "cifs"
    assert network_filesystem(share / "local" / "x") is None
    assert network_filesystem(tmp_path / "elsewhere") is None
    with pytest.raises(DatabaseError, match=r"network share \(nfs4\)"):
        open_database(share / "newsroom")
    assert not (share / "newsroom" / DATABASE_FILE).exists()


def test_unreadable_mount_table_means_local(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_read_text = Path.read_text

    def read_text(self: Path, *args: object, **kwargs: object) -> str:
        if str(self) == "/proc/mounts":
            raise PermissionError("denied")
        return real_read_text(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "read_text", read_text)
    assert database_module.network_filesystem(tmp_path) is None


def test_search_key_follows_publish_time(newsroom: Newsroom) -> None:
    when = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
    with newsroom.db.session() as session:
        article = Article(headline="키", published_at=when)
        session.add(article)
        session.flush()
        assert article.search_key == int(when.timestamp() * 1_000_000)
        twin = Article(headline="같은 시각", published_at=when)
        session.add(twin)
        session.flush()
        assert twin.search_key == article.search_key + 1
    with newsroom.db.session() as session:
        keys = session.scalars(select(Article.search_key)).all()
    assert len(set(keys)) == 2
