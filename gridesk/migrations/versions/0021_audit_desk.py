"""Desks of a hall: every audit row names the desk (the computer) it came from, beside station
and user, since several desks share one database. Rows written before say "" (and their hashes
stay as they were: the chain's canonical form holds the desk only when there is one).

Adding a column with a default rewrites no row, so the append-only triggers stay as they are.

Revision ID: 0021_audit_desk
Revises: 0020_offline_allowances
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from gridesk.core.dialect import append_only_sql, drop_append_only_sql

revision: str = "0021_audit_desk"
down_revision: str | None = "0020_offline_allowances"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "audit_log",
        sa.Column("desk", sa.String(length=60), server_default="", nullable=False),
    )


def downgrade() -> None:
    # SQLite rebuilds the table to drop a column, which drops its triggers: made again after
    dialect = op.get_bind().dialect.name
    for statement in drop_append_only_sql(dialect, "audit_log"):
        op.execute(statement)
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_column("desk")
    for statement in append_only_sql(dialect, "audit_log"):
        op.execute(statement)
