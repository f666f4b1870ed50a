"""Score quotes and their speakers against gold JSON (`vigie eval quotes FILE`).

Gold format — one JSON file (or a folder of them) holding
``{"about": "...", "articles": [ARTICLE, ...]}`` (a bare list of articles is accepted):

    ARTICLE = {
      "id": "fr-q01", "lang": "fr", "published": "2024-03-12", "invented": true,
      "text": "the article, paragraphs separated by blank lines",
      "quotes": [QUOTE, ...]
    }
    QUOTE = {
      "text": "exact substring of the article: what is quoted, without the marks",
      "occurrence": 0,          # optional: which occurrence of "text" (0-based) when it repeats
      "kind": "direct" | "partial" | "indirect",
      "speaker": "canonical name or the anonymous source's words" | null,
      "anonymous": false,       # true for "une source sécuritaire", "a Western diplomat"
      "lang": "fr" | "en"
    }

Conventions: a direct quote's text is everything between its marks (a quote over
several paragraphs runs from the first to the last mark's content); a partial
quote is the quoted fragment; an indirect quote is what follows "que"/"that"/the
verb up to the end of the sentence, or the clause a "selon X"/"according to X"
attributes.

Each article goes through the whole pipeline (`vigie.pipeline.analyze`), so the
names extractor's entities are used when present. A predicted quote matches a
gold quote when their character spans overlap by at least `MIN_OVERLAP` of their
union (one-to-one, best overlap first). A speaker is right when the predicted
speaker's text, or its entity's name or aliases, names the gold speaker (same
words after dropping articles and accents, or one contained in the other).
"""
from __future__ import annotations

import argparse
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

from vigie.model import Analysis

# Least overlap (intersection over union of the character spans) for a predicted
# quote to count as finding a gold one; indirect quotes' boundaries are loose.
MIN_OVERLAP = 0.5

_DETERMINERS = frozenset("le la les l un une des d du de the a an".split())


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of `vigie eval quotes`."""
    parser.add_argument("gold", type=Path, help="gold JSON file, or a folder of them (format: see vigie.eval.quotes)")
    parser.add_argument("--errors", action="store_true", help="list missed, spurious and mis-attributed quotes")


def run(args: argparse.Namespace) -> dict:
    """Score vigie's quotes on the gold articles; the dict is printed as JSON."""
    articles = load_gold(args.gold, "quotes")
    return evaluate(articles, errors=args.errors)


def load_gold(path: Path, kind: str) -> list[dict]:
    """The gold articles of a JSON file or of every .json file under a folder."""
    path = Path(path)
    files = sorted(path.rglob("*.json")) if path.is_dir() else [path]
    if not files or not all(f.is_file() for f in files):
        raise SystemExit(f"{path}: no gold JSON file there; give a file or a folder of .json files")
    articles = []
    for f in files:
        data = json.loads(f.read_text(encoding="utf-8"))
        items = data["articles"] if isinstance(data, dict) else data
        for a in items:
            if kind not in a:
                raise SystemExit(f"{f}: article {a.get('id')!r} has no {kind!r} list")
            articles.append(a)
    return articles


def analyze_article(article: dict) -> Analysis:
    """Run the whole per-document pipeline over one gold article."""
    from vigie.ingest.document import make_document
    from vigie.pipeline import analyze

    doc = make_document(article["text"], published=article.get("published"), lang=article.get("lang"))
    return analyze(doc)


def gold_span(text: str, item: dict) -> tuple[int, int] | None:
    """Offsets of a gold item's text in the (normalized) article text."""
    snippet = unicodedata.normalize("NFC", item["text"])
    # Whole words only: the gold figure "trois" is not the end of "Vingt-trois".
    found = list(re.finditer(rf"(?<![\w-]){re.escape(snippet)}(?![\w-])", text))
    occurrence = int(item.get("occurrence", 0))
    if occurrence >= len(found):
        return None
    return found[occurrence].span()


def words(name: str | None) -> list[str]:
    """A name as comparable words: no accents, no case, no articles."""
    if not name:
        return []
    folded = unicodedata.normalize("NFKD", name.replace("’", "'")).encode("ascii", "ignore").decode().lower()
    return [w for w in re.findall(r"[a-z0-9]+", folded) if w not in _DETERMINERS]


def same_name(gold: str | None, predicted: list[str]) -> bool:
    """True when one of the predicted names names the gold one (or both are absent)."""
    if gold is None:
        return not any(predicted)
    g = words(gold)
    if not g:
        return False
    for p in filter(None, predicted):
        w = words(p)
        if not w:
            continue
        if w == g or _contains(w, g) or _contains(g, w) or _acronym(g, w) or _acronym(w, g):
            return True
    return False


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


def _acronym(short: list[str], long: list[str]) -> bool:
    small = {"of", "for", "and", "et", "pour", "des", "du", "de"}
    return len(short) == 1 and len(long) > 1 and short[0] == "".join(w[0] for w in long if w not in small)


def match_spans(gold: list[tuple[int, int]], predicted: list[tuple[int, int]],
                min_overlap: float) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs, best overlap first."""
    pairs = []
    for gi, (gs, ge) in enumerate(gold):
        for pi, (ps, pe) in enumerate(predicted):
            inter = min(ge, pe) - max(gs, ps)
            if inter <= 0:
                continue
            union = max(ge, pe) - min(gs, ps)
            score = inter / union
            if score >= min_overlap:
                pairs.append((score, gi, pi))
    pairs.sort(reverse=True)
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def prf(gold: int, predicted: int, matched: int) -> dict[str, float]:
    p = matched / predicted if predicted else 0.0
    r = matched / gold if gold else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def speaker_names(analysis: Analysis, speaker) -> list[str]:
    """What a predicted speaker may be called: its text and its entity's name and aliases."""
    if speaker is None:
        return []
    names = [speaker.text]
    if speaker.entity:
        for e in analysis.entities:
            if e.id == speaker.entity:
                names += [e.name, *e.aliases]
    return names


def evaluate(articles: list[dict], errors: bool = False) -> dict[str, Any]:
    """Detection P/R/F1 (overall, by kind, by language) and speaker, kind and language accuracy."""
    totals = {"gold": 0, "predicted": 0, "matched": 0, "speaker": 0, "kind": 0, "lang": 0}
    by_kind: dict[str, dict[str, int]] = {}
    problems: list[dict] = []
    for article in articles:
        analysis = analyze_article(article)
        text = analysis.doc.text
        gold = [(q, gold_span(text, q)) for q in article["quotes"]]
        missing = [q["text"] for q, span in gold if span is None]
        if missing:
            raise SystemExit(f"article {article['id']}: gold quote not found in the text: {missing[0]!r}")
        predicted = analysis.quotes
        pairs = match_spans([s for _, s in gold], [(q.start, q.end) for q in predicted], MIN_OVERLAP)
        totals["gold"] += len(gold)
        totals["predicted"] += len(predicted)
        totals["matched"] += len(pairs)
        for q, _ in gold:
            by_kind.setdefault(q["kind"], {"gold": 0, "predicted": 0, "matched": 0})["gold"] += 1
        for q in predicted:
            by_kind.setdefault(q.kind, {"gold": 0, "predicted": 0, "matched": 0})["predicted"] += 1
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        for gi, pi in pairs:
            g, p = gold[gi][0], predicted[pi]
            if g["kind"] == p.kind:
                by_kind[g["kind"]]["matched"] += 1
                totals["kind"] += 1
            right = same_name(g.get("speaker"), speaker_names(analysis, p.speaker))
            totals["speaker"] += right
            totals["lang"] += (g.get("lang") or article.get("lang")) == p.lang
            if errors and not right:
                problems.append({"article": article["id"], "error": "speaker", "quote": g["text"][:80],
                                 "gold": g.get("speaker"), "predicted": p.speaker.text if p.speaker else None})
        if errors:
            problems += [{"article": article["id"], "error": "missed", "kind": gold[i][0]["kind"],
                          "quote": gold[i][0]["text"][:80]} for i in range(len(gold)) if i not in matched_g]
            problems += [{"article": article["id"], "error": "spurious", "kind": predicted[i].kind,
                          "quote": predicted[i].text[:80]} for i in range(len(predicted)) if i not in matched_p]
    m = totals["matched"]
    report: dict[str, Any] = {
        "articles": len(articles),
        "gold": totals["gold"], "predicted": totals["predicted"], "matched": m,
        **prf(totals["gold"], totals["predicted"], m),
        "speaker_accuracy": round(totals["speaker"] / m, 3) if m else 0.0,
        "speaker_accuracy_over_gold": round(totals["speaker"] / totals["gold"], 3) if totals["gold"] else 0.0,
        "kind_accuracy": round(totals["kind"] / m, 3) if m else 0.0,
        "lang_accuracy": round(totals["lang"] / m, 3) if m else 0.0,
        "by_kind": {k: {**v, **prf(v["gold"], v["predicted"], v["matched"])} for k, v in sorted(by_kind.items())},
    }
    if errors:
        report["errors"] = problems
    return report
