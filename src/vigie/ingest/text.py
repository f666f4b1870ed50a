"""Plain-text articles, with their leading metadata.

Two header shapes are read: a first line ` date YYYY-MM[-DD] ` followed by the
article on the same line (as archived press is often exported), and leading
`key: value` lines with known keys (title, date, source, url, lang…) closed by a
blank line.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from vigie.ingest.decode import ReadError, decode
from vigie.ingest.document import has_text, make_document
from vigie.model import Document

_DATE_LINE = re.compile(r"^\s*date\s+(\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)\b[ \t]*")
_KEY_LINE = re.compile(r"^([A-Za-zÀ-ÿ_-]{2,20})\s*:\s*(.*\S)\s*$")
# The keys recognised in a leading block, mapped to Document fields.
_KEYS = {
    "title": "title", "titre": "title", "headline": "title",
    "date": "published", "published": "published", "publié": "published", "time": "published",
    "source": "source", "outlet": "source", "media": "source", "média": "source",
    "url": "url", "link": "url", "lien": "url",
    "lang": "lang", "language": "lang", "langue": "lang",
    "author": "author", "auteur": "author", "byline": "author", "id": "id",
}
# A metadata block longer than this is prose that happens to contain colons.
MAX_HEADER_LINES = 15


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Leading metadata and the article text that follows it."""
    m = _DATE_LINE.match(text)
    if m:
        return {"published": m[1]}, text[m.end():]
    lines = text.lstrip("\ufeff").split("\n")
    fields: dict[str, str] = {}
    for i, line in enumerate(lines[: MAX_HEADER_LINES + 1]):
        if not line.strip():
            if fields and i > 0:
                return fields, "\n".join(lines[i + 1:])
            return {}, text
        km = _KEY_LINE.match(line)
        if not km or km[1].lower() not in _KEYS:
            return {}, text
        fields[_KEYS[km[1].lower()]] = km[2]
    return {}, text


def read_text(data: bytes, place: str) -> Iterator[Document]:
    """The article in a text file (raises ReadError when it holds none)."""
    fields, body = split_header(decode(data))
    if not has_text(body):
        raise ReadError("no text: the file holds a header or control characters only")
    meta = {k: v for k, v in fields.items() if k in ("author", "id")}
    provenance = "header" if "published" in fields else "none"
    yield make_document(body, title=fields.get("title"), published=fields.get("published"),
                        lang=fields.get("lang"), path=place, url=fields.get("url"),
                        source=fields.get("source"), meta=meta, provenance=provenance)
