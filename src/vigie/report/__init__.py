"""The HTML report `vigie run` writes: one self-contained file that opens offline.

For each story: its episodes, its timeline (each entry linked to the highlighted
sentences that report it), its figure series with a chart of their evolution,
its figures with their sources, its quotes by speaker, its actors and a map of
its places (country outlines shipped with vigie, no tile server). Then every
document with its annotations highlighted. No script, font or style is loaded
from anywhere: charts and maps are inline SVG.

`report_data(export)` builds the dict the template renders (the report's JSON
twin) from a `vigie.export/1` object; `write_report(store, path)` does it all,
reading from the store only what the report shows.
"""
from __future__ import annotations

import datetime as dt
import html
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from vigie import __version__
from vigie.export import document_json
from vigie.model import Relation
from vigie.report.maps import place_map
from vigie.web.charts import line_chart

# Stories shown in full, largest first; the others are listed by title.
MAX_STORIES = 50
# Documents shown with their annotations, those of the largest stories first: a report of a
# large corpus stays openable (the web view browses the others).
MAX_DOCUMENTS = 500
# Figures and quotes listed per story.
MAX_FIGURES = 60
MAX_QUOTES_PER_SPEAKER = 8
MAX_SPEAKERS = 20
# Annotation kinds highlighted in documents, in the order their styles are layered.
ANNOTATION_KINDS = ("cited", "quote", "timex", "figure", "person", "organization", "place")


def write_report(store, path: str | Path) -> Path:
    """Write the HTML report of everything in `store` to `path`; returns the path written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_report(report_data(*_shown_part(store))), encoding="utf-8")
    return path


def _shown_part(store) -> tuple[dict[str, Any], dict[str, int]]:
    """The part of the store's export the report shows (every document and story, the
    quotes and figures of the stories shown, the time expressions of the documents shown),
    and the store's counts of every list."""
    relations: dict[str, list[Relation]] = defaultdict(list)
    for r in store.relations():
        relations[r.doc_a].append(r)
        relations[r.doc_b].append(r)
    documents = [document_json(d, relations.get(d.id, ())) for d in store.documents()]
    stories = store.items("story")
    shown, _ = _chosen_stories(stories)
    in_stories = list(dict.fromkeys(d for story in shown for d in story.get("documents", [])))
    annotated = _chosen_documents(shown, [d["id"] for d in documents])
    export = {
        "documents": documents,
        "entities": store.entities(),
        "stories": stories,
        "quotes": [q for d in dict.fromkeys(in_stories + annotated) for q in store.items("quote", doc_id=d)],
        "figures": [f for d in dict.fromkeys(in_stories + annotated) for f in store.items("figure", doc_id=d)],
        "timexes": [t for d in annotated for t in store.items("timex", doc_id=d)],
    }
    counts = store.item_counts()
    return export, {"documents": len(documents), "stories": len(stories), "events": counts.get("event", 0),
                    "quotes": counts.get("quote", 0), "figures": counts.get("figure", 0),
                    "entities": len(export["entities"])}


def _chosen_stories(stories: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The stories shown in full, largest first, and those only listed."""
    ranked = sorted(stories, key=lambda s: (-len(s.get("documents", [])), s.get("title") or ""))
    return ranked[:MAX_STORIES], ranked[MAX_STORIES:]


def _chosen_documents(shown: list[dict[str, Any]], documents: list[str]) -> list[str]:
    """The documents shown with their annotations: those of the stories shown first, then the others."""
    known = set(documents)
    order = [d for story in shown for d in story.get("documents", []) if d in known] + documents
    return list(dict.fromkeys(order))[:MAX_DOCUMENTS]


def render_report(data: dict[str, Any]) -> str:
    """The report's HTML from `report_data`'s dict."""
    return _environment().get_template("report.html").render(**data)


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("vigie.report", "templates"),
                      autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)
    env.filters["number"] = _number
    return env


def report_data(export: dict[str, Any], counts: dict[str, int] | None = None) -> dict[str, Any]:
    """Everything the report shows, as plain data: stories with their parts, and annotated documents.

    `counts` are the sizes of the lists when `export` holds only the part the report shows.
    """
    documents = {d["id"]: d for d in export.get("documents", [])}
    labels = {doc_id: source_label(d) for doc_id, d in documents.items()}
    stories = export.get("stories", [])
    shown, listed = _chosen_stories(stories)
    by_doc: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for kind in ("quotes", "figures", "timexes"):
        for item in export.get(kind, []):
            by_doc[item["doc"]][kind].append(item)
    entities_by_doc: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = defaultdict(list)
    entity_names = {e["id"]: e["name"] for e in export.get("entities", [])}
    for entity in export.get("entities", []):
        for mention in entity.get("mentions", []):
            entities_by_doc[mention["doc"]].append((entity, mention))
    cited: dict[str, set[tuple[int, int]]] = defaultdict(set)
    story_views = []
    for story in shown:
        view = _story_view(story, documents, labels, by_doc, entities_by_doc, entity_names)
        for entry in view["timeline"]:
            for source in entry["sources"]:
                cited[source["doc"]].add((source["start"], source["end"]))
        story_views.append(view)
    doc_views = [_document_view(documents[d], labels[d], by_doc[d], entities_by_doc[d], cited[d])
                 for d in _chosen_documents(shown, list(documents))]
    return {
        "version": __version__,
        "generated": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "counts": counts or {"documents": len(documents), "stories": len(stories),
                             "events": len(export.get("events", [])), "quotes": len(export.get("quotes", [])),
                             "figures": len(export.get("figures", [])), "entities": len(export.get("entities", []))},
        "stories": story_views,
        "other_stories": [{"id": s["id"], "title": s.get("title"), "documents": len(s.get("documents", []))}
                          for s in listed],
        "documents": doc_views,
        "documents_left_out": max(0, len(documents) - len(doc_views)),
    }


def source_label(doc: dict[str, Any]) -> str:
    """How a document is cited: its outlet, else its title, else its file name, else its id."""
    if doc.get("source"):
        return doc["source"]
    if doc.get("title"):
        return doc["title"]
    if doc.get("path"):
        return Path(doc["path"]).name
    if doc.get("url"):
        return doc["url"]
    return doc["id"]


def _published(doc: dict[str, Any]) -> str | None:
    return (doc.get("published") or {}).get("date")


def anchor(doc: str, start: int) -> str:
    """The HTML id of a highlighted span of a document."""
    return f"d-{doc}-{start}"


def _story_view(story, documents, labels, by_doc, entities_by_doc, entity_names) -> dict[str, Any]:
    docs = [d for d in story.get("documents", []) if d in documents]
    timeline = []
    for entry in story.get("timeline", []):
        sources = [{"doc": s["doc"], "start": s["start"], "end": s["end"], "href": "#" + anchor(s["doc"], s["start"]),
                    "label": labels.get(s["doc"], s["doc"]), "date": _published(documents.get(s["doc"], {}))}
                   for s in entry.get("sources", [])]
        timeline.append({**entry, "when": _when(entry), "sources": sources})
    figures = [f for d in docs for f in by_doc[d]["figures"]]
    figures.sort(key=lambda f: (f.get("hypothetical", False), f.get("category") == "other", _published(documents[f["doc"]]) or ""))
    figure_rows = [{"text": f["text"], "category": f.get("category"), "who": f.get("who"), "where": f.get("where"),
                    "when": f.get("when"), "value": f.get("value"), "hypothetical": f.get("hypothetical", False),
                    "source": (f.get("source") or {}).get("text"), "outlet": labels[f["doc"]],
                    "inferred": (f.get("source") or {}).get("inferred", False),
                    "date": _published(documents[f["doc"]]), "href": "#" + anchor(f["doc"], f["start"])}
                   for f in figures[:MAX_FIGURES]]
    series = []
    for s in story.get("series", []):
        by_source: dict[str, list[dict[str, Any]]] = defaultdict(list)
        names: dict[str, str] = {}
        for p in s.get("points", []):
            # One line per source, whatever the spelling ("l'OSDH", "l'Observatoire… (OSDH)").
            key = p.get("source_entity") or p.get("source") or labels.get(p["doc"], p["doc"])
            names.setdefault(key, p.get("source") or labels.get(p["doc"], p["doc"]))
            by_source[names[key]].append(p)
        points = [{**p, "href": "#" + anchor(p["doc"], p["start"]), "outlet": labels.get(p["doc"], p["doc"])}
                  for p in s.get("points", [])]
        series.append({"label": s.get("label"), "points": points,
                       "chart": line_chart([{"label": k, "points": v} for k, v in sorted(by_source.items())])})
    speakers: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for d in docs:
        for q in by_doc[d]["quotes"]:
            # Quotes of one actor meet under its name, however the article called it.
            said_by = q.get("speaker") or {}
            speaker = entity_names.get(said_by.get("entity")) or said_by.get("text") or "unattributed"
            speakers[speaker].append({"text": q["text"], "kind": q.get("kind"), "outlet": labels[d],
                                      "date": _published(documents[d]), "href": "#" + anchor(d, q["start"])})
    quote_groups = [{"speaker": name, "quotes": quotes[:MAX_QUOTES_PER_SPEAKER], "total": len(quotes)}
                    for name, quotes in sorted(speakers.items(), key=lambda kv: (-len(kv[1]), kv[0]))][:MAX_SPEAKERS]
    return {
        "id": story["id"], "title": story.get("title") or story["id"],
        "documents": [{"id": d, "label": labels[d], "date": _published(documents[d]),
                       "href": "#doc-" + d} for d in docs],
        "episodes": story.get("episodes", []),
        "timeline": timeline,
        "series": series,
        "figures": figure_rows,
        "quotes": quote_groups,
        "actors": story.get("actors", []),
        "places": story.get("places", []),
        "map": place_map(_places(docs, entities_by_doc)),
    }


def _when(entry: dict[str, Any]) -> str:
    """An entry's date as a journalist writes it: the day, or the period when no day is known."""
    date, end = entry.get("date"), entry.get("end")
    if not date:
        return "undated"
    if not end or end == date:
        return date
    if date[:7] == end[:7] and date.endswith("-01") and entry.get("precision") == "month":
        return date[:7]
    return f"{date} – {end}"


def _places(docs: list[str], entities_by_doc) -> list[dict[str, Any]]:
    """Places with coordinates mentioned in `docs`, with the number of documents naming each."""
    found: dict[Any, dict[str, Any]] = {}
    counts: Counter = Counter()
    for d in docs:
        seen = set()
        for entity, _ in entities_by_doc[d]:
            geo = entity.get("geo")
            if entity.get("type") != "place" or not geo or geo.get("lat") is None:
                continue
            key = geo.get("geonames_id") or entity["name"]
            found.setdefault(key, {"name": entity["name"], "lat": geo["lat"], "lon": geo["lon"],
                                   "country": geo.get("country")})
            seen.add(key)
        counts.update(seen)
    return [{**p, "count": counts[k]} for k, p in found.items()]


def _document_view(doc, label, items, entities, cited) -> dict[str, Any]:
    spans: list[tuple[int, int, str, str]] = []
    for entity, mention in entities:
        spans.append((mention["start"], mention["end"], entity.get("type") or "place", entity.get("name") or ""))
    for t in items["timexes"]:
        spans.append((t["start"], t["end"], "timex", f"{t.get('type')} {t.get('value')}"))
    for q in items["quotes"]:
        speaker = (q.get("speaker") or {}).get("text") or "unattributed"
        spans.append((q["start"], q["end"], "quote", f"{q.get('kind')} quote: {speaker}"))
    for f in items["figures"]:
        source = (f.get("source") or {}).get("text")
        spans.append((f["start"], f["end"], "figure",
                      f"{f.get('category')}: {_number(f.get('value'))}" + (f" ({source})" if source else "")))
    for start, end in cited:
        spans.append((start, end, "cited", "cited in a timeline"))
    return {"id": doc["id"], "label": label, "title": doc.get("title"), "date": _published(doc),
            "url": doc.get("url"), "path": doc.get("path"), "lang": doc.get("lang"),
            "html": highlight(doc.get("text") or "", spans, doc["id"])}


def highlight(text: str, spans: list[tuple[int, int, str, str]], doc: str = "") -> Markup:
    """`text` as HTML with each (start, end, kind, title) span marked; overlapping spans nest by segment.

    Every span start gets an id (`anchor(doc, start)`) so reports can link to it.
    """
    spans = [(max(0, s), min(len(text), e), k, t) for s, e, k, t in spans if 0 <= s < e <= len(text)]
    cuts = sorted({0, len(text)} | {s for s, _, _, _ in spans} | {e for _, e, _, _ in spans})
    opening: dict[int, list[tuple[int, int, str, str]]] = defaultdict(list)
    for sp in spans:
        opening[sp[0]].append(sp)
    out: list[str] = []
    rank = {k: i for i, k in enumerate(ANNOTATION_KINDS)}
    active: list[tuple[int, int, str, str]] = []
    for a, b in zip(cuts, cuts[1:]):
        if a in opening:
            out.append(f'<a class="anchor" id="{anchor(doc, a)}"></a>')
        active = [sp for sp in active if sp[1] > a] + opening.get(a, [])
        piece = html.escape(text[a:b])
        if not active:
            out.append(piece)
            continue
        active.sort(key=lambda sp: rank.get(sp[2], len(rank)))
        classes = " ".join(dict.fromkeys(f"a-{sp[2]}" for sp in active))
        title = html.escape(" · ".join(dict.fromkeys(sp[3] for sp in active if sp[3])), quote=True)
        out.append(f'<span class="{classes}" title="{title}">{piece}</span>')
    return Markup("".join(out))


def _number(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}".replace(",", "\u202f")
    return f"{value:g}"
