"""Readers' comments under scraped articles (invented article and comments)."""
from __future__ import annotations

from vigie.ingest import make_document
from vigie.nlp.comments import article_only, comments_start
from vigie.pipeline import analyze

ARTICLE = ("Les dockers de Kestrel ont bloqué le port lundi, a indiqué le syndicat.\n"
           "Selon la préfecture, 300 camions sont à l'arrêt.\n")
COMMENTS = ("Le 18 mars 2021 à 14h05, kestrelfan a écrit : « Bravo aux dockers », 5000 emplois en jeu.\n"
            "At 4:02 pm on 18 Mar 2021 , Paul wrote : Mme Abadie a déclaré que tout ira bien.")


def test_comments_begin_at_the_first_header_that_opens_a_line():
    assert comments_start(ARTICLE + COMMENTS) == len(ARTICLE)
    assert comments_start(ARTICLE) is None
    # a newspaper naming its writer in several words is no comment
    assert comments_start("In a letter sent at 10:30 on Monday , the union wrote : the port stays shut .") is None


def test_the_extractors_read_the_article_and_the_text_keeps_everything():
    doc = make_document(ARTICLE + COMMENTS, lang="fr", published="2021-03-18")
    analysis = analyze(doc)
    assert analysis.doc.text == ARTICLE + COMMENTS.strip()
    cut = len(ARTICLE)
    for found in (analysis.quotes, analysis.figures, analysis.timexes, analysis.mentions):
        assert all(item.start < cut for item in found)
    assert [f.value for f in analysis.figures] == [300]
    assert "Abadie" not in {e.name for e in analysis.entities}


def test_blanking_keeps_offsets_and_lines():
    doc = make_document(ARTICLE + COMMENTS, lang="fr")
    article = article_only(doc)
    assert len(article.text) == len(doc.text) and article.text.count("\n") == doc.text.count("\n")
    assert article.text.startswith(ARTICLE) and not article.text[len(ARTICLE):].strip()
    assert article_only(make_document(ARTICLE, lang="fr")).text == ARTICLE.strip()
