"""Years of weekly EST meetings, for measuring the app at the size a long-time user has.

``services.demo.weeks`` makes ten weeks through the public services, one change at a time.
Ten years that way would take many minutes, so this module plays the same weeks through
in memory and writes each table with one executemany in the caller's transaction. The
rows are those the services would have written: agendas from the template and the
agreement in force, finalised meetings with their event, incidents recorded under their
focus area's item, actions decided under an item and reviewed at later meetings with the
state before each review kept, ``closed_on`` set when an action closes. Texts hold places,
events and role titles only, never private persons. The same seed and day give the same
database.
"""

from __future__ import annotations

import math
import random
from bisect import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from itertools import accumulate

from sqlalchemy import func, insert, select
from sqlmodel import Session, SQLModel, col

from ...models import (
    Action,
    ActionIncidentLink,
    ActionStatus,
    ActionUpdate,
    AgendaItem,
    AgendaItemKind,
    Agreement,
    Attendance,
    Incident,
    Meeting,
    MeetingEvent,
    MeetingEventKind,
    MeetingStatus,
    PlanActivity,
    PlanFollowUp,
    PlanStatus,
    saved_id,
)
from .. import reference
from ..actions.decisions import ReviewOutcome
from ..agreements.in_force import agreement_in_force, focus_areas
from ..meetings import agenda as meetings
from ..settings import meeting_defaults
from .profiles import (
    ACTION_GROWTH,
    ACTIONS_PER_MEETING,
    EPISODE_AREAS,
    INCIDENTS_PER_MEETING,
    MORE_OTHER_ACTIONS,
    MORE_REVIEW_NOTES,
    MORE_SOURCES,
    MORE_SPOTS,
    PLACE_WEIGHTS,
    PLAN_NOTES,
    PROFILES,
    SUMMER_PLACES,
    TOWN_CENTRE,
    VILLAGES,
)
from .weeks import (
    AREAS,
    ATTENDEES,
    CATEGORIES,
    CONVENER,
    DEFAULT_SPOTS,
    ITEM_NOTES,
    MONTHS,
    ORGS,
    OTHER_ACTIONS,
    OTHER_NOTES,
    REVIEW_NOTES,
    SOURCES,
    SPOTS,
)

Progress = Callable[[int, int, str], None]


def create_scale_demo(
    *, session: Session, years: int, seed: int, today: date, on_progress: Progress | None = None
) -> str:
    """Fills a freshly seeded database with ``years`` of weekly meetings; returns a summary.

    All but the last meeting are finalised, the newest of them on the most recent past
    meeting day; the last one is the upcoming meeting, with the reports of the week so far.
    ``on_progress(done, total, label)`` is called as the weeks are played through and as
    each table is written.
    """
    if years < 1:
        raise ValueError("the scale demo needs at least one year")
    if meetings.latest_meeting(session=session) is not None:
        raise ValueError("the scale demo is made in an empty database")
    history = _History(session, random.Random(seed), today, years)
    history.play(on_progress)
    history.write(on_progress)
    counts = history.counts()
    return (
        f"{counts['meetings']} möten, {counts['incidents']} händelser, "
        f"{counts['actions']} åtgärder, {counts['updates']} uppföljningar"
    )


# --- small helpers ---------------------------------------------------------------------


def _fields(template: str, count: int) -> list[str]:
    return (template.split("|") + [""] * count)[:count]


def _in_season(template: str, position: int, month: int) -> bool:
    months = _fields(template, position + 1)[position]
    return not months or str(month) in months.split()


def _poisson(rng: random.Random, mean: float) -> int:
    if mean > 40:  # Knuth's method underflows; the normal curve is close enough there
        return max(0, round(rng.gauss(mean, math.sqrt(mean))))
    limit, count, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


def _weekday_on_or_before_friday(day: date) -> date:
    return day - timedelta(days=max(0, day.weekday() - 4))


def _utc(day: date, hour: int, minute: int = 0) -> datetime:
    """Swedish local time, in UTC as the database stores it (EU summer time rules)."""

    def last_sunday(month: int) -> date:
        end = date(day.year, month, 31)
        return end - timedelta(days=(end.weekday() + 1) % 7)

    summer = last_sunday(3) <= day < last_sunday(10)
    local = datetime.combine(day, time(hour, minute), UTC)
    return local - timedelta(hours=2 if summer else 1)


class _Picker:
    """Weighted choices with the running sums worked out once."""

    def __init__(self, items: Sequence, weights: Sequence[float]) -> None:
        self.items = list(items)
        self.sums = list(accumulate(weights))

    def pick(self, rng: random.Random):
        return self.items[bisect(self.sums, rng.random() * self.sums[-1])]


@dataclass
class _OpenAction:
    row: dict
    reviews_left: int
    skip: float  # chance that a meeting passes it by without a review


# --- playing the weeks through ------------------------------------------------------------


class _History:
    def __init__(self, session: Session, rng: random.Random, today: date, years: int) -> None:
        self.session, self.rng, self.today = session, rng, today
        defaults = meeting_defaults(session=session)
        self.defaults = defaults
        self.convener = defaults.convener or CONVENER
        last = today - timedelta(days=(today.weekday() - defaults.weekday) % 7 or 7)
        weeks = max(2, round(years * 365.2425 / 7))
        self.days = [last - timedelta(weeks=w) for w in range(weeks - 2, -2, -1)]
        self.orgs = {o.name: o.id for o in reference.organisations(session=session)}
        self.places = {p.name: p for p in reference.places(session=session)}
        self.sources = {s.name: s.id for s in reference.sources(session=session)}
        self.categories = {c.name: c.id for c in reference.categories(session=session)}
        self.template = meetings.agenda_template()
        self._areas: dict[int, list] = {}
        self._plans: dict[int, list[int]] = {}
        self.ids = {table: self._next_id(table) for table in _TABLES}
        self.rows: dict[type, list[dict]] = {table: [] for table in _TABLES}
        self.rows[ActionIncidentLink] = []
        self.open: list[_OpenAction] = []
        self.episodes: list[tuple[str, str, int, float]] = []  # area, place, weeks left, rate
        self.attendees = [
            _fields(a, 2) for a in ATTENDEES if self.orgs.get(ORGS.get(a.split("|")[1], ""))
        ]
        self._spot_cache: dict[str, tuple[str, ...]] = {}
        self._pickers: dict[tuple, _Picker] = {}

    def _next_id(self, table: _Table) -> int:
        return (self.session.scalar(select(func.max(col(table.id)))) or 0) + 1

    def _new_id(self, table: _Table) -> int:
        value = self.ids[table]
        self.ids[table] += 1
        return value

    def org(self, key: str) -> int | None:
        return self.orgs.get(ORGS.get(key, ""))

    def areas_on(self, day: date) -> tuple[Agreement | None, list]:
        agreement = agreement_in_force(session=self.session, on=day)
        if agreement is None:
            return None, []
        agreement_id = saved_id(agreement)
        if agreement_id not in self._areas:
            self._areas[agreement_id] = focus_areas(session=self.session, agreement_id=agreement_id)
            for area in self._areas[agreement_id]:
                self._plans[area.id] = list(
                    self.session.scalars(
                        select(col(PlanActivity.id))
                        .where(col(PlanActivity.focus_area_id) == area.id)
                        .order_by(col(PlanActivity.position))
                    )
                )
        return agreement, self._areas[agreement_id]

    def play(self, on_progress: Progress | None) -> None:
        total = len(self.days)
        for number, day in enumerate(self.days):
            upcoming = number == total - 1
            self.meeting(day, number / max(1, total - 2), upcoming)
            if on_progress is not None and (number % 26 == 0 or upcoming):
                on_progress(number + 1, total, "Möten")
        self.plan_follow_up()

    # --- one meeting ----------------------------------------------------------------------

    def meeting(self, day: date, progress: float, upcoming: bool) -> None:
        rng = self.rng
        agreement, areas = self.areas_on(day)
        meeting_id = self._new_id(Meeting)
        meeting = {
            "id": meeting_id, "date": day, "start_time": self.defaults.start_time,
            "location": self.defaults.location, "convener": self.convener,
            "status": MeetingStatus.FINALISED.value,
            "created_at": _utc(day - timedelta(days=6), 9, rng.randrange(60)),
        }  # fmt: skip
        self.rows[Meeting].append(meeting)
        items = self.agenda(meeting_id, areas)
        self.attendance(meeting_id, upcoming)
        by_area = {i["title"]: i for i in items if i["kind"] == AgendaItemKind.FOCUS_AREA}
        if upcoming:
            last = self.days[-2]
            days = [last + timedelta(days=n) for n in range(1, (self.today - last).days)]
            recorded = self.record(by_area, days, day, progress, share=len(days) / 7)
            meeting["status"] = (MeetingStatus.OPEN if recorded else MeetingStatus.PLANNED).value
            return
        self.review(meeting_id, day)
        days = [day - timedelta(days=n) for n in range(7, 0, -1)]
        recorded = self.record(by_area, days, day, progress)
        self.decide(meeting_id, day, items, recorded, progress, agreement)
        self.notes(day, items, recorded)
        self.rows[MeetingEvent].append(
            {
                "id": self._new_id(MeetingEvent), "meeting_id": meeting_id,
                "kind": MeetingEventKind.FINALISED.value,
                "at": _utc(day, 11, rng.randrange(10, 50)), "user": self.convener, "reason": "",
            }
        )  # fmt: skip

    def agenda(self, meeting_id: int, areas: list) -> list[dict]:
        items: list[dict] = []
        for entry in self.template:
            kind = AgendaItemKind(entry["kind"])
            if kind == AgendaItemKind.FOCUS_AREA:
                items += [
                    _item(meeting_id, kind, area.name, entry["minutes"], area.id) for area in areas
                ]
            else:
                items.append(_item(meeting_id, kind, entry["title"], entry["minutes"], None))
        for position, item in enumerate(items):
            item["id"], item["position"] = self._new_id(AgendaItem), position
        self.rows[AgendaItem] += items
        return items

    def attendance(self, meeting_id: int, upcoming: bool) -> None:
        """Role titles, never names; the upcoming meeting has last week's list copied."""
        if upcoming:
            previous = self.rows[Meeting][-2]["id"]
            people = [
                (a["person_name"], a["organisation_id"])
                for a in self.rows[Attendance]
                if a["meeting_id"] == previous
            ]
        else:
            people_keys = self.attendees
            rest = sorted(
                people_keys[2:],
                key=lambda p: self.rng.random() * (0.3 + (p in people_keys[5:])),
            )
            chosen = sorted(people_keys[:2] + rest[: self.rng.randint(3, 6)], key=people_keys.index)
            people = [(role, self.org(org)) for role, org in chosen]
        for role, org_id in people:
            self.rows[Attendance].append(
                {
                    "id": self._new_id(Attendance), "meeting_id": meeting_id,
                    "person_name": role, "organisation_id": org_id,
                }
            )  # fmt: skip

    # --- incidents --------------------------------------------------------------------------

    def record(
        self, by_area: dict, days: list[date], meeting_day: date, progress: float, share=1.0
    ) -> list[tuple[str, dict]]:
        rng = self.rng
        if not days:
            return []
        month = (meeting_day - timedelta(days=3)).month
        total_weight = sum(p.weight for p in PROFILES.values())
        recorded: list[tuple[str, dict]] = []
        for name, item in by_area.items():
            profile = PROFILES.get(name)
            if profile is None:
                continue
            first, last = profile.trend
            level = first + (last - first) * progress
            mean = INCIDENTS_PER_MEETING * profile.weight / total_weight
            mean *= profile.season[month - 1] * level * share * rng.lognormvariate(0, 0.15)
            for _ in range(_poisson(rng, mean)):
                recorded.append((name, self.incident(name, item, days, month)))
        self.episodes = [e for e in self.episodes if e[2] > 0]
        if share == 1.0 and len(self.episodes) < 2 and rng.random() < 0.06:
            area = rng.choice([a for a in EPISODE_AREAS if a in by_area] or [None])
            if area is not None:
                place = rng.choice(("Trelleborg centrum", "Trelleborg", *VILLAGES[:3]))
                self.episodes.append((area, place, rng.randint(3, 8), rng.uniform(2, 5)))
        for index, (area, place, weeks_left, rate) in enumerate(self.episodes):
            if area in by_area:
                for _ in range(_poisson(rng, rate * share)):
                    incident = self.incident(area, by_area[area], days, month, place)
                    recorded.append((area, incident))
            self.episodes[index] = (area, place, weeks_left - 1, rate)
        return recorded

    def incident(
        self, area: str, item: dict, days: list[date], month: int, place_name: str | None = None
    ) -> dict:
        rng = self.rng
        profile = PROFILES[area]
        templates = [
            t
            for t in (*AREAS.get(area, ((),) * 6)[4], *profile.incidents)
            if _in_season(t, 4, month)
        ]
        text, category, pinned, reporter, _months = _fields(rng.choice(templates), 5)
        place = self.places.get(pinned) or self.places.get(place_name or "")
        if place is None:
            place = self.places[self.place_picker(area, month).pick(rng)]
        spot = rng.choice(self.spots(place.name)).format(place.name)
        detail = spot.split(" ", 1)[1] if "{p}" in text else ""
        occurred = self.weekday_picker(area, days).pick(rng)
        if rng.random() < 0.04:  # reported late
            occurred -= timedelta(days=rng.randint(7, 14))
        start = end = None
        if rng.random() >= profile.untimed:
            hour = self.hour_picker(area).pick(rng)
            start = time(hour, rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50)))
            length = rng.choice((0, 0, 1, 2, 3))
            end = time(hour + length, start.minute) if length and hour + length < 24 else None
        source_keys = AREAS[area][3].split() if area in AREAS else ["pol"]
        if rng.random() < 0.08:
            source_keys = list(MORE_SOURCES)
        source_key = rng.choice(source_keys)
        source, source_org = SOURCES.get(source_key) or MORE_SOURCES[source_key]
        reported = min(occurred + timedelta(days=rng.randint(0, 2)), days[-1])
        row = {
            "id": self._new_id(Incident), "agenda_item_id": item["id"], "occurred_on": occurred,
            "start_time": start, "end_time": end, "place_id": place.id,
            "location_detail": "" if detail == place.name else detail,
            "focus_area_id": item["focus_area_id"],
            "category_id": self.categories.get(CATEGORIES.get(category, "")),
            "source_id": self.sources.get(source) or next(iter(self.sources.values())),
            "reporting_organisation_id": self.org(reporter or source_org),
            "description": text.format(p=spot, n=rng.randint(2, 6)),
            "confidential": rng.random() < profile.confidential,
            "created_at": _utc(reported, rng.randint(8, 16), rng.randrange(60)),
        }  # fmt: skip
        self.rows[Incident].append(row)
        return row

    def spots(self, place: str) -> tuple[str, ...]:
        if place not in self._spot_cache:
            self._spot_cache[place] = SPOTS.get(place, DEFAULT_SPOTS) + MORE_SPOTS.get(place, ())
        return self._spot_cache[place]

    def place_picker(self, area: str, month: int) -> _Picker:
        key = ("place", area, month in (6, 7, 8))
        if key not in self._pickers:
            names = [n for n in self.places if n != "Hamnen" or area == "Hamnen"]
            weights = []
            for name in names:
                weight = PLACE_WEIGHTS.get(name, 0.5)
                if key[2]:
                    weight *= SUMMER_PLACES.get(name, 1.0)
                if area == "Trafik" and name in VILLAGES:
                    weight *= 1.8
                if area in ("Misshandel", "Ordningsstörningar") and name in TOWN_CENTRE:
                    weight *= 1.5
                if area == "Hamnen":
                    weight = 60 if name == "Hamnen" else weight / 10
                weights.append(weight)
            self._pickers[key] = _Picker(names, weights)
        return self._pickers[key]

    def weekday_picker(self, area: str, days: list[date]) -> _Picker:
        weights = PROFILES[area].weekdays
        return _Picker(days, [weights[d.weekday()] for d in days])

    def hour_picker(self, area: str) -> _Picker:
        key = ("hour", area)
        if key not in self._pickers:
            self._pickers[key] = _Picker(range(24), PROFILES[area].hours)
        return self._pickers[key]

    # --- actions ------------------------------------------------------------------------------

    def decide(
        self,
        meeting_id: int,
        day: date,
        items: list[dict],
        recorded: list[tuple[str, dict]],
        progress: float,
        agreement: Agreement | None,
    ) -> None:
        rng = self.rng
        other = next(i for i in items if i["kind"] == AgendaItemKind.OTHER)
        by_area = {i["title"]: i for i in items if i["kind"] == AgendaItemKind.FOCUS_AREA}
        names = {p.id: p.name for p in self.places.values()}
        first, last = ACTION_GROWTH
        summer = 0.6 if day.month == 7 else 1.0
        wanted = _poisson(rng, ACTIONS_PER_MEETING * (first + (last - first) * progress) * summer)
        decided: set[str] = set()
        in_period = agreement is not None and agreement.start_date <= day <= agreement.end_date
        for _ in range(wanted):
            links: list[int] = []
            if recorded and rng.random() < 0.85:
                area, incident = rng.choice(recorded)
                item = by_area[area]
                choices: Sequence[str] = (*AREAS.get(area, ((),) * 6)[5], *PROFILES[area].actions)
                text, owner, contact, _months = _fields(rng.choice(choices), 4)
                where = [names[incident["place_id"]], incident["location_detail"]]
                text = text.format(w=", ".join(filter(None, where)))
                links = [incident["id"]]
                links += [
                    other_incident["id"]
                    for other_area, other_incident in recorded
                    if other_area == area
                    and other_incident is not incident
                    and other_incident["place_id"] == incident["place_id"]
                    and rng.random() < 0.3
                ][:2]
            else:
                item = other
                choices = [
                    t for t in (*OTHER_ACTIONS, *MORE_OTHER_ACTIONS) if _in_season(t, 3, day.month)
                ]
                text, owner, contact, _months = _fields(rng.choice(choices), 4)
            if text in decided or self.org(owner) is None:
                continue
            decided.add(text)
            due = None
            if rng.random() >= 0.05:
                due = _weekday_on_or_before_friday(day + timedelta(days=rng.randint(7, 42)))
            plan = None
            plans = self._plans.get(item["focus_area_id"] or 0)
            if in_period and plans and rng.random() < 0.15:
                plan = rng.choice(plans)
            row = {
                "id": self._new_id(Action), "description": text,
                "owner_organisation_id": self.org(owner), "contact_person": contact,
                "due_date": due, "status": ActionStatus.NEW.value,
                "focus_area_id": item["focus_area_id"], "plan_activity_id": plan,
                "decided_meeting_id": meeting_id, "agenda_item_id": item["id"],
                "created_at": _utc(day, 10, rng.randrange(60)), "closed_on": None,
            }  # fmt: skip
            self.rows[Action].append(row)
            for incident_id in links:
                self.rows[ActionIncidentLink].append(
                    {"action_id": row["id"], "incident_id": incident_id}
                )
            self.open.append(
                _OpenAction(row, self.lifetime(), 0.5 if rng.random() < 0.05 else 0.07)
            )

    def lifetime(self) -> int:
        """How many reviews an action takes: most close soon, some drag on for months."""
        rng = self.rng
        mean = rng.choices((1.7, 5.0, 11.0), (0.45, 0.35, 0.2))[0]
        return 1 + int(rng.expovariate(1 / mean))

    def review(self, meeting_id: int, day: date) -> None:
        rng = self.rng
        still_open = []
        for number, entry in enumerate(self.open):
            action = entry.row
            if rng.random() < entry.skip:
                still_open.append(entry)
                continue
            entry.reviews_left -= 1
            overdue = action["due_date"] is not None and action["due_date"] < day
            if entry.reviews_left <= 0:
                outcome = ReviewOutcome.DONE if rng.random() < 0.85 else ReviewOutcome.CANCELLED
            elif overdue and rng.random() < 0.5:
                outcome = ReviewOutcome.NEW_DUE_DATE
            else:
                outcome = ReviewOutcome.IN_PROGRESS
            notes = REVIEW_NOTES[outcome] + MORE_REVIEW_NOTES[outcome]
            new_due = None
            if outcome == ReviewOutcome.NEW_DUE_DATE:
                new_due = _weekday_on_or_before_friday(day + timedelta(weeks=rng.randint(1, 4)))
                new_due = max(new_due, day)
            status = {
                ReviewOutcome.DONE: ActionStatus.DONE,
                ReviewOutcome.IN_PROGRESS: ActionStatus.IN_PROGRESS,
                ReviewOutcome.NEW_DUE_DATE: ActionStatus.IN_PROGRESS,
                ReviewOutcome.CANCELLED: ActionStatus.CANCELLED,
            }[outcome]
            self.rows[ActionUpdate].append(
                {
                    "id": self._new_id(ActionUpdate), "action_id": action["id"],
                    "meeting_id": meeting_id, "status": status.value, "note": rng.choice(notes),
                    "new_due_date": new_due, "previous_status": action["status"],
                    "previous_due_date": action["due_date"],
                    "created_at": _utc(day, 9, min(59, 15 + number // 4)),
                }
            )  # fmt: skip
            action["status"] = status.value
            if new_due is not None:
                action["due_date"] = new_due
            if status.is_open:
                still_open.append(entry)
            else:
                action["closed_on"] = day
        self.open = still_open

    def notes(self, day: date, items: list[dict], recorded: list[tuple[str, dict]]) -> None:
        rng = self.rng
        with_incidents = list(dict.fromkeys(incident["agenda_item_id"] for _, incident in recorded))
        noted = set(rng.sample(with_incidents, min(len(with_incidents), 2)))
        for item in items:
            if item["id"] in noted:
                item["notes"] = rng.choice(ITEM_NOTES)
            elif item["kind"] == AgendaItemKind.OTHER and rng.random() < 0.4:
                item["notes"] = rng.choice(OTHER_NOTES)
            elif item["kind"] == AgendaItemKind.NEXT_MEETING:
                following = day + timedelta(weeks=1)
                start = self.defaults.start_time
                clock = f" kl. {start:%H.%M}" if start else ""
                when = f"{following.day} {MONTHS.split()[following.month - 1]}{clock}"
                item["notes"] = f"Nästa möte {when}, {self.defaults.location}."

    def plan_follow_up(self) -> None:
        """Yearly status of the agreement's bilaga 1 rows, up to this year."""
        rng = self.rng
        for agreement_id, areas in self._areas.items():
            agreement = self.session.get_one(Agreement, agreement_id)
            last_year = min(agreement.end_date.year, self.today.year)
            for area in areas:
                for plan_id in self._plans.get(area.id, []):
                    for year in range(agreement.start_date.year, last_year + 1):
                        current = year == self.today.year
                        weights = (0.25, 0.6, 0.15) if current else (0.1, 0.35, 0.55)
                        status = rng.choices(list(PlanStatus), weights)[0]
                        if status == PlanStatus.NOT_STARTED:
                            continue
                        self.rows[PlanFollowUp].append(
                            {
                                "id": self._new_id(PlanFollowUp), "plan_activity_id": plan_id,
                                "year": year, "status": status.value,
                                "note": rng.choice(PLAN_NOTES[status]),
                                "updated_at": _utc(
                                    min(date(year, 12, 10), self.today - timedelta(days=1)), 14
                                ),
                            }
                        )  # fmt: skip

    # --- writing --------------------------------------------------------------------------------

    def write(self, on_progress: Progress | None) -> None:
        """Parents before children, so foreign keys hold at every statement."""
        order: tuple[type[SQLModel], ...] = (
            *_TABLES[:4],
            Incident,
            Action,
            ActionIncidentLink,
            ActionUpdate,
            PlanFollowUp,
        )
        for number, model in enumerate(order):
            # SQLAlchemy's declarative mapping adds __table__; SQLModel's types do not declare it.
            table = model.__table__  # type: ignore[attr-defined]
            rows = self.rows[model]
            if rows:
                self.session.execute(insert(table), rows)
            if on_progress is not None:
                on_progress(number + 1, len(order), "Skriver " + table.name)
        self.session.flush()

    def counts(self) -> dict[str, int]:
        return {
            "meetings": len(self.rows[Meeting]),
            "incidents": len(self.rows[Incident]),
            "actions": len(self.rows[Action]),
            "updates": len(self.rows[ActionUpdate]),
        }


# The tables whose ids the history hands out itself (``_History.ids``).
_Table = (
    type[Meeting]
    | type[AgendaItem]
    | type[Attendance]
    | type[MeetingEvent]
    | type[Incident]
    | type[Action]
    | type[ActionUpdate]
    | type[PlanFollowUp]
)
_TABLES: tuple[_Table, ...] = (
    Meeting,
    AgendaItem,
    Attendance,
    MeetingEvent,
    Incident,
    Action,
    ActionUpdate,
    PlanFollowUp,
)


def _item(meeting_id: int, kind: AgendaItemKind, title: str, minutes: int, area_id) -> dict:
    return {
        "id": None, "meeting_id": meeting_id, "position": 0, "kind": kind.value, "title": title,
        "focus_area_id": area_id, "planned_minutes": minutes, "notes": "",
    }  # fmt: skip
