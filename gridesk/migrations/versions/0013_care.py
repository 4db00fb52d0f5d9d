"""The care register (困难群众台账): helpers (帮扶责任人), visit frequencies per care tag,
visits with their goods, photos and follow-ups, and care cards waiting to be printed again.

Revision ID: 0013_care
Revises: 0012_reports
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_care"
down_revision: str | None = "0012_reports"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "care_frequencies",
        sa.Column("tag_id", sa.Uuid(), nullable=False),
        sa.Column("every_days", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.CheckConstraint("every_days >= 1", name=op.f("ck_care_frequencies_every_days")),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tags.id"], name=op.f("fk_care_frequencies_tag_id_tags")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_frequencies")),
        sa.UniqueConstraint("tag_id", name=op.f("uq_care_frequencies_tag_id")),
    )
    op.create_table(
        "care_card_reprints",
        sa.Column("resident_id", sa.Uuid(), nullable=False),
        sa.Column("flagged_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["residents.id"],
            name=op.f("fk_care_card_reprints_resident_id_residents"),
        ),
        sa.PrimaryKeyConstraint("resident_id", name=op.f("pk_care_card_reprints")),
    )
    op.create_table(
        "care_helpers",
        sa.Column("resident_id", sa.Uuid(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["residents.id"], name=op.f("fk_care_helpers_person_id_residents")
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["residents.id"], name=op.f("fk_care_helpers_resident_id_residents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_helpers")),
    )
    with op.batch_alter_table("care_helpers", schema=None) as batch_op:
        batch_op.create_index("ix_care_helpers_person", ["person_id"], unique=False)
        batch_op.create_index("ix_care_helpers_resident", ["resident_id", "active"], unique=False)

    op.create_table(
        "care_visits",
        sa.Column("resident_id", sa.Uuid(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("visitors", sa.String(length=200), nullable=False),
        sa.Column("helper_id", sa.Uuid(), nullable=True),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["helper_id"], ["care_helpers.id"], name=op.f("fk_care_visits_helper_id_care_helpers")
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["residents.id"], name=op.f("fk_care_visits_resident_id_residents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_visits")),
    )
    with op.batch_alter_table("care_visits", schema=None) as batch_op:
        batch_op.create_index("ix_care_visits_day", ["day"], unique=False)
        batch_op.create_index("ix_care_visits_resident", ["resident_id", "day"], unique=False)

    op.create_table(
        "care_follow_ups",
        sa.Column("visit_id", sa.Uuid(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("request_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["request_id"], ["requests.id"], name=op.f("fk_care_follow_ups_request_id_requests")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["care_visits.id"], name=op.f("fk_care_follow_ups_visit_id_care_visits")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_follow_ups")),
        sa.UniqueConstraint("request_id", name=op.f("uq_care_follow_ups_request_id")),
    )
    with op.batch_alter_table("care_follow_ups", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_care_follow_ups_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "care_visit_goods",
        sa.Column("visit_id", sa.Uuid(), nullable=False),
        sa.Column("item", sa.String(length=60), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=10), nullable=False),
        sa.Column("value_cents", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.CheckConstraint("quantity >= 1", name=op.f("ck_care_visit_goods_quantity")),
        sa.CheckConstraint("value_cents >= 0", name=op.f("ck_care_visit_goods_value_cents")),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["care_visits.id"], name=op.f("fk_care_visit_goods_visit_id_care_visits")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_visit_goods")),
    )
    with op.batch_alter_table("care_visit_goods", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_care_visit_goods_visit_id"), ["visit_id"], unique=False
        )

    op.create_table(
        "care_visit_photos",
        sa.Column("visit_id", sa.Uuid(), nullable=False),
        sa.Column("image", sa.LargeBinary(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["care_visits.id"], name=op.f("fk_care_visit_photos_visit_id_care_visits")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_visit_photos")),
    )
    with op.batch_alter_table("care_visit_photos", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_care_visit_photos_visit_id"), ["visit_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("care_visit_photos", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_care_visit_photos_visit_id"))

    op.drop_table("care_visit_photos")
    with op.batch_alter_table("care_visit_goods", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_care_visit_goods_visit_id"))

    op.drop_table("care_visit_goods")
    with op.batch_alter_table("care_follow_ups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_care_follow_ups_visit_id"))

    op.drop_table("care_follow_ups")
    with op.batch_alter_table("care_visits", schema=None) as batch_op:
        batch_op.drop_index("ix_care_visits_resident")
        batch_op.drop_index("ix_care_visits_day")

    op.drop_table("care_visits")
    with op.batch_alter_table("care_helpers", schema=None) as batch_op:
        batch_op.drop_index("ix_care_helpers_resident")
        batch_op.drop_index("ix_care_helpers_person")

    op.drop_table("care_helpers")
    op.drop_table("care_card_reprints")
    op.drop_table("care_frequencies")
