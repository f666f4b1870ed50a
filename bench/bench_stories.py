"""Online story clustering at scale: adding one article to a store of --documents articles.

Builds a store of --documents synthetic articles (each a sample of sentences of one
real article of ../shared/data, so stories have the sizes and vocabularies of real
ones; invented sentences when ../shared is absent), clusters them and saves the
stories in the store. Then, --trials times, a new article arrives: a fresh
`StoryClusterer` attached to the store reads only the stories sharing its words,
assigns it, and saves the changed story. Reports the time of that update (median
and worst), which the project wants well under a second, and the clustering speed.

    .venv/bin/python bench/bench_stories.py [--documents 100000] [--trials 20]
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from vigie.corpus.stories import StoryClusterer
from vigie.ingest import make_document
from vigie.model import Published
from vigie.store import Store

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
# Sentences drawn from one real article to make a synthetic one.
SENTENCES_PER_ARTICLE = 12
# A story update must take well under this many seconds.
TARGET_SECONDS = 1.0


def sources() -> list[tuple[str, list[str]]]:
    """(date, sentences) of the real articles, or of invented ones."""
    found = []
    for path in sorted(SHARED.glob("*/*/articles.jsonl")):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    record = json.loads(line)
                    sentences = [s.strip() for s in record["text"].replace("\n", " ").split(". ") if len(s) > 40]
                    if sentences and record.get("time"):
                        found.append((record["time"][:10], sentences))
    if found:
        return found
    rng = random.Random(0)
    towns = ["Valbrune", "Castelmar", "Ostrévie", "Dorval", "Mirande", "Sorèze"]
    return [(f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
             [f"À {rng.choice(towns)}, {rng.randint(2, 900)} habitants ont été évacués après la crue numéro {i}"
              for _ in range(20)]) for i in range(500)]


def synthetic(index: int, pool, rng: random.Random):
    """A new article: sentences sampled from one source article, dated near it."""
    date, sentences = pool[index % len(pool)]
    picked = rng.sample(sentences, min(SENTENCES_PER_ARTICLE, len(sentences)))
    doc = make_document(". ".join(picked) + f". Dépêche {index}.", lang="en")
    doc.published = Published(date=date, earliest=date, latest=date, precision="day", provenance="jsonl")
    return doc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--trials", type=int, default=20)
    args = parser.parse_args()
    rng = random.Random(17)
    pool = sources()
    docs = [synthetic(i, pool, rng) for i in range(args.documents)]
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "stories.db")
        # Documents go in with one transaction: only their rows matter to the stories.
        with store.transaction() as db:
            db.executemany(
                "INSERT INTO documents (id, title, published, text, paragraphs, paragraph_langs, sentences, added)"
                " VALUES (?, NULL, ?, '', '[]', '[]', '[]', '')",
                [(d.id, json.dumps({"date": d.published.date})) for d in docs])
        start = time.process_time()
        clusterer = StoryClusterer().fit(docs)
        fit_seconds = time.process_time() - start
        clusterer.save(store)
        stories = len(clusterer.stories_)
        timings = []
        for trial in range(args.trials):
            doc = synthetic(args.documents + trial, pool, rng)
            with store.transaction() as db:
                db.execute("INSERT INTO documents (id, published, text, paragraphs, paragraph_langs, sentences, added)"
                           " VALUES (?, '{}', '', '[]', '[]', '[]', '')", (doc.id,))
            start = time.perf_counter()
            online = StoryClusterer().load(store).partial_fit([doc])
            online.save(store)
            timings.append(time.perf_counter() - start)
        result = {
            "documents": args.documents, "stories": stories,
            "fit_articles_per_cpu_s": round(args.documents / fit_seconds, 1),
            "update_one_article_s": {"median": round(statistics.median(timings), 4),
                                     "max": round(max(timings), 4), "trials": args.trials},
            "target_s": TARGET_SECONDS,
            "db_mb": round((Path(folder) / "stories.db").stat().st_size / 1e6, 1),
        }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
