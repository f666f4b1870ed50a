"""`vigie eval tls DATASET`: timeline summarization scored with the news-tls protocol.

DATASET is a folder of topics in the Timeline17 layout: `<topic>/articles.jsonl`
({id, time, text} per line), `<topic>/timelines.jsonl` (one gold timeline per line,
[["YYYY-MM-DD…", [sentences]], …]) and optionally `<topic>/keywords.json`.

For each gold timeline, the input is the topic's articles published inside the
timeline's span; vigie is asked for L dates (the gold number of dates) and K sentences
per date (the gold mean, rounded as news-tls rounds it). Scores are alignment-based
ROUGE-1 and ROUGE-2 F (align+ m:1) and date F1; precision and recall are averaged over
timelines, then F is taken, per topic and over all timelines.

The candidates are the dated sentences of `vigie timeline`; with `--stories`, those a
story's timeline in `vigie run` takes instead: every extractor reads each article and
sentences telling only what may happen, or continuing another, are left out
(`corpus.build.timeline_sentences`).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from vigie.corpus.build import timeline_sentences
from vigie.corpus.timeline import DatedSentence, extract_dated_sentences, summarize_timeline
from vigie.engines.local import CHUNK_SIZE, MIN_PARALLEL_DOCUMENTS, worker_count
from vigie.eval.rouge import PRF, align_rouge, average_prf, date_prf
from vigie.ingest.jsonl import record_to_document
from vigie.pipeline import analyze


@dataclass
class Topic:
    """One topic of a TLS dataset: its dated sentences and its gold timelines."""

    name: str
    items: list[DatedSentence]
    timelines: list[dict[dt.date, list[str]]]
    keywords: list[str]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of `vigie eval tls`."""
    parser.add_argument("dataset", type=Path, help="folder of topics (t17 layout: <topic>/articles.jsonl, timelines.jsonl)")
    parser.add_argument("--topics", nargs="+", help="only these topics (default: every topic folder)")
    parser.add_argument("--lang", help="language of the articles (default: detected)")
    parser.add_argument("--no-keywords", action="store_true", help="ignore the topics' keywords.json (no query)")
    parser.add_argument("--stories", action="store_true",
                        help="the sentences a story's timeline takes in `vigie run` (every extractor; slower)")
    parser.add_argument("--workers", type=int, default=None, help="processes reading articles (default: VIGIE_WORKERS)")


def run(args: argparse.Namespace) -> dict:
    """Score vigie's timelines on every gold timeline of the dataset; returns the scores as a dict."""
    folders = sorted(p for p in Path(args.dataset).iterdir() if (p / "timelines.jsonl").exists())
    if args.topics:
        folders = [p for p in folders if p.name in set(args.topics)]
    if not folders:
        raise SystemExit(f"no topic with a timelines.jsonl under {args.dataset}: check the path and --topics")
    report: dict = {"dataset": str(args.dataset), "sentences": "stories" if args.stories else "timeline", "topics": {}}
    all_scores: list[dict[str, PRF]] = []
    started = time.perf_counter()
    for folder in folders:
        print(f"tls: {folder.name}", file=sys.stderr)
        topic = load_topic(folder, lang=args.lang, workers=args.workers, stories=args.stories)
        scores = evaluate_topic(topic, use_keywords=not args.no_keywords)
        all_scores.extend(scores)
        report["topics"][topic.name] = summary(scores)
    report["overall"] = summary(all_scores)
    report["seconds"] = round(time.perf_counter() - started, 1)
    return report


def load_topic(folder: Path, lang: str | None = None, workers: int | None = None, stories: bool = False) -> Topic:
    """Read a topic folder: articles become dated sentences, gold timelines become {date: sentences}.

    Articles are read and dated in `workers` processes (default: VIGIE_WORKERS); with
    `stories`, analysed whole, keeping the sentences a story's timeline takes.
    """
    place = folder / "articles.jsonl"
    with open(place, encoding="utf-8") as stream:
        lines = [(f"{place}:{number}", line, lang, stories)
                 for number, line in enumerate(stream, start=1) if line.strip()]
    workers = workers or worker_count()
    if workers > 1 and len(lines) >= MIN_PARALLEL_DOCUMENTS:
        context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
        with context.Pool(workers) as pool:
            results = pool.map(_dated_line, lines, chunksize=CHUNK_SIZE)
    else:
        results = [_dated_line(line) for line in lines]
    items: list[DatedSentence] = []
    for (where, *_), result in zip(lines, results):
        if isinstance(result, str):
            print(f"tls: skipped {where}: {result}", file=sys.stderr)
        else:
            items.extend(result)
    timelines = []
    with open(folder / "timelines.jsonl", encoding="utf-8") as stream:
        for line in stream:
            if line.strip():
                timelines.append({dt.date.fromisoformat(d[:10]): list(s) for d, s in json.loads(line)})
    keywords_path = folder / "keywords.json"
    keywords = json.loads(keywords_path.read_text(encoding="utf-8")) if keywords_path.exists() else []
    return Topic(folder.name, items, timelines, keywords)


def _dated_line(task: tuple[str, str, str | None, bool]) -> list[DatedSentence] | str:
    """The dated sentences of one JSONL article (those a story's timeline takes, with `stories`), or the reason it
    cannot be read."""
    where, line, lang, stories = task
    try:
        record = json.loads(line)
        if lang and isinstance(record, dict) and "lang" not in record:
            record["lang"] = lang
        doc = record_to_document(record, where)
        return timeline_sentences(analyze(doc)) if stories else extract_dated_sentences(doc)
    except (ValueError, TypeError) as err:
        return str(err)


def evaluate_topic(topic: Topic, use_keywords: bool = True) -> list[dict[str, PRF]]:
    """Scores of vigie's timeline against each gold timeline of a topic (news-tls protocol)."""
    results = []
    for gold in topic.timelines:
        first, last = min(gold), max(gold)
        items = [i for i in topic.items if i.published is not None and first <= i.published <= last]
        n_dates = len(gold)
        n_sentences = round(sum(len(s) for s in gold.values()) / n_dates)
        entries = summarize_timeline(
            items, n_dates, n_sentences, start=first, end=last,
            query=topic.keywords if use_keywords else None)
        predicted = {e.date: e.sentences for e in entries}
        rouge = align_rouge(predicted, gold, orders=(1, 2))
        results.append({"rouge_1": rouge[1], "rouge_2": rouge[2], "date": date_prf(predicted, gold)})
    return results


def leave_one_topic_out(runs: dict[str, list[tuple[str, dict[str, PRF]]]]) -> tuple[list[dict[str, PRF]], dict[str, str]]:
    """Score a choice between settings honestly: each topic is scored with the setting chosen on the others.

    `runs` maps each setting's label to its scores, one (topic, scores) pair per gold
    timeline, in the same order for every setting; the first setting is the reference.
    A setting's merit on a set of timelines is its ROUGE-1 F plus its ROUGE-2 F, each
    relative to the reference's on the same timelines (so that ROUGE-2, four times
    smaller, counts as much); the reference wins ties. Returns the held-out scores of
    every timeline and, per topic, the label chosen without it.
    """
    labels = list(runs)
    if not labels:
        return [], {}
    reference = runs[labels[0]]
    if any(len(runs[label]) != len(reference) for label in labels):
        raise ValueError("every setting must score the same timelines")

    def merit(label: str, keep: list[int]) -> float:
        total = 0.0
        for measure in ("rouge_1", "rouge_2"):
            base = average_prf([reference[i][1][measure] for i in keep]).f_score
            score = average_prf([runs[label][i][1][measure] for i in keep]).f_score
            total += score / base if base else score
        return total

    held_out: list[dict[str, PRF]] = [{} for _ in reference]
    chosen: dict[str, str] = {}
    for topic in dict.fromkeys(name for name, _ in reference):
        others = [i for i, (name, _) in enumerate(reference) if name != topic]
        best = max(labels, key=lambda label: (merit(label, others), label == labels[0])) if others else labels[0]
        chosen[topic] = best
        for i, (name, scores) in enumerate(runs[best]):
            if name == topic:
                held_out[i] = scores
    return held_out, chosen


def summary(scores: list[dict[str, PRF]]) -> dict:
    """Precision, recall and F of each measure, averaged over timelines as news-tls averages them."""
    out = {"timelines": len(scores)}
    for measure in ("rouge_1", "rouge_2", "date"):
        prf = average_prf([s[measure] for s in scores])
        out[measure] = {"p": round(prf.precision, 4), "r": round(prf.recall, 4), "f": round(prf.f_score, 4)}
    return out
