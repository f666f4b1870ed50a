"""The main job, shared by `vigie run`, the web app's ingestion and the Spark driver:
read → analyse → store each new article → update the corpus, recording the run.

Every input that cannot be read or analysed becomes a recorded failure with its
place and reason; the batch goes on.
"""
from __future__ import annotations

import contextlib
import logging
import sys
import time
from collections.abc import Iterable, Iterator
from typing import Any

from tqdm import tqdm

from vigie.corpus.build import update_corpus
from vigie.engines.local import map_analyze, worker_count
from vigie.model import Analysis, Document, Failure
from vigie.store import Store

log = logging.getLogger(__name__)

# Analyses of a run's new documents kept in memory for the corpus steps, at most (about 2 GB); the
# others are read back from the store (a batch of 100,000 would not fit in memory).
KEPT_ANALYSES = 10_000
# New documents written in one transaction at most, and seconds one stays open. A commit writes every page its
# transaction changed, and documents stored one after the other change the same pages (the full-text index's,
# the indexes' last leaves): 800 real articles, 1.9 -> 1.1 ms CPU each to store. A crash loses the documents of
# the transaction open then (each is written whole or not at all), which the next run analyses again.
STORE_GROUP = 32
STORE_GROUP_SECONDS = 1.0


def run_job(store: Store, items: Iterable[Document | Failure], *, command: str, sources: list[str],
            workers: int | None = None, progress: bool = False) -> dict[str, Any]:
    """Store every new document of `items` with its analysis, then update the corpus.

    Returns the run's summary: its id, counts, the new document ids and every failure.
    `workers` is the number of analysis processes (1 in a server thread, which must not fork).
    """
    run_id = store.begin_run(command, sources)
    counts = {"read": 0, "new": 0, "unchanged": 0, "failed": 0}
    failures: list[Failure] = []
    new_ids: set[str] = set()
    analysed: dict[str, Analysis] = {}  # handed to the corpus steps, which would otherwise read them back

    def record(failure: Failure) -> None:
        failures.append(failure)
        store.add_failure(run_id, failure)
        log.warning("skipped %s: %s", failure.place, failure.reason)

    def fresh() -> Iterator[Document]:
        for item in items:
            if isinstance(item, Failure):
                record(item)
                continue
            counts["read"] += 1
            if store.has_document(item.id):
                counts["unchanged"] += 1
                continue
            yield item

    bar = tqdm(desc="analysing", unit=" articles", file=sys.stderr, disable=None if progress else True)
    group, grouped, opened = contextlib.ExitStack(), 0, 0.0
    with group:
        for result in map_analyze(fresh(), workers):
            bar.update()
            if not grouped:
                group.enter_context(store.transaction())
                opened = time.monotonic()
            grouped += 1
            if isinstance(result, Failure):
                record(result)
            elif store.add_analysis(result, run_id):
                new_ids.add(result.doc.id)
                if len(analysed) < KEPT_ANALYSES:
                    analysed[result.doc.id] = result
            else:
                counts["unchanged"] += 1
            if grouped >= STORE_GROUP or time.monotonic() - opened >= STORE_GROUP_SECONDS:
                group.close()  # commits
                grouped = 0
    bar.close()
    counts["new"], counts["failed"] = len(new_ids), len(failures)
    log.info("updating the corpus")
    counts.update(update_corpus(store, new_ids, analysed, workers=workers or worker_count()))
    store.finish_run(run_id, counts)
    return {"run": run_id, **counts, "new_ids": sorted(new_ids),
            "failures": [{"place": f.place, "reason": f.reason} for f in failures]}
