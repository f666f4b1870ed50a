"""The local engine: `vigie.pipeline.analyze` mapped over a pool of processes.

The analysis of one document is a pure function, so documents travel to worker
processes and analyses come back in order. A document whose analysis fails
comes back as a `Failure`: one odd article never stops a batch.

While the analyses are mapped, the cyclic garbage collector is paused in the
calling process (`vigie.collector`): the caller may keep thousands of them alive.
"""
from __future__ import annotations

import itertools
import logging
import multiprocessing
import os
import traceback
from collections.abc import Iterable, Iterator

from vigie import collector
from vigie.config import setting
from vigie.model import Analysis, Document, Failure
from vigie.pipeline import analyze

log = logging.getLogger(__name__)

# Documents sent to a worker at a time: large enough to amortize pickling, small
# enough that a progress bar moves.
CHUNK_SIZE = 16
# Below this many documents, starting processes costs more than it saves.
MIN_PARALLEL_DOCUMENTS = 64


def worker_count() -> int:
    configured = int(setting("VIGIE_WORKERS"))
    return configured if configured > 0 else (os.cpu_count() or 1)


def safe_analyze(doc: Document) -> Analysis | Failure:
    """The analysis of `doc`, or a Failure naming the document when an extractor breaks on it."""
    try:
        return analyze(doc)
    except Exception as err:  # noqa: BLE001 - reported with its traceback, the batch goes on
        log.error("analysis of %s failed:\n%s", doc.path or doc.url or doc.id, traceback.format_exc())
        return Failure(doc.path or doc.url or doc.id, f"analysis failed ({type(err).__name__}: {err}); "
                                                      "please report this article to the vigie developers")


def _analyze_in_worker(doc: Document) -> Analysis | Failure:
    """`safe_analyze` in a worker process, whose resources, loaded on its first document, are then
    left out of the garbage collector's walks (`vigie.collector.settle`)."""
    global _settled
    result = safe_analyze(doc)
    if not _settled:
        collector.settle()
        _settled = True
    return result


_settled = False


def map_analyze(docs: Iterable[Document], workers: int | None = None,
                expected: int | None = None) -> Iterator[Analysis | Failure]:
    """Analyses of `docs`, in order, computed in `workers` processes (default: VIGIE_WORKERS).

    Fewer than MIN_PARALLEL_DOCUMENTS documents (`expected`, else counted by reading ahead) are
    analysed in this process."""
    workers = workers or worker_count()
    if workers > 1 and expected is None:
        docs = iter(docs)
        ahead = list(itertools.islice(docs, MIN_PARALLEL_DOCUMENTS))
        expected = len(ahead) if len(ahead) < MIN_PARALLEL_DOCUMENTS else None
        docs = itertools.chain(ahead, docs)
    if workers <= 1 or (expected is not None and expected < MIN_PARALLEL_DOCUMENTS):
        with collector.paused():
            yield from map(safe_analyze, docs)
        return
    context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    # The workers are forked before the pause: they collect as usual.
    with context.Pool(workers) as pool, collector.paused():
        yield from pool.imap(_analyze_in_worker, docs, chunksize=CHUNK_SIZE)

