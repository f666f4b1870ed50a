"""Bench: quotes and figures (find_quotes + find_figures) over 1,000 French articles.

The articles are the ml-crisis-fr texts of ../shared, cycled up to --articles (invented
articles when ../shared is absent). Documents are built (and, with --with-names, the
names and time expressions found) before the clock starts: only the two claim
extractors are timed. Reports articles/s and ms per 1,000 characters, and, as a peer
measured in the same run on the same texts, spaCy's blank French tokenizer: the ratio
of the two times is what to compare between machines, which are shared and noisy.

    .venv/bin/python bench/bench_claims.py [--articles 1000] [--with-names]
"""
from __future__ import annotations

import argparse
import json
import time

from articles import repeat, shared_articles


def load_texts(count: int) -> list[tuple[str, str]]:
    """(text, publication date) of `count` ML-Crisis-FR articles, cycled, or invented ones."""
    records = repeat(shared_articles("ml-crisis-fr/*/articles.jsonl"), count, lambda i: {
        "text": f"Article inventé {i}. « Nous tiendrons », a déclaré le maire, Jean Nadir. Au moins 30 personnes "
                f"ont été tuées, selon l'Observatoire régional (ORDH), dont 12 enfants. " * 8,
        "published": "2020-01-01"})
    return [(r["text"], r["published"]) for r in records]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--with-names", action="store_true",
                        help="give the extractors the names and time expressions the pipeline would find")
    args = parser.parse_args()
    from vigie.ingest.document import make_document
    from vigie.nlp.figures import find_figures
    from vigie.nlp.quotes import find_quotes

    items = load_texts(args.articles)
    docs = [make_document(text, published=date, lang="fr") for text, date in items]
    inputs = []
    for doc in docs:
        if args.with_names:
            from vigie.nlp.names import find_entities
            from vigie.nlp.time import tag_document

            mentions, entities = find_entities(doc)
            inputs.append((doc, mentions, entities, tag_document(doc)))
        else:
            inputs.append((doc, [], [], []))
    chars = sum(len(d.text) for d in docs)
    find_quotes(docs[0], [], [])
    find_figures(docs[0], [], [], [])

    # Document by document, quotes then figures, as the pipeline runs them (the figures
    # reuse the quote finder's work on the same document).
    quotes = figures = 0
    quotes_time = figures_time = 0.0
    for doc, m, e, t in inputs:
        start = time.perf_counter()
        quotes += len(find_quotes(doc, m, e))
        middle = time.perf_counter()
        figures += len(find_figures(doc, m, e, t))
        quotes_time += middle - start
        figures_time += time.perf_counter() - middle

    import spacy

    tokenizer = spacy.blank("fr").tokenizer
    start = time.perf_counter()
    for doc in docs:
        tokenizer(doc.text)
    peer_time = time.perf_counter() - start

    total = quotes_time + figures_time
    print(json.dumps({
        "articles": len(docs),
        "characters": chars,
        "with_names": args.with_names,
        "quotes": quotes,
        "figures": figures,
        "quotes_seconds": round(quotes_time, 2),
        "figures_seconds": round(figures_time, 2),
        "articles_per_second": round(len(docs) / total, 1),
        "ms_per_1000_chars": round(1000 * total / (chars / 1000), 3),
        "peer": "spaCy blank French tokenizer (one process)",
        "peer_seconds": round(peer_time, 2),
        "claims_over_peer": round(total / peer_time, 2),
    }, indent=1))


if __name__ == "__main__":
    main()
