"""Figure series: one measure (civilians killed in Idlib since December, people displaced…) followed over time.

Figures that count the same thing — same category and unit, same group counted
when it is a specific one (civilians, soldiers), same place, same starting point
("depuis début décembre") — form a series. Each point keeps its source (who gave
the number), its outlet, its document and its span; points are in the order they
were reported, and each says how it changed from the previous point and, when the
same source gave an earlier number, what it revised.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from typing import Any

from vigie.corpus.words import fold, stop_words
from vigie.export import figure_id
from vigie.lang import LANGUAGES, load
from vigie.model import Analysis
from vigie.nlp.namekey import skeleton

# Categories that are counts worth following; distances, percentages and "other" are not measures of a story.
SERIES_CATEGORIES = frozenset({"killed", "injured", "displaced", "refugees", "evacuated", "arrested", "troops",
                               "places", "population", "area", "money"})
# A series needs this many points to show an evolution.
MIN_POINTS = 2

_WORD = re.compile(r"[^\W\d_]+|\d+")


@cache
def _groups() -> tuple[frozenset[str], frozenset[str]]:
    """Folded nouns of specific counted groups, and generic ones ("people") that name no group."""
    specific, generic = set(), set()
    for lang in LANGUAGES:
        data = load(lang, "figures")
        specific |= {fold(w) for w in data.get("people_nouns", [])}
        generic |= {fold(w) for w in data.get("who_generic", [])}
    return frozenset(specific - generic), frozenset(generic)


def _who_key(who: str | None) -> str:
    if not who:
        return ""
    specific, _ = _groups()
    for word in _WORD.findall(fold(who)):
        if word in specific:
            return word.rstrip("s")
    return ""


def _when_key(when: str | None) -> str:
    if not when:
        return ""
    stop = stop_words()
    return " ".join(w for w in _WORD.findall(fold(when)) if w not in stop)


def measure_key(figure: dict[str, Any]) -> tuple[str, str, str, str, str]:
    """What a figure measures: (category, unit, group counted, place, starting point)."""
    return (figure.get("category") or "other", figure.get("unit") or "", _who_key(figure.get("who")),
            skeleton(figure["where"]) if figure.get("where") else "", _when_key(figure.get("when")))


def find_series(analyses: Iterable[Analysis], min_points: int = MIN_POINTS) -> list[dict[str, Any]]:
    """Series of figures measuring the same thing across documents, most reported first.

    Each series is {id, category, unit, who, where, since, label, documents, points}, each
    point {figure, doc, start, end, text, value, low, high, approx, date, source, outlet,
    change, revises}: `change` is the difference with the previous point, `revises` the
    value the same source gave before (None when it gave none).
    """
    points: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    labels: dict[tuple, dict[str, str | None]] = {}
    for analysis in analyses:
        doc = analysis.doc
        for index, figure in enumerate(analysis.figures):
            if figure.hypothetical or figure.category not in SERIES_CATEGORIES or figure.value is None:
                continue
            data = {"category": figure.category, "unit": figure.unit, "who": figure.who, "where": figure.where,
                    "when": figure.when}
            key = measure_key(data)
            labels.setdefault(key, {"who": figure.who if key[2] else None, "where": figure.where,
                                    "since": figure.when})
            source = figure.source.text if figure.source else None
            points[key].append({
                "figure": figure_id(doc.id, index), "doc": doc.id, "start": figure.start, "end": figure.end,
                "text": figure.text, "value": figure.value, "low": figure.low, "high": figure.high,
                "approx": figure.approx, "date": doc.published.date or doc.published.earliest,
                "source": source, "source_entity": figure.source.entity if figure.source else None,
                "outlet": doc.source,
            })
    result = []
    for key, members in points.items():
        if len(members) < min_points or len({p["doc"] for p in members}) < min_points:
            continue
        members.sort(key=lambda p: (p["date"] or "9999", p["doc"], p["start"]))
        _mark_revisions(members)
        category, unit, _, _, _ = key
        label = labels[key]
        result.append({
            "id": "fs-" + hashlib.sha1(repr(key).encode()).hexdigest()[:12],
            "category": category, "unit": unit or None, **label,
            "label": " · ".join(x for x in (category, label["who"], label["where"],
                                            f"since {label['since']}" if label["since"] else None) if x),
            "documents": sorted({p["doc"] for p in members}),
            "points": members,
        })
    result.sort(key=lambda s: (-len(s["points"]), s["label"]))
    return result


def _mark_revisions(points: list[dict[str, Any]]) -> None:
    last_by_source: dict[str, float] = {}
    previous = None
    for point in points:
        point["change"] = None if previous is None else point["value"] - previous
        who = point["source_entity"] or point["source"] or point["outlet"]
        point["revises"] = last_by_source.get(who) if who else None
        if point["revises"] == point["value"]:
            point["revises"] = None
        if who:
            last_by_source[who] = point["value"]
        previous = point["value"]
