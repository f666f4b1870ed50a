"""The articles every bench reads: the real ones of ../shared/data when present, else invented ones.

    from articles import shared_articles, repeat
"""
from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def shared_articles(pattern: str = "*/*/articles.jsonl") -> list[dict]:
    """{text, published} records of the JSONL files under ../shared/data matching `pattern`."""
    records = []
    for path in sorted(SHARED_DATA.glob(pattern)):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    record = json.loads(line)
                    if record.get("text"):
                        records.append({"text": record["text"],
                                        "published": (record.get("time") or record.get("date") or "")[:10] or None})
    return records


def repeat(records: list[dict], count: int, invent: Callable[[int], dict], mark_copies: bool = False) -> list[dict]:
    """`count` records cycling through `records` (or `invent(i)` ones when there are none); with
    `mark_copies`, each later round adds a numbered line so that every copy is a new document."""
    records = records or [invent(i) for i in range(500)]
    out = []
    for i in range(count):
        record = dict(records[i % len(records)])
        copy = i // len(records)
        if mark_copies and copy:
            record["text"] += f"\n\nCopie {copy}."
        out.append({"id": str(i), **record})
    return out


def invented_article(seed: int) -> str:
    """A short invented French article, different for every seed."""
    rng = random.Random(seed)
    towns = ["Lyon", "Dole", "Arles", "Nîmes", "Orange", "Valence"]
    sentences = [f"Le maire de {rng.choice(towns)} a annoncé {rng.randint(2, 900)} évacuations mardi."
                 for _ in range(rng.randint(8, 30))]
    return "Article inventé. " + " ".join(sentences)
