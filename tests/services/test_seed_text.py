"""The seed data must be the signed agreement's text, word for word.

The reference is the PDF-to-text dump of the signed samverkansöverenskommelse
2023–2026, kept in tests/data/ so the check never depends on files outside
the repository. It is normalised the same way
for every check: words hyphenated across a line break are joined
("Underrättelse-\\ninformation" -> "Underrättelseinformation") and all runs of
whitespace become one space. Pure Python: no Qt, no database.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

SEED_DIR = Path(__file__).resolve().parents[2] / "resources" / "seed"
REFERENCE = (
    Path(__file__).resolve().parents[1]
    / "data"
    / "samverkansoverenskommelse-trelleborg-2023-2026.txt"
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

# Rows of each bilaga 1 table, as read from the reference (the expected table shape).
PLAN_ROW_COUNTS = {
    "Misshandel": 2,
    "Olaga hot och ofredande": 1,
    "Övrig stöld": 1,
    "Bedrägerier": 1,
    "Skadegörelse": 2,
    "Narkotika": 4,
    "Trafik": 3,
    "Ordningsstörningar": 1,
    "Kriminella nätverk": 3,
    "Hamnen": 2,
}

SECTIONS = {
    "Misshandel": "3.1 Brottsstatistik",
    "Olaga hot och ofredande": "3.1 Brottsstatistik",
    "Övrig stöld": "3.1 Brottsstatistik",
    "Bedrägerier": "3.1 Brottsstatistik",
    "Skadegörelse": "3.1 Brottsstatistik",
    "Narkotika": "3.2 Narkotika",
    "Trafik": "3.3 Trafik",
    "Ordningsstörningar": "3.4 Ordningsstörningar",
    "Kriminella nätverk": "3.5 Kriminella nätverk",
    "Hamnen": "3.6 Hamnen",
}

CELL_KEYS = ("activity", "measure", "follow_up", "goal")
TABLE_HEADER = "Aktivitet Åtgärd Uppföljning Mål/Effekt"
CATEGORY_BOX_TITLE = "Verktyg rapportera otrygga platser"


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"-[ \t]*\n", "", text)  # join words hyphenated across a line break
    return re.sub(r"\s+", " ", text).strip()


def load(name: str):
    return json.loads((SEED_DIR / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def reference() -> str:
    return normalise(REFERENCE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def agreement() -> dict:
    return load("agreement_2023_2026.json")


def paragraphs(cell: str) -> list[str]:
    return [p for p in cell.split("\n") if p]


def row_text(row: dict) -> str:
    """A table row as the dump prints it: cell by cell, paragraph by paragraph."""
    return " ".join(p for key in CELL_KEYS for p in paragraphs(row[key]))


def section_heading(section: str) -> str:
    number, title = section.split(" ", 1)
    return f"{number}. {title}"


# --- agreement: metadata and shape ------------------------------------------------------


def test_agreement_metadata(agreement):
    assert agreement["name"] == "Samverkansöverenskommelse 2023–2026"
    assert agreement["start_date"] == "2023-01-01"
    assert agreement["end_date"] == "2026-12-31"
    assert agreement["signed_on"] == "2023-04-24"


def test_agreement_metadata_in_reference(agreement, reference):
    assert agreement["name"] in reference
    assert "Trelleborg 2023-04-24" in reference  # signed on


def test_focus_area_names_in_order(agreement):
    assert [fa["name"] for fa in agreement["focus_areas"]] == FOCUS_AREA_NAMES


def test_focus_area_sections(agreement):
    assert {fa["name"]: fa["section"] for fa in agreement["focus_areas"]} == SECTIONS


def test_plan_row_counts(agreement):
    counts = {fa["name"]: len(fa["plan"]) for fa in agreement["focus_areas"]}
    assert counts == PLAN_ROW_COUNTS


def test_plan_rows_have_exactly_the_four_cells(agreement):
    for fa in agreement["focus_areas"]:
        for row in fa["plan"]:
            assert set(row) == set(CELL_KEYS), (fa["name"], row)
            for key in CELL_KEYS:
                cell = row[key]
                assert isinstance(cell, str)
                # Paragraphs are joined with one "\n"; nothing else but single spaces.
                assert cell == cell.strip(), (fa["name"], key, cell)
                assert "\n\n" not in cell and "  " not in cell and "\t" not in cell
            # Only the follow-up of a row may be left empty (Hamnen, second row).
            assert row["activity"] and row["measure"] and row["goal"], (fa["name"], row)


# --- agreement: word for word -----------------------------------------------------------


def test_each_goal_occurs_in_reference(agreement, reference):
    assert len(agreement["goals"]) == 7
    for goal in agreement["goals"]:
        assert goal in reference, goal


def test_goals_are_the_whole_bullet_list(agreement, reference):
    bullets = " ".join(f"• {goal}" for goal in agreement["goals"])
    expected = f"Övergripande mål för 2023–2026 {bullets} Denna samverkansöverenskommelse"
    assert expected in reference


def test_each_focus_area_name_occurs_in_reference(agreement, reference):
    for fa in agreement["focus_areas"]:
        assert fa["name"] in reference, fa["name"]


def test_focus_areas_are_the_agreement_list(agreement, reference):
    listed = " ".join(f"- {fa['name']}" for fa in agreement["focus_areas"])
    assert f"Fokusområden 2023 – 2026 {listed} För varje fokusområde" in reference


def test_each_plan_cell_paragraph_occurs_in_reference(agreement, reference):
    for fa in agreement["focus_areas"]:
        for row in fa["plan"]:
            for key in CELL_KEYS:
                for paragraph in paragraphs(row[key]):
                    assert paragraph in reference, (fa["name"], key, paragraph)


def test_each_plan_row_is_contiguous_in_reference(agreement, reference):
    for fa in agreement["focus_areas"]:
        for row in fa["plan"]:
            assert row_text(row) in reference, (fa["name"], row)


def test_bilaga_1_tables_are_reproduced_whole(agreement, reference):
    """Section 3 of bilaga 1, rebuilt from the seed, equals the reference text.

    This catches a changed, dropped, added or reordered word anywhere in the tables,
    not only inside one cell.
    """
    categories = [c["name"] for c in load("categories.json")]
    parts: list[str] = []
    previous_section = None
    for fa in agreement["focus_areas"]:
        if fa["section"] != previous_section:
            parts.append(section_heading(fa["section"]))
            previous_section = fa["section"]
        if fa["section"].startswith("3.1 "):
            parts.append(fa["name"])  # the 3.1 tables carry their own title
        else:
            assert fa["section"].endswith(" " + fa["name"])
        parts.append(TABLE_HEADER)
        parts.extend(row_text(row) for row in fa["plan"])
        if fa["name"] == "Misshandel":
            # The box with the reporting tool's categories is printed after this table.
            parts.append(CATEGORY_BOX_TITLE)
            parts.extend(categories)
    rebuilt = " ".join(parts)

    start = reference.index("3.1. Brottsstatistik")
    end = reference.index("4. Uppföljning och utvärdering")
    assert rebuilt == reference[start:end].strip()


# --- sources and categories -------------------------------------------------------------


def test_sources_from_agreement_word_for_word(reference):
    sources = load("sources.json")
    from_agreement = [s["name"] for s in sources if s["from_agreement"]]
    assert len(from_agreement) == 10
    assert from_agreement[0] == "Polisen trygghetsmätning"
    assert from_agreement[-1] == "Bevakningsbolag"
    for name in from_agreement:
        assert name in reference, name
    bullets = " ".join(f"• {name}" for name in from_agreement)
    assert f"informationskällor används: {bullets} 2.1. Brottsstatistik" in reference


def test_sources_shape():
    sources = load("sources.json")
    assert all(set(s) == {"name", "from_agreement"} for s in sources)
    assert all(isinstance(s["from_agreement"], bool) for s in sources)
    flags = [s["from_agreement"] for s in sources]
    assert flags == sorted(flags, reverse=True), "agreement sources come first"
    assert [s["name"] for s in sources if not s["from_agreement"]] == [
        "Skola",
        "Bostadsbolag",
        "Rapportering av otrygga platser",
    ]
    names = [s["name"] for s in sources]
    assert len(names) == len(set(names))


def test_categories_word_for_word(reference):
    categories = load("categories.json")
    assert all(set(c) == {"name"} for c in categories)
    names = [c["name"] for c in categories]
    assert len(names) == 7 and len(set(names)) == 7
    for name in names:
        assert name in reference, name
    assert f"{CATEGORY_BOX_TITLE} {' '.join(names)} Olaga hot och ofredande" in reference


# --- organisations and places -----------------------------------------------------------


def test_organisations_unique_and_valid_kinds():
    organisations = load("organisations.json")
    assert all(set(o) == {"name", "kind"} for o in organisations)
    names = [o["name"] for o in organisations]
    assert all(name and name == name.strip() for name in names)
    assert len(names) == len(set(names))
    assert {o["kind"] for o in organisations} <= {"forvaltning", "polis", "extern"}
    assert [o["name"] for o in organisations if o["kind"] == "polis"] == ["Polisen"]
    assert "Kommunledningsförvaltningen" in names  # named in the agreement's letterhead


def test_places_unique_and_valid_kinds():
    places = load("places.json")
    # Every seeded place is on the map from the start, at an approximate position.
    assert all(set(p) == {"name", "kind", "latitude", "longitude"} for p in places)
    assert all(55.3 < p["latitude"] < 55.6 and 12.9 < p["longitude"] < 13.6 for p in places)
    names = [p["name"] for p in places]
    assert all(name and name == name.strip() for name in names)
    assert len(names) == len(set(names))
    assert {p["kind"] for p in places} <= {"ort", "plats"}
    orter = [p["name"] for p in places if p["kind"] == "ort"]
    assert orter[0] == "Trelleborg"
    # The orter the agreement names (the trygghetsmätning's problem areas).
    assert {"Anderslöv", "Skegrie"} <= set(orter)
