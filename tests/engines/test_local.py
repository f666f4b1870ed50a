"""The local engine: analyses in order, failures as records, processes only for batches worth them (invented
articles)."""
from __future__ import annotations

import gc
import multiprocessing
import os

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


def _loading_analyze(loaded):
    """An analysis that loads a language's resources (1,000 objects kept) on the language's first document in
    its process, and records whether it had to load them and how many objects were out of the collector's walks."""
    def analyze(doc):
        doc.meta["loaded here"] = doc.lang not in loaded
        doc.meta["frozen"] = gc.get_freeze_count()
        doc.meta["process"] = os.getpid()
        loaded.setdefault(doc.lang, [[] for _ in range(1000)])
        return Analysis(doc)
    return analyze


def test_the_workers_share_what_the_first_article_loaded(monkeypatch):
    monkeypatch.setattr(local, "MIN_PARALLEL_DOCUMENTS", 4)
    monkeypatch.setattr(local, "analyze", _loading_analyze({}))
    results = list(local.map_analyze(_docs(40), workers=2))
    assert [r.doc.meta["loaded here"] for r in results].count(True) == 1
    assert gc.get_freeze_count() == 0  # the calling process is left as it was


def test_a_worker_leaves_what_it_loaded_for_each_language_out_of_later_collections(monkeypatch):
    monkeypatch.setattr(local, "MIN_PARALLEL_DOCUMENTS", 4)
    monkeypatch.setattr(local, "analyze", _loading_analyze({}))
    english = [make_document(f"Invented article number {i}: the river flooded {i} streets on Monday.", lang="en",
                             published="2024-03-04") for i in range(40)]
    results = list(local.map_analyze(_docs(40) + english, workers=2))
    in_english: dict[int, list[int]] = {}
    for r in results[40:]:
        in_english.setdefault(r.doc.meta["process"], []).append(r.doc.meta["frozen"])
    seen = [counts for counts in in_english.values() if len(counts) > 1]
    assert seen
    for counts in seen:  # the worker's first English article loaded English: left out of the walks after it
        assert counts[1] >= counts[0] + 1000


def test_the_workers_share_what_the_first_article_of_each_language_read_ahead_loaded(monkeypatch):
    monkeypatch.setattr(local, "MIN_PARALLEL_DOCUMENTS", 8)
    monkeypatch.setattr(local, "analyze", _loading_analyze({}))
    english = [make_document(f"Invented article number {i}: the river flooded {i} streets on Monday.", lang="en",
                             published="2024-03-04") for i in range(20)]
    docs = _docs(5) + english[:1] + _docs(20) + english[1:]
    results = list(local.map_analyze(docs, workers=2))
    assert [r.doc.id for r in results] == [d.id for d in docs]
    loaded = [r.doc.meta["process"] for r in results if r.doc.meta["loaded here"]]
    assert loaded == [os.getpid(), os.getpid()]  # French, then English, both before the workers start
