"""The SQLite store: WAL, foreign keys, named migrations, one writer, accent-blind FTS5 search.

Every write of a document (its row, its search entry, its analysis) happens in
one transaction, so a crash or a bad record never leaves half of it behind.
"""
from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import fields
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np

from vigie.model import Analysis, Document, Entity, Failure, Item, Published, Relation, from_dict
from vigie.store.jsonform import dumps
from vigie.store.migrations import migrate, schema_version

_WORD = re.compile(r"\w+", re.UNICODE)

# Milliseconds a statement waits for another connection's write to end before failing.
BUSY_TIMEOUT_MS = 10_000
# Page cache of a connection, in KiB (SQLite's default is 2 MiB). The corpus steps write into
# indexes spread over the whole file (items, mentions, the shingle index); with the default,
# their pages leave the cache and are read back between two rows. Replay of a 10,000-article
# corpus update's store writes: 21.6 -> 18.8 s CPU with 64 MiB (the store was 1.1 GB).
CACHE_KIB = 65_536


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    """A vigie database. Open one Store per process that writes; readers may open more."""

    def __init__(self, path: str | Path, *, readonly: bool = False):
        self.path = str(path)
        if readonly:
            self.db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, isolation_level=None,
                                      check_same_thread=False)
        else:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.db.execute("PRAGMA journal_mode=WAL")
            # With WAL, NORMAL never corrupts the database; a power cut may lose
            # the last transactions, which the next run ingests again.
            self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        self.db.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        if not readonly:
            migrate(self.db)

    def close(self) -> None:
        self.db.close()

    @property
    def schema_version(self) -> int:
        return schema_version(self.db)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All the writes inside happen, or none of them; inside another transaction, they are part of it
        (several writes then share one commit)."""
        if self.db.in_transaction:
            yield self.db
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    @contextmanager
    def patient(self, seconds: float) -> Iterator[None]:
        """Inside, a statement waits up to `seconds` for another connection's write to end (two
        processes writing their own results at once), instead of BUSY_TIMEOUT_MS."""
        self.db.execute(f"PRAGMA busy_timeout={int(seconds * 1000)}")
        try:
            yield
        finally:
            self.db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")

    # Runs and failures

    def begin_run(self, command: str, sources: Iterable[str]) -> int:
        cur = self.db.execute("INSERT INTO runs (started, command, sources) VALUES (?, ?, ?)",
                              (now(), command, dumps(list(sources))))
        return cur.lastrowid

    def finish_run(self, run_id: int, counts: dict[str, Any]) -> None:
        self.db.execute("UPDATE runs SET finished = ?, counts = ? WHERE id = ?",
                        (now(), dumps(counts), run_id))

    def add_failure(self, run_id: int, failure: Failure) -> None:
        self.db.execute("INSERT INTO failures (run_id, place, reason) VALUES (?, ?, ?)",
                        (run_id, failure.place, failure.reason))

    def runs(self) -> list[dict[str, Any]]:
        rows = self.db.execute("SELECT * FROM runs ORDER BY id").fetchall()
        return [{**dict(r), "sources": json.loads(r["sources"]), "counts": json.loads(r["counts"]),
                 "failures": self.failures(r["id"])} for r in rows]

    def failures(self, run_id: int) -> list[dict[str, str]]:
        return [dict(r) for r in self.db.execute(
            "SELECT place, reason FROM failures WHERE run_id = ? ORDER BY id", (run_id,))]

    # Documents and their analyses

    def has_document(self, doc_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def add_analysis(self, analysis: Analysis, run_id: int | None = None) -> bool:
        """Store a document with its analysis; False (and no change) when it is already stored."""
        doc = analysis.doc
        with self.transaction() as db:
            if self.has_document(doc.id):
                return False
            cursor = db.execute(
                "INSERT INTO documents (id, path, url, title, source, lang, published, published_date, text,"
                " paragraphs, paragraph_langs, sentences, meta, run_id, added)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (doc.id, doc.path, doc.url, doc.title, doc.source, doc.lang, dumps(doc.published),
                 doc.published.earliest, doc.text, dumps(doc.paragraphs), dumps(doc.paragraph_langs),
                 dumps(doc.sentences), dumps(doc.meta), run_id, now()))
            db.execute("INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)",
                       (cursor.lastrowid, doc.title, doc.text))
            body = {f.name: getattr(analysis, f.name) for f in fields(Analysis) if f.name != "doc"}
            db.execute("INSERT INTO analyses (doc_id, data) VALUES (?, ?)", (doc.id, dumps(body)))
        return True

    def document_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM documents").fetchone()[0]

    def documents(self, ids: Iterable[str] | None = None) -> Iterator[Document]:
        """Stored documents, oldest first (or those of `ids`, in that order)."""
        if ids is None:
            rows = self.db.execute("SELECT * FROM documents ORDER BY rowid")
        else:
            rows = (self.db.execute("SELECT * FROM documents WHERE id = ?", (i,)).fetchone() for i in ids)
        for row in rows:
            if row is not None:
                yield _document(row)

    def analyses(self, ids: Iterable[str] | None = None) -> Iterator[Analysis]:
        """Stored analyses with their documents."""
        for doc in self.documents(ids):
            row = self.db.execute("SELECT data FROM analyses WHERE doc_id = ?", (doc.id,)).fetchone()
            analysis = from_dict(Analysis, {**json.loads(row["data"]), "doc": None}) if row else Analysis(doc)
            analysis.doc = doc
            yield analysis

    # Relations between documents

    def add_relations(self, relations: Iterable[Relation]) -> None:
        with self.transaction() as db:
            _replace_rows(db, "relations", ("doc_a", "doc_b", "relation"), ("score", "spans"),
                          [(r.doc_a, r.doc_b, r.relation, r.score, dumps(r.spans)) for r in relations])

    def relations(self, doc_id: str | None = None) -> list[Relation]:
        if doc_id is None:
            rows = self.db.execute("SELECT * FROM relations ORDER BY doc_a, doc_b")
        else:
            rows = self.db.execute("SELECT * FROM relations WHERE doc_a = ? OR doc_b = ?", (doc_id, doc_id))
        return [Relation(r["doc_a"], r["doc_b"], r["relation"], r["score"], json.loads(r["spans"])) for r in rows]

    # Shingle sets of documents, for wire-copy detection

    def add_shingles(self, scheme: str, shingles: Iterable[tuple[str, bytes, Sequence[int]]]) -> None:
        """Keep (document id, shingle set, index shingles) triples, the sets made under `scheme`.

        A set replaces the one its document had; each index shingle (a signed 64-bit
        integer) leads to it (`shingle_postings`).
        """
        rows = list(shingles)
        with self.transaction() as db:
            db.executemany("INSERT INTO document_shingles (doc_id, scheme, shingles) VALUES (?, ?, ?)"
                           " ON CONFLICT (doc_id) DO UPDATE SET scheme = excluded.scheme, shingles = excluded.shingles",
                           [(doc_id, scheme, data) for doc_id, data, _ in rows])
            keys = [db.execute("SELECT id FROM document_shingles WHERE doc_id = ?", (doc_id,)).fetchone()[0]
                    for doc_id, _, _ in rows]
            index = [np.asarray(index, dtype=np.int64) for _, _, index in rows]
            shingle = np.concatenate([np.zeros(0, dtype=np.int64), *index])
            key = np.repeat(np.array(keys, dtype=np.int64), [len(i) for i in index])
            # In shingle order, each row goes next to the one before: the index grows page by page.
            order = np.lexsort((key, shingle))
            db.executemany("INSERT OR IGNORE INTO shingle_index (shingle, doc) VALUES (?, ?)",
                           zip(shingle[order].tolist(), key[order].tolist()))

    def shingles(self, scheme: str) -> Iterator[tuple[str, bytes]]:
        """(document id, shingle set) of every document whose set was made under `scheme`."""
        for row in self.db.execute("SELECT doc_id, shingles FROM document_shingles WHERE scheme = ?", (scheme,)):
            yield row[0], row[1]

    def shingle_postings(self, shingles: list[int]) -> list[tuple[int, int]]:
        """(index shingle, set key) for each of `shingles` that is an index shingle of a kept set
        (keys grow as sets are kept; `shingle_sets` reads the sets)."""
        rows: list[tuple[int, int]] = []
        for chunk, marks in self._parameter_chunks(shingles):
            rows += self.db.execute(f"SELECT shingle, doc FROM shingle_index WHERE shingle IN ({marks})",
                                    chunk).fetchall()
        return rows

    def shingle_sets(self, keys: list[int]) -> Iterator[tuple[str, bytes]]:
        """(document id, shingle set) of the kept sets of `keys`."""
        for chunk, marks in self._parameter_chunks(keys):
            for row in self.db.execute(f"SELECT doc_id, shingles FROM document_shingles WHERE id IN ({marks})", chunk):
                yield row[0], row[1]

    def _parameter_chunks(self, values: list, taken: int = 0) -> Iterator[tuple[list, str]]:
        """`values` in chunks as long as a statement with `taken` other parameters may take, each with its
        parameter marks."""
        size = self.db.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) - taken  # SQLite's default: 32,766
        for start in range(0, len(values), size):
            chunk = values[start:start + size]
            yield chunk, ",".join("?" * len(chunk))

    def unshingled_documents(self, scheme: str) -> list[str]:
        """Ids of the documents without a shingle set made under `scheme`, oldest first."""
        count = "SELECT count(*) FROM document_shingles WHERE scheme = ?"
        if self.document_count() == self.db.execute(count, (scheme,)).fetchone()[0]:
            return []  # counted on indexes, where listing reads every document
        return [row[0] for row in self.db.execute(
            "SELECT d.id FROM documents d LEFT JOIN document_shingles s ON s.doc_id = d.id AND s.scheme = ?"
            " WHERE s.id IS NULL ORDER BY d.rowid", (scheme,))]

    def keep_shingle_scheme(self, scheme: str) -> None:
        """Forget every shingle set and the whole shingle index if a set made under another scheme
        than `scheme` is kept: index rows do not say their scheme, so all are made again."""
        other = self.db.execute("SELECT 1 FROM document_shingles WHERE scheme < ? OR scheme > ? LIMIT 1",
                                (scheme, scheme)).fetchone()
        if other is not None:
            with self.transaction() as db:
                db.execute("DELETE FROM shingle_index")
                db.execute("DELETE FROM document_shingles")

    # Corpus results, kept up to date document by document and story by story

    def pending_documents(self, candidates: Iterable[str] = ()) -> list[str]:
        """Ids of the documents whose entities and items are not yet among the corpus results, oldest
        first: those of `candidates` not in yet, or every such document when the counts show that
        others are missing too (results emptied, or a run cut short)."""
        return self._missing(candidates, "corpus_documents")

    def unassigned_documents(self, candidates: Iterable[str] = ()) -> list[str]:
        """Ids of the documents in no story yet, oldest first: those of `candidates`, or every such
        document when the counts show that others are missing too."""
        return self._missing(candidates, "story_members")

    def _missing(self, candidates: Iterable[str], table: str) -> list[str]:
        """Documents without a row in `table` (keyed by doc_id); only `candidates` are looked at
        when the counts say they are the only ones, so that a run adding one article to a large
        store does not read every document id."""
        rows = [self.db.execute(f"SELECT d.rowid, d.id FROM documents d LEFT JOIN {table} t ON t.doc_id = d.id"
                                " WHERE d.id = ? AND t.doc_id IS NULL", (d,)).fetchone() for d in candidates]
        missing = sorted(tuple(row) for row in rows if row)
        total = self.db.execute(f"SELECT (SELECT count(*) FROM documents) - (SELECT count(*) FROM {table})")
        if total.fetchone()[0] == len(missing):
            return [doc for _, doc in missing]
        return [row[0] for row in self.db.execute(
            f"SELECT d.id FROM documents d LEFT JOIN {table} t ON t.doc_id = d.id WHERE t.doc_id IS NULL"
            " ORDER BY d.rowid")]

    def entity_keys(self, kind: str, keys: Iterable[str]) -> dict[str, list[str]]:
        """Ids of the corpus entities filed under each of `keys`, sorted (see `vigie.corpus.entities.Known`);
        a key no entity is filed under is left out. One query per chunk of keys, not one per key."""
        found: dict[str, list[str]] = {}
        for chunk, marks in self._parameter_chunks(sorted(set(keys)), taken=1):
            for key, entity_id in self.db.execute(f"SELECT key, entity_id FROM entity_keys WHERE kind = ?"
                                                  f" AND key IN ({marks}) ORDER BY key, entity_id", (kind, *chunk)):
                found.setdefault(key, []).append(entity_id)
        return found

    def entity_states(self, entity_ids: Iterable[str]) -> dict[str, tuple[Entity, dict[str, dict[str, int]]]]:
        """The stored corpus entities among `entity_ids` (without their mentions), with their spellings by language."""
        states = {}
        for chunk, marks in self._parameter_chunks(sorted(set(entity_ids))):
            for entity_id, data, spellings in self.db.execute(
                    f"SELECT id, data, spellings FROM entities WHERE id IN ({marks})", chunk):
                data = {k: v for k, v in json.loads(data).items() if k in _ENTITY_FIELDS}
                states[entity_id] = from_dict(Entity, {**data, "mentions": []}), json.loads(spellings)
        return states

    def add_document_results(self, doc_ids: dict[str, dict[str, str]], entities: list[Entity],
                             spellings: dict[str, dict[str, dict[str, int]]], keys: list[tuple[str, str, str]],
                             items: list[Item]) -> None:
        """Add what documents bring to the corpus results, in one transaction: `doc_ids` maps each
        to its entities' corpus ids (document entity id → corpus id); `entities` are the corpus
        entities they name (stored ones updated; `Entity.mentions` are the new (doc, start, end)
        mentions); `keys` are what new names are matched on; `items` their timexes, quotes, figures.
        Documents are added once: their items are only written here, in the transaction that lists the
        documents among the corpus results, so none is stored yet (nothing to replace)."""
        with self.transaction() as db:
            # An upsert, not a replace: replacing a row would delete its mentions with it.
            db.executemany("INSERT INTO entities (id, type, name, data, spellings) VALUES (?, ?, ?, ?, ?)"
                           " ON CONFLICT (id) DO UPDATE SET type = excluded.type, name = excluded.name,"
                           " data = excluded.data, spellings = excluded.spellings",
                           [(e.id, e.type, e.name, dumps(_entity_data(e)), dumps(spellings.get(e.id, {})))
                            for e in entities])
            db.executemany("INSERT INTO mentions (entity_id, doc_id, start, end) VALUES (?, ?, ?, ?)",
                           [(e.id, d, s, end) for e in entities for d, s, end in e.mentions])
            db.executemany("INSERT OR IGNORE INTO entity_keys (kind, key, entity_id) VALUES (?, ?, ?)", keys)
            db.executemany("INSERT INTO items (kind, id, doc_id, entity_id, data) VALUES (?, ?, ?, ?, ?)",
                           [(i.kind, i.id, i.doc, i.entity, dumps(i.data)) for i in items])
            db.executemany("INSERT INTO corpus_documents (doc_id, entities) VALUES (?, ?)",
                           [(d, dumps(ids)) for d, ids in doc_ids.items()])

    def corpus_ids(self, doc_ids: Iterable[str]) -> dict[str, dict[str, str]]:
        """Document id → {document entity id: corpus entity id}, for documents among the corpus results."""
        found = {}
        for doc in doc_ids:
            row = self.db.execute("SELECT entities FROM corpus_documents WHERE doc_id = ?", (doc,)).fetchone()
            if row:
                found[doc] = json.loads(row[0])
        return found

    def stale_stories(self) -> tuple[list[str], list[str]]:
        """Stories whose description no longer matches their documents (a document joined, or
        stories merged), and stories described but gone (merged into another); both found
        among the members not yet described."""
        stale = [row[0] for row in self.db.execute(
            "SELECT DISTINCT story_id FROM story_members WHERE described = 0 ORDER BY story_id")]
        gone = [row[0] for row in self.db.execute(
            "SELECT DISTINCT s.story_id FROM story_members m JOIN story_documents s ON s.doc_id = m.doc_id"
            " WHERE m.described = 0 AND s.story_id != m.story_id"
            " AND NOT EXISTS (SELECT 1 FROM story_members x WHERE x.story_id = s.story_id) ORDER BY s.story_id")]
        return stale, gone

    def member_counts(self, story_ids: Iterable[str]) -> dict[str, int]:
        """Story id → how many documents clustering assigned it, for the stories of `story_ids`."""
        counts = {}
        for chunk, marks in self._parameter_chunks(sorted(set(story_ids))):
            counts.update(self.db.execute(f"SELECT story_id, count(*) FROM story_members WHERE story_id IN ({marks})"
                                          " GROUP BY story_id", chunk).fetchall())
        return counts

    def story_members(self, story_id: str, stored_order: bool = True) -> list[tuple[str, str | None, str | None]]:
        """The documents of a story as clustering assigned them, each with the earliest and latest day
        it may have been published: oldest stored first, or, without `stored_order`, by id (read from
        one index, not from the documents)."""
        if not stored_order:
            return [tuple(row) for row in self.db.execute(
                "SELECT doc_id, earliest, latest FROM story_members WHERE story_id = ? ORDER BY doc_id", (story_id,))]
        return [tuple(row) for row in self.db.execute(
            "SELECT m.doc_id, m.earliest, m.latest FROM story_members m"
            " JOIN documents d ON d.id = m.doc_id WHERE m.story_id = ? ORDER BY d.rowid", (story_id,))]

    def replace_story(self, story: Item, documents: list[str], events: list[Item]) -> None:
        """Replace a story's description, its documents and the events told in them, in one transaction."""
        with self.transaction() as db:
            db.executemany("DELETE FROM items WHERE kind = 'event' AND doc_id = ?", [(d,) for d in documents])
            db.execute("DELETE FROM story_documents WHERE story_id = ?", (story.id,))
            self._write_story(story, events)
            db.executemany("INSERT INTO story_documents (story_id, doc_id) VALUES (?, ?)",
                           [(story.id, d) for d in documents])
            db.execute("UPDATE story_members SET described = 1 WHERE story_id = ? AND described = 0", (story.id,))

    def grow_story(self, story: Item, new_documents: list[str], events: list[Item]) -> None:
        """Write a story's description with new documents and the events they tell, in one transaction
        (its figure series stay as they are when the description comes without them)."""
        with self.transaction() as db:
            self._write_story(story, events)
            db.executemany("INSERT OR IGNORE INTO story_documents (story_id, doc_id) VALUES (?, ?)",
                           [(story.id, d) for d in new_documents])
            db.execute("UPDATE story_members SET described = 1 WHERE story_id = ? AND described = 0", (story.id,))

    def _write_story(self, story: Item, events: list[Item]) -> None:
        """A story's description and events; its figure series, when given, in their own table."""
        data = dict(story.data)
        series = data.pop("series", None)
        self._put_items([Item(story.kind, story.id, data, story.doc, story.entity), *events])
        if series is not None:
            self.db.execute("INSERT OR REPLACE INTO story_series (story_id, data) VALUES (?, ?)", (story.id, dumps(series)))

    def _put_items(self, items: Iterable[Item]) -> None:
        """Write corpus items, each replacing the stored item of its kind and id."""
        _replace_rows(self.db, "items", ("kind", "id"), ("doc_id", "entity_id", "data"),
                      [(i.kind, i.id, i.doc, i.entity, dumps(i.data)) for i in items])

    def story_outline(self, story_id: str) -> dict[str, Any] | None:
        """A story's description without its figure series (the bulk of a large story's), or None."""
        return self._item_data("story", story_id)

    def remove_story(self, story_id: str) -> None:
        """Forget a story's description (it was merged into another)."""
        with self.transaction() as db:
            db.execute("DELETE FROM items WHERE kind = 'story' AND id = ?", (story_id,))
            db.execute("DELETE FROM story_series WHERE story_id = ?", (story_id,))
            db.execute("DELETE FROM story_documents WHERE story_id = ?", (story_id,))

    def clear_corpus(self) -> None:
        """Forget every corpus result; the next corpus update builds them again from the stored analyses."""
        with self.transaction() as db:
            for table in ("mentions", "entities", "entity_keys", "items", "story_series", "story_documents",
                          "corpus_documents"):
                db.execute(f"DELETE FROM {table}")
            db.execute("UPDATE story_members SET described = 0")

    def relations_among(self, doc_ids: Iterable[str]) -> list[Relation]:
        """The relations between documents of `doc_ids`, without their spans (who copies whom is
        what a story's events need, and a large story's spans would fill memory)."""
        wanted = set(doc_ids)
        return [Relation(a, b, relation, score, [])
                for a, b, relation, score in sorted(self.relations_touching(wanted)) if a in wanted and b in wanted]

    def relations_touching(self, doc_ids: Iterable[str]) -> set[tuple[str, str, str, float]]:
        """(doc_a, doc_b, relation, score) of every relation of a document of `doc_ids`: one query per chunk of
        documents, not one per document (10,000 documents' relations: 0.39 -> 0.16 s CPU)."""
        found = set()
        for chunk, _ in self._parameter_chunks(sorted(set(doc_ids))):
            marks = ",".join(f"?{n}" for n in range(1, len(chunk) + 1))  # numbered: both lists bind the chunk once
            found.update(map(tuple, self.db.execute(f"SELECT doc_a, doc_b, relation, score FROM relations"
                                                    f" WHERE doc_a IN ({marks}) OR doc_b IN ({marks})", chunk)))
        return found

    def entities(self) -> list[dict[str, Any]]:
        """Every corpus entity in export form, with its mentions, by name."""
        mentions: dict[str, list[dict[str, Any]]] = {}
        for entity_id, doc, start, end in self.db.execute(
                "SELECT entity_id, doc_id, start, end FROM mentions ORDER BY entity_id, doc_id, start"):
            mentions.setdefault(entity_id, []).append({"doc": doc, "start": start, "end": end})
        return [{**json.loads(r["data"]), "mentions": mentions.get(r["id"], [])}
                for r in self.db.execute("SELECT id, data FROM entities ORDER BY name")]

    def item_counts(self) -> dict[str, int]:
        """How many corpus items of each kind are stored."""
        return dict(self.db.execute("SELECT kind, count(*) FROM items GROUP BY kind").fetchall())

    def entity_count(self) -> int:
        """How many corpus entities are stored."""
        return self.db.execute("SELECT count(*) FROM entities").fetchone()[0]

    def entity_names(self, ids: Iterable[str]) -> dict[str, str]:
        """Corpus entity id → name, for those of `ids` that are stored."""
        rows = (self.db.execute("SELECT id, name FROM entities WHERE id = ?", (i,)).fetchone() for i in set(ids))
        return {row[0]: row[1] for row in rows if row is not None}

    def entity_labels(self, ids: Iterable[str]) -> dict[str, tuple[str, str]]:
        """Corpus entity id → (name, type), for those of `ids` that are stored."""
        labels = {}
        for chunk, marks in self._parameter_chunks(sorted(set(ids))):
            for row in self.db.execute(f"SELECT id, name, type FROM entities WHERE id IN ({marks})", chunk):
                labels[row[0]] = (row[1], row[2])
        return labels

    def document_entities(self, doc_ids: Iterable[str], entity_type: str | None = None
                          ) -> dict[str, list[tuple[dict[str, Any], int, int]]]:
        """Each document of `doc_ids` → (entity, start, end) of each mention of a corpus entity in it
        (of `entity_type` only, when given): entities in export form without their mentions, by name as
        `entities` orders them, each one's mentions by place."""
        sql = ("SELECT e.id, e.data, m.start, m.end FROM mentions m JOIN entities e ON e.id = m.entity_id"
               " WHERE m.doc_id = ?" + (" AND e.type = ?" if entity_type else "") +
               " ORDER BY e.name, e.rowid, m.start, m.end")
        read: dict[str, dict[str, Any]] = {}  # an entity named in several documents is read once
        found: dict[str, list[tuple[dict[str, Any], int, int]]] = {}
        for doc in doc_ids:
            found[doc] = []
            for entity_id, data, start, end in self.db.execute(sql, (doc, entity_type) if entity_type else (doc,)):
                if entity_id not in read:
                    read[entity_id] = json.loads(data)
                found[doc].append((read[entity_id], start, end))
        return found

    def item_fields(self, kind: str, doc_ids: Iterable[str], paths: Iterable[str]) -> list[tuple[Any, ...]]:
        """(id, document id, then the value at each JSON path of `paths`) of every corpus item of one
        kind of each document of `doc_ids`, in that order, each document's items in stored order: enough
        to choose items without reading them whole (`item` reads one). JSON true and false read as 1 and 0."""
        paths = list(paths)
        sql = ("SELECT id, doc_id" + ", json_extract(data, ?)" * len(paths) +
               " FROM items WHERE kind = ? AND doc_id = ? ORDER BY rowid")
        return [tuple(row) for doc in doc_ids for row in self.db.execute(sql, (*paths, kind, doc))]

    def story_sizes(self) -> list[tuple[str, str | None, int]]:
        """(id, title, number of documents) of every story, in stored order: enough to rank and list
        stories without reading their descriptions."""
        return [tuple(row) for row in self.db.execute(
            "SELECT id, json_extract(data, '$.title'), coalesce(json_array_length(data, '$.documents'), 0)"
            " FROM items WHERE kind = 'story' ORDER BY rowid")]

    def document_outlines(self) -> list[dict[str, Any]]:
        """Every stored document in export form without its text and segmentation, oldest first:
        enough to cite a document (outlet, title, date) without reading it. A document with neither
        title nor outlet comes with the start of its text (`opening`), to be called by its first words."""
        return [{**dict(row), "published": json.loads(row["published"])} for row in self.db.execute(
            "SELECT id, path, url, title, source, lang, published, CASE WHEN title IS NULL AND source IS NULL"
            " THEN substr(text, 1, 1000) END AS opening FROM documents ORDER BY rowid")]

    def item(self, kind: str, item_id: str) -> dict[str, Any] | None:
        """One stored corpus item (a story with its figure series), or None."""
        data = self._item_data(kind, item_id)
        return self._with_series(data) if data is not None and kind == "story" else data

    def _item_data(self, kind: str, item_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT data FROM items WHERE kind = ? AND id = ?", (kind, item_id)).fetchone()
        return json.loads(row[0]) if row else None

    def items(self, kind: str, *, doc_id: str | None = None, entity_id: str | None = None) -> list[dict[str, Any]]:
        """Stored corpus items of one kind (timex, quote, figure, event, story), optionally filtered;
        stories come with their figure series."""
        sql, args = "SELECT data FROM items WHERE kind = ?", [kind]
        if doc_id is not None:
            sql, args = sql + " AND doc_id = ?", args + [doc_id]
        if entity_id is not None:
            sql, args = sql + " AND entity_id = ?", args + [entity_id]
        found = [json.loads(r["data"]) for r in self.db.execute(sql + " ORDER BY rowid", args)]
        return [self._with_series(story) for story in found] if kind == "story" else found

    def _with_series(self, story: dict[str, Any]) -> dict[str, Any]:
        row = self.db.execute("SELECT data FROM story_series WHERE story_id = ?", (story.get("id"),)).fetchone()
        return story if row is None else {**story, "series": json.loads(row[0])}

    # Search

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
        """Documents matching every word of `query`, accents and case ignored, best first."""
        match = fts_query(query)
        if not match:
            return []
        rows = self.db.execute(
            "SELECT d.id, d.title, d.lang, d.source, d.published_date, d.path, d.url,"
            " snippet(documents_fts, 1, '[', ']', ' … ', 16) AS snippet, bm25(documents_fts) AS rank"
            " FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid"
            " WHERE documents_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?", (match, limit, offset))
        return [dict(r) for r in rows]


def fts_query(text: str) -> str:
    """An FTS5 query from what a user typed: every word required, a trailing * kept as a prefix search."""
    words = _WORD.findall(text)
    prefix = text.rstrip().endswith("*")
    terms = [f'"{w}"' for w in words]
    if terms and prefix:
        terms[-1] += "*"
    return " ".join(terms)


def _replace_rows(db: sqlite3.Connection, table: str, key: tuple[str, ...], others: tuple[str, ...],
                  rows: list[tuple[Any, ...]]) -> None:
    """Write `rows` (values of the `key` columns, then of `others`) into `table`, each replacing the
    stored row of its key, as INSERT OR REPLACE would, at half its cost: with foreign keys on, SQLite
    checks each row of a REPLACE the slow way (536,000 items of 10,000 articles: 10.0 s CPU, 5.9 s
    deleting then inserting)."""
    latest: dict[tuple[Any, ...], tuple[Any, ...]] = {}
    for row in rows:
        # A row given twice is written once, last, where a second replace would put it.
        latest.pop(row[:len(key)], None)
        latest[row[:len(key)]] = row
    columns = key + others
    db.executemany(f"DELETE FROM {table} WHERE " + " AND ".join(f"{c} = ?" for c in key), list(latest))
    db.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                   list(latest.values()))


_ENTITY_FIELDS = tuple(f.name for f in fields(Entity))


def _entity_data(entity: Entity) -> dict[str, Any]:
    """A corpus entity as stored: its export form without its mentions (kept in their own table)."""
    return {name: getattr(entity, name) for name in _ENTITY_FIELDS if name != "mentions"}


def _document(row: sqlite3.Row) -> Document:
    return Document(
        id=row["id"], text=row["text"], path=row["path"], url=row["url"], title=row["title"],
        source=row["source"], lang=row["lang"], published=from_dict(Published, json.loads(row["published"])),
        paragraphs=[tuple(p) for p in json.loads(row["paragraphs"])],
        paragraph_langs=json.loads(row["paragraph_langs"]),
        sentences=[tuple(s) for s in json.loads(row["sentences"])], meta=json.loads(row["meta"]))
