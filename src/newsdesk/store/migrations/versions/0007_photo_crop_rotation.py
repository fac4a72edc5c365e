"""Photo crop and rotation: non-destructive parameters on the article's photo row.

``rotation`` is clockwise degrees (0, 90, 180, 270) after the EXIF
orientation; each ``crop_*`` is ``[left, top, width, height]`` in fractions
of the rotated photo, for the page (body), the thumbnail and og:image
(social). An existing row gets 0 and NULLs: as imported, no crop, no turn,
so its derivatives keep their names and nothing is regenerated.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_CROPS = ("crop_body", "crop_thumb", "crop_social")


def upgrade() -> None:
    with op.batch_alter_table("photos", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("rotation", sa.Integer(), nullable=False, server_default=sa.text("0"))
        )
        for name in _CROPS:
            batch_op.add_column(sa.Column(name, sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("photos", schema=None) as batch_op:
        for name in reversed(_CROPS):
            batch_op.drop_column(name)
        batch_op.drop_column("rotation")
