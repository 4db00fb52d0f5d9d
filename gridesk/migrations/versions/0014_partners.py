"""Partner units (共建单位): the registry, 双报到 party members, the three lists, links from other
windows' records, and the annual evaluation's criteria and scoring sheet.

Revision ID: 0014_partners
Revises: 0013_care
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0014_partners'
down_revision: str | None = '0013_care'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('partner_criteria',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('measure', sa.String(length=20), nullable=False),
    sa.Column('weight', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.CheckConstraint('weight >= 0', name=op.f('ck_partner_criteria_weight')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partner_criteria')),
    sa.UniqueConstraint('year', 'measure', name=op.f('uq_partner_criteria_year'))
    )
    op.create_table('partner_units',
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('contact_name', sa.String(length=40), nullable=False),
    sa.Column('contact_phone', sa.String(length=30), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('request_unit_id', sa.Uuid(), nullable=True),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['request_unit_id'], ['request_units.id'], name=op.f('fk_partner_units_request_unit_id_request_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partner_units')),
    sa.UniqueConstraint('name', name=op.f('uq_partner_units_name')),
    sa.UniqueConstraint('request_unit_id', name=op.f('uq_partner_units_request_unit_id'))
    )
    op.create_table('partner_items',
    sa.Column('unit_id', sa.Uuid(), nullable=False),
    sa.Column('list', sa.String(length=10), nullable=False),
    sa.Column('title', sa.String(length=100), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('start_on', sa.Date(), nullable=True),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.CheckConstraint("list IN ('resource', 'need', 'project')", name=op.f('ck_partner_items_list')),
    sa.ForeignKeyConstraint(['unit_id'], ['partner_units.id'], name=op.f('fk_partner_items_unit_id_partner_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partner_items'))
    )
    with op.batch_alter_table('partner_items', schema=None) as batch_op:
        batch_op.create_index('ix_partner_items_unit', ['unit_id', 'list'], unique=False)

    op.create_table('partner_links',
    sa.Column('unit_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.CheckConstraint("kind IN ('wish', 'booking', 'activity', 'volunteer')", name=op.f('ck_partner_links_kind')),
    sa.ForeignKeyConstraint(['unit_id'], ['partner_units.id'], name=op.f('fk_partner_links_unit_id_partner_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partner_links')),
    sa.UniqueConstraint('kind', 'record_id', name=op.f('uq_partner_links_kind'))
    )
    with op.batch_alter_table('partner_links', schema=None) as batch_op:
        batch_op.create_index('ix_partner_links_unit', ['unit_id', 'kind'], unique=False)

    op.create_table('partner_scores',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Uuid(), nullable=False),
    sa.Column('scorer', sa.String(length=10), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.CheckConstraint("scorer IN ('residents', 'centre')", name=op.f('ck_partner_scores_scorer')),
    sa.CheckConstraint('score BETWEEN 0 AND 100', name=op.f('ck_partner_scores_score')),
    sa.ForeignKeyConstraint(['unit_id'], ['partner_units.id'], name=op.f('fk_partner_scores_unit_id_partner_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partner_scores')),
    sa.UniqueConstraint('year', 'unit_id', 'scorer', name=op.f('uq_partner_scores_year'))
    )
    op.create_table('partner_members',
    sa.Column('unit_id', sa.Uuid(), nullable=False),
    sa.Column('resident_id', sa.Uuid(), nullable=True),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('reported_on', sa.Date(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('station_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['resident_id'], ['residents.id'], name=op.f('fk_partner_members_resident_id_residents')),
    sa.ForeignKeyConstraint(['unit_id'], ['partner_units.id'], name=op.f('fk_partner_members_unit_id_partner_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partner_members'))
    )
    with op.batch_alter_table('partner_members', schema=None) as batch_op:
        batch_op.create_index('ix_partner_members_unit', ['unit_id', 'active'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('partner_members', schema=None) as batch_op:
        batch_op.drop_index('ix_partner_members_unit')

    op.drop_table('partner_members')
    op.drop_table('partner_scores')
    with op.batch_alter_table('partner_links', schema=None) as batch_op:
        batch_op.drop_index('ix_partner_links_unit')

    op.drop_table('partner_links')
    with op.batch_alter_table('partner_items', schema=None) as batch_op:
        batch_op.drop_index('ix_partner_items_unit')

    op.drop_table('partner_items')
    op.drop_table('partner_units')
    op.drop_table('partner_criteria')
