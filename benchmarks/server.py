"""The shared server measured (issue 13): the ten-year database moved to PostgreSQL, the
window's figures beside SQLite's, another desk's change reaching the convener, and five
participants answering at once.

    python benchmarks/run.py --db /tmp/est10.sqlite3 --server postgresql+psycopg://ADMIN@HOST/postgres

``--server`` names an administrator (a role that may create databases and roles) on a
server of this machine's loopback; a database ``est_bench`` is made anew there for each
run, moved from the file, set up, and given a convener and five participants.
"""

from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.engine import URL, make_url

BENCH_DATABASE = "est_bench"
PASSWORD = "benchmark-only-2026"
CONVENER = "bench_samordnare"
# Two participants of one organisation answer the same actions: their conflicts are part
# of the load, and must end in a refused save, never in a lost one.
PARTICIPANTS = (
    ("bench_polis_1", "Polisen"),
    ("bench_polis_2", "Polisen"),
    ("bench_sbf", "Samhällsbyggnadsförvaltningen"),
    ("bench_sof", "Socialförvaltningen"),
    ("bench_kof", "Kultur- och fritidsförvaltningen"),
)


@dataclass(frozen=True)
class ServerBench:
    database: URL  # the administrator's URL of the moved database
    convener: URL
    participants: tuple[tuple[URL, str], ...]  # (login URL, organisation name)


def _execute(url: URL, *statements: str) -> None:
    import psycopg

    dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as connection:
        for statement in statements:
            connection.execute(statement)


def prepare(admin: str, source: Path) -> ServerBench:
    """A fresh ``est_bench`` holding the file's data, with its convener and participants."""
    from psycopg import sql

    from est_desktop.db import make_server_engine, session_scope
    from est_desktop.models import Organisation
    from est_desktop.services.server import roles, setup, users
    from est_desktop.services.server.move import move_to_server

    admin_url = make_url(admin).set(drivername="postgresql+psycopg")
    _execute(admin_url, f"DROP DATABASE IF EXISTS {BENCH_DATABASE} WITH (FORCE)")
    logins = [CONVENER, *(name for name, _ in PARTICIPANTS)]
    for name in logins:
        _execute(admin_url, sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))
    _execute(admin_url, f"CREATE DATABASE {BENCH_DATABASE}")
    database = admin_url.set(database=BENCH_DATABASE)
    move_to_server(source=source, target_url=database.render_as_string(hide_password=False))
    engine = make_server_engine(database)
    try:
        setup.set_up_server(engine=engine, convener=CONVENER, password=PASSWORD)
        with roles.maintenance(engine) as owner, session_scope(owner) as session:
            ids = {o.name: o.id for o in session.scalars(select(Organisation))}
        for name, organisation in PARTICIPANTS:
            users.add_user(
                engine=engine,
                name=name,
                password=PASSWORD,
                kind=roles.PARTICIPANT,
                organisation_id=ids[organisation],
            )
    finally:
        engine.dispose()
    login = database.set(password=PASSWORD)
    return ServerBench(
        database=database,
        convener=login.set(username=CONVENER),
        participants=tuple((login.set(username=n), o) for n, o in PARTICIPANTS),
    )


@dataclass
class _Desk:
    url: URL
    organisation: str
    saved: list[str] = field(default_factory=list)  # comments the server acknowledged
    refused: int = 0  # another desk had answered the same action first
    retried: int = 0  # the server asked to try again (lock, serialisation)
    deadlocks: int = 0
    errors: list[str] = field(default_factory=list)


def _answer_for(desk: _Desk, seconds: float, seed: int) -> None:
    from est_desktop.db import make_server_engine, session_scope
    from est_desktop.errors import KnownError
    from est_desktop.services.actions.my_actions import answer_action, open_actions_of
    from est_desktop.services.conflicts import ChangedElsewhere
    from est_desktop.services.server.users import who_am_i

    chooser = random.Random(seed)
    engine = make_server_engine(desk.url)
    deadline = time.monotonic() + seconds
    number = 0
    try:
        with session_scope(engine) as session:
            me = who_am_i(session=session)
        assert me is not None and me.organisation_id is not None
        while time.monotonic() < deadline:
            with session_scope(engine) as session:
                rows = open_actions_of(session=session, organisation_id=me.organisation_id)
            if not rows:
                desk.errors.append("no open actions left to answer")
                return
            row = chooser.choice(rows[:20])
            number += 1
            comment = f"{me.role_name} svar {number}"
            due = date.today() + timedelta(days=chooser.randint(7, 60))
            try:
                with session_scope(engine) as session:
                    answer_action(
                        session=session,
                        action_id=row.id,
                        status="in_progress",
                        new_due_date=due,
                        comment=comment,
                        answered_by=me.role_name,
                        expected_version=row.version,
                    )
            except ChangedElsewhere:
                desk.refused += 1
                continue
            except KnownError as error:
                state = getattr(getattr(error.__cause__, "diag", None), "sqlstate", None)
                if state == "40P01":
                    desk.deadlocks += 1
                desk.retried += 1
                continue
            desk.saved.append(comment)
    except Exception as error:  # reported, not raised: the other desks go on
        desk.errors.append(f"{type(error).__name__}: {error}")
    finally:
        engine.dispose()


def load_participants(bench: ServerBench, seconds: float = 60.0) -> dict[str, object]:
    """Five participants answering as fast as they can for ``seconds``; then every answer the
    server acknowledged is looked for in the record."""
    from est_desktop.db import make_server_engine, session_scope
    from est_desktop.models import ActionAnswer

    desks = [_Desk(url, organisation) for url, organisation in bench.participants]
    threads = [
        threading.Thread(target=_answer_for, args=(desk, seconds, n), name=f"desk-{n}")
        for n, desk in enumerate(desks)
    ]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(seconds + 60)
    hung = sum(thread.is_alive() for thread in threads)
    elapsed = time.perf_counter() - started
    engine = make_server_engine(bench.convener)
    try:
        with session_scope(engine) as session:
            stored = set(
                session.scalars(
                    select(ActionAnswer.comment).where(ActionAnswer.comment.like("bench_% svar %"))
                )
            )
            total = session.scalar(select(func.count()).select_from(ActionAnswer))
    finally:
        engine.dispose()
    saved = [comment for desk in desks for comment in desk.saved]
    errors = [error for desk in desks for error in desk.errors]
    return {
        "load_answers_saved": len(saved),
        "load_answers_per_s": len(saved) / elapsed,
        "load_answers_lost": len(set(saved) - stored),
        "load_conflicts_refused": sum(d.refused for d in desks),
        "load_retries": sum(d.retried for d in desks),
        "load_deadlocks": sum(d.deadlocks for d in desks),
        "load_desks_hung": hung,
        "load_errors": len(errors),
        "load_answers_in_record": total,
        "load_first_error": errors[0] if errors else "",
    }
