"""The per-document analysis: every extractor of `vigie.nlp`, in the order their inputs require.

`analyze` is a pure function of one `Document`, so the engines can map it over a
process pool or Spark partitions.

    time     → timexes, the document's date narrowed from its text, each sentence's date
    names    → mentions and entities (needed by quotes and figures for speakers and sources)
    quotes   → who said what
    figures  → what was counted, by whom, when (uses the timexes for periods)
    events   → the sentences reporting something happening, with the above inside them
"""
from __future__ import annotations

from vigie.model import Analysis, Document
from vigie.nlp.comments import article_only
from vigie.nlp.events import find_events
from vigie.nlp.figures import find_figures
from vigie.nlp.names import find_entities
from vigie.nlp.quotes import find_quotes
from vigie.nlp.time import date_document, date_sentences, reanchor, tag_document


def analyze(doc: Document) -> Analysis:
    """Run every extractor over `doc` and return what they found (`doc.published` may be narrowed).

    The extractors read the article, not the readers' comments a scraped page keeps under it."""
    article = article_only(doc)
    analysis = Analysis(article)
    analysis.timexes = tag_document(article)
    published = date_document(article, analysis.timexes)
    if reanchor(published, article.published):
        # Relative dates ("mardi") read against a month are vague; against the day now known they are exact.
        article.published = published
        analysis.timexes = tag_document(article)
    article.published = doc.published = published
    analysis.sentence_times = date_sentences(article, analysis.timexes)
    analysis.mentions, analysis.entities = find_entities(article)
    analysis.quotes = find_quotes(article, analysis.mentions, analysis.entities)
    analysis.figures = find_figures(article, analysis.mentions, analysis.entities, analysis.timexes)
    analysis.events = find_events(analysis)
    analysis.doc = doc
    return analysis
