"""Events: each sentence of a document reporting something happening, typed, dated, with its actors and place.

A sentence becomes an event when it holds a trigger of one of the PLOVER-like
types listed, per language, in `lang/<lang>/events.json` (DISPLACEMENT, ASSAULT,
MOBILIZE… STATEMENT); its type is the first of that list among its triggers,
STATEMENT only when nothing else is reported. Its date is the interval the time
tagger gave the sentence; its actors and places are the names mentioned in it;
its figures and quotes those found inside it. `vigie.corpus.events` then joins
the tellings of one event across articles.
"""
from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from vigie.lang import load
from vigie.model import Analysis, Entity, Event
from vigie.nlp.namekey import skeleton

# A sentence shorter than this (in words) is a heading or a caption, not a report.
MIN_WORDS = 5

_WORD = re.compile(r"\w+")
# Words as triggers see them: letters and inner hyphens ("cessez-le-feu", "sit-in").
_TOKEN = re.compile(r"\w+(?:-\w+)*")
# A trigger pattern of several words, or with an apostrophe, is scanned in the text as a phrase.
_MULTIWORD = re.compile(r" |'|’")


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


def find_events(analysis: Analysis) -> list[Event]:
    """The events reported by the sentences of one analysed document, in text order.

    Actors and places carry the document's entity ids; the corpus maps them to its own.
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
        actors, places = _participants(inside, end, names)
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
            figures=[f"{doc.id}:f{i}" for _, i in
                     figures[bisect_left(figure_starts, start):bisect_left(figure_starts, end)]],
            quotes=[f"{doc.id}:q{i}" for i in quotes_in.get(index, ())],
            sources=[{"doc": doc.id, "start": start, "end": end}],
            hypothetical=bool(lexicon.hypothetical.search(sentence)),
            negated=bool(lexicon.negation.search(sentence)),
            anaphoric=bool(lexicon.anaphora.match(sentence)),
        )
        events.append(event)
    return events


def is_anaphoric(text: str, lang: str | None) -> bool:
    """True when `text` opens on a pronoun ("Il a souligné…") and needs the previous sentence."""
    return bool(_lexicon(lang).anaphora.match(text))


def _participants(mentions, end, names) -> tuple[list[dict], list[dict]]:
    """Actors (people, organizations, capitals speaking for governments) and places among the
    mentions starting in a span that ends at `end`."""
    actors: dict[str, dict] = {}
    places: dict[str, dict] = {}
    for mention in mentions:
        if mention.end > end:
            continue
        entity = names.get(mention.entity)
        name = entity.name if entity else mention.text
        record = {"id": mention.entity, "name": name,
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
