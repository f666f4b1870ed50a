"""Readers: files, folders, globs, URLs, HTML, JSONL, feeds and WARC become `Document`s.

Nothing downstream parses a format. A source that cannot be read becomes a
`Failure` with its place and reason; it never stops a batch.
"""
from vigie.ingest.document import make_document
from vigie.ingest.sources import read_sources

__all__ = ["make_document", "read_sources"]
