"""`vigie eval stories DATASET...`: story clustering scored against the topics of timeline datasets.

Each DATASET is a folder of topics in the Timeline17 layout (`<topic>/articles.jsonl`,
{id, time, text} per line); every article's gold story is its topic. The articles of
all the datasets are analysed as `vigie run` analyses them (`--no-analyze` clusters the
bare documents, with capitalized words for names: faster, and what a Document-only
caller gets) and clustered together by `StoryClusterer`, in publication order.

Scores compare the stories with the topics: homogeneity (each story holds one topic),
completeness (each topic is one story) and V-measure, their harmonic mean; B-cubed
precision and recall ask the same two questions article by article (precision falls
when stories mix topics, recall when a topic is split). Per topic: its articles, the
stories they fell into and the share of the largest. Speed: clustering alone, in
articles per second.

The same topic in two datasets (T17's `egypt`, in English, and ml-crisis-fr's `egypt`,
in French) is ONE gold story by default: a reader following the Egyptian revolution
wants the French and English articles in one story, so keeping the languages apart is
counted as splitting. `--per-dataset` makes each dataset's topic its own story, to
measure the clustering within each language.

`--part I/N` keeps the articles whose document id hashes to I modulo N, `--rest I/N`
the others: a fixed split to tune on one part and report on the rest.
"""
from __future__ import annotations

import argparse
import sys
import time
import zlib
from collections import Counter, defaultdict
from pathlib import Path

from vigie.corpus.stories import StoryClusterer
from vigie.engines.local import map_analyze
from vigie.ingest.jsonl import read_jsonl
from vigie.model import Analysis, Document, Failure


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of `vigie eval stories`."""
    parser.add_argument("datasets", nargs="+", type=Path, metavar="DATASET",
                        help="folders of topics (<topic>/articles.jsonl); several are clustered together")
    parser.add_argument("--topics", nargs="+", help="only these topics (default: every topic folder)")
    parser.add_argument("--per-dataset", action="store_true",
                        help="a topic in two datasets is two gold stories (default: one story in two languages)")
    split = parser.add_mutually_exclusive_group()
    split.add_argument("--part", metavar="I/N", help="only the articles whose id hashes to I modulo N")
    split.add_argument("--rest", metavar="I/N", help="only the articles whose id does not hash to I modulo N")
    parser.add_argument("--no-analyze", action="store_true",
                        help="cluster the documents without analysing them (names from capitalized words)")
    parser.add_argument("--workers", type=int, default=None, help="processes analysing articles (default: VIGIE_WORKERS)")


def run(args: argparse.Namespace) -> dict:
    """Cluster every article of the datasets and score the stories against the topics."""
    started = time.perf_counter()
    docs, gold, languages, unreadable, repeated = load_articles(args.datasets, topics=args.topics,
                                                                per_dataset=args.per_dataset)
    if args.part or args.rest:
        keep = _part_filter(args.part or args.rest, inside=bool(args.part))
        kept = [i for i, d in enumerate(docs) if keep(d.id)]
        docs, gold = [docs[i] for i in kept], [gold[i] for i in kept]
    if not docs:
        raise SystemExit(f"no article found under {', '.join(map(str, args.datasets))}: check the paths and --topics")
    items: list[Analysis | Document] = list(docs)
    if not args.no_analyze:
        print(f"stories: analysing {len(docs)} articles", file=sys.stderr)
        analysed = list(map_analyze(docs, workers=args.workers, expected=len(docs)))
        items = [a if isinstance(a, Analysis) else d for a, d in zip(analysed, docs)]
        unreadable += sum(isinstance(a, Failure) for a in analysed)
    order = sorted(range(len(items)), key=lambda i: (docs[i].published.earliest or "9999", docs[i].id))
    items, gold = [items[i] for i in order], [gold[i] for i in order]
    clustering = time.perf_counter()
    labels = StoryClusterer().fit(items).labels_
    cluster_seconds = time.perf_counter() - clustering
    report = {"datasets": [str(d) for d in args.datasets], "gold": "dataset/topic" if args.per_dataset else "topic",
              "part": args.part or (f"not {args.rest}" if args.rest else "all"),
              "analyzed": not args.no_analyze, "articles": len(items),
              # over the whole datasets, before --part/--rest
              "unreadable": unreadable, "repeated": repeated,
              "topics": len(set(gold)), "stories": len(set(labels))}
    report.update(score(gold, labels))
    report["per_topic"] = per_topic(gold, labels, [languages.get(d.id) for d in (docs[i] for i in order)])
    report["cluster_seconds"] = round(cluster_seconds, 2)
    report["articles_per_second"] = round(len(items) / cluster_seconds, 1) if cluster_seconds else None
    report["seconds"] = round(time.perf_counter() - started, 1)
    return report


def load_articles(datasets: list[Path], topics: list[str] | None = None, per_dataset: bool = False,
                  ) -> tuple[list[Document], list[str], dict[str, str | None], int, int]:
    """The articles of every topic folder of `datasets`, their gold stories and languages, and the
    numbers of lines that are not articles and of articles met again (same text, so same document
    id: the article keeps its first topic)."""
    docs: list[Document] = []
    gold: list[str] = []
    languages: dict[str, str | None] = {}
    unreadable = repeated = 0
    for dataset in datasets:
        folders = sorted(p for p in Path(dataset).iterdir() if (p / "articles.jsonl").exists()) \
            if Path(dataset).is_dir() else []
        for folder in folders:
            if topics and folder.name not in topics:
                continue
            label = f"{Path(dataset).name}/{folder.name}" if per_dataset else folder.name
            place = folder / "articles.jsonl"
            with open(place, "rb") as stream:
                for doc in read_jsonl(stream, str(place)):
                    if isinstance(doc, Failure):
                        print(f"stories: skipped {doc.place}: {doc.reason}", file=sys.stderr)
                        unreadable += 1
                    elif doc.id in languages:
                        repeated += 1
                    else:
                        docs.append(doc)
                        gold.append(label)
                        languages[doc.id] = doc.lang
    return docs, gold, languages, unreadable, repeated


def score(gold: list[str], labels: list[str]) -> dict:
    """Homogeneity, completeness, V-measure and B-cubed precision, recall and F of `labels` against `gold`."""
    from sklearn.metrics import homogeneity_completeness_v_measure

    if not gold:
        return {"homogeneity": 0.0, "completeness": 0.0, "v_measure": 0.0, "bcubed": {"p": 0.0, "r": 0.0, "f": 0.0}}
    homogeneity, completeness, v_measure = homogeneity_completeness_v_measure(gold, labels)
    in_topic, in_story, both = Counter(gold), Counter(labels), Counter(zip(gold, labels))
    precision = sum(both[pair] / in_story[pair[1]] for pair in zip(gold, labels)) / len(gold)
    recall = sum(both[pair] / in_topic[pair[0]] for pair in zip(gold, labels)) / len(gold)
    f = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"homogeneity": round(homogeneity, 4), "completeness": round(completeness, 4),
            "v_measure": round(v_measure, 4),
            "bcubed": {"p": round(precision, 4), "r": round(recall, 4), "f": round(f, 4)}}


def per_topic(gold: list[str], labels: list[str], languages: list[str | None]) -> dict[str, dict]:
    """For each topic: its articles (by language), the stories holding them, and the largest one's share."""
    stories: dict[str, Counter[str]] = defaultdict(Counter)
    langs: dict[str, Counter[str]] = defaultdict(Counter)
    for topic, label, lang in zip(gold, labels, languages):
        stories[topic][label] += 1
        langs[topic][lang or "?"] += 1
    return {topic: {"articles": sum(counts.values()), "languages": dict(sorted(langs[topic].items())),
                    "stories": len(counts), "largest_share": round(max(counts.values()) / sum(counts.values()), 3)}
            for topic, counts in sorted(stories.items())}


def _part_filter(spec: str, inside: bool):
    """A test on document ids from "I/N": the ids hashing to I modulo N (`inside`) or the others."""
    try:
        index, total = (int(x) for x in spec.split("/"))
    except ValueError:
        raise SystemExit(f"--part/--rest takes I/N (e.g. 0/3), not {spec!r}") from None
    if not 0 <= index < total:
        raise SystemExit(f"--part/--rest I/N needs 0 <= I < N, not {spec!r}")
    return lambda doc_id: (zlib.crc32(doc_id.encode()) % total == index) == inside
