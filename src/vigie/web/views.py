"""What every page shows, as plain dicts: the JSON API returns them, the templates render them.

Each `*_page` function reads the store and returns JSON-ready data; nothing here
knows about HTTP or HTML. Items hidden by a correction are left out of every
view (the corrections page and the export still show them). Long lists are cut
to named limits and say so (`truncated`), so a page stays fast on a big story.
"""
from __future__ import annotations

import json
import unicodedata
from collections import Counter, defaultdict
from pathlib import PurePath
from typing import Any, Collection, Iterable

from vigie.corpus.boilerplate import opening_words, site_lines, without_repeated
from vigie.corpus.quoted import UNATTRIBUTED, speaker_label
from vigie.corpus.series import points_by_source
from vigie.store import Store
from vigie.store.corrections import ACTIONS, corrections_for, list_corrections
from vigie.store.sqlite import fts_query
from vigie.web import charts

# How much of each list a page shows; the JSON says when a list was cut.
MAX_STORIES = 500
MAX_ENTITIES = 300
MAX_ACTORS = 40
MAX_QUOTES = 500
MAX_QUOTES_PER_SPEAKER = 25
MAX_MENTIONS = 300
MAX_FIGURE_POINTS = 400
MAX_EVENTS = 200
MAX_HITS = 50
MAX_FACET_VALUES = 20
# Characters of context shown on each side of a mention.
CONTEXT_CHARS = 70
# Markers FTS5 puts around matched words in a snippet; control characters never found in stored text.
HIT_OPEN, HIT_CLOSE = "\x02", "\x03"
_PLURALS = {"timex": "timexes", "quote": "quotes", "figure": "figures", "event": "events", "story": "stories"}


def overview_page(store: Store) -> dict[str, Any]:
    """Counts of everything stored, the largest stories and the latest runs."""
    db = store.db
    counts = {"documents": store.document_count(),
              "entities": db.execute("SELECT count(*) FROM entities").fetchone()[0],
              "corrections": db.execute("SELECT count(*) FROM corrections").fetchone()[0]}
    for kind, count in db.execute("SELECT kind, count(*) FROM items GROUP BY kind"):
        counts[_PLURALS.get(kind, kind)] = count
    runs = [{"id": r["id"], "started": r["started"], "finished": r["finished"], "command": r["command"],
             "counts": json.loads(r["counts"])}
            for r in db.execute("SELECT * FROM runs ORDER BY id DESC LIMIT 5")]
    return {"counts": counts, "stories": stories_page(store)["stories"][:10], "runs": runs}


# Stories

def stories_page(store: Store) -> dict[str, Any]:
    """Every story with its size, first and last dates, and when it last grew."""
    spans = {r[0]: r[1:] for r in store.db.execute(
        "SELECT sd.story_id, count(*), min(d.published_date), max(d.published_date), max(d.added)"
        " FROM story_documents sd JOIN documents d ON d.id = sd.doc_id GROUP BY sd.story_id")}
    stories = []
    for story_id, head in _story_heads(store).items():
        if story_id in spans:
            size, first, last, updated = spans[story_id]
        else:
            docs = _story_doc_ids(store, story_id, store.story_outline(story_id) or {})
            size, (first, last, updated) = len(docs), _doc_span(store, docs)
        stories.append({"id": story_id, "title": head["title"], "size": size, "first": first, "last": last,
                        "updated": updated, "episodes": head["episodes"], "corrected": head["corrected"]})
    stories.sort(key=lambda s: (-s["size"], s["id"]))
    return {"stories": stories[:MAX_STORIES], "total": len(stories), "truncated": len(stories) > MAX_STORIES}


def story_page(store: Store, story_id: str) -> dict[str, Any] | None:
    """One story: timeline, episodes, events, figure series, quotes by speaker, actors, map and documents."""
    data = store.item("story", story_id)
    if data is None or data.get("hidden"):
        return None
    doc_ids = _story_doc_ids(store, story_id, data)
    documents = _document_rows(store, doc_ids)
    by_id = {d["id"]: d for d in documents}
    first, last, updated = _doc_span(store, doc_ids)
    # Quotes of a teaser the site's pages repeat weeks apart are page boilerplate, not the story's.
    quotes = without_repeated(_visible(_items_of_docs(store, "quote", doc_ids)), text=lambda q: q.get("text"),
                              doc=lambda q: q.get("doc"), published=lambda q: by_id.get(q.get("doc"), {}).get("date"))
    figures = _visible(_items_of_docs(store, "figure", doc_ids))
    events, events_total = _top_events(store, doc_ids)
    actors = _actors(store, doc_ids)
    return {
        "story": {"id": story_id, "title": _story_title(story_id, data), "size": len(doc_ids), "first": first,
                  "last": last, "updated": updated, "corrected": bool(data.get("corrected"))},
        "timeline": [_timeline_entry(e, by_id) for e in data.get("timeline") or []],
        "episodes": list(data.get("episodes") or []),
        "events": [_event_row(e, by_id) for e in events],
        "events_total": events_total,
        "figures": (story_series(data["series"], figures, by_id) if data.get("series")
                    else figure_series(figures, by_id)),
        "quotes_by_speaker": _quotes_by_speaker(quotes, by_id),
        "quotes_total": len(quotes),
        "actors": [a for a in actors if a["type"] != "place"][:MAX_ACTORS],
        "places": [a for a in actors if a["type"] == "place"][:MAX_ACTORS],
        "map": charts.map_points(_map_places(actors)),
        "documents": documents,
        "corrections": corrections_for(store, f"story:{story_id}"),
    }


def _map_places(actors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One dot per located spot: places at the same coordinates (one per article before merging) add up."""
    spots: dict[tuple[float, float], dict[str, Any]] = {}
    for a in actors:
        geo = a.get("geo") or {}
        if a["type"] != "place" or geo.get("lat") is None or geo.get("lon") is None:
            continue
        key = (round(geo["lat"], 3), round(geo["lon"], 3))
        spot = spots.setdefault(key, {"id": a["id"], "name": a["name"], "count": 0, "lat": geo["lat"],
                                      "lon": geo["lon"], "country": geo.get("country")})
        spot["count"] += a["mentions"]
    return list(spots.values())


def _story_heads(store: Store) -> dict[str, dict[str, Any]]:
    """Title, episode count and correction mark of every visible story, read without decoding whole records."""
    rows = store.db.execute(
        "SELECT id, coalesce(json_extract(data, '$.title'), json_extract(data, '$.label'),"
        " json_extract(data, '$.name')), json_extract(data, '$.hidden'),"
        " coalesce(json_array_length(data, '$.episodes'), 0), json_extract(data, '$.corrected')"
        " FROM items WHERE kind = 'story' ORDER BY rowid")
    return {r[0]: {"title": str(r[1] or r[0]), "episodes": r[3], "corrected": bool(r[4])} for r in rows if not r[2]}


def _story_title(story_id: str, data: dict[str, Any]) -> str:
    return str(data.get("title") or data.get("label") or data.get("name") or story_id)


def _story_doc_ids(store: Store, story_id: str, data: dict[str, Any]) -> list[str]:
    """The story's documents: its rows in story_documents, else the ids its record lists."""
    docs = [r[0] for r in store.db.execute("SELECT doc_id FROM story_documents WHERE story_id = ?", (story_id,))]
    if docs:
        return docs
    listed = [d if isinstance(d, str) else (d or {}).get("id") or (d or {}).get("doc")
              for d in data.get("documents") or []]
    return [d for d in listed if isinstance(d, str)]


def _doc_span(store: Store, doc_ids: list[str]) -> tuple[str | None, str | None, str | None]:
    row = store.db.execute("SELECT min(published_date), max(published_date), max(added) FROM documents"
                           " WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(doc_ids),)).fetchone()
    return row[0], row[1], row[2]


def _timeline_entry(entry: dict[str, Any], docs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    sources = []
    for s in entry.get("sources") or []:
        if isinstance(s, str):
            s = {"doc": s}
        doc = docs.get(s.get("doc"), {})
        sources.append({**s, "title": doc.get("title"), "outlet": doc.get("source"), "date": doc.get("date")})
    summary = entry.get("summary")
    if isinstance(summary, list):
        summary = " ".join(str(x) for x in summary)
    return {"date": entry.get("date"), "end": entry.get("end"), "summary": summary, "sources": sources}


def _top_events(store: Store, doc_ids: list[str]) -> tuple[list[dict[str, Any]], int]:
    """The story's best-attested events (most sources first, then earliest), in date order, and how many there are.

    Events are many (a dozen per article): they are ranked on two fields read by
    SQLite, and only the kept ones are decoded.
    """
    ranked = store.db.execute(
        "SELECT id, json_array_length(data, '$.sources'), json_extract(data, '$.earliest'),"
        " json_extract(data, '$.hidden') FROM items WHERE kind = 'event'"
        " AND doc_id IN (SELECT value FROM json_each(?))", (json.dumps(doc_ids),)).fetchall()
    ranked = [r for r in ranked if not r[3]]
    ranked.sort(key=lambda r: (-(r[1] or 0), r[2] or "9999", r[0]))
    keep = [r[0] for r in ranked[:MAX_EVENTS]]
    rows = store.db.execute("SELECT id, data FROM items WHERE kind = 'event' AND id IN"
                            " (SELECT value FROM json_each(?))", (json.dumps(keep),))
    events = [{**json.loads(r[1]), "id": r[0]} for r in rows]
    events.sort(key=lambda e: (e.get("earliest") or e.get("date") or "9999", e["id"]))
    return events, len(ranked)


def _event_row(event: dict[str, Any], docs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    sources = event.get("sources") or ([{"doc": event["doc"]}] if event.get("doc") else [])
    return {**event, "sources": [{**s, "outlet": docs.get(s.get("doc"), {}).get("source"),
                                  "title": docs.get(s.get("doc"), {}).get("title"),
                                  "date": docs.get(s.get("doc"), {}).get("date")}
                                 for s in sources if isinstance(s, dict)]}


# Figures

def figure_series(figures: list[dict[str, Any]], docs: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Figures grouped by what they count (category and unit), each point dated and sourced, with a chart.

    A point is dated by the day its figure refers to when that is a date, else by
    the day it was reported. In the chart, points of one source share a colour and
    a line joins only the reports of one source about the same scope (who, where, since when).
    Figures of no known category ("other") come last and without a chart: they count different things.
    """
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for f in figures:
        if f.get("hypothetical") or f.get("value") is None:
            continue
        doc = docs.get(f.get("doc"), {})
        when = f.get("when")
        groups[(f.get("category") or "other", f.get("unit") or "")].append({
            "id": f.get("id"), "date": when if _is_iso_date(when) else doc.get("date"), "period": when,
            "value": f["value"], "low": f.get("low"), "high": f.get("high"), "approx": bool(f.get("approx")),
            "text": f.get("text"), "where": f.get("where"), "who": f.get("who"),
            "source": ((f.get("source") or {}).get("text")) or doc.get("source"),
            "source_entity": (f.get("source") or {}).get("entity"),
            "doc": f.get("doc"), "outlet": doc.get("source"), "doc_title": doc.get("title"),
            "doc_date": doc.get("date"), "start": f.get("start"), "end": f.get("end"),
            "corrected": bool(f.get("corrected"))})
    series = []
    for (category, unit), points in sorted(groups.items(), key=lambda kv: (kv[0][0] == "other", -len(kv[1]), kv[0])):
        points.sort(key=lambda p: (p["date"] or "9999", p["value"]))
        shown = points[:MAX_FIGURE_POINTS]
        lines: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for p in shown:
            source = p["source"] or "unknown source"
            since = None if _is_iso_date(p["period"]) else p["period"]
            scope = " / ".join(str(v) for v in (p["who"], p["where"], since) if v)
            lines[(source, scope)].append(p)
        chart_lines = [{"label": source, "scope": scope, "points": pts} for (source, scope), pts in sorted(lines.items())]
        series.append({"category": category, "unit": unit or None, "points": shown, "total": len(points),
                       "sources": sorted({p["source"] or "unknown source" for p in shown}),
                       "chart": charts.line_chart(chart_lines if category != "other" else [])})
    return series


def story_series(series: list[dict[str, Any]], figures: list[dict[str, Any]],
                 docs: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """A story's own figure series (one measure each, with revisions), minus hidden figures, with charts."""
    visible = {f.get("id"): f for f in figures}
    out = []
    for s in series:
        points = []
        for p in s.get("points") or []:
            figure = visible.get(p.get("figure"))
            if figure is None:
                continue
            doc = docs.get(p.get("doc"), {})
            points.append({"id": p.get("figure"), "date": p.get("date"), "period": s.get("since"),
                           "value": figure.get("value", p.get("value")), "low": p.get("low"), "high": p.get("high"),
                           "approx": bool(p.get("approx")), "text": p.get("text"), "who": None, "where": None,
                           "source": p.get("source") or p.get("outlet"), "source_entity": p.get("source_entity"),
                           "doc": p.get("doc"), "outlet": p.get("outlet") or doc.get("source"),
                           "doc_title": doc.get("title"), "doc_date": doc.get("date"), "start": p.get("start"),
                           "end": p.get("end"), "change": p.get("change"), "revises": p.get("revises"),
                           "corrected": bool(figure.get("corrected"))})
        if not points:
            continue
        by_source = points_by_source(points, lambda p: "unknown source")
        out.append({"category": s.get("category") or "other", "unit": s.get("unit"), "label": s.get("label"),
                    "id": s.get("id"), "points": points[:MAX_FIGURE_POINTS], "total": len(points),
                    "sources": sorted(by_source),
                    "chart": charts.line_chart([{"label": k, "points": v} for k, v in sorted(by_source.items())])})
    return out


def _is_iso_date(value: Any) -> bool:
    return isinstance(value, str) and charts.day_number(value) is not None and value[:4].isdigit() and len(value) >= 7


def figures_page(store: Store, category: str | None = None, story: str | None = None) -> dict[str, Any]:
    """Every figure series of the corpus (or of one story), filtered to a category when asked."""
    if story:
        data = store.story_outline(story) or {}
        doc_ids = _story_doc_ids(store, story, data)
        figures = _visible(_items_of_docs(store, "figure", doc_ids))
    else:
        figures = _visible([{**json.loads(r[1]), "id": r[0]} for r in store.db.execute(
            "SELECT id, data FROM items WHERE kind = 'figure' ORDER BY rowid")])
    categories = Counter(f.get("category") or "other" for f in figures)
    if category:
        figures = [f for f in figures if (f.get("category") or "other") == category]
    docs = {d["id"]: d for d in _document_rows(store, sorted({f.get("doc") for f in figures if f.get("doc")}))}
    return {"category": category, "story": story, "categories": sorted(categories.items()),
            "series": figure_series(figures, docs)}


# Quotes

def _quotes_by_speaker(quotes: list[dict[str, Any]], docs: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    groups: dict[str, dict[str, Any]] = {}
    for q in quotes:
        speaker = q.get("speaker") or {}
        entity = speaker.get("entity")
        label = speaker.get("text") if entity else speaker_label(speaker, {})
        group = groups.setdefault(entity or label.casefold(), {"speaker": label, "entity": entity, "quotes": [], "count": 0})
        group["count"] += 1
        if len(group["quotes"]) < MAX_QUOTES_PER_SPEAKER:
            group["quotes"].append(_quote_row(q, docs))
    return sorted(groups.values(), key=lambda g: (g["speaker"] == UNATTRIBUTED, -g["count"], g["speaker"]))


def _quote_row(q: dict[str, Any], docs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    doc = docs.get(q.get("doc"), {})
    return {"id": q.get("id"), "doc": q.get("doc"), "start": q.get("start"), "end": q.get("end"),
            "text": q.get("text"), "kind": q.get("kind"), "verb": q.get("verb"), "speaker": q.get("speaker"),
            "outlet": doc.get("source"), "date": doc.get("date"), "doc_title": doc.get("title"),
            "corrected": bool(q.get("corrected"))}


def quotes_page(store: Store, speaker: str | None = None, q: str | None = None) -> dict[str, Any]:
    """Quotes of the corpus, filtered by speaker (a name, any spelling, or an entity id) and by words."""
    entities: list[dict[str, Any]] = []
    rows = store.db.execute("SELECT rowid, entity_id, json_extract(data, '$.speaker.text'), json_extract(data, '$.text'),"
                            " json_extract(data, '$.hidden') FROM items WHERE kind = 'quote' ORDER BY rowid").fetchall()
    rows = [r for r in rows if not r[4]]
    if speaker:
        wanted = _fold(speaker)
        entities = [e for e in _entity_rows(store) if e["id"] == speaker
                    or any(wanted in _fold(n) for n in [e["name"], *e.get("aliases", [])])]
        ids = {e["id"] for e in entities}
        rows = [r for r in rows if r[1] in ids or wanted in _fold(r[2] or "")]
    if q:
        words = _fold(q).split()
        rows = [r for r in rows if all(w in _fold(r[3] or "") for w in words)]
    total = len(rows)
    keep = [r[0] for r in rows[:MAX_QUOTES]]
    quotes = [{**json.loads(r[1]), "id": r[0]} for r in store.db.execute(
        "SELECT id, data FROM items WHERE rowid IN (SELECT value FROM json_each(?)) ORDER BY rowid",
        (json.dumps(keep),))]
    docs = {d["id"]: d for d in _document_rows(store, sorted({x.get("doc") for x in quotes if x.get("doc")}))}
    return {"speaker": speaker, "q": q, "total": total, "truncated": total > len(quotes),
            "speakers": [{"id": e["id"], "name": e["name"], "type": e["type"]} for e in entities],
            "quotes": [_quote_row(x, docs) for x in quotes]}


# Entities

def entities_page(store: Store, q: str | None = None, type: str | None = None) -> dict[str, Any]:
    """Entities by number of mentions, filtered by a name (any spelling) and a type."""
    counts = {r[0]: r[1:] for r in store.db.execute(
        "SELECT entity_id, count(*), count(DISTINCT doc_id) FROM mentions GROUP BY entity_id")}
    wanted = _fold(q) if q else None
    entities = []
    for e in _entity_rows(store):
        if (type and e["type"] != type) or (wanted and not any(wanted in _fold(n) for n in [e["name"], *e["aliases"]])):
            continue
        mentions, documents = counts.get(e["id"], (0, 0))
        entities.append({**e, "mentions": mentions, "documents": documents})
    entities.sort(key=lambda e: (-e["mentions"], e["name"]))
    return {"q": q, "type": type, "total": len(entities), "truncated": len(entities) > MAX_ENTITIES,
            "entities": entities[:MAX_ENTITIES]}


def entity_page(store: Store, entity_id: str) -> dict[str, Any] | None:
    """One entity: its names, roles, mentions in context, quotes, figures it sourced, stories and mentions over time."""
    row = store.db.execute("SELECT data FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if row is None:
        return None
    entity = json.loads(row[0])
    mentions = [dict(r) for r in store.db.execute(
        "SELECT m.doc_id AS doc, m.start, m.end, d.title, d.source, d.published_date AS date,"
        " substr(d.text, max(1, m.start - ? + 1), min(m.start, ?)) AS left,"
        " substr(d.text, m.start + 1, m.end - m.start) AS text,"
        " substr(d.text, m.end + 1, ?) AS right"
        " FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.entity_id = ?"
        " ORDER BY d.published_date, m.doc_id, m.start LIMIT ?",
        (CONTEXT_CHARS, CONTEXT_CHARS, CONTEXT_CHARS, entity_id, MAX_MENTIONS))]
    total = store.db.execute("SELECT count(*) FROM mentions WHERE entity_id = ?", (entity_id,)).fetchone()[0]
    quotes = _visible(_items_of_entity(store, "quote", entity_id))
    figures = _visible(_items_of_entity(store, "figure", entity_id))
    doc_ids = sorted({q.get("doc") for q in quotes + figures if q.get("doc")})
    docs = {d["id"]: d for d in _document_rows(store, doc_ids)}
    stories = [{"id": r[0], "documents": r[1]} for r in store.db.execute(
        "SELECT sd.story_id, count(DISTINCT sd.doc_id) FROM story_documents sd"
        " JOIN mentions m ON m.doc_id = sd.doc_id WHERE m.entity_id = ? GROUP BY sd.story_id"
        " ORDER BY 2 DESC", (entity_id,))]
    heads = _story_heads(store)
    stories = [{**s, "title": heads[s["id"]]["title"]} for s in stories if s["id"] in heads]
    months = [(r[0] or "undated", r[1]) for r in store.db.execute(
        "SELECT substr(d.published_date, 1, 7) AS month, count(*) FROM mentions m JOIN documents d"
        " ON d.id = m.doc_id WHERE m.entity_id = ? GROUP BY month ORDER BY month", (entity_id,))]
    return {
        "entity": {k: entity.get(k) for k in ("id", "type", "name", "aliases", "roles", "geo", "kb_id", "parent",
                                              "merged", "hidden")},
        "mentions": mentions, "mentions_total": total, "truncated": total > len(mentions),
        "quotes": [_quote_row(q, docs) for q in quotes[:MAX_QUOTES]], "quotes_total": len(quotes),
        "figures": [{**f, "outlet": docs.get(f.get("doc"), {}).get("source"),
                     "doc_title": docs.get(f.get("doc"), {}).get("title")} for f in figures[:MAX_QUOTES]],
        "stories": stories,
        "over_time": [{"month": m, "mentions": n} for m, n in months],
        "chart": charts.bar_chart(months),
        "similar": _similar_entities(store, entity),
        "corrections": corrections_for(store, f"entity:{entity_id}"),
    }


def merged_into(store: Store, entity_id: str) -> str | None:
    """The entity an id was merged into by a correction, if any."""
    row = store.db.execute("SELECT e.id FROM entities e, json_each(e.data, '$.merged') j WHERE j.value = ? LIMIT 1",
                           (entity_id,)).fetchone()
    return row[0] if row else None


def _similar_entities(store: Store, entity: dict[str, Any]) -> list[dict[str, Any]]:
    """Entities of the same type sharing a word of the name: the usual candidates for a merge."""
    words = {w for w in _fold(entity["name"]).replace("-", " ").split() if len(w) > 2}
    found = []
    for e in _entity_rows(store):
        if e["id"] == entity["id"] or e["type"] != entity["type"]:
            continue
        names = " ".join(_fold(n) for n in [e["name"], *e.get("aliases", [])]).replace("-", " ").split()
        if words & set(names):
            found.append({"id": e["id"], "name": e["name"], "type": e["type"]})
    return found[:MAX_ACTORS]


def _entity_rows(store: Store) -> list[dict[str, Any]]:
    """Every visible entity's id, name, type and aliases (its mentions are not read)."""
    rows = store.db.execute("SELECT id, name, type, json_extract(data, '$.aliases'), json_extract(data, '$.hidden')"
                            " FROM entities ORDER BY name")
    return [{"id": r[0], "name": r[1], "type": r[2], "aliases": json.loads(r[3] or "[]")} for r in rows if not r[4]]


def _actors(store: Store, doc_ids: list[str]) -> list[dict[str, Any]]:
    """Entities named in the documents, most mentioned first (counted before their records are read)."""
    counts = store.db.execute(
        "SELECT entity_id, count(*) AS n, count(DISTINCT doc_id) FROM mentions"
        " WHERE doc_id IN (SELECT value FROM json_each(?)) GROUP BY entity_id ORDER BY n DESC, entity_id",
        (json.dumps(doc_ids),)).fetchall()
    records = {r[0]: json.loads(r[1]) for r in store.db.execute(
        "SELECT id, data FROM entities WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps([c[0] for c in counts]),))}
    actors = []
    for entity_id, mentions, documents in counts:
        e = records.get(entity_id)
        if e is None or e.get("hidden"):
            continue
        actors.append({"id": entity_id, "name": e["name"], "type": e["type"], "mentions": mentions,
                       "documents": documents, "roles": e.get("roles") or [], "geo": e.get("geo")})
    return actors


# Documents

def documents_page(store: Store) -> dict[str, Any]:
    rows = store.db.execute("SELECT id, title, source, lang, published_date, path, url, added,"
                            f" {OPENING_SQL.format('')} FROM documents"
                            " ORDER BY published_date DESC, rowid LIMIT ?", (MAX_HITS * 10,))
    total = store.document_count()
    rows = rows.fetchall()
    titles = _doc_titles([(r[1], r[5], r[6], r[0], r[8], r[4]) for r in rows])
    docs = [{"id": r[0], "title": title, "source": r[2], "lang": r[3], "date": r[4], "added": r[7]}
            for r, title in zip(rows, titles)]
    return {"documents": docs, "total": total, "truncated": total > len(docs)}


def document_page(store: Store, doc_id: str) -> dict[str, Any] | None:
    """One document with its annotations (mentions, dates, quotes, figures) as highlighted segments."""
    doc = next(iter(store.documents([doc_id])), None)
    if doc is None:
        return None
    mentions = [dict(r) for r in store.db.execute(
        "SELECT m.entity_id AS entity, m.start, m.end, e.type, e.name FROM mentions m JOIN entities e"
        " ON e.id = m.entity_id WHERE m.doc_id = ? ORDER BY m.start", (doc_id,))]
    items = {kind: _visible_with_ids(store, kind, doc_id) for kind in ("timex", "quote", "figure")}
    annotations = ([{"kind": m["type"], "start": m["start"], "end": m["end"], "ref": m["entity"],
                     "label": m["name"]} for m in mentions]
                   + [{"kind": "timex", "start": t["start"], "end": t["end"], "ref": t["id"], "label": t.get("value")}
                      for t in items["timex"]]
                   + [{"kind": "quote", "start": q["start"], "end": q["end"], "ref": q["id"],
                       "label": ((q.get("speaker") or {}).get("text")) or "?"} for q in items["quote"]]
                   + [{"kind": "figure", "start": f["start"], "end": f["end"], "ref": f["id"],
                       "label": f"{f.get('category')}: {f.get('value')}"} for f in items["figure"]])
    stories = [{"id": r[0]} for r in store.db.execute(
        "SELECT story_id FROM story_documents WHERE doc_id = ?", (doc_id,))]
    heads = _story_heads(store)
    related = [{"doc": r.doc_b if r.doc_a == doc_id else r.doc_a, "relation": r.relation, "score": r.score}
               for r in store.relations(doc_id)]
    others = {d["id"]: d for d in _document_rows(store, [r["doc"] for r in related])}
    related = [{**r, "title": others.get(r["doc"], {}).get("title") or r["doc"],
                "outlet": others.get(r["doc"], {}).get("source"), "date": others.get(r["doc"], {}).get("date")}
               for r in related]
    return {
        "document": {"id": doc.id, "title": doc.title, "source": doc.source, "lang": doc.lang, "url": doc.url,
                     "name": _doc_title(doc.title, doc.path, doc.url, doc.id, doc.text,
                                        skip=_story_site_lines(store, [doc.id]) if not doc.title else ()),
                     "path": doc.path, "published": {"date": doc.published.date, "precision": doc.published.precision,
                                                     "provenance": doc.published.provenance}},
        "paragraphs": highlight(doc.text, doc.paragraphs, annotations, [start for start, _ in doc.sentences]),
        "annotations": annotations,
        "quotes": items["quote"], "figures": items["figure"], "timexes": items["timex"],
        "entities": _doc_entities(mentions),
        "stories": [{**s, "title": heads[s["id"]]["title"]} for s in stories if s["id"] in heads],
        "related": related,
        "corrections": corrections_for(store, f"document:{doc_id}"),
    }


def _story_site_lines(store: Store, doc_ids: list[str]) -> set[str]:
    """`site_lines` of the untitled documents of the stories of `doc_ids` (at most MAX_SITE_DOCUMENTS of
    them): how an untitled page is called in its story's document list, it is on its own page or in a search."""
    rows = store.db.execute(
        f"SELECT d.id, {OPENING_SQL.format('d.')}, d.published_date FROM documents d JOIN story_documents s"
        " ON s.doc_id = d.id WHERE d.title IS NULL AND s.story_id IN (SELECT story_id FROM story_documents"
        " WHERE doc_id IN (SELECT value FROM json_each(?))) LIMIT ?", (json.dumps(doc_ids), MAX_SITE_DOCUMENTS))
    return site_lines(rows)


def _doc_entities(mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for m in mentions:
        entry = seen.setdefault(m["entity"], {"id": m["entity"], "name": m["name"], "type": m["type"], "mentions": 0})
        entry["mentions"] += 1
    return sorted(seen.values(), key=lambda e: (-e["mentions"], e["name"]))


def highlight(text: str, paragraphs: list[tuple[int, int]], annotations: list[dict[str, Any]],
              anchors: Iterable[int] = ()) -> list[list[dict]]:
    """The text cut into paragraphs of segments; each segment lists the annotations covering it.

    Annotations may nest (a name inside a quote): every boundary cuts a segment,
    so the template never has to nest or close tags out of order. The offsets in
    `anchors` (the sentence starts, where timeline events point) cut too, and their
    segments are marked so the page can be opened right there.
    """
    anchors = set(anchors)
    spans = [a for a in annotations if isinstance(a.get("start"), int) and isinstance(a.get("end"), int)
             and 0 <= a["start"] < a["end"] <= len(text)]
    paragraphs = list(paragraphs) or [(0, len(text))]
    out = []
    for p_start, p_end in paragraphs:
        cuts = {p_start, p_end}
        inside = [a for a in spans if a["start"] < p_end and a["end"] > p_start]
        for a in inside:
            cuts.update(c for c in (a["start"], a["end"]) if p_start < c < p_end)
        cuts.update(c for c in anchors if p_start < c < p_end)
        bounds = sorted(cuts)
        segments = []
        for start, end in zip(bounds, bounds[1:]):
            covering = [{"kind": a["kind"], "ref": a["ref"], "label": a["label"]}
                        for a in inside if a["start"] <= start and a["end"] >= end]
            segments.append({"text": text[start:end], "start": start, "annotations": covering,
                             "anchor": start in anchors})
        out.append(segments)
    return out


# Search

def search_page(store: Store, q: str = "", lang: str | None = None, source: str | None = None,
                story: str | None = None, date_from: str | None = None, date_to: str | None = None,
                page: int = 1) -> dict[str, Any]:
    """Full-text search (every word, accents and case ignored) with facets by language, source, story and month."""
    where, args = [], []
    match = fts_query(q or "")
    if match:
        # The full-text match runs once; the count and the facets filter on its rows.
        rowids = [r[0] for r in store.db.execute("SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?",
                                                 (match,))]
        where.append("d.rowid IN (SELECT value FROM json_each(?))")
        args.append(json.dumps(rowids))
    for column, value in (("d.lang", lang), ("d.source", source)):
        if value:
            where.append(f"{column} = ?")
            args.append(value)
    if story:
        where.append("d.id IN (SELECT doc_id FROM story_documents WHERE story_id = ?)")
        args.append(story)
    if date_from:
        where.append("d.published_date >= ?")
        args.append(date_from)
    if date_to:
        where.append("substr(d.published_date, 1, ?) <= ?")
        args += [len(date_to), date_to]
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    total = store.db.execute(f"SELECT count(*) FROM documents d{clause}", args).fetchone()[0]
    page = max(1, page)
    offset = (page - 1) * MAX_HITS
    if match:
        rows = store.db.execute(
            "SELECT d.id, d.title, d.lang, d.source, d.published_date, d.path, d.url,"
            f" snippet(documents_fts, 1, '{HIT_OPEN}', '{HIT_CLOSE}', ' … ', 24) AS snippet, {OPENING_SQL.format('d.')}"
            " FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid"
            f" WHERE documents_fts MATCH ?{' AND ' + ' AND '.join(where[1:]) if len(where) > 1 else ''}"
            " ORDER BY bm25(documents_fts) LIMIT ? OFFSET ?", [match, *args[1:], MAX_HITS, offset])
    else:
        rows = store.db.execute(
            "SELECT d.id, d.title, d.lang, d.source, d.published_date, d.path, d.url, substr(d.text, 1, 200),"
            f" {OPENING_SQL.format('d.')} FROM documents d{clause} ORDER BY d.published_date DESC, d.rowid LIMIT ? OFFSET ?",
            [*args, MAX_HITS, offset])
    rows = rows.fetchall()
    untitled = [r[0] for r in rows if r[8]]
    titles = _doc_titles([(r[1], r[5], r[6], r[0], r[8], r[4]) for r in rows],
                         _story_site_lines(store, untitled) if untitled else set())
    hits = [{"id": r[0], "title": title, "lang": r[2], "source": r[3], "date": r[4],
             "snippet": _snippet_parts(r[7] or "")} for r, title in zip(rows, titles)]
    return {"q": q, "filters": {"lang": lang, "source": source, "story": story, "date_from": date_from,
                                "date_to": date_to},
            "total": total, "page": page, "pages": max(1, -(-total // MAX_HITS)), "hits": hits,
            "facets": _facets(store, clause, args)}


def _facets(store: Store, clause: str, args: list[Any]) -> dict[str, list[dict[str, Any]]]:
    def count(expr: str) -> list[dict[str, Any]]:
        rows = store.db.execute(f"SELECT {expr} AS v, count(*) AS n FROM documents d{clause} GROUP BY v"
                                " ORDER BY n DESC, v LIMIT ?", [*args, MAX_FACET_VALUES])
        return [{"value": r[0], "count": r[1]} for r in rows if r[0] is not None]

    stories = store.db.execute(
        f"SELECT sd.story_id, count(*) AS n FROM story_documents sd JOIN documents d ON d.id = sd.doc_id{clause}"
        " GROUP BY sd.story_id ORDER BY n DESC LIMIT ?", [*args, MAX_FACET_VALUES]).fetchall()
    heads = _story_heads(store)
    return {"lang": count("d.lang"), "source": count("d.source"),
            "story": [{"value": r[0], "label": heads[r[0]]["title"], "count": r[1]}
                      for r in stories if r[0] in heads],
            "month": sorted(count("substr(d.published_date, 1, 7)"), key=lambda f: f["value"], reverse=True)}


def _snippet_parts(snippet: str) -> list[dict[str, Any]]:
    """A snippet as [{text, hit}] parts, so the template escapes the text and marks the matched words."""
    parts = []
    for index, chunk in enumerate(snippet.replace(HIT_CLOSE, HIT_OPEN).split(HIT_OPEN)):
        if chunk:
            parts.append({"text": chunk, "hit": index % 2 == 1})
    return parts


# Corrections and ingestion

def corrections_page(store: Store) -> dict[str, Any]:
    corrections = list_corrections(store)
    corrections.reverse()
    return {"corrections": corrections, "actions": ACTIONS}


def ingest_page(store: Store) -> dict[str, Any]:
    runs = [{"id": r["id"], "started": r["started"], "finished": r["finished"], "command": r["command"],
             "sources": json.loads(r["sources"]), "counts": json.loads(r["counts"])}
            for r in store.db.execute("SELECT * FROM runs ORDER BY id DESC LIMIT 20")]
    return {"runs": runs}


# Helpers

def _items_of_docs(store: Store, kind: str, doc_ids: list[str]) -> list[dict[str, Any]]:
    rows = store.db.execute("SELECT id, data FROM items WHERE kind = ? AND doc_id IN"
                            " (SELECT value FROM json_each(?)) ORDER BY rowid", (kind, json.dumps(doc_ids)))
    return [{**json.loads(r[1]), "id": r[0]} for r in rows]


def _items_of_entity(store: Store, kind: str, entity_id: str) -> list[dict[str, Any]]:
    rows = store.db.execute("SELECT id, data FROM items WHERE kind = ? AND entity_id = ? ORDER BY rowid",
                            (kind, entity_id))
    return [{**json.loads(r[1]), "id": r[0]} for r in rows]


def _visible_with_ids(store: Store, kind: str, doc_id: str) -> list[dict[str, Any]]:
    rows = store.db.execute("SELECT id, data FROM items WHERE kind = ? AND doc_id = ? ORDER BY rowid", (kind, doc_id))
    return _visible([{**json.loads(r[1]), "id": r[0]} for r in rows])


def _visible(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [i for i in items if not i.get("hidden")]


def _document_rows(store: Store, doc_ids: list[str]) -> list[dict[str, Any]]:
    rows = store.db.execute(
        f"SELECT id, title, source, lang, published_date, url, path, added, {OPENING_SQL.format('')} FROM documents"
        " WHERE id IN (SELECT value FROM json_each(?)) ORDER BY published_date, id", (json.dumps(doc_ids),))
    rows = rows.fetchall()
    titles = _doc_titles([(r[1], r[6], r[5], r[0], r[8], r[4]) for r in rows])
    return [{"id": r[0], "title": title, "source": r[2], "lang": r[3], "date": r[4], "url": r[5], "added": r[7]}
            for r, title in zip(rows, titles)]


def _doc_title(title: str | None, path: str | None, url: str | None, doc_id: str, opening: str | None = None,
               skip: Collection[str] = ()) -> str:
    """What to call a document: its title, else the first words of its text (`opening`, read only for a
    document without title) less the lines in `skip`, else its file's name, else its URL, else its id."""
    return (title or opening_words(opening, skip=skip) or (PurePath(path).name if path else None) or url
            or doc_id)


def _doc_titles(rows: list[tuple[str | None, str | None, str | None, str, str | None, str | None]],
                site: Collection[str] = ()) -> list[str]:
    """What to call each document of a list of (title, path, url, id, opening, publication date) rows: as
    `_doc_title`, the opening lines the site of an untitled page repeats on other pages of the list (or
    that are in `site`) left out."""
    skip = site_lines((doc_id, opening, date) for _, _, _, doc_id, opening, date in rows if opening) | set(site)
    return [_doc_title(*row[:5], skip=skip) for row in rows]


# SQL giving the start of a document's text when it has no title, for `_doc_title`: enough for its first words
# after the lines a scraped page may open with (menus, teasers of other articles).
OPENING_SQL = "CASE WHEN {0}title IS NULL THEN substr({0}text, 1, 1000) END"
# Untitled documents of its stories read to tell the lines a page's site repeats, when it is shown alone.
MAX_SITE_DOCUMENTS = 300
def _fold(text: str) -> str:
    """Lower case without accents, so "Erdoğan" finds "Erdogan"."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
