"""The audit log is append-only and hash-chained, like the points ledger.

Each audit row gets ``seq``, ``prev_hash`` and ``hash`` (the form: ``gridesk.core.chains``);
rows already written join the chain in the order they were written (time, then id: ids are
UUIDv7, ordered by time). Triggers then refuse UPDATE and DELETE on the table.

Revision ID: 0010_audit_chain
Revises: 0009_resident_key_list
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from gridesk.core.dialect import append_only_sql, drop_append_only_sql
from gridesk.core.chains import GENESIS, audit_canonical, chain_hash

revision: str = "0010_audit_chain"
down_revision: str | None = "0009_resident_key_list"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seq", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
    _chain_existing_rows()
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.alter_column("seq", existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column("prev_hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column("hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_audit_log_seq"), ["seq"])
    # after the batch operations (SQLite's table rebuild would drop them)
    for statement in append_only_sql(op.get_bind().dialect.name, "audit_log"):
        op.execute(statement)


def _chain_existing_rows() -> None:
    conn = op.get_bind()
    rows = conn.exec_driver_sql(
        "SELECT id, at, station_id, user_id, username, action, entity, entity_id, detail, "
        "operation_id FROM audit_log ORDER BY at, id"
    ).fetchall()
    prev = GENESIS
    linked = []
    for seq, (rid, at, station, user, name, action, entity, eid, detail, operation) in enumerate(
        rows, start=1
    ):
        text = audit_canonical(
            seq, rid, at, station, user, name, action, entity, eid, detail or "", operation
        )
        digest = chain_hash(prev, text)
        linked.append({"seq": seq, "prev_hash": prev, "hash": digest, "id": rid})
        prev = digest
    if linked:
        conn.execute(
            sa.text("UPDATE audit_log SET seq = :seq, prev_hash = :prev_hash, hash = :hash "
                    "WHERE id = :id"),
            linked,
        )  # fmt: skip


def downgrade() -> None:
    for statement in drop_append_only_sql(op.get_bind().dialect.name, "audit_log"):
        op.execute(statement)
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_audit_log_seq"), type_="unique")
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
        batch_op.drop_column("seq")
