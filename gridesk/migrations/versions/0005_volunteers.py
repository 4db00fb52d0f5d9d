"""Volunteers (志愿者).

Revision ID: 0005_volunteers
Revises: 0004_requests
"""

from collections.abc import Sequence

revision: str = "0005_volunteers"
down_revision: str | None = "0004_requests"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
