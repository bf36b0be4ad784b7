"""Every connection is set up for safety, and the journal suits where the file lives."""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import select

from est_desktop import bootstrap, db
from est_desktop.db import session_scope
from est_desktop.errors import KnownError
from est_desktop.models import Incident, Place, Source

PROC_MOUNTS = """\
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
tmpfs /tmp tmpfs rw,nosuid,nodev 0 0
fileserver:/export/est /mnt/est nfs4 rw,relatime,vers=4.2 0 0
//kommun.local/Gemensam /mnt/gemensam cifs rw,relatime,vers=3.1.1 0 0
//kommun.local/S\\040Drive /mnt/s\\040drive smb3 rw 0 0
anna@nas:/home/anna /home/anna/nas fuse.sshfs rw,nosuid,nodev 0 0
/dev/sdb1 /mnt/est/local ext4 rw 0 0
"""

MAC_MOUNT = """\
/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
//anna@fileserver._smb._tcp.local/EST on /Volumes/EST (smbfs, nodev, nosuid, mounted by anna)
afp_0TQ on /Volumes/Gammal (afpfs, nodev, nosuid, mounted by anna)
/dev/disk5s1 on /Volumes/USB (msdos, local, nodev, nosuid, noowners)
"""


def _pragma(engine: Engine, name: str):
    with engine.connect() as connection:
        return connection.execute(text(f"PRAGMA {name}")).scalar()


def test_every_connection_is_set_up_for_safety(engine: Engine) -> None:
    assert _pragma(engine, "foreign_keys") == 1
    assert _pragma(engine, "busy_timeout") >= 5000
    assert _pragma(engine, "synchronous") == 2  # FULL
    assert _pragma(engine, "secure_delete") == 1
    assert _pragma(engine, "journal_mode") == "wal"


def test_a_database_on_a_network_share_uses_the_rollback_journal(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(db, "is_network_path", lambda path: True)
    engine = db.make_engine(tmp_path / "delad.sqlite3")
    try:
        assert _pragma(engine, "journal_mode") == "delete"
        assert _pragma(engine, "synchronous") == 2
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    ("path", "network"),
    [
        ("/mnt/est/est.sqlite3", True),
        ("/mnt/est", True),
        ("/mnt/est/local/est.sqlite3", False),  # a local disk mounted inside the share
        ("/mnt/estx/est.sqlite3", False),
        ("/mnt/gemensam/EST/est.sqlite3", True),
        ("/mnt/s drive/est.sqlite3", True),
        ("/home/anna/nas/est.sqlite3", True),
        ("/home/anna/est.sqlite3", False),
        ("/tmp/est.sqlite3", False),
    ],
)
def test_network_mounts_are_recognised(path: str, network: bool) -> None:
    mounts = db.parse_mount_table(PROC_MOUNTS)
    assert db.is_network_path(path, platform="linux", mounts=mounts) is network


@pytest.mark.parametrize(
    ("path", "network"),
    [
        ("/Volumes/EST/est.sqlite3", True),
        ("/Volumes/Gammal/est.sqlite3", True),
        ("/Volumes/USB/est.sqlite3", False),
        ("/Users/anna/Library/Application Support/EST Desktop/est.sqlite3", False),
    ],
)
def test_macos_mounts_are_recognised(path: str, network: bool) -> None:
    mounts = db.parse_mount_table(MAC_MOUNT)
    assert db.is_network_path(path, platform="darwin", mounts=mounts) is network


@pytest.mark.parametrize(
    ("path", "drive_type", "network"),
    [
        (r"\\fileserver\gemensam\EST\est.sqlite3", 3, True),
        ("//fileserver/gemensam/est.sqlite3", 3, True),
        (r"Z:\EST\est.sqlite3", 4, True),  # DRIVE_REMOTE: a mapped network drive
        (r"C:\Users\anna\AppData\Local\EST Desktop\est.sqlite3", 3, False),  # DRIVE_FIXED
        (r"E:\est.sqlite3", 2, False),  # DRIVE_REMOVABLE
    ],
)
def test_windows_shares_and_mapped_drives_are_recognised(
    path: str, drive_type: int, network: bool
) -> None:
    asked = []

    def fake_drive_type(root: str) -> int:
        asked.append(root)
        return drive_type

    assert db.is_network_path(path, platform="win32", drive_type=fake_drive_type) is network
    assert all(len(root) == 3 and root.endswith(":\\") for root in asked)


def test_a_unc_path_is_a_network_path_everywhere() -> None:
    assert db.is_network_path(r"\\server\share\est.sqlite3", platform="linux", mounts=[])


def test_a_local_path_with_no_mount_table_is_local() -> None:
    assert not db.is_network_path("/home/anna/est.sqlite3", platform="linux", mounts=[])


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_new_database_is_readable_by_its_user_only(engine: Engine, db_path: Path) -> None:
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    with engine.connect() as connection:
        connection.execute(text("SELECT 1"))
        wal = Path(f"{db_path}-wal")
        assert wal.exists() and stat.S_IMODE(wal.stat().st_mode) == 0o600


def _incident(session, description: str) -> Incident:
    incident = Incident(
        occurred_on=date(2026, 3, 3),
        place_id=session.exec(select(Place.id)).first(),
        source_id=session.exec(select(Source.id)).first(),
        description=description,
    )
    session.add(incident)
    session.flush()
    return incident


def test_deleted_incident_text_does_not_linger_in_the_file(engine: Engine, db_path: Path) -> None:
    secret = "Hemlig uppgift om Storgatan 12 – ska bort"
    with session_scope(engine) as session:
        incident = _incident(session, secret)
    with session_scope(engine) as session:
        session.delete(session.get(Incident, incident.id))
    engine.dispose()  # checkpoints the write-ahead log into the file
    assert secret.encode() not in db_path.read_bytes()


def test_a_read_only_database_refuses_changes_with_a_sentence(
    engine: Engine, db_path: Path
) -> None:
    with session_scope(engine) as session:
        _incident(session, "Skrivet före")
    reader = bootstrap.open_database(db_path, read_only=True)
    try:
        with session_scope(reader) as session:
            assert [i.description for i in session.exec(select(Incident))] == ["Skrivet före"]
        with pytest.raises(KnownError) as refused, session_scope(reader) as session:
            _incident(session, "Skrivet i skrivskyddat läge")
        assert refused.value.text == db.READ_ONLY
    finally:
        reader.dispose()
    with session_scope(engine) as session:
        assert len(session.exec(select(Incident)).all()) == 1


def test_a_busy_database_is_a_known_error(engine: Engine, db_path: Path) -> None:
    other = db.make_engine(db_path)
    try:
        with other.connect() as holder:
            holder.execute(text("PRAGMA busy_timeout=0"))
            with engine.begin() as writer:
                writer.execute(text("INSERT INTO app_setting (key, value) VALUES ('a', 'b')"))
                with pytest.raises(KnownError) as refused:
                    holder.execute(text("INSERT INTO app_setting (key, value) VALUES ('c', 'd')"))
        assert refused.value.text == db.BUSY
    finally:
        other.dispose()


def test_read_only_refuses_a_database_that_needs_upgrading(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "gammal.sqlite3"
    engine = db.make_engine(path)
    config = db._alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    engine.dispose()
    with pytest.raises(KnownError) as refused:
        bootstrap.open_database(path, read_only=True)
    assert refused.value.text == bootstrap.READ_ONLY_NEEDS_UPGRADE
