"""The server password in the keychain: kept per user and server, and never a crash when
there is no keychain to keep it in."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError

from est_desktop.services.server.credentials import (
    NO_KEYCHAIN,
    SERVICE,
    account,
    forget_password,
    load_password,
    save_password,
)

URL = "postgresql+psycopg://karin@est.trelleborg.se/est"


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class BrokenKeyring(MemoryKeyring):
    """A Secret Service that is installed but does not answer (no D-Bus session)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise OSError("org.freedesktop.secrets was not provided by any .service files")

    set_password = delete_password = get_password  # type: ignore[assignment]


@pytest.fixture
def memory() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture(params=[fail.Keyring, BrokenKeyring])
def no_keychain(request: pytest.FixtureRequest) -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(request.param())
    yield
    keyring.set_keyring(before)


def test_a_saved_password_is_found_again_for_the_same_user_and_server(
    memory: MemoryKeyring,
) -> None:
    assert load_password(URL) is None
    assert save_password(URL, "hemligt") is None

    assert load_password(URL) == "hemligt"
    # The same server and user written another way (driver, port spelled out): the same entry.
    assert load_password("postgresql://karin@est.trelleborg.se:5432/est") == "hemligt"
    assert load_password("postgresql+psycopg://per@est.trelleborg.se/est") is None
    assert load_password("postgresql+psycopg://karin@est.trelleborg.se/ovning") is None
    assert memory.entries == {(SERVICE, "karin@est.trelleborg.se:5432/est"): "hemligt"}


def test_a_forgotten_password_is_asked_for_again(memory: MemoryKeyring) -> None:
    save_password(URL, "hemligt")

    assert forget_password(URL)
    assert load_password(URL) is None
    assert forget_password(URL)  # nothing to forget is no failure


def test_without_a_keychain_nothing_breaks_and_the_user_is_told(no_keychain: None) -> None:
    assert load_password(URL) is None
    assert save_password(URL, "hemligt") == NO_KEYCHAIN
    assert forget_password(URL) is False


def test_the_entry_is_named_without_the_password() -> None:
    assert account("postgresql+psycopg://karin:hemligt@10.0.0.5:6543/est") == (
        "karin@10.0.0.5:6543/est"
    )
