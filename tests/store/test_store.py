"""The SQLite store: pragmas, migrations, idempotent writes, whole-or-nothing transactions, search."""
import json
import sqlite3

import pytest

from vigie.ingest import make_document
from vigie.model import Analysis, Entity, Failure, Item, Relation, Timex, to_dict
from vigie.pipeline import analyze
from vigie.store import Store
from vigie.store.migrations import MIGRATIONS, date_story_members, keep_story_series_apart


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "v.db")
    yield s
    s.close()


def analysis(text, **kw):
    return Analysis(make_document(text, **kw), timexes=[Timex(0, 5, text[:5], "DATE", "2024-01-01")])


def test_wal_foreign_keys_and_named_migrations(store):
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    names = [r[0] for r in store.db.execute("SELECT name FROM migrations ORDER BY rowid")]
    assert names == [m.__name__ for m in MIGRATIONS]
    assert store.schema_version == len(MIGRATIONS)


def test_counting_the_documents_among_the_corpus_results_reads_an_index_of_their_ids(store):
    # The count runs on every run; the table itself holds each document's entity map.
    plan = " ".join(row[-1] for row in store.db.execute("EXPLAIN QUERY PLAN SELECT count(*) FROM corpus_documents"))
    assert "COVERING INDEX corpus_documents_ids" in plan


def test_the_checks_on_kinds_build_no_table_per_row_written(store):
    # A check written as IN with a list makes SQLite build a table of the list at every row inserted.
    def plan(db, table):
        columns = [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
        insert = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        return {row[1] for row in db.execute("EXPLAIN " + insert, [None] * len(columns))}

    assert "OpenEphemeral" not in plan(store.db, "items") | plan(store.db, "relations")
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        store.db.execute("INSERT INTO items (kind, id, data) VALUES ('rumour', 'r1', '{}')")
    store.db.execute("INSERT INTO items (kind, id, data) VALUES ('figure', 'f1', '{}')")
    reopened = Store(store.path)
    assert "OpenEphemeral" not in plan(reopened.db, "items") | plan(reopened.db, "relations")
    reopened.close()


def test_the_search_index_merges_its_segments_by_sixteen(store):
    config = dict(store.db.execute("SELECT k, v FROM documents_fts_config").fetchall())
    assert config["automerge"] == 16


def test_reopening_applies_nothing_twice(tmp_path):
    Store(tmp_path / "v.db").close()
    again = Store(tmp_path / "v.db")
    assert again.schema_version == len(MIGRATIONS)


def test_a_story_s_figure_series_move_to_their_own_table(tmp_path):
    db = sqlite3.connect(tmp_path / "v.db")
    db.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied TEXT NOT NULL)")
    for step in MIGRATIONS[:MIGRATIONS.index(keep_story_series_apart)]:
        db.executescript(f"BEGIN;\n{step()}\nINSERT INTO migrations VALUES ('{step.__name__}', 'then');\nCOMMIT;")
    series = [{"id": "fs-1", "category": "killed", "points": [{"value": 3}, {"value": 5}]}]
    db.execute("INSERT INTO items (kind, id, data) VALUES ('story', 'st-1', ?)",
               (json.dumps({"id": "st-1", "title": "Crue", "series": series}),))
    db.commit()
    db.close()
    store = Store(tmp_path / "v.db")
    assert store.item("story", "st-1") == {"id": "st-1", "title": "Crue", "series": series}
    assert store.items("story") == [store.item("story", "st-1")]
    assert store.story_outline("st-1") == {"id": "st-1", "title": "Crue"}


def test_story_members_are_read_with_their_days_from_one_index(tmp_path):
    # A store made before members carried their days gets them from its documents.
    db = sqlite3.connect(tmp_path / "v.db")
    db.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied TEXT NOT NULL)")
    for step in MIGRATIONS[:MIGRATIONS.index(date_story_members)]:
        db.executescript(f"BEGIN;\n{step()}\nINSERT INTO migrations VALUES ('{step.__name__}', 'then');\nCOMMIT;")
    days = {"a": ("2024-05-06", None), "b": ("2024-05-01", "2024-05-31")}
    for doc, (earliest, latest) in days.items():
        db.execute("INSERT INTO documents (id, published, published_date, text, paragraphs, paragraph_langs, sentences,"
                   " added) VALUES (?, ?, ?, 'Crue.', '[]', '[]', '[]', 'then')",
                   (doc, json.dumps({"earliest": earliest, "latest": latest}), earliest))
        db.execute("INSERT INTO story_members (doc_id, story_id) VALUES (?, 'st-1')", (doc,))
    db.commit()
    db.close()
    store = Store(tmp_path / "v.db")
    expected = [("a", "2024-05-06", None), ("b", "2024-05-01", "2024-05-31")]
    assert store.story_members("st-1", stored_order=False) == expected
    assert store.story_members("st-1") == expected
    plan = " ".join(row[-1] for row in store.db.execute(
        "EXPLAIN QUERY PLAN SELECT doc_id, earliest, latest FROM story_members WHERE story_id = 'st-1' ORDER BY doc_id"))
    assert "COVERING INDEX story_members_story" in plan and "TEMP B-TREE" not in plan


def test_same_article_twice_changes_nothing(store):
    a = analysis("Article inventé : le préfet a ordonné l'évacuation.", published="2024-03-10")
    assert store.add_analysis(a, None)
    before = store.db.execute("SELECT * FROM documents").fetchall()
    assert not store.add_analysis(a, None)
    assert store.db.execute("SELECT * FROM documents").fetchall() == before
    (back,) = store.analyses()
    assert back.doc == a.doc and back.timexes == a.timexes


def test_an_analysis_comes_back_whole(store):
    doc = make_document("Article inventé. L'armée a bombardé mardi le village de Valbrune, dans le nord du pays. "
                        "« Nous avons tout perdu », a déclaré Jeanne Morel, une habitante.", published="2024-03-08")
    analysis = analyze(doc)
    assert analysis.events and analysis.quotes and analysis.mentions
    store.add_analysis(analysis)
    (back,) = store.analyses()
    assert back.events == analysis.events and back.quotes == analysis.quotes
    assert json.dumps(to_dict(back)) == json.dumps(to_dict(analysis))


def test_a_failed_write_leaves_no_half_record(store, monkeypatch):
    a = analysis("Article inventé : une digue a cédé près du village.")
    real = store.db

    class Breaking:
        def __getattr__(self, name):
            return getattr(real, name)

        def execute(self, sql, *args):
            if sql.startswith("INSERT INTO analyses"):
                raise sqlite3.OperationalError("disk I/O error")
            return real.execute(sql, *args)

    monkeypatch.setattr(store, "db", Breaking())
    with pytest.raises(sqlite3.OperationalError):
        store.add_analysis(a, None)
    monkeypatch.setattr(store, "db", real)
    assert store.document_count() == 0
    assert store.db.execute("SELECT count(*) FROM documents_fts").fetchone()[0] == 0


def test_an_item_written_again_replaces_the_stored_one_and_comes_last(store):
    a = analysis("Article inventé : la digue de Valbrune a cédé mardi.")
    store.add_analysis(a, None)
    doc = a.doc.id

    def event(item_id, what):
        return Item("event", item_id, {"id": item_id, "what": what}, doc)

    store.grow_story(Item("story", "st-1", {"id": "st-1", "title": "Crue"}), [doc],
                     [event("e1", "digue"), event("e2", "pluie")])
    store.grow_story(Item("story", "st-1", {"id": "st-1", "title": "Crue à Valbrune"}), [],
                     [event("e3", "alerte"), event("e1", "digue rompue"), event("e4", "renforts"), event("e3", "évacuation")])
    assert [(e["id"], e["what"]) for e in store.items("event")] == [
        ("e2", "pluie"), ("e1", "digue rompue"), ("e4", "renforts"), ("e3", "évacuation")]
    assert store.items("event", doc_id=doc)[1] == {"id": "e1", "what": "digue rompue"}
    assert store.story_outline("st-1") == {"id": "st-1", "title": "Crue à Valbrune"}
    assert store.item_counts() == {"event": 4, "story": 1}


def test_writes_inside_a_transaction_share_its_commit_or_its_rollback(store):
    a = analysis("Article inventé : la digue de Valbrune a cédé mardi.")
    store.add_analysis(a, None)
    doc = a.doc.id
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.grow_story(Item("story", "st-1", {"id": "st-1"}), [doc], [Item("event", "e1", {"id": "e1"}, doc)])
            store.grow_story(Item("story", "st-2", {"id": "st-2"}), [], [])
            raise RuntimeError("a story could not be described")
    assert store.item_counts() == {}
    with store.transaction():
        store.grow_story(Item("story", "st-1", {"id": "st-1"}), [doc], [Item("event", "e1", {"id": "e1"}, doc)])
        store.grow_story(Item("story", "st-2", {"id": "st-2"}), [], [])
    assert store.item_counts() == {"event": 1, "story": 2}


def test_a_relation_found_again_replaces_the_stored_one(store):
    a, b, c = (analysis(f"Article inventé n° {n} : la digue de Valbrune a cédé mardi.") for n in (1, 2, 3))
    for x in (a, b, c):
        store.add_analysis(x, None)
    store.add_relations([Relation(a.doc.id, b.doc.id, "near_duplicate", 0.8, []),
                         Relation(a.doc.id, c.doc.id, "shares_passages", 0.3, [])])
    store.add_relations([Relation(a.doc.id, b.doc.id, "near_duplicate", 0.9, [[0, 5, 0, 5]])])
    assert sorted((r.doc_b, r.score, r.spans) for r in store.relations(a.doc.id)) == sorted([
        (c.doc.id, 0.3, []), (b.doc.id, 0.9, [[0, 5, 0, 5]])])


def test_search_ignores_accents_and_case(store):
    store.add_analysis(analysis("Article inventé : l'évacuation de Besançon a commencé.", title="Crue"), None)
    store.add_analysis(analysis("Invented article: the strike in Marseille goes on.", title="Strike"), None)
    assert [h["title"] for h in store.search("EVACUATION besancon")] == ["Crue"]
    assert [h["title"] for h in store.search("evacu*")] == ["Crue"]
    assert [h["title"] for h in store.search("marseille (strike\"")] == ["Strike"]
    assert store.search("") == []


def test_runs_record_counts_and_failures(store):
    run = store.begin_run("run", ["a", "b"])
    store.add_failure(run, Failure("b", "empty: no text to read"))
    store.finish_run(run, {"read": 1, "failed": 1})
    (record,) = store.runs()
    assert record["counts"] == {"read": 1, "failed": 1}
    assert record["failures"] == [{"place": "b", "reason": "empty: no text to read"}]
    assert record["finished"]


def test_entity_keys_and_states_are_read_many_at_once(store):
    # Invented entities: two filed under one surname, one under its initials.
    entities = [Entity("person:jean-dupont", "person", "Jean Dupont", ["J. Dupont"]),
                Entity("person:paul-dupont", "person", "Paul Dupont"),
                Entity("organization:union-des-ports", "organization", "Union des ports")]
    keys = [("surname", "dupont", "person:paul-dupont"), ("surname", "dupont", "person:jean-dupont"),
            ("initials", "udp", "organization:union-des-ports"), ("id", "person:jean-dupont", "person:jean-dupont")]
    store.add_document_results({}, entities, {"person:jean-dupont": {"fr": {"Jean Dupont": 2}}}, keys, [])
    assert store.entity_keys("surname", ["martin", "dupont", "dupont"]) == {
        "dupont": ["person:jean-dupont", "person:paul-dupont"]}
    assert store.entity_keys("initials", ["dupont", "udp"]) == {"udp": ["organization:union-des-ports"]}
    states = store.entity_states(["person:jean-dupont", "place:nowhere"])
    assert list(states) == ["person:jean-dupont"]
    entity, spellings = states["person:jean-dupont"]
    assert (entity.name, entity.aliases, entity.mentions, spellings) == ("Jean Dupont", ["J. Dupont"], [],
                                                                          {"fr": {"Jean Dupont": 2}})
