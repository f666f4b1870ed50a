"""The plain records that flow between vigie's stages.

Every stage reads and writes these dataclasses and nothing else: readers make
`Document`s, the extractors of `vigie.nlp` make the records of an `Analysis`,
and the store and the exports serialize them with `to_dict`. Every position is a
pair of character offsets into `Document.text`.
"""
from __future__ import annotations

import dataclasses
import functools
import operator
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


class _Record:
    """A record pickles as its type and its fields' values, in order: it unpickles in less than half the
    time of the default (a dict of attributes to set), and analyses cross from worker processes as pickles."""

    __slots__ = ()

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        return type(self), _field_values(type(self))(self)


@dataclass
class Published(_Record):
    """When a document was published: an interval, a best date and how it was found.

    `date`, `earliest` and `latest` are ISO strings cut to their precision
    (YYYY-MM-DD, YYYY-MM or YYYY). `provenance` names where the date came from
    (header, html, feed, jsonl, warc, text, none); `inferred` is true when the
    text, not the metadata, fixed it; `evidence` says why in plain words.
    """

    date: str | None = None
    earliest: str | None = None
    latest: str | None = None
    precision: str | None = None  # day | month | year
    inferred: bool = False
    evidence: list[str] = field(default_factory=list)
    provenance: str = "none"


@dataclass
class Document(_Record):
    """One article, as every reader returns it.

    `id` is derived from the normalized text, so the same article read twice, from
    any format, gets the same id. `paragraphs` and `sentences` are (start, end)
    character offsets into `text`; `paragraph_langs` runs parallel to `paragraphs`.
    """

    id: str
    text: str
    path: str | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None  # the outlet: "AFP", "lemonde.fr"…
    lang: str | None = None
    published: Published = field(default_factory=Published)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    paragraph_langs: list[str | None] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Failure(_Record):
    """An input that could not be read: where it is and why, in words a user can act on."""

    place: str  # a path, "path:line", or a URL
    reason: str


@dataclass
class Relation(_Record):
    """Two documents that share text: `spans` are {doc, start, end} positions in either one."""

    doc_a: str
    doc_b: str
    relation: str  # duplicate | near_duplicate | shares_passages
    score: float
    spans: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Timex(_Record):
    """A TimeML TIMEX3 temporal expression: DATE, TIME, DURATION or SET, with its value."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None  # TimeML mod: START, MID, END, APPROX, BEFORE, AFTER…
    anchored: bool = False  # true when the value was computed from the document date


@dataclass
class SentenceTime(_Record):
    """The time a sentence speaks about, as an interval of ISO dates."""

    start: int
    end: int
    earliest: str | None
    latest: str | None
    precision: str | None  # day | week | month | season | year | None when unknown
    timex: int | None = None  # index in Analysis.timexes, None when the document date was used


@dataclass
class Geo(_Record):
    lat: float
    lon: float
    country: str | None
    geonames_id: int | None
    feature_class: str | None = None


@dataclass
class Mention(_Record):
    """A name in the text, typed, and linked to the document-level entity it belongs to."""

    start: int
    end: int
    text: str
    type: str  # person | organization | place
    entity: str  # key of the Entity it was merged into
    metonymy: bool = False  # a capital speaking for its government ("Moscou a dénoncé")
    nominal: bool = False  # a title standing for a named person ("le président américain")


@dataclass
class Entity(_Record):
    """An actor or place: every spelling merged under one canonical name."""

    id: str
    type: str  # person | organization | place
    name: str
    aliases: list[str] = field(default_factory=list)
    # (start, end) pairs in a document's analysis; {doc, start, end} dicts across the corpus.
    mentions: list[Any] = field(default_factory=list)
    roles: list[dict[str, str]] = field(default_factory=list)  # {"role": …, "affiliation": …}
    geo: Geo | None = None
    kb_id: str | None = None
    parent: str | None = None  # for places missing from the gazetteer: the stated parent place


@dataclass
class Speaker(_Record):
    text: str
    start: int | None = None
    end: int | None = None
    entity: str | None = None  # Entity id, None for anonymous sources


@dataclass
class Quote(_Record):
    start: int
    end: int
    text: str
    kind: str  # direct | partial | indirect
    lang: str | None
    verb: str | None
    speaker: Speaker | None


@dataclass
class Source(_Record):
    text: str
    entity: str | None = None
    # True when the text does not attribute this figure: the source is the article's main source
    # for its other tolls, or its outlet, agency credit or byline.
    inferred: bool = False


@dataclass
class Figure(_Record):
    start: int
    end: int
    text: str
    value: float | None
    low: float | None = None
    high: float | None = None
    approx: bool = False
    unit: str | None = None
    category: str = "other"
    who: str | None = None
    where: str | None = None
    when: str | None = None
    source: Source | None = None
    hypothetical: bool = False
    parent: int | None = None  # index of the figure this one breaks down


@dataclass
class Item(_Record):
    """A corpus-level record as stored and exported: a timex, quote, figure, event or story in JSON form."""

    kind: str  # timex | quote | figure | event | story
    id: str
    data: dict[str, Any]
    doc: str | None = None
    entity: str | None = None  # the entity it is about (a quote's speaker, a figure's source)


@dataclass
class Event(_Record):
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
class Analysis(_Record):
    """Everything the per-document extractors found in one document."""

    doc: Document
    timexes: list[Timex] = field(default_factory=list)
    sentence_times: list[SentenceTime] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    # None in analyses stored before events were found per document: the corpus finds them then.
    events: list[Event] | None = None


# Values `to_dict` returns as they are, tested by exact type: most fields hold one, and a set
# lookup in place of a recursive call for each takes about a sixth off converting an analysis.
_ATOMS = frozenset({str, int, float, bool, type(None)})


def to_dict(record: Any) -> Any:
    """Plain JSON-ready form of a record (dataclasses, lists and tuples, recursively)."""
    if record is None or isinstance(record, (str, int, float, bool)):
        return record
    if isinstance(record, (list, tuple)):
        if not record or _is_flat(record[0]):
            return list(record)  # offsets and word lists: nothing inside to convert
        return [r if type(r) in _ATOMS else to_dict(r) for r in record]
    if isinstance(record, dict):
        return {k: v if type(v) in _ATOMS else to_dict(v) for k, v in record.items()}
    names = _field_names(type(record))
    if names is not None:
        return {name: value if type(value := getattr(record, name)) in _ATOMS else to_dict(value) for name in names}
    return record


@functools.cache
def _field_names(cls: type) -> tuple[str, ...] | None:
    """The field names of a dataclass type (None for any other type), looked up once per type:
    storing analyses converts millions of records."""
    return tuple(f.name for f in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else None


@functools.cache
def _field_values(cls: type) -> Callable[[Any], tuple[Any, ...]]:
    """A function returning the values of a record's fields, in order (every record has two or more)."""
    return operator.attrgetter(*_field_names(cls))


def _is_flat(value: Any) -> bool:
    if value is None or isinstance(value, (str, int, float, bool)):
        return True
    return isinstance(value, tuple) and all(v is None or isinstance(v, (str, int, float, bool)) for v in value)


def from_dict(cls: type, data: Any) -> Any:
    """The record of type `cls` that `to_dict` turned into `data` (the inverse of `to_dict`)."""
    return _converter(cls)(data)


@functools.cache
def _converter(hint: Any) -> Callable[[Any], Any]:
    """A function turning the JSON form of a `hint`-typed value back into it, built once per type:
    reading stored analyses back revives millions of records."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _converter(inner[0]) if len(inner) == 1 else _as_is
    if dataclasses.is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        fields = [(f.name, _converter(hints[f.name])) for f in dataclasses.fields(hint)]
        plain = [name for name, convert in fields if convert is _as_is]
        nested = [(name, convert) for name, convert in fields if convert is not _as_is]

        def record(data: Any) -> Any:
            if data is None:
                return None
            values = {name: data[name] for name in plain if name in data}
            for name, convert in nested:
                if name in data:
                    values[name] = None if data[name] is None else convert(data[name])
            return hint(**values)
        return record
    if origin is list:
        (item,) = typing.get_args(hint)
        convert = _converter(item)
        return list if convert is _as_is else (lambda value: [convert(v) for v in value])
    if origin is tuple:
        return tuple
    return _as_is


def _as_is(value: Any) -> Any:
    return value
