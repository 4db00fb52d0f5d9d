"""Goods' stock per station (docs/SYNC.md, "Goods' stock"): a product's stock is the sum of the
stock movements made at this installation's station, no longer of every station's movements
that arrived by sync. No column changes; the cached counts are recomputed. A count that would
come out below zero (a station that sold goods counted at the centre before this rule) is set
to 0 and `gridesk check` names the product: a stock count (盘点) there puts it right.

Revision ID: 0022_stock_per_station
Revises: 0021_audit_desk
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0022_stock_per_station"
down_revision: str | None = "0021_audit_desk"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OWN = (
    "(SELECT COALESCE(SUM(m.delta), 0) FROM points_stock_moves m"
    " WHERE m.product_id = points_products.id"
    " AND (m.station_id IS NULL OR m.station_id IN (SELECT station_id FROM installation)))"
)
ALL = (
    "(SELECT COALESCE(SUM(m.delta), 0) FROM points_stock_moves m"
    " WHERE m.product_id = points_products.id)"
)


def upgrade() -> None:
    op.execute(f"UPDATE points_products SET stock = CASE WHEN {OWN} > 0 THEN {OWN} ELSE 0 END")


def downgrade() -> None:
    op.execute(f"UPDATE points_products SET stock = CASE WHEN {ALL} > 0 THEN {ALL} ELSE 0 END")
