"""Points shop (积分超市).

Revision ID: 0007_points
Revises: 0006_treasure
"""

from collections.abc import Sequence

revision: str = "0007_points"
down_revision: str | None = "0006_treasure"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
