"""Alembic environment: always run against the connection handed over by migrate.py."""

from __future__ import annotations

from alembic import context

from newsdesk.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached when alembic's CLI is misused
    raise RuntimeError("run migrations through newsdesk.store.migrate, not the alembic CLI")


def _include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    # The FTS5 search index is managed by hand (store/search.py), not by autogenerate.
    return not (type_ == "table" and name is not None and name.startswith("article_search"))


context.configure(
    include_object=_include_object,
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
