"""The lägesbild: incidents per place, per weekday and hour, over time, and how actions fare."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest
from sqlmodel import Session, select

from est_desktop.models import (
    Action,
    ActionStatus,
    Agreement,
    FocusArea,
    Incident,
    Meeting,
    Organisation,
    Place,
    Source,
)
from est_desktop.services.lagesbild import (
    ActionStats,
    Bucket,
    LagesbildFilter,
    PlaceCount,
    TrendSeries,
    action_stats,
    bucket_text,
    focus_area_lineage,
    incident_trend,
    incidents_per_place,
    lagesbild,
    period_for,
    week_pulse,
)

TODAY = date(2026, 11, 26)
NOVEMBER = LagesbildFilter(date(2026, 11, 1), date(2026, 11, 30))


def _id(session: Session, model, name: str) -> int:
    return session.exec(select(model.id).where(model.name == name)).one()


def _area(session: Session, name: str, agreement_start: date = date(2023, 1, 1)) -> int:
    return session.exec(
        select(FocusArea.id)
        .join(Agreement, Agreement.id == FocusArea.agreement_id)
        .where(FocusArea.name == name, Agreement.start_date == agreement_start)
    ).one()


def _incident(
    session: Session,
    day: date,
    at: time | None = time(12, 0),
    *,
    place: str = "Trelleborg centrum",
    focus_area: str | int | None = "Skadegörelse",
    source: str = "Trygghetsvärdarnas rapporter",
    reported_by: str | None = "Polisen",
    confidential: bool = False,
) -> None:
    if isinstance(focus_area, str):
        focus_area = _area(session, focus_area)
    session.add(
        Incident(
            occurred_on=day,
            start_time=at,
            place_id=_id(session, Place, place),
            focus_area_id=focus_area,
            source_id=_id(session, Source, source),
            reporting_organisation_id=None
            if reported_by is None
            else _id(session, Organisation, reported_by),
            description="Klotter på busskuren",
            confidential=confidential,
        )
    )
    session.flush()


def _meeting(session: Session, day: date) -> int:
    existing = session.exec(select(Meeting).where(Meeting.date == day)).first()
    if existing is not None:
        return existing.id
    meeting = Meeting(date=day, location="Kommunhuset")
    session.add(meeting)
    session.flush()
    return meeting.id


def _action(
    session: Session,
    decided: date | datetime,
    *,
    owner: str = "Socialförvaltningen",
    status: ActionStatus = ActionStatus.NEW,
    closed_on: date | None = None,
    due_date: date | None = None,
    focus_area: str | None = "Narkotika",
) -> None:
    """An action decided at the meeting on ``decided``, or entered at ``decided`` (a
    datetime) without a meeting."""
    at_meeting = not isinstance(decided, datetime)
    session.add(
        Action(
            description="Kartlägga langning vid Resecentrum",
            owner_organisation_id=_id(session, Organisation, owner),
            status=status.value,
            closed_on=closed_on,
            due_date=due_date,
            focus_area_id=None if focus_area is None else _area(session, focus_area),
            decided_meeting_id=_meeting(session, decided) if at_meeting else None,
            created_at=datetime(2020, 1, 1, 12, tzinfo=UTC) if at_meeting else decided,
        )
    )
    session.flush()


def _weekly(session: Session, filter: LagesbildFilter) -> list[tuple[str, tuple[int, ...]]]:
    trend = incident_trend(session=session, filter=filter, granularity="week")
    return [(s.name, s.counts) for s in trend.series]


def _counts(session: Session, filter: LagesbildFilter) -> tuple[int, int, int]:
    """Incidents counted by places, by the week pulse and by the weekly trend."""
    places = incidents_per_place(session=session, filter=filter)
    pulse = week_pulse(session=session, filter=filter)
    trend = incident_trend(session=session, filter=filter, granularity="week")
    return sum(p.count for p in places), pulse.total, sum(s.total for s in trend.series)


# --- incidents per place and per weekday and hour --------------------------------------


def test_incidents_per_place_with_their_shares(session: Session) -> None:
    session.add_all([Place(name="Ängslätt"), Place(name="Åkarp")])
    for day in (1, 2, 3, 4):
        _incident(session, date(2026, 11, day), place="Trelleborg centrum")
    _incident(session, date(2026, 11, 5), place="Anderslöv")
    _incident(session, date(2026, 11, 6), place="Anderslöv")
    _incident(session, date(2026, 11, 7), place="Ängslätt")
    _incident(session, date(2026, 11, 8), place="Åkarp")
    _incident(session, date(2026, 12, 1), place="Skegrie")  # after the period

    places = incidents_per_place(session=session, filter=NOVEMBER)

    assert [(p.place, p.count, p.share) for p in places] == [
        ("Trelleborg centrum", 4, 0.5),
        ("Anderslöv", 2, 0.25),
        # Equal counts in Swedish order: Å before Ä.
        ("Åkarp", 1, 0.125),
        ("Ängslätt", 1, 0.125),
    ]
    assert places[0] == PlaceCount(
        _id(session, Place, "Trelleborg centrum"), "Trelleborg centrum", 4, 0.5
    )


def test_week_pulse_by_weekday_and_hour(session: Session) -> None:
    _incident(session, date(2026, 11, 23), time(21, 30))  # Monday
    _incident(session, date(2026, 11, 23), time(21, 5))
    _incident(session, date(2026, 11, 28), time(2, 15))  # Saturday
    _incident(session, date(2026, 11, 29), time(23, 59))  # Sunday
    _incident(session, date(2026, 11, 29), time(0, 0))
    _incident(session, date(2026, 11, 25), None)  # Wednesday, no time
    _incident(session, date(2026, 11, 26), None)

    pulse = week_pulse(session=session, filter=NOVEMBER)

    expected = [[0] * 24 for _ in range(7)]
    expected[0][21] = 2
    expected[5][2] = 1
    expected[6][23] = 1
    expected[6][0] = 1
    assert pulse.counts == tuple(tuple(row) for row in expected)
    assert pulse.without_time == 2
    assert pulse.total == 7


# --- the trend ------------------------------------------------------------------------


def test_weekly_trend_clips_the_first_and_last_week(session: Session) -> None:
    _incident(session, date(2026, 11, 3))  # the Tuesday before the period
    _incident(session, date(2026, 11, 4))
    _incident(session, date(2026, 11, 8))
    _incident(session, date(2026, 11, 15), focus_area="Narkotika")
    _incident(session, date(2026, 11, 20), focus_area=None)
    _incident(session, date(2026, 11, 24))
    _incident(session, date(2026, 11, 25))  # the Wednesday after

    trend = incident_trend(
        session=session,
        filter=LagesbildFilter(date(2026, 11, 4), date(2026, 11, 24)),
        granularity="week",
    )

    assert trend.buckets == (
        Bucket(date(2026, 11, 4), date(2026, 11, 8), "v. 45 2026", cut_start=True),
        Bucket(date(2026, 11, 9), date(2026, 11, 15), "v. 46 2026"),
        Bucket(date(2026, 11, 16), date(2026, 11, 22), "v. 47 2026"),
        Bucket(date(2026, 11, 23), date(2026, 11, 24), "v. 48 2026", cut_end=True),
    )
    assert trend.series == (
        TrendSeries(_area(session, "Skadegörelse"), "Skadegörelse", (2, 0, 0, 1), (0, 0, 0, 0)),
        TrendSeries(_area(session, "Narkotika"), "Narkotika", (0, 1, 0, 0), (0, 0, 0, 0)),
        TrendSeries(0, "Utan fokusområde", (0, 0, 1, 0), (0, 0, 0, 0)),
    )


def test_a_part_of_a_week_or_month_says_which_days_it_holds() -> None:
    nbsp = "\u00a0"
    week = Bucket(date(2026, 11, 30), date(2026, 12, 6), "v. 49 2026")
    assert bucket_text(week) == "v. 49 2026"
    going_on = replace(week, end=date(2026, 12, 3), cut_end=True)
    assert bucket_text(going_on) == f"v. 49 2026 (t.o.m.{nbsp}3{nbsp}dec.)"
    late_start = replace(week, start=date(2026, 12, 2), cut_start=True)
    assert bucket_text(late_start) == f"v. 49 2026 (fr.o.m.{nbsp}2{nbsp}dec.)"
    both = Bucket(date(2026, 12, 1), date(2026, 12, 3), "v. 49 2026", True, True)
    assert bucket_text(both) == f"v. 49 2026 (1{nbsp}dec.–3{nbsp}dec.)"
    day = Bucket(date(2026, 12, 1), date(2026, 12, 1), "dec. 2026", True, True)
    assert bucket_text(day) == f"dec. 2026 (1{nbsp}dec.)"


def test_monthly_trend_with_clipped_first_month(session: Session) -> None:
    for day in (
        date(2026, 9, 14),  # before the period
        date(2026, 9, 15),
        date(2026, 10, 31),
        date(2026, 11, 1),
        date(2026, 11, 30),
        date(2026, 12, 31),
    ):
        _incident(session, day)

    trend = incident_trend(
        session=session,
        filter=LagesbildFilter(date(2026, 9, 15), date(2026, 12, 31)),
        granularity="month",
    )

    assert trend.buckets == (
        Bucket(date(2026, 9, 15), date(2026, 9, 30), "sep. 2026", cut_start=True),
        Bucket(date(2026, 10, 1), date(2026, 10, 31), "okt. 2026"),
        Bucket(date(2026, 11, 1), date(2026, 11, 30), "nov. 2026"),
        Bucket(date(2026, 12, 1), date(2026, 12, 31), "dec. 2026"),
    )
    [skadegorelse] = trend.series
    assert skadegorelse.counts == (1, 1, 2, 1)


def test_month_labels_are_swedish(session: Session) -> None:
    start, end = date(2026, 1, 1), date(2026, 12, 31)
    trend = incident_trend(session=session, filter=LagesbildFilter(start, end), granularity="month")
    assert [b.label for b in trend.buckets] == [
        "jan. 2026",
        "feb. 2026",
        "mars 2026",
        "apr. 2026",
        "maj 2026",
        "juni 2026",
        "juli 2026",
        "aug. 2026",
        "sep. 2026",
        "okt. 2026",
        "nov. 2026",
        "dec. 2026",
    ]


def test_year_earlier_is_the_same_weeks_and_weekdays(session: Session) -> None:
    _incident(session, date(2026, 11, 4))
    _incident(session, date(2025, 11, 4))  # Tuesday: before the shifted first bucket
    _incident(session, date(2025, 11, 5))  # Wednesday of v. 45 2025
    _incident(session, date(2025, 11, 12))
    _incident(session, date(2025, 11, 13))
    _incident(session, date(2025, 11, 25))  # Tuesday of v. 48 2025
    _incident(session, date(2025, 11, 26))  # after the shifted last bucket

    trend = incident_trend(
        session=session,
        filter=LagesbildFilter(date(2026, 11, 4), date(2026, 11, 24)),
        granularity="week",
    )

    assert [(b.start, b.end, b.label) for b in trend.year_earlier_buckets] == [
        (date(2025, 11, 5), date(2025, 11, 9), "v. 45 2025"),
        (date(2025, 11, 10), date(2025, 11, 16), "v. 46 2025"),
        (date(2025, 11, 17), date(2025, 11, 23), "v. 47 2025"),
        (date(2025, 11, 24), date(2025, 11, 25), "v. 48 2025"),
    ]
    [series] = trend.series
    assert series.counts == (1, 0, 0, 0)
    assert series.year_earlier == (1, 2, 0, 1)
    assert (series.total, series.total_year_earlier) == (1, 4)


def test_year_earlier_months_are_clipped_to_the_month_length(session: Session) -> None:
    _incident(session, date(2025, 2, 10))
    _incident(session, date(2024, 2, 29))  # the whole of February a leap year earlier
    _incident(session, date(2024, 1, 31))
    _incident(session, date(2025, 1, 20))
    _incident(session, date(2024, 1, 19))  # before the shifted first bucket
    _incident(session, date(2024, 1, 20))

    trend = incident_trend(
        session=session,
        filter=LagesbildFilter(date(2025, 1, 20), date(2025, 2, 28)),
        granularity="month",
    )

    assert [(b.start, b.end) for b in trend.year_earlier_buckets] == [
        (date(2024, 1, 20), date(2024, 1, 31)),
        (date(2024, 2, 1), date(2024, 2, 29)),
    ]
    [series] = trend.series
    assert series.counts == (1, 1)
    assert series.year_earlier == (2, 1)


def test_a_focus_area_continues_across_the_agreement_boundary(session: Session) -> None:
    agreement = Agreement(
        name="Samverkansöverenskommelse 2027–2030",
        start_date=date(2027, 1, 1),
        end_date=date(2030, 12, 31),
    )
    session.add(agreement)
    session.flush()
    old_skadegorelse, old_narkotika = _area(session, "Skadegörelse"), _area(session, "Narkotika")
    skadegorelse = FocusArea(
        agreement_id=agreement.id, position=0, name="Skadegörelse", continues_id=old_skadegorelse
    )
    narkotika = FocusArea(
        agreement_id=agreement.id, position=1, name="Narkotika", continues_id=old_narkotika
    )
    session.add_all([skadegorelse, narkotika])
    session.flush()
    _incident(session, date(2025, 12, 23))  # a year earlier than v. 52 2026
    _incident(session, date(2026, 12, 21))
    _incident(session, date(2026, 12, 30))
    _incident(session, date(2027, 1, 2), focus_area=skadegorelse.id)
    _incident(session, date(2027, 1, 5), focus_area=skadegorelse.id)
    _incident(session, date(2027, 1, 4), focus_area=narkotika.id)
    period = LagesbildFilter(
        date(2026, 12, 14), date(2027, 1, 10), focus_area_ids=frozenset({skadegorelse.id})
    )

    trend = incident_trend(session=session, filter=period, granularity="week")

    assert [b.label for b in trend.buckets] == [
        "v. 51 2026",
        "v. 52 2026",
        "v. 53 2026",  # 28 december 2026 – 3 januari 2027
        "v. 1 2027",
    ]
    assert trend.series == (
        TrendSeries(skadegorelse.id, "Skadegörelse", (0, 1, 2, 1), (0, 1, 0, 0)),
    )
    lineage = focus_area_lineage(session=session)
    assert lineage[skadegorelse.id] == old_skadegorelse
    assert lineage[narkotika.id] == old_narkotika
    assert lineage[old_skadegorelse] == old_skadegorelse
    # Choosing the old focus area shows the same continuous series.
    older = incident_trend(
        session=session,
        filter=LagesbildFilter(
            period.date_from, period.date_to, focus_area_ids=frozenset({old_skadegorelse})
        ),
        granularity="week",
    )
    assert older.series == trend.series
    # Unfiltered, each lineage is one series in the new agreement's order.
    unfiltered = _weekly(session, LagesbildFilter(period.date_from, period.date_to))
    assert unfiltered == [("Skadegörelse", (0, 1, 2, 1)), ("Narkotika", (0, 0, 0, 1))]


def test_lineage_survives_a_cycle(session: Session) -> None:
    first = session.get(FocusArea, _area(session, "Trafik"))
    second = session.get(FocusArea, _area(session, "Hamnen"))
    first.continues_id, second.continues_id = second.id, first.id
    session.flush()

    lineage = focus_area_lineage(session=session)

    assert lineage[first.id] == lineage[second.id] == min(first.id, second.id)
    assert lineage[_area(session, "Narkotika")] == _area(session, "Narkotika")


# --- actions --------------------------------------------------------------------------

OCTOBER = LagesbildFilter(date(2026, 10, 1), date(2026, 10, 31))


def _october_actions(session: Session) -> None:
    social = {"owner": "Socialförvaltningen"}
    # Decided before the period, closed in it: 25 days.
    _action(
        session, date(2026, 9, 15), **social, status=ActionStatus.DONE, closed_on=date(2026, 10, 10)
    )
    # Decided and closed in the period: 10 days.
    _action(
        session, date(2026, 10, 6), **social, status=ActionStatus.DONE, closed_on=date(2026, 10, 16)
    )
    # Open at the end of the period, one past its due date.
    _action(
        session,
        date(2026, 10, 20),
        **social,
        status=ActionStatus.IN_PROGRESS,
        due_date=date(2026, 10, 25),
    )
    _action(
        session,
        date(2026, 10, 20),
        **social,
        due_date=date(2026, 11, 10),
        focus_area="Skadegörelse",
    )
    # Cancelled only after the period: still open at its end.
    _action(
        session,
        date(2026, 9, 15),
        **social,
        status=ActionStatus.CANCELLED,
        closed_on=date(2026, 11, 3),
        focus_area=None,
    )
    # Decided after the period: not counted.
    _action(session, date(2026, 11, 3), **social)
    police = {"owner": "Polisen", "status": ActionStatus.DONE}
    _action(session, date(2026, 10, 6), **police, closed_on=date(2026, 10, 13))  # 7 days
    _action(session, date(2026, 10, 6), **police, closed_on=date(2026, 10, 20))  # 14 days
    _action(session, date(2026, 9, 15), **police, closed_on=date(2026, 10, 31))  # 46 days
    # Only decided after the period: no row.
    _action(session, date(2026, 11, 3), owner="Miljöförvaltningen")
    # Entered without a meeting on 12 October, past due on 20 October.
    _action(
        session,
        datetime(2026, 10, 12, 10, tzinfo=UTC),
        owner="Trelleborgshem",
        due_date=date(2026, 10, 20),
        focus_area=None,
    )


def test_action_stats_per_organisation(session: Session) -> None:
    _october_actions(session)

    stats = action_stats(session=session, filter=OCTOBER, today=TODAY, by="organisation")

    org = {name: _id(session, Organisation, name) for name in ("Polisen", "Socialförvaltningen")}
    assert stats == [
        # An odd number closed: the middle one.
        ActionStats(
            key=org["Polisen"],
            name="Polisen",
            decided=2,
            closed=3,
            open=0,
            overdue=0,
            median_days_to_close=14.0,
        ),
        # An even number closed: the mean of the middle two, (10 + 25) / 2.
        ActionStats(
            key=org["Socialförvaltningen"],
            name="Socialförvaltningen",
            decided=3,
            closed=2,
            open=3,
            overdue=1,
            median_days_to_close=17.5,
        ),
        # Nothing closed: no median.
        ActionStats(
            key=_id(session, Organisation, "Trelleborgshem"),
            name="Trelleborgshem",
            decided=1,
            closed=0,
            open=1,
            overdue=1,
            median_days_to_close=None,
        ),
    ]


def test_action_stats_per_focus_area(session: Session) -> None:
    _october_actions(session)

    stats = action_stats(session=session, filter=OCTOBER, today=TODAY, by="focus_area")

    assert [
        (s.key, s.name, s.decided, s.closed, s.open, s.overdue, s.median_days_to_close)
        for s in stats
    ] == [
        (_area(session, "Skadegörelse"), "Skadegörelse", 1, 0, 1, 0, None),
        (_area(session, "Narkotika"), "Narkotika", 4, 5, 1, 1, 14.0),
        (0, "Utan fokusområde", 1, 0, 2, 1, None),
    ]


def test_overdue_in_a_running_period_is_judged_on_today(session: Session) -> None:
    _action(session, date(2026, 11, 3), due_date=date(2026, 11, 20))
    _action(session, date(2026, 11, 3), due_date=date(2026, 11, 30))

    [stats] = action_stats(
        session=session,
        filter=LagesbildFilter(date(2026, 10, 1), date(2026, 12, 31)),
        today=TODAY,
        by="organisation",
    )

    assert (stats.decided, stats.open, stats.overdue) == (2, 2, 1)


def test_actions_are_filtered_by_owner_and_focus_area_but_not_place_or_source(
    session: Session,
) -> None:
    _october_actions(session)
    polisen = _id(session, Organisation, "Polisen")

    by_owner = action_stats(
        session=session,
        filter=LagesbildFilter(
            OCTOBER.date_from, OCTOBER.date_to, organisation_ids=frozenset({polisen})
        ),
        today=TODAY,
        by="focus_area",
    )
    by_focus_area = action_stats(
        session=session,
        filter=LagesbildFilter(
            OCTOBER.date_from,
            OCTOBER.date_to,
            focus_area_ids=frozenset({_area(session, "Skadegörelse")}),
        ),
        today=TODAY,
        by="organisation",
    )
    by_place_and_source = action_stats(
        session=session,
        filter=LagesbildFilter(
            OCTOBER.date_from,
            OCTOBER.date_to,
            place_ids=frozenset({_id(session, Place, "Skegrie")}),
            source_ids=frozenset({_id(session, Source, "Skola")}),
        ),
        today=TODAY,
        by="organisation",
    )

    assert [(s.name, s.decided, s.closed) for s in by_owner] == [("Narkotika", 2, 3)]
    assert [(s.name, s.decided, s.open) for s in by_focus_area] == [("Socialförvaltningen", 1, 1)]
    assert [s.name for s in by_place_and_source] == [
        "Polisen",
        "Socialförvaltningen",
        "Trelleborgshem",
    ]


# --- periods, boundaries and filters --------------------------------------------------


def test_an_empty_period_shows_nothing(session: Session) -> None:
    _incident(session, date(2026, 11, 4))
    _october_actions(session)
    empty = LagesbildFilter(date(2020, 3, 1), date(2020, 3, 31))

    picture = lagesbild(session=session, filter=empty, today=TODAY, granularity="week")

    assert picture.places == ()
    assert picture.pulse.counts == tuple((0,) * 24 for _ in range(7))
    assert picture.pulse.without_time == 0
    assert picture.incident_count == 0
    assert [b.label for b in picture.trend.buckets] == [
        "v. 9 2020",
        "v. 10 2020",
        "v. 11 2020",
        "v. 12 2020",
        "v. 13 2020",
        "v. 14 2020",
    ]
    assert picture.trend.series == ()
    assert picture.actions_by_organisation == ()
    assert picture.actions_by_focus_area == ()
    # A chosen focus area still has its line, at zero.
    chosen = LagesbildFilter(
        empty.date_from, empty.date_to, focus_area_ids=frozenset({_area(session, "Narkotika")})
    )
    trend = incident_trend(session=session, filter=chosen, granularity="month")
    assert trend.series == (TrendSeries(_area(session, "Narkotika"), "Narkotika", (0,), (0,)),)


def test_incidents_on_the_first_and_last_day_are_counted(session: Session) -> None:
    _incident(session, date(2026, 10, 31))
    _incident(session, date(2026, 11, 1))
    _incident(session, date(2026, 11, 30))
    _incident(session, date(2026, 12, 1))

    assert _counts(session, NOVEMBER) == (2, 2, 2)


def test_confidential_incidents_only_on_request(session: Session) -> None:
    _incident(session, date(2026, 11, 4))
    _incident(session, date(2026, 11, 5))
    _incident(session, date(2026, 11, 6), confidential=True)
    with_confidential = LagesbildFilter(
        NOVEMBER.date_from, NOVEMBER.date_to, include_confidential=True
    )

    assert _counts(session, NOVEMBER) == (2, 2, 2)
    assert _counts(session, with_confidential) == (3, 3, 3)


def test_incidents_are_filtered_by_place_source_and_reporting_organisation(
    session: Session,
) -> None:
    _incident(session, date(2026, 11, 2), place="Anderslöv", source="Skola", reported_by=None)
    _incident(session, date(2026, 11, 3), place="Anderslöv", reported_by="Polisen")
    _incident(session, date(2026, 11, 4), source="Skola", reported_by="Polisen")
    _incident(session, date(2026, 11, 5), reported_by="Trelleborgshem")

    def only(**ids: frozenset[int]) -> tuple[int, int, int]:
        return _counts(session, LagesbildFilter(NOVEMBER.date_from, NOVEMBER.date_to, **ids))

    anderslov = _id(session, Place, "Anderslöv")
    skola = _id(session, Source, "Skola")
    polisen = _id(session, Organisation, "Polisen")
    trelleborgshem = _id(session, Organisation, "Trelleborgshem")
    assert only() == (4, 4, 4)
    assert only(place_ids=frozenset({anderslov})) == (2, 2, 2)
    assert only(source_ids=frozenset({skola})) == (2, 2, 2)
    assert only(organisation_ids=frozenset({polisen})) == (2, 2, 2)
    assert only(organisation_ids=frozenset({polisen, trelleborgshem})) == (3, 3, 3)
    assert only(place_ids=frozenset({anderslov}), source_ids=frozenset({skola})) == (1, 1, 1)
    [place] = incidents_per_place(
        session=session,
        filter=LagesbildFilter(
            NOVEMBER.date_from, NOVEMBER.date_to, place_ids=frozenset({anderslov})
        ),
    )
    assert (place.place, place.count, place.share) == ("Anderslöv", 2, 1.0)


@pytest.mark.parametrize(
    ("preset", "expected"),
    [
        ("last_4_weeks", (date(2026, 10, 30), date(2026, 11, 26))),
        ("this_quarter", (date(2026, 10, 1), date(2026, 11, 26))),
        ("this_year", (date(2026, 1, 1), date(2026, 11, 26))),
        ("agreement", (date(2023, 1, 1), date(2026, 11, 26))),
    ],
)
def test_period_presets(preset: str, expected: tuple[date, date]) -> None:
    assert (
        period_for(
            preset, today=TODAY, agreement_start=date(2023, 1, 1), agreement_end=date(2026, 12, 31)
        )
        == expected
    )


def test_the_quarter_runs_from_its_first_day_up_to_today() -> None:
    assert period_for(
        "this_quarter",
        today=date(2028, 2, 29),
        agreement_start=date(2027, 1, 1),
        agreement_end=date(2030, 12, 31),
    ) == (date(2028, 1, 1), date(2028, 2, 29))


def test_unknown_preset_is_refused() -> None:
    with pytest.raises(ValueError):
        period_for(
            "last_decade",
            today=TODAY,
            agreement_start=date(2023, 1, 1),
            agreement_end=date(2026, 12, 31),
        )


def test_lagesbild_bundles_every_part(session: Session) -> None:
    _incident(session, date(2026, 10, 5), time(8, 0))
    _incident(session, date(2026, 10, 28), place="Anderslöv", focus_area="Narkotika")
    _october_actions(session)

    picture = lagesbild(session=session, filter=OCTOBER, today=TODAY, granularity="month")

    assert list(picture.places) == incidents_per_place(session=session, filter=OCTOBER)
    assert picture.pulse == week_pulse(session=session, filter=OCTOBER)
    assert picture.trend == incident_trend(session=session, filter=OCTOBER, granularity="month")
    assert list(picture.actions_by_organisation) == action_stats(
        session=session, filter=OCTOBER, today=TODAY, by="organisation"
    )
    assert list(picture.actions_by_focus_area) == action_stats(
        session=session, filter=OCTOBER, today=TODAY, by="focus_area"
    )
    assert picture.incident_count == 2
    assert [(s.name, s.counts) for s in picture.trend.series] == [
        ("Skadegörelse", (1,)),
        ("Narkotika", (1,)),
    ]


def test_the_incident_count_follows_the_filter(session: Session) -> None:
    from est_desktop.services.lagesbild import incident_count

    _incident(session, date(2026, 10, 31))  # the day before November
    _incident(session, date(2026, 11, 4))
    _incident(session, date(2026, 11, 30), place="Anderslöv")
    _incident(session, date(2026, 11, 6), confidential=True)
    anderslov = frozenset({_id(session, Place, "Anderslöv")})

    assert incident_count(session=session, filter=NOVEMBER) == 2
    assert (
        incident_count(
            session=session,
            filter=LagesbildFilter(NOVEMBER.date_from, NOVEMBER.date_to, include_confidential=True),
        )
        == 3
    )
    assert (
        incident_count(
            session=session,
            filter=LagesbildFilter(NOVEMBER.date_from, NOVEMBER.date_to, place_ids=anderslov),
        )
        == 1
    )


def test_an_agreement_period_that_has_ended_is_shown_whole() -> None:
    assert period_for(
        "agreement",
        today=date(2027, 2, 1),
        agreement_start=date(2023, 1, 1),
        agreement_end=date(2026, 12, 31),
    ) == (date(2023, 1, 1), date(2026, 12, 31))
