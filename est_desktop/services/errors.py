"""Errors a user can act on, carrying English source strings the UI translates."""

from __future__ import annotations


class ValidationError(Exception):
    """Input that cannot be saved as it is.

    ``errors`` maps a form field name to a message (English source string in
    the ``Validation`` translation context); the empty key is for the form.
    """

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" if k else v for k, v in errors.items()))
        self.errors = errors

    @classmethod
    def single(cls, message: str, field: str = "") -> ValidationError:
        return cls({field: message})


class NotFound(Exception):
    """The record asked for does not exist (any more)."""


class NeedsConfirmation(Exception):
    """The change is allowed, but the user should confirm it first."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
