"""Score event types against gold JSON (`vigie eval events FILE`).

Gold format — one JSON file (or a folder of them) holding
``{"about": "...", "articles": [ARTICLE, ...]}`` (a bare list of articles is accepted):

    ARTICLE = {
      "id": "dev-fr-01", "lang": "fr", "published": "2024-03-12", "invented": true,
      "text": "the article (often a single sentence)",
      "events": [EVENT, ...]
    }
    EVENT = {
      "text": "exact substring of the article: the sentence reporting the event",
      "occurrence": 0,         # optional: which occurrence of "text" (0-based) when it repeats
      "type": "ASSAULT",       # the type a journalist would give (lang/<lang>/events.json)
      "hypothetical": false,   # optional: what may happen (threats, warnings, fears, plans)
      "negated": false         # optional: what did not happen
    }

Each article goes through the whole pipeline (`vigie.pipeline.analyze`). A gold
event is found when a predicted event's sentence overlaps its text; its type is
right when the predicted type equals the gold one (a gold event no event was
found for counts as wrong, under the predicted type "none"). Scores: type
accuracy over all gold events, per language and per gold type, and the accuracy
of `hypothetical` and `negated` over the found events that give them.
"""
from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import Any

from vigie.eval.quotes import analyze_article, gold_span, load_gold

# The predicted type of a gold event no sentence event was found for.
NOT_FOUND = "none"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of `vigie eval events`."""
    parser.add_argument("gold", type=Path, help="gold JSON file, or a folder of them (format: see vigie.eval.events)")
    parser.add_argument("--errors", action="store_true", help="list the gold events typed wrong or not found")


def run(args: argparse.Namespace) -> dict:
    """Score vigie's event types on the gold articles; the dict is printed as JSON."""
    return evaluate(load_gold(args.gold, "events"), errors=args.errors)


def _accuracy(right: int, total: int) -> dict[str, Any]:
    return {"events": total, "right": right, "accuracy": round(right / total, 3) if total else 0.0}


def evaluate(articles: list[dict], errors: bool = False) -> dict[str, Any]:
    """Type accuracy (overall, per language, per gold type), the confusions, and the accuracy of the
    hypothetical and negated marks of the found events."""
    right: Counter = Counter()
    total: Counter = Counter()
    flags = {"hypothetical": [0, 0], "negated": [0, 0]}  # right, judged
    confusions: Counter = Counter()
    found = 0
    problems: list[dict] = []
    for article in articles:
        analysis = analyze_article(article)
        text = analysis.doc.text
        lang = article.get("lang") or analysis.doc.lang
        predicted = analysis.events or []
        for gold in article["events"]:
            span = gold_span(text, gold)
            if span is None:
                raise SystemExit(f"article {article['id']}: gold event not found in the text: {gold['text']!r}")
            event = next((e for e in predicted
                          if any(s["start"] < span[1] and span[0] < s["end"] for s in e.sources)), None)
            kind = event.type if event else NOT_FOUND
            ok = kind == gold["type"]
            for key in ("all", f"lang:{lang}", f"type:{gold['type']}"):
                total[key] += 1
                right[key] += ok
            if event is not None:
                found += 1
                for flag, tally in flags.items():
                    if flag in gold:
                        tally[1] += 1
                        tally[0] += bool(gold[flag]) == getattr(event, flag)
            if not ok:
                confusions[f"{gold['type']} -> {kind}"] += 1
                if errors:
                    problems.append({"article": article["id"], "gold": gold["type"], "predicted": kind,
                                     "types": event.types if event else [], "text": gold["text"]})
    report: dict[str, Any] = {
        "articles": len(articles),
        **_accuracy(right["all"], total["all"]),
        "found": found,
        "by_lang": {k[5:]: _accuracy(right[k], total[k]) for k in sorted(total) if k.startswith("lang:")},
        "by_type": {k[5:]: _accuracy(right[k], total[k]) for k in sorted(total) if k.startswith("type:")},
        "confusions": dict(confusions.most_common()),
        **{f"{flag}_accuracy": round(r / n, 3) if n else 0.0 for flag, (r, n) in flags.items()},
    }
    if errors:
        report["errors"] = problems
    return report
