"""Errors a user can act on: one root for all of them, each with an English source text
(translation context 'Validation') that the window and the command line show in the
user's language, through ``i18n.user_message``.

Anything else that escapes a service is a bug: the window's error hook logs it with its
trace as "Unexpected error". A ``UserError`` never is.
"""

from __future__ import annotations

from .text import QT_TRANSLATE_NOOP


class UserError(Exception):
    """Something the user can act on. ``text`` is the English source of the message;
    ``detail`` is shown beside it unchanged (a path, the server's own words)."""

    def __init__(self, text: str, detail: str = "") -> None:
        super().__init__(text if not detail else f"{text} ({detail})")
        self.text = text
        self.detail = detail

    def texts(self) -> list[str]:
        """The messages to translate, in order."""
        return [self.text]


class KnownError(UserError):
    """The environment stands in the way: disk full, file locked, bad path, server down."""


class ValidationError(UserError):
    """Input that cannot be saved as it is.

    ``errors`` maps a form field name to a message (English source string in the
    ``Validation`` translation context); the empty key is for the form.
    """

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" if k else v for k, v in errors.items()))
        self.text = next(iter(errors.values()), "")
        self.errors = errors

    @classmethod
    def single(cls, message: str, field: str = "") -> ValidationError:
        return cls({field: message})

    def texts(self) -> list[str]:
        return list(self.errors.values())


NOT_FOUND = QT_TRANSLATE_NOOP(
    "Validation",
    "This record no longer exists; it may have been deleted at another desk.",
)


class NotFound(UserError):
    """The record asked for does not exist (any more); ``detail`` names it."""

    def __init__(self, what: str = "") -> None:
        super().__init__(NOT_FOUND, what)


class NeedsConfirmation(UserError):
    """The change is allowed, but the user should confirm it first."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
