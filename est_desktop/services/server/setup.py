"""Setting a server database up for sharing, and again after every upgrade: the schema
brought to this version, seeded, the roles and policies (re)applied, a first convener."""

from __future__ import annotations

from sqlalchemy.engine import Engine

from ...db import migrate, session_scope
from ..audit import install_listeners
from ..seed import seed_if_needed
from ..settings import database_id
from .roles import CONVENER, apply_policies, check_administrator, maintenance
from .users import check_new_user, create_user, listed_kind, role_exists


def set_up_server(*, engine: Engine, convener: str, password: str) -> None:
    """Brings the database to this version's schema, seeds it, (re)applies the roles,
    privileges and policies to every table, and adds the first convener.

    Run by the administrator who owns the tables, again after every upgrade: a table a
    migration added gets its policies then. An existing convener keeps its password."""
    if not role_exists(engine=engine, name=convener):
        check_new_user(name=convener, password=password, kind=CONVENER)
    with engine.connect() as connection:
        check_administrator(connection)
    install_listeners()
    with maintenance(engine) as owner:
        migrate(owner)
        with session_scope(owner) as session:
            seed_if_needed(session=session)
            database_id(session=session)  # what exported lists carry; the desks only read it
        with owner.begin() as connection:
            apply_policies(connection)
            if listed_kind(connection, convener) != CONVENER:
                create_user(connection, name=convener, password=password, kind=CONVENER)
