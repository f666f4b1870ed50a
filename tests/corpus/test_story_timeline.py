"""Which sentences a story's timeline may show (an invented article; every name here is made up)."""
from __future__ import annotations

from vigie.corpus.build import story_timeline, timeline_sentences
from vigie.corpus.episodes import episodes
from vigie.ingest import make_document
from vigie.pipeline import analyze

# Invented: a storm on the fictional island of Vellmoor, published Thursday 13 March 2025.
ARTICLE = """Tempête sur Vellmoor : des dizaines d'habitants évacués du port

Le bilan de la tempête s'est alourdi jeudi à trois morts, a annoncé la préfecture, qui faisait état de deux victimes mardi.

Les vents devraient faiblir samedi, selon les prévisionnistes.

Les pompiers ont évacué mercredi quarante habitants du quartier du port."""


def _timeline_sentences():
    analysis = analyze(make_document(ARTICLE, published="2025-03-13", lang="fr"))
    return analysis, timeline_sentences(analysis)


def test_forecasts_are_left_out():
    _, items = _timeline_sentences()
    texts = [item.text for item in items]
    assert not any("devraient faiblir" in t for t in texts)
    assert any(t.startswith("Les pompiers ont évacué") for t in texts)


def test_a_statement_is_told_even_when_what_it_states_is_conditional():
    # Invented: a statement whose content is conditional, and a deed that only may happen.
    text = ("Mardi, le maire de Vellmoor a déclaré que la ville fermerait le port si la tempête revenait.\n\n"
            "La préfecture pourrait évacuer mercredi le quartier du port.")
    items = timeline_sentences(analyze(make_document(text, published="2025-03-13", lang="fr")))
    texts = [item.text for item in items]
    assert any(t.startswith("Mardi, le maire") for t in texts)
    assert not any("pourrait évacuer" in t for t in texts)


def test_a_dated_sentence_telling_no_event_stays_and_one_telling_only_what_may_happen_does_not():
    # Invented: a state of things on a day (no event told), a deed, and a deed that only may happen.
    text = ("Mardi, la digue du port de Vellmoor n'était plus qu'un amas de blocs épars sur deux cents mètres.\n\n"
            "Les pompiers ont évacué mercredi quarante habitants du quartier du port.\n\n"
            "La préfecture pourrait évacuer jeudi le quartier de la gare.")
    items = timeline_sentences(analyze(make_document(text, published="2025-03-13", lang="fr")))
    assert [(item.date.isoformat(), item.text.split()[0]) for item in items] == [("2025-03-11", "Mardi,"),
                                                                                ("2025-03-12", "Les")]


def test_a_later_day_than_the_article_told_by_no_event_is_a_plan():
    # Invented: a deed of Wednesday, then what Saturday will bring, in an article of Thursday.
    text = ("Les pompiers ont évacué mercredi quarante habitants du quartier du port de Vellmoor.\n\n"
            "Samedi, ce sera au tour du quartier de la gare.")
    items = timeline_sentences(analyze(make_document(text, published="2025-03-13", lang="fr")))
    assert [item.date.isoformat() for item in items] == ["2025-03-12"]


def test_a_sentence_naming_several_days_stands_for_the_first():
    _, items = _timeline_sentences()
    toll = [item for item in items if item.text.startswith("Le bilan")]
    assert [item.date.isoformat() for item in toll] == ["2025-03-13"]


def test_an_episode_told_by_one_article_shows_sentences_that_stand_alone():
    # Invented: a line announcing a post ends on a colon; it is no entry, the sentence reporting the evacuation is.
    text = ("Le maire de Vellmoor, très critiqué pour avoir évacué le port jeudi, a déclaré :\n"
            "@mairie: tout va bien\n"
            "Les pompiers ont évacué jeudi quarante habitants du quartier du port de Vellmoor.")
    analysis = analyze(make_document(text, published="2025-03-13", lang="fr"))
    bursts = episodes([(analysis.doc.id, analysis.doc.published.earliest, analysis.doc.published.latest)])
    entries = story_timeline([analysis], bursts, analysis.events)
    assert entries and all(not e["summary"].rstrip().endswith(":") for e in entries)
    assert any(e["summary"].startswith("Les pompiers ont évacué") for e in entries)



def test_a_day_long_before_the_story_is_background_no_entry():
    # Invented: two articles of March 2025 recall a storm of 2009 and an evacuation of 1998.
    texts = [("2025-03-12", "La tempête du 3 février 2009 avait déjà détruit le port de Vellmoor. "
                            "Les pompiers ont évacué mercredi quarante habitants du quartier du port de Vellmoor."),
             ("2025-03-14", "Les pompiers ont évacué vendredi vingt habitants du quartier de la gare de Vellmoor. "
                            "Le 2 mai 1998, les pompiers avaient déjà évacué le quartier de la gare de Vellmoor.")]
    members = [analyze(make_document(text, published=day, lang="fr")) for day, text in texts]
    bursts = episodes([(a.doc.id, a.doc.published.earliest, a.doc.published.latest) for a in members])
    days = {e["date"] for e in story_timeline(members, bursts, [e for a in members for e in a.events])}
    assert {"2025-03-12", "2025-03-14"} <= days
    assert not any(day < "2025" for day in days)
