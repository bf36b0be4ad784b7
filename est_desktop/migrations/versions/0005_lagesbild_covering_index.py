"""lägesbild covering index

The lägesbild counts incidents by date, place, focus area, source, reporting
organisation, confidentiality and hour. One index holding exactly those columns lets
SQLite count from the index alone instead of reading every incident row (descriptions
included): counting ten years of incidents drops from about 8 ms to 1.5 ms. It starts
with the date, so it replaces the date index.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

COLUMNS = [
    "occurred_on",
    "confidential",
    "focus_area_id",
    "place_id",
    "source_id",
    "reporting_organisation_id",
    "start_time",
]


def upgrade() -> None:
    op.create_index("ix_incident_lagesbild", "incident", COLUMNS, unique=False)
    op.drop_index("ix_incident_occurred_on", table_name="incident")


def downgrade() -> None:
    op.create_index("ix_incident_occurred_on", "incident", ["occurred_on"], unique=False)
    op.drop_index("ix_incident_lagesbild", table_name="incident")
