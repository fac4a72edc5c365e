"""Opening the newsroom database: engine, pragmas, migrations, sessions.

Nothing here runs at import time; the application (or a test) calls
:func:`open_database` with a data folder or a URL and passes the resulting
:class:`Database` down.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, inspect, select
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from newsdesk.errors import ConflictError
from newsdesk.store import search
from newsdesk.store.db_errors import engine_problem, open_problem
from newsdesk.store.models import Article
from newsdesk.store.schema_head import is_at_head
from newsdesk.store.storage_errors import disk_full_from_db_error, disk_full_from_os_error
from newsdesk.store.types import utc_now

DATABASE_FILE = "newsdesk.sqlite3"

_NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "9p", "afs"}


class DatabaseError(RuntimeError):
    """The database cannot be opened; the message says why in plain words."""


def network_filesystem(path: Path) -> str | None:
    """Return the network filesystem type holding ``path``, or None if local.

    SQLite's locking is unreliable over network shares and WAL mode does not
    work there at all, so the app refuses such a folder (DESIGN.md §7).
    """
    resolved = path.resolve()
    if sys.platform == "win32":
        text_path = str(resolved)
        if text_path.startswith("\\\\"):
            return "UNC share"
        import ctypes

        drive = text_path[:3]
        drive_remote = 4
        if ctypes.windll.kernel32.GetDriveTypeW(drive) == drive_remote:  # type: ignore[attr-defined]
            return "network drive"
        return None
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    best: tuple[int, str] | None = None
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        inside = resolved == Path(mount_point) or Path(mount_point) in resolved.parents
        if inside and (best is None or len(mount_point) > best[0]):
            best = (len(mount_point), fields[2])
    if best and best[1] in _NETWORK_FILESYSTEMS:
        return best[1]
    return None


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


_INDEXED_FIELDS = ("headline", "subheadline", "body", "published_at", "deleted_at", "created_at")


def _sort_time(article: Article) -> datetime:
    return article.published_at or article.created_at or utc_now()


class _SearchKeys:
    """Hands out free search keys during one flush.

    Articles created at the same microsecond (an import of thousands, or a
    hostile file giving them all one time) want the same key. Probing one
    key per query made the n-th such article cost n queries, so imports grew
    quadratically. Here the session remembers where the last search for each
    wanted key ended (``resume``), and taken keys are read from the database
    a window at a time: about one query per 256 articles that share a time,
    one per article otherwise.
    """

    WINDOW = 256

    def __init__(self, session: Session) -> None:
        self.session = session
        self.resume: dict[int, int] = session.info.setdefault("search_key_resume", {})
        self.given: set[int] = set()  # in this flush, not in the database yet
        self.start = self.end = 0  # the window [start, end) read from the database
        self.stored: set[int] = set()

    def _read(self, start: int) -> None:
        self.start, self.end = start, start + self.WINDOW
        with self.session.no_autoflush:
            self.stored = set(
                self.session.scalars(
                    select(Article.search_key).where(
                        Article.search_key >= self.start, Article.search_key < self.end
                    )
                )
            )

    def free_key(self, wanted: int) -> int:
        key = max(wanted, self.resume.get(wanted, wanted))
        while True:
            if not self.start <= key < self.end:
                self._read(key)
            while key < self.end and (key in self.stored or key in self.given):
                key += 1
            if key < self.end:
                break
        self.given.add(key)
        self.resume[wanted] = key + 1
        return key


def _assign_search_keys(session: Session, _context: Any, _instances: Any) -> None:
    """Before a flush: give new/re-dated articles a search key; remember old keys."""
    pending: list[tuple[int | None, Article]] = session.info.setdefault("search_pending", [])
    keys = _SearchKeys(session)
    new = session.new  # built on each access: once, not once per article
    for obj in list(new) + list(session.dirty):
        if not isinstance(obj, Article):
            continue
        state = inspect(obj)
        is_new = obj in new
        changed = is_new or any(state.attrs[name].history.has_changes() for name in _INDEXED_FIELDS)
        if not changed:
            continue
        old_key = None if is_new else obj.search_key
        wanted = int(_sort_time(obj).timestamp() * 1_000_000)
        if is_new or obj.search_key is None or state.attrs.published_at.history.has_changes():
            obj.search_key = keys.free_key(wanted)
        pending.append((old_key, obj))


def _write_search_index(session: Session, _context: Any) -> None:
    pending: list[tuple[int | None, Article]] = session.info.pop("search_pending", [])
    if pending:
        search.update_index(session.connection(), pending)


@contextlib.contextmanager
def unit_of_work(sessions: sessionmaker[Session]) -> Iterator[Session]:
    """A session from ``sessions`` that commits on success and rolls back on any error.

    Shared with the server's store so both apply the same transaction rule
    (DESIGN.md §2: the session owns the transaction).
    """
    session = sessions()
    try:
        yield session
        session.commit()
    except StaleDataError as exc:
        # Two saves passed the version check at the same moment and this one's
        # UPDATE matched no row: the same conflict the check reports, caught late.
        stale = _versioned_ids(session)
        session.rollback()
        raise ConflictError(stale[0] if len(stale) == 1 else None, None, None) from exc
    except BaseException as exc:
        session.rollback()
        # A full disk is a user-facing DiskFullError for every service; the
        # rollback above has already left the saved data as it was.
        full = disk_full_from_db_error(exc, sqlite_file(session.get_bind().engine.url))
        if full is not None:
            raise full from exc
        raise
    finally:
        session.close()


def sqlite_file(url: URL) -> Path | None:
    """The database file of a SQLite URL; None for an in-memory or server database."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def _versioned_ids(session: Session) -> list[str]:
    """Ids of the versioned objects (articles) the failed flush was updating."""
    return sorted(session.info.get("versioned_in_flush", ()))


def _note_versioned_updates(session: Session, _context: Any, _instances: Any) -> None:
    """Before a flush: remember which versioned rows it updates, to name them in a conflict."""
    session.info["versioned_in_flush"] = {
        obj.id
        for obj in session.dirty
        if inspect(obj).mapper.version_id_col is not None
        and isinstance(getattr(obj, "id", None), str)
    }


class Database:
    """An engine plus a session factory whose sessions keep the search index in sync."""

    def __init__(self, engine: Engine, data_dir: Path | None) -> None:
        self.engine = engine
        self.data_dir = data_dir
        #: The copy made before this open upgraded the schema (shown to the user), if any.
        self.upgrade_backup: Path | None = None
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        event.listen(self._sessions, "before_flush", _assign_search_keys)
        event.listen(self._sessions, "before_flush", _note_versioned_updates)
        event.listen(self._sessions, "after_flush", _write_search_index)

    @property
    def photos_dir(self) -> Path:
        if self.data_dir is None:
            raise DatabaseError("this database has no local data folder for photos")
        return self.data_dir / "photos"

    def new_session(self) -> Session:
        return self._sessions()

    def session(self) -> contextlib.AbstractContextManager[Session]:
        """One unit of work: commit on success, roll back on any error."""
        return unit_of_work(self._sessions)

    def dispose(self) -> None:
        self.engine.dispose()


def make_engine(url: str) -> Engine:
    """An engine for ``url``; a URL that cannot work raises DatabaseError naming it and why.

    (Unparseable text, an unknown database kind, a driver that is not installed.)
    """
    try:
        engine = create_engine(url, future=True)
    except (ArgumentError, ImportError, ValueError, TypeError) as exc:
        raise DatabaseError(engine_problem(url, exc)) from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def open_database(data_dir: Path | None = None, *, url: str | None = None) -> Database:
    """Open (creating or upgrading as needed) the database of a data folder or URL."""
    if url is None:
        if data_dir is None:
            raise DatabaseError("no data folder or database URL given")
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            full = disk_full_from_os_error(exc, data_dir)
            if full is not None:
                raise full from exc
            raise DatabaseError(f"cannot create data folder {data_dir}: {exc.strerror}") from exc
        if not os.access(data_dir, os.W_OK):
            raise DatabaseError(f"data folder {data_dir} is not writable")
        remote = network_filesystem(data_dir)
        if remote:
            raise DatabaseError(
                f"data folder {data_dir} is on a network share ({remote}); SQLite databases "
                "get corrupted there. Use a local folder, or a PostgreSQL server for a "
                "shared newsroom."
            )
        url = f"sqlite:///{data_dir / DATABASE_FILE}"
    engine = make_engine(url)
    upgrade_backup: Path | None = None
    try:
        if not is_at_head(engine):  # the usual case skips importing Alembic
            from newsdesk.store.migrate import upgrade_to_head

            upgrade_backup = upgrade_to_head(engine)
    except Exception as exc:
        engine.dispose()
        full = disk_full_from_db_error(exc, sqlite_file(engine.url))  # e.g. no room for -shm
        if full is not None:
            raise full from exc
        raise DatabaseError(open_problem(engine.url, exc)) from exc
    database = Database(engine, data_dir)
    database.upgrade_backup = upgrade_backup
    return database
