"""Chart and map geometry computed on the server, drawn as SVG by the templates.

No chart library and no tile server: a figure series is a polyline over dates,
mentions over time are bars, and places are dots on an equirectangular grid of
their bounding box. Coordinates are in the SVG's own viewBox units.
"""
from __future__ import annotations

import datetime as dt
import math
from typing import Any

WIDTH, HEIGHT = 640, 240
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 56, 16, 12, 28
# Colours of successive series (and their legend), readable on white.
PALETTE = ("#b3261e", "#1f5fa8", "#2e7d32", "#8e44ad", "#c77700", "#00796b", "#5d4037", "#455a64")
# Degrees added around the places on a map, so a single place is not a point at the frame's edge.
MAP_PADDING_DEGREES = 1.5
MAP_WIDTH, MAP_HEIGHT = 640, 360
# Places farther than this (in degrees of latitude or longitude) from the centre of a story's places
# are listed beside the map instead of stretching it: roughly the size of a country at war and its neighbours.
FOCUS_DEGREES = 12
# Width of one character of a 10-px map label, to keep labels from overlapping.
LABEL_CHAR_WIDTH = 5.5
# Above this ratio between the largest and smallest value, a chart's value axis is logarithmic.
LOG_SCALE_SPREAD = 100


def day_number(date: str | None) -> int | None:
    """Days since 0001-01-01 of an ISO date cut to any precision (a month or year counts from its start)."""
    if not date:
        return None
    parts = date[:10].split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 1
        day = int(parts[2]) if len(parts) > 2 else 1
        return dt.date(year, month, day).toordinal()
    except (ValueError, IndexError):
        return None


def line_chart(series: list[dict[str, Any]]) -> dict[str, Any]:
    """SVG geometry for series of {label, points: [{date, value, …}]}: polylines, dots, axis ticks and legend.

    Series with the same label (one source reporting on several scopes) share a
    colour. The value axis turns logarithmic when values differ by more than
    LOG_SCALE_SPREAD times, so a toll of 17 stays visible next to one of 370,000.
    """
    dated = [(day_number(p["date"]), p) for s in series for p in s["points"]]
    dated = [(d, p) for d, p in dated if d is not None and p.get("value") is not None]
    if not dated:
        return {"width": WIDTH, "height": HEIGHT, "lines": [], "legend": [], "x_ticks": [], "y_ticks": []}
    first, last = min(d for d, _ in dated), max(d for d, _ in dated)
    values = [p["value"] for _, p in dated]
    top = max(values) or 1.0
    low = min(v for v in values if v > 0) if any(v > 0 for v in values) else 1.0
    log = top / low > LOG_SCALE_SPREAD
    bottom = 10 ** math.floor(math.log10(low)) if log else 0.0
    span = max(last - first, 1)

    def x(day: int) -> float:
        if first == last:
            return round((MARGIN_LEFT + WIDTH - MARGIN_RIGHT) / 2, 1)
        return round(MARGIN_LEFT + (day - first) / span * (WIDTH - MARGIN_LEFT - MARGIN_RIGHT), 1)

    def y(value: float) -> float:
        if log:
            share = (math.log10(max(value, bottom)) - math.log10(bottom)) / (math.log10(top) - math.log10(bottom))
        else:
            share = value / top
        return round(HEIGHT - MARGIN_BOTTOM - share * (HEIGHT - MARGIN_TOP - MARGIN_BOTTOM), 1)

    colours: dict[str, str] = {}
    lines = []
    for s in series:
        colour = colours.setdefault(s["label"], PALETTE[len(colours) % len(PALETTE)])
        points = sorted(((day_number(p["date"]), p) for p in s["points"]
                         if day_number(p["date"]) is not None and p.get("value") is not None),
                        key=lambda dp: dp[0])
        dots = [{"x": x(d), "y": y(p["value"]), "label": f"{p['date']}: {number(p['value'])}"
                 + (f" ({p['source']})" if p.get("source") else "")} for d, p in points]
        lines.append({"label": s["label"], "colour": colour, "dots": dots,
                      "path": " ".join(f"{d['x']},{d['y']}" for d in dots) if len(dots) > 1 else ""})
    days = sorted({first, (first + last) // 2, last})
    x_ticks = [{"x": x(d), "label": dt.date.fromordinal(d).isoformat(),
                "anchor": "start" if d == first and len(days) > 1 else "end" if d == last and len(days) > 1 else "middle"}
               for d in days]
    if log:
        ticks = [10 ** e for e in range(round(math.log10(bottom)), math.ceil(math.log10(top)) + 1) if 10 ** e <= top]
    else:
        ticks = [top * f for f in (0, 0.5, 1)]
    y_ticks = [{"y": y(v), "label": compact(v)} for v in ticks]
    return {"width": WIDTH, "height": HEIGHT, "lines": lines, "x_ticks": x_ticks, "y_ticks": y_ticks, "log": log,
            "legend": [{"label": k, "colour": v} for k, v in colours.items()],
            "left": MARGIN_LEFT, "bottom": HEIGHT - MARGIN_BOTTOM, "right": WIDTH - MARGIN_RIGHT}


def bar_chart(counts: list[tuple[str, int]]) -> dict[str, Any]:
    """SVG geometry for labelled counts in order (months, years): one bar each."""
    if not counts:
        return {"width": WIDTH, "height": HEIGHT, "bars": []}
    top = max(n for _, n in counts) or 1
    slot = (WIDTH - MARGIN_LEFT - MARGIN_RIGHT) / len(counts)
    bars = []
    for index, (label, n) in enumerate(counts):
        height = n / top * (HEIGHT - MARGIN_TOP - MARGIN_BOTTOM)
        bars.append({"x": round(MARGIN_LEFT + index * slot + slot * 0.1, 1), "width": round(slot * 0.8, 1),
                     "y": round(HEIGHT - MARGIN_BOTTOM - height, 1), "height": round(height, 1),
                     "label": label, "count": n})
    step = max(1, len(bars) // 6)
    return {"width": WIDTH, "height": HEIGHT, "bars": bars, "top": top,
            "labels": [b for i, b in enumerate(bars) if i % step == 0], "bottom": HEIGHT - MARGIN_BOTTOM}


def map_points(places: list[dict[str, Any]]) -> dict[str, Any]:
    """Dots for places with {name, lat, lon, count, …} on a grid framing the story's theatre.

    The frame holds the places within FOCUS_DEGREES of the mention-weighted centre
    (the median of latitudes and longitudes): a capital named once on another
    continent would otherwise shrink the theatre to a smudge. Places outside it are
    listed as `elsewhere`. Labels that would overlap a larger place's label are
    left to the dot's tooltip.
    """
    located = [p for p in places if p.get("lat") is not None and p.get("lon") is not None]
    if not located:
        return {"width": MAP_WIDTH, "height": MAP_HEIGHT, "dots": [], "grid": [], "elsewhere": []}
    centre_lat = _weighted_median([(p["lat"], p.get("count", 1)) for p in located])
    centre_lon = _weighted_median([(p["lon"], p.get("count", 1)) for p in located])
    inside = [p for p in located
              if abs(p["lat"] - centre_lat) <= FOCUS_DEGREES and abs(p["lon"] - centre_lon) <= FOCUS_DEGREES]
    elsewhere = sorted((p for p in located if p not in inside), key=lambda p: (-p.get("count", 1), p["name"]))
    west = min(p["lon"] for p in inside) - MAP_PADDING_DEGREES
    east = max(p["lon"] for p in inside) + MAP_PADDING_DEGREES
    south = min(p["lat"] for p in inside) - MAP_PADDING_DEGREES
    north = max(p["lat"] for p in inside) + MAP_PADDING_DEGREES
    # Keep degrees square so shapes of the area are not stretched.
    scale = min(MAP_WIDTH / (east - west), MAP_HEIGHT / (north - south))

    def xy(lat: float, lon: float) -> tuple[float, float]:
        return round((lon - west) * scale, 1), round((north - lat) * scale, 1)

    top = max(p.get("count", 1) for p in inside)
    dots, labels = [], []
    for p in sorted(inside, key=lambda p: (-p.get("count", 1), p["name"])):
        x, y = xy(p["lat"], p["lon"])
        r = round(3 + 7 * (p.get("count", 1) / top) ** 0.5, 1)
        box = (x + r + 2, y - 8, x + r + 2 + LABEL_CHAR_WIDTH * len(p["name"]), y + 4)
        shown = not any(boxes_overlap(box, other) for other in labels)
        if shown:
            labels.append(box)
        dots.append({**p, "x": x, "y": y, "r": r, "label": shown})
    step = _grid_step(max(east - west, north - south))
    grid = []
    lon = (west // step + 1) * step
    while lon < east:
        x, _ = xy(north, lon)
        grid.append({"x1": x, "y1": 0, "x2": x, "y2": round((north - south) * scale, 1), "label": f"{lon:g}°"})
        lon += step
    lat = (south // step + 1) * step
    while lat < north:
        _, y = xy(lat, west)
        grid.append({"x1": 0, "y1": y, "x2": round((east - west) * scale, 1), "y2": y, "label": f"{lat:g}°"})
        lat += step
    return {"width": round((east - west) * scale, 1), "height": round((north - south) * scale, 1),
            "dots": dots, "grid": grid, "elsewhere": elsewhere}


def _weighted_median(values: list[tuple[float, float]]) -> float:
    values = sorted(values)
    half, seen = sum(w for _, w in values) / 2, 0.0
    for value, weight in values:
        seen += weight
        if seen >= half:
            return value
    return values[-1][0]


def boxes_overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _grid_step(extent: float) -> float:
    for step in (0.5, 1, 2, 5, 10, 20, 30):
        if extent / step <= 8:
            return step
    return 45


def compact(value: float) -> str:
    """A short axis label: 370k, 1.2M, 3T (a trillion dollars)."""
    for size, suffix in ((1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= size:
            return f"{value / size:.3g}{suffix}"
    return f"{value:.3g}"


def number(value: float) -> str:
    """A value as people read it: 370 000, 12, 0.5."""
    return f"{value:,.0f}".replace(",", " ") if abs(value) >= 10 or value == int(value) else f"{value:.2g}"
