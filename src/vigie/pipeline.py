"""The per-document analysis: every extractor of `vigie.nlp`, in the order their inputs require.

`analyze` is a pure function of one `Document`, so the engines can map it over a
process pool or Spark partitions.
"""
from __future__ import annotations

from vigie.model import Analysis, Document


def analyze(doc: Document) -> Analysis:
    """Run every extractor over `doc` and return what they found."""
    analysis = Analysis(doc)
    # [time]
    from vigie.nlp.time import date_document, date_sentences, reanchor, tag_document
    analysis.timexes = tag_document(doc)
    published = date_document(doc, analysis.timexes)
    if reanchor(published, doc.published):
        doc.published = published
        analysis.timexes = tag_document(doc)
    doc.published = published
    analysis.sentence_times = date_sentences(doc, analysis.timexes)
    # [names]
    from vigie.nlp.names import find_entities
    analysis.mentions, analysis.entities = find_entities(doc)
    # [quotes]
    from vigie.nlp.quotes import find_quotes
    analysis.quotes = find_quotes(doc, analysis.mentions, analysis.entities)
    # [figures]
    from vigie.nlp.figures import find_figures
    analysis.figures = find_figures(doc, analysis.mentions, analysis.entities, analysis.timexes)
    return analysis
