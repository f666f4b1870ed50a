"""Sentence splitting in French and English (invented sentences)."""
from vigie.nlp.segment import split_paragraphs, split_sentences


def sentences(text, lang="fr"):
    return [text[s:e] for s, e in split_sentences(text, lang)]


def test_french_abbreviations_and_initials():
    text = "M. Martin est arrivé le 3 déc. à Lyon. Le J. Durand l'attendait. Mme Roche aussi."
    assert sentences(text) == ["M. Martin est arrivé le 3 déc. à Lyon.", "Le J. Durand l'attendait.",
                               "Mme Roche aussi."]


def test_quotes_stay_with_their_sentence():
    text = "« Nous partons. Tout de suite. », a dit le maire. Puis il est parti."
    assert sentences(text) == ["« Nous partons. Tout de suite. », a dit le maire.", "Puis il est parti."]
    text = '"It is over. We lost," he said. Nobody answered.'
    assert sentences(text, "en") == ['"It is over. We lost," he said.', "Nobody answered."]


def test_closing_guillemet_after_a_space_ends_the_sentence():
    text = "Il a dit : « Je reste. » Puis il s'est tu."
    assert sentences(text) == ["Il a dit : « Je reste. »", "Puis il s'est tu."]


def test_ellipses():
    text = "Il hésite… Puis il signe. Elle attend... et rien."
    assert sentences(text) == ["Il hésite…", "Puis il signe.", "Elle attend... et rien."]


def test_english_titles_and_dotted_abbreviations():
    text = "Mr. Smith met Dr. Jones in Washington. The U.S. envoy left on Jan. 5. Talks resume today."
    assert sentences(text, "en") == ["Mr. Smith met Dr. Jones in Washington.", "The U.S. envoy left on Jan. 5.",
                                     "Talks resume today."]


def test_paragraphs_never_merge_and_wrapped_lines_do():
    text = "Titre\n\nPremier paragraphe qui\ncontinue ici. Fin.\nDeuxième paragraphe."
    paragraphs = [text[s:e] for s, e in split_paragraphs(text)]
    assert paragraphs == ["Titre", "Premier paragraphe qui\ncontinue ici. Fin.", "Deuxième paragraphe."]
    assert sentences(text) == ["Titre", "Premier paragraphe qui\ncontinue ici.", "Fin.", "Deuxième paragraphe."]


def test_empty_text():
    assert split_sentences("") == []
    assert split_paragraphs("  \n\n ") == []


def test_sentences_glued_without_a_space_are_two():
    # Invented: scraped pages drop the space after a period.
    text = 'Le bilan faisait état de 12 blessés.Me Marnier a été relâché. Ils parlaient de "bagarres".Un autre bilan suit.'
    assert sentences(text) == ["Le bilan faisait état de 12 blessés.", "Me Marnier a été relâché.",
                               'Ils parlaient de "bagarres".', "Un autre bilan suit."]
    # An initial, a dotted abbreviation or a web address is no boundary.
    assert sentences("Selon M.Besson, rien. Voir aussi lemonde.fr et e.g.Lundi.") == [
        "Selon M.Besson, rien.", "Voir aussi lemonde.fr et e.g.Lundi."]


def test_runs_of_end_punctuation_and_glued_boundaries_after_a_quote():
    # Invented: a run of end punctuation ends one sentence; a glued boundary needs a letter before it.
    assert sentences("Vraiment ?! Oui. En 1990.Le mur tombe. Il dit «non».Puis il part.") == [
        "Vraiment ?!", "Oui.", "En 1990.Le mur tombe.", "Il dit «non».", "Puis il part."]
    assert sentences("Quoi?!Non. Il attend…. Puis rien.") == ["Quoi?!Non.", "Il attend….", "Puis rien."]
    assert sentences("Il a dit « assez »… Ensuite, « Non ! » Elle part.") == [
        "Il a dit « assez »…", "Ensuite, « Non ! »", "Elle part."]


def test_a_line_glued_before_a_sentence_opener_is_its_own_sentence():
    # Invented: a heading, a kicker and a clock flattened onto the line of the sentence after them.
    text = ("Le bilan s'alourdit à Valence Les secours ont fouillé les décombres toute la nuit. MONDE Il a quitté "
            "la ville. 14h05 L'armée est arrivée. Carnet du jour Le siège est levé.")
    assert sentences(text) == ["Le bilan s'alourdit à Valence",
                               "Les secours ont fouillé les décombres toute la nuit.", "MONDE",
                               "Il a quitté la ville.", "14h05", "L'armée est arrivée.", "Carnet du jour",
                               "Le siège est levé."]
    # Invented: the first word of a title after an article, a preposition or a conjunction, and a capital after it.
    assert sentences("Il l'a relu après La nuit des dunes et Les oiseaux du port. Il lit Le Monde au café.") == [
        "Il l'a relu après La nuit des dunes et Les oiseaux du port.", "Il lit Le Monde au café."]
