"""Stories: articles grouped by what they are about, online, with stable ids and a title.

`StoryClusterer` is a single-pass clusterer in the manner of news monitors: each
article, taken in date order, joins the story whose centroid it is most similar
to, or starts a new one. An article is a TF-IDF vector in two halves of equal
weight: its words, cut to their first letters (so "flood", "floods", "flooded"
meet, and so do French and English cognates: "révolution"/"revolution",
"rebelles"/"rebels"), title counted twice; and the names it mentions, under keys
that do not depend on language or spelling (the knowledge-base id or GeoNames id
of an entity, else the consonant frame of its name: "Égypte" and "Egypt",
"Idlib" and "Idleb" meet). Names carry half of the similarity so that one story
told in French and in English stays one story. Time enters as a rising bar: the
further an article lies from a story's dates, the more alike it must be to join
it, so a long story spanning years keeps its later episodes while unrelated news
of the same words drifts apart; an article joins the story whose bar it clears by the
most.

Measured with `vigie eval stories` (topics of T17 and ml-crisis-fr as gold
stories); the constants below were chosen on one third of those articles (the
documents whose id hashes to 0 modulo 3) and on small mixtures of two topics
drawn from that third, never on the other two thirds.

Online: `partial_fit` adds articles to the stories already known; with `load`
and `save`, the state lives in the store (centroids, an inverted index from
words to stories, document frequencies, the pages' lines met so far), and an
update reads only the stories that share words with the new articles. A story's
id is derived from its first article and never changes.

Page boilerplate stays out of the vectors: a line (paragraph) that pages published
weeks apart repeat word for word (`corpus.boilerplate`: a site's menus, teasers of
its other articles, calls to comment or subscribe) says nothing of the article it
surrounds, and glued the articles of one site into a story of their own. The lines
are counted as articles arrive, so a site's lines become boilerplate once it has
repeated them.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import heapq
import json
import math
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from vigie.corpus.boilerplate import is_repeated, text_key
from vigie.corpus.words import fold, stop_words
from vigie.lang import LANGUAGES, load
from vigie.model import Analysis, Document, Entity
from vigie.nlp.events import entity_key
from vigie.nlp.namekey import skeleton
from vigie.nlp.segment import split_paragraphs
from vigie.store.jsonform import dumps

# Minimum cosine between an article and a story's centroid for the article to join it.
# Articles of one topic are far apart (half of T17's have a cosine under 0.1 with each
# other), while a story's centroid, summing many articles, keeps their shared words and
# names: a low bar against centroids gathers a topic without mixing topics. The same bar
# holds in a corpus of a few articles: a higher one there split a topic's 5 to 15 articles
# into several stories (mixtures of two topics of the tuning third: B-cubed F 0.64 -> 0.84,
# precision 1.0 -> 0.98), and 0.05 rather than 0.06 also gathers the whole third better.
JOIN_THRESHOLD = 0.05
# The bar rises by up to this much with the time between the article and the story's
# nearest date, reaching it after GAP_SCALE_DAYS: a story that paused needs clearly the
# same words and names to resume, however long the pause (wars resume after a year).
GAP_PENALTY = 0.1
GAP_SCALE_DAYS = 90
# Two stories whose centroids are at least this similar (cosine) are one story told in
# several bursts: the later one is merged into the earlier. At 0.25 the Egyptian and
# Libyan uprisings of 2011 became one story on the tuning third; at 0.35 they stay two.
LINK_THRESHOLD = 0.35
# Characters of an article read for its vector: the lead says what the article is about.
MAX_CHARS = 6000
# Words of fewer characters carry little topic.
MIN_WORD_CHARS = 3
# Letters a word is cut to: a stemmer for every language at the cost of a slice
# (4 merged too much, 6 split inflections apart, on the tuning third).
STEM_CHARS = 5
# Share of an article's squared norm given to its names (the rest to its words): the
# cosine of two articles is then the mean of their words' and their names' cosines.
NAME_SHARE = 0.5
# Terms kept per story centroid: bounds memory and lookup time.
CENTROID_TERMS = 300
# Words kept per article (with all its names): its most distinctive words say what it is about.
ARTICLE_TERMS = 200
# Stories compared to a grown story when looking for another telling of it.
LINK_CANDIDATES = 5
# Stories an article may join: those most similar to it (of those sharing most of its terms, in a store).
MAX_CANDIDATES = 10
# Names shown in a story's title.
TITLE_NAMES = 3

# Words are read in folded text, which is ASCII: there a letter is [A-Za-z], which the regex engine matches about
# twice as fast as the Unicode class [^\W\d_].
_WORD = re.compile(r"[A-Za-z]{%d,}" % MIN_WORD_CHARS)
_CAPITALIZED = re.compile(r"(?<![.!?«\"\n]\s)(?<!^)\b([A-ZÉÈÀÂÎÔ][\w’'-]+(?:[ ]+(?:al-|el-)?[A-Z][\w’'-]+)*)")


@dataclass
class Story:
    """What the clusterer knows of a story: its centroid (term → summed weight), size, dates and names."""

    id: str
    centroid: dict[int, float] = field(default_factory=dict)
    size: int = 0
    first: str | None = None
    last: str | None = None
    names: dict[str, float] = field(default_factory=dict)  # name → `_name_weight` summed over its documents
    norm: float = 0.0
    countries: set[str] = field(default_factory=set)  # where the places its articles name lie (ISO codes)

    def __post_init__(self) -> None:
        self.norm = math.sqrt(sum(w * w for w in self.centroid.values())) or 1.0


@dataclass
class _Article:
    id: str
    vector: dict[int, float]
    earliest: dt.date | None
    latest: dt.date | None
    names: list[str]
    name_terms: frozenset[int] = frozenset()  # the terms of `vector` that are names
    countries: frozenset[str] = frozenset()  # where the places it names lie (ISO codes)


class StoryClusterer:
    """Groups articles into stories: `StoryClusterer().fit(analyses).labels_` gives each one's story id.

    Accepts `Analysis` or `Document` objects. Learned state: `stories_` (id →
    `Story`), `members_` (document id → story id), `labels_` (story ids of the
    articles of the last `fit`/`partial_fit`, in input order).
    """

    def __init__(self, threshold: float = JOIN_THRESHOLD, gap_penalty: float = GAP_PENALTY,
                 name_share: float = NAME_SHARE, link_threshold: float = LINK_THRESHOLD):
        self.threshold = threshold
        self.gap_penalty = gap_penalty
        self.name_share = name_share
        self.link_threshold = link_threshold

    def fit(self, items: Iterable[Analysis | Document]) -> StoryClusterer:
        """Cluster `items` from scratch."""
        self._reset()
        return self.partial_fit(items)

    def partial_fit(self, items: Iterable[Analysis | Document]) -> StoryClusterer:
        """Add `items` to the stories already known (new articles join or start stories)."""
        if not hasattr(self, "stories_"):
            self._reset()
        items = list(items)
        docs = [item.doc if isinstance(item, Analysis) else item for item in items]
        pages = [_page_lines(doc) for doc in docs]
        self._count_lines(docs, pages)
        raw = [_raw_article(item, [(start, end) for start, end, key in page if self._boilerplate(key)])
               for item, page in zip(items, pages)]
        df = self.df_
        for article in raw:
            for term in article.vector:
                df[term] = (df[term] if term in df else self._stored_df(term)) + 1
            self.df_changed_.update(article.vector)
            self.n_docs_ += 1
        idf: dict[int, float] = {}
        articles = [self._weigh(a, idf) for a in raw]
        order = sorted(range(len(articles)), key=lambda i: (articles[i].earliest or dt.date.max, articles[i].id))
        labels: dict[int, str] = {}
        for i in order:
            article = articles[i]
            if article.id in self.members_:
                labels[i] = self.members_[article.id]
                continue
            story, candidates = self._best_story(article)
            if story is None:
                story = Story(id=story_id(article.id))
                self.stories_[story.id] = story
            self._join(story, article, candidates)
            labels[i] = story.id
        self.labels_ = [self._resolve(labels[i]) for i in range(len(articles))]
        return self

    # Persistence in the store

    def load(self, store, everything: bool = False) -> StoryClusterer:
        """Attach the clusterer to `store`: known stories are read from it on demand, or all at
        once with `everything` (cheaper when many articles arrive together)."""
        self._reset()
        self.n_docs_ = store.db.execute("SELECT count(*) FROM story_members").fetchone()[0]
        if everything:
            for sid, data in store.db.execute("SELECT id, data FROM story_state"):
                self._add_story(_story_from_json(sid, json.loads(data)))
            self.df_ = dict(store.db.execute("SELECT term, df FROM story_df"))
        self.store_ = None if everything else store
        self.lines_store_ = store
        return self

    def save(self, store) -> None:
        """Write the stories changed since `load` (or all, when not loaded) and the new memberships."""
        changed = [self.stories_[sid] for sid in self.changed_]
        with store.transaction() as db:
            for old, new in self.merged_.items():
                db.execute("UPDATE story_members SET story_id = ?, described = 0 WHERE story_id = ?",
                           (self._resolve(new), old))
                db.execute("DELETE FROM story_state WHERE id = ?", (old,))
            db.executemany("INSERT OR REPLACE INTO story_state (id, data) VALUES (?, ?)",
                           [(s.id, dumps(_story_json(s))) for s in changed])
            db.executemany("DELETE FROM story_terms WHERE story_id = ?", [(s.id,) for s in changed])
            db.executemany("INSERT OR IGNORE INTO story_terms (term, story_id) VALUES (?, ?)",
                           [(t, s.id) for s in changed for t in _top_terms(s.centroid, CENTROID_TERMS)])
            db.executemany("INSERT OR REPLACE INTO story_members (doc_id, story_id, earliest, latest) VALUES (?1, ?2,"
                           " (SELECT published_date FROM documents WHERE id = ?1),"
                           " (SELECT json_extract(published, '$.latest') FROM documents WHERE id = ?1))",
                           list(self.new_members_.items()))
            # Terms and lines in key order, the tables' own: each row goes next to the one before, not to a page
            # anywhere in the table (the 110,000 lines of 4,000 articles: 0.27 -> 0.10 s CPU).
            db.executemany("INSERT OR REPLACE INTO story_df (term, df) VALUES (?, ?)",
                           [(t, self.df_[t]) for t in sorted(self.df_changed_)])
            db.executemany("INSERT OR REPLACE INTO story_lines (line, documents, first, last) VALUES (?, ?, ?, ?)",
                           [(key, *self.lines_[key]) for key in sorted(self.lines_changed_)])
        self.changed_.clear()
        self.merged_.clear()
        self.new_members_.clear()
        self.df_changed_.clear()
        self.lines_changed_.clear()

    # Internals

    def _reset(self) -> None:
        self.stories_: dict[str, Story] = {}
        self.members_: dict[str, str] = {}
        self.labels_: list[str] = []
        self.df_: dict[int, int] = {}
        self.n_docs_ = 0
        # Term → the stories whose centroid holds it, each with the term's weight there (kept in step by `_absorb`).
        self.index_: dict[int, dict[str, float]] = defaultdict(dict)
        self.store_ = None
        self.changed_: set[str] = set()
        self.merged_: dict[str, str] = {}
        self.new_members_: dict[str, str] = {}
        self.df_changed_: set[int] = set()
        # Line key → [documents carrying it, first and last ISO day of the dated ones]; read from the store on demand.
        self.lines_: dict[int, list] = {}
        self.lines_changed_: set[int] = set()
        self.lines_store_ = None

    def _count_lines(self, docs: list[Document], pages: list[list[tuple[int, int, int]]]) -> None:
        """Count the lines of the new pages: each line once per document, with the days it was published."""
        keys = {key for page in pages for _, _, key in page}
        if self.lines_store_ is not None:
            unknown = list(keys - self.lines_.keys())
            for i in range(0, len(unknown), 500):
                chunk = unknown[i:i + 500]
                for key, documents, first, last in self.lines_store_.db.execute(
                        f"SELECT line, documents, first, last FROM story_lines WHERE line IN ({','.join('?' * len(chunk))})",
                        chunk):
                    self.lines_[key] = [documents, first, last]
        for doc, page in zip(docs, pages):
            earliest = _dates(doc)[0]
            day = earliest and earliest.isoformat()
            for key in {key for _, _, key in page}:
                state = self.lines_.get(key)
                if state is None:
                    state = self.lines_[key] = [0, None, None]
                state[0] += 1
                if day:
                    state[1] = min(state[1], day) if state[1] else day
                    state[2] = max(state[2], day) if state[2] else day
            self.lines_changed_.update(key for _, _, key in page)

    def _boilerplate(self, key: int) -> bool:
        return is_repeated(*self.lines_[key])

    def _stored_df(self, term: int) -> int:
        """The document frequency of a term the clusterer has not seen yet (0 without a store)."""
        if self.store_ is None:
            return 0
        row = self.store_.db.execute("SELECT df FROM story_df WHERE term = ?", (term,)).fetchone()
        return row[0] if row else 0

    def _weigh(self, article: _Article, idf: dict[int, float]) -> _Article:
        """TF-IDF weights; words and names each normalized to their share of a unit vector.

        `idf` caches the inverse document frequencies of the batch (fixed while it is weighed)."""
        n = self.n_docs_ + 1
        df = self.df_
        vector = {}
        for t, tf in article.vector.items():
            weight = idf.get(t)
            if weight is None:
                weight = idf[t] = math.log(n / (df.get(t, 0) + 1)) + 1.0
            vector[t] = tf * weight
        names = article.name_terms
        words = {t: w for t, w in vector.items() if t not in names}
        if len(words) > ARTICLE_TERMS:
            kept = set(_top_terms(words, ARTICLE_TERMS))
            vector = {t: w for t, w in vector.items() if t in kept or t in names}
        name_norm = math.sqrt(sum(w * w for t, w in vector.items() if t in names))
        word_norm = math.sqrt(sum(w * w for t, w in vector.items() if t not in names))
        if name_norm and word_norm:
            name_scale, word_scale = math.sqrt(self.name_share) / name_norm, math.sqrt(1 - self.name_share) / word_norm
        else:
            name_scale = word_scale = 1.0 / (name_norm or word_norm or 1.0)
        article.vector = {t: w * (name_scale if t in names else word_scale) for t, w in vector.items()}
        return article

    def _candidates(self, vector: dict[int, float]) -> list[tuple[str, float]]:
        """The stories most similar to an article's `vector` and their cosines, best first.

        Every term of the article counts: its rarest terms find the small stories of its own
        words, while a large story shares its commoner ones, and an article looked up by its
        rarest terms alone was never compared with the large story of its subject, nor was that
        story linked with the others that tell it."""
        terms = list(vector)
        if self.store_ is not None and terms:
            # The stored stories sharing most of these terms, ranked by SQLite: only they are read.
            marks = ",".join("?" * len(terms))
            rows = self.store_.db.execute(
                f"SELECT story_id FROM story_terms WHERE term IN ({marks}) GROUP BY story_id"
                f" ORDER BY count(*) DESC, story_id LIMIT {MAX_CANDIDATES}", terms).fetchall()
            for (sid,) in rows:
                if sid not in self.stories_ and sid not in self.merged_:
                    row = self.store_.db.execute("SELECT data FROM story_state WHERE id = ?", (sid,)).fetchone()
                    if row:
                        self._add_story(_story_from_json(sid, json.loads(row[0])))
        stories, index = self.stories_, self.index_
        products: dict[str, float] = defaultdict(float)
        for t, w in vector.items():
            postings = index.get(t)
            if postings:
                for sid, weight in postings.items():
                    products[sid] += w * weight
        # Ties broken by id, not by set order (which changes from one process to the next).
        ranked = heapq.nsmallest(MAX_CANDIDATES, ((-p / stories[sid].norm, sid) for sid, p in products.items()))
        return [(sid, -score) for score, sid in ranked]

    def _add_story(self, story: Story) -> None:
        self.stories_[story.id] = story
        for t in story.centroid:
            self.index_[t][story.id] = story.centroid[t]

    def _best_story(self, article: _Article) -> tuple[Story | None, list[str]]:
        """The story the article joins (None: it starts one), and the stories compared.

        The article joins the story whose bar it clears by the most, not the most similar one: the bar
        rises with time, so of two stories it resembles alike, it continues the one told lately (the
        small story of an old event, with a centroid of few words, was more similar than the long story
        of this week's, and drew its articles)."""
        best, best_margin = None, 0.0
        candidates = self._candidates(article.vector)
        for sid, score in candidates:
            story = self.stories_[sid]
            if _elsewhere(article, story):
                continue
            margin = score - self.threshold - self.gap_penalty * min(1.0, _gap_days(article, story) / GAP_SCALE_DAYS)
            if margin >= 0 and (best is None or margin > best_margin):
                best, best_margin = story, margin
        return best, [sid for sid, _ in candidates]

    def _join(self, story: Story, article: _Article, candidates: list[str]) -> None:
        self._absorb(story, article.vector)
        story.size += 1
        story.countries |= article.countries
        if article.earliest:
            first = article.earliest.isoformat()
            last = (article.latest or article.earliest).isoformat()
            story.first = min(story.first, first) if story.first else first
            story.last = max(story.last, last) if story.last else last
        for name, mentions in Counter(article.names).items():
            story.names[name] = round(story.names.get(name, 0) + _name_weight(mentions), 3)
        self.members_[article.id] = story.id
        self.new_members_[article.id] = story.id
        self.changed_.add(story.id)
        self._link(story, candidates[:LINK_CANDIDATES + 1])

    def _absorb(self, story: Story, vector: dict[int, float]) -> None:
        """Add `vector` to the story's centroid, keeping the index in step and the centroid bounded."""
        centroid, postings = story.centroid, self.index_
        # The squared norm follows the added weights: no pass over the whole centroid per article.
        square = story.norm * story.norm if centroid else 0.0
        for t, w in vector.items():
            old = centroid.get(t)
            if old is None:
                centroid[t] = postings[t][story.id] = w
                square += w * w
            else:
                centroid[t] = postings[t][story.id] = old + w
                square += w * (2.0 * old + w)
        # Truncating only when the centroid has doubled keeps the cost per article constant.
        if len(centroid) > 2 * CENTROID_TERMS:
            kept = set(_top_terms(centroid, CENTROID_TERMS))
            for t in [t for t in centroid if t not in kept]:
                del centroid[t]
                postings[t].pop(story.id, None)
            square = sum(w * w for w in centroid.values())
        story.norm = math.sqrt(square) or 1.0

    def _link(self, story: Story, candidates: list[str]) -> None:
        """Merge `story`, which has just grown, with the most similar of `candidates` (the stories
        its new article resembles) when both tell one story."""
        best, best_score = None, self.link_threshold
        for sid in candidates:
            if sid == story.id or sid not in self.stories_:
                continue
            other = self.stories_[sid]
            mine, theirs = story.centroid, other.centroid
            score = sum(mine[t] * theirs[t] for t in mine.keys() & theirs.keys()) / (story.norm * other.norm)
            if score >= best_score:
                best, best_score = other, score
        if best is None:
            return
        keep, gone = sorted((story, best), key=lambda s: (s.first or "9999", s.id))
        for t in gone.centroid:
            self.index_[t].pop(gone.id, None)
        self._absorb(keep, gone.centroid)
        keep.size += gone.size
        keep.countries |= gone.countries
        keep.first = min(filter(None, (keep.first, gone.first)), default=None)
        keep.last = max(filter(None, (keep.last, gone.last)), default=None)
        for name, count in gone.names.items():
            keep.names[name] = keep.names.get(name, 0) + count
        del self.stories_[gone.id]
        self.merged_[gone.id] = keep.id
        self.changed_.discard(gone.id)
        self.changed_.add(keep.id)
        for doc, sid in self.members_.items():
            if sid == gone.id:
                self.members_[doc] = keep.id
        for doc, sid in self.new_members_.items():
            if sid == gone.id:
                self.new_members_[doc] = keep.id

    def _resolve(self, sid: str) -> str:
        """The id a story has now, following merges."""
        while sid in self.merged_:
            sid = self.merged_[sid]
        return sid


def load_stories(store, ids: Iterable[str]) -> dict[str, Story]:
    """The stored state of the stories `ids` (those the store knows)."""
    stories = {}
    for sid in ids:
        row = store.db.execute("SELECT data FROM story_state WHERE id = ?", (sid,)).fetchone()
        if row:
            stories[sid] = _story_from_json(sid, json.loads(row[0]))
    return stories


def story_id(first_doc: str) -> str:
    """A story's id, derived from the first article that started it (stable across runs)."""
    return "st-" + hashlib.sha1(first_doc.encode()).hexdigest()[:12]


def _top_terms(vector: dict[int, float], k: int) -> list[int]:
    """The `k` heaviest terms; ties go to the term added first (the order is reproducible).

    A stable sort, as `heapq.nlargest` is documented to equal: the same terms in the same
    order, at a quarter of its time for a centroid's 300 terms of 600 (the corpus steps
    truncate centroids about every other article)."""
    if len(vector) <= k:
        return list(vector)
    return sorted(vector, key=vector.__getitem__, reverse=True)[:k]


def _story_json(story: Story) -> dict[str, Any]:
    return {"centroid": [[t, round(w, 5)] for t, w in story.centroid.items()], "size": story.size,
            "first": story.first, "last": story.last, "names": story.names, "countries": sorted(story.countries)}


def _story_from_json(sid: str, data: dict[str, Any]) -> Story:
    return Story(id=sid, centroid={int(t): w for t, w in data["centroid"]}, size=data["size"],
                 first=data["first"], last=data["last"], names=data.get("names", {}),
                 countries=set(data.get("countries", ())))


def _gap_days(article: _Article, story: Story) -> int:
    """Days between the article's dates and the story's span (0 when they overlap or one is undated)."""
    if article.earliest is None or story.first is None:
        return 0
    first, last = dt.date.fromisoformat(story.first), dt.date.fromisoformat(story.last)
    latest = article.latest or article.earliest
    if latest < first:
        return (first - latest).days
    if article.earliest > last:
        return (article.earliest - last).days
    return 0


def _elsewhere(article: _Article, story: Story) -> bool:
    """Whether the article is set in other countries than the story, naming none of its names: then it shares
    only words with it, and words alone (protests, clashes, the wounded) tell a kind of event, not which one.
    Floods in two neighbouring countries are two stories, even when the second is told in the first one's words;
    an article that also names a place or actor of the story may still join it."""
    return bool(article.countries and story.countries and article.countries.isdisjoint(story.countries)
                and not any(t in story.centroid for t in article.name_terms))


def _page_lines(doc: Document) -> list[tuple[int, int, int]]:
    """(start, end, key) of the lines (paragraphs) of the part of the page read for its vector; a key is the
    same for every telling of a line (`text_key`), in 64 bits to stay apart from the 32-bit terms."""
    text = doc.text or ""
    lines = []
    for start, end in doc.paragraphs or split_paragraphs(text):
        if start >= MAX_CHARS:
            break
        digest = hashlib.blake2b(text_key(text[start:end]).encode(), digest_size=8).digest()
        lines.append((start, end, int.from_bytes(digest, "big", signed=True)))
    return lines


def _raw_article(item: Analysis | Document, boilerplate: list[tuple[int, int]] = ()) -> _Article:
    """Sublinear counts of an article's word stems (title twice) and name keys, and its date interval; the
    `boilerplate` spans of its text are left out."""
    doc = item.doc if isinstance(item, Analysis) else item
    stop = stop_words()
    text = (doc.text or "")[:MAX_CHARS]
    if boilerplate:
        # Blanked, not cut: offsets still hold.
        pieces, pos = [], 0
        for start, end in boilerplate:
            pieces += [text[pos:start], " " * (min(end, MAX_CHARS) - start)]
            pos = end
        text = "".join(pieces) + text[pos:]
    counts: dict[str, int] = {}
    # Counting words first, stems after: each distinct word is looked up and cut once.
    for word, c in Counter(_WORD.findall(fold(f"{doc.title or ''} {doc.title or ''} {text}"))).items():
        if word not in stop:
            stem = word[:STEM_CHARS]
            counts[stem] = counts.get(stem, 0) + c
    vector = {zlib.crc32(w.encode()): 1.0 + math.log(c) for w, c in counts.items()}
    names = document_names(item, text)
    keys = name_keys(item, names)
    countries = frozenset()
    if isinstance(item, Analysis) and item.entities:
        kept = [not any(start <= m.start < end for start, end in boilerplate) for m in item.mentions]
        names = [n for n, k in zip(names, kept) if k]
        keys = [key for key, k in zip(keys, kept) if k]
        where = {e.id: e.geo.country for e in item.entities if e.type == "place" and e.geo and e.geo.country}
        countries = frozenset(where[m.entity] for m, k in zip(item.mentions, kept) if k and m.entity in where)
    name_terms = set()
    for key, c in Counter(keys).items():
        if key:
            term = zlib.crc32(("@" + key).encode())
            name_terms.add(term)
            vector[term] = vector.get(term, 0.0) + 1.0 + math.log(c)
    earliest, latest = _dates(doc)
    return _Article(doc.id, vector, earliest, latest, names, frozenset(name_terms), countries)


def name_keys(item: Analysis | Document, names: list[str] | None = None) -> list[str]:
    """One key per name mention, the same in every language: "kb:<id>" for an entity of the
    knowledge base, "gn:<GeoNames id>" for a located place, else the consonant frame of the name —
    of a person's surname alone: an article naming "Tony Blair" once and "Blair" after, and one
    saying only "Mr Blair", speak of the same man.

    Without entities, the keys of `names` (default: the document's `document_names`)."""
    if isinstance(item, Analysis) and item.entities:
        keys = {e.id: _person_key(e) if e.type == "person" else entity_key(e) for e in item.entities}
        return [keys.get(m.entity) or skeleton(m.text) for m in item.mentions]
    return [skeleton(n) for n in (document_names(item) if names is None else names)]


def _person_key(entity: Entity) -> str:
    """A person's key across articles: the base's id, else the consonant frame of the last word of its name."""
    key = entity_key(entity)
    return key if key.startswith("kb:") else skeleton(entity.name.split()[-1]) or key


def document_names(item: Analysis | Document, text: str | None = None) -> list[str]:
    """The names an article mentions, one per mention: its entities', else its capitalized words (of
    `text`, default the start of the document's text)."""
    if isinstance(item, Analysis) and item.entities:
        names = {e.id: e.name for e in item.entities}
        return [names.get(m.entity, m.text) for m in item.mentions]
    doc = item.doc if isinstance(item, Analysis) else item
    text = (doc.text or "")[:MAX_CHARS] if text is None else text
    return [m.group(1) for m in _CAPITALIZED.finditer(text) if fold(m.group(1)) not in stop_words()]


def _dates(doc: Document) -> tuple[dt.date | None, dt.date | None]:
    published = doc.published
    try:
        earliest = dt.date.fromisoformat(published.earliest[:10]) if published.earliest else None
        latest = dt.date.fromisoformat(published.latest[:10]) if published.latest else earliest
    except ValueError:
        return None, None
    return earliest, latest


def _name_weight(mentions: int) -> float:
    """What an article mentioning a name `mentions` times adds to its weight in the story: 1 for one mention,
    nearly 2 for many. Names count for the articles mentioning them first, then for how often they do, so that
    in a story of one article its subject comes before a sidebar's names mentioned once."""
    return 2 - 1 / mentions


def story_title(story: Story, fallback: str | None = None) -> str:
    """A title from the names the story's articles mention most (`_name_weight`), each in its most
    frequent spelling that is not in capitals ("London" rather than a dateline's "LONDON"). The news
    agencies and outlets credited in articles ("Reuters", "AFP", "CNN") tell who reported the story,
    not what it is about."""
    totals: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    outlets = _outlets()
    for name, count in story.names.items():
        key = skeleton(name)
        if key and fold(name) not in outlets:
            totals[key] += count
            spellings[key][name] += count
    ranked = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:TITLE_NAMES]
    names = [min(spellings[key].items(), key=lambda kv: (kv[0].isupper() and len(kv[0]) > 1, -kv[1], kv[0]))[0]
             for key, _ in ranked]
    return ", ".join(names) if names else (fallback or story.id)


@cache
def _agencies() -> frozenset[str]:
    """Folded names of the news agencies that articles credit, in every language (`lang/*/figures.json`)."""
    return frozenset(fold(a) for lang in LANGUAGES for a in load(lang, "figures").get("agency_credits", []))


@cache
def _outlets() -> frozenset[str]:
    """The agencies, and the outlets a wire credits in its dateline ("ELMWOOD (CNN) --": `wire_agencies` of
    `lang/*/quotes.json`). Only titles leave the outlets out: in the vectors, a broadcaster's name also
    gathers its own reports of one subject, and leaving it out split them (eval stories, CLEAN V .924 -> .921)."""
    return _agencies() | frozenset(fold(a) for lang in LANGUAGES for a in load(lang, "quotes").get("wire_agencies", []))
