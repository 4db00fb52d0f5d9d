"""Reports (报表): each case keeps the day of its first resolution and whether it was on time,
filled by the requests service as it happens; old cases are filled from their events. Covering
indexes for a period's cases (accepted, first resolved) and request events (by kind and day).

Revision ID: 0016_resolved_day
Revises: 0015_sync
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016_resolved_day"
down_revision: str | None = "0015_sync"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RESOLVING = ("resolve", "resolve_partly")


def upgrade() -> None:
    op.add_column("requests", sa.Column("resolved_day", sa.Date(), nullable=True))
    op.add_column("requests", sa.Column("resolved_on_time", sa.Boolean(), nullable=True))
    requests = sa.table(
        "requests",
        sa.column("id", sa.Uuid()),
        sa.column("resolved_day", sa.Date()),
        sa.column("resolved_on_time", sa.Boolean()),
    )
    events = sa.table(
        "request_events",
        sa.column("request_id", sa.Uuid()),
        sa.column("seq", sa.Integer()),
        sa.column("action", sa.String()),
        sa.column("day", sa.Date()),
        sa.column("deadline", sa.Date()),
    )
    # the case's first resolution event (resolved or partly resolved): its day, and whether
    # that day was not after the deadline then in force
    earlier = events.alias("earlier")
    first = (
        sa.select(sa.func.min(earlier.c.seq))
        .where(earlier.c.request_id == events.c.request_id, earlier.c.action.in_(RESOLVING))
        .correlate(events)
        .scalar_subquery()
    )

    def of_first(value: sa.ColumnElement) -> sa.ScalarSelect:
        return (
            sa.select(value)
            .where(events.c.request_id == requests.c.id, events.c.seq == first)
            .correlate(requests)
            .scalar_subquery()
        )

    on_time = sa.case(
        (events.c.deadline.is_not(None) & (events.c.day <= events.c.deadline), sa.true()),
        else_=sa.false(),
    )
    op.execute(
        requests.update()
        .where(
            sa.exists().where(events.c.request_id == requests.c.id, events.c.action.in_(RESOLVING))
        )
        .values(resolved_day=of_first(events.c.day), resolved_on_time=of_first(on_time))
    )
    op.create_index(
        "ix_requests_resolved",
        "requests",
        ["resolved_day", "accepted_day", "resolved_on_time", "station_id", "grid_id"],
    )
    op.create_index(
        "ix_requests_report",
        "requests",
        [
            "accepted_day",
            "station_id",
            "grid_id",
            "category_id",
            "channel",
            "handler_name",
            "status",
            "deadline",
            "resident_id",
        ],
    )
    op.drop_index("ix_request_events_day", table_name="request_events")
    op.create_index(
        "ix_request_events_action",
        "request_events",
        ["action", "day", "rating", "handler_kind", "request_id", "seq"],
    )


def downgrade() -> None:
    op.drop_index("ix_request_events_action", table_name="request_events")
    op.create_index("ix_request_events_day", "request_events", ["day", "action"])
    op.drop_index("ix_requests_report", table_name="requests")
    op.drop_index("ix_requests_resolved", table_name="requests")
    # a plain DROP COLUMN (SQLite 3.35+): a batch copy of the table would have to drop the
    # table its events refer to
    op.drop_column("requests", "resolved_on_time")
    op.drop_column("requests", "resolved_day")
