"""Adding one article to a store: the time `vigie run` takes, and its corpus update alone.

Takes a store built by `vigie run` (e.g. on the JSONL that `bench_run.py` writes, or
on your own articles), then --trials times adds one new article to it, each a real
article of ../shared/data (invented when ../shared is absent) with a closing line
that makes it a new document, and times the whole run (without the report) and its
corpus update (wire copies, entities, story assignment, story description). The
store grows by --trials documents; run it on a copy if that matters.

    .venv/bin/python bench/bench_update.py STORE.db [--trials 10]
"""
from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from articles import invented_article, shared_articles

# Adding an article must update its story in well under this many seconds.
TARGET_SECONDS = 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--trials", type=int, default=10)
    args = parser.parse_args()

    import vigie.corpus.build as build
    import vigie.job as job
    from vigie.ingest import make_document
    from vigie.store import Store

    pool = shared_articles() or [{"text": invented_article(i), "published": "2024-05-06"} for i in range(50)]
    store = Store(args.store)
    documents = store.document_count()
    steps: dict[str, float] = {}
    originals = {name: getattr(build, name) for name in ("update_wire_copies", "add_documents", "assign_stories",
                                                          "describe_stories", "apply_corrections")}

    def timed(name, step):
        def run(*a, **k):
            start = time.perf_counter()
            try:
                return step(*a, **k)
            finally:
                steps[name] = steps.get(name, 0.0) + time.perf_counter() - start
        return run

    for name, step in originals.items():
        setattr(build, name, timed(name, step))
    update, updates = job.update_corpus, []

    def timed_update(*a, **k):
        start = time.perf_counter()
        try:
            return update(*a, **k)
        finally:
            updates.append(time.perf_counter() - start)

    job.update_corpus = timed_update
    runs = []
    stamp = time.strftime("%Y%m%d%H%M%S")
    for trial in range(args.trials):
        record = pool[(trial * 7919) % len(pool)]
        doc = make_document(record["text"] + f"\n\nMise à jour {stamp}-{trial}.", published=record["published"])
        start = time.perf_counter()
        summary = job.run_job(store, [doc], command="run", sources=["bench"], workers=1)
        runs.append(time.perf_counter() - start)
        assert summary["new"] == 1, summary
    result = {
        "documents_before": documents, "trials": args.trials,
        "run_s": {"median": round(statistics.median(runs), 3), "max": round(max(runs), 3)},
        "corpus_update_s": {"median": round(statistics.median(updates), 3), "max": round(max(updates), 3)},
        "corpus_steps_mean_s": {name: round(seconds / args.trials, 3) for name, seconds in steps.items()},
        "target_s": TARGET_SECONDS,
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
