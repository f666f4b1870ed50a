"""Optional: the entities of an installed spaCy NER model, as extra name candidates.

Set VIGIE_SPACY_MODEL to the name of an installed pipeline (e.g. "fr_core_news_md");
`model_spans(text)` then returns its PER/ORG/LOC entities as (start, end, type)
triples that `vigie.nlp.names` adds where its own rules found nothing. Nothing is
downloaded: when the setting is empty or the model is not installed, it returns
nothing, and vigie works on its rules alone.
"""
from __future__ import annotations

import logging
from functools import cache

from vigie.config import setting

log = logging.getLogger(__name__)

# spaCy's labels (WikiNER models use PER/ORG/LOC/MISC, OntoNotes ones PERSON/ORG/GPE/LOC…).
LABELS = {"PER": "person", "PERSON": "person", "ORG": "organization", "LOC": "place", "GPE": "place"}


@cache
def _model(name: str):
    if not name:
        return None
    try:
        import spacy

        return spacy.load(name, exclude=["lemmatizer", "parser", "tagger", "morphologizer", "attribute_ruler"])
    except (ImportError, OSError, ValueError) as error:
        log.warning("VIGIE_SPACY_MODEL=%s cannot be loaded (%s); names use vigie's rules only", name, error)
        return None


def model_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, type) of the configured spaCy model's person, organisation and place entities."""
    nlp = _model(setting("VIGIE_SPACY_MODEL").strip())
    if nlp is None or not text:
        return []
    return [(ent.start_char, ent.end_char, LABELS[ent.label_]) for ent in nlp(text).ents if ent.label_ in LABELS]
