"""Stations that work offline and merge: who this installation is in the sync, its peers and
their keys, the append-only outbox, what was applied once, the id map, 同步冲突, the packs.

Revision ID: 0015_sync
Revises: 0014_partners
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from gridesk.core.dialect import append_only_sql, drop_append_only_sql


revision: str = '0015_sync'
down_revision: str | None = '0014_partners'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Spelled out (not imported from the models) so this step stays as it was written.
APPEND_ONLY = ("sync_outbox", "sync_applied")


def upgrade() -> None:
    op.create_table('sync_applied',
    sa.Column('op_id', sa.Uuid(), nullable=False),
    sa.Column('origin_station_id', sa.Uuid(), nullable=False),
    sa.Column('applied_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('op_id', name=op.f('pk_sync_applied'))
    )
    op.create_table('sync_conflicts',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('local_value', sa.Text(), nullable=False),
    sa.Column('remote_value', sa.Text(), nullable=False),
    sa.Column('remote_by', sa.String(length=60), nullable=False),
    sa.Column('remote_at', sa.DateTime(), nullable=False),
    sa.Column('op_id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('found_at', sa.DateTime(), nullable=False),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('resolved_by', sa.String(length=60), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts')),
    sa.UniqueConstraint('op_id', 'kind', 'entity_id', 'field', name='uq_sync_conflicts_once')
    )
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.create_index('ix_sync_conflicts_open', ['resolved_at'], unique=False)

    op.create_table('sync_id_map',
    sa.Column('remote_id', sa.String(length=64), nullable=False),
    sa.Column('local_id', sa.String(length=64), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('remote_id', name=op.f('pk_sync_id_map'))
    )
    op.create_table('sync_identity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('hub_id', sa.Uuid(), nullable=True),
    sa.Column('fingerprint', sa.String(length=64), nullable=True),
    sa.Column('enrolled_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_identity'))
    )
    op.create_table('sync_outbox',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('username', sa.String(length=60), nullable=False),
    sa.Column('origin_station_id', sa.Uuid(), nullable=False),
    sa.Column('origin_op_id', sa.Uuid(), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_outbox')),
    sa.UniqueConstraint('station_id', 'seq', name='uq_sync_outbox_seq')
    )
    op.create_table('sync_packs',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('direction', sa.String(length=3), nullable=False),
    sa.Column('peer_id', sa.Uuid(), nullable=False),
    sa.Column('first_seq', sa.Integer(), nullable=False),
    sa.Column('last_seq', sa.Integer(), nullable=False),
    sa.Column('operations', sa.Integer(), nullable=False),
    sa.Column('applied', sa.Integer(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_packs'))
    )
    op.create_table('sync_peers',
    sa.Column('station_id', sa.Uuid(), nullable=False),
    sa.Column('code', sa.String(length=12), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('revoked', sa.Boolean(), nullable=False),
    sa.Column('acked_seq', sa.Integer(), nullable=False),
    sa.Column('applied_seq', sa.Integer(), nullable=False),
    sa.Column('chain_hash', sa.String(length=64), nullable=False),
    sa.Column('chain_seq', sa.Integer(), nullable=False),
    sa.Column('last_heard_at', sa.DateTime(), nullable=True),
    sa.Column('enrolled_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('station_id', name=op.f('pk_sync_peers'))
    )

    for table in APPEND_ONLY:
        for statement in append_only_sql(op.get_bind().dialect.name, table):
            op.execute(statement)

def downgrade() -> None:
    for table in APPEND_ONLY:
        for statement in drop_append_only_sql(op.get_bind().dialect.name, table):
            op.execute(statement)
    op.drop_table('sync_peers')
    op.drop_table('sync_packs')
    op.drop_table('sync_outbox')
    op.drop_table('sync_identity')
    op.drop_table('sync_id_map')
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_conflicts_open')

    op.drop_table('sync_conflicts')
    op.drop_table('sync_applied')
