"""place positions

Places get a position on the map (latitude and longitude in WGS 84) and optionally an
area, a polygon of corners stored as JSON. The places the app seeds for Trelleborgs
kommun get their approximate positions in databases made before this revision, where
nobody has placed them yet.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# As seeded at this revision (resources/seed/places.json), written out here so that the
# migration stays what it was when the seed file changes.
SEEDED_POSITIONS = {
    "Trelleborg": (55.3805, 13.164),
    "Anderslöv": (55.4385, 13.3226),
    "Skegrie": (55.417, 13.064),
    "Smygehamn": (55.3442, 13.3625),
    "Klagstorp": (55.3947, 13.2614),
    "Alstad": (55.4806, 13.2939),
    "Beddingestrand": (55.3612, 13.434),
    "Gislövs strandmark": (55.3567, 13.23),
    "Västra Tommarp": (55.4096, 13.1463),
    "Östra Torp": (55.353, 13.303),
    "Kyrkoköpinge": (55.389, 13.105),
    "Skare": (55.38, 13.062),
    "Maglarp": (55.389, 13.046),
    "Källstorp": (55.449, 13.24),
    "Lilla Beddinge": (55.372, 13.429),
    "Grönby": (55.459, 13.385),
    "Önnarp": (55.457, 13.302),
    "Trelleborg centrum": (55.3762, 13.1577),
    "Hamnen": (55.3665, 13.147),
    "Stortorget": (55.3754, 13.1575),
    "Resecentrum": (55.3726, 13.1555),
}


def upgrade() -> None:
    op.add_column("place", sa.Column("latitude", sa.Float(), nullable=True))
    op.add_column("place", sa.Column("longitude", sa.Float(), nullable=True))
    op.add_column("place", sa.Column("area", sa.String(), nullable=True))
    place = sa.table(
        "place",
        sa.column("name", sa.String),
        sa.column("latitude", sa.Float),
        sa.column("longitude", sa.Float),
    )
    for name, (latitude, longitude) in SEEDED_POSITIONS.items():
        op.execute(
            place.update()
            .where(place.c.name == name, place.c.latitude.is_(None))
            .values(latitude=latitude, longitude=longitude)
        )


def downgrade() -> None:
    with op.batch_alter_table("place") as batch_op:
        batch_op.drop_column("area")
        batch_op.drop_column("longitude")
        batch_op.drop_column("latitude")
