"""Row versions: a save over a row that changed since it was read is refused.

Every table a person edits carries ``version``, raised by SQLAlchemy on each UPDATE,
whose WHERE clause names the version read. On a shared server two desks can edit the
same action; the second save then matches no row and nothing is overwritten silently.
"""

from sqlalchemy.orm import declared_attr
from sqlmodel import Field, SQLModel


class Versioned(SQLModel):
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:  # noqa: N805  (declared_attr receives the class)
        # Only the table subclasses have __table__, and only they are mapped.
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]
