"""Corrections on the store: each action, its audit row, its revert, and its replay after a re-analysis."""
from __future__ import annotations

import json

import pytest

from web_corpus import STORY_ID, add_story
from vigie.corpus.build import rebuild_corpus
from vigie.export import export_store
from vigie.store import Store
from vigie.store.corrections import (CorrectionError, apply_corrections, correct, list_corrections,
                                     revert_correction)


@pytest.fixture
def store(corpus):
    path, ids = corpus
    store = Store(path)
    store.ids = ids
    yield store
    store.close()


def entity(store: Store, name: str) -> dict:
    return next(e for e in store.entities() if e["name"] == name)


def item(store: Store, kind: str, doc: str, index: int = 0) -> tuple[str, dict]:
    row = store.db.execute("SELECT id, data FROM items WHERE kind = ? AND doc_id = ? ORDER BY rowid LIMIT 1 OFFSET ?",
                           (kind, doc, index)).fetchone()
    return row[0], json.loads(row[1])


def rebuild(store: Store) -> None:
    """A re-analysis: the corpus results are rebuilt from the analyses, then the story step adds its story."""
    rebuild_corpus(store)
    add_story(store, [store.ids["flood"], store.ids["toll"], store.ids["english"]])


def test_split_moves_mentions_and_their_quotes(store):
    holloway = entity(store, "Jane Holloway")
    moved = [m for m in holloway["mentions"] if m["end"] - m["start"] == len("Holloway")]
    made = correct(store, "split_entity", f"entity:{holloway['id']}",
                   {"name": "Holloway (a namesake)", "mentions": moved}, "kl")
    new = entity(store, "Holloway (a namesake)")
    assert new["id"] == f"correction-{made['id']}" and new["mentions"] == moved
    assert len(entity(store, "Jane Holloway")["mentions"]) == len(holloway["mentions"]) - len(moved)
    count = store.db.execute("SELECT count(*) FROM mentions WHERE entity_id = ?", (new["id"],)).fetchone()[0]
    assert count == len(moved)
    with pytest.raises(CorrectionError, match="not mentions"):
        correct(store, "split_entity", f"entity:{holloway['id']}",
                {"name": "x", "mentions": [{"doc": "nope", "start": 0, "end": 1}]}, "kl")


def test_fix_dates_of_a_timex_and_a_document(store):
    timex_id, timex = item(store, "timex", store.ids["flood"])
    correct(store, "fix_date", f"timex:{timex_id}", {"date": "2026-02-28"}, "mn")
    assert item(store, "timex", store.ids["flood"])[1]["value"] == "2026-02-28"
    doc = f"document:{store.ids['english']}"
    fixed = correct(store, "fix_date", doc, {"date": "2026-03-07"}, "mn")
    row = store.db.execute("SELECT published_date, published FROM documents WHERE id = ?",
                           (store.ids["english"],)).fetchone()
    assert row[0] == "2026-03-07" and json.loads(row[1])["provenance"] == "correction"
    member_days = "SELECT earliest, latest FROM story_members WHERE doc_id = ?"
    assert tuple(store.db.execute(member_days, (store.ids["english"],)).fetchone()) == ("2026-03-07", "2026-03-07")
    revert_correction(store, fixed["id"], "mn")
    assert store.db.execute("SELECT published_date FROM documents WHERE id = ?",
                            (store.ids["english"],)).fetchone()[0] == "2026-03-06"
    assert store.db.execute(member_days, (store.ids["english"],)).fetchone()[0] == "2026-03-06"
    with pytest.raises(CorrectionError, match="YYYY"):
        correct(store, "fix_date", doc, {"date": "yesterday"}, "mn")


def test_reassign_speaker_hide_and_rename_story(store):
    quote_id, _ = item(store, "quote", store.ids["toll"])
    marie = entity(store, "Marie Delcourt")
    correct(store, "reassign_speaker", f"quote:{quote_id}", {"entity": marie["id"]}, "op")
    _, quote = item(store, "quote", store.ids["toll"])
    assert quote["speaker"]["text"] == "Marie Delcourt" and quote["speaker"]["corrected_from"] == "M. Delcourt"
    assert store.db.execute("SELECT entity_id FROM items WHERE kind = 'quote' AND id = ?",
                            (quote_id,)).fetchone()[0] == marie["id"]
    figure_id, _ = item(store, "figure", store.ids["toll"], 1)
    correct(store, "hide", f"figure:{figure_id}", {"reason": "not a toll"}, "op")
    assert item(store, "figure", store.ids["toll"], 1)[1]["hidden"] is True
    correct(store, "rename_story", f"story:{STORY_ID}", {"title": "La crue de mars"}, "op")
    assert json.loads(store.db.execute("SELECT data FROM items WHERE kind = 'story' AND id = ?",
                                       (STORY_ID,)).fetchone()[0])["title"] == "La crue de mars"


def test_corrections_are_replayed_after_reanalysis(store):
    marie, delcourt = entity(store, "Marie Delcourt"), entity(store, "M. Delcourt")
    correct(store, "merge_entities", f"entity:{marie['id']}", {"merge": [delcourt["id"]]}, "qr")
    quote_id, _ = item(store, "quote", store.ids["english"])
    correct(store, "reassign_speaker", f"quote:{quote_id}", {"text": "a spokesman"}, "qr")
    correct(store, "rename_story", f"story:{STORY_ID}", {"title": "La crue de mars"}, "qr")
    rebuild(store)
    names = {e["name"] for e in store.entities()}
    assert "M. Delcourt" not in names and "M. Delcourt" in entity(store, "Marie Delcourt")["aliases"]
    assert item(store, "quote", store.ids["english"])[1]["speaker"]["text"] == "a spokesman"
    assert apply_corrections(store) == {"applied": 3, "skipped": 0}
    assert [c["action"] for c in export_store(store)["corrections"]] == [
        "merge_entities", "reassign_speaker", "rename_story"]


def test_targets_are_found_again_when_ids_change(store):
    marie = entity(store, "Marie Delcourt")
    correct(store, "rename_entity", f"entity:{marie['id']}", {"name": "Marie Delcourt-Roy"}, "st")
    quote_id, _ = item(store, "quote", store.ids["flood"])
    correct(store, "hide", f"quote:{quote_id}", {}, "st")
    # A new analysis gives the entity and the quote other ids; their positions are the same.
    with store.transaction() as db:
        db.execute("INSERT INTO entities (id, type, name, data) VALUES ('renamed-by-analysis', 'person', "
                   "'Marie Delcourt', ?)", (json.dumps({**marie, "id": "renamed-by-analysis"}),))
        db.execute("UPDATE mentions SET entity_id = 'renamed-by-analysis' WHERE entity_id = ?", (marie["id"],))
        db.execute("DELETE FROM entities WHERE id = ?", (marie["id"],))
        db.execute("UPDATE items SET id = 'q-new', data = json_remove(data, '$.hidden') WHERE kind = 'quote' "
                   "AND id = ?", (quote_id,))
    apply_corrections(store)
    assert entity(store, "Marie Delcourt-Roy")["id"] == "renamed-by-analysis"
    assert json.loads(store.db.execute("SELECT data FROM items WHERE id = 'q-new'").fetchone()[0])["hidden"]


def test_revert_rebuilds_without_the_correction_and_keeps_the_trail(store):
    croix = entity(store, "Croix-Rouge")
    made = correct(store, "hide", f"entity:{croix['id']}", {}, "uv")
    assert entity(store, "Croix-Rouge")["hidden"] is True
    reverted = revert_correction(store, made["id"], "wx")
    assert reverted["reverted_by"] == "wx" and not reverted["active"]
    assert "hidden" not in entity(store, "Croix-Rouge")
    assert [c["id"] for c in list_corrections(store)] == [made["id"]]
    with pytest.raises(CorrectionError, match="already reverted"):
        revert_correction(store, made["id"], "wx")


def test_refusals_say_why(store):
    with pytest.raises(CorrectionError, match="unknown action"):
        correct(store, "delete_everything", "entity:x", {}, "yz")
    with pytest.raises(CorrectionError, match="who"):
        correct(store, "hide", "entity:x", {}, "")
    with pytest.raises(CorrectionError, match="KIND:ID"):
        correct(store, "hide", "x", {}, "yz")
    with pytest.raises(CorrectionError, match="itself"):
        correct(store, "merge_entities", "entity:a", {"merge": ["a"]}, "yz")
    quote_id, _ = item(store, "quote", store.ids["flood"])
    with pytest.raises(CorrectionError, match="no entity nobody"):
        correct(store, "reassign_speaker", f"quote:{quote_id}", {"entity": "nobody"}, "yz")
    assert list_corrections(store) == []


def test_a_broken_row_does_not_stop_a_reanalysis(store):
    with store.transaction() as db:
        db.execute("INSERT INTO corrections (at, who, action, target, before, after) VALUES "
                   "('2026-03-10', 'yz', 'rename_entity', 'entity:x', '{}', '{}')")
    assert apply_corrections(store) == {"applied": 0, "skipped": 1}
