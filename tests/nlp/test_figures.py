"""Figures and the number parser. The articles here are invented for the tests (events and figures are fictional)."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vigie.ingest.document import make_document
from vigie.model import Mention, Timex
from vigie.nlp.figures import TOLLS, _country_name, _demonym_codes, find_figures
from vigie.nlp.numbers import parse_number
from vigie.nlp.places import gazetteer
from vigie.pipeline import analyze

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
needs_shared = pytest.mark.skipif(not SEEDS.exists(), reason="../shared is absent (evaluation data lives there)")

ARTICLE = """Combats dans la vallée de Rasna

Les affrontements ont fait environ 140 morts en quatre jours, dont 90 soldats et 47 rebelles, selon l'Observatoire régional des droits humains (ORDH). Plus de 12 000 civils ont fui vers le sud.

L'armée a affirmé mercredi avoir repris 85 km2 et une trentaine de villages. Le camp de Tavel accueille désormais 30'000 personnes, soit 40 % de plus qu'en janvier.

« Des dizaines de milliers de civils pourraient être tués si le siège se prolonge », a averti le coordinateur de l'ONU, Erik Lund.

La zone tampon de 10 à 15 kilomètres n'a jamais été respectée. Le conflit, déclenché en 2016, a fait plus de 20 000 morts.
"""


def _figures(text: str = ARTICLE, lang: str = "fr", timexes=None, mentions=None):
    doc = make_document(text, lang=lang)
    return doc, find_figures(doc, mentions or [], [], timexes or [])


def _one(figures, text):
    found = [f for f in figures if text in f.text]
    assert found, f"no figure {text!r} in {[f.text for f in figures]}"
    return found[0]


def test_toll_with_qualifier_source_and_breakdown():
    _, figures = _figures()
    total = _one(figures, "environ 140")
    assert (total.value, total.approx, total.category) == (140, True, "killed")
    assert "ORDH" in total.source.text
    soldiers, rebels = _one(figures, "90"), _one(figures, "47")
    assert soldiers.parent == figures.index(total) and rebels.parent == figures.index(total)
    assert soldiers.category == rebels.category == "killed"
    assert soldiers.who == "soldats"


def test_displaced_with_low_bound_and_carried_source():
    _, figures = _figures()
    fled = _one(figures, "Plus de 12 000")
    assert (fled.value, fled.low, fled.high, fled.category, fled.who) == (12000, 12000, None, "displaced", "civils")
    assert "ORDH" in fled.source.text


def test_area_places_percent_and_press_separators():
    _, figures = _figures()
    area = _one(figures, "85 km2")
    assert (area.value, area.unit, area.category) == (85, "km2", "area")
    assert area.source.text.startswith("L'armée")
    villages = _one(figures, "une trentaine")
    assert (villages.value, villages.approx, villages.category) == (30, True, "places")
    camp = _one(figures, "30'000")
    assert camp.value == 30000
    percent = _one(figures, "40 %")
    assert (percent.value, percent.unit, percent.category) == (40, "%", "percent")


def test_warning_is_hypothetical_and_quoted_figures_take_the_speaker():
    _, figures = _figures()
    warning = _one(figures, "Des dizaines de milliers")
    assert warning.hypothetical and warning.category == "killed"
    assert (warning.value, warning.low, warning.high) == (10000, 10000, 100000)
    assert warning.source.text == "Erik Lund"
    assert not _one(figures, "environ 140").hypothetical



# Invented sentences: deaths a measure averts did not happen; those of the same text that did are no hypothesis.
@pytest.mark.parametrize("lang,text,averted,happened", [
    ("fr", "La crue a fait 14 morts lundi à Valbrune. Selon l'étude, la digue a permis d'éviter des milliers de "
           "morts.", "des milliers", "14"),
    ("en", "The flood killed 14 people in Valbrune on Monday. The new dikes averted some 3,000 deaths last year, "
           "engineers said.", "some 3,000", "14"),
])
def test_deaths_a_verb_averts_are_hypothetical(lang, text, averted, happened):
    _, figures = _figures(text, lang)
    assert [(f.category, f.hypothetical) for f in (_one(figures, averted), _one(figures, happened))] \
        == [("killed", True), ("killed", False)]


# Invented sentences: animals are no toll of people, but a disease named after one still counts people.
@pytest.mark.parametrize("lang,text,animals,people", [
    ("en", "Crews found 140 dead birds on the beach near Valbrune, and swine flu has killed 12 people in the region.",
     "140", "12"),
    ("fr", "L'épidémie a tué 9 personnes à Valbrune, où des dizaines de porcs ont été abattus lundi.",
     "des dizaines", "9"),
])
def test_animals_counted_are_no_toll(lang, text, animals, people):
    _, figures = _figures(text, lang)
    assert (_one(figures, animals).category, _one(figures, people).category) == ("other", "killed")


# Invented sentences: the verb of a relative clause on a later noun tells what that noun did, not what befell the
# things counted before it; people listed before their own relative keep its verb.
@pytest.mark.parametrize("lang,text,things,people", [
    ("en", "Gunmen fired on the Valbrune depot from two directions during raids that have killed nine guards.", "two",
     "nine"),
    ("fr", "Les tirs venaient de deux directions lors de raids qui ont tué neuf gardes à Valbrune.", "deux", "neuf"),
    ("en", "The mayor of Valbrune named 16 guards and firemen who have since died.", None, "16"),
])
def test_a_later_noun_s_relative_clause_tells_no_toll_of_the_count(lang, text, things, people):
    _, figures = _figures(text, lang)
    assert _one(figures, people).category == "killed"
    assert things is None or _one(figures, things).category == "other"


# Invented sentences: people who act in a clause of their own after a toll's clause suffered nothing it tells.
@pytest.mark.parametrize("lang,text,toll,crowd", [
    ("fr", "À Valbrune, où 40 personnes ont été tuées la semaine dernière, des milliers de personnes ont de "
           "nouveau bloqué les routes lundi.", "40", "des milliers"),
    ("en", "In Valbrune, where 40 people were killed last week, thousands of people poured into the streets once "
           "more on Monday.", "40", "thousands"),
])
def test_people_acting_after_a_toll_s_clause_are_no_part_of_it(lang, text, toll, crowd):
    _, figures = _figures(text, lang)
    assert (_one(figures, toll).category, _one(figures, crowd).category) == ("killed", "other")


# Invented sentences: the object of a toll's verb keeps it when others are joined after it with a verb of their own.
@pytest.mark.parametrize("lang,text,number", [
    ("en", "A shell hit the depot near Valbrune which killed three guards and other workers at the site were also "
           "injured.", "three"),
    ("fr", "L'obus a tué trois gardes et d'autres ouvriers du dépôt de Valbrune ont été blessés.", "trois"),
])
def test_the_object_of_a_toll_s_verb_keeps_it_before_another_clause(lang, text, number):
    _, figures = _figures(text, lang)
    assert _one(figures, number).category == "killed"

def test_range_and_background_toll_and_years():
    doc, figures = _figures()
    zone = _one(figures, "10 à 15 kilomètres")
    assert (zone.value, zone.low, zone.high, zone.unit, zone.category) == (10, 10, 15, "km", "distance")
    background = _one(figures, "plus de 20 000")
    assert background.category == "killed" and background.source is not None
    assert not [f for f in figures if "2016" in f.text]


def test_numbers_inside_time_expressions_are_not_figures():
    text = "Le 14 juillet, 300 manifestants ont été arrêtés après trois jours de grève."
    doc = make_document(text, lang="fr")
    start = text.index("trois jours")
    timexes = [Timex(0, 13, "Le 14 juillet", "DATE", "2024-07-14"), Timex(start, start + 11, "trois jours", "DURATION", "P3D")]
    figures = find_figures(doc, [], [], timexes)
    assert [(f.value, f.category) for f in figures] == [(300, "arrested")]


def test_where_comes_from_place_mentions():
    text = "Dans la ville de Korva, 25 personnes ont été blessées."
    start = text.index("Korva")
    _, figures = _figures(text, mentions=[Mention(start, start + 5, "Korva", "place", "gn:1")])
    assert figures[0].where == "Korva" and figures[0].category == "injured"


@pytest.mark.parametrize("text,lang,where", [
    ("Près de Korva, 25 personnes ont été blessées.", "fr", "Korva"),
    ("Dans la province de Tessa, 40 civils ont été tués.", "fr", "Tessa"),
    ("Around Korva, 25 people were injured.", "en", "Korva"),
])
def test_without_name_mentions_a_place_follows_the_languages_place_prepositions(text, lang, where):
    _, figures = _figures(text, lang=lang)
    assert figures[0].where == where


def _place(text: str, name: str) -> list[Mention]:
    start = text.index(name)
    return [Mention(start, start + len(name), name, "place", "gn:" + name)]


# Invented sentences: real countries' demonyms, fictional tolls.
@pytest.mark.parametrize("text,lang,where", [
    ("Le conflit malien a fait plus de 4 000 morts en huit ans.", "fr", "Mali"),
    ("La guerre civile soudanaise a fait 15 000 morts et 300 000 déplacés.", "fr", "Soudan"),
    ("La guerre civile sud-soudanaise a fait 20 000 morts.", "fr", "Soudan du Sud"),
    ("The Yemeni civil war has killed more than 150,000 people.", "en", "Yemen"),
    ("The South Sudanese conflict left 9,000 people injured.", "en", "South Sudan"),
    ("Quelque 800 000 réfugiés soudanais ont été recensés.", "fr", "Soudan"),
    ("Some 2 million Afghan refugees have been registered.", "en", "Afghanistan"),
])
def test_a_demonym_places_a_conflict_toll_or_the_refugees_counted(text, lang, where):
    _, figures = _figures(text, lang=lang)
    assert figures and all(f.where == where for f in figures), [(f.text, f.where) for f in figures]


@pytest.mark.parametrize("text,lang", [
    ("L'armée soudanaise a tué 20 civils.", "fr"),  # an actor's nationality, not a place
    ("Vingt soldats tchadiens ont été tués.", "fr"),  # where soldiers died is not their country
    ("Les Gardiens de la révolution iraniens ont arrêté 40 manifestants.", "fr"),  # "iraniens" is the guards'
    ("Le conflit israélo-palestinien a fait 100 morts cette semaine.", "fr"),  # no single country
    ("The two countries quarrelled over the Syrian war for 10 years.", "en"),  # no toll of the war
])
def test_a_demonym_that_does_not_say_where_places_nothing(text, lang):
    _, figures = _figures(text, lang=lang)
    assert figures and all(f.where is None for f in figures), [(f.text, f.where) for f in figures]


def test_a_named_place_wins_over_a_demonym():
    text = "L'armée soudanaise a tué 20 civils au Tchad."
    _, figures = _figures(text, mentions=_place(text, "Tchad"))
    assert figures[0].where == "Tchad"
    text = "La guerre civile malienne a poussé 30 000 personnes à fuir vers le Niger."
    _, figures = _figures(text, mentions=_place(text, "Niger"))
    assert figures[0].where == "Niger"
    text = "Le Liban accueille 1,5 million de réfugiés syriens."
    _, figures = _figures(text, mentions=_place(text, "Liban"))
    assert figures[0].where == "Liban"


def test_every_demonym_names_a_country_the_gazetteer_knows():
    for lang in ("fr", "en"):
        for form, code in _demonym_codes(lang).items():
            name = _country_name(code, lang)
            assert name and gazetteer().country_of_name(name) == code, (lang, form, code, name)


@pytest.mark.parametrize("text, lang, value", [
    # Invented sentences: people left homeless after a toll are displaced, not dead.
    ("An estimated 300 people died in the quake and another 20,000 have been made homeless.", "en", 20_000),
    ("Le séisme a fait 300 morts et 20 000 personnes se retrouvent sans abri.", "fr", 20_000),
])
def test_the_homeless_after_a_toll_are_displaced(text, lang, value):
    _, figures = _figures(text, lang)
    assert [f.category for f in figures if f.value == value] == ["displaced"]
    assert [f.category for f in figures if f.value == 300] == ["killed"]


def test_english_article():
    text = ("At least 35 people were killed and more than 120 injured in the blast, the health ministry said. "
            "Up to 5,000 residents could be evacuated, officials warned. The quake hit 2.5 million people.")
    _, figures = _figures(text, lang="en")
    killed = _one(figures, "At least 35")
    assert (killed.value, killed.category) == (35, "killed") and "health ministry" in killed.source.text
    assert _one(figures, "more than 120").category == "injured"
    evac = _one(figures, "Up to 5,000")
    assert (evac.value, evac.high, evac.hypothetical, evac.category) == (5000, 5000, True, "evacuated")
    assert _one(figures, "2.5 million").value == 2_500_000


def test_contract_offsets_empty_and_stable():
    doc, figures = _figures()
    for f in figures:
        assert doc.text[f.start:f.end] == f.text
        assert f.parent is None or 0 <= f.parent < len(figures)
    assert find_figures(make_document("", lang="fr"), [], [], []) == []
    assert find_figures(doc, [], [], []) == figures


@pytest.mark.parametrize("text,value", [
    ("580 000", 580000), ("370'000", 370000), ("1\u202f200", 1200), ("3 millions", 3_000_000),
    ("1,5 million", 1_500_000), ("un millier", 1000), ("une quarantaine", 40), ("vingt-trois", 23),
    ("deux cent cinquante mille", 250000), ("des dizaines de milliers", 10000), ("12", 12),
])
def test_parse_french_numbers(text, value):
    assert parse_number(text, "fr").value == value


@pytest.mark.parametrize("text,value", [
    ("580,000", 580000), ("2.5 million", 2_500_000), ("tens of thousands", 10000), ("a dozen", 12),
    ("forty-two", 42), ("hundreds", 100),
])
def test_parse_english_numbers(text, value):
    assert parse_number(text, "en").value == value


@given(st.text(max_size=60), st.sampled_from(["fr", "en", None]))
def test_parser_never_raises(text, lang):
    result = parse_number(text, lang)
    assert result is None or result.value is None or isinstance(result.value, float)


@given(st.integers(min_value=0, max_value=999_999_999), st.sampled_from([" ", "\u00a0", "\u202f", "'", "’", "."]))
def test_french_grouped_digits_round_trip(n, sep):
    assert parse_number(f"{n:,}".replace(",", sep), "fr").value == n


@given(st.integers(min_value=0, max_value=999_999_999))
def test_english_grouped_digits_round_trip(n):
    assert parse_number(f"{n:,}", "en").value == n


_UNITS = "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize".split()
_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def _french(n: int) -> str:
    """French words for 0..999 999 (regular spellings, hyphenated), for the round trip."""
    if n >= 1000:
        k, rest = divmod(n, 1000)
        head = "mille" if k == 1 else _french(k) + " mille"
        return head + (" " + _french(rest) if rest else "")
    if n >= 100:
        h, rest = divmod(n, 100)
        head = "cent" if h == 1 else _french(h) + " cent"
        return head + (" " + _french(rest) if rest else "")
    if n < 17:
        return _UNITS[n]
    if n < 20:
        return "dix-" + _UNITS[n - 10]
    if n < 70:
        t, u = divmod(n, 10)
        return _TENS[t] + ("" if u == 0 else "-et-un" if u == 1 else "-" + _UNITS[u])
    if n < 80:
        return "soixante-" + ("et-onze" if n == 71 else _french(n - 60))
    return "quatre-vingt" + ("s" if n == 80 else "-" + _french(n - 80))


@settings(max_examples=200)
@given(st.integers(min_value=2, max_value=999_999))
def test_french_words_round_trip(n):
    assert parse_number(_french(n), "fr").value == n


@needs_shared
def test_seeds_every_toll_has_a_source_and_the_warning_is_not_a_toll():
    warnings = 0
    for path in sorted(SEEDS.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        published = raw[6:13] if raw.startswith(" date ") else None
        doc = make_document(raw[13:] if published else raw, published=published, lang="fr")
        for f in find_figures(doc, [], [], []):
            if f.category in TOLLS and not f.hypothetical:
                assert f.source is not None, (path.name, f.text)
            if "pourraient être tuées" in doc.text[f.start:f.end + 40]:
                assert f.hypothetical
                warnings += 1
    assert warnings == 1


@settings(max_examples=120, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.'%km²$€-dontselonplusdeàunemillier\n«»")), max_size=160),
       st.sampled_from(["fr", "en"]))
def test_find_figures_never_raises_and_offsets_are_inside(text, lang):
    doc = make_document(text, lang=lang)
    figures = find_figures(doc, [], [], [])
    for f in figures:
        assert 0 <= f.start <= f.end <= len(doc.text) and doc.text[f.start:f.end] == f.text
        assert f.parent is None or 0 <= f.parent < len(figures)


# Measures are not counts; sources name someone. Every sentence below is invented.

@pytest.mark.parametrize("text,lang,measure,count,category", [
    ("The 7.2-magnitude quake, which killed at least 300 people, struck on Monday, officials said.", "en",
     "7.2", "at least 300", "killed"),
    ("Le séisme de magnitude 6,4 a fait au moins 120 morts, selon la protection civile.", "fr",
     "6,4", "au moins 120", "killed"),
    ("A tremor measuring 5.6 on the Richter scale killed 40 people.", "en", "5.6", "40", "killed"),
    ("Un séisme de 5,8 sur l'échelle de Richter a tué 40 personnes.", "fr", "5,8", "40", "killed"),
    # The measure between the toll's noun and its figure is looked past.
    ("The official death toll from the 6.9-magnitude quake has risen to 4,100.", "en", "6.9", "4,100", "killed"),
    ("The risk of death had grown by a factor of 2.5, and 64,000 people had died.", "en", "2.5", "64,000", "killed"),
    ("Le risque de décès a été multiplié par un facteur de 2, et 900 personnes sont mortes.", "fr",
     "2", "900", "killed"),
])
def test_a_magnitude_or_a_factor_is_no_toll_and_leaves_the_toll_alone(text, lang, measure, count, category):
    _, figures = _figures(text, lang=lang)
    assert _one(figures, measure).category == "other"
    assert _one(figures, count).category == category


# An age measures a person, not the story: no figure a journalist would chart.
@pytest.mark.parametrize("text,lang", [
    ("The singer died aged 61 after a long illness.", "en"),
    ("Most of the injured were aged 20 to 40.", "en"),
    ("Un enfant âgé de 9 a été tué dans le bombardement.", "fr"),
])
def test_an_age_is_no_figure(text, lang):
    _, figures = _figures(text, lang=lang)
    assert not figures


def test_an_age_after_a_persons_name_is_no_figure():
    text = "Found after nine days: Marta Velin, 32 - rescued from a collapsed school. 14 pupils were rescued."
    start = text.index("Marta Velin")
    mentions = [Mention(start, start + 11, "Marta Velin", "person", "p:1")]
    _, figures = _figures(text, lang="en", mentions=mentions)
    assert [f.text for f in figures] == ["14"]
    assert _one(figures, "14").category == "evacuated"


@pytest.mark.parametrize("text,lang,count", [
    ("Two MiG-29 jets and a Tupolev-154 crashed, killing 85 people.", "en", "85"),
    ("Des chasseurs F-16 ont bombardé le village, tuant 12 civils.", "fr", "12"),
])
def test_a_number_in_a_designation_is_no_figure(text, lang, count):
    _, figures = _figures(text, lang=lang)
    assert not [f for f in figures if f.text in ("29", "154", "16")]
    assert _one(figures, count).category == "killed"


def test_an_article_is_no_source_and_the_paragraphs_source_is_carried():
    _, figures = _figures("An estimated 40,000 people have fled the valley.", lang="en")
    assert _one(figures, "40,000").source is None
    text = "The Red Crescent said on Monday that 30 people had died. An estimated 40,000 people have fled the valley."
    _, figures = _figures(text, lang="en")
    fled = _one(figures, "40,000")
    assert fled.category == "displaced" and "Red Crescent" in fled.source.text


@pytest.mark.parametrize("text,lang,count,source", [
    # A live blog's time and a clause run into the speaker are cut off.
    ("0915 The UN says 14 of its aid workers were killed.", "en", "14", "The UN"),
    ("0h30 Le ministère de la Santé annonce que 45 personnes ont été tuées.", "fr", "45", "Le ministère de la Santé"),
    ("Aid lags in Kessa as villagers call for aid The Red Cross estimates 12,000 people have died.", "en",
     "12,000", "Red Cross"),
    # Readings that must not change: speakers counted, plurals, an agency's tally.
    ("Two witnesses said 14 people were killed.", "en", "14", "Two witnesses"),
    ("Deux témoins ont affirmé que 14 personnes avaient été tuées.", "fr", "14", "Deux témoins"),
    ("Activists said 40 people died in the shelling.", "en", "40", "Activists"),
    ("Au moins 30 personnes ont été tuées, selon un décompte de l'AFP.", "fr", "30", "un décompte de l'AFP"),
])
def test_the_source_is_the_name_or_noun_phrase_of_the_speaker(text, lang, count, source):
    found = _one(analyze(make_document(text, lang=lang)).figures, count)
    assert found.source.text.endswith(source) and not found.source.text[:1].isdigit() and "plead" not in found.source.text


@pytest.mark.parametrize("text,lang,count", [
    ("It is estimated 200 people have been rescued.", "en", "200"),
    ("With a population of almost seven million, thirteen confirmed deaths?", "en", "seven million"),
    ("Selon les habitants, l'on estime que 300 personnes sont mortes.", "fr", "300"),
])
def test_a_pronoun_or_a_count_is_no_source(text, lang, count):
    found = _one(analyze(make_document(text, lang=lang)).figures, count)
    assert found.source is None or found.source.text not in ("It", "thirteen", "l'on")


# Invented sentences: a second sentence naming its own source without a quote the quote finder sees.
@pytest.mark.parametrize("text,lang,count,source", [
    # An anonymous or generic source is a source: the figure is not the main source's.
    ("Selon l'ONU, au moins 50 civils ont été tués. Des sources locales évoquent 80 morts.", "fr", "80",
     "Des sources locales"),
    ("Selon l'ONU, au moins 50 civils ont été tués. Reuters parle d'au moins 45 morts.", "fr", "45", "Reuters"),
    ("Selon l'ONU, 50 civils ont été tués. Dans la soirée, le ministère de l'Intérieur annonçait 90 morts.", "fr",
     "90", "le ministère de l'Intérieur"),
    ("Selon l'ONU, 50 civils ont été tués. L'agence officielle, citant des médecins, évoquait pour sa part un "
     "bilan de 65 morts.", "fr", "65", "L'agence officielle"),
    ("Selon l'ONU, 50 civils ont été tués. L'UNICEF revoit son bilan à la hausse, parle de 75 morts.", "fr", "75",
     "L'UNICEF"),
    # A count's agent, and a source in brackets closing the sentence.
    ("Selon l'ONU, 50 civils ont été tués. On compte aussi 18 morts recensés par la Croix-Rouge.", "fr", "18",
     "la Croix-Rouge"),
    ("Selon l'ONU, 50 civils ont été tués. Au moins sept morts et 30 blessés à Vasko (source médicale).", "fr",
     "sept", "source médicale"),
    ("At least 50 civilians were killed, the UN said. Activists said at least 20 people were killed in Tarn.", "en",
     "20", "Activists"),
    ("At least 50 civilians were killed, the UN said. Officials say thousands of prisoners escaped.", "en",
     "thousands", "Officials"),
    ("At least 50 civilians were killed, the UN said. A toll of 107 was reported by local medical sources.", "en",
     "107", "local medical sources"),
    ("At least 50 civilians were killed, the UN said. Medics counted 90 dead in Tarn (hospital sources).", "en",
     "90", "Medics"),
    # Told someone named, or reporters, with no "that" before what was told.
    ("At least 50 civilians were killed, the UN said. A doctor in Tarn told Radio Vasko at least 14 patients had "
     "died.", "en", "at least 14", "A doctor in Tarn"),
    ("At least 50 civilians were killed, the UN said. Village spokesmen told reporters 300 families had fled.",
     "en", "300", "Village spokesmen"),
])
def test_a_sentence_naming_its_own_source_keeps_it(text, lang, count, source):
    found = _one(analyze(make_document(text, lang=lang)).figures, count)
    assert found.source is not None and found.source.text == source and not found.source.inferred


@pytest.mark.parametrize("text,lang,count,source", [
    # A follow-up sentence of the same report, with no source at all, keeps the report's source.
    ("Selon l'ONU, au moins 50 civils ont été tués mardi à Vasko. 30 autres ont été blessés.", "fr", "30", "l'ONU"),
    ("At least 50 civilians were killed in Tarn, the UN said. Another 30 were injured.", "en", "30", "the UN"),
    # A comma after the verb closes an attribution: what follows is not that source's figure.
    ("Selon l'ONU, 50 civils ont été tués. Security forces killed 14 protesters, a rights group said, as tens of "
     "thousands marched.", "en", "14", "a rights group"),
    # An acronym in brackets after a name spells the name, it is no source.
    ("Au moins 12 civils ont été tués, selon l'ONU. Une aide de 40 tonnes est arrivée de Human Rights Watch (HRW).",
     "fr", "12", "l'ONU"),
])
def test_a_sentence_without_a_source_of_its_own_is_unchanged(text, lang, count, source):
    found = _one(analyze(make_document(text, lang=lang)).figures, count)
    assert found.source is not None and found.source.text == source


def test_a_figure_after_an_attribution_closed_by_a_comma_takes_no_source_from_it():
    text = "Security forces killed 14 protesters, a rights group said, as tens of thousands marched."
    marched = _one(analyze(make_document(text, lang="en")).figures, "tens of thousands")
    assert marched.source is None or marched.source.text != "a rights group"


@pytest.mark.parametrize("text,lang,count", [
    # A verb form after a determiner is a noun; a place or a direction in brackets names no one.
    ("BP revised an estimate that 8,000 barrels a week leak.", "en", "8,000"),
    ("Six morts à Vasko, deux à Tarn (est).", "fr", "Six"),
    ("He was a writer, and reported the story (300).", "en", "300"),
])
def test_what_names_no_one_is_no_source(text, lang, count):
    found = _one(analyze(make_document(text, lang=lang)).figures, count)
    assert found.source is None or found.source.text not in ("BP", "est", "300", "BP revised")


# Invented sentences: a total is not placed by one of its parts.
@pytest.mark.parametrize("text,lang,total,where,part,part_where", [
    ("Selon la ligue, la purge a fait 5.000 morts, dont 2.000 à Tripoli et 1.000 à Benghazi.", "fr",
     "5.000", None, "2.000", "Tripoli"),
    ("La ligue parle de 7000 morts dont 2500 à Tripoli.", "fr", "7000", None, "2500", "Tripoli"),
    ("Les combats ont fait 400 morts à Misrata, dont 120 à Tripoli.", "fr", "400", "Misrata", "120", "Tripoli"),
    ("Quatorze personnes dont trois femmes ont été tuées mardi à Misrata.", "fr", "Quatorze", "Misrata", "trois", "Misrata"),
    ("Au moins 16 personnes ont été tuées dans le pays, dont huit au Caire, selon le ministère.", "fr",
     "16", None, "huit", "Caire"),
    ("The crackdown killed 6,000 people, including 3,000 in Tripoli, the league said.", "en",
     "6,000", None, "3,000", "Tripoli"),
    ("Eighty people, including eight children, were killed in Benghazi.", "en", "Eighty", "Benghazi", "eight", "Benghazi"),
])
def test_a_totals_place_does_not_come_from_its_breakdown(text, lang, total, where, part, part_where):
    figures = analyze(make_document(text, lang=lang)).figures
    whole, piece = _one(figures, total), _one(figures, part)
    assert piece.parent == figures.index(whole)
    assert (whole.where, piece.where) == (where, part_where)


# Invented sentences: a country named as one of a set of countries does not place the set.
@pytest.mark.parametrize("text,lang,counts", [
    ("La Norvège, l'un des sept pays engagés dans les frappes, a envoyé trois avions.", "fr", ["sept"]),
    ("La Belgique est l'un des trois des sept pays qui laissent leurs avions frapper.", "fr", ["trois", "sept"]),
    ("Denmark, one of the six countries taking part in the raids, sent four jets.", "en", ["six"]),
])
def test_a_member_is_not_the_place_of_the_set_it_belongs_to(text, lang, counts):
    figures = analyze(make_document(text, lang=lang)).figures
    assert [_one(figures, c).where for c in counts] == [None] * len(counts)


def test_one_of_many_places_keeps_a_place_named_after_it():
    text = "Kessa est l'une des 30 villes de la province de Tarn."
    found = _one(_figures(text, mentions=_place(text, "Kessa") + _place(text, "Tarn"))[1], "30")
    assert found.where == "Tarn"


# Invented lines: day labels of a chronology and the parts of a date written with digits are no figures;
# a year-like count before a counted noun is one.
@pytest.mark.parametrize("text,lang,values", [
    ("Chronologie\n\n- 20 au 22 : combats à Vasko.\n- 23 : 40 morts à Tarn.", "fr", [40]),
    ("Timeline\n\n- 20 to 22: fighting in Vasko.\n- 23: 40 dead in Tarn.", "en", [40]),
    ("Tessa: la grève continue\n01-07-13 à 16h25\nL'armée a tué 30 manifestants.", "fr", [30]),
    ("Un bilan de 185 morts et 2000 blessés, selon l'agence.", "fr", [185, 2000]),
    ("The clashes left 2000 injured, the ministry said.", "en", [2000]),
])
def test_day_labels_and_dates_are_no_figures_and_a_count_is_no_year(text, lang, values):
    figures = analyze(make_document(text, lang=lang)).figures
    assert [f.value for f in figures] == values


def test_a_year_after_a_date_word_stays_a_date():
    figures = analyze(make_document("En 2000 soldats et policiers avaient défilé à Tessa.", lang="fr")).figures
    assert all(f.value != 2000 for f in figures)


# Invented sentences: a toll with no counted noun is a death toll; a toll says whose it is or names no source.
@pytest.mark.parametrize("text,lang,count,category,source", [
    ("Local officials put the toll at 80.", "en", "80", "killed", "Local officials"),
    ("L'OSDH a recensé 600 morts à Vasko. Plus tard, le bilan officiel s'élève à 525 morts.", "fr", "525", "killed",
     "le bilan officiel"),
    ("The UN counted 600 dead in Vasko. Later, the official death toll rose to 300.", "en", "300", "killed",
     "the official death toll"),
])
def test_a_toll_is_killed_and_an_official_toll_is_its_own_source(text, lang, count, category, source):
    found = _one(analyze(make_document(text, lang=lang)).figures, count)
    assert found.category == category and found.source.text == source and not found.source.inferred


def test_a_toll_or_a_name_that_says_nothing_of_whose_it_is_names_no_source():
    figures = analyze(make_document("Kessa was going to kill millions. The toll rose to 40.", lang="en")).figures
    assert all(f.source is None or f.source.text != "Kessa" for f in figures)
    figures = analyze(make_document("L'OSDH a recensé 600 morts à Vasko.\n\nLe bilan s'élève à 30 morts.", lang="fr")).figures
    assert _one(figures, "30").source.text == "L'OSDH"


# Invented article: the headline of a link to another article is nobody's figure.
@pytest.mark.parametrize("text,lang,headline", [
    ("Vasko : nouveaux combats\n\nSelon l'OSDH, 300 civils ont été tués à Vasko.\n\n"
     "Pourquoi le couvre-feu peut éviter des milliers de morts\n\nLe virus a tué 45 personnes à Tarn.",
     "fr", "des milliers"),
    ("Fighting in Vasko\n\nThe UN said 300 civilians were killed in Vasko.\n\n"
     "How a lockdown saves thousands of lives and 500 deaths\n\nThe virus killed 45 people in Tarn.", "en", "500"),
])
def test_a_headline_line_takes_no_inferred_source_but_the_body_does(text, lang, headline):
    figures = analyze(make_document(text, lang=lang)).figures
    assert _one(figures, headline).source is None
    assert _one(figures, "45").source is not None and _one(figures, "45").source.inferred


def test_the_articles_title_keeps_the_source_of_its_body():
    text = "Vasko : le bilan dépasse 200 morts\n\nLes combats ont fait au moins 214 morts, selon l'ONU."
    assert _one(analyze(make_document(text, lang="fr")).figures, "200").source.text == "l'ONU"


def test_a_relative_clause_counts_for_its_antecedent_not_for_the_verb_before_it():
    # Invented: an inverted attribution, then a relative clause giving another count.
    text = ("Le bilan de la crue s'est alourdi jeudi à quatre morts, a annoncé la préfecture de Valbrune, qui "
            "faisait état de deux victimes mardi. Plus de 500 personnes ont été évacuées depuis dimanche.")
    figures = analyze(make_document(text, lang="fr", published="2025-03-13")).figures
    assert [(f.value, f.source.text) for f in figures] == [
        (4, "la préfecture de Valbrune"), (2, "la préfecture de Valbrune"), (500, "la préfecture de Valbrune")]
    text = "Four people died on Monday, said the health ministry of Valbrune, which counted two more on Tuesday."
    figures = analyze(make_document(text, lang="en", published="2025-03-13")).figures
    assert {f.source.text for f in figures} == {"the health ministry of Valbrune"}



# Invented sentences: a later clause's place, a destination and a border place no toll; people who moved
# are placed where they went (host countries count refugees).
@pytest.mark.parametrize("text,lang,places", [
    ("Environ 80 civils ont péri dans ces violences, et des dizaines de milliers de riverains ont été "
     "chassés par les pillages, partant surtout vers l'Est voisin de la Tessie.", "fr",
     {"80": None, "dizaines": None}),
    ("À Vasko, 30 soldats ont été tués, et 2 000 habitants ont fui vers la Tessie.", "fr",
     {"30": "Vasko", "2 000": "Tessie"}),
    ("The blast killed 9 workers and sent a convoy of 40 trucks to Vasko.", "en", {"9": None, "40": None}),
    ("At least 20 people were killed close to Vasko.", "en", {"20": "Vasko"}),
    ("Thousands of people fled to neighbouring Tessia.", "en", {"Thousands": "Tessia"}),
])
def test_a_destination_or_a_later_clause_does_not_place_a_toll(text, lang, places):
    mentions = [m for name in ("Vasko", "Tessie", "Tessia") if name in text for m in _place(text, name)]
    figures = _figures(text, lang, mentions=mentions)[1]
    assert {count: _one(figures, count).where for count in places} == places


# Invented sentences: the category of people counted, told by what the sentence says of them.
@pytest.mark.parametrize("text,lang,count,category", [
    # people of a nation counted in another country are a group abroad, no population.
    ("Lima worries about the more than a million Peruvians living in Chile .", "en", "a million", "other"),
    ("Près de deux millions d'Égyptiens travaillent en Libye.", "fr", "deux millions", "other"),
    # people living in a camp or in tents have lost their homes: displaced, no population.
    ("Some 20,000 people now live in the camp near the border .", "en", "20,000", "displaced"),
    ("The largest camp has 6,500 residents .", "en", "6,500", "displaced"),
    ("Environ 12 000 personnes vivent sous des tentes à la sortie de Vasko.", "fr", "12 000", "displaced"),
    ("Le camp de Vasko abrite désormais quelque 4 000 personnes.", "fr", "4 000", "displaced"),
    # what befell detainees, told by a participle right after their noun, wins over their being held.
    ("Les enquêteurs ont exhumé les restes de 900 détenus exécutés en 1996.", "fr", "900", "killed"),
    ("Quatre prisonniers tués lors de la mutinerie ont été enterrés lundi.", "fr", "Quatre", "killed"),
    ("Douze détenus blessés lors de l'assaut sont restés en cellule.", "fr", "Douze", "injured"),
    # people taken or admitted to hospital are injured, as people hospitalised are.
    ("Three firefighters were taken to hospital with burns on Tuesday .", "en", "Three", "injured"),
    ("Some 40 pupils were admitted to hospital after the gas leak .", "en", "40", "injured"),
    ("Onze manifestants ont été transportés à l'hôpital après les heurts.", "fr", "Onze", "injured"),
    # a verb after a conjunction right after the counted people is their subject's next act, no
    # fate of theirs, even with no count after it.
    ("The insurgents captured 20 soldiers and seized the barracks .", "en", "20", "arrested"),
    ("Les insurgés ont capturé 20 soldats et repris la caserne.", "fr", "20", "arrested"),
    # the present participle of a capture or an abduction tells an arrest, as its past one does.
    ("Rebels stormed the barracks , capturing 14 government soldiers .", "en", "14", "arrested"),
    ("Gunmen attacked the site , kidnapping nine foreign engineers .", "en", "nine", "arrested"),
    ("Les insurgés ont pris la caserne, arrêtant une vingtaine de soldats.", "fr", "une vingtaine", "arrested"),
    ("Un groupe armé a enlevé trois ingénieurs étrangers près de Vasko.", "fr", "trois", "arrested"),
    # a few residents are a group of people, no population.
    ("The 300 residents of the tower block were told to leave their flats .", "en", "300", "other"),
    ("Two Vasko residents confirmed the blackout by telephone .", "en", "Two", "other"),
    ("Les 120 habitants de l'immeuble ont dû partir dans la nuit.", "fr", "120", "other"),
    # people counted by their nation are a population unless a verb or a noun says more.
    ("Près de quatre millions de Syriens vivent désormais hors du pays.", "fr", "quatre millions", "population"),
    ("La Tessie accueille 3,6 millions de Syriens.", "fr", "3,6 millions", "refugees"),
    # nor are the visitors a host takes in when a negation's elided "n'" leads its verb.
    ("Cet été, le camping de Tarnville n'accueille guère que 300 touristes.", "fr", "300", "other"),
    ("Les miliciens ont tué 40 Libyens mardi.", "fr", "40", "killed"),
    ("Un million de Syriens réfugiés vivent au Liban.", "fr", "Un million", "refugees"),
    ("More than 50,000 Americans live in Vasko.", "en", "50,000", "population"),
    ("Fighting has forced tens of thousands of Malians to flee.", "en", "tens of thousands", "displaced"),
    ("The stock was up 37 Canadian cents.", "en", "37", "other"),
    # a bare count above one takes its category from a noun before it only when the noun is in the plural or
    # names many people; a noun in the singular names one thing.
    ("Dans une rue du quartier de Tarnville, trois d'entre nous ont refusé de répondre.", "fr", "trois", "other"),
    ("Fans recalled the singer 's sudden death at 61 in Tarnville .", "en", "61", "other"),
    ("Tarnville has a population of 12 million .", "en", "12 million", "population"),
    ("A team of Marines , about 40 in all , guards the embassy in Tarnville .", "en", "about 40", "troops"),
    ("The disease has now reached 11 states , up from 10 last week .", "en", "10", "places"),
    # people counted as a passive verb's agent did what the verb tells; it did not befall them.
    ("Les entrepôts ont été pillés puis occupés par des centaines de jeunes.", "fr", "des centaines", "other"),
    ("Deux gardes ont été tués par quatre hommes armés à Tarnville.", "fr", "quatre", "other"),
    ("The depot was seized by 200 rebels on Sunday .", "en", "200", "other"),
    ("The toll in Tarnville rose by 30 to 250 .", "en", "30", "killed"),
    # verbs of killing in a manner: hanged, beaten, crushed to death.
    ("Des émeutiers de Tarnville ont pendu trois gardiens de prison.", "fr", "trois", "killed"),
    ("Au moins quatre détenus ont été battus à mort à Tarnville.", "fr", "Au moins quatre", "killed"),
    ("Six prisoners were hanged in the square of Tarnville .", "en", "Six", "killed"),
    ("Dozens of pilgrims were crushed to death at the gate of Tarnville .", "en", "Dozens", "killed"),
    # a category noun before another plural noun only says what kind of thing that is; people after it, or
    # a participle before them, are still counted by it; families are people.
    ("Rioters burned down three police stations in Tarnville .", "en", "three", "other"),
    ("Protesters overturned 20 police cars outside the court .", "en", "20", "other"),
    ("Two wrongful death suits were filed against the firm .", "en", "Two", "other"),
    ("Aid reached four refugee camps near Tarnville .", "en", "four", "places"),
    ("Five refugee children reached the coast .", "en", "Five", "refugees"),
    ("Two dead soldiers were found near the bridge .", "en", "Two", "killed"),
    ("Some 4,000 families were displaced by the floods .", "en", "4,000", "displaced"),
    ("Quelque 3 000 familles ont fui les combats à Tarnville.", "fr", "3 000", "displaced"),
    # a verb in the present, the imperfect or the past historic tells the same as its participle.
    ("Des tireurs tuent 12 passants et en blessent une trentaine à Tarnville.", "fr", "une trentaine", "injured"),
    ("La police arrête 20 manifestants à Tarnville.", "fr", "20", "arrested"),
    ("En 1950, les soldats tuèrent 40 paysans de Tarnville.", "fr", "40", "killed"),
    # so does the noun of the act before the people it befell, with either apostrophe.
    ("La police a annoncé l'arrestation de 15 suspects à Tarnville.", "fr", "15", "arrested"),
    ("La préfecture a achevé l’évacuation de 300 habitants de Tarnville.", "fr", "300", "evacuated"),
    ("Les combats ont provoqué le déplacement de 20 000 personnes.", "fr", "20 000", "displaced"),
    ("Rights groups condemned the execution of 14 opponents in Tarnville .", "en", "14", "killed"),
    ("Police announced the arrest of 15 suspects in Tarnville .", "en", "15", "arrested"),
    ("The army completed the evacuation of 3,000 residents from Tarnville .", "en", "3,000", "evacuated"),
    # climbers, hikers, motorists… are people: a verb before them says what befell them.
    ("The avalanche above Tarnville killed the four climbers near the summit .", "en", "four", "killed"),
    ("L'avalanche a tué les trois randonneurs près de Tarnville.", "fr", "trois", "killed"),
    # such a noun after the people counted names what befell someone else.
    ("About 200 students protested the killing of a classmate in Tarnville .", "en", "About 200", "other"),
    ("Quelque 300 personnes réclament la libération d'un militant à Tarnville.", "fr", "Quelque 300", "other"),
])
def test_what_befalls_the_people_counted_gives_their_category(text, lang, count, category):
    assert _one(analyze(make_document(text, lang=lang, published="2011-03-04")).figures, count).category == category


# Invented paragraphs: a toll takes the source of the sentence before when that source gave figures or
# spoke of a toll, not when it spoke of something else.
@pytest.mark.parametrize("text,lang,source", [
    ("Le ministre du Tourisme affirme que les hôtels de Vasko sont ouverts. Le bilan s'élève à 30 morts.", "fr", None),
    ("Selon l'OSDH, les raids ont fait des morts à Vasko. Le bilan s'élève à 30 morts.", "fr", "l'OSDH"),
    ("L'OSDH a compté 500 cas de choléra à Vasko. L'épidémie a fait 30 morts.", "fr", "L'OSDH"),
    ("The tourism minister said the hotels of Vasko were open. The toll rose to 30 dead.", "en", None),
    ("The UN said the raids had killed civilians in Vasko. The toll rose to 30 dead.", "en", "The UN"),
])
def test_a_toll_takes_the_source_before_only_when_it_spoke_of_figures_or_a_toll(text, lang, source):
    found = _one(analyze(make_document(text, lang=lang)).figures, "30")
    assert (found.source.text if found.source else None) == source


@pytest.mark.parametrize("text, lang", [
    # Invented sentences: a death named before the count says what the count is.
    ("La mort de quatre civils à Valbrune a été confirmée par la police.", "fr"),
    ("La mort de quatre Érythréens à Valbrune a été confirmée.", "fr"),
    ("The deaths of 12 miners in Greystone shocked the town.", "en"),
    ("He ordered the murder of 2,400 Peruvians.", "en"),
])
def test_a_death_named_before_the_count_makes_it_a_toll(text, lang):
    (figure,) = analyze(make_document(text, lang=lang, published="2024-03-04")).figures
    assert figure.category == "killed"


@pytest.mark.parametrize("text, lang", [
    # Invented lines: a clock time with its zone, a date with an escaped slash, are no figures.
    ("Vendredi 4 mars 2011 15.55 GMT Les combats ont repris à Valbrune.", "fr"),
    ("Friday 4 March 2011 08.57 BST The fighting resumed in Greystone.", "en"),
    ("Nobody in Greystone forgot 9\\/11 .", "en"),
    # Chapters and verses, the colon after a space as French sets it, a range of verses after it.
    ("Le prêcheur de Valbrune citait les passages 9 :29-31 et 2 :190-193.", "fr"),
])
def test_a_clock_time_or_an_escaped_date_is_no_figure(text, lang):
    assert analyze(make_document(text, lang=lang, published="2011-03-04")).figures == []


@pytest.mark.parametrize("text, lang, count, unit, value", [
    # Invented sentences: a volume or a length, also after a vague number and "de" / "of".
    ("Les rebelles ont avancé d'une cinquantaine de kilomètres vers Valbrune.", "fr", "cinquantaine", "km", 50),
    ("Le pétrolier a déversé 3 millions de barils au large de Valbrune.", "fr", "3 millions", "bbl", 3_000_000),
    ("The well spilled nearly 3 million barrels into the bay of Greystone.", "en", "3 million", "bbl", 3_000_000),
    ("Thousands of gallons of oil reached Greystone.", "en", "Thousands", "gal", 1000),
    ("The wreck lies 4,000 feet below the waves.", "en", "4,000", "ft", 4000),
    # A unit of several words glued to its number as an adjective is hyphenated throughout.
    ("The slick reached the 420-square-mile bay of Greystone.", "en", "420-square-mile", "mi2", 420),
    ("The rescue ship sailed a 60-nautical-mile loop off Greystone.", "en", "60-nautical-mile", "nmi", 60),
    ("Strong 25-knot winds slowed the crews off Greystone.", "en", "25-knot", "kn", 25),
])
def test_volumes_and_lengths_take_their_unit(text, lang, count, unit, value):
    figure = _one(analyze(make_document(text, lang=lang, published="2011-03-04")).figures, count)
    assert (figure.unit, figure.value) == (unit, value)


def test_a_price_per_barrel_is_money_and_the_barrels_a_volume():
    # Invented sentence.
    text = "The field of Greystone pumped 12,000 barrels a day , sold at $ 24 a barrel ."
    figures = analyze(make_document(text, lang="en")).figures
    assert (_one(figures, "12,000").unit, _one(figures, "24").unit) == ("bbl", "USD")


@pytest.mark.parametrize("text, lang, count, value, low, high", [
    # Invented sentences: the scale word of a range's high end is its low end's too, when that keeps
    # the range in order; a unit after the low end makes two figures.
    ("L'ONU a porté de 220 à 316,4 millions de dollars son appel pour Valbrune.", "fr", "220", 220e6, 220e6, 316.4e6),
    ("Between 500 and 2 million people fled Greystone.", "en", "500", 500, 500, 2e6),
    ("Imports rose 4.2 percent to 12.318 million tonnes.", "en", "4.2", 4.2, None, None),
])
def test_a_range_shares_its_scale_word_and_its_unit(text, lang, count, value, low, high):
    figure = _one(analyze(make_document(text, lang=lang, published="2011-03-04")).figures, count)
    assert (figure.value, figure.low, figure.high) == (value, low, high)


# Invented sentences: a place a distance or a direction is measured from is not where the toll was counted.
@pytest.mark.parametrize("text, lang, count, place", [
    ("Les rebelles tiennent Misrata (90 km à l'ouest de Syrte), où un assaut a fait au moins quatre morts.",
     "fr", "quatre", "Misrata"),
    ("À Taez, à 180 kilomètres au nord-ouest de Sanaa, l'attaque a fait vingt-sept blessés.",
     "fr", "vingt-sept", "Taez"),
    ("A guard was shot in Ramadi , west of Baghdad , on top of the 17 who died on Sunday .", "en", "17", "Ramadi"),
])
def test_a_reference_point_does_not_place_a_toll(text, lang, count, place):
    assert _one(analyze(make_document(text, lang=lang, published="2011-03-04")).figures, count).where == place


# Invented sentences: the place a relative "where" / "où" opens on is where its clause's figures happened, even as
# a destination, over a place named later outside the relative or without a preposition placing the count.
@pytest.mark.parametrize("text, lang, count, place", [
    ("Airlines cancelled flights to Peru , where 60 people have died of the fever since May .", "en", "60", "Peru"),
    ("Memories of Iraq , where 90 Danish soldiers were killed after the then U.S. President ordered the invasion , "
     "weigh on the vote .", "en", "90", "Iraq"),
    ("Des Canadiens rentrés du Mexique, où 60 personnes sont mortes, ont été placés en quarantaine à Toronto.",
     "fr", "60", "Mexique"),
    ("Les touristes ont été invités à éviter les voyages vers le Mexique, où 60 personnes sont mortes du virus.",
     "fr", "60", "Mexique"),
])
def test_a_relative_where_places_its_clause(text, lang, count, place):
    assert _one(analyze(make_document(text, lang=lang, published="2011-03-04")).figures, count).where == place


# Invented sentences: a figure in an apposition describing a place ("X, Y's city", "X, ville de Y"), or in a relative
# opened on it, is the described place's, not its owner's nor a later clause's.
@pytest.mark.parametrize("text, lang, count, place", [
    ("The siege of Sfax , Tunisia 's second city with some 270,000 inhabitants , drags on as troops mass near "
     "Gabes .", "en", "270,000", "Sfax"),
    ("Les combats reprennent à Aden, grand port du Yémen, où six miliciens ont été tués mardi.", "fr", "six", "Aden"),
])
def test_an_apposition_places_what_it_describes(text, lang, count, place):
    assert _one(analyze(make_document(text, lang=lang, published="2011-03-04")).figures, count).where == place


# Invented sentences: a town named with its country in apposition is the place, the country only says where it lies.
@pytest.mark.parametrize("text, lang, count, place", [
    ("Tripoli , Libya , has about 1.8 million people .", "en", "1.8 million", "Tripoli"),
    ("In Zintan , Libya , where 40 people were killed on Sunday , rebels held out .", "en", "40", "Zintan"),
    ("Tripoli, en Libye, compte environ 1,8 million d'habitants.", "fr", "1,8 million", "Tripoli"),
    ("Benghazi (Libye), ville de 700 000 habitants, est aux mains des insurgés.", "fr", "700 000", "Benghazi"),
])
def test_a_town_with_its_country_in_apposition_is_the_place(text, lang, count, place):
    assert _one(analyze(make_document(text, lang=lang, published="2011-03-04")).figures, count).where == place


@pytest.mark.parametrize("text, lang, count, place", [
    # Invented sentences: a nationality before the counted noun is no place; a share "of" a place is.
    ("Only 90,000 US soldiers are stationed in Iraq .", "en", "90,000", "Iraq"),
    ("For every one of the 1,200 US soldiers killed , some 20 Iraqis died .", "en", "1,200", None),
    ("Last week 20 % of US supply was cut .", "en", "20", "US"),
])
def test_a_nationality_before_the_counted_noun_places_nothing(text, lang, count, place):
    assert _one(analyze(make_document(text, lang=lang, published="2011-03-04")).figures, count).where == place


@pytest.mark.parametrize("text, lang, count, place", [
    # Invented sentences: a country's name before its own people, forces or bodies is their nationality, not where
    # the toll happened; before a noun of what happened there, it still places it.
    ("Twelve people were killed by US troops in Basra .", "en", "Twelve", "Basra"),
    ("Doctors said 40 people died when US jets struck the market .", "en", "40", None),
    ("UK officials said 30 people were wounded on Sunday .", "en", "30", None),
    ("The Peru quake killed 300 people .", "en", "300", "Peru"),
    ("Road accidents kill 900 people in the US each month .", "en", "900", "US"),
])
def test_a_country_before_its_own_people_or_forces_places_no_toll(text, lang, count, place):
    assert _one(analyze(make_document(text, lang=lang, published="2011-03-04")).figures, count).where == place


def test_a_time_word_ends_the_counted_phrase_and_the_next_day_counts_the_same():
    # Invented sentence.
    text = "L'hôpital de Valbrune a reçu 22 morts lundi, surtout des civils, et quatre mardi."
    figures = analyze(make_document(text, lang="fr", published="2011-03-04")).figures
    assert _one(figures, "22").who == "morts"
    assert _one(figures, "quatre").category == "killed"


@pytest.mark.parametrize("text, lang, count, source", [
    # Invented paragraphs: a bare number takes no source from another bare number elsewhere.
    ("Hale said he would not link those two up.\n\nIndustry people told the two incidents apart.", "en",
     "two incidents", None),
    # A participle reports a toll for its subject; a tokenized title loses its quote marks.
    ("L'ONG Norvik Watch (NW), évoquant onze morts pour la seule nuit de samedi, a condamné des tirs"
     " \"aveugles\" et \"le silence des autorités face aux familles\".",
     "fr", "onze", "L'ONG Norvik Watch"),
    ("Today , according to `` The Greystone Post , '' two dozen are being held .", "en", "two dozen",
     "The Greystone Post"),
])
def test_sources_that_name_no_one_or_carry_marks_are_fixed(text, lang, count, source):
    figures = analyze(make_document(text, lang=lang, published="2011-03-04")).figures
    found = [f for f in figures if f.text in count or count.startswith(f.text)][-1]
    assert (found.source.text if found.source else None) == source


# Invented chronologies: each entry reports its own news; the source one entry names does not reach the tolls
# of the others, nor does an entry's vague count ("dozens") repeat another's.
CHRONOLOGY = {
    "en": "\n".join([
        "Rebels kill five soldiers at a checkpoint near Vasko .",
        "Two bombs explode in a market in Tarn , killing 14 people .",
        "A roadside bomb kills three policemen in Orla .",
        "Gunmen kill seven civilians on the road to Mena .",
        "The governor survives an attack in which 12 people were killed , according to the interior ministry .",
        "Militants storm a prison in Brac , leaving dozens dead .",
        "A car bomb kills 22 people outside a police station in Vasko .",
        "Nine workers die when a bus is ambushed near Tarn .",
    ]),
    "fr": "\n".join([
        "- 2 mars : des rebelles tuent cinq soldats à un barrage près de Vasko.",
        "- 3 mars : deux bombes explosent sur un marché de Tarn, faisant 14 morts.",
        "- 5 mars : une bombe tue trois policiers à Orla.",
        "- 6 mars : des hommes armés tuent sept civils sur la route de Mena.",
        "- 8 mars : le gouverneur échappe à un attentat, selon le ministère de l'Intérieur, qui fait état de 12 morts.",
        "- 9 mars : l'assaut d'une prison de Brac fait des dizaines de morts.",
        "- 11 mars : une voiture piégée tue 22 personnes devant un commissariat de Vasko.",
        "- 12 mars : neuf ouvriers meurent dans l'embuscade d'un car près de Tarn.",
    ]),
}


@pytest.mark.parametrize("lang, named", [("en", "the interior ministry"), ("fr", "le ministère de l'Intérieur")])
def test_a_source_named_in_one_entry_of_a_chronology_stays_in_it(lang, named):
    figures = analyze(make_document(CHRONOLOGY[lang], lang=lang, published="2011-03-20")).figures
    tolls = [f for f in figures if f.category in TOLLS]
    assert len(tolls) >= 8
    credited = [f.text for f in tolls if f.source is not None and f.source.text == named]
    assert 1 <= len(credited) <= 2, credited


@pytest.mark.parametrize("text, lang, count, source", [
    # Invented sentences: a time expression opening a subject is no part of the source.
    ("Nearly every week the Pentagon says it has killed 50 fighters in Vasko .", "en", "50", "the Pentagon"),
    ("Every day the ministry reports 20 new deaths in Vasko.", "en", "20", "the ministry"),
    ("Presque chaque jour le ministère affirme avoir tué 20 rebelles à Vasko.", "fr", "20", "le ministère"),
    ("The Sunday Times reported 20 deaths in Vasko.", "en", "20", "The Sunday Times"),
])
def test_a_time_expression_opening_a_subject_is_no_part_of_the_source(text, lang, count, source):
    found = _one(analyze(make_document(text, lang=lang, published="2011-03-04")).figures, count)
    assert found.source is not None and found.source.text == source


@pytest.mark.parametrize("text, lang, value", [
    ("half a million", "en", 500_000),
    ("a quarter of a million", "en", 250_000),
    ("two and a half million", "en", 2_500_000),
    ("one and a half million", "en", 1_500_000),
    ("half a dozen", "en", 6),
    ("un demi-million", "fr", 500_000),
    ("un million et demi", "fr", 1_500_000),
    ("deux millions et demi", "fr", 2_500_000),
    ("3 millions et demi", "fr", 3_500_000),
])
def test_fractions_of_a_scale_word(text, lang, value):
    assert parse_number(text, lang).value == value


# Invented sentences: a fraction before the scale word is part of the figure.
@pytest.mark.parametrize("text, lang, count, value", [
    ("Half a million people fled Vasko in a week .", "en", "Half a million", 500_000),
    ("Un demi-million de personnes ont fui Vasko.", "fr", "demi-million", 500_000),
    ("Deux millions et demi de personnes ont fui Vasko.", "fr", "Deux millions et demi", 2_500_000),
])
def test_a_fraction_of_a_million_is_counted(text, lang, count, value):
    found = _one(analyze(make_document(text, lang=lang, published="2011-03-04")).figures, count)
    assert found.value == value and found.category == "displaced"


# Invented sentences: an organization counting its own action is the figure's source; what it did to people is not
# a count of its own; "le nombre de morts" counts the dead.
@pytest.mark.parametrize("text, lang, count, category, source", [
    ("L'armée a déployé 1 700 soldats à Vasko.", "fr", "1 700", "troops", "L'armée"),
    ("L'OMS a envoyé 12 ambulances à Vasko.", "fr", "12", "other", "L'OMS"),
    ("The army deployed 1,700 soldiers in Vasko.", "en", "1,700", "troops", "The army"),
    ("The WHO has sent 12 ambulances to Vasko.", "en", "12", "other", "The WHO"),
    ("L'armée a tué 30 rebelles à Vasko.", "fr", "30", "killed", None),
    ("L'attaque porte à treize le nombre de morts à Vasko.", "fr", "treize", "killed", None),
    ("The attack brings to eleven the number of dead in Vasko .", "en", "eleven", "killed", None),
    # A name qualifying the subject's noun, or having and being, acts on nothing.
    ("The NATO summit drafts need nine votes to pass .", "en", "nine", "other", None),
    ("The World Bank generation left two legacies .", "en", "two", "other", None),
    ("The agency has 62 inspectors in Vasko .", "en", "62", "other", None),
    ("The agency recently sent 62 inspectors to Vasko .", "en", "62", "other", "The agency"),
    ("L'OMS a 12 ambulances à Vasko.", "fr", "12", "other", None),
    ("L'armée libyenne a envoyé 300 chars à Vasko.", "fr", "300", "troops", "L'armée"),
])
def test_an_organization_counting_its_own_action_is_the_source(text, lang, count, category, source):
    found = _one(analyze(make_document(text, lang=lang, published="2011-03-04")).figures, count)
    assert (found.category, found.source.text if found.source else None) == (category, source)


# Invented sentences: a source is a name or a noun phrase naming who reports, never a clause with its own verb, a
# pronoun left unresolved or a fragment; tokenized quote marks and a lone bracket leave its ends.
@pytest.mark.parametrize("text, lang, count, source", [
    ("Le décompte des voix avance. L'écart selon le clan Vasko est beaucoup moins que 40 000 voix.", "fr", "40 000",
     None),
    ("Le ministère « a pris note de la libération de trois détenus », est-il indiqué.", "fr", "trois", None),
    ("Twelve people were hurt , it 's reported .", "en", "Twelve", None),
    ("Two dozen were detained , '' the Republican chairman of a Senate panel said Thursday .", "en", "Two dozen",
     "the Republican chairman of a Senate panel"),
    ("It has 3 % of global reserves -LRB- quoted by a Tarn official -RRB- .", "en", "3 %", "a Tarn official"),
])
def test_a_clause_a_pronoun_or_a_mark_is_no_source(text, lang, count, source):
    found = _one(analyze(make_document(text, lang=lang, published="2011-03-04")).figures, count)
    assert (found.source.text if found.source else None) == source


# Invented sentences: people named by their trade, faith or age are people a verb before them acted on.
@pytest.mark.parametrize("text, lang, count, category", [
    ("Gunmen kill seven pilgrims near Vasko .", "en", "seven", "killed"),
    ("A bomb killed 30 new recruits at a base in Tarn .", "en", "30", "killed"),
    ("L'attaque a tué onze employés d'une usine de Vasko.", "fr", "onze", "killed"),
    ("La police a arrêté quatre jeunes chiites à Tarn.", "fr", "quatre", "arrested"),
])
def test_people_nouns_after_a_verb_make_a_toll(text, lang, count, category):
    assert _one(analyze(make_document(text, lang=lang, published="2011-03-04")).figures, count).category == category


# Invented bylines: the reporter's name ends before the outlet's acronym, a dateline in capitals or the beat of a
# title in lower case.
@pytest.mark.parametrize("byline", [
    "By Ann Tarly BBC News , Tarnville",
    "By Ann Tarly VASKO",
    "By Ann Tarly Environment correspondent , BBC News",
    "By Ann Tarly Middle East analyst",
])
def test_a_bylines_reporter_is_named_without_the_title(byline):
    text = f"{byline}\n\nFloods in Vasko killed 12 people on Monday ."
    found = _one(analyze(make_document(text, lang="en", published="2011-03-04")).figures, "12")
    assert found.source is not None and (found.source.text, found.source.inferred) == ("Ann Tarly", True)


def test_a_tokenized_agency_credit_is_the_unsourced_tolls_source():
    # Invented wire dispatch: "-LRB- Reuters -RRB-" is the tokenized "(Reuters)".
    text = "TARN -LRB- Reuters -RRB- - Fighting in Vasko killed 12 people on Monday ."
    found = _one(analyze(make_document(text, lang="en", published="2011-03-04")).figures, "12")
    assert found.source is not None and (found.source.text, found.source.inferred) == ("Reuters", True)


# Invented sentences: "selon X" closing a relative clause reports that clause alone; a pronoun may split a verb of
# several words; a bracket closing a sentence glued to the next one is its source.
@pytest.mark.parametrize("text, lang, count, source", [
    ("Mercredi, l'ONU a porté à 400 millions de dollars son appel de fonds pour Vasko, qui a fait des milliers de"
     " morts depuis mars selon le procureur.", "fr", "400 millions", None),
    ("On Wednesday the UN raised to $ 400 million its appeal for Vasko , which has killed thousands since March"
     " according to the prosecutor .", "en", "400 million", None),
    ("L'agence Tarn Presse fait elle état de 37 morts dans la capitale.", "fr", "37", "L'agence Tarn Presse"),
    ("A Tarn, des milliers de gens défilent.Depuis avril, plus de 180.000 habitants ont fui Vasko (ONU).Le 12"
     " avril, la ville tombe.", "fr", "180.000", "ONU"),
])
def test_a_source_speaks_for_its_own_clause(text, lang, count, source):
    found = _one(analyze(make_document(text, lang=lang, published="2011-03-04")).figures, count)
    assert (found.source.text if found.source else None) == source


def test_the_main_toll_source_speaks_for_the_kind_of_toll_it_gave():
    # Invented dispatch: the refugee agency counted those who fled, not the dead; the agency credited speaks for them.
    text = ("VASKO (AFP) - Plus de 5 000 personnes ont fui Vasko depuis lundi, selon le HCR.\n\n"
            "Dans la nuit, 12 personnes ont été tuées par des tirs à Tarn.")
    found = _one(analyze(make_document(text, lang="fr", published="2011-03-04")).figures, "12")
    assert (found.source.text, found.source.inferred) == ("AFP", True)


@pytest.mark.parametrize("text, lang", [
    ("Les crues ont fait 40 morts à Valbrune, selon la préfecture du Haut-Tarn.\n\nLa préfecture du Haut-Tarn compte "
     "aussi 120 blessés.\n\nLa crue de 1987 avait fait 300 morts dans la vallée. Cette semaine, 15 personnes ont "
     "péri à Morlanne.", "fr"),
    ("The floods have killed 40 people in Valbrune, the health ministry said.\n\nThe health ministry also counted "
     "120 injured.\n\nThe 1987 flood killed 300 people in the valley. This week, 15 people died in Morlanne.", "en"),
])
def test_the_main_toll_source_does_not_speak_for_a_toll_of_years_ago(text, lang):
    # Invented: the ministry counting this flood's dead gave no count of a flood decades ago; this week's it may.
    figures = analyze(make_document(text, lang=lang, published="2024-05-06")).figures
    assert _one(figures, "300").source is None
    assert _one(figures, "15").source.inferred


@pytest.mark.parametrize("text, lang", [
    ("Les crues ont fait 40 morts à Valbrune, selon la préfecture du Haut-Tarn.\n\nLa préfecture du Haut-Tarn compte "
     "aussi 120 blessés.\n\nLa crise des digues, déclenchée en 2019, a fait plus de 300 morts dans la vallée.", "fr"),
    ("The floods have killed 40 people in Valbrune, the health ministry said.\n\nThe health ministry also counted "
     "120 injured.\n\nThe dyke crisis, which began in 2019, has killed more than 300 people in the valley.", "en"),
])
def test_a_toll_counted_from_the_year_something_began_is_no_toll_of_years_ago(text, lang):
    # Invented: a crisis that began five years before the article and is still counted: the story's source may give it.
    figures = analyze(make_document(text, lang=lang, published="2024-05-06")).figures
    assert _one(figures, "300").source.inferred


# Invented texts: numbers that count nothing of the story — a phone number, a name holding a number, a list's item
# numbers, a live blog's minutes, the start of a span of clock times.
@pytest.mark.parametrize("text, lang, kept", [
    ("Contact : Ann Vale tel : 617-555-0142 avale@example.com . The fund paid 300 families .", "en", ["300"]),
    ("Pour tout renseignement, appelez le 01 45 67 89 10. Au moins 12 personnes ont été tuées.", "fr", ["Au moins 12"]),
    ("Call the desk on -LRB- 617-RRB-555-0142 or 1 -LRB- 800-RRB-555-0199 . The fund paid 300 families .", "en",
     ["300"]),
    ("Tickets : -LRB- 00 1 -RRB- 213-5550199 , text -LRB- 447700 900123 -RRB- . 40 people were hurt .", "en",
     ["40"]),
    ("Readers can call the helpline on 03700 555100 . Some 40 people were hurt .", "en", ["Some 40"]),
    ("Savers moved their 401 -LRB- k -RRB- accounts as 300 jobs went in Tarnville .", "en", ["300"]),
    ("Banks cut their 403(b) fees and 40 farms were sold .", "en", ["40"]),
    ("9.15-10 .30 pm The Tarnville Hour : some 40 guests took part .", "en", ["some 40"]),
    ("12.00noon-3 .00 pm Desk news , as 30 people called in .", "en", ["30"]),
    ("The reporter of France 24 was hurt near Pan Am Flight 103 's memorial ; 40 people were injured .", "en", ["40"]),
    ("Un reporter de Radio 7 a été blessé à Tarn, où 40 personnes ont été tuées.", "fr", ["40"]),
    ("Traffic on Interstate 44 stopped after 12 cars collided .", "en", ["12"]),
    ("Nos propositions :\n1- L'électricité gratuite\n2 - L'eau gratuite\n3) Des écoles pour 400 enfants", "fr",
     ["400"]),
    # an item number after a colon or a sentence's end, or after a bullet and a no-break space.
    ("Deux griefs : 1) Les routes de Tarn. 2) Des écoles pour 400 enfants.", "fr", ["Deux", "400"]),
    ("Deux questions :\n•\u00a01- les routes ?\n•\u00a02- les écoles de 400 enfants ?", "fr", ["Deux", "400"]),
    ("Le bilan (chiffre officiel : 12) Les secours sont arrivés à Tarn.", "fr", ["12"]),
    ("20 h 1 : le gouvernement annonce 15 morts à Tarn.\n14 : 42 : la télévision dément.", "fr", ["15"]),
    ("Fighting stopped between 14.00 and 15.00 GMT , and 30 people fled .", "en", ["30"]),
    ("Near Tarn Some 48 pilgrims were kidnapped on Interstate 44 .", "en", ["Some 48"]),
])
def test_numbers_that_count_nothing_are_no_figures(text, lang, kept):
    _, figures = _figures(text, lang=lang)
    assert [f.text for f in figures] == kept


# Invented sentences: the counted phrase ends before its verb.
@pytest.mark.parametrize("text, count, who", [
    ("A Tarn, plus de 10.000 personnes exigent la démission du gouverneur.", "plus de 10.000", "personnes"),
    ("Des milliers d'élèves passent cette semaine leurs épreuves.", "Des milliers", "élèves"),
    ("Les trois conjurés décident de signer une pétition.", "trois", "conjurés"),
    ("Plus de 300 membres du gouvernement réclament le départ du préfet.", "Plus de 300", "membres du gouvernement"),
])
def test_a_counted_phrase_ends_before_its_verb(text, count, who):
    _, figures = _figures(text, lang="fr")
    assert _one(figures, count).who == who


# Invented sentences: a quote's speaker cut short of its noun by a verb-like noun ("estimates") is no source.
@pytest.mark.parametrize("text, count", [
    ("Tarnco 's first estimates were 2,000 barrels a week .", "2,000"),
    ("But the revised figures , out Friday , show that the pipe loses 7,000 barrels a week .", "7,000"),
])
def test_a_source_ending_on_an_adjective_is_no_source(text, count):
    found = _one(analyze(make_document(text, lang="en", published="2010-05-04")).figures, count)
    assert found.source is None or not found.source.text.endswith(("initial", "new"))


# Invented sentences: an English counted phrase ends at its plural noun, before the verb after it; a link word or
# another plural noun carries it on; a name ending in "s" is no plural.
@pytest.mark.parametrize("text, count, who", [
    ("In Tarnville , thousands of Syrians make new demands every week .", "thousands", "Syrians"),
    ("About 300 demonstrators clashed with police near the square .", "About 300", "demonstrators"),
    ("Three bombers struck military positions at the airfield .", "Three", "bombers"),
    ("Some 40 members of rival clans walked out of the meeting .", "Some 40", "members of rival clans"),
    ("Twelve human rights activists walked out of the meeting .", "Twelve", "human rights activists"),
    ("Five James Tarnco reporters went to Tarnville .", "Five", "James Tarnco reporters"),
    ("More than 200 people gathered in the main square .", "More than 200", "people"),
])
def test_an_english_counted_phrase_ends_at_its_plural_noun(text, count, who):
    _, figures = _figures(text, lang="en")
    assert _one(figures, count).who == who


# Invented sentences: with the phrase ended at its noun, the verb after it still says what happened to them.
def test_an_english_counted_phrase_cut_at_its_noun_keeps_its_category():
    _, figures = _figures("At least 70 people injured in the blast were taken to Tarnville hospital .", lang="en")
    found = _one(figures, "At least 70")
    assert (found.who, found.category) == ("people", "injured")
    _, figures = _figures("Army units fired 300 rockets into the village on Sunday .", lang="en")
    assert (_one(figures, "300").who, _one(figures, "300").category) == ("rockets", "other")


# Invented sentences: a fraction's numerator, an address's number, a score or a span of years written short are
# no figures; the counts around them still are.
@pytest.mark.parametrize("text, lang, kept", [
    ("Deux tiers des habitants de Tarnville ont voté, et 40 personnes ont été arrêtées.", "fr", ["40"]),
    ("Les trois quarts des maisons de Tarnville ont été détruites.", "fr", []),
    ("Two-thirds of the Tarnco output has stopped and three quarters of its 900 workers left .", "en", ["900"]),
    ("La police a perquisitionné au 12 rue des Lilas à Tarnville, où trois personnes ont été arrêtées.", "fr",
     ["trois"]),
    ("Protesters gathered outside 10 Tarnbury Street , where 40 people were arrested .", "en", ["40"]),
    ("Tarnville beat Ostford 6-4 , 6-2 in the final , before 3,000 fans .", "en", ["3,000"]),
    ("The bill cleared a 61-37 vote in the Tarnland senate .", "en", []),
    ("During the 1980-88 war , 30 people were killed in Tarnville .", "en", ["30"]),
    ("Tarnville a battu Ostford 2-1 samedi devant 5 000 spectateurs.", "fr", ["5 000"]),
])
def test_a_fraction_an_address_a_score_are_no_figures(text, lang, kept):
    _, figures = _figures(text, lang=lang)
    assert [f.text.split()[-1] if f.text[:1].isalpha() else f.text for f in figures] == kept


# Invented sentences: a French decimal whose comma a page's text followed by a space is one percentage.
def test_a_decimal_split_after_its_comma_is_one_percentage():
    _, figures = _figures("Le chômage atteint 3, 3% à Tarnville et 84, 5 % des jeunes sont inscrits.")
    assert [(f.value, f.unit) for f in figures] == [(3.3, "%"), (84.5, "%")]
    # A list of numbers is no decimal.
    _, figures = _figures("Les hausses de 2, 3, 4% se suivent à Tarnville.")
    assert [f.value for f in figures] == [2, 3, 4]


# Invented sentence: a distance in a toll's sentence is no part of its breakdown, nor a toll.
def test_a_distance_is_no_part_of_a_breakdown():
    _, figures = _figures("Au moins 17 personnes, dont quatre écoliers, ont été tuées à Tarnville, à 200 km d'Ostford.")
    total, part, distance = _one(figures, "17"), _one(figures, "quatre"), _one(figures, "200 km")
    assert part.parent == figures.index(total) and total.category == part.category == "killed"
    assert (distance.category, distance.parent) == ("distance", None)


# Invented sentences: a toll named without its counted noun counts what the count before it counted.
@pytest.mark.parametrize("text, lang, count, category", [
    ("Des frappes ont tué 12 civils à Tarnville, selon l'ODHT. Le bilan s'élève désormais à 30.", "fr", "30",
     "killed"),
    ("Des frappes ont fait 12 blessés à Tarnville, selon l'ODHT. Le bilan est passé à 30.", "fr", "30", "injured"),
    ("The army sent 3,000 more troops to Tarnville , bringing the number to 16,000 .", "en", "16,000", "troops"),
])
def test_a_toll_without_its_noun_counts_what_came_before(text, lang, count, category):
    _, figures = _figures(text, lang=lang)
    assert _one(figures, count).category == category
    # A toll's noun with its counted noun after it is no such toll.
    _, figures = _figures("Le nombre de visiteurs de Tarnville s'élève à 3000.")
    assert _one(figures, "3000").category == "other"


# Invented sentences: a number naming one of a numbered series, a duration told by a vague number and a year
# written short are no figures; the counts beside them stay.
@pytest.mark.parametrize("text, lang, kept", [
    ("Les critères 6 et 7 du règlement de Tarnville ont été rejetés par 40 députés.", "fr", ["40"]),
    ("La tempête est passée en catégorie 4 mardi, et 300 familles ont été évacuées.", "fr", ["300"]),
    ("Le convoi doit arriver d'ici une vingtaine de minutes avec 12 blessés.", "fr", ["12"]),
    ("The storm strengthened to category four as 300 families were evacuated from Tarnville.", "en", ["300"]),
    ("Tropical Depression # 5 formed off Tarnville , where 12 fishermen are missing .", "en", ["12"]),
    ("Posted 1 hr ago : 12 people were hurt in Tarnville .", "en", ["12"]),
    ("The club won the cup in ' 10 before 20,000 fans in Tarnville .", "en", ["20,000"]),
    ("Residents waited dozens of years for the 3 bridges of Tarnville.", "en", ["3"]),
    # A range of lengths of time: its first number too.
    ("Les 12 recrues de Tarnville ont de 19 à 25 ans.", "fr", ["12"]),
    ("Rebâtir les 40 écoles de Tarnville prendra de deux à trois ans.", "fr", ["40"]),
])
def test_labels_durations_and_short_years_are_no_figures(text, lang, kept):
    _, figures = _figures(text, lang=lang)
    assert [f.text for f in figures] == kept


# Invented sentences: '#' is the pound sign of tokenized corpora before an amount.
def test_a_hash_before_an_amount_is_the_pound_sign():
    _, figures = _figures("The Tarnville council says the bill is $ 5.1 m -LRB- # 3.3 m -RRB- .", lang="en")
    pounds = _one(figures, "3.3 m")
    assert (pounds.text, pounds.unit, pounds.category) == ("# 3.3 m", "GBP", "money")


# Invented sentences: digits joined by a hyphen to a larger number are a range, not a date.
@pytest.mark.parametrize("text, lang", [
    ("Les rebelles ont pris 10-15 villages autour de Tarnville.", "fr"),
    ("Rebels took 10-15 villages around Tarnville.", "en"),
])
def test_a_hyphenated_range_keeps_both_ends(text, lang):
    _, figures = _figures(text, lang=lang)
    assert [(f.low, f.high) for f in figures] == [(10, 15)]
    # A span of time so written is no figure, and a label noun before a comma labels nothing.
    _, figures = _figures("Le chômage de Tarnville est au plus bas depuis 12-18 ans.")
    assert figures == []
    _, figures = _figures("À l'échelle du pays, 50 milliards d'euros ont été versés à Tarnville.")
    assert [f.unit for f in figures] == ["EUR"]


# Invented sentences: a duration is a figure's time only as the period the count runs over, not as a length
# that qualifies something else (an extension, a rule, a rate).
@pytest.mark.parametrize("text, lang, count, when", [
    ("Les combats ont fait 260 morts en cinq jours à Tarnville.", "fr", "260", "cinq jours"),
    ("Quelque 900 personnes ont fui Tarnville au cours des dernières 48 heures.", "fr", "900", "48 heures"),
    ("Rebels seized two towns near Tarnville over the past two days .", "en", "two", "the past two days"),
    ("Le veto bloque la prolongation d'un an du soutien à quatre millions de Syriens.", "fr", "quatre millions", None),
    ("Protesters in Tarnville , thousands strong , denounced the mayor 's 30-year rule .", "en", "thousands", None),
    ("The mill once earned $ 1.3 m a year for Tarnville .", "en", "1.3 m", None),
])
def test_a_duration_is_a_figures_time_only_as_its_period(text, lang, count, when):
    analysis = analyze(make_document(text, lang=lang))
    assert _one(analysis.figures, count).when == when


# Invented sentences: a total takes the verb after its breakdown when no commas set the breakdown apart.
@pytest.mark.parametrize("text, lang, total", [
    ("A Tarnville, quatorze personnes dont trois femmes ont été tuées mardi soir lors d'un bombardement.", "fr", "quatorze"),
    ("In Tarnville , seventeen people including five children were killed on Tuesday by sniper fire .", "en",
     "seventeen"),
])
def test_a_total_takes_the_verb_after_its_breakdown_without_commas(text, lang, total):
    figures = analyze(make_document(text, lang=lang)).figures
    assert [f.category for f in figures] == ["killed", "killed"] and figures[0].text == total


# Invented sentences: a number alone in brackets is a note's call, counting nothing; a count stays one.
@pytest.mark.parametrize("text, lang, counts", [
    ("Le maire de Tarnville a parlé d'un « feu vert » (1). Les crues ont fait 12 morts [2].", "fr", ["12"]),
    ("The mayor of Tarnville spoke of a green light (3) . Floods killed 12 people [4] .", "en", ["12"]),
    ("Les sinistrés (700) ont été relogés à Tarnville.", "fr", ["700"]),
])
def test_a_note_call_in_brackets_is_no_figure(text, lang, counts):
    _, figures = _figures(text, lang=lang)
    assert [f.text for f in figures] == counts


# Invented sentences: "onze ou douze hommes", "three or four men": one count, low and high, of what the
# second number counts.
@pytest.mark.parametrize("text, lang, low, high, category", [
    ("Il a décrit les obsèques de onze ou douze soldats à Tarnville.", "fr", 11, 12, "troops"),
    ("Three or four men were wounded near Tarnville on Monday .", "en", 3, 4, "injured"),
    ("La guerre a fait 3 ou 4 millions de morts à Tarnville.", "fr", 3_000_000, 4_000_000, "killed"),
])
def test_two_numbers_joined_by_or_are_one_range(text, lang, low, high, category):
    _, figures = _figures(text, lang=lang)
    assert [(f.low, f.high, f.category) for f in figures] == [(low, high, category)]


# Invented sentences: people of a nation are a population when they number a people, not a ship's passengers
# listed by nation, a group of detainees (whose verb, past the aside, tells they are held) nor a crowd, whatever
# its size (a crowd's act or place after them).
@pytest.mark.parametrize("text, lang, categories", [
    ("Le ferry emmène 1.814 Chinois, 11 Maltais, 17 Croates et 3 Italiens vers Tarnville.", "fr",
     ["other"] * 4),
    ("Quatre Belges, salariés d'une entreprise de Tarnville, sont détenus depuis mai.", "fr", ["arrested"]),
    ("The ship carried 300 Egyptians and 40 Tunisians from Tarnville .", "en", ["other", "other"]),
    ("Le pays compte 84 millions d'Égyptiens.", "fr", ["population"]),
    ("Some 20 million Germans watched the debate in Tarnville .", "en", ["population"]),
    ("Half a million Iranians took to the streets of Tarnville on Friday .", "en", ["other"]),
    ("Tens of thousands of Algerians have now marched on the capital .", "en", ["other"]),
    ("Quelque 40 000 Tunisiens sont redescendus samedi dans les rues de Tarnville.", "fr", ["other"]),
    ("Un million de Libyens ont manifesté dimanche à Tarnville.", "fr", ["other"]),
])
def test_a_group_of_nationals_is_no_population(text, lang, categories):
    _, figures = _figures(text, lang=lang)
    assert [f.category for f in figures] == categories


# Invented sentences: a date outside the claim holding a figure tells when the claim was made; a time of the
# claim's own is the count's.
@pytest.mark.parametrize("text, lang, count, when", [
    ("The Tarnland Red Cross said on Tuesday that more than 600 villagers had died across the region since "
     "mid-April .", "en", "more than 600", "mid-April"),
    ("La préfecture a indiqué mardi que 3 000 habitants avaient quitté la vallée depuis le 2 avril.", "fr",
     "3 000", "le 2 avril"),
    # With no time of its own, the claim's date is the best the sentence gives.
    ("The mayor said on Tuesday that 40 houses were flooded .", "en", "40", "Tuesday"),
])
def test_a_claims_own_time_is_its_figures(text, lang, count, when):
    analysis = analyze(make_document(text, lang=lang, published="2024-05-20"))
    assert _one(analysis.figures, count).when == when


# Invented sentences: a year between a determiner and the noun of the event whose toll follows names when the
# toll happened, whatever other dates the sentence gives; after "since" it opens a period, and a count is no year.
@pytest.mark.parametrize("text, count, when", [
    ("The 1936 flood killed 400 people along the Tarn , the report said on Monday .", "400", "1936"),
    ("Officials recalled a 1998 mine collapse that killed 31 workers before the strike in May .", "31", "1998"),
    ("Tarnland 's 1971 cyclone , which left 2,000 dead , is still remembered .", "2,000", "1971"),
    ("Since the 2019 floods 300 families have left the valley .", "300", None),
])
def test_an_events_year_is_its_tolls_time(text, count, when):
    analysis = analyze(make_document(text, lang="en", published="2024-05-20"))
    assert _one(analysis.figures, count).when == when


# Invented sentences: how long a ruler has held power is the ruler's time, not the time of the crowd or the toll
# its sentence counts.
@pytest.mark.parametrize("text, lang, count", [
    ("Des milliers de manifestants ont défilé à Tarnville contre le président Karol Vann, au pouvoir depuis plus"
     " de 30 ans.", "fr", "Des milliers"),
    ("Les combats ont fait 40 morts, mais le général garde le poste qu'il occupe depuis 27 ans.", "fr", "40"),
    ("Thousands marched in Tarnville against Karol Vann , who has ruled Tarnland since 1981 .", "en", "Thousands"),
])
def test_a_rulers_time_in_power_is_no_figures_time(text, lang, count):
    analysis = analyze(make_document(text, lang=lang))
    assert _one(analysis.figures, count).when is None
    # The period a count runs over stays its time.
    analysis = analyze(make_document("Les combats ont fait 40 morts depuis trois ans à Tarnville.", lang="fr"))
    assert _one(analysis.figures, "40").when == "trois ans"



# Invented sentences: the time a superlative is measured against ("les plus graves depuis deux ans", "its steepest drop
# since late March") is no time of the counts of its sentence, which take their own time if they have one; a toll told
# by a relative clause of what is compared is of that time.
@pytest.mark.parametrize("text, lang, count, when", [
    ("Ces émeutes, les plus graves depuis deux ans, ont fait cinq morts à Tarnville.", "fr", "cinq", None),
    ("La tonne de cuivre a atteint 9 000 euros, son plus haut niveau depuis mars 2006, jeudi soir à Tarnville.", "fr",
     "9 000", "jeudi soir"),
    ("The ferry sinking killed 85 people , the deadliest shipwreck since 1994 .", "en", "85", None),
    ("The index lost 6 percent , its steepest drop since late March , in trading on Wednesday .", "en", "6 percent",
     "Wednesday"),
])
def test_a_superlatives_since_is_no_figures_time(text, lang, count, when):
    analysis = analyze(make_document(text, lang=lang))
    assert _one(analysis.figures, count).when == when
    analysis = analyze(make_document("Monday 's flood was the worst since April 1998 , when the river killed 37 people .",
                                     lang="en"))
    assert _one(analysis.figures, "37").when == "April 1998"


# Invented sentence: people a government brought home were evacuated.
def test_people_repatriated_were_evacuated():
    _, figures = _figures("Le gouvernement a rapatrié 654 personnes de Tarnville au cours des derniers jours.")
    assert [f.category for f in figures] == ["evacuated"]



# Invented sentences: survivors of a disaster were not evacuated for having survived; a verb of rescue says so.
def test_survivors_are_no_evacuees_unless_rescued():
    _, figures = _figures("Thousands of survivors still sleep in the streets of Valbrune a week after the flood .",
                          lang="en")
    assert [f.category for f in figures] == ["other"]
    _, figures = _figures("The navy rescued 40 survivors off the coast of Valbrune on Monday .", lang="en")
    assert [f.category for f in figures] == ["evacuated"]



# Invented sentences: parts of a total in brackets right after it place the parts, not the total.
@pytest.mark.parametrize("text, lang, total, parts", [
    ("Les combats ont fait 7 000 morts (4 000 à Tarnville, 3 000 à Valbrune) depuis janvier.", "fr", "7 000",
     {"4 000": "Tarnville", "3 000": "Valbrune"}),
    ("The floods killed 70 people -LRB- 40 in Tarnville , 30 in Valbrune -RRB- last week .", "en", "70",
     {"40": "Tarnville", "30": "Valbrune"}),
])
def test_a_totals_bracketed_parts_place_the_parts_only(text, lang, total, parts):
    analysis = analyze(make_document(text, lang=lang))
    assert _one(analysis.figures, total).where is None
    assert {f.text: f.where for f in analysis.figures if f.text != total} == parts


# Invented sentences: digits inside a web address or a file name are no figures.
@pytest.mark.parametrize("text, lang, count", [
    ("Photo : http://www.tarnville.fr/images/2019/05/14/3f1c9a2e-77b0-4d1e-9c2a.jpg prise par 12 témoins.", "fr", 1),
    ("Regarder la vidéo 5b2e11cd-6612-41f0-8a02-bc31.jpg et lire page.php?id=418&themeid=377 ici.", "fr", 0),
    ("See http://twitpic.com/420xny and http://www.tarnville.com/watch?v=3&hd=1 , where 40 people marched .", "en", 1),
])
def test_numbers_of_a_web_address_are_no_figures(text, lang, count):
    _, figures = _figures(text, lang=lang)
    assert len(figures) == count, [f.text for f in figures]


# Invented sentences: a unit joined by a hyphen, Fahrenheit, pressure, and currencies named by their country.
@pytest.mark.parametrize("text, lang, number, unit, category", [
    ("Tarnville lies at the end of a 60-mile long strip of rebel held valleys .", "en", "60", "mi", "distance"),
    ("A temperature of 70C (158F) would kill the virus .", "en", "158", "°F", "other"),
    ("Gauges showed about 4,300 pounds per square inch , below the 6,200 psi hoped for .", "en", "4,300",
     "psi", "other"),
    ("Farmers may get 1,000 Egyptian pounds per cow .", "en", "1,000", "EGP", "money"),
    ("The council paid out up to 80 million Libyan dinars a week .", "en", "80 million", "LYD", "money"),
    ("Le plafond des retraits passe à 500 dinars par semaine à Tarnville.", "fr", "500", "dinar", "money"),
    ("L'amende peut atteindre 500 000 livres égyptiennes.", "fr", "500 000", "EGP", "money"),
    ("Elle a publié deux livres sur la guerre de Tarnville.", "fr", "deux", None, "other"),
    # pounds of a thing, or pounds something weighs, are a weight; pounds of a sum are money.
    ("Police seized 40 pounds of explosives in Tarnville .", "en", "40", "lb", "other"),
    ("The new Tarnville bell weighs nearly 9,000 pounds .", "en", "9,000", "lb", "other"),
    ("The council spent 5 million pounds of taxpayers ' money on the bridge .", "en", "5 million", "GBP", "money"),
])
def test_units_and_currencies(text, lang, number, unit, category):
    _, figures = _figures(text, lang=lang)
    figure = _one(figures, number)
    assert (figure.unit, figure.category) == (unit, category)


# Invented sentences: lives counted are the dead only when something took them.
@pytest.mark.parametrize("text, lang, category", [
    ("The earthquake has claimed some 40,000 lives in Tarnland .", "en", "killed"),
    ("The strikes saved hundreds of lives in Tarnville , the minister said .", "en", "other"),
    ("Le conflit a coûté des milliers de vies à Tarnville.", "fr", "killed"),
    ("L'intervention a sauvé des milliers de vies, selon le ministre.", "fr", "other"),
])
def test_lives_counted(text, lang, category):
    _, figures = _figures(text, lang=lang)
    assert [f.category for f in figures] == [category]


# Invented sentences: what befell soldiers, migrants or prisoners is what their figure counts, and a few men are
# no force.
@pytest.mark.parametrize("text, lang, categories", [
    ("Deux policiers tués par des manifestants à Tarnville", "fr", ["killed"]),
    ("Une centaine de migrants tarnois morts pendant la traversée", "fr", ["killed"]),
    ("Les miliciens ont tué plus de 150 détenus avant de fuir Tarnville.", "fr", ["killed"]),
    ("Guards killed four prisoners in Tarnville on Friday .", "en", ["killed"]),
    ("Quinze prisonniers ont été libérés à Tarnville.", "fr", ["arrested"]),
    ("Les deux hommes se sont rencontrés à Tarnville.", "fr", ["other"]),
    ("L'armée a déployé près de 20.000 hommes à Tarnville.", "fr", ["troops"]),
    ("Il a vu l'enterrement de onze hommes de Karol Vann.", "fr", ["troops"]),
    # A participle closing the counted phrase after its complement.
    ("Trois membres de la famille Vann enlevés près de Tarnville", "fr", ["arrested"]),
    ("Cinq soldats de la garde royale tués à Tarnville", "fr", ["killed"]),
    # Leaders, officials, lawyers… are people: a verb after or before them says what befell them.
    ("Deux dirigeants du parti ont été arrêtés à Tarnville.", "fr", ["arrested"]),
    ("Police detained nearly 40 lawyers in Tarnville .", "en", ["arrested"]),
])
def test_what_befell_the_counted_people(text, lang, categories):
    _, figures = _figures(text, lang=lang)
    assert [f.category for f in figures] == categories


# Invented sentence: a place's name glued by a hyphen to another word places no figure.
def test_a_place_inside_a_hyphened_name_places_nothing():
    text = "Selon le Croissant-Rouge, 30 personnes ont été tuées dans la nuit."
    doc = make_document(text, lang="fr")
    start = text.index("Croissant")
    mention = Mention(start, start + len("Croissant"), "Croissant", "place", "croissant")
    assert find_figures(doc, [mention], [], [])[0].where is None


# Invented article: an English tweet quoted in a French article has its numbers and cues read by English rules.
def test_a_paragraph_in_another_language_is_read_by_its_rules():
    text = ("Les forces de sécurité ont tiré sur la foule à Tarnville mercredi, selon plusieurs témoins "
            "interrogés sur place par les journalistes.\n\n"
            "Over 1500 killed & over 8,000 hurt in Tarnville as the world looks on. Total death count "
            "is past 3,900 now and 91 people were killed near the bridge.\n\n"
            "Le gouvernement a démenti ces chiffres et parlé de 1,5 million de manifestants dans le pays.")
    _, figures = _figures(text, lang="fr")
    assert _one(figures, "8,000").value == 8_000 and _one(figures, "8,000").category == "injured"
    assert _one(figures, "3,900").value == 3_900
    assert _one(figures, "91").category == "killed"
    assert _one(figures, "1,5 million").value == 1_500_000


# Invented sentences: an age, after a link word or in a group of people of an age, is no figure.
@pytest.mark.parametrize("text, lang, kept", [
    ("The flu killed 40 people in Tarnville, with those over 65 hit hardest.", "en", ["40"]),
    ("Villagers there may hope to live to between 50 and 70 .", "en", []),
    ("The disease mostly struck people aged over 70, and 12 people died in Tarnville.", "en", ["12"]),
    ("Les victimes, âgées de plus de 70, étaient 12 au total à Tarnville.", "fr", ["12"]),
])
def test_ages_after_a_link_are_no_figures(text, lang, kept):
    _, figures = _figures(text, lang=lang)
    assert [f.text.split()[-1] for f in figures] == kept


# Invented sentences: "held" is a detention only in the passive or with its state; "100m" before a
# singular noun after a determiner, or before "high", is a length.
@pytest.mark.parametrize("text, lang, value, unit, category", [
    ("Two men held talks in Tarnville on Monday .", "en", 2, None, "other"),
    ("Some 30 people were held in Tarnville on Monday .", "en", 30, None, "arrested"),
    ("Twelve soldiers held hostage in Tarnville were freed .", "en", 12, None, "arrested"),
    ("He got lost on the simple 100m path from his tent .", "en", 100, "m", "distance"),
    ("The plume of smoke rose up to 200m high over Tarnville .", "en", 200, "m", "distance"),
    ("The appeal will help 100m people in the region .", "en", 100_000_000, None, "other"),
])
def test_held_and_glued_metres(text, lang, value, unit, category):
    _, figures = _figures(text, lang=lang)
    assert [(f.value, f.unit, f.category) for f in figures] == [(value, unit, category)]


# Invented sentences: a vague determiner before a count leaves the count whole.
@pytest.mark.parametrize("text, lang, value", [
    ("The appeal will help some two million people in Tarnville .", "en", 2_000_000),
    ("L'appel aidera des deux millions de personnes à Tarnville.", "fr", 2_000_000),
])
def test_a_determiner_before_a_count_keeps_it_whole(text, lang, value):
    _, figures = _figures(text, lang=lang)
    assert [f.value for f in figures] == [value]


# Invented sentences: a chronology's day and month, a bare day after "le" or a weekday, a resolution's or a
# question's number are labels, no figures.
@pytest.mark.parametrize("text, lang, kept", [
    ("- 14 jan: TARNIE - Le président fuit le pays (300 morts selon l'ONU).", "fr", ["300"]),
    ("Le 30, le comité prend la main et 12 soldats arrivent à Tarnville.", "fr", ["12"]),
    ("Le groupe assure que, jeudi 9, des tirs ont tué 4 personnes.", "fr", ["4"]),
    ("Ils bafouent la résolution 73 du conseil, et 12 soldats arrivent à Tarnville.", "fr", ["12"]),
    ("Question 99 asks whether 12 jurors knew the singer .", "en", ["12"]),
    # a label noun after an elided article, a page or a range of pages.
    ("Le juge invoque l'article 8 du code, et 12 soldats arrivent à Tarnville.", "fr", ["12"]),
    ("Voir L. Vann, Histoire de Tarnville, 1990, p. 199 ; 12 soldats y sont cités.", "fr", ["12"]),
    ("See L. Vann , Tarnville , pp. 14-15 , on the 12 jurors .", "en", ["12"]),
])
def test_days_and_labels_are_no_figures(text, lang, kept):
    _, figures = _figures(text, lang=lang)
    assert [f.text.split()[-1] for f in figures] == kept


# Invented sentences: a category verb tells what befell people, not things; a troops verb makes no troops
# of people of a trade; a death's noun before soldiers makes them dead.
@pytest.mark.parametrize("text, lang, category", [
    ("Thirty video files were mailed to the Tarnville police on Monday .", "en", "other"),
    ("The anglers took five redfish each and released them .", "en", "other"),
    ("The firm had four workers posted on the Tarnville rig .", "en", "other"),
    ("The carrier off Tarnville holds 4,000 sailors .", "en", "troops"),
    ("L'université accueille 20 000 personnes à Tarnville.", "fr", "other"),
    ("L'assaut a causé la mort depuis lundi d'une quinzaine de miliciens à Tarnville.", "fr", "killed"),
    ("On a montré les cadavres de sept gardes à Tarnville.", "fr", "killed"),
])
def test_category_verbs_count_people_and_deaths_win(text, lang, category):
    _, figures = _figures(text, lang=lang)
    assert [f.category for f in figures] == [category]


# Invented sentences: death still befalls animals, and a troops noun still makes troops after a troops verb.
@pytest.mark.parametrize("text, lang, category", [
    ("Plus de 700 000 têtes de bétail ont péri à Tarnville.", "fr", "killed"),
    ("The navy sent 4,000 sailors to Tarnville .", "en", "troops"),
])
def test_deaths_of_animals_and_troops_sent_keep_their_category(text, lang, category):
    _, figures = _figures(text, lang=lang)
    assert [f.category for f in figures] == [category]


# Invented sentences: "kms" is a plural of kilometres.
@pytest.mark.parametrize("text, lang", [
    ("The convoy stopped about 40 kms south of Tarnville .", "en"),
    ("Le convoi s'est arrêté à 40 kms de Tarnville.", "fr"),
])
def test_kms_are_kilometres(text, lang):
    _, figures = _figures(text, lang=lang)
    assert [(f.value, f.unit) for f in figures] == [(40, "km")]


# Invented sentences: the bodies or deaths of people of no known category are dead; the parts of a toll's list
# share its category; people of a family are people; a capture is an arrest.
@pytest.mark.parametrize("text, lang, categories", [
    ("He then found bodies of at least 16 women in Tarnville .", "en", ["killed"]),
    ("Les secouristes ont retrouvé les corps de sept personnes à Tarnville.", "fr", ["killed"]),
    ("They were led to the bodies of four boys and two women in Tarnville .", "en", ["killed", "killed"]),
    ("Ce raid coûta la vie à 12 gardes, à 7 passants et à 3 policiers à Tarnville.", "fr",
     ["killed", "killed", "killed"]),
    ("A missile strike on a house in Tarnville kills the leader 's son and three grandchildren .", "en", ["killed"]),
    ("Un groupe armé massacrait 62 personnes à Tarnville.", "fr", ["killed"]),
    ("Les rebelles disent avoir capturé une centaine de miliciens à Tarnville.", "fr", ["arrested"]),
    ("Trois militaires sont faits prisonniers dimanche à Tarnville.", "fr", ["arrested"]),
    ("Il y a eu 21 morts et 90 blessés à Tarnville.", "fr", ["killed", "injured"]),
    ("Air strikes killed four rescue workers and wounded 10 others in Tarnville .", "en", ["killed", "injured"]),
    ("La grippe a gagné 74 pays, infectant 27 700 personnes et tuant 140 à Tarnville.", "fr",
     ["places", "other", "killed"]),
    ("Deux soldats et trois civils ont été tués à Tarnville.", "fr", ["killed", "killed"]),
    ("Onze enfants ont été tués et 210 autres ont été soignés à Tarnville.", "fr", ["killed", "injured"]),
    ("Rockets killed 19 people and wounded another 150 in Tarnville .", "en", ["killed", "injured"]),
    ("The army deployed 300 troops and 20 people were killed in Tarnville .", "en", ["troops", "killed"]),
])
def test_bodies_lists_and_captures_take_their_toll(text, lang, categories):
    _, figures = _figures(text, lang=lang)
    assert [f.category for f in figures] == categories


# Invented sentences: the parts of a toll's list share its category past the place of each part, and past the
# preposition the list repeats ("la mort de … et de …", "the lives of … and of …").
@pytest.mark.parametrize("text, lang, categories", [
    ("L'offensive a provoqué la mort de quinze soldats à Vasko et de neuf civils à Tarnville.", "fr",
     ["killed", "killed"]),
    ("Le bombardement a coûté la vie à sept soldats à Vasko et à cinq civils à Tarnville.", "fr", ["killed", "killed"]),
    ("The siege claimed the lives of 14 soldiers in Vasko and of nine civilians in Tarnville .", "en",
     ["killed", "killed"]),
])
def test_a_toll_list_shares_its_category_past_each_parts_place(text, lang, categories):
    figures = analyze(make_document(text, lang=lang, published="2011-03-04")).figures
    assert [f.category for f in figures] == categories


# Invented sentences: a unit's letter glued by a hyphen to digits names a model ("C-130", "F-16"), no
# temperature; a vague noun alone counts only before "de" or "of"; bracketed list numbers are no figures.
@pytest.mark.parametrize("text, lang, kept", [
    ("Tarnville bought eight C-130 planes and two F-16 jets .", "en", [("eight", None), ("two", None)]),
    ("It was 41C in Tarnville .", "en", [("41C", "°C")]),
    ("The bombing of flight 103 over Tarnville killed 270 people .", "en", [("270", None)]),
    ("The jets dropped 500-pound bombs on Tarnville , a 20 pound loss .", "en", [("500-pound", "lb"), ("20 pound", "GBP")]),
    ("They can score on the road after a high-score loss in Tarnville .", "en", []),
    ("A score of people died in Tarnville .", "en", [("A score", None)]),
    ("Ils ont la vingtaine et vivent à Tarnville.", "fr", []),
    ("Ils sont tous deux membres du conseil de Tarnville, et toutes les trois sont parties.", "fr", []),
    ("La vingtaine de blessés a été évacuée de Tarnville.", "fr", [("vingtaine", None)]),
    ("Analysts see two ways : -LRB- 1 -RRB- a stalemate , or -LRB- 2 -RRB- a deal in Tarnville .", "en",
     [("two", None)]),
])
def test_designations_bare_vague_nouns_and_list_marks(text, lang, kept):
    _, figures = _figures(text, lang=lang)
    assert [(f.text, f.unit) for f in figures] == kept


# Invented sentences: an aside between commas stands between counted people and their verb (a clause is no
# aside: the two men who stabbed are no dead); digits led by a
# zero are a time or a code; inches, centimetres and millimetres are lengths; "as young as" tells an age; a
# bare "cents" opens no number; people after "a country of" are its population.
@pytest.mark.parametrize("text, lang, kept", [
    ("Plusieurs centaines d'étudiants, membres pour la plupart d'un syndicat, ont été arrêtés à Tarnville.", "fr",
     [("Plusieurs centaines", "arrested", None)]),
    ("Cinq détenus ont, selon la police, été tués jeudi à Tarnville. Un passant poignardé par deux hommes, alors "
     "qu'il rentrait chez lui, est décédé.", "fr", [("Cinq", "killed", None), ("deux", "other", None)]),
    ("Dozens of protesters , most of them students , were wounded in Tarnville .", "en",
     [("Dozens", "injured", None)]),
    ("The radio speaks at 0930 local time ; call 0370 41 41 700 in Tarnville .", "en", []),
    ("Up to 8 inches of snow fell on Tarnville , where a 21-inch pipe burst .", "en",
     [("Up to 8 inches", "distance", "in"), ("21-inch", "distance", "in")]),
    ("La pluie a atteint 12 centimètres à Tarnville.", "fr", [("12 centimètres", "distance", "cm")]),
    ("Some of the migrants who landed in Tarnville were as young as eight .", "en", []),
    ("Les cents pas dans Tarnville, puis deux cents personnes ont fui.", "fr",
     [("deux cents", "displaced", None)]),
    ("Tarnland , a country of 23 million people , says the war forced out nearly 180,000 people .", "en",
     [("23 million", "population", None), ("nearly 180,000", "displaced", None)]),
])
def test_asides_codes_lengths_and_ages(text, lang, kept):
    _, figures = _figures(text, lang=lang)
    assert [(f.text, f.category, f.unit) for f in figures] == kept


@pytest.mark.parametrize("text, lang, count, category", [
    # Invented sentences: "lives" is a noun after a determiner; the lives taken of people counted are the dead.
    ("The flood claimed the lives of almost 300 villagers in Tarnville .", "en", "almost 300", "killed"),
    ("The blast in Tarnville ended with the loss of 14 miners' lives .", "en", "14", "killed"),
    ("In Tarnville , 40 people would lose their lives in the storm .", "en", "40", "killed"),
    ("Medics saved the lives of 120 children in Tarnville .", "en", "120", "other"),
    ("Millions of people in Tarnville had their lives turned upside down .", "en", "Millions", "other"),
])
def test_lives_taken_count_the_dead_and_lives_lived_no_population(text, lang, count, category):
    assert _one(analyze(make_document(text, lang=lang, published="2011-03-04")).figures, count).category == category


def test_a_count_of_them_is_a_part_of_the_toll_before():
    # Invented sentence: "12 of them" counts some of the 30 dead.
    _, figures = _figures("The shelling of Tarnville killed 30 people , 12 of them children , medics said .", lang="en")
    part = _one(figures, "12")
    assert (part.category, part.parent) == ("killed", figures.index(_one(figures, "30")))


def test_a_word_of_a_name_is_no_counted_noun():
    # Invented sentence: "States" of a country's name says nothing of a bare count after it.
    text = "Tests found 12 cases in the United States and four in Tarnland ."
    us, tarnland = text.index("United States"), text.index("Tarnland")
    mentions = [Mention(us, us + 13, "United States", "place", "gn:US"),
                Mention(tarnland, tarnland + 8, "Tarnland", "place", "gn:Tarnland")]
    _, figures = _figures(text, lang="en", mentions=mentions)
    assert _one(figures, "four").category == "other"


@pytest.mark.parametrize("text, lang, kept", [
    # Invented sentences: a bare number after a settlement's noun is its population, whatever befell others;
    # "in the region of" is an approximation, no region.
    ("Troops shelled Tarnville , a town of 40,000 , on Monday .", "en", [("40,000", "population")]),
    ("Two guards were killed in the country of 9 million .", "en", [("Two", "killed"), ("9 million", "population")]),
    ("Les rebelles tiennent Tarnville, une ville de 300 000, selon l'AFP.", "fr", [("300 000", "population")]),
    ("The toll of the flood is in the region of 1,500 .", "en", [("in the region of 1,500", "killed")]),
])
def test_a_bare_number_after_a_settlement_is_its_population(text, lang, kept):
    _, figures = _figures(text, lang=lang)
    assert [(f.text, f.category) for f in figures] == kept


# Invented sentences: verb forms that tell a killing, an arrest or an injury.
@pytest.mark.parametrize("text, lang, categories", [
    ("Un commando a assassiné 12 villageois près de Tarnville.", "fr", ["killed"]),
    ("Sept femmes seraient mortes en détention à Tarnville.", "fr", ["killed"]),
    ("La police a emprisonné les deux jeunes de Tarnville.", "fr", ["arrested"]),
    ("Gunmen murdered three villagers in Tarnville .", "en", ["killed"]),
    ("Police rounded up dozens of people in Tarnville on Monday .", "en", ["arrested"]),
    # Treated in hospital, as "treated" and "hospitalised" in English: the injured.
    ("Une trentaine de manifestants ont été hospitalisés à Tarnville.", "fr", ["injured"]),
    ("A Tarnville, 45 personnes ont été soignées à l'hôpital de campagne.", "fr", ["injured"]),
])
def test_killing_and_arrest_verb_forms(text, lang, categories):
    _, figures = _figures(text, lang=lang)
    assert [f.category for f in figures] == categories


# Invented sentences: a ship's or a rig's name places nothing wherever it stands, nor does a company's name the
# name finder took for a place.
@pytest.mark.parametrize("text, wheres", [
    ("Tar balls from the Blue Lantern leak , some 19 litres , were found on Saturday . The Blue Lantern rig sank "
     "on April 2 .", [None]),
    ("Analysis from the Tarnland Oil and Gas Association says 30 platforms may close .", [None]),
    ("Shares in the Bexley Shipping Lines fell 20 percent on Tuesday .", [None]),
])
def test_ships_and_companies_are_no_places(text, wheres):
    assert [f.where for f in analyze(make_document(text, lang="en")).figures] == wheres


def test_a_ship_named_after_its_noun_places_nothing():
    text = "À Tarnville, 1 200 passagers ont embarqué samedi sur le navire Vesta."
    mentions = [Mention(text.index(name), text.index(name) + len(name), name, "place", "gn:" + name)
                for name in ("Tarnville", "Vesta")]
    _, figures = _figures(text, mentions=mentions)
    assert [(f.text, f.where) for f in figures] == [("1 200", "Tarnville")]


def test_tokenized_thousands_and_their_ranges():
    """Invented sentence in a tokenized corpus's form: a comma spaced from the digits before it still groups
    thousands, a range of thousands is no date, and a grouped number after a slash is no day."""
    _, figures = _figures("Officials believe 14,000-22 ,000 barrels leak each week , or 230,000 gallons\\/870 ,000 "
                          "liters .", lang="en")
    assert [(f.text, f.low, f.high, f.unit) for f in figures] == [
        ("14,000-22 ,000 barrels", 14000, 22000, "bbl"), ("230,000 gallons", None, None, "gal"),
        ("870 ,000 liters", None, None, "l")]


def test_thousands_written_once_at_a_hyphened_range_end():
    """Invented sentences: "10-15,000" is 10,000 to 15,000; "500-2,000" stays 500 to 2,000."""
    _, figures = _figures("Officers said 10-15 ,000 soldiers had defected , and 500-2,000 people fled Tarnville .",
                          lang="en")
    assert [(f.low, f.high) for f in figures] == [(10000, 15000), (500, 2000)]


@pytest.mark.parametrize("text, lang", [
    ("Le conflit a laissé entre 30 et 40.000 morts à Tarnville, d'après l'ONG.", "fr"),
    ("Rebel leaders put the dead at between 30 and 40,000 in Tarnville .", "en"),
])
def test_thousands_written_once_at_a_worded_range_end(text, lang):
    """Invented sentences: the thousands of "entre 30 et 40.000", "between 30 and 40,000" are both ends'."""
    _, figures = _figures(text, lang=lang)
    assert [(f.value, f.low, f.high) for f in figures] == [(30000, 30000, 40000)]


@pytest.mark.parametrize("text", [
    "They were named as Karim Haddou , 35 ; Omar Belkacem , 23 ; and Samir Tali , 23 .",
    "The singer died at age 47 , weeks before her tour of Tarnland .",
    "`` We have sold nothing since March , '' said Omar Belkacem , 47 .",
])
def test_ages_after_names_in_lists_and_sentence_ends(text):
    """Invented sentences: an age after a name closes a list's part or a sentence, or follows "at age"."""
    assert [f.text for f in analyze(make_document(text, lang="en")).figures] == []


def test_a_few_men_after_their_adjectives_are_no_force():
    """Invented sentences: a handful of men is no force though an adjective comes first, unless they are someone's."""
    _, figures = _figures("Plusieurs dizaines de jeunes hommes sont portés disparus à Tarnville. Onze jeunes hommes de Kadhafi "
                          "y ont été vus.")
    assert [f.category for f in figures] == ["other", "troops"]


def test_numbers_that_end_a_name_are_no_counts():
    """Invented sentence: "the Group of 20", "World War Two" are names; "a group of 20 soldiers" is a count."""
    _, figures = _figures("Heads of the Group of 20 gathered in Tarnville , the first such meeting since World War Two ; "
                          "a group of 20 soldiers guarded them .", lang="en")
    assert [f.text for f in figures] == ["20"] and figures[0].who == "soldiers"


def test_numbers_that_end_a_channels_name_are_no_counts():
    """Invented sentence: "Radio 4", "BBC Two", "Channel 5" name broadcasters; "12 listeners" is a count."""
    _, figures = _figures("The debate aired on Radio 4 , on BBC Two and on Channel 5 , and 12 listeners called in .",
                          lang="en")
    assert [f.text for f in figures] == ["12"]


def test_numbers_glued_to_a_noun_by_a_hyphen_are_no_counts():
    """Invented sentences: "a 12-person tent", "the 15-nation council", "a six-point plan" qualify a thing; a unit
    ("a 40-mile slick"), "a 300-strong force", "40-odd villages" and a scale ("$ 8-billion") still count."""
    _, figures = _figures("Aid workers set up a 12-person tent as the 15-nation council debated a six-point plan ; "
                          "a 300-strong force guarded 40-odd villages along a 40-mile slick , and donors "
                          "pledged $ 8-billion .", lang="en")
    assert [f.text for f in figures] == ["300", "40", "40-mile", "$ 8-billion"]
    _, figures = _figures("Un prêtre soixante-huitard a loué un trois-pièces à Tarnville, où vingt-deux soldats "
                          "sont arrivés.")
    assert [f.text for f in figures] == ["vingt-deux"] and figures[0].who == "soldats"


@pytest.mark.parametrize("text, lang, count, category", [
    # Invented sentences: machines count as a force only when sent; destroyed, seen or owned, they are things.
    ("British jets destroyed three tanks near Vasko on Monday .", "en", "three", "other"),
    ("Witnesses saw 20 tanks on the road to Vasko .", "en", "20", "other"),
    ("Les forces de Vasko disposent de 400 chars et de 60 avions.", "fr", "400", "other"),
    ("Greystone sent 30 warplanes to the border on Monday .", "en", "30", "troops"),
    ("L'armée a dépêché douze drones à Vasko.", "fr", "douze", "troops"),
])
def test_machines_are_troops_only_when_sent(text, lang, count, category):
    assert _one(analyze(make_document(text, lang=lang, published="2011-03-04")).figures, count).category == category


@pytest.mark.parametrize("text, value", [
    ("Invented . The company set aside a $ 10-billion fund for the victims .", 10e9),
    ("Invented . The island , a nation of 4.7-million people , voted .", 4.7e6),
    ("Invented . The company will build a 15-m wall around the plant .", 15),
])
def test_a_scale_word_after_a_hyphen_multiplies(text, value):
    _, figures = _figures(text, lang="en")
    assert [f.value for f in figures] == [value]


# Invented sentences: a verb of having tells what its subject holds, no source's word: members, inhabitants, or a
# toll a place holds; someone who is no place counting a toll reports it.
@pytest.mark.parametrize("text, count, source", [
    ("Tarnville, en Vasconie, compte aujourd'hui 2,4 millions d'habitants.", "2,4 millions", None),
    ("Le syndicat des dockers compte 3 200 adhérents.", "3 200", None),
    ("Ce parti, qui compte quelque 40 000 militants, a appelé au calme.", "quelque 40 000", None),
    ("Le camp compte désormais 5 000 réfugiés.", "5 000", None),
    ("L'ONU compte 300 000 déplacés dans la région.", "300 000", "L'ONU"),
])
def test_a_verb_of_having_names_no_source(text, count, source):
    found = _one(analyze(make_document(text, lang="fr", published="2011-03-04")).figures, count)
    assert (found.source.text if found.source else None) == source


# Invented sentences: a proportion's numerator counts what its denominator's plural noun names; a number after "in"
# or "out of" that is no greater than the one before is no denominator but a count of its own.
@pytest.mark.parametrize("text, counts", [
    ("The flu has killed 31 out of 250 people infected in Tarnville .", [("31", "killed", "people")]),
    ("Six out of 10 nurses in Tarnville backed the strike .", [("Six", "other", "nurses")]),
    ("There are now 12,600 confirmed cases in 48 countries .",
     [("12,600", "other", "confirmed cases"), ("48", "places", "countries")]),
])
def test_a_proportion_counts_what_its_whole_names(text, counts):
    figures = analyze(make_document(text, lang="en", published="2011-03-04")).figures
    assert [(f.text, f.category, f.who) for f in figures] == counts


# Invented sentences: an abbreviation written with stops is one word of the counted phrase, a nationality before its
# noun that places nothing.
@pytest.mark.parametrize("text, count, who, category", [
    ("More than 4,000 U.S. troops landed in Tarnville on Monday .", "More than 4,000", "U.S. troops", "troops"),
    ("Protests are planned in 30 U.S. cities this week .", "30", "U.S. cities", "places"),
    ("Three U.N. peacekeepers were wounded near Tarnville .", "Three", "U.N. peacekeepers", "injured"),
])
def test_an_abbreviation_with_stops_is_one_word_of_the_counted_phrase(text, count, who, category):
    found = _one(analyze(make_document(text, lang="en", published="2011-03-04")).figures, count)
    assert (found.who, found.category) == (who, category)
    assert found.where != "U.S."


# Invented sentences: a place where a claim holding the figure was made is not where what it counts happened; a
# place of the speaker's own phrase may be.
@pytest.mark.parametrize("text, lang, count, where", [
    ("At least 14 people were killed , a Red Cross official told reporters in Geneva .", "en", "At least 14", None),
    ("Le séisme a fait 300 morts, a affirmé le ministre, qui recevait mardi à Vienne son homologue.", "fr", "300",
     None),
    ("Seven people were killed in the shelling , a doctor in Tarnville said .", "en", "Seven", "Tarnville"),
])
def test_where_a_claim_was_made_places_nothing(text, lang, count, where):
    found = _one(analyze(make_document(text, lang=lang, published="2011-03-04")).figures, count)
    assert found.where == where


# Invented sentences: a toll counted over a list of places is placed by none of them, only by the country they
# all lie in.
@pytest.mark.parametrize("text, lang, count, where", [
    ("À Lyon, à Grenoble ainsi qu'à Annecy, les crues ont fait 14 morts mardi.", "fr", "14", "France"),
    ("Les crues ont fait 14 morts à Lyon, à Grenoble et à Turin.", "fr", "14", None),
    ("Floods killed 14 people in Leeds, Bristol and Manchester on Tuesday.", "en", "14", "United Kingdom"),
    # A part of the list may be no place's name, or a noun may lead a place's name.
    ("Les crues ont fait 14 morts à Grenoble et dans les environs.", "fr", "14", "France"),
    ("Les orages ont fait 14 morts dans les campings ainsi que dans la haute vallée de Grenoble.", "fr", "14",
     "France"),
    ("Floods injured 14 people in Leeds , in the northern city of Bradford and in Manchester .", "en", "14",
     "United Kingdom"),
])
def test_a_toll_over_a_list_of_places_is_placed_by_none_of_them(text, lang, count, where):
    found = _one(analyze(make_document(text, lang=lang, published="2011-03-04")).figures, count)
    assert found.where == where


# Invented sentences: what is fired or set off, or an attack made with it, kills and is no toll.
@pytest.mark.parametrize("text, lang, count", [
    ("Deux obus ont tué trois enfants à Tarnville.", "fr", "Deux"),
    ("Three car bombs killed 40 people in Tarnville .", "en", "Three"),
    ("Some 28 mortar rounds killed two soldiers at the base .", "en", "Some 28"),
    # Invented: attacks counted are events, not the dead.
    ("Au moins 300 attentats ont coûté la vie à neuf passants à Tarnville depuis 2004.", "fr", "Au moins 300"),
    ("Two ambushes killed nine soldiers near Vasko .", "en", "Two"),
])
def test_munitions_are_no_toll(text, lang, count):
    figures = analyze(make_document(text, lang=lang, published="2011-03-04")).figures
    assert _one(figures, count).category == "other"
    assert any(f.category == "killed" for f in figures)


# Invented sentences: a bare number right after a verb in the past is that verb's object, no part of the toll before.
@pytest.mark.parametrize("text, counts", [
    ("The flu has killed 30 people in Tarnville and infected 400 .", [("30", "killed"), ("400", "other")]),
    ("The strain has killed 12 people , sickened 90 in Vasko and 15 in Tarnville .",
     [("12", "killed"), ("90", "other"), ("15", "other")]),
    ("At least 20 people were killed in Vasko and 12 in Tarnville .", [("At least 20", "killed"), ("12", "killed")]),
])
def test_a_past_verbs_object_is_no_part_of_the_toll(text, counts):
    figures = analyze(make_document(text, lang="en", published="2011-03-04")).figures
    assert [(f.text, f.category) for f in figures] == counts


# Invented sentences: people counted after a metropolis, a capital, a community or a territory live there.
@pytest.mark.parametrize("text, lang, count", [
    ("In Tarnville , a metropolis of 12 million , all schools were shut .", "en", "12 million"),
    ("Every house of the fishing community of 3,000 people was destroyed .", "en", "3,000"),
    ("Tarnville, une agglomération de 4 millions, est paralysée.", "fr", "4 millions"),
])
def test_people_after_a_metropolis_or_a_community_are_its_population(text, lang, count):
    figures = analyze(make_document(text, lang=lang, published="2011-03-04")).figures
    assert _one(figures, count).category == "population"


# Invented sentences: an adverb of place after a toll's part names nothing counted; the part shares the toll.
@pytest.mark.parametrize("text, lang, count", [
    ("The agency reported 40 dead , 25 in Tarnville and 15 elsewhere in the country .", "en", "15"),
    ("L'agence fait état de 40 morts, 25 à Tarnville et 15 ailleurs dans le pays.", "fr", "15"),
])
def test_an_adverb_of_place_is_no_counted_noun(text, lang, count):
    found = _one(analyze(make_document(text, lang=lang, published="2011-03-04")).figures, count)
    assert (found.who, found.category) == (None, "killed")


# Invented sentences: a death's noun before the counted people tells their fate through an article too.
@pytest.mark.parametrize("text, lang, count", [
    ("Ils ont dénoncé la mort des 14 soldats à Tarnville.", "fr", "14"),
    ("Le massacre des 30 villageois de Tarnville a choqué le pays.", "fr", "30"),
    ("They vowed to avenge the deaths of the 90 police officers .", "en", "90"),
])
def test_a_death_noun_through_an_article_tells_the_fate(text, lang, count):
    found = _one(analyze(make_document(text, lang=lang, published="2011-03-04")).figures, count)
    assert found.category == "killed"


# Invented sentences: amounts in cents, pence, yen, rupees, crowns… are money; a currency sign before an amount names
# its currency whatever word follows.
@pytest.mark.parametrize("text, lang, count, unit", [
    ("Petrol rose 6 cents a gallon in Tarnville .", "en", "6 cents", "cent"),
    ("Tarnco shares closed at 412 pence .", "en", "412 pence", "pence"),
    ("The company will cut costs by 3 billion Swedish crowns .", "en", "3 billion Swedish crowns", "crown"),
    ("Le Japon a promis 40 milliards de yens à Tarnville.", "fr", "40 milliards de yens", "JPY"),
    ("Tarnco 's costs hit $ 1.4 bn cents Shares rose on Monday .", "en", "1.4 bn", "USD"),
])
def test_amounts_in_other_currencies_are_money(text, lang, count, unit):
    found = _one(analyze(make_document(text, lang=lang, published="2011-03-04")).figures, count)
    assert (found.category, found.unit) == ("money", unit)


@pytest.mark.parametrize("text, lang", [
    ("Quatre soldats ont été tués et sept sont portés disparus, selon l'armée.", "fr"),
    ("Port officials said nine sailors died and 11 were missing .", "en"),
    ("Four Vasko fishermen are missing and feared drowned , port officials said .", "en"),
])
def test_the_missing_are_no_toll_of_the_dead(text, lang):
    """Invented sentences: people missing, even presumed dead, are not counted as killed, nor as the toll before them."""
    _, figures = _figures(text, lang=lang)
    assert [f.category for f in figures][-1] == "other"
    assert [f.category for f in figures][:-1] in ([], ["killed"])


@pytest.mark.parametrize("text, lang, when", [
    ("Samedi soir, 14 habitants de Tarnville ont été blessés, a indiqué la police.", "fr", "Samedi soir"),
    ("Nine civilians were killed in Tarnville on Friday evening , medics said .", "en", "Friday evening"),
])
def test_a_part_of_a_day_dates_a_toll(text, lang, when):
    """Invented sentences: a night or an evening dates the toll of its sentence, as a day would."""
    assert [f.when for f in analyze(make_document(text, lang=lang)).figures] == [when]


@pytest.mark.parametrize("text, lang, when", [
    ("En 1954-1962, la guerre de Tarnland fit quelque 400 000 morts, selon les historiens.", "fr", "1954-1962"),
    ("The Tarnland flu of 1908-1910 killed 30 million people , historians say .", "en", "1908-1910"),
    ("The 1962-63 fever epidemic left about 3 million dead .", "en", "1962-63"),
])
def test_a_span_of_years_dates_its_toll_and_counts_nothing(text, lang, when):
    """Invented sentences: a span of years, untagged by the time tagger, is the time of its sentence's toll, and its
    last year is no count even before a counted word ("1908-1910 killed")."""
    assert [f.when for f in analyze(make_document(text, lang=lang)).figures] == [when]


@pytest.mark.parametrize("text, hypothetical", [
    ("On May 3 , 14 people were killed in Tarnville , police said .", False),
    ("The market in Tarnville has shrunk 40 percent since May .", False),
    ("Police fear 14 villagers may have drowned in Tarnville .", True),
])
def test_the_month_of_may_is_no_modal(text, hypothetical):
    """Invented sentences: "May" as a month's name makes no figure hypothetical; "may" the modal does."""
    assert [f.hypothetical for f in analyze(make_document(text, lang="en")).figures] == [hypothetical]


@pytest.mark.parametrize("text, lang, hypothetical", [
    ("La tempête a fait 40 morts à Valbrune, selon la préfecture, et le bilan pourrait encore s'alourdir.", "fr",
     False),
    ("The storm killed 40 people in Valbrune, officials said, and the toll could rise.", "en", False),
    ("Jusqu'à 300 personnes pourraient avoir péri dans la vallée.", "fr", True),
    ("Up to 300 villagers could have drowned in the valley.", "en", True),
])
def test_a_modal_in_a_later_clause_makes_no_count_hypothetical(text, lang, hypothetical):
    """Invented sentences: a modal after a comma that ends the count's clause speaks of something else (the toll
    rising), not of the count; a modal in the count's own clause does."""
    assert [f.hypothetical for f in analyze(make_document(text, lang=lang)).figures] == [hypothetical]


def test_who_a_medium_quotes_is_the_source():
    """Invented sentence: "X quoted Y as saying" makes Y, not X nor both, the source of the figures Y gave."""
    figures = analyze(make_document("Tarnland Radio quoted hospital sources as saying 23 villagers died and 40 were "
                                    "hurt in Vasko .", lang="en")).figures
    assert [f.source.text for f in figures] == ["hospital sources", "hospital sources"]


@pytest.mark.parametrize("text, categories", [
    ("Nine marines and four reservists died when a mine exploded under their truck .", ["killed", "killed"]),
    ("Vasko officials mourned the deaths of 45 security personnel last week .", ["killed"]),
    ("Jets hit two armoured personnel carriers and three police vehicles outside Vasko .", ["other", "other"]),
])
def test_service_people_are_people_and_their_machines_machines(text, categories):
    """Invented sentences: marines, reservists and personnel are people whom a toll befalls; the machines named
    after them ("personnel carriers") are machines."""
    assert [f.category for f in analyze(make_document(text, lang="en")).figures] == categories


@pytest.mark.parametrize("text, lang, who", [
    ("Au moins 12 soldats près de Tarnville sont morts dans l'embuscade, a dit le maire.", "fr", "soldats"),
    ("The tanker spilled 30,000 tonnes of crude into the harbour of Vasko .", "en", "crude"),
])
def test_a_preposition_of_place_ends_what_is_counted(text, lang, who):
    """Invented sentences: "près de", "into" open a place, no part of the counted noun phrase."""
    assert [f.who for f in analyze(make_document(text, lang=lang)).figures] == [who]


def test_a_country_opening_a_unit_names_the_unit_not_a_place():
    # Invented: a spill measured in US gallons, then in litres; neither is counted in the US.
    text = "The tanker lost 3.1 million U.S. gallons of fuel, about 11.7 million litres, off Port Vasko."
    _, figures = _figures(text, lang="en", mentions=_place(text, "U.S."))
    assert [(f.text, f.unit, f.where) for f in figures] == [
        ("3.1 million U.S. gallons", "gal", None), ("about 11.7 million litres", "l", None)]
