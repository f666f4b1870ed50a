"""Events: each sentence reporting something happening, typed, dated, with its actors, place and sources.

`find_events` reads one analysed document: a sentence becomes an event when it
holds a trigger of one of the PLOVER-like types listed, per language, in
`lang/<lang>/events.json` (DISPLACEMENT, ASSAULT, MOBILIZE… STATEMENT); its type
is the first of that list among its triggers, STATEMENT only when nothing else is
reported. Its
date is the interval the time tagger gave the sentence; its actors and places are
the names mentioned in it; its figures and quotes those found inside it.

`merge_events` joins the tellings of one event across articles — wire copies
(documents sharing passages), and follow-ups that tell the same thing on the same
dates with the same actors — into one event carrying every source. The merged
date is the narrowest interval every telling agrees with, so an article dated
only to the month is narrowed by another that names the day.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import zlib
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from vigie.corpus.words import fold, stop_words
from vigie.export import figure_id
from vigie.lang import load
from vigie.model import Analysis, Entity, Relation
from vigie.nlp.namekey import skeleton

# A sentence shorter than this (in words) is a heading or a caption, not a report.
MIN_WORDS = 5
# Words shorter than this carry no content for comparing two tellings.
MIN_CONTENT_CHARS = 4
# Two sentences of documents that share passages are one telling when this share of
# the shorter one's content words is in the other (a lightly edited dispatch).
COPY_OVERLAP = 0.6
# Two sentences of unrelated documents tell the same event when their dates agree and
# their content words overlap this much (Dice: a short sentence inside a long one that
# says more is not the same telling)…
SAME_TEXT_DICE = 0.5
# …or when they also share an actor or place, with this much common wording.
SHARED_ACTOR_DICE = 0.4
# Tellings dated only to a period longer than this are too vague to be joined on
# wording and actors alone (two "in December" bombings are not one bombing).
MAX_MERGE_SPAN_DAYS = 7
# Words carried by more events than this do not discriminate candidates for merging.
MAX_BLOCK_SIZE = 200
# Within a block sorted by date, an event is compared with this many following ones: tellings
# of one event lie close in time, and the cost stays linear in the number of events.
BLOCK_WINDOW = 25
# Candidate keys per event: its rarest content words.
BLOCK_KEYS = 4

_WORD = re.compile(r"\w+")
# Words as triggers see them: letters and inner hyphens ("cessez-le-feu", "sit-in").
_TOKEN = re.compile(r"\w+(?:-\w+)*")
# A trigger pattern of several words, or with an apostrophe, is scanned in the text as a phrase.
_MULTIWORD = re.compile(r" |'|’")


@dataclass
class Event:
    """Something that happened, as one or more articles report it.

    `earliest`/`latest` bound when it happened (ISO dates), `precision` says how
    well (day, week, month, season, year, None). `actors` and `places` are
    {id, name, type, key} dicts (`key` compares spellings across documents);
    `figures` and `quotes` are item ids; `sources` are {doc, start, end} sentence
    spans, the first being the telling whose `text` is shown. `hypothetical` is
    true for what may happen or is unconfirmed (threats, fears, plans, "aurait"),
    `negated` for what did not; `anaphoric` when the sentence opens on a pronoun
    and needs the previous one to be understood.
    """

    id: str
    type: str
    text: str
    trigger: str
    earliest: str | None = None
    latest: str | None = None
    precision: str | None = None
    types: list[str] = field(default_factory=list)
    actors: list[dict[str, Any]] = field(default_factory=list)
    places: list[dict[str, Any]] = field(default_factory=list)
    figures: list[str] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)
    hypothetical: bool = False
    negated: bool = False
    anaphoric: bool = False


@dataclass
class _Lexicon:
    words: re.Pattern  # single-word triggers, matched against whole words
    phrases: re.Pattern  # triggers of several words or with an apostrophe, scanned in the text
    hypothetical: re.Pattern
    negation: re.Pattern
    anaphora: re.Pattern
    order: dict[str, int]
    seen: dict[str, tuple[str, str] | None]  # word → (type, word) found, shared by every document


@cache
def _lexicon(lang: str | None) -> _Lexicon:
    data = load(lang, "events")
    words, phrases = [], []
    for kind, patterns in data["types"].items():
        single = [p for p in patterns if not _MULTIWORD.search(p)]
        multi = [p for p in patterns if _MULTIWORD.search(p)]
        if single:
            words.append(f"(?P<{kind}>{'|'.join(single)})")
        if multi:
            phrases.append(f"(?P<{kind}>{'|'.join(multi)})")
    return _Lexicon(
        words=re.compile("(?:" + "|".join(words) + ")", re.IGNORECASE),
        phrases=re.compile(r"(?<!\w)(?:" + "|".join(phrases) + ")", re.IGNORECASE),
        hypothetical=re.compile(r"(?<!\w)(?:" + "|".join(data["hypothetical"]) + ")", re.IGNORECASE),
        negation=re.compile(r"(?<!\w)(?:" + "|".join(data["negation"]) + ")", re.IGNORECASE),
        anaphora=re.compile(r"\W*(?:" + "|".join(data["anaphora"]) + ")", re.IGNORECASE),
        order={kind: rank for rank, kind in enumerate(data["types"])},
        seen={},
    )


def _triggers(text: str, lexicon: _Lexicon):
    """(start, end, type) of every trigger in `text`, in text order.

    A scan of the whole alternation at every position costs too much; words are cut
    once and each distinct word is matched once per process, phrases are scanned.
    """
    found = []
    seen = lexicon.seen
    for match in _TOKEN.finditer(text):
        word = match.group()
        if word not in seen:
            hit = lexicon.words.fullmatch(word)
            seen[word] = hit.lastgroup if hit else None
        kind = seen[word]
        if kind:
            found.append((match.start(), match.end(), kind))
    found.extend((m.start(), m.end(), m.lastgroup) for m in lexicon.phrases.finditer(text))
    found.sort()
    return found


def event_types(lang: str | None = "fr") -> list[str]:
    """The event types of `lang`, in the order its events.json lists them (STATEMENT last)."""
    return list(_lexicon(lang).order)


def find_events(analysis: Analysis, entity_ids: dict[str, str] | None = None) -> list[Event]:
    """The events reported by the sentences of one analysed document, in text order.

    `entity_ids` maps the document's entity keys to corpus ids (as the store
    exports them); without it, actors keep their document keys.
    """
    doc = analysis.doc
    text = doc.text or ""
    if not text.strip() or not doc.sentences:
        return []
    lexicon = _lexicon(doc.lang)
    sentences = sorted(doc.sentences)
    starts = [s for s, _ in sentences]
    found: dict[int, list[tuple[bool, int, str, str]]] = defaultdict(list)
    for t_start, t_end, kind in _triggers(text, lexicon):
        index = bisect_right(starts, t_start) - 1
        if index >= 0 and t_end <= sentences[index][1]:
            # Types rank as events.json lists them: people fleeing or being attacked tell more
            # than the support or the statements around them ("soutenues par l'aviation russe").
            found[index].append((lexicon.order[kind], t_start, kind, text[t_start:t_end]))
    if not found:
        return []
    times = {(t.start, t.end): t for t in analysis.sentence_times}
    names = {e.id: e for e in analysis.entities}
    ids = entity_ids or {}
    mentions = sorted(analysis.mentions, key=lambda m: m.start)
    mention_starts = [m.start for m in mentions]
    figures = sorted(((f.start, i) for i, f in enumerate(analysis.figures)))
    figure_starts = [s for s, _ in figures]
    quotes_in: dict[int, list[int]] = defaultdict(list)  # sentence index → quotes overlapping it
    for i, q in enumerate(analysis.quotes):
        first = max(0, bisect_right(starts, q.start) - 1)
        for index in range(first, max(first + 1, bisect_left(starts, q.end))):
            quotes_in[index].append(i)
    events = []
    for index in sorted(found):
        start, end = sentences[index]
        sentence = text[start:end]
        if len(_WORD.findall(sentence)) < MIN_WORDS:
            continue
        hits = sorted(found[index])
        kinds = list(dict.fromkeys(kind for _, _, kind, _ in hits))
        when = times.get((start, end))
        inside = mentions[bisect_left(mention_starts, start):bisect_left(mention_starts, end)]
        actors, places = _participants(inside, end, names, ids)
        event = Event(
            id=_event_id(doc.id, start),
            type=kinds[0],
            types=kinds,
            text=" ".join(sentence.split()),
            trigger=hits[0][3],
            earliest=when.earliest if when else doc.published.earliest,
            latest=when.latest if when else doc.published.latest,
            precision=when.precision if when else doc.published.precision,
            actors=actors,
            places=places,
            figures=[figure_id(doc.id, i) for _, i in
                     figures[bisect_left(figure_starts, start):bisect_left(figure_starts, end)]],
            quotes=[f"{doc.id}:q{i}" for i in quotes_in.get(index, ())],
            sources=[{"doc": doc.id, "start": start, "end": end}],
            hypothetical=bool(lexicon.hypothetical.search(sentence)),
            negated=bool(lexicon.negation.search(sentence)),
            anaphoric=bool(lexicon.anaphora.match(sentence)),
        )
        events.append(event)
    return events


def same_telling(a: str, b: str) -> bool:
    """True when two sentences tell the same thing in nearly the same words (as merged events do)."""
    return _dice(_content_words(a), _content_words(b)) >= SAME_TEXT_DICE


def is_anaphoric(text: str, lang: str | None) -> bool:
    """True when `text` opens on a pronoun ("Il a souligné…") and needs the previous sentence."""
    return bool(_lexicon(lang).anaphora.match(text))


def _participants(mentions, end, names, ids) -> tuple[list[dict], list[dict]]:
    """Actors (people, organizations, capitals speaking for governments) and places among the
    mentions starting in a span that ends at `end`."""
    actors: dict[str, dict] = {}
    places: dict[str, dict] = {}
    for mention in mentions:
        if mention.end > end:
            continue
        entity = names.get(mention.entity)
        name = entity.name if entity else mention.text
        record = {"id": ids.get(mention.entity, mention.entity), "name": name,
                  "type": entity.type if entity else mention.type,
                  "key": entity_key(entity) if entity else skeleton(name)}
        if record["type"] == "place" and not mention.metonymy:
            places.setdefault(record["key"], record)
        else:
            actors.setdefault(record["key"], record)
    return list(actors.values()), list(places.values())


def entity_key(entity: Entity) -> str:
    """A key under which one actor or place meets itself across documents: its knowledge-base or
    gazetteer id when it has one, else the consonant frame of its name (spelling-blind)."""
    if entity.kb_id:
        return f"kb:{entity.kb_id}"
    if entity.geo and entity.geo.geonames_id:
        return f"gn:{entity.geo.geonames_id}"
    return skeleton(entity.name)


def _event_id(doc: str, start: int) -> str:
    return "ev-" + hashlib.sha1(f"{doc}:{start}".encode()).hexdigest()[:12]


def merge_events(events: Iterable[Event], relations: Iterable[Relation] = (),
                 published: dict[str, str | None] | None = None) -> list[Event]:
    """One event per thing that happened, with every article telling it among its sources.

    `relations` (wire copies) let edited copies of one sentence meet whatever their
    dates; `published` (document id → date) orders the sources, oldest telling first.
    Events of one document are never merged with each other.
    """
    events = list(events)
    if not events:
        return []
    published = published or {}
    copies = {frozenset((r.doc_a, r.doc_b)) for r in relations}
    words = [_content_words(e.text) for e in events]
    frequency: dict[int, int] = defaultdict(int)
    for ws in words:
        for w in ws:
            frequency[w] += 1
    blocks: dict[tuple[str, int], list[int]] = defaultdict(list)
    for index, (event, ws) in enumerate(zip(events, words)):
        for w in sorted(ws, key=lambda w: (frequency[w], w))[:BLOCK_KEYS]:
            if frequency[w] > 1:
                blocks[(event.type, w)].append(index)
    parent = list(range(len(events)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    intervals = [_interval(e) for e in events]
    seen: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) > MAX_BLOCK_SIZE:
            continue
        members.sort(key=lambda i: (intervals[i] or (dt.date.max,))[0])
        for x, i in enumerate(members):
            for j in members[x + 1:x + 1 + BLOCK_WINDOW]:
                if (i, j) in seen or find(i) == find(j):
                    continue
                seen.add((i, j))
                if _same_event(events[i], events[j], words[i], words[j], intervals[i], intervals[j], copies):
                    parent[find(j)] = find(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for index in range(len(events)):
        groups[find(index)].append(index)
    merged = [_combine([events[i] for i in members], published) for members in groups.values()]
    merged.sort(key=lambda e: (e.earliest or "9999", e.sources[0]["doc"], e.sources[0]["start"]))
    return merged


def _same_event(a: Event, b: Event, wa, wb, ia, ib, copies) -> bool:
    doc_a, doc_b = a.sources[0]["doc"], b.sources[0]["doc"]
    if doc_a == doc_b or a.hypothetical != b.hypothetical or a.negated != b.negated:
        return False
    overlap = _overlap(wa, wb)
    if frozenset((doc_a, doc_b)) in copies and overlap >= COPY_OVERLAP:
        return True
    if ia is None or ib is None or ia[0] > ib[1] or ib[0] > ia[1]:
        return False
    if (ia[1] - ia[0]).days > MAX_MERGE_SPAN_DAYS and (ib[1] - ib[0]).days > MAX_MERGE_SPAN_DAYS:
        return False
    dice = _dice(wa, wb)
    if dice >= SAME_TEXT_DICE:
        return True
    shared = {p["key"] for p in a.actors + a.places} & {p["key"] for p in b.actors + b.places}
    return bool(shared) and dice >= SHARED_ACTOR_DICE


def _combine(members: list[Event], published: dict[str, str | None]) -> Event:
    """One event from its tellings: the oldest telling shown, every source kept, the narrowest agreed date."""
    members.sort(key=lambda e: (published.get(e.sources[0]["doc"]) or "9999", e.sources[0]["doc"],
                                e.sources[0]["start"]))
    if len(members) == 1:
        return members[0]
    first = members[0]
    earliest, latest, precision = _agreed_dates(members)
    return Event(
        id=first.id, type=first.type, text=first.text, trigger=first.trigger,
        earliest=earliest, latest=latest, precision=precision,
        types=list(dict.fromkeys(k for e in members for k in e.types)),
        actors=_union(e.actors for e in members), places=_union(e.places for e in members),
        figures=[f for e in members for f in e.figures], quotes=[q for e in members for q in e.quotes],
        sources=[s for e in members for s in e.sources],
        hypothetical=first.hypothetical, negated=first.negated, anaphoric=first.anaphoric,
    )


def _agreed_dates(members: list[Event]) -> tuple[str | None, str | None, str | None]:
    """The date the tellings agree on: a day named by some, when every other telling only knows a
    period containing it (a week, a month); else the oldest telling's date.

    Intervals that run from a day ("depuis le 16 décembre") are not narrowed: each telling
    of an ongoing situation ends where its article was written.
    """
    first = members[0]
    dated = [(e, _interval(e)) for e in members if _interval(e) is not None]
    days = {i for e, i in dated if e.precision == "day" and i[0] == i[1]}
    if len(days) == 1:
        (day, _), = days
        others = [(e, i) for e, i in dated if not (e.precision == "day" and i[0] == i[1])]
        if all(e.precision != "day" and i[0] <= day <= i[1] for e, i in others):
            return day.isoformat(), day.isoformat(), "day"
    return first.earliest, first.latest, first.precision


def _union(lists: Iterable[list[dict]]) -> list[dict]:
    merged: dict[str, dict] = {}
    for records in lists:
        for record in records:
            merged.setdefault(record["key"], record)
    return list(merged.values())


def _interval(event: Event) -> tuple[dt.date, dt.date] | None:
    try:
        lo = dt.date.fromisoformat(event.earliest[:10]) if event.earliest else None
        hi = dt.date.fromisoformat(event.latest[:10]) if event.latest else lo
    except ValueError:
        return None
    if lo is None or hi is None or hi < lo:
        return None
    return lo, hi


def _content_words(text: str) -> frozenset[int]:
    """Hashes of the sentence's content words (folded, no stop words, no short words)."""
    stop = stop_words()
    return frozenset(zlib.crc32(w.encode()) for w in _WORD.findall(fold(text))
                     if len(w) >= MIN_CONTENT_CHARS and w not in stop and not w.isdigit())


def _dice(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def _overlap(a: frozenset[int], b: frozenset[int]) -> float:
    """Share of the smaller set found in the other (overlap coefficient)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
