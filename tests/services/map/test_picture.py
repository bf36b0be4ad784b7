"""The map as a reader sees it: the kommun, markers sized by count, and everything a
printed map needs to be read (legend, scale, north, the boundaries' source)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from matplotlib.collections import PathCollection
from matplotlib.figure import Figure

from est_desktop.services.lagesbild import LagesbildFilter
from est_desktop.services.map.counts import IncidentMap, MapPlace, Unplaced
from est_desktop.services.map.look import MapLook
from est_desktop.services.map.outline import municipality
from est_desktop.services.map.picture import map_figure, map_png, place_ids_of

SHOTS = Path(__file__).resolve().parents[3] / "test-output"
NOVEMBER = LagesbildFilter(date(2026, 11, 1), date(2026, 11, 30))
TRELLEBORG = municipality("1287")


def _map(places: list[tuple[int, str, float, float, int]], **changes) -> IncidentMap:
    total = sum(p[4] for p in places) or 1
    placed = tuple(
        MapPlace(i, name, lat, lon, (), count, count / total) for i, name, lat, lon, count in places
    )
    return IncidentMap(
        changes.get("filter", NOVEMBER),
        TRELLEBORG,
        placed,
        changes.get("unplaced", ()),
    )


SPREAD = [
    (1, "Anderslöv", 55.4385, 13.3226, 40),
    (2, "Skegrie", 55.4170, 13.0640, 12),
    (3, "Smygehamn", 55.3442, 13.3625, 3),
]
TOWN = [
    (10, "Trelleborg centrum", 55.3762, 13.1577, 30),
    (11, "Stortorget", 55.3754, 13.1575, 9),
    (12, "Resecentrum", 55.3726, 13.1555, 8),
    (13, "Hamnen", 55.3665, 13.1470, 5),
]


def _texts(figure: Figure) -> list[str]:
    found = [t.get_text() for t in figure.texts]
    for axes in figure.axes:
        found += [t.get_text() for t in axes.texts]
        found.append(axes.get_title(loc="left"))
        legend = axes.get_legend()
        if legend is not None:
            found.append(legend.get_title().get_text())
            found += [t.get_text() for t in legend.get_texts()]
    return found


def _markers(figure: Figure) -> list[PathCollection]:
    return [
        c
        for axes in figure.axes
        for c in axes.collections
        if isinstance(c, PathCollection) and place_ids_of(c.get_gid())
    ]


def test_a_printed_map_has_legend_scale_north_and_source() -> None:
    figure = map_figure(_map(SPREAD))
    texts = _texts(figure)
    assert "Händelser på kartan" in texts
    assert "Händelser per plats" in texts  # the legend of marker sizes
    assert any(t.endswith(" km") for t in texts)  # the scale bar
    assert "N" in texts  # the north arrow
    assert any("Kommungräns: SCB" in t for t in texts)
    assert any("Sekretessmarkerade händelser ingår inte" in t.replace("\n", " ") for t in texts)


def test_markers_grow_with_the_count_and_name_their_places() -> None:
    figure = map_figure(_map(SPREAD))
    (markers,) = _markers(figure)
    assert place_ids_of(markers.get_gid()) == [1, 2, 3]
    sizes = list(markers.get_sizes())
    assert sizes[0] > sizes[1] > sizes[2]
    texts = _texts(figure)
    assert {"Anderslöv 40", "Skegrie 12", "Smygehamn 3"} <= set(texts)


def test_crowded_places_get_a_detail_map_of_their_own() -> None:
    figure = map_figure(_map(TOWN + SPREAD))
    layers = _markers(figure)
    assert len(layers) == 2  # the whole kommun, and the detail of the town
    detail = min(layers, key=lambda layer: len(place_ids_of(layer.get_gid())))
    assert sorted(place_ids_of(detail.get_gid())) == [10, 11, 12, 13]
    texts = _texts(figure)
    assert "Utsnitt (streckad ruta)" in texts
    for label in ("Trelleborg centrum 30", "Stortorget 9", "Resecentrum 8", "Hamnen 5"):
        assert label in texts
    SHOTS.mkdir(exist_ok=True)
    (SHOTS / "map_print.png").write_bytes(map_png(_map(TOWN + SPREAD)))


def test_places_without_a_position_are_said_to_be_missing() -> None:
    figure = map_figure(_map(SPREAD, unplaced=(Unplaced(7, "Gamla busstationen", 6),)))
    text = " ".join(t.replace("\n", " ") for t in _texts(figure))
    assert "Totalt 61 händelser" in text
    assert "6 på 1 plats utan läge syns inte på kartan" in text


def test_a_map_with_confidential_incidents_does_not_claim_to_leave_them_out() -> None:
    ticked = LagesbildFilter(date(2026, 11, 1), date(2026, 11, 30), include_confidential=True)
    texts = " ".join(_texts(map_figure(_map(SPREAD, filter=ticked))))
    assert "Sekretessmarkerade" not in texts


def test_an_empty_map_still_shows_the_kommun_and_says_so() -> None:
    figure = map_figure(_map([]))
    assert "Inga händelser" in _texts(figure)
    assert _markers(figure) == []
    assert figure.axes[0].patches  # the kommun's outline


def test_the_projector_map_is_larger_in_every_way() -> None:
    printed = map_figure(_map(SPREAD))
    projected = map_figure(_map(SPREAD), look=MapLook.for_projector(12, 7))
    assert projected.get_figwidth() > printed.get_figwidth()
    printed_label = next(t for t in printed.axes[0].texts if t.get_text() == "Anderslöv 40")
    projected_label = next(t for t in projected.axes[0].texts if t.get_text() == "Anderslöv 40")
    assert projected_label.get_fontsize() >= 2 * printed_label.get_fontsize()


def test_the_map_is_a_sharp_picture_for_word() -> None:
    png = map_png(_map(SPREAD))
    assert png.startswith(b"\x89PNG")
    width = int.from_bytes(png[16:20], "big")
    assert width >= 1300  # 6.7 inches at 200 dpi
