"""The SQLite schema, as named migrations applied in order and recorded in `migrations`.

Each migration is a function returning its SQL script; add a change as a new
function at the end of MIGRATIONS, never edit one that has shipped. A migration
runs in one transaction with its record in `migrations`: all of it or nothing.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable


def create_documents() -> str:
    return """
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        started TEXT NOT NULL,
        finished TEXT,
        command TEXT NOT NULL,
        sources TEXT NOT NULL DEFAULT '[]',
        counts TEXT NOT NULL DEFAULT '{}'
    );
    CREATE TABLE failures (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        place TEXT NOT NULL,
        reason TEXT NOT NULL
    );
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        path TEXT,
        url TEXT,
        title TEXT,
        source TEXT,
        lang TEXT,
        published TEXT NOT NULL,
        published_date TEXT,
        text TEXT NOT NULL,
        paragraphs TEXT NOT NULL,
        paragraph_langs TEXT NOT NULL,
        sentences TEXT NOT NULL,
        meta TEXT NOT NULL DEFAULT '{}',
        run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,
        added TEXT NOT NULL
    );
    CREATE INDEX documents_published ON documents(published_date);
    CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content = 'documents', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TABLE analyses (
        doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        data TEXT NOT NULL
    );
    CREATE TABLE relations (
        doc_a TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        doc_b TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        relation TEXT NOT NULL CHECK (relation IN ('duplicate', 'near_duplicate', 'shares_passages')),
        score REAL NOT NULL,
        spans TEXT NOT NULL DEFAULT '[]',
        PRIMARY KEY (doc_a, doc_b, relation)
    );
    CREATE INDEX relations_b ON relations(doc_b);
    """


def create_corpus() -> str:
    """Cross-document results, kept up to date by the corpus steps after each run."""
    return """
    CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        data TEXT NOT NULL
    );
    CREATE TABLE mentions (
        entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL
    );
    CREATE INDEX mentions_entity ON mentions(entity_id);
    CREATE INDEX mentions_doc ON mentions(doc_id);
    CREATE TABLE items (
        kind TEXT NOT NULL CHECK (kind IN ('timex', 'quote', 'figure', 'event', 'story')),
        id TEXT NOT NULL,
        doc_id TEXT REFERENCES documents(id) ON DELETE CASCADE,
        entity_id TEXT,
        data TEXT NOT NULL,
        PRIMARY KEY (kind, id)
    );
    CREATE INDEX items_doc ON items(kind, doc_id);
    CREATE INDEX items_entity ON items(kind, entity_id);
    CREATE TABLE story_documents (
        story_id TEXT NOT NULL,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        PRIMARY KEY (story_id, doc_id)
    );
    CREATE INDEX story_documents_doc ON story_documents(doc_id);
    """


def create_corrections() -> str:
    """Analysts' corrections: an audit trail, replayed over every re-analysis."""
    return """
    CREATE TABLE corrections (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        who TEXT NOT NULL,
        action TEXT NOT NULL,
        target TEXT NOT NULL,
        before TEXT NOT NULL DEFAULT 'null',
        after TEXT NOT NULL DEFAULT 'null',
        reverted_at TEXT,
        reverted_by TEXT
    );
    """


def create_stories() -> str:
    """Story clustering state, kept across runs so that stories grow online and keep their ids."""
    return """
    CREATE TABLE story_state (
        id TEXT PRIMARY KEY,
        data TEXT NOT NULL
    );
    CREATE TABLE story_terms (
        term INTEGER NOT NULL,
        story_id TEXT NOT NULL REFERENCES story_state(id) ON DELETE CASCADE,
        PRIMARY KEY (term, story_id)
    ) WITHOUT ROWID;
    CREATE INDEX story_terms_story ON story_terms(story_id);
    CREATE TABLE story_members (
        doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        story_id TEXT NOT NULL
    );
    CREATE INDEX story_members_story ON story_members(story_id);
    CREATE TABLE story_df (
        term INTEGER PRIMARY KEY,
        df INTEGER NOT NULL
    );
    """


def create_document_shingles() -> str:
    """Each document's word-shingle set, so that the wire copies of a new document are
    found without fingerprinting every stored document again."""
    return """
    CREATE TABLE document_shingles (
        doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        scheme TEXT NOT NULL,
        shingles BLOB NOT NULL
    );
    """


def recluster_stories_by_word_stems() -> str:
    """Stories are now made of word stems and language-independent name keys: the state kept
    under the former terms matches no new article, so every document is clustered again at
    the next run (a story keeps its id, derived from its first article)."""
    return """
    DELETE FROM story_terms;
    DELETE FROM story_members;
    DELETE FROM story_df;
    DELETE FROM story_state;
    """


def keep_corpus_state() -> str:
    """The corpus results grow with each run instead of being rebuilt: every corpus entity keeps
    the spellings it was written in by language, and the keys a new name is matched on (the
    ids it was first given, consonant frames, surnames, initials); the documents whose
    entities and items are in are listed, with the corpus id of each of their entities.
    Results built the former way are emptied: the next run builds them again from the
    stored analyses."""
    return """
    ALTER TABLE entities ADD COLUMN spellings TEXT NOT NULL DEFAULT '{}';
    CREATE TABLE entity_keys (
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        PRIMARY KEY (kind, key, entity_id)
    ) WITHOUT ROWID;
    CREATE TABLE corpus_documents (
        doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        entities TEXT NOT NULL DEFAULT '{}'
    ) WITHOUT ROWID;
    DELETE FROM mentions;
    DELETE FROM entities;
    DELETE FROM items;
    DELETE FROM story_documents;
    """


def index_document_shingles() -> str:
    """The wire copies of a new document are found through an index of a few shingles of
    each document (`shingle_index`, pointing to `document_shingles.id`), not by reading
    every shingle set. The sets kept so far are forgotten: the index shingles are picked in
    the word order a set has lost, so the next run makes both again from the documents."""
    return """
    DROP TABLE document_shingles;
    CREATE TABLE document_shingles (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
        scheme TEXT NOT NULL,
        shingles BLOB NOT NULL
    );
    CREATE INDEX document_shingles_scheme ON document_shingles(scheme);
    CREATE TABLE shingle_index (
        shingle INTEGER NOT NULL,
        doc INTEGER NOT NULL,
        PRIMARY KEY (shingle, doc)
    ) WITHOUT ROWID;
    """


def keep_story_series_apart() -> str:
    """A story's figure series are kept in a table of their own: they grow with the story (19 MB
    of a 28,000-document story's 23 MB), and a story taking in a new article leaves them as
    they are, so it no longer reads and writes them back."""
    return """
    CREATE TABLE story_series (
        story_id TEXT PRIMARY KEY,
        data TEXT NOT NULL DEFAULT '[]'
    ) WITHOUT ROWID;
    INSERT INTO story_series (story_id, data)
        SELECT id, json_extract(data, '$.series') FROM items
        WHERE kind = 'story' AND json_type(data, '$.series') = 'array';
    UPDATE items SET data = json_remove(data, '$.series') WHERE kind = 'story';
    """


def mark_described_members() -> str:
    """Each story member says whether the story was described with it, so the stories to describe
    again are found among the members not yet described, not by comparing every member with the
    descriptions (a scan of the whole store at every run)."""
    return """
    ALTER TABLE story_members ADD COLUMN described INTEGER NOT NULL DEFAULT 0;
    UPDATE story_members SET described = 1 WHERE EXISTS (SELECT 1 FROM story_documents s
        WHERE s.story_id = story_members.story_id AND s.doc_id = story_members.doc_id);
    CREATE INDEX story_members_undescribed ON story_members(story_id) WHERE described = 0;
    """


def count_corpus_documents_by_index() -> str:
    """The documents among the corpus results are counted on every run (`Store.pending_documents`).
    Counting a table without rowid reads all of it, each document's entity map included (1.45 s
    on 100,000 documents when the file is not in the page cache, 41 ms when it is); an index of
    the ids alone is counted instead (under 0.05 s)."""
    return """
    CREATE INDEX corpus_documents_ids ON corpus_documents(doc_id);
    """


def merge_search_segments_by_sixteen() -> str:
    """Each stored document commits its own search index segment, and FTS5 merges segments as they
    pile up: by 4 of a level by default, by 16 here, so that each entry is rewritten about half as
    often as the index grows (storing 1,000 articles: 0.91 -> 0.80 ms CPU each, best of 3). Searches
    find the same documents, ranked the same."""
    return """
    INSERT INTO documents_fts (documents_fts, rank) VALUES ('automerge', 16);
    """


def date_story_members() -> str:
    """Each story member carries the days its document may have been published, and the members of
    a story are read with them from one index: a story's episodes are worked out again whenever it
    grows, and looking each member's days up among the documents took 0.1 s for a story of 9,000
    documents (0.02 s from the index)."""
    return """
    ALTER TABLE story_members ADD COLUMN earliest TEXT;
    ALTER TABLE story_members ADD COLUMN latest TEXT;
    UPDATE story_members SET (earliest, latest) = (SELECT d.published_date, json_extract(d.published, '$.latest')
        FROM documents d WHERE d.id = story_members.doc_id);
    DROP INDEX story_members_story;
    CREATE INDEX story_members_story ON story_members(story_id, doc_id, earliest, latest);
    """


def count_story_lines() -> str:
    """The lines of the pages clustered into stories are counted, with the first and last day of
    the pages carrying each (`story_lines`, under a 64-bit key of the line's words): a line that
    pages published weeks apart repeat is page boilerplate and stays out of the articles' vectors.
    The stories made so far are kept; the lines are counted from the next article on."""
    return """
    CREATE TABLE story_lines (
        line INTEGER PRIMARY KEY,
        documents INTEGER NOT NULL,
        first TEXT,
        last TEXT
    );
    """


def check_kinds_without_lists() -> str:
    """The checks on an item's kind and a relation's are written as comparisons joined by OR, not as
    IN with a list: SQLite builds a table of the list each time a statement runs, once per row an
    insert writes, which took 40% of the time the corpus steps spent writing items (4,000 articles:
    2.26 -> 1.35 s CPU). The same values pass. Only the tables' definitions change (what SQLite
    documents for a check made no stricter); the connection reads them again."""
    return """
    PRAGMA writable_schema = ON;
    UPDATE sqlite_master SET sql = replace(sql,
        'CHECK (kind IN (''timex'', ''quote'', ''figure'', ''event'', ''story''))',
        'CHECK (kind = ''timex'' OR kind = ''quote'' OR kind = ''figure'' OR kind = ''event'' OR kind = ''story'')')
        WHERE type = 'table' AND name = 'items';
    UPDATE sqlite_master SET sql = replace(sql,
        'CHECK (relation IN (''duplicate'', ''near_duplicate'', ''shares_passages''))',
        'CHECK (relation = ''duplicate'' OR relation = ''near_duplicate'' OR relation = ''shares_passages'')')
        WHERE type = 'table' AND name = 'relations';
    PRAGMA writable_schema = RESET;
    """


MIGRATIONS: list[Callable[[], str]] = [
    create_documents,
    create_corpus,
    create_corrections,
    create_stories,
    create_document_shingles,
    recluster_stories_by_word_stems,
    keep_corpus_state,
    index_document_shingles,
    keep_story_series_apart,
    mark_described_members,
    count_corpus_documents_by_index,
    merge_search_segments_by_sixteen,
    date_story_members,
    count_story_lines,
    check_kinds_without_lists,
]


def migrate(db: sqlite3.Connection) -> list[str]:
    """Apply the migrations this database lacks; returns their names."""
    db.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied TEXT NOT NULL)")
    done = {row[0] for row in db.execute("SELECT name FROM migrations")}
    applied = []
    for step in MIGRATIONS:
        if step.__name__ in done:
            continue
        try:
            db.executescript(f"BEGIN;\n{step()}\nINSERT INTO migrations VALUES ('{step.__name__}', datetime('now'));\nCOMMIT;")
        except sqlite3.Error:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        applied.append(step.__name__)
    return applied


def schema_version(db: sqlite3.Connection) -> int:
    return db.execute("SELECT count(*) FROM migrations").fetchone()[0]
