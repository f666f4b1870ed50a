"""Who an attribution names: the subject of a passive of quoting, the source of "selon". The articles here are
invented for the tests (events and people are fictional)."""
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


# Invented: "X was quoted by Y as saying" is X's; Y only relays it.
@pytest.mark.parametrize("text, lang, names, content, speaker", [
    ("Le ministre Paul Granier a été cité par l'AFP comme disant que la digue tiendrait jusqu'à jeudi.", "fr",
     [("Paul Granier", "person"), ("AFP", "organization")], "la digue tiendrait jusqu'à jeudi", "Paul Granier"),
    ("`` The dam will hold until Thursday , '' chief engineer Paul Whitby was quoted as saying by Reuters .", "en",
     [("Paul Whitby", "person"), ("Reuters", "organization")], "The dam will hold until Thursday", "Paul Whitby"),
    ("`` The dam will hold , '' Mr Whitby is quoted by the Tarnville Herald as saying on 30 May .", "en",
     [("Whitby", "person"), ("Tarnville Herald", "organization")], "The dam will hold", "Whitby"),
    ("The plant will reopen next week , city officials were quoted by local media as saying .", "en", [],
     "The plant will reopen next week", "city officials"),
])
def test_the_subject_of_a_passive_of_quoting_speaks(text, lang, names, content, speaker):
    quotes = _with_names(text, lang, names)
    assert [(q.text.strip(" ,"), q.speaker.text if q.speaker else None) for q in quotes] == [(content, speaker)]


# Invented: "selon"/"according to" a rule, a custom or a point of view names no source.
@pytest.mark.parametrize("text, lang", [
    ("Les terres sont partagées selon des critères que le conseil n'a pas à justifier.", "fr"),
    ("Ils veulent vivre selon leurs us et coutumes.", "fr"),
    ("Légitimes ou non, c'est selon les points de vue de chacun.", "fr"),
    ("The animals were slaughtered according to tradition .", "en"),
    ("Land is shared according to the criteria of the council .", "en"),
])
def test_a_rule_or_a_custom_is_no_source(text, lang):
    assert [q.speaker.text for q in _with_names(text, lang, []) if q.speaker] == []


# Invented: a name after the comma of a plural source is what the source says, not its apposition.
@pytest.mark.parametrize("text, lang, names, speaker, content", [
    ("Selon les rebelles, Karim Tarnawi, un des fils du dirigeant, aurait été tué dans la nuit.", "fr",
     [("Karim Tarnawi", "person")], "les rebelles", "Karim Tarnawi, un des fils du dirigeant, aurait été tué"),
    ("According to several witnesses , Paul Whitby , the mayor , left the town on Monday .", "en",
     [("Paul Whitby", "person")], "several witnesses", "Paul Whitby , the mayor , left the town"),
])
def test_a_name_after_a_plural_source_is_what_it_says(text, lang, names, speaker, content):
    quotes = _with_names(text, lang, names)
    assert [q.speaker.text for q in quotes] == [speaker]
    assert quotes[0].text.startswith(content)


# Invented: one person's "selon lui" is the last person named before it, not a body named after that person.
def test_selon_lui_is_the_person_before_a_body():
    text = "Paul Tarnawi assimile les rebelles au Front du Nord, qui selon lui menace toute la région."
    quotes = _with_names(text, "fr", [("Paul Tarnawi", "person"), ("Front du Nord", "organization")])
    assert [q.speaker.text for q in quotes if q.verb == "selon"] == ["Paul Tarnawi"]


def _entities(quotes):
    return [(q.speaker.text, q.speaker.entity) for q in quotes if q.speaker]


# Invented: a title with its country is the person the document ties to that country, never another one; left
# unresolved when nothing ties anyone to it.
def test_a_title_with_its_country_is_no_person_of_another():
    other = ("Le président mauritanien Karim Ould Tarna a reçu les médiateurs à Nouakchott. Le président vénézuélien "
             "juge l'intervention «irresponsable».")
    assert {e for _, e in _entities(_with_names(other, "fr", [("Karim Ould Tarna", "person")]))} == {None}
    same = ("Paul Tarnoglu, le chef de la diplomatie turque, est à Benghazi. Le ministre turc des Affaires étrangères "
            "a reconnu que son pays avait «traîné les pieds».")
    assert {e for _, e in _entities(_with_names(same, "fr", [("Paul Tarnoglu", "person")]))} == {"e0"}
    english = ("Karim Ould Tarna met the mediators in Nouakchott on Monday .\nThe Venezuelan president said the "
               "strikes were irresponsible .")
    assert _entities(_with_names(english, "en", [("Karim Ould Tarna", "person")])) == [("The Venezuelan president", None)]
