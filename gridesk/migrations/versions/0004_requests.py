"""Requests (诉求).

Revision ID: 0004_requests
Revises: 0003_printing
"""

from collections.abc import Sequence

revision: str = "0004_requests"
down_revision: str | None = "0003_printing"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
