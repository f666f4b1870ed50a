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

A store also keeps an index from a few shingles of each document, its anchors (each
sentence's first and last shingle, and every ANCHOR_STRIDE-th between), to its set.
When few documents arrive against many stored ones, every shingle of theirs is looked
up there instead of reading every set: a stored document that shares a whole sentence,
or a run of ANCHOR_STRIDE shingles of one, with a new document holds one of its
anchors among the new document's shingles. Copies and reused passages share far
longer runs; a near duplicate would hide only with about one word in eight changed in
every sentence, which leaves it no near duplicate. How many documents hold a shingle
is then known only among the sets read, and for the anchors (how many sets they lead
to): a sentence whose every anchor more than MAX_SHINGLE_DOCUMENTS documents hold is
a stock phrase whole. Near that threshold the count can differ from the exact one: on
the real articles of ../shared/data, 1% more relations are found, 0.05% fewer, nearly
all between articles that share only an outlet's closing lines (bench/bench_dedup.py).
"""
from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
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
# Anchors are this many shingles apart in a sentence. On the 4,866 real articles of
# ../shared/data, a stored article holds an anchor among the shingles of every article
# it relates to (the exact search's 10,328 relations), as with a stride of 10; one of
# 12 misses 3, of 16 misses 5. A fifth of a document's shingles are anchors.
ANCHOR_STRIDE = 8
# A near duplicate of a document holds most of its anchors: a changed word drops at most
# one of them (they are ANCHOR_STRIDE shingles apart in a sentence) with the up to
# SHINGLE_WORDS shingles holding the word, and Jaccard >= NEAR_DUPLICATE_JACCARD leaves
# room for few such words. A set holding as anchors this share of what a near duplicate
# of a new document would hold (1 / ANCHOR_STRIDE of its shingles, at least) is read
# however many sets hold those anchors, as when a dispatch is stored by many outlets.
NEAR_DUPLICATE_ANCHOR_SHARE = 0.25
# Reading every stored shingle set costs about as much as looking up, through the index,
# one new document for every INDEX_SHARE_INVERSE stored ones (bench/bench_dedup.py, batches
# of 1 to 1,000 new documents against 10,000 and 100,000 stored): larger batches read them all.
INDEX_SHARE_INVERSE = 300
# Names how shingles are made and which are anchors: a stored shingle set made under
# another scheme is made again, with its anchors. Change it with anything that changes
# shingle values (words, folding, hashing).
SHINGLE_SCHEME = f"words{SHINGLE_WORDS}-poly2x31-v1-anchors{ANCHOR_STRIDE}"
# Stored documents handled per batch (their shingle sets matched against the new
# documents', or made for documents stored before sets were kept), so that the
# shingles of a large store never sit in memory all at once.
KNOWN_BATCH = 2_000
# Size of the bitmap that screens known shingles, in bits per shingle of the new documents
# (about one known shingle in this many passes the screen without being shared).
FILTER_BITS_PER_SHINGLE = 16

_COMBINING = re.compile("[\u0300-\u036f]")
# Pieces of a text (sentences, and the text between them) are joined with this mark
# and tokenized at once; it is no word character.
_MARK = "\x00"
_MASK = (1 << 64) - 1
# A word's hash: two polynomial hashes of its code points modulo primes below 2^31
# (no overflow in 64 bits), mixed into 64 bits.
_PRIMES = (2_147_483_647, 2_147_483_629)
_BASES = (1_664_525_117, 1_103_515_245)
# Up to this many code points (each below 2^21, times a power below 2^31), a word's sum
# stays below 2^63 without reducing each term.
_UNREDUCED_WORD = 2 ** 11
# Shingle hash: a polynomial over the 64-bit hashes of its words, seeded by its
# length so that a short sentence's words never hash like a four-word window.
_MULTIPLIER = 0x9E3779B97F4A7C15
_SEEDS = (0, 0x243F6A8885A308D3, 0x13198A2E03707344, 0xA4093822299F31D0, 0x082EFA98EC4E6C89)
_MULTIPLIER_64 = np.uint64(_MULTIPLIER)
_FULL_SEED = np.uint64(_SEEDS[SHINGLE_WORDS] * pow(_MULTIPLIER, SHINGLE_WORDS, 1 << 64) & _MASK)
# Powers of each base modulo its prime, grown as longer words come.
_base_powers: list[np.ndarray] = [np.ones(1, dtype=np.int64) for _ in _PRIMES]


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
    # The shingles sentence by sentence (those of sentences of SHINGLE_WORDS words or more
    # in word order, then the one of each shorter sentence), and the sentence of each.
    sequence: np.ndarray
    sequence_sentence: np.ndarray
    # The shingles that lead to the document in a store's index: each sentence's first and
    # last, and every ANCHOR_STRIDE-th between (distinct, sorted, uint64).
    anchors: np.ndarray
    _key: bytes | None = field(default=None, repr=False)

    @property
    def text_key(self) -> bytes:
        """The document's words in order, folded, as a hash: equal for duplicates."""
        if self._key is None:
            hashes, _ = _words(_code_points(_fold(self.doc.text)))
            self._key = _words_key(hashes)
        return self._key


def _words_key(hashes: np.ndarray) -> bytes:
    return blake2b(hashes.tobytes(), digest_size=16).digest()


def _fold(text: str) -> str:
    if text.isascii():  # nothing to decompose or strip; ASCII case folding is lowering
        return text.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFD", text.casefold()))


@cache
def _word_characters() -> np.ndarray:
    """For every code point, whether the regular expression \\w matches it (str.isalnum, or '_')."""
    table = np.fromiter(map(str.isalnum, map(chr, range(sys.maxunicode + 1))), dtype=bool, count=sys.maxunicode + 1)
    table[ord("_")] = True
    return table


def _powers(length: int) -> list[np.ndarray]:
    """For each prime, base^i modulo it for i < length (at least)."""
    while len(_base_powers[0]) < length:
        for k, prime in enumerate(_PRIMES):
            known = _base_powers[k]
            _base_powers[k] = np.concatenate([known, known * pow(_BASES[k], len(known), prime) % prime])
    return _base_powers


def _code_points(text: str) -> np.ndarray:
    if text.isascii():  # one byte per code point: four times less to encode and read
        return np.frombuffer(text.encode("ascii"), dtype=np.uint8)
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _words(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The 64-bit hashes of the words (runs of \\w) of a text's code points, and where each word starts."""
    word = _word_characters()[codes]
    if not word.any():
        return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
    inside = word.view(np.int8)
    edges = np.empty(len(codes) + 1, dtype=np.int8)  # +1 where a word starts, -1 after it ends
    edges[0], edges[-1] = inside[0], -inside[-1]
    np.subtract(inside[1:], inside[:-1], out=edges[1:-1])
    bounds = np.flatnonzero(edges)
    starts, ends = bounds[::2], bounds[1::2]
    lengths = ends - starts
    # Each code point weighs base^(its distance to the end of its word): a polynomial hash of the word.
    at = np.flatnonzero(word)
    distance = np.repeat(ends - 1, lengths) - at
    chars = codes[at].astype(np.int64)
    firsts = np.cumsum(lengths) - lengths
    lasts = firsts + lengths - 1
    longest = int(lengths.max())
    powers = _powers(longest)
    value = np.zeros(len(starts), dtype=np.uint64)
    for k, prime in enumerate(_PRIMES):
        weighted = chars * powers[k][distance]  # below 2^52
        if longest > _UNREDUCED_WORD:
            weighted %= prime
        # A word's sum from running sums, which may wrap around 2^64; the sum itself stays below 2^63.
        running = np.cumsum(weighted.view(np.uint64))
        part = (running[lasts] - running[firsts] + weighted[firsts].view(np.uint64)) % np.uint64(prime)
        value = value << np.uint64(31) | part
    # splitmix64's finalizer spreads the 62 bits over 64.
    value ^= value >> np.uint64(30)
    value *= np.uint64(0xBF58476D1CE4E5B9)
    value ^= value >> np.uint64(27)
    value *= np.uint64(0x94D049BB133111EB)
    value ^= value >> np.uint64(31)
    return value, starts


def _splits_words(codes: np.ndarray, marks: np.ndarray) -> bool:
    """Whether a run of marks (at `marks`) stands between two word characters."""
    if not len(marks):
        return False
    gap = marks[1:] != marks[:-1] + 1
    before = marks[np.append(True, gap)] - 1
    after = marks[np.append(gap, True)] + 1
    inside = (before >= 0) & (after < len(codes))
    table = _word_characters()
    return bool((table[codes[before[inside]]] & table[codes[after[inside]]]).any())


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
    codes = _code_points(_fold(_MARK.join(pieces)))
    hashes, starts = _words(codes)
    marks = np.flatnonzero(codes == ord(_MARK))
    piece_of_word = np.searchsorted(marks, starts)
    # Pieces alternate between the text before a sentence and the sentence when the sentences are in order.
    piece = np.arange(len(pieces))
    piece_sentence = np.where(piece % 2 == 1, piece // 2, -1) if ordered else piece
    # The words of the pieces are those of the text unless a piece ends inside a word.
    key = _words_key(hashes) if ordered and not _splits_words(codes, marks) else None
    sentence_of_word = piece_sentence[piece_of_word]
    in_sentence = sentence_of_word >= 0
    hashes, sentence_of_word = hashes[in_sentence], sentence_of_word[in_sentence]
    lengths = np.bincount(sentence_of_word, minlength=len(doc.sentences))
    n = SHINGLE_WORDS
    if len(hashes) >= n:
        count = len(hashes) - n + 1
        windows = hashes[:count] * _MULTIPLIER_64
        for k in range(1, n - 1):
            windows += hashes[k:k + count]
            windows *= _MULTIPLIER_64
        windows += hashes[n - 1:]
        windows += _FULL_SEED
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
    sequence, sequence_sentence = values, sentences
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
                       entry_sentence, need, sequence, sequence_sentence,
                       _distinct(sequence[_anchored(sequence_sentence)]), key)


def fingerprints(docs: Iterable[Document]) -> Iterator[Fingerprint]:
    """The fingerprints of `docs`, each text fingerprinted once: a dispatch stored word for word
    under several outlets is compared with a new document as many times, not made as many."""
    made: dict[tuple[str, str], Fingerprint] = {}
    for doc in docs:
        key = (doc.text, repr(doc.sentences))
        if key in made:
            yield replace(made[key], doc=doc)
        else:
            yield made.setdefault(key, fingerprint(doc))


def _anchored(sentences: np.ndarray) -> np.ndarray:
    """Which shingles of a sequence are anchors, given the sentence of each (each sentence a
    run): the first and last of each sentence, and every ANCHOR_STRIDE-th between."""
    if not len(sentences):
        return np.zeros(0, dtype=bool)
    last = np.append(sentences[1:] != sentences[:-1], True)
    return ((np.arange(len(sentences)) - _run_starts(sentences)) % ANCHOR_STRIDE == 0) | last


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
    return np.frombuffer(data, dtype="<u8").astype(np.uint64, copy=False)


def find_relations(new: Sequence[Document], known: Sequence[Document] = ()) -> list[Relation]:
    """Relations between each new document and every other document, new or known."""
    prints = {d.id: fingerprint(d) for d in known}
    new_prints = list({d.id: fingerprint(d) for d in new}.values())
    new_ids = {fp.doc.id for fp in new_prints}
    return find_new_relations(new_prints, ((i, fp.shingles) for i, fp in prints.items() if i not in new_ids),
                              lambda ids: (prints[i] for i in ids))


def update_wire_copies(store, new: Sequence[Document], waiting: Collection[str] = ()) -> None:
    """Find and store the relations between the `new` documents (already stored) and every
    stored document but those `waiting` for a later batch, and keep the new documents'
    shingle sets and anchors for later runs. A large batch is handed over a part at a
    time, each part `waiting` for the ones after it: their relations with it are found
    when their turn comes, so memory follows the part, not the batch.

    Only the new documents are fingerprinted. When they are few against the stored ones
    (one per INDEX_SHARE_INVERSE, at most), only the shingle sets their shingles lead to
    in the store's index are read (see `_sets_to_read`); a larger batch reads every set.
    Stored documents are read again in full only when they share enough with a new one.
    Documents stored before their sets and anchors were kept get them first, and are
    compared through their sets.
    """
    if not new:
        return
    prints = [fingerprint(d) for d in new]
    new_ids = {d.id for d in new}
    store.keep_shingle_scheme(SHINGLE_SCHEME)
    few = len(prints) * INDEX_SHARE_INVERSE < store.document_count() - len(waiting)
    keys, common = _sets_to_read(store, prints) if few else (None, None)
    # Kept before the stored sets are listed, so that the new documents are not taken for stored ones without sets.
    keep_shingles(store, prints)
    stored = store.shingles(SHINGLE_SCHEME) if keys is None else store.shingle_sets(keys)
    known = chain(((i, unpack_shingles(data)) for i, data in stored if i not in new_ids),
                  _keep_missing(store, [i for i in store.unshingled_documents(SHINGLE_SCHEME) if i not in waiting]))
    stock = None if common is None else _stock_sentences(prints, common)
    store.add_relations(find_new_relations(prints, known, lambda ids: fingerprints(store.documents(ids)), stock))


def _sets_to_read(store, prints: Sequence[Fingerprint]) -> tuple[list[int], np.ndarray]:
    """Keys of the stored shingle sets the new documents may relate to, found through the
    store's index with every shingle of the new documents, and the anchors among those
    shingles that more than MAX_SHINGLE_DOCUMENTS sets hold (sorted): stock phrases.

    Read are the sets holding one of those shingles as an anchor few sets hold (a
    passage shared with a new document holds one), and the sets holding so many of them
    as anchors that they may be near duplicates of a new document.
    """
    values = _distinct(np.concatenate([fp.shingles for fp in prints]))
    rows = store.shingle_postings(values.view(np.int64).tolist())
    anchor, key = np.fromiter(chain.from_iterable(rows), dtype=np.int64, count=2 * len(rows)).reshape(-1, 2).T
    anchors, inverse, holders = np.unique(anchor, return_inverse=True, return_counts=True)
    keys, hits = np.unique(key, return_counts=True)
    smallest = min((len(fp.shingles) for fp in prints if len(fp.shingles)), default=0)
    near = hits >= NEAR_DUPLICATE_ANCHOR_SHARE * NEAR_DUPLICATE_JACCARD * smallest / ANCHOR_STRIDE
    rare = holders <= MAX_SHINGLE_DOCUMENTS
    return (_distinct(np.concatenate([key[rare[inverse]], keys[near]])).tolist(),
            _distinct(anchors[~rare].view(np.uint64)))


def _stock_sentences(prints: Sequence[Fingerprint], common: np.ndarray) -> np.ndarray:
    """The shingles of the new documents taken for stock phrases, sorted: the `common`
    anchors, and every shingle of a sentence whose anchors are all common (a sentence
    many documents print whole, as an outlet's closing lines)."""
    found = [common]
    for fp in prints:
        anchor = _anchored(fp.sequence_sentence)
        held = anchor & _member(fp.sequence, common)
        width = int(fp.sequence_sentence.max()) + 1 if len(fp.sequence) else 0
        anchors = np.bincount(fp.sequence_sentence[anchor], minlength=width)
        whole = anchors == np.bincount(fp.sequence_sentence[held], minlength=width)
        found.append(fp.sequence[whole[fp.sequence_sentence]])
    return _distinct(np.concatenate(found))


def _member(values: np.ndarray, sorted_values: np.ndarray) -> np.ndarray:
    """Whether each of `values` is in `sorted_values`."""
    if not len(sorted_values):
        return np.zeros(len(values), dtype=bool)
    at = np.minimum(np.searchsorted(sorted_values, values), len(sorted_values) - 1)
    return sorted_values[at] == values


def keep_shingles(store, prints: Iterable[Fingerprint]) -> None:
    """Keep the shingle sets and anchors of stored documents, for later runs to find and compare them."""
    store.add_shingles(SHINGLE_SCHEME, [(fp.doc.id, pack_shingles(fp), fp.anchors.view(np.int64))
                                        for fp in prints])


def _keep_missing(store, ids: list[str]) -> Iterable[tuple[str, np.ndarray]]:
    """Make and keep the shingle sets and anchors of the stored documents `ids`, a batch at a
    time, and give each (document id, shingle set)."""
    for start in range(0, len(ids), KNOWN_BATCH):
        prints = [fingerprint(d) for d in store.documents(ids[start:start + KNOWN_BATCH])]
        keep_shingles(store, prints)
        yield from ((fp.doc.id, fp.shingles) for fp in prints)


def find_new_relations(new: Sequence[Fingerprint], known: Iterable[tuple[str, np.ndarray]],
                       load: Callable[[list[str]], Iterable[Fingerprint]],
                       stock: np.ndarray | None = None) -> list[Relation]:
    """Relations between each new document and every other, the known ones given by their shingle sets.

    `known` yields (document id, shingle set) for every known document (the sets of
    `Fingerprint.shingles`, as stored); `load(ids)` gives the fingerprints of the known
    documents among `ids`, the few that must be compared in full with a new one. `stock`
    (sorted) are shingles known to be stock phrases whatever few known documents hold them.
    """
    if not new:
        return []
    pool = _Pool(new, known, np.zeros(0, dtype=np.uint64) if stock is None else stock)
    pairs = pool.candidates()
    loaded = {fp.doc.id: fp for fp in load(sorted({pool.ids[j] for _, j in pairs if j >= len(new)}))}
    prints = list(new) + [loaded.get(i) for i in pool.ids[len(new):]]
    partners: dict[int, list[int]] = {}
    for i, j in pairs:
        if prints[j] is not None:
            partners.setdefault(i, []).append(j)
    shared = {j: pool.shared_shingles(prints[j], j) for j in {k for i, others in partners.items() for k in (i, *others)}}
    # Each pair is compared from the document with more shared shingles, so that the work follows the other.
    by_hub: dict[int, list[int]] = {}
    for i, others in partners.items():
        for j in others:
            hub, other = (j, i) if len(shared[j].ranks) > len(shared[i].ranks) else (i, j)
            by_hub.setdefault(hub, []).append(other)
    found: dict[tuple[int, int], Relation | None] = {}
    table = np.full(len(pool.values), -1, dtype=np.int64)
    for hub, others in by_hub.items():
        outcomes = _relate_all(prints[hub], shared[hub], [(prints[j], shared[j]) for j in others], table)
        found.update(((min(hub, j), max(hub, j)), r) for j, r in zip(others, outcomes))
    relations = []
    for i in sorted(partners):
        for j in sorted(partners[i], key=lambda j: pool.ids[j]):
            if found[i, j]:
                relations.append(found[i, j])
    return relations


@dataclass
class _Shared:
    """A document's shingles that other documents hold: their ranks, and the sentences
    holding the i-th of them, sentences[starts[i]:starts[i + 1]]."""

    ranks: np.ndarray
    starts: np.ndarray
    sentences: np.ndarray


class _Pool:
    """The documents compared, their shingles numbered by rank among the distinct shingles of the new ones.

    Documents 0 .. len(new) - 1 are the new ones, the known ones follow; of a known
    document only the shingles a new one holds are kept (no other can be shared).
    """

    def __init__(self, new: Sequence[Fingerprint], known: Iterable[tuple[str, np.ndarray]], stock: np.ndarray):
        self.ids = [fp.doc.id for fp in new]
        self.new_count = len(new)
        values = np.concatenate([fp.shingles for fp in new])
        # A stable sort merges the documents' sorted shingles run by run.
        order = np.argsort(values, kind="stable")
        values = values[order]
        first = np.ones(len(values), dtype=bool)
        np.not_equal(values[1:], values[:-1], out=first[1:])
        self.values = values[first]
        self.stock = _member(self.values, stock)
        inverse = np.empty(len(values), dtype=np.int64)
        inverse[order] = np.cumsum(first) - 1
        sizes = [len(fp.shingles) for fp in new]
        ranks = np.split(inverse, np.cumsum(sizes)[:-1])
        # A bitmap of the new shingles' top bits rules out most known shingles before an exact search.
        bits = int(np.clip(np.ceil(np.log2(max(len(self.values), 1) * FILTER_BITS_PER_SHINGLE)), 16, 24))
        self._shift = np.uint64(64 - bits)
        self._filter = np.zeros(1 << bits, dtype=bool)
        self._filter[self.values >> self._shift] = True
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
        sizes = np.array([len(s) for _, s in batch], dtype=np.int64)
        where, ranks = self._held(np.concatenate([s for _, s in batch]))
        bounds = np.searchsorted(where, np.cumsum(sizes) - sizes).tolist() + [len(where)]
        for k, (doc_id, _) in enumerate(batch):
            if bounds[k + 1] > bounds[k]:
                yield doc_id, ranks[bounds[k]:bounds[k + 1]], int(sizes[k])

    def _held(self, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Where in `values` are shingles a new document holds, and their ranks among the new documents' shingles."""
        if not len(self.values):
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        maybe = np.flatnonzero(self._filter[values >> self._shift])
        at = np.minimum(np.searchsorted(self.values, values[maybe]), len(self.values) - 1)
        found = self.values[at] == values[maybe]
        return maybe[found], at[found]

    def _rank(self, values: np.ndarray) -> np.ndarray:
        """Ranks of `values` among the new documents' shingles; -1 for those no new document holds."""
        ranks = np.full(len(values), -1, dtype=np.int64)
        where, found = self._held(values)
        ranks[where] = found
        return ranks

    def _known_ranks(self, fp: Fingerprint, index: int) -> np.ndarray:
        """`_rank` of the shingles of known document `index`, from the ranks its stored set was matched
        with: that set is its fingerprint's shingles, so only the shingles a new document holds are looked
        up, in the document's own few hundred rather than among the new documents' millions (10,000
        articles in two batches: the wire copies' CPU 48.6 -> 40.4 s). A fingerprint that is not its set
        is ranked in full."""
        held = self.ranks[index]
        values = self.values[held]
        at = np.searchsorted(fp.shingles, values)
        if len(fp.shingles) != self.sizes[index] or not np.array_equal(
                fp.shingles[np.minimum(at, len(fp.shingles) - 1)], values):
            return self._rank(fp.shingles)
        ranks = np.full(len(fp.shingles), -1, dtype=np.int64)
        ranks[at] = held
        return ranks

    def shared_shingles(self, fp: Fingerprint, index: int) -> _Shared:
        """The shingles of document `index` that another document here holds, with their sentences."""
        ranks = self.ranks[index] if index < self.new_count else self._known_ranks(fp, index)
        positions = np.flatnonzero(ranks >= 0)
        positions = positions[self.holders[ranks[positions]] >= 2]
        origin, sentences = _held_by(fp.shingle_entries, fp.entry_sentence, positions)
        return _Shared(ranks[positions], np.searchsorted(origin, np.arange(len(positions) + 1)), sentences)

    def candidates(self) -> list[tuple[int, int]]:
        """Pairs (i, j), i < j, i a new document, that share MIN_CANDIDATE_SHINGLES rare shingles or are near duplicates."""
        n = len(self.ranks)
        owner = np.repeat(np.arange(n), [len(r) for r in self.ranks])
        rank = np.concatenate(self.ranks)
        self.holders = np.bincount(rank, minlength=len(self.values))
        shared = self.holders[rank] >= 2
        # The shingles two documents or more hold, by shingle then document.
        rank, owner = np.divmod(np.sort(rank[shared] * n + owner[shared]), n)
        holders = self.holders[rank]
        low = (holders <= MAX_SHINGLE_DOCUMENTS) & ~self.stock[rank]
        first, second = self._pairs_in_groups(rank[low], owner[low])
        keys = np.sort(first * n + second)
        runs = np.flatnonzero(np.diff(keys, append=-1))  # the last index of each run of a key
        found = keys[runs][np.diff(runs, prepend=-1) >= MIN_CANDIDATE_SHINGLES]

        near = self._near_duplicate_pairs(rank, owner, holders)
        near = near[~np.isin(near, found)]
        verified = [k for k in near.tolist() if self._jaccard(k // n, k % n) >= NEAR_DUPLICATE_JACCARD]
        return [divmod(k, n) for k in sorted(found.tolist() + verified)]

    def _near_duplicate_pairs(self, rank: np.ndarray, owner: np.ndarray, holders: np.ndarray) -> np.ndarray:
        """Pair keys (i * n + j) of documents sharing a shingle of their prefixes, sizes within the Jaccard bound.

        Takes the shingles two documents or more hold (`rank`, `owner`, `holders`). The
        order is: the shingles no other document here holds first (for a known document,
        those no new one holds among them), then by number of holders (counted up to a
        cap: any fixed order will do), then rank.
        """
        n = len(self.ranks)
        total = self.sizes
        prefix = total - np.ceil(NEAR_DUPLICATE_JACCARD * total - 1e-9).astype(np.int64) + 1
        room = prefix - (total - np.bincount(owner, minlength=n))
        take = room[owner] > 0
        if not take.any():
            return np.zeros(0, dtype=np.int64)
        # Each document's shingles in that order, as one integer key: document, holders, rank.
        rank_bits, owner_bits = len(self.values).bit_length(), n.bit_length()
        holder_bits = max(0, min(10, 62 - rank_bits - owner_bits))
        capped = np.minimum(holders[take], (1 << holder_bits) - 1)
        keys = np.sort((owner[take] << (holder_bits + rank_bits)) | (capped << rank_bits) | rank[take])
        t_owner, t_rank = keys >> (holder_bits + rank_bits), keys & ((1 << rank_bits) - 1)
        keep = np.arange(len(t_owner)) - _run_starts(t_owner) < room[t_owner]
        t_rank, t_owner = np.divmod(np.sort(t_rank[keep] * n + t_owner[keep]), n)
        first, second = self._pairs_in_groups(t_rank, t_owner)
        small, large = np.minimum(total[first], total[second]), np.maximum(total[first], total[second])
        fits = small >= NEAR_DUPLICATE_JACCARD * large - 1e-9
        return _distinct(first[fits] * n + second[fits])

    def _pairs_in_groups(self, rank: np.ndarray, owner: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Every pair of owners of the same shingle with a new document first (i < j, i new), once per shingle.

        `rank` and `owner` are sorted by rank, then owner: new documents come first in
        each group, and each is paired with every later owner.
        """
        runs = np.diff(np.flatnonzero(np.diff(rank, prepend=-1, append=-1)))
        group_end = np.repeat(np.cumsum(runs), runs)
        after = np.where(owner < self.new_count, group_end - np.arange(len(rank)) - 1, 0)
        left = np.repeat(np.arange(len(rank)), after)
        right = left + 1 + np.arange(len(left)) - np.repeat(np.cumsum(after) - after, after)
        return owner[left], owner[right]

    def _jaccard(self, i: int, j: int) -> float:
        common = len(np.intersect1d(self.ranks[i], self.ranks[j], assume_unique=True))
        union = int(self.sizes[i]) + int(self.sizes[j]) - common
        return common / union if union else 0.0


def _run_starts(values: np.ndarray) -> np.ndarray:
    """For each element of sorted `values`, the index where its run of equal values starts."""
    starts = np.flatnonzero(np.diff(values, prepend=values[:1] - 1))
    return np.repeat(starts, np.diff(starts, append=len(values)))


def _distinct(values: np.ndarray) -> np.ndarray:
    """The distinct values, sorted (np.unique hashes, which is slower on small arrays)."""
    values = np.sort(values)
    return values[np.diff(values, prepend=values[:1] - 1) != 0] if len(values) else values


def _relate_all(a: Fingerprint, a_shared: _Shared, others: list[tuple[Fingerprint, _Shared]],
                table: np.ndarray) -> list[Relation | None]:
    """The relation of `a` with each of `others`, or None (`table`, -1 per rank and left so, is scratch space)."""
    count = len(others)
    table[a_shared.ranks] = np.arange(len(a_shared.ranks))
    at = table[np.concatenate([s.ranks for _, s in others])]
    table[a_shared.ranks] = -1
    hit = np.flatnonzero(at >= 0)  # shared shingles, as rows of the others' shared shingles end to end
    rows = np.array([len(s.ranks) for _, s in others], dtype=np.int64)
    label = np.searchsorted(np.cumsum(rows) - rows, hit, side="right") - 1
    common = np.bincount(label, minlength=count)
    # Reused sentences of a, for each other document.
    origin, sentences = _held_by(a_shared.starts, a_shared.sentences, at[hit])
    width = len(a.sentence_need)
    keys = label[origin] * width + sentences
    enough = np.bincount(keys, minlength=count * width)[keys] >= a.sentence_need[sentences]
    reused_labels, reused_sentences = np.divmod(_distinct(keys[enough]), width)
    cuts_a = np.searchsorted(reused_labels, np.arange(count + 1)).tolist()
    # Reused sentences of each other document, numbered end to end.
    entries = np.array([len(s.sentences) for _, s in others], dtype=np.int64)
    lengths = np.array([len(b.sentence_need) for b, _ in others], dtype=np.int64)
    entry_offsets, sentence_offsets = np.cumsum(entries) - entries, np.cumsum(lengths) - lengths
    starts = np.concatenate([s.starts[:-1] + off for (_, s), off in zip(others, entry_offsets)] + [[entries.sum()]])
    merged = np.concatenate([s.sentences + off for (_, s), off in zip(others, sentence_offsets)])
    need = np.concatenate([b.sentence_need for b, _ in others])
    _, held = _held_by(starts, merged, hit)
    reused = np.flatnonzero(np.bincount(held, minlength=len(need)) >= need)
    cuts_b = np.searchsorted(reused, np.append(sentence_offsets, len(need))).tolist()
    # Pairs neither near duplicates nor with reused sentences on both sides relate only as duplicates.
    sizes = np.array([len(b.shingles) for b, _ in others], dtype=np.int64)
    near = common >= NEAR_DUPLICATE_JACCARD * (len(a.shingles) + sizes - common) - 1e-9
    both = (np.diff(cuts_a) > 0) & (np.diff(cuts_b) > 0)
    return [_relate(a, b, int(common[k]), reused_sentences[cuts_a[k]:cuts_a[k + 1]],
                    reused[cuts_b[k]:cuts_b[k + 1]] - sentence_offsets[k])
            if near[k] or both[k] or a.text_key == b.text_key else None for k, (b, _) in enumerate(others)]


def _relate(a: Fingerprint, b: Fingerprint, common: int, reused_a: np.ndarray, reused_b: np.ndarray) -> Relation | None:
    """How a and b relate, given how many shingles they share and their reused sentences (indexes, ascending)."""
    if b.doc.id < a.doc.id:
        a, b, reused_a, reused_b = b, a, reused_b, reused_a
    if a.text_key == b.text_key:
        return Relation(a.doc.id, b.doc.id, "duplicate", 1.0, [_whole(a.doc), _whole(b.doc)])
    union = len(a.shingles) + len(b.shingles) - common
    jaccard = common / union if union else 0.0
    if jaccard < NEAR_DUPLICATE_JACCARD and not (len(reused_a) and len(reused_b)):
        return None
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
