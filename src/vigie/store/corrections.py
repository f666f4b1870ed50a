"""Analysts' corrections of the machine's results, with an audit trail.

A correction is a row of `corrections`: who made it, when, its action, its
target ("entity:ID", "quote:ID", "story:ID"…), what the target was before and
the change asked for (after). Corrections change the corpus tables at once, and
`apply_corrections` replays every one still in force after each corpus update
(which may describe a story again, or rebuild everything), so a re-analysis
never loses them. Ids may change between analyses, so
each correction also records a locator (a mention's position, a quote's span, a
story's documents) that finds its target again.

Reverting marks the row (reverted_at, reverted_by) and rebuilds the corpus
results without it: the row stays in the trail.
"""
from __future__ import annotations

import json
import logging
import re
import sqlite3
from typing import Any

from vigie.store.jsonform import dumps
from vigie.store.sqlite import Store, now

log = logging.getLogger(__name__)

ACTIONS = {
    "merge_entities": "merge other entities into the target entity",
    "split_entity": "move some mentions of the target entity to a new entity",
    "rename_entity": "change the name (and optionally the type) of an entity",
    "fix_date": "set the date of a time expression, event, figure or document",
    "reassign_speaker": "set who said a quote",
    "hide": "hide a wrong entity or item from the views",
    "rename_story": "give a story a new title",
}
ITEM_KINDS = ("timex", "quote", "figure", "event", "story")
ENTITY_TYPES = ("person", "organization", "place")
# The field a fixed date goes into, by kind of target.
DATE_FIELDS = {"timex": "value", "figure": "when", "event": "earliest"}
# A story found again after a rebuild must share at least this share of its documents (Jaccard).
STORY_MATCH = 0.5

_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class CorrectionError(ValueError):
    """A correction that cannot be made; the message says why and what to do."""


def correct(store: Store, action: str, target: str, after: dict[str, Any], who: str) -> dict[str, Any]:
    """Record and apply one correction in a single transaction; returns the recorded correction."""
    if action not in ACTIONS:
        raise CorrectionError(f"unknown action {action!r}; use one of {', '.join(sorted(ACTIONS))}")
    who = (who or "").strip()
    if not who:
        raise CorrectionError("say who makes the correction (a name or initials)")
    _check_after(action, target, after)
    with store.transaction() as db:
        before = _before(db, action, target, after)
        cur = db.execute("INSERT INTO corrections (at, who, action, target, before, after) VALUES (?, ?, ?, ?, ?, ?)",
                         (now(), who[:200], action, target, dumps(before), dumps(after)))
        correction_id = cur.lastrowid
        if not _apply(db, correction_id, action, before, after):
            raise CorrectionError(f"{target} could not be corrected: it no longer exists")
    return get_correction(store, correction_id)


def revert_correction(store: Store, correction_id: int, who: str) -> dict[str, Any]:
    """Mark a correction reverted and rebuild the corpus results without it; the trail keeps it."""
    who = (who or "").strip()
    if not who:
        raise CorrectionError("say who reverts the correction (a name or initials)")
    row = store.db.execute("SELECT * FROM corrections WHERE id = ?", (correction_id,)).fetchone()
    if row is None:
        raise CorrectionError(f"no correction {correction_id}")
    if row["reverted_at"]:
        raise CorrectionError(f"correction {correction_id} was already reverted")
    with store.transaction() as db:
        db.execute("UPDATE corrections SET reverted_at = ?, reverted_by = ? WHERE id = ?",
                   (now(), who[:200], correction_id))
        if row["action"] == "fix_date" and row["target"].startswith("document:"):
            before = json.loads(row["before"])
            _set_document_date(db, before["locator"]["id"], before.get("published"))
    from vigie.corpus.build import rebuild_corpus  # the corpus steps call back into this module

    rebuild_corpus(store)
    return get_correction(store, correction_id)


def apply_corrections(store: Store) -> dict[str, int]:
    """Replay every correction in force over freshly updated corpus results, oldest first."""
    applied = skipped = 0
    with store.transaction() as db:
        rows = db.execute("SELECT * FROM corrections WHERE reverted_at IS NULL ORDER BY id").fetchall()
        for row in rows:
            try:
                done = _apply(db, row["id"], row["action"], json.loads(row["before"]), json.loads(row["after"]))
            except (KeyError, TypeError, ValueError, AttributeError) as err:
                # A row edited by hand or written by another version must not stop a re-analysis.
                log.warning("correction %s could not be replayed: %s", row["id"], err)
                done = False
            if done:
                applied += 1
            else:
                skipped += 1
    return {"applied": applied, "skipped": skipped}


def list_corrections(store: Store) -> list[dict[str, Any]]:
    """Every correction ever made, oldest first, in export form."""
    return [_row(r) for r in store.db.execute("SELECT * FROM corrections ORDER BY id")]


def get_correction(store: Store, correction_id: int) -> dict[str, Any]:
    row = store.db.execute("SELECT * FROM corrections WHERE id = ?", (correction_id,)).fetchone()
    if row is None:
        raise CorrectionError(f"no correction {correction_id}")
    return _row(row)


def corrections_for(store: Store, target: str) -> list[dict[str, Any]]:
    """The corrections whose target is `target` ("entity:ID"…), oldest first."""
    return [_row(r) for r in store.db.execute("SELECT * FROM corrections WHERE target = ? ORDER BY id", (target,))]


# Checking what is asked

def _check_after(action: str, target: str, after: dict[str, Any]) -> None:
    kind, _, ident = target.partition(":")
    if not ident:
        raise CorrectionError(f"target {target!r} must look like KIND:ID, e.g. entity:abc")
    if not isinstance(after, dict):
        raise CorrectionError("the change must be a JSON object")
    if action in ("merge_entities", "split_entity", "rename_entity") and kind != "entity":
        raise CorrectionError(f"{action} needs an entity target")
    if action == "merge_entities":
        others = after.get("merge")
        if not isinstance(others, list) or not others or not all(isinstance(o, str) for o in others):
            raise CorrectionError("merge_entities needs 'merge': the ids of the entities to merge into the target")
        if ident in others:
            raise CorrectionError("an entity cannot be merged into itself")
    elif action == "split_entity":
        mentions = after.get("mentions")
        if not isinstance(mentions, list) or not mentions or not all(_is_position(m) for m in mentions):
            raise CorrectionError("split_entity needs 'mentions': [{doc, start, end}, …] to move to the new entity")
        if not str(after.get("name") or "").strip():
            raise CorrectionError("split_entity needs the 'name' of the new entity")
    elif action == "rename_entity":
        if not str(after.get("name") or "").strip():
            raise CorrectionError("rename_entity needs a new 'name'")
        if after.get("type") not in (None, *ENTITY_TYPES):
            raise CorrectionError(f"type must be one of {', '.join(ENTITY_TYPES)}")
    elif action == "fix_date":
        if kind not in (*DATE_FIELDS, "document"):
            raise CorrectionError("fix_date applies to a timex, event, figure or document")
        if not _ISO_DATE.match(str(after.get("date") or "")):
            raise CorrectionError("fix_date needs 'date' as YYYY, YYYY-MM or YYYY-MM-DD")
    elif action == "reassign_speaker":
        if kind != "quote":
            raise CorrectionError("reassign_speaker needs a quote target")
        if not (after.get("entity") or str(after.get("text") or "").strip()):
            raise CorrectionError("reassign_speaker needs the speaker's 'entity' id or 'text'")
    elif action == "hide":
        if kind not in (*ITEM_KINDS, "entity"):
            raise CorrectionError("hide applies to an entity or a timex, quote, figure, event or story")
    elif action == "rename_story":
        if kind != "story" or not str(after.get("title") or "").strip():
            raise CorrectionError("rename_story needs a story target and a new 'title'")


def _is_position(value: Any) -> bool:
    return (isinstance(value, dict) and isinstance(value.get("doc"), str)
            and isinstance(value.get("start"), int) and isinstance(value.get("end"), int))


# What the target was (and how to find it again)

def _before(db: sqlite3.Connection, action: str, target: str, after: dict[str, Any]) -> dict[str, Any]:
    kind, _, ident = target.partition(":")
    if kind == "entity":
        entity = _entity(db, ident)
        if entity is None:
            raise CorrectionError(f"no entity {ident}")
        before = {"locator": _entity_locator(entity), "name": entity["name"], "type": entity["type"]}
        if action == "merge_entities":
            others = []
            for other_id in after["merge"]:
                other = _entity(db, other_id)
                if other is None:
                    raise CorrectionError(f"no entity {other_id} to merge")
                others.append(_entity_locator(other))
            before["merge"] = others
        if action == "split_entity":
            held = {(m["doc"], m["start"], m["end"]) for m in entity.get("mentions", [])}
            missing = [m for m in after["mentions"] if (m["doc"], m["start"], m["end"]) not in held]
            if missing:
                raise CorrectionError(f"{len(missing)} of the mentions to split off are not mentions of {ident}")
        if action == "hide":
            before["hidden"] = bool(entity.get("hidden"))
        return before
    if kind == "document":
        row = db.execute("SELECT published FROM documents WHERE id = ?", (ident,)).fetchone()
        if row is None:
            raise CorrectionError(f"no document {ident}")
        return {"locator": {"kind": "document", "id": ident}, "published": json.loads(row["published"])}
    if kind not in ITEM_KINDS:
        raise CorrectionError(f"unknown target kind {kind!r}")
    data = _item(db, kind, ident)
    if data is None:
        raise CorrectionError(f"no {kind} {ident}")
    before: dict[str, Any] = {"locator": _item_locator(db, kind, ident, data)}
    if action == "fix_date":
        before["date"] = data.get(DATE_FIELDS[kind])
    elif action == "reassign_speaker":
        if after.get("entity") and _entity(db, after["entity"]) is None:
            raise CorrectionError(f"no entity {after['entity']} to be the speaker; give its id or just a name")
        before["speaker"] = data.get("speaker")
    elif action == "rename_story":
        before["title"] = data.get("title")
    elif action == "hide":
        before["hidden"] = bool(data.get("hidden"))
    return before


def _entity_locator(entity: dict[str, Any]) -> dict[str, Any]:
    mentions = entity.get("mentions") or []
    return {"kind": "entity", "id": entity["id"], "name": entity["name"], "type": entity["type"],
            "mention": mentions[0] if mentions else None}


def _item_locator(db: sqlite3.Connection, kind: str, ident: str, data: dict[str, Any]) -> dict[str, Any]:
    if kind == "story":
        docs = [r[0] for r in db.execute("SELECT doc_id FROM story_documents WHERE story_id = ?", (ident,))]
        listed = [d if isinstance(d, str) else (d or {}).get("id") or (d or {}).get("doc")
                  for d in data.get("documents") or []]
        return {"kind": kind, "id": ident, "documents": docs or [d for d in listed if isinstance(d, str)]}
    return {"kind": kind, "id": ident, "doc": data.get("doc"), "start": data.get("start"), "end": data.get("end")}


# Finding targets again

def _entity(db: sqlite3.Connection, entity_id: str) -> dict[str, Any] | None:
    """A corpus entity in export form, its mentions read from their table."""
    row = db.execute("SELECT data FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if row is None:
        return None
    mentions = db.execute("SELECT doc_id, start, end FROM mentions WHERE entity_id = ? ORDER BY doc_id, start",
                          (entity_id,))
    return {**json.loads(row[0]), "mentions": [{"doc": d, "start": s, "end": e} for d, s, e in mentions]}


def _entity_data(entity: dict[str, Any]) -> str:
    """An entity as its row keeps it: without its mentions, which have their own table."""
    return dumps({k: v for k, v in entity.items() if k != "mentions"})


def _item(db: sqlite3.Connection, kind: str, ident: str) -> dict[str, Any] | None:
    row = db.execute("SELECT data FROM items WHERE kind = ? AND id = ?", (kind, ident)).fetchone()
    return json.loads(row[0]) if row else None


def _find_entity(db: sqlite3.Connection, locator: dict[str, Any]) -> str | None:
    """The id the located entity has now: same id, else the entity holding its mention, else same name and type."""
    if _entity(db, locator["id"]) is not None:
        return locator["id"]
    mention = locator.get("mention")
    if mention:
        row = db.execute("SELECT entity_id FROM mentions WHERE doc_id = ? AND start < ? AND end > ? LIMIT 1",
                         (mention["doc"], mention["end"], mention["start"])).fetchone()
        if row:
            return row[0]
    row = db.execute("SELECT id FROM entities WHERE name = ? AND type = ? ORDER BY id LIMIT 1",
                     (locator["name"], locator["type"])).fetchone()
    return row[0] if row else None


def _find_item(db: sqlite3.Connection, kind: str, locator: dict[str, Any]) -> str | None:
    """The id the located item has now: the item at the same span of the same document, else the same id."""
    if kind == "story":
        return _find_story(db, locator)
    if locator.get("doc") is not None and locator.get("start") is not None:
        for row in db.execute("SELECT id, data FROM items WHERE kind = ? AND doc_id = ?", (kind, locator["doc"])):
            data = json.loads(row[1])
            if data.get("start") == locator["start"] and data.get("end") == locator["end"]:
                return row[0]
    return locator["id"] if _item(db, kind, locator["id"]) is not None else None


def _find_story(db: sqlite3.Connection, locator: dict[str, Any]) -> str | None:
    if _item(db, "story", locator["id"]) is not None:
        return locator["id"]
    wanted = set(locator.get("documents") or [])
    if not wanted:
        return None
    members: dict[str, set[str]] = {}
    marks = ",".join("?" * len(wanted))
    for story, doc in db.execute(f"SELECT story_id, doc_id FROM story_documents WHERE story_id IN "
                                 f"(SELECT story_id FROM story_documents WHERE doc_id IN ({marks}))", list(wanted)):
        members.setdefault(story, set()).add(doc)
    best, score = None, 0.0
    for story, docs in sorted(members.items()):
        jaccard = len(docs & wanted) / len(docs | wanted)
        if jaccard > score:
            best, score = story, jaccard
    return best if score >= STORY_MATCH else None


# Applying

def _apply(db: sqlite3.Connection, correction_id: int, action: str, before: dict[str, Any],
           after: dict[str, Any]) -> bool:
    """Apply one correction to the corpus tables; False when its target cannot be found."""
    locator = before["locator"]
    kind = locator["kind"]
    if kind == "entity":
        return _apply_to_entity(db, correction_id, action, before, after)
    if kind == "document":
        if db.execute("SELECT 1 FROM documents WHERE id = ?", (locator["id"],)).fetchone() is None:
            return False
        _set_document_date(db, locator["id"], {**before["published"], **_date_interval(after["date"]),
                                               "provenance": "correction", "inferred": False})
        return True
    item_id = _find_item(db, kind, locator)
    if item_id is None:
        return False
    data = _item(db, kind, item_id)
    entity_id = db.execute("SELECT entity_id FROM items WHERE kind = ? AND id = ?", (kind, item_id)).fetchone()[0]
    if action == "fix_date" and kind == "event":
        data.update({k: v for k, v in _date_interval(after["date"]).items() if k != "date"})
    elif action == "fix_date":
        data[DATE_FIELDS[kind]] = after["date"]
    elif action == "reassign_speaker":
        entity_id = after.get("entity") or None
        name = str(after.get("text") or "").strip()
        if entity_id and not name:
            entity = _entity(db, entity_id)
            name = entity["name"] if entity else entity_id
        old = data.get("speaker") or {}
        data["speaker"] = {"text": name, "start": None, "end": None, "entity": entity_id,
                           "corrected_from": old.get("text")}
    elif action == "rename_story":
        data["title"] = after["title"].strip()
    elif action == "hide":
        data["hidden"] = True
    data["corrected"] = True
    db.execute("UPDATE items SET data = ?, entity_id = ? WHERE kind = ? AND id = ?",
               (dumps(data), entity_id, kind, item_id))
    return True


def _apply_to_entity(db: sqlite3.Connection, correction_id: int, action: str, before: dict[str, Any],
                     after: dict[str, Any]) -> bool:
    entity_id = _find_entity(db, before["locator"])
    if entity_id is None:
        return False
    if action == "merge_entities":
        for located in before["merge"]:
            other = _find_entity(db, located)
            if other and other != entity_id:
                _merge(db, entity_id, other)
        return True
    if action == "split_entity":
        return _split(db, entity_id, f"correction-{correction_id}", after)
    if action == "rename_entity":
        _update_entity(db, entity_id, lambda e: _renamed(e, after))
    elif action == "hide":
        _update_entity(db, entity_id, lambda e: {**e, "hidden": True})
    return True


def _renamed(entity: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    name = after["name"].strip()
    aliases = [a for a in entity.get("aliases", []) if a != name]
    if entity["name"] != name and entity["name"] not in aliases:
        aliases.append(entity["name"])
    return {**entity, "name": name, "type": after.get("type") or entity["type"], "aliases": aliases}


def _update_entity(db: sqlite3.Connection, entity_id: str, change) -> None:
    entity = change(_entity(db, entity_id))
    db.execute("UPDATE entities SET name = ?, type = ?, data = ? WHERE id = ?",
               (entity["name"], entity["type"], _entity_data(entity), entity_id))


def _merge(db: sqlite3.Connection, keep_id: str, other_id: str) -> None:
    keep, other = _entity(db, keep_id), _entity(db, other_id)
    names = [keep["name"], *keep.get("aliases", [])]
    for name in [other["name"], *other.get("aliases", [])]:
        if name not in names:
            names.append(name)
    roles = list(keep.get("roles") or [])
    roles += [r for r in other.get("roles") or [] if r not in roles]
    keep.update(aliases=names[1:], roles=roles, merged=[*keep.get("merged", []), other_id, *other.get("merged", [])])
    keep["geo"] = keep.get("geo") or other.get("geo")
    keep["kb_id"] = keep.get("kb_id") or other.get("kb_id")
    db.execute("UPDATE entities SET data = ? WHERE id = ?", (_entity_data(keep), keep_id))
    db.execute("UPDATE mentions SET entity_id = ? WHERE entity_id = ?", (keep_id, other_id))
    _repoint_items(db, other_id, keep_id)
    db.execute("DELETE FROM entities WHERE id = ?", (other_id,))


def _split(db: sqlite3.Connection, source_id: str, new_id: str, after: dict[str, Any]) -> bool:
    source = _entity(db, source_id)
    moving = {(m["doc"], m["start"], m["end"]) for m in after["mentions"]}
    moved = [m for m in source.get("mentions", []) if (m["doc"], m["start"], m["end"]) in moving]
    if not moved:
        return False
    kept = [m for m in source.get("mentions", []) if (m["doc"], m["start"], m["end"]) not in moving]
    new = {"id": new_id, "type": after.get("type") or source["type"], "name": after["name"].strip(),
           "aliases": [], "roles": [], "geo": None, "kb_id": None, "parent": None}
    db.execute("INSERT OR REPLACE INTO entities (id, type, name, data) VALUES (?, ?, ?, ?)",
               (new_id, new["type"], new["name"], _entity_data(new)))
    for doc, start, end in moving:
        db.execute("UPDATE mentions SET entity_id = ? WHERE entity_id = ? AND doc_id = ? AND start = ? AND end = ?",
                   (new_id, source_id, doc, start, end))
    # Items of a document where the source entity no longer appears were about the split-off entity.
    left = {m["doc"] for m in kept}
    for doc in {m["doc"] for m in moved} - left:
        _repoint_items(db, source_id, new_id, doc)
    return True


def _repoint_items(db: sqlite3.Connection, old: str, new: str, doc: str | None = None) -> None:
    """Every item that names entity `old` (in its entity column or anywhere in its data) now names `new`."""
    needle = dumps(old)
    sql = "SELECT kind, id, entity_id, data FROM items WHERE (entity_id = ? OR instr(data, ?) > 0)"
    args: list[Any] = [old, needle]
    if doc is not None:
        sql, args = sql + " AND doc_id = ?", args + [doc]
    for kind, ident, entity_id, data in db.execute(sql, args).fetchall():
        db.execute("UPDATE items SET entity_id = ?, data = ? WHERE kind = ? AND id = ?",
                   (new if entity_id == old else entity_id, dumps(_replace_value(json.loads(data), old, new)),
                    kind, ident))
    if doc is None:  # the figure series of stories, kept apart from their descriptions
        for story, data in db.execute("SELECT story_id, data FROM story_series WHERE instr(data, ?) > 0",
                                      (needle,)).fetchall():
            db.execute("UPDATE story_series SET data = ? WHERE story_id = ?",
                       (dumps(_replace_value(json.loads(data), old, new)), story))


def _replace_value(value: Any, old: str, new: str) -> Any:
    if value == old:
        return new
    if isinstance(value, list):
        return [_replace_value(v, old, new) for v in value]
    if isinstance(value, dict):
        return {k: _replace_value(v, old, new) for k, v in value.items()}
    return value


def _date_interval(date: str) -> dict[str, Any]:
    precision = {4: "year", 7: "month", 10: "day"}[len(date)]
    return {"date": date, "earliest": date, "latest": date, "precision": precision}


def _set_document_date(db: sqlite3.Connection, doc_id: str, published: dict[str, Any] | None) -> None:
    if published is None:
        return
    db.execute("UPDATE documents SET published = ?, published_date = ? WHERE id = ?",
               (dumps(published), published.get("earliest"), doc_id))
    # A story member carries its document's days (the story's episodes are read from them).
    db.execute("UPDATE story_members SET earliest = ?, latest = ? WHERE doc_id = ?",
               (published.get("earliest"), published.get("latest"), doc_id))


def _row(row: sqlite3.Row) -> dict[str, Any]:
    return {"id": row["id"], "at": row["at"], "who": row["who"], "action": row["action"], "target": row["target"],
            "before": json.loads(row["before"]), "after": json.loads(row["after"]),
            "reverted_at": row["reverted_at"], "reverted_by": row["reverted_by"],
            "active": row["reverted_at"] is None}


