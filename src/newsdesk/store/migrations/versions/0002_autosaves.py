"""Autosave rows: unsaved typing that survives a crash.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "autosaves",
        sa.Column("editor_key", sa.String(length=36), nullable=False),
        sa.Column("article_id", sa.String(length=36), nullable=True),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_autosaves_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("editor_key", name=op.f("pk_autosaves")),
    )
    with op.batch_alter_table("autosaves", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_autosaves_article_id"), ["article_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("autosaves", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_autosaves_article_id"))

    op.drop_table("autosaves")
