"""Which backups to keep: the retention rule on its own, a pure function of the times."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from datetime import date, datetime, timedelta


def _newest_per(
    times: Iterable[datetime],
    key: Callable[[datetime], Hashable],
    recent: Callable[[datetime], bool],
) -> set[datetime]:
    best: dict[Hashable, datetime] = {}
    for moment in times:
        if recent(moment):
            k = key(moment)
            if k not in best or moment > best[k]:
                best[k] = moment
    return set(best.values())


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def backups_to_keep(times: Iterable[datetime], now: datetime) -> set[datetime]:
    """Which of the backups taken at ``times`` to keep at ``now``.

    The newest of each day for the last 7 days, of each ISO week for the last 4
    weeks, of each month for the last 12 months; the newest of all whatever its
    age (an unchanged database makes no new backups), and any dated after ``now``
    (the clock was wrong: better kept than guessed about).
    """
    times = list(times)
    if not times:
        return set()
    today = now.date()
    month = today.year * 12 + today.month
    keep = {max(times)}
    keep |= {t for t in times if t > now}
    keep |= _newest_per(times, lambda t: t.date(), lambda t: 0 <= (today - t.date()).days < 7)
    keep |= _newest_per(
        times,
        lambda t: t.isocalendar()[:2],
        lambda t: 0 <= (_monday(today) - _monday(t.date())).days < 28,
    )
    keep |= _newest_per(
        times, lambda t: (t.year, t.month), lambda t: 0 <= month - (t.year * 12 + t.month) < 12
    )
    return keep
