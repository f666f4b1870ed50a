"""Maps without a tile server: country outlines shipped with vigie, places as dots, drawn as SVG.

`static/world.json` holds Natural Earth 1:110m country outlines (public domain),
rounded to 0.1 degree. A map is an equirectangular frame around its places: the
outlines of the countries it crosses become SVG paths in the frame's own units,
so the report needs nothing but the HTML file.
"""
from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from vigie.web.charts import LABEL_CHAR_WIDTH, boxes_overlap

# Degrees added around the places, so a lone place is not at the frame's edge.
MAP_PADDING_DEGREES = 2.0
# A frame is at least this many degrees wide and high: a city alone still shows its country.
MIN_EXTENT_DEGREES = 8.0
MAP_WIDTH = 640
# The frame is drawn around the places named by at least this share of the documents that
# name the most-cited place: a story about Idlib is not framed to include Washington.
FRAME_SHARE = 0.5
# A frame is at least this high for its width, so a wide frame is not a thin strip.
MIN_ASPECT = 0.5
# Places named on the map, those named by most documents first.
MAX_LABELS = 15


@cache
def countries() -> list[dict[str, Any]]:
    """Country outlines: {iso2, name, rings: [[[lon, lat], …], …], box: (west, south, east, north)}."""
    text = resources.files("vigie.report").joinpath("static", "world.json").read_text(encoding="utf-8")
    result = []
    for country in json.loads(text)["countries"]:
        points = [p for ring in country["rings"] for p in ring]
        if not points:
            continue
        box = (min(p[0] for p in points), min(p[1] for p in points),
               max(p[0] for p in points), max(p[1] for p in points))
        result.append({**country, "box": box})
    return result


def place_map(places: list[dict[str, Any]]) -> dict[str, Any] | None:
    """SVG geometry for places {name, lat, lon, country, count}: country paths, dots and labels.

    Returns None when no place has coordinates. Countries of the places are
    marked `home` so the template can tint them.
    """
    located = [p for p in places if p.get("lat") is not None and p.get("lon") is not None]
    if not located:
        return None
    top = max(p.get("count", 1) for p in located)
    framed = [p for p in located if p.get("count", 1) >= FRAME_SHARE * top]
    west = min(p["lon"] for p in framed) - MAP_PADDING_DEGREES
    east = max(p["lon"] for p in framed) + MAP_PADDING_DEGREES
    south = min(p["lat"] for p in framed) - MAP_PADDING_DEGREES
    north = max(p["lat"] for p in framed) + MAP_PADDING_DEGREES
    if east - west < MIN_EXTENT_DEGREES:
        middle = (east + west) / 2
        west, east = middle - MIN_EXTENT_DEGREES / 2, middle + MIN_EXTENT_DEGREES / 2
    if north - south < max(MIN_EXTENT_DEGREES, MIN_ASPECT * (east - west)):
        middle = (north + south) / 2
        half = max(MIN_EXTENT_DEGREES, MIN_ASPECT * (east - west)) / 2
        south, north = middle - half, middle + half
    scale = MAP_WIDTH / (east - west)
    height = round((north - south) * scale, 1)

    def xy(lon: float, lat: float) -> str:
        return f"{(lon - west) * scale:.1f},{(north - lat) * scale:.1f}"

    homes = {p.get("country") for p in located if p.get("country")}
    shapes = []
    for country in countries():
        w, s, e, n = country["box"]
        if e < west or w > east or n < south or s > north:
            continue
        path = " ".join("M" + " L".join(xy(lon, lat) for lon, lat in ring) + " Z" for ring in country["rings"])
        shapes.append({"name": country["name"], "path": path, "home": country.get("iso2") in homes})
    dots, labels = [], []
    inside = [p for p in located if west <= p["lon"] <= east and south <= p["lat"] <= north]
    for p in sorted(inside, key=lambda p: -p.get("count", 1)):
        x, y = ((p["lon"] - west) * scale, (north - p["lat"]) * scale)
        r = round(3 + 6 * (p.get("count", 1) / top) ** 0.5, 1)
        # a label that would cover the label of a place named more often is left to the dot's tooltip
        box = (x + r + 2, y - 7, x + r + 2 + LABEL_CHAR_WIDTH * len(p["name"]), y + 5)
        shown = len(labels) < MAX_LABELS and not any(boxes_overlap(box, other) for other in labels)
        if shown:
            labels.append(box)
        dots.append({"name": p["name"], "count": p.get("count", 1), "x": round(x, 1), "y": round(y, 1), "r": r,
                     "label": shown})
    return {"width": MAP_WIDTH, "height": height, "shapes": shapes, "dots": dots}
