"""Who may do what on a shared server, enforced by PostgreSQL itself.

Three group roles hold the privileges; each person logs in as a role of their own in
one group. Column grants say which columns a group may write, row-level policies
which rows: a participant reads meetings, non-confidential incidents and all open
actions, and answers (status, due date) only its own organisation's actions; the
ledningsgrupp reads and writes nothing; the convener does everything the app does.
Every table has row-level security forced, so the owner of the tables is held by the
policies too: outside ``maintenance`` it sees and changes nothing, and the app must
never log in as it.

The groups are global to the server, so a policy also asks whether the user is listed
in *this* database (``est_server_user``): a participant of another EST database on the
same server sees nothing here.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

from ...db import make_server_engine, server_error_text
from ...errors import KnownError
from ...models import OPEN_ACTION_STATUSES
from ...text import QT_TRANSLATE_NOOP
from . import notify, triggers

if TYPE_CHECKING:
    import psycopg

CONVENER = "samordnare"
PARTICIPANT = "deltagare"
MANAGEMENT = "ledningsgrupp"
KINDS = (CONVENER, PARTICIPANT, MANAGEMENT)
GROUP_ROLES = {
    CONVENER: "est_samordnare",
    PARTICIPANT: "est_deltagare",
    MANAGEMENT: "est_ledningsgrupp",
}
# Who each login is, in this database: read by the policies, written by add_user.
USER_TABLE = "est_server_user"
# Set on the owner's connections while it upgrades, seeds, copies in or adds users.
MAINTENANCE_SETTING = "est.maintenance"

CANNOT_CREATE_USERS = QT_TRANSLATE_NOOP(
    "Validation",
    "The database user in the address may not create users on the server. Use the "
    "administrator's user, with the right to create roles.",
)
NOT_THE_OWNER = QT_TRANSLATE_NOOP(
    "Validation",
    "The tables of the database belong to another database user. Run the command as that user.",
)


# --- what each group may do, table by table ------------------------------------------

_ALL = "true"
_MY_ORGANISATION = "(SELECT est_user_organisation())"
_OPEN = "status IN ({})".format(", ".join(f"'{s}'" for s in OPEN_ACTION_STATUSES))
_MINE = f"owner_organisation_id = {_MY_ORGANISATION}"
_OWN_ENTRY = "db_user = session_user"
_NOT_CONFIDENTIAL = "NOT confidential"
# Subqueries see through the reader's own policies: a row about an action (or incident)
# the reader may not see is not seen either.
_VISIBLE_INCIDENT = "EXISTS (SELECT 1 FROM incident i WHERE i.id = {table}.incident_id)"
_VISIBLE_ACTION = "EXISTS (SELECT 1 FROM action a WHERE a.id = {table}.action_id)"
_OWN_ACTION = (
    "EXISTS (SELECT 1 FROM action a WHERE a.id = {table}.action_id "
    f"AND a.owner_organisation_id = {_MY_ORGANISATION})"
)


@dataclass(frozen=True)
class _Rows:
    """Which rows a group may read, insert, update, delete (None: not at all), and the
    only columns it may update (empty: all)."""

    select: str | None = None
    insert: str | None = None
    update: str | None = None
    delete: str | None = None
    update_columns: tuple[str, ...] = ()


_READ = _Rows(select=_ALL)
_EVERYTHING = _Rows(select=_ALL, insert=_ALL, update=_ALL, delete=_ALL)
# Only appended to, by whoever makes a change; the writer folds fields into its own
# entry later in the same transaction. db_user is the server's to fill in.
_TRAIL = _Rows(select=_ALL, insert=_OWN_ENTRY, update=_OWN_ENTRY, update_columns=("fields",))

# Read by participants as they are.
_SHARED = frozenset(
    {
        "agenda_item",
        "agreement",
        "agreement_goal",
        "app_setting",
        "attendance",
        "category",
        "focus_area",
        "goal_focus_area",
        "import_batch",
        "meeting",
        "meeting_event",
        "organisation",
        "place",
        "plan_activity",
        "plan_follow_up",
        "source",
        "survey_factor",
        "survey_result",
    }
)
_PARTICIPANT = {
    **dict.fromkeys(_SHARED, _READ),
    "alembic_version": _READ,
    "incident": _Rows(select=_NOT_CONFIDENTIAL),
    "action": _Rows(
        select=f"{_OPEN} OR {_MINE}",
        update=_MINE,
        update_columns=("status", "due_date", "closed_on", "version"),
    ),
    "action_update": _Rows(select=_VISIBLE_ACTION),
    "action_incident": _Rows(select=f"{_VISIBLE_ACTION} AND {_VISIBLE_INCIDENT}"),
    "action_answer": _Rows(select=_VISIBLE_ACTION, insert=_OWN_ACTION),
    # Only entries about what a participant may change: its answers and its actions.
    "audit_entry": _Rows(
        select=_OWN_ENTRY,
        insert=f"{_OWN_ENTRY} AND entity IN ('action', 'action_answer')",
        update=_OWN_ENTRY,
        update_columns=("fields",),
    ),
    USER_TABLE: _Rows(select="role_name = session_user"),
}
# Every table a version of the app has; a table a later migration adds is the
# convener's alone until a rule here says otherwise.
# How files are read in is the convener's work alone.
_CONVENER_ONLY = frozenset({"import_mapping"})
KNOWN_TABLES = frozenset(_PARTICIPANT) | _CONVENER_ONLY
_MANAGEMENT = {
    **dict.fromkeys(_PARTICIPANT, _READ),
    "incident": _Rows(select=_NOT_CONFIDENTIAL),
    "action_incident": _Rows(select=_VISIBLE_INCIDENT),
}
_CONVENER_EXCEPTIONS = {
    "audit_entry": _TRAIL,
    "alembic_version": _READ,  # the schema is the administrator's
    USER_TABLE: _READ,  # and so are the users (add-user)
}


def _rules(table: str) -> dict[str, _Rows]:
    rules = {CONVENER: _CONVENER_EXCEPTIONS.get(table, _EVERYTHING)}
    if table in _PARTICIPANT:
        rules[PARTICIPANT] = _PARTICIPANT[table]
    if table in _MANAGEMENT:
        rules[MANAGEMENT] = _MANAGEMENT[table]
    return rules


def _listed_as(kind: str, condition: str) -> str:
    listed = f"(SELECT est_user_kind()) = '{kind}'"
    return listed if condition == _ALL else f"{listed} AND ({condition})"


# --- running statements ---------------------------------------------------------------


def driver(connection: Connection) -> psycopg.Connection:
    """The psycopg connection under ``connection``, in the same transaction: role and
    policy statements take no parameters, so names and literals are composed by psycopg."""
    return connection.connection.driver_connection  # type: ignore[return-value]


def run(connection: Connection, statement: Any, params: Any = None) -> list[tuple]:
    import psycopg

    try:
        cursor = driver(connection).execute(statement, params)
        return cursor.fetchall() if cursor.description else []
    except psycopg.Error as error:
        known = server_error_text(error)
        if known is not None:
            raise KnownError(known) from error
        raise


@contextmanager
def maintenance(engine: Engine) -> Iterator[Engine]:
    """An engine of the same (owner's) login whose connections the owner's policies let
    read and write everything: for upgrading, seeding, copying data in, adding users.

    The setting is only a guard against using the owner by mistake, not a lock: the
    owner may always lift its own tables' row security."""
    owner = make_server_engine(engine.url)

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"SET {MAINTENANCE_SETTING} = 'on'")
        dbapi_connection.commit()

    event.listen(owner, "connect", on_connect)
    try:
        yield owner
    finally:
        owner.dispose()


# --- setting up -----------------------------------------------------------------------


def apply_policies(connection: Connection) -> None:
    """(Re)applies the group roles, the users table, the privileges and policies of every
    table, the change notices and the triggers, in the caller's (maintenance) transaction."""
    _create_group_roles(connection)
    _create_user_table(connection)
    schema = run(connection, "SELECT current_schema()")[0][0]
    _create_functions(connection, schema)
    for table in _tables(connection):
        _secure_table(connection, table)
    _grant_sequences(connection)
    notify.install_triggers(connection)
    triggers.install(connection)
    _restrict_connect(connection, schema)


def _create_group_roles(connection: Connection) -> None:
    for role in GROUP_ROLES.values():
        # Global to the server and perhaps made by another database's setup already.
        run(
            connection,
            f"""
            DO $$ BEGIN
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN
                    CREATE ROLE {role} NOLOGIN;
                END IF;
            EXCEPTION WHEN duplicate_object THEN NULL;
            END $$
            """,
        )


def _create_user_table(connection: Connection) -> None:
    kinds = ", ".join(f"'{k}'" for k in KINDS)
    run(
        connection,
        f"""
        CREATE TABLE IF NOT EXISTS {USER_TABLE} (
            role_name text PRIMARY KEY,
            kind text NOT NULL CONSTRAINT {USER_TABLE}_kind CHECK (kind IN ({kinds})),
            organisation_id integer NULL REFERENCES organisation (id),
            display_name text NOT NULL DEFAULT '',
            CONSTRAINT {USER_TABLE}_participant_organisation
                CHECK (kind <> '{PARTICIPANT}' OR organisation_id IS NOT NULL)
        )
        """,
    )


def _create_functions(connection: Connection, schema: str) -> None:
    """The caller's organisation and kind, read as the owner so that no one needs to
    read the user list to be checked against it."""
    from psycopg import sql

    groups = sql.SQL(", ").join(sql.Identifier(r) for r in GROUP_ROLES.values())
    for function, column, result in (
        ("est_user_organisation", "organisation_id", "integer"),
        ("est_user_kind", "kind", "text"),
    ):
        run(
            connection,
            sql.SQL(
                "CREATE OR REPLACE FUNCTION {function}() RETURNS {result} "
                "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS "
                "$$ SELECT {column} FROM {schema}.{table} WHERE role_name = session_user $$"
            ).format(
                function=sql.Identifier(function),
                result=sql.SQL(result),
                schema=sql.Identifier(schema),
                column=sql.Identifier(column),
                table=sql.Identifier(USER_TABLE),
            ),
        )
        run(
            connection,
            sql.SQL("REVOKE ALL ON FUNCTION {}() FROM PUBLIC").format(sql.Identifier(function)),
        )
        run(
            connection,
            sql.SQL("GRANT EXECUTE ON FUNCTION {}() TO {}").format(
                sql.Identifier(function), groups
            ),
        )


def _tables(connection: Connection) -> list[str]:
    return [
        name
        for (name,) in run(
            connection,
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
            "ORDER BY tablename",
        )
    ]


def _secure_table(connection: Connection, table: str) -> None:
    """Everything this table allows, from nothing: grants and policies are dropped and
    made again, so what a rule no longer says is gone too."""
    from psycopg import sql

    name = sql.Identifier(table)
    groups = [sql.Identifier(r) for r in GROUP_ROLES.values()]
    run(
        connection,
        sql.SQL("REVOKE ALL ON TABLE {} FROM PUBLIC, {}").format(name, sql.SQL(", ").join(groups)),
    )
    run(connection, sql.SQL("ALTER TABLE {} ENABLE ROW LEVEL SECURITY").format(name))
    run(connection, sql.SQL("ALTER TABLE {} FORCE ROW LEVEL SECURITY").format(name))
    for (policy,) in run(
        connection,
        "SELECT policyname FROM pg_policies WHERE schemaname = current_schema() AND tablename = %s",
        (table,),
    ):
        run(connection, sql.SQL("DROP POLICY {} ON {}").format(sql.Identifier(policy), name))

    owner = run(
        connection,
        "SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() AND tablename = %s",
        (table,),
    )[0][0]
    maintaining = f"current_setting('{MAINTENANCE_SETTING}', true) = 'on'"
    _policy(connection, table, "est_owner_maintenance", owner, "ALL", maintaining, maintaining)
    if table == USER_TABLE:  # est_user_kind() and est_user_organisation() read it as owner
        _policy(connection, table, "est_owner_reads_users", owner, "SELECT", _ALL, None)

    for kind, rows in _rules(table).items():
        role = GROUP_ROLES[kind]
        privileges = []
        for command, condition in (
            ("SELECT", rows.select),
            ("INSERT", rows.insert),
            ("UPDATE", rows.update),
            ("DELETE", rows.delete),
        ):
            if condition is None:
                continue
            privilege: sql.Composable = sql.SQL(command)
            if command == "UPDATE" and rows.update_columns:
                privilege = sql.SQL("UPDATE ({})").format(
                    sql.SQL(", ").join(sql.Identifier(c) for c in rows.update_columns)
                )
            privileges.append(privilege)
            condition = _listed_as(kind, condition.format(table=table))
            _policy(
                connection,
                table,
                f"{role}_{command.lower()}",
                role,
                command,
                None if command == "INSERT" else condition,
                condition if command in ("INSERT", "UPDATE") else None,
            )
        run(
            connection,
            sql.SQL("GRANT {} ON TABLE {} TO {}").format(
                sql.SQL(", ").join(privileges), name, sql.Identifier(role)
            ),
        )


def _policy(
    connection: Connection,
    table: str,
    name: str,
    role: str,
    command: str,
    using: str | None,
    check: str | None,
) -> None:
    from psycopg import sql

    statement = sql.SQL("CREATE POLICY {} ON {} FOR {} TO {}").format(
        sql.Identifier(name), sql.Identifier(table), sql.SQL(command), sql.Identifier(role)
    )
    if using is not None:
        statement += sql.SQL(" USING ({})").format(sql.SQL(using))
    if check is not None:
        statement += sql.SQL(" WITH CHECK ({})").format(sql.SQL(check))
    run(connection, statement)


def _grant_sequences(connection: Connection) -> None:
    """The id sequences of the tables a group may insert into."""
    from psycopg import sql

    sequences = run(
        connection,
        "SELECT s.relname, t.relname FROM pg_class s "
        "JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = s.oid "
        "AND d.deptype IN ('a', 'i') "
        "JOIN pg_class t ON t.oid = d.refobjid "
        "WHERE s.relkind = 'S' AND s.relnamespace = current_schema()::regnamespace",
    )
    groups = sql.SQL(", ").join(sql.Identifier(r) for r in GROUP_ROLES.values())
    for sequence, table in sequences:
        name = sql.Identifier(sequence)
        run(connection, sql.SQL("REVOKE ALL ON SEQUENCE {} FROM PUBLIC, {}").format(name, groups))
        inserting = [
            GROUP_ROLES[kind] for kind, rows in _rules(table).items() if rows.insert is not None
        ]
        if inserting:
            run(
                connection,
                sql.SQL("GRANT USAGE ON SEQUENCE {} TO {}").format(
                    name, sql.SQL(", ").join(sql.Identifier(r) for r in inserting)
                ),
            )


def _restrict_connect(connection: Connection, schema: str) -> None:
    from psycopg import sql

    database = sql.Identifier(run(connection, "SELECT current_database()")[0][0])
    groups = sql.SQL(", ").join(sql.Identifier(r) for r in GROUP_ROLES.values())
    run(connection, sql.SQL("REVOKE CONNECT ON DATABASE {} FROM PUBLIC").format(database))
    run(connection, sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(database, groups))
    run(
        connection, sql.SQL("REVOKE CREATE ON SCHEMA {} FROM PUBLIC").format(sql.Identifier(schema))
    )
    run(
        connection,
        sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(sql.Identifier(schema), groups),
    )


def check_administrator(connection: Connection) -> None:
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
