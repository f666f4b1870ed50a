"""Entity resolution across documents. Every article here is invented for the tests."""
from __future__ import annotations

import os
import subprocess
import sys

from vigie.corpus.entities import resolve, resolve_entities
from vigie.ingest import make_document
from vigie.model import Analysis, Entity, Geo
from vigie.nlp.namekey import fold
from vigie.nlp.names import find_entities

ARTICLES = [
    "Le général Salim Haddad a pris le commandement à Homs. Le président Bachar El Assad l'a reçu à Damas.",
    "Salim Haddad a démissionné, selon l'Observatoire syrien des droits de l'homme (OSDH). Al-Assad n'a pas réagi.",
    "Le général Haddad était critiqué par l'OSDH. La ville de Homs reste sous contrôle. Les proches de Youssef Karam se taisent.",
    "A Maaret al-Nouman, Youssef Karam a été arrêté.",
]


def analyses():
    result = []
    for text in ARTICLES:
        doc = make_document(text, lang="fr", published="2020-01")
        result.append(Analysis(doc, mentions=(found := find_entities(doc))[0], entities=found[1]))
    return result


def test_spellings_across_documents_are_one_entity():
    entities, index = resolve(analyses())
    by_id = {e.id: e for e in entities}
    assad = by_id["kb:assad-bashar"]
    assert {d for d, _, _ in assad.mentions} == {a.doc.id for a in analyses()[:2]}
    haddad = [e for e in entities if e.type == "person" and "Haddad" in e.name]
    assert len(haddad) == 1 and len({d for d, _, _ in haddad[0].mentions}) == 3
    osdh = by_id["kb:sohr"]
    assert "OSDH" in osdh.aliases and len(osdh.mentions) == 3
    homs = [e for e in entities if e.name == "Homs"]
    assert len(homs) == 1 and homs[0].id.startswith("gn:")


def test_index_maps_every_document_entity():
    result = analyses()
    entities, index = resolve(result)
    ids = {e.id for e in entities}
    for analysis in result:
        for entity in analysis.entities:
            assert index[(analysis.doc.id, entity.id)] in ids
        for mention in analysis.mentions:
            corpus_id = index[(analysis.doc.id, mention.entity)]
            entity = next(e for e in entities if e.id == corpus_id)
            assert (analysis.doc.id, mention.start, mention.end) in entity.mentions


def test_ids_are_stable_and_input_order_free():
    first = {e.id for e in resolve_entities(analyses())}
    second = {e.id for e in resolve_entities(list(reversed(analyses())))}
    assert first == second


def test_empty_corpus():
    assert resolve([]) == ([], {})


# Invented articles on one story, in English and in French.
STORY_EN = [
    "President Bashar al-Assad visited Damascus. Assad said the United States must leave. Damascus was calm.",
    "DAMASCUS - The United Nations asked Bashar al-Assad to open the roads around Damascus.",
    "The United States sent an envoy to Damascus, where Assad received him.",
]
STORY_FR = [
    "Le président Bachar al-Assad était à Damas. Assad a exigé le départ des Etats-Unis.",
    "L'ONU a demandé à Bachar al-Assad d'ouvrir les routes autour de Damas. Assad n'a pas répondu.",
    "Les Etats-Unis ont envoyé un émissaire à Damas, où Bachar al-Assad l'a reçu.",
]


def story(texts_langs):
    result = []
    for text, lang in texts_langs:
        doc = make_document(text, lang=lang, published="2020-01")
        mentions, entities = find_entities(doc)
        result.append(Analysis(doc, mentions=mentions, entities=entities))
    return result


def test_a_mixed_corpus_names_entities_in_the_language_of_most_mentions():
    english_heavy = story([(t, "en") for t in STORY_EN] + [(STORY_FR[0], "fr")])
    by_id = {e.id: e for e in resolve_entities(english_heavy)}
    assert by_id["kb:assad-bashar"].name == "Bashar al-Assad"
    assert "Bachar al-Assad" in by_id["kb:assad-bashar"].aliases
    assert by_id["kb:place-us"].name == "United States" and "Etats-Unis" in by_id["kb:place-us"].aliases
    damascus = [e for e in by_id.values() if e.id.startswith("gn:") and "Damas" in [e.name, *e.aliases]]
    assert len(damascus) == 1 and damascus[0].name == "Damascus"

    french_heavy = story([(t, "fr") for t in STORY_FR] + [(STORY_EN[0], "en")])
    by_id = {e.id: e for e in resolve_entities(french_heavy)}
    assert by_id["kb:assad-bashar"].name == "Bachar al-Assad"
    assert "Bashar al-Assad" in by_id["kb:assad-bashar"].aliases
    assert by_id["kb:place-us"].name == "Etats-Unis" and "United States" in by_id["kb:place-us"].aliases
    assert by_id["kb:un"].name == "Organisation des Nations unies"
    damascus = [e for e in by_id.values() if e.id.startswith("gn:") and "Damascus" in [e.name, *e.aliases]]
    assert len(damascus) == 1 and damascus[0].name == "Damas"


def test_a_tie_between_languages_goes_to_french_and_ids_stay_kb_ids():
    tied = story([("Bashar al-Assad spoke.", "en"), ("Bachar al-Assad a parlé.", "fr")])
    entities = resolve_entities(tied)
    assad = next(e for e in entities if e.kb_id == "assad-bashar")
    assert assad.id == "kb:assad-bashar"
    assert assad.name == "Bachar al-Assad" and assad.aliases == ["Bashar al-Assad"]
    assert resolve_entities(list(reversed(tied)))[0].name == assad.name


def test_a_name_in_capitals_gives_way_to_its_lower_case_spelling():
    datelines = story([("DAMASCUS - Talks resumed.", "en"), ("DAMASCUS - Talks failed.", "en"),
                       ("Envoys left Damascus on Monday.", "en")])
    damascus = [e for e in resolve_entities(datelines) if fold(e.name) == "damascus"]
    assert len(damascus) == 1 and damascus[0].name == "Damascus" and damascus[0].aliases == ["DAMASCUS"]


def test_a_compound_surname_alone_joins_the_only_full_name_ending_with_it():
    texts = ["La maire de Valbrune, Odile Ferrand-Messaoud, a ordonné l'évacuation lundi.",
             "« Nous n'avons jamais vu cela », a déclaré Mme Ferrand-Messaoud mardi à Valbrune."]
    result = []
    for text in texts:
        doc = make_document(text, lang="fr", published="2031-03")
        result.append(Analysis(doc, mentions=(found := find_entities(doc))[0], entities=found[1]))
    mayor = [e for e in resolve_entities(result) if "Ferrand-Messaoud" in e.name]
    assert len(mayor) == 1 and mayor[0].name == "Odile Ferrand-Messaoud"
    assert {d for d, _, _ in mayor[0].mentions} == {a.doc.id for a in result}


def _told(doc_id: str, *entities: Entity) -> Analysis:
    return Analysis(make_document(f"Invented article {doc_id}.", lang="en"), entities=list(entities))


def test_a_surname_alone_is_the_person_the_corpus_names_far_more_than_its_namesakes():
    def person(name, mentions):
        return Entity(name.lower().replace(" ", "-"), "person", name, mentions=[(0, 1)] * mentions)

    corpus = [
        _told("a", person("Nora Blair", 30)), _told("b", person("Ian Blair", 2)),
        _told("c", person("Blair", 3)),
        # the gazetteer's small Scottish town, in an article naming her only by surname
        _told("d", Entity("blair-town", "place", "Blair", mentions=[(0, 1)] * 2, geo=Geo(56.8, -3.8, "GB", 2655394))),
        # a surname named far more often than the only full name bearing it is someone else
        _told("e", person("Ada Varn", 1)), _told("f", person("Varn", 15)),
    ]
    entities, index = resolve(corpus)
    assert index[(corpus[2].doc.id, "blair")] == index[(corpus[0].doc.id, "nora-blair")]
    nora = next(e for e in entities if e.name == "Nora Blair")
    assert nora.type == "person" and nora.geo is None and len(nora.mentions) == 35
    assert index[(corpus[3].doc.id, "blair-town")] == nora.id
    assert index[(corpus[5].doc.id, "varn")] != index[(corpus[4].doc.id, "ada-varn")]


def test_a_short_given_name_and_the_full_one_are_one_person_across_documents():
    def person(name):
        return Entity(name.lower().replace(" ", "-"), "person", name, mentions=[(0, 1)])

    corpus = [_told("a", person("Michael Varnell")), _told("b", person("Mike Varnell")),
              _told("c", person("Bill Ostrander")), _told("d", person("William Ostrander")),
              # different given names stay different people
              _told("e", person("Mary Varnell")), _told("f", person("Mike Ostrander"))]
    entities, index = resolve(corpus)
    ids = [index[(a.doc.id, a.entities[0].id)] for a in corpus]
    assert ids[0] == ids[1] and ids[2] == ids[3]
    assert len({ids[0], ids[2], ids[4], ids[5]}) == 4


_RESOLVE_TWO_FRAMES = """
from vigie.corpus.entities import resolve
from vigie.ingest import make_document
from vigie.model import Analysis, Entity

def told(doc_id, entity):
    return Analysis(make_document(f"Invented article {doc_id}.", lang="en"), entities=[entity])

corpus = [told("a", Entity("x", "place", "Maaret Noomane", mentions=[(0, 1)])),
          told("b", Entity("y", "place", "Khan Sheikhoun", mentions=[(0, 1)])),
          told("c", Entity("z", "place", "Ville Zed", aliases=["Maarat al-Numan", "Khan Shaykhun"], mentions=[(0, 1)]))]
print(resolve(corpus)[1][(corpus[2].doc.id, "z")])
"""


def test_a_name_spelled_like_two_entities_joins_the_same_one_whatever_the_hash_seed():
    # Invented places: the third is written like both others; which one it joins must not hang on the order of a
    # set, which the interpreter's hash seed changes from run to run.
    joined = set()
    for seed in range(6):
        out = subprocess.run([sys.executable, "-c", _RESOLVE_TWO_FRAMES], capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONHASHSEED": str(seed)})
        joined.add(out.stdout.strip())
    assert joined == {"place:khan-sheikhoun"}
