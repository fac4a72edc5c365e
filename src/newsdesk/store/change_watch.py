"""Has anyone else changed the newsroom? Cheap enough to ask every second.

SQLite's ``PRAGMA data_version`` on a connection changes only when *another*
connection committed; asking costs microseconds and takes no lock. The watch
holds its own connection for that (the services' pooled connections are other
connections, so this process's own saves count too, as they should: another
window of the same app is a different part of the same process).

Most commits are autosaves, which do not change what a list or a form shows,
so a changed version is followed by one small aggregate query (a
fingerprint of articles, comments and photos) and only a changed fingerprint
counts. A server database (PostgreSQL) has no data version: there the
fingerprint alone is compared, on a slower beat chosen by the caller.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Engine

#: What the article list, the form and the comments tab show. Every ORM update of
#: an article moves its version (optimistic locking), so the sum covers edits,
#: workflow steps and the trash.
FINGERPRINT_SQL = (
    "SELECT (SELECT count(*) FROM articles),"
    " (SELECT coalesce(sum(version), 0) FROM articles),"
    " (SELECT count(*) FROM comments),"
    " (SELECT count(resolved_at) FROM comments),"
    " (SELECT count(*) FROM photos)"
)


class ChangeWatch:
    """Answers "changed since the last look?" for one database."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self.is_sqlite = engine.dialect.name == "sqlite"
        #: Our own DBAPI connection (SQLite only): data_version is per connection.
        self._connection: Any = engine.raw_connection() if self.is_sqlite else None
        self._closed = False
        self._version = self._data_version()
        self._fingerprint = self._fingerprint_now()

    def _data_version(self) -> int | None:
        if self._connection is None:
            return None
        cursor = self._connection.cursor()
        try:
            cursor.execute("PRAGMA data_version")
            return int(cursor.fetchone()[0])
        finally:
            cursor.close()

    def _fingerprint_now(self) -> tuple[int, ...]:
        if self._connection is not None:
            cursor = self._connection.cursor()
            try:
                cursor.execute(FINGERPRINT_SQL)
                row = cursor.fetchone()
            finally:
                cursor.close()
        else:
            with self._engine.connect() as connection:
                row = connection.execute(text(FINGERPRINT_SQL)).one()
        return tuple(int(value or 0) for value in row)

    def changed(self) -> bool:
        """True once per change made since the last call (by any other connection)."""
        if self._closed:
            return False
        if self._connection is not None:
            version = self._data_version()
            if version == self._version:
                return False
            self._version = version
        fingerprint = self._fingerprint_now()
        if fingerprint == self._fingerprint:
            return False
        self._fingerprint = fingerprint
        return True

    def close(self) -> None:
        """Give the connection back (before the engine is disposed); idempotent."""
        self._closed = True
        if self._connection is not None:
            self._connection.close()
            self._connection = None
