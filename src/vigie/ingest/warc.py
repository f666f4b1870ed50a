"""WARC archives (warcio), as news crawls are distributed: each HTML response is an article."""
from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from vigie.ingest.decode import ReadError, max_bytes
from vigie.ingest.html import read_html
from vigie.model import Document, Failure

_HTML_TYPES = ("text/html", "application/xhtml")
_RECORD_TYPES = {"warcinfo", "response", "resource", "request", "metadata", "revisit", "conversion", "continuation"}


def read_warc(stream: BinaryIO, place: str) -> Iterator[Document | Failure]:
    """Every article page in a WARC file; a Failure for each record that holds none."""
    limit = max_bytes()
    records = 0
    try:
        for record in ArchiveIterator(stream, check_digests="raise"):
            if record.format != "warc" or record.rec_type not in _RECORD_TYPES:
                continue
            records += 1
            if record.rec_type not in ("response", "resource"):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or place
            if record.http_headers is not None:
                if record.http_headers.get_statuscode() not in ("200", None):
                    continue
                ctype = record.http_headers.get_header("Content-Type") or ""
            else:
                ctype = record.rec_headers.get_header("Content-Type") or ""
            if not ctype.lower().startswith(_HTML_TYPES):
                continue
            data = record.content_stream().read(limit + 1)
            if len(data) > limit:
                yield Failure(url, "page too large")
                continue
            if getattr(record.raw_stream, "limit", 0) > 0 or record.digest_checker.passed is False:
                yield Failure(url, "truncated or corrupted WARC record; the crawl file is incomplete")
                continue
            crawl_date = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
            try:
                yield from read_html(data, url, url=url, fallback_date=crawl_date)
            except ReadError as err:
                yield Failure(url, str(err))
    except (ArchiveLoadFailed, ValueError, EOFError, OSError) as err:
        raise ReadError(f"broken WARC: {err}") from err
    if not records:
        raise ReadError("broken WARC: no WARC record in this file")
