"""`vigie eval ner FILE`: precision, recall and F1 of vigie's names on CoNLL/IOB files, per type.

A CoNLL file has one token per line, its tag in the last column that looks like an
IOB tag (IOB1, IOB2 or BIOES; types PER, ORG, LOC, other types ignored), blank lines
between sentences and `-DOCSTART-` lines between documents; lines starting with "#"
are comments ("# lang: fr" sets a document's language). The tokens are joined back
into text, vigie finds names in it, and its mentions are mapped to tokens: a
mention counts when its token span and type equal a gold one (CoNLL's exact match).

When a column holds `@group` on name tokens (vigie's gold set in `evaldata/ner`),
the merge score says whether the spellings of one entity were merged: pairwise
precision, recall and F1 over the gold mentions vigie found, and the share of
gold groups whose mentions all landed in one vigie entity. A `geo.json` beside the
files (`{doc: {group: GeoNames id or null}}`) adds the geocoding score: the share of
place groups having a GeoNames entry that vigie found and resolved to that entry.
"""
from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from vigie.model import Document, Entity
from vigie.nlp.language import detect
from vigie.nlp.names import find_entities

TYPES = {"PER": "person", "PERS": "person", "PERSON": "person", "ORG": "organization", "LOC": "place", "GPE": "place"}
_TAG = re.compile(r"^(?:O|[BIES]-[A-Z]+)$")
_NO_SPACE_BEFORE = re.compile(r"^(?:[.,;:!?)\]%}…]|['’]s)$")
_NO_SPACE_AFTER = re.compile(r"^(?:.*['’]|[(\[{])$")


@dataclass
class ConllDocument:
    """One document of a CoNLL file: tokens, their tags and entity groups, and the text they make."""

    name: str
    lang: str | None
    tokens: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    groups: list[str | None] = field(default_factory=list)
    sentence_ends: set[int] = field(default_factory=set)

    def text_and_offsets(self) -> tuple[str, list[tuple[int, int]]]:
        """The tokens joined back into text, with each token's character offsets."""
        parts: list[str] = []
        offsets: list[tuple[int, int]] = []
        pos = 0
        for i, token in enumerate(self.tokens):
            if i:
                if i in self.sentence_ends:
                    sep = "\n"
                elif _NO_SPACE_BEFORE.match(token) or _NO_SPACE_AFTER.match(self.tokens[i - 1]):
                    sep = ""
                else:
                    sep = " "
                parts.append(sep)
                pos += len(sep)
            offsets.append((pos, pos + len(token)))
            parts.append(token)
            pos += len(token)
        return "".join(parts), offsets


def read_conll(path: str | Path) -> list[ConllDocument]:
    """The documents of a CoNLL/IOB file."""
    docs: list[ConllDocument] = []
    current = ConllDocument(Path(path).stem, None)
    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("-DOCSTART-"):
            if current.tokens:
                docs.append(current)
            current = ConllDocument(f"{Path(path).stem}#{len(docs) + 1}", None)
            continue
        if line.startswith("#"):
            m = re.match(r"#\s*(lang|doc)\s*[:=]\s*(\S+)", line)
            if m and m.group(1) == "lang":
                current.lang = m.group(2)
            elif m:
                current.name = m.group(2)
            continue
        if not line:
            if current.tokens:
                current.sentence_ends.add(len(current.tokens))
            continue
        cols = line.split()
        tag = next((c for c in reversed(cols[1:]) if _TAG.match(c)), "O")
        group = next((c[1:] for c in cols[1:] if c.startswith("@")), None)
        current.tokens.append(cols[0])
        current.tags.append(tag)
        current.groups.append(group)
    if current.tokens:
        docs.append(current)
    return docs


def gold_spans(doc: ConllDocument) -> dict[tuple[int, int, str], str | None]:
    """Gold names as (first token, last token + 1, type) → group, from IOB1, IOB2 or BIOES tags."""
    spans: dict[tuple[int, int, str], str | None] = {}
    start, kind = None, None

    def close(end: int) -> None:
        if start is not None and kind in TYPES:
            spans[(start, end, TYPES[kind])] = doc.groups[start]

    for i, tag in enumerate(doc.tags + ["O"]):
        prefix, _, label = tag.partition("-")
        begins = prefix in ("B", "S") or (prefix in ("I", "E") and (label != kind or start is None))
        if prefix == "O" or begins or i in doc.sentence_ends:
            close(i)
            start, kind = (i, label) if prefix != "O" else (None, None)
        if prefix in ("E", "S"):
            close(i + 1)
            start, kind = None, None
    return spans


def predicted_spans(doc: ConllDocument) -> tuple[dict[tuple[int, int, str], str], dict[str, Entity]]:
    """vigie's names in the document's text, as token spans → vigie entity id, and its entities by id."""
    text, offsets = doc.text_and_offsets()
    lang = doc.lang or detect(text) or "fr"
    document = Document(id=doc.name, text=text, lang=lang)
    mentions, entities = find_entities(document)
    spans: dict[tuple[int, int, str], str] = {}
    starts = [s for s, _ in offsets]
    for mention in mentions:
        if mention.nominal:
            continue
        first = next((i for i, (s, e) in enumerate(offsets) if e > mention.start), None)
        if first is None:
            continue
        last = max((i for i, s in enumerate(starts) if s < mention.end), default=first)
        spans[(first, last + 1, mention.type)] = mention.entity
    return spans, {e.id: e for e in entities}


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "gold": n_gold, "predicted": n_pred, "correct": tp}


def read_geo(paths: list[str | Path]) -> dict[str, dict[str, int | None]]:
    """Gold GeoNames ids by document and group, from a `geo.json` beside the CoNLL files, if any."""
    gold: dict[str, dict[str, int | None]] = {}
    for folder in {Path(p).resolve().parent for p in paths}:
        path = folder / "geo.json"
        if path.is_file():
            gold.update({k: v for k, v in json.loads(path.read_text(encoding="utf-8")).items() if not k.startswith("_")})
    return gold


def evaluate(paths: list[str | Path], *, lang: str | None = None, show_errors: bool = False) -> dict:
    """Per-type and overall exact-match scores, the merge score where groups are given, and the
    geocoding accuracy where a `geo.json` gives the right GeoNames entry of the place groups."""
    geo_gold = read_geo(paths)
    geo_right = geo_total = 0
    counts = {t: [0, 0, 0] for t in ("person", "organization", "place")}
    pair_tp = pair_pred = pair_gold = 0
    groups_total = groups_merged = 0
    errors: list[dict] = []
    n_docs = 0
    for path in paths:
        for doc in read_conll(path):
            n_docs += 1
            if lang and not doc.lang:
                doc.lang = lang
            gold = gold_spans(doc)
            pred, entities = predicted_spans(doc)
            expected = geo_gold.get(doc.name, {})
            seen_groups: set[str] = set()
            for key, group in sorted(gold.items()):
                if key[2] != "place" or group not in expected or expected[group] is None or group in seen_groups:
                    continue
                seen_groups.add(group)
                geo_total += 1
                entity = entities.get(pred.get(key, ""))
                right = entity is not None and entity.geo is not None and entity.geo.geonames_id == expected[group]
                geo_right += right
                if show_errors and not right:
                    errors.append({"doc": doc.name, "text": " ".join(doc.tokens[key[0]:key[1]]), "type": "place",
                                   "error": "geocoded to " + (str(entity.geo.geonames_id) if entity and entity.geo else "nothing")
                                   + f", expected {expected[group]}"})
            for key in gold:
                counts[key[2]][2] += 1
            for key in pred:
                counts[key[2]][1] += 1
                if key in gold:
                    counts[key[2]][0] += 1
            if show_errors:
                for key in sorted(set(gold) ^ set(pred)):
                    errors.append({"doc": doc.name, "text": " ".join(doc.tokens[key[0]:key[1]]), "type": key[2],
                                   "error": "missed" if key in gold else "spurious"})
            found = [(g, pred[k]) for k, g in gold.items() if k in pred and g]
            for (g1, p1), (g2, p2) in combinations(found, 2):
                same_gold, same_pred = g1 == g2, p1 == p2
                pair_gold += same_gold
                pair_pred += same_pred
                pair_tp += same_gold and same_pred
            by_group: dict[str, set[str]] = {}
            for g, p in found:
                by_group.setdefault(g, set()).add(p)
            sizes = {g: sum(1 for gg, _ in found if gg == g) for g in by_group}
            for g, entities in by_group.items():
                if sizes[g] > 1:
                    groups_total += 1
                    groups_merged += len(entities) == 1
    tp = sum(c[0] for c in counts.values())
    result = {
        "documents": n_docs,
        "overall": _prf(tp, sum(c[1] for c in counts.values()), sum(c[2] for c in counts.values())),
        "per_type": {t: _prf(*c) for t, c in counts.items()},
    }
    if pair_gold or groups_total:
        result["merge"] = {
            **{k: v for k, v in _prf(pair_tp, pair_pred, pair_gold).items() if k in ("precision", "recall", "f1")},
            "groups": groups_total,
            "groups_merged": round(groups_merged / groups_total, 4) if groups_total else 0.0,
        }
    if geo_total:
        result["geocoding"] = {"places": geo_total, "right_entry": round(geo_right / geo_total, 4)}
    if show_errors:
        result["errors"] = errors
    return result


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of `vigie eval ner`."""
    parser.add_argument("files", nargs="+", help="CoNLL/IOB files (token first, IOB tag in a later column)")
    parser.add_argument("--lang", choices=["fr", "en"], help="language of documents without a '# lang:' line "
                        "(default: detected from the text)")
    parser.add_argument("--errors", action="store_true", help="list every missed and spurious name")


def run(args: argparse.Namespace) -> dict:
    """Score vigie on `args.files`; the dict is printed as JSON."""
    missing = [f for f in args.files if not Path(f).is_file()]
    if missing:
        raise SystemExit(f"{', '.join(missing)}: no such file; give CoNLL/IOB files (see evaldata/ner)")
    return evaluate(args.files, lang=args.lang, show_errors=args.errors)
