"""Stations offline: a resident's own offline allowance (points a station may let them redeem
before it hears from the centre again), set at the centre; without one, the setting.

Revision ID: 0020_offline_allowances
Revises: 0019_drop_accepted_index
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020_offline_allowances"
down_revision: str | None = "0019_drop_accepted_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "offline_allowances",
        sa.Column("resident_id", sa.Uuid(), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["residents.id"],
            name=op.f("fk_offline_allowances_resident_id_residents"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offline_allowances")),
        sa.UniqueConstraint("resident_id", name=op.f("uq_offline_allowances_resident_id")),
    )


def downgrade() -> None:
    op.drop_table("offline_allowances")
