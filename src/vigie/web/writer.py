"""The web app's single writer: every change to the store happens on one thread, one at a time.

Readers use their own read-only connections; corrections and ingestion are
queued here, so SQLite never sees two writers and a long ingestion never
interleaves with a correction. Ingestion runs the same steps as `vigie run`:
read the sources, analyse each new article, store it, update the corpus.
"""
from __future__ import annotations

import logging
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from vigie.model import Document, Failure
from vigie.store import Store

log = logging.getLogger(__name__)
T = TypeVar("T")

# Characters kept from an uploaded file's name (its extension tells the reader the format).
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


class Writer:
    """One thread owning the only writing connection to the database."""

    def __init__(self, db_path: str):
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vigie-writer")
        self.store: Store = self._pool.submit(Store, db_path).result()

    def run(self, job: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run `job(store, *args, **kwargs)` on the writer thread and return its result (or raise its error)."""
        return self._pool.submit(job, self.store, *args, **kwargs).result()

    def close(self) -> None:
        self._pool.submit(self.store.close).result()
        self._pool.shutdown()


def ingest(store: Store, sources: list[str], *, documents: Iterable[Document] = (),
           uploads: Iterable[tuple[str, bytes]] = (), allow_private: bool = False,
           fetch_links: bool = True) -> dict[str, Any]:
    """Read, analyse and store new articles, then update the corpus; the run's summary, as `vigie run` gives it.

    `sources` are URLs (fetched with private and loopback addresses refused unless
    `allow_private`); `documents` are articles already read (pasted text);
    `uploads` are (file name, bytes) pairs, read by the same readers as files.
    """
    from vigie.ingest import read_sources
    from vigie.job import run_job

    uploads = list(uploads)
    documents = list(documents)
    places = [*sources, *(f"upload:{name}" for name, _ in uploads), *("pasted text" for _ in documents)]
    with tempfile.TemporaryDirectory(prefix="vigie-upload-") as folder:
        paths = []
        for index, (name, data) in enumerate(uploads):
            path = Path(folder) / f"{index}-{_SAFE_NAME.sub('_', Path(name).name)[-80:] or 'upload.txt'}"
            path.write_bytes(data)
            paths.append((str(path), f"upload:{name}"))

        def items() -> Iterator[Document | Failure]:
            if sources:
                yield from read_sources(sources, fetch_links=fetch_links, allow_private=allow_private)
            for path, place in paths:
                for item in read_sources([path], fetch_links=fetch_links, allow_private=allow_private):
                    if isinstance(item, Failure):
                        item.place = item.place.replace(path, place)
                    elif item.path == path:
                        item.path = place
                    yield item
            yield from documents

        # One process: the server must not fork a pool from a request thread.
        summary = run_job(store, items(), command="serve", sources=places, workers=1)
    summary["documents"] = summary.pop("new_ids")
    return summary
