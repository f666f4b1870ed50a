"""An invented corpus for the web tests: every article below was written for these tests (none is real).
The fixtures that hand a copy of its store to each test are in this folder's conftest.py.

The extractors are not needed: analyses are built by hand (names, quotes,
figures and dates at the offsets where they appear), stored, and turned into
corpus results by `update_corpus`; a story is added as the story step would.
"""
from __future__ import annotations

import json
from pathlib import Path

from vigie.corpus.build import update_corpus
from vigie.ingest import make_document
from vigie.model import Analysis, Entity, Figure, Geo, Quote, Source, Speaker, Timex
from vigie.store import Store

# Invented articles (fictional events, people and outlets).
ARTICLES = [
    {
        "title": "Crue de la Sarre-Basse : douze morts selon la préfecture",
        "published": "2026-03-02", "source": "Le Courrier inventé",
        "text": ("Crue de la Sarre-Basse : douze morts selon la préfecture\n\n"
                 "La crue a fait 12 morts à Valmont depuis lundi, selon la préfecture. "
                 "« Les secours travaillent jour et nuit », a déclaré Marie Delcourt, porte-parole de la préfecture. "
                 "La Croix-Rouge a ouvert trois centres d'accueil à Valmont.\n\n"
                 "Le 1er mars, les digues avaient cédé au nord de la ville."),
        "entities": [("marie", "person", "Marie Delcourt", ["Marie Delcourt"]),
                     ("croix", "organization", "Croix-Rouge", ["Croix-Rouge"]),
                     ("valmont", "place", "Valmont", ["Valmont"])],
        "quotes": [("Les secours travaillent jour et nuit", "marie", "Marie Delcourt", "déclarer")],
        "figures": [("12 morts", 12, "dead", "la préfecture", "2026-03-02")],
        "timexes": [("Le 1er mars", "2026-03-01")],
    },
    {
        "title": "Sarre-Basse : le bilan monte à 17 morts",
        "published": "2026-03-05", "source": "Gazette fictive",
        "text": ("Sarre-Basse : le bilan monte à 17 morts\n\n"
                 "Le bilan de la crue est passé à 17 morts, a indiqué la préfecture jeudi. "
                 "« Nous n'abandonnerons personne », a affirmé M. Delcourt lors d'un point presse à Valmont. "
                 "Plus de 3000 personnes ont été déplacées."),
        "entities": [("delcourt", "person", "M. Delcourt", ["M. Delcourt"]),
                     ("valmont", "place", "Valmont", ["Valmont"])],
        "quotes": [("Nous n'abandonnerons personne", "delcourt", "M. Delcourt", "affirmer")],
        "figures": [("17 morts", 17, "dead", "la préfecture", "2026-03-05"),
                    ("3000 personnes", 3000, "displaced", None, "2026-03-05")],
        "timexes": [("jeudi", "2026-03-05")],
    },
    {
        "title": "Flood relief: mayor Jane Holloway asks for help",
        "published": "2026-03-06", "source": "Invented Wire",
        "text": ("Flood relief: mayor Jane Holloway asks for help\n\n"
                 "\"We need pumps and volunteers now,\" said Jane Holloway, the mayor of Valmont, on Friday. "
                 "Holloway said the water would recede by next week."),
        "entities": [("holloway", "person", "Jane Holloway", ["Jane Holloway", "Holloway"]),
                     ("valmont", "place", "Valmont", ["Valmont"])],
        "quotes": [("We need pumps and volunteers now", "holloway", "Jane Holloway", "say")],
        "figures": [],
        "timexes": [("on Friday", "2026-03-06")],
    },
]
# A hostile article: markup and event handlers that must stay inert text.
HOSTILE = {
    "title": "<script>window.__pwned = 'title'</script>Breaking",
    "published": "2026-03-07", "source": "<img src=x onerror=\"window.__pwned='source'\">",
    "url": "javascript:window.__pwned='url'",
    "text": ("Hostile test page <script>window.__pwned = 'text'</script>\n\n"
             "<img src=x onerror=\"window.__pwned='img'\"> and <svg onload=\"window.__pwned='svg'\"></svg> "
             "<a href=\"javascript:window.__pwned='link'\">click</a> near Valmont."),
    "entities": [("valmont", "place", "Valmont", ["Valmont"]),
                 ("evil", "person", "<b onmouseover=\"window.__pwned='name'\">Evil</b>", ["<script>"])],
    "quotes": [], "figures": [], "timexes": [],
}
VALMONT = Geo(lat=45.0, lon=5.0, country="FR", geonames_id=None, feature_class="P")
STORY_ID = "story-sarre-basse"


def analysis_of(article: dict) -> Analysis:
    """The hand-made analysis of an invented article (offsets found in its text)."""
    doc = make_document(article["text"], title=article["title"], published=article["published"],
                        source=article["source"], url=article.get("url"))
    text = doc.text
    entities = []
    for key, kind, name, surfaces in article["entities"]:
        spans = []
        for surface in surfaces:
            start = text.find(surface)
            while start >= 0:
                spans.append((start, start + len(surface)))
                start = text.find(surface, start + 1)
        entities.append(Entity(id=key, type=kind, name=name, aliases=[], mentions=sorted(set(spans)),
                               geo=VALMONT if key == "valmont" else None,
                               roles=[{"role": "porte-parole", "affiliation": "préfecture"}] if key == "marie" else []))
    quotes = []
    for said, key, speaker, verb in article["quotes"]:
        start = text.find(said)
        who = text.find(speaker)
        quotes.append(Quote(start, start + len(said), said, "direct", doc.lang, verb,
                            Speaker(speaker, who, who + len(speaker), key)))
    figures = []
    for surface, value, category, source, when in article["figures"]:
        start = text.find(surface)
        figures.append(Figure(start, start + len(surface), surface, float(value), category=category, when=when,
                              source=Source(source) if source else None))
    timexes = []
    for surface, value in article["timexes"]:
        start = text.find(surface)
        timexes.append(Timex(start, start + len(surface), surface, "DATE", value))
    return Analysis(doc, timexes=timexes, entities=entities, quotes=quotes, figures=figures)


def add_story(store: Store, doc_ids: list[str]) -> None:
    """A story record as the story step stores it (title, documents, episodes, timeline)."""
    first = store.db.execute("SELECT text FROM documents WHERE id = ?", (doc_ids[0],)).fetchone()[0]
    start = first.find("La crue a fait")
    data = {"id": STORY_ID, "title": "Crue de la Sarre-Basse", "documents": doc_ids,
            "episodes": [{"start": "2026-03-01", "end": "2026-03-06", "documents": doc_ids}],
            "timeline": [{"date": "2026-03-02", "end": None, "summary": "La crue a fait 12 morts à Valmont.",
                          "sources": [{"doc": doc_ids[0], "start": start, "end": start + 40}]}]}
    with store.transaction() as db:
        db.execute("INSERT OR REPLACE INTO items (kind, id, doc_id, entity_id, data) VALUES ('story', ?, NULL, NULL, ?)",
                   (STORY_ID, json.dumps(data)))
        db.executemany("INSERT OR IGNORE INTO story_documents (story_id, doc_id) VALUES (?, ?)",
                       [(STORY_ID, d) for d in doc_ids])


def build_store(path: Path, hostile: bool = True) -> dict:
    """A store holding the invented articles; returns their ids by role."""
    store = Store(path)
    ids = []
    for article in ARTICLES + ([HOSTILE] if hostile else []):
        analysis = analysis_of(article)
        store.add_analysis(analysis)
        ids.append(analysis.doc.id)
    update_corpus(store, set(ids))
    add_story(store, ids[:3])
    store.close()
    return {"flood": ids[0], "toll": ids[1], "english": ids[2], "hostile": ids[3] if hostile else None}
