"""RSS and Atom feeds with feedparser; linked pages fetched when the feed carries only a summary."""
from __future__ import annotations

import time
from collections.abc import Iterator

import feedparser
import lxml.html

from vigie.ingest.dates import parse_published
from vigie.ingest.decode import ReadError
from vigie.ingest.document import has_text, make_document
from vigie.ingest.fetch import fetch
from vigie.ingest.html import read_html
from vigie.model import Document, Failure, Published

# A feed entry shorter than this is a teaser: the article is on the linked page.
MIN_ENTRY_CHARS = 400
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "blockquote", "tr")


def looks_like_feed(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head) \
        or head.startswith((b"<rss", b"<feed", b"<rdf:rdf"))


def read_feed(data: bytes, place: str, *, fetch_links: bool = True,
              allow_private: bool = True) -> Iterator[Document | Failure]:
    """Every article of a feed; a Failure for each linked page that could not be fetched."""
    parsed = feedparser.parse(data)
    entries = [e for e in parsed.entries if e.get("link") or e.get("summary") or e.get("content")]
    if not entries:
        problem = parsed.get("bozo_exception")
        raise ReadError(f"no feed entries{': ' + str(problem) if problem else ''}")
    outlet = parsed.feed.get("title") or None
    for number, entry in enumerate(entries, start=1):
        where = f"{place}#{number}"
        try:
            yield from _read_entry(entry, where, outlet, fetch_links, allow_private)
        except (ReadError, ValueError) as err:
            yield Failure(entry.get("link") or where, str(err))


def _read_entry(entry, where: str, outlet: str | None, fetch_links: bool,
                allow_private: bool) -> Iterator[Document | Failure]:
    link = entry.get("link") or None
    published = _entry_date(entry)
    text = _fragment_text(_entry_html(entry))
    if link and fetch_links and len(text) < MIN_ENTRY_CHARS:
        try:
            page = fetch(link, allow_private=allow_private)
            for doc in read_html(page.data, link, url=link, fallback_date=published and published.date):
                if published and doc.published.provenance != "html":
                    doc.published = published
                doc.source = doc.source or outlet
                yield doc
            return
        except ReadError as err:
            yield Failure(link, f"{err}; kept the feed's summary instead")
    if not has_text(text):
        raise ReadError("feed entry without text")
    yield make_document(text, title=entry.get("title"), published=published, url=link,
                        path=None if link else where, source=outlet, provenance="feed")


def _entry_date(entry) -> Published | None:
    for key in ("published", "updated", "created"):
        struct = entry.get(f"{key}_parsed")
        if struct:
            return parse_published(time.strftime("%Y-%m-%d", struct), "feed")
        if entry.get(key):
            found = parse_published(entry[key], "feed")
            if found:
                return found
    return None


def _entry_html(entry) -> str:
    contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    return max(contents, key=len) if contents else entry.get("summary", "")


def _fragment_text(fragment: str) -> str:
    """Text of an HTML fragment, one paragraph per block element."""
    if not fragment.strip():
        return ""
    if "<" not in fragment:
        return fragment
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return ""
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for block in root.iter(*_BLOCKS):
        block.tail = "\n\n" + (block.tail or "")
    return root.text_content()
