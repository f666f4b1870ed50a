"""Entity resolution across documents. Every article here is invented for the tests."""
from __future__ import annotations

from vigie.corpus.entities import resolve, resolve_entities
from vigie.ingest import make_document
from vigie.model import Analysis
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
