"""The corpus steps of `vigie run`: the cross-document results, kept up to date run after run.

Only what the new documents change is computed, so adding an article to a large
store costs about what its story costs, not what the store holds:

1. `update_wire_copies`: the new documents' wire copies, found against every stored
   document through the index the store keeps, a batch of new documents at a time
   (for a large batch, in a second process while steps 2 and 3 run).
2. `add_documents`: their entities resolved against the corpus entities the store
   keeps (every spelling of a name merged into one); their timexes, quotes and figures
   stored under corpus entity ids.
3. `assign_stories`: each new document joins or starts a story (online clustering;
   story ids stay stable).
4. `describe_stories`: every story that gained documents, or absorbed another story,
   is described again from its own documents: its events (merged across the articles
   that tell them), episodes, timeline, figure series, actors and places. A large
   story that has grown little since it was last described in full only takes in its
   new documents, so the work per added article stays bounded. Many stories are
   described by two processes, one writing all.

Analysts' corrections are then replayed. Documents whose results are missing (a
store whose results were emptied, or a run cut short) are taken as new; documents
are handled a batch at a time, and stories one at a time, so memory follows the
largest story, not the store.
"""
from __future__ import annotations

import bisect
import datetime as dt
import multiprocessing
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from vigie import collector
from vigie.corpus.dedup import update_wire_copies
from vigie.corpus.entities import Known, resolve_against
from vigie.corpus.events import merge_events, same_telling, with_corpus_ids
from vigie.corpus.series import find_series
from vigie.corpus.episodes import episodes
from vigie.corpus.stories import StoryClusterer, load_stories, story_title
from vigie.corpus.timeline import DatedSentence, dated_sentences, stands_alone, summarize_timeline
from vigie.export import figure_items, quote_items, timex_items
from vigie.model import Analysis, Document, Event, Item
from vigie.nlp.events import find_events, is_anaphoric
from vigie.store import Store
from vigie.store.corrections import apply_corrections

# Days a story's timeline keeps at most, and sentences per day.
TIMELINE_DATES = 20
TIMELINE_SENTENCES = 2
# For a burst of a story whose articles name no single day, the timeline shows this many
# of its best-attested events, dated by the period they are known to fall in.
EPISODE_EVENTS = 3
# A story's timeline holds days this close to its articles' dates at least (more when they span longer): farther
# ones are background they recall (see `_story_span`).
BACKGROUND_DAYS = 90
# Stories of fewer documents get their timeline from their events alone: summarizing one
# article costs more (a TF-IDF model per story) than it adds over its best events.
MIN_SUMMARY_DOCUMENTS = 2
# Event types that report words rather than deeds (a statement, expressed support): the timeline prefers deeds.
STATEMENT_TYPES = frozenset({"STATEMENT", "SUPPORT"})
# Above this many new articles, every stored story is read at once rather than on demand.
BULK_STORIES = 200
# From this many new articles on, with more than one worker, their wire copies are found in a
# process of their own while this one resolves their entities and assigns their stories (the two
# share nothing): 10,000 articles' wire copies took 34 s of the 87 s the corpus steps took on one
# core. Fewer articles are not worth starting a process for.
PARALLEL_WIRE_COPIES = 500
# From this many documents in the stories to describe, with more than one worker, a second process
# describes about half of them (10,000 articles: 18 s of the corpus steps' 87 s on one core).
PARALLEL_DESCRIPTIONS = 1_000
# Seconds a write may wait for the other process's write to end while both work: each writes a
# batch of DOCUMENT_BATCH documents per transaction, a few seconds each on a large store.
PARALLEL_WRITE_WAIT = 600
# Documents handled together (read, resolved, clustered): memory holds one batch of analyses.
DOCUMENT_BATCH = 5_000
# Stories described are written in one transaction per this many documents: a commit writes every page the
# transaction changed, and small stories' events change the same index pages (83 stories of 4,000 articles:
# their commits 0.23 -> 0.13 s CPU), while the descriptions waiting to be written stay few.
STORY_WRITE_DOCUMENTS = 1_000
# A story of this many documents or more is described in full again only once it has this
# share more documents than when it last was; until then it takes in new documents as they come.
GROW_MIN_DOCUMENTS = 50
REDESCRIBE_GROWTH = 0.1
# Names shown with a story (actors and places).
STORY_NAMES = 12
# Lines that are not reporting sentences, whatever the language: a photo caption's credit
# ("… / JOHN SMITH / AFP") and a post embedded from a social network ("(@handle) December 26").
NOT_REPORTING = re.compile(r"/\s*[A-Z][A-Z .'’-]{2,}\s*/|\(@\w+\)")
# Opening quotation marks: a sentence that is a quote names no speaker and no date of its own.
QUOTE_OPENERS = tuple("«\"“„'‘‹")


def update_corpus(store: Store, new_ids: Iterable[str] = (), fresh: dict[str, Analysis] | None = None,
                  workers: int = 1) -> dict[str, int]:
    """Bring the corpus results up to date after documents `new_ids` were stored.

    `fresh` (document id → analysis) holds analyses the caller still has in memory:
    they are not read back from the store. With `workers` > 1 (a caller that may fork:
    not a server thread), the wire copies of many new documents are found in a second
    process meanwhile, and a second process describes about half of many stories; the
    store ends the same. Returns what the update added or redid: the new documents'
    relations, the entities, quotes and figures of the documents taken in, the events of
    the stories described, and how many stories were.
    """
    with collector.paused():  # thousands of analyses are alive at a time: see vigie.collector
        return _update_corpus(store, sorted(new_ids), dict(fresh or {}), workers)


def _update_corpus(store: Store, new_ids: list[str], fresh: dict[str, Analysis], workers: int) -> dict[str, int]:
    counts: Counter[str] = Counter()
    with _wire_copies_meanwhile(store, new_ids, fresh, workers):
        # Documents whose results are missing, and documents in no story: each is read once.
        pending, unassigned = store.pending_documents(new_ids), store.unassigned_documents(new_ids)
        clusterer = StoryClusterer().load(store, everything=len(unassigned) > BULK_STORIES)
        todo, waiting, unclustered = list(dict.fromkeys(pending + unassigned)), set(pending), set(unassigned)
        for start in range(0, len(todo), DOCUMENT_BATCH):
            batch = _analyses(store, todo[start:start + DOCUMENT_BATCH], fresh)
            counts.update(add_documents(store, [a for a in batch if a.doc.id in waiting]))
            assign_stories(store, clusterer, [a for a in batch if a.doc.id in unclustered])
    counts["relations"] = len(store.relations_touching(new_ids))
    counts.update(describe_stories(store, fresh, workers))
    apply_corrections(store)
    return {key: counts[key] for key in ("relations", "entities", "quotes", "figures", "events", "stories")}


def find_wire_copies(store: Store, new_ids: list[str], fresh: dict[str, Analysis]) -> None:
    """Find and store the wire copies of documents `new_ids`, a batch at a time."""
    for start in range(0, len(new_ids), DOCUMENT_BATCH):
        update_wire_copies(store, _documents(store, new_ids[start:start + DOCUMENT_BATCH], fresh),
                           waiting=set(new_ids[start + DOCUMENT_BATCH:]))


@contextmanager
def _wire_copies_meanwhile(store: Store, new_ids: list[str], fresh: dict[str, Analysis],
                           workers: int) -> Iterator[None]:
    """Find the wire copies of `new_ids` while the body runs: in a forked process with its own
    connection to the store when they are PARALLEL_WIRE_COPIES or more and `workers` > 1,
    else here, before the body. The entities and stories the body works out read nothing
    the wire copies write, and the reverse: the results are the same either way."""
    if workers <= 1 or len(new_ids) < PARALLEL_WIRE_COPIES or not hasattr(os, "fork") or store.path == ":memory:":
        find_wire_copies(store, new_ids, fresh)
        yield
        return
    process = multiprocessing.get_context("fork").Process(
        target=_wire_copies_apart, args=(store.path, new_ids, fresh), name="vigie-wire-copies")
    process.start()
    try:
        with store.patient(PARALLEL_WRITE_WAIT):
            yield
    finally:
        process.join()
    if process.exitcode != 0:
        raise RuntimeError(f"finding the wire copies of the new documents failed in process {process.pid} "
                           f"(exit code {process.exitcode}): see its traceback above")


def _wire_copies_apart(path: str, new_ids: list[str], fresh: dict[str, Analysis]) -> None:
    """`find_wire_copies` in a forked process, through a connection of its own (the parent's is never used here)."""
    store = Store(path)
    try:
        with store.patient(PARALLEL_WRITE_WAIT):
            find_wire_copies(store, new_ids, fresh)
    finally:
        store.close()


def rebuild_corpus(store: Store) -> dict[str, int]:
    """Build every corpus result again from the stored analyses (stories keep their ids)."""
    store.clear_corpus()
    return update_corpus(store)


def add_documents(store: Store, analyses: list[Analysis]) -> dict[str, int]:
    """Resolve the entities of `analyses` against the corpus and store them with the documents' items;
    returns how many entities they name and how many quotes and figures they hold."""
    if not analyses:
        return {}
    resolution = resolve_against(analyses, Known(find=store.entity_keys, stored=store.entity_states))
    local: dict[str, dict[str, str]] = {a.doc.id: {} for a in analyses}
    for (doc, entity), corpus_id in resolution.index.items():
        local[doc][entity] = corpus_id
    items = []
    for analysis in analyses:
        doc, ids = analysis.doc.id, local[analysis.doc.id]
        items += [Item("timex", f"{doc}:t{i}", t, doc) for i, t in enumerate(timex_items(analysis))]
        items += [Item("quote", f"{doc}:q{i}", q, doc, (q["speaker"] or {}).get("entity"))
                  for i, q in enumerate(quote_items(analysis, ids))]
        items += [Item("figure", f["id"], f, doc, (f["source"] or {}).get("entity"))
                  for f in figure_items(analysis, ids)]
    store.add_document_results(local, resolution.entities, resolution.spellings, resolution.keys, items)
    kinds = Counter(item.kind for item in items)
    return {"entities": len(resolution.entities), "quotes": kinds["quote"], "figures": kinds["figure"]}


def assign_stories(store: Store, clusterer: StoryClusterer, analyses: list[Analysis]) -> None:
    """Cluster documents in no story yet into the stories the store keeps (`clusterer` is attached to it)."""
    if analyses:
        clusterer.partial_fit(analyses)
        clusterer.save(store)


def describe_stories(store: Store, fresh: dict[str, Analysis], workers: int = 1) -> dict[str, int]:
    """Describe again every story whose documents changed; returns how many were, and how many
    events their descriptions wrote.

    A large story that has grown little since it was last described in full only takes
    in its new documents (`grow_story`): describing a story costs time in proportion to
    its documents, and this keeps the work per added article bounded.
    """
    stale, gone = store.stale_stories()
    for sid in gone:
        store.remove_story(sid)
    states = load_stories(store, stale)
    written = 0
    for batch in _by_documents(_descriptions(store, stale, states, fresh, workers), STORY_WRITE_DOCUMENTS):
        with store.transaction():
            for story, new, events in batch:
                if new is None:
                    store.replace_story(story, story.data["documents"], events)
                else:
                    store.grow_story(story, new, events)
                written += len(events)
    return {"stories": len(stale), "events": written}


def _by_documents(descriptions: Iterable[tuple[Item, list[str] | None, list[Item]]],
                  size: int) -> Iterator[list[tuple[Item, list[str] | None, list[Item]]]]:
    """`descriptions` (of `_description`) in lists of whole stories of about `size` documents written
    (a story's own or its new ones), the last one shorter."""
    batch: list[tuple[Item, list[str] | None, list[Item]]] = []
    documents = 0
    for description in descriptions:
        story, new, _ = description
        batch.append(description)
        documents += len(story.data["documents"] if new is None else new)
        if documents >= size:
            yield batch
            batch, documents = [], 0
    if batch:
        yield batch


def _description(store: Store, sid: str, state, fresh: dict[str, Analysis]) -> tuple[Item, list[str] | None, list[Item]]:
    """Story `sid` described again (`describe_story`), or grown by its new documents (`grow_story`,
    which gives them too): (story, new documents or None, its events) to write."""
    # Growing needs only each document's days, read the cheaper way: by id, from one index.
    members = store.story_members(sid, stored_order=False)
    before = store.story_outline(sid)
    described = (before or {}).get("summarized") or 0
    if before and len(members) >= GROW_MIN_DOCUMENTS and len(members) < described * (1 + REDESCRIBE_GROWTH):
        known = set(before["documents"])
        new = [doc for doc, _, _ in members if doc not in known]
        events = _story_events(store, _analyses(store, new, fresh), new)
        return Item("story", sid, grow_story(before, members, events)), new, _event_items(events)
    docs = [doc for doc, _, _ in store.story_members(sid)]
    analyses = _analyses(store, docs, fresh)
    events = _story_events(store, analyses, docs)
    story = describe_story(sid, analyses, state, events, find_series(analyses))
    return Item("story", sid, story), None, _event_items(events)


def _descriptions(store: Store, stale: list[str], states: dict, fresh: dict[str, Analysis],
                  workers: int) -> Iterator[tuple[Item, list[str] | None, list[Item]]]:
    """The `_description` of each story of `stale`, in that order. With `workers` > 1 and stories of
    PARALLEL_DESCRIPTIONS documents or more in all, a forked process describes about half of them
    (by documents) meanwhile and sends them over: this process writes every one, in the same order
    as alone, so the store ends the same."""
    sizes = store.member_counts(stale) if workers > 1 and len(stale) > 1 else {}
    if sum(sizes.values()) < PARALLEL_DESCRIPTIONS or not hasattr(os, "fork") or store.path == ":memory:":
        for sid in stale:
            yield _description(store, sid, states.get(sid), fresh)
        return
    # Largest first, each story to the side with fewer documents so far.
    loads, sides = [0, 0], {}
    for sid in sorted(stale, key=lambda sid: (-sizes.get(sid, 0), sid)):
        side = 0 if loads[0] <= loads[1] else 1
        sides[sid] = side
        loads[side] += sizes.get(sid, 0)
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    process = context.Process(target=_describe_apart, name="vigie-stories",
                              args=(store.path, [sid for sid in stale if sides[sid]], states, fresh, sending))
    process.start()
    sending.close()
    try:
        for sid in stale:
            if not sides[sid]:
                yield _description(store, sid, states.get(sid), fresh)
                continue
            try:
                yield receiving.recv()
            except EOFError:
                process.join()
                raise RuntimeError(f"describing stories failed in process {process.pid} (exit code "
                                   f"{process.exitcode}): see its traceback above") from None
    finally:
        receiving.close()
        process.join()


def _describe_apart(path: str, stories: list[str], states: dict, fresh: dict[str, Analysis], sending) -> None:
    """`_description` of each of `stories`, sent in order, in a forked process that reads the store
    through a connection of its own and writes nothing."""
    store = Store(path, readonly=True)
    try:
        for sid in stories:
            sending.send(_description(store, sid, states.get(sid), fresh))
    finally:
        sending.close()
        store.close()


def _story_events(store: Store, analyses: list[Analysis], docs: list[str]) -> list[Event]:
    """The events told in documents `docs` (their `analyses`), merged across the articles telling them."""
    ids = store.corpus_ids(docs)
    labels = store.entity_labels(cid for local in ids.values() for cid in local.values())
    found = [e for a in analyses for e in with_corpus_ids(
        find_events(a) if a.events is None else a.events, ids.get(a.doc.id, {}), labels)]
    published = {a.doc.id: a.doc.published.date or a.doc.published.earliest for a in analyses}
    return merge_events(found, store.relations_among(docs), published)


def _event_items(events: list[Event]) -> list[Item]:
    # An event's fields hold plain values only (strings, numbers, lists and dicts of them):
    # a shallow copy is its JSON form, at a fraction of `to_dict`'s walk.
    return [Item("event", e.id, dict(vars(e)), e.sources[0]["doc"]) for e in events]


def grow_story(before: dict[str, Any], members: list[tuple[str, str | None, str | None]],
               events: list[Event]) -> dict[str, Any]:
    """A story described earlier, with its new documents taken in: every document and episode, the
    events the new ones tell (merged among themselves), their actors and places counted in, and
    their tellings of a day already in the timeline added to its sources. New days enter the
    timeline, and the title changes, when the story is next described in full."""
    story = dict(before)
    members = sorted(members, key=lambda m: (m[1] or "9999", m[0]))
    story["documents"] = [doc for doc, _, _ in members]
    story["episodes"] = episodes(members)
    story["events"] = before["events"] + [e.id for e in events]
    story["actors"], story["places"] = _names(events, before["actors"] + before["places"])
    timeline = []
    for entry in before["timeline"]:
        sources = list(entry["sources"])
        for event in events:
            if (event.earliest and event.earliest[:10] <= entry["date"] <= (event.latest or event.earliest)[:10]
                    and same_telling(entry["summary"], event.text)):
                sources += [s for s in event.sources if s not in sources]
        timeline.append({**entry, "sources": sources})
    story["timeline"] = timeline
    return story


def _documents(store: Store, ids: list[str], fresh: dict[str, Analysis]) -> list[Document]:
    """The documents `ids`, in that order, without their analyses (a large batch fits in memory)."""
    stored = {d.id: d for d in store.documents(i for i in ids if i not in fresh)}
    return [fresh[i].doc if i in fresh else stored[i] for i in ids if i in fresh or i in stored]


def _analyses(store: Store, ids: list[str], fresh: dict[str, Analysis]) -> list[Analysis]:
    """The analyses of documents `ids`, in that order: from `fresh` when there, else from the store."""
    stored = {a.doc.id: a for a in store.analyses(i for i in ids if i not in fresh)}
    return [fresh.get(i) or stored[i] for i in ids if i in fresh or i in stored]


def describe_story(sid: str, members: list[Analysis], state, events: list[Event],
                   series: list[dict[str, Any]]) -> dict[str, Any]:
    """A story as exported: {id, title, documents, episodes, timeline, events, actors, places, series},
    from its documents, the events told in them and the figure series they report."""
    members = sorted(members, key=lambda a: (a.doc.published.earliest or "9999", a.doc.id))
    docs = [a.doc.id for a in members]
    bursts = episodes((a.doc.id, a.doc.published.earliest, a.doc.published.latest) for a in members)
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
        "series": series,
        "summarized": len(docs),
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
    for entry in summarize_timeline(items, TIMELINE_DATES, TIMELINE_SENTENCES, *_story_span(members)):
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
    # Whether an event's sentence stands alone is asked last, and only in a burst the summary left without
    # an entry: it reads the whole sentence.
    # By day (a stable sort: `merge_events` gives them so already), so that each burst reads only its own days' events.
    eligible = sorted((e for e in events if not e.hypothetical and not e.negated and not e.anaphoric and e.earliest),
                      key=lambda e: e.earliest[:10])
    days = [e.earliest[:10] for e in eligible]
    for burst in bursts:
        if any(burst["start"] <= e["date"] <= burst["end"] for e in entries):
            continue
        in_burst = set(burst["documents"])
        within = eligible[bisect.bisect_left(days, burst["start"]):bisect.bisect_right(days, burst["end"])]
        candidates = [e for e in within if any(s["doc"] in in_burst for s in e.sources) and stands_alone(e.text)]
        candidates.sort(key=lambda e: _event_rank(e, lead))
        for event in candidates[:EPISODE_EVENTS]:
            entries.append({"date": event.earliest[:10], "end": (event.latest or event.earliest)[:10],
                            "precision": event.precision, "summary": event.text, "sources": event.sources})
    entries.sort(key=lambda e: (e["date"], e["end"]))
    return entries


def _story_span(members: list[Analysis]) -> tuple[dt.date | None, dt.date | None]:
    """The days a story's timeline may hold: from before its first article to after its last by as long as the
    articles span, and at least BACKGROUND_DAYS. A day farther away is background the articles recall ("the
    September 11, 2001, attacks" in a story of March 2011), or a far plan, no news of the story."""
    bounds = [(dt.date.fromisoformat(p.earliest[:10]), dt.date.fromisoformat((p.latest or p.earliest)[:10]))
              for p in (a.doc.published for a in members) if p.earliest and len(p.earliest) >= 10]
    if not bounds:
        return None, None
    start, end = min(b[0] for b in bounds), max(b[1] for b in bounds)
    margin = max(end - start, dt.timedelta(days=BACKGROUND_DAYS))
    return start - margin, end + margin


def timeline_sentences(analysis: Analysis) -> list[DatedSentence]:
    """The dated sentences of a document that can stand in a timeline on their own.

    Left out: what may happen (sentences whose only events are told as forecasts,
    threats, plans or unconfirmed claims, and sentences of a day after the article's
    that report no event); captions and embedded posts; sentences in another language
    than the article's (a quoted post, already told in the article's words); and
    sentences dated only by the article's date that open on a pronoun or a quotation
    mark — they continue the previous sentence, which may speak of another day.
    Sentences that tell no event at all stay (a toll, a state of things, a background
    the summary's centrality weighs): keeping only those telling an event lost as many
    good entries as it dropped poor ones. A sentence naming several days stands for
    the first it names ("the toll rose on Thursday to four, from two on Tuesday").
    """
    doc = analysis.doc
    foreign = [(s, e) for (s, e), lang in zip(doc.paragraphs, doc.paragraph_langs)
               if lang and doc.lang and lang != doc.lang]
    events = find_events(analysis) if analysis.events is None else analysis.events
    reporting = {s["start"] for e in events if not e.hypothetical for s in e.sources}
    # A statement made on a past day was made even when what it states is conditional ("Mardi, le maire a
    # déclaré que la ville fermerait le port si la tempête revenait").
    said = {s["start"] for e in events if e.hypothetical and e.type in STATEMENT_TYPES for s in e.sources} - reporting
    unsure = {s["start"] for e in events if e.hypothetical for s in e.sources} - reporting - said
    kept = []
    for item in dated_sentences(analysis):
        if item.start in unsure or NOT_REPORTING.search(item.text) or any(s <= item.start < e for s, e in foreign):
            continue
        if item.start in said and item.published is None:
            continue
        # A day after the article's own, told by no event it reports, is a plan or a forecast ("Samedi, ce sera au
        # tour du quartier de la gare").
        if item.start not in reporting and item.published is not None and item.date > item.published:
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


def _names(events: list[Event], counted: list[dict[str, Any]] = ()) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The actors and places of a story's events, most often involved first, added to those already
    `counted`; a name both acts and situates ("Moscou" warns, a strike "à Moscou") under the role
    it holds most often, acting on a tie."""
    counts: dict[str, dict[str, Any]] = {}
    roles: dict[str, Counter[str]] = defaultdict(Counter)
    for record in counted:
        counts[record["key"]] = dict(record)
        roles[record["key"]][record["role"]] += record["events"]
    for event in events:
        for role, records in (("actor", event.actors), ("place", event.places)):
            for record in records:
                entry = counts.setdefault(record["key"], {"name": record["name"], "type": record["type"],
                                                          "key": record["key"], "role": role, "events": 0})
                entry["events"] += 1
                roles[record["key"]][role] += 1
    for key, entry in counts.items():
        entry["role"] = "actor" if roles[key]["actor"] >= roles[key]["place"] else "place"
    ranked = sorted(counts.values(), key=lambda r: (-r["events"], r["name"]))
    return ([r for r in ranked if r["role"] == "actor"][:STORY_NAMES],
            [r for r in ranked if r["role"] == "place"][:STORY_NAMES])
