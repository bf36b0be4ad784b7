"""Reports for the ledningsgrupp: the follow-up of a period and the end-of-period report.

Section 4 of the agreement asks for follow-up at the ledningsgrupp's meetings, and for
a report on the outcome after the period. This module holds what both share; each
report is gathered as plain dataclasses (``follow_up``, ``final``, counted by
``lagesbild`` and ``agreements.follow_up``) apart from its rendering (``follow_up_docx``,
``final_docx``), so the numbers can be tested without Word, and ``write`` loads the
document code only when a report is written.

Counts never run past ``today``: a period still going on is counted to today, so its
charts do not end in weeks that have not happened yet.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from sqlalchemy import func, or_, select
from sqlmodel import Session, col

from ...errors import ValidationError
from ...models import Action, Agreement, Incident, Meeting, Organisation
from ...text import QT_TRANSLATE_NOOP
from ..agreements.in_force import agreement_in_force
from ..lagesbild import ActionStats, Trend, TrendSeries
from ..portable_sql import local_date
from ..settings import meeting_defaults

ReportKind = Literal["uppfoljning", "slutrapport"]
FOLLOW_UP: ReportKind = "uppfoljning"
FINAL: ReportKind = "slutrapport"
KINDS = (FOLLOW_UP, FINAL)

Progress = Callable[[int, int, str], None]
SAVING = "Sparar dokumentet"

ENDS_BEFORE_START = QT_TRANSLATE_NOOP(
    "Validation", "The period ends before it starts. Choose an end date on or after the start."
)
NOT_BEGUN = QT_TRANSLATE_NOOP(
    "Validation", "The period has not begun yet. Choose a period that starts today or earlier."
)
NO_AGREEMENT = QT_TRANSLATE_NOOP(
    "Validation", "There is no agreement for this period. Add the agreement first."
)


# --- shared pieces ------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True)
class Comparison:
    now: int
    before: int

    @property
    def change(self) -> int:
        return self.now - self.before


@dataclass(frozen=True)
class ReportFacts:
    """What every report says about itself on its first page."""

    title: str
    organisation_name: str  # the author, in the document's properties too
    agreement_name: str
    period: Period  # as asked for
    counted_to: date  # the period's end, or today when the period is still going on
    today: date
    include_confidential: bool
    confidential_count: int  # confidential incidents among those counted

    @property
    def has_confidential(self) -> bool:
        return self.confidential_count > 0


@dataclass(frozen=True)
class OverdueAction:
    description: str
    owner: str
    due_date: date
    decided_on: date | None


# --- gathering -------------------------------------------------------------------------------


def checked_period(date_from: date, date_to: date, today: date) -> tuple[Period, date]:
    if date_to < date_from:
        raise ValidationError.single(ENDS_BEFORE_START, "date_to")
    if date_from > today:
        raise ValidationError.single(NOT_BEGUN, "date_from")
    period = Period(date_from, date_to)
    return period, min(date_to, today)


def agreement_for(session: Session, on: date) -> Agreement:
    agreement = agreement_in_force(session=session, on=on)
    if agreement is None:
        raise ValidationError.single(NO_AGREEMENT)
    return agreement


def report_facts(
    session: Session,
    title: str,
    agreement: Agreement,
    period: Period,
    counted_to: date,
    today: date,
    include_confidential: bool,
) -> ReportFacts:
    confidential = 0
    if include_confidential:
        confidential = session.scalars(
            select(func.count(col(Incident.id))).where(
                col(Incident.confidential).is_(True),
                col(Incident.occurred_on) >= period.start,
                col(Incident.occurred_on) <= counted_to,
            )
        ).one()
    return ReportFacts(
        title=title,
        organisation_name=meeting_defaults(session=session).organisation_name,
        agreement_name=agreement.name,
        period=period,
        counted_to=counted_to,
        today=today,
        include_confidential=include_confidential,
        confidential_count=confidential,
    )


def series_by_root(trend: Trend, lineage: dict[int, int]) -> dict[int, TrendSeries]:
    return {lineage.get(s.focus_area_id, s.focus_area_id): s for s in trend.series}


def stats_by_root(stats: Iterable[ActionStats], lineage: dict[int, int]) -> dict[int, ActionStats]:
    return {lineage.get(s.key, s.key): s for s in stats}


def narrowed_trend(
    trend: Trend, series: TrendSeries | None, focus_area_id: int, name: str
) -> Trend:
    """``trend`` narrowed to one focus area, with zeros when it had no incidents."""
    if series is None:
        zeros = (0,) * len(trend.buckets)
        series = TrendSeries(focus_area_id, name, zeros, zeros)
    series = TrendSeries(focus_area_id, name, series.counts, series.year_earlier)
    return Trend(trend.granularity, trend.buckets, (series,), trend.year_earlier_buckets)


def no_actions(key: int, name: str) -> ActionStats:
    return ActionStats(key, name, 0, 0, 0, 0, None)


def overdue_actions(
    *, session: Session, period_end: date, today: date
) -> dict[int | None, list[OverdueAction]]:
    """Actions open at the end of the period and past their due date then, per focus area
    id (None: none), earliest due first; counted as ``lagesbild.action_stats`` counts them."""
    decided_on = func.coalesce(Meeting.date, local_date(Action.created_at))
    rows = session.execute(
        select(
            col(Action.focus_area_id),
            col(Action.description),
            col(Organisation.name),
            col(Action.due_date),
        )
        .add_columns(decided_on)
        .join(Organisation, col(Organisation.id) == Action.owner_organisation_id)
        .outerjoin(Meeting, col(Meeting.id) == Action.decided_meeting_id)
        .where(
            decided_on <= period_end,
            or_(col(Action.closed_on).is_(None), col(Action.closed_on) > period_end),
            col(Action.due_date) < min(period_end, today),
        )
        .order_by(col(Action.due_date).nulls_first(), col(Action.id))
    ).all()
    found: dict[int | None, list[OverdueAction]] = {}
    for area_id, description, owner, due, decided in rows:
        decided_day = date.fromisoformat(decided) if isinstance(decided, str) else decided
        found.setdefault(area_id, []).append(OverdueAction(description, owner, due, decided_day))
    return found


# --- titles, file names and writing ----------------------------------------------------------


__all__ = [
    "FINAL",
    "FOLLOW_UP",
    "KINDS",
    "Comparison",
    "OverdueAction",
    "Period",
    "ReportFacts",
    "overdue_actions",
]
