"""Duplicates and wire copy: which documents repeat each other, and where.

Three relations, strongest first: `duplicate` (the same words in the same order,
under another URL or outlet), `near_duplicate` (word-shingle Jaccard >=
NEAR_DUPLICATE_JACCARD), and `shares_passages` (sentences of one document reused,
lightly edited, in another, as agencies' dispatches are). Every relation carries
the shared spans in both documents.

Two documents are compared when they share MIN_CANDIDATE_SHINGLES shingles that
few documents hold, or when their shingle sets are near duplicates; both are found
exactly, with numpy over the shingles of all documents at once. Near duplicates
come from prefix filtering: two sets with Jaccard >= t share at least one of the
first |x| - ceil(t|x|) + 1 elements of each, in any fixed order; ordering the
shingles rarest first keeps those prefixes to shingles few documents share.

A document's shingle set (`Fingerprint.shingles`, 64-bit hashes, sorted) is all a
later run needs to find the documents it must be compared with: a store keeps it
(`pack_shingles`), and `find_new_relations` fingerprints in full only the new
documents and the known ones that share enough with them.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from hashlib import blake2b
from itertools import chain

import numpy as np

from vigie.model import Document, Relation

# Word n-grams compared between documents: four words survive the light edits
# outlets make to a dispatch ("djihadistes"/"jihadistes", a dropped adjective).
SHINGLE_WORDS = 4
NEAR_DUPLICATE_JACCARD = 0.8
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
# Names how shingles are made: a stored shingle set made under another scheme is
# made again. Change it with anything that changes shingle values (words, folding,
# hashing).
SHINGLE_SCHEME = f"words{SHINGLE_WORDS}-blake2b64-poly-v1"
# Distinct words whose hashes are kept from one document to the next; the cache is
# emptied when it would outgrow this (a few tens of megabytes).
WORD_CACHE_SIZE = 300_000
# Known documents read from the store and matched against the new ones per batch,
# so that the shingles of a large store never sit in memory all at once.
KNOWN_BATCH = 2_000

_TOKEN = re.compile(r"\w+")
_MARK = "\x00"
_TOKEN_OR_MARK = re.compile(r"\w+|\x00")
_COMBINING = re.compile("[\u0300-\u036f]")
_MASK = (1 << 64) - 1
# Shingle hash: a polynomial over the 64-bit hashes of its words, seeded by its
# length so that a short sentence's words never hash like a four-word window.
_MULTIPLIER = 0x9E3779B97F4A7C15
_SEEDS = (0, 0x243F6A8885A308D3, 0x13198A2E03707344, 0xA4093822299F31D0, 0x082EFA98EC4E6C89)
_POWERS = [np.uint64(pow(_MULTIPLIER, k, 1 << 64)) for k in range(SHINGLE_WORDS)]
_FULL_SEED = np.uint64(_SEEDS[SHINGLE_WORDS] * pow(_MULTIPLIER, SHINGLE_WORDS, 1 << 64) & _MASK)
_word_hashes: dict[str, int] = {}


@dataclass(eq=False)
class Fingerprint:
    """What comparing a document needs: its shingles, and which sentences hold which."""

    doc: Document
    shingles: np.ndarray  # distinct shingle hashes, sorted (uint64)
    # The sentences holding shingle i are entry_sentence[shingle_entries[i]:shingle_entries[i + 1]].
    shingle_entries: np.ndarray
    entry_sentence: np.ndarray
    # A sentence is reused when at least this many of its shingles are shared (inf: too short to tell).
    sentence_need: np.ndarray
    _key: bytes | None = field(default=None, repr=False)

    @property
    def text_key(self) -> bytes:
        """The document's words in order, folded, as a hash: equal for duplicates."""
        if self._key is None:
            self._key = _words_key(_hash_words(_TOKEN.findall(_fold(self.doc.text))))
        return self._key


def _words_key(hashes: np.ndarray) -> bytes:
    return blake2b(hashes.tobytes(), digest_size=16).digest()


def _fold(text: str) -> str:
    return _COMBINING.sub("", unicodedata.normalize("NFD", text.casefold()))


def _hash_words(words: list[str]) -> np.ndarray:
    """64-bit hashes of `words`, stable across runs and machines (they are stored)."""
    cache = _word_hashes
    missing = set(words).difference(cache)
    if missing:
        if len(cache) + len(missing) > WORD_CACHE_SIZE:
            cache.clear()
        for word in missing:
            cache[word] = int.from_bytes(blake2b(word.encode(), digest_size=8).digest(), "little")
    return np.fromiter(map(cache.__getitem__, words), dtype=np.uint64, count=len(words))


def _short_shingle(hashes: Sequence[int]) -> int:
    """The one shingle of a sentence of fewer than SHINGLE_WORDS words."""
    value = _SEEDS[len(hashes)]
    for h in hashes:
        value = (value * _MULTIPLIER + h) & _MASK
    return value


def fingerprint(doc: Document) -> Fingerprint:
    """The shingles of each sentence of `doc` (SHINGLE_WORDS folded words; a shorter sentence is one shingle)."""
    # The text is folded and tokenized once, its pieces (sentences, and the text
    # between them) marked with NUL; a NUL of the text itself is a delimiter like
    # any other non-word character.
    text = doc.text.replace(_MARK, " ") if _MARK in doc.text else doc.text
    cuts = list(chain.from_iterable(doc.sentences))
    ordered = all(x <= y for x, y in zip([0, *cuts], [*cuts, len(text)]))
    if ordered:
        bounds = [0, *cuts, len(text)]
        pieces = [text[x:y] for x, y in zip(bounds, bounds[1:])]
    else:
        pieces = [text[s:e] for s, e in doc.sentences]
    tokens = _TOKEN_OR_MARK.findall(_fold(_MARK.join(pieces)))
    marks = []
    for _ in range(len(pieces) - 1):
        marks.append(tokens.index(_MARK, marks[-1] + 1 if marks else 0))
    hashes = np.delete(_hash_words(tokens), marks)
    counts = np.diff(np.array([-1] + marks + [len(tokens)])) - 1
    # Pieces alternate between the text before a sentence and the sentence when the sentences are in order.
    piece = np.arange(len(counts))
    piece_sentence = np.where(piece % 2 == 1, piece // 2, -1) if ordered else piece
    key = _words_key(hashes) if ordered else None
    sentence_of_word = np.repeat(piece_sentence, counts)
    in_sentence = sentence_of_word >= 0
    hashes, sentence_of_word = hashes[in_sentence], sentence_of_word[in_sentence]
    lengths = np.bincount(sentence_of_word, minlength=len(doc.sentences))
    n = SHINGLE_WORDS
    if len(hashes) >= n:
        windows = _FULL_SEED + sum((hashes[k:len(hashes) - n + 1 + k] * _POWERS[n - 1 - k] for k in range(n)),
                                   start=np.zeros(len(hashes) - n + 1, dtype=np.uint64))
        inside = sentence_of_word[:1 - n] == sentence_of_word[n - 1:]
        values, sentences = windows[inside], sentence_of_word[:1 - n][inside]
    else:
        values, sentences = np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
    short = np.flatnonzero((lengths > 0) & (lengths < n))
    if len(short):
        ends = np.cumsum(lengths)
        extra = [_short_shingle([int(h) for h in hashes[ends[i] - lengths[i]:ends[i]]]) for i in short]
        values = np.concatenate([values, np.array(extra, dtype=np.uint64)])
        sentences = np.concatenate([sentences, short])
    # One entry per distinct (shingle, sentence), shingle by shingle.
    order = np.lexsort((sentences, values))
    values, sentences = values[order], sentences[order]
    first = np.ones(len(values), dtype=bool)
    np.not_equal(values[1:], values[:-1], out=first[1:])
    distinct = first.copy()
    distinct[1:] |= sentences[1:] != sentences[:-1]
    entry_sentence = sentences[distinct]
    sizes = np.bincount(entry_sentence, minlength=len(lengths))
    need = np.where(sizes >= MIN_SENTENCE_SHINGLES, SENTENCE_CONTAINMENT * sizes, np.inf)
    return Fingerprint(doc, values[first], np.append(np.flatnonzero(first[distinct]), len(entry_sentence)),
                       entry_sentence, need, key)


def _held_by(starts: np.ndarray, values: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The values of rows `rows` of a sparse index (row i: values[starts[i]:starts[i + 1]]), each with its
    position in `rows`."""
    first = starts[rows]
    counts = starts[rows + 1] - first
    origin = np.repeat(np.arange(len(rows)), counts)
    return origin, values[np.arange(len(origin)) + np.repeat(first - (np.cumsum(counts) - counts), counts)]


def pack_shingles(fp: Fingerprint) -> bytes:
    """A document's shingle set as bytes to store (read back with `unpack_shingles`)."""
    return fp.shingles.astype("<u8").tobytes()


def unpack_shingles(data: bytes) -> np.ndarray:
    """A shingle set stored by `pack_shingles`."""
    return np.frombuffer(data, dtype="<u8").astype(np.uint64)


def find_relations(new: Sequence[Document], known: Sequence[Document] = ()) -> list[Relation]:
    """Relations between each new document and every other document, new or known."""
    prints = {d.id: fingerprint(d) for d in known}
    new_prints = list({d.id: fingerprint(d) for d in new}.values())
    new_ids = {fp.doc.id for fp in new_prints}
    return find_new_relations(new_prints, ((i, fp.shingles) for i, fp in prints.items() if i not in new_ids),
                              lambda ids: (prints[i] for i in ids))


def find_new_relations(new: Sequence[Fingerprint], known: Iterable[tuple[str, np.ndarray]],
                       load: Callable[[list[str]], Iterable[Fingerprint]]) -> list[Relation]:
    """Relations between each new document and every other, the known ones given by their shingle sets.

    `known` yields (document id, shingle set) for every known document (the sets of
    `Fingerprint.shingles`, as stored); `load(ids)` gives the fingerprints of the known
    documents among `ids`, the few that must be compared in full with a new one.
    """
    if not new:
        return []
    pool = _Pool(new, known)
    pairs = pool.candidates()
    loaded = {fp.doc.id: fp for fp in load(sorted({pool.ids[j] for _, j in pairs if j >= len(new)}))}
    prints = list(new) + [loaded.get(i) for i in pool.ids[len(new):]]
    partners: dict[int, list[int]] = {}
    for i, j in pairs:
        if prints[j] is not None:
            partners.setdefault(i, []).append(j)
    # Each pair is compared from its larger document, so that the work follows the smaller one.
    by_hub: dict[int, list[int]] = {}
    for i, others in partners.items():
        for j in others:
            hub, other = (j, i) if len(prints[j].shingles) > len(prints[i].shingles) else (i, j)
            by_hub.setdefault(hub, []).append(other)
    found: dict[tuple[int, int], Relation | None] = {}
    table = np.full(len(pool.values) + 1, -1, dtype=np.int64)
    for hub, others in by_hub.items():
        outcomes = _relate_all(prints[hub], pool.ranks_of(prints[hub], hub),
                               [(prints[j], pool.ranks_of(prints[j], j)) for j in others], table)
        found.update(((min(hub, j), max(hub, j)), r) for j, r in zip(others, outcomes))
    relations = []
    for i in sorted(partners):
        for j in sorted(partners[i], key=lambda j: pool.ids[j]):
            if found[i, j]:
                relations.append(found[i, j])
    return relations


class _Pool:
    """The documents compared, their shingles numbered by rank among the distinct shingles of the new ones.

    Documents 0 .. len(new) - 1 are the new ones, the known ones follow; of a known
    document only the shingles a new one holds are kept (no other can be shared).
    """

    def __init__(self, new: Sequence[Fingerprint], known: Iterable[tuple[str, np.ndarray]]):
        self.ids = [fp.doc.id for fp in new]
        self.new_count = len(new)
        values = np.concatenate([fp.shingles for fp in new])
        # A stable sort merges the documents' sorted shingles run by run.
        order = np.argsort(values, kind="stable")
        values = values[order]
        first = np.ones(len(values), dtype=bool)
        np.not_equal(values[1:], values[:-1], out=first[1:])
        self.values = values[first]
        inverse = np.empty(len(values), dtype=np.int64)
        inverse[order] = np.cumsum(first) - 1
        sizes = [len(fp.shingles) for fp in new]
        ranks = np.split(inverse, np.cumsum(sizes)[:-1])
        batch: list[tuple[str, np.ndarray]] = []
        for item in chain(known, [None]):
            if item is not None:
                batch.append(item)
            if batch and (item is None or len(batch) >= KNOWN_BATCH):
                for doc_id, doc_ranks, size in self._match(batch):
                    self.ids.append(doc_id)
                    ranks.append(doc_ranks)
                    sizes.append(size)
                batch = []
        self.ranks = ranks
        self.sizes = np.array(sizes, dtype=np.int64)

    def _match(self, batch: list[tuple[str, np.ndarray]]) -> Iterable[tuple[str, np.ndarray, int]]:
        """Each known document of `batch` with the ranks of its shingles that a new document holds."""
        values = np.concatenate([s for _, s in batch])
        found = self._rank(values)
        owner = np.repeat(np.arange(len(batch)), [len(s) for _, s in batch])
        keep = found >= 0
        bounds = np.searchsorted(owner[keep], np.arange(len(batch) + 1))
        kept = found[keep]
        for k, (doc_id, shingles) in enumerate(batch):
            if bounds[k + 1] > bounds[k]:
                yield doc_id, kept[bounds[k]:bounds[k + 1]], len(shingles)

    def _rank(self, values: np.ndarray) -> np.ndarray:
        """Ranks of `values` among the new documents' shingles; -1 for those no new document holds."""
        if not len(self.values):
            return np.full(len(values), -1, dtype=np.int64)
        at = np.minimum(np.searchsorted(self.values, values), len(self.values) - 1)
        return np.where(self.values[at] == values, at, -1)

    def ranks_of(self, fp: Fingerprint, index: int) -> np.ndarray:
        """Ranks of every shingle of `fp` (aligned with `fp.shingles`); len(values) for those no new document holds."""
        if index < self.new_count:
            return self.ranks[index]
        found = self._rank(fp.shingles)
        return np.where(found >= 0, found, len(self.values))

    def candidates(self) -> list[tuple[int, int]]:
        """Pairs (i, j), i < j, i a new document, that share MIN_CANDIDATE_SHINGLES rare shingles or are near duplicates."""
        sizes = np.array([len(r) for r in self.ranks], dtype=np.int64)
        owner = np.repeat(np.arange(len(self.ranks)), sizes)
        rank = np.concatenate(self.ranks) if self.ranks else np.zeros(0, dtype=np.int64)
        holders = np.bincount(rank, minlength=len(self.values))[rank]
        shared = holders >= 2

        low = shared & (holders <= MAX_SHINGLE_DOCUMENTS)
        first, second = self._pairs_in_groups(rank[low], owner[low])
        n = len(self.ranks)
        keys, counts = np.unique(first * n + second, return_counts=True)
        found = keys[counts >= MIN_CANDIDATE_SHINGLES]

        near = self._near_duplicate_pairs(rank, owner, holders, shared, sizes)
        near = near[~np.isin(near, found)]
        verified = [k for k in near.tolist() if self._jaccard(k // n, k % n) >= NEAR_DUPLICATE_JACCARD]
        return [divmod(k, n) for k in sorted(found.tolist() + verified)]

    def _near_duplicate_pairs(self, rank, owner, holders, shared, sizes) -> np.ndarray:
        """Pair keys (i * n + j) of documents sharing a shingle of their prefixes, sizes within the Jaccard bound.

        The order is: shingles no other document here holds first (known documents'
        shingles no new one holds among them), then by number of holders, then rank.
        """
        n = len(self.ranks)
        total = self.sizes
        prefix = total - np.ceil(NEAR_DUPLICATE_JACCARD * total - 1e-9).astype(np.int64) + 1
        unshared = total - np.bincount(owner[shared], minlength=n)
        room = prefix - unshared
        take = shared & (room[owner] > 0)
        if not take.any():
            return np.zeros(0, dtype=np.int64)
        t_owner, t_holders, t_rank = owner[take], holders[take], rank[take]
        order = np.lexsort((t_rank, t_holders, t_owner))
        t_owner, t_rank = t_owner[order], t_rank[order]
        position = np.arange(len(t_owner)) - np.searchsorted(t_owner, t_owner)
        keep = position < room[t_owner]
        first, second = self._pairs_in_groups(t_rank[keep], t_owner[keep])
        small, large = np.minimum(total[first], total[second]), np.maximum(total[first], total[second])
        fits = small >= NEAR_DUPLICATE_JACCARD * large - 1e-9
        return np.unique(first[fits] * n + second[fits])

    def _pairs_in_groups(self, rank: np.ndarray, owner: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Every pair of owners of the same shingle with a new document first (i < j, i new), once per shingle."""
        order = np.lexsort((owner, rank))
        rank, owner = rank[order], owner[order]
        group_end = np.searchsorted(rank, rank, side="right")
        # New documents come first in each group: pair each with every later owner.
        is_new = owner < self.new_count
        after = np.where(is_new, group_end - np.arange(len(rank)) - 1, 0)
        left = np.repeat(np.arange(len(rank)), after)
        offsets = np.arange(len(left)) - np.repeat(np.cumsum(after) - after, after)
        right = left + 1 + offsets
        return owner[left], owner[right]

    def _jaccard(self, i: int, j: int) -> float:
        common = len(np.intersect1d(self.ranks[i], self.ranks[j], assume_unique=True))
        union = int(self.sizes[i]) + int(self.sizes[j]) - common
        return common / union if union else 0.0


def _relate_all(a: Fingerprint, a_ranks: np.ndarray, others: list[tuple[Fingerprint, np.ndarray]],
                table: np.ndarray) -> list[Relation | None]:
    """The relation of `a` with each of `others`, or None (a table of -1 per rank, left as found, is scratch space)."""
    count = len(others)
    sizes = np.array([len(b.shingles) for b, _ in others], dtype=np.int64)
    offsets = np.cumsum(sizes) - sizes
    held = np.flatnonzero(a_ranks < len(table) - 1)
    table[a_ranks[held]] = held
    at = table[np.concatenate([r for _, r in others])]
    table[a_ranks[held]] = -1
    hit = np.flatnonzero(at >= 0)  # shared shingles, as positions in the others' shingles end to end
    label = np.searchsorted(offsets, hit, side="right") - 1
    common = np.bincount(label, minlength=count)
    # Reused sentences of a, for each other document: (other, sentence) keys counted.
    origin, sentences = _held_by(a.shingle_entries, a.entry_sentence, at[hit])
    width = len(a.sentence_need)
    keys = np.sort(label[origin] * width + sentences)
    ends = np.append(np.flatnonzero(keys[1:] != keys[:-1]), len(keys) - 1) if len(keys) else keys
    starts = np.append(0, ends[:-1] + 1) if len(keys) else keys
    keys = keys[ends]
    reused = keys[ends - starts + 1 >= a.sentence_need[keys % width]]
    reused_a = np.split(reused % width, np.searchsorted(reused // width, np.arange(1, count)))
    # Reused sentences of each other document, all numbered end to end.
    entry_counts = np.array([len(b.entry_sentence) for b, _ in others], dtype=np.int64)
    sentence_counts = np.array([len(b.sentence_need) for b, _ in others], dtype=np.int64)
    entry_offsets = np.cumsum(entry_counts) - entry_counts
    sentence_offsets = np.cumsum(sentence_counts) - sentence_counts
    merged_starts = np.concatenate([b.shingle_entries[:-1] + off for (b, _), off in zip(others, entry_offsets)]
                                   + [entry_counts[-1:] + entry_offsets[-1:]])
    merged_sentences = np.concatenate([b.entry_sentence + off for (b, _), off in zip(others, sentence_offsets)])
    need = np.concatenate([b.sentence_need for b, _ in others])
    _, held_sentences = _held_by(merged_starts, merged_sentences, hit)
    reused = np.flatnonzero(np.bincount(held_sentences, minlength=len(need)) >= need)
    cuts = np.searchsorted(reused, sentence_offsets[1:])
    reused_b = [r - off for r, off in zip(np.split(reused, cuts), sentence_offsets)]
    return [_relate(a, b, int(common[k]), reused_a[k], reused_b[k]) for k, (b, _) in enumerate(others)]


def _relate(a: Fingerprint, b: Fingerprint, common: int, reused_a: np.ndarray, reused_b: np.ndarray) -> Relation | None:
    """How a and b relate, given how many shingles they share and their reused sentences (indexes, ascending)."""
    if b.doc.id < a.doc.id:
        a, b, reused_a, reused_b = b, a, reused_b, reused_a
    if a.text_key == b.text_key:
        return Relation(a.doc.id, b.doc.id, "duplicate", 1.0, [_whole(a.doc), _whole(b.doc)])
    union = len(a.shingles) + len(b.shingles) - common
    jaccard = common / union if union else 0.0
    spans = _spans(a.doc, reused_a) + _spans(b.doc, reused_b)
    if jaccard >= NEAR_DUPLICATE_JACCARD:
        return Relation(a.doc.id, b.doc.id, "near_duplicate", round(jaccard, 3), spans)
    shared = [sum(s["end"] - s["start"] for s in spans if s["doc"] == d.id) for d in (a.doc, b.doc)]
    if min(shared) < MIN_SHARED_CHARS:
        return None
    score = round(max(n / max(len(d.text), 1) for n, d in zip(shared, (a.doc, b.doc))), 3)
    return Relation(a.doc.id, b.doc.id, "shares_passages", score, spans)


def _whole(doc: Document) -> dict:
    return {"doc": doc.id, "start": 0, "end": len(doc.text)}


def _spans(doc: Document, reused: np.ndarray) -> list[dict]:
    """Runs of consecutive reused sentences of `doc` (indexes, ascending), as positions in `doc`."""
    spans: list[dict] = []
    for index in reused.tolist():
        start, end = doc.sentences[index]
        if spans and not doc.text[spans[-1]["end"]:start].strip(" \t"):
            spans[-1]["end"] = end
        else:
            spans.append({"doc": doc.id, "start": start, "end": end})
    return spans
