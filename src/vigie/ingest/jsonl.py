"""JSON Lines: one article per line, `text` required.

Optional fields: `id`, `title`, `url`, `source`, `lang`, `published` (also read
as `date` or `time`). A bad line is a `Failure` with its line number; the lines
around it are still read.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from vigie.ingest.decode import ReadError, decode, max_bytes
from vigie.ingest.document import has_text, make_document
from vigie.model import Document, Failure

_DATE_KEYS = ("published", "date", "time")


def read_jsonl(stream: BinaryIO, place: str) -> Iterator[Document | Failure]:
    """Every article of a JSONL stream, and a Failure for every line that is not one."""
    limit = max_bytes()
    for number, raw in enumerate(stream, start=1):
        where = f"{place}:{number}"
        if not raw.strip():
            continue
        if len(raw) > limit:
            yield Failure(where, f"line too large ({len(raw) / 1e6:.1f} MB)")
            continue
        try:
            yield record_to_document(json.loads(decode(raw)), where)
        except (ReadError, ValueError, TypeError) as err:
            yield Failure(where, f"not a JSON article: {err}")


def record_to_document(record: dict, place: str) -> Document:
    """A Document from one decoded JSON object (raises ValueError when it has no text)."""
    if not isinstance(record, dict):
        raise ValueError("the line is not a JSON object")
    text = record.get("text")
    if text is None:
        raise ValueError("no 'text' field with the article's text")
    if not isinstance(text, str) or not has_text(text):
        raise ValueError("its 'text' field holds no text")
    published = next((record[k] for k in _DATE_KEYS if isinstance(record.get(k), str) and record[k]), None)
    meta = {"id": str(record["id"])} if record.get("id") is not None else {}
    return make_document(
        text, title=_str(record.get("title")), published=published, lang=_str(record.get("lang")),
        path=place, url=_str(record.get("url")), source=_str(record.get("source")), meta=meta,
        provenance="jsonl" if published else "none")


def _str(value) -> str | None:
    return value if isinstance(value, str) and value.strip() else None
