"""The people on a shared server: who is logged in at this desk, and adding one.

Every person logs in as a database user of their own, a member of one of the groups
of ``roles``. Which organisation a participant answers for is kept on the server, in
``est_server_user``, where the row-level policies read it too; the app asks the server,
never the other way round.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session

from ...errors import KnownError, ValidationError
from ...text import QT_TRANSLATE_NOOP
from ..limits import check_name, one_line
from .roles import (
    CONVENER,
    GROUP_ROLES,
    KINDS,
    MANAGEMENT,
    PARTICIPANT,
    USER_TABLE,
    check_administrator,
    driver,
    maintenance,
    run,
)

BAD_NAME = QT_TRANSLATE_NOOP(
    "Validation",
    "A user name may hold only the letters a–z, digits and the characters _ . - "
    "(at most 63, not beginning with pg_). Choose another name.",
)
USER_EXISTS = QT_TRANSLATE_NOOP(
    "Validation",
    "There is already a user of that name on the database server. Choose another name.",
)
SHORT_PASSWORD = QT_TRANSLATE_NOOP(
    "Validation", "The password is too short. Choose one of at least 8 characters."
)
NEEDS_ORGANISATION = QT_TRANSLATE_NOOP(
    "Validation", "A participant answers for one organisation. Choose the organisation."
)
UNKNOWN_ORGANISATION = QT_TRANSLATE_NOOP(
    "Validation", "There is no active organisation of that name. Choose one from the list."
)
UNKNOWN_KIND = QT_TRANSLATE_NOOP(
    "Validation", "Choose whether the user is a convener, a participant or ledningsgrupp."
)
CONVENER_IS_OWNER = QT_TRANSLATE_NOOP(
    "Validation",
    "The convener needs a user of their own: the administrator who owns the tables "
    "may not work in the app. Choose another name.",
)
NOT_SET_UP = QT_TRANSLATE_NOOP(
    "Validation",
    "The database on the server is not set up for shared use yet. "
    "Run est-desktop server-setup for it first.",
)

_NAME = re.compile(r"[a-z0-9][a-z0-9_.-]{0,62}")
_MIN_PASSWORD = 8


@dataclass(frozen=True)
class ServerUser:
    role_name: str
    kind: str  # one of KINDS
    organisation_id: int | None
    organisation_name: str | None
    display_name: str

    @property
    def is_participant(self) -> bool:
        return self.kind == PARTICIPANT

    @property
    def writes_nothing(self) -> bool:
        return self.kind == MANAGEMENT


def who_am_i(*, session: Session) -> ServerUser | None:
    """The user this session is logged in as; None on SQLite (one desk, no users), on a
    server not set up for shared use, and for a login the server does not list (the
    administrator who owns the tables, say)."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    if session.execute(text(f"SELECT to_regclass('{USER_TABLE}')")).scalar() is None:
        return None
    row = session.execute(
        text(
            f"SELECT u.role_name, u.kind, u.organisation_id, o.name, u.display_name "
            f"FROM {USER_TABLE} u LEFT JOIN organisation o ON o.id = u.organisation_id "
            "WHERE u.role_name = session_user"
        )
    ).first()
    return ServerUser(*row) if row is not None else None


# --- adding users ---------------------------------------------------------------------


def role_exists(*, engine: Engine, name: str) -> bool:
    """Whether the server has a role of that name (in any of its databases)."""
    with engine.connect() as connection:
        return bool(run(connection, "SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)))


def add_user(
    *,
    engine: Engine,
    name: str,
    password: str,
    kind: str,
    organisation_id: int | None = None,
    display_name: str = "",
) -> None:
    """A login of its own for one person, in the group of ``kind``; a participant answers
    for ``organisation_id``. Run by the administrator after ``set_up_server``."""
    with engine.connect() as connection:
        check_administrator(connection)  # a convener is told it is the administrator's job
    with maintenance(engine) as owner, owner.begin() as connection:
        if not run(connection, "SELECT to_regclass(%s) IS NOT NULL", (USER_TABLE,))[0][0]:
            raise KnownError(NOT_SET_UP)
        create_user(
            connection,
            name=name,
            password=password,
            kind=kind,
            organisation_id=organisation_id,
            display_name=display_name,
        )


def listed_kind(connection: Connection, name: str) -> str | None:
    found = run(connection, f"SELECT kind FROM {USER_TABLE} WHERE role_name = %s", (name,))
    return found[0][0] if found else None


def check_new_user(
    *,
    name: str,
    password: str | None,
    kind: str,
    organisation_id: int | None = None,
    display_name: str = "",
) -> None:
    """What can be checked before the server is asked (``password`` None: not yet given)."""
    errors: dict[str, str] = {}
    if not _NAME.fullmatch(name) or name.startswith("pg_"):
        errors["name"] = BAD_NAME
    if password is not None and len(password) < _MIN_PASSWORD:
        errors["password"] = SHORT_PASSWORD
    if kind not in KINDS:
        errors["kind"] = UNKNOWN_KIND
    if kind == PARTICIPANT and organisation_id is None:
        errors["organisation_id"] = NEEDS_ORGANISATION
    check_name(errors, "display_name", display_name)
    if errors:
        raise ValidationError(errors)


def create_user(
    connection: Connection,
    *,
    name: str,
    password: str,
    kind: str,
    organisation_id: int | None = None,
    display_name: str = "",
) -> None:
    """``add_user`` in the caller's transaction (``set_up_server`` adds its convener so)."""
    from psycopg import sql

    if kind == CONVENER and run(
        connection,
        "SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tableowner = %s",
        (name,),
    ):
        raise ValidationError.single(CONVENER_IS_OWNER, "name")
    if run(connection, "SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)):
        raise ValidationError.single(USER_EXISTS, "name")
    display_name = one_line(display_name)
    check_new_user(
        name=name,
        password=password,
        kind=kind,
        organisation_id=organisation_id,
        display_name=display_name,
    )
    if organisation_id is not None and not run(
        connection, "SELECT 1 FROM organisation WHERE id = %s AND active", (organisation_id,)
    ):
        raise ValidationError.single(UNKNOWN_ORGANISATION, "organisation_id")

    # Only the verifier travels, so no server log ever holds the password itself.
    verifier = driver(connection).pgconn.encrypt_password(
        password.encode(), name.encode(), b"scram-sha-256"
    )
    run(
        connection,
        sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
            sql.Identifier(name), sql.Literal(verifier.decode()), sql.Identifier(GROUP_ROLES[kind])
        ),
    )
    run(
        connection,
        sql.SQL(
            "INSERT INTO {} (role_name, kind, organisation_id, display_name) "
            "VALUES (%s, %s, %s, %s)"
        ).format(sql.Identifier(USER_TABLE)),
        (name, kind, organisation_id, display_name),
    )
