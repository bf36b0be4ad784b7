"""Who may do what on a shared server, proved in SQL as each role, not through the app.

Every test here logs in as a participant, the ledningsgrupp, the convener or the owner of
the tables, and tries what that role must not do. The roles are global to the server:
each name carries this run's prefix, and every role made here is dropped at the end.
"""

from __future__ import annotations

import itertools
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime

import psycopg
import pytest
from psycopg import errors as pg_errors
from sqlalchemy.engine import URL
from sqlmodel import SQLModel, select

import est_desktop.models  # noqa: F401  (every table in the metadata)
from est_desktop.bootstrap import open_database
from est_desktop.cli import main
from est_desktop.db import make_server_engine, session_scope
from est_desktop.errors import KnownError, ValidationError
from est_desktop.models import Action, ActionIncidentLink, Incident, Organisation, Place, Source
from est_desktop.services import audit
from est_desktop.services.action_lists import answers
from est_desktop.services.server import roles, setup, users
from tests import postgres

PASSWORD = "Hemligt-lösen 1"
PREFIX = f"t{uuid.uuid4().hex[:8]}"
_numbers = itertools.count()


def _login_name(label: str) -> str:
    return f"{PREFIX}_{label}{next(_numbers)}"


@pytest.fixture(scope="module", autouse=True)
def _drop_logins_afterwards() -> Iterator[None]:
    """The logins are global to the server; without this a rerun would collide with them."""
    yield
    url = postgres.admin_url()
    if url is None:
        return
    with _connect(url) as connection:
        connection.autocommit = True
        for (name,) in connection.execute(
            "SELECT rolname FROM pg_roles WHERE starts_with(rolname, %s)", (PREFIX,)
        ).fetchall():
            connection.execute(psycopg.sql.SQL("DROP ROLE {}").format(psycopg.sql.Identifier(name)))


def _connect(url: URL, **changes: str) -> psycopg.Connection:
    url = url.set(**changes)
    return psycopg.connect(
        host=url.host,
        port=url.port,
        dbname=url.database,
        user=url.username,
        password=url.password,
    )


@contextmanager
def _fresh_database(*, seeded: bool = False) -> Iterator[URL]:
    with postgres.fresh_database(seeded=seeded) as url:
        try:
            yield url
        finally:
            _wait_until_the_others_left(url)


def _wait_until_the_others_left(url: URL, timeout: float = 10.0) -> None:
    """The database is dropped WITH (FORCE), which ends only the owner's own sessions
    unless it is a superuser; a closed connection's server process ends a moment later."""
    deadline = time.monotonic() + timeout
    with _connect(url, database="postgres") as connection:
        connection.autocommit = True
        while time.monotonic() < deadline:
            (others,) = connection.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s "
                "AND usename <> current_user",
                (url.database,),
            ).fetchone()
            if not others:
                return
            time.sleep(0.05)


@contextmanager
def as_role(url: URL, name: str, password: str = PASSWORD) -> Iterator[psycopg.Connection]:
    """A plain SQL connection as ``name``; whatever it did is rolled back afterwards."""
    connection = _connect(url, username=name, password=password)
    try:
        connection.execute("SELECT 1")  # in a transaction: the blocks below are savepoints
        yield connection
    finally:
        connection.rollback()
        connection.close()


@contextmanager
def as_owner(url: URL, *, maintaining: bool = False) -> Iterator[psycopg.Connection]:
    connection = _connect(url)
    try:
        connection.execute("SELECT 1")
        if maintaining:
            connection.execute(f"SET {roles.MAINTENANCE_SETTING} = 'on'")
        yield connection
    finally:
        connection.rollback()
        connection.close()


def refused(connection: psycopg.Connection, statement: str, params: tuple = ()) -> str:
    """The server's refusal of ``statement`` (a missing privilege or a policy's check)."""
    with pytest.raises(pg_errors.InsufficientPrivilege) as refusal:
        with connection.transaction():
            connection.execute(statement, params)
    return str(refusal.value)


def rows(connection: psycopg.Connection, statement: str, params: tuple = ()) -> list:
    return [r[0] for r in connection.execute(statement, params).fetchall()]


def changed(connection: psycopg.Connection, statement: str, params: tuple = ()) -> int:
    with connection.transaction():
        return connection.execute(statement, params).rowcount


# --- one database shared by the tests that only try things (and roll them back) -----------


@dataclass(frozen=True)
class Server:
    url: URL
    convener: str
    police: str  # a participant for Polisen
    school: str  # a participant for Utbildningsförvaltningen
    management: str
    police_id: int
    school_id: int
    own_open: int  # Polisen's
    own_closed: int
    other_open: int  # Utbildningsförvaltningen's
    other_closed: int
    open_incident: int
    confidential_incident: int


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with _fresh_database() as url:
        engine = make_server_engine(url)
        try:
            convener = _login_name("konv")
            setup.set_up_server(engine=engine, convener=convener, password=PASSWORD)
            with roles.maintenance(engine) as owner, session_scope(owner) as session:
                ids = {o.name: o.id for o in session.scalars(select(Organisation))}
                police_id, school_id = ids["Polisen"], ids["Utbildningsförvaltningen"]
                place = session.scalars(select(Place)).first()
                source = session.scalars(select(Source)).first()

                def action(owner_id: int, status: str) -> Action:
                    return Action(
                        description="Åtgärd", owner_organisation_id=owner_id, status=status
                    )

                actions = [
                    action(police_id, "in_progress"),
                    action(police_id, "done"),
                    action(school_id, "new"),
                    action(school_id, "cancelled"),
                ]
                incidents = [
                    Incident(
                        occurred_on=date(2026, 3, 1),
                        place_id=place.id,
                        source_id=source.id,
                        description=text,
                        confidential=confidential,
                    )
                    for text, confidential in (("Klotter", False), ("Hemlig uppgift", True))
                ]
                session.add_all(actions + incidents)
                session.flush()
                for incident in incidents:
                    session.add(
                        ActionIncidentLink(action_id=actions[0].id, incident_id=incident.id)
                    )
            names = {}
            for label, kind, organisation_id in (
                ("polis", roles.PARTICIPANT, police_id),
                ("skola", roles.PARTICIPANT, school_id),
                ("ledning", roles.MANAGEMENT, None),
            ):
                names[label] = _login_name(label)
                users.add_user(
                    engine=engine,
                    name=names[label],
                    password=PASSWORD,
                    kind=kind,
                    organisation_id=organisation_id,
                    display_name=f"Testanvändare {label}",
                )
            yield Server(
                url=url,
                convener=convener,
                police=names["polis"],
                school=names["skola"],
                management=names["ledning"],
                police_id=police_id,
                school_id=school_id,
                own_open=actions[0].id,
                own_closed=actions[1].id,
                other_open=actions[2].id,
                other_closed=actions[3].id,
                open_incident=incidents[0].id,
                confidential_incident=incidents[1].id,
            )
        finally:
            engine.dispose()


def _tables(url: URL) -> list[str]:
    with as_owner(url) as connection:
        return rows(
            connection,
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1",
        )


# --- a participant --------------------------------------------------------------------------


def test_a_participant_answers_its_own_action(server: Server) -> None:
    with as_role(server.url, server.police) as connection:
        # The answer locks the action first (services.actions.my_actions).
        assert rows(
            connection, "SELECT id FROM action WHERE id = %s FOR UPDATE", (server.own_open,)
        ) == [server.own_open]
        assert (
            changed(
                connection,
                "UPDATE action SET status = 'done', due_date = %s, closed_on = %s, "
                "version = version + 1 WHERE id = %s",
                (date(2026, 4, 1), date(2026, 3, 20), server.own_open),
            )
            == 1
        )
        answer = connection.execute(
            "INSERT INTO action_answer (action_id, answer_key, export_id, source_file, "
            "source_row, answered_on, answered_by, status, comment, previous_status, "
            "imported_at) VALUES (%s, %s, 'server', 'Mina åtgärder', 0, %s, 'Anna', 'done', "
            "'Klart', 'in_progress', now()) RETURNING id",
            (server.own_open, f"key-{uuid.uuid4()}", date(2026, 3, 20)),
        ).fetchone()
        assert answer is not None


def test_a_participant_cannot_change_another_organisations_action(server: Server) -> None:
    with as_role(server.url, server.police) as connection:
        for action_id in (server.other_open, server.other_closed):
            assert (
                changed(
                    connection,
                    "UPDATE action SET status = 'done' WHERE id = %s",
                    (action_id,),
                )
                == 0
            )
        assert (
            rows(connection, "SELECT id FROM action WHERE id = %s FOR UPDATE", (server.other_open,))
            == []
        )
        # Nor may it hand its own action to another organisation.
        refused(
            connection,
            "UPDATE action SET owner_organisation_id = %s WHERE id = %s",
            (server.school_id, server.own_open),
        )
    with as_owner(server.url, maintaining=True) as connection:
        assert rows(
            connection, "SELECT status FROM action WHERE id = %s", (server.other_open,)
        ) == ["new"]


def test_a_participant_answers_no_other_organisations_action(server: Server) -> None:
    with as_role(server.url, server.police) as connection:
        message = refused(
            connection,
            "INSERT INTO action_answer (action_id, answer_key, export_id, source_file, "
            "source_row, answered_on, status) VALUES (%s, %s, 'server', 'x', 0, %s, 'done')",
            (server.other_open, f"key-{uuid.uuid4()}", date(2026, 3, 20)),
        )
    assert "row-level security" in message


def test_a_participant_changes_only_the_answer_columns(server: Server) -> None:
    with as_role(server.url, server.police) as connection:
        for column, value in (
            ("description", "Ändrad"),
            ("contact_person", "Någon"),
            ("focus_area_id", None),
            ("decided_meeting_id", None),
        ):
            message = refused(
                connection,
                f"UPDATE action SET {column} = %s WHERE id = %s",
                (value, server.own_open),
            )
            assert "permission denied" in message


def test_a_participant_deletes_nothing(server: Server) -> None:
    with as_role(server.url, server.police) as connection:
        refused(connection, "DELETE FROM action WHERE id = %s", (server.own_open,))
        for table in _tables(server.url):
            refused(connection, f'DELETE FROM "{table}" WHERE false')
            refused(connection, f'TRUNCATE "{table}"')


def test_a_participant_never_sees_a_confidential_incident(server: Server) -> None:
    with as_role(server.url, server.police) as connection:
        seen = rows(connection, "SELECT id FROM incident")
        assert server.open_incident in seen
        assert server.confidential_incident not in seen
        assert rows(
            connection,
            "SELECT count(*) FROM incident WHERE description = 'Hemlig uppgift'",
        ) == [0]
        # Not even its link to the participant's own action.
        assert rows(
            connection,
            "SELECT incident_id FROM action_incident WHERE action_id = %s",
            (server.own_open,),
        ) == [server.open_incident]


def test_a_participant_sees_open_actions_and_all_of_its_own(server: Server) -> None:
    with as_role(server.url, server.police) as connection:
        seen = set(rows(connection, "SELECT id FROM action"))
    assert seen == {server.own_open, server.own_closed, server.other_open}


def test_a_participants_audit_entry_names_its_database_user(server: Server) -> None:
    with as_role(server.url, server.police) as connection:
        entry, db_user = connection.execute(
            'INSERT INTO audit_entry (at, "user", action, entity, entity_id, fields, note, '
            "db_user) VALUES (now(), 'anna', 'changed', 'action', %s, 'status', '', %s) "
            "RETURNING id, db_user",
            (server.own_open, server.convener),
        ).fetchone()
        assert db_user == server.police
        assert (
            changed(
                connection,
                "UPDATE audit_entry SET fields = 'status,due_date' WHERE id = %s",
                (entry,),
            )
            == 1
        )
        refused(connection, "UPDATE audit_entry SET db_user = 'någon' WHERE id = %s", (entry,))
        # The seeding's entries are someone else's: not read, not changed.
        assert rows(connection, "SELECT id FROM audit_entry") == [entry]
        assert (
            changed(connection, "UPDATE audit_entry SET fields = '' WHERE id <> %s", (entry,)) == 0
        )


def test_a_participant_reads_what_the_app_shows_it(server: Server) -> None:
    with as_role(server.url, server.police) as connection:
        for table in ("meeting", "agenda_item", "organisation", "focus_area", "plan_activity"):
            connection.execute(f"SELECT * FROM {table}").fetchall()
        assert rows(connection, "SELECT count(*) FROM organisation")[0] > 0
        assert rows(connection, "SELECT role_name FROM est_server_user") == [server.police]
        assert rows(connection, "SELECT est_user_organisation()") == [server.police_id]


def test_a_participant_answers_through_the_app_and_the_trail_names_it(server: Server) -> None:
    """The app's own write path (the answer, the action, the audit writer's insert and
    later update of its entry) fits inside what the participant may do."""
    engine = make_server_engine(server.url.set(username=server.police, password=PASSWORD))
    try:
        now = datetime(2026, 3, 20, 9, 0, tzinfo=UTC)
        with session_scope(engine) as session:
            assert users.who_am_i(session=session) == users.ServerUser(
                server.police,
                roles.PARTICIPANT,
                server.police_id,
                "Polisen",
                "Testanvändare polis",
            )
            action = session.get(Action, server.own_open)
            change = answers.ProposedChange(
                file="Mina åtgärder",
                row=0,
                action_id=action.id,
                description=action.description,
                owner="",
                current_status=action.status,
                current_due=action.due_date,
                new_status="in_progress",
                new_due=date(2026, 5, 1),
                comment="Pågår enligt plan",
                answered_by="Anna",
                answered_on=now.date(),
                answer_key=f"key-{uuid.uuid4()}",
                export_id="server",
                answered_at=now,
            )
            assert answers.apply_answers(session=session, changes=[change], now=now) == 1
            action.due_date = date(2026, 5, 2)  # a later change folds into the same entry
            session.flush()
        with session_scope(engine) as session:
            mine = audit.audit_rows(session=session, entity="action")
        assert {row.db_user for row in mine} == {server.police}
    finally:
        engine.dispose()


# --- the ledningsgrupp and the convener -----------------------------------------------------


def test_the_ledningsgrupp_reads_everything_but_confidential_incidents(server: Server) -> None:
    with as_role(server.url, server.management) as connection:
        assert set(rows(connection, "SELECT id FROM action")) >= {
            server.own_open,
            server.own_closed,
            server.other_open,
            server.other_closed,
        }
        seen = rows(connection, "SELECT id FROM incident")
        assert server.open_incident in seen and server.confidential_incident not in seen
        assert rows(connection, "SELECT count(*) FROM audit_entry")[0] > 0


def test_the_ledningsgrupp_writes_nothing(server: Server) -> None:
    with as_role(server.url, server.management) as connection:
        assert rows(connection, "SELECT count(*) FROM action")[0] > 0
        for table in _tables(server.url):
            refused(connection, f'INSERT INTO "{table}" SELECT * FROM "{table}" WHERE false')
            column = rows(
                connection,
                "SELECT attname FROM pg_attribute WHERE attrelid = %s::regclass AND attnum > 0 "
                "AND NOT attisdropped ORDER BY attnum LIMIT 1",
                (table,),
            )[0]
            refused(connection, f'UPDATE "{table}" SET "{column}" = "{column}" WHERE false')
            refused(connection, f'DELETE FROM "{table}" WHERE false')


def test_the_convener_does_everything_the_app_does(server: Server) -> None:
    with as_role(server.url, server.convener) as connection:
        assert server.confidential_incident in rows(connection, "SELECT id FROM incident")
        assert (
            changed(
                connection,
                "UPDATE action SET description = 'Ny text', owner_organisation_id = %s "
                "WHERE id = %s",
                (server.police_id, server.other_closed),
            )
            == 1
        )
        assert changed(connection, "DELETE FROM action WHERE id = %s", (server.other_open,)) == 1
        connection.execute(
            "INSERT INTO organisation (name, kind, active, version) "
            "VALUES ('Ny förvaltning', 'forvaltning', true, 1)"
        )
        assert rows(connection, "SELECT count(*) FROM audit_entry")[0] > 0


def test_the_convener_cannot_rewrite_the_trail_or_the_users(server: Server) -> None:
    with as_role(server.url, server.convener) as connection:
        refused(connection, "DELETE FROM audit_entry")
        refused(connection, "UPDATE audit_entry SET db_user = 'någon'")
        refused(
            connection,
            "UPDATE est_server_user SET organisation_id = %s WHERE role_name = %s",
            (server.school_id, server.police),
        )
        refused(connection, "UPDATE alembic_version SET version_num = '9999'")


# --- the owner, and other logins ------------------------------------------------------------


def test_the_owner_is_held_by_the_policies_too(server: Server) -> None:
    with as_owner(server.url) as connection:
        not_forced = rows(
            connection,
            "SELECT relname FROM pg_class WHERE relnamespace = current_schema()::regnamespace "
            "AND relkind = 'r' AND NOT (relrowsecurity AND relforcerowsecurity)",
        )
        assert not_forced == []
        assert rows(connection, "SELECT count(*) FROM action") == [0]
        assert rows(connection, "SELECT count(*) FROM alembic_version") == [0]
        refused(
            connection,
            "INSERT INTO organisation (name, kind, active, version) "
            "VALUES ('Ny', 'forvaltning', true, 1)",
        )
        # What it may always read: whom the policies ask about (its functions read it).
        assert server.police in rows(connection, "SELECT role_name FROM est_server_user")
    with as_owner(server.url, maintaining=True) as connection:
        assert rows(connection, "SELECT count(*) FROM action")[0] >= 4


def test_a_user_of_another_database_on_the_server_sees_nothing_here(server: Server) -> None:
    with _fresh_database() as other_url:
        engine = make_server_engine(other_url)
        try:
            elsewhere = _login_name("annan")
            setup.set_up_server(engine=engine, convener=_login_name("konv"), password=PASSWORD)
            users.add_user(
                engine=engine,
                name=elsewhere,
                password=PASSWORD,
                kind=roles.PARTICIPANT,
                organisation_id=server.police_id,
            )
        finally:
            engine.dispose()
        # The same group role, and so the right to connect, but no listing in this database.
        with as_role(server.url, elsewhere) as connection:
            for table in ("organisation", "meeting", "action", "incident", "alembic_version"):
                assert rows(connection, f"SELECT count(*) FROM {table}") == [0]
            assert changed(connection, "UPDATE action SET status = 'done'") == 0


def test_a_login_in_no_group_cannot_connect(server: Server) -> None:
    stranger = _login_name("okand")
    with _connect(server.url) as connection:
        connection.execute(
            psycopg.sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                psycopg.sql.Identifier(stranger), psycopg.sql.Literal(PASSWORD)
            )
        )
    with pytest.raises(psycopg.OperationalError, match="permission denied"):
        with as_role(server.url, stranger):
            pass


def test_who_am_i_is_nobody_for_the_owner_and_on_sqlite(server: Server, tmp_path) -> None:
    for engine in (make_server_engine(server.url), open_database(tmp_path / "est.sqlite3")):
        try:
            with session_scope(engine) as session:
                assert users.who_am_i(session=session) is None
        finally:
            engine.dispose()


# --- setting up and adding users ------------------------------------------------------------


def test_setup_again_after_an_upgrade_secures_a_new_table(server: Server) -> None:
    with _fresh_database() as url:
        engine = make_server_engine(url)
        try:
            convener = _login_name("konv")
            setup.set_up_server(engine=engine, convener=convener, password=PASSWORD)
            participant = _login_name("polis")
            users.add_user(
                engine=engine,
                name=participant,
                password=PASSWORD,
                kind=roles.PARTICIPANT,
                organisation_id=server.police_id,
            )
            with as_owner(url, maintaining=True) as connection:
                connection.execute("CREATE TABLE later_table (id serial PRIMARY KEY, note text)")
                connection.execute("INSERT INTO later_table (note) VALUES ('x')")
                connection.commit()
            # A second run: the convener exists (its password is not changed) and the
            # owner, now held by the policies, still migrates and seeds.
            setup.set_up_server(engine=engine, convener=convener, password="ett annat lösen")
            with as_role(url, convener) as connection:
                assert rows(connection, "SELECT note FROM later_table") == ["x"]
                connection.execute("INSERT INTO later_table (note) VALUES ('y')")
                assert rows(connection, "SELECT count(*) FROM est_server_user") == [2]
            with as_role(url, participant) as connection:
                refused(connection, "SELECT * FROM later_table")
            with as_owner(url) as connection:
                assert rows(
                    connection,
                    "SELECT relforcerowsecurity FROM pg_class WHERE oid = 'later_table'::regclass",
                ) == [True]
        finally:
            engine.dispose()


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"name": "Anna"}, "name", users.BAD_NAME),
        ({"name": "anna svensson"}, "name", users.BAD_NAME),
        ({"name": 'x"; DROP ROLE est_ci; --'}, "name", users.BAD_NAME),
        ({"name": "pg_anna"}, "name", users.BAD_NAME),
        ({"name": "åsa"}, "name", users.BAD_NAME),
        ({"password": "kort"}, "password", users.SHORT_PASSWORD),
        ({"organisation_id": None}, "organisation_id", users.NEEDS_ORGANISATION),
        ({"organisation_id": 999_999}, "organisation_id", users.UNKNOWN_ORGANISATION),
        ({"kind": "admin"}, "kind", users.UNKNOWN_KIND),
    ],
)
def test_add_user_refuses(server: Server, changes: dict, field: str, message: str) -> None:
    name = changes.get("name", _login_name("ny"))
    arguments = {
        "name": name,
        "password": PASSWORD,
        "kind": roles.PARTICIPANT,
        "organisation_id": server.police_id,
        **changes,
    }
    engine = make_server_engine(server.url)
    try:
        with pytest.raises(ValidationError) as refusal:
            users.add_user(engine=engine, **arguments)
        assert refusal.value.errors[field] == message
        assert not users.role_exists(engine=engine, name=name)
    finally:
        engine.dispose()


def test_add_user_refuses_an_inactive_organisation_and_a_taken_name(server: Server) -> None:
    engine = make_server_engine(server.url)
    try:
        with roles.maintenance(engine) as owner, session_scope(owner) as session:
            closed = Organisation(name="Nedlagd förvaltning", kind="forvaltning", active=False)
            session.add(closed)
        name = _login_name("ny")
        with pytest.raises(ValidationError) as refusal:
            users.add_user(
                engine=engine,
                name=name,
                password=PASSWORD,
                kind=roles.PARTICIPANT,
                organisation_id=closed.id,
            )
        assert refusal.value.errors == {"organisation_id": users.UNKNOWN_ORGANISATION}
        assert not users.role_exists(engine=engine, name=name)
        for taken in (server.police, "est_deltagare", engine.url.username):
            with pytest.raises(ValidationError) as refusal:
                users.add_user(engine=engine, name=taken, password=PASSWORD, kind=roles.MANAGEMENT)
            assert refusal.value.errors == {"name": users.USER_EXISTS}
    finally:
        engine.dispose()


def test_the_owner_cannot_be_the_convener(server: Server) -> None:
    engine = make_server_engine(server.url)
    try:
        with pytest.raises(ValidationError) as refusal:
            setup.set_up_server(engine=engine, convener=engine.url.username, password=PASSWORD)
        assert refusal.value.errors == {"name": users.CONVENER_IS_OWNER}
    finally:
        engine.dispose()


def test_add_user_before_setup_says_to_run_it(server: Server) -> None:
    with _fresh_database(seeded=True) as url:
        engine = make_server_engine(url)
        try:
            with pytest.raises(KnownError) as refusal:
                users.add_user(
                    engine=engine, name=_login_name("ny"), password=PASSWORD, kind=roles.MANAGEMENT
                )
            assert refusal.value.text == users.NOT_SET_UP
        finally:
            engine.dispose()


def test_a_password_is_taken_as_it_is_typed(server: Server) -> None:
    name = _login_name("citat")
    odd = 'it\'s "quoted" %s; DROP ROLE est_ci; -- ö'
    engine = make_server_engine(server.url)
    try:
        users.add_user(engine=engine, name=name, password=odd, kind=roles.MANAGEMENT)
    finally:
        engine.dispose()
    with as_role(server.url, name, password=odd) as connection:
        assert rows(connection, "SELECT session_user") == [name]


def test_every_table_of_the_app_has_rules_for_each_group() -> None:
    """A new table is the convener's alone until someone decides who else may read it."""
    tables = set(SQLModel.metadata.tables) | {"alembic_version", roles.USER_TABLE}
    assert tables == roles.KNOWN_TABLES


# --- the command line -----------------------------------------------------------------------


def _run(args: list[str], capsys) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    captured = capsys.readouterr()
    return exit_info.value.code, captured.out + captured.err


def test_the_command_line_sets_up_a_server_and_adds_users(capsys, monkeypatch) -> None:
    with _fresh_database() as url:
        address = url.render_as_string(hide_password=False)
        convener, participant = _login_name("konv"), _login_name("polis")
        monkeypatch.setenv("EST_DESKTOP_PASSWORD", PASSWORD)

        code, text = _run(["server-setup", "--url", address, "--convener", convener], capsys)
        assert code == 0, text
        assert f"Samordnaren {convener} kan logga in" in text

        code, text = _run(["server-setup", "--url", address, "--convener", convener], capsys)
        assert code == 0, text
        assert "fanns redan och behåller sitt lösenord" in text

        user = ["add-user", "--url", address, "--name", participant, "--role", "deltagare"]
        code, text = _run(user, capsys)
        assert code == 1 and "Ange den med --organisation" in text
        code, text = _run([*user, "--organisation", "Polis"], capsys)
        assert code == 1 and "ingen aktiv organisation som heter 'Polis'" in text
        assert "Polisen" in text  # the names to choose from
        code, text = _run(
            [*user, "--organisation", "polisen", "--display-name", "Anna, kommunpolis"], capsys
        )
        assert code == 0, text
        assert f"Användaren {participant} är tillagd som deltagare för Polisen" in text
        code, text = _run([*user, "--organisation", "Polisen"], capsys)
        assert code == 1 and "finns redan en användare" in text

        with as_role(url, participant) as connection:
            assert rows(connection, "SELECT kind || ' ' || display_name FROM est_server_user") == [
                "deltagare Anna, kommunpolis"
            ]
        with as_role(url, convener) as connection:
            assert rows(connection, "SELECT est_user_kind()") == ["samordnare"]


def test_the_command_line_asks_for_the_password_twice(capsys, monkeypatch) -> None:
    with _fresh_database() as url:
        address = url.render_as_string(hide_password=False)
        monkeypatch.delenv("EST_DESKTOP_PASSWORD", raising=False)
        typed = iter([PASSWORD, PASSWORD + "x"])
        monkeypatch.setattr("getpass.getpass", lambda prompt="": next(typed))
        convener = _login_name("konv")
        code, text = _run(["server-setup", "--url", address, "--convener", convener], capsys)
        assert code == 1 and "lösenorden var inte lika" in text
        engine = make_server_engine(url)
        try:
            assert not users.role_exists(engine=engine, name=convener)
        finally:
            engine.dispose()


def test_the_command_line_wants_a_server_address(capsys, tmp_path) -> None:
    code, text = _run(
        ["server-setup", "--url", str(tmp_path / "est.sqlite3"), "--convener", "anna"], capsys
    )
    assert code == 1 and "ingen adress till en databasserver" in text


def test_the_command_line_asks_for_the_administrators_password(capsys, monkeypatch) -> None:
    with _fresh_database() as url:
        monkeypatch.delenv("EST_DESKTOP_PASSWORD", raising=False)
        monkeypatch.delenv("PGPASSWORD", raising=False)
        monkeypatch.setenv("PGPASSFILE", "/nonexistent/pgpass")
        prompts = []
        typed = iter([url.password, PASSWORD, PASSWORD])

        def getpass(prompt: str = "") -> str:
            prompts.append(prompt)
            return next(typed)

        monkeypatch.setattr("getpass.getpass", getpass)
        convener = _login_name("konv")
        address = URL.create(
            url.drivername, url.username, None, url.host, url.port, url.database
        ).render_as_string()
        code, text = _run(["server-setup", "--url", address, "--convener", convener], capsys)
        assert code == 0, text
        assert prompts[0] == f"Lösenord för databasanvändaren {url.username}: "
        assert prompts[1] == f"Nytt lösenord för {convener}: "
        with as_role(url, convener) as connection:
            assert rows(connection, "SELECT est_user_kind()") == ["samordnare"]


# --- the trail is append-only, and versions are the server's ----------------------------


def _committed_entry(server: Server, role: str, entity: str = "action") -> int:
    with _connect(server.url, username=role, password=PASSWORD) as connection:
        (entry,) = connection.execute(
            'INSERT INTO audit_entry (at, "user", action, entity, entity_id, fields, note) '
            "VALUES (now(), 'anna', 'changed', %s, %s, 'status', '') RETURNING id",
            (entity, server.own_open),
        ).fetchone()
        connection.commit()
    return entry


@pytest.mark.parametrize("who", ["police", "convener"])
def test_a_committed_trail_entry_is_changed_or_removed_by_nobody(server: Server, who) -> None:
    role = getattr(server, who)
    entry = _committed_entry(server, role)
    with as_role(server.url, role) as connection:
        refused(connection, "UPDATE audit_entry SET fields = '' WHERE id = %s", (entry,))
        if who == "convener":
            refused(connection, "DELETE FROM audit_entry WHERE id = %s", (entry,))
        assert rows(connection, "SELECT fields FROM audit_entry WHERE id = %s", (entry,)) == [
            "status"
        ]


def test_the_writer_folds_fields_into_its_entry_within_its_transaction_savepoints_too(
    server: Server,
) -> None:
    with as_role(server.url, server.police) as connection, connection.transaction():
        (entry,) = connection.execute(
            'INSERT INTO audit_entry (at, "user", action, entity, entity_id, fields, note) '
            "VALUES (now(), 'anna', 'changed', 'action', %s, 'status', '') RETURNING id",
            (server.own_open,),
        ).fetchone()
        assert changed(connection, "UPDATE audit_entry SET fields = 'status,due_date' "
                       "WHERE id = %s", (entry,)) == 1  # fmt: skip
        refused(connection, "UPDATE audit_entry SET entity = 'incident' WHERE id = %s", (entry,))


def test_a_participant_writes_trail_entries_only_about_what_it_may_change(server: Server) -> None:
    with as_role(server.url, server.police) as connection:
        refused(
            connection,
            'INSERT INTO audit_entry (at, "user", action, entity, entity_id, fields, note) '
            "VALUES (now(), 'anna', 'deleted', 'incident', %s, '', '')",
            (server.open_incident,),
        )


def test_a_version_set_back_through_plain_sql_is_raised_by_the_server(server: Server) -> None:
    with as_role(server.url, server.police) as connection:
        (before,) = rows(connection, "SELECT version FROM action WHERE id = %s", (server.own_open,))
        changed(connection, "UPDATE action SET version = 0 WHERE id = %s", (server.own_open,))
        assert rows(connection, "SELECT version FROM action WHERE id = %s", (server.own_open,)) == [
            before + 1
        ]


def test_a_convener_adding_users_hears_it_is_the_administrators_job(server: Server) -> None:
    engine = make_server_engine(server.url.set(username=server.convener, password=PASSWORD))
    try:
        with pytest.raises(KnownError) as refused:
            users.add_user(
                engine=engine,
                name=_login_name("ny"),
                password=PASSWORD,
                kind=roles.PARTICIPANT,
                organisation_id=server.police_id,
            )
    finally:
        engine.dispose()
    assert refused.value.text == roles.CANNOT_CREATE_USERS


def test_a_participant_changes_its_action_only_by_answering_it(server: Server) -> None:
    """Through plain SQL too: a status changed with no answer beside it is refused at
    commit, so the convener's review always shows who changed what."""
    with _connect(server.url, username=server.police, password=PASSWORD) as connection:
        connection.execute(
            "UPDATE action SET status = 'done', closed_on = current_date WHERE id = %s",
            (server.own_open,),
        )
        with pytest.raises(pg_errors.InsufficientPrivilege):
            connection.commit()
    with _connect(server.url, username=server.police, password=PASSWORD) as connection:
        (status,) = connection.execute(
            "SELECT status FROM action WHERE id = %s", (server.own_open,)
        ).fetchone()
        assert status in ("new", "in_progress")


def test_an_action_moved_to_another_organisation_is_said_to_be_theirs_not_gone(
    server: Server,
) -> None:
    from est_desktop.errors import ValidationError
    from est_desktop.services.actions import my_actions

    def move_to(organisation_id: int) -> None:
        with _connect(server.url, username=server.convener, password=PASSWORD) as convener:
            convener.execute(
                "UPDATE action SET owner_organisation_id = %s WHERE id = %s",
                (organisation_id, server.own_open),
            )
            convener.commit()

    engine = make_server_engine(server.url.set(username=server.police, password=PASSWORD))
    move_to(server.school_id)
    try:
        with pytest.raises(ValidationError) as refused, session_scope(engine) as session:
            my_actions.answer_action(
                session=session,
                action_id=server.own_open,
                status="in_progress",
                new_due_date=None,
                comment="Vi är på gång",
                answered_by="Erik",
                expected_version=None,
                organisation_id=server.police_id,
            )
        assert list(refused.value.errors.values()) == [my_actions.NOT_YOURS]
    finally:
        move_to(server.police_id)
        engine.dispose()
