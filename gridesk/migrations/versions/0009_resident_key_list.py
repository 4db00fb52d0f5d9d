"""Each resident lists the search keys written for it; the keys lose their second index.

Replacing a resident's keys deletes the ones its row lists, each found through the keys'
primary key, so ``resident_keys`` needs no index on ``resident_id``: one b-tree less over
millions of keys (an import of 200,000 residents wrote 2.7 million entries into it).

Revision ID: 0009_resident_key_list
Revises: 0008_activity_rooms
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_resident_key_list"
down_revision: str | None = "0008_activity_rooms"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "residents", sa.Column("search_keys", sa.Text(), nullable=False, server_default="")
    )
    # the index is still there: one look-up per resident
    op.execute(
        "UPDATE residents SET search_keys = coalesce("
        "(SELECT group_concat(k.key, ' ') FROM resident_keys AS k WHERE k.resident_id = residents.id)"
        ", '')"
        if op.get_bind().dialect.name == "sqlite"
        else "UPDATE residents SET search_keys = coalesce("
        "(SELECT string_agg(k.key, ' ') FROM resident_keys AS k WHERE k.resident_id = residents.id)"
        ", '')"
    )
    op.drop_index("ix_resident_keys_resident_id", table_name="resident_keys")


def downgrade() -> None:
    op.create_index("ix_resident_keys_resident_id", "resident_keys", ["resident_id"])
    op.drop_column("residents", "search_keys")
