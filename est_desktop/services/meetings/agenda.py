"""Meetings: creating them with their agenda, attendance, finalising and reopening."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from sqlalchemy import func, select
from sqlmodel import Session, col

from ...errors import NeedsConfirmation, NotFound, ValidationError
from ...models import (
    Action,
    ActionUpdate,
    AgendaItem,
    AgendaItemKind,
    Attendance,
    Incident,
    Meeting,
    MeetingCreate,
    MeetingEvent,
    MeetingEventKind,
    MeetingStatus,
    saved_id,
)
from ...paths import resource_path
from ...text import QT_TRANSLATE_NOOP
from ..agreements.in_force import focus_areas_on
from ..limits import check_date, check_name, check_text, clean_text, one_line
from ..personal_numbers import check_no_personal_number, refuse_personal_numbers
from ..settings import meeting_defaults


@lru_cache(maxsize=1)
def agenda_template() -> list[dict]:
    """The standard agenda (resources/seed/agenda_template.json); 'focus_area' expands to
    one item per focus area of the agreement in force."""
    return json.loads(resource_path("seed", "agenda_template.json").read_text(encoding="utf-8"))


def iso_week(day: date) -> int:
    return day.isocalendar().week


def get_meeting(*, session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound(f"meeting {meeting_id}")
    return meeting


def meeting_or_none(*, session: Session, meeting_id: int) -> Meeting | None:
    return session.get(Meeting, meeting_id)


def meeting_on(*, session: Session, day: date) -> Meeting | None:
    return session.scalars(select(Meeting).where(col(Meeting.date) == day)).first()


def latest_meeting(*, session: Session) -> Meeting | None:
    return session.scalars(select(Meeting).order_by(col(Meeting.date).desc()).limit(1)).first()


def previous_meeting(*, session: Session, meeting: Meeting) -> Meeting | None:
    return session.scalars(
        select(Meeting)
        .where(col(Meeting.date) < meeting.date)
        .order_by(col(Meeting.date).desc())
        .limit(1)
    ).first()


def next_meeting_after(*, session: Session, meeting: Meeting) -> Meeting | None:
    return session.scalars(
        select(Meeting).where(col(Meeting.date) > meeting.date).order_by(col(Meeting.date)).limit(1)
    ).first()


def proposed_meeting(*, session: Session, today: date) -> MeetingCreate:
    """The next weekly slot: a week after the last meeting, same time and room.

    With no meeting yet, the stored defaults decide the weekday, time and room.
    The proposal is never in the past.
    """
    last = latest_meeting(session=session)
    defaults = meeting_defaults(session=session)
    if last is None:
        day = today + timedelta(days=(defaults.weekday - today.weekday()) % 7)
        return MeetingCreate(
            date=day,
            start_time=defaults.start_time,
            location=defaults.location,
            convener=defaults.convener,
        )
    day = last.date + timedelta(days=7)
    while day < today:
        day += timedelta(days=7)
    return MeetingCreate(
        date=day,
        start_time=last.start_time,
        location=last.location,
        convener=last.convener or defaults.convener,
    )


def _checked_meeting(data: MeetingCreate) -> MeetingCreate:
    data = data.model_copy(
        update={"location": one_line(data.location), "convener": one_line(data.convener)}
    )
    errors: dict[str, str] = {}
    if data.date is None:
        errors["date"] = QT_TRANSLATE_NOOP("Validation", "Choose a date.")
    check_date(errors, "date", data.date)
    check_name(errors, "location", data.location)
    check_name(errors, "convener", data.convener)
    check_no_personal_number(errors, "location", data.location)
    check_no_personal_number(errors, "convener", data.convener)
    if errors:
        raise ValidationError(errors)
    return data


def create_meeting(*, session: Session, data: MeetingCreate) -> Meeting:
    data = _checked_meeting(data)
    if meeting_on(session=session, day=data.date) is not None:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP(
                "Validation",
                "There is already a meeting on this date. Open it or choose another date.",
            ),
            "date",
        )
    meeting = Meeting(
        date=data.date,
        start_time=data.start_time,
        location=data.location,
        convener=data.convener,
    )
    session.add(meeting)
    session.flush()
    _build_agenda(session, meeting)
    return meeting


def _build_agenda(session: Session, meeting: Meeting) -> None:
    items: list[AgendaItem] = []
    for entry in agenda_template():
        kind = AgendaItemKind(entry["kind"])
        if kind == AgendaItemKind.FOCUS_AREA:
            items += focus_area_items(session=session, meeting=meeting, minutes=entry["minutes"])
        else:
            items.append(
                AgendaItem(
                    meeting_id=saved_id(meeting),
                    position=0,
                    kind=kind.value,
                    title=entry["title"],
                    planned_minutes=entry["minutes"],
                )
            )
    session.add_all(items)
    renumber(items, session)


def focus_area_items(*, session: Session, meeting: Meeting, minutes: int) -> list[AgendaItem]:
    """One new item per focus area of the agreement in force on the meeting's date."""
    return [
        AgendaItem(
            meeting_id=saved_id(meeting),
            position=0,
            kind=AgendaItemKind.FOCUS_AREA.value,
            title=area.name,
            focus_area_id=area.id,
            planned_minutes=minutes,
        )
        for area in focus_areas_on(session=session, on=meeting.date)
    ]


def update_meeting(*, session: Session, meeting_id: int, data: MeetingCreate) -> Meeting:
    meeting = editable_meeting(session=session, meeting_id=meeting_id)
    data = _checked_meeting(data)
    clash = meeting_on(session=session, day=data.date)
    if clash is not None and clash.id != meeting.id:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP(
                "Validation",
                "There is already a meeting on this date. Open it or choose another date.",
            ),
            "date",
        )
    meeting.date, meeting.start_time = data.date, data.start_time
    meeting.location, meeting.convener = data.location, data.convener
    session.add(meeting)
    session.flush()
    return meeting


def editable_meeting(*, session: Session, meeting_id: int, recording: bool = False) -> Meeting:
    """The meeting, if it may still change; a finalised meeting is read-only.

    ``recording`` marks what happens at the meeting itself (incidents, actions,
    reviews): it turns a planned meeting into an open one. Preparing the agenda
    or attendance beforehand leaves it planned.
    """
    meeting = get_meeting(session=session, meeting_id=meeting_id)
    if meeting.status == MeetingStatus.FINALISED:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP(
                "Validation", "This meeting is finalised and read-only. Reopen it to make changes."
            )
        )
    if recording and meeting.status == MeetingStatus.PLANNED:
        meeting.status = MeetingStatus.OPEN.value
        session.add(meeting)
    return meeting


def planned_again_if_nothing_recorded(session: Session, meeting: Meeting) -> None:
    """Undoing what opened a meeting makes it planned again, as it was: when nothing is
    recorded at it (no incident, decision or review) and it was never finalised."""
    if meeting.status != MeetingStatus.OPEN:
        return
    meeting_id = saved_id(meeting)
    session.flush()
    recorded = (
        select(col(Incident.id))
        .join(AgendaItem, col(AgendaItem.id) == col(Incident.agenda_item_id))
        .where(col(AgendaItem.meeting_id) == meeting_id)
        .union_all(
            select(col(Action.id)).where(col(Action.decided_meeting_id) == meeting_id),
            select(col(ActionUpdate.id)).where(col(ActionUpdate.meeting_id) == meeting_id),
            select(col(MeetingEvent.id)).where(col(MeetingEvent.meeting_id) == meeting_id),
        )
        .limit(1)
    )
    if session.execute(recorded).first() is None:
        meeting.status = MeetingStatus.PLANNED.value
        session.add(meeting)


# --- agenda -----------------------------------------------------------------


def agenda(*, session: Session, meeting_id: int) -> list[AgendaItem]:
    return list(
        session.scalars(
            select(AgendaItem)
            .where(col(AgendaItem.meeting_id) == meeting_id)
            .order_by(col(AgendaItem.position))
        )
    )


@dataclass(frozen=True)
class AgendaRow:
    item: AgendaItem
    incident_count: int
    action_count: int


def agenda_rows(*, session: Session, meeting_id: int) -> list[AgendaRow]:
    """The agenda with the small counts the workspace shows beside each item."""
    items = agenda(session=session, meeting_id=meeting_id)
    ids = [i.id for i in items]
    incidents = dict(
        session.execute(
            select(col(Incident.agenda_item_id), func.count())
            .where(col(Incident.agenda_item_id).in_(ids))
            .group_by(col(Incident.agenda_item_id))
        ).all()
    )
    actions = dict(
        session.execute(
            select(col(Action.agenda_item_id), func.count())
            .where(col(Action.agenda_item_id).in_(ids))
            .group_by(col(Action.agenda_item_id))
        ).all()
    )
    return [AgendaRow(i, incidents.get(i.id, 0), actions.get(i.id, 0)) for i in items]


def get_item(*, session: Session, item_id: int) -> AgendaItem:
    item = session.get(AgendaItem, item_id)
    if item is None:
        raise NotFound(f"agenda item {item_id}")
    return item


def _editable_item(session: Session, item_id: int) -> AgendaItem:
    item = get_item(session=session, item_id=item_id)
    editable_meeting(session=session, meeting_id=item.meeting_id)
    return item


def renumber(items: list[AgendaItem], session: Session) -> None:
    for position, item in enumerate(items):
        item.position = position
        session.add(item)
    session.flush()


def add_item(
    *,
    session: Session,
    meeting_id: int,
    title: str,
    after_item_id: int | None = None,
    planned_minutes: int = 5,
) -> AgendaItem:
    """Adds an 'other' item after ``after_item_id``, or else just before 'Next meeting'."""
    editable_meeting(session=session, meeting_id=meeting_id)
    title = _clean_title(title)
    items = agenda(session=session, meeting_id=meeting_id)
    if after_item_id is not None:
        positions = [i for i, it in enumerate(items) if it.id == after_item_id]
        if not positions:
            raise NotFound(f"agenda item {after_item_id} in meeting {meeting_id}")
        index = positions[0] + 1
    else:
        index = next(
            (i for i, it in enumerate(items) if it.kind == AgendaItemKind.NEXT_MEETING), len(items)
        )
    item = AgendaItem(
        meeting_id=meeting_id,
        position=index,
        kind=AgendaItemKind.OTHER.value,
        title=title,
        planned_minutes=_clean_minutes(planned_minutes),
    )
    session.add(item)
    items.insert(index, item)
    renumber(items, session)
    return item


def _clean_title(title: str) -> str:
    title = one_line(title)
    if not title:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("Validation", "Give the item a title."), "title"
        )
    errors: dict[str, str] = {}
    check_name(errors, "title", title)
    check_no_personal_number(errors, "title", title)
    if errors:
        raise ValidationError(errors)
    return title


def _clean_minutes(minutes: int) -> int:
    if not 0 <= minutes <= 480:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("Validation", "Planned time must be between 0 and 480 minutes."),
            "planned_minutes",
        )
    return minutes


def remove_item(*, session: Session, item_id: int) -> None:
    item = _editable_item(session, item_id)
    if item.kind in (AgendaItemKind.OPENING, AgendaItemKind.ACTION_REVIEW):
        # Attendance and the review of open actions are recorded under these two.
        raise ValidationError.single(
            QT_TRANSLATE_NOOP(
                "Validation",
                "This item is part of every EST meeting and cannot be removed. "
                "Rename it, or set its planned time to 0 minutes.",
            )
        )
    has_records = session.scalar(
        select(func.count()).select_from(Incident).where(col(Incident.agenda_item_id) == item_id)
    ) or session.scalar(
        select(func.count()).select_from(Action).where(col(Action.agenda_item_id) == item_id)
    )
    if has_records:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP(
                "Validation",
                "This item has incidents or actions. Move or delete them before removing the item.",
            )
        )
    meeting_id = item.meeting_id
    session.delete(item)
    session.flush()
    renumber(agenda(session=session, meeting_id=meeting_id), session)


def rename_item(*, session: Session, item_id: int, title: str) -> AgendaItem:
    item = _editable_item(session, item_id)
    item.title = _clean_title(title)
    session.add(item)
    session.flush()
    return item


def set_planned_minutes(*, session: Session, item_id: int, minutes: int) -> AgendaItem:
    item = _editable_item(session, item_id)
    item.planned_minutes = _clean_minutes(minutes)
    session.add(item)
    session.flush()
    return item


def set_item_notes(
    *, session: Session, item_id: int, notes: str, allow_personal_numbers: bool = False
) -> AgendaItem:
    """Raises ``PersonalNumbersFound`` when the notes hold a personnummer, unless allowed."""
    item = _editable_item(session, item_id)
    notes = clean_text(notes)
    errors: dict[str, str] = {}
    check_text(errors, "notes", notes)
    if errors:
        raise ValidationError(errors)
    refuse_personal_numbers({"notes": notes}, allow=allow_personal_numbers)
    item.notes = notes
    session.add(item)
    session.flush()
    return item


def move_item(*, session: Session, item_id: int, to_position: int) -> None:
    item = _editable_item(session, item_id)
    items = [i for i in agenda(session=session, meeting_id=item.meeting_id) if i.id != item_id]
    items.insert(max(0, min(to_position, len(items))), item)
    renumber(items, session)


# --- finalise and reopen ----------------------------------------------------------


FINALISE_AHEAD = QT_TRANSLATE_NOOP(
    "Validation",
    "The meeting is dated after today: it has not been held yet. Finalise it anyway?",
)


def finalise_meeting(
    *,
    session: Session,
    meeting_id: int,
    user: str,
    confirm_no_attendance: bool = False,
    today: date | None = None,
    confirm_ahead: bool = False,
) -> Meeting:
    """Makes the meeting read-only. Asks first (``NeedsConfirmation``) when nobody is
    recorded as present, and when ``today`` is given and the meeting is dated later."""
    meeting = get_meeting(session=session, meeting_id=meeting_id)
    if meeting.status == MeetingStatus.FINALISED:
        return meeting
    if today is not None and meeting.date > today and not confirm_ahead:
        raise NeedsConfirmation(FINALISE_AHEAD)
    present = session.scalar(
        select(func.count()).select_from(Attendance).where(col(Attendance.meeting_id) == meeting_id)
    )
    if not confirm_no_attendance and not present:
        raise NeedsConfirmation(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Nobody is recorded as present. Finalise the meeting without attendance?",
            )
        )
    meeting.status = MeetingStatus.FINALISED.value
    session.add(meeting)
    session.add(
        MeetingEvent(meeting_id=saved_id(meeting), kind=MeetingEventKind.FINALISED.value, user=user)
    )
    session.flush()
    return meeting


def reopen_meeting(
    *,
    session: Session,
    meeting_id: int,
    user: str,
    reason: str = "",
    allow_personal_numbers: bool = False,
) -> Meeting:
    """The reason is kept in the meeting's history: one holding a personnummer needs
    ``allow_personal_numbers`` (``PersonalNumbersFound``)."""
    meeting = get_meeting(session=session, meeting_id=meeting_id)
    if meeting.status != MeetingStatus.FINALISED:
        return meeting
    reason = one_line(reason)
    errors: dict[str, str] = {}
    check_text(errors, "reason", reason)
    if errors:
        raise ValidationError(errors)
    refuse_personal_numbers({"reason": reason}, allow=allow_personal_numbers)
    meeting.status = MeetingStatus.OPEN.value
    session.add(meeting)
    session.add(
        MeetingEvent(
            meeting_id=saved_id(meeting),
            kind=MeetingEventKind.REOPENED.value,
            user=user,
            reason=reason.strip(),
        )
    )
    session.flush()
    return meeting


def meeting_events(*, session: Session, meeting_id: int) -> list[MeetingEvent]:
    return list(
        session.scalars(
            select(MeetingEvent)
            .where(col(MeetingEvent.meeting_id) == meeting_id)
            .order_by(col(MeetingEvent.at), col(MeetingEvent.id))
        )
    )


# --- the meeting list ------------------------------------------------------------


@dataclass(frozen=True)
class MeetingRow:
    id: int
    date: date
    week: int
    location: str
    status: str
    incident_count: int
    action_count: int


def meeting_rows(*, session: Session) -> list[MeetingRow]:
    """All meetings, newest first, with counts: one query each, whatever the history's length."""
    incidents = dict(
        session.execute(
            select(col(AgendaItem.meeting_id), func.count(col(Incident.id)))
            .join(Incident, col(Incident.agenda_item_id) == col(AgendaItem.id))
            .group_by(col(AgendaItem.meeting_id))
        ).all()
    )
    actions = dict(
        session.execute(
            select(col(Action.decided_meeting_id), func.count(col(Action.id))).group_by(
                col(Action.decided_meeting_id)
            )
        ).all()
    )
    rows = session.execute(
        select(
            col(Meeting.id), col(Meeting.date), col(Meeting.location), col(Meeting.status)
        ).order_by(col(Meeting.date).desc())
    ).all()
    return [
        MeetingRow(
            mid, day, iso_week(day), location, status, incidents.get(mid, 0), actions.get(mid, 0)
        )
        for mid, day, location, status in rows
    ]
