"""A shared database on the test PostgreSQL server as the desks meet it: set up with its
roles and policies, a convener and a participant of Socialförvaltningen logged in as
themselves, and a few actions decided a week ago. Also a relay whose cable can be
pulled, standing between a desk and the server.

The logins are global to the server: each carries this run's prefix and is dropped
afterwards.
"""

from __future__ import annotations

import itertools
import socket
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.engine import URL, Engine

from est_desktop.db import make_server_engine, session_scope
from est_desktop.models import ActionCreate, AgendaItemKind, MeetingCreate
from est_desktop.services import reference
from est_desktop.services.actions import decisions as actions
from est_desktop.services.meetings import agenda as meetings
from est_desktop.services.server import roles, setup, users
from tests import postgres

# No space: listen.conninfo does not encode one yet (reported).
PASSWORD = "Hemligt-lösen-1"
PREFIX = f"u{uuid.uuid4().hex[:8]}"
SOCIAL = "Socialförvaltningen"
POLICE = "Polisen"
ANSWERER = "Karin Lund"
_numbers = itertools.count()


@dataclass
class SharedServer:
    url: URL  # the owner's (the test server's administrator)
    convener_url: URL
    participant_url: URL
    management_url: URL  # a member of the ledningsgrupp
    convener: Engine
    participant: Engine
    social_id: int
    police_id: int
    decided_on: date
    lights: int  # Socialförvaltningen's, due in ten days
    walk: int  # Socialförvaltningen's, no due date
    patrol: int  # Polisen's
    closed: int  # Socialförvaltningen's, done

    def engine_as(self, url: URL) -> Engine:
        return make_server_engine(url)


def _add_user(**user: object) -> None:
    # add_user is moving from roles to users while the server's modules settle.
    (getattr(users, "add_user", None) or roles.add_user)(**user)


def _name(label: str) -> str:
    return f"{PREFIX}_{label}{next(_numbers)}"


@contextmanager
def shared_server() -> Iterator[SharedServer]:
    today = date.today()
    made: list[str] = []
    with postgres.fresh_database() as url:
        owner = make_server_engine(url)
        engines: list[Engine] = [owner]
        try:
            convener_name, participant_name = _name("konv"), _name("soc")
            management_name = _name("ledn")
            made += [convener_name, participant_name, management_name]
            setup.set_up_server(engine=owner, convener=convener_name, password=PASSWORD)
            convener_url = url.set(username=convener_name, password=PASSWORD)
            convener = make_server_engine(convener_url)
            engines.append(convener)
            with session_scope(convener) as session:
                ids = {o.name: o.id for o in reference.organisations(session=session)}
            _add_user(
                engine=owner,
                name=participant_name,
                password=PASSWORD,
                kind=users.PARTICIPANT,
                organisation_id=ids[SOCIAL],
                display_name=ANSWERER,
            )
            _add_user(
                engine=owner,
                name=management_name,
                password=PASSWORD,
                kind=users.MANAGEMENT,
                display_name="Kommundirektören",
            )
            decided_on = today - timedelta(days=7)
            with session_scope(convener) as session:
                meeting = meetings.create_meeting(
                    session=session, data=MeetingCreate(date=decided_on)
                )
                item = next(
                    i
                    for i in meetings.agenda(session=session, meeting_id=meeting.id)
                    if i.kind == AgendaItemKind.FOCUS_AREA
                )

                def decide(description: str, owner_name: str, **more: object) -> int:
                    data = ActionCreate(
                        description=description, owner_organisation_id=ids[owner_name], **more
                    )
                    return actions.decide_action(session=session, item_id=item.id, data=data).id

                lights = decide(
                    "Extra belysning i Stationsparken",
                    SOCIAL,
                    due_date=today + timedelta(days=10),
                    contact_person="Per Ek",
                )
                walk = decide("Trygghetsvandring i Anderslöv", SOCIAL)
                patrol = decide("Riktad patrullering vid Resecentrum", POLICE)
                closed = decide("Städning av gångtunneln", SOCIAL, status="done")
                meetings.finalise_meeting(
                    session=session,
                    meeting_id=meeting.id,
                    user="samordnare",
                    confirm_no_attendance=True,
                )
            participant_url = url.set(username=participant_name, password=PASSWORD)
            participant = make_server_engine(participant_url)
            engines.append(participant)
            yield SharedServer(
                url=url,
                convener_url=convener_url,
                participant_url=participant_url,
                management_url=url.set(username=management_name, password=PASSWORD),
                convener=convener,
                participant=participant,
                social_id=ids[SOCIAL],
                police_id=ids[POLICE],
                decided_on=decided_on,
                lights=lights,
                walk=walk,
                patrol=patrol,
                closed=closed,
            )
        finally:
            for engine in engines:
                engine.dispose()
            # A desk's listener may still be reconnecting: end whatever is left, so the
            # database can be dropped.
            terminate_connections(url.database)
    _drop_logins(made)


def _drop_logins(names: list[str]) -> None:
    import psycopg
    from psycopg import sql

    admin = postgres.admin_url()
    if admin is None or not names:
        return
    dsn = admin.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as connection:
        for name in names:
            connection.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))


def terminate_connections(database: str) -> int:
    """Every connection to ``database`` ended by the server, as an administrator would.
    The test server's administrator is no superuser: it joins the desks' logins first."""
    import psycopg
    from psycopg import sql

    admin = postgres.admin_url()
    dsn = admin.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as connection:
        logins = connection.execute(
            "SELECT DISTINCT usename FROM pg_stat_activity "
            "WHERE datname = %s AND usename <> current_user",
            (database,),
        ).fetchall()
        for (login,) in logins:
            connection.execute(sql.SQL("GRANT {} TO CURRENT_USER").format(sql.Identifier(login)))
        return connection.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            (database,),
        ).fetchone()[0]


class Cable:
    """A TCP relay on loopback between a desk and the server. ``pull()`` drops every
    connection through it and turns new ones away; ``plug()`` lets them through again."""

    def __init__(self, host: str, port: int) -> None:
        self._target = (host, port)
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._plugged = True
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(32)
        self.port = self._listener.getsockname()[1]
        threading.Thread(target=self._accept, name="cable", daemon=True).start()

    def url(self, url: URL) -> URL:
        return url.set(host="127.0.0.1", port=self.port)

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if not self._plugged:
                client.close()
                continue
            try:
                upstream = socket.create_connection(self._target, timeout=5)
                upstream.settimeout(None)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._sockets += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                try:
                    end.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def pull(self) -> None:
        self._plugged = False
        with self._lock:
            dropped, self._sockets = self._sockets, []
        for end in dropped:
            try:
                end.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            end.close()

    def plug(self) -> None:
        self._plugged = True

    def close(self) -> None:
        self.pull()
        self._listener.close()


def unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
