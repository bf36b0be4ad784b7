"""agreement follow-up and agreement periods

Bilaga 1 rows get a status per year, actions can carry out a row, overall goals are
linked to the focus areas that carry them, and a focus area can continue one of an
earlier agreement.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# The 2023–2026 agreement's goals (by position) and the sections of the focus areas
# that carry them; used to link the goals of a database seeded before this revision.
_GOAL_SECTIONS = {
    0: "3.1",
    1: "3.2",
    2: "3.2",
    3: "3.3",
    4: "3.4",
    5: "3.5",
    6: "3.6",
}


def upgrade() -> None:
    op.create_table(
        "goal_focus_area",
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("focus_area_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["focus_area_id"], ["focus_area.id"]),
        sa.ForeignKeyConstraint(["goal_id"], ["agreement_goal.id"]),
        sa.PrimaryKeyConstraint("goal_id", "focus_area_id"),
    )
    op.create_index(
        "ix_goal_focus_area_focus_area_id", "goal_focus_area", ["focus_area_id"], unique=False
    )
    op.create_table(
        "plan_follow_up",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_activity_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["plan_activity_id"], ["plan_activity.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("plan_activity_id", "year"),
    )
    op.create_index(
        "ix_plan_follow_up_plan_activity_id", "plan_follow_up", ["plan_activity_id"], unique=False
    )
    # Plain ADD COLUMN (no table rebuild): the tables are referenced by others and
    # keep their rows and foreign keys as they are.
    op.execute(
        "ALTER TABLE action ADD COLUMN plan_activity_id INTEGER REFERENCES plan_activity (id)"
    )
    op.create_index("ix_action_plan_activity_id", "action", ["plan_activity_id"], unique=False)
    op.add_column(
        "agreement_goal", sa.Column("note", sa.String(), nullable=False, server_default="")
    )
    op.execute("ALTER TABLE focus_area ADD COLUMN continues_id INTEGER REFERENCES focus_area (id)")
    op.create_index("ix_focus_area_continues_id", "focus_area", ["continues_id"], unique=False)
    _link_seeded_goals()


def _link_seeded_goals() -> None:
    """Link each goal of an already seeded 2023–2026 agreement to its focus areas."""
    bind = op.get_bind()
    agreements = bind.execute(
        sa.text("SELECT id FROM agreement WHERE start_date = '2023-01-01'")
    ).scalars()
    for agreement_id in list(agreements):
        goals = bind.execute(
            sa.text("SELECT id, position FROM agreement_goal WHERE agreement_id = :a"),
            {"a": agreement_id},
        ).all()
        for goal_id, position in goals:
            section = _GOAL_SECTIONS.get(position)
            if section is None:
                continue
            bind.execute(
                sa.text(
                    "INSERT INTO goal_focus_area (goal_id, focus_area_id) "
                    "SELECT :g, id FROM focus_area WHERE agreement_id = :a AND section LIKE :s"
                ),
                {"g": goal_id, "a": agreement_id, "s": section + " %"},
            )


def downgrade() -> None:
    op.drop_index("ix_focus_area_continues_id", table_name="focus_area")
    with op.batch_alter_table("focus_area") as batch_op:
        batch_op.drop_column("continues_id")
    with op.batch_alter_table("agreement_goal") as batch_op:
        batch_op.drop_column("note")
    op.drop_index("ix_action_plan_activity_id", table_name="action")
    with op.batch_alter_table("action") as batch_op:
        batch_op.drop_column("plan_activity_id")
    op.drop_index("ix_plan_follow_up_plan_activity_id", table_name="plan_follow_up")
    op.drop_table("plan_follow_up")
    op.drop_index("ix_goal_focus_area_focus_area_id", table_name="goal_focus_area")
    op.drop_table("goal_focus_area")
