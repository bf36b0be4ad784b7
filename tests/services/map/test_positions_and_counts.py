"""The map: places' positions typed and validated, merging places, and the map's counts."""

from __future__ import annotations

import json
from datetime import date, time

import pytest
from sqlmodel import Session, select

from est_desktop.errors import ValidationError
from est_desktop.models import AuditEntry, Incident, Organisation, Place, Source
from est_desktop.services import reference
from est_desktop.services.lagesbild import LagesbildFilter, incidents_per_place
from est_desktop.services.map import geo, outline, positions
from est_desktop.services.map.counts import incident_map, incidents_at

NOVEMBER = LagesbildFilter(date(2026, 11, 1), date(2026, 11, 30))


def _place(session: Session, name: str) -> Place:
    return session.exec(select(Place).where(Place.name == name)).one()


def _source(session: Session, name: str) -> int:
    return session.exec(select(Source.id).where(Source.name == name)).one()


def _incident(
    session: Session,
    day: date,
    place: str,
    *,
    confidential: bool = False,
    description: str = "Klotter på busskuren",
    source: str = "Trygghetsvärdarnas rapporter",
) -> Incident:
    incident = Incident(
        occurred_on=day,
        start_time=time(21, 30),
        place_id=_place(session, place).id,
        source_id=_source(session, source),
        reporting_organisation_id=session.exec(
            select(Organisation.id).where(Organisation.name == "Polisen")
        ).one(),
        description=description,
        confidential=confidential,
    )
    session.add(incident)
    session.flush()
    return incident


# --- typing a position ------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "55.3751, 13.1569",
        "55,3751 13,1569",  # Swedish decimal comma
        "55,3751, 13,1569",
        "55.3751;13.1569",
        "  55.3751\u00a0 13.1569 ",
        "55°22'30.4\"N 13°09'24.8\"E",  # as web maps show it
        "E 13.1569 N 55.3751",  # longitude named first
        "N 6138079 E 383209",  # SWEREF 99 TM, as the kommun's own maps give it
        "6138079, 383209",
    ],
)
def test_a_position_is_read_however_it_is_written(typed: str) -> None:
    latitude, longitude = geo.parse_position(typed)
    assert latitude == pytest.approx(55.3751, abs=0.0002)
    assert longitude == pytest.approx(13.1569, abs=0.0002)


def test_sweref_99_tm_matches_lantmateriets_projection_far_from_trelleborg() -> None:
    # Reference values from PROJ (EPSG:3006 → EPSG:4326): Stockholm and Kiruna.
    assert geo.sweref99tm_to_wgs84(6580743.01, 674571.87) == pytest.approx(
        (59.3293, 18.0686), abs=1e-6
    )
    assert geo.sweref99tm_to_wgs84(7536069.97, 719583.12) == pytest.approx(
        (67.8558, 20.2253), abs=1e-6
    )


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("Stortorget", geo.NOT_A_POSITION),
        ("55.3751", geo.NOT_A_POSITION),
        ("55.3751, 13.1569, 4", geo.NOT_A_POSITION),
        ("13.1569, 55.3751", geo.OUTSIDE_SWEDEN),  # swapped: in the Sahara
        ("55.6761, 12.5683", geo.OUTSIDE_SWEDEN),  # Copenhagen
        ("59.9139, 10.7522", geo.OUTSIDE_SWEDEN),  # Oslo
        ("60.0970, 19.9300", geo.OUTSIDE_SWEDEN),  # Mariehamn, Åland
        ("55.1000, 14.7000", geo.OUTSIDE_SWEDEN),  # Rønne, Bornholm
    ],
)
def test_a_position_outside_sweden_or_unreadable_is_refused(typed: str, message: str) -> None:
    with pytest.raises(ValidationError) as refused:
        geo.parse_position(typed)
    assert refused.value.errors == {"position": message}


@pytest.mark.parametrize(
    ("latitude", "longitude"),
    [
        (55.3375, 13.3590),  # Smygehuk, on the southernmost shore
        (55.9069, 12.6925),  # Ven, an island the simplified boundaries leave out
        (58.8900, 11.0100),  # Koster
        (67.8558, 20.2253),  # Kiruna
        (57.6348, 18.2948),  # Visby
    ],
)
def test_places_all_over_sweden_and_on_its_islands_are_accepted(
    latitude: float, longitude: float
) -> None:
    geo.check_in_sweden(latitude, longitude)


# --- saving positions and areas ------------------------------------------------------------


def test_a_saved_position_is_kept_and_in_the_change_log(session: Session) -> None:
    place = reference.save_place(session=session, name="Badplatsen Dalabadet")
    positions.save_position(session=session, place_id=place.id, position=(55.3671, 13.2035))
    session.commit()
    assert (_place(session, "Badplatsen Dalabadet").latitude, place.longitude) == (
        55.3671,
        13.2035,
    )
    changed = session.exec(
        select(AuditEntry).where(AuditEntry.entity == "place", AuditEntry.entity_id == place.id)
    ).all()
    assert any("latitude" in e.fields and "longitude" in e.fields for e in changed)


def test_a_position_outside_sweden_is_not_saved(session: Session) -> None:
    place = _place(session, "Hamnen")
    before = (place.latitude, place.longitude)
    with pytest.raises(ValidationError) as refused:
        positions.save_position(session=session, place_id=place.id, position=(55.6761, 12.5683))
    assert refused.value.errors == {"position": geo.OUTSIDE_SWEDEN}
    session.refresh(place)
    assert (place.latitude, place.longitude) == before


def test_a_place_can_be_taken_off_the_map(session: Session) -> None:
    place = _place(session, "Hamnen")
    positions.save_position(session=session, place_id=place.id, position=None)
    assert (place.latitude, place.longitude) == (None, None)


def test_an_area_needs_three_corners_in_sweden(session: Session) -> None:
    place = reference.save_place(session=session, name="Parken")
    with pytest.raises(ValidationError) as refused:
        positions.save_area(
            session=session, place_id=place.id, corners=[(55.37, 13.15), (55.38, 13.16)]
        )
    assert refused.value.errors == {"area": positions.AREA_TOO_SMALL}
    with pytest.raises(ValidationError):
        positions.save_area(
            session=session,
            place_id=place.id,
            corners=[(55.37, 13.15), (55.38, 13.16), (55.6761, 12.5683)],
        )
    corners = [(55.370, 13.150), (55.372, 13.150), (55.372, 13.153), (55.370, 13.153)]
    positions.save_area(session=session, place_id=place.id, corners=corners)
    assert positions.area_of(place) == tuple(corners)
    # Without a position of its own, the place sits in the middle of its area.
    assert (place.latitude, place.longitude) == (55.371, 13.1515)
    positions.save_area(session=session, place_id=place.id, corners=[])
    assert positions.area_of(place) == ()


def test_an_area_written_by_something_else_is_drawn_as_a_point(session: Session) -> None:
    place = _place(session, "Hamnen")
    place.area = "not json"
    assert positions.area_of(place) == ()


# --- the seeded places -------------------------------------------------------------------


def test_the_seeded_places_of_trelleborg_are_on_the_map_near_the_kommun(session: Session) -> None:
    kommun = outline.chosen_municipality(session=session)
    assert kommun.name == "Trelleborg"
    west, south, east, north = kommun.bounds
    seeded = json.loads(
        (reference_dir() / "places.json").read_text(encoding="utf-8")
    )  # every place the seed lists
    for row in seeded:
        place = _place(session, row["name"])
        assert place.latitude is not None, place.name
        # Within the kommun's extent, give or take the simplified coastline.
        assert south - 0.01 <= place.latitude <= north + 0.01, place.name
        assert west - 0.01 <= place.longitude <= east + 0.01, place.name


def reference_dir():
    from est_desktop.paths import resource_path

    return resource_path("seed")


def test_the_map_shows_another_kommun_when_chosen(session: Session) -> None:
    outline.choose_municipality(session=session, code="1280")
    assert outline.chosen_municipality(session=session).name == "Malmö"
    with pytest.raises(ValidationError):
        outline.choose_municipality(session=session, code="9999")
    assert outline.chosen_municipality(session=session).name == "Malmö"


def test_every_map_names_the_source_of_its_boundaries() -> None:
    assert outline.attribution() == "Kommungräns: SCB"
    assert len(outline.municipalities()) == 290


# --- merging places ----------------------------------------------------------------------


def test_merging_two_places_keeps_every_incident_and_logs_it(session: Session) -> None:
    typo = reference.save_place(session=session, name="Stortorgetr")
    kept = _place(session, "Stortorget")
    moved = [_incident(session, date(2026, 11, d), "Stortorgetr") for d in (3, 4)]
    _incident(session, date(2026, 11, 5), "Stortorget")
    session.commit()
    before = incidents_per_place(session=session, filter=NOVEMBER)

    merged = positions.merge_places(session=session, keep_id=kept.id, merge_id=typo.id)
    session.commit()

    assert (merged.moved_incidents, merged.removed_name) == (2, "Stortorgetr")
    assert session.get(Place, typo.id) is None
    after = incidents_per_place(session=session, filter=NOVEMBER)
    assert [(c.place, c.count) for c in after] == [("Stortorget", 3)]
    assert sum(c.count for c in before) == 3
    log = session.exec(
        select(AuditEntry).where(
            AuditEntry.entity == "incident", AuditEntry.entity_id.in_([i.id for i in moved])
        )
    ).all()
    assert sorted(e.entity_id for e in log if e.fields == "place_id") == sorted(i.id for i in moved)
    removed = session.exec(
        select(AuditEntry).where(AuditEntry.entity == "place", AuditEntry.entity_id == typo.id)
    ).all()
    assert [e.action for e in removed][-1] == "deleted"


def test_a_merged_place_gives_its_position_to_a_place_without_one(session: Session) -> None:
    new = reference.save_place(session=session, name="Nya torget")
    old = _place(session, "Stortorget")
    _incident(session, date(2026, 11, 3), "Stortorget")
    positions.merge_places(session=session, keep_id=new.id, merge_id=old.id)
    assert (new.latitude, new.longitude) == (55.3754, 13.1575)


def test_a_place_cannot_be_merged_with_itself(session: Session) -> None:
    place = _place(session, "Hamnen")
    with pytest.raises(ValidationError) as refused:
        positions.merge_places(session=session, keep_id=place.id, merge_id=place.id)
    assert refused.value.errors == {"": positions.MERGE_ITSELF}


# --- the map's numbers --------------------------------------------------------------------


def _november(session: Session) -> None:
    for day in (2, 3, 9, 16):
        _incident(session, date(2026, 11, day), "Trelleborg centrum")
    for day in (4, 5):
        _incident(session, date(2026, 11, day), "Anderslöv")
    _incident(session, date(2026, 11, 6), "Hamnen", confidential=True)
    _incident(session, date(2026, 11, 7), "Hamnen", source="Poliser i yttre tjänst")
    _incident(session, date(2026, 10, 31), "Smygehamn")  # the day before the period
    session.commit()


def test_the_maps_counts_are_the_lagesbilds(session: Session) -> None:
    _november(session)
    for filter in (
        NOVEMBER,
        LagesbildFilter(date(2026, 11, 1), date(2026, 11, 30), include_confidential=True),
        LagesbildFilter(
            date(2026, 11, 1),
            date(2026, 11, 30),
            source_ids=frozenset({_source(session, "Poliser i yttre tjänst")}),
        ),
        LagesbildFilter(date(2026, 10, 1), date(2026, 11, 5)),
    ):
        drawn = incident_map(session=session, filter=filter)
        counted = incidents_per_place(session=session, filter=filter)
        assert [(p.name, p.count) for p in drawn.placed] == [(c.place, c.count) for c in counted]
        assert drawn.total == sum(c.count for c in counted)


def test_confidential_incidents_are_on_the_map_only_when_ticked(session: Session) -> None:
    _november(session)
    hidden = incident_map(session=session, filter=NOVEMBER)
    assert {p.name: p.count for p in hidden.placed}["Hamnen"] == 1
    shown = incident_map(
        session=session,
        filter=LagesbildFilter(date(2026, 11, 1), date(2026, 11, 30), include_confidential=True),
    )
    assert {p.name: p.count for p in shown.placed}["Hamnen"] == 2
    hamnen = _place(session, "Hamnen").id
    listed = incidents_at(session=session, filter=NOVEMBER, place_id=hamnen)
    assert [i.confidential for i in listed] == [False]


def test_places_without_a_position_are_counted_as_missing_from_the_map(session: Session) -> None:
    _november(session)
    anderslov = _place(session, "Anderslöv")
    positions.save_position(session=session, place_id=anderslov.id, position=None)
    drawn = incident_map(session=session, filter=NOVEMBER)
    assert "Anderslöv" not in [p.name for p in drawn.placed]
    assert [(u.name, u.count) for u in drawn.unplaced] == [("Anderslöv", 2)]
    assert drawn.total == 7


def test_a_click_on_a_place_lists_its_incidents_newest_first(session: Session) -> None:
    _november(session)
    centrum = _place(session, "Trelleborg centrum").id
    listed = incidents_at(session=session, filter=NOVEMBER, place_id=centrum)
    assert [i.occurred_on.day for i in listed] == [16, 9, 3, 2]
    assert listed[0].description == "Klotter på busskuren"
    assert listed[0].source == "Trygghetsvärdarnas rapporter"
