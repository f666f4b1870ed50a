"""Events across articles: the tellings of one event joined into one event with all its sources.

`merge_events` joins the events `vigie.nlp.events` found in each article —
wire copies (documents sharing passages), and follow-ups that tell the same
thing on the same dates with the same actors — into one event carrying every
source. The merged date is the narrowest interval every telling agrees with, so
an article dated only to the month is narrowed by another that names the day.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache
from itertools import chain, filterfalse

from vigie.corpus.words import fold, stop_words
from vigie.model import Event, Relation

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
# Relations of documents that are copies of one article: a sentence they share word for word is one telling.
COPY_RELATIONS = frozenset({"duplicate", "near_duplicate"})

# Sentences whose content words are remembered: wire copies and follow-ups repeat a sentence word for
# word, and a story's timeline compares again the sentences its events were merged on.
CONTENT_WORDS_CACHE = 1 << 16

# A word of at least MIN_CONTENT_CHARS characters, whole: a shorter word matches nowhere inside itself. Read in
# folded text, which is ASCII: there ASCII word characters are every word character, and a third faster to match.
_CONTENT_WORD = re.compile(rf"\w{{{MIN_CONTENT_CHARS},}}", re.ASCII)


def with_corpus_ids(events: list[Event], ids: dict[str, str],
                    labels: dict[str, tuple[str, str]] | None = None) -> list[Event]:
    """`events` of one document with their actors' and places' document ids replaced by corpus ids, and
    their keys, names and types by the corpus entity's (`labels`: corpus id → name, type) when known: the
    "Blair" an article alone names, and a gazetteer made a town, is the Tony Blair of the others."""
    labels = labels or {}
    for event in events:
        for record in event.actors + event.places:
            record["id"] = ids.get(record["id"], record["id"])
            if record["id"] in labels:
                record["key"] = record["id"]
                record["name"], record["type"] = labels[record["id"]]
    return events


def same_telling(a: str, b: str) -> bool:
    """True when two sentences tell the same thing in nearly the same words (as merged events do)."""
    return _dice(_content_words(a), _content_words(b)) >= SAME_TEXT_DICE


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
    relations = list(relations)
    article = _articles(relations)
    # Pairs of articles copying each other, both ways round: a pair is looked up for every comparison.
    copies = {pair for r in relations
              for a, b in [(article.get(r.doc_a, r.doc_a), article.get(r.doc_b, r.doc_b))] for pair in ((a, b), (b, a))}
    tellings = [_Telling(e, article) for e in events]
    parent = list(range(len(events)))
    words: dict[int, frozenset[str]] = {
        i: _content_words(events[i].text) for i in _join_copied_tellings(events, article, parent)}
    frequency = Counter(chain.from_iterable(words.values()))
    # Every word's rank from the rarest, ties in alphabetical order (two stable sorts, no key tuple per word): an
    # event's keys are its first ones (its ranks sorted as plain integers, then read back as words).
    ranked = sorted(sorted(frequency), key=frequency.__getitem__)
    rank = {w: r for r, w in enumerate(ranked)}
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, ws in words.items():
        for r in sorted(map(rank.__getitem__, ws))[:BLOCK_KEYS]:
            w = ranked[r]
            if frequency[w] > 1:
                blocks[(events[index].type, w)].append(index)

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    start = [(t.interval or (dt.date.max,))[0] for t in tellings]
    seen: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) > MAX_BLOCK_SIZE:
            continue
        members.sort(key=start.__getitem__)
        for x, i in enumerate(members):
            for j in members[x + 1:x + 1 + BLOCK_WINDOW]:
                if (i, j) in seen or find(i) == find(j):
                    continue
                seen.add((i, j))
                if _same_event(tellings[i], tellings[j], words[i], words[j], copies):
                    parent[find(j)] = find(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for index in range(len(events)):
        groups[find(index)].append(index)
    merged = [_combine([tellings[i] for i in members], published) for members in groups.values()]
    merged.sort(key=lambda e: (e.earliest or "9999", e.sources[0]["doc"], e.sources[0]["start"]))
    return merged


class _Telling:
    """An event as `merge_events` compares it: what each comparison reads, looked up once."""

    __slots__ = ("event", "doc", "article", "interval", "vague")

    def __init__(self, event: Event, article: dict[str, str]):
        self.event = event
        self.doc = event.sources[0]["doc"]
        self.article = article.get(self.doc, self.doc)
        self.interval = _interval(event)
        self.vague = self.interval is not None and (self.interval[1] - self.interval[0]).days > MAX_MERGE_SPAN_DAYS


def _articles(relations: list[Relation]) -> dict[str, str]:
    """Document id → the first document of the article it is a copy of (duplicates and near
    duplicates, transitively); documents copying nothing are left out."""
    parent: dict[str, str] = {}

    def find(doc: str) -> str:
        while parent.get(doc, doc) != doc:
            doc = parent[doc]
        return doc

    for r in sorted(relations, key=lambda r: (r.doc_a, r.doc_b)):
        if r.relation in COPY_RELATIONS:
            a, b = sorted((find(r.doc_a), find(r.doc_b)))
            if a != b:
                parent[b] = a
    return {doc: find(doc) for doc in parent} | {root: root for root in set(map(find, parent))}


def _join_copied_tellings(events: list[Event], article: dict[str, str], parent: list[int]) -> list[int]:
    """Join each sentence told word for word in several copies of one article into its first telling:
    they are one event, whatever their dates. Returns the events left to compare with each other
    (the first tellings and every other event)."""
    first: dict[tuple[str, str], int] = {}
    compared = []
    for index, event in enumerate(events):
        doc = event.sources[0]["doc"]
        key = (article.get(doc, doc), event.text)
        twin = first.setdefault(key, index)
        if twin != index and events[twin].sources[0]["doc"] != doc:
            parent[index] = twin
        else:
            compared.append(index)
    return compared


def _same_event(a: _Telling, b: _Telling, wa: frozenset[str], wb: frozenset[str],
                copies: set[tuple[str, str]]) -> bool:
    if a.doc == b.doc or a.event.hypothetical != b.event.hypothetical or a.event.negated != b.event.negated:
        return False
    if (a.article, b.article) in copies and _overlap(wa, wb) >= COPY_OVERLAP:
        return True
    ia, ib = a.interval, b.interval
    if ia is None or ib is None or ia[0] > ib[1] or ib[0] > ia[1]:
        return False
    if a.vague and b.vague:
        return False
    dice = _dice(wa, wb)
    if dice >= SAME_TEXT_DICE:
        return True
    shared = {p["key"] for p in a.event.actors + a.event.places} & {p["key"] for p in b.event.actors + b.event.places}
    return bool(shared) and dice >= SHARED_ACTOR_DICE


def _combine(tellings: list[_Telling], published: dict[str, str | None]) -> Event:
    """One event from its tellings: the oldest telling shown, every source kept, the narrowest agreed date."""
    if len(tellings) == 1:
        return tellings[0].event
    tellings.sort(key=lambda t: (published.get(t.doc) or "9999", t.doc, t.event.sources[0]["start"]))
    members = [t.event for t in tellings]
    first = members[0]
    earliest, latest, precision = _agreed_dates(tellings)
    return Event(
        id=first.id, type=first.type, text=first.text, trigger=first.trigger,
        earliest=earliest, latest=latest, precision=precision,
        types=list(dict.fromkeys(k for e in members for k in e.types)),
        actors=_union(e.actors for e in members), places=_union(e.places for e in members),
        figures=[f for e in members for f in e.figures], quotes=[q for e in members for q in e.quotes],
        sources=[s for e in members for s in e.sources],
        hypothetical=first.hypothetical, negated=first.negated, anaphoric=first.anaphoric,
    )


def _agreed_dates(tellings: list[_Telling]) -> tuple[str | None, str | None, str | None]:
    """The date the tellings agree on: a day named by some, when every other telling only knows a
    period containing it (a week, a month); else the oldest telling's date.

    Intervals that run from a day ("depuis le 16 décembre") are not narrowed: each telling
    of an ongoing situation ends where its article was written.
    """
    first = tellings[0].event
    dated = [(t.event, t.interval) for t in tellings if t.interval is not None]
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


@lru_cache(maxsize=CONTENT_WORDS_CACHE)
def _content_words(text: str) -> frozenset[str]:
    """The sentence's content words (folded, no stop words, no short words, no numbers)."""
    return frozenset(filterfalse(str.isdigit, set(_CONTENT_WORD.findall(fold(text))) - stop_words()))


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the smaller set found in the other (overlap coefficient)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
