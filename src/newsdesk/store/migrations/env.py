"""Alembic environment: always run against the connection handed over by migrate.py."""

from __future__ import annotations

from alembic import context

from newsdesk.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached when alembic's CLI is misused
    raise RuntimeError("run migrations through newsdesk.store.migrate, not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
