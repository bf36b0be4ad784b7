"""SQL that reads the same on SQLite and PostgreSQL: day numbers, hours, local dates.

The lägesbild counts in SQL. SQLite has ``julianday()`` and stores dates and times as
text; PostgreSQL has real date arithmetic. Each function here compiles to what its
engine does fastest, so the services keep one query for both.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

# julianday('2000-01-01') + 0.5: the Julian day number of that day.
_JDN_2000 = 2451545


class day_number(FunctionElement):  # noqa: N801  (SQL function style)
    """The Julian day number of a date: an integer, Mondays are multiples of 7."""

    type = Integer()
    inherit_cache = True


class hour_of(FunctionElement):  # noqa: N801
    """The hour (0–23) of a time of day; NULL for no time."""

    type = Integer()
    inherit_cache = True


class local_date(FunctionElement):  # noqa: N801
    """The local calendar day of a UTC timestamp."""

    inherit_cache = True


@compiles(day_number)
def _day_number_sqlite(element: day_number, compiler: Any, **kw: Any) -> str:
    return f"CAST(julianday({compiler.process(element.clauses, **kw)}) + 0.5 AS INTEGER)"


@compiles(day_number, "postgresql")
def _day_number_postgresql(element: day_number, compiler: Any, **kw: Any) -> str:
    day = compiler.process(element.clauses, **kw)
    return f"(CAST({day} AS DATE) - DATE '2000-01-01' + {_JDN_2000})"


@compiles(hour_of)
def _hour_sqlite(element: hour_of, compiler: Any, **kw: Any) -> str:
    return f"CAST(substr({compiler.process(element.clauses, **kw)}, 1, 2) AS INTEGER)"


@compiles(hour_of, "postgresql")
def _hour_postgresql(element: hour_of, compiler: Any, **kw: Any) -> str:
    return f"CAST(EXTRACT(HOUR FROM {compiler.process(element.clauses, **kw)}) AS INTEGER)"


@compiles(local_date)
def _local_date_sqlite(element: local_date, compiler: Any, **kw: Any) -> str:
    return f"date({compiler.process(element.clauses, **kw)}, 'localtime')"


@compiles(local_date, "postgresql")
def _local_date_postgresql(element: local_date, compiler: Any, **kw: Any) -> str:
    # The session's time zone is the desk's own (set when connecting).
    return f"CAST({compiler.process(element.clauses, **kw)} AS DATE)"


class without_index(FunctionElement):  # noqa: N801
    """The column itself, but SQLite is told not to look it up in an index (``+column``):
    over most of a table a scan is faster, which SQLite cannot tell by itself.
    PostgreSQL's planner weighs that on its own."""

    inherit_cache = True

    def __init__(self, column: Any) -> None:
        super().__init__(column)
        self.type = column.type


@compiles(without_index)
def _without_index_sqlite(element: without_index, compiler: Any, **kw: Any) -> str:
    return f"+{compiler.process(element.clauses, **kw)}"


@compiles(without_index, "postgresql")
def _without_index_postgresql(element: without_index, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)
