"""The numbers under each lägesbild chart, as table columns and rows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale

from ...services.lagesbild import ActionStats, PlaceCount, Trend, WeekPulse, bucket_text
from ..common.rowmodel import Column

PulseRow = tuple[int, str, tuple[int, ...]]  # weekday, its name, counts per hour
TrendRow = tuple[str, tuple[int, ...]]  # bucket label, counts per column


def _number(value: float | None, decimals: int = 0) -> str:
    if value is None:
        return "–"
    return QLocale().toString(float(value), "f", decimals) if decimals else str(int(value))


def place_columns() -> list[Column[PlaceCount]]:
    return [
        Column(QCoreApplication.translate("LagesbildTables", "Place"), lambda r: r.place),
        Column(
            QCoreApplication.translate("LagesbildTables", "Incidents"),
            lambda r: str(r.count),
            sort_key=lambda r: r.count,
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("LagesbildTables", "Share"),
            lambda r: _number(r.share * 100, 1) + " %",
            sort_key=lambda r: r.share,
            align_right=True,
        ),
    ]


def weekday_names() -> list[str]:
    locale = QLocale()
    return [locale.dayName(day, QLocale.FormatType.LongFormat) for day in range(1, 8)]


def _in_hour(hour: int) -> Callable[[PulseRow], str]:
    return lambda row: str(row[2][hour])


def pulse_columns() -> list[Column[PulseRow]]:
    columns: list[Column[PulseRow]] = [
        Column(QCoreApplication.translate("LagesbildTables", "Weekday"), lambda r: r[1])
    ]
    for hour in range(24):
        columns.append(Column(f"{hour:02d}", _in_hour(hour), align_right=True))
    columns.append(
        Column(
            QCoreApplication.translate("LagesbildTables", "Total"),
            lambda r: str(sum(r[2])),
            align_right=True,
        )
    )
    return columns


def pulse_rows(pulse: WeekPulse) -> list[PulseRow]:
    names = weekday_names()
    return [(day, names[day], tuple(pulse.counts[day])) for day in range(7)]


def _in_series(position: int) -> Callable[[TrendRow], str]:
    return lambda row: str(row[1][position])


def trend_columns(trend: Trend | None) -> list[Column[TrendRow]]:
    columns: list[Column[TrendRow]] = [
        Column(QCoreApplication.translate("LagesbildTables", "Period"), lambda r: r[0])
    ]
    if trend is None:
        return columns
    year_earlier = QCoreApplication.translate("LagesbildTables", "%1 (a year earlier)")
    position = 0
    for series in trend.series:
        for header in (series.name, year_earlier.replace("%1", series.name)):
            columns.append(Column(header, _in_series(position), align_right=True))
            position += 1
    return columns


def trend_rows(trend: Trend) -> list[TrendRow]:
    rows = []
    for index, bucket in enumerate(trend.buckets):
        counts: list[int] = []
        for series in trend.series:
            counts += [series.counts[index], series.year_earlier[index]]
        rows.append((bucket_text(bucket), tuple(counts)))
    return rows


def action_columns(group: str) -> list[Column[ActionStats]]:
    def count(header: str, value) -> Column[ActionStats]:
        return Column(header, lambda r: str(value(r)), sort_key=value, align_right=True)

    return [
        Column(group, lambda r: r.name),
        count(QCoreApplication.translate("LagesbildTables", "Decided"), lambda r: r.decided),
        count(QCoreApplication.translate("LagesbildTables", "Closed"), lambda r: r.closed),
        count(QCoreApplication.translate("LagesbildTables", "Open"), lambda r: r.open),
        Column(
            QCoreApplication.translate("LagesbildTables", "Overdue"),
            lambda r: str(r.overdue),
            sort_key=lambda r: r.overdue,
            warn=lambda r: r.overdue > 0,
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("LagesbildTables", "Median days to close"),
            lambda r: _number(r.median_days_to_close, 1),
            sort_key=lambda r: -1 if r.median_days_to_close is None else r.median_days_to_close,
            align_right=True,
        ),
    ]
