"""Adding one article to a store: the time `vigie run` takes, and its corpus update alone.

Takes a store built by `vigie run` (e.g. on the JSONL that `bench_run.py` writes, or
on your own articles), then --trials times adds one new article to it, each a real
article of ../shared/data (invented when ../shared is absent) with a closing line
that makes it a new document, and times the whole run (without the report) and its
corpus update (wire copies, entities, story assignment, story description); then
--commands times adds one more each by the command a user types, `vigie run FILE --db
STORE --no-report`, in a new process that first imports vigie and loads its lexicons.
The store grows by --trials + --commands documents; run it on a copy if that matters.

With --build N, a store that does not exist yet is first filled with N documents: the
real articles, and as many further rounds of them as N needs, each round published
under other outlets (so every copy is a wire copy of the first). Each distinct article
is analysed once and its copies stored with that analysis, which analysing them again
would give; the corpus is then updated over all N documents at once, as one `vigie run`
would, and that bulk update is timed.

    .venv/bin/python bench/bench_update.py STORE.db [--trials 10] [--commands 3] [--build 100000]
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from articles import invented_article, shared_articles

# Adding an article must update its story in well under this many seconds.
TARGET_SECONDS = 1.0


def build_store(path: Path, count: int, pool: list[dict]) -> dict:
    """Fill a new store at `path` with `count` documents, rounds of the articles of `pool` (see the
    module's docstring), then update its corpus; returns the seconds each part took."""
    from vigie.corpus.build import update_corpus
    from vigie.engines.local import map_analyze
    from vigie.ingest import make_document
    from vigie.ingest.document import document_id
    from vigie.model import Analysis, Document, from_dict, to_dict
    from vigie.store import Store

    store = Store(path)
    start = time.perf_counter()
    originals = {d.id: d for d in (make_document(r["text"], published=r["published"], source="Agence")
                                   for r in pool[:count])}.values()
    analyses = [a for a in map_analyze(originals) if isinstance(a, Analysis)]
    timings = {"analysis_s": time.perf_counter() - start}
    start, ids = time.perf_counter(), []
    for copy in range(-(-count // len(analyses))):
        for analysis in analyses[:count - len(ids)]:
            if copy:
                source = f"Journal {copy}"
                doc_id = document_id(analysis.doc.text, source)
                # The analysis names its document in event sources and item ids: they follow the copy.
                data = json.loads(json.dumps(to_dict(analysis)).replace(analysis.doc.id, doc_id))
                analysis = from_dict(Analysis, {**data, "doc": None})
                analysis.doc = from_dict(Document, {**data["doc"], "id": doc_id, "source": source})
            if store.add_analysis(analysis):
                ids.append(analysis.doc.id)
    timings["storage_s"] = time.perf_counter() - start
    start = time.perf_counter()
    update_corpus(store, ids)
    timings["corpus_update_s"] = time.perf_counter() - start
    return {"documents": len(ids), "distinct_articles": len(analyses),
            **{name: round(seconds, 1) for name, seconds in timings.items()}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--trials", type=int, default=10)
    parser.add_argument("--commands", type=int, default=3, help="articles added by `vigie run` in a new process")
    parser.add_argument("--build", type=int, metavar="N", help="first fill a new store with N documents")
    args = parser.parse_args()

    import vigie.corpus.build as build
    import vigie.job as job
    from vigie.ingest import make_document
    from vigie.store import Store

    pool = shared_articles() or [{"text": invented_article(i), "published": "2024-05-06"} for i in range(50)]
    built = None
    if args.build:
        if args.store.exists():
            parser.error(f"{args.store} exists: --build makes a new store")
        built = build_store(args.store, args.build, pool)
        print(json.dumps({"built": built}), flush=True)
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
    commands = []
    with tempfile.TemporaryDirectory() as folder:
        for trial in range(args.commands):
            record = pool[(trial * 104729 + 1) % len(pool)]
            article = Path(folder) / f"article{trial}.txt"
            article.write_text(f"date: {record['published'][:10]}\n\n{record['text']}\n\nMise à jour {stamp}-c{trial}.",
                               encoding="utf-8")
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "vigie.cli", "run", str(article), "--db", str(args.store),
                            "--no-report"], check=True, capture_output=True)
            commands.append(time.perf_counter() - start)
    result = {
        "built": built, "documents_before": documents, "trials": args.trials,
        "run_s": {"median": round(statistics.median(runs), 3), "max": round(max(runs), 3)},
        "corpus_update_s": {"median": round(statistics.median(updates), 3), "max": round(max(updates), 3)},
        "command_s": {"median": round(statistics.median(commands), 3), "max": round(max(commands), 3)}
        if commands else None,
        "corpus_steps_mean_s": {name: round(seconds / args.trials, 3) for name, seconds in steps.items()},
        "target_s": TARGET_SECONDS,
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
