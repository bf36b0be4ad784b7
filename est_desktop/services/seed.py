"""Loads the agreement and the default lists from resources/seed/ into an empty database."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from ..models import (
    Agreement,
    AgreementGoal,
    Category,
    FocusArea,
    GoalFocusArea,
    Organisation,
    Place,
    PlanActivity,
    Source,
    SurveyFactor,
    saved_id,
)
from ..models.clock import utcnow
from ..paths import resource_path
from .settings import get_value, set_value

SEED_MARKER = "seed.loaded_at"


def _load(name: str, seed_dir: Path | None) -> Any:
    path = (seed_dir / name) if seed_dir else resource_path("seed", name)
    return json.loads(path.read_text(encoding="utf-8"))


def is_seeded(*, session: Session) -> bool:
    return get_value(session=session, key=SEED_MARKER) is not None


def seed_if_needed(*, session: Session, seed_dir: Path | None = None) -> bool:
    """Seeds once per database; returns whether it did.

    The marker, not the table contents, decides: a convener who deletes or
    renames seeded rows must not see them come back.
    """
    if is_seeded(session=session):
        return False
    load_agreement(session=session, data=_load("agreement_2023_2026.json", seed_dir))
    for position, row in enumerate(_load("sources.json", seed_dir)):
        session.add(
            Source(
                name=row["name"], position=position, from_agreement=row.get("from_agreement", False)
            )
        )
    for position, row in enumerate(_load("categories.json", seed_dir)):
        session.add(Category(name=row["name"], position=position))
    for row in _load("organisations.json", seed_dir):
        session.add(Organisation(name=row["name"], kind=row["kind"]))
    for row in _load("places.json", seed_dir):
        session.add(
            Place(
                name=row["name"],
                kind=row["kind"],
                latitude=row.get("latitude"),
                longitude=row.get("longitude"),
            )
        )
    session.flush()
    focus_areas = {f.name: f.id for f in session.scalars(select(FocusArea))}
    for position, row in enumerate(_load("survey_factors.json", seed_dir)):
        session.add(
            SurveyFactor(
                name=row["name"],
                focus_area_id=focus_areas.get(row["focus_area"]),
                position=position,
            )
        )
    set_value(session=session, key=SEED_MARKER, value=utcnow().isoformat())
    session.flush()
    return True


def load_agreement(*, session: Session, data: dict[str, Any]) -> Agreement:
    agreement = Agreement(
        name=data["name"],
        start_date=date.fromisoformat(data["start_date"]),
        end_date=date.fromisoformat(data["end_date"]),
        signed_on=date.fromisoformat(data["signed_on"]) if data.get("signed_on") else None,
    )
    session.add(agreement)
    session.flush()
    goals = [
        AgreementGoal(agreement_id=saved_id(agreement), position=position, text=text)
        for position, text in enumerate(data["goals"])
    ]
    session.add_all(goals)
    session.flush()
    goal_areas = data.get("goal_focus_areas", [[] for _ in goals])
    areas_by_name: dict[str, FocusArea] = {}
    for position, area in enumerate(data["focus_areas"]):
        focus_area = FocusArea(
            agreement_id=saved_id(agreement),
            position=position,
            name=area["name"],
            section=area.get("section", ""),
        )
        session.add(focus_area)
        session.flush()
        areas_by_name[focus_area.name] = focus_area
        for row_position, row in enumerate(area["plan"]):
            session.add(
                PlanActivity(
                    focus_area_id=saved_id(focus_area),
                    position=row_position,
                    activity=row["activity"],
                    measure=row["measure"],
                    follow_up=row["follow_up"],
                    goal=row["goal"],
                )
            )
    for goal, names in zip(goals, goal_areas, strict=True):
        for name in names:
            session.add(
                GoalFocusArea(goal_id=saved_id(goal), focus_area_id=saved_id(areas_by_name[name]))
            )
    session.flush()
    return agreement
