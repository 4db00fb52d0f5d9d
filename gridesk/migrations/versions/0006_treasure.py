"""Treasure box (百宝箱): items, their events, loans and holds; rooms and bookings.

The partial unique index ix_treasure_loans_open_item keeps one open loan per item in the
database itself (SQLite and PostgreSQL both have partial indexes).

Revision ID: 0006_treasure
Revises: 0005_volunteers
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_treasure"
down_revision: str | None = "0005_volunteers"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "treasure_rooms",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("opens_at", sa.Integer(), nullable=False),
        sa.Column("closes_at", sa.Integer(), nullable=False),
        sa.Column("slot_minutes", sa.Integer(), nullable=False),
        sa.Column("min_minutes", sa.Integer(), nullable=False),
        sa.Column("max_minutes", sa.Integer(), nullable=False),
        sa.Column("buffer_minutes", sa.Integer(), nullable=False),
        sa.Column("needs_approval", sa.Boolean(), nullable=False),
        sa.Column("no_show_minutes", sa.Integer(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_treasure_rooms")),
        sa.UniqueConstraint("name", name=op.f("uq_treasure_rooms_name")),
    )
    op.create_table(
        "treasure_bookings",
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("room_id", sa.Uuid(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("holder_kind", sa.String(length=10), nullable=False),
        sa.Column("resident_id", sa.Uuid(), nullable=True),
        sa.Column("holder_name", sa.String(length=60), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.Column("purpose", sa.String(length=100), nullable=False),
        sa.Column("attendees", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("series_id", sa.Uuid(), nullable=True),
        sa.Column("checked_in_at", sa.DateTime(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["residents.id"],
            name=op.f("fk_treasure_bookings_resident_id_residents"),
        ),
        sa.ForeignKeyConstraint(
            ["room_id"],
            ["treasure_rooms.id"],
            name=op.f("fk_treasure_bookings_room_id_treasure_rooms"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_treasure_bookings")),
        sa.UniqueConstraint("number", name=op.f("uq_treasure_bookings_number")),
    )
    with op.batch_alter_table("treasure_bookings", schema=None) as batch_op:
        batch_op.create_index(
            "ix_treasure_bookings_room_time", ["room_id", "starts_at"], unique=False
        )
        batch_op.create_index("ix_treasure_bookings_series", ["series_id"], unique=False)
        batch_op.create_index(
            "ix_treasure_bookings_status", ["status", "room_id", "starts_at"], unique=False
        )
        batch_op.create_index("ix_treasure_bookings_time", ["starts_at"], unique=False)

    op.create_table(
        "treasure_items",
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("category", sa.String(length=30), nullable=False),
        sa.Column("photo", sa.LargeBinary(), nullable=True),
        sa.Column("donor_id", sa.Uuid(), nullable=True),
        sa.Column("donated_on", sa.Date(), nullable=True),
        sa.Column("condition", sa.String(length=100), nullable=False),
        sa.Column("location", sa.String(length=60), nullable=False),
        sa.Column("max_loan_days", sa.Integer(), nullable=False),
        sa.Column("deposit", sa.Integer(), nullable=False),
        sa.Column("borrowers", sa.String(length=100), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["donor_id"], ["residents.id"], name=op.f("fk_treasure_items_donor_id_residents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_treasure_items")),
    )
    with op.batch_alter_table("treasure_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_treasure_items_donor_id"), ["donor_id"], unique=False)
        batch_op.create_index("ix_treasure_items_status", ["status", "name"], unique=False)

    op.create_table(
        "treasure_holds",
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("resident_id", sa.Uuid(), nullable=False),
        sa.Column("placed_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["treasure_items.id"],
            name=op.f("fk_treasure_holds_item_id_treasure_items"),
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["residents.id"], name=op.f("fk_treasure_holds_resident_id_residents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_treasure_holds")),
    )
    with op.batch_alter_table("treasure_holds", schema=None) as batch_op:
        batch_op.create_index(
            "ix_treasure_holds_one_waiting",
            ["item_id", "resident_id"],
            unique=True,
            sqlite_where=sa.text("status = 'waiting'"),
            postgresql_where=sa.text("status = 'waiting'"),
        )
        batch_op.create_index(
            "ix_treasure_holds_queue", ["item_id", "status", "placed_at"], unique=False
        )

    op.create_table(
        "treasure_item_events",
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("from_status", sa.String(length=12), nullable=False),
        sa.Column("to_status", sa.String(length=12), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["treasure_items.id"],
            name=op.f("fk_treasure_item_events_item_id_treasure_items"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_treasure_item_events")),
    )
    with op.batch_alter_table("treasure_item_events", schema=None) as batch_op:
        batch_op.create_index(
            "ix_treasure_item_events_item", ["item_id", "created_at"], unique=False
        )

    op.create_table(
        "treasure_loans",
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("resident_id", sa.Uuid(), nullable=False),
        sa.Column("lent_at", sa.DateTime(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("deposit", sa.Integer(), nullable=False),
        sa.Column("override_reason", sa.Text(), nullable=False),
        sa.Column("returned_at", sa.DateTime(), nullable=True),
        sa.Column("return_condition", sa.String(length=100), nullable=False),
        sa.Column("missing_parts", sa.String(length=200), nullable=False),
        sa.Column("damaged", sa.Boolean(), nullable=False),
        sa.Column("return_note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["treasure_items.id"],
            name=op.f("fk_treasure_loans_item_id_treasure_items"),
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["residents.id"], name=op.f("fk_treasure_loans_resident_id_residents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_treasure_loans")),
        sa.UniqueConstraint("number", name=op.f("uq_treasure_loans_number")),
    )
    with op.batch_alter_table("treasure_loans", schema=None) as batch_op:
        batch_op.create_index("ix_treasure_loans_due", ["returned_at", "due_on"], unique=False)
        batch_op.create_index("ix_treasure_loans_history", ["item_id", "lent_at"], unique=False)
        batch_op.create_index(
            "ix_treasure_loans_open_item",
            ["item_id"],
            unique=True,
            sqlite_where=sa.text("returned_at IS NULL"),
            postgresql_where=sa.text("returned_at IS NULL"),
        )
        batch_op.create_index(
            "ix_treasure_loans_resident", ["resident_id", "returned_at"], unique=False
        )


    _events_are_append_only()


# An item's events (out of circulation and back) are a record: never changed or deleted.
_SQLITE_TRIGGERS = (
    "CREATE TRIGGER treasure_item_events_no_update BEFORE UPDATE ON treasure_item_events "
    "BEGIN SELECT RAISE(ABORT, 'treasure_item_events are append-only'); END",
    "CREATE TRIGGER treasure_item_events_no_delete BEFORE DELETE ON treasure_item_events "
    "BEGIN SELECT RAISE(ABORT, 'treasure_item_events are append-only'); END",
)
_PG_FUNCTION = (
    "CREATE OR REPLACE FUNCTION treasure_item_events_append_only() RETURNS trigger AS $$ "
    "BEGIN RAISE EXCEPTION USING ERRCODE = 'integrity_constraint_violation', "
    "MESSAGE = 'treasure_item_events are append-only'; END $$ LANGUAGE plpgsql"
)
_PG_TRIGGER = (
    "CREATE TRIGGER treasure_item_events_append_only BEFORE UPDATE OR DELETE "
    "ON treasure_item_events FOR EACH ROW EXECUTE FUNCTION treasure_item_events_append_only()"
)


def _events_are_append_only() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in _SQLITE_TRIGGERS:
            op.execute(statement)
    elif dialect == "postgresql":
        op.execute(_PG_FUNCTION)
        op.execute(_PG_TRIGGER)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS treasure_item_events_no_update")
        op.execute("DROP TRIGGER IF EXISTS treasure_item_events_no_delete")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS treasure_item_events_append_only ON treasure_item_events")
        op.execute("DROP FUNCTION IF EXISTS treasure_item_events_append_only()")
    with op.batch_alter_table("treasure_loans", schema=None) as batch_op:
        batch_op.drop_index("ix_treasure_loans_resident")
        batch_op.drop_index(
            "ix_treasure_loans_open_item",
            sqlite_where=sa.text("returned_at IS NULL"),
            postgresql_where=sa.text("returned_at IS NULL"),
        )
        batch_op.drop_index("ix_treasure_loans_history")
        batch_op.drop_index("ix_treasure_loans_due")

    op.drop_table("treasure_loans")
    with op.batch_alter_table("treasure_item_events", schema=None) as batch_op:
        batch_op.drop_index("ix_treasure_item_events_item")

    op.drop_table("treasure_item_events")
    with op.batch_alter_table("treasure_holds", schema=None) as batch_op:
        batch_op.drop_index("ix_treasure_holds_queue")
        batch_op.drop_index(
            "ix_treasure_holds_one_waiting",
            sqlite_where=sa.text("status = 'waiting'"),
            postgresql_where=sa.text("status = 'waiting'"),
        )

    op.drop_table("treasure_holds")
    with op.batch_alter_table("treasure_items", schema=None) as batch_op:
        batch_op.drop_index("ix_treasure_items_status")
        batch_op.drop_index(batch_op.f("ix_treasure_items_donor_id"))

    op.drop_table("treasure_items")
    with op.batch_alter_table("treasure_bookings", schema=None) as batch_op:
        batch_op.drop_index("ix_treasure_bookings_time")
        batch_op.drop_index("ix_treasure_bookings_status")
        batch_op.drop_index("ix_treasure_bookings_series")
        batch_op.drop_index("ix_treasure_bookings_room_time")

    op.drop_table("treasure_bookings")
    op.drop_table("treasure_rooms")
