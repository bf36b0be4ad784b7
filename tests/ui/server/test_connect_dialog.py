"""Databas → Anslut till server…: the URL it builds, what Test says, the keychain, and the
password asked again at start-up when the server refuses it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from sqlalchemy.engine import make_url

from est_desktop.db import LOGIN_FAILED, SERVER_UNREACHABLE, make_server_engine
from est_desktop.errors import KnownError
from est_desktop.services.server import credentials
from est_desktop.ui.common.messages import tr_service
from est_desktop.ui.server.connect_dialog import (
    ConnectDialog,
    ServerConnection,
    failure_text,
    short_name,
)
from est_desktop.ui.server.server_login import PasswordDialog, connect_at_start
from tests.services.test_credentials import MemoryKeyring
from tests.ui.shared_server import ANSWERER, SharedServer, shared_server, unused_port

SHOTS = Path(__file__).resolve().parents[3] / "test-output"


@pytest.fixture(autouse=True)
def keychain() -> Iterator[MemoryKeyring]:
    """Never the desk's own keychain."""
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def dialog(qtbot) -> ConnectDialog:
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill(dialog: ConnectDialog, *, host: str, port: int, database: str, user: str, password: str):
    dialog.host_edit.setText(host)
    dialog.port_spin.setValue(port)
    dialog.database_edit.setText(database)
    dialog.user_edit.setText(user)
    dialog.password_edit.setText(password)


def test_the_url_names_server_database_and_user_but_never_the_password(dialog) -> None:
    fill(dialog, host="est.trelleborg.se", port=5432, database="est", user="karin", password="x!")
    assert dialog.url() == "postgresql+psycopg://karin@est.trelleborg.se/est"

    dialog.port_spin.setValue(6543)
    dialog.ssl_combo.setCurrentIndex(dialog.ssl_combo.findData("verify-full"))
    url = dialog.url()
    assert url == "postgresql+psycopg://karin@est.trelleborg.se:6543/est?sslmode=verify-full"
    assert "x!" not in url
    assert short_name(url) == "karin@est.trelleborg.se:6543/est"
    # And back into the fields, as the dialog opens on the server the window uses.
    again = ConnectDialog(url=url)
    assert (again.host_edit.text(), again.port_spin.value(), again.user_edit.text()) == (
        "est.trelleborg.se",
        6543,
        "karin",
    )
    assert again.ssl_combo.currentData() == "verify-full"
    again.deleteLater()


def test_the_tls_modes_are_offered_in_words(dialog) -> None:
    modes = [dialog.ssl_combo.itemData(i) for i in range(dialog.ssl_combo.count())]
    assert modes == ["disable", "prefer", "require", "verify-full"]
    assert dialog.ssl_combo.currentData() == "prefer"  # libpq's own default
    assert all(dialog.ssl_combo.itemText(i) for i in range(4))


def test_testing_a_closed_port_says_the_server_does_not_answer(qtbot, dialog) -> None:
    port = unused_port()
    fill(dialog, host="127.0.0.1", port=port, database="est", user="karin", password="x")

    with qtbot.waitSignal(dialog.tested, timeout=20000) as result:
        dialog.test_button.click()

    worked, text = result.args
    assert not worked
    assert text == failure_text(KnownError(SERVER_UNREACHABLE), dialog.url())
    assert f"127.0.0.1:{port}" in text
    assert dialog.result_label.text() == text
    assert dialog.isVisible() and dialog.connection is None
    SHOTS.mkdir(exist_ok=True)
    assert dialog.grab().save(str(SHOTS / "connect_dialog_failed.png"))


def test_missing_fields_are_named_before_anything_is_tried(qtbot, dialog) -> None:
    with qtbot.waitSignal(dialog.failed) as said:
        dialog.connect_button.click()
    assert said.args[0] == dialog.tr("Write the server's name or address.")
    assert dialog.isVisible()


@pytest.fixture
def server() -> Iterator[SharedServer]:
    with shared_server() as made:
        yield made


def test_testing_a_real_server_says_who_is_logged_in_and_connect_keeps_the_password(
    qtbot, dialog, server: SharedServer, keychain: MemoryKeyring
) -> None:
    url = server.participant_url
    fill(
        dialog,
        host=url.host,
        port=url.port,
        database=url.database,
        user=url.username,
        password=url.password,
    )
    dialog.ssl_combo.setCurrentIndex(dialog.ssl_combo.findData("disable"))
    with qtbot.waitSignal(dialog.tested, timeout=20000) as result:
        dialog.test_button.click()
    worked, text = result.args
    assert worked and ANSWERER in text and "Socialförvaltningen" in text
    SHOTS.mkdir(exist_ok=True)
    assert dialog.grab().save(str(SHOTS / "connect_dialog.png"))

    dialog.remember_box.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.connect_button.click()
    connection = dialog.connection
    try:
        assert connection.user.organisation_id == server.social_id
        assert connection.url == dialog.url() and url.password not in connection.url
        assert credentials.load_password(connection.url) == url.password
    finally:
        connection.engine.dispose()


def test_without_remembering_the_password_is_not_kept(
    qtbot, dialog, server: SharedServer, keychain: MemoryKeyring
) -> None:
    url = server.participant_url
    credentials.save_password(url, "gammalt")
    fill(
        dialog,
        host=url.host,
        port=url.port,
        database=url.database,
        user=url.username,
        password=url.password,
    )
    dialog.remember_box.setChecked(False)
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.connect_button.click()
    dialog.connection.engine.dispose()
    assert keychain.entries == {}


# --- at start-up: --db postgresql+psycopg://user@host/db ------------------------------------


class FakeServer:
    """Accepts one password; says what a real server says to anything else."""

    def __init__(self, password: str, *, reachable: bool = True) -> None:
        self.password = password
        self.reachable = reachable
        self.tried: list[str | None] = []

    def __call__(self, url: str, password: str | None) -> ServerConnection:
        self.tried.append(password)
        if not self.reachable:
            raise KnownError(SERVER_UNREACHABLE)
        if password != self.password:
            raise KnownError(LOGIN_FAILED)
        return ServerConnection(make_server_engine(url), url, None)


URL = "postgresql+psycopg://karin@est.trelleborg.se/est"


def test_a_wrong_password_is_asked_for_again_with_the_servers_message(keychain) -> None:
    server = FakeServer("rätt")
    asked: list[str] = []
    answers = iter([("fel", False), ("rätt", True)])

    def ask(url: str, message: str):
        asked.append(message)
        return next(answers)

    connection = connect_at_start(URL, opener=server, ask=ask, retry=None)

    assert connection is not None
    connection.engine.dispose()
    assert server.tried == ["fel", "rätt"]
    assert asked == ["", tr_service(LOGIN_FAILED)]
    assert credentials.load_password(URL) == "rätt"  # the user asked to remember it


def test_the_keychains_password_is_used_without_asking(keychain) -> None:
    credentials.save_password(URL, "rätt")
    server = FakeServer("rätt")

    def ask(url: str, message: str):
        raise AssertionError("asked although the keychain had it")

    connection = connect_at_start(URL, opener=server, ask=ask, retry=None)
    assert connection is not None
    connection.engine.dispose()


def test_an_outdated_password_in_the_keychain_is_forgotten_and_asked_for(keychain) -> None:
    credentials.save_password(URL, "gammalt")
    server = FakeServer("nytt")
    connection = connect_at_start(
        URL, opener=server, ask=lambda url, message: ("nytt", False), retry=None
    )
    assert connection is not None
    connection.engine.dispose()
    assert credentials.load_password(URL) is None


def test_an_unreachable_server_at_start_is_tried_again_or_given_up(keychain) -> None:
    server = FakeServer("rätt", reachable=False)
    said: list[str] = []
    tries = iter([True, False])
    connection = connect_at_start(
        URL,
        opener=server,
        ask=lambda url, message: ("rätt", False),
        retry=lambda text: next(tries),
        report=said.append,
    )
    assert connection is None
    assert server.tried == ["rätt", "rätt"]
    assert said == [failure_text(KnownError(SERVER_UNREACHABLE), URL)]


def test_without_a_person_a_missing_password_ends_the_start(keychain) -> None:
    said: list[str] = []
    assert (
        connect_at_start(URL, opener=FakeServer("x"), ask=None, retry=None, report=said.append)
        is None
    )
    assert said and short_name(URL) in said[0]


def test_the_password_dialog_says_why_it_asks_again(qtbot) -> None:
    dialog = PasswordDialog(URL, tr_service(LOGIN_FAILED))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.message.isVisible() and dialog.message.text() == tr_service(LOGIN_FAILED)
    assert dialog.password_edit.echoMode() == dialog.password_edit.EchoMode.Password
    SHOTS.mkdir(exist_ok=True)
    assert dialog.grab().save(str(SHOTS / "password_dialog.png"))
    assert make_url(URL).username == "karin"
