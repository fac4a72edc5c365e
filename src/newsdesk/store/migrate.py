"""Apply Alembic migrations programmatically when a database is opened.

The migration scripts ship inside the package, so a wheel or a frozen bundle
upgrades an older database exactly like a source checkout does.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.script.revision import ResolutionError
from alembic.util.exc import CommandError
from sqlalchemy.engine import Connection, Engine

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


def upgrade_to_head(engine: Engine) -> None:
    """Bring the schema up to date; refuse a database made by a newer Newsdesk."""
    script = ScriptDirectory.from_config(alembic_config())
    with engine.begin() as connection:
        current = current_revision(connection)
        if current is not None and not _known_revision(script, current):
            raise RuntimeError(
                f"the database was written by a newer version of Newsdesk (schema {current}); "
                "update Newsdesk to open it"
            )
        if current == script.get_current_head():
            return
        command.upgrade(alembic_config(connection), "head")
