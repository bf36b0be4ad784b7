"""Minutes (minnesanteckningar): what a meeting's minutes say, and exporting them to Word.

Gathering (``gather_minutes``: plain rows from the other services) is kept apart
from rendering (``to_docx``), so the content can be tested and reused (a
preview, another format) without python-docx.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from itertools import groupby
from pathlib import Path

from sqlalchemy import func, select
from sqlmodel import Session, col

from ...models import AgendaItemKind, Incident, Meeting, saved_id
from ...text import swedish_sort_key
from .. import incidents
from ..action_lists import answers
from ..actions import decisions as actions
from ..actions import past as action_past
from ..actions import rows as action_rows
from ..documents.file_names import default_minutes_filename
from ..documents.options import DEFAULT, DocumentOptions
from ..documents.safe_write import write_atomically
from ..documents.wording import t, writing_in
from ..lagesbild.types import LagesbildFilter
from ..map.counts import incident_map
from ..meetings import agenda as meetings
from ..meetings import participants
from ..personal_numbers import Finding, refuse_in_export, scan_texts, texts_in
from ..settings import meeting_defaults
from .data import Group, ItemMinutes, MeetingFacts, MinutesData, WeekMap


def meeting_week(*, session: Session, meeting: Meeting) -> tuple[date, date]:
    """The days the meeting's week covers: from the day after the previous meeting (or a
    week back, with none before it) to the meeting's own day."""
    previous = meetings.previous_meeting(session=session, meeting=meeting)
    if previous is None:
        return meeting.date - timedelta(days=7), meeting.date
    return previous.date + timedelta(days=1), meeting.date


def _week_map(session: Session, meeting: Meeting, include_confidential: bool) -> WeekMap:
    start, end = meeting_week(session=session, meeting=meeting)
    confidential = 0
    if include_confidential:
        confidential = session.scalars(
            select(func.count(col(Incident.id))).where(
                col(Incident.confidential).is_(True),
                col(Incident.occurred_on) >= start,
                col(Incident.occurred_on) <= end,
            )
        ).one()
    week = LagesbildFilter(start, end, include_confidential=include_confidential)
    return WeekMap(incident_map(session=session, filter=week), confidential)


def gather_minutes(
    *,
    session: Session,
    meeting_id: int,
    include_confidential: bool = False,
    organisation_name: str | None = None,
    include_map: bool = False,
) -> MinutesData:
    meeting = meetings.get_meeting(session=session, meeting_id=meeting_id)
    # Actions as they stood when the meeting ended, not as they stand today.
    open_after = action_past.open_action_rows_after(session=session, meeting_id=meeting_id)
    as_of_meeting = {row.id: row for row in open_after}
    previous = meetings.previous_meeting(session=session, meeting=meeting)
    answered = answers.answers_between(
        session=session, after=None if previous is None else previous.date, up_to=meeting.date
    )

    items = []
    for number, item in enumerate(meetings.agenda(session=session, meeting_id=meeting_id), 1):
        decided = action_rows.action_rows_for_item(session=session, item_id=saved_id(item))
        items.append(
            ItemMinutes(
                number=number,
                title=item.title,
                kind=item.kind,
                notes=item.notes,
                incidents=incidents.incident_rows_for_item(
                    session=session,
                    item_id=saved_id(item),
                    include_confidential=include_confidential,
                ),
                actions=[as_of_meeting.get(row.id, row) for row in decided],
                confidential_left_out=0
                if include_confidential
                else incidents.confidential_count_for_item(session=session, item_id=saved_id(item)),
                reviews=(
                    actions.review_rows(session=session, meeting_id=meeting_id)
                    if item.kind == AgendaItemKind.ACTION_REVIEW
                    else []
                ),
                answers=answered if item.kind == AgendaItemKind.ACTION_REVIEW else [],
            )
        )

    people = participants.attendance(session=session, meeting_id=meeting_id)
    following = meetings.next_meeting_after(session=session, meeting=meeting)
    return MinutesData(
        meeting=MeetingFacts.of(meeting),
        organisation_name=organisation_name or meeting_defaults(session=session).organisation_name,
        attendance=_grouped(people, lambda r: r.organisation_name, lambda r: r.person_name),
        items=items,
        open_actions=_grouped(open_after, lambda r: r.owner, lambda r: r),
        next_meeting=None if following is None else MeetingFacts.of(following),
        week_map=_week_map(session, meeting, include_confidential) if include_map else None,
    )


def _grouped(rows, organisation, value) -> list[Group]:
    ordered = sorted(rows, key=lambda r: swedish_sort_key(organisation(r)))  # stable
    return [
        Group(name, [value(r) for r in members])
        for name, members in groupby(ordered, key=organisation)
    ]


def find_in_minutes(data: MinutesData) -> list[Finding]:
    """Personal identity numbers the document would contain, each with the heading it is under."""
    parts = [(t("Mötet"), data.meeting), (t("Närvarande"), data.attendance)]
    parts += [(item.heading, item) for item in data.items]
    parts += [
        (t("Öppna åtgärder efter mötet"), data.open_actions),
        (t("Nästa möte"), data.next_meeting),
    ]
    return scan_texts((where, text) for where, part in parts for text in texts_in(part))


def minutes_title(meeting: MeetingFacts | Meeting, *, options: DocumentOptions = DEFAULT) -> str:
    week = meeting.date.isocalendar().week
    with writing_in(options.language):
        return t("Minnesanteckningar EST-möte {date} (v. {week})").format(
            date=meeting.date.isoformat(), week=f"{week:02d}"
        )


def export_minutes(
    *,
    session: Session,
    meeting_id: int,
    out_path: Path,
    include_confidential: bool = False,
    organisation_name: str | None = None,
    allow_personal_numbers: bool = False,
    include_map: bool = False,
    options: DocumentOptions = DEFAULT,
) -> Path:
    """Writes the meeting's minutes to ``out_path`` (.docx) and returns the path written.

    ``out_path`` may be a folder: the file then gets ``default_minutes_filename``.
    Confidential incidents are left out unless ``include_confidential``, on the map of
    the meeting's week (``include_map``, see ``meeting_week``) too. An
    existing file is replaced only once the new one is complete; errors the user
    can act on (folder missing, file open in Word, disk full) are ``KnownError``. A
    personal identity number in the text is ``PersonalNumbersInExport`` unless
    ``allow_personal_numbers``. ``options`` choose the language and the Word template.
    """
    with writing_in(options.language):
        data = gather_minutes(
            session=session,
            meeting_id=meeting_id,
            include_confidential=include_confidential,
            organisation_name=organisation_name,
            include_map=include_map,
        )
        refuse_in_export(find_in_minutes(data), allow=allow_personal_numbers)
        # python-docx loads here, on the thread writing the document, not with this module:
        # the window names the file (``default_minutes_filename``) before anything is written.
        from .to_docx import render_minutes

        document = render_minutes(
            data,
            title=minutes_title(data.meeting, options=options),
            now=datetime.now(UTC),
            options=options,
        )
        target = Path(out_path)
        if target.is_dir():
            target = target / default_minutes_filename(data.meeting, options=options)
        return write_atomically(target, lambda path: document.save(str(path)))


__all__ = [
    "Group",
    "ItemMinutes",
    "MeetingFacts",
    "MinutesData",
    "WeekMap",
    "default_minutes_filename",
    "export_minutes",
    "find_in_minutes",
    "gather_minutes",
    "meeting_week",
    "minutes_title",
]
