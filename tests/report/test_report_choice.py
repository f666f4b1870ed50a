"""What the report chooses to show of a large store: the stories, figures, quotes and documents it keeps,
and the counts of everything else, over a store of invented articles."""
from __future__ import annotations

import pytest

import vigie.report as report
from vigie.corpus.build import update_corpus
from vigie.export import export_store
from vigie.model import Analysis, Figure, Quote, Source, Speaker
from vigie.store import Store

# Invented articles (the events never happened): one story of floods in Lyon, told three times.
# Each article: date, outlet, text, figures (as written, value, category, hypothetical) and quotes
# (as written, speaker as written, whether the speaker is the deputy mayor's entity).
ARTICLES = [
    ("2024-03-05", "Gazette du Rhône",
     "Des inondations ont frappé Lyon mardi 5 mars. Près de 40 % du quartier de Vaise est sous l'eau, "
     "selon la préfecture du Rhône.\n\n« Nous n'avions jamais vu cela », a déclaré Marie Dufresne, "
     "maire adjointe de Lyon.",
     [("40 %", 40.0, "other", False)], [("Nous n'avions jamais vu cela", "Marie Dufresne", True)]),
    ("2024-03-06", "Le Courrier de Grenoble",
     "À Lyon, les inondations menacent encore le quartier de Vaise. Jusqu'à 1000 habitants pourraient être "
     "évacués, selon la préfecture du Rhône.\n\n« La digue tiendra », a assuré un pompier de Lyon.",
     [("1000 habitants", 1000.0, "evacuated", True)], [("La digue tiendra", "un pompier", False)]),
    ("2024-03-07", "Lyon Matin",
     "Les inondations de Lyon ont contraint 450 habitants du quartier de Vaise à partir, selon la préfecture "
     "du Rhône.\n\n« Nous reconstruirons », a promis la maire adjointe de Lyon, Marie Dufresne.",
     [("450 habitants", 450.0, "evacuated", False)], [("Nous reconstruirons", "la maire adjointe", True)]),
]


def _analysis(analysis_of, date, outlet, text, figures, quotes) -> Analysis:
    analysis = analysis_of(date, outlet, text)
    mayor = next(e for e in analysis.entities if e.type == "person")
    analysis.figures = [Figure(text.index(written), text.index(written) + len(written), written, value,
                               category=category, hypothetical=hypothetical, where="Lyon",
                               source=Source("la préfecture du Rhône"))
                        for written, value, category, hypothetical in figures]
    analysis.quotes = [Quote(text.index(said), text.index(said) + len(said), said, "direct", "fr", "déclaré",
                             Speaker(speaker, entity=mayor.id if is_mayor else None))
                       for said, speaker, is_mayor in quotes]
    return analysis


@pytest.fixture(scope="module")
def store(tmp_path_factory, analysis_of):
    store = Store(tmp_path_factory.mktemp("choice") / "v.db")
    ids = set()
    for article in ARTICLES:
        analysis = _analysis(analysis_of, *article)
        store.add_analysis(analysis)
        ids.add(analysis.doc.id)
    update_corpus(store, ids)
    return store


def test_a_story_lists_stated_figures_first_and_quotes_by_the_speakers_name(store, monkeypatch):
    monkeypatch.setattr(report, "MAX_FIGURES", 2)
    monkeypatch.setattr(report, "MAX_SPEAKERS", 1)
    monkeypatch.setattr(report, "MAX_QUOTES_PER_SPEAKER", 1)
    (story,) = report.report_data(store)["stories"]
    # Stated before hypothetical, a known category before "other", whatever their dates.
    assert [f["text"] for f in story["figures"]] == ["450 habitants", "40 %"]
    # "la maire adjointe" is Marie Dufresne's entity: her two quotes meet under her name, one listed.
    (group,) = story["quotes"]
    assert (group["speaker"], group["total"], len(group["quotes"])) == ("Marie Dufresne", 2, 1)
    assert group["quotes"][0]["text"] in ("Nous n'avions jamais vu cela", "Nous reconstruirons")


def test_stories_and_documents_beyond_the_limits_are_listed_and_counted(store, monkeypatch):
    monkeypatch.setattr(report, "MAX_STORIES", 0)
    monkeypatch.setattr(report, "MAX_DOCUMENTS", 2)
    data = report.report_data(store)
    export = export_store(store)
    (story,) = export["stories"]
    assert data["stories"] == []
    assert data["other_stories"] == [{"id": story["id"], "title": story["title"], "documents": 3}]
    # With no story shown, the documents shown are the first stored, with all their annotations.
    assert [d["id"] for d in data["documents"]] == [d["id"] for d in export["documents"][:2]]
    assert data["documents_left_out"] == 1
    assert 'class="a-figure"' in data["documents"][0]["html"] and 'class="a-quote"' in data["documents"][0]["html"]
    assert data["counts"] == {kind: len(export[kind]) for kind in data["counts"]}


def test_the_map_counts_the_documents_naming_each_place(store):
    (story,) = report.report_data(store)["stories"]
    (dot,) = story["map"]["dots"]
    assert (dot["name"], dot["count"]) == ("Lyon", 3)


def test_the_report_says_what_its_grey_figures_are(store):
    html = report.render_report(report.report_data(store))
    # The evacuation of 1000 residents is only feared: its row is greyed, and the page says why.
    assert '<tr class="hyp" title="feared, planned or unconfirmed">' in html
    assert "In grey italics: figures given as feared, planned or unconfirmed." in html
