"""The local engine: analyses in order, failures as records, processes only for batches worth them (invented
articles)."""
from __future__ import annotations

import gc
import multiprocessing

from vigie.engines import local
from vigie.ingest import make_document
from vigie.model import Analysis, Failure


def _docs(n):
    return [make_document(f"Article inventé numéro {i} : la crue de la Saône a inondé {i} rues de Lyon lundi.",
                          lang="fr", published="2024-03-04") for i in range(n)]


def test_a_small_batch_of_unknown_length_is_analysed_without_starting_processes(monkeypatch):
    def no_pool(*args, **kwargs):
        raise AssertionError("a pool was started for a small batch")
    monkeypatch.setattr(multiprocessing.context.BaseContext, "Pool", no_pool)
    docs = _docs(3)
    results = list(local.map_analyze(iter(docs), workers=2))
    assert [r.doc.id for r in results] == [d.id for d in docs]


def test_a_large_batch_keeps_its_order_through_the_pool(monkeypatch):
    monkeypatch.setattr(local, "MIN_PARALLEL_DOCUMENTS", 4)
    docs = _docs(9)
    results = list(local.map_analyze(iter(docs), workers=2))
    assert all(isinstance(r, Analysis) for r in results)
    assert [r.doc.id for r in results] == [d.id for d in docs]


def test_an_analysis_that_breaks_gives_a_failure_and_the_batch_goes_on(monkeypatch):
    def analyze(doc):
        if "numéro 1 " in doc.text:
            raise ValueError("boom")
        return Analysis(doc)
    monkeypatch.setattr(local, "analyze", analyze)
    results = list(local.map_analyze(_docs(3), workers=1))
    assert [type(r) for r in results] == [Analysis, Failure, Analysis]
    assert "ValueError: boom" in results[1].reason


def test_a_worker_leaves_what_it_loaded_for_its_first_article_out_of_later_collections(monkeypatch):
    monkeypatch.setattr(local, "MIN_PARALLEL_DOCUMENTS", 4)

    def analyze(doc):
        doc.meta["frozen"] = gc.get_freeze_count()  # objects left out of the collector's walks, in the worker
        return Analysis(doc)
    monkeypatch.setattr(local, "analyze", analyze)
    results = list(local.map_analyze(_docs(40), workers=2))
    assert sum(r.doc.meta["frozen"] == 0 for r in results) <= 2  # each worker's first article only
    assert gc.get_freeze_count() == 0  # the calling process is left as it was
