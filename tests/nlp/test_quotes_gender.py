"""A gendered pronoun resolves to no one the text gives the other gender. The articles here are invented for the
tests (events and people are fictional)."""
from __future__ import annotations

import pytest

from vigie.ingest.document import make_document
from vigie.model import Entity, Mention
from vigie.nlp.quotes import find_quotes


def _with_names(text: str, lang: str, names: list[tuple[str, str]]):
    """find_quotes over `text` with a mention and an entity for each (name, type), at its first place."""
    mentions, entities = [], []
    for i, (name, kind) in enumerate(names):
        start = text.index(name)
        mentions.append(Mention(start, start + len(name), name, kind, f"e{i}"))
        entities.append(Entity(f"e{i}", kind, name))
    return find_quotes(make_document(text, lang=lang), mentions, entities)


def _speaker_of(quotes, fragment):
    found = [q for q in quotes if fragment in q.text]
    assert found, fragment
    return found[0].speaker.text if found[0].speaker else None


# Invented: the pronoun's gender against what the text tells of each person (an honorific, a gendered noun,
# a feminine determiner before a title, a common given name).
@pytest.mark.parametrize("text, lang, names, fragment, speaker", [
    ("M. Paul Granier a reçu la juge Claire Dorne à Tarnville mercredi. « Nous avons parlé de tout », "
     "souligne-t-elle.", "fr", [("Paul Granier", "person"), ("Claire Dorne", "person")], "parlé de tout",
     "Claire Dorne"),
    ("Le président Mohamed Tarnawi a reçu la ministre Lina Dorne mercredi. « Rien n'est réglé », lâche-t-elle.",
     "fr", [("Mohamed Tarnawi", "person"), ("Lina Dorne", "person")], "Rien n'est", "Lina Dorne"),
    ("Ms. Jane Whitford toured the dam on Monday .\n`` The pumps are running , '' John Tarnby said .\n"
     "`` We will stay , '' she said .", "en", [("Jane Whitford", "person"), ("John Tarnby", "person")],
     "We will stay", "Jane Whitford"),
    ("Mary Dorne toured the dam on Monday .\n`` The pumps are running , '' Mr. Paul Whitby said .\n"
     "`` We will stay , '' she said .", "en", [("Mary Dorne", "person"), ("Paul Whitby", "person")],
     "We will stay", "Mary Dorne"),
])
def test_a_gendered_pronoun_skips_a_person_of_the_other_gender(text, lang, names, fragment, speaker):
    assert _speaker_of(_with_names(text, lang, names), fragment) == speaker


# Invented: with a sole candidate of the other gender the pronoun stays unresolved rather than wrong.
@pytest.mark.parametrize("text, lang, names, fragment", [
    ("Par Seif Tarnawi, 7 juillet. A la sortie de l'hôpital, une doctoresse interpelle les journalistes. "
     "« Où sont vos collègues ? », demande-t-elle.", "fr", [("Seif Tarnawi", "person")], "Où sont"),
    ("Barack Tarnby was in Tarnville on Monday .\n`` We have no freedom here , '' she said .", "en",
     [("Barack Tarnby", "person")], "no freedom"),
])
def test_a_gendered_pronoun_takes_no_one_of_the_other_gender(text, lang, names, fragment):
    speaker = _speaker_of(_with_names(text, lang, names), fragment)
    assert speaker is None or speaker.lower() in ("elle", "she")

