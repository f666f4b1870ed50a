"""`vigie eval timex DIR`: TempEval-3 scores of vigie's temporal tagger on TimeML `.tml` files.

Each file's `<TEXT>` is read as plain text with the gold TIMEX3 spans as character
offsets; vigie tags the text anchored on the file's `<DCT>` (or, with `--no-dct`,
on the date it infers from the text itself) and the two lists are compared:
strict (same span) and relaxed (overlapping spans) precision, recall and F1, and
value and type F1 over the relaxed matches, as the TempEval-3 scorer counts them.
"""
from __future__ import annotations

import argparse
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from vigie.model import Document, Published, Timex
from vigie.nlp.time import date_document, find_timexes


@dataclass
class TimeMLDocument:
    """One TimeML file: its plain text, creation date and gold expressions."""

    name: str
    text: str
    dct: str | None
    timexes: list[Timex] = field(default_factory=list)


def read_tml(path: str | Path) -> TimeMLDocument:
    """Read a TimeML file: the text of `<TEXT>` with its TIMEX3 elements as offsets, and the `<DCT>` value."""
    root = ET.parse(path).getroot()
    dct = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = timex.get("value")
            break
    body = root.find("TEXT")
    parts: list[str] = []
    gold: list[Timex] = []
    length = 0

    def walk(element: ET.Element) -> None:
        nonlocal length
        start = length
        if element.text:
            parts.append(element.text)
            length += len(element.text)
        for child in element:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                length += len(child.tail)
        if element.tag == "TIMEX3" and element is not body:
            text = "".join(parts)[start:length]
            gold.append(Timex(start, length, text, element.get("type", ""), element.get("value", ""), element.get("mod")))

    if body is not None:
        walk(body)
    return TimeMLDocument(Path(path).stem, "".join(parts), dct, gold)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(pairs: list[tuple[list[Timex], list[Timex]]]) -> dict:
    """TempEval-3 counts over (gold, system) lists: strict and relaxed P/R/F1, value and type F1."""
    n_gold = n_sys = strict = relaxed = value = kind = 0
    for gold, system in pairs:
        n_gold += len(gold)
        n_sys += len(system)
        used: set[int] = set()
        for g in gold:
            best = None
            for i, s in enumerate(system):
                if i in used or s.end <= g.start or s.start >= g.end:
                    continue
                if best is None or (s.start, s.end) == (g.start, g.end):
                    best = i
            if best is None:
                continue
            used.add(best)
            s = system[best]
            relaxed += 1
            strict += (s.start, s.end) == (g.start, g.end)
            value += s.value.upper() == g.value.upper()
            kind += s.type == g.type
    result = {"gold": n_gold, "system": n_sys}
    for name, hits in (("strict", strict), ("relaxed", relaxed), ("value", value), ("type", kind)):
        p = hits / n_sys if n_sys else 0.0
        r = hits / n_gold if n_gold else 0.0
        result[name] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(_f1(p, r), 4)}
    return result


def tag(doc: TimeMLDocument, lang: str, use_dct: bool = True) -> list[Timex]:
    """vigie's expressions for one TimeML document, anchored on its DCT or on the date inferred from its text."""
    if use_dct:
        return find_timexes(doc.text, doc.dct, lang)
    first = find_timexes(doc.text, None, lang)
    document = Document(id=doc.name, text=doc.text, lang=lang, published=Published())
    published = date_document(document, first)
    if published.date:
        return find_timexes(doc.text, published.date, lang)
    return first


def evaluate(directory: str | Path, lang: str = "fr", use_dct: bool = True) -> dict:
    """Scores of vigie over every `.tml` file under `directory`."""
    files = sorted(Path(directory).rglob("*.tml"))
    pairs = []
    for path in files:
        doc = read_tml(path)
        pairs.append((doc.timexes, tag(doc, lang, use_dct)))
    result = score(pairs)
    result["documents"] = len(files)
    result["dct"] = use_dct
    return result


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of `vigie eval timex`."""
    parser.add_argument("directory", help="a folder of TimeML .tml files (searched recursively)")
    parser.add_argument("--lang", default="fr", choices=["fr", "en"], help="language of the texts (default fr)")
    parser.add_argument("--no-dct", action="store_true",
                        help="withhold each file's creation date: vigie must infer the document date from the text")


def run(args: argparse.Namespace) -> dict:
    """Score vigie on the TimeML files of `args.directory`; the dict is printed as JSON."""
    if not Path(args.directory).is_dir():
        raise SystemExit(f"{args.directory}: not a folder; give a folder of TimeML .tml files")
    return evaluate(args.directory, args.lang, use_dct=not args.no_dct)
