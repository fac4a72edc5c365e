"""Newsroom settings: small facts kept with the data, first of all its stable id.

The id names the newsroom in OS keyring entries (server tokens), which every
data folder on the PC shares; see services/newsroom_identity.py.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "newsroom_settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_newsroom_settings")),
    )


def downgrade() -> None:
    op.drop_table("newsroom_settings")
