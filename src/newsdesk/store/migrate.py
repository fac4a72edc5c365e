"""Apply Alembic migrations programmatically when a database is opened.

The migration scripts ship inside the package, so a wheel or a frozen bundle
upgrades an older database exactly like a source checkout does.

On SQLite three things keep an upgrade from ever costing data:

- a consistent copy of the database (``VACUUM INTO``) is written beside it
  before anything changes, and its path is returned for the app to show;
- migrations run with foreign keys *off*: batch mode rebuilds a table by
  copying it and dropping the old one, and with ``foreign_keys=ON`` that
  drop cascades into every child table (photos, revisions, comments…). The
  pragma cannot change inside a transaction, so the migration gets its own
  connection with the pragma set before its transaction begins;
- the whole upgrade, DDL included, is one transaction (pysqlite's implicit
  transaction handling is turned off so SQLite sees our BEGIN), and
  ``PRAGMA foreign_key_check`` must come back empty before it commits.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.script.revision import ResolutionError
from alembic.util.exc import CommandError
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import NullPool

from newsdesk.store.db_copy import copy_sqlite_database, dated_copy_name

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def _known_revision(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except (ResolutionError, CommandError):  # alembic raises for an unknown id
        return False


class MigrationRefused(RuntimeError):
    """The upgrade would break the data (or was written by a newer Newsdesk); nothing changed."""


def _sqlite_migration_engine(url: Any) -> Engine:
    """An engine whose connections migrate safely: foreign keys off, real transactional DDL."""
    engine = create_engine(url, poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # our BEGIN below owns the transaction
        dbapi_connection.execute("PRAGMA foreign_keys=OFF")
        dbapi_connection.execute("PRAGMA busy_timeout=5000")

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _broken_references(connection: Connection) -> list[str]:
    """``PRAGMA foreign_key_check`` as readable lines ("photos row 3 → articles")."""
    rows = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
    return [f"{table} row {rowid} → {parent}" for table, rowid, parent, _fk in rows]


def _check_known(script: ScriptDirectory, current: str | None) -> None:
    if current is not None and not _known_revision(script, current):
        raise MigrationRefused(
            f"the database was written by a newer version of Newsdesk (schema {current}); "
            "update Newsdesk to open it"
        )


def upgrade_to_head(engine: Engine) -> Path | None:
    """Bring the schema up to date; refuse a database made by a newer Newsdesk.

    Returns the copy made before an SQLite database was changed (None when
    nothing was migrated, or for a brand-new or non-SQLite database).
    """
    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    if engine.dialect.name != "sqlite":
        with engine.begin() as connection:
            current = current_revision(connection)
            _check_known(script, current)
            if current != head:
                command.upgrade(alembic_config(connection), "head")
        return None

    with engine.connect() as connection:
        current = current_revision(connection)
    _check_known(script, current)
    if current == head:
        return None
    database = engine.url.database
    backup: Path | None = None
    if current is not None and database and database != ":memory:":
        source = Path(database)
        backup = copy_sqlite_database(
            source, dated_copy_name(source, "before-upgrade", datetime.now().astimezone())
        )
    migrating = _sqlite_migration_engine(engine.url)
    try:
        with migrating.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
            broken = _broken_references(connection)
            if broken:
                shown = "; ".join(broken[:5]) + (" …" if len(broken) > 5 else "")
                raise MigrationRefused(
                    f"upgrading schema {current} → {head} would leave rows pointing at "
                    f"nothing ({shown}); the database was left unchanged"
                )
    finally:
        migrating.dispose()
    return backup
