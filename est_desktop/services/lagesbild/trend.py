"""Incidents per week or month and focus-area lineage, beside the same buckets a year
earlier."""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import Integer, case, cast, extract, func, or_, select
from sqlalchemy.sql import ColumnElement
from sqlmodel import Session, col

from ...models import Incident
from ..documents.wording import month_label, short_day, t, week_and_year
from ..portable_sql import day_number
from .scope import Scope, scope_of
from .types import (
    WITHOUT_FOCUS_AREA,
    YEAR_EARLIER_WEEKS,
    Bucket,
    Granularity,
    LagesbildFilter,
    Trend,
    TrendSeries,
)

_NO_BREAK_SPACE = "\u00a0"
# A day's Julian day number minus Python's date.toordinal() of it.
_JULIAN_DAY_OFFSET = 1721425


# --- trend ----------------------------------------------------------------------------


def last_of_month(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _months_back(day: date, months: int, *, keep_month_end: bool = False) -> date:
    """``day`` so many calendar months earlier, clipped to the month's length."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    last = last_of_month(year, month + 1)
    if keep_month_end and day == last_of_month(day.year, day.month):
        return last
    return min(date(year, month + 1, day.day), last)


def _buckets(date_from: date, date_to: date, granularity: Granularity) -> list[Bucket]:
    """The weeks or months of the period, the first and last cut to the period's days."""
    buckets = []
    start = date_from - timedelta(days=date_from.weekday())
    if granularity == "month":
        start = date_from.replace(day=1)
    while start <= date_to:
        if granularity == "week":
            end, label = start + timedelta(days=6), week_and_year(start)
        else:
            end, label = last_of_month(start.year, start.month), month_label(start)
        first, last = max(start, date_from), min(end, date_to)
        buckets.append(Bucket(first, last, label, first != start, last != end))
        start = end + timedelta(days=1)
    return buckets


def bucket_text(bucket: Bucket) -> str:
    """'v. 49 2026', or 'v. 49 2026 (t.o.m. 3 dec.)' when the period holds only part of it:
    a reader sees which days a low count stands for. The words in brackets never wrap."""
    start, end = short_day(bucket.start), short_day(bucket.end)
    if bucket.cut_start and bucket.cut_end:
        days = start if bucket.start == bucket.end else f"{start}–{end}"
    elif bucket.cut_end:
        days = t("t.o.m. {day}").format(day=end)
    elif bucket.cut_start:
        days = t("fr.o.m. {day}").format(day=start)
    else:
        return bucket.label
    kept_together = days.replace(" ", _NO_BREAK_SPACE)
    return f"{bucket.label} ({kept_together})"


def _year_earlier(bucket: Bucket, granularity: Granularity) -> Bucket:
    if granularity == "week":
        back = timedelta(weeks=YEAR_EARLIER_WEEKS)
        start = bucket.start - back
        return replace(bucket, start=start, end=bucket.end - back, label=week_and_year(start))
    start = _months_back(bucket.start, 12)
    end = _months_back(bucket.end, 12, keep_month_end=True)
    return replace(bucket, start=start, end=end, label=month_label(start))


def _bucket_index(granularity: Granularity, first_start: date) -> ColumnElement:
    """SQL: the bucket an incident falls in, counted from the one holding ``first_start``."""
    if granularity == "week":
        monday = first_start - timedelta(days=first_start.weekday())
        days = day_number(Incident.occurred_on) - (monday.toordinal() + _JULIAN_DAY_OFFSET)
        return days // 7
    year = cast(extract("year", col(Incident.occurred_on)), Integer)
    month = cast(extract("month", col(Incident.occurred_on)), Integer)
    return year * 12 + month - (first_start.year * 12 + first_start.month)


def count_trend(scope: Scope, granularity: Granularity) -> Trend:
    if granularity not in ("week", "month"):
        raise ValueError(f"unknown granularity: {granularity!r}")
    filter, lineage = scope.filter, scope.lineage
    buckets = _buckets(filter.date_from, filter.date_to, granularity)
    if not buckets:
        return Trend(granularity, ())
    earlier = [_year_earlier(b, granularity) for b in buckets]
    # One pass over both periods, buckets counted from the first a year earlier: this
    # period's bucket n is number n + shift.
    shift = YEAR_EARLIER_WEEKS if granularity == "week" else 12
    now = scope.within(buckets[0].start, buckets[-1].end)
    then = scope.within(earlier[0].start, earlier[-1].end)
    # One integer per lineage and bucket: SQLite groups a single key much faster.
    stride = len(earlier) + shift
    group = lineage.root_of(Incident.focus_area_id) * stride + _bucket_index(
        granularity, earlier[0].start
    )
    rows = scope.session.execute(
        select(
            group,
            func.sum(case((now, 1), else_=0)),
            func.sum(case((then, 1), else_=0)),
            func.max(case((now, lineage.rank_of(Incident.focus_area_id)))),
        )
        .where(or_(now, then), *scope.incident_conditions())
        .group_by(group)
    ).all()

    size = len(buckets)
    counts: dict[int, list[int]] = {}
    year_earlier: dict[int, list[int]] = {}
    newest_rank: dict[int, int] = {}
    for key_and_position, count_now, count_then, rank in rows:
        key, position = divmod(key_and_position, stride)
        if count_now:
            if key not in counts:
                counts[key] = [0] * size
            counts[key][position - shift] = count_now
        if count_then:
            if key not in year_earlier:
                year_earlier[key] = [0] * size
            year_earlier[key][position] = count_then
        if rank is not None and rank > newest_rank.get(key, -1):
            newest_rank[key] = rank

    related = lineage.related(filter.focus_area_ids)
    candidates = lineage.areas.keys() if related is None else set(related) & lineage.areas.keys()
    ranked = list(lineage.areas)
    # A lineage with incidents only a year earlier is a series too: its fall to none is news.
    roots = {key for key in (*counts, *year_earlier) if key != 0}
    roots |= {lineage.root[a] for a in filter.focus_area_ids if a in lineage.areas}
    zeros = [0] * size
    series = []
    for key in roots:
        if key in newest_rank:
            area = lineage.areas[ranked[newest_rank[key]]]
        else:
            area = lineage.newest(a for a in candidates if lineage.root[a] == key)
        series.append(
            TrendSeries(
                area.id,
                area.name,
                tuple(counts.get(key, zeros)),
                tuple(year_earlier.get(key, zeros)),
            )
        )
    series.sort(key=lambda s: lineage.areas[s.focus_area_id].order)
    if 0 in counts or 0 in year_earlier:
        series.append(
            TrendSeries(
                0,
                t(WITHOUT_FOCUS_AREA),
                tuple(counts.get(0, zeros)),
                tuple(year_earlier.get(0, zeros)),
            )
        )
    return Trend(granularity, tuple(buckets), tuple(series), tuple(earlier))


def incident_trend(*, session: Session, filter: LagesbildFilter, granularity: Granularity) -> Trend:
    """Incidents per week or month and focus-area lineage, beside the same buckets a year
    earlier; a lineage runs on across the boundary between agreements."""
    return count_trend(scope_of(session, filter), granularity)
