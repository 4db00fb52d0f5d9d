"""Requests (诉求): cases, their append-only events, photos and search keys, categories, departments and
partner units, the admin's working-day calendar, and the wish wall.

Revision ID: 0004_requests
Revises: 0003_printing
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_requests"
down_revision: str | None = "0003_printing"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SQLITE_TRIGGERS = (
    "CREATE TRIGGER request_events_no_update BEFORE UPDATE ON request_events "
    "BEGIN SELECT RAISE(ABORT, 'request events are append-only'); END",
    "CREATE TRIGGER request_events_no_delete BEFORE DELETE ON request_events "
    "BEGIN SELECT RAISE(ABORT, 'request events are append-only'); END",
)
_PG_TRIGGERS = (
    "CREATE FUNCTION request_events_append_only() RETURNS trigger AS $$ BEGIN "
    "RAISE EXCEPTION USING ERRCODE = 'integrity_constraint_violation', "
    "MESSAGE = 'request events are append-only'; END $$ LANGUAGE plpgsql",
    "CREATE TRIGGER request_events_append_only BEFORE UPDATE OR DELETE ON request_events "
    "FOR EACH ROW EXECUTE FUNCTION request_events_append_only()",
)


def upgrade() -> None:
    op.create_table(
        "request_calendar_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("workday", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(length=60), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_calendar_days")),
        sa.UniqueConstraint("day", name=op.f("uq_request_calendar_days_day")),
    )
    op.create_table(
        "request_categories",
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("group_name", sa.String(length=60), nullable=False),
        sa.Column("handler_kind", sa.String(length=12), nullable=False),
        sa.Column("handler_id", sa.Uuid(), nullable=True),
        sa.Column("deadline_days", sa.Integer(), nullable=False),
        sa.Column("checklist", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_categories")),
        sa.UniqueConstraint("name", name=op.f("uq_request_categories_name")),
    )
    op.create_table(
        "request_units",
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("contact_name", sa.String(length=40), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_units")),
        sa.UniqueConstraint("kind", "name", name=op.f("uq_request_units_kind")),
    )
    op.create_table(
        "requests",
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("resident_id", sa.Uuid(), nullable=True),
        sa.Column("contact_name", sa.String(length=40), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.Column("grid_id", sa.Uuid(), nullable=True),
        sa.Column("category_id", sa.Uuid(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("channel", sa.String(length=12), nullable=False),
        sa.Column("priority", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("open", sa.Boolean(), nullable=False),
        sa.Column("accepted_day", sa.Date(), nullable=False),
        sa.Column("deadline_days", sa.Integer(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("days_left_on_hold", sa.Integer(), nullable=True),
        sa.Column("handler_kind", sa.String(length=12), nullable=False),
        sa.Column("handler_id", sa.Uuid(), nullable=True),
        sa.Column("handler_name", sa.String(length=80), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("event_count", sa.Integer(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["request_categories.id"],
            name=op.f("fk_requests_category_id_request_categories"),
        ),
        sa.ForeignKeyConstraint(["grid_id"], ["grids.id"], name=op.f("fk_requests_grid_id_grids")),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["residents.id"], name=op.f("fk_requests_resident_id_residents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_requests")),
        sa.UniqueConstraint("number", name=op.f("uq_requests_number")),
    )
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.create_index("ix_requests_accepted", ["accepted_day"], unique=False)
        batch_op.create_index("ix_requests_phone", ["phone"], unique=False)
        batch_op.create_index("ix_requests_queue", ["open", "deadline"], unique=False)
        batch_op.create_index("ix_requests_resident", ["resident_id"], unique=False)

    op.create_table(
        "wishes",
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("resident_id", sa.Uuid(), nullable=True),
        sa.Column("wisher_name", sa.String(length=40), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("photo", sa.LargeBinary(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("claimer_kind", sa.String(length=12), nullable=False),
        sa.Column("claimer_name", sa.String(length=80), nullable=False),
        sa.Column("claimer_phone", sa.String(length=30), nullable=False),
        sa.Column("fulfilled_note", sa.Text(), nullable=False),
        sa.Column("fulfilled_photo", sa.LargeBinary(), nullable=True),
        sa.Column("fulfilled_day", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["residents.id"], name=op.f("fk_wishes_resident_id_residents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wishes")),
        sa.UniqueConstraint("number", name=op.f("uq_wishes_number")),
    )
    with op.batch_alter_table("wishes", schema=None) as batch_op:
        batch_op.create_index("ix_wishes_status", ["status"], unique=False)

    op.create_table(
        "request_keys",
        sa.Column("key", sa.String(length=8), nullable=False),
        sa.Column("accepted_day", sa.Date(), nullable=False),
        sa.Column("request_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"], ["requests.id"], name=op.f("fk_request_keys_request_id_requests")
        ),
        sa.PrimaryKeyConstraint(
            "key", "accepted_day", "request_id", name=op.f("pk_request_keys")
        ),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "request_events",
        sa.Column("request_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("username", sa.String(length=60), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("from_status", sa.String(length=16), nullable=False),
        sa.Column("to_status", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("referred_to", sa.String(length=120), nullable=False),
        sa.Column("handler_kind", sa.String(length=12), nullable=False),
        sa.Column("handler_id", sa.Uuid(), nullable=True),
        sa.Column("handler_name", sa.String(length=80), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("fixed", sa.Boolean(), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("days_left_on_hold", sa.Integer(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["request_id"], ["requests.id"], name=op.f("fk_request_events_request_id_requests")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_events")),
        sa.UniqueConstraint("request_id", "seq", name=op.f("uq_request_events_request_id")),
    )
    op.create_table(
        "request_attachments",
        sa.Column("request_id", sa.Uuid(), nullable=False),
        sa.Column("event_id", sa.Uuid(), nullable=True),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("image", sa.LargeBinary(), nullable=False),
        sa.Column("thumbnail", sa.LargeBinary(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["request_events.id"],
            name=op.f("fk_request_attachments_event_id_request_events"),
        ),
        sa.ForeignKeyConstraint(
            ["request_id"], ["requests.id"], name=op.f("fk_request_attachments_request_id_requests")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_attachments")),
    )
    with op.batch_alter_table("request_attachments", schema=None) as batch_op:
        batch_op.create_index("ix_request_attachments_request", ["request_id"], unique=False)

    dialect = op.get_bind().dialect.name
    for statement in _SQLITE_TRIGGERS if dialect == "sqlite" else _PG_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS request_events_no_update")
        op.execute("DROP TRIGGER IF EXISTS request_events_no_delete")
    else:
        op.execute("DROP TRIGGER IF EXISTS request_events_append_only ON request_events")
        op.execute("DROP FUNCTION IF EXISTS request_events_append_only()")
    with op.batch_alter_table("request_attachments", schema=None) as batch_op:
        batch_op.drop_index("ix_request_attachments_request")

    op.drop_table("request_attachments")
    op.drop_table("request_events")
    op.drop_table("request_keys")
    with op.batch_alter_table("wishes", schema=None) as batch_op:
        batch_op.drop_index("ix_wishes_status")

    op.drop_table("wishes")
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.drop_index("ix_requests_resident")
        batch_op.drop_index("ix_requests_queue")
        batch_op.drop_index("ix_requests_phone")
        batch_op.drop_index("ix_requests_accepted")

    op.drop_table("requests")
    op.drop_table("request_units")
    op.drop_table("request_categories")
    op.drop_table("request_calendar_days")
