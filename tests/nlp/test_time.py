"""Temporal expressions, document dating and sentence dating. Every article here is invented for the tests."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vigie.ingest import make_document
from vigie.model import Published
from vigie.nlp.time import date_document, date_sentences, find_timexes, is_timeml_value, tag_document, value_interval
from vigie.pipeline import analyze

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
needs_shared = pytest.mark.skipif(not SEEDS.exists(), reason="../shared is absent (evaluation data lives there)")


def values(text, anchor="2019-12-24", lang="fr"):
    return {t.text: t.value for t in find_timexes(text, anchor, lang)}


# ---- recognition and normalization (French) -------------------------------------------------------

@pytest.mark.parametrize("text, span, value", [
    ("Les forces ont repris la ville le 3 septembre 2018.", "le 3 septembre 2018", "2018-09-03"),
    ("Depuis le 16 décembre, les raids se sont multipliés.", "le 16 décembre", "2019-12-16"),
    ("Le rapport daté du 26/12/2019 circule.", "26/12/2019", "2019-12-26"),
    ("Le texte publié le 2019-12-26 a été retiré.", "2019-12-26", "2019-12-26"),
    ("Le ministre a démissionné hier.", "hier", "2019-12-23"),
    ("Le ministre a démissionné avant-hier.", "avant-hier", "2019-12-22"),
    ("Le sommet se tiendra demain.", "demain", "2019-12-25"),
    ("La réunion a eu lieu vendredi dernier.", "vendredi dernier", "2019-12-20"),
    ("La réunion aura lieu vendredi prochain.", "vendredi prochain", "2019-12-27"),
    ("Les délégués ont quitté Genève jeudi soir.", "jeudi soir", "2019-12-19TEV"),
    ("Les délégués se retrouveront jeudi à Genève.", "jeudi", "2019-12-26"),
    ("Le niveau du fleuve devrait atteindre son pic vendredi.", "vendredi", "2019-12-27"),
    ("La trêve a été conclue la semaine dernière.", "la semaine dernière", "2019-W51"),
    ("La trêve a été conclue il y a deux jours.", "deux jours", "2019-12-22"),
    ("Les élections auront lieu dans trois semaines.", "trois semaines", "2020-W03"),
    ("Un cessez-le-feu avait été annoncé fin août.", "fin août", "2019-08"),
    ("Le chantier a commencé début 2017.", "début 2017", "2017"),
    ("Les combats ont repris mi-décembre.", "mi-décembre", "2019-12"),
    ("Le pays sort de 9 ans de guerre.", "9 ans", "P9Y"),
    ("L'armée a avancé en cinq jours.", "cinq jours", "P5D"),
    ("La cérémonie a lieu chaque année.", "chaque année", "P1Y"),
    ("Les combats ont fait rage en 2011.", "2011", "2011"),
    ("La guerre a marqué les années 90.", "les années 90", "199"),
    ("Le traité a été signé l'été 2019.", "l'été 2019", "2019-SU"),
    ("Le gouvernement annonce désormais des mesures.", "désormais", "PRESENT_REF"),
    ("Des coups de feu ont été entendus vers 15 h 30.", "vers 15 h 30", "2019-12-24T15:30"),
    ("La croissance a ralenti au premier trimestre 2019.", "premier trimestre 2019", "2019-Q1"),
])
def test_french_expressions(text, span, value):
    found = values(text)
    assert span in found, found
    assert found[span] == value


def test_ranges_give_one_expression_per_bound():
    found = values("Les négociations se sont tenues du 3 au 5 mars 2019, puis entre avril et août 2019.")
    assert found == {"3": "2019-03-03", "5 mars 2019": "2019-03-05", "avril": "2019-04", "août 2019": "2019-08"}


def test_night_between_two_days_is_the_first_night():
    assert values("Des frappes ont visé la ville dans la nuit de samedi à dimanche.") == {
        "la nuit de samedi à dimanche": "2019-12-21TNI"}


def test_a_time_takes_the_day_told_before_it_but_a_live_report_stamp_its_own():
    text = ("Le conseil renvoie la situation depuis le 15 décembre 2019 devant la cour.\n"
            "22h05 : le président a appelé le chef de l'Etat à partir.\n"
            "Le 20 décembre, les frappes ont repris. Vers 22h, un hôpital a été touché.")
    assert values(text) == {"le 15 décembre 2019": "2019-12-15", "22h05": "2019-12-24T22:05",
                            "Le 20 décembre": "2019-12-20", "Vers 22h": "2019-12-20T22:00"}


def test_a_relative_clause_between_commas_has_its_own_tense():
    # Invented: the visit is ahead although the main verb is past, and the other way round.
    assert values("Le ministre, qui doit se rendre à Valbrune samedi, a déclaré que la digue tenait.") == {
        "samedi": "2019-12-28"}
    assert values("The minister, who visited Valbrune on Saturday, will return next week.", lang="en") == {
        "Saturday": "2019-12-21", "next week": "2020-W01"}
    # ... and a day before it takes the tense of the verb after it
    assert values("On Thursday the two brothers, who will be playing at the fair, defended the plan.", lang="en") == {
        "Thursday": "2019-12-19"}
    assert values("Jeudi, les deux frères, qui joueront à la foire, ont défendu le projet.") == {"Jeudi": "2019-12-19"}


def test_a_plan_is_ahead_and_a_capitalized_name_tells_no_tense():
    # Invented: "planning" and "prévoit" look ahead; "Eyed" in a band's name is no past verb.
    assert values("The singer is now planning a concert with the Black Eyed Peas on 5 January.", lang="en")[
        "5 January"] == "2020-01-05"
    assert values("Le groupe prévoit un concert le 5 janvier.") == {"le 5 janvier": "2020-01-05"}


def test_ages_and_counts_are_not_time():
    text = "Jean Valmont, 38 ans, a été blessé. Un homme de 52 ans a témoigné. 2000 personnes ont fui."
    assert find_timexes(text, "2019-12-24", "fr") == []


def test_a_day_naming_a_street_a_bridge_or_a_movement_is_no_date():
    assert values("Le cortège a traversé le pont du 6 Octobre puis la place du 14 Juillet.") == {}
    assert values("Le Mouvement du 6 avril appelle à manifester.") == {}
    assert values("The April 6 Youth Movement marched to the 6th of October Bridge.", lang="en") == {}
    # the same words with a day that is a day
    assert values("La réunion du 6 octobre et le défilé du 14 juillet ont eu lieu.") == {
        "6 octobre": "2019-10-06", "14 juillet": "2019-07-14"}
    assert values("Protesters met on April 6. July 16, 2011. FRONT LINE news.", lang="en") == {
        "April 6": "2019-04-06", "July 16, 2011": "2011-07-16"}


def test_a_day_naming_a_famous_event_is_that_event_s_day():
    # Invented sentences, written in June 2020: last 11 September is more than a season ago.
    june = "2020-06-24"
    assert values("Il travaillait à New York avant les attentats du 11 septembre.", june) == {
        "11 septembre": "2001-09-11"}
    assert values("Depuis le 11-Septembre, la ville a changé.", june) == {"11-Septembre": "2001-09-11"}
    assert values("Since 9/11 and the September 11 attacks, the city has changed.", june, "en") == {
        "9/11": "2001-09-11", "September 11": "2001-09-11"}
    # a coming 11 September, one with its year, a numeric date and one of the last months are the calendar's
    assert values("Le vote aura lieu le 11 septembre.", june) == {"le 11 septembre": "2020-09-11"}
    assert values("On 9/11/2012 the consulate burned; on 11 September 2012, officials said.", june, "en") == {
        "9/11/2012": "2012-09-11", "11 September 2012": "2012-09-11"}
    assert values("Elle s'est installée le 11 septembre à Vasko.", "2011-10-21") == {"le 11 septembre": "2011-09-11"}


def test_newspaper_is_not_a_daily_set():
    assert values("Le quotidien régional a publié un bilan.") == {}


def test_relative_expressions_without_anchor_are_underspecified():
    found = values("Le ministre a démissionné hier, et le conseil se réunira mardi.", anchor=None)
    assert found == {"hier": "XXXX-XX-XX", "mardi": "XXXX-WXX-2"}


def test_month_anchor_resolves_what_it_can():
    found = values("Depuis le 16 décembre, la trêve est rompue ; hier encore, des tirs.", anchor="2019-12")
    assert found == {"le 16 décembre": "2019-12-16", "hier": "XXXX-XX-XX"}


def test_offsets_point_into_the_text():
    text = "Invented: l’armée a repris la ville mardi 3 septembre 2019, puis hier soir."
    for t in find_timexes(text, "2019-09-05", "fr"):
        assert text[t.start:t.end] == t.text


# ---- English ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span, value", [
    ("The ceasefire was signed on December 26, 2019.", "December 26, 2019", "2019-12-26"),
    ("The minister resigned yesterday.", "yesterday", "2019-12-23"),
    ("Talks collapsed last week.", "last week", "2019-W51"),
    ("Rebels seized the town two days ago.", "two days ago", "2019-12-22"),
    ("Fighting resumed in late August.", "late August", "2019-08"),
    ("Aid convoys will arrive next month.", "next month", "2020-01"),
    ("The war has lasted nine years.", "nine years", "P9Y"),
    ("The council meets every Monday.", "every Monday", "XXXX-WXX-1"),
    ("Officials spoke on Friday.", "Friday", "2019-12-20"),
    ("The vote is scheduled for Friday.", "Friday", "2019-12-27"),
    # the comma after a day and month belongs to the sentence unless a year follows it
    ("On 3 December, the rig sank.", "3 December", "2019-12-03"),
    ("The rig sank on 3 December, 2018 off the coast.", "3 December, 2018", "2018-12-03"),
    # a quarter or a half of a year named after it is one expression, of that year
    ("Exports fell in the 1st half of last year.", "the 1st half of last year", "2018-H1"),
    ("Exports fell in the 3rd quarter of the year.", "the 3rd quarter of the year", "2019-Q3"),
])
def test_english_expressions(text, span, value):
    found = values(text, lang="en")
    assert found.get(span) == value, found


def test_english_modal_may_is_no_month():
    assert values("The army may withdraw, officials said.", lang="en") == {}


def test_a_current_of_water_is_no_time():
    assert values("A warm ocean current carried the slick east, and the Loop Current may take it south.", lang="en") == {}
    assert values("The current government fell.", lang="en") == {"current": "PRESENT_REF"}


# ---- properties --------------------------------------------------------------------------------------

_pieces = st.sampled_from([
    "hier", "mardi", "le 3 septembre", "fin août", "2019", "dans trois semaines", "il y a deux jours", "18 h 30",
    "la nuit de samedi à dimanche", "yesterday", "last week", "December 26, 2019", "31/02/2019", "chaque année",
    "les années 90", "0 h", "99 ans", "XXe siècle", "l'été", " ", ",", ".", "\n", "’", "de", "le", "2000",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_pieces, st.text(max_size=12)), max_size=12),
       st.sampled_from([None, "2019", "2019-12", "2019-12-24", "bad"]), st.sampled_from([None, "fr", "en", "de"]))
def test_never_raises_and_values_are_timeml(parts, anchor, lang):
    text = " ".join(parts)
    for t in find_timexes(text, anchor, lang):
        assert is_timeml_value(t.value), t
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.text


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_any_text(text):
    assert find_timexes(text, "2019-12-24", "fr") == find_timexes(text, "2019-12-24", "fr")


def test_empty_text_gives_nothing():
    assert find_timexes("", "2019-12-24", "fr") == []
    assert find_timexes("   ", None, None) == []


@pytest.mark.parametrize("value", ["2019-12-24", "2019-W52", "2019-12", "2011", "2019-12-24TEV", "P5D", "P9Y",
                                   "XXXX-WXX-1", "PRESENT_REF", "PT30M", "2019-Q1", "199", "2019-SU"])
def test_valid_values(value):
    assert is_timeml_value(value)


@pytest.mark.parametrize("value", ["", "2019-13-45x", "yesterday", "P", "20191224", "T25"])
def test_invalid_values(value):
    assert not is_timeml_value(value)


def test_intervals():
    assert value_interval("2019-08", "END")[:2] == (value_interval("2019-08-21")[0], value_interval("2019-08-31")[0])
    assert value_interval("2019-W52")[2] == "week"
    assert value_interval("P5D") is None


# ---- dating documents and sentences --------------------------------------------------------------

UNDATED = (
    "Invented article. Le ministre a présenté lundi 3 septembre au soir un plan pour le port. "
    "Le conflit dure depuis 2011 et la dernière trêve remonte à 2017.\n\n"
    "Les délégations se sont réunies lundi à Genève."
)


def test_weekday_and_day_of_month_fix_the_year():
    doc = make_document(UNDATED, lang="fr")
    published = date_document(doc)
    assert (published.earliest, published.latest, published.date) == ("2018-09-03", "2018-09-05", "2018-09-03")
    assert published.inferred and published.evidence
    assert published.provenance == "text"


def test_metadata_is_never_contradicted():
    doc = make_document(UNDATED, lang="fr", published="2019-12")
    published = date_document(doc)
    assert published.date == "2019-12"
    assert published.earliest is None or published.earliest >= "2019-12-01"


def test_day_precision_metadata_is_kept():
    doc = make_document(UNDATED, lang="fr", published="2018-09-04")
    assert date_document(doc) is doc.published


def test_month_metadata_is_narrowed_by_a_dateline():
    text = ("Invented article. Le ministre a appelé jeudi à la retenue.\n\n"
            "We will not give up. – Minister (@invented_minister) December 12, 2019\n\n"
            "Depuis le 2 décembre, les frappes se sont intensifiées.")
    doc = make_document(text, lang="fr", published="2019-12")
    published = date_document(doc, tag_document(doc))
    assert published.earliest == "2019-12-12" and published.date == "2019-12-12"
    assert published.latest <= "2019-12-14"


def test_sentences_get_their_own_time_or_the_document_date():
    doc = make_document("Invented. Le sommet a eu lieu le 3 mars 2019. Les délégués sont repartis.", lang="fr",
                        published="2019-03-05")
    times = date_sentences(doc, find_timexes(doc.text, "2019-03-05", "fr"))
    assert len(times) == len(doc.sentences)
    own = [t for t in times if t.timex is not None]
    assert own and own[0].earliest == "2019-03-03" and own[0].precision == "day"
    assert times[-1].timex is None and times[-1].earliest == "2019-03-05"


def test_pipeline_fills_timexes_and_sentence_times():
    doc = make_document(UNDATED, lang="fr")
    analysis = analyze(doc)
    assert analysis.timexes and len(analysis.sentence_times) == len(doc.sentences)
    assert doc.published.date == "2018-09-03"
    assert "2018-09-03" in {t.value[:10] for t in analysis.timexes}


def test_published_is_a_published():
    assert isinstance(date_document(make_document("", lang="fr")), Published)


@needs_shared
def test_seed_articles():
    from vigie.ingest.sources import read_sources
    docs = [d for d in read_sources(sorted(str(p) for p in SEEDS.glob("*.txt"))) if hasattr(d, "text")]
    undated = [d for d in docs if d.published.date is None]
    assert undated
    for doc in docs:
        before = doc.published
        analyze(doc)
        if before.date is None:
            assert (doc.published.earliest, doc.published.latest) == ("2018-09-03", "2018-09-05")
        else:
            assert doc.published.date.startswith(before.date)
    assert any(d.published.precision == "day" and d.published.inferred for d in docs if d not in undated)


def test_undated_document_without_a_day_gets_the_latest_year_it_mentions():
    doc = make_document("Invented. La région a connu une sécheresse en 2016, puis des inondations en 2018.", lang="fr")
    published = date_document(doc)
    assert (published.date, published.precision, published.inferred) == ("2018", "year", True)


def test_since_opens_an_interval_to_the_document_date():
    doc = make_document("Invented. Depuis le 16 décembre, les frappes se sont intensifiées.", lang="fr",
                        published="2019-12-24")
    times = date_sentences(doc, find_timexes(doc.text, "2019-12-24", "fr"))
    dated = [t for t in times if t.timex is not None]
    assert dated and (dated[0].earliest, dated[0].latest) == ("2019-12-16", "2019-12-24")


def test_seasons_next_and_last():
    found = values("Le chantier reprendra au printemps prochain ; l'été dernier, il avait été suspendu.", anchor="2003-02-10")
    assert found == {"printemps prochain": "2003-SP", "l'été dernier": "2002-SU"}
    # a winter named in February is the one going on, begun in December
    assert values("Cet hiver, la digue a cédé deux fois.", anchor="2003-02-10") == {"Cet hiver": "2002-WI"}
    assert values("The winter has been mild so far.", anchor="2003-02-10", lang="en") == {"The winter": "2002-WI"}
    assert values("Cet hiver, la digue a cédé deux fois.", anchor="2003-12-28") == {"Cet hiver": "2003-WI"}


@pytest.mark.parametrize("text, anchor, lang, expected", [
    # a participle after "are"/"be" is a passive of the present or the future, no past
    ("The relief wells are finished in August, engineers say.", "2010-06-03", "en", {"August": "2010-08"}),
    ("All fighting must be stopped on 12 April.", "2012-04-05", "en", {"12 April": "2012-04-12"}),
    ("The union may try to turn Friday's market into a rally.", "2011-07-07", "en", {"Friday": "2011-07-08"}),
    ("The fix won't come before September.", "2010-06-03", "en", {"September": "2010-09"}),
    # "within" bounds a duration; "in" after a future verb points to a day
    ("The panel will report back within 30 days.", "2010-05-05", "en", {"30 days": "P30D"}),
    ("The panel will report back in 30 days.", "2010-05-05", "en", {"30 days": "2010-06-04"}),
    # ... but after a record it is the span the record holds, whatever the verb
    ("Rice stocks are expected to reach their lowest level in 12 years.", "2010-05-05", "en", {"12 years": "P12Y"}),
    ("Next month the ferry stops for the first time in two decades.", "2010-05-05", "en", {"Next month": "2010-06", "two decades": "P20Y"}),
    ("The river will rise to heights not seen in 40 years.", "2010-05-05", "en", {"40 years": "P40Y"}),
    ("The biggest tanker will dock in three weeks.", "2010-05-05", "en", {"three weeks": "2010-W21"}),
    # a quarter of something is a share
    ("Nearly a quarter of the villagers fled, and three-quarters of the crops burned.", "2010-05-05", "en", {}),
    ("The ruling party held power for a quarter of a century.", "2010-05-05", "en",
     {"a quarter of a century": "P25Y"}),
    # a holiday with a weekday is one day; its year follows the tense like any day without a year
    ("On Easter Monday, the ferry sank.", "2010-06-24", "en", {"Easter Monday": "2010-04-05"}),
    ("Il est rentré le lundi de Pâques.", "2011-04-27", "fr", {"le lundi de Pâques": "2011-04-25"}),
    ("Over Christmas, the rebels advanced on the capital.", "2011-01-10", "en", {"Christmas": "2010-12-25"}),
    ("At Christmas the troops will be home.", "2011-01-10", "en", {"Christmas": "2011-12-25"}),
    # a number after "que" is a count
    ("Le stade, qui ne peut en accueillir que 1500, déborde.", "2011-04-27", "fr", {}),
    ("Entre 2000 et 2009, on en a compté plus de 1150, soit un sur dix.", "2011-04-27", "fr",
     {"2000": "2000", "2009": "2009"}),
    ("Pas moins de 1000 attaques ont été recensées.", "2011-04-27", "fr", {}),
    ("Norvik, une ville située à 1200 km de Vasko, et 2000 blessés.", "2011-04-27", "fr", {}),
    ("Shares were up at 1449 GMT.", "2011-01-06", "en", {}),
    ("An explosion in 2005 killed 15 people.", "2011-01-06", "en", {"2005": "2005"}),
    # "the fall of" a regime is no autumn, nor "the fall in" a price (invented); "the fall of 2008" is
    ("Violence has grown since the fall of the regime.", "2005-01-27", "en", {}),
    ("The fall in ferry fares helped the Tarvel hotels.", "2005-01-27", "en", {}),
    ("Prices collapsed in the fall of 2008.", "2009-01-04", "en", {"the fall of 2008": "2008-FA"}),
    # a clock with zero minutes is a time, even after "depuis"
    ("Depuis 22h00 lundi, aucun avion n'a décollé.", "2011-04-05", "fr",
     {"22h00": "2011-04-04T22:00", "lundi": "2011-04-04"}),
    ("Les tirs durent depuis 3 heures.", "2011-04-05", "fr", {"3 heures": "PT3H"}),
    ("Hier, depuis 19h, une centaine de manifestants.", "2013-07-06", "fr",
     {"Hier": "2013-07-05", "19h": "2013-07-05T19:00"}),
    # with no tense, a day behind is likelier than one as far ahead: news tell what happened
    ("La marche du 25 janvier, des années après.", "2013-08-03", "fr", {"25 janvier": "2013-01-25"}),
    ("- 29 avr : mariage princier à Londres.", "2011-12-22", "fr", {"29 avr": "2011-04-29"}),
    ("La conférence du 15 janvier, à Genève.", "2013-12-03", "fr", {"15 janvier": "2014-01-15"}),
    # a month and two digits up to 31 is an English day, no year; "mai 68" is a year
    ("Lire « Egyptian Workers After June 30 » ; les grèves de mai 68.", "2013-08-26", "fr", {"mai 68": "1968-05"}),
    # an age between a comma and a semicolon
    ("Le doyen, 85 ans ; le cadet, 78 ans, et lui.", "2011-05-11", "fr", {}),
    # a day of this year a few days off outweighs the tense of the report; a famous day keeps its event's year
    ("The envoy said the 10 April deadline was no excuse.", "2012-04-06", "en", {"the 10 April": "2012-04-10"}),
    ("Le ministre a rappelé que la trêve du 2 mars tiendrait.", "2012-03-20", "fr", {"2 mars": "2012-03-02"}),
    ("The 11 September attacks changed the army.", "2005-08-21", "en", {"The 11 September": "2001-09-11"}),
    ("Looking back: on 5 January the rebels took the port.", "2011-12-22", "en", {"5 January": "2011-01-05"}),
    # a participle after an article or a preposition qualifies a noun: no past
    ("The plan asks an end of armed violence by 30 April.", "2012-04-06", "en", {"30 April": "2012-04-30"}),
    # what was planned in the past is told in the past; "vous avez déclaré" is a past
    ("Le comité, qui avait prévu de dépêcher mi-mars des experts, a été pris de court.", "2011-04-11", "fr",
     {"mi-mars": "2011-03"}),
    ("Vous avez affirmé fin juin à la radio : nous tiendrons.", "2013-07-10", "fr", {"fin juin": "2013-06"}),
    # "of that year", "cette année-là": the year the text last wrote
    ("In 1957 the fever came. In June of that year, the wards filled.", "2009-04-30", "en",
     {"1957": "1957", "June": "1957-06"}),
    ("En 1957, la fièvre arrive. Cette année-là, en août de la même année, les hôpitaux débordent.", "2009-04-30",
     "fr", {"1957": "1957", "Cette année-là": "1957", "août": "1957-08"}),
    # "last May" said in May is a year back, "next May" a year ahead
    ("The town rose last March, and the vote is next March.", "2012-03-08", "en",
     {"last March": "2011-03", "next March": "2013-03"}),
    ("Il est parti en mai dernier.", "2009-05-14", "fr", {"mai dernier": "2008-05"}),
    # a caption's "in this June 3, 2007 file photo" is that day
    ("A trader waits in this June 3, 2007 file photo.", "2009-05-14", "en", {"June 3, 2007": "2007-06-03"}),
    # a day between a determiner and a noun names a known event, past unless near ahead
    ("The firm will step back while investigating the March 14 fire.", "2010-08-04", "en",
     {"March 14": "2010-03-14"}),
    ("Final figures from the February 12 vote will show who won.", "2005-12-28", "en",
     {"February 12": "2005-02-12"}),
    ("The June 4 speech will be given in Cairo.", "2009-05-08", "en", {"June 4": "2009-06-04"}),
    # "since", "depuis" look back; "set for", "supposed to" look ahead
    ("Les pillages signalés depuis la fin février seront examinés par un juge.", "2011-05-16", "fr",
     {"la fin février": "2011-02"}),
    ("The next session is set for 5 April.", "2010-02-09", "en", {"5 April": "2010-04-05"}),
    ("The plan is supposed to go to a vote on October 15.", "2005-08-24", "en",
     {"October 15": "2005-10-15"}),
    # "had been set for" is a past plan, "has been set for" a coming one; "since" a famous day is its event's
    ("A match that had been set for Sunday was called off.", "2011-10-07", "en", {"Sunday": "2011-10-02"}),
    ("The visit has been set for Sunday.", "2011-10-07", "en", {"Sunday": "2011-10-09"}),
    ("Ten plots were foiled since September 11, officials said.", "2005-10-07", "en",
     {"September 11": "2001-09-11"}),
    # a famous day naming its event is that event's, even recent: "the September 11 attacks", "attentats du 11
    # septembre"; "le 11 septembre dernier" and "on September 11" stay the calendar's
    ("He planned the September 11 attacks.", "2013-10-05", "en", {"September 11": "2001-09-11"}),
    ("Il aurait aidé à préparer les attentats du 11 septembre.", "2013-10-05", "fr", {"11 septembre": "2001-09-11"}),
    ("Il a revendiqué l'incendie du 11 septembre dernier.", "2012-11-05", "fr", {"11 septembre dernier": "2012-09-11"}),
    ("He fled on September 11 to Niger.", "2013-10-05", "en", {"September 11": "2013-09-11"}),
    # a thing of a holiday is no day: "Christmas card", "Father Christmas", "Easter eggs"
    ("Father Christmas left a Christmas card and Easter eggs; over Christmas, it snowed.", "2011-01-10", "en",
     {"Christmas": "2010-12-25"}),
    # "à paraître" looks ahead
    ("Elle l'a affirmé dans une interview à paraître dimanche.", "2011-02-26", "fr", {"dimanche": "2011-02-27"}),
    # a month and its year before a hyphen and another month: a range
    ("Pendant la campagne (juin 1940-mai 1943), ils ont reculé.", "2011-03-31", "fr", {"juin 1940": "1940-06", "1943": "1943"}),
    ("Depuis janvier-février 2011, rien.", "2013-07-25", "fr", {"janvier": "2011-01", "2011": "2011"}),
    # to hope to do something looks ahead, whatever the tense of "hoped"
    ("The minister said the government hoped to receive the first vaccines in August.", "2009-06-30", "en",
     {"August": "2009-08"}),
    ("Le pilote espère repartir samedi.", "2013-07-30", "fr", {"samedi": "2013-08-03"}),
    # a report after a comma does not give its tense to a clause that has its own before the day
    ("The trial is scheduled to open in the capital on October 19, a spokesman confirmed yesterday.", "2005-09-05", "en",
     {"October 19": "2005-10-19", "yesterday": "2005-09-04"}),
    ("Talks will resume in Geneva on Saturday, he said.", "2011-02-21", "en", {"Saturday": "2011-02-26"}),
    ("Le contrat sera signé au plus tard vendredi, a indiqué le maire.", "2011-10-17", "fr",
     {"vendredi": "2011-10-21"}),
    ("On Tuesday, the bank said it would lend more.", "2008-12-31", "en", {"Tuesday": "2008-12-30"}),
    # the clause after "that", "qui", "que" has a tense of its own; at equal distance, the verb before the day wins
    ("The coach told a radio station Thursday that he would like to retire.", "2011-02-04", "en",
     {"Thursday": "2011-02-03"}),
    ("Le ministre a dit à la radio dans la soirée de mardi qu'il va démissionner.", "2011-02-24", "fr",
     {"mardi": "2011-02-22"}),
    ("The council announced on Thursday it would open an inquiry.", "2010-07-16", "en", {"Thursday": "2010-07-15"}),
    # an irregular past tells the past as a regular one does
    ("The ferry got to the dam on Friday.", "2011-10-05", "en", {"Friday": "2011-09-30"}),
    ("Bread prices rose on Thursday.", "2011-10-04", "en", {"Thursday": "2011-09-29"}),
    # "ce mercredi" with no cue of tense is the Wednesday of the writer's week, past or coming
    ("Le suspect interpellé ce mercredi à Grasse est hors de danger.", "2013-08-01", "fr", {"ce mercredi": "2013-07-31"}),
    ("Le sommet se tient ce samedi à Paris.", "2011-03-24", "fr", {"ce samedi": "2011-03-26"}),
    # a line break inside a hard-wrapped sentence ends no clause: "ont suivi" still gives its tense
    ("Les heurts ont suivi la\ncondamnation samedi de vingt supporteurs.", "2013-01-30", "fr",
     {"samedi": "2013-01-26"}),
])
def test_tense_shares_and_holidays(text, anchor, lang, expected):
    assert values(f"Invented. {text}", anchor=anchor, lang=lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a weekday with a day number and no month: the month around the writer's where that day has that weekday
    ("Elle appelait à manifester le vendredi 4, sans succès.", "fr", {"le vendredi 4": "2011-02-04"}),
    ("Le rassemblement aura lieu le samedi 5.", "fr", {"le samedi 5": "2011-03-05"}),
    ("Les manifestants se sont rassemblés le jeudi 27 au soir.", "fr", {"le jeudi 27 au soir": "2011-01-27TEV"}),
    ("Protesters gathered on Thursday the 27th.", "en", {"Thursday the 27th": "2011-01-27"}),
    # a number after the weekday that counts something is no day of the month
    ("Vendredi 35 cibles ont été frappées.", "fr", {"Vendredi": "2011-02-11"}),
    ("On Friday 13 people died.", "en", {"Friday": "2011-02-11"}),
])
def test_weekday_with_day_of_month(text, lang, expected):
    assert values(f"Invented. {text}", anchor="2011-02-15", lang=lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a weekday naming what nobody announces is past, whatever the clause's tense (written on a Sunday)
    ("Rescuers are still searching the rubble after Tuesday's earthquake.", "en", {"Tuesday": "2010-01-12"}),
    ("Officials will count the victims of Tuesday 's deadly blast.", "en", {"Tuesday": "2010-01-12"}),
    ("Les secours fouillent encore les décombres après le séisme de mardi.", "fr", {"mardi": "2010-01-12"}),
    ("Les habitants pleurent les victimes de l'attaque meurtrière de mardi.", "fr", {"mardi": "2010-01-12"}),
    # what is announced keeps the tense's reading
    ("Tuesday's vote is expected to be close.", "en", {"Tuesday": "2010-01-19"}),
    ("Tuesday's cease-fire will be hard to hold.", "en", {"Tuesday": "2010-01-19"}),
    ("Le vote de mardi s'annonce serré.", "fr", {"mardi": "2010-01-19"}),
])
def test_weekday_naming_a_sudden_event_is_past(text, lang, expected):
    assert values(f"Invented. {text}", anchor="2010-01-17", lang=lang) == expected


@pytest.mark.parametrize("lang, text", [
    ("fr", "Invented. Il y a plus de 20 ans, au XIXe siècle, tous les jeudis, le 3 mars, hier soir, depuis le début "
           "de l'année, pour le moment, chaque année, la semaine dernière, vers 18 h 30, dans trois semaines."),
    ("en", "Invented. In the past, a day, every day, the first quarter of 2019, the '80s, two days ago, last week, "
           "at 3 p.m., the day before, in the future, for a second, per day."),
])
def test_word_gate_hides_no_match(lang, text):
    import re

    from vigie.nlp.timex.lexicon import _GROUP, _lower_pattern, lexicon, plain

    rules = "|".join(_GROUP.sub("(?:", rule) for rule in lexicon(lang).alternatives)
    ungated = re.compile(_lower_pattern(r"(?<![\w-])(?:" + rules + ")"))
    lowered = plain(text)
    assert [m.span() for m in lexicon(lang).pattern.finditer(lowered)] == [m.span() for m in ungated.finditer(lowered)]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Invented. Jusqu'à la toute dernière minute, l' an passé, d'ici quelques très longues semaines, "
           "(la nuit) au XXe siècle ; entre le 3 et le 5 mai, vers midi, l'été des années 90."),
    ("en", "Invented. For the next few very long weeks, in the '90s, (on Monday) at 3 p.m., over the past "
           "several years of the twentieth century, every second day, half-day, pre-war."),
])
def test_starts_are_the_gates_positions(lang, text):
    """The positions found word by word are those the pass's gate accepts."""
    import re

    from vigie.nlp.timex.lexicon import lexicon, plain

    lex = lexicon(lang)
    source = lex.pattern.pattern
    gate = re.compile(source[:source.index("))(?:(?:") + 2])
    lowered = plain(text)
    assert lex.starts(lowered) == [m.start() for m in gate.finditer(lowered)]
    assert len(lex.starts(lowered)) > 10


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Lundi 3 mars 2014, les combats ont repris.", [(0, "Lundi 3 mars 2014", "2014-03-03")]),
    ("fr", "2014: un an de combats; pré-2014 et\nmardi soir.",
     [(0, "2014", "2014"), (6, "un an", "P1Y"), (36, "mardi soir", "2014-03-04TEV")]),
    ("en", "Yesterday, the talks failed; the post-2011 order\nlast week.",
     [(0, "Yesterday", "2014-03-04"), (49, "last week", "2014-W09")]),
])
def test_expressions_open_at_the_text_start_or_after_a_break_never_inside_a_word(lang, text, expected):
    # Invented sentences: the first character of the text opens an expression as a space would;
    # a year glued to a prefix by a hyphen does not.
    assert [(t.start, t.text, t.value) for t in find_timexes(text, "2014-03-05", lang)] == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a bare month takes the year its paragraph gives the same month ("en mars …, en mars 2011")
    ("La révolte a commencé en mars dans le sud, avec les premiers cortèges de mars 2011.", "fr",
     {"mars": "2011-03", "mars 2011": "2011-03"}),
    ("The revolt began in March in the south, with the first marches of March 2011.", "en",
     {"March": "2011-03", "March 2011": "2011-03"}),
    # a comparison sets the month against another year's: it keeps its own
    ("Les ventes ont chuté en mars, contre une hausse en mars 2011.", "fr", {"mars": "2013-03", "mars 2011": "2011-03"}),
    ("Sales fell in March, the lowest since March 2011.", "en", {"March": "2013-03", "March 2011": "2011-03"}),
    # another paragraph says nothing of this month's year
    ("Les cortèges ont commencé en mars 2011.\nLe gouvernement a cédé en mars.", "fr",
     {"mars 2011": "2011-03", "mars": "2013-03"}),
])
def test_bare_month_takes_the_year_its_paragraph_gives(text, lang, expected):
    assert values(f"Invented. {text}", anchor="2013-09-10", lang=lang) == expected


@pytest.mark.parametrize("text, expected", [
    # "down the line", "down the road" put what they follow in the future
    ("Diplomats say a September ballot down the line might open the field.", {"September": "2011-09"}),
    ("The October vote down the road could settle the dispute.", {"October": "2011-10"}),
])
def test_down_the_line_is_future(text, expected):
    assert values(f"Invented. {text}", anchor="2011-01-29", lang="en") == expected


def test_live_page_days_run_from_its_date_to_its_last_stamp():
    # An invented live page dated by its first day (Saturday 2011-03-19), stamped until Sunday: the Sunday it
    # names is the one it covers, not the Sunday before; days it does not cover keep their reading.
    page = ("Invented. Explosions shook the capital early Sunday, witnesses said.\n"
            "(10:40 p.m. Saturday ET, 5:40 a.m. Sunday local) Officials said the port was hit overnight.\n"
            "(9:15 p.m. Saturday ET, 4:15 a.m. Sunday local) The truce declared Friday was broken, they said.\n")
    found = values(page, anchor="2011-03-19", lang="en")
    assert found["early Sunday"] == "2011-03-20"
    assert found["Friday"] == "2011-03-18"
    # without stamps, a Monday told in the past is the one before
    assert values("Invented. Explosions shook the capital early Monday, witnesses said.", anchor="2011-03-19",
                  lang="en") == {"early Monday": "2011-03-14"}


@pytest.mark.parametrize("text, lang, expected", [
    # "the following year", "le mois précédent" count from the last month or year the text named, not from the writer's
    ("A refinery blew up in 2005. The following year, a pipeline leaked.", "en",
     {"2005": "2005", "The following year": "2006"}),
    ("He was arrested in February 2009 and tried the following month.", "en",
     {"February 2009": "2009-02", "the following month": "2009-03"}),
    ("Exports rose 4 percent in 2008 from the previous year.", "en", {"2008": "2008", "the previous year": "2007"}),
    ("Le barrage a cédé en 1998. L'année suivante, la vallée a été évacuée.", "fr",
     {"1998": "1998", "L'année suivante": "1999"}),
    ("Les ventes ont reculé en octobre 2008 par rapport au mois précédent.", "fr",
     {"octobre 2008": "2008-10", "mois précédent": "2008-09"}),
])
def test_following_and_previous_count_from_the_period_told(text, lang, expected):
    assert values(f"Invented. {text}", anchor="2011-06-15", lang=lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a month naming a contract is this month or a coming one, even told in the past
    ("In London, cocoa futures for July closed up 12 dollars.", "en", {"July": "2011-07"}),
    ("U.S. April coffee futures settled lower.", "en", {"April": "2011-04"}),
    ("Crude for April delivery expired higher.", "en", {"April": "2011-04"}),
    ("The swaps (EFS) for June fell 15 cents.", "en", {"June": "2011-06"}),
    ("Le cacao pour livraison en mai a clôturé en hausse.", "fr", {"mai": "2011-05"}),
    # a month between a benchmark and its crude, in a price report, is the contract's
    ("Brent July crude slipped 40 cents to settle at 98 dollars.", "en", {"July": "2011-07"}),
    ("More actively traded June crude fell 12 cents.", "en", {"June": "2011-06"}),
    # a contract signed in a month is past as any other event, and a month's crude exports are that month's
    ("The ministry awarded two contracts in May.", "en", {"May": "2010-05"}),
    ("Its February crude exports fell by a tenth, the ministry said.", "en", {"February": "2011-02"}),
])
def test_month_naming_a_contract_is_coming(text, lang, expected):
    assert values(f"Invented. {text}", anchor="2011-03-20", lang=lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # what a call asks for is to come, though the call is told in the past (written on a Thursday)
    ("The union has called for its members to strike after Friday prayers.", "en", {"Friday": "2011-01-28"}),
    ("Students called for a march Monday in the capital.", "en", {"Monday": "2011-01-31"}),
    ("Le syndicat a appelé à manifester samedi dans la capitale.", "fr", {"samedi": "2011-01-29"}),
    # the day of the call itself keeps the past
    ("On Monday, the union called for a strike.", "en", {"Monday": "2011-01-24"}),
    ("Le syndicat a appelé lundi à la grève.", "fr", {"lundi": "2011-01-24"}),
])
def test_what_a_call_asks_for_is_to_come(text, lang, expected):
    assert values(f"Invented. {text}", anchor="2011-01-27", lang=lang) == expected


@pytest.mark.parametrize("text, expected", [
    # "this year", "last year", "next year" after a month give its year from the writer's, whatever the tense
    ("The revolt began in March last year.", {"March": "2011-03", "last year": "2011"}),
    ("The army promised elections by June this year.", {"June": "2012-06", "this year": "2012"}),
    ("Her lease is due to run out in December next year.", {"December": "2013-12", "next year": "2013"}),
    ("The report was published in April of last year.", {"April": "2011-04", "last year": "2011"}),
])
def test_month_with_this_last_or_next_year(text, expected):
    assert values(f"Invented. {text}", anchor="2012-05-10", lang="en") == expected


@pytest.mark.parametrize("text, expected", [
    # a transcript split "'ll" from its subject ("we 'll"): it still tells the future
    ("We 'll open again on Monday , the owner said .", {"Monday": "2011-01-31"}),
    ("He says he 'll step down - but not until September .", {"September": "2011-09"}),
    ("They said they 'll know in three months .", {"three months": "2011-04"}),
])
def test_split_will_is_future(text, expected):
    assert values(f"Invented. {text}", anchor="2011-01-27", lang="en") == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a month or a day after a word of a limit lies ahead, unless its clause tells the past (written in March)
    ("The union wants the factory to stay open until June.", "en", {"June": "2011-06"}),
    ("The leak could continue until August, engineers warned.", "en", {"August": "2011-08"}),
    ("The trial of the two officers was postponed until September.", "en", {"September": "2011-09"}),
    ("The council has until 15 December to publish its report.", "en", {"15 December": "2011-12-15"}),
    ("Le gouvernement veut un accord d'ici septembre.", "fr", {"septembre": "2011-09"}),
    ("Le couvre-feu a été prolongé jusqu'en juin.", "fr", {"juin": "2011-06"}),
    # a limit told in the past is past
    ("By October, the rebels held the port.", "en", {"October": "2010-10"}),
    ("The hearing had been postponed until September.", "en", {"September": "2010-09"}),
    # a weekday after a word of a limit lies ahead too, unless its clause tells the past (written on Tuesday 15)
    ("The pumps could be running again by Monday.", "en", {"Monday": "2011-03-21"}),
    ("The border stays shut until Sunday.", "en", {"Sunday": "2011-03-20"}),
    ("Les rebelles donnent aux soldats jusqu'à samedi pour se rendre.", "fr", {"samedi": "2011-03-19"}),
    ("La compagnie veut rouvrir le terminal d'ici lundi.", "fr", {"lundi": "2011-03-21"}),
    ("By Sunday, the rebels held the port.", "en", {"Sunday": "2011-03-13"}),
    # "through" sets a limit too; a present perfect tells a state holding now, a report the tense of its speaker, a
    # participle after a comma what is said: none tells the limit's
    ("The ban on night flights holds through August.", "en", {"August": "2011-08"}),
    ("The port has been shut until June.", "en", {"June": "2011-06"}),
    ("The mayor said the market stays closed until May.", "en", {"May": "2011-05"}),
    ("The minister has shut the border until June, saying it was needed.", "en", {"June": "2011-06"}),
    ("The mayor said that by May the market had closed.", "en", {"May": "2010-05"}),
    # the end of a period of accounts is no limit set ahead
    ("The fund lists its losses for the year through January.", "en", {"January": "2011-01"}),
    # "by" before a day's noun names who did it, no limit; "agreed" alone reports
    ("Dozens of homes were flattened by Sunday's storm.", "en", {"Sunday": "2011-03-13"}),
    ("By Sunday, most agreed, the rebels had left the port.", "en", {"Sunday": "2011-03-13"}),
])
def test_a_limit_lies_ahead(text, lang, expected):
    assert values(f"Invented. {text}", anchor="2011-03-15", lang=lang) == expected


def test_live_page_clocks_passing_midnight_date_its_entries():
    # An invented live page of Friday 2011-03-18, newest entry on top, whose stamps name no weekday: the local clock
    # passes midnight between the second entry and the first, so the first is of Saturday, and so is the Saturday
    # it names; a stamp's clocks take the day each has reached, not that of the entry above; a stamp's 24-hour
    # clock is no year.
    page = ("Invented.\n"
            "(Update 1:10 a.m. Tripoli, 7:10 p.m. ET) The minister said early Saturday that the ceasefire held.\n"
            "(Update 11:40 p.m. Tripoli, 5:40 p.m. ET, 2140 GMT) Jets flew over the city on Tuesday, residents said.\n"
            "(Update 9:05 p.m. Tripoli, 3:05 p.m. ET, 1905 in London) The council met Thursday, a diplomat said.\n")
    found = [(t.text, t.value) for t in find_timexes(page, "2011-03-18", "en")]
    assert ("early Saturday", "2011-03-19") in found
    assert ("1:10 a.m.", "2011-03-19T01:10") in found and ("7:10 p.m. ET", "2011-03-18T19:10") in found
    assert ("11:40 p.m.", "2011-03-18T23:40") in found and ("Thursday", "2011-03-17") in found
    assert not [text for text, value in found if value == "1905"]


def test_a_paragraph_in_another_language_keeps_the_document_read_whole():
    # An invented French article quoting an English paragraph: the quote is read with the English rules, and
    # "la veille" after it still takes its day from the day the French text named before, not from the date of
    # publication, as the paragraphs used to be read each alone.
    text = ("Le sommet s'est ouvert le 3 mars à Genève, ont annoncé les organisateurs.\n\n"
            "The delegates said on Thursday that the talks had been very difficult and would go on for weeks.\n\n"
            "La veille, les ministres avaient dîné ensemble.")
    doc = make_document(text, published="2011-03-10")
    assert doc.paragraph_langs == ["fr", "en", "fr"]
    found = {t.text: t.value for t in tag_document(doc)}
    assert found["Thursday"] == "2011-03-10" and found["La veille"] == "2011-03-02"


@pytest.mark.parametrize("text, expected", [
    # a past participle qualifying a noun right before a day tells what was done that day, whatever the verb's tense
    ("Les ministres appliqueront la résolution adoptée jeudi.", {"jeudi": "2011-03-17"}),
    ("Le texte voté lundi sera appliqué dès demain.", {"lundi": "2011-03-14", "demain": "2011-03-20"}),
    # after an auxiliary, or a participle of planning, it keeps the clause's tense
    ("Le texte sera voté lundi.", {"lundi": "2011-03-21"}),
    ("Le vote programmé jeudi aura lieu à Paris.", {"jeudi": "2011-03-24"}),
    ("La réunion du Conseil de sécurité jeudi sera décisive.", {"jeudi": "2011-03-24"}),
])
def test_participle_before_a_day_is_past(text, expected):
    assert values(f"Inventé. {text}", anchor="2011-03-19", lang="fr") == expected


@pytest.mark.parametrize("text, expected", [
    # a participle ending a compound is an adjective, no cue of the past (written on a Thursday)
    ("The crude is to arrive aboard a Liberian-flagged tanker on Wednesday.", {"Wednesday": "2011-06-15"}),
    ("The envoy will meet the so-called contact group on Wednesday.", {"Wednesday": "2011-06-15"}),
    # a noun or an adverb in -ed, a past form after a modal or "to" are no past either, unlike "may have been"
    ("A hundred lorries leave for the border on Saturday.", {"Saturday": "2011-06-11"}),
    ("Indeed the talks proceed on Saturday.", {"Saturday": "2011-06-11"}),
    ("The storm could hit the islands on Saturday.", {"Saturday": "2011-06-11"}),
    ("The convoy may have been stopped on Saturday.", {"Saturday": "2011-06-04"}),
    # after a prefix it is still the verb
    ("The rebels re-elected their leader on Wednesday.", {"Wednesday": "2011-06-08"}),
    ("Jets hit a rebel-held town on Wednesday.", {"Wednesday": "2011-06-08"}),
])
def test_compound_participle_is_no_past(text, expected):
    assert values(f"Invented. {text}", anchor="2011-06-09", lang="en") == expected


@pytest.mark.parametrize("text, expected", [
    # an irregular simple past tells the past as one in -ed does (written on a Tuesday)
    ("The minister flew to Paris on Friday.", {"Friday": "2011-02-04"}),
    ("The protests broke out on Friday in the port.", {"Friday": "2011-02-04"}),
    ("Rebels overthrew the governor in April.", {"April": "2010-04"}),
    # the future still governs its own clause
    ("The minister will fly to Paris on Friday.", {"Friday": "2011-02-11"}),
])
def test_irregular_past_is_past(text, expected):
    assert values(f"Invented. {text}", anchor="2011-02-08", lang="en") == expected


def test_would_be_is_no_future():
    # "would-be" is an adjective: the clause keeps the past of its verb (written on a Tuesday)
    assert values("Invented. Guards stopped a would-be attacker at the gate on Friday.", anchor="2011-02-08",
                  lang="en") == {"Friday": "2011-02-04"}


def test_live_page_stamp_after_a_colon():
    # An invented live page whose newest stamp follows a colon ending a line run on: it is a stamp all the same,
    # its clocks take the day they reached and not that of a day named earlier in the text.
    page = ("Invented. The truce of March 2 held, officials said.\n"
            "Watch the video here : (Update 12:20 a.m. Tripoli, 6:20 p.m. ET) Crowds stayed in the square.\n"
            "(Update 11:40 p.m. Tripoli, 5:40 p.m. ET) Jets flew over the city, residents said.\n"
            "(Update 9:05 p.m. Tripoli, 3:05 p.m. ET) The council met, a diplomat said.\n")
    found = [(t.text, t.value) for t in find_timexes(page, "2011-03-18", "en")]
    assert ("12:20 a.m.", "2011-03-19T00:20") in found and ("6:20 p.m. ET", "2011-03-18T18:20") in found


def test_french_live_page_newest_first_opens_on_the_evening_before():
    # An invented French live page of Saturday 2011-03-19, newest entry on top, its stamps opening their paragraphs
    # (before a colon, a period or the entry's first word):
    # its oldest entries are of Friday evening, its newest past midnight, on Sunday; entries name their own day.
    page = ("Inventé.\n"
            "0h15 : Le conseil a convoqué samedi soir une réunion d'urgence.\n"
            "22h40. Les ministres ont confirmé samedi l'accord sur le port.\n"
            "14 heures : Le port a rouvert samedi en fin de matinée.\n"
            "9h30 : Les premiers navires sont entrés samedi dans la rade.\n"
            "23h50 : Les délégués ont rappelé l'accord du 2 mars.\n"
            "22h10 Les délégués sont arrivés vendredi.\n")
    found = values(page, anchor="2011-03-19")
    assert found["0h15"] == "2011-03-20T00:15" and found["22h40"] == "2011-03-19T22:40"
    assert found["14 heures"] == "2011-03-19T14:00" and found["9h30"] == "2011-03-19T09:30"
    assert found["23h50"] == "2011-03-18T23:50" and found["22h10"] == "2011-03-18T22:10"


def test_live_page_opening_on_the_evening_before_its_date():
    # An invented live page of Monday 2011-02-07, newest entry on top, whose stamps name no weekday: its oldest
    # entries name Sunday, the day before the one its clocks count from its date, far more often than Monday.
    page = ("Invented.\n"
            "(Update 6:40 p.m. Cairo, 11:40 a.m. ET) The new cabinet met on Monday to approve a pay rise.\n"
            "(Update 1:05 a.m. Cairo, 6:05 p.m. ET) The president said Sunday that the talks would go on.\n"
            "(Update 9 p.m. Cairo, 2 p.m. ET) Gunfire was heard Sunday near the square.\n"
            "(Update 11 a.m. Cairo, 4 a.m. ET) Crowds gathered on Sunday for prayers in the square.\n")
    found = [(t.text, t.value) for t in find_timexes(page, "2011-02-07", "en")]
    assert ("11 a.m.", "2011-02-06T11:00") in found and ("9 p.m.", "2011-02-06T21:00") in found
    assert ("1:05 a.m.", "2011-02-07T01:05") in found and ("6:40 p.m.", "2011-02-07T18:40") in found


@pytest.mark.parametrize("text,anchor,expected", [
    # an event named by its day or its month, with no year, long past: its year is not the calendar's (invented)
    ("Invented. Les jeunes de la révolution du 25 janvier ont de nouveau défilé.", "2013-07-08", {}),
    ("Invented. Les églises fermées après la révolution d'octobre ont rouvert.", "2013-07-08", {}),
])
def test_event_named_by_its_day(text, anchor, expected):
    assert values(text, anchor=anchor) == expected


def test_weekday_term_of_deadline_lies_ahead():
    # invented: the verb tells when the term was set, the weekday names the term, the coming one
    cases = [
        ("The league fined the club and set a Saturday deadline for its fans to leave.", "2011-11-18", "en",
         "2011-11-19"),
        ("Mediators gave the parties a deadline of Monday to agree.", "2011-10-29", "en", "2011-10-31"),
        ("Le chef rebelle a adressé un ultimatum expirant samedi aux derniers fidèles.", "2011-08-30", "fr",
         "2011-09-03"),
        # a term just gone, named the day after, stays behind
        ("It had given the tenants a deadline of Saturday to leave.", "2011-09-11", "en", "2011-09-10"),
    ]
    for text, anchor, lang, value in cases:
        assert [t.value for t in find_timexes(text, anchor, lang)] == [value], text
