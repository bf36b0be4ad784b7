"""Errors a user can act on: they live in ``est_desktop.errors``, one root for every layer."""

from __future__ import annotations

from ..errors import NeedsConfirmation, NotFound, UserError, ValidationError

__all__ = ["NeedsConfirmation", "NotFound", "UserError", "ValidationError"]
