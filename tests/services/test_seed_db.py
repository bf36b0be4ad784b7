"""What a new database holds, and that seeding never comes back to undo the convener's edits."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlmodel import Session

from est_desktop.bootstrap import open_database
from est_desktop.db import session_scope
from est_desktop.models import (
    Agreement,
    AgreementGoal,
    Category,
    FocusArea,
    Organisation,
    Place,
    PlanActivity,
    Source,
)
from est_desktop.services import reference
from est_desktop.services.agreements.in_force import agreement_in_force, focus_areas
from est_desktop.services.seed import is_seeded, seed_if_needed

SEED_DIR = Path(__file__).resolve().parents[2] / "resources" / "seed"
SEEDED_TABLES = (
    Agreement,
    AgreementGoal,
    FocusArea,
    PlanActivity,
    Source,
    Category,
    Organisation,
    Place,
)

FOCUS_AREA_NAMES = [
    "Misshandel",
    "Olaga hot och ofredande",
    "Övrig stöld",
    "Bedrägerier",
    "Skadegörelse",
    "Narkotika",
    "Trafik",
    "Ordningsstörningar",
    "Kriminella nätverk",
    "Hamnen",
]


def _json(name: str):
    return json.loads((SEED_DIR / name).read_text(encoding="utf-8"))


def _counts(session: Session) -> dict[str, int]:
    return {
        table.__name__: session.scalar(select(func.count()).select_from(table))
        for table in SEEDED_TABLES
    }


def test_new_database_has_the_2023_2026_agreement_with_its_seven_goals(session: Session) -> None:
    agreements = session.scalars(select(Agreement)).all()
    assert len(agreements) == 1
    agreement = agreements[0]
    assert agreement.name == "Samverkansöverenskommelse 2023–2026"
    assert (agreement.start_date, agreement.end_date) == (date(2023, 1, 1), date(2026, 12, 31))
    assert agreement_in_force(session=session, on=date(2026, 3, 3)).id == agreement.id
    goals = session.scalars(
        select(AgreementGoal.text)
        .where(AgreementGoal.agreement_id == agreement.id)
        .order_by(AgreementGoal.position)
    ).all()
    assert len(goals) == 7
    assert goals == _json("agreement_2023_2026.json")["goals"]


def test_the_ten_focus_areas_come_in_the_agreements_order(session: Session) -> None:
    agreement = session.scalars(select(Agreement)).one()
    areas = focus_areas(session=session, agreement_id=agreement.id)
    assert [a.name for a in areas] == FOCUS_AREA_NAMES
    expected_sections = [a["section"] for a in _json("agreement_2023_2026.json")["focus_areas"]]
    assert [a.section for a in areas] == expected_sections


def test_every_bilaga_1_row_is_loaded_word_for_word(session: Session) -> None:
    data = _json("agreement_2023_2026.json")
    agreement = session.scalars(select(Agreement)).one()
    areas = focus_areas(session=session, agreement_id=agreement.id)
    assert len(areas) == len(data["focus_areas"])
    for area, expected in zip(areas, data["focus_areas"], strict=True):
        rows = session.scalars(
            select(PlanActivity)
            .where(PlanActivity.focus_area_id == area.id)
            .order_by(PlanActivity.position)
        ).all()
        assert [(r.activity, r.measure, r.follow_up, r.goal) for r in rows] == [
            (e["activity"], e["measure"], e["follow_up"], e["goal"]) for e in expected["plan"]
        ], area.name
    total = sum(len(a["plan"]) for a in data["focus_areas"])
    assert session.scalar(select(func.count()).select_from(PlanActivity)) == total == 20


def test_sources_and_categories_are_listed_in_seed_order(session: Session) -> None:
    assert [(s.name, s.from_agreement) for s in reference.sources(session=session)] == [
        (s["name"], s["from_agreement"]) for s in _json("sources.json")
    ]
    assert [c.name for c in reference.categories(session=session)] == [
        c["name"] for c in _json("categories.json")
    ]


def test_organisations_and_places_are_all_there(session: Session) -> None:
    organisations = reference.organisations(session=session)
    assert {(o.name, o.kind) for o in organisations} == {
        (o["name"], o["kind"]) for o in _json("organisations.json")
    }
    assert len(organisations) == len(_json("organisations.json"))
    assert all(o.active for o in organisations)
    places = reference.places(session=session)
    assert {(p.name, p.kind) for p in places} == {
        (p["name"], p["kind"]) for p in _json("places.json")
    }
    assert {"Trelleborg centrum", "Anderslöv", "Skegrie", "Hamnen"} <= {p.name for p in places}


def test_seeding_again_adds_nothing(session: Session) -> None:
    assert is_seeded(session=session)
    before = _counts(session)
    assert seed_if_needed(session=session) is False
    session.flush()
    assert _counts(session) == before


def test_reopening_the_database_adds_nothing(engine: Engine, db_path: Path) -> None:
    with session_scope(engine) as session:
        before = _counts(session)
    engine.dispose()
    reopened = open_database(db_path)
    try:
        with session_scope(reopened) as session:
            assert _counts(session) == before
    finally:
        reopened.dispose()


@pytest.mark.sqlite_only("reopens the file")
def test_renamed_and_deleted_organisations_stay_so_after_reopening(
    engine: Engine, db_path: Path
) -> None:
    with session_scope(engine) as session:
        by_name = {o.name: o for o in reference.organisations(session=session)}
        reference.save_organisation(
            session=session,
            organisation_id=by_name["Tullverket"].id,
            name="Tullverket Trelleborg",
            kind="extern",
        )
        reference.delete_organisation(session=session, organisation_id=by_name["Trafikverket"].id)
        reference.delete_place(
            session=session,
            place_id=next(p.id for p in reference.places(session=session) if p.name == "Skare"),
        )
    engine.dispose()

    for _ in range(2):
        reopened = open_database(db_path)
        try:
            with session_scope(reopened) as session:
                names = {
                    o.name for o in reference.organisations(session=session, include_inactive=True)
                }
                places = {p.name for p in reference.places(session=session, include_inactive=True)}
        finally:
            reopened.dispose()
        assert "Tullverket Trelleborg" in names
        assert "Tullverket" not in names
        assert "Trafikverket" not in names
        assert "Skare" not in places
