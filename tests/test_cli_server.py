"""From one laptop to a shared server, as the README's "Delad databas på en server" says:
a demo file moved to an empty PostgreSQL database, set up, two participants added, and each
desk then sees and may change only what its role allows."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import URL

from est_desktop.bootstrap import open_server_database
from est_desktop.cli import main
from est_desktop.db import session_scope
from est_desktop.errors import KnownError
from est_desktop.models import (
    Action,
    AgendaItemKind,
    AuditEntry,
    Incident,
    MeetingCreate,
    Organisation,
)
from est_desktop.services import incidents
from est_desktop.services.meetings import agenda as meetings
from est_desktop.services.server.users import who_am_i
from tests import postgres
from tests.services.records import incident_data

PASSWORD = "Trelleborg-2026"
_SUFFIX = f"{os.getpid()}"


def _run(args: list[str], capsys) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    captured = capsys.readouterr()
    return exit_info.value.code, captured.out + captured.err


def _as(url: URL, name: str) -> str:
    return url.set(username=name, password=PASSWORD).render_as_string(hide_password=False)


@pytest.fixture
def logins():
    names = {
        "convener": f"e2e_konv_{_SUFFIX}",
        "police": f"e2e_polis_{_SUFFIX}",
        "planning": f"e2e_sbf_{_SUFFIX}",
    }
    yield names
    postgres.drop_logins(list(names.values()))


def test_a_file_moved_to_a_server_is_shared_by_role(
    tmp_path: Path, capsys, monkeypatch, logins
) -> None:
    demo = tmp_path / "demo.sqlite3"
    assert _run(["demo", "--db", str(demo)], capsys)[0] == 0
    with postgres.fresh_database(seeded=False) as url:
        address = url.render_as_string(hide_password=False)
        code, said = _run(["move-to-server", "--db", str(demo), "--to", address], capsys)
        assert code == 0, said
        assert "Antal rader och kontrollsumma stämmer för varje tabell" in said

        monkeypatch.setenv("EST_DESKTOP_PASSWORD", PASSWORD)
        setup = ["server-setup", "--url", address, "--convener", logins["convener"]]
        assert _run(setup, capsys)[0] == 0
        for login, organisation in (
            ("police", "Polisen"),
            ("planning", "Samhällsbyggnadsförvaltningen"),
        ):
            add = ["add-user", "--url", address, "--name", logins[login], "--role", "deltagare"]
            code, said = _run([*add, "--organisation", organisation], capsys)
            assert code == 0, said

        code, said = _run(["move-to-server", "--db", str(demo), "--to", address], capsys)
        assert code == 1 and "innehåller redan data" in said

        convener = open_server_database(_as(url, logins["convener"]))
        police = open_server_database(_as(url, logins["police"]))
        try:
            with session_scope(convener) as session:
                everything = session.scalar(select(func.count()).select_from(Incident))
                secret = session.scalar(
                    select(func.count()).select_from(Incident).where(Incident.confidential)
                )
                trail = session.scalar(select(func.count()).select_from(AuditEntry))
                meeting = meetings.create_meeting(
                    session=session, data=MeetingCreate(date=date(2026, 12, 29))
                )
                item = next(
                    i
                    for i in meetings.agenda(session=session, meeting_id=meeting.id)
                    if i.kind == AgendaItemKind.FOCUS_AREA
                )
                saved = incidents.record_incident(
                    session=session, item_id=item.id, data=incident_data(session)
                )
            assert secret > 0 and trail > 0
            with session_scope(convener) as session:
                entry = session.scalars(
                    select(AuditEntry).where(
                        AuditEntry.entity == "incident", AuditEntry.entity_id == saved.id
                    )
                ).one()
                assert entry.db_user == logins["convener"]

            with session_scope(police) as session:
                me = who_am_i(session=session)
                assert (me.kind, me.organisation_name) == ("deltagare", "Polisen")
                seen = session.scalar(select(func.count()).select_from(Incident))
                assert seen == everything + 1 - secret
                theirs = session.scalars(
                    select(Action.id)
                    .join(Organisation, Organisation.id == Action.owner_organisation_id)
                    .where(Organisation.name == "Samhällsbyggnadsförvaltningen")
                    .where(Action.status.in_(("new", "in_progress")))
                ).first()
            assert theirs is not None
            with pytest.raises(KnownError), session_scope(police) as session:
                session.execute(text("DELETE FROM incident WHERE id = :id"), {"id": saved.id})
            with session_scope(police) as session:
                changed = session.execute(
                    text("UPDATE action SET status = 'done' WHERE id = :id"), {"id": theirs}
                ).rowcount
            assert changed == 0
        finally:
            convener.dispose()
            police.dispose()
