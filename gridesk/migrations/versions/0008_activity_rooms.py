"""Volunteer activities book their room: the link from an activity to its room booking.

A table of its own (not a column on volunteer_activities), so SQLite needs no table rebuild;
one booking serves one activity.

Revision ID: 0008_activity_rooms
Revises: 0007_points
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_activity_rooms"
down_revision: str | None = "0007_points"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "volunteer_activity_bookings",
        sa.Column("activity_id", sa.Uuid(), nullable=False),
        sa.Column("booking_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["volunteer_activities.id"],
            name=op.f("fk_volunteer_activity_bookings_activity_id_volunteer_activities"),
        ),
        sa.ForeignKeyConstraint(
            ["booking_id"],
            ["treasure_bookings.id"],
            name=op.f("fk_volunteer_activity_bookings_booking_id_treasure_bookings"),
        ),
        sa.PrimaryKeyConstraint("activity_id", name=op.f("pk_volunteer_activity_bookings")),
        sa.UniqueConstraint("booking_id", name=op.f("uq_volunteer_activity_bookings_booking_id")),
    )


def downgrade() -> None:
    op.drop_table("volunteer_activity_bookings")
