"""Bench: vigie's temporal tagger against dateparser.search_dates, speed and accuracy, measured in one run.

Speed: both tag the same French articles (the ml-crisis-fr texts of ../shared,
cycled up to --articles), each anchored on the article's publication date;
the ratio of their times is printed. Accuracy: both tag the French TimeBank dev
files anchored on each file's creation date, scored TempEval-3 style by
`vigie.eval.timex.score` (dateparser gives no types, so only spans and values count).

    .venv/bin/python bench/bench_time.py [--articles 1000]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import datetime
from pathlib import Path

from vigie.eval.timex import read_tml, score
from vigie.model import Timex
from vigie.nlp.time import find_timexes

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ARTICLES = SHARED / "data" / "ml-crisis-fr"
TIMEBANK = SHARED / "data" / "fr-timebank" / "dev"


def load_articles(count: int) -> list[tuple[str, str]]:
    """(text, publication date) of the French articles, cycled up to `count`."""
    base = []
    for path in sorted(ARTICLES.glob("*/articles.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                base.append((record["text"], record["time"][:10]))
    return [base[i % len(base)] for i in range(count)] if base else []


def dateparser_timexes(text: str, anchor: str | None) -> list[Timex]:
    """dateparser's finds as Timex records: offsets found in order, the datetime as a day (or time) value."""
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime.fromisoformat(anchor)} if anchor else {}
    found = search_dates(text, languages=["fr"], settings=settings) or []
    result, cursor = [], 0
    for substring, moment in found:
        start = text.find(substring, cursor)
        if start < 0:
            start = text.find(substring)
        if start < 0:
            continue
        cursor = start + len(substring)
        clock = moment.strftime("T%H:%M") if (moment.hour, moment.minute) != (0, 0) else ""
        result.append(Timex(start, start + len(substring), substring, "TIME" if clock else "DATE",
                            moment.date().isoformat() + clock))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, help="how many articles both taggers read (default 1000)")
    args = parser.parse_args(argv)
    if not ARTICLES.exists():
        print(f"{ARTICLES} is absent: the bench needs ../shared", file=sys.stderr)
        return 1
    articles = load_articles(args.articles)
    characters = sum(len(text) for text, _ in articles)
    find_timexes("Préchauffage : hier, le 3 mars 2019.", "2019-03-05", "fr")  # load the rules once, outside the timing

    started = time.perf_counter()
    vigie_count = sum(len(find_timexes(text, anchor, "fr")) for text, anchor in articles)
    vigie_seconds = time.perf_counter() - started

    dateparser_timexes("Préchauffage : hier, le 3 mars 2019.", "2019-03-05")
    started = time.perf_counter()
    dateparser_count = sum(len(dateparser_timexes(text, anchor)) for text, anchor in articles)
    dateparser_seconds = time.perf_counter() - started

    report = {
        "articles": len(articles),
        "distinct_articles": len({text for text, _ in articles}),
        "characters": characters,
        "vigie": {"seconds": round(vigie_seconds, 3), "expressions": vigie_count,
                  "articles_per_second": round(len(articles) / vigie_seconds, 1),
                  "ms_per_1000_chars": round(1000 * vigie_seconds / (characters / 1000), 4)},
        "dateparser": {"seconds": round(dateparser_seconds, 3), "expressions": dateparser_count,
                       "articles_per_second": round(len(articles) / dateparser_seconds, 1)},
        "speed_ratio": round(dateparser_seconds / vigie_seconds, 1),
    }
    if TIMEBANK.exists():
        docs = [read_tml(path) for path in sorted(TIMEBANK.glob("*.tml"))]
        for name, tagger in (("vigie", lambda d: find_timexes(d.text, d.dct, "fr")),
                             ("dateparser", lambda d: dateparser_timexes(d.text, d.dct))):
            scores = score([(d.timexes, tagger(d)) for d in docs])
            report[name]["fr_timebank_dev"] = {k: scores[k]["f1"] for k in ("strict", "relaxed", "value")}
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
