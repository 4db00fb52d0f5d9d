"""Reports (报表): indexes for reading a period's request events and ledger entries.

Revision ID: 0012_reports
Revises: 0011_audit_entity_id
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012_reports"
down_revision: str | None = "0011_audit_entity_id"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_request_events_day", "request_events", ["day", "action"])
    op.create_index(
        "ix_points_entries_created",
        "points_entries",
        ["created_at", "kind", "points", "account_id", "ref_id"],
    )


def downgrade() -> None:
    op.drop_index("ix_points_entries_created", table_name="points_entries")
    op.drop_index("ix_request_events_day", table_name="request_events")
