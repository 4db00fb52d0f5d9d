"""Requests: the index on the day a case was accepted goes. The reports' covering index
(ix_requests_report, migration 0016_resolved_day) begins with the same column, so it serves
every read by accepted day (the reports, the week's review, the lists) and the desk no
longer writes two indexes of it with every case.

Revision ID: 0019_drop_accepted_index
Revises: 0016_resolved_day
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0019_drop_accepted_index"
down_revision: str | None = "0016_resolved_day"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index("ix_requests_accepted", table_name="requests")


def downgrade() -> None:
    op.create_index("ix_requests_accepted", "requests", ["accepted_day"])
