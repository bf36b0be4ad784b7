"""A server password kept in the operating system's keychain (Windows Credential Manager,
macOS Keychain, the Secret Service on Linux) through ``keyring``.

A desk without a usable keychain still connects: the password is then asked for each
time. So nothing here raises; a failure is logged (never the password) and reported as
None or as a sentence the UI shows. ``keyring`` loads at the first call, not at start-up.
"""

from __future__ import annotations

import logging

from sqlalchemy.engine import URL, make_url

from ...text import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

SERVICE = "EST Desktop"
DEFAULT_PORT = 5432

NO_KEYCHAIN = QT_TRANSLATE_NOOP(
    "Validation",
    "The password could not be kept in this computer's keychain, so EST Desktop will ask "
    "for it at each start.",
)


def account(url: str | URL) -> str:
    """The keychain entry's name, ``user@host:port/database``: the same server reached as
    the same user shares one password, whatever the URL's driver or options."""
    parsed = make_url(url) if isinstance(url, str) else url
    return (
        f"{parsed.username or ''}@{parsed.host or 'localhost'}:"
        f"{parsed.port or DEFAULT_PORT}/{parsed.database or ''}"
    )


def load_password(url: str | URL) -> str | None:
    """The remembered password; None when there is none or no keychain to ask."""
    try:
        import keyring

        return keyring.get_password(SERVICE, account(url))
    except Exception as error:  # no backend, a locked or absent keychain service, …
        log.warning("Keychain not available to read from: %s", type(error).__name__)
        return None


def save_password(url: str | URL, password: str) -> str | None:
    """Keeps ``password`` for ``url``; None when kept, else the sentence saying it was not."""
    try:
        import keyring

        keyring.set_password(SERVICE, account(url), password)
    except Exception as error:
        log.warning("Keychain not available to save in: %s", type(error).__name__)
        return NO_KEYCHAIN
    return None


def forget_password(url: str | URL) -> bool:
    """Removes the remembered password; True when none is kept any more."""
    try:
        import keyring
        from keyring.errors import PasswordDeleteError

        try:
            keyring.delete_password(SERVICE, account(url))
        except PasswordDeleteError:
            pass  # there was none
    except Exception as error:
        log.warning("Keychain not available to forget in: %s", type(error).__name__)
        return False
    return True


__all__ = ["NO_KEYCHAIN", "account", "forget_password", "load_password", "save_password"]
