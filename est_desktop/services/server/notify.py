"""Change notifications between desks: after a commit that changed a table, PostgreSQL
sends the table's name on one channel, and every desk listening re-reads what it shows.

Statement-level triggers, so a bulk change is one notice; PostgreSQL delivers notices
only after the commit and folds duplicates within a transaction. Only table names
travel, never row contents, so a participant learns nothing it may not read.
"""

from __future__ import annotations

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection

CHANNEL = "est_changes"
_FUNCTION = "est_notify_change"
_SKIPPED = frozenset({"alembic_version"})


def install_triggers(connection: Connection) -> list[str]:
    """(Re)creates the trigger on every table of the schema; idempotent. Returns the tables."""
    connection.execute(
        text(
            f"""
            CREATE OR REPLACE FUNCTION {_FUNCTION}() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
                RETURN NULL;
            END $$
            """
        )
    )
    tables = sorted(set(inspect(connection).get_table_names()) - _SKIPPED)
    for table in tables:
        trigger = f"{table}_notify_change"
        connection.execute(text(f'DROP TRIGGER IF EXISTS "{trigger}" ON "{table}"'))
        connection.execute(
            text(
                f'CREATE TRIGGER "{trigger}" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE '
                f'ON "{table}" FOR EACH STATEMENT EXECUTE FUNCTION {_FUNCTION}()'
            )
        )
    return tables
