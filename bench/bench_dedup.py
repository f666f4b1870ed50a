"""Wire copies at scale: adding articles to a store of --documents articles, through the shingle index.

Builds a store of --documents articles (the real articles of ../shared/data, each
repeated with a numbered closing line as in bench_run, so a store of 100,000 holds
about twenty copies of each; invented articles when ../shared is absent): their
documents, shingle sets and anchors, as `update_wire_copies` keeps them (the stored
relations are not needed to find the next article's). Then, --trials times, the next
article of the sequence arrives and `update_wire_copies` finds its relations through
the index: reports the time (median and worst, wall and CPU), which must stay a small
part of the second the whole story update may take, and the relations it found
against the exact search (every stored shingle set read, as before the index).
With --batch N, N more articles arrive at once, timed the same way (`vigie run`
stores them by 2,000; a batch that large against the store reads every stored set).
Reports the index's size on disk per 1,000 documents.

With --replay, the store is filled instead by --replay-batch articles at a time,
each batch's relations found through the index (whatever the batch's size against
the store) and by the exact search on the same store: every relation of the corpus
is checked (lost, added, changed), not only those of the last articles.

    .venv/bin/python bench/bench_dedup.py [--documents 100000] [--trials 20] [--batch 2000]
    .venv/bin/python bench/bench_dedup.py --replay --documents 6000 --replay-batch 10
"""
from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from articles import invented_article, repeat, shared_articles

from vigie.corpus import dedup
from vigie.ingest import make_document
from vigie.model import Document, Relation
from vigie.store import Store

# Documents made and stored together while the store is built.
BUILD_BATCH = 2_000
# An update for one article must take a small part of this many seconds (the whole story update's budget).
TARGET_SECONDS = 1.0


def articles(start: int, count: int) -> list[Document]:
    """Articles start .. start + count - 1 of the repeated sequence, each under its own URL
    (the same text twice in ../shared makes two documents, related as duplicates)."""
    records = repeat(_shared(), start + count, lambda i: {"text": invented_article(i)}, mark_copies=True)
    return [make_document(r["text"], url=f"https://bench.example/{r['id']}") for r in records[start:]]


@cache
def _shared() -> list[dict]:
    return shared_articles()


def store_documents(store: Store, docs: Sequence[Document]) -> None:
    """The documents' rows, with only what wire copies read (text and sentences)."""
    with store.transaction() as db:
        db.executemany(
            "INSERT OR IGNORE INTO documents (id, published, text, paragraphs, paragraph_langs, sentences, added)"
            " VALUES (?, '{}', ?, '[]', '[]', ?, '')", [(d.id, d.text, json.dumps(d.sentences)) for d in docs])


def build(store: Store, count: int) -> None:
    """A store of `count` articles with their shingle sets and anchors."""
    for start in range(0, count, BUILD_BATCH):
        docs = articles(start, min(BUILD_BATCH, count - start))
        store_documents(store, docs)
        dedup.keep_shingles(store, map(dedup.fingerprint, docs))


def exact_relations(store: Store, docs: Sequence[Document]) -> list[Relation]:
    """The relations of `docs` found by reading every stored shingle set (the search before the index)."""
    new_ids = {d.id for d in docs}
    known = ((i, dedup.unpack_shingles(data)) for i, data in store.shingles(dedup.SHINGLE_SCHEME) if i not in new_ids)
    return dedup.find_new_relations([dedup.fingerprint(d) for d in docs], known,
                                    lambda ids: map(dedup.fingerprint, store.documents(ids)))


def _key(r: Relation) -> tuple:
    return r.doc_a, r.doc_b, r.relation


def _detail(r: Relation) -> tuple:
    return r.score, sorted((s["doc"], s["start"], s["end"]) for s in r.spans)


def compare(exact: list[Relation], indexed: list[Relation]) -> dict[str, int]:
    """How the relations found through the index differ from the exact ones."""
    want = {_key(r): _detail(r) for r in exact}
    got = {_key(r): _detail(r) for r in indexed}
    lost = [k for k in want if k not in got]
    return {"exact": len(want), "indexed": len(got), "lost": len(lost),
            "lost_duplicates_or_near": sum(k[2] != "shares_passages" for k in lost),
            "added": sum(k not in want for k in got), "changed": sum(got[k] != want[k] for k in want if k in got),
            **{f"exact_{kind}": n for kind, n in sorted(Counter(k[2] for k in want).items())}}


def timed_update(store: Store, docs: Sequence[Document]) -> tuple[float, float, list[Relation]]:
    """Wall and CPU seconds of `update_wire_copies` for `docs`, and the relations it stored for them."""
    store_documents(store, docs)
    wall, cpu = time.perf_counter(), time.process_time()
    dedup.update_wire_copies(store, docs)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    ids = {d.id for d in docs}
    found = {_key(r): r for d in docs for r in store.relations(d.id)}
    return wall, cpu, [r for r in found.values() if r.doc_a in ids or r.doc_b in ids]


def index_size(store: Store) -> dict[str, float]:
    """MB on disk per 1,000 documents of the index and of the shingle sets."""
    pages = dict(store.db.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall())
    per = 1e6 * store.document_count() / 1000
    return {"index_mb_per_1000": round(pages["shingle_index"] / per, 2),
            "sets_mb_per_1000": round(pages["document_shingles"] / per, 2)}


def add_articles(store: Store, args: argparse.Namespace) -> dict:
    """Time single articles (and a batch) against the store, checking their relations."""
    timings, exact_times, exact, indexed = [], [], [], []
    arrivals = articles(args.documents, args.trials + args.batch)
    for doc in arrivals[:args.trials]:
        store_documents(store, [doc])
        start = time.process_time()
        exact += exact_relations(store, [doc])
        exact_times.append(time.process_time() - start)
        wall, cpu, found = timed_update(store, [doc])
        timings.append((wall, cpu))
        indexed += found
    result = {
        "update_one_article_s": {"median": round(statistics.median(w for w, _ in timings), 4),
                                 "max": round(max(w for w, _ in timings), 4),
                                 "cpu_median": round(statistics.median(c for _, c in timings), 4),
                                 "trials": args.trials},
        "exact_search_cpu_s": round(statistics.median(exact_times), 4),
        "target_s": TARGET_SECONDS,
        "relations": compare(exact, indexed),
    }
    if args.batch:
        batch = arrivals[args.trials:]
        store_documents(store, batch)
        start = time.process_time()
        want = exact_relations(store, batch)
        exact_cpu = time.process_time() - start
        wall, cpu, found = timed_update(store, batch)
        result["batch"] = {"articles": args.batch, "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
                           "exact_search_cpu_s": round(exact_cpu, 2), "relations": compare(want, found)}
    return result


def replay(store: Store, args: argparse.Namespace) -> dict:
    """Fill the store batch by batch, each batch's relations found both ways."""
    dedup.INDEX_SHARE_INVERSE = 1  # through the index from the second batch on, however small the store
    exact, indexed, seconds = [], [], 0.0
    docs = articles(0, args.documents)
    for start in range(0, len(docs), args.replay_batch):
        batch = docs[start:start + args.replay_batch]
        store_documents(store, batch)
        exact += exact_relations(store, batch)
        wall, _, found = timed_update(store, batch)
        seconds += wall
        indexed += found
    return {"replay_batch": args.replay_batch, "update_s": round(seconds, 1), "relations": compare(exact, indexed)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--batch", type=int, default=0, help="articles added at once after the trials")
    parser.add_argument("--replay", action="store_true", help="check every relation of a store filled batch by batch")
    parser.add_argument("--replay-batch", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "dedup.db")
        start = time.perf_counter()
        if args.replay:
            result = {"documents": args.documents, **replay(store, args)}
        else:
            build(store, args.documents)
            result = {"documents": args.documents, "build_s": round(time.perf_counter() - start, 1),
                      **add_articles(store, args)}
        result.update(index_size(store), anchor_stride=dedup.ANCHOR_STRIDE)
        store.close()
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
