"""imports and the rapportör survey

Incidents can come from files: each imported file is a batch (file name, checksum, who,
when, how many) that its incidents point to, so that it can be undone whole. Column
mappings are saved per source under a name. The weekly survey to the rapportörer gets
its factors, seeded here for databases that already hold the agreement's focus areas,
and its weekly counts per factor.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# As seeded at this revision (resources/seed/survey_factors.json), written out here so
# that the migration stays what it was when the seed file changes.
SEEDED_FACTORS = (
    ("Hot och våld", "Misshandel"),
    ("Ofredande och trakasserier", "Olaga hot och ofredande"),
    ("Stölder och inbrott", "Övrig stöld"),
    ("Bedrägeriförsök", "Bedrägerier"),
    ("Skadegörelse och klotter", "Skadegörelse"),
    ("Anlagda bränder", "Skadegörelse"),
    ("Narkotika", "Narkotika"),
    ("Vårdslös körning och motorburna ungdomar", "Trafik"),
    ("Störande samlingar", "Ordningsstörningar"),
    ("Nedskräpning", "Ordningsstörningar"),
    ("Unga i riskmiljöer", "Kriminella nätverk"),
    ("Otrygghet i hamnområdet", "Hamnen"),
)


def upgrade() -> None:
    op.create_table(
        "import_batch",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("file_name", sa.String(), nullable=False),
        sa.Column("checksum", sa.String(), nullable=False),
        sa.Column("mapping_name", sa.String(), nullable=False),
        sa.Column("imported_by", sa.String(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("row_count", sa.Integer(), nullable=False),
        sa.Column("skipped_count", sa.Integer(), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("undone_by", sa.String(), nullable=False),
    )
    op.create_index("ix_import_batch_checksum", "import_batch", ["checksum"])
    op.create_table(
        "import_mapping",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False, unique=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("settings", sa.String(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
    )
    op.create_table(
        "survey_factor",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False, unique=True),
        sa.Column("focus_area_id", sa.Integer(), sa.ForeignKey("focus_area.id"), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
    )
    op.create_table(
        "survey_result",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("batch_id", sa.Integer(), sa.ForeignKey("import_batch.id"), nullable=False),
        sa.Column("week_start", sa.Date(), nullable=False),
        sa.Column("factor_id", sa.Integer(), sa.ForeignKey("survey_factor.id"), nullable=False),
        sa.Column("marked", sa.Integer(), nullable=False),
        sa.Column("answered", sa.Integer(), nullable=False),
        sa.UniqueConstraint("week_start", "factor_id"),
    )
    op.create_index("ix_survey_result_batch_id", "survey_result", ["batch_id"])
    # A plain ADD COLUMN: rebuilding the incident table would trip the foreign keys that
    # point at it. SQLite allows a reference on an added column that starts as NULL, but
    # Alembic writes none there, so SQLite gets it as SQL.
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE incident ADD COLUMN import_batch_id INTEGER REFERENCES import_batch (id)"
        )
    else:
        op.add_column("incident", sa.Column("import_batch_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            "fk_incident_import_batch_id", "incident", "import_batch", ["import_batch_id"], ["id"]
        )
    op.create_index("ix_incident_import_batch_id", "incident", ["import_batch_id"])
    _seed_factors()


def _seed_factors() -> None:
    """The seeded factors, in databases whose focus areas are the agreement's. A new
    database gets them from the seed instead (its focus areas do not exist yet)."""
    connection = op.get_bind()
    focus_areas: dict[str, int] = dict(
        connection.execute(sa.text("SELECT name, id FROM focus_area")).all()
    )
    if not focus_areas:
        return
    factor = sa.table(
        "survey_factor",
        sa.column("name", sa.String),
        sa.column("focus_area_id", sa.Integer),
        sa.column("position", sa.Integer),
        sa.column("active", sa.Boolean),
        sa.column("version", sa.Integer),
    )
    op.bulk_insert(
        factor,
        [
            {
                "name": name,
                "focus_area_id": focus_areas.get(focus_area),
                "position": position,
                "active": True,
                "version": 1,
            }
            for position, (name, focus_area) in enumerate(SEEDED_FACTORS)
        ],
    )


def downgrade() -> None:
    op.drop_index("ix_incident_import_batch_id", "incident")
    with op.batch_alter_table("incident") as batch_op:
        batch_op.drop_column("import_batch_id")
    op.drop_table("survey_result")
    op.drop_table("survey_factor")
    op.drop_table("import_mapping")
    op.drop_table("import_batch")
