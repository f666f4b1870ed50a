"""End-to-end speed of `vigie run` with every extractor, and where the time goes.

Builds a JSONL file of --articles articles (the real articles of ../shared/data —
Timeline17 and ML-Crisis-FR — each repeated with a numbered closing line so every
copy is a new document, as wire copies are; invented articles when ../shared is
absent), then runs `vigie run` on it in this process with --workers processes for
the analysis. Reports articles/s end to end and per phase (ingest + analysis +
storage, each corpus step, report) and the time to add one more article to the
store it built; then profiles (cProfile, top functions by own time) the per-document
analysis on a sample and the corpus steps, replayed on a copy of the store taken just
before them so the profiler never slows the timed run.

    .venv/bin/python bench/bench_run.py [--articles 10000] [--workers 2] [--profile-sample 300]
"""
from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import json
import os
import pstats
import resource
import sqlite3
import tempfile
import time
from pathlib import Path

from articles import invented_article, repeat, shared_articles

# The speed the project holds itself to, end to end on a 2-core laptop.
TARGET_ARTICLES_PER_SECOND = 300
# Articles analysed before the per-article cost is timed (resources load on first use).
WARM_UP = 10
# The corpus steps `vigie.corpus.build.update_corpus` runs, timed one by one.
CORPUS_STEPS = ("update_wire_copies", "add_documents", "assign_stories", "describe_stories", "apply_corrections")


def corpus_records(count: int) -> list[dict]:
    """`count` articles as JSONL records with their publication dates, every one a distinct article."""
    return repeat(shared_articles(), count, lambda i: {
        "text": invented_article(i), "published": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"}, mark_copies=True)


def _cpu_seconds() -> float:
    """User and system CPU of this process and of its children that ended."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def top_functions(profile: cProfile.Profile, limit: int) -> list[dict]:
    """The functions that spent the most own time, with their call counts and cumulative time."""
    stats = pstats.Stats(profile, stream=io.StringIO())
    rows = []
    for (path, line, name), (_, calls, own, cumulative, _) in stats.stats.items():
        rows.append({"function": f"{Path(path).name}:{line}({name})", "calls": calls,
                     "own_s": round(own, 3), "cumulative_s": round(cumulative, 3)})
    rows.sort(key=lambda r: -r["own_s"])
    return rows[:limit]


def _one_more_article(folder: str, records: list[dict], db: Path, vigie) -> dict:
    """Seconds to add one new article to the store just built: the whole `vigie run` (without
    the report) and its corpus update alone."""
    import vigie.job as job

    record = {**records[len(records) // 2], "id": "one-more"}
    record["text"] += "\n\nUne dernière ligne, pour un article de plus."
    source = Path(folder) / "one-more.jsonl"
    source.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    update_corpus, timed = job.update_corpus, {}

    def timed_update(*args, **kwargs):
        start = time.perf_counter()
        try:
            return update_corpus(*args, **kwargs)
        finally:
            timed["corpus_s"] = round(time.perf_counter() - start, 3)

    job.update_corpus = timed_update
    start = time.perf_counter()
    try:
        with contextlib.redirect_stdout(io.StringIO()) as out:
            vigie(["run", str(source), "--db", str(db), "--workers", "1", "--json", "--no-report"])
    finally:
        job.update_corpus = update_corpus
    summary = json.loads(out.getvalue())
    return {"run_s": round(time.perf_counter() - start, 3), **timed,
            "stories_updated": summary.get("stories")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--profile-sample", type=int, default=300,
                        help="articles analysed in this process under the profiler")
    parser.add_argument("--top", type=int, default=15, help="functions listed per profile")
    args = parser.parse_args()

    import vigie.corpus.build as build
    import vigie.job as job
    import vigie.report as report
    from vigie.cli import main as vigie
    from vigie.ingest import make_document
    from vigie.pipeline import analyze
    from vigie.store import Store

    records = corpus_records(args.articles)
    phases: dict[str, float] = {}
    update_corpus, write_report = job.update_corpus, report.write_report
    snapshot: dict = {}

    def timed_update(store, new_ids, fresh=None, **options):
        snapshot["db"] = sqlite3.connect(":memory:")
        store.db.backup(snapshot["db"])
        snapshot["new_ids"], snapshot["fresh"], snapshot["options"] = set(new_ids), fresh, options
        start = time.perf_counter()
        try:
            return update_corpus(store, new_ids, fresh, **options)
        finally:
            phases["corpus_s"] = time.perf_counter() - start

    def timed_report(store, path):
        start = time.perf_counter()
        try:
            return write_report(store, path)
        finally:
            phases["report_s"] = time.perf_counter() - start

    def timed_step(name, step):
        def run(*args, **kwargs):
            start = time.perf_counter()
            try:
                return step(*args, **kwargs)
            finally:
                elapsed = time.perf_counter() - start
                if os.getpid() == parent:
                    steps[name] = steps.get(name, 0.0) + elapsed
                else:  # a step the corpus update runs in a process of its own (the wire copies)
                    with open(Path(folder) / "child-steps.txt", "a", encoding="utf-8") as handle:
                        handle.write(f"{name} {elapsed}\n")
        return run

    steps: dict[str, float] = {}
    parent = os.getpid()
    original_steps = {name: getattr(build, name) for name in CORPUS_STEPS}
    for name, step in original_steps.items():
        setattr(build, name, timed_step(name, step))
    job.update_corpus, report.write_report = timed_update, timed_report
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "articles.jsonl"
        with open(source, "w", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        db = Path(folder) / "bench.db"
        start, cpu_start = time.perf_counter(), _cpu_seconds()
        with contextlib.redirect_stdout(io.StringIO()):  # the run's own summary lists every document
            code = vigie(["run", str(source), "--db", str(db), "--workers", str(args.workers), "--json"])
        total, cpu = time.perf_counter() - start, _cpu_seconds() - cpu_start
        if (Path(folder) / "child-steps.txt").exists():
            for line in (Path(folder) / "child-steps.txt").read_text(encoding="utf-8").splitlines():
                name, elapsed = line.split()
                steps[name] = steps.get(name, 0.0) + float(elapsed)
        report_size = (Path(folder) / "vigie-report.html").stat().st_size
        job.update_corpus, report.write_report = update_corpus, write_report
        for name, step in original_steps.items():
            setattr(build, name, step)
        one_more = _one_more_article(folder, records, db, vigie)
        corpus_profile = cProfile.Profile()
        copy = Path(folder) / "before-corpus.db"
        with sqlite3.connect(copy) as target:
            snapshot["db"].backup(target)
        replay = Store(copy)
        corpus_profile.enable()
        update_corpus(replay, snapshot["new_ids"], snapshot["fresh"])  # in one process: the profiler sees every step
        corpus_profile.disable()
        replay.close()

    def sample() -> list:
        """Every k-th article, so the sample spans the topics and languages rather than the file's first topic."""
        step = max(1, len(records) // max(1, args.profile_sample))
        return [make_document(r["text"], published=r["published"])
                for r in records[::step][:args.profile_sample]]

    for doc in sample()[:WARM_UP]:
        analyze(doc)  # loads the gazetteer index and compiles the patterns, as a worker does once
    start = time.process_time()
    for doc in sample():
        analyze(doc)
    per_article_ms = (time.process_time() - start) / max(1, args.profile_sample) * 1000
    analysis_profile = cProfile.Profile()
    analysis_profile.enable()
    for doc in sample():
        analyze(doc)
    analysis_profile.disable()

    analysis_s = total - phases.get("corpus_s", 0.0) - phases.get("report_s", 0.0)
    result = {
        "articles": len(records), "workers": args.workers, "exit_code": code,
        "total_s": round(total, 1), "articles_per_s": round(len(records) / total, 1),
        "target_articles_per_s": TARGET_ARTICLES_PER_SECOND,
        "phases_s": {"ingest_analysis_storage": round(analysis_s, 1),
                     "corpus": round(phases.get("corpus_s", 0.0), 1), "report": round(phases.get("report_s", 0.0), 1)},
        # Steps run side by side when --workers > 1 (the wire copies while entities and stories are worked
        # out; stories described by two processes): their times add up to more than the corpus phase's.
        "corpus_steps_s": {name: round(seconds, 1) for name, seconds in steps.items()},
        # CPU of the run's every process (this one, the analysis workers, the corpus steps' forks) per article:
        # the cost the cores share, unlike the elapsed times above, whatever else the machine is doing.
        "cpu_ms_per_article": round(cpu / len(records) * 1000, 2),
        "ingest_analysis_storage_articles_per_s": round(len(records) / analysis_s, 1) if analysis_s > 0 else None,
        "report_bytes": report_size,
        "one_more_article": one_more,
        "analysis_cpu_ms_per_article": round(per_article_ms, 2),  # in one process, warmed up, unprofiled
        "profile_analysis": top_functions(analysis_profile, args.top),
        "profile_corpus": top_functions(corpus_profile, args.top),
    }
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
