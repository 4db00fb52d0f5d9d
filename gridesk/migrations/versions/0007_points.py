"""Points shop (积分超市): accounts, the append-only hash-chained ledger, earning rules and
awards, products and stock movements, redemptions and refunds.

Revision ID: 0007_points
Revises: 0006_treasure
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from gridesk.core.dialect import append_only_sql, drop_append_only_sql

revision: str = "0007_points"
down_revision: str | None = "0006_treasure"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Spelled out (not imported from the models) so this step stays as it was written.
APPEND_ONLY = (
    "points_entries",
    "points_redemptions",
    "points_redemption_lines",
    "points_refunds",
    "points_refund_lines",
    "points_stock_moves",
    "points_award_lines",
)


def upgrade() -> None:
    op.create_table(
        "points_products",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("category", sa.String(length=30), nullable=False),
        sa.Column("price", sa.Integer(), nullable=False),
        sa.Column("stock", sa.Integer(), nullable=False),
        sa.Column("low_stock", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("photo", sa.LargeBinary(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.CheckConstraint("price > 0", name=op.f("ck_points_products_price_positive")),
        sa.CheckConstraint("stock >= 0", name=op.f("ck_points_products_stock_not_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_points_products")),
        sa.UniqueConstraint("code", name=op.f("uq_points_products_code")),
    )
    op.create_table(
        "points_rules",
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=10), nullable=False),
        sa.Column("scheme", sa.String(length=10), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.CheckConstraint("points > 0", name=op.f("ck_points_rules_points_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_points_rules")),
        sa.UniqueConstraint("name", name=op.f("uq_points_rules_name")),
    )
    op.create_table(
        "points_awards",
        sa.Column("operation_id", sa.Uuid(), nullable=False),
        sa.Column("rule_id", sa.Uuid(), nullable=False),
        sa.Column("rule_name", sa.String(length=60), nullable=False),
        sa.Column("points_each", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("decided_by", sa.Uuid(), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("decision_operation_id", sa.Uuid(), nullable=True),
        sa.Column("source_kind", sa.String(length=30), nullable=True),
        sa.Column("source_id", sa.String(length=64), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["rule_id"], ["points_rules.id"], name=op.f("fk_points_awards_rule_id_points_rules")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_points_awards")),
        sa.UniqueConstraint(
            "decision_operation_id", name=op.f("uq_points_awards_decision_operation_id")
        ),
        sa.UniqueConstraint("operation_id", name=op.f("uq_points_awards_operation_id")),
        sa.UniqueConstraint("source_kind", "source_id", name="uq_points_awards_source"),
    )
    with op.batch_alter_table("points_awards", schema=None) as batch_op:
        batch_op.create_index("ix_points_awards_status", ["status", "created_at"], unique=False)

    op.create_table(
        "points_stock_moves",
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("delta", sa.Integer(), nullable=False),
        sa.Column("stock_after", sa.Integer(), nullable=False),
        sa.Column("operation_id", sa.Uuid(), nullable=False),
        sa.Column("ref_id", sa.Uuid(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.CheckConstraint("delta != 0", name=op.f("ck_points_stock_moves_delta_not_zero")),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["points_products.id"],
            name=op.f("fk_points_stock_moves_product_id_points_products"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_points_stock_moves")),
    )
    with op.batch_alter_table("points_stock_moves", schema=None) as batch_op:
        batch_op.create_index("ix_points_stock_moves_operation", ["operation_id"], unique=False)
        batch_op.create_index(
            "ix_points_stock_moves_product", ["product_id", "created_at"], unique=False
        )

    op.create_table(
        "points_accounts",
        sa.Column("resident_id", sa.Uuid(), nullable=True),
        sa.Column("household_id", sa.Uuid(), nullable=True),
        sa.Column("balance", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.CheckConstraint("balance >= 0", name=op.f("ck_points_accounts_balance_not_negative")),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["households.id"],
            name=op.f("fk_points_accounts_household_id_households"),
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["residents.id"], name=op.f("fk_points_accounts_resident_id_residents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_points_accounts")),
        sa.UniqueConstraint("household_id", name=op.f("uq_points_accounts_household_id")),
        sa.UniqueConstraint("resident_id", name=op.f("uq_points_accounts_resident_id")),
    )
    op.create_table(
        "points_award_lines",
        sa.Column("award_id", sa.Uuid(), nullable=False),
        sa.Column("resident_id", sa.Uuid(), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["award_id"],
            ["points_awards.id"],
            name=op.f("fk_points_award_lines_award_id_points_awards"),
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["residents.id"],
            name=op.f("fk_points_award_lines_resident_id_residents"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_points_award_lines")),
        sa.UniqueConstraint("award_id", "resident_id", name=op.f("uq_points_award_lines_award_id")),
    )
    with op.batch_alter_table("points_award_lines", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_points_award_lines_resident_id"), ["resident_id"], unique=False
        )

    op.create_table(
        "points_entries",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("balance_after", sa.Integer(), nullable=False),
        sa.Column("operation_id", sa.Uuid(), nullable=False),
        sa.Column("ref_id", sa.Uuid(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.CheckConstraint(
            "balance_after >= 0", name=op.f("ck_points_entries_balance_after_not_negative")
        ),
        sa.CheckConstraint("points != 0", name=op.f("ck_points_entries_points_not_zero")),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["points_accounts.id"],
            name=op.f("fk_points_entries_account_id_points_accounts"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_points_entries")),
        sa.UniqueConstraint("hash", name=op.f("uq_points_entries_hash")),
        sa.UniqueConstraint("seq", name=op.f("uq_points_entries_seq")),
    )
    with op.batch_alter_table("points_entries", schema=None) as batch_op:
        batch_op.create_index("ix_points_entries_account", ["account_id", "seq"], unique=False)
        batch_op.create_index("ix_points_entries_operation", ["operation_id"], unique=False)
        batch_op.create_index("ix_points_entries_ref", ["ref_id"], unique=False)

    op.create_table(
        "points_redemptions",
        sa.Column("operation_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("resident_id", sa.Uuid(), nullable=False),
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("balance_before", sa.Integer(), nullable=False),
        sa.Column("balance_after", sa.Integer(), nullable=False),
        sa.Column("cashier", sa.String(length=60), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["points_accounts.id"],
            name=op.f("fk_points_redemptions_account_id_points_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["residents.id"],
            name=op.f("fk_points_redemptions_resident_id_residents"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_points_redemptions")),
        sa.UniqueConstraint("number", name=op.f("uq_points_redemptions_number")),
        sa.UniqueConstraint("operation_id", name=op.f("uq_points_redemptions_operation_id")),
    )
    with op.batch_alter_table("points_redemptions", schema=None) as batch_op:
        batch_op.create_index("ix_points_redemptions_day", ["created_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_points_redemptions_resident_id"), ["resident_id"], unique=False
        )

    op.create_table(
        "points_redemption_lines",
        sa.Column("redemption_id", sa.Uuid(), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("price", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.CheckConstraint(
            "quantity > 0", name=op.f("ck_points_redemption_lines_quantity_positive")
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["points_products.id"],
            name=op.f("fk_points_redemption_lines_product_id_points_products"),
        ),
        sa.ForeignKeyConstraint(
            ["redemption_id"],
            ["points_redemptions.id"],
            name=op.f("fk_points_redemption_lines_redemption_id_points_redemptions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_points_redemption_lines")),
    )
    with op.batch_alter_table("points_redemption_lines", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_points_redemption_lines_redemption_id"), ["redemption_id"], unique=False
        )

    op.create_table(
        "points_refunds",
        sa.Column("operation_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("redemption_id", sa.Uuid(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("balance_after", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("cashier", sa.String(length=60), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["redemption_id"],
            ["points_redemptions.id"],
            name=op.f("fk_points_refunds_redemption_id_points_redemptions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_points_refunds")),
        sa.UniqueConstraint("number", name=op.f("uq_points_refunds_number")),
        sa.UniqueConstraint("operation_id", name=op.f("uq_points_refunds_operation_id")),
    )
    with op.batch_alter_table("points_refunds", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_points_refunds_redemption_id"), ["redemption_id"], unique=False
        )

    op.create_table(
        "points_refund_lines",
        sa.Column("refund_id", sa.Uuid(), nullable=False),
        sa.Column("redemption_line_id", sa.Uuid(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_points_refund_lines_quantity_positive")),
        sa.ForeignKeyConstraint(
            ["redemption_line_id"],
            ["points_redemption_lines.id"],
            name=op.f("fk_points_refund_lines_redemption_line_id_points_redemption_lines"),
        ),
        sa.ForeignKeyConstraint(
            ["refund_id"],
            ["points_refunds.id"],
            name=op.f("fk_points_refund_lines_refund_id_points_refunds"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_points_refund_lines")),
    )
    with op.batch_alter_table("points_refund_lines", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_points_refund_lines_redemption_line_id"),
            ["redemption_line_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_points_refund_lines_refund_id"), ["refund_id"], unique=False
        )

    # Invariant 1 in the database itself: ledger entries, and the records that only ever grow,
    # cannot be changed or deleted by anyone (a mistake is undone by a reversal entry).
    for table in APPEND_ONLY:
        for statement in append_only_sql(op.get_bind().dialect.name, table):
            op.execute(statement)


def downgrade() -> None:
    for table in APPEND_ONLY:
        for statement in drop_append_only_sql(op.get_bind().dialect.name, table):
            op.execute(statement)
    with op.batch_alter_table("points_refund_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_points_refund_lines_refund_id"))
        batch_op.drop_index(batch_op.f("ix_points_refund_lines_redemption_line_id"))

    op.drop_table("points_refund_lines")
    with op.batch_alter_table("points_refunds", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_points_refunds_redemption_id"))

    op.drop_table("points_refunds")
    with op.batch_alter_table("points_redemption_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_points_redemption_lines_redemption_id"))

    op.drop_table("points_redemption_lines")
    with op.batch_alter_table("points_redemptions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_points_redemptions_resident_id"))
        batch_op.drop_index("ix_points_redemptions_day")

    op.drop_table("points_redemptions")
    with op.batch_alter_table("points_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_points_entries_ref")
        batch_op.drop_index("ix_points_entries_operation")
        batch_op.drop_index("ix_points_entries_account")

    op.drop_table("points_entries")
    with op.batch_alter_table("points_award_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_points_award_lines_resident_id"))

    op.drop_table("points_award_lines")
    op.drop_table("points_accounts")
    with op.batch_alter_table("points_stock_moves", schema=None) as batch_op:
        batch_op.drop_index("ix_points_stock_moves_product")
        batch_op.drop_index("ix_points_stock_moves_operation")

    op.drop_table("points_stock_moves")
    with op.batch_alter_table("points_awards", schema=None) as batch_op:
        batch_op.drop_index("ix_points_awards_status")

    op.drop_table("points_awards")
    op.drop_table("points_rules")
    op.drop_table("points_products")
