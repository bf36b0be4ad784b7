"""action answers from exported lists

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "action_answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("answer_key", sa.String(), nullable=False),
        sa.Column("export_id", sa.String(), nullable=False),
        sa.Column("source_file", sa.String(), nullable=False),
        sa.Column("source_row", sa.Integer(), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=False),
        sa.Column("answered_by", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("new_due_date", sa.Date(), nullable=True),
        sa.Column("comment", sa.String(), nullable=False),
        sa.Column("previous_status", sa.String(), nullable=False),
        sa.Column("previous_due_date", sa.Date(), nullable=True),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["action.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("answer_key"),
    )
    with op.batch_alter_table("action_answer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_answer_action_id"), ["action_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("action_answer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_answer_action_id"))

    op.drop_table("action_answer")
