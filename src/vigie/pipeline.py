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
from vigie.nlp.events import find_events
from vigie.nlp.figures import find_figures
from vigie.nlp.names import find_entities
from vigie.nlp.quotes import find_quotes
from vigie.nlp.time import date_document, date_sentences, reanchor, tag_document


def analyze(doc: Document) -> Analysis:
    """Run every extractor over `doc` and return what they found (`doc.published` may be narrowed)."""
    analysis = Analysis(doc)
    analysis.timexes = tag_document(doc)
    published = date_document(doc, analysis.timexes)
    if reanchor(published, doc.published):
        # Relative dates ("mardi") read against a month are vague; against the day now known they are exact.
        doc.published = published
        analysis.timexes = tag_document(doc)
    doc.published = published
    analysis.sentence_times = date_sentences(doc, analysis.timexes)
    analysis.mentions, analysis.entities = find_entities(doc)
    analysis.quotes = find_quotes(doc, analysis.mentions, analysis.entities)
    analysis.figures = find_figures(doc, analysis.mentions, analysis.entities, analysis.timexes)
    analysis.events = find_events(analysis)
    return analysis
