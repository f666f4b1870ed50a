"""The corpus results kept up to date run after run. Every article here is invented for the tests."""
from __future__ import annotations

import json

import pytest

from vigie.corpus import build
from vigie.corpus.build import rebuild_corpus
from vigie.corpus.stories import StoryClusterer
from vigie.ingest import make_document
from vigie import job
from vigie.job import run_job
from vigie.pipeline import analyze
from vigie.store import Store
from vigie.store.corrections import correct

FLOOD = [
    ("2031-03-03", "Le Lirac a débordé lundi à Valbrune. Le maire, Odile Ferrand, a ordonné l'évacuation "
                   "de 300 habitants, selon la préfecture de la Drôme."),
    ("2031-03-04", "À Valbrune, la crue du Lirac a fait un mort mardi. Odile Ferrand a demandé l'aide de "
                   "l'État. « Nous n'avons jamais vu cela », a déclaré Mme Ferrand."),
    ("2031-03-05", "Les eaux du Lirac baissent à Valbrune. La maire Ferrand a annoncé mercredi le retour "
                   "de 200 habitants évacués lundi par la préfecture de la Drôme."),
]
STRIKE = [
    ("2031-05-12", "Les cheminots de la compagnie Ferovia sont en grève depuis lundi à Castelmar. Le syndicat "
                   "Union des Rails a appelé à manifester mardi devant la gare centrale."),
    ("2031-05-13", "À Castelmar, des milliers de cheminots de Ferovia ont manifesté mardi devant la gare centrale. "
                   "Le syndicat Union des Rails réclame une hausse des salaires."),
]


def _docs(articles):
    return [make_document(text, lang="fr", published=date, source=f"Journal {i}")
            for i, (date, text) in enumerate(articles)]


def _results(store: Store) -> dict:
    """What a user sees of the corpus: entities with their mentions, events, stories."""
    return {
        "entities": sorted(json.dumps(e, sort_keys=True) for e in store.entities()),
        "events": sorted(json.dumps(e, sort_keys=True) for e in store.items("event")),
        "stories": sorted(json.dumps(s, sort_keys=True) for s in store.items("story")),
        "quotes": sorted(json.dumps(q, sort_keys=True) for q in store.items("quote")),
    }


def test_adding_articles_one_run_at_a_time_gives_what_one_run_gives(tmp_path):
    docs = _docs(FLOOD + STRIKE)
    at_once = Store(tmp_path / "once.db")
    run_job(at_once, docs, command="run", sources=[], workers=1)
    one_by_one = Store(tmp_path / "each.db")
    for doc in docs:
        run_job(one_by_one, [doc], command="run", sources=[], workers=1)
    assert _results(one_by_one) == _results(at_once)
    mayor = [e for e in at_once.entities() if "Ferrand" in e["name"]]
    assert len(mayor) == 1 and len({m["doc"] for m in mayor[0]["mentions"]}) == 3


def test_a_run_handled_one_document_at_a_time_gives_what_one_batch_gives(tmp_path, monkeypatch):
    wire = make_document(FLOOD[0][1] + " Une ligne de plus.", lang="fr", published="2031-03-03", source="Agence")
    docs = _docs(FLOOD + STRIKE) + [wire]
    whole = Store(tmp_path / "whole.db")
    run_job(whole, docs, command="run", sources=[], workers=1)
    monkeypatch.setattr(build, "DOCUMENT_BATCH", 1)
    parts = Store(tmp_path / "parts.db")
    run_job(parts, docs, command="run", sources=[], workers=1)

    def relations(store):
        return sorted(json.dumps(vars(r), sort_keys=True) for d in docs for r in store.relations(d.id))
    assert relations(parts) == relations(whole)
    assert {(r.doc_a, r.doc_b) for r in whole.relations(wire.id)} in ({(docs[0].id, wire.id)}, {(wire.id, docs[0].id)})
    assert _results(parts) == _results(whole)


def test_an_article_redescribes_only_the_story_it_joins(tmp_path):
    store = Store(tmp_path / "vigie.db")
    flood, strike = _docs(FLOOD), _docs(STRIKE)
    run_job(store, flood[:2] + strike, command="run", sources=[], workers=1)
    stories = {s["id"]: s for s in store.items("story")}
    assert len(stories) == 2
    strike_story = next(s for s in stories.values() if strike[0].id in s["documents"])
    result = run_job(store, flood[2:], command="run", sources=[], workers=1)
    assert result["stories"] == 1
    after = {s["id"]: s for s in store.items("story")}
    assert after[strike_story["id"]] == strike_story
    flood_story = next(s for s in after.values() if flood[0].id in s["documents"])
    assert flood[2].id in flood_story["documents"]


def test_stories_merged_by_a_new_article_are_described_as_one(tmp_path, monkeypatch):
    store = Store(tmp_path / "vigie.db")
    flood, strike = _docs(FLOOD), _docs(STRIKE)
    run_job(store, flood[:2] + strike, command="run", sources=[], workers=1)
    assert len(store.items("story")) == 2
    # Any two stories an article resembles are taken for one.
    monkeypatch.setattr(build, "StoryClusterer", lambda: StoryClusterer(link_threshold=0.0))
    bridge = make_document("Les cheminots de Ferovia en grève à Castelmar ont rejoint lundi les secours à Valbrune, "
                           "où la crue du Lirac a forcé l'évacuation de 300 habitants.", lang="fr",
                           published="2031-05-14")
    result = run_job(store, [bridge], command="run", sources=[], workers=1)
    (story,) = store.items("story")
    assert result["stories"] == 1
    assert set(story["documents"]) == {d.id for d in flood[:2] + strike + [bridge]}
    assert store.stale_stories() == ([], [])


def test_the_stories_described_are_written_in_one_commit(tmp_path, monkeypatch):
    store = Store(tmp_path / "vigie.db")
    commits = []
    describe = build.describe_stories

    def counted(store, *args, **kwargs):
        store.db.set_trace_callback(lambda sql: commits.append(sql) if sql == "COMMIT" else None)
        try:
            return describe(store, *args, **kwargs)
        finally:
            store.db.set_trace_callback(None)
    monkeypatch.setattr(build, "describe_stories", counted)
    result = run_job(store, _docs(FLOOD + STRIKE), command="run", sources=[], workers=1)
    assert result["stories"] == 2 and len(store.items("story")) == 2
    assert commits == ["COMMIT"]


def test_emptied_results_are_built_again_the_same(tmp_path):
    store = Store(tmp_path / "vigie.db")
    run_job(store, _docs(FLOOD + STRIKE), command="run", sources=[], workers=1)
    before = _results(store)
    counts = rebuild_corpus(store)
    assert _results(store) == before
    assert counts["stories"] == 2 and counts["entities"] == len(before["entities"])


def test_a_large_story_takes_in_new_articles_and_is_described_in_full_once_it_has_grown(tmp_path, monkeypatch):
    monkeypatch.setattr(build, "GROW_MIN_DOCUMENTS", 2)
    monkeypatch.setattr(build, "REDESCRIBE_GROWTH", 0.6)
    store = Store(tmp_path / "vigie.db")
    flood = _docs(FLOOD)
    run_job(store, flood[:2], command="run", sources=[], workers=1)
    (before,) = store.items("story")
    assert before["summarized"] == 2
    # A series as a full description would have found it: a grow leaves it as it is.
    before["series"] = [{"id": "fs-evacues", "category": "evacuated", "points": [{"value": 300}, {"value": 200}]}]
    with store.transaction() as db:
        db.execute("UPDATE story_series SET data = ?", (json.dumps(before["series"]),))
    run_job(store, flood[2:], command="run", sources=[], workers=1)
    (grown,) = store.items("story")
    assert grown["summarized"] == 2 and grown["documents"][-1] == flood[2].id
    assert grown["timeline"] == before["timeline"] and grown["events"][:len(before["events"])] == before["events"]
    # The figure series are kept apart from the description, which a grow rewrites without them.
    assert grown["series"] == before["series"]
    assert "series" not in json.loads(store.db.execute("SELECT data FROM items WHERE kind = 'story'").fetchone()[0])
    told = {s["doc"] for e in store.items("event") for s in e["sources"]}
    assert flood[2].id in told
    assert len(grown["episodes"][-1]["documents"]) == 3
    later = make_document("La préfecture de la Drôme a levé jeudi l'alerte à Valbrune, où le Lirac a regagné son lit. "
                          "La maire Odile Ferrand a remercié les secours.", lang="fr", published="2031-03-06")
    run_job(store, [later], command="run", sources=[], workers=1)
    (full,) = store.items("story")
    assert full["summarized"] == 4 and len(full["documents"]) == 4


def test_an_analyst_s_correction_holds_when_an_article_names_the_entity_again(tmp_path):
    store = Store(tmp_path / "vigie.db")
    flood = _docs(FLOOD)
    run_job(store, flood[:2], command="run", sources=[], workers=1)
    mayor = next(e for e in store.entities() if e["name"] == "Odile Ferrand")
    correct(store, "rename_entity", f"entity:{mayor['id']}", {"name": "Odile Ferrand-Roux"}, "jd")
    run_job(store, flood[2:], command="run", sources=[], workers=1)
    renamed = next(e for e in store.entities() if e["id"] == mayor["id"])
    assert renamed["name"] == "Odile Ferrand-Roux"
    assert flood[2].id in {m["doc"] for m in renamed["mentions"]}


def test_a_document_stored_by_a_run_cut_short_is_taken_in_by_the_next_run(tmp_path):
    store = Store(tmp_path / "vigie.db")
    flood = _docs(FLOOD)
    run_job(store, flood[:1], command="run", sources=[], workers=1)
    store.add_analysis(analyze(flood[1]))  # stored, but the run stopped before the corpus update
    result = run_job(store, flood[2:], command="run", sources=[], workers=1)
    assert store.pending_documents() == [] and store.unassigned_documents() == []
    (story,) = store.items("story")
    assert set(story["documents"]) == {d.id for d in flood} and result["stories"] == 1


def test_a_run_writes_its_new_documents_a_group_at_a_time_and_a_failure_keeps_the_groups_written(tmp_path, monkeypatch):
    docs = _docs(FLOOD + STRIKE)
    store = Store(tmp_path / "vigie.db")
    commits = []
    store.db.set_trace_callback(lambda sql: commits.append(sql) if sql == "COMMIT" else None)
    monkeypatch.setattr(job, "STORE_GROUP", 2)
    monkeypatch.setattr(job, "STORE_GROUP_SECONDS", 3600)
    monkeypatch.setattr(job, "update_corpus", lambda *args, **kwargs: {})
    run_job(store, docs, command="run", sources=[], workers=1)
    assert len(commits) == 3  # 2 + 2 + 1 documents
    assert len(store.db.execute("SELECT id FROM documents").fetchall()) == 5

    # An analysis breaking the run (not an article's failure, which is recorded): the group open then is lost,
    # the groups before it stay, and the next run analyses the others.
    store = Store(tmp_path / "cut.db")
    analyzed = []

    def analysis_then_stop(doc):
        if len(analyzed) == 3:
            raise KeyboardInterrupt
        analyzed.append(doc.id)
        return analyze(doc)
    monkeypatch.setattr("vigie.engines.local.safe_analyze", analysis_then_stop)
    with pytest.raises(KeyboardInterrupt):
        run_job(store, docs, command="run", sources=[], workers=1)
    assert [row[0] for row in store.db.execute("SELECT id FROM documents ORDER BY rowid")] == analyzed[:2]


def test_wire_copies_and_stories_worked_out_in_a_second_process_give_what_one_process_gives(tmp_path, monkeypatch):
    wire = make_document(FLOOD[0][1] + " Une ligne de plus.", lang="fr", published="2031-03-03", source="Agence")
    docs = _docs(FLOOD + STRIKE) + [wire]
    analyses = {doc.id: analyze(doc) for doc in docs}
    results = []
    for workers in (1, 2):
        store = Store(tmp_path / f"workers{workers}.db")
        for analysis in analyses.values():
            store.add_analysis(analysis)
        monkeypatch.setattr(build, "PARALLEL_WIRE_COPIES", 1)
        monkeypatch.setattr(build, "PARALLEL_DESCRIPTIONS", 1)
        counts = build.update_corpus(store, set(analyses), analyses, workers=workers)
        relations = sorted(json.dumps(vars(r), sort_keys=True) for r in store.relations())
        order = store.db.execute("SELECT kind, id FROM items ORDER BY rowid").fetchall()
        results.append((counts, relations, _results(store), [tuple(row) for row in order]))
    assert results[0] == results[1]
    assert results[0][0]["relations"] >= 1 and results[0][0]["stories"] >= 2


def test_a_failure_finding_wire_copies_in_a_second_process_stops_the_update(tmp_path, monkeypatch):
    docs = _docs(FLOOD)
    store = Store(tmp_path / "broken.db")
    for doc in docs:
        store.add_analysis(analyze(doc))
    monkeypatch.setattr(build, "PARALLEL_WIRE_COPIES", 1)

    def broken(*args, **kwargs):
        raise ValueError("invented failure")
    monkeypatch.setattr(build, "update_wire_copies", broken)
    with pytest.raises(RuntimeError, match="wire copies"):
        build.update_corpus(store, {d.id for d in docs}, workers=2)
