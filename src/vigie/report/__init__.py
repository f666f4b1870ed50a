"""The HTML report `vigie run` writes: one self-contained file that opens offline.

For each story: its episodes, its timeline (each entry linked to the highlighted
sentences that report it), its figure series with a chart of their evolution,
its figures with their sources, its quotes by speaker, its actors and a map of
its places (country outlines shipped with vigie, no tile server). Then every
document with its annotations highlighted. No script, font or style is loaded
from anywhere: charts and maps are inline SVG.

`report_data(store)` builds the dict the template renders (the report's JSON
twin), reading from the store only what the report shows; `write_report(store,
path)` writes the page.
"""
from __future__ import annotations

import datetime as dt
import html
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Collection

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from vigie import __version__
from vigie.corpus.boilerplate import without_repeated
from vigie.corpus.quoted import UNATTRIBUTED, by_speaker, speaker_label
from vigie.corpus.series import points_by_source
from vigie.export import document_json
from vigie.report.maps import place_map
from vigie.web.charts import line_chart
from vigie.corpus.boilerplate import opening_words, site_lines

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
# Corpus item kinds highlighted in a shown document.
DOCUMENT_ITEMS = ("timex", "quote", "figure")


def write_report(store, path: str | Path) -> Path:
    """Write the HTML report of everything in `store` to `path`; returns the path written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_report(report_data(store)), encoding="utf-8")
    return path


def report_data(store) -> dict[str, Any]:
    """Everything the report shows, as plain data: stories with their parts, and annotated documents.

    Read whole from `store`: the outline of every document (to cite it), the stories shown, the
    figures and quotes they list, the places on their maps, the documents shown with their
    annotations. Everything else is only ranked or counted.
    """
    documents = {d["id"]: d for d in store.document_outlines()}
    site = site_lines((doc_id, d["opening"], _published(d)) for doc_id, d in documents.items() if d.get("opening"))
    labels = {doc_id: source_label(d, site) for doc_id, d in documents.items()}
    sizes = store.story_sizes()
    ranked, listed = _chosen_stories(sizes)
    shown = [store.item("story", story_id) for story_id, _, _ in ranked]
    cited: dict[str, set[tuple[int, int]]] = defaultdict(set)
    story_views = []
    for story in shown:
        view = _story_view(store, story, documents, labels)
        for entry in view["timeline"]:
            for source in entry["sources"]:
                cited[source["doc"]].add((source["start"], source["end"]))
        story_views.append(view)
    annotated = _chosen_documents(story_views, list(documents))
    _unlink_left_out(story_views, set(annotated))
    entities = store.document_entities(annotated)
    doc_views = [_document_view(document_json(doc), labels[doc.id],
                                {kind: store.items(kind, doc_id=doc.id) for kind in DOCUMENT_ITEMS},
                                entities[doc.id], cited[doc.id])
                 for doc in store.documents(annotated)]
    counts = store.item_counts()
    return {
        "version": __version__,
        "generated": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "counts": {"documents": len(documents), "stories": len(sizes), "events": counts.get("event", 0),
                   "quotes": counts.get("quote", 0), "figures": counts.get("figure", 0),
                   "entities": store.entity_count()},
        "stories": story_views,
        "other_stories": [{"id": story_id, "title": title, "documents": size} for story_id, title, size in listed],
        "documents": doc_views,
        "documents_left_out": max(0, len(documents) - len(doc_views)),
    }


def _chosen_stories(sizes: list[tuple[str, str | None, int]]) -> tuple[list[tuple], list[tuple]]:
    """The (id, title, number of documents) of the stories shown in full, largest first, and of those only listed."""
    ranked = sorted(sizes, key=lambda s: (-s[2], s[1] or ""))
    return ranked[:MAX_STORIES], ranked[MAX_STORIES:]


def _chosen_documents(views: list[dict[str, Any]], documents: list[str]) -> list[str]:
    """The documents shown with their annotations: those the stories' timelines cite first, then those
    their figures and quotes cite, then the stories' other documents, then the others."""
    known = set(documents)
    timelines = [s["doc"] for view in views for entry in view["timeline"] for s in entry["sources"]]
    order = timelines + [link["doc"] for view in views for link in _links(view)] + documents
    return list(dict.fromkeys(d for d in order if d in known))[:MAX_DOCUMENTS]


def _links(view: dict[str, Any]):
    """Every citation of a story's view that links to a document of the report: {doc, href, …} dicts."""
    yield from (s for entry in view["timeline"] for s in entry["sources"])
    yield from (p for series in view["series"] for p in series["points"])
    yield from view["figures"]
    yield from (s for group in view["quotes"] for q in group["quotes"] for s in q["sources"])
    yield from view["documents"]


def _unlink_left_out(views: list[dict[str, Any]], shown: set[str]) -> None:
    """A citation of a document the report leaves out (past MAX_DOCUMENTS) loses its link: no link
    that goes nowhere."""
    for view in views:
        for link in _links(view):
            if link["doc"] not in shown:
                link["href"] = None


def render_report(data: dict[str, Any]) -> str:
    """The report's HTML from `report_data`'s dict."""
    return _environment().get_template("report.html").render(**data)


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("vigie.report", "templates"),
                      autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)
    env.filters["number"] = _number
    env.filters["figure_value"] = figure_value
    env.filters["counted"] = counted
    return env


def source_label(doc: dict[str, Any], site: Collection[str] = ()) -> str:
    """How a document is cited: its outlet, else its title, else the first words of its text (its `opening`
    in an outline, its `text` in the export) past the lines of `site` (`site_lines`: what the pages of its
    site open with), else its file name, else its URL, else its id."""
    if doc.get("source"):
        return doc["source"]
    if doc.get("title"):
        return doc["title"]
    words = opening_words(doc.get("opening") or doc.get("text"), skip=site)
    if words:
        return words
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


def _story_view(store, story, documents, labels) -> dict[str, Any]:
    docs = [d for d in story.get("documents", []) if d in documents]
    timeline = []
    for entry in story.get("timeline", []):
        sources = [{"doc": s["doc"], "start": s["start"], "end": s["end"], "href": "#" + anchor(s["doc"], s["start"]),
                    "label": labels.get(s["doc"], s["doc"]), "date": _published(documents.get(s["doc"], {}))}
                   for s in entry.get("sources", [])]
        timeline.append({**entry, "when": entry_when(entry), "sources": sources})
    figure_rows = [{"text": f["text"], "category": f.get("category"), "who": f.get("who"), "where": f.get("where"),
                    "when": f.get("when"), "value": f.get("value"), "hypothetical": f.get("hypothetical", False),
                    "source": (f.get("source") or {}).get("text"), "outlet": labels[f["doc"]],
                    "inferred": (f.get("source") or {}).get("inferred", False),
                    "date": _published(documents[f["doc"]]), "doc": f["doc"], "href": "#" + anchor(f["doc"], f["start"])}
                   for f in _listed_figures(store, docs, documents)]
    series = []
    for s in story.get("series", []):
        by_source = points_by_source(s.get("points", []), lambda p: labels.get(p["doc"], p["doc"]))
        points = [{**p, "href": "#" + anchor(p["doc"], p["start"]), "outlet": labels.get(p["doc"], p["doc"])}
                  for p in s.get("points", [])]
        series.append({"label": s.get("label"), "points": points,
                       "chart": line_chart([{"label": k, "points": v} for k, v in sorted(by_source.items())])})
    quote_groups = [{"speaker": name, "total": total,
                     "quotes": [{"text": q["text"], "kind": q.get("kind"), "verb": (q.get("verb") or "").lower(),
                                 "sources": [{"outlet": labels[t["doc"]], "date": _published(documents[t["doc"]]),
                                              "doc": t["doc"], "href": "#" + anchor(t["doc"], t["start"])}
                                             for t in told]}
                                for told in tellings for q in told[:1]]}
                    for name, tellings, total in _quotes_by_speaker(store, docs, documents)]
    return {
        "id": story["id"], "title": story.get("title") or story["id"],
        "documents": [{"id": d, "doc": d, "label": labels[d], "date": _published(documents[d]),
                       "href": "#doc-" + d} for d in docs],
        "episodes": story.get("episodes", []),
        "timeline": timeline,
        "series": series,
        "figures": figure_rows,
        "quotes": quote_groups,
        "actors": story.get("actors", []),
        "places": story.get("places", []),
        "map": place_map(_places(docs, store.document_entities(docs, "place"))),
    }


def _listed_figures(store, docs: list[str], documents) -> list[dict[str, Any]]:
    """The figures a story lists, of all those its documents report: stated before hypothetical,
    of a known category before "other", earliest published first."""
    found = store.item_fields("figure", docs, ("$.hypothetical", "$.category"))
    found.sort(key=lambda f: (bool(f[2]), f[3] == "other", _published(documents[f[1]]) or ""))
    return [store.item("figure", figure_id) for figure_id, *_ in found[:MAX_FIGURES]]


def _quotes_by_speaker(store, docs: list[str], documents) -> list[tuple[str, list[list[dict[str, Any]]], int]]:
    """(speaker, first quotes, number of quotes) of the speakers quoted most in `docs`, unattributed quotes
    last and page boilerplate aside (the teaser of another article quoting someone, repeated by the site's pages).
    A quote told by several articles is one, given as the list of its tellings."""
    found = without_repeated(store.item_fields("quote", docs, ("$.speaker.entity", "$.speaker.text", "$.text",
                                                               "$.start", "$.end")),
                             text=lambda row: row[4], doc=lambda row: row[1],
                             published=lambda row: _published(documents[row[1]]))
    names = store.entity_names(row[2] for row in found if row[2])
    labelled = [(speaker_label({"entity": row[2], "text": row[3]}, names), row) for row in found]
    kept = outermost(labelled, lambda pair: (pair[1][1], pair[0].casefold(), pair[1][5], pair[1][6]))
    speakers = {name: [row for _, row in pairs] for name, pairs in by_speaker(kept, lambda pair: pair[0]).items()}
    most = sorted(speakers.items(), key=lambda kv: (kv[0] == UNATTRIBUTED, -len(kv[1]), kv[0]))[:MAX_SPEAKERS]
    result = []
    for name, rows in most:
        tellings: dict[str, list[str]] = defaultdict(list)
        for row in rows:
            tellings[" ".join(row[4].split()).casefold()].append(row[0])
        result.append((name, [[store.item("quote", q) for q in told]
                              for told in list(tellings.values())[:MAX_QUOTES_PER_SPEAKER]], len(rows)))
    return result


def outermost(items: list, span) -> list:
    """`items` less those lying inside another of the same document and speaker, in their order: a
    partial quote within the indirect one holding it says nothing more. `span(item)` is (document, speaker,
    start, end)."""
    spans = [span(item) for item in items]
    inside: set[int] = set()
    reach: dict[tuple, int] = {}
    for index in sorted(range(len(items)), key=lambda i: (spans[i][:3], -spans[i][3])):
        doc, speaker, _, end = spans[index]
        if reach.get((doc, speaker), -1) >= end:
            inside.add(index)
        reach[doc, speaker] = max(end, reach.get((doc, speaker), -1))
    return [item for index, item in enumerate(items) if index not in inside]


def entry_when(entry: dict[str, Any]) -> str:
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
        for entity, _, _ in entities_by_doc[d]:
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
    for entity, start, end in entities:
        spans.append((start, end, entity.get("type") or "place", entity.get("name") or ""))
    for t in items["timex"]:
        spans.append((t["start"], t["end"], "timex", f"{t.get('type')} {t.get('value')}"))
    for q in items["quote"]:
        speaker = (q.get("speaker") or {}).get("text") or UNATTRIBUTED
        spans.append((q["start"], q["end"], "quote", f"{q.get('kind')} quote: {speaker}"))
    for f in items["figure"]:
        source = (f.get("source") or {}).get("text")
        spans.append((f["start"], f["end"], "figure",
                      f"{f.get('category')}: {figure_value(f)}" + (f" ({source})" if source else "")))
    for start, end in cited:
        spans.append((start, end, "cited", "cited in a timeline"))
    return {"id": doc["id"], "label": label, "title": doc.get("title"), "date": _published(doc),
            "url": doc.get("url"), "path": doc.get("path"), "lang": doc.get("lang"),
            "html": highlight(doc.get("text") or "", spans, doc["id"])}


_BLANK_LINES = re.compile(r"\n\s*\n")


def highlight(text: str, spans: list[tuple[int, int, str, str]], doc: str = "") -> Markup:
    """`text` as HTML with each (start, end, kind, title) span marked; overlapping spans nest by segment.

    Every span start gets an id (`anchor(doc, start)`) so reports can link to it. Blank lines in a row
    (a scraped page's removed pictures and boxes) show as one.
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
        piece = html.escape(_BLANK_LINES.sub("\n\n", text[a:b]))
        if not active:
            out.append(piece)
            continue
        active.sort(key=lambda sp: rank.get(sp[2], len(rank)))
        classes = " ".join(dict.fromkeys(f"a-{sp[2]}" for sp in active))
        title = html.escape(" · ".join(dict.fromkeys(sp[3] for sp in active if sp[3])), quote=True)
        out.append(f'<span class="{classes}" title="{title}">{piece}</span>')
    return Markup("".join(out))


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """`n` and its noun, singular for one: "1 document", "3 documents"."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def figure_value(figure: dict[str, Any], number=None) -> str:
    """A figure's value as its text bounds it, `number` writing each number: a range, a floor ("at least",
    "more than"), a ceiling ("up to"), or about a number; a vague "hundreds" is no exact hundred."""
    number = number or _number
    low, high = figure.get("low"), figure.get("high")
    if low is not None and high is not None and high != low:
        return f"{number(low)}–{number(high)}"
    if low is not None and high is None:
        return f"≥ {number(low)}"
    if high is not None and low is None:
        return f"≤ {number(high)}"
    return ("~" if figure.get("approx") else "") + number(figure.get("value"))


def _number(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}".replace(",", "\u202f")
    return f"{value:g}"
