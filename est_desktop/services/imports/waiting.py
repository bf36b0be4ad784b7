"""Incidents waiting for the meeting (imported from a file, so on no agenda yet): offered
at their focus area's agenda item and taken up there, after which they are the meeting's
like those typed in.

An incident waits for a meeting when it is not on an agenda yet, did not happen after
the meeting, and is new to it: it happened after the meeting before, or was reported
(imported) since then — a late report of something older waits too. At the first
meeting "the meeting before" is four weeks earlier. A focus-area item offers those of its
focus area; the "other matters" item those whose focus area has no item in the meeting,
or none at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, time, timedelta

from sqlalchemy import select
from sqlmodel import Session, col

from ...errors import ValidationError
from ...models import AgendaItem, AgendaItemKind, ImportBatch, Incident
from ...text import QT_TRANSLATE_NOOP
from ..incidents import IncidentRow, incident_row, incident_row_query
from ..meetings.agenda import editable_meeting, get_item, get_meeting, previous_meeting

FIRST_MEETING_LOOKS_BACK = timedelta(weeks=4)
NOT_WAITING = QT_TRANSLATE_NOOP(
    "Validation",
    "An incident has been taken up at a meeting already (perhaps at another desk). "
    "Nothing was changed; the list shows what waits now.",
)


def _waiting_query(session: Session, item: AgendaItem):
    meeting = get_meeting(session=session, meeting_id=item.meeting_id)
    before = previous_meeting(session=session, meeting=meeting)
    since = before.date if before is not None else meeting.date - FIRST_MEETING_LOOKS_BACK
    # Imported after the meeting before had begun: its day, from midnight (UTC, as stored).
    reported_since = datetime.combine(since, time.min, tzinfo=UTC)
    # Those on no agenda are few: looked up by that index first, not by focus area (the
    # planner's choice otherwise, reading thousands of rows on every change of item).
    unattached = select(col(Incident.id)).where(col(Incident.agenda_item_id).is_(None))
    query = incident_row_query().where(
        col(Incident.id).in_(unattached),
        col(Incident.occurred_on) <= meeting.date,
        (col(Incident.occurred_on) > since) | (col(ImportBatch.imported_at) >= reported_since),
    )
    if item.kind == AgendaItemKind.FOCUS_AREA and item.focus_area_id is not None:
        return query.where(col(Incident.focus_area_id) == item.focus_area_id)
    if item.kind != AgendaItemKind.OTHER:
        return None
    covered = select(col(AgendaItem.focus_area_id)).where(
        col(AgendaItem.meeting_id) == meeting.id, col(AgendaItem.focus_area_id).is_not(None)
    )
    focus_area_id = col(Incident.focus_area_id)
    return query.where(focus_area_id.is_(None) | focus_area_id.not_in(covered))


def waiting_incidents(*, session: Session, item_id: int) -> list[IncidentRow]:
    """The imported incidents this item could take up, oldest first."""
    query = _waiting_query(session, get_item(session=session, item_id=item_id))
    if query is None:
        return []
    query = query.order_by(
        col(Incident.occurred_on), col(Incident.start_time).nulls_first(), col(Incident.id)
    )
    return [incident_row(row) for row in session.execute(query)]


def take_up_incidents(*, session: Session, item_id: int, incident_ids: Iterable[int]) -> int:
    """Puts waiting incidents on the item; refused whole when one no longer waits."""
    item = get_item(session=session, item_id=item_id)
    editable_meeting(session=session, meeting_id=item.meeting_id, recording=True)
    wanted = set(incident_ids)
    found = list(session.scalars(select(Incident).where(col(Incident.id).in_(wanted))))
    if len(found) != len(wanted) or any(i.agenda_item_id is not None for i in found):
        raise ValidationError.single(NOT_WAITING)
    for incident in found:
        incident.agenda_item_id = item.id
        session.add(incident)
    session.flush()
    return len(found)
