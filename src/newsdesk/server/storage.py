"""The server's data folder: its database, media files and site settings.

Same reliability rules as the newsroom store (DESIGN.md §7): SQLite in WAL
mode with ``synchronous=FULL`` by default, any SQLAlchemy URL accepted (the
code stays dialect-neutral), and every media file written atomically.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir
from sqlalchemy import event, func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from newsdesk.paths import APP_NAME
from newsdesk.publish.atomic import atomic_write_bytes
from newsdesk.server.models import (
    SCHEMA_VERSION,
    DailyViews,
    SchemaInfo,
    ServerBase,
    ViewFlush,
)
from newsdesk.store.database import make_engine, network_filesystem, unit_of_work
from newsdesk.store.db_errors import open_problem

DATABASE_FILE = "server.sqlite3"
SERVER_DATA_ENV = "NEWSDESK_SERVER_DATA"
MEDIA_EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png", "image/webp": "webp"}


class ServerStorageError(RuntimeError):
    """The server's data cannot be opened; the message says why in plain words."""


def resolve_server_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--server-data DIR``, else ``$NEWSDESK_SERVER_DATA``, else ``<user data>/server``."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(SERVER_DATA_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=True)) / "server"


def media_relative_path(sha256: str, content_type: str) -> str:
    """``ab/abcd….jpg`` — the layout under ``media/`` on disk and in public URLs."""
    return f"{sha256[:2]}/{sha256}.{MEDIA_EXTENSIONS[content_type]}"


def _begin_immediate(engine: Engine) -> None:
    """Make SQLite write transactions take the write lock up front.

    With SQLite's default deferred BEGIN, two requests that each read and then
    write (a PUT of the same article, two page views of one day) can fail
    with "database is locked" instead of waiting. ``BEGIN IMMEDIATE`` makes
    the second one wait (busy_timeout), so concurrent writers are serialized.
    Needs the driver's own transaction handling off (SQLAlchemy's documented recipe).
    """

    def no_driver_transactions(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None

    def begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    event.listen(engine, "connect", no_driver_transactions)
    event.listen(engine, "begin", begin)


class ServerStore:
    """Engine, sessions and files of one server data folder."""

    def __init__(self, data_dir: Path, *, database_url: str | None = None) -> None:
        self.data_dir = data_dir
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ServerStorageError(f"cannot create {data_dir}: {exc.strerror}") from exc
        if database_url is None:
            remote = network_filesystem(data_dir)
            if remote:
                raise ServerStorageError(
                    f"server data folder {data_dir} is on a network share ({remote}); "
                    "SQLite gets corrupted there. Use a local folder or --database-url."
                )
            database_url = f"sqlite:///{data_dir / DATABASE_FILE}"
        self.engine: Engine = make_engine(database_url)
        self.write_engine = self.engine
        if self.engine.dialect.name == "sqlite":
            self.write_engine = make_engine(database_url)
            _begin_immediate(self.write_engine)
        try:
            self._prepare_schema()
        except ServerStorageError:
            self.dispose()
            raise
        except Exception as exc:
            self.dispose()
            raise ServerStorageError(f"server: {open_problem(self.engine.url, exc)}") from exc
        self._sessions = sessionmaker(self.write_engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def media_dir(self) -> Path:
        return self.data_dir / "media"

    def _prepare_schema(self) -> None:
        """Create missing tables, then refuse a database made by a newer server.

        Every schema change so far only added tables, which ``create_all``
        makes in an older database; its version is then raised to ours.
        """
        ServerBase.metadata.create_all(self.write_engine)
        with Session(self.write_engine) as session, session.begin():
            info = session.get(SchemaInfo, 1)
            if info is None:
                session.add(SchemaInfo(id=1, version=SCHEMA_VERSION))
            elif info.version > SCHEMA_VERSION:
                raise ServerStorageError(
                    f"the server database has schema version {info.version}, newer than this "
                    f"newsdesk ({SCHEMA_VERSION}); upgrade newsdesk"
                )
            elif info.version < SCHEMA_VERSION:
                info.version = SCHEMA_VERSION
            if session.get(ViewFlush, 1) is None:
                session.add(ViewFlush(id=1, seq=0))

    def session(self) -> contextlib.AbstractContextManager[Session]:
        """One unit of work that may write: commit on success, roll back on any error."""
        return unit_of_work(self._sessions)

    @contextlib.contextmanager
    def read_session(self) -> Iterator[Session]:
        """A session for pages and lookups that never write (never waits for writers)."""
        session = self._read_sessions()
        try:
            yield session
        finally:
            session.close()  # ends the read transaction; loaded objects stay usable

    def media_path(self, sha256: str, content_type: str) -> Path:
        return self.media_dir / media_relative_path(sha256, content_type)

    def write_media(self, sha256: str, content_type: str, data: bytes) -> None:
        """Store a photo atomically; a crash never leaves half a file under its hash."""
        atomic_write_bytes(self.media_path(sha256, content_type), data)

    def view_totals(self, session: Session, day: str) -> tuple[int, int]:
        """(views on ``day``, views ever) for the index counters."""
        today = session.scalar(select(DailyViews.views).where(DailyViews.day == day)) or 0
        total = session.scalar(select(func.coalesce(func.sum(DailyViews.views), 0))) or 0
        return int(today), int(total)

    def dispose(self) -> None:
        self.engine.dispose()
        self.write_engine.dispose()
