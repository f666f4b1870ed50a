"""Score figures against gold JSON (`vigie eval figures FILE`).

Gold format — one JSON file (or a folder of them) holding
``{"about": "...", "articles": [ARTICLE, ...]}`` (a bare list of articles is accepted):

    ARTICLE = {
      "id": "fr-f01", "lang": "fr", "published": "2024-03-15", "invented": true,
      "text": "the article, paragraphs separated by blank lines",
      "figures": [FIGURE, ...]
    }
    FIGURE = {
      "text": "exact substring of the article: the figure with its qualifier and unit ("plus de 580 000",
               "15 à 20 kilomètres"), without the counted noun",
      "occurrence": 0,        # optional: which occurrence of "text" (0-based) when it repeats
      "value": 580000,        # a range's value is its low bound; a vague quantity's its magnitude
      "low": 580000, "high": null,   # optional bounds ("plus de" → low, "moins de"/"up to" → high)
      "approx": true,
      "unit": "km" | "km2" | "ha" | "%" | "USD" | "EUR" | null,   # optional
      "category": "killed" | "injured" | "displaced" | "refugees" | "evacuated" | "arrested" |
                  "population" | "troops" | "places" | "area" | "distance" | "percent" | "money" | "other",
      "who": "civils",        # optional
      "source": "OSDH" | null,   # who reports the figure; null when the text names nobody
      "hypothetical": false,  # true for conditionals, forecasts and warnings
      "parent": "text of the total this figure breaks down" | null
    }

Each article goes through the whole pipeline (`vigie.pipeline.analyze`). A
predicted figure matches a gold one when their spans overlap (one-to-one, most
overlap first). Scores: detection precision/recall/F1, then on matched figures
the accuracy of value, category, source, hypothetical, approx and parent, and
`value_category_source`: the share with all three of value, category and source
right (over matched figures, and over all gold figures). Sources are compared
like speakers (`vigie.eval.quotes.same_name`: same words, containment, acronym).
"""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from vigie.eval.quotes import analyze_article, gold_span, load_gold, match_spans, prf, same_name, speaker_names

# Relative tolerance on values: "1,5 million" read as 1 500 000.0 is right.
VALUE_TOLERANCE = 1e-6
# Any overlap of spans pairs a predicted figure with a gold one.
MIN_OVERLAP = 1e-9


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of `vigie eval figures`."""
    parser.add_argument("gold", type=Path, help="gold JSON file, or a folder of them (format: see vigie.eval.figures)")
    parser.add_argument("--errors", action="store_true", help="list missed and spurious figures and wrong fields")


def run(args: argparse.Namespace) -> dict:
    """Score vigie's figures on the gold articles; the dict is printed as JSON."""
    return evaluate(load_gold(args.gold, "figures"), errors=args.errors)


def _same_value(gold: float | None, predicted: float | None) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    return abs(gold - predicted) <= VALUE_TOLERANCE * max(1.0, abs(gold))


def evaluate(articles: list[dict], errors: bool = False) -> dict[str, Any]:
    """Detection P/R/F1 and per-field accuracy of figures over the gold articles."""
    fields = ("value", "category", "source", "hypothetical", "approx", "parent", "value_category_source")
    right = dict.fromkeys(fields, 0)
    totals = {"gold": 0, "predicted": 0, "matched": 0}
    problems: list[dict] = []
    for article in articles:
        analysis = analyze_article(article)
        text = analysis.doc.text
        gold = article["figures"]
        spans = [gold_span(text, g) for g in gold]
        if any(s is None for s in spans):
            bad = next(g for g, s in zip(gold, spans) if s is None)
            raise SystemExit(f"article {article['id']}: gold figure not found in the text: {bad['text']!r}")
        predicted = analysis.figures
        pairs = match_spans(spans, [(f.start, f.end) for f in predicted], MIN_OVERLAP)
        totals["gold"] += len(gold)
        totals["predicted"] += len(predicted)
        totals["matched"] += len(pairs)
        pred_of_gold = dict(pairs)
        gold_index = {g["text"]: i for i, g in enumerate(gold)}
        for gi, pi in pairs:
            g, p = gold[gi], predicted[pi]
            source_names = speaker_names(analysis, p.source) if p.source is not None else []
            parent_gold = gold_index.get(g.get("parent")) if g.get("parent") else None
            checks = {
                "value": _same_value(g["value"], p.value),
                "category": g["category"] == p.category,
                "source": same_name(g.get("source"), source_names),
                "hypothetical": bool(g.get("hypothetical")) == p.hypothetical,
                "approx": bool(g.get("approx")) == p.approx,
                "parent": (p.parent is None if parent_gold is None else p.parent == pred_of_gold.get(parent_gold)),
            }
            checks["value_category_source"] = checks["value"] and checks["category"] and checks["source"]
            for k, ok in checks.items():
                right[k] += ok
            if errors:
                wrong = {k: {"gold": g.get(k) if k != "value_category_source" else None,
                             "predicted": _predicted_field(p, k)}
                         for k, ok in checks.items() if not ok and k != "value_category_source"}
                if wrong:
                    problems.append({"article": article["id"], "figure": g["text"], "wrong": wrong})
        if errors:
            matched_g = {gi for gi, _ in pairs}
            matched_p = {pi for _, pi in pairs}
            problems += [{"article": article["id"], "error": "missed", "figure": g["text"]}
                         for i, g in enumerate(gold) if i not in matched_g]
            problems += [{"article": article["id"], "error": "spurious", "figure": f.text, "category": f.category}
                         for i, f in enumerate(predicted) if i not in matched_p]
    m = totals["matched"]
    report: dict[str, Any] = {
        "articles": len(articles), **totals, **prf(totals["gold"], totals["predicted"], m),
        **{f"{k}_accuracy": round(right[k] / m, 3) if m else 0.0 for k in fields},
        "value_category_source_over_gold": round(right["value_category_source"] / totals["gold"], 3)
        if totals["gold"] else 0.0,
    }
    if errors:
        report["errors"] = problems
    return report


def _predicted_field(figure, name: str):
    if name == "source":
        return figure.source.text if figure.source else None
    return getattr(figure, name)
