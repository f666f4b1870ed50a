"""Events of invented sentences (fictional places): what a sentence reports, not what it recalls."""
from __future__ import annotations

import pytest

from vigie.ingest import make_document
from vigie.nlp.events import find_events
from vigie.pipeline import analyze


def _events(text: str, lang: str) -> list[tuple[str, str]]:
    """(type, first year of its date) of each event of `text`, in an article of March 2024."""
    events = find_events(analyze(make_document(text, published="2024-03-12", lang=lang)))
    return [(event.type, (event.earliest or "")[:4]) for event in events]


@pytest.mark.parametrize("text, lang, expected", [
    # A trigger dated by its own words years before the article, in a sentence of another time, recalls
    # a past event: it is no news of the day, nor are the dead counted after it.
    ("Fishermen of Lormes made headlines after the 2011 attacks on the capital, officials recalled on Monday.",
     "en", []),
    ("The 1957 epidemic killed a third of the people of Eastmoor, the museum's new exhibit shows.",
     "en", []),
    ("The court in Redhill heard on Monday the case of the man charged over the 2015 bombing of the station.",
     "en", []),
    ("Le ministre a rappelé lundi les frappes de 1994 sur Valbrune.", "fr", []),
    # Controls: a sentence dated that year is the past event's own record; a count is no year; a day of
    # this year is news.
    ("The painter died in 1970 in his house in Redhill.", "en", [("DISASTER", "1970")]),
    ("The 2000 soldiers attacked the town of Redhill on Monday.", "en", [("ASSAULT", "2024")]),
    ("Des milliers de manifestants ont défilé lundi à Lormes, dont les cortèges de 2000 personnes parties "
     "de la gare.", "fr", [("PROTEST", "2024")]),
    ("The March 4 attack on the station of Redhill killed nine people.", "en", [("ASSAULT", "2024")]),
])
def test_event_recalled_by_its_own_past_date_reports_nothing_new(text, lang, expected):
    assert _events(text, lang) == expected


def _negated(text: str, lang: str) -> list[tuple[str, bool]]:
    """(type, negated) of each event of `text`."""
    events = find_events(analyze(make_document(text, published="2024-03-12", lang=lang)))
    return [(event.type, event.negated) for event in events]


@pytest.mark.parametrize("text, lang, expected", [
    # 'without' or 'sans' negates every item of the list it opens, up to the last after 'or', 'ni', 'ou'.
    ("The council acted without their consent, approval or even a vote of the assembly.", "en",
     [("AGREE", True)]),
    ("The families of Redhill were left for days without water, food or shelter.", "en", [("AID", True)]),
    ("Les familles de Lormes sont restées plusieurs jours sans eau, nourriture ou aide humanitaire.", "fr",
     [("AID", True)]),
    # 'sans parler de', 'sans compter' add to what is told.
    ("Sans parler des maisons pillées ou incendiées, des dizaines de civils ont été tués à Lormes.", "fr",
     [("ASSAULT", False)]),
    # Controls: a phrase closed by a comma names what another word lacks; 'and' may join a clause.
    ("Without hesitation, troops of the Redhill garrison fired and killed two farmers.", "en", [("ASSAULT", False)]),
    ("Sans attendre, les milices ont bombardé Lormes.", "fr", [("ASSAULT", False)]),
])
def test_without_negates_its_list(text, lang, expected):
    assert _negated(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # A consulting firm, consulting work, a career in PR consulting: a trade, no talks held.
    ("The minister joined a consulting firm in Redhill after he left office last year.", []),
    ("Universities in Eastmoor let their staff take on some consulting work every year.", []),
    # Control: consulting someone is talks.
    ("The president has been consulting with the allies of Eastmoor all week.", ["CONSULT"]),
])
def test_consulting_as_a_trade_is_no_talks(text, expected):
    assert [kind for kind, _ in _negated(text, "en")] == expected


@pytest.mark.parametrize("text, expected", [
    # A fire is a disaster; one set ('ont incendié', 'un incendie criminel') is an attack, and the harm a
    # sentence reports besides types it.
    ("Un incendie de forêt a ravagé mardi deux mille hectares près de Valbrune.", ["DISASTER"]),
    ("Un incendie s'est déclaré samedi dans un entrepôt du port de Lormes.", ["DISASTER"]),
    ("Des manifestants ont incendié deux voitures de police samedi à Valbrune.", ["ASSAULT"]),
    ("La police enquête sur un incendie criminel qui a détruit l'école de Valbrune.", ["ASSAULT"]),
    ("Les bombardements ont provoqué un incendie dans le quartier de Lormes mardi.", ["ASSAULT"]),
])
def test_a_fire_is_a_disaster_unless_set(text, expected):
    assert [kind for kind, _ in _negated(text, "fr")] == expected


def _flags(text: str, lang: str) -> list[tuple[str, bool, bool]]:
    """(type, hypothetical, negated) of each event of `text`."""
    events = find_events(analyze(make_document(text, published="2024-03-12", lang=lang)))
    return [(event.type, event.hypothetical, event.negated) for event in events]


@pytest.mark.parametrize("text, lang, expected", [
    # An indirect question ('how', 'why', 'comment', 'pourquoi') opens a clause: a negation or a word of
    # what may happen outside it leaves the deed it asks about as told.
    ("The ministry did not say how many soldiers had been deployed to Redhill.", "en",
     [("MOBILIZE", False, False)]),
    ("Officials would not explain why the convoy was attacked near Redhill on Monday.", "en",
     [("ASSAULT", False, False)]),
    ("Les autorités de Lormes n'ont pas expliqué comment l'hélicoptère a été abattu.", "fr",
     [("ASSAULT", False, False)]),
    # Control: the negation in the deed's own clause.
    ("The ministry said no soldiers had been deployed to Redhill.", "en", [("MOBILIZE", False, True)]),
])
def test_an_indirect_question_opens_a_clause(text, lang, expected):
    assert _flags(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # A negated answer leaves the request made.
    ("The ministry of Redhill did not respond to a request for comment on the raids.", "en",
     [("REQUEST", False, False)]),
    ("Le gouvernement de Lormes n'a pas répondu à une demande de commentaire sur les raids.", "fr",
     [("REQUEST", False, False)]),
    # Control: a request denied is no request made.
    ("The ministry of Redhill did not request any help from its neighbours.", "en", [("REQUEST", False, True)]),
])
def test_a_negated_answer_leaves_the_request_made(text, lang, expected):
    assert _flags(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # A negation after a deed named as given tells what is said of it: the deed happened.
    ("The origin of the blast at the Redhill depot has not been established.", "en", [("ASSAULT", False, False)]),
    ("The terms of the agreement signed in Redhill were not disclosed.", "en", [("AGREE", False, False)]),
    ("Les causes de la mort du journaliste de Lormes n'ont pas été établies.", "fr",
     [("DISASTER", False, False)]),
    # Controls: the negated verb tells the deed happen.
    ("The meeting of the ministers of Redhill did not take place on Tuesday.", "en", [("CONSULT", False, True)]),
    ("La réunion des ministres de Lormes n'a pas eu lieu mardi.", "fr", [("CONSULT", False, True)]),
])
def test_a_negation_after_a_deed_taken_as_given(text, lang, expected):
    assert _flags(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # What is expected or anticipated may happen; 'expected to' already was.
    ("Traders in Redhill anticipate a new offensive by the militia next week.", "en", [("ASSAULT", True, False)]),
    ("Les diplomates s'attendent à un retrait des troupes de Lormes.", "fr", [("RETREAT", True, False)]),
    # Control: an expectation before a comma gives the motive of a deed done.
    ("As expected, the militia attacked the outskirts of Redhill on Monday.", "en", [("ASSAULT", False, False)]),
])
def test_what_is_expected_may_happen(text, lang, expected):
    assert _flags(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # A building block is a part, nothing blocked.
    ("Teachers in Redhill say trust is one of the building blocks that hold a town together.", []),
    # Control: a veto blocks a resolution.
    ("Eastmoor blocks the resolution on the ceasefire at the council on Monday.", ["REJECT"]),
])
def test_building_blocks_block_nothing(text, expected):
    assert [kind for kind, _ in _negated(text, "en")] == expected


@pytest.mark.parametrize("text, expected", [
    # Killing a bill, a project or a story ends it; nobody is killed.
    ("The council of Redhill killed the bridge project on Monday.", []),
    # Control: people killed.
    ("The militia killed three farmers near Redhill on Monday.", ["ASSAULT"]),
])
def test_a_killed_bill_is_no_attack(text, expected):
    assert [kind for kind, _ in _negated(text, "en")] == expected


@pytest.mark.parametrize("text, expected", [
    # A mask that falls, a man fallen to the ground: no town taken.
    ("Pour les opposants de Lormes, le masque des nouveaux dirigeants est tombé.", []),
    ("Le vieil homme est tombé à terre devant la mairie de Lormes mardi.", []),
    # Control: a town that falls is taken.
    ("La ville de Valbrune est tombée mardi aux mains des rebelles.", ["ASSAULT"]),
])
def test_a_figurative_fall_takes_nothing(text, expected):
    assert [kind for kind, _ in _negated(text, "fr")] == expected


@pytest.mark.parametrize("text, expected", [
    # 'without warning' tells how something happened; nobody warned anybody.
    ("The council of Redhill announced without warning the closure of the market.", [("STATEMENT", False)]),
    # Control: a warning given.
    ("The council of Redhill warned traders of the closure of the market.", [("THREATEN", False)]),
])
def test_without_warning_warns_nobody(text, expected):
    assert _negated(text, "en") == expected
