"""Timestamps are stored timezone-aware, in UTC."""

from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """SQLite hands stored UTC timestamps back without their zone."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
