"""Setting a server database up for sharing, and again after every upgrade: the schema
brought to this version, seeded, the roles and policies (re)applied, a first convener."""

from __future__ import annotations

from sqlalchemy.engine import Connection, Engine

from ...db import KnownError, migrate, session_scope
from ..seed import seed_if_needed
from .roles import CANNOT_CREATE_USERS, CONVENER, NOT_THE_OWNER, apply_policies, maintenance, run
from .users import check_new_user, create_user, listed_kind, role_exists


def set_up_server(*, engine: Engine, convener: str, password: str) -> None:
    """Brings the database to this version's schema, seeds it, (re)applies the roles,
    privileges and policies to every table, and adds the first convener.

    Run by the administrator who owns the tables, again after every upgrade: a table a
    migration added gets its policies then. An existing convener keeps its password."""
    if not role_exists(engine=engine, name=convener):
        check_new_user(name=convener, password=password, kind=CONVENER)
    with engine.connect() as connection:
        _check_administrator(connection)
    with maintenance(engine) as owner:
        migrate(owner)
        with session_scope(owner) as session:
            seed_if_needed(session=session)
        with owner.begin() as connection:
            apply_policies(connection)
            if listed_kind(connection, convener) != CONVENER:
                create_user(connection, name=convener, password=password, kind=CONVENER)


def _check_administrator(connection: Connection) -> None:
    """Before anything is changed: the login may create roles, and owns the tables."""
    if not run(
        connection, "SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user"
    )[0][0]:
        raise KnownError(CANNOT_CREATE_USERS)
    others = run(
        connection,
        "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = current_schema() "
        "AND NOT pg_has_role(current_user, tableowner, 'USAGE')",
    )
    if others:
        raise KnownError(NOT_THE_OWNER, ", ".join(o for (o,) in others))
