"""Timeline summarization bench: every gold timeline of a TLS dataset, end to end, timed.

    .venv/bin/python bench/bench_tls.py [--data ../shared/data/t17 …] [--workers N] [--no-baseline]
    .venv/bin/python bench/bench_tls.py --data ../shared/data/t17 ../shared/data/ml-crisis-fr --sweep REDUNDANCY=0.5,0.7

Reads and dates every article (the same work `vigie eval tls` does), then builds the
timeline of each gold timeline with vigie and, on the very same dated sentences, with a
compact re-implementation of the news-tls Datewise pipeline (mention-count date ranking,
"PM-Mean" sentence collection, centroid-optimizing summarizer), and scores both with the
news-tls protocol. Prints one JSON object: seconds per stage, the vigie/baseline time
ratio for the summarization stage, and the scores of both.

`--sweep NAME=V1,V2,…` tries values of one constant of `vigie.corpus.timeline` (its
current value is always tried first, as the reference) and reports, besides each value's
scores, the leave-one-topic-out scores: every topic scored with the value that does best
on all the other topics of every dataset given (topics of the same name in two datasets are
one story, held out together). A value is worth keeping only when it
wins there, on each dataset.

`--cache FILE` keeps the dated sentences of every topic in FILE (a pickle): the first run
writes it, later runs read it instead of dating the articles again (most of a run's time).
It holds one state of the time tagger: delete it when the tagging or the data change.

The baseline is a re-implementation from the paper's description, with the mention-count
date ranker (news-tls' supervised date ranker needs training data): its scores are not
the published Datewise numbers, which are quoted for reference.
"""
from __future__ import annotations

import argparse
import ast
import datetime as dt
import json
import pickle
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from vigie.corpus import timeline
from vigie.corpus.timeline import DatedSentence, summarize_timeline
from vigie.eval.rouge import align_rouge, average_prf, date_prf
from vigie.eval.tls import Topic, leave_one_topic_out, load_topic, summary

ROOT = Path(__file__).resolve().parents[1]
# Published T17 scores (AR-1 F, AR-2 F, date F1) of the reference systems.
PUBLISHED = {"datewise": (0.120, 0.035, 0.544), "sunset_qwen72b": (0.136, 0.044, 0.576)}
# Datewise's sentence collector: first sentences of articles published on the day or up to this many days after.
BASELINE_CLIP_SENTENCES = 5
BASELINE_PUB_END_DAYS = 2


def datewise_baseline(items: list[DatedSentence], max_dates: int, max_sentences: int,
                      start: dt.date, end: dt.date) -> dict[dt.date, list[str]]:
    """A compact Datewise: days by mention count, PM-Mean candidates, centroid-optimizing summaries."""
    mentions = Counter(i.date for i in items if i.explicit and start <= i.date <= end)
    days = [d for d, _ in sorted(mentions.items(), key=lambda kv: (-kv[1], kv[0]))][:max_dates]
    vectorizer = TfidfVectorizer(stop_words="english", lowercase=True)
    vectorizer.fit([i.text for i in items])
    by_day: dict[dt.date, list[DatedSentence]] = defaultdict(list)
    wanted = set(days)
    for item in items:
        if item.explicit and item.date in wanted:
            by_day[item.date].append(item)
        elif not item.explicit and item.position < BASELINE_CLIP_SENTENCES and item.published is not None:
            for back in range(BASELINE_PUB_END_DAYS + 1):
                day = item.published - dt.timedelta(days=back)
                if day in wanted:
                    by_day[day].append(item)
    timeline = {}
    for day in days:
        texts = list(dict.fromkeys(i.text for i in by_day[day] if 5 <= len(i.text.split()) <= 50))
        if not texts:
            continue
        matrix = vectorizer.transform(texts).tocsr()
        centroid = np.asarray(matrix.mean(axis=0)).ravel()
        c_norm = np.linalg.norm(centroid)
        if not c_norm:
            continue
        # cos(summary + row, centroid) for every row at once: the norms expand as dot products
        to_centroid = matrix @ centroid
        row_sq = np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel()
        summary = np.zeros_like(centroid)
        chosen: list[int] = []
        for _ in range(min(max_sentences, len(texts))):
            norms = np.sqrt(np.maximum(summary @ summary + row_sq + 2 * (matrix @ summary), 1e-12))
            scores = (summary @ centroid + to_centroid) / (norms * c_norm)
            scores[chosen] = -np.inf
            best = int(np.argmax(scores))
            chosen.append(best)
            summary = summary + matrix[best].toarray().ravel()
        timeline[day] = [texts[j] for j in chosen]
    return timeline


def _scores(results):
    out = {}
    for measure in ("rouge_1", "rouge_2", "date"):
        prf = average_prf([r[measure] for r in results])
        out[measure] = round(prf.f_score, 4)
    return out


def _vigie_scores(topics: list[tuple[str, Topic]]) -> list[tuple[str, dict]]:
    """(dataset/topic, scores) of vigie's timeline for every gold timeline, in order."""
    results = []
    for label, topic in topics:
        for gold in topic.timelines:
            first, last = min(gold), max(gold)
            items = [i for i in topic.items if i.published is not None and first <= i.published <= last]
            n_dates = len(gold)
            n_sentences = round(sum(len(s) for s in gold.values()) / n_dates)
            entries = summarize_timeline(items, n_dates, n_sentences, start=first, end=last, query=topic.keywords)
            predicted = {e.date: e.sentences for e in entries}
            rouge = align_rouge(predicted, gold)
            results.append((label, {"rouge_1": rouge[1], "rouge_2": rouge[2], "date": date_prf(predicted, gold)}))
    return results


def sweep(topics: list[tuple[str, Topic]], name: str, values: list) -> dict:
    """Scores of each value of the timeline constant `name`, and their leave-one-topic-out scores."""
    if not name.isupper() or not hasattr(timeline, name):
        raise SystemExit(f"{name} is not a constant of vigie.corpus.timeline")
    current = getattr(timeline, name)
    runs: dict[str, list[tuple[str, dict]]] = {}
    try:
        for value in [current, *(v for v in values if v != current)]:
            setattr(timeline, name, value)
            # held out by story: a topic of the same name in another dataset is the same story told elsewhere
            runs[repr(value)] = [(label.split("/")[1], s) for label, s in _vigie_scores(topics)]
            print(f"bench_tls: {name}={value!r} done", file=sys.stderr)
    finally:
        setattr(timeline, name, current)
    held_out, chosen = leave_one_topic_out(runs)
    datasets = list(dict.fromkeys(label.split("/")[0] for label, _ in topics))

    def by_dataset(results: list[tuple[str, dict]]) -> dict:
        return {d: summary([s for label, s in results if label.split("/")[0] == d]) for d in datasets}

    labels = [label for label, topic in topics for _ in topic.timelines]
    return {
        "constant": name,
        "values": {value: by_dataset(list(zip(labels, (s for _, s in results)))) for value, results in runs.items()},
        "leave_one_topic_out": by_dataset(list(zip(labels, held_out))),
        "chosen_without_topic": chosen,
    }


def _sweep_values(text: str) -> tuple[str, list]:
    name, _, values = text.partition("=")
    try:
        return name.strip(), [ast.literal_eval(v.strip()) for v in values.split(",") if v.strip()]
    except (ValueError, SyntaxError) as err:
        raise SystemExit(f"--sweep {text}: values must be Python literals separated by commas ({err})") from err


def _load_topics(datasets: list[Path], workers: int | None, cache: Path | None) -> list[tuple[str, Topic]]:
    """(dataset/topic, topic) for every topic folder of the datasets, read from `cache` when it holds them all."""
    folders = [(f"{data.name}/{p.name}", p) for data in datasets
               for p in sorted(data.iterdir()) if (p / "timelines.jsonl").exists()]
    if cache is not None and cache.exists():
        with open(cache, "rb") as stream:
            stored = pickle.load(stream)
        if all(label in stored for label, _ in folders):
            return [(label, stored[label]) for label, _ in folders]
        print(f"bench_tls: {cache} lacks some topics, reading the articles again", file=sys.stderr)
    labelled = [(label, load_topic(folder, workers=workers)) for label, folder in folders]
    if cache is not None:
        with open(cache, "wb") as stream:
            pickle.dump(dict(labelled), stream)
    return labelled


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, nargs="+", default=[ROOT.parent / "shared" / "data" / "t17"])
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--cache", type=Path, help="pickle of the topics' dated sentences: written when absent, "
                        "read when present (delete it when the time tagger or the data change)")
    parser.add_argument("--sweep", metavar="NAME=V1,V2", help="values of a vigie.corpus.timeline constant to compare "
                        "leave-one-topic-out")
    args = parser.parse_args()
    missing = [str(d) for d in args.data if not d.exists()]
    if missing:
        print(f"no dataset at {', '.join(missing)}", file=sys.stderr)
        return 1
    t0 = time.perf_counter()
    labelled = _load_topics(args.data, args.workers, args.cache)
    t_load = time.perf_counter() - t0
    if args.sweep:
        json.dump(sweep(labelled, *_sweep_values(args.sweep)), sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0
    topics = [topic for _, topic in labelled]
    n_articles = len({i.doc for t in topics for i in t.items})
    systems = {"vigie": [], "datewise_baseline": []}
    seconds = {"vigie": 0.0, "datewise_baseline": 0.0}
    for topic in topics:
        for gold in topic.timelines:
            first, last = min(gold), max(gold)
            items = [i for i in topic.items if i.published is not None and first <= i.published <= last]
            n_dates = len(gold)
            n_sentences = round(sum(len(s) for s in gold.values()) / n_dates)
            t = time.perf_counter()
            entries = summarize_timeline(items, n_dates, n_sentences, start=first, end=last, query=topic.keywords)
            seconds["vigie"] += time.perf_counter() - t
            predictions = {"vigie": {e.date: e.sentences for e in entries}}
            if not args.no_baseline:
                t = time.perf_counter()
                predictions["datewise_baseline"] = datewise_baseline(items, n_dates, n_sentences, first, last)
                seconds["datewise_baseline"] += time.perf_counter() - t
            print(f"bench_tls: {topic.name} ({n_dates} dates) done", file=sys.stderr)
            for name, predicted in predictions.items():
                rouge = align_rouge(predicted, gold)
                systems[name].append({"rouge_1": rouge[1], "rouge_2": rouge[2], "date": date_prf(predicted, gold)})
    report = {
        "dataset": ", ".join(str(d) for d in args.data),
        "articles": n_articles,
        "timelines": len(systems["vigie"]),
        "seconds": {"read_and_date": round(t_load, 1), "summarize_vigie": round(seconds["vigie"], 1),
                    "summarize_baseline": round(seconds["datewise_baseline"], 1),
                    "total": round(time.perf_counter() - t0, 1)},
        "scores": {name: _scores(results) for name, results in systems.items() if results},
        "published": {name: dict(zip(("rouge_1", "rouge_2", "date"), v)) for name, v in PUBLISHED.items()},
    }
    if seconds["datewise_baseline"]:
        report["summarize_time_ratio_vigie_over_baseline"] = round(seconds["vigie"] / seconds["datewise_baseline"], 2)
    json.dump(report, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
