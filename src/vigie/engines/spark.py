"""The Spark engine: reading and per-document analysis spread over Spark partitions.

The driver only lists what to read. File paths (and URLs) travel to the executors
as one partitioned list; JSON Lines files are split by Spark itself, line by line,
so a file of millions of articles is read by every executor at once. Executors
read with `vigie.ingest`'s readers, analyse with `safe_analyze` and emit plain
JSON: the line `vigie analyze` prints for an article, and
`{"id": null, "place", "error"}` for an input that failed. No SQLite in
executors: with a database, the driver rebuilds each `Analysis` from its JSON
and feeds the single store writer.

pyspark is an optional extra (`pip install -e '.[spark]'`, plus a Java runtime);
nothing here imports it until a job starts.
"""
from __future__ import annotations

import functools
import json
import logging
import os
import shutil
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vigie.cli import EXIT_INPUT_FAILED, EXIT_OK, EXIT_USAGE
from vigie.engines.local import safe_analyze
from vigie.export import analysis_line
from vigie.ingest import read_sources
from vigie.ingest.jsonl import read_jsonl
from vigie.ingest.sources import expand_source
from vigie.model import Analysis, Document, Failure, from_dict, to_dict

log = logging.getLogger(__name__)

INSTALL_HINT = "install the Spark extra (pip install -e '.[spark]') and a Java runtime (17 or later)"
# JSON Lines files are split across partitions line by line; any other file is read whole by one executor.
JSONL_SUFFIXES = (".jsonl", ".ndjson")
# Partitions per core when --partitions is not given: articles differ in cost (length, language),
# so several partitions per core keep every core busy until the end; with 2, bench_spark saw one
# core finish a long partition alone, while each partition's start costs little.
PARTITIONS_PER_CORE = 4
ANALYSIS, FAILURE = "analysis", "failure"


def require_spark() -> None:
    """Raise ImportError with what to install when pyspark or Java is missing."""
    try:
        import pyspark  # noqa: F401
    except ImportError as err:
        raise ImportError(f"pyspark is not installed: {INSTALL_HINT}") from err
    if not (os.environ.get("JAVA_HOME") or shutil.which("java")):
        raise ImportError(f"no Java runtime found (java on PATH or JAVA_HOME): {INSTALL_HINT}")


# What executors do

def _record(item: Document | Failure, keep_analysis: bool) -> tuple[str, str, str | None]:
    """(kind, JSON line, JSON of the whole Analysis when the driver stores it) for one input item."""
    result = item if isinstance(item, Failure) else safe_analyze(item)
    line = json.dumps(analysis_line(result), ensure_ascii=False)
    if isinstance(result, Failure):
        return FAILURE, line, None
    return ANALYSIS, line, json.dumps(to_dict(result), ensure_ascii=False) if keep_analysis else None


@functools.cache
def _prepare_worker() -> None:
    """Once per Python worker (Spark reuses them across tasks): logs to stderr, where Spark collects them.

    The extractors' resources (word lists, gazetteer index) are cached per process on first use, so
    a reused worker loads them once for all the partitions it runs.
    """
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s %(message)s", stream=sys.stderr)


def analyse_sources(sources: Iterable[str], *, fetch_links: bool = True,
                    keep_analysis: bool = False) -> Iterator[tuple[str, str, str | None]]:
    """A partition of paths or URLs: read each with vigie.ingest, analyse every document in it."""
    _prepare_worker()
    for source in sources:
        for item in read_sources([source], fetch_links=fetch_links):
            yield _record(item, keep_analysis)


def analyse_lines(lines: Iterable[tuple[bytes, int]], *, path: str,
                  keep_analysis: bool = False) -> Iterator[tuple[str, str, str | None]]:
    """A partition of one JSON Lines file, as (raw line, 0-based line index) pairs from Spark.

    Each line goes through vigie.ingest's JSONL reader; its place becomes `path:line`, as when the
    whole file is read in one process.
    """
    _prepare_worker()
    for raw, index in lines:
        where = f"{path}:{index + 1}"
        for item in read_jsonl([raw], path):  # a one-line list is a stream to the reader
            if isinstance(item, Failure):
                item = Failure(where, item.reason)
            else:
                item.path = where
            yield _record(item, keep_analysis)


# What the driver does

@dataclass
class InputPlan:
    """What a job reads: files and URLs read whole, JSON Lines files split by line, specs that matched nothing."""

    sources: list[str] = field(default_factory=list)
    jsonl: list[str] = field(default_factory=list)
    missing: list[Failure] = field(default_factory=list)


def plan_inputs(specs: Iterable[str]) -> InputPlan:
    """Expand folders and globs on the driver, as `vigie run` does; nothing is read yet."""
    plan = InputPlan()
    for spec in specs:
        if spec.startswith(("http://", "https://")):
            plan.sources.append(spec)
            continue
        paths = expand_source(spec)
        if paths is None:
            plan.missing.append(Failure(spec, "no such file, folder or glob match; check the path"))
        for path in paths or ():
            (plan.jsonl if path.suffix.lower() in JSONL_SUFFIXES else plan.sources).append(str(path))
    return plan


@dataclass
class SparkJob:
    """A finished job: its part files are written; failures are listed; analyses can be fetched."""

    output: str
    partitions: int
    counts: dict[str, int]
    failures: list[Failure]
    _records: Any = None

    def analyses(self) -> Iterator[Analysis]:
        """Every Analysis, rebuilt on the driver from its JSON, one partition in memory at a time."""
        for kind, _, data in self._records.toLocalIterator():
            if kind == ANALYSIS:
                yield from_dict(Analysis, json.loads(data))

    def release(self) -> None:
        self._records.unpersist()


def analyse_on_spark(sc, specs: Iterable[str], output: str, *, partitions: int | None = None,
                     fetch_links: bool = True, keep_analyses: bool = False) -> SparkJob:
    """Read and analyse every input of `specs` on Spark, writing JSON Lines part files under `output`.

    `keep_analyses` also keeps each whole Analysis (cached by Spark) for `SparkJob.analyses`.
    """
    from pyspark import StorageLevel

    plan = plan_inputs(specs)
    partitions = partitions or sc.defaultParallelism * PARTITIONS_PER_CORE
    parts = []
    if plan.missing:
        parts.append(sc.parallelize([_record(f, False) for f in plan.missing], 1))
    if plan.sources:
        parts.append(sc.parallelize(plan.sources, min(partitions, len(plan.sources))).mapPartitions(
            functools.partial(analyse_sources, fetch_links=fetch_links, keep_analysis=keep_analyses)))
    for path in plan.jsonl:
        lines = sc.textFile(path, minPartitions=partitions, use_unicode=False).zipWithIndex()
        parts.append(lines.mapPartitions(functools.partial(analyse_lines, path=path, keep_analysis=keep_analyses)))
    records = sc.union(parts) if parts else sc.parallelize([], 1)
    if records.getNumPartitions() > partitions:
        records = records.coalesce(partitions)
    # Written, counted and (with a database) fetched by the driver: computed once, spilled to disk if large.
    records.persist(StorageLevel.MEMORY_AND_DISK)
    records.map(lambda record: record[1]).saveAsTextFile(output)
    analysed, failed = 0, []
    for count, lines in records.mapPartitions(_tally).collect():
        analysed += count
        failed += lines
    failures = [Failure(line["place"], line["error"]) for line in map(json.loads, failed)]
    return SparkJob(output, records.getNumPartitions(), {"analysed": analysed, "failed": len(failures)},
                    failures, records)


def _tally(records: Iterable[tuple[str, str, str | None]]) -> Iterator[tuple[int, list[str]]]:
    """A partition's count of analyses and its failure lines (few), so the driver learns both in one job."""
    count, failed = 0, []
    for kind, line, _ in records:
        if kind == ANALYSIS:
            count += 1
        else:
            failed.append(line)
    yield count, failed


def spark_context(master: str | None):
    """The active SparkContext, or a new one on `master` (None: spark-submit's or local[*]).

    Returns (context, created): a context this call created is the caller's to stop.
    """
    from pyspark import SparkConf, SparkContext

    if SparkContext._active_spark_context is not None:
        return SparkContext._active_spark_context, False
    # Executors run the same Python as the driver (and so the same installed vigie), unless told otherwise.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    # Joins spark-submit's JVM when there is one, so that SparkConf reads the settings it was given.
    SparkContext._ensure_initialized()
    # Reused Python workers keep the extractors' resources loaded from one task to the next.
    conf = SparkConf().setAppName("vigie").set("spark.python.worker.reuse", "true")
    if master:
        conf.setMaster(master)
    elif not conf.contains("spark.master"):
        conf.setMaster("local[*]")
    return SparkContext(conf=conf), True


# The `vigie spark` command (its options are declared in vigie.cli)

def run(args) -> int:
    """`vigie spark`: part files under --output, and with --db the store, updated on the driver."""
    try:
        require_spark()
    except ImportError as err:
        log.error("%s", err)
        return EXIT_USAGE
    if "://" not in args.output and Path(args.output).exists():
        log.error("%s already exists: Spark writes a new folder; remove it or choose another --output", args.output)
        return EXIT_USAGE
    if args.partitions is not None and args.partitions < 1:
        log.error("--partitions must be at least 1")
        return EXIT_USAGE
    sc, created = spark_context(args.master)
    if not getattr(args, "verbose", False):
        sc.setLogLevel("ERROR")
        logging.getLogger("py4j").setLevel(logging.WARNING)
    try:
        job = analyse_on_spark(sc, args.sources, args.output, partitions=args.partitions,
                               fetch_links=not args.no_fetch, keep_analyses=bool(args.db))
        try:
            summary = {"output": args.output, "partitions": job.partitions, **job.counts}
            if args.db:
                summary.update(_store(job, args.db, args.sources))
        finally:
            job.release()
    finally:
        if created:
            sc.stop()
    for f in job.failures:
        log.warning("skipped %s: %s", f.place, f.reason)
    summary["failures"] = [{"place": f.place, "reason": f.reason} for f in job.failures]
    json.dump(summary, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return EXIT_INPUT_FAILED if job.failures else EXIT_OK


def _store(job: SparkJob, db: str, sources: list[str]) -> dict[str, Any]:
    """Feed the job's analyses to the one SQLite writer, then update the corpus, as `vigie run` does."""
    from vigie.corpus.build import update_corpus
    from vigie.store import Store

    store = Store(db)
    run_id = store.begin_run("spark", sources)
    for f in job.failures:
        store.add_failure(run_id, f)
    new_ids = set()
    unchanged = 0
    for analysis in job.analyses():
        if store.add_analysis(analysis, run_id):
            new_ids.add(analysis.doc.id)
        else:
            unchanged += 1
    counts = {"read": job.counts["analysed"], "new": len(new_ids), "unchanged": unchanged,
              "failed": job.counts["failed"]}
    log.info("updating the corpus")
    counts.update(update_corpus(store, new_ids))
    store.finish_run(run_id, counts)
    return {"db": db, "run": run_id, **counts}
