"""An audit row names a record with a composite key (two ids joined by ``/``): its
``entity_id`` grows from 64 to 200 characters (a server refused the longer ones). SQLite
rebuilds the table for it, which drops its append-only triggers: they are made again after.

Revision ID: 0011_audit_entity_id
Revises: 0010_audit_chain
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from gridesk.core.dialect import append_only_sql, drop_append_only_sql

revision: str = "0011_audit_entity_id"
down_revision: str | None = "0010_audit_chain"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _resize(old: int, new: int) -> None:
    dialect = op.get_bind().dialect.name
    for statement in drop_append_only_sql(dialect, "audit_log"):
        op.execute(statement)
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.alter_column(
            "entity_id",
            existing_type=sa.String(length=old),
            type_=sa.String(length=new),
            existing_nullable=False,
        )
    for statement in append_only_sql(dialect, "audit_log"):
        op.execute(statement)


def upgrade() -> None:
    _resize(64, 200)


def downgrade() -> None:
    _resize(200, 64)
