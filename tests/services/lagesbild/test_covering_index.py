"""The lägesbild counts read the covering index alone, never the incident rows with their
descriptions: what keeps ten years of incidents quick to count (migration 0005)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from est_desktop.bootstrap import open_database
from est_desktop.db import session_scope
from est_desktop.services import incidents, lagesbild
from est_desktop.services.lagesbild import LagesbildFilter
from tests.services.records import MEETING_DAY, incident_data


@pytest.fixture
def engine(db_path: Path) -> Iterator[Engine]:
    """SQLite only: PostgreSQL's planner chooses between index and scan by itself."""
    engine = open_database(db_path)
    yield engine
    engine.dispose()


INCIDENT_TABLE = re.compile(r"\bincident\b(?! *\()")


def _incident_plans(engine: Engine, count) -> list[str]:
    """The query plan of every statement ``count`` runs that reads the incident table."""
    statements: list[tuple[str, object]] = []

    def seen(connection, cursor, statement, parameters, context, executemany) -> None:
        if re.search(r"\bFROM incident\b", statement):
            statements.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", seen)
    try:
        with session_scope(engine) as session:
            count(session)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    plans = []
    with engine.connect() as connection:
        for statement, parameters in statements:
            rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
            plans += [row[-1] for row in rows if INCIDENT_TABLE.search(row[-1])]
    return plans


@pytest.mark.parametrize(
    "count",
    [
        lambda session, f: lagesbild.incident_count(session=session, filter=f),
        lambda session, f: lagesbild.incidents_per_place(session=session, filter=f),
        lambda session, f: lagesbild.week_pulse(session=session, filter=f),
        lambda session, f: lagesbild.incident_trend(session=session, filter=f, granularity="week"),
    ],
    ids=["count", "places", "week pulse", "trend"],
)
@pytest.mark.parametrize("weeks", [2, 52], ids=["a fortnight", "the whole history"])
def test_the_counts_read_only_the_covering_index(engine, session, item, count, weeks) -> None:
    for day in range(0, 364, 3):
        data = incident_data(session, occurred_on=MEETING_DAY - timedelta(days=day))
        incidents.record_incident(session=session, item_id=item.id, data=data)
    session.commit()
    period = LagesbildFilter(MEETING_DAY - timedelta(weeks=weeks), MEETING_DAY)
    plans = _incident_plans(engine, lambda session: count(session, period))
    assert plans, "no statement read the incident table"
    assert all("COVERING INDEX ix_incident_lagesbild" in plan for plan in plans), plans


def test_a_short_period_is_looked_up_by_date_in_the_index(engine) -> None:
    plans = _incident_plans(
        engine,
        lambda session: lagesbild.incident_count(
            session=session, filter=LagesbildFilter(date(2026, 1, 1), date(2026, 1, 31))
        ),
    )
    assert plans and all("ix_incident_lagesbild" in plan for plan in plans), plans
