"""Shared settings that live in the database, declared once with their defaults."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields
from datetime import time

from sqlalchemy import select
from sqlmodel import Session, col

from ..errors import ValidationError
from ..models import AppSetting
from . import limits
from .personal_numbers import check_no_personal_number


@dataclass(frozen=True)
class MeetingDefaults:
    """Used for the first meeting; later meetings follow the last one."""

    weekday: int = 1  # Monday is 0: the EST meeting is on Tuesdays
    start_time: time = time(9, 0)
    location: str = "Kommunhuset"
    convener: str = ""
    organisation_name: str = "Trelleborgs kommun"


_PREFIX = "meeting_defaults."


def meeting_defaults(*, session: Session) -> MeetingDefaults:
    stored = {
        row.key.removeprefix(_PREFIX): row.value
        for row in session.scalars(
            select(AppSetting).where(col(AppSetting.key).startswith(_PREFIX))
        )
    }
    base = MeetingDefaults()
    values: dict[str, int | time | str] = {}
    for f in fields(MeetingDefaults):
        raw = stored.get(f.name)
        if raw is None:
            continue
        if f.name == "weekday":
            values[f.name] = int(raw)
        elif f.name == "start_time":
            values[f.name] = time.fromisoformat(raw)
        else:
            values[f.name] = raw
    return MeetingDefaults(**{**base.__dict__, **values})


def save_meeting_defaults(*, session: Session, defaults: MeetingDefaults) -> None:
    errors: dict[str, str] = {}
    for name in ("location", "convener", "organisation_name"):
        text = limits.one_line(getattr(defaults, name))
        limits.check_name(errors, name, text)
        check_no_personal_number(errors, name, text)
    if errors:
        raise ValidationError(errors)
    for f in fields(MeetingDefaults):
        value = getattr(defaults, f.name)
        text = value.isoformat(timespec="minutes") if isinstance(value, time) else str(value)
        set_value(session=session, key=_PREFIX + f.name, value=text)


def get_value(*, session: Session, key: str) -> str | None:
    row = session.get(AppSetting, key)
    return None if row is None else row.value


def set_value(*, session: Session, key: str, value: str) -> None:
    row = session.get(AppSetting, key)
    if row is None:
        session.add(AppSetting(key=key, value=value))
    else:
        row.value = value
    session.flush()


DATABASE_ID = "database.id"


def database_id(*, session: Session) -> str:
    """A random identity for this database, written into exported files so that answers
    coming back can be told apart from another database's."""
    value = get_value(session=session, key=DATABASE_ID)
    if value is None:
        value = uuid.uuid4().hex
        set_value(session=session, key=DATABASE_ID, value=value)
    return value
