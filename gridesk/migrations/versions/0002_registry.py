"""Resident registry: grids, households, residents and their search keys.

Revision ID: 0002_registry
Revises: 0001_core
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_registry"
down_revision: str | None = "0001_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "grids",
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("worker_name", sa.String(length=40), nullable=False),
        sa.Column("worker_phone", sa.String(length=30), nullable=False),
        sa.Column("leader_name", sa.String(length=40), nullable=False),
        sa.Column("leader_phone", sa.String(length=30), nullable=False),
        sa.Column("duties", sa.Text(), nullable=False),
        sa.Column("service_hours", sa.String(length=100), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_grids")),
        sa.UniqueConstraint("name", name=op.f("uq_grids_name")),
    )

    op.create_table(
        "households",
        sa.Column("estate", sa.String(length=60), nullable=False),
        sa.Column("building", sa.String(length=20), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("room", sa.String(length=20), nullable=False),
        sa.Column("grid_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["grid_id"], ["grids.id"], name=op.f("fk_households_grid_id_grids")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_households")),
    )
    with op.batch_alter_table("households", schema=None) as batch_op:
        batch_op.create_index(
            "ix_households_address", ["estate", "building", "unit", "room"], unique=True
        )
        batch_op.create_index(batch_op.f("ix_households_grid_id"), ["grid_id"], unique=False)

    op.create_table(
        "residents",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("sort_key", sa.String(length=200), nullable=False),
        sa.Column("gender", sa.String(length=1), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.Column("id_number", sa.String(length=18), nullable=True),
        sa.Column("household_id", sa.Uuid(), nullable=True),
        sa.Column("estate", sa.String(length=60), nullable=False),
        sa.Column("building", sa.String(length=20), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("room", sa.String(length=20), nullable=False),
        sa.Column("grid_id", sa.Uuid(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(["grid_id"], ["grids.id"], name=op.f("fk_residents_grid_id_grids")),
        sa.ForeignKeyConstraint(
            ["household_id"], ["households.id"], name=op.f("fk_residents_household_id_households")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_residents")),
        sa.UniqueConstraint("id_number", name=op.f("uq_residents_id_number")),
    )
    with op.batch_alter_table("residents", schema=None) as batch_op:
        batch_op.create_index("ix_residents_estate", ["estate", "sort_key"], unique=False)
        batch_op.create_index("ix_residents_grid", ["grid_id", "sort_key"], unique=False)
        batch_op.create_index("ix_residents_phone", ["phone"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_residents_household_id"), ["household_id"], unique=False
        )
        batch_op.create_index("ix_residents_list", ["archived", "sort_key"], unique=False)

    op.create_table(
        "resident_keys",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("resident_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["residents.id"],
            name=op.f("fk_resident_keys_resident_id_residents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("key", "resident_id", name=op.f("pk_resident_keys")),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("resident_keys", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_resident_keys_resident_id"), ["resident_id"], unique=False
        )

    op.create_table(
        "resident_tags",
        sa.Column("resident_id", sa.Uuid(), nullable=False),
        sa.Column("tag_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["residents.id"],
            name=op.f("fk_resident_tags_resident_id_residents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["tag_id"], ["tags.id"], name=op.f("fk_resident_tags_tag_id_tags")),
        sa.PrimaryKeyConstraint("resident_id", "tag_id", name=op.f("pk_resident_tags")),
    )
    with op.batch_alter_table("resident_tags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_resident_tags_tag_id"), ["tag_id"], unique=False)


def downgrade() -> None:
    op.drop_table("resident_tags")
    op.drop_table("resident_keys")
    op.drop_table("residents")
    op.drop_table("households")
    op.drop_table("grids")
