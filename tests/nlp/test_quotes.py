"""Quotes and their speakers. The articles here are invented for the tests (events and people are fictional)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vigie.ingest.document import make_document
from vigie.model import Entity, Mention
from vigie.nlp.patterns import vocabulary, word_list
from vigie.nlp.quotes import find_claims, find_quotes

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
needs_shared = pytest.mark.skipif(not SEEDS.exists(), reason="../shared is absent (evaluation data lives there)")

ARTICLE = """Crue de la Sèvre : le maire appelle à la vigilance

Le maire de Clairmont, Jean Dufresne, a appelé mardi les riverains à quitter les berges. « L'eau monte encore. Nous ne prendrons aucun risque », a déclaré l'élu lors d'un point presse.

« On a tout perdu, la cave, la voiture », raconte une habitante du quartier bas.

Le préfet, Paul Granier, a estimé que la décrue commencerait jeudi. Il a dénoncé une gestion « irresponsable » des barrages en amont.

« Les pompes tournent jour et nuit », écrit-il sur X.

Selon Météo-France, les pluies cesseront dans la nuit. La digue a tenu, a précisé une source municipale.
"""


def _quotes(text: str, lang: str = "fr", mentions=None, entities=None):
    doc = make_document(text, lang=lang)
    return doc, find_quotes(doc, mentions or [], entities or [])


def _by_text(quotes, fragment):
    found = [q for q in quotes if fragment in q.text]
    assert found, f"no quote containing {fragment!r} in {[q.text for q in quotes]}"
    return found[0]


def test_direct_quote_with_title_resolved_to_the_named_person():
    _, quotes = _quotes(ARTICLE)
    q = _by_text(quotes, "L'eau monte encore")
    assert q.kind == "direct" and q.verb == "déclaré"
    assert q.speaker.text == "Jean Dufresne"


def test_anonymous_source_keeps_its_words_and_no_entity():
    _, quotes = _quotes(ARTICLE)
    q = _by_text(quotes, "On a tout perdu")
    assert q.speaker.text == "une habitante du quartier bas" and q.speaker.entity is None


def test_pronoun_resolves_to_the_last_person():
    _, quotes = _quotes(ARTICLE)
    assert _by_text(quotes, "Les pompes tournent").speaker.text == "Paul Granier"


def test_indirect_speech_partial_quote_selon_and_inverted_clause():
    _, quotes = _quotes(ARTICLE)
    que = _by_text(quotes, "la décrue commencerait jeudi")
    assert que.kind == "indirect" and que.speaker.text == "Paul Granier"
    partial = _by_text(quotes, "irresponsable")
    assert partial.kind == "partial" and partial.speaker.text == "Paul Granier"
    selon = _by_text(quotes, "les pluies cesseront")
    assert selon.verb.lower() == "selon" and selon.speaker.text == "Météo-France"
    inverted = _by_text(quotes, "La digue a tenu")
    assert inverted.speaker.text == "une source municipale"
    call = _by_text(quotes, "les riverains à quitter les berges")
    assert call.speaker.text == "Jean Dufresne"


def test_offsets_point_into_the_text():
    doc, quotes = _quotes(ARTICLE)
    assert quotes
    for q in quotes:
        assert doc.text[q.start:q.end] == q.text
        if q.speaker and q.speaker.start is not None:
            assert doc.text[q.speaker.start:q.speaker.end] == q.speaker.text


def test_scare_quotes_and_titles_are_not_quotes():
    _, quotes = _quotes("Le gouvernement a signé un accord créant une « zone tampon » le long du fleuve.\n\n"
                        "Le film « Les Ombres » sort mercredi en salles.")
    assert quotes == []


def test_quote_across_paragraphs_and_unclosed_quote():
    text = ("« La situation est grave. Les stocks baissent.\n\n"
            "« Il faut agir vite », a prévenu la ministre Anne Roche.\n\n"
            "Elle a ajouté : « Nous verrons demain\n\n"
            "Le conseil se réunit lundi.")
    doc, quotes = _quotes(text)
    long = _by_text(quotes, "La situation est grave")
    assert "Il faut agir vite" in long.text and long.speaker.text == "Anne Roche"
    unclosed = _by_text(quotes, "Nous verrons demain")
    assert unclosed.end <= doc.text.index("Le conseil")
    assert unclosed.speaker.text == "Anne Roche"


def test_nested_quotes_stay_inside_their_quote():
    _, quotes = _quotes("« Ils appellent ça une “opération de sécurité”, c'est une guerre », a lancé Marc Vidal.")
    assert len(quotes) == 1
    assert "opération de sécurité" in quotes[0].text and quotes[0].speaker.text == "Marc Vidal"


def test_ascii_and_single_quotes_and_apostrophes():
    _, quotes = _quotes("'Nous n'avons pas d'autre choix', a déclaré le porte-parole, Hugo Lenoir. "
                        "L'armée a parlé d'une \"erreur tragique\", selon l'agence officielle.")
    q = _by_text(quotes, "Nous n'avons pas d'autre choix")
    assert q.text == "Nous n'avons pas d'autre choix" and q.speaker.text == "Hugo Lenoir"


def test_english_tweet_in_a_french_article():
    text = ("Le sénateur Tom Baxter a réagi sur les réseaux sociaux.\n\n"
            "We stand with the people of Clairmont. Help is on the way.— Tom Baxter (@tombaxter) March 3, 2024\n\n"
            "Les secours sont arrivés dans la soirée.")
    _, quotes = _quotes(text)
    tweet = _by_text(quotes, "We stand with")
    assert tweet.kind == "direct" and tweet.lang == "en" and tweet.speaker.text == "Tom Baxter"


def test_english_article():
    text = ('"We were not warned," said Mary Hollis, a resident of the estate. '
            "The council said the pipes had been checked in May. "
            'According to the water board, supplies will resume on Friday.')
    _, quotes = _quotes(text, lang="en")
    assert _by_text(quotes, "We were not warned").speaker.text == "Mary Hollis"
    assert _by_text(quotes, "the pipes had been checked").speaker.text == "The council"
    assert "water board" in _by_text(quotes, "supplies will resume").speaker.text


def test_mentions_and_entity_roles_resolve_titles():
    text = ("Donald Carver a appelé lundi au calme. « Rentrez chez vous », a lancé le président des Etats-Unis.")
    doc = make_document(text, lang="fr")
    start = text.index("Donald Carver")
    mentions = [Mention(start, start + 13, "Donald Carver", "person", "p1")]
    entities = [Entity("p1", "person", "Donald Carver", mentions=[(start, start + 13)],
                       roles=[{"role": "président", "affiliation": "Etats-Unis"}])]
    quotes = find_quotes(doc, mentions, entities)
    q = _by_text(quotes, "Rentrez chez vous")
    assert q.speaker.entity == "p1"


def test_claims_add_counting_verbs_but_quotes_do_not():
    text = "Le Haut-Commissariat a recensé 48 000 réfugiés à la frontière."
    doc = make_document(text, lang="fr")
    assert find_quotes(doc, [], []) == []
    claims = find_claims(doc, [], [])
    assert claims and claims[0].speaker.text == "Le Haut-Commissariat" and "48 000" in claims[0].text


# Invented: quote marks around punctuation alone quote no words, whatever the marks.
@pytest.mark.parametrize("text, lang", [
    ("Le maire a levé les yeux : « … » Puis il est reparti vers la mairie.", "fr"),
    ("The mayor looked up : `` ... '' Then he walked back to the town hall .", "en"),
])
def test_marks_around_punctuation_alone_quote_nothing(text, lang):
    _, quotes = _quotes(text, lang)
    assert all(re.search(r"\w", q.text) for q in quotes)


def test_empty_text_gives_nothing_and_output_is_stable():
    assert find_quotes(make_document("", lang="fr"), [], []) == []
    doc = make_document(ARTICLE, lang="fr")
    assert find_quotes(doc, [], []) == find_quotes(doc, [], [])


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abc XY«»\"'“”.,:;\n-éàq0")), max_size=200))
def test_never_raises_and_offsets_are_inside(text):
    doc = make_document(text, lang="fr")
    for q in find_quotes(doc, [], []):
        assert 0 <= q.start <= q.end <= len(doc.text)
        assert doc.text[q.start:q.end] == q.text


@needs_shared
def test_every_quote_of_the_seeds_has_a_speaker():
    for path in sorted(SEEDS.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        published = raw[6:13] if raw.startswith(" date ") else None
        doc = make_document(raw[13:] if published else raw, published=published, lang="fr")
        for q in find_quotes(doc, [], []):
            assert q.speaker is not None and q.speaker.text.strip(), (path.name, q.text[:60])


def test_tokenized_corpus_quotes():
    text = "The fund grew fast . `` There 's more risk in a hedge fund , '' Larry Fenwick said . He left early ."
    _, quotes = _quotes(text, lang="en")
    q = _by_text(quotes, "There 's more risk")
    assert q.kind == "direct" and q.speaker.text == "Larry Fenwick"


def test_incise_inside_a_quote_and_apposition_without_article():
    text = ("Le syndicaliste Paul Arnaud se souvient de la grève. « Il y avait Hassan et Marc, se remémore-t-il. "
            "On discutait de tout. »\n\n"
            "Le Parti du progrès, vitrine politique du mouvement, a appelé ses militants à « rester calmes ».")
    _, quotes = _quotes(text)
    assert _by_text(quotes, "Il y avait Hassan").speaker.text == "Paul Arnaud"
    assert _by_text(quotes, "rester calmes").speaker.text == "Le Parti du progrès"


def test_a_national_body_is_not_the_organisation_named_before_it():
    from vigie.nlp.names import find_entities

    text = ("Article inventé. Le village est tombé mardi, a précisé Amnesty International dans un communiqué. "
            "L'armée soudanaise a affirmé avoir repris 40 km2. L'organisation a déclaré que la situation restait grave.")
    doc = make_document(text, lang="fr")
    mentions, entities = find_entities(doc)
    quotes = find_quotes(doc, mentions, entities)
    army = _by_text(quotes, "avoir repris 40 km2")
    assert army.speaker.text == "L'armée soudanaise" and army.speaker.entity is None
    calm = _by_text(quotes, "restait grave")
    assert calm.speaker.entity is not None and "Amnesty" in next(e.name for e in entities
                                                                  if e.id == calm.speaker.entity)


def _analysed(text: str, lang: str):
    from vigie.nlp.names import find_entities

    doc = make_document(text, lang=lang)
    mentions, entities = find_entities(doc)
    return find_quotes(doc, mentions, entities)


def test_a_call_starts_after_the_time_expressions_before_it():
    # Invented sentences.
    quotes = _analysed("Article inventé. Le président Paul Marnier a appelé lundi 3 mars dans la soirée les deux camps, "
                       "l'armée et les milices, à ne pas mener d'offensive contre la ville. Le maire, Hugo Lenoir, "
                       "a demandé dans la nuit de dimanche à lundi aux habitants de rester chez eux.", "fr")
    call = _by_text(quotes, "à ne pas mener")
    assert call.text.startswith("les deux camps") and call.speaker.text == "Paul Marnier"
    assert _by_text(quotes, "de rester chez eux").text.startswith("aux habitants")


def test_a_time_expression_does_not_hide_que():
    # Invented sentence.
    quotes = _analysed("Article inventé. Le ministre Paul Marnier a déclaré lundi 3 mars dans la soirée "
                       "que la digue tiendrait.", "fr")
    assert _by_text(quotes, "la digue tiendrait").text == "la digue tiendrait"


def test_english_calls_and_claims_start_after_time_expressions():
    # Invented sentences.
    quotes = _analysed("Invented article. Mayor Ruth Calloway called on Thursday night for both sides to lay down "
                       "their arms. The engineer Tom Baxter said earlier this week the dam would hold. "
                       "Governor Ann Price warned on Tuesday, March 4, that the river would rise.", "en")
    assert _by_text(quotes, "lay down their arms").text.startswith("both sides")
    assert _by_text(quotes, "the dam would hold").text == "the dam would hold"
    assert _by_text(quotes, "the river would rise").speaker.text == "Ann Price"


def test_a_time_expression_that_is_the_subject_stays_in_the_quote():
    # Invented sentence.
    quotes = _analysed("Invented article. The engineer Tom Baxter said Monday's storm was the worst in years.", "en")
    assert _by_text(quotes, "the worst in years").text.startswith("Monday's storm")


def test_a_call_does_not_borrow_the_de_of_another_reporting_verb():
    # Invented sentence: "une trêve" is what is asked for; "d'aggraver" is what "accusant" reports.
    quotes = _analysed("Article inventé. La Norvège a réclamé une « trêve immédiate », accusant les deux camps "
                       "d'« aggraver la crise ».", "fr")
    assert not [q for q in quotes if q.kind == "indirect" and "trêve" in q.text]


def test_a_verb_reporting_what_follows_does_not_also_close_the_clause_before():
    # Invented sentence.
    quotes = _analysed("Article inventé. Le Parti du progrès, vitrine politique du mouvement, a appelé ses militants "
                       "à « rester calmes ».", "fr")
    assert not [q for q in quotes if "vitrine politique" in q.text]


def test_a_capitalized_word_inside_a_sentence_is_no_verb():
    # Invented sentence: "States" in "the United States" is not the verb "state".
    quotes = _analysed("Invented article. The pact links the United States and the islands to the south, "
                       "the envoy Mark Dorsey said.", "en")
    assert [q.verb for q in quotes] == ["said"]


def test_a_title_naming_another_office_is_not_the_last_person_named():
    # Invented sentences: the minister is not the union leader the previous sentence quoted.
    quotes = _analysed("Article inventé. « Nous ne céderons pas », a lancé Karim Benali, secrétaire du syndicat des "
                       "dockers. Le ministre des Transports a appelé les deux parties à reprendre le dialogue.", "fr")
    call = _by_text(quotes, "reprendre le dialogue")
    assert call.speaker.text == "Le ministre des Transports" and call.speaker.entity is None


def test_the_subject_is_the_noun_a_relative_clause_describes_not_a_name_inside_it():
    # Invented sentence.
    quotes = _analysed("Article inventé. Les militaires qui gouvernent le pays depuis la chute du président Paul "
                       "Marnier ont annoncé mardi qu'ils organiseraient des élections.", "fr")
    q = _by_text(quotes, "organiseraient des élections")
    assert q.speaker.text == "Les militaires" and q.speaker.entity is None


def test_que_belongs_to_the_last_reporting_verb_before_it():
    # Invented sentences: "souhaite" does not report what "affirmé" does; "dit souhaiter" reports it.
    quotes = _analysed("Article inventé. Une infirmière qui souhaite rester anonyme a affirmé que les stocks étaient "
                       "vides. Paul Marnier dit souhaiter que les syndicats reviennent à la table.", "fr")
    assert _by_text(quotes, "les stocks étaient vides").verb == "affirmé"
    assert _by_text(quotes, "les syndicats reviennent").speaker.text == "Paul Marnier"


def test_english_without_that_needs_a_clause_not_an_object_or_a_speaker():
    # Invented sentences: an announced fund is no statement; "said Ruth Calloway" names the speaker.
    quotes = _analysed("Invented article. Interior Minister Paul Renaud announced a 20 million euro emergency fund on "
                       "Wednesday. The river will rise again, said Ruth Calloway, the mayor. Paul Renaud announced "
                       "he would visit the valley.", "en")
    assert not [q for q in quotes if "emergency fund" in q.text or q.text.startswith("Ruth Calloway")]
    assert _by_text(quotes, "he would visit the valley").speaker.text == "Paul Renaud"


def test_an_english_verb_before_its_speaker_closes_the_clause_it_reports():
    # Invented sentences: "…, said Ruth Calloway, a hydrologist." attributes the clause before the comma;
    # a name followed by more of the sentence is what was said, and "said to be" is no attribution.
    quotes = _analysed("Invented article. The river will rise again on Friday, said Ruth Calloway, a hydrologist. "
                       "Dozens of homes were flooded in the night, said the interior minister. "
                       "The mayor, who visited the dyke, said Ruth Calloway was right. "
                       "The old bridge, said to be the oldest in the valley, held.", "en")
    assert _by_text(quotes, "The river will rise again on Friday").speaker.text == "Ruth Calloway"
    assert _by_text(quotes, "Dozens of homes were flooded").speaker.text == "the interior minister"
    assert not [q for q in quotes if q.speaker and q.speaker.text == "Ruth Calloway" and "mayor" in q.text]
    assert not [q for q in quotes if "old bridge" in q.text]


def test_a_subject_name_keeps_its_verb_across_the_apposition_after_it():
    # Invented sentences: the apposition between commas (a description, an age, a title, a body's
    # own description) describes the name before it, which is the speaker.
    quotes = _analysed("Invented article. Ruth Calloway, a hydrologist, said Tuesday the river would rise. "
                       "Marie Dubois, 62, said she had lost everything. "
                       "Paul Renaud, the interior minister, said that 40 homes were flooded. "
                       "Amnesty International, a rights group, said 12 people were detained. "
                       "Carla Brenner, who has studied the valley since the last flood, told reporters that the "
                       "dyke would hold.", "en")
    assert _by_text(quotes, "the river would rise").speaker.text == "Ruth Calloway"
    assert _by_text(quotes, "she had lost everything").speaker.text == "Marie Dubois"
    assert _by_text(quotes, "40 homes were flooded").speaker.text == "Paul Renaud"
    assert _by_text(quotes, "12 people were detained").speaker.text.endswith("Amnesty International")
    assert _by_text(quotes, "the dyke would hold").speaker.text == "Carla Brenner"


def test_a_french_subject_name_keeps_its_verb_across_an_apposition_with_its_article():
    # Invented sentences: "le porte-parole de l'armée" and "62 ans" describe the name before them.
    quotes = _analysed("Article inventé. Pierre Martin, le porte-parole de l'armée, a déclaré que 40 maisons étaient "
                       "détruites. Marie Dubois, 62 ans, a raconté qu'elle avait tout perdu.", "fr")
    assert _by_text(quotes, "40 maisons étaient détruites").speaker.text == "Pierre Martin"
    assert _by_text(quotes, "elle avait tout perdu").speaker.text == "Marie Dubois"


def test_a_common_noun_after_an_inverted_verb_is_the_speaker_when_it_names_people_or_a_body():
    # Invented sentences: "said local officials", "said police", "ont indiqué des responsables locaux"
    # attribute the clause before them; "said nothing" and "said to be" do not.
    en = _analysed("Invented article. Rescue teams reached the village on Monday, said local officials. "
                   "The bridge was closed on Monday night, said police. "
                   "The mayor was asked about the dyke, said nothing. "
                   "The old mill, said to be the oldest in the valley, was flooded.", "en")
    assert _by_text(en, "Rescue teams reached the village").speaker.text == "local officials"
    assert _by_text(en, "The bridge was closed").speaker.text == "police"
    assert not [q for q in en if "asked about the dyke" in q.text or "old mill" in q.text]
    fr = _analysed("Article inventé. Les secours ont atteint le village lundi, ont indiqué des responsables locaux.", "fr")
    assert _by_text(fr, "Les secours ont atteint le village").speaker.text == "des responsables locaux"


def test_an_english_reporting_verb_after_a_determiner_is_a_noun():
    # Invented sentences: "the report said" has "said" for verb and "the report" for speaker, and the
    # organization written in capitals ("the WHO") is no relative pronoun.
    quotes = _analysed("Invented article. The operator did not test the valves, the report said. "
                       "The WHO said 22 countries had reported cases.", "en")
    assert _by_text(quotes, "did not test the valves").speaker.text == "the report"
    assert _by_text(quotes, "22 countries had reported cases").speaker.text == "The WHO"


def test_a_speaker_names_someone_in_french():
    # Invented sentences: a conjunction before the subject is no part of it ("Et les habitants"), an
    # abstract noun speaks for no one ("Ces reproches"), and the period of "M." ends no speaker.
    quotes = _analysed("Article inventé. Ces reproches ont dit que la mairie avait menti. "
                       "Et les habitants ont affirmé que l'eau montait. "
                       "Selon M. Lemaire, la digue a cédé dans la nuit.", "fr")
    assert not [q for q in quotes if q.speaker is not None and q.speaker.text == "Ces reproches"]
    assert _by_text(quotes, "l'eau montait").speaker.text == "les habitants"
    dyke = _by_text(quotes, "la digue a cédé")
    assert dyke.speaker.text == "Lemaire" and dyke.text.startswith("la digue")


def test_a_speaker_names_someone_in_english():
    # Invented sentences: "And some residents" are the residents, "The lies that" is a clause, and
    # "Mr." is followed by its name.
    quotes = _analysed("Invented article. And some residents said the water was rising. "
                       "The lies that said the dam was safe were many. "
                       "According to Mr. Holt, the river peaked on Sunday.", "en")
    assert _by_text(quotes, "the water was rising").speaker.text == "some residents"
    assert not [q for q in quotes if q.speaker is not None and q.speaker.text.endswith("that")]
    river = _by_text(quotes, "the river peaked")
    assert river.speaker.text == "Holt" and river.text.startswith("the river")


@pytest.mark.parametrize("lang, text", [
    # Invented sentences: a prepositional phrase, a lone initial or a clause before the verb is nobody.
    ("fr", "Article inventé. Au niveau médiatique, a-t-il été affirmé que la crue était finie."),
    ("fr", "Article inventé. Pour être franc, j'ai dit que la crue était finie."),
    ("en", "Invented article. In early June, said that the dyke would hold."),
])
def test_a_fragment_before_the_verb_is_no_speaker(lang, text):
    quotes = _analysed(text, lang)
    junk = {"Au niveau médiatique", "Pour être franc", "j'ai", "In early June"}
    assert not [q for q in quotes if q.speaker is not None and q.speaker.text in junk]


def test_a_phrase_before_the_subject_without_a_comma_is_not_the_speaker():
    # Invented sentences: the subject is the noun phrase after the opening phrase.
    quotes = _analysed("Invented article. In early June the council said the dam would hold.", "en")
    assert _by_text(quotes, "the dam would hold").speaker.text == "the council"
    quotes = _analysed("Article inventé. Au cours de la réunion le ministre a déclaré que la digue tiendrait.", "fr")
    assert _by_text(quotes, "la digue tiendrait").speaker.text == "le ministre"


@pytest.mark.parametrize("lang, text, speaker, content", [
    # Invented sentences: an adverb between the auxiliary and the verb belongs to neither the speaker nor the quote.
    ("fr", "Article inventé. Des témoins du quartier avaient auparavant indiqué que le pont avait tenu.",
     "Des témoins du quartier", "le pont avait tenu"),
    ("fr", "Article inventé. Le maire a de nouveau affirmé que la digue tiendrait.", "Le maire", "la digue tiendrait"),
    ("en", "Invented article. The utility has repeatedly said that the dam was safe.", "The utility", "the dam was safe"),
    ("en", "Invented article. Officials had previously said the levee would hold.", "Officials", "the levee would hold"),
    # ... nor does one of manner right before the verb.
    ("en", "Invented article. State radio wrongly reported that the ferry had sunk.", "State radio", "the ferry had sunk"),
    ("en", "Invented article. Two envoys sharply suggested the talks should resume.", "Two envoys",
     "the talks should resume"),
])
def test_adverbs_between_auxiliary_and_verb(lang, text, speaker, content):
    quote = _by_text(_analysed(text, lang), content)
    assert quote.speaker.text == speaker and quote.text.startswith(content)


def test_words_after_the_verb_that_count_or_name_are_part_of_the_quote():
    # Invented sentences: "all", "nearly" and "government" open what is reported.
    quotes = _analysed("Invented article. Rescuers said nearly 800 people had fled. "
                       "The mayor said all roads were closed. The commanders said government forces had left.", "en")
    for content in ("nearly 800 people had fled", "all roads were closed", "government forces had left"):
        assert _by_text(quotes, content).text.startswith(content)


def test_a_name_just_before_a_relative_pronoun_is_its_antecedent():
    # Invented sentences: the antecedent ends the clause before "which"; a name completing a noun is not it.
    quotes = _analysed("Invented article. The plan is likely to anger Norway, which has already said that the "
                       "quota was unfair. The case was reviewed by a professor at Holt College, who said the "
                       "ruling would stand.", "en")
    assert _by_text(quotes, "the quota was unfair").speaker.text == "Norway"
    assert _by_text(quotes, "the ruling would stand").speaker.text != "Holt College"


@pytest.mark.parametrize("lang, text, content, speaker", [
    # Invented sentences: the antecedent of a relative pronoun is the noun phrase after the clause's verb.
    ("fr", "Article inventé. Elle a rencontré la porte-parole de la mairie de Clairmont, qui a déclaré que la digue tenait.",
     "la digue tenait", "la porte-parole de la mairie de Clairmont"),
    ("en", "Invented article. She met the spokeswoman of the Clairmont council, who said that the dyke was holding.",
     "the dyke was holding", "the spokeswoman of the Clairmont council"),
    # The verb's words after the speaker: where, how and when it speaks.
    ("fr", "Article inventé. Il n'y a plus d'eau potable, raconte une infirmière dans son témoignage.",
     "plus d'eau potable", "une infirmière"),
    ("fr", "Article inventé. Un responsable municipal sous couvert d'anonymat a affirmé que la digue avait cédé.",
     "la digue avait cédé", "Un responsable municipal"),
    ("en", "Invented article. A taxi driver in his twenties said that the roads were flooded.",
     "the roads were flooded", "A taxi driver"),
    ("fr", "Article inventé. La digue a cédé dans la nuit, a indiqué le ministère de l'Intérieur mercredi.",
     "La digue a cédé", "le ministère de l'Intérieur"),
    # A conjunction after a clause with its own verb opens the subject's clause; before an unknown verb,
    # the subject is the noun phrase opening the sentence.
    ("fr", "Article inventé. Les corps de Karim Benali, 53 ans, et de Samir Haddad, 23 ans, étaient enveloppés d'un "
           "drapeau, et les participants ont affirmé que la ville resterait debout.", "la ville resterait", "les participants"),
    ("fr", "Article inventé. Un cortège s'est formé devant la mairie et les manifestants ont affirmé que la ville "
           "resterait debout.", "la ville resterait", "les manifestants"),
    ("fr", "Article inventé. Un cortège s'est formé devant la mairie et a affirmé que la ville resterait debout.",
     "la ville resterait", "Un cortège"),
    ("en", "Invented article. The council monitored the river all night and said that the dyke would hold.",
     "the dyke would hold", "The council"),
    # A heading before a spaced dash, an apposition between two dashes.
    ("en", "Invented article. May 29 - Norcap says the pipeline has been sealed.", "the pipeline has been sealed", "Norcap"),
    ("en", "Invented article. On Tuesday, Norway - a close ally of Denmark - warned that the quota was unfair.",
     "the quota was unfair", "Norway"),
    # Readings that stay: a name with its age and trade, a newspaper named after a day, two subjects.
    ("fr", "Article inventé. Ali Mansour, 23 ans, étudiant, affirme que la ville est calme.", "la ville est calme",
     "Ali Mansour"),
    ("fr", "Article inventé. Le Journal du Dimanche a affirmé que la digue avait cédé.", "la digue avait cédé",
     "Le Journal du Dimanche"),
    ("fr", "Article inventé. Le maire et le préfet ont affirmé que la digue tiendrait.", "la digue tiendrait",
     "Le maire et le préfet"),
    ("en", "Invented article. The mayor and the governor said that the dyke would hold.", "the dyke would hold",
     "The mayor and the governor"),
])
def test_the_speaker_is_the_noun_phrase_not_its_clause_nor_the_verb_s_words(lang, text, content, speaker):
    assert _by_text(_analysed(text, lang), content).speaker.text == speaker


@pytest.mark.parametrize("lang, text", [
    # Invented sentences: an age is no one, nor is an abstract noun, nor a clause before an unknown verb's "and".
    ("fr", "Article inventé. Les corps de Karim Benali, 53 ans, étaient enveloppés d'un drapeau, 23 ans, ont affirmé "
           "que la ville resterait debout."),
    ("fr", "Article inventé. L'arrêt de sa production a confirmé que l'usine fermerait."),
    ("en", "Invented article. The flood, they acknowledged, was worse than expected, but said the dyke would hold."),
])
def test_no_speaker_is_better_than_a_wrong_one(lang, text):
    junk = {"23 ans", "L'arrêt de sa production", "The flood", "they acknowledged"}
    assert not [q for q in _analysed(text, lang) if q.speaker is not None and q.speaker.text in junk]


@pytest.mark.parametrize("text", [
    # Invented sentences: a reporting verb made pronominal is another verb ("se poursuivre" goes on,
    # "se raconter" tells oneself); its subject is no speaker and what follows it is no quote.
    "Article inventé. Les pillages se poursuivent « jour et nuit » dans le quartier bas de Clairmont.",
    "Article inventé. Quiconque se raconterait que la digue tiendra se tromperait lourdement.",
    "Article inventé. Les négociations s'étaient d'ailleurs poursuivies jusqu'à l'aube, « dans un climat tendu ».",
])
def test_a_pronominal_verb_that_reports_nothing_gives_no_quote(text):
    assert _analysed(text, "fr") == []


@pytest.mark.parametrize("text, content, verb, speaker", [
    # Invented sentences: listed pronominal lemmas report speech ("se dire", "se plaindre"), and any
    # pronominal verb closing a direct quote attributes it, its speaker after it or its pronoun resolved.
    ("Article inventé. Le maire s'est dit convaincu que la digue tiendrait.", "la digue tiendrait", "s'est dit",
     "Le maire"),
    ("Article inventé. Le préfet se plaint que les pompes manquent à Clairmont.", "les pompes manquent", "se plaint",
     "Le préfet"),
    ("Article inventé. « Nous avions promis de ne rien dire », se justifiera le maire Jean Dufresne devant le conseil.",
     "Nous avions promis", "se justifiera", "Jean Dufresne"),
    ("Article inventé. Jean Dufresne a quitté la salle. « Tout est perdu, la cave, la voiture », se reprend-il aussitôt.",
     "Tout est perdu", "se reprend", "Jean Dufresne"),
    # Readings that stay: the verb itself, and a statement a pronominal verb closes.
    ("Article inventé. « La digue tiendra jusqu'au printemps », a poursuivi le maire de Clairmont.",
     "La digue tiendra", "poursuivi", "le maire de Clairmont"),
    ("Article inventé. Les travaux se poursuivent, a assuré le préfet Paul Granier.", "Les travaux se poursuivent",
     "assuré", "Paul Granier"),
])
def test_a_pronominal_verb_reports_speech_when_listed_or_closing_a_quote(text, content, verb, speaker):
    quote = _by_text(_analysed(text, "fr"), content)
    assert (quote.verb, quote.speaker.text) == (verb, speaker)


def test_a_fragment_quoted_in_a_quote_s_continuation_keeps_its_attribution():
    # Invented: the sentence goes on after the mark with words of its own and a second fragment, then names
    # who spoke; a verb quoted in that fragment is none of the attribution.
    quotes = _analysed("Article inventé. « Nous voulons ouvrir un bureau à Valbrune », afin de « soutenir les "
                       "associations locales » (ONG, syndicats), a déclaré la ministre Jeanne Armel devant les "
                       "députés.", "fr")
    assert [(q.text[:10], q.verb, q.speaker and q.speaker.text) for q in quotes] == [
        ("Nous voulo", "déclaré", "Jeanne Armel"), ("soutenir l", "déclaré", "Jeanne Armel")]


@pytest.mark.parametrize("text, content, speaker", [
    # Invented: "balayer" (to brush aside) reports what is said against what it dismisses, after a quote or
    # before one.
    ("Article inventé. « Nous ne céderons rien sur ce point », balaie aussitôt le porte-parole du syndicat, "
     "Paul Verrier.", "Nous ne céderons rien", "Paul Verrier"),
    ("Article inventé. Le maire balaie les critiques : « Le chantier avance comme prévu. »", "Le chantier avance",
     "Le maire"),
])
def test_a_dismissing_verb_reports_the_quote_it_closes_or_announces(text, content, speaker):
    quote = _by_text(_analysed(text, "fr"), content)
    assert (quote.verb, quote.speaker.text) == ("balaie", speaker)


def test_a_headline_line_after_a_teaser_quote_does_not_take_its_speaker():
    # Invented teaser list: each line is a headline; only the first one names who speaks.
    text = ("Article inventé.\nClaire Dumesnil : «Écrire pour les enfants du port»\n"
            "«Chants des baleines», cétacés cultes Abonnés\n"
            "«Dans la vallée, la relation aux animaux change vite» Abonnés\n")
    quotes = _analysed(text, "fr")
    assert _by_text(quotes, "Écrire pour").speaker.text == "Claire Dumesnil"
    assert _by_text(quotes, "Chants des baleines").speaker is None
    assert _by_text(quotes, "Dans la vallée").speaker is None


def test_a_quote_paragraph_after_an_attributed_one_goes_on_with_its_speaker():
    # Invented article: a long quote reopened in the next paragraph, a sentence in each, keeps its speaker.
    text = ("Article inventé. « La digue tiendra jusqu'au printemps », a déclaré le maire Jean Dufresne.\n\n"
            "« Nous ne prendrons aucun risque avec les riverains. »\n")
    assert _by_text(_analysed(text, "fr"), "aucun risque").speaker.text == "Jean Dufresne"


@pytest.mark.parametrize("lang, text", [
    # Invented sentences: a passive's subject is spoken of, not speaking; an impersonal pronoun is no one.
    ("fr", "Article inventé. Le maire Jean Dufresne a visité la digue. Il est indiqué dans la légende que la photo "
           "a été prise à Clairmont."),
    ("fr", "Article inventé. Le préfet Paul Granier sera jugé pour « abus de pouvoir » à Clairmont."),
    ("fr", "Article inventé. Le préfet Paul Granier est arrivé. Il se dit que le ministre démissionnera avant l'été."),
    ("fr", "Article inventé. Dans le quartier bas de Clairmont, l'on dit que la digue a cédé dans la nuit."),
    ("en", "Invented article. Mayor John Dufresne arrived. It was reported that the dam had given way overnight."),
    ("en", "Invented article. Mayor John Dufresne was told that the dam would hold until spring."),
])
def test_a_passive_or_impersonal_subject_is_no_speaker(lang, text):
    assert [q for q in _analysed(text, lang) if q.speaker is not None] == []


def test_the_agent_of_a_passive_announcing_a_quote_speaks():
    # Invented sentence.
    text = "Invented article. Private John Dufresne received a medal and was told by the General: \"You kept the bridge open.\""
    assert _by_text(_analysed(text, "en"), "bridge open").speaker.text == "the General"


def test_a_paragraph_ending_with_a_colon_announces_and_is_no_quote():
    # Invented page: a caption announcing a video after a line announcing it.
    text = ("Article inventé. Le préfet Paul Granier a visité la digue.\nLe maire a précisé que la vidéo a été tournée "
            "à Clairmont :\nMise en ligne par un internaute, la vidéo suivante est intitulée « Au marché » :\n"
            "Un commentateur décrit la vidéo.\n")
    assert not [q for q in _analysed(text, "fr") if q.text.startswith("Mise en ligne")]


@pytest.mark.parametrize("lang, text, pronoun", [
    # Invented articles: an unnamed source introduced in the sentence before is whom the pronoun names,
    # not a person named further back.
    ("fr", "Article inventé. Le préfet Paul Granier a visité la ville mardi. D'autres habitants ont rapporté des "
           "pillages dans le quartier bas. « Des bandes vident les magasins la nuit », a-t-il précisé.", "il"),
    ("en", "Invented article. Mayor John Dufresne visited the dam on Tuesday. Several neighbours reported looting "
           "in the lower town. \"Gangs empty the shops at night,\" he said.", "he"),
])
def test_a_pronoun_does_not_reach_past_an_unnamed_source(lang, text, pronoun):
    assert _by_text(_analysed(text, lang), "Gangs empty" if lang == "en" else "Des bandes").speaker.text == pronoun


@pytest.mark.parametrize("lang, text", [
    # Readings that stay: with no unnamed source between, the pronoun is the person named before.
    ("fr", "Article inventé. Le préfet Paul Granier a visité la digue mardi. La crue a emporté deux ponts. "
           "« Nous ne prendrons aucun risque », a-t-il déclaré."),
    ("en", "Invented article. Mayor Paul Granier visited the dam on Tuesday. The flood carried away two bridges. "
           "\"We will take no risk,\" he said."),
])
def test_a_pronoun_still_reaches_the_person_named_before(lang, text):
    assert _by_text(_analysed(text, lang), "risk" if lang == "en" else "risque").speaker.text == "Paul Granier"


@pytest.mark.parametrize("text, speaker", [
    # Invented sentences: a relative pronoun's antecedent is the last noun phrase before it (the person a
    # title names), not the clause.
    ("Article inventé. Le blé manque. Une pénurie jugée passagère jeudi par le ministre de l'Agriculture Paul "
     "Marnier qui a affirmé que les silos seraient remplis avant l'hiver.", "Paul Marnier"),
    ("Article inventé. Les élèves ont peint sur le mur de l'école une banderole qui dit : "
     "« Unissons-nous pour la vallée ».", "une banderole"),
])
def test_a_relative_pronoun_s_antecedent_is_the_last_noun_phrase(text, speaker):
    quote = _analysed(text, "fr")[0]
    assert quote.speaker.text.startswith(speaker)


def test_a_relative_pronoun_s_antecedent_is_the_source_selon_names_not_the_preposition():
    # Invented: "selon" is no part of the noun phrase "qui" takes up.
    quotes = _analysed("Article inventé. La foule était calme. Pacifique, selon certains. Violente, selon d'autres "
                       "qui estiment que la police a tiré la première.", "fr")
    assert _by_text(quotes, "la police a tiré").speaker.text == "d'autres"


def _sourced(quotes):
    return [(q.kind, q.speaker.text if q.speaker else None, q.text) for q in quotes
            if q.verb and q.verb.lower() in ("selon", "d'après", "according to")]


@pytest.mark.parametrize("lang, text, speaker, content", [
    # Invented articles: what a source says never reaches back across a sentence end, even one before a
    # lower-case line (a printed column cut by the scraper), and after "puisque"/"because" it follows the source.
    ("fr", "Article inventé. Des familles ont fui la ville, raconte une habitante dans son reportage.\ndu conseil "
           "municipal, on réclame des pompes pour vider les caves puisque, selon le porte-parole Paul Granier, "
           "des centaines de maisons restent sous les eaux.",
     "Paul Granier", "des centaines de maisons restent sous les eaux"),
    ("en", "Invented article. The army withdrew from the town because, according to the governor, the rebels "
           "had mined the roads.", "the governor", "the rebels had mined the roads"),
    ("fr", "Article inventé. La digue a cédé et, selon la préfecture, trois villages sont inondés.",
     "la préfecture", "trois villages sont inondés"),
])
def test_a_source_s_words_stay_in_their_sentence_and_follow_a_clause_opener(lang, text, speaker, content):
    assert ("indirect", speaker, content) in _sourced(_analysed(text, lang))


@pytest.mark.parametrize("lang, text, speaker, content", [
    # Invented articles: no conjunction opens what a source says, nor a participle extending the source.
    ("fr", "Article inventé. La crue a fait douze morts, selon le préfet, et poussé 3 000 personnes à fuir, "
           "selon la Croix-Rouge.", "la Croix-Rouge", "poussé 3 000 personnes à fuir"),
    ("en", "Invented article. The flood has killed twelve people, according to the governor, and driven 3,000 "
           "from their homes, according to the Red Cross.", "the Red Cross", "driven 3,000 from their homes"),
    ("fr", "Article inventé. Selon des sources citées par l'AFP, et reprises par Le Courrier, deux barrages "
           "pourraient céder dans la nuit.", "des sources citées par l'AFP",
     "deux barrages pourraient céder dans la nuit"),
    ("en", "Invented article. According to sources quoted by Reuters, and relayed by the BBC, two dams could "
           "break tonight.", "sources quoted by Reuters", "two dams could break tonight"),
])
def test_a_source_s_words_open_on_no_conjunction_nor_participle(lang, text, speaker, content):
    assert ("indirect", speaker, content) in _sourced(_analysed(text, lang))


@pytest.mark.parametrize("lang, text, speaker, content", [
    # Invented articles: an apposition describing the source is not what it says, and an abbreviation's
    # or an initial's period does not end the source.
    ("fr", "Article inventé. Selon Paul Granier, chercheur à l'université, interrogé par l'AFP, la décrue "
           "commencera jeudi.", "Paul Granier", "la décrue commencera jeudi"),
    ("fr", "Article inventé. Selon la radio, qui cite des sources municipales, la digue a tenu.",
     "la radio", "la digue a tenu"),
    ("en", "Invented article. According to Adm. John Dufresne, the U.S. fleet commander, two ships were damaged.",
     "John Dufresne", "two ships were damaged"),
    ("en", "Invented article. According to a senior U.S. official, the talks will resume on Monday.",
     "a senior U.S. official", "the talks will resume on Monday"),
    ("fr", "Article inventé. Les eaux ont emporté deux ponts, selon des\ntémoins du quartier bas.",
     "des\ntémoins du quartier bas", "Les eaux ont emporté deux ponts"),
])
def test_a_source_is_its_whole_noun_phrase_without_its_appositions(lang, text, speaker, content):
    assert ("indirect", speaker, content) in _sourced(_analysed(text, lang))


@pytest.mark.parametrize("lang, text", [
    # Readings that stay: a clause before "selon" is what the source says; a noun phrase after it, with
    # a relative clause of its own, is no apposition.
    ("fr", "Article inventé. La crue a fait douze morts, selon le préfet."),
    ("fr", "Article inventé. Selon un projet de déclaration, les maires, qui se réunissent jeudi, "
           "demanderont des renforts."),
])
def test_a_source_s_words_are_kept_whole(lang, text):
    sourced = _sourced(_analysed(text, lang))
    assert [q[2] for q in sourced] == [
        "La crue a fait douze morts" if "préfet" in text
        else "les maires, qui se réunissent jeudi, demanderont des renforts"]


@pytest.mark.parametrize("lang, text, speaker, fragment", [
    # Invented articles: a fragment quoted inside what "selon X" / "according to X" attributes is X's.
    ("fr", "Article inventé. Selon le ministre, la situation est «sous contrôle» dans la vallée.",
     "le ministre", "sous contrôle"),
    ("fr", "Article inventé. La situation est «sous contrôle» dans la vallée, selon le préfet.",
     "le préfet", "sous contrôle"),
    ("en", "Invented article. According to the UN, the camps are 'overflowing' with refugees.",
     "the UN", "overflowing"),
    ("en", "Invented article. According to the Red Cross, the shelters are \"overflowing\" with families.",
     "the Red Cross", "overflowing"),
])
def test_a_fragment_quoted_in_a_source_s_words_is_the_source_s(lang, text, speaker, fragment):
    partial = [q for q in _analysed(text, lang) if q.kind == "partial"]
    assert [(q.text, q.speaker.text) for q in partial] == [(fragment, speaker)]


# Invented sentences: a quoted name, term or title is no one's words; a judging verb's fragment is.
NAMED_NOT_QUOTED = [
    ("fr", "Le porte-parole Marc Vidal a annoncé le lancement de l'opération « Aube sur la vallée du Nord » dans la nuit."),
    ("fr", "Le député Luc Armand a critiqué une droite dite « républicaine » qui oublie ses électeurs."),
    ("fr", "Le maire Jean Dufresne a précisé que la halle, surnommée « cathédrale du marché », serait rénovée."),
    ("fr", "Le ministre Paul Marnier a dénoncé les miliciens appelés « libérateurs » par leurs partisans."),
    ("en", "Spokesman Tom Reed said engineers would try a method known as a 'mud plug' on Friday."),
    ("en", "Tom Reed said the second attempt, called the 'deep seal', would start on Friday."),
    ("en", "Analyst Mary Quinn said most brokers kept a 'hold' rating on the company."),
    ("en", "Senator Ann Foley said the so-called 'green wave' had ended."),
    # A term the sentence mentions, which no one in it says.
    ("fr", "Le rapport de la commission explique longuement le sens du mot « laïcité » dans la loi."),
    ("fr", "Le maire Jean Dufresne a regretté d'avoir employé le terme de « bavure » à la radio."),
    ("en", "Farmers fear the term 'cattle fever' will keep buyers away, the union said."),
]

JUDGED_AND_QUOTED = [
    ("fr", "Le ministre Paul Marnier a dénoncé une « escalade dangereuse » à la frontière.", "escalade dangereuse"),
    ("fr", "La présidente Anne Morel a jugé ces propos « inacceptables ».", "inacceptables"),
    ("fr", "Le préfet Paul Granier a appelé « solennellement » les élus à la retenue.", "solennellement"),
    ("fr", "Le ministre Paul Marnier a qualifié l'attaque de « barbare ».", "barbare"),
    ("en", "Senator Ann Foley called the attack 'barbaric' on Tuesday.", "barbaric"),
    ("en", "The ministry rejected what Ann Foley called a 'reckless gamble' with public money.", "reckless gamble"),
    ("en", "General Ray Cole told a hearing that the river crossing would be a 'delicate' task.", "delicate"),
]


@pytest.mark.parametrize("lang,text", NAMED_NOT_QUOTED)
def test_a_quoted_name_term_or_title_is_no_partial_quote(lang, text):
    _, quotes = _quotes(text, lang)
    assert not [q.text for q in quotes if q.kind == "partial"]


@pytest.mark.parametrize("lang,text,said", JUDGED_AND_QUOTED)
def test_a_judging_or_saying_verb_keeps_its_partial_quote(lang, text, said):
    _, quotes = _quotes(text, lang)
    assert [q.text for q in quotes if q.kind == "partial"] == [said]


def test_a_call_joined_to_another_verb_stays_a_partial_quote():
    # Invented sentence: "appelé" after "et" is the speakers' verb, not a participle naming a thing.
    quotes = _analysed("Article inventé. À l'ONU, les pays voisins ont « dénoncé un massacre » et appelé « à rouvrir "
                       "les routes » de Valbrune.", "fr")
    assert {q.text for q in quotes if q.kind == "partial"} >= {"dénoncé un massacre", "à rouvrir les routes"}



# Invented sentences: a title, an office, a body's anaphor or an acronym after an opening holds the view.
VIEW_HOLDERS = [
    ("fr", "Article inventé. Pour le ministre de l'Intérieur, la situation à Valbrune est « sous contrôle ».",
     "sous contrôle", "ministre"),
    ("fr", "Article inventé. Pour l'ONU, la trêve de Valbrune reste « très fragile ».", "très fragile", "ONU"),
    ("fr", "Article inventé. Pour le porte-parole du gouvernement, la crue reste « exceptionnelle ».",
     "exceptionnelle", "porte-parole"),
    ("fr", "Article inventé. Aux yeux du préfet, la digue de Valbrune est « hors de danger ».", "hors de danger",
     "préfet"),
    ("fr", "Article inventé. Julie Marchand a visité Valbrune. Pour elle, la digue est « hors de danger ».",
     "hors de danger", "Julie Marchand"),
    ("en", "Invented article. For the ministry, the situation in Valbrune is \"under control\".", "under control",
     "ministry"),
    ("en", "Invented article. In the view of the UN envoy, the Valbrune truce is \"very fragile\".", "very fragile",
     "envoy"),
]


@pytest.mark.parametrize("lang,text,said,holder", VIEW_HOLDERS)
def test_a_speaker_shaped_phrase_after_an_opening_holds_the_view(lang, text, said, holder):
    q = _by_text(_analysed(text, lang), said)
    assert q.kind == "partial" and q.speaker is not None and holder in q.speaker.text


# Invented sentences: a time, a year, a pronoun or a clause after the same openings holds no view.
NO_HOLDER = [
    ("fr", "Article inventé. Pour la première fois, la ville de Valbrune est « totalement coupée du monde »."),
    ("fr", "Article inventé. Pour 2024, le budget de Valbrune reste « serré »."),
    ("fr", "Article inventé. Pour cela, il faudra à Valbrune une « volonté politique »."),
    ("en", "Invented article. For now, the town of Valbrune remains \"completely cut off\"."),
    ("en", "Invented article. For the first time, the Valbrune dam is \"out of reach\"."),
    ("en", "Invented article. For all his praise of the Valbrune Council plan and talk about the \"cost of "
           "delay\" and so forth, the mayor never named a price."),
]


@pytest.mark.parametrize("lang,text", NO_HOLDER)
def test_an_opening_without_a_speaker_credits_nobody(lang, text):
    assert not [q for q in _analysed(text, lang) if q.kind == "partial" and q.speaker is not None]


@pytest.mark.parametrize("lang, text, fragment", [
    # Invented articles: a title the document first gave an unnamed source refers back to that source,
    # not to a person named in between.
    ("en", "Invented article. A senior administration official said talks would resume. President Karl Brenner "
           "was briefed on Sunday night. \"The talks will resume on Monday,\" the official said.", "talks will"),
    ("fr", "Article inventé. Un haut responsable du ministère a indiqué que les pourparlers reprendraient. Le "
           "président Karl Brenner a été informé dimanche. « Les pourparlers reprendront lundi », a ajouté le "
           "responsable.", "pourparlers reprendront"),
])
def test_a_title_after_an_unnamed_source_names_no_one_else(lang, text, fragment):
    speaker = _by_text(_analysed(text, lang), fragment).speaker
    assert speaker.entity is None and "Brenner" not in speaker.text


@pytest.mark.parametrize("lang, text, fragment", [
    # Invented articles: after an unnamed source of that title, a title still names the person the
    # document gives it afterwards.
    ("en", "Invented article. A minister said the road was open. Defence Minister Karl Brenner visited "
           "the front on Monday. \"We hold the road,\" the minister said.", "hold the road"),
    ("fr", "Article inventé. Un ministre a dit que la route était ouverte. Le ministre de la Défense Karl Brenner "
           "a visité le front lundi. « Nous tenons la route », a déclaré le ministre.", "tenons la route"),
])
def test_a_title_still_names_its_person_named_after_an_unnamed_one(lang, text, fragment):
    speaker = _by_text(_analysed(text, lang), fragment).speaker
    assert speaker.entity is not None and "brenner" in speaker.entity


@pytest.mark.parametrize("lang, text, fragment, speaker", [
    # Invented articles: a pronoun after a quote is the speaker the sentence before quotes, once indirect
    # speech is known, not a person that sentence merely names.
    ("en", "Invented article. Speaking after his talks with Peter Lindqvist, Omar Haddad said on Monday that the "
           "opposition wanted a dialogue. \"We will talk again next week,\" he said.", "talk again",
     "Omar Haddad"),
    ("fr", "Article inventé. Les employés de Karim Souleiman s'étaient barricadés, raconte Paul Marchand. Il "
           "décrit « un champ de bataille ».", "champ de bataille", "Paul Marchand"),
])
def test_a_pronoun_is_the_speaker_of_the_sentence_before(lang, text, fragment, speaker):
    assert _by_text(_analysed(text, lang), fragment).speaker.text == speaker


@pytest.mark.parametrize("lang, text, fragment", [
    # Invented articles: a pronoun subject is the person named earlier by a surname the document gives in
    # full, before the people the sentence addresses ("aux présidents Paul Marchand et …").
    ("fr", "Article inventé. Le colonel Karim Souleiman a parlé mardi. Souleiman a adressé un message aux "
           "présidents Paul Marchand et Jean Duroc. Dedans, il affirme : « le peuple est prêt à mourir pour moi ».",
     "le peuple est prêt"),
    ("en", "Invented article. Colonel Karim Souleiman spoke on Tuesday. Souleiman sent a letter to presidents "
           "Paul Marchand and John Duroc. In it, he says: \"my people are ready to die for me\".",
     "my people are ready"),
])
def test_a_pronoun_is_the_sentence_before_s_subject_named_by_surname(lang, text, fragment):
    assert _by_text(_analysed(text, lang), fragment).speaker.text == "Souleiman"


@pytest.mark.parametrize("lang, text, speaker", [
    # Invented sentences: an indefinite noun phrase after a name is its apposition, however long and
    # whether or not a comma closes it.
    ("en", "Invented article. Tom Reed, a tax lecturer at the Norvik School of Economics and Trade in "
           "Vasko said the company was solvent.", "Tom Reed"),
    ("en", "Invented article. Ali Tarek, a senior fellow at the Dravnik Centre for Coastal and Harbour "
           "Studies research group, said the inquiry had stalled the talks.", "Ali Tarek"),
    ("fr", "Article inventé. Paul Marchand, un professeur de droit à l'université de Lyon et ancien conseiller "
           "du gouvernement a estimé que l'entreprise était solvable.", "Paul Marchand"),
])
def test_an_indefinite_apposition_describes_the_name_before_it(lang, text, speaker):
    quotes = _analysed(text, lang)
    assert quotes and quotes[0].kind == "indirect" and quotes[0].speaker.text == speaker


@pytest.mark.parametrize("lang, text, fragment, speaker", [
    # Invented articles: the period of an abbreviation or an initial ends no attribution after a quote.
    ("en", "Invented article. \"We hold the road,\" said Lt. Gen. Karl Brenner, the commander of the force.",
     "hold the road", "Karl Brenner"),
    ("en", "Invented article. \"The port is open,\" Karl Brenner said. \"Aid ships are waiting,\" a U.S. official "
           "noted.", "Aid ships", "a U.S. official"),
    ("fr", "Article inventé. « Le port est ouvert », a dit Paul Marchand. « Des navires attendent », a ajouté le "
           "gén. Karl Brenner, chef de la force.", "Des navires", "Karl Brenner"),
])
def test_an_abbreviation_s_period_ends_no_attribution(lang, text, fragment, speaker):
    assert _by_text(_analysed(text, lang), fragment).speaker.text == speaker


def test_the_speaker_after_a_tokenized_closing_quote_is_no_indirect_quote():
    # Invented article in the tokenized style of some corpora (`` … ''): "said X" after the quote attributes it.
    text = ("Invented article . \n`` The case could be settled for less , '' said a lawyer who does business "
            "with the company . \n")
    quotes = _analysed(text, "en")
    assert [q.kind for q in quotes] == ["direct"] and quotes[0].speaker.text.startswith("a lawyer")


@pytest.mark.parametrize("lang, text, content", [
    # Invented live pages and wire copies: a time heading or the heading block a dateline closes is not what
    # the attribution closing the clause reports.
    ("fr", "Article inventé.\n21 h 50 : Des avions ont frappé le port de Marville, a déclaré un porte-parole de "
           "l'armée.", "Des avions ont frappé le port de Marville"),
    ("en", "Invented article.\nJune 22 - Harbour officials closed the port of Marville, a spokesman said.",
     "Harbour officials closed the port of Marville"),
    ("en", "Marville port closed NEW : Aid ships wait offshore Marville , Ruritania -LRB- CNN -RRB- -- Harbour "
           "officials closed the port on Saturday , a government official told CNN .",
     "Harbour officials closed the port on Saturday"),
    # A live page's bracketed time stamp opening the entry, as printed and as tokenized.
    ("en", "Invented article.\n(9:15 a.m. Tuesday ET, 4:15 p.m. Tuesday in Marville) Rescue boats reached the "
           "flooded quarter, a city spokesman said.", "Rescue boats reached the flooded quarter"),
    ("en", "Invented article .\n-LRB- 9:15 a.m. Tuesday ET , 4:15 p.m. Tuesday in Marville -RRB- Rescue boats "
           "reached the flooded quarter , said Col. Ann Price , the mission commander .",
     "Rescue boats reached the flooded quarter"),
])
def test_a_heading_is_no_part_of_what_a_closing_attribution_reports(lang, text, content):
    quotes = [q for q in _analysed(text, lang) if q.kind == "indirect"]
    assert quotes and quotes[0].text.strip() == content


@pytest.mark.parametrize("text", [
    # Invented sentences: "ce que" after a verb is a relative; the verb reports no claim.
    "Article inventé. Omar Haddad explique en deux mots ce que sont les marées d'équinoxe.",
    "Article inventé. Les pêcheurs confirment ce que nous savons depuis longtemps.",
])
def test_a_relative_after_a_saying_verb_reports_nothing(text):
    assert [q for q in _analysed(text, "fr") if q.kind == "indirect"] == []


def test_a_completive_after_a_preposition_still_reports():
    # Invented sentence: "s'attendre à ce que" opens what is reported.
    quotes = _analysed("Article inventé. Le procureur Paul Marchand a dit s'attendre à ce que des permis "
                       "soient accordés avant l'été.", "fr")
    assert [q.text for q in quotes] == ["des permis soient accordés avant l'été"]


@pytest.mark.parametrize("lang, text", [
    # Invented articles: a "selon" after a quote's attribution says where the quote was reported; the
    # attribution is no indirect quote of that source.
    ("fr", "Article inventé. « Nous avons toujours dit que le port devait rester ouvert », a-t-il "
           "ajouté selon l'agence Norvik Presse."),
    ("en", "Invented article. \"It is a blow to every farmer in the valley,\" she tells reporters in Vasko, according "
           "to the AFP news agency."),
])
def test_a_quote_s_attribution_is_no_source_s_words(lang, text):
    assert [q.kind for q in _analysed(text, lang)] == ["direct"]


def test_a_past_participle_and_its_agent_close_no_clause():
    # Invented sentence: "…, lancé cette semaine par X" describes the call; X said nothing.
    quotes = _analysed("Article inventé. Le syndicat a rejeté l'offre de médiation, lancée cette semaine par le "
                       "président Karim Souleiman.", "fr")
    assert [q for q in quotes if q.verb == "lancé"] == []


@pytest.mark.parametrize("text", [
    # Invented sentences: one quoted word that is a verb form, without its auxiliary, is a term or a
    # scare quote, not what someone said.
    "Article inventé. Un an plus tard, la vieille voisine est encore «corrigée» plus durement.",
    "Article inventé. Dix des blessés évacués par l'ONG Secours Libre sont dans un état «critique».",
])
def test_one_quoted_verb_form_alone_is_no_partial_quote(text):
    assert [q for q in _analysed(text, "fr") if q.kind == "partial"] == []


def test_a_quoted_verb_after_its_auxiliary_still_speaks_for_its_subject():
    # Invented sentence (a reading that stays).
    q = _by_text(_analysed("Article inventé. Le ministre Paul Marchand a «condamné» l'attaque.", "fr"), "condamné")
    assert q.kind == "partial" and q.speaker.text == "Paul Marchand"


@pytest.mark.parametrize("text, lang, frame", [
    # Invented sentences: the question put to a speaker, or the interview he gave, frames his words.
    ("Invented article. Asked about the cause of the flood , Mayor Tom Harlan said : `` Let 's wait for the "
     "engineers . ''", "en", "Asked about"),
    ("Invented article. But asked directly whether the dam was worth its cost , Mayor Tom Harlan said , "
     "`` Absolutely . ''", "en", "asked directly"),
    ("Invented article. In an interview with a local radio , Mayor Tom Harlan admitted : `` We were not "
     "ready . ''", "en", "interview"),
    ("Invented article. Asked whether he would resign, Mayor Tom Harlan said no.", "en", "Asked"),
    ("Article inventé. Interrogé sur les causes de la crue, a répondu le maire Paul Granier.", "fr", "Interrogé"),
])
def test_a_frame_before_a_speaker_is_no_quote(text, lang, frame):
    assert [q.text for q in _analysed(text, lang) if frame in q.text] == []


@pytest.mark.parametrize("text, lang", [
    # Invented sentences: a reporting verb under a negation reports nothing.
    ("Article inventé. Le ministère de l'Intérieur n'a pas confirmé que le maire avait été arrêté.", "fr"),
    ("Article inventé. Les Etats-Unis n' ont toujours pas confirmé que le chef rebelle était mort.", "fr"),
    ("Invented article. The Harlan County council has not called for the mayor to step down .", "en"),
])
def test_a_denied_verb_reports_nothing(text, lang):
    assert [q for q in _analysed(text, lang) if q.verb in ("confirmé", "called")] == []


@pytest.mark.parametrize("text, lang", [
    # Invented sentences: a speaker holding a quote mark, or a lone article, names no one.
    ("Article inventé. D'après un médecin de l'hôpital \"depuis ce matin, nous avons dix blessés\".", "fr"),
    ("Article inventé. La demande de mandats \"est un premier pas\", a réagi l'association Veille Civile.", "fr"),
    ("Invented article. The plan was the so called `` green dossier '' of May 2003 , which the mayor claimed was "
     "based on surveys .", "en"),
])
def test_a_speaker_is_no_quote_mark_and_no_lone_article(text, lang):
    for q in _analysed(text, lang):
        assert q.speaker is None or ('"' not in q.speaker.text and "``" not in q.speaker.text
                                     and q.speaker.text.lower() not in ("la", "le", "the")), q


@pytest.mark.parametrize("text, lang, fragment, speaker", [
    # Invented sentences: an apposition after an honorific and a surname describes that person.
    ("Invented article. Mr Harlan, a father of two, said the dam was unsafe.", "en", "the dam was unsafe", "Harlan"),
    # A clause opened by "after" has its own subject.
    ("Invented article. Mayor Tom Harlan left the town hours after officials said the dam had failed.", "en",
     "the dam had failed", "officials"),
])
def test_the_speaker_is_the_subject_of_the_verb(text, lang, fragment, speaker):
    assert _by_text(_analysed(text, lang), fragment).speaker.text == speaker



@pytest.mark.parametrize("text, lang, fragment, speaker", [
    # Invented sentences: who was told something is no speaker; the agent who told it is.
    ("Invented article. Mayor Tom Harlan was told by General Paul Reed that the army would withdraw.", "en",
     "the army would withdraw", "Paul Reed"),
    ("Article inventé. Le maire a été averti par la préfète que la digue allait céder.", "fr",
     "la digue allait céder", "la préfète"),
])
def test_the_agent_of_a_passive_telling_is_the_speaker(text, lang, fragment, speaker):
    assert _by_text(_analysed(text, lang), fragment).speaker.text == speaker



@pytest.mark.parametrize("text, lang, fragment, entity_word", [
    # Invented sentences: an organization anaphor names the organization bearing its head, else the
    # subject of the sentence before, not the last organization named.
    ("Article inventé. L'ONG Veille Civile a exhorté le Conseil régional à enquêter. L'ONG a affirmé que des "
     "miliciens terrorisaient les habitants.", "fr", "des miliciens terrorisaient", "veille"),
    ("Invented article. The Coastal Protection Agency told Harlan Oil that it had a day to act . On Monday , "
     "the agency said it would run its own tests .", "en", "it would run its own tests", "agency"),
])
def test_an_organization_anaphor_names_the_right_body(text, lang, fragment, entity_word):
    q = _by_text(_analysed(text, lang), fragment)
    assert q.speaker.entity is not None and entity_word in q.speaker.entity, q.speaker


def test_an_indefinite_object_after_the_subjects_verb_is_no_inverted_speaker():
    # Invented sentences: "…, a réclamé une enquête" is the subject's demand, not an inquiry speaking; an
    # inverted source still speaks.
    quotes = _analysed("Article inventé. Le maire Paul Granier, évoquant 24 morts, a réclamé une enquête "
                       "indépendante.", "fr")
    assert [q for q in quotes if q.speaker is not None and "enquête" in q.speaker.text] == []
    q = _by_text(_analysed("Article inventé. La digue a cédé dans la nuit, a affirmé un haut responsable du "
                           "quartier.", "fr"), "La digue a cédé")
    assert q.speaker.text == "un haut responsable du quartier"


def test_a_day_after_de_is_part_of_a_speakers_name():
    # Invented sentence: "du dimanche" names the paper; "mercredi" alone is when one speaks (kept cut).
    q = _by_text(_analysed("Article inventé. Le Journal du dimanche a rapporté que le maire allait démissionner.",
                           "fr"), "le maire allait démissionner")
    assert q.speaker.text == "Le Journal du dimanche"


def test_the_pronoun_of_an_inverted_auxiliary_announces_the_quote():
    # Invented sentences: "a-t-il ajouté avant d'implorer le soutien de l'ONU :" is his, not the UN's.
    quotes = _analysed("Article inventé. L'ambassadeur Karim Souleiman a démissionné. «On ne gouverne pas "
                       "contre son peuple», a-t-il ajouté avant d'implorer le soutien de l'ONU : "
                       "«Sauvez Norvik».", "fr")
    assert _by_text(quotes, "Sauvez Norvik").speaker.text == "Karim Souleiman"


@pytest.mark.parametrize("text, lang, fragment, expected", [
    # Invented: a dateline's closing bracket and a bulleted dash are no part of the speaker.
    ("-LRB- Dunmore, 7:04 a.m. -RRB- Residents of Dunmore said Monday that the water had reached the bridge.",
     "en", "the water had reached", "Residents of Dunmore"),
    ("-- Volunteers told the radio that the shelters were full.", "en", "shelters were full", "Volunteers"),
])
def test_speaker_is_no_clause_nor_fragment(text, lang, fragment, expected):
    _, quotes = _quotes(text, lang)
    found = [q for q in quotes if fragment in q.text]
    speakers = [q.speaker.text if q.speaker else None for q in found]
    assert all(s == expected for s in speakers), speakers


@pytest.mark.parametrize("text", [
    # Invented, in a tokenized corpus's spelling: a clause before a saying verb read as a noun is no speaker.
    "It threatens fishing ports along the whole coast and has forced the governor to rethink plans .",
    "It 's now believed the miners have lost control of the lower galleries .",
])
def test_a_clause_gives_no_speaker(text):
    _, quotes = _quotes(text, "en")
    assert [(q.text, q.speaker.text) for q in quotes if q.speaker] == []


@pytest.mark.parametrize("text", [
    # Invented: a verb form that is also a plural noun, after a number, a possessive, a past form, another
    # verb, an adjective, or before a finite verb, reports nothing.
    "The flood reached the four states that lie along the river .",
    "Mr Varga 's remarks that the dam was safe angered the villagers .",
    "Farmers expressed fears that the harvest would be lost .",
    "The council rejects claims it ignored the warnings .",
    "Latest estimates suggest that the lake has risen by two metres .",
    "All legitimate claims are to be paid by the insurer within a month .",
    "Norvia Oil has paid $ 9 million on the 12,500 claims that have been filed since the storm .",
    # ... or before a reporting verb, which is the noun's, or its complement; after a participle it is an object.
    "Local radio reports said the ferry had run aground near the harbour .",
    "Perhaps more worryingly , reports suggest the second dam is also cracked .",
    "Guards are wary of the crowd and fears of a `` deadly '' stampede at the gates are real .",
    "The river rose again overnight , raising fears the second dam could give way .",
    # ... or after a singular noun that no determiner opens (after a verb or a preposition), or
    # before a relative whose verb is plural.
    "The minister dismissed militia claims that the ferry had been sunk on purpose .",
    "The office began accepting flood claims and reopened its branch in the valley .",
    "Villagers accuse the militia of burning their barns , claims that are hard to verify .",
])
def test_a_plural_noun_is_no_reporting_verb(text):
    _, quotes = _quotes(text, "en")
    assert [(q.verb, q.text) for q in quotes
            if q.verb in ("states", "remarks", "fears", "claims", "estimates", "reports")] == []


@pytest.mark.parametrize("text, content", [
    # Invented: a "that" right before a finite verb is the demonstrative subject of what is said ...
    ("The harbour board said that might last a fortnight .", "that might last a fortnight"),
    ("The port will close in May . Officials say that would be too costly .", "that would be too costly"),
    # ... or, after the verb's object, a relative: the verb reports nothing.
    ("The council agreed measures that would ban fishing near the reef .", None),
    ("The storm added to the strain that was easing in the port .", None),
    # A "that" after a verb of what is said is that clause's own ...
    ("The editor said the survey showed ferries that were losing money .",
     "the survey showed ferries that were losing money"),
    ("The harbour board said it would push that figure to 900 tonnes in July .",
     "it would push that figure to 900 tonnes in July"),
    # ... and a "that" before a subject opens what is said, as before, after an incise too.
    ("The mayor said that the bridge was closed .", "the bridge was closed"),
    ("The mayor argued , as his rival is doing now , that the bridge was unsafe .", "the bridge was unsafe"),
])
def test_a_that_before_a_finite_verb_opens_no_reported_clause(text, content):
    _, quotes = _quotes(text, "en")
    assert [q.text for q in quotes if q.kind == "indirect"] == ([content] if content else [])


@pytest.mark.parametrize("text", [
    # Invented: whom an English verb of telling addresses, before a quote, is not who speaks.
    "At the clinic , a man who said his son had been injured told CNN , `` The roads are blocked . ''",
    "He is heard telling the nurses : `` She cannot sleep at night . ''",
    # ... nor after a clause it closes.
    "The pumps could run again by late August , Paul Varga , senior vice-president of drilling and "
    "production , told the council .",
])
def test_the_addressee_of_a_telling_verb_is_no_speaker(text):
    _, quotes = _quotes(text, "en")
    assert [q.speaker.text for q in quotes if q.speaker and q.speaker.text.lower().startswith(
        ("cnn", "the nurses", "the council"))] == []


@pytest.mark.parametrize("text, speaker", [
    # Invented: a bare plural source after a preposition, before "who", is the relative's antecedent, not the
    # clause it ends.
    ("The mayor spoke to farmers who said the river had flooded their fields .", "farmers"),
    ("The plan was welcomed by villagers who said the well had run dry .", "villagers"),
])
def test_a_bare_plural_before_who_speaks_for_the_relative(text, speaker):
    _, quotes = _quotes(text, "en")
    assert [q.speaker.text for q in quotes if q.speaker] == [speaker]


def test_a_noun_subject_still_reports_with_such_a_form():
    # Invented: a subject head before the form keeps it a verb.
    _, quotes = _quotes("The ministry estimates that the lake has risen by two metres . "
                        "The report notes that the dam held .", "en")
    assert {q.verb for q in quotes} >= {"estimates", "notes"}


@pytest.mark.parametrize("text", [
    # Invented: a bare form that is also a noun, after a preposition, an adjective or a singular noun in lower
    # case, is the noun: no verb reports with it.
    "Rice prices , pushed up by the drought , climbed in May on hopes of stronger demand , a weak crown and "
    "cheap fuel .",
    "On Friday , after the floods , the mayor lifted a strict state of alert , which had lasted three weeks , "
    "and reopened the schools .",
    "Tomas Varga , the port 's manager , dialling in to a conference call from Halden , said the cranes would "
    "be repaired .",
])
def test_a_bare_noun_after_a_word_that_is_no_subject_reports_nothing(text):
    _, quotes = _quotes(text, "en")
    assert [q.verb for q in quotes if q.verb in ("demand", "state", "call")] == []


@pytest.mark.parametrize("text, said", [
    # Invented: a name opening its sentence, then its apposition (a long title too) closed by a comma, is the
    # subject of the verb after it; what follows the verb without "that" is what it reports.
    ("Tom Reed , head of the harbour unit at the old Halden marine institute in Brenvik , said the nets of "
     "forty boats , mostly torn by storms , had been hauled ashore on Monday .", "the nets of forty boats"),
    ("Mia Lund , the port 's manager , said the cranes , which are old , would be repaired by June .", "the cranes"),
])
def test_a_name_and_its_apposition_opening_a_sentence_say_the_clause_after_the_verb(text, said):
    _, quotes = _quotes(text, "en")
    assert [(q.speaker.text, q.text.startswith(said)) for q in quotes] == [(text.split(" ,")[0], True)]


def test_a_relative_clause_after_a_name_opening_a_sentence_leaves_the_name_the_subject():
    # Invented: a name and the relative clause describing it are no clause said by the words after the verb.
    _, quotes = _quotes("Mia Lund , who runs the inn , said the bridge , which is old , would hold .", "en")
    assert [(q.speaker.text, q.text) for q in quotes] == [("Mia Lund", "the bridge , which is old , would hold")]


def test_a_long_title_after_a_name_is_no_clause_said_by_the_object():
    # Invented: the clause before the comma is the subject and its title, nothing anyone said.
    _, quotes = _quotes("Tom Reed , professor of marine biology and ecology at the University of Halden at "
                        "Brenvik , criticised the council 's failure to dredge the harbour .", "en")
    assert quotes == []


def _with_names(text: str, lang: str, names: list[tuple[str, str]]):
    """find_quotes over `text` with a mention and an entity for each (name, type)."""
    mentions, entities = [], []
    for i, (name, kind) in enumerate(names):
        start = text.index(name)
        mentions.append(Mention(start, start + len(name), name, kind, f"e{i}"))
        entities.append(Entity(f"e{i}", kind, name))
    return find_quotes(make_document(text, lang=lang), mentions, entities)


@pytest.mark.parametrize("text, lang, names, fragment, wrong", [
    # Invented: "it" is never a person named sentences before.
    ("Mark Delane said the dam held . The city council approved the budget on Monday . "
     "It said the repairs would cost two million dollars .", "en",
     [("Mark Delane", "person"), ("city council", "organization")], "the repairs", "Mark Delane"),
    # Invented: a singular pronoun is not a plural source.
    ("Some analysts said the plan would fail . He confirms that the vote is delayed .", "en", [],
     "the vote", "Some analysts"),
    ("Des témoins ont raconté que le marché avait brûlé. « Tout est parti en fumée », a-t-il dit.", "fr", [],
     "Tout est parti", "Des témoins"),
    # Invented: "he" takes no name that is no person's in its own sentence.
    ("The H2N2 strain spread fast in the valley , he said .", "en", [("H2N2", "organization")],
     "The H2N2 strain", "H2N2"),
    # Invented: a name in capitals is a credit, not whom "il" speaks of.
    ("[PAUL MARTIN]Le peuple a voté dimanche. Il assure alors qu'il restera le président de tous.", "fr",
     [("PAUL MARTIN", "person")], "il restera", "PAUL MARTIN"),
    # Invented: a plural pronoun is not one named person.
    ("Jean Morel a déclaré que le pont tiendrait. Ils ont affirmé que la route serait rouverte.", "fr",
     [("Jean Morel", "person")], "la route", "Jean Morel"),
    ("Sen. Anna Kobler said the report was wrong . They said that the permits were late .", "en",
     [("Anna Kobler", "person")], "the permits", "Anna Kobler"),
])
def test_a_pronoun_takes_an_antecedent_of_its_kind_and_number(text, lang, names, fragment, wrong):
    quotes = _with_names(text, lang, names)
    assert all(q.speaker is None or q.speaker.text != wrong for q in quotes if fragment in q.text)



# A word list scans only where the text's vocabulary holds one of its words: the same matches as the
# regex over the whole text, on ASCII wire copy and on French typography alike.
WORD_LIST_WORDS = ["said", "says", "according to", "s'est dit", "a déclaré", "dit", "estime"]


@pytest.mark.parametrize("text", [
    "Officials said on Monday, according to AFP, that he says nothing. Unsaid words; saidx. Said_it.",
    "Le maire a déclaré : « Il s'est dit prêt », dit-il. L'élu estime, selon lui, qu'il dit vrai ; redit, estimé.",
    "according toward, according to\nsaid\u00a0dit",
])
def test_a_word_list_finds_what_its_regex_finds(text):
    words = word_list(WORD_LIST_WORDS)
    assert [m.span() for m in words.finditer(text)] == [m.span() for m in words.regex.finditer(text)]
    assert vocabulary(text) == set(re.findall(r"\w+", text))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["said", "Says", "dit", "s'est", "according", "to", "x", "é", " ", ",", "_", "'", "\n",
                                 "-", "1"]), max_size=30))
def test_a_word_list_matches_its_regex_on_any_text(parts):
    text = "".join(parts)
    words = word_list(WORD_LIST_WORDS)
    assert [m.span() for m in words.finditer(text)] == [m.span() for m in words.regex.finditer(text)]


# Invented sentences, one per line as tokenized corpora set them, and a French quote closed in its next paragraph.
@pytest.mark.parametrize("text, lang, first, last, speaker", [
    ("`` The levee will hold .\nWe have pumps running day and night , '' mayor Jane Holloway told reporters .\n",
     "en", "The levee will hold", "day and night", "Jane Holloway"),
    ("Mayor Jane Holloway said : `` The levee will hold .\nWe have pumps running day and night . ''\n",
     "en", "The levee will hold", "day and night", "Jane Holloway"),
    ("« La digue tiendra.\n\nLes pompes tournent jour et nuit », a déclaré le maire, Jean Dufresne.\n",
     "fr", "La digue tiendra", "jour et nuit", "Jean Dufresne"),
])
def test_a_quote_left_open_goes_on_to_the_paragraph_that_closes_it(text, lang, first, last, speaker):
    _, quotes = _quotes(text, lang)
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) == 1
    assert direct[0].text.startswith(first) and last in direct[0].text
    assert direct[0].speaker is not None and speaker in direct[0].speaker.text



# Invented: a person named as the complement of the subject's noun is not who speaks; the noun phrase is.
@pytest.mark.parametrize("text, lang, names, fragment, speaker", [
    ("Les partisans de M. Valmont ont affirmé qu'ils ne quitteraient pas la place.", "fr",
     [("Valmont", "person")], "ne quitteraient pas", "Les partisans de M. Valmont"),
    ("Les opposants à Valmont ont assuré que la mobilisation continuerait.", "fr",
     [("Valmont", "person")], "la mobilisation", "Les opposants à Valmont"),
    ("Supporters of Mr. Valmont said they would not leave the square .", "en",
     [("Valmont", "person")], "would not leave", "Supporters of Mr. Valmont"),
    # Invented: a title written with its own complement before the name is the person's.
    ("La secrétaire d'Etat Clara Venn a déclaré que la frontière resterait ouverte.", "fr",
     [("Clara Venn", "person")], "la frontière", "Clara Venn"),
    # Invented: someone's words ("l'expression de") name that person.
    ("Le maire a dénoncé une cruauté « innocente », selon l'expression de Paul Lerat.", "fr",
     [("Paul Lerat", "person")], "cruauté", "Paul Lerat"),
])
def test_a_name_completing_the_subjects_noun_is_not_the_speaker(text, lang, names, fragment, speaker):
    quotes = [q for q in _with_names(text, lang, names) if fragment in q.text]
    assert quotes and all(q.speaker is not None and q.speaker.text == speaker for q in quotes)


# Invented: a person named in the participle phrase of a plural subject ("Villagers guarding …") is not who
# speaks; a singular noun before an "-ant" word is a title's ("un jeune combattant X" is X).
@pytest.mark.parametrize("text, lang, names, fragment, speaker", [
    ("Villagers guarding the dam of Governor Marc Vell said they held the old airport .", "en",
     [("Marc Vell", "person")], "held the old airport", "Villagers guarding the dam of Governor Marc Vell"),
    ("Les habitants fuyant l'armée de Paul Kessa ont raconté que les soldats brûlaient les maisons.", "fr",
     [("Paul Kessa", "person")], "les soldats", "Les habitants fuyant l'armée de Paul Kessa"),
    ("Un jeune combattant, Ali Dara, a raconté que les soldats brûlaient les maisons.", "fr",
     [("Ali Dara", "person")], "les soldats", "Ali Dara"),
])
def test_a_name_in_the_subjects_participle_phrase_is_not_the_speaker(text, lang, names, fragment, speaker):
    quotes = [q for q in _with_names(text, lang, names) if fragment in q.text]
    assert quotes and all(q.speaker is not None and q.speaker.text == speaker for q in quotes)


# Invented: a plural pronoun takes up the unnamed people introduced after a name in its sentence, not the name.
@pytest.mark.parametrize("text", [
    "Sur un film diffusé par Canal Vert, des gens montrent des douilles qu'ils disent avoir ramassées.",
    "Sur un film diffusé par Canal Vert, des habitants montrent des douilles qu'ils disent avoir ramassées.",
])
def test_a_plural_pronoun_after_unnamed_people_is_not_the_name_before_them(text):
    quotes = [q for q in _with_names(text, "fr", [("Canal Vert", "organization")]) if "ramassées" in q.text]
    assert quotes and all(q.speaker is not None and q.speaker.text != "Canal Vert" for q in quotes)


# Invented: an inverted attribution whose verb first says whom the speaker told, or whose speaker goes on
# with a gerund, is still an attribution.
@pytest.mark.parametrize("text, fragment, speaker", [
    ("Le Caire, 5 juillet. La situation est grave, a indiqué à l'AFP un haut responsable du ministère. "
     "Le ministère a démenti.", "La situation est grave", "un haut responsable du ministère"),
    ("Le Caire, 5 juillet. Les gardes ont tiré sur la foule, a rapporté un haut responsable de la police "
     "en précisant que dix personnes avaient été blessées.", "Les gardes ont tiré", "un haut responsable de la police"),
    # Invented: or before a relative clause or a manner of saying, with no comma.
    ("Le Caire, 5 juillet. Les pompes ont lâché dans la nuit, a indiqué un haut responsable de la police qui a "
     "requis l'anonymat.", "Les pompes ont lâché", "un haut responsable de la police"),
    ("Le Caire, 5 juillet. Le pont restera fermé jusqu'à lundi, a précisé le préfet sans donner d'autres "
     "détails.", "Le pont restera fermé", "le préfet"),
])
def test_an_inverted_attribution_past_its_addressee_or_before_a_gerund(text, fragment, speaker):
    _, quotes = _quotes(text)
    found = [q for q in quotes if q.text == fragment or q.text.startswith(fragment)]
    assert found and found[0].speaker is not None and found[0].speaker.text == speaker


# Invented: the pronoun of an inverted auxiliary after a quoted fragment speaks, even with an adverb before
# its verb; a quote a colon announces after an inverted attribution is that speaker's too.
@pytest.mark.parametrize("text, names, fragment, speaker", [
    ("Le chef de l'alliance, Paul Dorne, a salué les progrès. La reddition du chef rebelle « ne change pas "
     "grand-chose », a-t-il toutefois jugé.", [("Paul Dorne", "person")], "ne change pas grand-chose", "Paul Dorne"),
    ("Le chef de l'alliance, Paul Dorne, a salué les progrès. La reddition du chef rebelle « ne change pas "
     "grand-chose », a-t-il jugé.", [("Paul Dorne", "person")], "ne change pas grand-chose", "Paul Dorne"),
    ("Fraude au port de Tarnville.\n\"Nos comptes sont clairs, vraiment très clairs\", a assuré Luc Varga : "
     "\"Nous sommes prêts pour un audit.\" Douze contrôles ont été faits.", [("Luc Varga", "person")],
     "Nous sommes prêts", "Luc Varga"),
])
def test_an_inverted_attribution_speaks_for_the_fragment_before_and_the_quote_after(text, names, fragment, speaker):
    quotes = [q for q in _with_names(text, "fr", names) if fragment in q.text]
    assert quotes and all(q.speaker is not None and q.speaker.text == speaker for q in quotes)


# Invented: "selon" before a manner, a method or a rule names no source, past an adjective before the noun too.
@pytest.mark.parametrize("text, lang, noun", [
    ("Les vols se répètent à Tarnville, toujours selon le même mode opératoire. Deux inconnus forcent une "
     "serrure.", "fr", "mode"),
    ("Thefts recur in Tarnville , always according to the same method . Two strangers force a lock .", "en", "method"),
    ("Les prix ont baissé à Tarnville, selon les règles en vigueur depuis janvier.", "fr", "règles"),
])
def test_a_method_or_a_rule_is_no_source(text, lang, noun):
    _, quotes = _quotes(text, lang=lang)
    assert not [q for q in quotes if q.speaker is not None and noun in q.speaker.text]


# Invented: a verb of speech denied by its subject, or given another sense by the word after it, reports nothing;
# a verb before the reported clause's own verb still reports ("which she said killed three guards").
@pytest.mark.parametrize("text, lang", [
    ("Still , no one ever said the Tarnville dam was safe , and nobody claimed it was .", "en"),
    ("He was due in Tarnville on Monday . A day later , the council called off the visit .", "en"),
    ("Marta Lenz is not listed as one of the 1,200 residents now confirmed dead in the Tarnville flood , but "
     "she might as well be .", "en"),
    ("Le tribunal de Tarnville a déclaré mort le pêcheur disparu en mer en 2019.", "fr"),
])
def test_a_denied_speech_or_another_sense_of_the_verb_reports_nothing(text, lang):
    _, quotes = _quotes(text, lang=lang)
    assert quotes == []


# Invented: after a quote, an inverted pronoun speaks whatever its auxiliary ('avait-il', 'ont-elles'), and the
# impersonal 'il' of a passive ('est-il précisé dans le communiqué') is no speaker.
@pytest.mark.parametrize("text, names, speaker", [
    ("Paul Dorne est arrivé à Tarnville. « Nous tiendrons la ville », avait-il déclaré lundi.",
     [("Paul Dorne", "person")], "Paul Dorne"),
    ("Marie Lenoir est arrivée à Tarnville. « Nous tiendrons la ville », avait-elle déclaré lundi.",
     [("Marie Lenoir", "person")], "Marie Lenoir"),
    ("Le ministère de Tarnville a publié un texte. « Les frontières restent fermées », est-il précisé dans le "
     "communiqué.", [], "le communiqué"),
])
def test_an_inverted_pronoun_after_a_quote_whatever_its_auxiliary(text, names, speaker):
    quotes = _with_names(text, "fr", names)
    assert [q.speaker.text if q.speaker else None for q in quotes] == [speaker]


def test_a_reporting_verb_before_the_reported_clauses_verb_still_reports():
    text = ("Ana Petrov condemned the strike on the Tarnville station , which she said killed three guards and "
            "wounded a dozen .")
    quotes = _with_names(text, "en", [("Ana Petrov", "person")])
    assert [q.speaker.text for q in quotes if "killed three" in q.text] == ["Ana Petrov"]


# Invented: a title or an age before a person's name opens the subject after an adverbial or a place set
# between commas ("During the night, government spokesman X said"); the region after a town is no speaker.
@pytest.mark.parametrize("text, lang, names, speaker", [
    ("During the night , government spokesman Karl Ostrov said the dam at Tarnville had held .", "en",
     [("Karl Ostrov", "person"), ("Tarnville", "place")], "Karl Ostrov"),
    ("At a recent meeting at the town hall , 40-year-old Lena Marsh said she liked the new plan .", "en",
     [("Lena Marsh", "person")], "Lena Marsh"),
    ("Tom Ridley of Tarnville , Ohio , said the water was even higher the evening before .", "en",
     [("Tom Ridley", "person"), ("Tarnville", "place"), ("Ohio", "place")], "Tom Ridley"),
])
def test_a_titled_name_after_an_adverbial_is_the_subject(text, lang, names, speaker):
    quotes = _with_names(text, lang, names)
    assert [q.speaker.text for q in quotes] == [speaker]


# Invented: an apposition whose words hold a conjunction is no list of names ("a physicist from the Tarnville
# Mining and Metals Institute", "the West and Central Africa director").
@pytest.mark.parametrize("text, speaker", [
    ("Ivan Petrak , a physicist from the Tarnville Mining and Metals Institute , insists the plant was safe .",
     "Ivan Petrak"),
    ("Mara Quist , the group 's West and Central Africa director , called on the police to free the "
     "detainees .", "Mara Quist"),
])
def test_an_apposition_with_a_conjunction_still_describes_the_name(text, speaker):
    quotes = _with_names(text, "en", [(speaker, "person")])
    assert [q.speaker.text for q in quotes] == [speaker]


# Invented: the comma of a number ("5,500", "3,400") is no clause boundary.
def test_a_numbers_comma_does_not_split_the_clause_of_the_speaker():
    text = ("The council expects 5,500 people at the Tarnville parties , though officials said the north "
            "seemed less keen .")
    quotes = _with_names(text, "en", [])
    assert [(q.speaker.text, q.text) for q in quotes] == [("officials", "the north seemed less keen")]


# Invented: "Name, apposition, verb" is a subject before its verb, not the clause an inverted attribution
# closes; the clause before the name, if any, is what the name said.
@pytest.mark.parametrize("text, lang, names, expected", [
    ("Almost 7,000 people have fled Tarnville , Nora Vell , the U.N. relief coordinator , told the council "
     "Monday .", "en", [("Nora Vell", "person")],
     [("Nora Vell", "Almost 7,000 people have fled Tarnville")]),
    ("Les combats ont repris dans le nord du pays, Jean Morel, un porte-parole de l'ONU, a déclaré lundi.", "fr",
     [("Jean Morel", "person")], [("Jean Morel", "Les combats ont repris dans le nord du pays")]),
    ("Pierre Lasne, fils du maire de Tarnville, a été blessé près du pont, ont affirmé lundi des témoins.", "fr",
     [("Pierre Lasne", "person")], [("des témoins", "Pierre Lasne, fils du maire de Tarnville, a été blessé près "
                                     "du pont")]),
])
def test_a_name_and_its_apposition_are_the_subject(text, lang, names, expected):
    quotes = _with_names(text, lang, names)
    assert [(q.speaker.text, q.text.strip()) for q in quotes] == expected


# Invented: the noun phrase after a verb is its object when a relative pronoun describes it, and a sentence
# ending on a colon announces what follows: neither is an inverted speaker.
@pytest.mark.parametrize("text", [
    "Paul Dorne, militant et conseiller auprès du conseil de Tarnville, explique les difficultés auxquelles se "
    "heurte cette demande.",
    "Lina, qui publie des messages sous un pseudonyme, explique depuis Tarnville :",
])
def test_an_object_or_an_announcement_is_no_inverted_speaker(text):
    assert _with_names(text, "fr", [("Tarnville", "place")]) == []


# Invented: a name glued to a prefix ("anti-Dorne", "pro-Dorne") qualifies a group and speaks for no one.
@pytest.mark.parametrize("text, lang, speaker", [
    ("Les combattants anti-Dorne ont affirmé que la ville était «libérée».", "fr", "Les combattants anti-Dorne"),
    ("Les anti-Dorne appellent à créer des «conseils de quartier» à Tarnville.", "fr", "Les anti-Dorne"),
])
def test_a_prefixed_name_is_no_speaker(text, lang, speaker):
    quotes = _with_names(text, lang, [("Dorne", "person")])
    assert quotes and {q.speaker.text for q in quotes} == {speaker}


# Invented: "selon lui" stands for someone who may speak, never for a place named before it.
def test_selon_lui_is_no_place():
    text = "Le maire de Tarnville, Paul Dorne, menace de fermer la Vézère, devenue, selon lui, un «égout à ciel ouvert»."
    quotes = _with_names(text, "fr", [("Paul Dorne", "person"), ("Vézère", "place")])
    assert quotes and {q.speaker.text for q in quotes} == {"Paul Dorne"}


# Invented: the agent of a participle that quotes a fragment speaks it ("qualifiées de «…» par X",
# 'described as "…" by X'); an agent inside a reported clause or after a finite verb does not.
@pytest.mark.parametrize("text, lang, names, speaker", [
    ("Des tirs vite qualifiés de «lâches» par les autorités de Tarnville.", "fr", [], "les autorités de "
     "Tarnville"),
    ("The strikes were described as `` reckless '' by Tarnville officials on Sunday .", "en", [], "Tarnville officials"),
    ("Le ministre Paul Dorne a admis mercredi que la ville est «perturbée» par la décision du préfet.", "fr",
     [("Paul Dorne", "person")], "Paul Dorne"),
])
def test_the_agent_of_a_quoting_participle_speaks(text, lang, names, speaker):
    quotes = _with_names(text, lang, names)
    assert [q.speaker.text for q in quotes if q.kind == "partial"] == [speaker]


# Invented: an English verb followed by its object ("described the new plan", "has written the longer account")
# closes no clause it attributes; whom someone told may follow ("…, he told the paper").
@pytest.mark.parametrize("text, expected", [
    ("On the evening the vote was held , Lena Marsh on the radio described the new plan .", []),
    ("Ivan Petrak will sell more copies than Lena Marsh , but she has written the longer , less personal account .",
     []),
    ("The Tarnville dam is in poor shape , he told the paper .", [("he", "The Tarnville dam is in poor shape")]),
])
def test_an_english_verbs_object_is_no_inverted_attribution(text, expected):
    quotes = _with_names(text, "en", [(n, "person") for n in ("Lena Marsh", "Ivan Petrak") if n in text])
    assert [(q.speaker.text, q.text.strip()) for q in quotes] == expected


# Invented: a quoted sentence may go on after its closing mark before the attribution that closes it
# ("« … » intérimaire, a renchéri X", "« … », qui doit …, a déclaré X"); "renchérir" is conjugated as "finir".
@pytest.mark.parametrize("text, names, speaker", [
    ("«Nous ne retirons pas notre soutien au gouvernement» provisoire de Tarnville, a renchéri le ministre Paul "
     "Dorne lors d'un point de presse.", [("Paul Dorne", "person")], "Paul Dorne"),
    ("«C'est une mauvaise décision», qui doit mener à un scrutin l'an prochain, a déclaré jeudi un "
     "porte-parole du ministère, Marc Lenoir.", [("Marc Lenoir", "person")], "Marc Lenoir"),
    ("«D'ici lundi, la digue sera réparée», renchérit Paul Dorne.", [("Paul Dorne", "person")], "Paul Dorne"),
])
def test_a_quoted_sentence_going_on_after_its_mark_keeps_its_attribution(text, names, speaker):
    quotes = _with_names(text, "fr", names)
    assert [(q.kind, q.speaker.text if q.speaker else None) for q in quotes] == [("direct", speaker)]


# Invented: after the quote, a verb followed by a preposition names no speaker ("a insisté lors de … sur un
# départ de X").
def test_a_continued_quote_takes_no_name_after_a_preposition():
    text = ("«Club de Tarnville», qui regroupe douze villes, a insisté lors de son congrès sur une démission de Paul "
            "Dorne.")
    quotes = _with_names(text, "fr", [("Paul Dorne", "person")])
    assert all(q.speaker is None or q.speaker.text != "Paul Dorne" for q in quotes)


# Invented: after a clause with its own verb, a conjunction opens the clause whose subject stands before the
# reporting verb, even at the end of a prepositional phrase ("… on behalf of X - and Downing Street says").
@pytest.mark.parametrize("text, lang, names, speaker", [
    ("Mr Rell has been sent to talk to the head of the firm , Ivan Petrak , on behalf of the mayor - and the "
     "Tarnville council says the dam will be repaired .", "en", [("Ivan Petrak", "person")], "the Tarnville council"),
    ("Dans le même quartier de Tarnville, pro et anti-Dorne se disputent encore la place et un témoin a affirmé "
     "avoir vu des urnes brûlées.", "fr", [("Dorne", "person")], "un témoin"),
])
def test_a_conjunction_after_a_clause_opens_the_speakers_clause(text, lang, names, speaker):
    quotes = _with_names(text, lang, names)
    assert [q.speaker.text for q in quotes] == [speaker]


# Invented: a country after a time phrase set between commas is the subject, not the region of a town.
def test_a_country_after_a_time_phrase_is_the_subject():
    text = "Earlier on Sunday , Tarnland said it was pulling out of the monitoring mission ."
    quotes = _with_names(text, "en", [("Tarnland", "place")])
    assert [q.speaker.text for q in quotes] == ["Tarnland"]


# ---- Who an attribution names: the subject of a passive of quoting, the source of "selon" (invented articles) ----


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


# Invented: a participle of quoting after a noun ("a source quoted by AFP", "un responsable cité par la radio")
# names who relayed that noun's words; the noun speaks, with a verb of its own, and the relay says nothing.
@pytest.mark.parametrize("text, lang, names, expected", [
    ("La digue de Marville a cédé dans la nuit, a annoncé un responsable de la préfecture cité par la radio "
     "locale.", "fr", [("Marville", "place")],
     [("La digue de Marville a cédé dans la nuit", "un responsable de la préfecture cité par la radio locale")]),
    ("Paul Whitby , a local engineer quoted by the Tarnville Herald , said the dam would hold .", "en",
     [("Paul Whitby", "person"), ("Tarnville Herald", "organization")], [("the dam would hold", "Paul Whitby")]),
    ("The dam will be repaired by June , officials quoted by local radio say .", "en", [],
     [("The dam will be repaired by June", "officials")]),
])
def test_a_participle_of_quoting_only_relays(text, lang, names, expected):
    quotes = _with_names(text, lang, names)
    assert [(q.text.strip(" ,"), q.speaker.text if q.speaker else None) for q in quotes] == expected


# Invented: a news agency the sentence names is told things or hosts an event; "they" or "ils" are the people it
# quotes, never the agency.
@pytest.mark.parametrize("text, lang, names", [
    ("Farmers near Tarnville told Reuters their wells had dried up . They said the river was lower than ever .",
     "en", [("Tarnville", "place"), ("Reuters", "organization")]),
    ("Des pêcheurs de Marville ont parlé à l'AFP. Ils ont affirmé que la lagune était polluée.", "fr",
     [("Marville", "place"), ("AFP", "organization")]),
])
def test_a_news_agency_is_no_pronouns_antecedent(text, lang, names):
    quotes = _with_names(text, lang, names)
    assert quotes and all(q.speaker is None or q.speaker.text not in ("Reuters", "AFP") for q in quotes)


# Invented: a person's name qualifying a group's noun ("the Vann administration", "le régime Vann") is no speaker;
# the group is.
@pytest.mark.parametrize("text, lang, speaker", [
    ("The Vann administration said on Monday that the dam would hold .", "en", "The Vann administration"),
    ("Le gouvernement Vann a affirmé lundi que la digue tiendrait.", "fr", "Le gouvernement Vann"),
])
def test_a_name_qualifying_a_group_is_no_speaker(text, lang, speaker):
    quotes = _with_names(text, lang, [("Vann", "person")])
    assert [q.speaker.text for q in quotes] == [speaker]


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


# ---- A gendered pronoun resolves to no one the text gives the other gender (invented articles) ----


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
    ("Par Seif Tarnawi, 7 juillet. Devant la mairie, une institutrice apostrophe les journalistes. "
     "« Où sont vos collègues ? », demande-t-elle.", "fr", [("Seif Tarnawi", "person")], "Où sont"),
    ("Barack Tarnby was in Tarnville on Monday .\n`` Our school has no roof , '' she said .", "en",
     [("Barack Tarnby", "person")], "no roof"),
])
def test_a_gendered_pronoun_takes_no_one_of_the_other_gender(text, lang, names, fragment):
    speaker = _speaker_of(_with_names(text, lang, names), fragment)
    assert speaker is None or speaker.lower() in ("elle", "she")


# ---- Attributions closing a report, relative clauses, adverbials before a subject (invented articles) ----


# Invented: an attribution closing the sentence reports the report; it is no part of what was reported.
@pytest.mark.parametrize("text, lang, fragment, reported", [
    ("The council members vowed to open an inquiry into the fire , Dana Morel said .", "en",
     "open an inquiry", "to open an inquiry into the fire"),
    ("A colonel told reporters that the army held the whole valley , the Tarvel news agency reports .", "en",
     "army held", "the army held the whole valley"),
    ("The agency says the number of flights has fallen to 12 , according to AP .", "en",
     "number of flights", "the number of flights has fallen to 12"),
    ("Le ministre a déclaré que la digue tiendrait jusqu'à jeudi, a précisé son cabinet.", "fr",
     "la digue", "la digue tiendrait jusqu'à jeudi"),
    ("Le ministre a déclaré que la digue tiendrait, selon un communiqué de la préfecture.", "fr",
     "la digue", "la digue tiendrait"),
])
def test_an_attribution_closing_the_sentence_is_cut_from_the_report(text, lang, fragment, reported):
    _, quotes = _quotes(text, lang)
    assert _by_text(quotes, fragment).text.strip() == reported


# Invented: a clause with its own verbs after the comma stays in the report ("receive reports" is no attribution).
def test_a_clause_after_the_report_that_attributes_nothing_stays():
    _, quotes = _quotes("The council members vowed to open an inquiry , Dana Morel said .\nLawyers said they would be "
                        "ready by the hearing , after having more time to sort the files and receive reports "
                        "from experts .", "en")
    assert _by_text(quotes, "open an inquiry").text.strip() == "to open an inquiry"
    assert _by_text(quotes, "ready by").text.rstrip(" .").endswith("reports from experts")


# Invented: "which he said had been": the verb is set in a relative clause and reports no clause of its own.
def test_a_verb_inside_a_relative_clause_reports_nothing():
    _, quotes = _quotes("Officials blamed the flood on the old levee which the mayor said had been neglected for "
                        "years .\nThe army shelled what residents said was a school .\nThe mayor said the levee "
                        "had been neglected .", "en")
    assert [q.text for q in quotes] == ["the levee had been neglected"]


# Invented: a closing "''" ends the clause before the speaker; "State" before "Department" is no verb.
def test_a_closing_quote_mark_and_a_department_are_no_part_of_the_attribution():
    quotes = _with_names("But rivers rise fast and `` the levees can never be fully trusted , '' the agency said .\n"
                         "`` We are ready , '' State Department spokesman Carl Vent said .", "en",
                         [("Carl Vent", "person")])
    assert _speaker_of(quotes, "levees") == "the agency"
    ready = _by_text(quotes, "We are ready")
    assert ready.verb == "said" and ready.speaker.text == "Carl Vent"


# Invented: after an adverbial opening the sentence, a bare noun phrase is the subject, not an apposition.
@pytest.mark.parametrize("text, fragment, speaker", [
    ("The mayor spoke on Friday . Earlier this month , activists said soldiers killed 18 people in Tarvel .",
     "soldiers killed", "activists"),
    ("The mayor spoke on Friday . Meanwhile , officials said the road to Tarvel was closed .", "road", "officials"),
    ("The mayor spoke on Friday . At a meeting in Tarvel , farmers and herders said the river had dried up .",
     "river", "farmers and herders"),
    ("The mayor spoke on Friday . Meanwhile the ministry said the road to Tarvel was closed .", "road",
     "the ministry"),
])
def test_an_adverbial_opening_the_sentence_is_no_speaker(text, fragment, speaker):
    _, quotes = _quotes(text, "en")
    assert _speaker_of(quotes, fragment) == speaker


# Invented: a short incise between an inverted verb and its speaker; an incise naming its speaker inside the quote.
@pytest.mark.parametrize("text, lang, names, fragment, speaker", [
    ("« La digue tiendra », annonce, sans détour, le préfet de la Sèvre.", "fr", [], "La digue", "le préfet de la Sèvre"),
    ("« Nous avons tout perdu », exulte, dans un français approximatif, Lina Dorne.", "fr",
     [("Lina Dorne", "person")], "tout perdu", "Lina Dorne"),
    ("`` The levee will hold , '' said , with a smile , the mayor of Tarvel .", "en", [], "levee", "the mayor of Tarvel"),
    ("« Les pompes ne suffisent plus, décrypte Paul Granier. Il faut ouvrir les vannes. »", "fr",
     [("Paul Granier", "person")], "pompes", "Paul Granier"),
    ("« La crue est passée, explique un témoin, et la décrue commence. »", "fr", [], "crue", "un témoin"),
    ("« Personne ne vient plus au port, soupire l'un des pêcheurs. Les bateaux restent à quai. »", "fr", [],
     "Personne", "l'un des pêcheurs"),
    ("« Les digues ont tenu, a rapporté la radio locale. Les pompes tournent encore. »", "fr", [], "digues",
     "la radio locale"),
])
def test_an_incise_parts_no_speaker_from_its_verb(text, lang, names, fragment, speaker):
    assert _speaker_of(_with_names(text, lang, names), fragment) == speaker


# Invented: an incise the writer sets inside a quote's marks is no word of its speaker; the quote's span still
# runs from mark to mark.
@pytest.mark.parametrize("text, names, fragment, words", [
    ("« La digue a tenu, assure-t-il. Elle tiendra encore », a dit le maire de Tarvel.", [], "La digue",
     "La digue a tenu. Elle tiendra encore"),
    ("« Les pompes, explique Lina Dorne, directrice des travaux, tournent encore. Nous restons prudents »",
     [("Lina Dorne", "person")], "pompes", "Les pompes tournent encore. Nous restons prudents"),
    ("« La crue a cessé, raconte Lina Dorne, qui a dirigé les secours. Nous rentrons »", [("Lina Dorne", "person")],
     "crue", "La crue a cessé. Nous rentrons"),
    ("« C'est la vanne, dit-elle, qui a cédé »", [], "vanne", "C'est la vanne qui a cédé"),
    ("« Le port a tenu, ajoute Lina Dorne, la porte-parole, mais la digue a cédé »", [("Lina Dorne", "person")],
     "port", "Le port a tenu, mais la digue a cédé"),
    ("« Nous avons tenu, ajoute-t-elle, lors d'un point presse. Il reste la digue »", [], "tenu",
     "Nous avons tenu. Il reste la digue"),
])
def test_an_incise_inside_a_quote_is_no_word_of_its_speaker(text, names, fragment, words):
    doc = make_document(text, lang="fr")
    q = _by_text(_with_names(text, "fr", names), fragment)
    assert q.kind == "direct" and q.text == words
    assert doc.text[:q.start].rstrip().endswith("«") and doc.text[q.end:].lstrip().startswith("»")


# Invented: a quote opening a sentence that goes on past its close is said by whoever says the sentence's later quote.
@pytest.mark.parametrize("text, fragment, speaker", [
    ("« Notre voisin » le maire de Tarvel reste « imprudent », juge le préfet Paul Granier dans un entretien.",
     "Notre voisin", "Paul Granier"),
    ("« Je rêve que la digue tienne » et que « les pompes suffisent », a déclaré Paul Granier.", "Je rêve",
     "Paul Granier"),
])
def test_a_quote_opening_a_sentence_that_goes_on_has_its_speaker(text, fragment, speaker):
    q = _by_text(_with_names(text, "fr", [("Paul Granier", "person")]), fragment)
    assert q.kind == "direct" and q.speaker is not None and q.speaker.text == speaker


# Invented: a noun of people without a determiner before a colon names no one ("a plea for volunteers :").
@pytest.mark.parametrize("text, lang, fragment, wrong", [
    ("Tarvel 's mayor Ann Lee made a plea for volunteers : `` The levee needs sandbags tonight . ''",
     "en", "sandbags", "for volunteers"),
    ("Appel pressant aux habitants de Tarvel : « Restez chez vous ce soir. »", "fr", "Restez", "aux habitants"),
])
def test_a_people_noun_without_determiner_names_no_speaker(text, lang, fragment, wrong):
    q = _by_text(_quotes(text, lang)[1], fragment)
    assert q.speaker is None or q.speaker.text != wrong


# Invented: an apposition after a noun phrase holding a name describes the name's holder; it is no speaker.
@pytest.mark.parametrize("text, names, fragment, speaker", [
    ("Le prix Nobel de chimie Paul Granier, un temps pressenti pour diriger l'agence, a condamné « avec "
     "fermeté » la décision.", [("Paul Granier", "person")], "fermeté", "Paul Granier"),
    ("Le syndicat des pêcheurs de Tarvel, la plus ancienne organisation du port, a estimé que la crue durerait.",
     [("Tarvel", "organization")], "la crue", "Le syndicat des pêcheurs de Tarvel"),
])
def test_an_apposition_after_a_described_name_is_no_speaker(text, names, fragment, speaker):
    assert _speaker_of(_with_names(text, "fr", names), fragment) == speaker


# Invented: a bare verb form after a possessive or before a finite verb is a noun; a participle after a comma
# speaks for the subject of the sentence.
def test_a_bare_form_after_a_possessive_is_a_noun_and_a_participle_speaks_for_the_subject():
    quotes = _with_names("The road flooded on Sunday , witnesses and Tarvel 's state news agency reported .\n"
                         "He adds that the relief depot was short of sandbags : `` We need more trucks . ''\n"
                         "Mayor Dana Morel toured the levee , saying : `` They worked all night . ''", "en",
                         [("Dana Morel", "person")])
    assert _by_text(quotes, "road flooded").verb == "reported"
    assert _speaker_of(quotes, "more trucks") == "He"
    assert _speaker_of(quotes, "worked all night") == "Dana Morel"


# Invented: a participle after a comma, or after 'by' / 'en', speaks for the subject opening the sentence, past an
# adverbial and a title, the name an apposition describes rather than a name inside it, the subject before a verb
# no lexicon knows and not one of the clause after it, whom a pronoun opening it takes up; or for the subject of an
# attribution right before it. So does a verb after a conjunction that follows a comma; a name completing a noun
# of an apposition is no such subject.
@pytest.mark.parametrize("text, lang, names, fragment, speaker", [
    ("Jeudi, le ministre de l'Agriculture Paul Granier a visité la digue de Tarvel, assurant que les travaux "
     "seraient finis en mai.", "fr", [("Paul Granier", "person")], "les travaux", "Paul Granier"),
    ("Ralph Tenner , a harbour engineer and former aide to Mayor Dana Morel on flood works , has long doubted the "
     "levee , arguing that the sand was too fine .", "en", [("Ralph Tenner", "person"), ("Dana Morel", "person")],
     "the sand", "Ralph Tenner"),
    ("Hugo Ferrand did not deny rumours that Tomas Vell had fled the town , saying only that the mayor was away .",
     "en", [("Hugo Ferrand", "person"), ("Tomas Vell", "person")], "the mayor was", "Hugo Ferrand"),
    ("Sealing crews could use stricter rules , Tom Brandt said , adding that such leaks remain too frequent .",
     "en", [("Tom Brandt", "person")], "such leaks", "Tom Brandt"),
    ("Paul Varga startled the crowd on the quay by saying , `` We did all we could . ''",
     "en", [("Paul Varga", "person")], "all we could", "Paul Varga"),
    ("Le maire Paul Granier a salué les pompiers en affirmant : « Ils ont tout donné. »",
     "fr", [("Paul Granier", "person")], "tout donné", "Paul Granier"),
    ("Mayor Paul Varga spoke on Monday . He later sent a short note to the press , saying : `` I was wrong . ''",
     "en", [("Paul Varga", "person")], "I was wrong", "Paul Varga"),
    ("Capt. Paul Varga , the board 's chairman , cited two fires , a leak and a flood , and said , `` It adds up . ''",
     "en", [("Paul Varga", "person")], "It adds up", "Paul Varga"),
    ("Enfin, à Tarvel, une ville du Centre, des riverains sont venus et ont appelé le préfet à « tenir la digue ».",
     "fr", [("Centre", "organization")], "tenir la digue", None),
])
def test_a_participle_speaks_for_the_subject_opening_the_sentence(text, lang, names, fragment, speaker):
    quotes = _with_names(text, lang, names)
    if speaker is None:
        assert all(q.speaker is None for q in quotes if fragment in q.text)
    else:
        assert _speaker_of(quotes, fragment) == speaker


# Invented: a role held for someone ("son porte-parole", "his spokesman"), a noun owned by a person ("Granier 's
# spokesman") or completed by another's role ("l'entourage du président") is no one the document names.
@pytest.mark.parametrize("text, lang, names, fragment, speaker", [
    ("Le président Paul Granier a quitté Tarvel lundi. Selon l'entourage du président, la digue sera renforcée.",
     "fr", [("Paul Granier", "person")], "la digue", "l'entourage du président"),
    ("Paul Granier a refusé de démissionner. « Nous ne céderons pas », a déclaré son porte-parole.",
     "fr", [("Paul Granier", "person")], "ne céderons", "son porte-parole"),
    ("Paul Granier refused to resign on Monday . His spokesman said the mayor would stay .",
     "en", [("Paul Granier", "person")], "the mayor would", "His spokesman"),
    ("Mayor Paul Granier 's spokesman said on Monday that the levee would hold .",
     "en", [("Paul Granier", "person")], "the levee", "Mayor Paul Granier 's spokesman"),
    ("President Paul Granier left Tarvel on Monday . The president 's spokesman said the levee would hold .",
     "en", [("Paul Granier", "person")], "the levee", "The president 's spokesman"),
    # A name ending in s takes the apostrophe alone, written or tokenized apart.
    ("The levee will be raised by a metre , Paul Andrews ' aides said on Monday .",
     "en", [("Paul Andrews", "person")], "The levee", "Paul Andrews ' aides"),
    ("The levee will be raised by a metre, Paul Andrews' office said on Monday.",
     "en", [("Paul Andrews", "person")], "The levee", "Paul Andrews' office"),
])
def test_a_role_held_for_someone_is_not_that_someone(text, lang, names, fragment, speaker):
    q = _by_text(_with_names(text, lang, names), fragment)
    assert q.speaker is not None and q.speaker.text == speaker and q.speaker.entity is None, q.speaker


# Invented: a title with a complement names one office; the person the document gave the same title with
# another complement ("le chef du gouvernement") or a role of another office does not hold it.
@pytest.mark.parametrize("text, lang, names, fragment", [
    ("« Nous tiendrons », a indiqué le chef du gouvernement Paul Granier. Du côté des rebelles, le chef de la "
     "délégation du Conseil de Tarvel a plaidé pour une « solution pacifique ».", "fr",
     [("Paul Granier", "person"), ("Conseil de Tarvel", "organization")], "solution pacifique"),
    ("`` We will hold , '' said the head of the government Paul Granier . For the rebels , the head of the "
     "delegation of the Tarvel Council said the talks would resume .", "en",
     [("Paul Granier", "person"), ("Tarvel Council", "organization")], "the talks"),
])
def test_a_title_of_another_office_is_not_its_holder(text, lang, names, fragment):
    q = _by_text(_with_names(text, lang, names), fragment)
    assert q.speaker is not None and q.speaker.entity is None, q.speaker


# Invented: a title set before the name completing a role ("a spokesman for Tunisian leader Paul Granier", "le
# porte-parole du président Paul Granier") belongs to that name: the role's holder speaks, not the person. A title
# with its own complement ("le ministre de l'Intérieur Marc Dorne") or set apart by a comma ("le porte-parole de la
# mairie, le colonel Marc Dorne") is the speaker's own.
@pytest.mark.parametrize("text, lang, fragment, speaker, own", [
    ("The levee will hold until Friday , a spokesman for Tunisian leader Paul Granier said on Monday . "
     "The pumps are running , Interior Minister Marc Dorne said .", "en",
     "The levee", "a spokesman for Tunisian leader Paul Granier", "The pumps"),
    ("Le porte-parole du président Paul Granier a affirmé que la digue tiendrait jusqu'à vendredi. Le ministre "
     "de l'Intérieur Marc Dorne a assuré que les pompes tourneraient.", "fr",
     "la digue", "Le porte-parole du président Paul Granier", "les pompes"),
    ("Les partisans de l'ancien maire Paul Granier ont assuré que la digue tiendrait. Le porte-parole de la "
     "mairie, le colonel Marc Dorne, a affirmé que les pompes tourneraient.", "fr",
     "la digue", "Les partisans de l'ancien maire Paul Granier", "les pompes"),
])
def test_a_title_before_the_name_completing_a_role_is_that_name_s(text, lang, fragment, speaker, own):
    quotes = _with_names(text, lang, [("Paul Granier", "person"), ("Marc Dorne", "person")])
    q = _by_text(quotes, fragment)
    assert q.speaker is not None and q.speaker.text == speaker and q.speaker.entity is None, q.speaker
    assert _by_text(quotes, own).speaker.entity == "e1"


def test_a_participle_after_a_comma_takes_no_speaker_after_it():
    # Invented: "saying" goes on with the sentence's subject; the noun phrase after it opens what is said, and a
    # number's comma ("5,000") closes no object before a verb.
    quotes = _with_names("Some engineers have begun to doubt the official estimates of the flood , saying the "
                         "often quoted figure of 3,000 homes understates the damage .", "en", [])
    assert not [q for q in quotes if q.speaker is not None], quotes


def test_a_verb_form_after_a_preposition_is_a_noun():
    # Invented: "Amid reports that …": the noun, not a verb whose subject is "Amid".
    quotes = _with_names("Amid reports that the dam had cracked , at least 300 homes were evacuated on Sunday , "
                         "a town official said .", "en", [])
    assert [q.speaker.text for q in quotes if "300 homes" in q.text] == ["a town official"], quotes


@pytest.mark.parametrize("text, lang, reported", [
    # Invented: an adverbial set apart after "that"/"que" opens what is said; its comma does not.
    ("The food agency said that , since April , it has delivered 2,000 tons of flour to Tarvel .", "en",
     "since April , it has delivered 2,000 tons of flour to Tarvel"),
    ("L'agence affirme que, depuis avril, elle a livré 2 000 tonnes de farine à Tarvel.", "fr",
     "depuis avril, elle a livré 2 000 tonnes de farine à Tarvel"),
])
def test_an_indirect_report_opens_after_the_comma_of_its_adverbial(text, lang, reported):
    assert [q.text for q in _with_names(text, lang, []) if q.kind == "indirect"] == [reported]


def test_a_pronoun_announcing_a_quote_is_the_speaker_of_the_sentence_before():
    # Invented: "…, Delane said." then an unattributed quote, then "But, he acknowledged, « … »": the pronoun is
    # the one who spoke two sentences before, not the person that sentence spoke about.
    text = ("Mayor Mark Delane spoke on Thursday .\nThe goal was not to blame Governor Paul Granier for the flood , "
            "Delane said .\n`` The water is going down by the hour . ''\nBut , he acknowledged , `` Nobody can "
            "tell when the levee will be safe . ''")
    mentions = [Mention(text.index("Mark Delane"), text.index("Mark Delane") + 11, "Mark Delane", "person", "e0"),
                Mention(text.index("Paul Granier"), text.index("Paul Granier") + 12, "Paul Granier", "person", "e1"),
                Mention(text.index("Delane said"), text.index("Delane said") + 6, "Delane", "person", "e0")]
    entities = [Entity("e0", "person", "Mark Delane"), Entity("e1", "person", "Paul Granier")]
    quotes = find_quotes(make_document(text, lang="en"), mentions, entities)
    q = _by_text(quotes, "Nobody can tell")
    assert q.speaker is not None and q.speaker.entity == "e0", q.speaker


def test_a_surname_left_without_entity_is_a_person_a_pronoun_may_stand_for():
    # Invented: "Delane-Roux" names the person named in full before, though no mention links it.
    text = ("The prosecutor Mark Delane-Roux spoke in Tarvel on Wednesday .\nDelane-Roux said he hoped the judge "
            "would soon issue a warrant for Paul Granier .\n`` Then the hard part will be to find him , '' he said .")
    quotes = _with_names(text, "en", [("Mark Delane-Roux", "person"), ("Paul Granier", "person")])
    q = _by_text(quotes, "the hard part")
    assert q.speaker is not None and q.speaker.entity != "e1" and "Delane-Roux" in q.speaker.text, q.speaker


def test_a_title_of_a_body_is_no_one_introduced_with_the_title_and_a_country():
    # Invented: "le président du Conseil" is not the Algerian president named before.
    text = ("Le président algérien Karim Benali a reçu mardi une délégation à Alger. Pour Paolo Rinaldi, la situation "
            "est grave. «Nous pouvons mettre fin aux combats», a ajouté le président du Conseil devant les élus.")
    q = _by_text(_with_names(text, "fr", [("Karim Benali", "person"), ("Paolo Rinaldi", "person")]), "mettre fin")
    assert q.speaker is not None and q.speaker.entity != "e0", q.speaker


@pytest.mark.parametrize("text", [
    # Invented: "vouloir dire" and "c'est à dire" mean; nobody speaks.
    "Vous savez sans doute ce que veut dire « serrer les dents », madame la préfète.",
    "Que voulait dire « rigueur » pour ce maire ?",
    # Invented: a participle after a determiner is a noun ("aucun invité"), no reporting verb.
    "Pourtant aucun invité n'a cité le « prix du pain » pendant la soirée à Tarvel.",
])
def test_a_verb_that_means_or_a_participle_after_a_determiner_reports_nothing(text):
    assert _with_names(text, "fr", []) == []


@pytest.mark.parametrize("text, speaker", [
    # Invented: an English bare form after a plural subject is its present, which reports like any other.
    ("The water kept rising overnight . Rescue workers say the east dike could give way by noon .", "Rescue workers"),
    ("Villagers were evacuated . They claim the dam operator ignored the warnings for weeks .", "They"),
    ("The bridge was shut . Local radio reports suggest the pillars were badly damaged .", "Local radio reports"),
])
def test_a_plural_subject_reports_with_a_bare_form(text, speaker):
    _, quotes = _quotes(text, "en")
    assert [q.speaker.text for q in quotes if q.kind == "indirect"] == [speaker]



@pytest.mark.parametrize("text, lang, said", [
    # Invented: an attribution set between commas after an opening phrase or a subordinate clause reports
    # the clause resuming after it, not the opening.
    ("Jon Varga runs the ferry . When the water began to rise , he said , he moved the boats upstream .", "en",
     "he moved the boats upstream"),
    ("The dike held . But by Monday , most agreed , the lower town had been cut off from the roads .", "en",
     "the lower town had been cut off from the roads"),
    ("La digue a tenu . De ce fait , selon la préfecture , les habitants pourront rentrer chez eux .", "fr",
     "les habitants pourront rentrer chez eux"),
])
def test_an_attribution_between_commas_reports_what_resumes_after_it(text, lang, said):
    _, quotes = _quotes(text, lang)
    assert [q.text for q in quotes] == [said]



def test_a_headline_without_a_full_stop_is_no_part_of_the_speaker():
    # Invented: a caption with no full stop runs into the body's first sentence.
    _, quotes = _quotes("Boats lay stranded as the river fell to a record low The port authority says "
                        "that barges will not sail before the autumn rains .", "en")
    assert [(q.speaker.text, q.text) for q in quotes] == [
        ("The port authority", "barges will not sail before the autumn rains")]


def test_a_headline_without_a_full_stop_is_no_part_of_what_is_said():
    # Invented: the headline ends where the body's first sentence starts, as a full stop would end it.
    _, quotes = _quotes("Harbour chief says the dredging will resume next week The port has been closed to large "
                        "ships since a barge ran aground in the channel .", "en")
    assert [q.text for q in quotes] == ["the dredging will resume next week"]


@pytest.mark.parametrize("text, speaker", [
    # Invented: a bare plural source right before its verb is the subject, not an apposition of what
    # stands before its comma.
    ("As the water kept rising , witnesses said the east dike had given way at noon .", "witnesses"),
    ("Currently , analysts say the port will reopen in the spring .", "analysts"),
    ("The convoy reached the valley , where residents said the road had been cut for a week .", "residents"),
])
def test_a_bare_plural_source_after_a_comma_is_the_subject(text, speaker):
    _, quotes = _quotes(text, "en")
    assert [q.speaker.text for q in quotes] == [speaker]


@pytest.mark.parametrize("text, lang", [
    # Invented: "selon" and "according to" before a measure of need or kind say how, not who said so.
    ("Les indemnités seront versées aux sinistrés selon les besoins de chaque famille .", "fr"),
    ("Les électeurs se décident selon le type de scrutin .", "fr"),
    ("Aid will be handed out to the flooded villages according to the needs of each family .", "en"),
])
def test_a_measure_after_according_to_is_no_source(text, lang):
    _, quotes = _quotes(text, lang)
    assert quotes == []


@pytest.mark.parametrize("text, speaker", [
    # Invented: a commentator's noun names who speaks in an incise inside the quotation.
    ("« Le fleuve ne redescendra pas avant lundi , ajoute le spécialiste , et les digues resteront fragiles . »",
     "le spécialiste"),
    ("« Les digues ont cédé en trois points , explique une historienne , et la ville a été noyée . »",
     "une historienne"),
])
def test_a_commentator_in_an_incise_speaks(text, speaker):
    _, quotes = _quotes(text, "fr")
    assert [q.speaker.text for q in quotes if q.kind == "direct"] == [speaker]


def test_a_name_opening_its_line_reports_of():
    # Invented: after a name opening its line, "reports of" is the name's verb, not a noun and its complement.
    text = "The reporter reached the square on Monday .\nWatson reports of a `` long queue of hungry families '' at the clinic ."
    at = text.index("Watson")
    quotes = find_quotes(make_document(text, lang="en"), [Mention(at, at + 6, "Watson", "person", "e0")],
                         [Entity("e0", "person", "Watson")])
    assert [(q.kind, q.verb) for q in quotes] == [("partial", "reports")]


@pytest.mark.parametrize("text, speaker", [
    # Invented: a short phrase headed by an adverb in "-ly" before a comma opens the sentence; the noun
    # phrase after its comma is the subject.
    ("The dike broke in Clairmont . Repeatedly , boat owners on the river said they had been ignored .",
     "boat owners on the river"),
    ("The dike broke in Clairmont . Perhaps more worryingly , local reports suggest the levee is weak .",
     "local reports"),
])
def test_an_adverb_before_a_comma_is_no_speaker(text, speaker):
    at = text.index("Clairmont")
    quotes = find_quotes(make_document(text, lang="en"), [Mention(at, at + 9, "Clairmont", "place", "e0")],
                         [Entity("e0", "place", "Clairmont")])
    assert [q.speaker.text for q in quotes] == [speaker]



@pytest.mark.parametrize("lang, text, verb, content", [
    # Invented: what is left of a "selon"/"cité par" clause before the words a verb of its own reports is that
    # verb's subject and its apposition, no one's words.
    ("fr", "Article inventé. Cité par la radio locale, Omar Haddad, porte-parole du gouverneur, a assuré que "
           "la digue tiendrait jusqu'à jeudi.", "assuré", "la digue tiendrait jusqu'à jeudi"),
    ("en", "Invented article . According to the harbour agency , Col. Ann Price said that the dike would hold "
           "until Thursday .", "said", "the dike would hold until Thursday"),
])
def test_an_attribution_left_of_a_reported_clause_is_no_quote(lang, text, verb, content):
    assert [(q.verb, q.text.strip()) for q in _analysed(text, lang) if q.kind == "indirect"] == [(verb, content)]


@pytest.mark.parametrize("text", [
    # Invented: quoted words in capitals opening their line, alone or after a live page's clock, are a
    # subheading, not a quote (the body says who spoke).
    "Article inventé. Les sauveteurs ont travaillé toute la nuit.\n« NOUS N'AVONS RIEN VU VENIR »\nÀ Marville, "
    "les habitants ont quitté leurs maisons.",
    "Article inventé.\n16H20 - « DIGUE FRAGILE » - Paul Granier déclare que la digue pourrait céder avant jeudi.",
])
def test_capitals_opening_their_line_are_a_subheading(text):
    assert [q for q in _analysed(text, "fr") if q.kind == "direct"] == []


@pytest.mark.parametrize("text, lang, fragment, speaker", [
    # Invented: the pronoun attributing a clause is none of the persons that clause names.
    ("Invented story. The singer Paul Marlow died in 2009. The producer Tom Baxter spoke in Cardiff on Monday. "
     "Marlow 's songs shaped his whole childhood , he said .", "en", "shaped his whole childhood", "Tom Baxter"),
    ("Article inventé. Le colonel Omar Belkadi a reçu lundi le ministre Alain Juppet. Il a dit que Belkadi "
     "devait partir.", "fr", "devait partir", "Alain Juppet"),
])
def test_a_pronoun_attributing_a_clause_is_no_person_it_names(text, lang, fragment, speaker):
    assert _by_text(_analysed(text, lang), fragment).speaker.text == speaker



def test_a_pronoun_opening_an_earlier_sentence_keeps_its_subject():
    # Invented: "He" opening the sentence before is the envoy; the colonel it names is someone else.
    quotes = _analysed("Invented story.\nColonel Kamal Belkadi still holds the town .\n"
                       "Envoy Omar Haddad asked the council to vote on the plan this week .\n"
                       "He cited a boast by Belkadi 's son Karim that the rebels would be beaten within two days .\n"
                       "`` We hope the council acts fast and proves him wrong , '' he said .", "en")
    assert _by_text(quotes, "proves him wrong").speaker.text == "Omar Haddad"


@pytest.mark.parametrize("text, speaker, said", [
    # Invented: a subheading in capitals glued to the sentence after it is neither speaker nor said.
    ("Invented story.\nDAMS HOLD , MAYOR SAYS In Riverton , a city official , who asked not to be named , said "
     "the dikes were holding well .", "a city official", "the dikes were holding well"),
    ("Invented story.\nNO RISK TO THE PUBLIC The agency has said the river was falling .", "The agency",
     "the river was falling"),
])
def test_a_subheading_in_capitals_is_no_part_of_the_sentence_after_it(text, speaker, said):
    _, quotes = _quotes(text, "en")
    assert [(q.speaker.text, q.text) for q in quotes] == [(speaker, said)]


def test_a_bare_form_opening_a_noun_phrase_is_no_verb():
    # Invented: a bare form whose plural is a noun too opens the noun phrase of the verb after it; after
    # its plural subject it is still the verb.
    _, quotes = _quotes("Invented story.\nThe dam held overnight , Ruritanian state TV said .\n"
                        "`` The water is falling , '' state hydrologist Jane Doe said .\n"
                        "Officials state that the river is falling .", "en")
    assert [(q.speaker.text, q.verb) for q in quotes] == [
        ("Ruritanian state TV", "said"), ("Jane Doe", "said"), ("Officials", "state")]


@pytest.mark.parametrize("text, lang, fragment, speaker, verb", [
    # Invented: the participle after an attributed quote introduces the fragment, for the same speaker.
    ("Article inventé. « La frontière est fermée », a déclaré le ministre Paul Marnier, soulignant que la ville "
     "n'était « pas menacée ».", "fr", "pas menacée", "Paul Marnier", "soulignant"),
    ("Invented story. `` The dikes held , '' the mayor Tom Baxter said , adding that the flood was "
     "`` under control '' .", "en", "under control", "Tom Baxter", "adding"),
    # Invented: so does a verb a few words before the fragment, after a conjunction or a relative pronoun.
    ("Article inventé. Le ministre Paul Marnier a dit que c'était « inacceptable » et a appelé les deux camps à "
     "« faire taire les armes ».", "fr", "faire taire les armes", "Paul Marnier", "appelé"),
    ("Invented story. The mayor Tom Baxter said the levee was `` safe '' and urged residents to `` stay calm '' .",
     "en", "stay calm", "Tom Baxter", "urged"),
])
def test_a_fragment_after_an_attributed_quote_takes_the_verb_introducing_it(text, lang, fragment, speaker, verb):
    _, quotes = _quotes(text, lang)
    q = next(q for q in quotes if q.kind == "partial" and q.text == fragment)
    assert (q.speaker.text, q.verb) == (speaker, verb)


def test_a_wire_s_slug_bullets_note_byline_and_dateline_are_no_part_of_a_report():
    # Invented wire copy: the slug opens the headline, bullets part the summary's items, and the editor's
    # note, the byline and the dateline end the last one; none is a speaker or what was said.
    quotes = _analysed("WRAPUP 3-Acme says talks with unions failed \\* Union says strike goes on "
                       "-LRB- Adds analyst comments , paragraph 6 -RRB- By Jane Fox RIVERTON , May 3 -LRB- Reuters "
                       "-RRB- - Acme said on Thursday that talks had failed .", "en")
    assert [(q.speaker.text, q.verb, q.text) for q in quotes] == [
        ("Acme", "says", "talks with unions failed"), ("Union", "says", "strike goes on"),
        ("Acme", "said", "talks had failed")]


@pytest.mark.parametrize("text, speaker", [
    # Invented: a pronoun closing a sentence takes up the unnamed speaker of the attribution closing the sentence
    # before, found in the same pass, rather than staying bare.
    ("Invented story. Troops shelled the port of Riverton on Monday , a witness told reporters . Drones flew "
     "above the hills but fired no missiles , he said .", "a witness"),
    ("Invented story. Tanks entered the old town of Riverton , residents and activists said . Armed residents hit "
     "back with grenades , they said .", "residents and activists"),
])
def test_a_pronoun_after_an_inverted_attribution_takes_up_its_speaker(text, speaker):
    quotes = _analysed(text, "en")
    assert [q.speaker.text for q in quotes] == [speaker, speaker]


def test_a_quote_going_on_after_a_pronoun_s_attribution_takes_the_speaker_the_pronoun_resolves_to():
    # Invented: the second quotation has no attribution of its own and goes on with the first one's speaker,
    # a pronoun resolved once the indirect speech before it is known; both take that speaker.
    quotes = _analysed("Invented story. Supplies ran short in Riverton on Monday . A rebel spokesman said that the "
                       "bakeries had run out of flour and asked farmers to bring grain . `` We are close to "
                       "famine here , '' he said . `` Loudspeakers called for donations all night . ''", "en")
    assert [q.speaker.text for q in quotes if q.kind == "direct"] == ["A rebel spokesman", "A rebel spokesman"]


@pytest.mark.parametrize("text, lang, speaker", [
    # Invented: the antecedent of the relative pronoun is an indefinite noun phrase apposed to a person's name
    # (past an age set between commas): the person speaks, not the description.
    ("Invented story. Waiting at the camp is Mary Stone , 46 , a local resident who says that she is a friend of "
     "the mayor .", "en", "Mary Stone"),
    ("Article inventé. La manifestation était menée par Marie Pierre, une enseignante qui affirme que la marche "
     "continuera.", "fr", "Marie Pierre"),
    # a title without its article, and the name of the one the title is held for: the apposed person speaks
    ("Article inventé. Le journal cite Paul Aubry, ancien professeur du général Jean Rolle, qui observe que les "
     "deux chefs se connaissent depuis longtemps.", "fr", "Paul Aubry"),
    ("Article inventé. La radio a interrogé Marc Aubin, le chef des rebelles du nord, qui affirme que la ville "
     "tiendra.", "fr", "Marc Aubin"),
    ("Invented story. The paper quotes Mark Stone , a former aide to President John Rowe , who says that the talks "
     "failed .", "en", "Mark Stone"),
])
def test_a_relative_after_an_apposition_to_a_name_gives_the_name(text, lang, speaker):
    quotes = _analysed(text, lang)
    assert [q.speaker.text for q in quotes] == [speaker]


def test_a_round_bullet_glued_to_the_words_around_it_parts_two_items():
    # Invented summary: its round bullets stand without spaces, yet each item is a sentence of its own, and
    # "selon" attributes the words after its source, not the items before it.
    quotes = _analysed("Article inventé. La mission a pris fin en mai.•Les navires ont assuré la moitié des "
                       "patrouilles (surveillance, ravitaillement).•Selon le ministre de la Défense, Paul Marnier, "
                       "le coût de la mission dépasse 10 millions d'euros par mois.", "fr")
    assert [(q.speaker.text, q.verb, q.text) for q in quotes] == [
        ("Paul Marnier", "Selon", "le coût de la mission dépasse 10 millions d'euros par mois")]


@pytest.mark.parametrize("text, said", [
    # Invented: a subject pronoun and its verb closing the sentence attribute the clause before them though
    # no comma sets them apart, and a fragment quoted in it; not after "what" or "everything" (objects).
    ("Invented story. Mayor Tom Baxter spoke at noon. Nobody heard what he said . The river had risen in the "
     "night he said . I agree with everything he said .", ["The river had risen in the night"]),
    ("Invented story. Mayor Tom Baxter spoke at noon. The dam was a `` total failure '' he said , and the city "
     "was lucky .", ["The dam was a `` total failure ''", "total failure"]),
])
def test_a_pronoun_attribution_without_comma_reports_the_clause_before(text, said):
    quotes = _analysed(text, "en")
    assert [(q.speaker.text, q.verb, q.text) for q in quotes] == [("Tom Baxter", "said", s) for s in said]


def test_a_pronoun_and_verb_with_words_after_them_attribute_no_clause_before():
    # Invented: "they feared for their lives" is a clause of its own, the object of "telling reporters".
    quotes = _analysed("Invented story. In Valbrune , people stayed indoors , telling reporters they feared for "
                       "their lives .", "en")
    assert not [q.text for q in quotes if "telling" in q.text]


@pytest.mark.parametrize("text, lang, said", [
    # Invented: a negation between the verb and the infinitive it reports is part of what is said.
    ("Article inventé. Le ministre Paul Marnier a indiqué ne pas avoir rencontré le dirigeant.", "fr",
     "ne pas avoir rencontré le dirigeant"),
    ("Article inventé. Le ministre Paul Marnier a assuré lundi ne jamais avoir menti.", "fr", "ne jamais avoir menti"),
    ("Invented story. Mayor Tom Baxter promised never to give up.", "en", "never to give up"),
])
def test_a_negation_before_a_reported_infinitive_is_said(text, lang, said):
    assert [q.text for q in _analysed(text, lang)] == [said]


def test_a_fragment_inside_what_an_indirect_quote_reports_is_its_speaker_s():
    # Invented: the fragment's pronoun alone would take the person named just before; the indirect quote
    # holding it, under the same verb, knows that person is none of its speaker (named in what is said).
    quotes = _analysed("Invented story. Engineer Alan Brook spent the whole day in the witness box . After the "
                       "operation , Jack Reed needed a nurse every hour . Worst of all , he said the way Tom Baxter "
                       "reacted when Reed stopped talking was `` a failure of basic duty '' .", "en")
    assert [(q.kind, q.speaker.text) for q in quotes] == [("indirect", "Alan Brook"), ("partial", "Alan Brook")]


def test_a_clause_quoted_right_after_a_headline_s_last_word_opens_a_sentence():
    # Invented: a caption without a full stop runs into a quotation of a clause, which its own attribution
    # closes; a name quoted after a noun stays inside its sentence.
    quotes = _analysed("Invented story. Mayor Tom Baxter said two hundred volunteers came forward to sweep the "
                       "harbour `` Despite the wind we cleared the whole quay by noon , '' he said . Doctors said the "
                       "drug `` Veltrax '' showed little effect .", "en")
    assert [(q.kind, q.speaker.text, q.text) for q in quotes] == [
        ("indirect", "Tom Baxter", "two hundred volunteers came forward to sweep the harbour"),
        ("direct", "Tom Baxter", "Despite the wind we cleared the whole quay by noon ,"),
        ("indirect", "Doctors", "the drug `` Veltrax '' showed little effect")]


def test_call_asks_only_through_its_particle():
    # Invented: "called X to do" phones or summons X; "called on X to", "called for" ask, and report.
    quotes = _analysed("Invented story. Mayor Tom Baxter called the harbour office to ask about the ferries . "
                       "Later he called on the dockers to end their strike .", "en")
    assert [(q.kind, q.speaker.text, q.text) for q in quotes] == [
        ("indirect", "Tom Baxter", "the dockers to end their strike")]


@pytest.mark.parametrize("text, lang, speaker", [
    # Invented: one of a group is one person, whom a singular pronoun takes up.
    ("Invented story. The ferry sank near the port . One of the port officials said that many passengers were still "
     "missing . He added that the search would resume at dawn .", "en", "One of the port officials"),
    ("Article inventé. Le ferry a coulé près du port. L'un des témoins a affirmé que des passagers étaient toujours "
     "portés disparus. Il a ajouté que les recherches reprendraient à l'aube.", "fr", "L'un des témoins"),
])
def test_one_of_a_group_is_taken_up_by_a_singular_pronoun(text, lang, speaker):
    assert [q.speaker.text for q in _analysed(text, lang)] == [speaker, speaker]


def test_words_after_a_quotation_s_attribution_are_no_clause_without_a_verb():
    # Invented: after a quotation and its speaker, the verb attributes the quotation; when and where it was said
    # follow it, no clause of its own. A clause after a speaker led by a conjunction is still reported.
    quotes = _analysed("Invented story. `` We will stay here , '' the fisherman said early Sunday from his boat . "
                       "Mayor Tom Baxter called the plan `` a fantasy , '' but he said the council welcomes new ideas .",
                       "en")
    assert [(q.kind, q.text) for q in quotes] == [
        ("direct", "We will stay here ,"), ("partial", "a fantasy ,"),
        ("indirect", "the council welcomes new ideas")]


def test_a_negation_opens_the_verb_group_not_the_subject():
    # Invented: "ne"/"n'" before the auxiliary belongs to the verb; the participle's speaker ends before it.
    quotes = _analysed("Article inventé. Le maire n'a pas dit quand le port rouvrirait, indiquant que les travaux "
                       "continuaient.", "fr")
    assert [(q.speaker.text, q.text) for q in quotes] == [("Le maire", "les travaux continuaient")]


def test_the_subject_of_a_free_relative_names_the_fragment():
    # Invented: "what X called « … »" has its own subject, who speaks, not the clause before "what".
    quotes = _analysed("Invented story. The mill closed , ending what his staff called `` the good years . '' "
                       "Dockers were blocking what the union has called `` a fair protest '' at the gate .", "en")
    assert [(q.kind, q.speaker.text, q.text) for q in quotes] == [
        ("partial", "his staff", "the good years ."), ("partial", "the union", "a fair protest")]


# Invented sentences: a medium phrase and its addressee, however long, stand between the verb and what it reports;
# a relative clause on the medium reports nothing.
@pytest.mark.parametrize("lang,text,said", [
    ("en", "Invented article. Senator Ann Foley wrote in a letter to the bank's chief executive on Thursday that "
           "the relief fund was far too small.", "the relief fund was far too small"),
    ("fr", "Article inventé. Le ministre Paul Marnier a affirmé dans une lettre adressée au préfet de la région "
           "jeudi soir que la digue de Valbrune tiendrait.", "la digue de Valbrune tiendrait"),
    ("en", "Invented article. Tom Reed wrote in a memo to the staff that was seen by reporters that the plant "
           "would close.", "the plant would close"),
])
def test_a_medium_phrase_and_its_addressee_stand_before_what_is_reported(lang, text, said):
    assert [q.text for q in _analysed(text, lang) if q.kind == "indirect"] == [said]


# Invented sentences: a relative clause closed by a comma right after the source of "selon" describes the source;
# what the source says starts after it (and after a title apposed to a name the clause ends on).
@pytest.mark.parametrize("text,said", [
    ("Article inventé. Selon des témoins qui étaient sur la digue, les eaux ont reculé dans la nuit.",
     "les eaux ont reculé dans la nuit"),
    ("Article inventé. Selon la radio locale, qui cite Paul Granier, le porte-parole de la préfecture, la digue "
     "de Valbrune a tenu.", "la digue de Valbrune a tenu"),
    ("Article inventé. Selon la radio locale qui cite Paul Granier, le porte-parole de la préfecture, la digue "
     "de Valbrune a tenu.", "la digue de Valbrune a tenu"),
])
def test_a_relative_clause_after_the_source_of_selon_is_not_what_it_says(text, said):
    assert [q.text for q in _analysed(text, "fr") if q.kind == "indirect"] == [said]


# Invented sentence: a fragment a relative clause's reporting verb introduces is the antecedent's, not the words of
# the sentence's speaker.
def test_a_fragment_introduced_in_a_relative_clause_is_the_antecedent_s():
    text = ("Article inventé. Le ministre a juré qu'il saisirait les fonds, en reprenant la formule du chef "
            "rebelle Omar Haddad, qui a promis de chasser ses ennemis « rue par rue ».")
    quotes = _with_names(text, "fr", [("Omar Haddad", "person")])
    assert [(q.text, q.speaker.text) for q in quotes if q.kind == "partial"] == [("rue par rue", "Omar Haddad")]


@pytest.mark.parametrize("text, said", [
    # Invented: after a reflexive verb, "par" tells what moved the subject, who speaks.
    ("Article inventé. La ministre Claire Vasseur s'est dit « très choquée » par les propos du général "
     "Paul Lenoir.", "Claire Vasseur"),
    ("Article inventé. Le Haut-Commissariat se dit « profondément préoccupé » par les rapports de l'agence "
     "Hermès.", "Le Haut-Commissariat"),
])
def test_after_a_reflexive_verb_par_tells_the_cause_not_the_speaker(text, said):
    quotes = _with_names(text, "fr", [("Claire Vasseur", "person"), ("Paul Lenoir", "person")]
                         if "Vasseur" in text else [("Hermès", "organization")])
    assert [q.speaker.text for q in quotes if q.kind == "partial"] == [said]


def test_a_reflexive_clitic_makes_a_naming_word_a_verb():
    # Invented: "dites" after "se sont" is the verb of the subject, not "les zones dites «…»".
    text = ("Article inventé. Les deux ministres se sont dites « très inquiètes » après les tirs. "
            "Les zones dites « libérées » ont été bombardées.")
    quotes = _with_names(text, "fr", [])
    assert [(q.text, q.speaker.text) for q in quotes] == [("très inquiètes", "Les deux ministres")]


@pytest.mark.parametrize("text, lang, said, claim", [
    # Invented: a nationality and a name apposed to the source of "selon" are that source, not the claim.
    ("Article inventé. Selon le patron de l'Alliance, l'Américain John Carver, des signes de présence ont été "
     "détectés.", "fr", "John Carver", "des signes de présence ont été détectés"),
    ("Invented article. According to the alliance's commander, the American John Carver, the strikes will "
     "go on.", "en", "John Carver", "the strikes will go on"),
])
def test_a_nationality_and_a_name_apposed_to_the_source_of_selon_name_it(text, lang, said, claim):
    quotes = _with_names(text, lang, [("John Carver", "person")])
    assert [(q.speaker.text, q.text) for q in quotes] == [(said, claim)]


@pytest.mark.parametrize("text, said", [
    # Invented: who told the speaker is the one whose words the fragment is.
    ("Invented article . Anna Berg said her sister , who had boarded the night ferry , told her that the "
     "crossing felt long , `` and a bit rough for the children . ''", "her sister"),
    ("Invented article . Tom Reed said the mayor had told him that `` nobody will be left behind '' .",
     "the mayor"),
])
def test_a_fragment_told_to_the_speaker_is_the_teller_s(text, said):
    quotes = _with_names(text, "en", [("Anna Berg", "person")] if "Anna" in text else [("Tom Reed", "person")])
    assert [q.speaker.text for q in quotes if q.kind == "partial"] == [said]


def test_a_connective_adverb_between_auxiliary_and_participle_keeps_the_relative_s_antecedent():
    # Invented: "a toutefois assuré" is the verb of "qui", whose antecedent follows the inverted verb.
    text = ("Article inventé. En mer, aucun navire n'a quitté le port lundi, a annoncé un porte-parole "
            "de la marine, qui a toutefois assuré que les bâtiments restaient « prêts à appareiller ».")
    quotes = _with_names(text, "fr", [])
    assert [q.speaker.text for q in quotes if q.kind == "partial"] == ["un porte-parole de la marine"]


@pytest.mark.parametrize("text, lang, claim", [
    # Invented: the subject before an attribution set between commas, its verb after it.
    ("Invented article . The new levees , Tom Reed said , would be built by a federal agency .", "en",
     "The new levees , Tom Reed said , would be built by a federal agency"),
    ("Article inventé. Les habitants, rappelle M. Reed, ont quitté la vallée avant la crue de l'hiver.", "fr",
     "Les habitants, rappelle M. Reed, ont quitté la vallée avant la crue de l'hiver"),
    # Invented: a conjunction and an auxiliary go on with the same subject after the attribution.
    ("Invented article . Courts owe the public a duty , Tom Reed argues , and should not simply trust "
     "the ministers .", "en", "Courts owe the public a duty , Tom Reed argues , and should not simply trust the ministers"),
])
def test_a_clause_split_by_its_attribution_is_reported_whole(text, lang, claim):
    quotes = _with_names(text, lang, [("Reed", "person")])
    assert [q.text for q in quotes] == [claim]


@pytest.mark.parametrize("text", [
    # Invented: the noun phrase after the verb disagrees in number with the auxiliary, so it is the object.
    "Article inventé. Dans le nord, douze élus de la région, dont le maire, ont confirmé leur retrait du parti, "
    "lors d'une réunion tenue mardi soir.",
    "Article inventé. Les pourparlers se sont enlisés, car le syndicat, fort de ses adhérents, a dénoncé "
    "ses offres, trop maigres pour les ouvriers du site.",
])
def test_an_inverted_speaker_agrees_with_its_auxiliary(text):
    assert _with_names(text, "fr", []) == []



def test_a_singular_pronoun_skips_a_speaker_a_plural_determiner_opens():
    # Invented: "ajoute-t-il" is the senator, not the plural phrase quoted after him.
    text = ("Article inventé. Le sénateur Paul Garnier souhaite que l'aide soit suspendue. Les généraux "
            "ont assuré n'avoir « aucune ambition politique ». « En attendant, ajoute-t-il, la loi est claire. »")
    quotes = _with_names(text, "fr", [("Paul Garnier", "person")])
    assert [q.speaker.text for q in quotes if q.kind == "direct"] == ["Paul Garnier"]


@pytest.mark.parametrize("text, lang", [
    # Invented: a naming participle after a comma names what stands before it; nobody speaks.
    ("Invented article . The new daily broadcast , called Radio Espoir , will give listeners news about "
     "shelters and clinics .", "en"),
    ("Article inventé. Les taxis clandestins, appelés taxis bleus, sont tolérés par la police locale depuis "
     "des années.", "fr"),
])
def test_a_naming_participle_after_a_comma_is_no_attribution(text, lang):
    assert _with_names(text, lang, []) == []


@pytest.mark.parametrize("text, names", [
    # Invented: a clause a conjunction opens after a comma is a clause of its own, not the attribution of the
    # words before the comma.
    ("Invented article . Tom Reed was said to have struck a deal with Paul Varga in 2009 , but neither side has "
     "formally confirmed any such deal .", [("Tom Reed", "person"), ("Paul Varga", "person")]),
    ("Invented article . The pumps ran all night , but residents will tell you otherwise .", []),
])
def test_a_clause_after_a_comma_and_a_conjunction_is_no_attribution(text, names):
    assert [(q.text, q.speaker) for q in _with_names(text, "en", names)] == []


def test_a_listed_adverb_before_a_bare_verb_is_not_the_speaker_s():
    # Invented: "initially" stands between the subject and its verb, with no auxiliary.
    text = "Invented article . The port authority initially said that 500 barrels a day were leaking ."
    assert [q.speaker.text for q in _with_names(text, "en", [])] == ["The port authority"]


@pytest.mark.parametrize("text, names, claim", [
    # Invented: a subject pronoun and its verb between commas are no apposition of a name closing the subject.
    ("Invented article . The Red Cross , he said , has sent three teams to the valley .",
     [("Red Cross", "organization")], "The Red Cross , he said , has sent three teams to the valley"),
    # Invented: a short subject whose verb a comma closes at once, after an opening phrase.
    ("Invented article . In northern Tarvel , Tom Reed said , there were reports of looting .",
     [("Tarvel", "place"), ("Tom Reed", "person")], "there were reports of looting"),
])
def test_an_attribution_set_inside_its_clause_is_no_apposition(text, names, claim):
    assert [q.text for q in _with_names(text, "en", names)] == [claim]


@pytest.mark.parametrize("text, claim", [
    # Invented: a past form or a linking verb resumes the clause its attribution split, as an auxiliary does.
    ("Invented article . Forty trucks , Tom Reed said , crossed the bridge before dawn .",
     "Forty trucks , Tom Reed said , crossed the bridge before dawn"),
    ("Invented article . The main option , Tom Reed said , remains a truce along the river .",
     "The main option , Tom Reed said , remains a truce along the river"),
])
def test_a_clause_split_by_its_attribution_resumes_with_a_past_form(text, claim):
    assert [q.text for q in _with_names(text, "en", [("Tom Reed", "person")])] == [claim]


def test_a_resumed_clause_may_hold_a_partial_quote():
    # Invented: the marks closed inside the resumed clause quote part of it; they open no second direct quote.
    text = "Invented article . Both storms , Tom Reed said , left the coast `` on its knees . ''"
    quotes = _with_names(text, "en", [("Tom Reed", "person")])
    assert [q.text for q in quotes if q.kind == "indirect"] == ["Both storms , Tom Reed said , left the coast `` on its knees . ''"]


def test_an_attribution_after_a_relative_pronoun_reports_no_sentence_before_it():
    # Invented: the attribution reports the relative clause, not the sentence before the pronoun.
    text = "Invented article . Tom Reed spoke of the dam which , he said , gave way after the storm ."
    assert _with_names(text, "en", [("Tom Reed", "person")]) == []


@pytest.mark.parametrize("text, lang, claim", [
    # Invented: "selon X" right after a relative pronoun attributes the relative clause, not the sentence before.
    ("Article inventé. Le maire a démenti les informations de la radio locale qui, selon la préfecture, a "
     "annoncé la fermeture du pont.", "fr", "a annoncé la fermeture du pont"),
    ("Invented article . The mayor denied reports by the local radio , which , according to the county , "
     "had closed the bridge on Monday .", "en", "had closed the bridge on Monday"),
])
def test_a_source_after_a_relative_pronoun_says_the_relative_clause(text, lang, claim):
    quotes = _with_names(text, lang, [])
    assert [q.text for q in quotes if q.verb in ("selon", "according to")] == [claim]


def test_a_prepositional_phrase_between_commas_does_not_open_the_subject_s_clause():
    # Invented: the subordinate clause inside the phrase set between commas holds no subject of the verb.
    text = "Invented article . Tom Reed , on his third visit to the coast since the flood began , said the dikes would hold ."
    assert [q.speaker.text for q in _with_names(text, "en", [("Tom Reed", "person")])] == ["Tom Reed"]


def test_a_verb_coordinated_after_a_comma_reports_no_words_before_the_comma():
    # Invented: "and called for" goes on with the board's own clause; the opening phrase is no one's words.
    text = "Invented article . At a late meeting on Tuesday , the board deplored the delay and called for an inquiry ."
    assert _with_names(text, "en", []) == []


@pytest.mark.parametrize("text, lang, claim", [
    # Invented: a complement resumes the clause past "selon X"; the claim is the whole clause.
    ("Article inventé. Un passeur a été arrêté, selon des témoins, par une patrouille de douaniers.", "fr",
     "Un passeur a été arrêté, selon des témoins, par une patrouille de douaniers"),
    ("Invented article . The closure of the bridge was proof , according to the union , of a failing budget .", "en",
     "The closure of the bridge was proof , according to the union , of a failing budget"),
])
def test_a_complement_after_the_source_resumes_the_clause(text, lang, claim):
    assert [q.text for q in _with_names(text, lang, [])] == [claim]


def test_a_subject_relative_after_a_conjunction_still_opens_a_relative_clause():
    # Invented: "mais qui" is a relative pronoun however its antecedent is coordinated; "selon X" says its clause.
    text = "Article inventé. Le maire a visité la digue, qui a cédé lundi mais qui, selon les ingénieurs, sera réparée avant l'hiver."
    assert [q.text for q in _with_names(text, "fr", [])] == ["sera réparée avant l'hiver"]


@pytest.mark.parametrize("text, lang, names, fragment, speaker", [
    # Invented: the attribution after the claim reports the fragment inside it, not the quote before.
    ("Article inventé. «L'eau monte vite», raconte un pêcheur. Les berges «ont lâché en une nuit», "
     "affirme Marc Olier, un éclusier, ajoutant : «Rien n'a tenu.»", "fr", [("Marc Olier", "person")],
     "ont lâché en une nuit", "Marc Olier"),
    ("Article inventé. Le maire Paul Dumas «a menti sur le prix», selon Marc Olier : «Il savait tout.»", "fr",
     [("Paul Dumas", "person"), ("Marc Olier", "person")], "a menti sur le prix", "Marc Olier"),
    # Invented: a verb of the reported clause itself keeps the fragment it introduces.
    ("Invented article . Ann Gale said the mayor , who promised `` dry streets by May , '' had resigned .", "en",
     [("Ann Gale", "person")], "dry streets by May ,", "the mayor"),
])
def test_a_fragment_inside_a_claim_is_its_speaker_s(text, lang, names, fragment, speaker):
    quotes = _with_names(text, lang, names)
    assert [q.speaker.text for q in quotes if q.kind == "partial" and q.text == fragment] == [speaker]


@pytest.mark.parametrize("text, lang, claim, fragment", [
    # Invented: the straight mark closing a quote opened inside the claim belongs to the claim, and the
    # fragment it closes is the source's.
    ('Article inventé. Les deux otages sont "en bonne santé", selon leur avocat.', "fr",
     'Les deux otages sont "en bonne santé"', "en bonne santé"),
    ('Article inventé. Selon le maire, la digue "a tenu".', "fr", 'la digue "a tenu"', "a tenu"),
])
def test_a_straight_mark_closing_a_quote_stays_in_the_sourced_claim(text, lang, claim, fragment):
    quotes = _with_names(text, lang, [])
    assert [(q.kind, q.text) for q in quotes] == [("indirect", claim), ("partial", fragment)]


@pytest.mark.parametrize("text, lang, speaker", [
    # Invented: a date set off by commas between the inverted verb and its subject is no speaker.
    ("Article inventé. «La digue a cédé», indique, vendredi 2 juin, leur avocat.", "fr", "leur avocat"),
    ("Article inventé. «La digue a cédé», a déclaré, le 2 juin, le maire du village.", "fr",
     "le maire du village"),
    ('Invented article . "The dam broke," said, on June 2, the mayor of the town .', "en", "the mayor of the town"),
])
def test_a_date_between_the_inverted_verb_and_its_subject_is_skipped(text, lang, speaker):
    assert [q.speaker.text for q in _with_names(text, lang, [])] == [speaker]


def test_a_name_inside_quoted_words_is_no_selon_qui_source():
    # Invented: "selon qui" goes back to the one who spoke, not to a name he quoted.
    text = ("Article inventé. «Au tribunal, plus personne ne doute que Paul Dumas a perdu», a poursuivi le juriste, "
            "selon qui le maire «a tout avoué».")
    quotes = _with_names(text, "fr", [("Paul Dumas", "person")])
    assert [q.speaker.text for q in quotes if q.kind == "indirect"] == ["le juriste"]


@pytest.mark.parametrize("text, names, speaker", [
    # Invented: a long run of titles and bodies before a person's name is still one subject.
    ("Invented article . `` The rig was safe , '' Acme Oil Chairman and Chief Executive Tom Reed said in "
     "prepared testimony .", [("Tom Reed", "person")], "Tom Reed"),
    ("Invented article . `` The rig was safe , '' Governor Ann Gale 's senior aide for energy Tom Reed "
     "told reporters .", [("Ann Gale", "person"), ("Tom Reed", "person")], "Tom Reed"),
    # Invented: two persons coordinated are two speakers, none of them alone.
    ("Invented article . `` The rig was safe , '' Energy Minister Ann Gale and Labour Minister Tom Reed said .",
     [("Ann Gale", "person"), ("Tom Reed", "person")], None),
])
def test_a_long_titled_subject_after_a_quote_ends_with_its_speaker(text, names, speaker):
    quotes = _with_names(text, "en", names)
    assert [q.speaker.text if q.speaker else None for q in quotes] == [speaker]


@pytest.mark.parametrize("text, said, speaker", [
    # Invented: a quote opened with « that the writer closes with a straight mark, no » after it in its paragraph
    ("Article inventé. «Nous avons besoin de bras pour rebâtir le port\", déclare Paul Aubry, docker.\n"
     "Le port a rouvert lundi. « Tout est prêt », dit le maire.", "Nous avons besoin de bras pour rebâtir le port",
     "Paul Aubry"),
    # a straight closing mark set after a space, right before the comma of its attribution
    ("Article inventé. \"Le vendredi, tout le monde va à la plage \", lance Marc Aubin, chauffeur.\n"
     "Le port a rouvert lundi. « Tout est prêt », dit le maire.", "Le vendredi, tout le monde va à la plage",
     "Marc Aubin"),
])
def test_a_quote_closed_by_a_mismatched_or_spaced_straight_mark_ends_there(text, said, speaker):
    quotes = [q for q in _analysed(text, "fr") if q.kind == "direct"]
    assert [(q.text, q.speaker.text) for q in quotes] == [(said, speaker), ("Tout est prêt", "le maire")]


def test_a_participle_after_a_quote_has_its_object_after_it_not_its_speaker():
    # Invented: the marchers take up a refrain once sung against a former mayor; the mayor said none of it.
    quotes = _analysed("Article inventé. Les marcheurs ont gagné samedi la préfecture de Tarvel en criant « Du pain et "
                       "du travail pour tous », reprenant un refrain entonné jadis contre l'ancien maire Jean Rolle.",
                       "fr")
    assert [q.text for q in quotes] == ["Du pain et du travail pour tous"]
    assert quotes[0].speaker is None or "Rolle" not in quotes[0].speaker.text
