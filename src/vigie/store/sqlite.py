"""The SQLite store: WAL, foreign keys, named migrations, one writer, accent-blind FTS5 search.

Every write of a document (its row, its search entry, its analysis) happens in
one transaction, so a crash or a bad record never leaves half of it behind.
"""
from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import fields
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from vigie.model import Analysis, Document, Failure, Item, Published, Relation, from_dict, to_dict
from vigie.store.migrations import migrate, schema_version

_WORD = re.compile(r"\w+", re.UNICODE)


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
        self.db.execute("PRAGMA busy_timeout=10000")
        if not readonly:
            migrate(self.db)

    def close(self) -> None:
        self.db.close()

    @property
    def schema_version(self) -> int:
        return schema_version(self.db)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All the writes inside happen, or none of them."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # Runs and failures

    def begin_run(self, command: str, sources: Iterable[str]) -> int:
        cur = self.db.execute("INSERT INTO runs (started, command, sources) VALUES (?, ?, ?)",
                              (now(), command, json.dumps(list(sources), ensure_ascii=False)))
        return cur.lastrowid

    def finish_run(self, run_id: int, counts: dict[str, Any]) -> None:
        self.db.execute("UPDATE runs SET finished = ?, counts = ? WHERE id = ?",
                        (now(), json.dumps(counts), run_id))

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
                (doc.id, doc.path, doc.url, doc.title, doc.source, doc.lang, _dumps(doc.published),
                 doc.published.earliest, doc.text, _dumps(doc.paragraphs), _dumps(doc.paragraph_langs),
                 _dumps(doc.sentences), _dumps(doc.meta), run_id, now()))
            db.execute("INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)",
                       (cursor.lastrowid, doc.title, doc.text))
            body = {f.name: to_dict(getattr(analysis, f.name)) for f in fields(Analysis) if f.name != "doc"}
            db.execute("INSERT INTO analyses (doc_id, data) VALUES (?, ?)", (doc.id, _json(body)))
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
            db.executemany(
                "INSERT OR REPLACE INTO relations (doc_a, doc_b, relation, score, spans) VALUES (?, ?, ?, ?, ?)",
                [(r.doc_a, r.doc_b, r.relation, r.score, _dumps(r.spans)) for r in relations])

    def relations(self, doc_id: str | None = None) -> list[Relation]:
        if doc_id is None:
            rows = self.db.execute("SELECT * FROM relations ORDER BY doc_a, doc_b")
        else:
            rows = self.db.execute("SELECT * FROM relations WHERE doc_a = ? OR doc_b = ?", (doc_id, doc_id))
        return [Relation(r["doc_a"], r["doc_b"], r["relation"], r["score"], json.loads(r["spans"])) for r in rows]

    # Shingle sets of documents, for wire-copy detection

    def add_shingles(self, scheme: str, shingles: Iterable[tuple[str, bytes]]) -> None:
        """Keep (document id, shingle set) pairs, the sets made under `scheme`."""
        with self.transaction() as db:
            db.executemany("INSERT OR REPLACE INTO document_shingles (doc_id, scheme, shingles) VALUES (?, ?, ?)",
                           [(doc_id, scheme, data) for doc_id, data in shingles])

    def shingles(self, scheme: str) -> Iterator[tuple[str, bytes]]:
        """(document id, shingle set) of every document whose set was made under `scheme`."""
        for row in self.db.execute("SELECT doc_id, shingles FROM document_shingles WHERE scheme = ?", (scheme,)):
            yield row[0], row[1]

    def unshingled_documents(self, scheme: str) -> list[str]:
        """Ids of the documents without a shingle set made under `scheme`, oldest first."""
        return [row[0] for row in self.db.execute(
            "SELECT id FROM documents WHERE id NOT IN (SELECT doc_id FROM document_shingles WHERE scheme = ?)"
            " ORDER BY rowid", (scheme,))]

    # Corpus results

    def replace_corpus(self, entities: list[dict[str, Any]], items: list[Item],
                       story_documents: list[tuple[str, str]]) -> None:
        """Replace every cross-document result in one transaction (entities in their export form)."""
        with self.transaction() as db:
            for table in ("mentions", "entities", "items", "story_documents"):
                db.execute(f"DELETE FROM {table}")
            db.executemany("INSERT INTO entities (id, type, name, data) VALUES (?, ?, ?, ?)",
                           [(e["id"], e["type"], e["name"], _json(e)) for e in entities])
            db.executemany("INSERT INTO mentions (entity_id, doc_id, start, end) VALUES (?, ?, ?, ?)",
                           [(e["id"], m["doc"], m["start"], m["end"]) for e in entities for m in e["mentions"]])
            db.executemany("INSERT INTO items (kind, id, doc_id, entity_id, data) VALUES (?, ?, ?, ?, ?)",
                           [(i.kind, i.id, i.doc, i.entity, _json(i.data)) for i in items])
            db.executemany("INSERT OR IGNORE INTO story_documents (story_id, doc_id) VALUES (?, ?)",
                           story_documents)

    def entities(self) -> list[dict[str, Any]]:
        return [json.loads(r["data"]) for r in self.db.execute("SELECT data FROM entities ORDER BY name")]

    def item_counts(self) -> dict[str, int]:
        """How many corpus items of each kind are stored."""
        return dict(self.db.execute("SELECT kind, count(*) FROM items GROUP BY kind").fetchall())

    def items(self, kind: str, *, doc_id: str | None = None, entity_id: str | None = None) -> list[dict[str, Any]]:
        """Stored corpus items of one kind (timex, quote, figure, event, story), optionally filtered."""
        sql, args = "SELECT data FROM items WHERE kind = ?", [kind]
        if doc_id is not None:
            sql, args = sql + " AND doc_id = ?", args + [doc_id]
        if entity_id is not None:
            sql, args = sql + " AND entity_id = ?", args + [entity_id]
        return [json.loads(r["data"]) for r in self.db.execute(sql + " ORDER BY rowid", args)]

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


def _dumps(value: Any) -> str:
    return _json(to_dict(value))


def _json(plain: Any) -> str:
    """JSON of a value already in plain form (dicts, lists, strings, numbers)."""
    return json.dumps(plain, ensure_ascii=False)


def _document(row: sqlite3.Row) -> Document:
    return Document(
        id=row["id"], text=row["text"], path=row["path"], url=row["url"], title=row["title"],
        source=row["source"], lang=row["lang"], published=from_dict(Published, json.loads(row["published"])),
        paragraphs=[tuple(p) for p in json.loads(row["paragraphs"])],
        paragraph_langs=json.loads(row["paragraph_langs"]),
        sentences=[tuple(s) for s in json.loads(row["sentences"])], meta=json.loads(row["meta"]))
