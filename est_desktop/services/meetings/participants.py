"""Who attends a meeting: names and organisations, and last meeting's list in one step."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session, col

from ...errors import ValidationError
from ...models import Attendance, Organisation, saved_id
from ...text import QT_TRANSLATE_NOOP
from .. import limits
from ..personal_numbers import check_no_personal_number
from .agenda import editable_meeting, previous_meeting


@dataclass(frozen=True)
class AttendanceRow:
    id: int
    person_name: str
    organisation_id: int
    organisation_name: str


def attendance(*, session: Session, meeting_id: int) -> list[AttendanceRow]:
    rows = session.execute(
        select(
            col(Attendance.id),
            col(Attendance.person_name),
            col(Organisation.id),
            col(Organisation.name),
        )
        .join(Organisation, col(Organisation.id) == col(Attendance.organisation_id))
        .where(col(Attendance.meeting_id) == meeting_id)
        .order_by(col(Organisation.name).collate("sv"), col(Attendance.person_name).collate("sv"))
    ).all()
    return [AttendanceRow(*row) for row in rows]


def add_attendee(
    *, session: Session, meeting_id: int, person_name: str, organisation_id: int | None
) -> Attendance:
    editable_meeting(session=session, meeting_id=meeting_id)
    errors: dict[str, str] = {}
    person_name = limits.one_line(person_name)
    if not person_name:
        errors["person_name"] = QT_TRANSLATE_NOOP("Validation", "Enter the participant's name.")
    limits.check_name(errors, "person_name", person_name)
    check_no_personal_number(errors, "person_name", person_name)
    if organisation_id is None or session.get(Organisation, organisation_id) is None:
        errors["organisation_id"] = QT_TRANSLATE_NOOP(
            "Validation", "Choose the participant's organisation."
        )
    # A missing organisation is in ``errors`` already; the second test narrows the type.
    if errors or organisation_id is None:
        raise ValidationError(errors)
    present = {
        (r.person_name.casefold(), r.organisation_id)
        for r in attendance(session=session, meeting_id=meeting_id)
    }
    if (person_name.casefold(), organisation_id) in present:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("Validation", "This person is already on the list."), "person_name"
        )
    row = Attendance(
        meeting_id=meeting_id, person_name=person_name, organisation_id=organisation_id
    )
    session.add(row)
    session.flush()
    return row


def remove_attendee(*, session: Session, attendance_id: int) -> None:
    row = session.get(Attendance, attendance_id)
    if row is None:
        return
    editable_meeting(session=session, meeting_id=row.meeting_id)
    session.delete(row)
    session.flush()


def copy_previous_attendance(*, session: Session, meeting_id: int) -> int:
    """Adds everyone who attended the previous meeting; returns how many were added."""
    meeting = editable_meeting(session=session, meeting_id=meeting_id)
    previous = previous_meeting(session=session, meeting=meeting)
    if previous is None:
        return 0
    present = {
        (r.person_name.casefold(), r.organisation_id)
        for r in attendance(session=session, meeting_id=meeting_id)
    }
    added = 0
    for row in attendance(session=session, meeting_id=saved_id(previous)):
        if (row.person_name.casefold(), row.organisation_id) in present:
            continue
        session.add(
            Attendance(
                meeting_id=meeting_id,
                person_name=row.person_name,
                organisation_id=row.organisation_id,
            )
        )
        added += 1
    session.flush()
    return added
