"""Persons, organisations and places in one document. Every article here is invented for the tests."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vigie.ingest import make_document
from vigie.model import Document
from vigie.nlp.names import find_entities

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
needs_shared = pytest.mark.skipif(not SEEDS.exists(), reason="../shared is absent (evaluation data lives there)")

# Invented article: every spelling of one man, one province and one organisation.
SYRIA_FR = """Bachar El Assad prépare une offensive sur Idlib, selon des diplomates.

Le président Bachar Al Assad a reçu mardi à Damas des émissaires. Les troupes de Bachar al-Assad ont bombardé Idleb et la ville de Saraqeb, selon l'Observatoire syrien des droits de l'homme (OSDH). L'OSDH a compté 40 morts. Al-Assad nie toute frappe sur des civils.

« La situation est terrible », témoigne Abou Karim, déplacé syrien du village d'al-Mazraa. Moscou a dénoncé des « provocations ». A Ankara, le porte-parole de la présidence turque, Selim Arslan, a appelé au calme. Le président américain Donald Trump a promis une réponse ; le président américain a ensuite écrit sur Twitter. « Nous surveillons », a dit Sam Reller, expert à l'International Crisis Group.
"""


def doc(text: str, lang: str = "fr", published: str | None = "2019-12") -> Document:
    return make_document(text, lang=lang, published=published)


def by_name(entities):
    return {e.name: e for e in entities}


@pytest.fixture(scope="module")
def syria():
    return find_entities(doc(SYRIA_FR))


def test_every_spelling_of_one_person_is_one_entity(syria):
    mentions, entities = syria
    assad = [e for e in entities if e.kb_id == "assad-bashar"]
    assert len(assad) == 1
    texts = {m.text for m in mentions if m.entity == assad[0].id}
    assert {"Bachar El Assad", "Bachar Al Assad", "Bachar al-Assad", "Al-Assad"} <= texts
    assert assad[0].type == "person"


def test_province_spellings_and_acronym_merge(syria):
    mentions, entities = syria
    idlib = [e for e in entities if e.type == "place" and {"Idlib", "Idleb"} & {e.name, *e.aliases}]
    assert len(idlib) == 1 and {"Idlib", "Idleb"} <= {e for e in [idlib[0].name, *idlib[0].aliases]}
    assert idlib[0].geo is not None and idlib[0].geo.country == "SY"
    osdh = [e for e in entities if "OSDH" in [e.name, *e.aliases]]
    assert len(osdh) == 1 and osdh[0].type == "organization"
    assert sum(1 for m in mentions if m.entity == osdh[0].id) == 3


def test_roles_and_affiliations(syria):
    _, entities = syria
    arslan = by_name(entities)["Selim Arslan"]
    assert {"role": "porte-parole", "affiliation": "présidence turque"} in arslan.roles
    expert = next(e for e in entities if e.name == "Sam Reller")
    assert expert.type == "person"
    assert {"role": "expert", "affiliation": "International Crisis Group"} in expert.roles
    displaced = by_name(entities)["Abou Karim"]
    assert displaced.roles and displaced.roles[0]["role"] == "déplacé syrien"
    assert displaced.roles[0]["affiliation"] == "al-Mazraa"


def test_unresolved_village_keeps_a_parent(syria):
    _, entities = syria
    village = by_name(entities)["al-Mazraa"]
    assert village.type == "place" and village.geo is None
    assert village.parent in {e.id for e in entities if e.type == "place" and e.geo is not None}


def test_title_only_reference_joins_the_named_holder(syria):
    mentions, entities = syria
    trump = next(e for e in entities if e.kb_id == "trump-donald")
    nominal = [m for m in mentions if m.nominal]
    assert nominal and all(m.entity == trump.id for m in nominal)
    assert any(m.text.startswith("président américain") for m in nominal)
    assert not any(a.startswith("président") for a in trump.aliases)


def test_capitals_speaking_for_governments_are_metonymy(syria):
    mentions, _ = syria
    flags = {m.text: m.metonymy for m in mentions if m.text in ("Moscou", "Ankara", "Damas")}
    assert flags == {"Moscou": True, "Ankara": False, "Damas": False}
    assert all(m.type == "place" for m in mentions if m.text in flags)


def test_sentence_initial_words_and_peoples_are_not_names():
    mentions, _ = find_entities(doc("Dans la nuit, les Syriens ont fui. Craignant le pire, ils sont partis vers Alep."))
    assert [m.text for m in mentions] == ["Alep"]


def test_unknown_names_are_typed_by_context():
    text = ("M. Marnier a été relâché. Le ministre Karim Belhadj s'est rendu dans la localité de Ras Jdir. "
            "La Fondation Nour pour la paix a salué sa libération, a déclaré Hedi Zaghbani, porte-parole de la Ligue tunisienne.")
    mentions, entities = find_entities(doc(text))
    types = {m.text: m.type for m in mentions}
    assert types["Marnier"] == "person"
    assert types["Karim Belhadj"] == "person"
    assert types["Ras Jdir"] == "place"
    assert types["Hedi Zaghbani"] == "person"
    assert types["Ligue tunisienne"] == "organization"
    assert types["Fondation Nour pour la paix"] == "organization"
    zaghbani = next(e for e in entities if e.name == "Hedi Zaghbani")
    assert zaghbani.roles == [{"role": "porte-parole", "affiliation": "Ligue tunisienne"}]


def test_hama_in_a_syrian_story_is_syrias():
    _, entities = find_entities(doc("Les rebelles syriens ont attaqué Hama, au nord de Damas, et Alep."))
    hama = by_name(entities)["Hama"]
    assert hama.geo.country == "SY" and hama.geo.geonames_id == 170017


def test_english_titles_are_not_part_of_names():
    text = ("Turkish Defence Minister Hulusi Akar met President Joe Biden in Washington. "
            "Biden said the talks went well. The United Nations welcomed the meeting.")
    mentions, entities = find_entities(doc(text, lang="en", published="2022-03"))
    texts = {m.text for m in mentions}
    assert {"Hulusi Akar", "Joe Biden", "Biden", "Washington", "United Nations"} <= texts
    biden = next(e for e in entities if e.kb_id == "biden-joe")
    assert len(biden.mentions) == 2


def test_surname_joins_full_name_of_unknown_person():
    mentions, entities = find_entities(doc("Le général Salim Haddad a été limogé. Haddad dirigeait la garnison de Homs."))
    haddad = [e for e in entities if e.type == "person"]
    assert len(haddad) == 1 and haddad[0].name == "Salim Haddad" and len(haddad[0].mentions) == 2


def test_offsets_point_into_the_text(syria):
    mentions, entities = syria
    text = doc(SYRIA_FR).text
    ids = {e.id for e in entities}
    for m in mentions:
        assert text[m.start:m.end] == m.text
        assert m.entity in ids
    for e in entities:
        assert all(0 <= s < t <= len(text) for s, t in e.mentions)


def test_contract_empty_and_deterministic():
    assert find_entities(Document(id="empty", text="")) == ([], [])
    assert find_entities(Document(id="blank", text="  \n ")) == ([], [])
    d = doc(SYRIA_FR)
    assert find_entities(d) == find_entities(d)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(list("aAbBéÉ lL'’-.,()«»\nMODSHIX0") + ["al-", "Al ", "de ", "(OSDH)", "Moscou ", "à "]),
                max_size=60).map("".join))
def test_never_raises_on_any_text(text):
    mentions, entities = find_entities(Document(id="x", text=text, lang="fr"))
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)


@needs_shared
def test_seeds_actors_once_with_their_spellings():
    entities = []
    for path in sorted(SEEDS.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        m = re.match(r"\s*date (\d{4}-\d{2})", raw)
        d = make_document(raw[m.end():] if m else raw, published=m.group(1) if m else None, lang="fr")
        entities.append(find_entities(d)[1])
    for doc_entities in entities:
        assert sum(1 for e in doc_entities if e.kb_id == "assad-bashar") <= 1
        idlib = [e for e in doc_entities if {"Idlib", "Idleb"} & {e.name, *e.aliases}]
        assert len(idlib) <= 1
        for e in doc_entities:
            if e.type == "place" and e.geo is not None and e.geo.feature_class == "P":
                assert e.geo.country in {"SY", "TR", "IR", "RU", "US", "CN", "KZ"}, e
    assert any(e.kb_id == "sohr" for es in entities for e in es)


def test_optional_model_entities_fill_gaps_only(monkeypatch):
    from vigie.nlp import names, spacy_names

    assert spacy_names.model_spans("Karim Nadir est à Alep.") == []  # no model configured: rules only
    text = "les gens de zorbaville et Alep"
    monkeypatch.setattr(names, "model_spans", lambda t: [(12, 22, "place"), (26, 30, "organization")])
    mentions, _ = find_entities(Document(id="m", text=text, lang="fr"))
    assert {(m.text, m.type) for m in mentions} == {("zorbaville", "place"), ("Alep", "place")}


def test_plural_title_gives_each_listed_name_its_role():
    text = ("Les présidents égyptien, kényan et sénégalais – Omar Farid, Daniel Otieno et Mamadou Sy – "
            "se retrouvent vendredi à Addis-Abeba. Les ministres français, allemand et italien – Anne Morel, "
            "Klaus Weber et Marco Rossi – les rejoindront.")
    _, entities = find_entities(doc(text, published="2024-05"))
    roles = {e.name: e.roles for e in entities if e.type == "person"}
    assert roles["Omar Farid"] == [{"role": "président", "affiliation": "Égypte"}]
    assert roles["Daniel Otieno"] == [{"role": "président", "affiliation": "Kenya"}]
    assert roles["Mamadou Sy"] == [{"role": "président", "affiliation": "Sénégal"}]
    assert roles["Klaus Weber"] == [{"role": "ministre", "affiliation": "Allemagne"}]


def test_english_roles_from_titles_and_appositions():
    text = ("Russian President Vladimir Putin spoke in Sochi. Ankara will not accept new refugees, said "
            "Ibrahim Kalin, the Turkish presidential spokesman.")
    _, entities = find_entities(doc(text, lang="en", published="2019-09"))
    roles = {e.kb_id: e.roles for e in entities if e.type == "person"}
    assert {"role": "president", "affiliation": "Russia"} in roles["putin-vladimir"]
    assert roles["kalin-ibrahim"][0]["role"] == "spokesman"


def test_acronym_spelled_out_in_the_document_beats_the_base():
    text = ("Fighting with the Independent Citizens Guard spread to Omdurman. The ICG said its fighters "
            "took a base, according to Karim Yassin Dallal, widely known as Abu Sakhr.")
    mentions, entities = find_entities(doc(text, lang="en", published="2023-04"))
    guard = {m.entity for m in mentions if m.text in ("Independent Citizens Guard", "ICG")}
    assert len(guard) == 1 and next(e for e in entities if e.id in guard).kb_id != "crisis-group"
    assert len({m.entity for m in mentions if m.text in ("Karim Yassin Dallal", "Abu Sakhr")}) == 1


def test_named_squares_and_article_bearing_names():
    text = "La foule a envahi la place de la Libération. Le Monde et Le New York Times en parlent. Monde arabe."
    mentions, _ = find_entities(doc(text))
    found = {(m.text, m.type) for m in mentions}
    assert ("place de la Libération", "place") in found
    assert ("Le Monde", "organization") in found and ("New York Times", "organization") in found
    assert not any(m.text == "Monde" for m in mentions)


def test_names_joined_over_of_and_initials():
    text = ("A month after the leak in the Gulf of Mexico, the head of the U.S. Minerals Management Service quit, "
            "a spokesman for the Department of the Interior said.")
    mentions, _ = find_entities(doc(text, lang="en", published="2010-05"))
    found = {(m.text, m.type) for m in mentions}
    assert {("Gulf of Mexico", "place"), ("U.S.", "place"), ("Minerals Management Service", "organization"),
            ("Department of the Interior", "organization")} <= found


# Invented articles: the same actors of the knowledge base, written by the English and the French press.
ACTORS_EN = """Syrian President Bashar al-Assad met envoys in Damascus on Tuesday, state media said.
Assad accused the United States and Britain of backing the rebels. The State Department denied it,
and a U.S. envoy left for Beirut. The United Nations called for a ceasefire, while the Baath Party rallied its members.
"""
ACTORS_FR = """Le président syrien Bachar al-Assad a reçu des émissaires mardi à Damas, selon les médias d'Etat.
Assad a accusé les Etats-Unis et le Royaume-Uni de soutenir les rebelles. L'ONU a appelé à un cessez-le-feu,
tandis que le parti Baas a mobilisé ses membres.
"""


@pytest.mark.parametrize("text, lang, expected", [
    (ACTORS_EN, "en", {"assad-bashar": "Bashar al-Assad", "place-us": "United States", "place-uk": "United Kingdom",
                       "un": "United Nations", "baath": "Baath Party", "state-department": "State Department"}),
    (ACTORS_FR, "fr", {"assad-bashar": "Bachar al-Assad", "place-us": "Etats-Unis", "place-uk": "Royaume-Uni",
                       "un": "Organisation des Nations unies", "baath": "Baas"}),
])
def test_actors_are_named_in_the_language_of_the_article(text, lang, expected):
    _, entities = find_entities(doc(text, lang=lang))
    names = {e.kb_id: e.name for e in entities if e.kb_id}
    assert {kb: names.get(kb) for kb in expected} == expected


def test_other_spellings_stay_aliases():
    _, entities = find_entities(doc(ACTORS_EN, lang="en"))
    us = next(e for e in entities if e.kb_id == "place-us")
    assert "U.S." in us.aliases and "Etats-Unis" not in us.aliases


def test_the_language_name_is_a_spelling_of_the_actor():
    # "Elysee Palace" is the base's English name of the Elysée, not one of its aliases
    _, entities = find_entities(doc("A spokesman for the Elysee Palace said Paris would not comment.", lang="en"))
    assert any(e.kb_id == "elysee" and e.name == "Elysee Palace" for e in entities)


def test_every_knowledge_base_name_is_filled():
    from vigie.nlp.name_lexicon import knowledge_base

    for actor in knowledge_base().actors.values():
        assert actor.name.strip() and actor.display_name("en").strip()
        assert set(actor.names) <= {"en"}, actor.id
        assert all(n != actor.name for n in actor.names.values()), actor.id


def test_a_mixed_case_acronym_keeps_its_capitals():
    text = "Let the talks begin, the mediator said. Officers blamed the LeT for the attack."
    _, entities = find_entities(doc(text, lang="en"))
    lashkar = [e for e in entities if e.kb_id == "lashkar"]
    start = text.index("LeT")
    assert len(lashkar) == 1 and lashkar[0].mentions == [(start, start + 3)]


def test_a_surname_the_base_knows_as_someone_else_follows_the_full_name_of_the_article():
    # Invented sentences about real public figures.
    doc = make_document("Former president Bill Clinton visited the camp on Monday. Mr Clinton, now a special "
                        "envoy, promised more aid to the families.", lang="en")
    _, entities = find_entities(doc)
    (clinton,) = [e for e in entities if "Clinton" in e.name]
    assert clinton.name == "Bill Clinton" and clinton.kb_id is None and len(clinton.mentions) == 2
    doc = make_document("Hillary Clinton met the envoys on Monday. Clinton said the talks would go on.", lang="en")
    _, entities = find_entities(doc)
    (clinton,) = [e for e in entities if "Clinton" in e.name]
    assert clinton.kb_id == "clinton-hillary" and len(clinton.mentions) == 2


def test_a_place_of_two_letters_unknown_to_the_knowledge_base_is_no_place():
    # Invented: a photo credit for a handout and a Bible reference, neither a place.
    doc = make_document("Photograph: Ho/Reuters. The pastor quoted Ga 1,17 in Springfield on Sunday.", lang="en")
    names = {e.name for e in find_entities(doc)[1] if e.type == "place"}
    assert not {n for n in names if len(n) <= 2}


def test_letters_spelling_a_word_out_are_no_name():
    # Invented: a web page's heading spelled out letter by letter above an article.
    doc = make_document("Q U E S T I O N S  A N D  A N S W E R S. The mayor, John R. Smith, met J K Rowling "
                        "in Springfield on Monday.", lang="en")
    names = {e.name for e in find_entities(doc)[1]}
    assert {"John R. Smith", "J K Rowling", "Springfield"} <= names
    assert not {n for n in names if all(len(w.rstrip(".")) == 1 for w in n.split())}


def test_initials_spaced_out_are_the_acronym_written_close():
    # Invented sentences.
    doc = make_document("The U. S. military said on Monday that a U. N. convoy had left Springfield.", lang="en")
    found = {e.name: e.kb_id for e in find_entities(doc)[1]}
    assert found.get("United States") and found.get("United Nations")
    assert "U. S." not in found and "U. N." not in found


@pytest.mark.parametrize("text, lang, person", [
    # Invented sentences: given names that are also common words open a person's name.
    ("Tom Harlan, the interior minister, said that 40 homes were flooded.", "en", "Tom Harlan"),
    ("Scott Dean said the dam held.", "en", "Scott Dean"),
    ("The river will rise again, said Ruth Calloway, a hydrologist.", "en", "Ruth Calloway"),
    ("Analysts expect a cut, said Ben Corrigan, an economist at a bank in Springfield.", "en", "Ben Corrigan"),
    ("Hunter Maddox told reporters that the road was cut.", "en", "Hunter Maddox"),
    ("Guy Morel, le maire, a déclaré que la digue avait tenu.", "fr", "Guy Morel"),
    ("Constance Vidal a indiqué que 40 maisons étaient inondées à Valence.", "fr", "Constance Vidal"),
    ("La crue a atteint deux mètres, selon Aurore Lemaire, hydrologue.", "fr", "Aurore Lemaire"),
])
def test_common_given_names_open_a_persons_name(text, lang, person):
    mentions, _ = find_entities(doc(text, lang))
    assert (person, "person") in {(m.text, m.type) for m in mentions}


@pytest.mark.parametrize("text, lang, word", [
    # Invented sentences: words that are also given names, where they name no one.
    ("May the court rule quickly, the lawyers said.", "en", "May"),
    ("Jordan said it would close the border crossing on Monday.", "en", "Jordan"),
    ("Chad's army crossed the river at dawn.", "en", "Chad"),
    ("Will Turkey close its border? Officials in Ankara did not say.", "en", "Will"),
    ("The Abraham Accords were cited by the minister.", "en", "Abraham"),
    ("Analysts at Morgan Stanley cut their forecast.", "en", "Morgan"),
    ("The Mahdi Army withdrew from the city overnight.", "en", "Mahdi"),
    ("He was a Lance Corporal in the reserve.", "en", "Lance"),
    ("Grâce à ces renforts, les rebelles ont avancé vers Syrte.", "fr", "Grâce"),
    ("Les habitants de Lorraine ont été évacués, a dit Serge Ravel.", "fr", "Lorraine"),
    ("Le film a reçu l'Oscar du meilleur second rôle.", "fr", "Oscar"),
])
def test_words_that_are_also_given_names_name_no_one(text, lang, word):
    mentions, _ = find_entities(doc(text, lang))
    assert not [m for m in mentions if m.type == "person" and m.text.split()[0] == word]


@pytest.mark.parametrize("text, lang, name, kind", [
    # Invented sentences: an article opening the sentence does not keep a body's name from joining over "of".
    ("The Ministry of Defence of Korvania said two soldiers were hurt.", "en", "Ministry of Defence of Korvania",
     "organization"),
    ("The Bank of Lorvane said rates would rise.", "en", "Bank of Lorvane", "organization"),
    # A day or a month after "on"/"de" dates the name before it.
    ("The tanker reached the Gulf on Monday.", "en", "Gulf", "place"),
    ("Ships left the Port of Tarvel on Friday.", "en", "Port of Tarvel", "place"),
])
def test_a_name_joined_over_a_particle(text, lang, name, kind):
    mentions = find_entities(make_document(text, lang=lang))[0]
    assert (name, kind) in [(m.text, m.type) for m in mentions], [(m.text, m.type) for m in mentions]


@pytest.mark.parametrize("text, lang, word", [
    # Invented sentences: a storm's given name is no person's (nor an organisation's).
    ("Hurricane Alex reached the coast of Tarvel on Monday.", "en", "Alex"),
    ("Officials said Tropical Storm Bonnie would weaken.", "en", "Bonnie"),
    ("L'ouragan Ophélie a touché la côte de Vallis lundi.", "fr", "Ophélie"),
    ("La tempête Ciaran a privé 20 000 foyers d'électricité.", "fr", "Ciaran"),
])
def test_a_storm_is_named_after_no_one(text, lang, word):
    mentions = find_entities(make_document(text, lang=lang))[0]
    assert not [m for m in mentions if word in m.text], [(m.text, m.type) for m in mentions]


def test_a_body_and_the_city_it_sits_in_are_two_names():
    # Invented sentence.
    mentions = find_entities(make_document("A report by the Institute of Hydrology in Tarvel was published.", lang="en"))[0]
    assert {"Institute of Hydrology", "Tarvel"} <= {m.text for m in mentions}, [m.text for m in mentions]


@pytest.mark.parametrize("text, lang, person", [
    # Invented sentences: a given name that is also a common word or a place opens the name of the person
    # whose surname follows it.
    ("Christian Lindqvar, the finance minister, announced a reform on Monday.", "en", "Christian Lindqvar"),
    ("The reform was announced by Christian Lindqvar in Springfield.", "en", "Christian Lindqvar"),
    ("Grace Mutawendi left Harare on Friday.", "en", "Grace Mutawendi"),
    ("Jordan Bellardi said the party would win the vote.", "en", "Jordan Bellardi"),
    ("Jordan Bellardi a déclaré que le parti gagnerait.", "fr", "Jordan Bellardi"),
    ("Le président du parti, Jordan Bellardi, a déclaré que la liste gagnerait.", "fr", "Jordan Bellardi"),
    ("The envoy met Georgia Pellucci in Rome.", "en", "Georgia Pellucci"),
    ("Victoria Halvorsen, la porte-parole du ministère, n'a pas répondu.", "fr", "Victoria Halvorsen"),
    ("Chad Wilson, a lawyer for the families, said the ruling was unfair.", "en", "Chad Wilson"),
    # a common word after the given name is a surname when the context names a person
    ("The foreign minister Israel Katz said the talks had failed.", "en", "Israel Katz"),
])
def test_a_given_name_that_is_also_a_word_or_a_place_opens_a_persons_name(text, lang, person):
    mentions = find_entities(doc(text, lang))[0]
    assert (person, "person") in {(m.text, m.type) for m in mentions}, [(m.text, m.type) for m in mentions]


@pytest.mark.parametrize("text, lang, word, kind", [
    # Invented sentences: the same words keep their other reading before a common word, a body's or a place's.
    ("The Christian Democrats won the vote in Springfield.", "en", "Christian", None),
    ("Members of the Christian Democratic Union met on Monday.", "en", "Christian", None),
    ("Christian groups said the law was unfair.", "en", "Christian", None),
    ("The show shines a light on the restaurant's Christian DNA.", "en", "Christian", None),
    ("Jordan's army closed the border on Monday.", "en", "Jordan", "place"),
    ("Farmers of the Jordan Valley lost their crops.", "en", "Jordan", None),
    ("La Jordanie a fermé sa frontière lundi.", "fr", "Jordanie", "place"),
    ("Students at Georgia Tech protested on Friday.", "en", "Georgia", "place"),
    ("Des étudiants de Georgia Tech ont manifesté vendredi.", "fr", "Georgia", "place"),
    ("He flew to Florence Italy on Friday.", "en", "Florence", "place"),
    ("Grace Church opened its doors to the evacuees.", "en", "Grace", None),
])
def test_a_given_name_that_is_also_a_word_or_a_place_keeps_its_reading(text, lang, word, kind):
    mentions = find_entities(doc(text, lang))[0]
    found = [(m.text, m.type) for m in mentions if m.text.split()[0] == word]
    assert not [m for m in found if m[1] == "person"], found
    if kind:
        assert (word, kind) in found, found


@pytest.mark.parametrize("text, lang, name", [
    # Invented sentences: islands, gulfs, straits, bays, capes, lakes and mountains named by their head word.
    ("Ferries to the Isle of Wight were cancelled on Monday.", "en", "Isle of Wight"),
    ("Storms closed the Strait of Tarvel and the Bay of Morvane.", "en", "Strait of Tarvel"),
    ("Storms closed the Strait of Tarvel and the Bay of Morvane.", "en", "Bay of Morvane"),
    ("Climbers left Mount Everest and Lake Victoria on Friday.", "en", "Mount Everest"),
    ("Climbers left Mount Everest and Lake Victoria on Friday.", "en", "Lake Victoria"),
    ("A trawler sank off Cape Tarvel.", "en", "Cape Tarvel"),
    ("Rain spread from the British Isles and France as far as Poland.", "en", "British Isles"),
    ("Les ferries vers l'Île de Ré ont été annulés lundi.", "fr", "Île de Ré"),
    ("Des alpinistes ont été secourus sur le Mont Blanc.", "fr", "Mont Blanc"),
    ("Le Golfe d'Aden et le Détroit d'Ormuz restent agités.", "fr", "Golfe d'Aden"),
    ("Les ferries vers les îles Kerguelen ont été annulés.", "fr", "Kerguelen"),
])
def test_a_name_opened_by_a_place_head_is_a_place(text, lang, name):
    mentions = find_entities(doc(text, lang))[0]
    assert (name, "place") in {(m.text, m.type) for m in mentions}, [(m.text, m.type) for m in mentions]


@pytest.mark.parametrize("text, lang, name, kind", [
    # Invented sentences: a body's name ending such a span is the body's.
    ("Officials of the Cape Tarvel Port Authority said the quay was closed.", "en", "Cape Tarvel Port Authority",
     "organization"),
])
def test_a_body_named_after_a_place_head_is_a_body(text, lang, name, kind):
    mentions = find_entities(doc(text, lang))[0]
    assert (name, kind) in {(m.text, m.type) for m in mentions}, [(m.text, m.type) for m in mentions]


@pytest.mark.parametrize("text, lang, names", [
    # Invented sentences: "and" inside one body's name.
    ("The Securities and Exchange Commission said on Monday it would act.", "en",
     [("Securities and Exchange Commission", "organization")]),
    ("A Food and Drug Administration panel approved the vaccine.", "en",
     [("Food and Drug Administration", "organization")]),
    ("Research and Development Agency officials said the tests were over.", "en",
     [("Research and Development Agency", "organization")]),
    ("The Ministry of Trade and Industry of Korvania said exports fell.", "en",
     [("Ministry of Trade and Industry of Korvania", "organization")]),
    ("The Korvanian Association of School and College Leaders met on Friday.", "en",
     [("Korvanian Association of School and College Leaders", "organization")]),
    ("La Securities and Exchange Commission a ouvert une enquête.", "fr",
     [("Securities and Exchange Commission", "organization")]),
    ("Shares of Tarvel & Morvane rose on Monday.", "en", [("Tarvel & Morvane", "organization")]),
    # "and" between two names.
    ("The IMF and World Bank said the debt of Korvania was too high.", "en",
     [("IMF", "organization"), ("World Bank", "organization")]),
    ("The World Bank and IMF said the debt of Korvania was too high.", "en",
     [("World Bank", "organization"), ("IMF", "organization")]),
    ("Reuters and Associated Press reported the blast.", "en",
     [("Reuters", "organization"), ("Associated Press", "organization")]),
    ("The Bank of Tarvel and Bank of Morvane cut their rates.", "en",
     [("Bank of Tarvel", "organization"), ("Bank of Morvane", "organization")]),
    ("Le FMI et la Banque mondiale ont averti la Korvanie.", "fr",
     [("FMI", "organization"), ("Banque mondiale", "organization")]),
    ("Turkey & Syria signed the accord.", "en", [("Turkey", "place"), ("Syria", "place")]),
])
def test_and_joins_one_bodys_name_not_two_names(text, lang, names):
    found = {(m.text, m.type) for m in find_entities(doc(text, lang))[0]}
    assert set(names) <= found, found


@pytest.mark.parametrize("text, lang, credited", [
    # Invented captions: a photo credit names who took the picture, no actor of the story.
    ("Des manifestants ont défilé à Tarvel vendredi. (Photo : OMAR HAJ KADOUR / AFP)", "fr", ["OMAR HAJ KADOUR", "AFP"]),
    ("Protesters marched in Tarvel on Friday. Photo: Omar Haj Kadour / AFP", "en", ["Omar Haj Kadour", "AFP"]),
    ("Rescue workers search the rubble in Tarvel. © Reuters/John Smith", "en", ["John Smith", "Reuters"]),
    ("Rescue workers search the rubble in Tarvel. John Smith/Reuters", "en", ["John Smith", "Reuters"]),
    ("Des secouristes à Tarvel. Crédit : Jean Dupuis / Reuters", "fr", ["Jean Dupuis", "Reuters"]),
    ("Des secouristes à Tarvel. Crédits photo : JEAN DUPUIS/AFP", "fr", ["JEAN DUPUIS", "AFP"]),
    ("La nuit tombe à Tarvel. Photo de Claire Morand, utilisée sous licence libre.", "fr", ["Claire Morand"]),
    ("Le port de Tarvel. © Paul Girard pour Le Journal de Morvane", "fr", ["Paul Girard"]),
])
def test_a_photo_credit_names_no_entity(text, lang, credited):
    mentions = find_entities(doc(text, lang))[0]
    assert not {m.text for m in mentions} & set(credited), [(m.text, m.type) for m in mentions]
    assert "Tarvel" in {m.text for m in mentions}


@pytest.mark.parametrize("text, lang, names", [
    # Invented sentences: the names after a credit, and names that only look like one, stay.
    ("Flooded streets in Tarvel. Photograph: Jane Doe/AP Shares in Morvane Petroleum fell on Monday.", "en",
     ["Morvane Petroleum"]),
    ("Photo credit: AP Barack Obama said the spill was under control.", "en", ["Barack Obama"]),
    ("A Reuters/Ipsos poll showed Barack Obama ahead; Hamas/Fatah talks failed.", "en", ["Reuters", "Hamas", "Fatah"]),
    ("Goldman Sachs Group and Credit Suisse Group advised the bank.", "en", ["Credit Suisse Group"]),
    ("Le Crédit Agricole est exposé à la Grèce.", "fr", ["Crédit Agricole"]),
    ("Un manifestant brandit une photo de Mouammar Kadhafi.", "fr", ["Mouammar Kadhafi"]),
    ("Photo : Barack Obama au Caire, jeudi.", "fr", ["Barack Obama"]),
])
def test_names_outside_a_credit_stay(text, lang, names):
    found = {m.text for m in find_entities(doc(text, lang))[0]}
    assert set(names) <= found, found


def test_a_common_word_in_capitals_is_no_name():
    # Invented lines: shouted words and labels are no bodies; acronyms and cities in capitals stay names.
    text = ("SOURCES: Valmont Gazette. RETWEET if you stand with the people of Tarvel. "
            "LONDON - The UNICEF and NATO officials met OXFAM and CARE workers.")
    found = {m.text for m in find_entities(doc(text, "en"))[0]}
    assert not found & {"SOURCES", "RETWEET"}, found
    assert {"LONDON", "UNICEF", "NATO", "OXFAM", "CARE"} <= found, found


def test_a_shouted_word_that_names_only_a_village_is_no_name():
    # Invented forum lines: a common word in capitals that some hamlet also bears is shouted, not a place or a
    # body; a city's name in capitals stays one.
    text = ("What this valley needs is a LEADER and a plan. Pedro wrote from LONDON that the CORPORATION "
            "behind the dam should pay.")
    found = {m.text for m in find_entities(doc(text, "en"))[0]}
    assert not found & {"LEADER", "CORPORATION"}, found
    assert "LONDON" in found, found


@pytest.mark.parametrize("text, glued, person", [
    # Invented lines: a city's, a body's or a caption's words glued to a person's full name the text writes
    # alone; the person goes apart.
    ("Floods reach Cardiff Anna Ruiz visits the farms. The mayor, Anna Ruiz, said the dam held.",
     "Cardiff Anna Ruiz", "Anna Ruiz"),
    ("Tonight the Radio Anna Ruiz show returns. The host, Anna Ruiz, grew up on a farm.",
     "Radio Anna Ruiz", "Anna Ruiz"),
])
def test_a_name_glued_before_a_full_name_goes_apart(text, glued, person):
    found = [m.text for m in find_entities(doc(text, "en"))[0]]
    assert glued not in found and found.count(person) == 2, found


def test_a_short_common_word_in_capitals_used_once_is_shouted():
    # Invented lines: a four-letter word in capitals is shouted when used once, alone; in brackets after a
    # name, or listed with another acronym, it is one.
    text = ("Dans mon immeuble, nous avions tous PEUR du feu, écrit une lectrice. Le Centre d'études sur la "
            "paix (PAIX) et le HCR ont publié un rapport.")
    found = {m.text for m in find_entities(doc(text, "fr"))[0]}
    assert "PEUR" not in found, found
    assert {"PAIX", "HCR"} <= found, found


@pytest.mark.parametrize("text, lang, regions", [
    # Invented sentences: regions, provinces and islands of ISO 3166-2 are places.
    ("Des orages ont frappé la Bretagne et la Bavière lundi, a indiqué la préfecture de Tarvel.", "fr",
     ["Bretagne", "Bavière"]),
    ("Storms hit Scotland and Cornwall on Monday, British forecasters said.", "en", ["Scotland", "Cornwall"]),
    ("The ferry to the Shetland Islands and Northern Ireland was cancelled.", "en",
     ["Shetland Islands", "Northern Ireland"]),
    ("La crue du Rhône a fait deux morts dans le Vaucluse, a indiqué la préfecture de Tarvel.", "fr",
     ["Rhône", "Vaucluse"]),
])
def test_a_region_is_a_place(text, lang, regions):
    found = {m.text: m.type for m in find_entities(doc(text, lang))[0]}
    assert {r: found.get(r) for r in regions} == {r: "place" for r in regions}, found


def test_le_and_la_after_a_given_name_begin_a_french_surname():
    # Invented sentence: "Le" after a given name opens the surname; an article opening a sentence does not.
    found = {m.text: m.type for m in find_entities(doc(
        "Bruno Le Vaillant a rencontré Marine La Tour à Tarvel. Le Journal de Morvane l'a rapporté.", "fr"))[0]}
    assert found.get("Bruno Le Vaillant") == "person" and found.get("Marine La Tour") == "person", found
    assert "Journal de Morvane" in found or "Le Journal de Morvane" in found, found


def test_a_known_name_ends_on_no_article():
    # Invented lines: a headline without a period before the next sentence's article, and a newspaper after a city.
    found = {m.text for m in find_entities(doc("Floods hit Syria The army sent boats to Aleppo.", "en"))[0]}
    assert {"Syria", "Aleppo"} <= found and "Syria The" not in found, found
    found = {m.text for m in find_entities(doc("Il l'a lu à Paris Le Figaro le lendemain.", "fr"))[0]}
    assert "Paris" in found and "Paris Le" not in found, found


def test_a_title_or_an_age_before_one_word_names_a_person_named_again_alone():
    # Invented sentences: "Professor Varga" and "Eight-year-old Lina" are people; later "Varga" and "Lina" are them.
    mentions = find_entities(doc("Professor Varga said the dyke held. Eight-year-old Lina was rescued in Tarvel. "
                                 "Varga added that Lina was safe.", "en"))[0]
    people = [m.text for m in mentions if m.type == "person"]
    assert people.count("Varga") == 2 and people.count("Lina") == 2, [(m.text, m.type) for m in mentions]
    assert not [m for m in mentions if m.text.startswith(("Professor", "Eight"))]


def test_a_region_named_in_the_article_places_its_towns_in_its_country():
    # Invented sentence: Orange in the Vaucluse is the French town, not the Californian city.
    entities = find_entities(doc("À Orange, dans le Vaucluse, les commerçants ont vidé leurs boutiques.", "fr"))[1]
    orange = [e for e in entities if e.name == "Orange"]
    assert orange and orange[0].geo is not None and orange[0].geo.country == "FR", orange


def test_a_particle_surname_opening_a_sentence_stays_whole_when_the_article_names_the_person():
    # Invented sentences: "Le Vaillant", "De Morvan" open sentences; elsewhere a given name, an honorific or a
    # title shows they are surnames. Countries after their article ("La Syrie") and a surname never written
    # after a given name stay as they were.
    found = {m.text: m.type for m in find_entities(doc(
        "Le Vaillant a dénoncé un « scandale ». Bruno Le Vaillant était à Lyon.", "fr"))[0]}
    assert found.get("Le Vaillant") == "person" and "Vaillant" not in found, found
    found = {m.text: m.type for m in find_entities(doc(
        "De Morvan a parlé lundi. Le général de Morvan était à Londres.", "fr"))[0]}
    assert found.get("De Morvan") == "person", found
    found = {m.text: m.type for m in find_entities(doc(
        "La Syrie a protesté. Le président de la Syrie a reçu M. Le Vaillant.", "fr"))[0]}
    assert "La Syrie" not in found and found.get("Syrie") == "place", found
    found = {m.text: m.type for m in find_entities(doc("Le Vaillant a dénoncé un « scandale ».", "fr"))[0]}
    assert "Le Vaillant" not in found, found
    found = {m.text: m.type for m in find_entities(doc(
        "Van Dorsten said the dyke held. Pieter van Dorsten is the mayor.", "en"))[0]}
    assert found.get("Van Dorsten") == "person", found


def test_a_profession_before_a_name_makes_a_person_of_a_town_name():
    # Invented sentences: "Bono" is also a spelling of Bonn; a singer named so is a person in every mention,
    # while a city with no title before it in any mention stays a place.
    for text, lang in (("Bono a chanté à Tarvel. Le chanteur Bono est arrivé lundi.", "fr"),
                       ("Bono sang in Tarvel. The singer Bono arrived on Monday.", "en")):
        mentions = find_entities(doc(text, lang))[0]
        assert [m.type for m in mentions if m.text == "Bono"] == ["person", "person"], mentions
    mentions = find_entities(doc("Bono a accueilli le sommet. Le maire de Bono a parlé.", "fr"))[0]
    assert all(m.type == "place" for m in mentions if m.text == "Bono"), mentions


def test_a_title_after_a_noun_is_no_title_and_a_common_word_is_no_person_named_again():
    # Invented sentences: "rebelle" after "capitale" describes the city; "Chef" alone in English is a title.
    mentions = find_entities(doc("Ils ont marché vers la capitale rebelle Benghazi. L'avenir de Benghazi inquiète.", "fr"))[0]
    assert [m.type for m in mentions if m.text == "Benghazi"][-1] == "place", mentions
    found = {m.text for m in find_entities(doc("An esteemed Chef like Rastow cooked in Tarvel.", "en"))[0]}
    assert "Chef" not in found, found


def test_a_surname_in_capitals_is_the_person_the_transcript_names():
    # Invented transcript: "DORSTEN:" is Ray Dorsten, a shouted common word stays dropped, and an acronym the
    # text also writes capitalized inside its sentences is a name.
    mentions, entities = find_entities(doc(
        "DORSTEN: We are ready. STOUT: Thanks. Ray Dorsten and Ann Stout run the shelter in Tarvel. "
        "RETWEET this now.", "en"))
    people = {e.name: e for e in entities if e.type == "person"}
    assert ("DORSTEN" in {m.text for m in mentions if m.entity == people["Ray Dorsten"].id}), mentions
    assert any(m.text == "STOUT" and m.entity == people["Ann Stout"].id for m in mentions), mentions
    assert "RETWEET" not in {m.text for m in mentions}
    found = {m.text: m.type for m in find_entities(doc(
        "ACORN was cleared. The lawyers of Acorn said so, and leaders of Acorn agreed.", "en"))[0]}
    assert found.get("ACORN") == "organization", found


def test_military_abbreviations_are_titles():
    # Invented sentence: "Gen" and "Adm" open the names of officers and are no part of them.
    found = {m.text: m.type for m in find_entities(doc("Gen Tomas Reller met Adm Allen in Tarvel.", "en"))[0]}
    assert found.get("Tomas Reller") == "person" and found.get("Allen") == "person", found


def test_a_title_modifier_before_common_words_is_part_of_a_name_and_makes_no_person():
    # Invented sentences: "Foreign", "Top", "Supreme" before capitalized common words begin the name of a
    # magazine, an operation or a court; before a name or another title they open a person's title.
    mentions = find_entities(doc(
        "The essay ran in Foreign Policy. Engineers at Varcor tried a Top Kill on the well. The Supreme Court "
        "ruled. Foreign Minister Anton Reller met Top aide Ruth Dalmer.", "en"))[0]
    persons = {m.text for m in mentions if m.type == "person"}
    assert not persons & {"Policy", "Kill", "Court"}, mentions
    assert {"Anton Reller", "Ruth Dalmer"} <= persons, mentions
    assert {m.text: m.type for m in mentions}.get("Supreme Court") == "organization", mentions


def test_a_particle_after_a_title_begins_the_surname():
    # Invented sentences: "le général de Varenne" is "de Varenne", the same man as "Louis de Varenne" and
    # "De Varenne"; a noun's complement ("le quartier général de Tarvo") names no person.
    mentions, entities = find_entities(doc(
        "Le général de Varenne a parlé mardi. Louis de Varenne est né à Lyon. De Varenne a démenti. "
        "Le quartier général de Tarvo est vide.", "fr"))
    varenne = [m for m in mentions if "Varenne" in m.text]
    assert [m.text for m in varenne] == ["de Varenne", "Louis de Varenne", "De Varenne"], mentions
    assert len({m.entity for m in varenne}) == 1, mentions
    assert not any(m.type == "person" and "Tarvo" in m.text for m in mentions), mentions
    found = {m.text: m.type for m in find_entities(doc("General de Varenne and Mr de Klerkson met in London.", "en"))[0]}
    assert found.get("de Varenne") == "person" and found.get("de Klerkson") == "person", found


def test_a_city_named_with_its_article_keeps_it():
    # Invented sentences: "Le Caire" and "La Haye" keep their article, also at a sentence's start, and "au Caire"
    # is the same city under that name; "La France" is still "France".
    mentions, entities = find_entities(doc(
        "Le Caire a démenti mardi. La délégation est arrivée au Caire puis à La Haye. La France a protesté.", "fr"))
    texts = [m.text for m in mentions]
    assert "Le Caire" in texts and "La Haye" in texts and "France" in texts, texts
    cairo = [e for e in entities if "Caire" in e.name]
    assert len(cairo) == 1 and cairo[0].name == "Le Caire", entities
    texts = [m.text for m in find_entities(doc("The Hague ruled on Monday. Judges in The Hague agreed.", "en"))[0]]
    assert texts == ["The Hague", "The Hague"], texts


def test_a_page_s_interface_word_after_a_name_is_no_part_of_it():
    # Invented page: a byline and comment footers end on the page's buttons.
    found = {m.text for m in find_entities(doc("Great piece.\nSheldon Dorval Posted 3 hours ago\nJohn Tarvel Reply\n", "en"))[0]}
    assert {"Sheldon Dorval", "John Tarvel"} <= found, found
    found = {m.text for m in find_entities(doc("Par Hélène Varnier Publié le 3 mars 2011 à 10h\nLe texte.", "fr"))[0]}
    assert "Hélène Varnier" in found, found


def test_a_short_given_name_joins_the_full_one_when_no_other_person_shares_the_surname():
    # Invented articles: "Mo" and "Bob" are short forms; with a third Dalmer named, "Mo Dalmer" stays apart.
    mentions, entities = find_entities(doc(
        "Mohammed Dalmer a fondé la radio. Mo Dalmer a été tué samedi. Robert Tarvin et Bob Tarvin.", "fr"))
    assert {e.name for e in entities if e.type == "person"} == {"Mohammed Dalmer", "Robert Tarvin"}, entities
    entities = find_entities(doc(
        "Mohammed Dalmer founded the radio. Ahmed Dalmer, his brother, said Mo Dalmer was hurt.", "en"))[1]
    assert len([e for e in entities if e.type == "person"]) == 3, entities
    entities = find_entities(doc("Paul Varnier arrived. Pauline Varnier left.", "en"))[1]
    assert len([e for e in entities if e.type == "person"]) == 2, entities


def test_a_person_s_particle_makes_a_name_a_person():
    # Invented articles: "Wilbert" is no known given name and "van" is an English common word.
    for text in ("The President of the council, Wilbert van Dorsel, said the union stands ready.",
                 "Wilbert van Dorsel met the leaders in Brussels on Monday."):
        found = {(m.text, m.type) for m in find_entities(doc(text, "en"))[0]}
        assert ("Wilbert van Dorsel", "person") in found, found


def test_a_town_s_name_after_a_title_and_a_particle_is_a_surname():
    # Invented articles: Vierzon is a town, but "le général de Vierzon" is a person; a big city stays the
    # title's place.
    found = {(m.text, m.type) for m in find_entities(doc("Le général de Vierzon a démissionné mercredi.", "fr"))[0]}
    assert ("de Vierzon", "person") in found, found
    found = {(m.text, m.type) for m in find_entities(doc("Le général de Marseille a démissionné mercredi.", "fr"))[0]}
    assert ("de Marseille", "person") not in found, found


@pytest.mark.parametrize("text, name", [
    # a portfolio's word opens a body's name when a body's word ends it or heads it, in a sentence or opening it
    ("Invented. A spokesman for the Health Safety Agency said the water was clean .", "Health Safety Agency"),
    ("Invented. Health Safety Agency officials closed the beach .", "Health Safety Agency"),
    ("Invented. Rebels of the Justice and Renewal Movement took the town .", "Justice and Renewal Movement"),
    ("Invented. The Finance Committee of the Senate met on Monday .", "Finance Committee of the Senate"),
    ("Invented. National Flood Council staff met on Monday .", "National Flood Council"),
])
def test_a_portfolio_word_opening_a_bodys_name_stays_in_it(text, name):
    mentions = find_entities(make_document(text, lang="en"))[0]
    assert (name, "organization") in {(m.text, m.type) for m in mentions}, mentions


@pytest.mark.parametrize("text, person", [
    # invented: title words joined by a hyphen make a title, no part of the name after it
    ("Invented. Talks with Vice-President Tarnov ended on Monday .", "Tarnov"),
    ("Invented. Lieutenant-Colonel Anna Roeder told the court the order was clear .", "Anna Roeder"),
    ("Invented. Assistant Attorney-General Jay K Broman wrote the memo .", "Jay K Broman"),
])
def test_title_words_joined_by_a_hyphen_make_a_title(text, person):
    mentions = find_entities(make_document(text, lang="en"))[0]
    assert [(m.text, m.type) for m in mentions] == [(person, "person")], mentions


def test_a_body_named_by_its_field_and_its_kind_keeps_both_and_titles_go_on_over_titles():
    # Invented articles: "Justice" alone is a common word, "Fellow" a title after "Senior".
    found = {(m.text, m.type) for m in find_entities(doc("Officials said the Justice Department was involved.", "en"))[0]}
    assert ("Justice Department", "organization") in found, found
    found = {(m.text, m.type) for m in find_entities(doc("Senior Fellow Dana Morlet wrote that the plan would fail.", "en"))[0]}
    assert found == {("Dana Morlet", "person")}, found
    found = {m.text for m in find_entities(doc("But Ian Corby, Senior Fellow of the Eastmoor programme, said no.", "en"))[0]}
    assert "Senior Fellow" not in found, found


def test_common_words_in_capitals_are_a_heading_not_a_body():
    # Invented articles: a headline in capitals, a shouting comment, and a transcript naming its speaker.
    text = ("The rebels held their ground on Sunday.\n\nFRONT LINE NEAR KAFR DOUMA\n\n"
            "Fighters said the town of Kafr Douma was calm. FULL MILITARY PRESS now, one reader wrote.")
    found = {(m.text, m.type) for m in find_entities(doc(text, "en"))[0]}
    assert not any("FRONT" in t or "MILITARY" in t or "PRESS" in t for t, _ in found), found
    assert ("KAFR DOUMA", "place") in found, found
    found = {(m.text, m.type) for m in find_entities(doc("Les riverains ont PEUR des voleurs ARMES JUSQU'AUX DENTS, dit-il.", "fr"))[0]}
    assert not any("ARMES" in t or "DENTS" in t for t, _ in found), found
    text = ("Barack Obama spoke on Monday. NATO allies listened.\n\nOBAMA: We will not send ground troops.\n\n"
            "UNIDENTIFIED MALE: Thank you.")
    found = {(m.text, m.type) for m in find_entities(doc(text, "en"))[0]}
    assert ("OBAMA", "person") in found and ("NATO", "organization") in found, found
    assert not any("UNIDENTIFIED" in t or "MALE" in t for t, _ in found), found


def test_capitalized_plural_common_nouns_after_a_count_are_no_body():
    # Invented article: the counted soldiers and crews are no organisations; a year before a name is no count.
    text = ("The memorial honours 25 Marines, 9 Navy Personnel and 6 Army Soldiers killed in the blast. "
            "Athletes trained for the 2012 Olympic Games in Carvel.")
    found = {(m.text, m.type) for m in find_entities(doc(text, "en"))[0]}
    assert not any(t in ("Navy Personnel", "Army Soldiers", "Marines") for t, _ in found), found
    assert any(t == "Olympic Games" for t, _ in found), found


def test_state_before_a_body_s_word_is_a_body():
    # Invented article: "State" opens places' names ("State of Qatar") and bodies' names.
    text = ("Officers of State Security arrested him, the State Department said. The State Council met in Beijing. "
            "State Dept. officials were concerned.")
    found = {(m.text, m.type) for m in find_entities(doc(text, "en"))[0]}
    for name in ("State Security", "State Department", "State Council", "State Dept"):
        assert (name, "organization") in found, found


def test_a_capitalized_common_word_opening_a_city_s_or_country_s_name_stays():
    # Invented article: "New" is a common word, yet part of these places' names.
    text = ("The envoy flew from New Delhi to New York on Monday, then on to New Zealand. "
            "Officials in New Orleans said New research was due.")
    found = {(m.text, m.type) for m in find_entities(doc(text, "en"))[0]}
    for name in ("New Delhi", "New York", "New Zealand", "New Orleans"):
        assert (name, "place") in found, found
    assert not any(t in ("York", "Delhi", "Orleans") for t, _ in found), found


def test_the_surname_of_a_person_named_in_full_is_no_homonymous_city():
    # Invented articles: Hayward, Richardson and Jackson are cities too, but here the person named in full.
    text = ("The firm's chief executive Paul Hayward spoke to the press on Friday. "
            "Analysts said Hayward would leave by the winter.")
    mentions, entities = find_entities(doc(text, "en"))
    hayward = [m for m in mentions if m.text == "Hayward"]
    assert hayward and hayward[0].type == "person", mentions
    assert hayward[0].entity == next(m.entity for m in mentions if m.text == "Paul Hayward")
    text = ("Le physicien Lewis Fry Richardson voulait comprendre les guerres. "
            "Richardson publia ses statistiques en 1948.")
    mentions, _ = find_entities(doc(text, "fr"))
    assert [m.type for m in mentions if m.text == "Richardson"] == ["person"], mentions
    # a national capital keeps its name
    mentions, _ = find_entities(doc("The actor Lowell Washington was there. Washington said it would act.", "en"))
    assert [m.type for m in mentions if m.text == "Washington"][-1] == "place", mentions


def test_a_transliterated_town_is_read_in_the_countries_the_story_is_about():
    # Invented article about Libya naming the United States once: "Zenten" is Libya's Zintan by its
    # consonant frame, not San Antonio's in the United States.
    text = ("A New York, les Etats-Unis ont appelé au calme. Des habitants de Tripoli fuyaient vers Zenten, "
            "au sud-ouest de la capitale. Des familles ont fui Misrata et Benghazi, Syrte et Tobrouk restent calmes. "
            "La Libye reste divisée.")
    mentions, entities = find_entities(doc(text, "fr"))
    zenten = next(e for e in entities if e.name == "Zenten")
    assert zenten.geo is not None and zenten.geo.country == "LY", zenten


def test_arabic_geographic_heads_open_place_names():
    # Invented articles: a cape, a gate, a well and a mountain open these places' names, never a person's.
    text = ("Les rebelles se sont repliés sur Ras Lanouf. Les avions ont visé Bab al-Aziziya. "
            "Les combattants venus du Jebel Nefoussa avancent.")
    found = {(m.text, m.type) for m in find_entities(doc(text, "fr"))[0]}
    for name in ("Ras Lanouf", "Bab al-Aziziya", "Jebel Nefoussa"):
        assert (name, "place") in found, found
    text = "Fighters returning to Ras Lanuf said the rebels captured Bir al-Ghanam on Saturday."
    found = {(m.text, m.type) for m in find_entities(doc(text, "en"))[0]}
    assert ("Ras Lanuf", "place") in found and ("Bir al-Ghanam", "place") in found, found


def test_a_town_named_by_a_given_name_and_another_word_is_the_town():
    # Invented article: a kunya and a saint's name open towns' names without a place's cue before them; a person's
    # full name opening on the kunya stays a person.
    text = ("An Abu Dhabi fund bought a stake on Monday. George Town has grown fast. Abu Karim Nasser, a lawyer, "
            "said the inquiry was late.")
    found = {(m.text, m.type) for m in find_entities(doc(text, "en"))[0]}
    assert ("Abu Dhabi", "place") in found and ("George Town", "place") in found, found
    assert ("Abu Karim Nasser", "person") in found, found


def test_a_title_inside_a_capitalized_sequence_separates_the_body_from_the_person():
    # Invented article: titles written in capitals between a body or a place and a person's name.
    text = ("Reports said Norvik CEO Alan Brisket would be replaced by Managing Director Bob Hardley. "
            "Press Secretary Robert Gibbons said Thursday that Louisiana Sen. Mary Landerby and "
            "retired Coast Guard Adm. Thad Allister had been briefed. CNN Security Analyst Mark Delaney and "
            "Business Editor Tom Ashby called it a setback.")
    found = {(m.text, m.type) for m in find_entities(doc(text, "en"))[0]}
    for name in ("Alan Brisket", "Bob Hardley", "Robert Gibbons", "Mary Landerby", "Thad Allister", "Mark Delaney",
                 "Tom Ashby"):
        assert (name, "person") in found, found
    assert ("Louisiana", "place") in found and ("Coast Guard", "organization") in found, found
    assert not any("CEO" in t or "Director" in t or "Secretary" in t or "Sen" in t.split() or "Analyst" in t
                   or "Editor" in t for t, _ in found), found


def _person_texts(text: str, lang: str) -> list[set[str]]:
    """The spellings each person entity of an invented article merges."""
    d = doc(text, lang=lang, published="2011-03")
    _, entities = find_entities(d)
    return [{d.text[s:e] for s, e in ent.mentions} for ent in entities if ent.type == "person"]


def test_a_known_surname_stays_its_holder_when_a_namesake_is_named_after():
    # Invented: the president is called by his surname all along, his wife named once.
    text = ("The Obama administration sent more ships on Monday. President Obama said the work would go on. "
            "Obama met fishermen in Louisiana on Tuesday, and Michelle Obama visited a school there. "
            "Obama promised help to every family.")
    groups = _person_texts(text, "en")
    assert {"Michelle Obama"} in groups
    assert not any("Obama" in g and "Michelle Obama" in g for g in groups)
    # Invented: the namesake named first in full is the one the surname means.
    text = ("Bill Clinton landed in Haiti on Friday. Clinton said the rebuilding would take a decade. "
            "Clinton toured a school in the capital.")
    assert any({"Bill Clinton", "Clinton"} <= g for g in _person_texts(text, "en"))


def test_another_spelling_of_a_known_actor_is_that_actor():
    # Invented: the base writes "Mouammar", the article "Muammar".
    text = ("Muammar Kadhafi a promis de se battre jusqu'au bout. Les partisans de Kadhafi tiennent Syrte. "
            "Kadhafi a parlé à la télévision mardi.")
    d = doc(text, lang="fr", published="2011-03")
    _, entities = find_entities(d)
    [ent] = [e for e in entities if e.type == "person"]
    assert ent.kb_id and {d.text[s:e] for s, e in ent.mentions} == {"Muammar Kadhafi", "Kadhafi"}


def test_a_famous_surname_named_before_a_son_in_full_stays_the_father():
    # Invented: "Kadhafi" is the leader; his son is named later, in another spelling.
    text = ("Les rebelles attendent avec impatience la chute de Kadhafi. "
            "Selon plusieurs sources, Saif Khadafi aurait été capturé à Tripoli.")
    groups = _person_texts(text, "fr")
    assert not any({"Kadhafi", "Saif Khadafi"} <= g for g in groups)


def test_partial_names_of_a_double_surname_join_the_full_name():
    # Invented: a diplomat with two surnames, named three ways.
    text = ("Mexican ambassador Adolfo Aguilar Zinser said on Monday the council was divided. "
            "Aguilar Zinser told reporters a vote could wait. Adolfo Zinser added that Mexico had not decided. "
            "Aguilar Zinser left the chamber at noon.")
    assert any({"Adolfo Aguilar Zinser", "Aguilar Zinser", "Adolfo Zinser"} <= g for g in _person_texts(text, "en"))


def test_a_surname_joins_the_full_name_closed_by_a_generational_suffix():
    # Invented: a treasurer named in full with "Jr." once, then by his surname.
    text = ("State treasurer Walter K. Brennan Jr. said on Friday the fund was safe. Lawmakers heard Brennan vow "
            "the loans would be repaid.")
    assert any({"Walter K. Brennan Jr", "Brennan"} <= g for g in _person_texts(text, "en"))
    # Invented French: "Jr" closes the name of a singer called by his surname afterwards.
    text = "Le chanteur Harry Tolland Jr a annulé son concert. Tolland souffre d'une grippe, selon son agent."
    assert any({"Harry Tolland Jr", "Tolland"} <= g for g in _person_texts(text, "fr"))


def test_a_word_after_a_patronymic_particle_is_no_surname_alone():
    # Invented: "Ali" is a young protester, not the former president.
    text = ("Zine el-Abidine Ben Ali ne parle plus depuis des années. Dans la rue, Ali, 23 ans, un étudiant, "
            "raconte la nuit. Ben Ali vit toujours à l'étranger.")
    groups = _person_texts(text, "fr")
    assert not any({"Ali", "Zine el-Abidine Ben Ali"} <= g for g in groups)
    assert any({"Ben Ali", "Zine el-Abidine Ben Ali"} <= g for g in groups)
    # Invented: a particle opening a name is a given name, and the surname after it joins.
    text = "Ben Wedeman reported from Cairo on Friday. Wedeman said the square was full. Wedeman spoke to protesters."
    assert any({"Ben Wedeman", "Wedeman"} <= g for g in _person_texts(text, "en"))



def _typed(text: str, lang: str) -> dict[str, str]:
    """Each mention's text and type."""
    d = doc(text, lang)
    mentions, _ = find_entities(d)
    return {d.text[m.start:m.end]: m.type for m in mentions}


def test_a_given_name_that_is_a_country_or_a_known_surname_opens_a_full_name():
    # Invented: a writer whose given name is a country in French, a minister whose given name is another
    # man's surname; the country named alone stays a place.
    typed = _typed("L'écrivain Maurice Genevoix est entré au Panthéon. Le ministre du pétrole Choukri Ghanem "
                   "a visité le port. Le président a ensuite visité Maurice.", "fr")
    assert typed.get("Maurice Genevoix") == "person" and typed.get("Choukri Ghanem") == "person"
    assert typed.get("Maurice") == "place"


def test_a_known_one_word_name_before_a_particle_surname_opens_another_persons_name():
    # Invented: a prime minister whose given name is the surname of a man of the knowledge base.
    typed = _typed("Le Premier ministre Baghdadi al-Mahmoudi a été arrêté en Tunisie.", "fr")
    assert typed.get("Baghdadi al-Mahmoudi") == "person" and "Baghdadi" not in typed


def test_media_named_after_a_country_are_no_places():
    # Invented: channels and a newspaper named after a country; the countries with an article stay places.
    typed = _typed("Il l'a dit mardi à France Inter puis sur France 24. La Tunisie a battu le Mozambique 3-1.", "fr")
    assert typed.get("France Inter") == "organization" and typed.get("France 24") == "organization"
    assert typed.get("Mozambique") == "place" and "France" not in typed
    typed = _typed("Speaking on France 24 television, an editor of the Yemen Post said the "
                   "crowds were growing.", "en")
    assert typed.get("France 24") == "organization" and typed.get("Yemen Post") == "organization"
    assert "Yemen" not in typed and "France" not in typed


def test_media_the_knowledge_base_knows_are_no_places():
    # Invented: a weekly and a radio whose names are a common word and a continent with a number.
    typed = _typed("Selon Le Point, le ministre a parlé sur Europe 1 puis sur France 2. En Europe, 2 millions de "
                   "personnes ont manifesté.", "fr")
    assert typed.get("Le Point") == "organization" and typed.get("Europe 1") == "organization"
    assert typed.get("France 2") == "organization" and typed.get("Europe") == "place" and "Point" not in typed


def test_a_byline_word_an_elided_verb_and_a_vocative_are_no_part_of_a_name():
    # Invented: an English byline in a French page, a sentence opened by "C'était", a chant.
    typed = _typed("Incident à la frontière\nBy Karim Souissi\nLes soldats ont tiré. C'était Raymond Aron qui "
                   "le disait. Les manifestants chantaient « Ya Moubarak » devant le palais.", "fr")
    assert typed.get("Karim Souissi") == "person" and typed.get("Raymond Aron") == "person"
    assert not any(t.startswith(("By", "C'", "Ya ")) for t in typed)


def test_a_name_ends_before_a_given_name_and_its_surname():
    # Invented: a company, a channel and a first person run into a person's name without punctuation.
    typed = _typed("A senator criticised the head of BP Tony Hayward on Friday. In the front row sat Jackie and "
                   "Tito Jackson Michael Jackson fan Ruth Moss.", "en")
    assert typed.get("BP") == "organization" and typed.get("Tony Hayward") == "person"
    assert typed.get("Tito Jackson") == "person" and typed.get("Michael Jackson") == "person"
    # Invented: given names the list misses, a street and an initial keep their name whole.
    typed = _typed("Zeev Vladimir Jabotinsky wrote it. J. Scott Applewhite took the photo on Avenue Habib "
                   "Bourguiba. Mohamed Ould Abdel Aziz spoke.", "en")
    assert {"Zeev Vladimir Jabotinsky", "J. Scott Applewhite", "Mohamed Ould Abdel Aziz"} <= set(typed)
    assert "Habib Bourguiba" not in typed
    typed = _typed("Le reporter d'al-Jezira Karim Nadir a été relâché.", "fr")
    assert typed.get("Karim Nadir") == "person" and "al-Jezira Karim Nadir" not in typed


def test_a_participle_before_its_complement_belongs_to_a_body_s_name():
    # Invented: "intégré" qualifies the bureau before "des Nations unies"; a participle with no complement
    # after it, or before one that says where, does not.
    text = ("Selon le Bureau intégré des Nations unies à Valmont, 300 familles ont fui. "
            "Le Conseil réuni à Valmont a siégé lundi. Le Comité chargé du dossier a siégé.")
    mentions, entities = find_entities(doc(text))
    names = {m.text for m in mentions if m.type == "organization"}
    assert any(n.startswith("Bureau intégré des Nations unies") for n in names), names
    assert not any(n.startswith(("Conseil réuni", "Comité chargé")) for n in names), names


def test_a_sports_club_is_an_organization_not_a_person_or_a_town():
    # Invented: a club's word ends or opens its name, or "City"/"United" follow a town; a city named
    # "… City" stays a place.
    typed = _typed("Tottenham Hotspur beat Liverpool FC on Sunday while Manchester City lost to Real Madrid "
                   "and Newcastle United drew. Fans gathered in Mexico City.", "en")
    for club in ("Tottenham Hotspur", "Liverpool FC", "Manchester City", "Real Madrid", "Newcastle United"):
        assert typed.get(club) == "organization", (club, typed)
    assert typed.get("Mexico City") == "place"
    typed = _typed("Article inventé. Le Liverpool FC a battu Manchester City, puis le Real Madrid a gagné à Lyon.", "fr")
    for club in ("Liverpool FC", "Manchester City", "Real Madrid"):
        assert typed.get(club) == "organization", (club, typed)
    assert typed.get("Lyon") == "place"


@pytest.mark.parametrize("text, town", [
    # invented: a wire's dateline opens on a town in capitals that no gazetteer holds: a place, no acronym's body,
    # and the time zone of the line before it is no part of it
    ("TARNBY , Veldonia | Mon Mar 7 , 2011 9:40 am EST TARNBY , Veldonia -LRB- Reuters -RRB- - The mill shut .",
     "TARNBY"),
    ("KORVELA | Wed Jun 8 , 2011 10:12 am IST KORVELA -LRB- Reuters -RRB- - Ministers met on Monday .", "KORVELA"),
    ("AP MARDANE , La. -- The crews left the dock on Monday .", "MARDANE"),
])
def test_a_datelines_town_in_capitals_is_a_place(text, town):
    mentions = find_entities(doc(text, "en"))[0]
    assert {m.text for m in mentions if town in m.text} == {town}
    assert {m.type for m in mentions if m.text == town} == {"place"}


def test_an_acronym_listed_before_a_dash_is_no_datelines_town():
    # invented: a list of firms in capitals before a dash is no dateline
    typed = _typed("Invented. The big ones -- Norvale , KTX , Dumont -- had full access .", "en")
    assert typed.get("KTX") == "organization", typed


def test_a_date_s_month_and_weekday_names_are_no_name():
    # Invented: a wire's dateline and a caption's date write abbreviated or wide month and weekday names with
    # capitals; they are no person or place, while a given name that abbreviates a month stays one.
    typed = _typed("WASHINGTON | Tue Apr 12 , 2011 4:10 pm EDT . The Senate met on Jan 31 , 2008 and "
                   "Jan Eliasson spoke.", "en")
    assert not {"Tue Apr", "Apr", "Jan"} & set(typed), typed
    assert typed.get("Jan Eliasson") == "person"
    typed = _typed("Article inventé. Le Suédois Jan Eliasson est arrivé à Valmont. Photo prise à Tripoli, "
                   "March 23, 2011.", "fr")
    assert "March" not in typed, typed
    assert typed.get("Jan Eliasson") == "person"


def test_a_common_word_opening_a_sentence_is_no_town():
    # Invented: a pronoun, a conjunction or a verb opening a sentence is no town that bears it ("Celle" in
    # Germany, "Cela" in Angola), nor an alternate name of a city ("Part" for Perth); a capital keeps its
    # exonym, and a surname the text also writes inside a sentence stays a name, whether a common word or a name
    # the dictionary holds ("Katz").
    typed = _typed("Article inventé. Le jury a primé des photos prises en Chine et en France. Celle retenue "
                   "montre un marché de Pékin. Sinon, le prix revient à un Syrien. Damas a salué ce choix.", "fr")
    assert not {"Celle", "Cela", "Sinon"} & set(typed), typed
    assert typed.get("Damas") == "place"
    typed = _typed("The mill in Ohio is closing. Part of the supply chain moves abroad. Rapid growth ended. "
                   "Senator Jack Straw spoke on Monday. Straw said the mill mattered. The economist Lena Katz "
                   "agreed. Katz said prices would rise.", "en")
    assert not {"Part", "Rapid"} & set(typed), typed
    assert typed.get("Straw") == "person", typed
    assert typed.get("Katz") == "person", typed


@pytest.mark.parametrize("text, lang, place", [
    # invented: a common word opening a sentence opens a country's or a city's name of two words
    ("The talks ended on Monday . Hong Kong confirmed a second case .", "en", "Hong Kong"),
    ("The talks ended on Monday . Costa Rica sent a team .", "en", "Costa Rica"),
    ("Le sommet s'est achevé lundi. Costa Rica et Panama ont signé.", "fr", "Costa Rica"),
])
def test_a_common_word_opening_a_sentence_opens_a_city_or_country_of_two_words(text, lang, place):
    assert _typed(text, lang).get(place) == "place"


def test_a_common_word_that_is_another_name_of_a_city_abroad_is_no_place():
    # Invented: GeoNames gives Amman the alternate name "Man" and Perth "Part"; a film's title and a
    # newspaper's name are no places in Jordan or Australia.
    typed = _typed("The documentary The Man Who Sold the Bridge aired on Monday in Cleveland, and the Sun "
                   "newspaper praised it.", "en")
    assert "Man" not in typed and "Sun" not in typed, typed
    assert typed.get("Cleveland") == "place"


def test_an_abbreviated_title_cut_from_its_name_by_its_period_is_no_name():
    # Invented: "Gov." before a surname is the title, not a town of Russia (L'gov) that its letters spell.
    typed = _typed("Invented . They found the man who broke into Gov. Palin 's office . "
                   "Gov. Palin has backed the plan .", "en")
    assert "Gov" not in typed, typed
    assert typed.get("Palin") == "person"


@pytest.mark.parametrize("text, lang, place", [
    # invented: a country or a city before a place's last word is part of another place's name, also opening a
    # sentence on a common word; French writes the delta before its river
    ("Invented. Fishermen of the Niger Delta protested on Monday .", "en", "Niger Delta"),
    ("Invented. Troops entered the Jordan Valley at dawn .", "en", "Jordan Valley"),
    ("Invented. Rain fell . Los Angeles County officials closed the beaches .", "en", "Los Angeles County"),
    ("Article inventé. Des paysans du Delta du Nil ont manifesté lundi.", "fr", "Delta du Nil"),
])
def test_a_place_named_after_a_country_or_a_city_keeps_its_last_word(text, lang, place):
    mentions = find_entities(make_document(text, lang=lang))[0]
    assert [(m.text, m.type) for m in mentions] == [(place, "place")], mentions


@pytest.mark.parametrize("text", [
    # invented: a body's name opening a sentence on a common word is the body the text names so after a word in
    # lower case, whether a body's word types it ("Watch") or only its other mention does ("Reserve")
    "Invented. Harbour Watch officials closed the port on Monday . A spokesman for the Harbour Watch said so .",
    "Invented. Golden Reserve officials met on Monday . Markets watched the Golden Reserve closely .",
])
def test_a_bodys_name_opening_a_sentence_on_a_common_word_stays_whole(text):
    mentions = find_entities(make_document(text, lang="en"))[0]
    name = " ".join(text.split()[1:3])
    assert [(m.text, m.type) for m in mentions] == [(name, "organization")] * 2, mentions


def test_a_surname_after_a_place_s_preposition_is_the_person_the_text_names_in_full():
    # Invented: "à", "in" open a place's name, but the surname of a person named in full earlier is that
    # person; a city after them stays a place.
    typed = _typed("Invented . Donald Rumsfeld left the Pentagon in 2006 . In Rumsfeld 's case , the record is "
                   "long . Reporters went to Kabul .", "en")
    assert typed.get("Rumsfeld") == "person", typed
    assert typed.get("Kabul") == "place"
    typed = _typed("Article inventé. Le ministre Vincent Peillon a présenté son plan. Le Premier ministre a "
                   "demandé à Peillon de revoir sa copie. Il s'est rendu à Lyon.", "fr")
    assert typed.get("Peillon") == "person", typed
    assert typed.get("Lyon") == "place"


def test_a_company_s_legal_form_or_a_body_s_kind_ending_a_name_makes_no_person():
    # Invented: "AG", "Co", "College", "Editeur" end the names of firms and bodies, never of persons.
    typed = _typed("Invented . Shares of Roche AG rose after Halliburton Co said it would sell land near the "
                   "Army War College .", "en")
    assert typed.get("Roche AG") == "organization", typed
    assert typed.get("Halliburton Co") == "organization"
    assert typed.get("Army War College") == "organization"
    typed = _typed("Article inventé. Son essai paraît chez François Bourin Editeur le mois prochain.", "fr")
    assert typed.get("François Bourin Editeur") == "organization", typed


def test_english_common_words_quoted_in_a_french_article_name_no_person():
    # Invented: a film's and a band's English names are common words of English, not a person's name.
    typed = _typed("Article inventé. Le morceau, produit par Iron Curtain, sort avec le film The Old Guard, "
                   "tourné au Maroc.", "fr")
    assert typed.get("Iron Curtain") != "person" and typed.get("Old Guard") != "person", typed


def test_a_word_said_twice_is_no_name():
    # Invented: a chant repeats its words; "Zanga Zanga" is no person.
    typed = _typed("Article inventé. Les manifestants scandaient « Zanga Zanga, Dar Dar » devant l'ambassade "
                   "de France.", "fr")
    assert "Zanga Zanga" not in typed and "Dar Dar" not in typed, typed


def test_a_peerage_or_a_title_s_modifier_goes_on_the_title_not_the_name():
    # Invented: "Baroness" is a title, and "Operating" belongs to the title "Chief Operating Officer".
    typed = _typed("Invented . Baroness Marsh said aid was coming . BP Chief Operating Officer Tom Hale "
                   "said in a letter that the pipe was sealed .", "en")
    assert "Baroness Marsh" not in typed and typed.get("Marsh") == "person", typed
    assert typed.get("Tom Hale") == "person"
    assert not any("Operating" in name for name in typed)


def test_a_question_word_opening_a_sentence_is_no_part_of_the_name_after_it():
    # Invented: "Pourquoi", "Comment" ask a question about the person or the place after them.
    typed = _typed("Article inventé. Le président Karim Nadir a démissionné. Pourquoi Nadir a-t-il échoué ? "
                   "Comment Washington entend-il réagir ?", "fr")
    assert "Pourquoi Nadir" not in typed and typed.get("Nadir") == "person", typed
    assert "Comment Washington" not in typed and typed.get("Washington") == "place"


def test_a_firm_s_cue_types_its_name_a_firm_in_every_mention():
    # Invented: shares, a chief executive, a CEO "of" and an apposition tell a firm, not a person or a town
    # (Toyota is also a Japanese city); a firm found so is the firm wherever the text names it again.
    typed = _typed("Invented . Shares of Toyota fell 4 percent in Tokyo on Friday . Toyota said it would recall "
                   "cars . Hollis Brenner shares rose after the results . Wells Fargo chief executive Jane Dorr "
                   "apologised . Carl Ames , the chief executive of Brenner Hollis , testified . Tokyo shares fell "
                   "too .", "en")
    assert typed.get("Toyota") == "organization", typed
    assert typed.get("Hollis Brenner") == "organization" and typed.get("Brenner Hollis") == "organization", typed
    assert typed.get("Wells Fargo") == "organization" and typed.get("Jane Dorr") == "person", typed
    assert typed.get("Tokyo") == "place"
    typed = _typed("Article inventé. Le PDG de Vorlac, Karim Nadir, a annoncé mardi un plan. L'action Darsel a "
                   "chuté de 4 %. Chez Morvane Sachs, la direction se tait. Selon le quotidien saoudien \"El Hayat\", "
                   "l'accord est signé. Kastol, le constructeur japonais, a rappelé des voitures. Le ministre "
                   "Paul Dorvillier a dîné chez Dorvillier.", "fr")
    for name in ("Vorlac", "Darsel", "Morvane Sachs", "El Hayat", "Kastol"):
        assert typed.get(name) == "organization", (name, typed)
    # "chez" and one surname is at a person's: only a name of several words or an acronym is a firm's
    assert typed.get("Karim Nadir") == "person" and typed.get("Dorvillier") != "organization", typed


def test_a_place_or_an_outlet_glued_to_a_name_in_a_byline_is_cut_off():
    # Invented: a byline writes the dateline in capitals after the reporter's name, a credit the outlet after
    # it, a list of quotes the speaker's name in capitals before the text; Roman numerals stay in the name.
    typed = _typed("Invented . By Karim Nadir CAIRO -LRB- Reuters -RRB- - Ministers met . Carla Dunmore BBC News , "
                   "United Nations . PETER HOLLOWAY On Libyan threat to cut aid , he was blunt . Pope Benedict XVI "
                   "met the delegates .", "en")
    assert typed.get("Karim Nadir") == "person" and "Karim Nadir CAIRO" not in typed, typed
    assert typed.get("Carla Dunmore") == "person" and not any("Dunmore BBC" in name for name in typed), typed
    assert typed.get("PETER HOLLOWAY") == "person" and not any("On Libyan" in name for name in typed), typed
    assert typed.get("Benedict XVI") == "person"
    typed = _typed("Article inventé. Par Maria Golvina TRIPOLI (Reuters) - La Libye bascule.", "fr")
    assert typed.get("Maria Golvina") == "person" and "Maria Golvina TRIPOLI" not in typed, typed


def test_a_place_s_kind_ending_a_name_makes_a_place_not_a_body():
    # Invented: a square, an island, a parish and a bridge end places' names; a given name before such a word
    # opens a person's name.
    typed = _typed("Invented . Police cleared Pearl Square in Manama on Wednesday . Tar balls reached Dauphin "
                   "Island and parts of Plaquemines Parish . Crowds crossed Westminster Bridge . The reporter "
                   "Lois Lane was there .", "en")
    for name in ("Pearl Square", "Dauphin Island", "Plaquemines Parish", "Westminster Bridge"):
        assert typed.get(name) == "place", (name, typed)
    assert typed.get("Lois Lane") == "person", typed


def test_a_hyphenated_adjective_opening_a_name_is_no_part_of_it():
    # Invented: "-based", "-born", "-administered" make adjectives of a place's or a people's name; the name
    # after them keeps its own type.
    typed = _typed("Invented . The London-based Vorlac Oil said it would pay . The group is led by the "
                   "Jordanian-born Karim Nadir . Clashes in Pakistan-administered Kashmir killed two .", "en")
    assert typed.get("Vorlac Oil") == "organization", typed
    assert typed.get("Karim Nadir") == "person", typed
    assert typed.get("Kashmir") == "place", typed
    assert not any("-" in name for name in typed), typed


def test_a_medium_s_generic_word_is_no_name_and_news_ends_a_medium_s_name():
    # Invented: "TV" and "News" alone name no body, "News" after a medium's name ends it, and a wire service's
    # byline opens no name.
    typed = _typed("Invented . By the CNN Wire Staff Karim Nadir told Libyan state TV he would stay . "
                   "Carla Dunmore BBC News , Cairo , said the talks failed . Channel 4 News reported it too .", "en")
    assert typed.get("BBC News") == "organization", typed
    assert typed.get("Karim Nadir") == "person", typed
    assert not any(name in ("TV", "News", "BBC") or name.startswith("Wire") for name in typed), typed
    typed = _typed("Article inventé. Une journaliste (Xpress/Gulf News) a été tuée, selon la TV d'Etat.", "fr")
    assert typed.get("Gulf News") == "organization", typed
    assert "News" not in typed and "Gulf" not in typed, typed


def test_an_outlet_s_possessive_before_a_name_makes_its_reporter():
    # Invented: after an outlet's possessive, a name ending in a surname is a reporter's even when its given
    # name is a common word; a name ending in a common word keeps its type.
    typed = _typed("Invented . The minister told CNN 's Per Lindqvist on Sunday that CNN 's Wolf Halvorsen "
                   "had been expelled . Google 's Android Market grew .", "en")
    assert typed.get("Per Lindqvist") == "person", typed
    assert typed.get("Wolf Halvorsen") == "person", typed
    assert typed.get("Android Market") != "person", typed


def test_a_capitalized_french_demonym_before_a_firm_is_the_noun_not_part_of_its_name():
    # Invented: French capitalizes a demonym only as the noun, a person of the nation ("le Norvégien Vorlac"
    # names the firm "Vorlac"); English capitalizes the adjective too, which may open a body's name.
    typed = _typed("Article inventé. Parmi les pétroliers, le Norvégien Vorlac Group et les Allemands Tessmar "
                   "Holding ont rapatrié leurs salariés, tout comme l'Italien BRNV.", "fr")
    assert typed.get("Vorlac Group") == "organization", typed
    assert typed.get("Tessmar Holding") == "organization" and typed.get("BRNV") == "organization", typed
    assert not any(name.startswith(("Norvégien", "Allemands", "Italien")) for name in typed), typed
    typed = _typed("Invented . Workers of the Norwegian Vorlac Company went on strike .", "en")
    assert not any(name.startswith("Vorlac") for name in typed), typed


def test_a_present_verb_ending_like_an_adjective_does_not_grow_a_body_s_name():
    # Invented: "explique" ends like "islamique" but is the verb of the sentence: the body's name stops before it,
    # while a true adjective still grows it.
    typed = _typed("Article inventé. Dans un document publié jeudi, la Cour explique qu'elle a des motifs. "
                   "Le Front islamique a répondu et la Commission indique un délai.", "fr")
    assert "Cour explique" not in typed and "Commission indique" not in typed, typed
    assert typed.get("Front islamique") == "organization", typed


def test_a_name_glued_to_an_adjective_by_a_hyphen_is_no_mention():
    # Invented: "NATO-led", "Egyptian-owned", "Corbin Vale-style" are adjectives made of a name, no mention of it
    # (as the NER gold has "Britain-based"): no place, body or person is typed from them.
    typed = _typed("Invented . Portugal has not joined in the NATO-led effort . Shops closed in Egyptian-owned "
                   "districts , and a Corbin Vale-style disaster was feared .", "en")
    assert typed == {"Portugal": "place"}, typed


def test_a_transcript_s_speaker_label_in_capitals_is_a_person():
    # Invented: a surname in capitals opening a line before a colon labels the speaker, who joins the full name
    # of the same person; a common word ("HOST") or a place ("EUROPE") labelling a line is no person.
    typed = _typed("Invented transcript .\nMIRA HALVORSEN , HOST : Welcome to the show .\n"
                   "HALVORSEN : Let us begin with Egypt .\nDERVISOGLU : Thank you .\nEUROPE : Markets fell .", "en")
    assert typed.get("HALVORSEN") == "person" and typed.get("DERVISOGLU") == "person", typed
    assert typed.get("EUROPE") != "person" and typed.get("HOST") != "person", typed


def test_a_heading_s_code_before_a_colon_is_no_speaker():
    # Invented: a heading's code with digits before a colon labels a section, no speaker.
    typed = _typed("Article inventé.\nRAXOVIR-42 : le nombre de cas a doublé en une semaine.", "fr")
    assert typed.get("RAXOVIR-42") != "person", typed


def test_a_firm_s_kind_right_before_a_name_makes_it_a_firm():
    # Invented: a firm's kind in lower case before a name ("oil giant", "le géant énergétique") names a firm,
    # though its words look like a person's name; a place named by its kind stays a place after the
    # adjective "giant".
    typed = _typed("Invented . Lawmakers questioned oil giant Braxon Mobil about its plans . "
                   "The giant Gulf of Mexico spill went on .", "en")
    assert typed.get("Braxon Mobil") == "organization", typed
    assert typed.get("Gulf of Mexico") == "place", typed
    typed = _typed("Article inventé. Le géant énergétique Volgaprom a signé un accord mardi.", "fr")
    assert typed.get("Volgaprom") == "organization", typed


def test_a_present_verb_whose_stem_changes_does_not_grow_a_body_s_name():
    # Invented: "appelle" (of "appeler") doubles its consonant and ends like "culturelle"; "rappelle" too. Both are
    # the verb of the sentence, no adjective of the body's name.
    typed = _typed("Article inventé. Le Front patriotique national appelle à manifester samedi. "
                   "L'Union régionale rappelle que le vote aura lieu mardi.", "fr")
    assert typed.get("Front patriotique national") == "organization", typed
    assert typed.get("Union régionale") == "organization", typed


def test_capitalized_common_words_ending_in_a_title_or_an_english_demonym_are_no_body():
    # Invented: a title closing capitalized common words is a person's office, no body ("Energy Secretary",
    # "Tory MP"); in English, which puts adjectives first, a demonym closing them is an adjective without its
    # noun ("Latin American", "African Americans"). French puts the demonym after the body's noun.
    typed = _typed("Invented . The plan was backed by the Energy Secretary , by Harold Penwick , Tory MP for "
                   "Dunmere , and by the Latin American caucus , where many African Americans work .", "en")
    assert not {"Energy Secretary", "Tory MP", "Latin American", "African Americans"} & set(typed), typed
    assert typed.get("Harold Penwick") == "person", typed
    typed = _typed("Article inventé. Selon M. Armand Delorme, Inspecteur General des finances, la Banque "
                   "centrale européenne et le Conseil national syrien n'ont pas répondu.", "fr")
    assert "Inspecteur General" not in typed, typed
    assert typed.get("Banque centrale européenne") == "organization", typed
    assert typed.get("Conseil national syrien") == "organization", typed


def test_a_conjunction_glued_to_a_name_by_a_lost_full_stop_is_no_part_of_it():
    # Invented: a caption and a byline run into the next sentence without their full stop; the capitalized
    # conjunction opens a clause, it does not continue the name.
    typed = _typed("Invented . The flood swept away the clinic of the nurse Anna Pelling But her family said on "
                   "Sunday that the search went on . Photograph : Dale Mercer When BP 's engineers arrived , "
                   "the well was still leaking .", "en")
    assert typed.get("Anna Pelling") == "person" and typed.get("Dale Mercer") == "person", typed
    assert typed.get("BP") == "organization", typed
    typed = _typed("Article inventé. Les rebelles tiennent la ville, selon Karim Haddou Depuis trois jours, "
                   "les combats ont repris.", "fr")
    assert typed.get("Karim Haddou") == "person", typed


def test_an_abbreviated_title_without_its_point_and_a_time_zone_are_no_names():
    # Invented: British style writes "Prof" without a full stop; a live blog stamps its posts with a US time zone.
    typed = _typed("Invented . Our expert answers a reader from Leeds . Prof Edgerly says : `` The pressure is "
                   "too high . '' Live updates follow . 2.15 pm CDT : Engineers began lowering the dome near "
                   "Houston . 5 pm CST : BP said the cap would hold .", "en")
    assert typed.get("Edgerly") == "person" and "Prof Edgerly" not in typed, typed
    assert "CDT" not in typed and "CST" not in typed, typed


def test_a_water_or_a_landform_noun_ending_capitalized_words_names_a_place():
    # Invented: a bay, a river, a delta and a canal ending a name are places, not bodies, even when the gazetteer
    # does not know them.
    typed = _typed("Invented . Oil reached Pelham Bay on Monday , and fishermen on the Tallow River and in the "
                   "Mardon Delta said the slick was thick , while tankers crossed the Corwin Canal as they did "
                   "every day of the week in the summer .", "en")
    for name in ("Pelham Bay", "Tallow River", "Mardon Delta", "Corwin Canal"):
        assert typed.get(name) == "place", typed


def test_a_surname_the_dictionary_holds_after_an_unknown_given_name_makes_a_person():
    # Invented: the dictionary holds "Walsh" and "Johnson" as proper nouns, no common words, so a given name
    # our list misses before them names a person; a big city's name or an acronym among cased words does not.
    typed = _typed("Invented . The report was written by Tamsin Walsh , who interviewed Caddoc Johnson at "
                   "length in the harbour town , while the reinsurer Munich Trust and the lender Harbury TSB "
                   "declined to comment on the losses of the year .", "en")
    assert typed.get("Tamsin Walsh") == "person" and typed.get("Caddoc Johnson") == "person", typed
    assert typed.get("Munich Trust") != "person" and typed.get("Harbury TSB") != "person", typed


def test_an_acronym_of_a_common_noun_is_no_name():
    # Invented: a chief executive, a country's output and a campaign's headquarters named by their acronyms.
    typed = _typed("Invented . Shareholders asked the CEO of Harwell Mining to resign , as GDP fell for a third "
                   "quarter and the board gave its OK to the sale .", "en")
    assert not {"CEO", "GDP", "OK"} & set(typed), typed
    assert typed.get("Harwell Mining") == "organization", typed
    typed = _typed("Article inventé. Le PDG de Ravenor a quitté le QG de campagne lundi, alors que le PIB du pays "
                   "recule depuis trois trimestres.", "fr")
    assert not {"PDG", "QG", "PIB"} & set(typed), typed


def test_a_compass_point_opening_a_name_mid_sentence_is_part_of_it():
    # Invented: a compass point opens the name of a region, a sea, a body; before a demonym it is an adjective.
    typed = _typed("Invented . Traders in North Africa and fishermen on the South Marlow Sea waited , while the "
                   "North Atlantic Council met and troops stayed in the North African nation on Monday .", "en")
    assert typed.get("North Africa") == "place" and typed.get("South Marlow Sea") == "place", typed
    assert typed.get("North Atlantic Council") == "organization", typed
    assert "Africa" not in typed and "North African" not in typed, typed


def test_an_arabic_group_noun_opens_a_body_s_name():
    # Invented: "liwa" (brigade), "jaish" (army), "ansar" (supporters), "hizb" (party) head armed groups' and
    # parties' names, which the article and complement after them would otherwise make a person's.
    typed = _typed("Invented . Fighters of Liwa al-Haqq and Jaish al-Umma clashed near the camp on Monday , "
                   "while Ansar al-Din fled and Hizb al-Umma protested in the town .", "en")
    for name in ("Liwa al-Haqq", "Jaish al-Umma", "Ansar al-Din", "Hizb al-Umma"):
        assert typed.get(name) == "organization", typed
    typed = _typed("Article inventé. Les combattants de Liwa al-Haqq et de Jaish al-Oumma ont affronté la "
                   "Katibat al-Nour près du camp lundi.", "fr")
    for name in ("Liwa al-Haqq", "Jaish al-Oumma", "Katibat al-Nour"):
        assert typed.get(name) == "organization", typed


def test_an_article_phrase_of_the_base_does_not_cut_a_longer_name():
    # invented: "the West" of the base opens "the West Bank" and "the West Midlands", not a day after it
    mentions, entities = find_entities(doc(
        "Soldiers raided a camp in the West Bank on Monday. Police in the West Midlands made arrests. "
        "Moscow accused the West Tuesday of stoking the unrest.", lang="en"))
    names = {m.text: m.type for m in mentions}
    assert names.get("West Bank") == "place" and by_name(entities)["West Bank"].kb_id == "place-west-bank"
    assert names.get("West Midlands") == "place"
    assert "Bank" not in names and "Midlands" not in names
    assert names.get("the West") == "place"


def test_a_ship_or_a_rig_named_by_its_noun_is_no_person_or_place():
    # invented: the noun by the name tells a vessel, and so every mention of it; a place before "rig" stays one
    mentions, _ = find_entities(doc(
        "The tanker Morwen Castell ran aground off Alaska. Crews worked for weeks on the Morwen Castell. "
        "Divers reached the Halvard Crest rig, a Gulf of Mexico rig, said John Bailey, a rig worker.", lang="en"))
    types = {(m.text, m.type) for m in mentions}
    assert {("Morwen Castell", "organization"), ("Halvard Crest", "organization")} <= types
    assert not {t for n, t in types if n in ("Morwen Castell", "Halvard Crest") and t != "organization"}
    assert ("Gulf of Mexico", "place") in types and ("John Bailey", "person") in types


def test_a_spill_named_after_its_ship_names_no_person():
    # invented: a spill takes its ship's name; a spill named after a firm or a sea keeps the firm and the sea
    mentions, _ = find_entities(doc(
        "Lawyers compared the leak to the Morwen Castell spill of 1994. The Acme spill in the Baltic Sea was "
        "smaller, said Anna Kovac.", lang="en"))
    types = {(m.text, m.type) for m in mentions}
    assert ("Morwen Castell", "organization") in types and ("Anna Kovac", "person") in types
    assert not {t for n, t in types if n == "Morwen Castell" and t != "organization"}


@pytest.mark.parametrize("text, name", [
    # the full stop of an abbreviated title ends no sentence: the given name after it is no sentence-initial word
    ("Invented. Officials said Gen. Carter Smith left the base.", "Carter Smith"),
    ("Invented. The commander, Gen. Carter Ham, said the strikes would go on.", "Carter Ham"),
    ("Invented. Gov. Mitt Romney signed the bill.", "Mitt Romney"),
])
def test_a_name_after_an_abbreviated_title_keeps_its_given_name(text, name):
    doc = make_document(text, lang="en")
    assert name in {e.name for e in find_entities(doc)[1]}


@pytest.mark.parametrize("text, lang, demonym", [
    # a nationality is no place, for the smaller countries and the nations of a kingdom too
    ("Invented. A tremor struck west of the Haitian capital , Port-au-Prince , on Friday .", "en", "Haitian"),
    ("Invented. A Scottish couple , back from Mexico , fell ill with the flu .", "en", "Scottish"),
])
def test_a_demonym_is_no_entity(text, lang, demonym):
    names = {e.name for e in find_entities(make_document(text, lang=lang))[1]}
    assert demonym not in names


def test_a_body_of_the_base_written_with_a_lower_case_word_is_found():
    # Invented: the press writes "Croissant rouge" as often as "Croissant-Rouge"
    text = "Article inventé. Les vivres ont été remis à Valbrune au Croissant rouge, qui les distribuera."
    assert ("Croissant-Rouge", "organization") in {(e.name, e.type) for e in find_entities(make_document(text, lang="fr"))[1]}


@pytest.mark.parametrize("text, person, tag", [
    # a party's initial and a state after a politician's name are no place, and the name before them is a person's
    ("Invented. Rep. Nora Haskell , D-Massachusetts , said the leak had grown .", "Nora Haskell", "D-Massachusetts"),
    ("Invented. Sen. Paul Orrin -LRB- D-OH -RRB- voted against the bill .", "Paul Orrin", "D-OH"),
    ("Invented. The vote failed. Halvorsen (R-South Carolina) and two colleagues voted no.", "Halvorsen",
     "R-South Carolina"),
])
def test_a_party_tag_is_no_place_and_follows_a_politician(text, person, tag):
    types = {e.name: e.type for e in find_entities(make_document(text, lang="en"))[1]}
    assert types.get(person) == "person" and tag not in types


def test_ed_opens_a_persons_name():
    # Invented: "Ed" is a given name, not only an editor's abbreviation
    text = "Invented. Rep. Ed Halvorsen said the well was leaking more than the company said ."
    assert ("Ed Halvorsen", "person") in {(e.name, e.type) for e in find_entities(make_document(text, lang="en"))[1]}


def test_a_body_named_after_a_region_is_one_organisation():
    # Invented: a command named after the region it covers is no place
    text = ("Invented. Gen. Tom Brandt , commander of U.S. Africa Command , said the strikes would go on . "
            "A spokesman for US Southern Command said aid was on its way .")
    found = {(e.name, e.type) for e in find_entities(make_document(text, lang="en"))[1]}
    assert {("Africa Command", "organization"), ("Southern Command", "organization")} <= found
    assert "Africa" not in {name for name, _ in found}


@pytest.mark.parametrize("text, lang", [
    # a body of the base heading an Arabic name with its article: an armed group, no person
    ("Article inventé. Des membres du Fatah al-Islam ont été arrêtés près de Tripoli.", "fr"),
    ("Invented. Fighters of Fatah al-Islam clashed with the army near the camp .", "en"),
])
def test_a_body_of_the_base_and_its_complement_name_a_body(text, lang):
    types = {e.name: e.type for e in find_entities(make_document(text, lang=lang))[1]}
    assert types.get("Fatah al-Islam") == "organization"


@pytest.mark.parametrize("text", [
    # French writes the qaf "qu": these are the base's Al-Qaïda
    "Article inventé. Il explique qu'Al Quaïda recrute dans la région.",
    "Article inventé. Selon le ministre, El Quaïda prépare d'autres attaques.",
])
def test_a_french_qaf_spelling_finds_the_base(text):
    assert "al-qaeda" in {e.kb_id for e in find_entities(make_document(text, lang="fr"))[1]}


def test_a_grown_body_name_with_other_capitals_is_the_bases():
    # Invented: the base writes "Conseil national de transition", the article a capital N
    text = "Article inventé. La veille, le Conseil National de transition a siégé à Benghazi."
    assert "ntc-libya" in {e.kb_id for e in find_entities(make_document(text, lang="fr"))[1]}


def test_a_tv_anchor_is_a_person():
    # Invented transcript: an outlet's possessive names its reporter, though the surname is a common word, and a
    # name of common words is the person its speaker's label names
    text = ("Invented. CNN 's Anderson Baker reported from the square on Monday .\n"
            "I 'm Candy Rosslyn , and this is the evening report .\n"
            "ROSSLYN : Good evening . Protesters filled the square again .\n"
            "ROSSLYN : Anderson Baker is there for us .")
    mentions, entities = find_entities(make_document(text, lang="en"))
    types = {(m.text, m.type) for m in mentions}
    assert ("Anderson Baker", "person") in types and ("Candy Rosslyn", "person") in types
    rosslyn = {m.entity for m in mentions if m.text in ("Candy Rosslyn", "ROSSLYN")}
    assert len(rosslyn) == 1


@pytest.mark.parametrize("text, name, kind", [
    # the people of a firm, or its kind in the plural before "such as", type the name after them a firm's
    ("Invented. Lawmakers summoned executives from Kessler Brandt , Chevron and Shell .", "Kessler Brandt",
     "organization"),
    ("Invented. Analysts at Kessler Brandt expect the price to fall .", "Kessler Brandt", "organization"),
    ("Invented. Lenders such as Kessler Brandt cut their forecasts .", "Kessler Brandt", "organization"),
    # a capital or a big city there is where the firm is
    ("Invented. Grain prices will ease , say analysts at Moscow broker Volga Capital .", "Moscow",
     "place"),
])
def test_a_firms_people_or_kind_before_a_name_type_a_firm(text, name, kind):
    types = {e.name: e.type for e in find_entities(make_document(text, lang="en"))[1]}
    assert types.get(name) == kind


def test_a_name_written_so_for_a_person_elsewhere_is_that_person():
    # Invented: with a common given name mid-sentence, the archbishop's name is his
    text = "Invented. Archbishop Rowan Pelzer spoke first , and later Rowan Pelzer met the mayor ."
    mentions, entities = find_entities(make_document(text, lang="en"))
    pelzer = [m for m in mentions if m.text == "Rowan Pelzer"]
    assert len(pelzer) == 2 and {m.type for m in pelzer} == {"person"} and len({m.entity for m in pelzer}) == 1


@pytest.mark.parametrize("text, lang, kb_id", [
    # a paper's title opens with its article, which the text writes in lower case or contracted
    ("Invented. Le ministre s'est confié au Point mardi soir.", "fr", "le-point"),
    ("Invented. Selon le Monde, deux diplomates ont été rappelés.", "fr", "le-monde"),
    ("Invented. Les lecteurs du Figaro ont réagi en nombre.", "fr", "le-figaro"),
    ("Invented. The minister gave an interview to the Telegraph on Friday .", "en", "telegraph"),
])
def test_a_papers_article_in_lower_case_names_the_paper(text, lang, kb_id):
    mentions, entities = find_entities(make_document(text, lang=lang))
    assert [(e.type, e.kb_id) for e in entities] == [("organization", kb_id)]


@pytest.mark.parametrize("text, lang, name, kind", [
    # an Arabic place's head opens the name: a tribe's town, a river, a market, a fort, a port
    ("Invented. Les combats se poursuivent à Syrte et Beni Zarouk, selon les rebelles.", "fr", "Beni Zarouk", "place"),
    ("Invented. Le camp de réfugiés de Nahr el-Zayt a été encerclé.", "fr", "Nahr el-Zayt", "place"),
    ("Invented. Protesters gathered again in Souk Adwan on Friday .", "en", "Souk Adwan", "place"),
    ("Invented. A tanker left Marsa Dalil on Tuesday .", "en", "Marsa Dalil", "place"),
    # an institution or an endowment is a body's kind, even after a place's cue
    ("Invented. She is a fellow at the Harlow Institution in Boston .", "en", "Harlow Institution", "organization"),
    ("Invented. He works at the Harlow Endowment for Peace .", "en", "Harlow Endowment for Peace", "organization"),
    ("Invented. Selon un expert à l'Institution Harlow, rien ne bouge.", "fr", "Institution Harlow", "organization"),
])
def test_a_names_head_or_tail_gives_its_kind(text, lang, name, kind):
    types = {e.name: e.type for e in find_entities(make_document(text, lang=lang))[1]}
    assert types.get(name) == kind


@pytest.mark.parametrize("text", [
    # any person's title, capitalized before a given name and a surname, titles the person
    "Invented. The rules changed after Commissioner Helen Varga spoke .",
    "Invented. The new drama stars Actor Paul Hendry in the lead .",
    "Invented. The bill was tabled by Representative Paul Hendry on Monday .",
])
def test_a_persons_title_before_a_given_name_and_surname_titles_the_person(text):
    mentions, entities = find_entities(make_document(text, lang="en"))
    people = [(e.name, e.type) for e in entities if e.type == "person"]
    assert len(people) == 1 and people[0][0] in ("Helen Varga", "Paul Hendry")
    assert not [e for e in entities if e.type != "person"]


@pytest.mark.parametrize("text, name, kind", [
    # a title opening a place's or a body's name is part of it: the place or the body is named after a person
    ("Invented. The tanker ran aground in Prince Edwin Sound on Friday .", "Prince Edwin Sound", "place"),
    ("Invented. The girl was taken to Princess Alma Hospital overnight .", "Princess Alma Hospital", "organization"),
])
def test_a_title_opening_a_place_or_a_body_named_after_a_person_stays(text, name, kind):
    types = {e.name: e.type for e in find_entities(make_document(text, lang="en"))[1]}
    assert types == {name: kind}


def test_a_speakers_label_with_a_role_names_the_speaker_whole():
    # Invented transcript: the label's role after a comma is no name, and the given name, a common word, stays
    text = ("WOLF ROSSLYN , HOST : Good evening . Protesters filled the square again .\n"
            "ROSSLYN : Let us go to Cairo .")
    mentions, entities = find_entities(make_document(text, lang="en"))
    assert ("WOLF ROSSLYN", "person") in {(m.text, m.type) for m in mentions}
    assert not [m for m in mentions if m.text == "HOST"]
    assert len({m.entity for m in mentions if "ROSSLYN" in m.text}) == 1


def test_a_capitalized_person_particle_inside_a_name_makes_a_person():
    # Invented: "Van", a common word, is the particle of the surname, as "van" is
    text = "Invented. The talks were chaired by Stan Van Hoeck on Monday ."
    types = {e.name: e.type for e in find_entities(make_document(text, lang="en"))[1]}
    assert types == {"Stan Van Hoeck": "person"}


@pytest.mark.parametrize("text, name", [
    # a soldier's rank before his name titles him, as an officer's does
    ("Invented. Friends said Guardsman Reilly was a cheerful man .", "Reilly"),
    ("Invented. The patrol was led by Lance Corporal Dean Harlow near the river .", "Dean Harlow"),
])
def test_a_soldiers_rank_titles_him(text, name):
    types = {e.name: e.type for e in find_entities(make_document(text, lang="en"))[1]}
    assert types == {name: "person"}


@pytest.mark.parametrize("text, lang, name", [
    # invented: a dateline or a speaker's label in capitals beside the running text's spelling
    ("MARTA KOVALENKO : We wait . MARTA KOVALENKO : We still wait . Marta Kovalenko left on Friday .", "en",
     "Marta Kovalenko"),
    ("OSLO — NILS ARNE BRATTVOLD : We will stay . The envoy, Nils Brattvold, left on Friday .", "en",
     "Nils Arne Brattvold"),
    # the capitals alone: the gazetteer writes the place it found
    ("KAMPALA - Ministers met on Monday to weigh the plan .", "en", "Kampala"),
])
def test_a_name_in_capitals_is_written_as_the_text_or_the_gazetteer_writes_it(text, lang, name):
    entities = find_entities(make_document(text, lang=lang))[1]
    assert name in {e.name for e in entities}


@pytest.mark.parametrize("text, lang, kept", [
    # invented: a model's or a weapon's code is no actor; a body before it stays, the G-8 too
    ("Invented. Two C-130 transports and the Air Force F-15E jets flew over the port .", "en", {"Air Force"}),
    ("Invented. Rebels fired SAM-7 missiles at the jets before they reached Lima .", "en", {"Lima"}),
    ("Invented. Les rebelles portaient des AK-47 lorsque le G-8 s'est réuni à Rome .", "fr", {"G-8", "Rome"}),
])
def test_a_designation_code_is_no_name(text, lang, kept):
    mentions = find_entities(make_document(text, lang=lang))[0]
    assert {m.text for m in mentions} == kept


@pytest.mark.parametrize("text, role", [
    # invented: the window cut the role's complement off; the link word before it is no part of the role
    ("Invented. The council will fall apart, said Omar Haddad, an expert on the tribes of the region .", "expert"),
    ("Invented. The militia is split, said Karim Benali, a former commander in the Northern Brigade .", "commander"),
])
def test_a_role_never_ends_on_a_link_word(text, role):
    entities = find_entities(make_document(text, lang="en"))[1]
    assert [r["role"] for e in entities if e.type == "person" for r in e.roles] == [role]


def test_a_link_word_of_an_apposition_is_a_whole_word():
    # invented: "depuis" opens with "de" but is no link to an affiliation
    text = "Invented. Le scrutin sera reporté, a expliqué Paul Girard, médecin exerçant en Jordanie depuis 2009 ."
    entities = find_entities(make_document(text, lang="fr"))[1]
    assert not [r for e in entities for r in e.roles if "puis" in r.get("affiliation", "")]


@pytest.mark.parametrize("text, lang, name", [
    # invented: after a comma, a title followed by a name is that name's own title, listing a second person
    ("Invented. The summit brought together Anna Keller, Prime Minister Daniel Moreau and other leaders .", "en",
     "Anna Keller"),
    ("Invented. Le sommet a réuni Paul Girard, le ministre belge Marc Dubois et d'autres invités .", "fr",
     "Paul Girard"),
    # invented: a capitalized word after the title is no part of its role
    ("Invented. The ship carried Omar Haddad, his son Karim and three crew members .", "en", "Omar Haddad"),
])
def test_a_title_before_a_name_is_no_role_of_the_name_before(text, lang, name):
    entities = find_entities(make_document(text, lang=lang))[1]
    roles = [r["role"] for e in entities if e.name == name for r in e.roles]
    assert not [role for role in roles if role[:1].isupper() or " " in role.strip()], roles


@pytest.mark.parametrize("text, role", [
    # invented: past the title that heads it, an English role's lower-case words are a clause's
    ("Invented. The court will rule on Monday, said Lena Ford, the prosecutor said he would appeal .", "prosecutor"),
    ("Invented. The port reopened, according to Omar Haddad, an official overseeing the works .", "official"),
    # invented: up to the title that heads it, a compound is the role
    ("Invented. Prices will rise, said Lena Ford, chief oil analyst at Brent Partners .", "chief oil analyst"),
])
def test_an_english_role_ends_on_its_title(text, role):
    entities = find_entities(make_document(text, lang="en"))[1]
    assert [r["role"] for e in entities if e.type == "person" for r in e.roles] == [role]


@pytest.mark.parametrize("text, lang, role", [
    # invented: a title before a name is written in lower case in the role, an acronym keeps its capitals
    ("Invented. Talks resumed when Deputy Foreign Minister Daniel Moreau arrived .", "en", "deputy foreign minister"),
    ("Invented. The board met and CEO Daniel Moreau resigned .", "en", "CEO"),
    # invented: a transcript's label in capitals
    ("Invented. DANIEL MOREAU , VICE PRESIDENT : We will not leave .", "en", "vice president"),
    ("Invented. Le Premier ministre Daniel Moreau est arrivé à Rome .", "fr", "premier ministre"),
])
def test_a_role_is_written_in_lower_case(text, lang, role):
    entities = find_entities(make_document(text, lang=lang))[1]
    assert role in [r["role"] for e in entities if e.type == "person" for r in e.roles]


@pytest.mark.parametrize("text, name", [
    # invented: after a bare preposition, a verb, an idiom or a number ends a body's name
    ("Invented. Les élus du Front populaire pour réclamer des élections ont défilé .", "Front populaire"),
    ("Invented. Le général a dissous le Parlement à peine réuni .", "Parlement"),
    ("Invented. Le roi a nommé 20 femmes au Sénat sur 120 membres .", "Sénat"),
    ("Invented. La Syrie a été exclue de la Ligue en 2011 .", "Ligue"),
    # invented: an article after the preposition keeps the complement in the name
    ("Invented. L'Organisation internationale pour les migrations affrète un bateau .",
     "Organisation internationale pour les migrations"),
])
def test_a_french_body_name_ends_before_a_clause(text, name):
    mentions = find_entities(make_document(text, lang="fr"))[0]
    assert name in {m.text for m in mentions if m.type == "organization"}


@pytest.mark.parametrize("text, lang, name", [
    # invented: a capitalized particle opens the surname after it, even where the words before it make a known name
    ("Invented. Reporting by Jehan El Norik in Vasko .", "en", "Jehan El Norik"),
    ("Invented. A Manama, Ali Al Tarek a décrit la scène .", "fr", "Ali Al Tarek"),
])
def test_a_name_never_ends_on_a_particle(text, lang, name):
    mentions = find_entities(make_document(text, lang=lang))[0]
    assert name in {m.text for m in mentions}


def test_a_title_after_a_body_s_word_names_a_person():
    # invented: the body's word before the title does not make the title holder a body
    text = "Invented. The Liberal Party official Hiroshi Tanabe appeared at a news conference ."
    mentions = find_entities(make_document(text, lang="en"))[0]
    assert [m.type for m in mentions if m.text == "Hiroshi Tanabe"] == ["person"]


@pytest.mark.parametrize("text, name", [
    # invented: a soldier's rank, written out or abbreviated, is no part of the name
    ("Invented. The medal went to Private Darren Moles of the regiment .", "Darren Moles"),
    ("Invented. Spc. Amber Colt said the unit was ready .", "Amber Colt"),
    ("Invented. The court heard Pfc Lance Ortiz on Friday .", "Lance Ortiz"),
    ("Invented. Petty Officer Kelly Marsh was rescued at sea .", "Kelly Marsh"),
])
def test_a_military_rank_is_no_part_of_a_name(text, name):
    mentions = find_entities(make_document(text, lang="en"))[0]
    assert [(m.text, m.type) for m in mentions] == [(name, "person")]


def test_a_plural_body_head_joins_its_complement():
    # invented: "Centers" heads the body's name over "for" as "Center" does
    text = "Invented. The Centers for Animal Health said on Monday the herd was sick ."
    mentions = find_entities(make_document(text, lang="en"))[0]
    assert [m.text for m in mentions] == ["Centers for Animal Health"]


@pytest.mark.parametrize("text, name, type_", [
    # invented: a weekday, or a month before a day's number, told right after a name is the date, not the name's
    ("Invented. King Farid II Tuesday named a new cabinet .", "Farid II", "person"),
    ("Invented. Troops moved around Qasrat Sunday , residents said .", "Qasrat", "place"),
    ("Invented. A truck burns in a street of Ras Tannur March 4 , 2011 .", "Ras Tannur", "place"),
])
def test_a_date_after_a_name_is_no_part_of_it(text, name, type_):
    mentions = find_entities(make_document(text, lang="en"))[0]
    assert (name, type_) in {(m.text, m.type) for m in mentions}



@pytest.mark.parametrize("text, lang, name", [
    # invented: a square, a street or a park named by its kind first in French, an airport, a stadium or a park
    # named by its kind last in English, is a place whatever common words name it
    ("Invented. La foule s'est massée sur la Place Verte dimanche .", "fr", "Place Verte"),
    ("Invented. Un cortège a remonté l'Avenue Fleurie jusqu'au port .", "fr", "Avenue Fleurie"),
    ("Invented. The plane landed at Ostrava Airport after the storm .", "en", "Ostrava Airport"),
    ("Invented. Protesters camped in Harbour Park for a week .", "en", "Harbour Park"),
])
def test_a_place_s_kind_makes_a_place_of_common_words(text, lang, name):
    mentions = find_entities(make_document(text, lang=lang))[0]
    assert (name, "place") in {(m.text, m.type) for m in mentions}


@pytest.mark.parametrize("text, lang, name", [
    # invented: the Arabic noun for a group heads a body's name, as liwa or jaish do
    ("Invented. Un ancien de la Jamaa Nouriya a été nommé gouverneur .", "fr", "Jamaa Nouriya"),
    ("Invented. Members of Gama'a Al-Rashidiya were freed on Monday .", "en", "Gama'a Al-Rashidiya"),
])
def test_an_arabic_group_noun_heads_a_body(text, lang, name):
    mentions = find_entities(make_document(text, lang=lang))[0]
    assert (name, "organization") in {(m.text, m.type) for m in mentions}


@pytest.mark.parametrize("text, name", [
    # invented: a building's noun before a name makes it the building's, though a person's name makes it
    ("Invented. Les détenus de la prison d'Abou Karam ont été libérés .", "Abou Karam"),
    ("Invented. La foule s'est rassemblée devant la mosquée Omar Fathallah .", "Omar Fathallah"),
    ("Invented. Les journalistes logeaient à l'hôtel Mirabeau .", "Mirabeau"),
])
def test_a_building_s_noun_makes_a_place(text, name):
    mentions = find_entities(make_document(text, lang="fr"))[0]
    assert (name, "place") in {(m.text, m.type) for m in mentions}


def test_a_name_opening_a_longer_one_is_its_bearer():
    # invented: a kunya and a given name, then the full name with the family name after them
    text = ("Invented. Le député Abou Karim El Mazrahi a parlé mardi . Les propos d'Abou Karim ont surpris , "
            "et le ministre Jean Roe NOAA a répondu .")
    mentions, entities = find_entities(make_document(text, lang="fr"))
    ids = {m.text: m.entity for m in mentions}
    assert ids["Abou Karim"] == ids["Abou Karim El Mazrahi"]


@pytest.mark.parametrize("text", [
    # invented: a given name that is a common word ("Teddy", "Newt") makes a body of two words by their shape
    # alone; listed with a person's full name, before or after it, they are a person's too
    "Invented. The panel heard Carla Dunmore , Teddy Walton and Greg Ashby on Monday .",
    "Invented. Reporting by Newt Calloway and Brian Hollis ; editing by Ann Pember .",
])
def test_a_name_listed_with_persons_is_a_person(text):
    typed = _typed(text, "en")
    assert set(typed.values()) == {"person"}, typed


@pytest.mark.parametrize("text, lang", [
    # invented: a civility before a name opens it but tells nothing of what the person does
    ("Invented. Selon M. Karimov , la ville est calme . Mme Dupuis a confirmé .", "fr"),
    ("Invented. Mr Halvorsen agreed on Monday , and Mrs Pike said so too .", "en"),
])
def test_a_civility_is_no_role(text, lang):
    _, entities = find_entities(doc(text, lang))
    assert entities and all(not e.roles for e in entities), [(e.name, e.roles) for e in entities]


def test_a_title_word_cut_off_a_name_ends_the_title_before_it():
    # invented: "State" opens the capitalized run, the whole title stands before it
    _, entities = find_entities(doc("Invented. Secretary of State Jane Roe said on Monday the talks would go on .", "en"))
    assert [e.roles for e in entities if e.name == "Jane Roe"] == [[{"role": "secretary of state"}]]


@pytest.mark.parametrize("text, lang, short, full", [
    # invented: once a body is named in full, its head alone names it again
    ("Invented. La Commission d'enquête a rendu son rapport lundi . Selon la Commission , 40 personnes ont été "
     "blessées .", "fr", "Commission", "Commission d'enquête"),
    ("Invented. The Court of Arbitration met on Monday . Lawyers said the Court would rule soon .", "en", "Court",
     "Court of Arbitration"),
])
def test_a_body_s_head_alone_names_it_again(text, lang, short, full):
    mentions, _ = find_entities(doc(text, lang))
    ids = {m.text: m.entity for m in mentions}
    assert ids[short] == ids[full], ids


@pytest.mark.parametrize("text, lang, name", [
    # invented: a lost full stop glues a subject pronoun, which opens a clause, to the name before it
    ("Invented. The convoy left Ostrava They reached the border at dawn .", "en", "Ostrava"),
    ("Invented. Le convoi a quitté Ostrava Ils ont atteint la frontière à l'aube .", "fr", "Ostrava"),
])
def test_a_subject_pronoun_opens_a_clause_after_a_name(text, lang, name):
    mentions, _ = find_entities(doc(text, lang))
    assert name in {m.text for m in mentions}, [m.text for m in mentions]


@pytest.mark.parametrize("text, lang, name", [
    # invented: a bearing or a distance reckoned from a point names a place, though a given name opens it
    ("Invented. Les blindés avançaient mardi à 30 km au nord de Ben Karadi .", "fr", "Ben Karadi"),
    ("Invented. Artillery hit villages north of Salah al-Rami on Monday .", "en", "Salah al-Rami"),
])
def test_a_bearing_names_a_place(text, lang, name):
    assert _typed(text, lang).get(name) == "place", _typed(text, lang)


@pytest.mark.parametrize("text, lang, name, role", [
    # invented: a verb or a preposition before a title in apposition ("selon un porte-parole") opens another
    # clause, and a conjunction before a determiner another person's title: neither is the name's role
    ("Invented. Le ministre Karim Nadir , et le maire de la ville , Samir Haddad , ont signé .", "fr",
     "Karim Nadir", "maire"),
    ("Invented. Le port est fermé , a dit Karim Nadir , selon un porte-parole de la mairie .", "fr",
     "Karim Nadir", "porte-parole"),
])
def test_an_apposition_s_title_after_a_verb_or_another_s_determiner_is_no_role(text, lang, name, role):
    _, entities = find_entities(doc(text, lang))
    roles = [r["role"] for e in entities if e.name == name for r in e.roles]
    assert role not in roles, roles


@pytest.mark.parametrize("text, lang", [
    # invented: a given name that is also a town, or a common word, then a middle initial: one person's name
    ("Invented. Le président Franklin D. Barrow a signé le traité .", "fr"),
    ("Invented. Recordings of Franklin D. Barrow 's speeches were played .", "en"),
])
def test_a_middle_initial_keeps_a_person_s_name_whole(text, lang):
    assert _typed(text, lang).get("Franklin D. Barrow") == "person", _typed(text, lang)


def test_a_given_name_after_a_title_joins_no_person_known_by_other_titles():
    # Invented articles: "le président Walter" is not the general Walter Brennick, nor the prince Emmanuel the
    # president the base knows; a title the full name also bears, a relation or a title any holder bears joins.
    text = ("Le général Walter Brennick commande la mission depuis mars. Il se souvient de l'accord signé par le "
            "président Walter en 1979. Le prince Emmanuel a reçu Emmanuel Macron à Rabat.")
    groups = _person_texts(text, "fr")
    assert not any({"Walter", "Walter Brennick"} <= g for g in groups), groups
    assert not any({"Emmanuel", "Emmanuel Macron"} <= g for g in groups), groups
    text = ("Le roi Faysal II a reçu les ministres. Le roi Faysal a ensuite parlé. L'avocate Lina Varnak a plaidé; "
            "sa fille Lina était dans la salle.")
    groups = _person_texts(text, "fr")
    assert any({"Faysal", "Faysal II"} <= g for g in groups), groups
    assert any({"Lina", "Lina Varnak"} <= g for g in groups), groups
    text = "President Omar Kassimi spoke on Monday. The current leader Omar has ruled since 2004."
    assert any({"Omar", "Omar Kassimi"} <= g for g in _person_texts(text, "en"))


def test_a_person_s_name_after_a_trade_that_is_also_a_body_s_cue_is_a_person():
    # Invented listing: "broadcaster" is a trade before a person's name and a kind of body before a channel's.
    found = {(m.text, m.type) for m in find_entities(doc(
        "Actor and broadcaster Tom Pellow hosts the late show. The veteran broadcaster Jen Larrow joins him. "
        "The public broadcaster NHK aired it.", "en"))[0]}
    assert {("Tom Pellow", "person"), ("Jen Larrow", "person"), ("NHK", "organization")} <= found, found


def test_the_name_after_a_credit_line_s_work_and_by_is_its_author():
    # Invented wire story: the credit line's names are of common words, yet each is the author of the work before
    # "by"; a name of common words elsewhere stays a body.
    found = {(m.text, m.type) for m in find_entities(doc(
        "The ferry listed for an hour before it sank, a report by Coast Watch said on Sunday. "
        "(Reporting by Rose Baker; editing by Will Tanner)", "en"))[0]}
    assert {("Rose Baker", "person"), ("Will Tanner", "person"), ("Coast Watch", "organization")} <= found, found


def test_a_name_with_an_age_between_commas_after_it_is_a_person_s():
    # Invented report: a given name and a surname that are both common words, then the person's age.
    found = {(m.text, m.type) for m in find_entities(doc(
        "The storm tore the roof off the school overnight. \"We heard it go,\" said Rose Baker, 34, "
        "a teacher who lives next door. The road stays closed, a notice by Coast Watch said on Monday.", "en"))[0]}
    assert {("Rose Baker", "person"), ("Coast Watch", "organization")} <= found, found


def test_a_quote_s_speaker_named_by_common_words_after_its_verb_is_a_person():
    # Invented report: the speaker after the quote's close and "said" is a person, though his name is of common
    # words; a name glued to a web address is no speaker's whole name.
    found = {(m.text, m.type) for m in find_entities(doc(
        "The water rose fast overnight. \"We lost the whole crop,\" said Clay Warden, a farmer near the river. "
        "\"Prices may climb,\" said Harbor Trade Desk.com analyst Ann Poe.", "en"))[0]}
    assert ("Clay Warden", "person") in found, found
    assert ("Harbor Trade Desk", "person") not in found, found


def test_a_title_word_ending_another_name_is_no_role():
    # Invented: a singer whose surname is a title, and a town whose name ends on one, stand before persons in a
    # list or a clause; neither gives them a title.
    text = ("Her heroes were few. Anna Ruiz, Carole King, Tom Baker, each sang of the river. After the talks in "
            "Sharm el-Sheikh, Omar Haddad flew home.")
    roles = {e.name: [r["role"] for r in e.roles] for e in find_entities(doc(text, "en"))[1]}
    assert roles["Anna Ruiz"] == roles["Tom Baker"] == roles["Omar Haddad"] == [], roles


def test_a_laboratory_named_after_a_person_is_a_body():
    # Invented: a laboratory's name opening on a given name is the laboratory's, a body's.
    mentions = find_entities(doc("Scientists at the Dana Marsh Laboratory found oil in the samples, the team said.",
                                 "en"))[0]
    assert [(m.text, m.type) for m in mentions] == [("Dana Marsh Laboratory", "organization")], mentions


def test_a_bullet_opens_a_sentence():
    # Invented summary bullets: a capitalized verb or common word after "*" opens the line, no name.
    text = "Drought deepens in the south. * Warns Chile of a long dry season * Harvest may fall by a third"
    assert [m.text for m in find_entities(doc(text, "en"))[0]] == ["Chile"]


@pytest.mark.parametrize("text, name", [
    # Invented: a participle between a body's cue and the name still describes the body.
    ("Selon le quotidien indépendant Ramy Saleh, la digue a cédé.", "Ramy Saleh"),
    ("Des étudiants ont fondé un mouvement nommé Dana Farès pour protester.", "Dana Farès"),
])
def test_a_participle_after_a_bodys_cue_keeps_the_cue(text, name):
    types = {m.text: m.type for m in find_entities(doc(text, "fr"))[0]}
    assert types[name] == "organization", types


@pytest.mark.parametrize("text, lang, region", [
    # Invented: the Americas' regions are places of their own, not the United States nor bodies.
    ("Le commerce avec l'Amérique latine a progressé de 4 % l'an dernier.", "fr", "Amérique latine"),
    ("Exports to South America and Central America rose by 4 percent last year.", "en", "South America"),
    # Invented: the other world regions of two words or more are places of their own, not their continent.
    ("La sécheresse frappe l'Afrique du Nord depuis trois ans.", "fr", "Afrique du Nord"),
    ("Aid to sub-Saharan Africa fell by a fifth last year.", "en", "sub-Saharan Africa"),
])
def test_a_world_region_is_a_place(text, lang, region):
    mentions = find_entities(doc(text, lang))[0]
    found = {m.text: (m.type, m.entity) for m in mentions}
    assert found[region][0] == "place" and "place-us" not in str(found[region][1]), found


def test_a_page_sections_title_is_no_actor():
    # Invented page footer: the section's title after "rubrique" names no place nor body.
    text = "Le barrage de Tarnville a cédé dans la nuit de lundi. Lisez les autres articles de la rubrique  Afrique."
    assert "Afrique" not in [m.text for m in find_entities(doc(text))[0]]


def test_a_century_in_roman_numerals_is_no_name():
    # Invented: centuries written in Roman numerals, after "au" or "du", are no places.
    text = "Bâtie au XIVe siècle, la tour de Tarnville a été restaurée à la fin du XXe siècle par Anne Roussel."
    assert [m.text for m in find_entities(doc(text))[0]] == ["Anne Roussel"]


@pytest.mark.parametrize("text, lang, kept", [
    # Invented: one capitalized common word after a place's preposition, which the gazetteer knows as no place, is
    # the word; a region named by a common word stays a place.
    ("Le ministre Paul Vernet a parlé au Sommet mondial de l'eau.", "fr", ["Paul Vernet"]),
    ("The band was a sensation in the Fifties, Tom Reed recalled.", "en", ["Tom Reed"]),
    ("Paul Vernet vit dans la Creuse depuis 2010.", "fr", ["Paul Vernet", "Creuse"]),
])
def test_a_common_word_after_a_places_preposition_is_no_place(text, lang, kept):
    assert [m.text for m in find_entities(doc(text, lang))[0]] == kept


@pytest.mark.parametrize("text, lang, kept", [
    # Invented: a common word that only another name of a small town abroad bears is the word, after a place's
    # preposition too; a city's other name stays the city ("Gênes", Genoa).
    ("Ils ont tous survécu au Tsunami, raconte Paul Vernet.", "fr", ["Paul Vernet"]),
    ("Rescuers from the Tsunami relief effort met Tom Reed.", "en", ["Tom Reed"]),
    ("Paul Vernet a parlé à Gênes mardi.", "fr", ["Paul Vernet", "Gênes"]),
    # Invented: a common word the text also writes in lower case names no small town of the story's country
    # without a place's preposition.
    ("In the United States, Tom Reed said Liberty matters more than any law. He said liberty was not for sale.",
     "en", ["United States", "Tom Reed"]),
])
def test_a_common_word_is_no_small_towns_other_name(text, lang, kept):
    assert [m.text for m in find_entities(doc(text, lang))[0]] == kept


@pytest.mark.parametrize("text, lang, name, kind", [
    # Invented: the name right after writing or reading in a publication ("parue dans", "writing in the") is the
    # publication, no place; a big city there stays where one wrote.
    ("Selon une chronique parue dans Valbrune, la digue a cédé.", "fr", "Valbrune", "organization"),
    ("Tom Reed, writing in the Valbrune Review, said the dam held.", "en", "Valbrune Review", "organization"),
    ("A study published in Tarnquist found that the dam held, said Tom Reed.", "en", "Tarnquist", "organization"),
    ("Tom Reed wrote in Boston that the dam held.", "en", "Boston", "place"),
    # Invented: a paper's or a channel's noun right after a name makes it the medium; a country's stays a place.
    ("The hardline Tarnquist daily said the dam held.", "en", "Tarnquist", "organization"),
    ("Tom Reed told US television that the dam held.", "en", "US", "place"),
])
def test_a_name_after_writing_in_is_a_publication(text, lang, name, kind):
    assert {m.text: m.type for m in find_entities(doc(text, lang))[0]}.get(name) == kind


@pytest.mark.parametrize("text, lang, name, ocean", [
    # Invented: an ocean named by one word is the ocean of the knowledge base, no namesake town of the gazetteer's.
    ("The storm crossed the Atlantic and hit Florida, Tom Reed said.", "en", "Atlantic", "kb:place-atlantic"),
    ("Tom Reed sailed across the Pacific to Hawaii.", "en", "Pacific", "kb:place-pacific"),
    ("La tempête a traversé l'Atlantique, selon Paul Vernet.", "fr", "Atlantique", "kb:place-atlantic"),
])
def test_an_ocean_is_the_ocean(text, lang, name, ocean):
    assert {m.text: m.entity for m in find_entities(doc(text, lang))[0]}.get(name) == ocean


@pytest.mark.parametrize("text, persons", [
    # Invented: common given names of the list open a person's name, though the surname is a common word.
    ("The quiz returns tonight with Garry Baker and Glenda Price as hosts.", ["Garry Baker", "Glenda Price"]),
    ("Tonight the quiz is hosted by Martyn Cook, then Stevie Rose sings.", ["Martyn Cook", "Stevie Rose"]),
])
def test_a_listed_given_name_opens_a_persons_name(text, persons):
    types = {m.text: m.type for m in find_entities(doc(text, "en"))[0]}
    assert [types.get(p) for p in persons] == ["person"] * len(persons), types


def test_a_given_name_alone_is_no_spelling_of_a_surname():
    # Invented: a lone given name whose consonants match another person's surname is not that person.
    text = "The singer Lena Simone opened the night at the Tarn Hall. Later, Simon joined the band on stage."
    mentions, entities = find_entities(doc(text, "en"))
    names = {e.id: e.name for e in entities}
    assert {m.text: names[m.entity] for m in mentions}.get("Simon") == "Simon", mentions


def test_a_shouted_word_without_its_accents_is_the_word():
    # Invented: a common word in capitals, written without its accents, is a shout; acronyms stay bodies.
    text = "Les riverains disent leur COLERE devant la mairie, raconte Paul Vernet. La FNSEA et le MEDEF ont signé."
    assert [m.text for m in find_entities(doc(text))[0]] == ["Paul Vernet", "FNSEA", "MEDEF"]


@pytest.mark.parametrize("text, lang, found", [
    # Invented: a given name that is also a country's name opens a person's name before a surname, and names the
    # country alone.
    ("Le président Salvador Montes a parlé hier au Salvador, devant les élus.", "fr",
     [("Salvador Montes", "person"), ("Salvador", "place")]),
    ("The cast includes Dominique Marnier and Tom Reed.", "en", [("Dominique Marnier", "person"), ("Tom Reed", "person")]),
])
def test_a_given_name_that_names_a_country_opens_a_persons_name(text, lang, found):
    assert [(m.text, m.type) for m in find_entities(doc(text, lang))[0]] == found


def test_a_title_after_a_plural_determiner_is_no_apposition():
    # Invented: ", ses fils et …" lists others after the name; ", un des fils de …" picks the person out.
    text = ("Les juges convoquent le colonel Ali Tarek, ses fils et deux de ses ministres. La brigade dirigée par "
            "Karim Nadir, un des fils du colonel Ali Tarek, a reculé.")
    roles = {e.name: [r["role"] for r in e.roles] for e in find_entities(doc(text))[1]}
    assert roles["Ali Tarek"] == ["colonel"] and roles["Karim Nadir"] == ["fils"], roles
