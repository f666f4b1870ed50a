"""Spark local[2] against the local process pool, on the same articles, as a ratio measured in one run.

Both engines read the same JSON Lines file (the French ML-Crisis-FR articles, then Timeline17's
topics in turn, up to --articles), analyse every article with every extractor and write the
`vigie analyze` lines: the pool with two processes (its parent writes one file), Spark with
local[2] (its executors write the part files). Both start cold (each worker loads the
extractors' resources); Spark's own start-up is reported apart. Needs ../shared and the Spark extra.

    .venv/bin/python bench/bench_spark.py [--articles 1000] [--partitions N]
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from vigie.engines import spark as engine
from vigie.engines.local import map_analyze
from vigie.ingest.jsonl import read_jsonl
from vigie.model import Failure

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


def article_lines(count: int) -> list[bytes]:
    """French articles first, then one Timeline17 topic after another, a line from each in turn."""
    french = [line for path in sorted(SHARED.glob("ml-crisis-fr/*/articles.jsonl"))
              for line in path.read_bytes().splitlines() if line.strip()]
    topics = [[line for line in path.read_bytes().splitlines() if line.strip()]
              for path in sorted(SHARED.glob("t17/*/articles.jsonl"))]
    english = [line for row in itertools.zip_longest(*topics) for line in row if line]
    return (french + english)[:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--partitions", type=int, default=None, help="default: the engine's")
    args = parser.parse_args()
    if not SHARED.exists():
        sys.exit(f"{SHARED} is absent: this bench reads the shared articles")
    engine.require_spark()
    lines = article_lines(args.articles)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "articles.jsonl"
        path.write_bytes(b"\n".join(lines) + b"\n")

        start = time.perf_counter()
        local_failed = 0
        with open(path, "rb") as handle:
            docs = []
            for item in read_jsonl(handle, str(path)):
                if isinstance(item, Failure):
                    local_failed += 1
                else:
                    docs.append(item)
            results = list(map_analyze(docs, workers=2))
        local_seconds = time.perf_counter() - start
        local_failed += sum(isinstance(r, Failure) for r in results)
        # The same deliverable as Spark's part files: the `vigie analyze` lines, written by the parent.
        with open(Path(tmp) / "local.jsonl", "w", encoding="utf-8") as out:
            for result in results:
                out.write(json.dumps(engine.result_line(result), ensure_ascii=False) + "\n")
        output_seconds = time.perf_counter() - start

        from pyspark import SparkConf, SparkContext

        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        start = time.perf_counter()
        sc = SparkContext(conf=SparkConf().setMaster("local[2]").setAppName("vigie-bench")
                          .set("spark.ui.enabled", "false").set("spark.python.worker.reuse", "true"))
        sc.setLogLevel("ERROR")
        startup_seconds = time.perf_counter() - start
        try:
            start = time.perf_counter()
            job = engine.analyse_on_spark(sc, [str(path)], str(Path(tmp) / "out"), partitions=args.partitions)
            spark_seconds = time.perf_counter() - start
            job.release()
        finally:
            sc.stop()

    local_rate, spark_rate = len(lines) / output_seconds, len(lines) / spark_seconds
    print(json.dumps({
        "articles": len(lines), "partitions": job.partitions,
        "local_pool_2": {"seconds": round(output_seconds, 2), "articles_per_s": round(local_rate, 1),
                         "analysis_only_articles_per_s": round(len(lines) / local_seconds, 1),
                         "failed": local_failed},
        "spark_local_2": {"seconds": round(spark_seconds, 2), "articles_per_s": round(spark_rate, 1),
                          "startup_seconds": round(startup_seconds, 2), **job.counts},
        "spark_over_local": round(spark_rate / local_rate, 2),
    }, indent=2))


if __name__ == "__main__":
    main()
