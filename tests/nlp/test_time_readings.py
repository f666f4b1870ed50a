"""Readings of time expressions a journalist would sign: each case a construction of the language. Every sentence
here is invented for the tests."""
from __future__ import annotations

import pytest

from vigie.nlp.time import find_timexes


def values(text, anchor, lang="fr"):
    return {t.text: t.value for t in find_timexes(text, anchor, lang)}


@pytest.mark.parametrize("text, anchor, expected", [
    # "au" and "en" as words, not the end of one ("de nouveau été évoquée": the participle, no summer)
    ("Invented. La question a de nouveau été posée au conseil le 3 mars.", "2011-03-08", {"le 3 mars": "2011-03-03"}),
    ("Invented. Le chantier reprendra au printemps.", "2011-03-08", {"printemps": "2011-SP"}),
])
def test_preposition_is_a_word(text, anchor, expected):
    assert values(text, anchor) == expected


@pytest.mark.parametrize("text, expected", [
    # a feast that is also a common noun is the feast only when capitalized
    ("Invented. La cordée a réussi l'ascension du pic sans oxygène.", {}),
    ("Invented. Les écoles ferment pour l'Ascension.", {"Ascension": "2013-05-09"}),
])
def test_feast_named_by_a_common_noun(text, expected):
    assert values(text, "2013-06-25") == expected


@pytest.mark.parametrize("text, anchor, expected", [
    # "was to", "were to" and "slated" tell what was still ahead when written (a future seen from the past)
    ("Invented. The fishing council was to gather on Monday in the harbour hall.", "2010-06-13", {"Monday": "2010-06-14"}),
    ("Invented. A second ferry was slated to dock on Friday.", "2011-02-24", {"Friday": "2011-02-25"}),
    # a noun of intention before "was to" makes a copula, no future ("the aim was to …")
    ("Invented. In April the aim was to open a corridor.", "2011-10-15", {"April": "2011-04"}),
])
def test_future_seen_from_the_past(text, anchor, expected):
    assert values(text, anchor, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # a four-digit 24-hour clock with its zone, or its GMT time between brackets, is no year
    ("Invented. The ferry sailed at 1712 local time (2212 GMT) on Tuesday.", {"Tuesday": "2010-01-12"}),
    ("Invented. The pump stopped at 1538 -LRB- 2038 GMT -RRB- on Tuesday.", {"Tuesday": "2010-01-12"}),
    ("Invented. The choir sings at 1815 BST.", {}),
    ("Invented. The dam was built in 1953 (with foreign loans).", {"1953": "1953"}),
])
def test_four_digit_clock_is_no_year(text, expected):
    assert values(text, "2010-01-13", "en") == expected


def test_live_page_stamped_by_bare_clocks():
    # an invented live page whose entries open on a bare 24-hour clock: the clocks are no years; a chronology whose
    # lines open on years that are no clocks keeps its years
    page = ("Invented.\n"
            "2141 Divers reach the hull of the ferry.\n"
            "2120 The harbour master says the lights went out.\n"
            "2057 Relatives wait on the quay.\n"
            "2034 A second tug leaves the port.\n"
            "2012 The ferry is reported listing in the bay.\n")
    assert values(page, "2010-01-13", "en") == {}
    chronicle = ("Invented.\n"
                 "1861 The mill opens.\n1878 The mill burns.\n1901 The mill reopens.\n"
                 "1930 The canal closes.\n1945 The mill is sold.\n2001 The mill shuts.\n")
    assert len(values(chronicle, "2010-01-13", "en")) == 6


@pytest.mark.parametrize("text, lang, expected", [
    # a name followed by a number older than the modern age is the name's own number (a bill, a live page's clock
    # after its reporter); one of the modern age labels an event by its year
    ("Invented. The vote on Senate Bill 1142, tabled by a farmer senator, is close.", "en", {}),
    ("Invented. Maria Lopez, Radio Sur 1345: the ferry has docked.", "en", {}),
    ("Invented. Les supporters rêvent déjà de l'Euro 2016.", "fr", {"2016": "2016"}),
    ("Invented. The town was sacked in 1347.", "en", {"1347": "1347"}),
])
def test_number_after_a_name(text, lang, expected):
    assert values(text, "2011-04-13", lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # numbers listed after a noun that numbers things are no years, the later ones of the list too
    ("Invented. Le juge cite les articles 1204 et 1205 du code.", "fr", {}),
    ("Invented. The envoy cited resolutions 1402 and 1403 at the council.", "en", {}),
    ("Invented. The harbour froze in 1947 and 1963.", "en", {"1947": "1947", "1963": "1963"}),
])
def test_numbers_listed_after_a_numbering_noun(text, lang, expected):
    assert values(text, "2011-04-13", lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "la veille", "the day after" counted from the day named right after them; from an event whose day the text
    # does not give, no day; alone, from the last day named, as before
    ("Invented. Le 3 mars, le port a fermé. La veille du 14 juillet, il a rouvert.", "fr",
     {"Le 3 mars": "2013-03-03", "La veille": "2013-07-13", "14 juillet": "2013-07-14"}),
    ("Invented. Le 3 mars, le port a fermé. Dès le lendemain de son élection, le maire l'a rouvert.", "fr",
     {"Le 3 mars": "2013-03-03"}),
    ("Invented. Le 3 mars, le port a fermé. La veille, les dockers avaient voté.", "fr",
     {"Le 3 mars": "2013-03-03", "La veille": "2013-03-02"}),
    ("Invented. On March 3 the port closed. The day after the vote, it reopened.", "en", {"March 3": "2013-03-03"}),
    ("Invented. On March 3 the port closed. The mayor had warned the day before that it would.", "en",
     {"March 3": "2013-03-03", "the day before": "2013-03-02"}),
])
def test_eve_and_morrow_of_an_event(text, lang, expected):
    assert values(text, "2013-07-08", lang) == expected


def test_chronology_keeps_its_order():
    # an invented review of the year, written in December, its entries without a year: February past, not coming
    review = ("Invented. Les faits de l'année.\n- 11 fév : un pont s'effondre.\n- 20 mars : grève au port.\n"
              "- 9 nov : le maire démissionne.\n- 5 déc : la digue cède.")
    assert values(review, "2011-12-22") == {"11 fév": "2011-02-11", "20 mars": "2011-03-20", "9 nov": "2011-11-09",
                                            "5 déc": "2011-12-05"}
    # an invented list of accidents: an entry without its year takes that of the entry above it
    accidents = ("Invented. Accidents:\nMay 23, 2001 - A barge sinks.\nJuly 3 - A ferry capsizes.\n"
                 "January 13, 2006 - A tug burns.\nAugust 22 - A trawler runs aground.")
    assert values(accidents, "2011-07-11", "en") == {"May 23, 2001": "2001-05-23", "July 3": "2001-07-03",
                                                      "January 13, 2006": "2006-01-13", "August 22": "2006-08-22"}


def test_ahead_of_what_is_to_come():
    # invented: what comes "ahead of" a meeting is before it; the meeting is to come
    text = "Invented. Delegates traded drafts ahead of a meeting of fishing ministers on Thursday, an aide said."
    assert values(text, "2011-03-07", "en") == {"Thursday": "2011-03-10"}


@pytest.mark.parametrize("text, expected", [
    # hoping for and going to do ('allait' before an infinitive) tell what is to come
    ("Invented. Le maire a dit espérer un accord vendredi avec les pêcheurs.", {"vendredi": "2011-03-11"}),
    ("Invented. Les élus ont indiqué que le préfet allait signer vendredi l'arrêté.", {"vendredi": "2011-03-11"}),
    ("Invented. Le blessé allait mieux mercredi.", {"mercredi": "2011-03-09"}),
])
def test_french_cues_of_what_is_to_come(text, expected):
    assert values(text, "2011-03-10") == expected


def test_point_of_a_title_ends_no_clause():
    # invented: the point of "M." does not hide the verb before it, which tells the tense
    assert values("Invented. M. Leroy a reçu M. Perrin mardi.", "2013-06-30") == {"mardi": "2013-06-25"}


def test_term_given_until_a_day():
    # invented: giving someone until a day sets a term ahead, whatever the tense of the giving
    text = "Invented. Le conseil a donné au maire jusqu'à mardi pour répondre."
    assert values(text, "2013-07-01") == {"mardi": "2013-07-02"}


def test_toll_of_a_day_is_past():
    # invented: the wounded of a day are of what happened that day, whatever the tense
    text = "Invented. Les familles viendront voir les blessés de samedi à l'hôpital."
    assert values(text, "2013-01-30") == {"samedi": "2013-01-26"}


@pytest.mark.parametrize("text, lang, expected", [
    # a weekday ending a clause opened by "since", "depuis" began what is going on since: past
    ("Invented. Depuis l'arrestation du maire mercredi par les gendarmes, la ville est calme.", "fr",
     {"mercredi": "2013-07-03"}),
    ("Invented. The ferry has been idle since Thursday.", "en", {"Thursday": "2013-07-04"}),
    # "since then" is a clause of its own
    ("Invented. She will camp at the lake for her first visit since then and drive home on Tuesday.", "en",
     {"Tuesday": "2013-07-09"}),
])
def test_weekday_since(text, lang, expected):
    assert values(text, "2013-07-08", lang) == expected


def test_earliest_weekday_is_ahead():
    # invented: the earliest a thing may come is ahead, whatever the verb
    text = "Invented. Officials said the ferry could sail as early as Wednesday, weather permitting."
    assert values(text, "2010-05-31", "en") == {"Wednesday": "2010-06-02"}


@pytest.mark.parametrize("text, lang, expected", [
    # the day after the page's date told as past is that day (a page dated the evening before), not six days back
    ("Invented. The harbour board said Tuesday that the ferry keeps its winter timetable.", "en",
     {"Tuesday": "2010-06-01"}),
    ("Invented. Le conseil portuaire a maintenu mardi les horaires d'hiver du bac.", "fr", {"mardi": "2010-06-01"}),
    # a week back is said "last Tuesday"; a sudden event or a since clause has happened
    ("Invented. The harbour board met last Tuesday.", "en", {"last Tuesday": "2010-05-25"}),
    ("Invented. The ferry has stayed in port since Tuesday.", "en", {"Tuesday": "2010-05-25"}),
])
def test_weekday_after_the_page_date(text, lang, expected):
    assert values(text, "2010-05-31", lang) == expected


@pytest.mark.parametrize("text, expected", [
    # "en début, fin, milieu de semaine, de mois, d'année" takes the direction that follows it
    ("Invented. Les pêcheurs ont bloqué le port en fin de semaine dernière.", {"fin de semaine dernière": "2020-W10"}),
    ("Invented. La digue sera achevée en fin d'année prochaine.", {"fin d'année prochaine": "2021"}),
    ("Invented. Les travaux reprendront en début de mois prochain.", {"début de mois prochain": "2020-04"}),
    ("Invented. Le bac reprendra en fin de semaine.", {"fin de semaine": "2020-W11"}),
])
def test_part_of_a_unit_with_its_direction(text, expected):
    assert values(text, "2020-03-11") == expected


@pytest.mark.parametrize("text, anchor, expected", [
    # a clause opened by "avant de", "avant que" tells what follows the main clause's event: its day is not past
    # because the main verb is
    ("Invented. Venu saluer l'équipage, avant de céder le commandement le 2 novembre, l'amiral l'a redit hier.",
     "2002-09-14", {"le 2 novembre": "2002-11-02", "hier": "2002-09-13"}),
    ("Invented. Ces chiffres circulent avant que le rapport soit remis lundi au préfet.", "2002-09-19",
     {"lundi": "2002-09-23"}),
    # its own verb, or a past main clause, still tell the past
    ("Invented. Le marin a été soigné trois jours avant d'être rapatrié le 5 août.", "2002-09-14",
     {"trois jours": "P3D", "le 5 août": "2002-08-05"}),
])
def test_day_after_the_main_event(text, anchor, expected):
    assert values(text, anchor) == expected


@pytest.mark.parametrize("text, expected", [
    # the present passive of a verb that schedules ("est fixé", "sont attendus") sets a day ahead; with a past
    # auxiliary, or a verb that only moves ("est arrivé"), the day stays past
    ("Invented. Le départ de la course est fixé samedi à 9 h devant la mairie.",
     {"samedi": "1999-05-29", "9 h": "1999-05-29T09:00"}),
    ("Invented. Les résultats du concours sont attendus lundi.", {"lundi": "1999-05-31"}),
    ("Invented. Le ministre était attendu samedi à la foire.", {"samedi": "1999-05-22"}),
    ("Invented. Le maire est arrivé samedi à la foire.", {"samedi": "1999-05-22"}),
])
def test_scheduling_passive_is_ahead(text, expected):
    assert values(text, "1999-05-26") == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a day without its year after a day of another year than the writer's, in the same sentence, is of that account
    ("Invented. Lancée dans le port le 20 décembre 2010, la grève ne gagne les docks du nord que le 9 janvier.", "fr",
     {"le 20 décembre 2010": "2010-12-20", "le 9 janvier": "2011-01-09"}),
    ("Invented. The union, in a note dated March 2 2009, said the walkout would last until March 20.", "en",
     {"March 2 2009": "2009-03-02", "March 20": "2009-03-20"}),
    # a day its tense puts on the other side of the writer's day keeps the writer's reading
    ("Invented. Le chantier, lancé le 2 mars 2011, reprendra le 9 mars.", "fr",
     {"le 2 mars 2011": "2011-03-02", "le 9 mars": "2014-03-09"}),
])
def test_day_in_the_account_of_another_year(text, lang, expected):
    assert values(text, "2014-01-15", lang) == expected


def test_day_in_the_account_of_a_month_of_another_year():
    # invented: a month written with its year opens an account as a day does
    text = "Invented. Venu au port en mars 2009, le cargo n'en repart que le 2 avril."
    assert values(text, "2014-01-15") == {"mars 2009": "2009-03", "le 2 avril": "2009-04-02"}


def test_following_weekday_counts_from_the_day_told():
    # invented: "le lundi suivant" is the Monday after the day the account has reached, not after the writer's
    text = ("Invented. Le 3 juillet, le club renvoie son entraîneur. "
            "Le lundi suivant, les joueurs reprennent l'entraînement.")
    assert values(text, "2013-07-17") == {"Le 3 juillet": "2013-07-03", "Le lundi suivant": "2013-07-08"}


def test_day_inside_a_chronology_entry():
    # invented: a review of the year written in December; a day told inside an entry is of the entry's account
    text = ("Invented. Les faits de l'année.\n"
            "- 10 fév : PORT - Les dockers se mettent en grève.\n"
            "Le 21 mars, les armateurs cèdent.\n"
            "- 4 mai : PÊCHE - Les quotas sont relevés.\n"
            "- 9 juin : CANAL - Une écluse rouvre, et une fête nautique, le 12 octobre, réunira les bateliers.\n")
    found = values(text, "2011-12-20")
    assert found["Le 21 mars"] == "2011-03-21" and found["le 12 octobre"] == "2011-10-12"


@pytest.mark.parametrize("text, expected", [
    # a year right after the noun of what comes back each year (a budget, a season, an election) names that year's,
    # whatever follows
    ("Invented. Un budget 2013 pour la commune a été voté.", {"2013": "2013"}),
    ("Invented. Le bilan 2001 des pêches sera publié lundi.", {"2001": "2001", "lundi": "2002-01-28"}),
    ("Invented. La saison 2011 des régates a été courte.", {"2011": "2011"}),
])
def test_year_after_a_yearly_noun(text, expected):
    assert values(text, "2002-01-24") == expected


@pytest.mark.parametrize("text, expected", [
    # a place named with its article before "de demain", "d'hier" is its future or its past, no day; a person's
    # name, with no article, keeps the day
    ("Invented. Les armateurs misent sur la «Norvège de demain».", {"demain": "FUTURE_REF"}),
    ("Invented. L'Islande d'hier vivait de la morue.", {"hier": "PAST_REF"}),
    ("Invented. Il a commenté le discours de Martin d'hier sur les quotas.", {"hier": "2011-07-03"}),
])
def test_era_of_a_place(text, expected):
    assert values(text, "2011-07-04") == expected


@pytest.mark.parametrize("text, expected", [
    # "cette journée", "cette nuit" followed by the day they belong to name that day's, not the writer's
    ("Invented. Le gardien raconte cette journée du 14 mai 1998 où la digue a cédé.", {"14 mai 1998": "1998-05-14"}),
    ("Invented. Cette nuit du 3 au 4 mars, un hangar du port a brûlé.", {"Cette nuit du 3 au 4 mars": "2011-03-03TNI"}),
    ("Invented. Cette nuit, un hangar du port a brûlé.", {"Cette nuit": "2011-09-27TNI"}),
])
def test_part_of_a_named_day(text, expected):
    assert values(text, "2011-09-27") == expected


@pytest.mark.parametrize("text, expected", [
    # a season followed by a people's or a creed's adjective names a political movement, no season
    ("Invented. Le printemps arabe a inspiré les étudiants de Valbrune.", {}),
    ("Invented. Certains redoutent que cet hiver islamiste dure.", {}),
    ("Invented. Le port a rouvert au printemps, après un hiver rude.", {"printemps": "2012-SP"}),
])
def test_season_naming_a_movement(text, expected):
    assert values(text, "2012-10-02") == expected


@pytest.mark.parametrize("text, lang, expected", [
    # two months joined by a slash share the year written after the second, as with a dash or "et"
    ("Invented. Les grèves de mars/avril 2009 ont paralysé le port.", "fr", {"mars": "2009-03", "avril 2009": "2009-04"}),
    ("Invented. The March/April 2009 strikes shut the port.", "en", {"March": "2009-03", "April 2009": "2009-04"}),
])
def test_months_joined_by_a_slash(text, lang, expected):
    assert values(text, "2010-06-01", lang) == expected


@pytest.mark.parametrize("text, expected", [
    # a count of hours followed by the way it is travelled is a distance, no clock
    ("Invented. Le camp de Valbrune est à 3 heures de route de la frontière.", {"3 heures": "PT3H"}),
    ("Invented. Le convoi est arrivé à 3 heures du matin.", {"3 heures": "2012-10-02T03:00"}),
])
def test_hours_of_travel(text, expected):
    assert values(text, "2012-10-02") == expected


@pytest.mark.parametrize("text, expected", [
    # "la même époque", "la même période" of last year: the writer's month a year back; "la même date": the day
    ("Invented. Les réservations ont chuté par rapport à la même période de l'an dernier.",
     {"la même période": "2011-10", "l'an dernier": "2011"}),
    ("Invented. L'an dernier à la même époque, le lac débordait.", {"L'an dernier": "2011", "la même époque": "2011-10"}),
    ("Invented. À la même date l'an passé, le port était fermé.", {"la même date": "2011-10-02", "l'an passé": "2011"}),
    ("Invented. À la même époque, les pêcheurs rentraient au port.", {}),
])
def test_same_time_last_year(text, expected):
    assert values(text, "2012-10-02") == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the weekday after the page's date told in the past is that next day (a page dated before its news), but not
    # in a pluperfect: a past told before another past is of the week before
    ("Invented. Le maire de Valbrune avait quitté la ville lundi, avant la crue.", "fr", {"lundi": "2012-09-24"}),
    ("Invented. Le maire avait d'abord regagné lundi son village de Tarvel.", "fr", {"lundi": "2012-09-24"}),
    ("Invented. Le maire de Valbrune a quitté la ville lundi.", "fr", {"lundi": "2012-10-01"}),
    ("Invented. The mayor had left the town on Monday.", "en", {"Monday": "2012-09-24"}),
    ("Invented. The mayor had to leave the town on Monday.", "en", {"Monday": "2012-10-01"}),
])
def test_weekday_in_a_pluperfect(text, lang, expected):
    assert values(text, "2012-09-30", lang) == expected


@pytest.mark.parametrize("text, expected", [
    # a count of days, weeks, months or years "plus tard", "plus tôt", "auparavant" is counted from the last time told
    ("Invented. Le 6 mai, la digue a cédé. Le dernier disparu a été retrouvé cinq jours plus tard.",
     {"Le 6 mai": "2012-05-06", "cinq jours plus tard": "2012-05-11"}),
    ("Invented. Élu en juin 2011, le maire a démissionné trois mois plus tard.",
     {"juin 2011": "2011-06", "trois mois plus tard": "2011-09"}),
    # with no time told before, it stays a length of time
    ("Invented. Trois mois plus tard, le port a rouvert.", {"Trois mois": "P3M"}),
])
def test_count_from_the_last_time_told(text, expected):
    assert values(text, "2012-10-02") == expected


@pytest.mark.parametrize("text, expected", [
    # English "later" and "earlier" count from the last time told too, years from the last year written out
    ("Invented. The levee broke on May 6. Ten days later, the last missing man was found.",
     {"May 6": "2012-05-06", "Ten days later": "2012-05-16"}),
    ("Invented. The mayor was elected in 1998 and his father 14 years earlier.", {"1998": "1998", "14 years earlier": "1984"}),
])
def test_english_count_from_the_last_time_told(text, expected):
    assert values(text, "2012-10-02", "en") == expected


@pytest.mark.parametrize("text, expected", [
    # a time told far back is seldom the one counted from: the count is a length of time
    ("Invented. En mars 2011, la digue a cédé. " + "Le conseil a débattu du budget des écoles et des routes. " * 15
     + "Trois mois plus tard, le port a rouvert.", {"mars 2011": "2011-03", "Trois mois": "P3M"}),
    # after a word of comparison too: a base of comparison, no time of its own
    ("Invented. En juin 2011, les ventes ont baissé de 4 % par rapport à un an plus tôt.",
     {"juin 2011": "2011-06", "un an": "P1Y"}),
])
def test_count_from_a_time_told_near_and_no_comparison(text, expected):
    assert values(text, "2012-10-02") == expected


@pytest.mark.parametrize("text, expected", [
    # "le même jour", "le jour même", "ce jour-là" are the last day told, as "le lendemain" is the one after it
    ("Invented. Le 6 mai, la digue a cédé. Le même jour, un second barrage a débordé.",
     {"Le 6 mai": "2012-05-06", "Le même jour": "2012-05-06"}),
    ("Invented. Le 6 mai, la digue a cédé ; ce jour-là, le maire était à Tarvel.",
     {"Le 6 mai": "2012-05-06", "ce jour-là": "2012-05-06"}),
    # followed by the day it names, it is that day; by an event, no day the text gives
    ("Invented. La foire s'ouvre le jour même de la fête du village.", {}),
])
def test_same_day_as_the_last_told(text, expected):
    assert values(text, "2012-10-02") == expected


@pytest.mark.parametrize("text, expected", [
    # "ce midi", as "ce soir", is the writer's day; "vers midi" takes the day told before it
    ("Invented. Jeudi, le maire était à Tarvel. Il s'exprimera ce midi à la radio.",
     {"Jeudi": "2012-09-27", "ce midi": "2012-10-02T12:00"}),
    ("Invented. Jeudi, vers midi, le maire a quitté Tarvel.", {"Jeudi": "2012-09-27", "vers midi": "2012-09-27T12:00"}),
])
def test_this_noon(text, expected):
    assert values(text, "2012-10-02") == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a time of day takes no day that began what goes on since: that day is not told as news
    ("Invented. Les grévistes occupent le dépôt de Valbrune depuis le 3 mars. Dans la soirée, la police est intervenue.",
     "fr", {"le 3 mars": "2012-03-03", "la soirée": "2012-10-04TEV"}),
    ("Invented. Ten people have been hurt in Tarvel since Monday. A fire broke out after midnight.",
     "en", {"Monday": "2012-10-01", "midnight": "2012-10-04T24:00"}),
    # nor a day told in the pluperfect, a past before the news
    ("Invented. Les rebelles avaient pris la ville de Tarvel le 3 mai. Dans la nuit, l'aviation a frappé le port.",
     "fr", {"le 3 mai": "2012-05-03", "la nuit": "2012-10-04TNI"}),
])
def test_time_of_day_takes_no_day_since(text, lang, expected):
    assert values(text, "2012-10-04", lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a count of hours from the writer's day reaches the day those hours end on
    ("Invented. Le maire de Valbrune a promis que la route rouvrira dans 48 heures.", "fr", {"48 heures": "2012-10-06"}),
    ("Invented. The mayor of Tarvel says the road will reopen in 72 hours.", "en", {"72 hours": "2012-10-07"}),
])
def test_hours_ahead_reach_their_day(text, lang, expected):
    assert values(text, "2012-10-04", lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a weekday with a day number and no month is of the month told just before, when that day of it has that weekday
    ("Invented. En février, le syndicat des dockers de Valbrune a appelé à la grève le mardi 8.", "fr",
     {"février": "2011-02", "le mardi 8": "2011-02-08"}),
])
def test_weekday_with_day_number_in_the_month_told(text, lang, expected):
    assert values(text, "2011-05-11", lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the hour of what recurs is no one day's
    ("Invented. Le 3 mai, le port de Valbrune a rouvert. Chaque soir à 20 heures, un ferry part pour Tarvel.", "fr",
     {"Le 3 mai": "2012-05-03", "Chaque soir": "TEV", "20 heures": "XXXX-XX-XXT20:00"}),
    ("Invented. The Tarvel port reopened on May 3. Every day at 9 a.m., a ferry leaves for Valbrune.", "en",
     {"May 3": "2012-05-03", "Every day": "P1D", "9 a.m.": "XXXX-XX-XXT09:00"}),
])
def test_hour_of_what_recurs(text, lang, expected):
    assert values(text, "2012-10-04", lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a weekday in a newspaper's or a programme's title is no day; the day told next to it is (invented titles)
    ("Invented. The mayor of Tarvel told the Sunday Herald that the ferry would stay.", "en", {}),
    ("Invented. A reporter for the Mail on Sunday toured the Tarvel docks on Thursday.", "en", {"Thursday": "2012-10-04"}),
    ("Invented. Le maire de Valbrune a accordé un entretien au Courrier du Dimanche.", "fr", {}),
    # a French weekday opening a line after a heading without a point is a day
    ("Invented. Le port de Valbrune\nVendredi, les dockers ont repris le travail.", "fr", {"Vendredi": "2012-10-05"}),
])
def test_weekday_in_a_title_is_no_day(text, lang, expected):
    assert values(text, "2012-10-08", lang) == expected
