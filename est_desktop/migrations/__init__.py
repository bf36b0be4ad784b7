"""Alembic revisions of the schema, run by ``est_desktop.db.migrate``."""

# The newest script in versions/. Raise it with every new revision: start-up compares
# the database's stamp with it and loads Alembic only when they differ
# (tests/test_database.py checks it against the scripts).
HEAD_REVISION = "0008"
