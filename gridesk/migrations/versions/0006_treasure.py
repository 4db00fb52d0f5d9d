"""Treasure box (百宝箱).

Revision ID: 0006_treasure
Revises: 0005_volunteers
"""

from collections.abc import Sequence

revision: str = "0006_treasure"
down_revision: str | None = "0005_volunteers"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
