"""Autosave keys fit what the editor writes: "editor-" + a UUID is 43 characters.

SQLite never enforced the old String(36); PostgreSQL does, so no desk on a
shared newsroom could autosave.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("autosaves", schema=None) as batch_op:
        batch_op.alter_column(
            "editor_key",
            existing_type=sa.String(length=36),
            type_=sa.String(length=64),
            existing_nullable=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("autosaves", schema=None) as batch_op:
        batch_op.alter_column(
            "editor_key",
            existing_type=sa.String(length=64),
            type_=sa.String(length=36),
            existing_nullable=False,
        )
