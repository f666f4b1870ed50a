"""One contract over every extractor: a list of records, offsets inside the text, nothing from empty
text, the same output for the same input, and no exception on any text."""
import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vigie.ingest import make_document
from vigie.nlp.figures import find_figures
from vigie.nlp.names import find_entities
from vigie.nlp.quotes import find_quotes
from vigie.nlp.time import date_sentences, find_timexes, tag_document
from vigie.pipeline import analyze

ARTICLE = (
    "Article inventé pour les tests. Le maire de Dole, Pierre Lenoir, a annoncé mardi 4 mars 2025 "
    "l'évacuation de 1 200 habitants, selon la préfecture du Jura. « Nous ne prendrons aucun risque », "
    "a-t-il déclaré. Plus de 30 maisons ont été inondées depuis dimanche, d'après les pompiers.\n\n"
    "The river could rise another 40 centimetres by Friday, the Météo-France forecaster said.")


def extractors(doc):
    """Each extractor's records, given what the extractors before it found."""
    timexes = tag_document(doc)
    mentions, entities = find_entities(doc)
    return {
        "find_timexes": find_timexes(doc.text, doc.published.date, doc.lang),
        "tag_document": timexes,
        "date_sentences": date_sentences(doc, timexes),
        "find_entities.mentions": mentions,
        "find_entities.entities": entities,
        "find_quotes": find_quotes(doc, mentions, entities),
        "find_figures": find_figures(doc, mentions, entities, timexes),
    }


def spans(record):
    if hasattr(record, "start") and hasattr(record, "end"):
        yield record.start, record.end
    for pair in getattr(record, "mentions", []):
        yield pair


def check(doc):
    found = extractors(doc)
    for name, records in found.items():
        assert isinstance(records, list), name
        for record in records:
            assert dataclasses.is_dataclass(record), name
            for start, end in spans(record):
                if start is not None:
                    assert 0 <= start <= end <= len(doc.text), (name, record)
    return found


def test_offsets_inside_the_text_and_same_output_for_same_input():
    doc = make_document(ARTICLE, published="2025-03-05")
    first = check(doc)
    assert all(first[k] for k in ("find_timexes", "find_entities.entities", "find_quotes", "find_figures"))
    assert check(make_document(ARTICLE, published="2025-03-05")) == first


@pytest.mark.parametrize("text", ["", " ", "\n\n"])
def test_empty_text_gives_nothing(text):
    doc = make_document(text)
    assert all(records == [] for records in check(doc).values())
    assert analyze(doc).timexes == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)
       | st.lists(st.sampled_from(["Le", "président", "« Non »", "a-t-il", "dit", "M.", "Trump", "3", "000",
                                   "mars", "2025", "selon", "l'ONU", ",", ".", "\n\n", "morts", "dont", "hier",
                                   "(", ")", "'", '"', "Abou", "al-", "plus de", "%", "km2"]),
                  max_size=60).map(" ".join))
def test_never_raises_on_any_text(text):
    check(make_document(text, published="2024-06-01"))
