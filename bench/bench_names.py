"""Bench: persons, organisations and places (find_entities, geocoding included) over 1,000 French articles.

The articles are the ml-crisis-fr texts of ../shared, cycled up to --articles (invented
articles when ../shared is absent). Reports articles/s and ms per 1,000 characters for
vigie's names, the one-off cost of loading the gazetteer and knowledge base, and, as a
peer measured in the same run on the same texts, spaCy's blank French tokenizer: the
ratio of the two times is what to compare between machines, which are shared and noisy.

    .venv/bin/python bench/bench_names.py [--articles 1000] [--workers 2]
"""
from __future__ import annotations

import argparse
import json
import time
from concurrent.futures import ProcessPoolExecutor

from articles import repeat, shared_articles
from vigie.model import Document


def load_texts(count: int) -> list[tuple[str, str]]:
    """(text, publication date) of `count` ML-Crisis-FR articles, cycled, or invented ones."""
    records = repeat(shared_articles("ml-crisis-fr/*/articles.jsonl"), count, lambda i: {
        "text": f"Article inventé {i}. Le président Karim Nadir s'est rendu à Alep puis à Damas, "
                f"selon l'Observatoire syrien des droits de l'homme (OSDH). " * 8,
        "published": "2020-01-01"})
    return [(r["text"], r["published"]) for r in records]


def _names(batch: list[tuple[str, str]]) -> int:
    from vigie.nlp.names import find_entities
    from vigie.model import Published

    found = 0
    for i, (text, date) in enumerate(batch):
        mentions, _ = find_entities(Document(id=str(i), text=text, lang="fr", published=Published(date=date)))
        found += len(mentions)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=1, help="processes (each loads the gazetteer once)")
    args = parser.parse_args()
    items = load_texts(args.articles)
    chars = sum(len(t) for t, _ in items)

    start = time.perf_counter()
    from vigie.nlp.names import find_entities, knowledge_base
    from vigie.nlp.places import gazetteer

    gazetteer()
    knowledge_base()
    find_entities(Document(id="warm", text="Le président Karim Nadir est à Alep.", lang="fr"))
    load = time.perf_counter() - start

    start, cpu = time.perf_counter(), time.process_time()
    if args.workers > 1:
        size = -(-len(items) // args.workers)
        with ProcessPoolExecutor(args.workers) as pool:
            mentions = sum(pool.map(_names, [items[i:i + size] for i in range(0, len(items), size)]))
    else:
        mentions = _names(items)
    names_time = time.perf_counter() - start
    names_cpu = time.process_time() - cpu  # this process only: with --workers 1, the time not lost to other loads

    import spacy

    tokenizer = spacy.blank("fr").tokenizer
    start, cpu = time.perf_counter(), time.process_time()
    for text, _ in items:
        tokenizer(text)
    peer_time = time.perf_counter() - start
    peer_cpu = time.process_time() - cpu

    print(json.dumps({
        "articles": len(items),
        "characters": chars,
        "workers": args.workers,
        "mentions": mentions,
        "load_seconds": round(load, 2),
        "names_seconds": round(names_time, 2),
        "names_cpu_seconds": round(names_cpu, 2) if args.workers == 1 else None,
        "articles_per_second": round(len(items) / names_time, 1),
        "ms_per_1000_chars": round(1000 * names_time / (chars / 1000), 3),
        "peer": "spaCy blank French tokenizer (one process)",
        "peer_seconds": round(peer_time, 2),
        "peer_cpu_seconds": round(peer_cpu, 2),
        "names_over_peer": round(names_time / peer_time, 2),
        "names_over_peer_cpu": round(names_cpu / peer_cpu, 2) if args.workers == 1 else None,
    }, indent=1))


if __name__ == "__main__":
    main()
