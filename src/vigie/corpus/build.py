"""The corpus steps of `vigie run`: from stored analyses to cross-document results.

Wire copies are found for the new documents only, and stories grow online (only
the new documents are clustered, against the stories kept in the store); the
cross-document results (entities, quotes and figures tied to them, events,
stories with their timelines and figure series) are rebuilt and replaced in one
transaction, then analysts' corrections are replayed over them.

Each step is a function of one `CorpusBuild`, run in the order of `STEPS`; a new
step reads what earlier ones left in it and adds its own results.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from vigie.corpus.dedup import update_wire_copies
from vigie.corpus.entities import resolve
from vigie.corpus.events import merge_events, same_telling, with_corpus_ids
from vigie.corpus.series import find_series
from vigie.corpus.stories import StoryClusterer, episodes, load_stories, story_title
from vigie.corpus.timeline import DatedSentence, dated_sentences, summarize_timeline
from vigie.export import entity_json, figure_items, quote_items, timex_items
from vigie.model import Analysis, Document, Event, Item, Relation
from vigie.nlp.events import find_events, is_anaphoric
from vigie.store import Store
from vigie.store.corrections import apply_corrections

# Days a story's timeline keeps at most, and sentences per day.
TIMELINE_DATES = 20
TIMELINE_SENTENCES = 2
# For a burst of a story whose articles name no single day, the timeline shows this many
# of its best-attested events, dated by the period they are known to fall in.
EPISODE_EVENTS = 3
# Stories of fewer documents get their timeline from their events alone: summarizing one
# article costs more (a TF-IDF model per story) than it adds over its best events.
MIN_SUMMARY_DOCUMENTS = 2
# Event types that say something happened on the ground, preferred over statements for the timeline.
STATEMENT_TYPES = frozenset({"STATEMENT"})
# Above this many new articles, every stored story is read at once rather than on demand.
BULK_STORIES = 200
# Names shown with a story (actors and places).
STORY_NAMES = 12
# Lines that are not reporting sentences, whatever the language: a photo caption's credit
# ("… / JOHN SMITH / AFP") and a post embedded from a social network ("(@handle) December 26").
NOT_REPORTING = re.compile(r"/\s*[A-Z][A-Z .'’-]{2,}\s*/|\(@\w+\)")
# Opening quotation marks: a sentence that is a quote names no speaker and no date of its own.
QUOTE_OPENERS = tuple("«\"“„'‘‹")


@dataclass
class CorpusBuild:
    """What the corpus steps share: the store, the new documents, and the results built so far."""

    store: Store
    new_ids: set[str]
    fresh: dict[str, Analysis] = field(default_factory=dict)  # analyses of new documents, still in memory
    documents: list[Document] = field(default_factory=list)
    analyses: list[Analysis] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    entity_ids: dict[tuple[str, str], str] = field(default_factory=dict)
    local_ids: dict[str, dict[str, str]] = field(default_factory=dict)  # doc → {document key: corpus id}
    items: list[Item] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    story_documents: list[tuple[str, str]] = field(default_factory=list)
    counts: dict[str, Any] = field(default_factory=dict)


def find_wire_copies(build: CorpusBuild) -> None:
    """Relations between the new documents and every document (wire copies, shared passages)."""
    build.analyses = _all_analyses(build)
    update_wire_copies(build.store, [a.doc for a in build.analyses if a.doc.id in build.new_ids])
    build.relations = build.store.relations()
    build.documents = [a.doc for a in build.analyses]


def _all_analyses(build: CorpusBuild) -> list[Analysis]:
    """Every stored analysis, oldest first; those of the run's new documents taken from memory."""
    if not build.fresh:
        return list(build.store.analyses())
    ids = [row[0] for row in build.store.db.execute("SELECT id FROM documents ORDER BY rowid")]
    stored = {a.doc.id: a for a in build.store.analyses(i for i in ids if i not in build.fresh)}
    return [build.fresh.get(i) or stored[i] for i in ids if i in build.fresh or i in stored]


def collect_entities(build: CorpusBuild) -> None:
    """Every document's entities resolved into corpus entities: one per actor or place, all spellings merged."""
    entities, index = resolve(build.analyses)
    build.entity_ids = index
    for (doc, local), corpus_id in index.items():
        build.local_ids.setdefault(doc, {})[local] = corpus_id
    for entity in entities:
        data = entity_json(entity)
        data["mentions"] = [{"doc": d, "start": s, "end": e} for d, s, e in entity.mentions]
        build.entities.append(data)


def collect_document_items(build: CorpusBuild) -> None:
    """Timexes, quotes and figures of every document, with their entities under corpus ids."""
    for analysis in build.analyses:
        doc = analysis.doc.id
        local = _local_ids(build, doc)
        for index, t in enumerate(timex_items(analysis)):
            build.items.append(Item("timex", f"{doc}:t{index}", t, doc))
        for index, q in enumerate(quote_items(analysis, local)):
            build.items.append(Item("quote", f"{doc}:q{index}", q, doc, (q["speaker"] or {}).get("entity")))
        for f in figure_items(analysis, local):
            build.items.append(Item("figure", f["id"], f, doc, (f["source"] or {}).get("entity")))


def build_events(build: CorpusBuild) -> None:
    """Events of every document, merged across the articles that tell them."""
    found = [e for analysis in build.analyses for e in with_corpus_ids(
        find_events(analysis) if analysis.events is None else analysis.events, _local_ids(build, analysis.doc.id))]
    published = {a.doc.id: a.doc.published.date or a.doc.published.earliest for a in build.analyses}
    build.events = merge_events(found, build.relations, published)
    for event in build.events:
        # An event's fields hold plain values only (strings, numbers, lists and dicts of them):
        # a shallow copy is its JSON form, at a fraction of `to_dict`'s walk.
        build.items.append(Item("event", event.id, dict(vars(event)), event.sources[0]["doc"]))


def build_stories(build: CorpusBuild) -> None:
    """Cluster the documents not yet in a story, then describe every story (episodes, timeline, series)."""
    store = build.store
    assigned = store_members(store)
    fresh = [a for a in build.analyses if a.doc.id not in assigned]
    clusterer = StoryClusterer().load(store, everything=len(fresh) > BULK_STORIES)
    if fresh:
        clusterer.partial_fit(fresh)
        clusterer.save(store)
        assigned = store_members(store)
    by_story: dict[str, list[Analysis]] = defaultdict(list)
    analyses = {a.doc.id: a for a in build.analyses}
    for doc_id, story in assigned.items():
        if doc_id in analyses:
            by_story[story].append(analyses[doc_id])
    states = load_stories(store, by_story)
    series_by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for s in find_series(build.analyses):
        for doc in s["documents"]:
            series_by_doc[doc].append(s)
    events_by_doc: dict[str, list[Event]] = defaultdict(list)
    for event in build.events:
        for doc in {s["doc"] for s in event.sources}:
            events_by_doc[doc].append(event)
    for sid, members in sorted(by_story.items()):
        story = describe_story(sid, members, states.get(sid), events_by_doc, series_by_doc)
        build.items.append(Item("story", sid, story))
        build.story_documents.extend((sid, doc) for doc in story["documents"])


def describe_story(sid: str, members: list[Analysis], state, events_by_doc: dict[str, list[Event]],
                   series_by_doc: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """A story as exported: {id, title, documents, episodes, timeline, events, actors, places, series}.

    A figure series belongs to the story when most of the documents reporting it do.
    """
    members = sorted(members, key=lambda a: (a.doc.published.earliest or "9999", a.doc.id))
    docs = [a.doc.id for a in members]
    doc_set = set(docs)
    bursts = episodes((a.doc.id, a.doc.published.earliest, a.doc.published.latest) for a in members)
    events = list({e.id: e for d in docs for e in events_by_doc.get(d, ())}.values())
    timeline = story_timeline(members, bursts, events)
    actors, places = _names(events)
    return {
        "id": sid,
        "title": story_title(state) if state else sid,
        "documents": docs,
        "episodes": bursts,
        "timeline": timeline,
        "events": [e.id for e in events],
        "actors": actors,
        "places": places,
        "series": [s for s in {s["id"]: s for d in docs for s in series_by_doc.get(d, ())}.values()
                   if len(doc_set.intersection(s["documents"])) * 2 > len(s["documents"])],
    }


def story_timeline(members: list[Analysis], bursts: list[dict[str, Any]], events: list[Event]) -> list[dict[str, Any]]:
    """Dated entries: the days that matter and their best sentences; for bursts whose articles name
    no single day, their best-attested events dated by the period they fall in.

    An entry's sources are the sentences the summary found, plus the other tellings of the
    same event (wire copies, follow-ups) that say it in nearly the same words, when that
    event's dates contain the entry's day.
    """
    texts = {a.doc.id: a.doc.text for a in members}
    summarized = len(members) >= MIN_SUMMARY_DOCUMENTS
    items = [item for analysis in members if summarized for item in timeline_sentences(analysis)]
    told = {(s["doc"], s["start"]): e for e in events for s in e.sources}
    entries = []
    for entry in summarize_timeline(items, TIMELINE_DATES, TIMELINE_SENTENCES):
        day = entry.date.isoformat()
        for sentence, sources in zip(entry.sentences, entry.sources):
            spans = {(s.doc, s.start): {"doc": s.doc, "start": s.start, "end": s.end} for s in sources}
            for s in sources:
                event = told.get((s.doc, s.start))
                if event and event.earliest and event.earliest[:10] <= day <= (event.latest or event.earliest)[:10]:
                    for other in event.sources:
                        text = texts.get(other["doc"])
                        if text is not None and same_telling(sentence, text[other["start"]:other["end"]]):
                            spans.setdefault((other["doc"], other["start"]), other)
            entries.append({"date": day, "end": day, "precision": "day", "summary": sentence,
                            "sources": list(spans.values())})
    lead = {a.doc.id: a.doc.sentences[:3] for a in members}
    for burst in bursts:
        if any(burst["start"] <= e["date"] <= burst["end"] for e in entries):
            continue
        in_burst = set(burst["documents"])
        candidates = [e for e in events if not e.hypothetical and not e.negated and not e.anaphoric and e.earliest
                      and any(s["doc"] in in_burst for s in e.sources)
                      and burst["start"] <= e.earliest[:10] <= burst["end"]]
        candidates.sort(key=lambda e: _event_rank(e, lead))
        for event in candidates[:EPISODE_EVENTS]:
            entries.append({"date": event.earliest[:10], "end": (event.latest or event.earliest)[:10],
                            "precision": event.precision, "summary": event.text, "sources": event.sources})
    entries.sort(key=lambda e: (e["date"], e["end"]))
    return entries


def timeline_sentences(analysis: Analysis) -> list[DatedSentence]:
    """The dated sentences of a document that can stand in a timeline on their own.

    Kept: sentences reporting something happening (an event: an attack, a flight, a
    statement…), not what may happen (forecasts, threats, unconfirmed claims). Left
    out: captions and embedded posts; sentences in another language than the
    article's (a quoted post, already told in the article's words); and sentences
    dated only by the article's date that open on a pronoun or a quotation mark —
    they continue the previous sentence, which may speak of another day. A sentence
    naming several days stands for the first it names ("the toll rose on Thursday to
    four, from two on Tuesday").
    """
    doc = analysis.doc
    foreign = [(s, e) for (s, e), lang in zip(doc.paragraphs, doc.paragraph_langs)
               if lang and doc.lang and lang != doc.lang]
    events = find_events(analysis) if analysis.events is None else analysis.events
    reporting = {s["start"] for e in events if not e.hypothetical for s in e.sources}
    kept = []
    for item in dated_sentences(analysis, only=reporting):
        if NOT_REPORTING.search(item.text) or any(s <= item.start < e for s, e in foreign):
            continue
        if not item.explicit and (is_anaphoric(item.text, doc.lang) or item.text.lstrip().startswith(QUOTE_OPENERS)):
            continue
        kept.append(item)
    first_day: dict[int, DatedSentence] = {}
    for item in kept:
        if item.start not in first_day or item.mention < first_day[item.start].mention:
            first_day[item.start] = item
    return [item for item in kept if first_day[item.start] is item]


def _event_rank(event: Event, lead: dict[str, list]) -> tuple:
    """Best first: told by more articles, told in an article's lead, on the ground rather than said."""
    in_lead = any((s["start"], s["end"]) in set(map(tuple, lead.get(s["doc"], []))) for s in event.sources)
    return (-len({s["doc"] for s in event.sources}), event.anaphoric, not in_lead, event.type in STATEMENT_TYPES,
            -len(event.figures), event.sources[0]["doc"], event.sources[0]["start"])


def _names(events: list[Event]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The actors and places of a story's events, most often involved first."""
    counts: dict[str, dict[str, Any]] = {}
    for event in events:
        for role, records in (("actor", event.actors), ("place", event.places)):
            for record in records:
                entry = counts.setdefault(record["key"], {"name": record["name"], "type": record["type"],
                                                          "key": record["key"], "role": role, "events": 0})
                entry["events"] += 1
    ranked = sorted(counts.values(), key=lambda r: (-r["events"], r["name"]))
    return ([r for r in ranked if r["role"] == "actor"][:STORY_NAMES],
            [r for r in ranked if r["role"] == "place"][:STORY_NAMES])


def store_members(store: Store) -> dict[str, str]:
    """Document id → story id, as the store keeps them across runs."""
    return dict(store.db.execute("SELECT doc_id, story_id FROM story_members").fetchall())


def _local_ids(build: CorpusBuild, doc: str) -> dict[str, str]:
    return build.local_ids.get(doc, {})


STEPS: list[Callable[[CorpusBuild], None]] = [
    find_wire_copies,
    collect_entities,
    collect_document_items,
    build_events,
    build_stories,
]


def update_corpus(store: Store, new_ids: set[str], fresh: dict[str, Analysis] | None = None) -> dict[str, Any]:
    """Run every corpus step after documents `new_ids` were added; returns counts of what was built.

    `fresh` (document id → analysis) holds analyses of new documents the caller still has in
    memory: they are not read back from the store.
    """
    build = CorpusBuild(store, set(new_ids), dict(fresh or {}))
    for step in STEPS:
        step(build)
    store.replace_corpus(build.entities, build.items, build.story_documents)
    apply_corrections(store)
    kinds = defaultdict(int)
    for item in build.items:
        kinds[item.kind] += 1
    return {"relations": len(build.relations), "entities": len(build.entities),
            "quotes": kinds["quote"], "figures": kinds["figure"], "events": kinds["event"],
            "stories": kinds["story"], **build.counts}
