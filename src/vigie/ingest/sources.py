"""From what a user names (files, folders, globs, URLs) to Documents and Failures.

The format is chosen by the file's extension and, when that says nothing, by a
look at its first bytes. Nothing downstream of `vigie.ingest` parses a format.
"""
from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from vigie.ingest.decode import ReadError, check_size
from vigie.ingest.feed import looks_like_feed, read_feed
from vigie.ingest.fetch import fetch
from vigie.ingest.html import read_html
from vigie.ingest.jsonl import read_jsonl
from vigie.ingest.text import read_text
from vigie.ingest.warc import read_warc
from vigie.model import Document, Failure

_BY_SUFFIX = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".warc": "warc", ".gz": "warc",
}

_FOLDER_SUFFIXES = set(_BY_SUFFIX) - {".md", ".gz"}


def read_sources(specs: Iterable[str], *, fetch_links: bool = True,
                 allow_private: bool = True) -> Iterator[Document | Failure]:
    """Every document named by `specs`, and a Failure for everything that could not be read."""
    for spec in specs:
        if spec.startswith(("http://", "https://")):
            yield from _guard(spec, lambda spec=spec: _read_url(spec, fetch_links, allow_private))
            continue
        paths = expand_source(spec)
        if paths is None:
            yield Failure(spec, "no such file, folder or glob match; check the path")
        for path in paths or ():
            yield from _guard(str(path), lambda path=path: _read_path(path, fetch_links, allow_private))


def expand_source(spec: str) -> list[Path] | None:
    """The files a path, folder or glob names (a folder: its article files, recursively), or None if none."""
    path = Path(spec)
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if (p.is_file() or p.is_symlink()) and not _hidden(p.relative_to(path))
                      and _article_suffix(p))
    if path.exists() or path.is_symlink():
        return [path]
    matches = sorted(Path(p) for p in glob.glob(spec, recursive=True))
    files = [p for m in matches for p in (expand_source(str(m)) or [])]
    return files or None


def _article_suffix(path: Path) -> bool:
    """In a folder, only files named like articles are read (not its README or scripts);
    a file named explicitly is read whatever its name."""
    name = path.name.lower()
    return path.suffix.lower() in _FOLDER_SUFFIXES or name.endswith(".warc.gz")


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def _guard(place: str, read) -> Iterator[Document | Failure]:
    """Run a reader, turning any read error into a Failure placed at `place`."""
    try:
        yield from read()
    except ReadError as err:
        yield Failure(place, str(err))
    except OSError as err:
        yield Failure(place, f"unreadable: {err.strerror or err}")


def _kind(path: Path, head: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix in _BY_SUFFIX and not (suffix == ".gz" and not path.name.lower().endswith(".warc.gz")):
        return _BY_SUFFIX[suffix]
    start = head.lstrip()[:512].lower()
    if start.startswith(b"warc/"):
        return "warc"
    if looks_like_feed(head):
        return "feed"
    if start.startswith((b"<!doctype html", b"<html")) or b"<body" in start:
        return "html"
    if start.startswith(b"{"):
        return "jsonl"
    return "text"


def _read_path(path: Path, fetch_links: bool, allow_private: bool) -> Iterator[Document | Failure]:
    place = str(path)
    with open(path, "rb") as handle:
        head = handle.read(4096)
        kind = _kind(path, head)
        handle.seek(0)
        if kind == "jsonl":
            yield from read_jsonl(handle, place)
            return
        if kind == "warc":
            yield from read_warc(handle, place)
            return
        check_size(os.fstat(handle.fileno()).st_size)
        data = handle.read()
    if kind == "feed":
        yield from read_feed(data, place, fetch_links=fetch_links, allow_private=allow_private)
    elif kind == "html":
        yield from read_html(data, place)
    else:
        yield from read_text(data, place)


def _read_url(url: str, fetch_links: bool, allow_private: bool) -> Iterator[Document | Failure]:
    page = fetch(url, allow_private=allow_private)
    if "xml" in page.content_type or "rss" in page.content_type or looks_like_feed(page.data):
        yield from read_feed(page.data, url, fetch_links=fetch_links, allow_private=allow_private)
    else:
        yield from read_html(page.data, url, url=page.url)
