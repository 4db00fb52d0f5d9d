"""Volunteers (志愿者): teams, profiles, shift templates and shifts, assignments, activities and
sign-ups, hours records (what earns points) and claimable tasks.

Places carry a nullable room_id without a foreign key: rooms belong to the treasure-box window
(0006), which is built alongside; the key is added when both are merged.

Revision ID: 0005_volunteers
Revises: 0004_requests
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_volunteers"
down_revision: str | None = "0004_requests"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "volunteer_shift_templates",
        sa.Column("post", sa.String(length=60), nullable=False),
        sa.Column("place", sa.String(length=100), nullable=False),
        sa.Column("room_id", sa.Uuid(), nullable=True),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("start_time", sa.String(length=5), nullable=False),
        sa.Column("end_time", sa.String(length=5), nullable=False),
        sa.Column("needed", sa.Integer(), nullable=False),
        sa.Column("skill", sa.String(length=40), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.CheckConstraint("needed >= 1", name=op.f("ck_volunteer_shift_templates_needed")),
        sa.CheckConstraint(
            "weekday BETWEEN 1 AND 7", name=op.f("ck_volunteer_shift_templates_weekday")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer_shift_templates")),
    )
    op.create_table(
        "volunteer_shifts",
        sa.Column("template_id", sa.Uuid(), nullable=True),
        sa.Column("post", sa.String(length=60), nullable=False),
        sa.Column("place", sa.String(length=100), nullable=False),
        sa.Column("room_id", sa.Uuid(), nullable=True),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("needed", sa.Integer(), nullable=False),
        sa.Column("skill", sa.String(length=40), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_volunteer_shifts_times")),
        sa.CheckConstraint("needed >= 1", name=op.f("ck_volunteer_shifts_needed")),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["volunteer_shift_templates.id"],
            name=op.f("fk_volunteer_shifts_template_id_volunteer_shift_templates"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer_shifts")),
    )
    with op.batch_alter_table("volunteer_shifts", schema=None) as batch_op:
        batch_op.create_index("ix_volunteer_shifts_starts", ["starts_at"], unique=False)
        batch_op.create_index(
            "ix_volunteer_shifts_template", ["template_id", "starts_at"], unique=True
        )

    op.create_table(
        "volunteer_assignments",
        sa.Column("shift_id", sa.Uuid(), nullable=False),
        sa.Column("resident_id", sa.Uuid(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["residents.id"],
            name=op.f("fk_volunteer_assignments_resident_id_residents"),
        ),
        sa.ForeignKeyConstraint(
            ["shift_id"],
            ["volunteer_shifts.id"],
            name=op.f("fk_volunteer_assignments_shift_id_volunteer_shifts"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer_assignments")),
    )
    with op.batch_alter_table("volunteer_assignments", schema=None) as batch_op:
        batch_op.create_index(
            "ix_volunteer_assignments_person", ["resident_id", "active"], unique=False
        )
        batch_op.create_index(
            "ix_volunteer_assignments_shift", ["shift_id", "active"], unique=False
        )

    op.create_table(
        "volunteer_profiles",
        sa.Column("resident_id", sa.Uuid(), nullable=False),
        sa.Column("skills", sa.String(length=300), nullable=False),
        sa.Column("availability", sa.String(length=500), nullable=False),
        sa.Column("party_member", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["residents.id"],
            name=op.f("fk_volunteer_profiles_resident_id_residents"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer_profiles")),
        sa.UniqueConstraint("resident_id", name=op.f("uq_volunteer_profiles_resident_id")),
    )
    op.create_table(
        "volunteer_tasks",
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("place", sa.String(length=100), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=True),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("source_id", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("claimed_by", sa.Uuid(), nullable=True),
        sa.Column("claimed_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.CheckConstraint(
            "status IN ('open', 'claimed', 'done', 'cancelled')",
            name=op.f("ck_volunteer_tasks_status"),
        ),
        sa.ForeignKeyConstraint(
            ["claimed_by"], ["residents.id"], name=op.f("fk_volunteer_tasks_claimed_by_residents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer_tasks")),
    )
    with op.batch_alter_table("volunteer_tasks", schema=None) as batch_op:
        batch_op.create_index("ix_volunteer_tasks_status", ["status", "created_at"], unique=False)

    op.create_table(
        "volunteer_teams",
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("leader_id", sa.Uuid(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["leader_id"], ["residents.id"], name=op.f("fk_volunteer_teams_leader_id_residents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer_teams")),
        sa.UniqueConstraint("name", name=op.f("uq_volunteer_teams_name")),
    )
    op.create_table(
        "volunteer_activities",
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("place", sa.String(length=100), nullable=False),
        sa.Column("room_id", sa.Uuid(), nullable=True),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("points_mode", sa.String(length=12), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("eligibility", sa.String(length=12), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.CheckConstraint(
            "eligibility IN ('all', 'volunteers', 'party', 'team')",
            name=op.f("ck_volunteer_activities_eligibility"),
        ),
        sa.CheckConstraint(
            "points_mode IN ('hour', 'attendance')",
            name=op.f("ck_volunteer_activities_points_mode"),
        ),
        sa.CheckConstraint("capacity >= 1", name=op.f("ck_volunteer_activities_capacity")),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_volunteer_activities_times")),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["volunteer_teams.id"],
            name=op.f("fk_volunteer_activities_team_id_volunteer_teams"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer_activities")),
    )
    with op.batch_alter_table("volunteer_activities", schema=None) as batch_op:
        batch_op.create_index("ix_volunteer_activities_starts", ["starts_at"], unique=False)

    op.create_table(
        "volunteer_team_members",
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.Column("resident_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["residents.id"],
            name=op.f("fk_volunteer_team_members_resident_id_residents"),
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["volunteer_teams.id"],
            name=op.f("fk_volunteer_team_members_team_id_volunteer_teams"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("team_id", "resident_id", name=op.f("pk_volunteer_team_members")),
    )
    with op.batch_alter_table("volunteer_team_members", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_volunteer_team_members_resident_id"), ["resident_id"], unique=False
        )

    op.create_table(
        "volunteer_hours",
        sa.Column("resident_id", sa.Uuid(), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("shift_id", sa.Uuid(), nullable=True),
        sa.Column("activity_id", sa.Uuid(), nullable=True),
        sa.Column("task_id", sa.Uuid(), nullable=True),
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.Column("scheduled_start", sa.DateTime(), nullable=True),
        sa.Column("scheduled_end", sa.DateTime(), nullable=True),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("minutes", sa.Integer(), nullable=True),
        sa.Column("walk_up", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("approved_by", sa.Uuid(), nullable=True),
        sa.Column("approved_at", sa.DateTime(), nullable=True),
        sa.Column("correction_reason", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.CheckConstraint(
            "source IN ('shift', 'activity', 'task')", name=op.f("ck_volunteer_hours_source")
        ),
        sa.CheckConstraint(
            "status IN ('open', 'flagged', 'pending', 'approved', 'corrected')",
            name=op.f("ck_volunteer_hours_status"),
        ),
        sa.CheckConstraint(
            "minutes IS NULL OR minutes >= 0", name=op.f("ck_volunteer_hours_minutes")
        ),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["volunteer_activities.id"],
            name=op.f("fk_volunteer_hours_activity_id_volunteer_activities"),
        ),
        sa.ForeignKeyConstraint(
            ["approved_by"], ["users.id"], name=op.f("fk_volunteer_hours_approved_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["residents.id"], name=op.f("fk_volunteer_hours_resident_id_residents")
        ),
        sa.ForeignKeyConstraint(
            ["shift_id"],
            ["volunteer_shifts.id"],
            name=op.f("fk_volunteer_hours_shift_id_volunteer_shifts"),
        ),
        sa.ForeignKeyConstraint(
            ["task_id"],
            ["volunteer_tasks.id"],
            name=op.f("fk_volunteer_hours_task_id_volunteer_tasks"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer_hours")),
    )
    with op.batch_alter_table("volunteer_hours", schema=None) as batch_op:
        batch_op.create_index("ix_volunteer_hours_approved", ["approved_at"], unique=False)
        batch_op.create_index(
            "ix_volunteer_hours_person", ["resident_id", "started_at"], unique=False
        )
        batch_op.create_index("ix_volunteer_hours_status", ["status", "started_at"], unique=False)

    op.create_table(
        "volunteer_signups",
        sa.Column("activity_id", sa.Uuid(), nullable=False),
        sa.Column("resident_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("promoted_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.CheckConstraint(
            "status IN ('signed', 'waitlisted', 'cancelled')",
            name=op.f("ck_volunteer_signups_status"),
        ),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["volunteer_activities.id"],
            name=op.f("fk_volunteer_signups_activity_id_volunteer_activities"),
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["residents.id"],
            name=op.f("fk_volunteer_signups_resident_id_residents"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer_signups")),
    )
    with op.batch_alter_table("volunteer_signups", schema=None) as batch_op:
        batch_op.create_index(
            "ix_volunteer_signups_activity", ["activity_id", "status", "created_at"], unique=False
        )
        batch_op.create_index("ix_volunteer_signups_person", ["resident_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("volunteer_signups", schema=None) as batch_op:
        batch_op.drop_index("ix_volunteer_signups_person")
        batch_op.drop_index("ix_volunteer_signups_activity")

    op.drop_table("volunteer_signups")
    with op.batch_alter_table("volunteer_hours", schema=None) as batch_op:
        batch_op.drop_index("ix_volunteer_hours_status")
        batch_op.drop_index("ix_volunteer_hours_person")
        batch_op.drop_index("ix_volunteer_hours_approved")

    op.drop_table("volunteer_hours")
    with op.batch_alter_table("volunteer_team_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_volunteer_team_members_resident_id"))

    op.drop_table("volunteer_team_members")
    with op.batch_alter_table("volunteer_activities", schema=None) as batch_op:
        batch_op.drop_index("ix_volunteer_activities_starts")

    op.drop_table("volunteer_activities")
    op.drop_table("volunteer_teams")
    with op.batch_alter_table("volunteer_tasks", schema=None) as batch_op:
        batch_op.drop_index("ix_volunteer_tasks_status")

    op.drop_table("volunteer_tasks")
    op.drop_table("volunteer_profiles")
    with op.batch_alter_table("volunteer_assignments", schema=None) as batch_op:
        batch_op.drop_index("ix_volunteer_assignments_shift")
        batch_op.drop_index("ix_volunteer_assignments_person")

    op.drop_table("volunteer_assignments")
    with op.batch_alter_table("volunteer_shifts", schema=None) as batch_op:
        batch_op.drop_index("ix_volunteer_shifts_template")
        batch_op.drop_index("ix_volunteer_shifts_starts")

    op.drop_table("volunteer_shifts")
    op.drop_table("volunteer_shift_templates")
