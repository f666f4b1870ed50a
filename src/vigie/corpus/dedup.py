"""Duplicates and wire copy: which documents repeat each other, and where.

Three relations, strongest first: `duplicate` (the same text, under another URL
or outlet), `near_duplicate` (word-shingle Jaccard >= NEAR_DUPLICATE_JACCARD,
candidates found with MinHash LSH), and `shares_passages` (sentences of one
document reused, lightly edited, in another, as agencies' dispatches are). Every
relation carries the shared spans in both documents.
"""
from __future__ import annotations

import re
import unicodedata
import zlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import chain
from dataclasses import dataclass

from datasketch import LeanMinHash, MinHash, MinHashLSH

from vigie.model import Document, Relation

# Word n-grams compared between documents: four words survive the light edits
# outlets make to a dispatch ("djihadistes"/"jihadistes", a dropped adjective).
SHINGLE_WORDS = 4
NEAR_DUPLICATE_JACCARD = 0.8
MINHASH_PERMUTATIONS = 64
# A sentence is reused when this share of its shingles occurs in the other document.
SENTENCE_CONTAINMENT = 0.5
# Headings and stock phrases are too short to show copying.
MIN_SENTENCE_SHINGLES = 5
# Shingles found in more documents than this are stock phrases ("selon
# l'Observatoire syrien des droits de l'homme"), not evidence of copying.
MAX_SHINGLE_DOCUMENTS = 50
# Below this many shared characters two articles merely quote the same phrase.
MIN_SHARED_CHARS = 120
# Documents sharing fewer shingles cannot share MIN_SHARED_CHARS of reused
# sentences (a 120-character sentence half reused holds about eight), so they are
# not compared at all.
MIN_CANDIDATE_SHINGLES = 8

_TOKEN = re.compile(r"\w+")
_COMBINING = re.compile("[\u0300-\u036f]")


@dataclass
class _Fingerprint:
    doc: Document
    text_key: int
    sentence_shingles: list[set[int]]
    shingles: set[int]
    sentences_of: dict[int, list[int]]  # shingle → indexes of the sentences holding it


def _fold(text: str) -> str:
    return _COMBINING.sub("", unicodedata.normalize("NFD", text.casefold()))


def _shingles(text: str) -> set[int]:
    words = _TOKEN.findall(_fold(text))
    n = SHINGLE_WORDS
    if len(words) < n:
        return {zlib.crc32(" ".join(words).encode())} if words else set()
    return {zlib.crc32(" ".join(words[i:i + n]).encode()) for i in range(len(words) - n + 1)}


def fingerprint(doc: Document) -> _Fingerprint:
    sentence_shingles = [_shingles(doc.text[s:e]) for s, e in doc.sentences]
    sentences_of: dict[int, list[int]] = defaultdict(list)
    for index, shingles in enumerate(sentence_shingles):
        for shingle in shingles:
            sentences_of[shingle].append(index)
    key = zlib.crc32(" ".join(_TOKEN.findall(_fold(doc.text))).encode())
    return _Fingerprint(doc, key, sentence_shingles, set(sentences_of), sentences_of)


def _minhash(shingles: set[int]) -> LeanMinHash:
    # The shingles are already 32-bit hashes: MinHash takes them as they are.
    m = MinHash(num_perm=MINHASH_PERMUTATIONS, seed=7, hashfunc=int)
    if shingles:
        m.update_batch(list(shingles))
    return LeanMinHash(m)


def find_relations(new: Sequence[Document], known: Sequence[Document] = ()) -> list[Relation]:
    """Relations between each new document and every other document, new or known."""
    prints = {d.id: fingerprint(d) for d in list(known) + list(new)}
    new_ids = [d.id for d in new if d.id in prints]
    lsh = MinHashLSH(threshold=NEAR_DUPLICATE_JACCARD, num_perm=MINHASH_PERMUTATIONS)
    hashes = {}
    for doc_id, fp in prints.items():
        hashes[doc_id] = _minhash(fp.shingles)
        lsh.insert(doc_id, hashes[doc_id])
    index: dict[int, list[str]] = defaultdict(list)
    for doc_id, fp in prints.items():
        for s in fp.shingles:
            index[s].append(doc_id)

    relations = []
    seen: set[tuple[str, str]] = set()
    for a in new_ids:
        shared_counts = Counter(chain.from_iterable(
            owners for owners in map(index.__getitem__, prints[a].shingles) if len(owners) <= MAX_SHINGLE_DOCUMENTS))
        candidates = {b for b, n in shared_counts.items() if n >= MIN_CANDIDATE_SHINGLES} | set(lsh.query(hashes[a]))
        for b in sorted(candidates - {a}):
            pair = tuple(sorted((a, b)))
            if pair in seen:
                continue
            seen.add(pair)
            relation = _relate(prints[pair[0]], prints[pair[1]])
            if relation:
                relations.append(relation)
    return relations


def _relate(a: _Fingerprint, b: _Fingerprint) -> Relation | None:
    common = a.shingles & b.shingles
    spans = _shared_spans(a, common) + _shared_spans(b, common)
    if a.text_key == b.text_key:
        kind, score = "duplicate", 1.0
        spans = [_whole(a.doc), _whole(b.doc)]
    else:
        union = len(a.shingles) + len(b.shingles) - len(common)
        jaccard = len(common) / union if union else 0.0
        if jaccard >= NEAR_DUPLICATE_JACCARD:
            kind, score = "near_duplicate", round(jaccard, 3)
        else:
            shared = [sum(s["end"] - s["start"] for s in spans if s["doc"] == d.id) for d in (a.doc, b.doc)]
            if min(shared) < MIN_SHARED_CHARS:
                return None
            kind = "shares_passages"
            score = round(max(n / max(len(d.text), 1) for n, d in zip(shared, (a.doc, b.doc))), 3)
    return Relation(a.doc.id, b.doc.id, kind, score, spans)


def _whole(doc: Document) -> dict:
    return {"doc": doc.id, "start": 0, "end": len(doc.text)}


def _shared_spans(a: _Fingerprint, common: set[int]) -> list[dict]:
    """Runs of consecutive sentences of `a` made mostly of the `common` shingles, as positions in `a`."""
    spans: list[dict] = []
    shared = Counter(chain.from_iterable(map(a.sentences_of.__getitem__, common)))
    for index in sorted(shared):
        shingles = a.sentence_shingles[index]
        if len(shingles) < MIN_SENTENCE_SHINGLES or shared[index] < SENTENCE_CONTAINMENT * len(shingles):
            continue
        start, end = a.doc.sentences[index]
        if spans and not a.doc.text[spans[-1]["end"]:start].strip(" \t"):
            spans[-1]["end"] = end
        else:
            spans.append({"doc": a.doc.id, "start": start, "end": end})
    return spans
