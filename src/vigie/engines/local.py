"""The local engine: `vigie.pipeline.analyze` mapped over a pool of processes.

The analysis of one document is a pure function, so documents travel to worker
processes and analyses come back in order. A document whose analysis fails
comes back as a `Failure`: one odd article never stops a batch.

While the analyses are mapped, the cyclic garbage collector is paused in the
calling process (`vigie.collector`): the caller may keep thousands of them alive.

The first document, and the first one in each other language among the next few, are
analysed in the calling process before the workers fork: the resources they load (the
gazetteer, the lexicons, the compiled patterns: about two seconds of CPU, a third of a
second for a second language) are then shared by every worker instead of loaded by each.
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
    """`safe_analyze` in a worker process. Resources load on first use: after the first document in a
    language (of the document or of one of its paragraphs) the worker has not met, what they hold is
    left out of the garbage collector's walks (`vigie.collector.settle`)."""
    result = safe_analyze(doc)
    languages = {doc.lang, *doc.paragraph_langs}
    if not languages <= _settled_languages:
        collector.settle()
        _settled_languages.update(languages)
    return result


# The languages whose resources this worker process has loaded and settled.
_settled_languages: set[str | None] = set()


def map_analyze(docs: Iterable[Document], workers: int | None = None,
                expected: int | None = None) -> Iterator[Analysis | Failure]:
    """Analyses of `docs`, in order, computed in `workers` processes (default: VIGIE_WORKERS).

    Fewer than MIN_PARALLEL_DOCUMENTS documents (`expected`, else counted by reading ahead) are
    analysed in this process."""
    workers = workers or worker_count()
    docs = iter(docs)
    ahead: list[Document] = []
    if workers > 1 and (expected is None or expected >= MIN_PARALLEL_DOCUMENTS):
        ahead = list(itertools.islice(docs, MIN_PARALLEL_DOCUMENTS))
        if expected is None and len(ahead) < MIN_PARALLEL_DOCUMENTS:
            expected = len(ahead)
    docs = itertools.chain(ahead, docs)
    if workers <= 1 or (expected is not None and expected < MIN_PARALLEL_DOCUMENTS):
        with collector.paused():
            yield from map(safe_analyze, docs)
        return
    # The first document, and the first one read ahead in each language not met before it, are analysed
    # here: what they load the workers then share (forked) or load again (spawned).
    here: dict[int, Analysis | Failure] = {}
    met: set[str | None] = set()
    for index, doc in enumerate(ahead):
        languages = {doc.lang, *doc.paragraph_langs}
        if not here or not languages <= met:
            here[index] = safe_analyze(doc)
            met |= languages
    to_workers = (doc for index, doc in enumerate(docs) if index not in here)
    context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    # The workers are forked before the pause: they collect as usual, but leave what they inherited out of
    # their walks.
    with context.Pool(workers, initializer=collector.settle) as pool, collector.paused():
        analysed = pool.imap(_analyze_in_worker, to_workers, chunksize=CHUNK_SIZE)
        for index in range(len(ahead)):
            yield here[index] if index in here else next(analysed)
        yield from analysed
