"""Ingest throughput and peak memory: read >= 10,000 articles from JSONL into a fresh store.

Uses the real articles of ../shared/data (Timeline17 and ML-Crisis-FR) when present, each
repeated with a numbered line so every copy is a new document; otherwise invented
articles generated here. Reports articles/s for reading alone (normalization,
paragraphs, sentences, language per paragraph) and for reading plus storing.

    .venv/bin/python bench/bench_ingest.py [--articles 10000]
"""
from __future__ import annotations

import argparse
import io
import json
import resource
import tempfile
import time
from pathlib import Path

from articles import invented_article, repeat, shared_articles
from vigie.ingest.jsonl import read_jsonl
from vigie.model import Analysis, Document
from vigie.store import Store

def corpus_lines(count: int) -> list[bytes]:
    """`count` JSONL lines, every one a distinct article."""
    records = repeat(shared_articles(), count, lambda i: {"text": invented_article(i), "published": "2020-01-01"},
                     mark_copies=True)
    return [json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in records]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
    data = b"".join(corpus_lines(args.articles))

    start = time.perf_counter()
    docs = [d for d in read_jsonl(io.BytesIO(data), "bench.jsonl") if isinstance(d, Document)]
    read_seconds = time.perf_counter() - start

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.db")
        start = time.perf_counter()
        for doc in read_jsonl(io.BytesIO(data), "bench.jsonl"):
            if isinstance(doc, Document):
                store.add_analysis(Analysis(doc))
        store_seconds = time.perf_counter() - start
        stored = store.document_count()

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    chars = sum(len(d.text) for d in docs)
    print(json.dumps({
        "articles": len(docs),
        "mean_chars": round(chars / max(len(docs), 1)),
        "read_articles_per_s": round(len(docs) / read_seconds, 1),
        "read_and_store_articles_per_s": round(stored / store_seconds, 1),
        "peak_memory_mb": round(peak_mb, 1),
    }, indent=2))


if __name__ == "__main__":
    main()
