"""row versions, the database user in the audit trail, Swedish order on PostgreSQL

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03

Two desks on one server database can edit the same row: every edited table gets a
``version`` that each UPDATE checks and raises. The audit trail gets ``db_user``, which
the server fills in itself. PostgreSQL gets the collation ``sv`` that SQLite has as a
Python function on every connection.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

VERSIONED = (
    "action",
    "action_update",
    "agenda_item",
    "agreement",
    "agreement_goal",
    "app_setting",
    "attendance",
    "category",
    "focus_area",
    "incident",
    "meeting",
    "organisation",
    "place",
    "plan_activity",
    "plan_follow_up",
    "source",
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE COLLATION IF NOT EXISTS sv (provider = icu, locale = 'sv-SE')")
    for table in VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    op.add_column(
        "audit_entry", sa.Column("db_user", sa.String(), nullable=False, server_default="")
    )


def downgrade() -> None:
    op.drop_column("audit_entry", "db_user")
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("version")
