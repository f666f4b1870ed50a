"""Events of invented sentences (fictional places): an event's type is what its sentence's main clause reports,
and a sentence recalling, negating or only expecting a deed reports no new one."""
from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from vigie.ingest import make_document
from vigie.model import Analysis
from vigie.nlp.events import (_TOKEN_CUT, _Alternation, _lexicon, _marked, _openings, _phrases, _places,
                               _typographic, find_events)
from vigie.pipeline import analyze


def _found(text: str, lang: str) -> list:
    """The events of one invented sentence, published 12 March 2024."""
    return find_events(analyze(make_document(text, published="2024-03-12", lang=lang)))


def _only_event(text: str, lang: str):
    """The one event an invented sentence reports."""
    events = _found(text, lang)
    assert len(events) == 1, events
    return events[0]


def _type(text: str, lang: str) -> str:
    events = find_events(Analysis(make_document(text, published="2024-03-12", lang=lang)))
    assert len(events) == 1, events
    return events[0].type


@pytest.mark.parametrize("text, lang, expected", [
    # An appeal, talks, a threat or an accusation whose complement names an attack or a flight.
    ("Le président de la Norlande a appelé les deux armées à mettre fin aux bombardements sur Valbrune.", "fr",
     "REQUEST"),
    ("La Croix-Rouge a demandé un couloir pour évacuer les blessés de Valbrune.", "fr", "REQUEST"),
    ("Valmont a annoncé être en pourparlers avec Ostrava pour obtenir une trêve, appelant à la fin des frappes.",
     "fr", "CONSULT"),
    ("Les ministres ont réaffirmé lundi la nécessité d'une offensive contre Castelmar.", "fr", "STATEMENT"),
    ("Les agences ont averti qu'une attaque contre Castelmar pourrait provoquer une catastrophe.", "fr", "THREATEN"),
    ("L'opposition accuse l'armée d'avoir bombardé un hôpital de Castelmar.", "fr", "ACCUSE"),
    ("The Eastmoor council called on the militia to halt its offensive immediately.", "en", "REQUEST"),
    ("Officials from both countries held talks in Vienna to end the strikes on the border towns.", "en", "CONSULT"),
    ("The ministry denied that its aircraft had struck a hospital in Redhill.", "en", "REJECT"),
    # Actions told by a verb keep their type, whoever reports them.
    ("L'aviation a bombardé mardi le marché de Valbrune, faisant douze morts.", "fr", "ASSAULT"),
    ("L'armée a indiqué que ses troupes avaient repris le village de Lormes.", "fr", "ASSAULT"),
    ("Craignant un nouvel assaut, des milliers d'habitants fuient Valbrune vers le sud.", "fr", "DISPLACEMENT"),
    ("A raid killed nine people at a market in Eastmoor on Tuesday.", "en", "ASSAULT"),
    ("The army said its forces had captured the town of Redhill after heavy fighting.", "en", "ASSAULT"),
    # A statement's reported clause tells what happened, unless it is in the conditional.
    ("Le porte-parole a indiqué que les combats ont fait quarante morts à Lormes.", "fr", "ASSAULT"),
    ("Le ministre a souligné que la Norlande répondrait à toute attaque contre Lormes.", "fr", "STATEMENT"),
    # "selon" attributes and governs nothing; a verb after a noun belongs to another clause.
    ("Selon l'Observatoire, les combats ont fait au moins quarante morts à Castelmar.", "fr", "ASSAULT"),
    ("Alors que des pourparlers pourraient s'ouvrir, les troupes continuent à bombarder Valbrune.", "fr", "ASSAULT"),
    ("Des milliers de manifestants ont défilé à Valbrune pour réclamer la fin de la guerre.", "fr", "PROTEST"),
    # What a purpose phrase names is prepared or awaited, not done.
    ("L'armée de la Norlande a déployé des renforts en vue d'une offensive sur Valbrune.", "fr", "MOBILIZE"),
    ("Les milices se préparent à une nouvelle offensive contre Castelmar.", "fr", "MOBILIZE"),
    ("Troops massed on the border ahead of an assault on the town of Redhill.", "en", "MOBILIZE"),
    ("The militia dug trenches around Eastmoor in preparation for a possible attack.", "en", "MOBILIZE"),
    # …but an action told by a verb after the phrase, or before it, is still what happened.
    ("Ahead of the talks in Vienna, the militia shelled the outskirts of Redhill.", "en", "ASSAULT"),
    ("L'aviation a bombardé Valbrune en vue d'une offensive terrestre.", "fr", "ASSAULT"),
    # Some statement verbs have what happened as their object; English opens a clause without "that".
    ("Residents of Eastmoor reported heavy shelling in the eastern districts on Sunday.", "en", "ASSAULT"),
    ("A spokesman for the Redhill army said the strikes targeted weapons depots.", "en", "ASSAULT"),
    ("Des habitants de Lormes ont fait état de violents combats dans la nuit.", "fr", "ASSAULT"),
    ("The minister said the offensive against Redhill would continue until spring.", "en", "STATEMENT"),
    ("The Eastmoor mayor said the evacuation of the old town would begin on Friday.", "en", "STATEMENT"),
    ("Activists claim the guards are paid to attack them at night in Redhill.", "en", "STATEMENT"),
])
def test_the_type_is_what_the_main_clause_reports(text, lang, expected):
    assert _type(text, lang) == expected


def test_the_trigger_shown_is_one_of_the_type():
    text = "The Eastmoor council called on the militia to halt its offensive immediately."
    (event,) = find_events(Analysis(make_document(text, published="2024-03-12", lang="en")))
    assert event.trigger.lower().startswith("called on")
    assert event.types[0] == "ASSAULT"  # every type found is still listed, in events.json order


@pytest.mark.parametrize("text, lang", [
    # Invented sentences whose words only look like triggers: a company's executive, a political side,
    # what is given, a relief well, a fund, a reader invited to read on.
    ("The chief executive of Redhill Oil opened new offices in the harbour of Eastmoor.", "en"),
    ("Engineers drilled a second relief well near the Eastmoor platform last month.", "en"),
    ("Doctor Amsel explores the life of a fisherman in the harbour of Redhill.", "en"),
    ("Le président a choisi son camp dans la querelle entre les deux partis de Valbrune.", "fr"),
    ("Étant donné la situation, la mairie de Lormes a reporté la fête du village.", "fr"),
    ("Consultez les articles de la rubrique Monde pour suivre la saison culturelle de Valbrune.", "fr"),
    ("Le ministre de la culture est venu à deux reprises au musée de Lormes cet été.", "fr"),
    # A quantity of things that are no places: "reprendre" takes up, "take" is no capture.
    ("Le rapport du maire de Lormes reprend une quarantaine de propositions du comité.", "fr"),
    ("It took several cities years to rebuild their harbours after the war.", "en"),
    ("The new tax took the city council of Redhill by surprise.", "en"),
    # A discussion nobody is said to hold with anyone is a debate, not talks.
    ("The Redhill gazette welcomes a lively discussion of the harbour plans from its readers.", "en"),
    ("The whole discussion about the Eastmoor budget has lost its way this year.", "en"),
    # An influx of things or of visitors is no flight.
    ("The lake cannot cope with the influx of nutrients from the Eastmoor farms.", "en"),
    ("La ville a connu un afflux de touristes venus de Valbrune cet été.", "fr"),
])
def test_words_that_only_look_like_triggers_report_nothing(text, lang):
    assert find_events(Analysis(make_document(text, published="2024-03-12", lang=lang))) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Des centaines de familles vivent dans un camp de fortune près de Lormes depuis mardi.", "fr", "DISPLACEMENT"),
    ("The rebels advanced on Redhill after two days of heavy rain.", "en", "ASSAULT"),
    ("Two men were executed in the main square of Eastmoor on Monday.", "en", "ASSAULT"),
    ("A large explosion shook the port of Eastmoor early on Tuesday morning.", "en", "ASSAULT"),
    ("Les rebelles ont repris Valbrune après trois jours de siège.", "fr", "ASSAULT"),
    ("Les milices tentent de reprendre le contrôle du port de Castelmar.", "fr", "ASSAULT"),
    # "reprendre" without a place for object resumes.
    ("Les négociations sur un retrait des troupes reprendront lundi à Castelmar.", "fr", "CONSULT"),
    # A quantity between the verb and the place noun still leaves a place for object.
    ("Valbrune a repris une quarantaine de villages dans la province de Lormes.", "fr", "ASSAULT"),
    ("L'armée de la Norlande a repris des dizaines de localités aux rebelles.", "fr", "ASSAULT"),
    ("The militia took several towns north of Redhill on Sunday.", "en", "ASSAULT"),
    ("Government forces have taken dozens of villages from the rebels near Eastmoor.", "en", "ASSAULT"),
    ("The Eastmoor minister held a long discussion with his Redhill counterpart on Monday.", "en", "CONSULT"),
    ("The two envoys had a frank discussion about the border in Redhill on Monday.", "en", "CONSULT"),
    ("Eastmoor has seen an influx of civilians from Redhill since Monday.", "en", "DISPLACEMENT"),
    ("Lormes fait face à un afflux de civils venus de Valbrune depuis lundi.", "fr", "DISPLACEMENT"),
])
def test_the_narrowed_triggers_still_find_what_happened(text, lang, expected):
    assert _type(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # Invented sentences: backing expressed is SUPPORT, material help is AID.
    ("Le gouvernement de la Norlande a exprimé son soutien aux rebelles de Valbrune.", "fr", "SUPPORT"),
    ("Ostrava soutient le gouvernement de Castelmar depuis le début de la crise.", "fr", "SUPPORT"),
    ("Eastmoor voiced support for the Redhill government on Monday.", "en", "SUPPORT"),
    ("The council endorsed the governor's plan for the Redhill harbour on Monday.", "en", "SUPPORT"),
    ("La Norlande a apporté un soutien militaire aux rebelles de Valbrune.", "fr", "AID"),
    ("La Norlande a livré des armes aux rebelles de Valbrune la semaine dernière.", "fr", "AID"),
    ("Un convoi d'aide humanitaire est arrivé mardi à Castelmar.", "fr", "AID"),
    ("Eastmoor sent military aid to the rebels in Redhill on Monday.", "en", "AID"),
    ("An aid convoy reached the town of Redhill on Tuesday.", "en", "AID"),
    # Support ranks below what else a sentence reports; "soutenir que" maintains that something is so.
    ("Les forces du régime, soutenues par l'aviation, ont bombardé Valbrune mardi.", "fr", "ASSAULT"),
    ("Des milliers de manifestants ont défilé en soutien au président à Valbrune.", "fr", "PROTEST"),
    ("Le ministre soutient que les rebelles ont quitté Lormes dans la nuit.", "fr", "STATEMENT"),
])
def test_support_expressed_is_not_material_aid(text, lang, expected):
    assert _type(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    # Invented sentences: a month, a name, a religion, an adjective or an adverb that only looks like a trigger.
    ("The council of Redhill adopted its budget for the harbour in March.", "en"),
    ("Secretary-General Ban Ki-moon opened the new museum of Eastmoor.", "en"),
    ("The Protestant church of Redhill celebrated its anniversary last month.", "en"),
    ("The fleet of fishing boats returned to the harbour of Eastmoor.", "en"),
    ("The band released its third album in the town of Redhill last year.", "en"),
    ("La situation financière de la mairie de Lormes reste tendue cette année.", "fr"),
    ("Le maire de Lormes a soigneusement rangé les archives du village.", "fr"),
    ("Le président Herman Van Rompuy est venu inaugurer le musée de Lormes.", "fr"),
    ("Les fans de Redhill United ont chanté dans le vieux stade de la ville.", "fr"),
])
def test_words_that_only_look_like_triggers_of_other_types(text, lang):
    assert find_events(Analysis(make_document(text, published="2024-03-12", lang=lang))) == []


@pytest.mark.parametrize("text, lang, expected", [
    # Invented sentences: the narrowed triggers still find what happened.
    ("The two men were released from custody in Redhill on Monday.", "en", "RETREAT"),
    ("The militia released three prisoners in Eastmoor on Sunday.", "en", "RETREAT"),
    ("Thousands marched through the streets of Redhill on Saturday.", "en", "PROTEST"),
    ("Des milliers d'habitants ont fui Valbrune, redoutant de nouvelles frappes.", "fr", "DISPLACEMENT"),
    ("La Norlande a rompu ses relations diplomatiques avec Ostrava.", "fr", "SANCTION"),
])
def test_narrowed_triggers_of_other_types_still_find_what_happened(text, lang, expected):
    assert _type(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    # Invented sentences: figurative uses, people named by what they do, calls to the reader, definitions
    # (a disaster that strikes is no attack, but it is a DISASTER: see below).
    ("La crise frappe durement l'économie de la Norlande depuis le printemps.", "fr"),
    ("Ce qui m'a frappé, c'est le calme des habitants de Valbrune.", "fr"),
    ("Je suis d'accord avec vous sur l'avenir du port de Castelmar.", "fr"),
    ("Des centaines de combattants attendaient sur la place de Valbrune lundi soir.", "fr"),
    ("S'abonner, c'est soutenir une rédaction indépendante à Lormes.", "fr"),
    ("Consultez nos archives et rejoignez la discussion sur la saison de Valbrune.", "fr"),
    ("The crisis struck markets across Eastmoor and Redhill on Monday.", "en"),
    ("Le métier de laitier est tombé dans l'oubli à Lormes après la guerre.", "fr"),
    ("Les délégués de Lormes ont salué une avancée diplomatique majeure lundi.", "fr"),
    ("La fondation de Valbrune veut combattre la faim et la pauvreté en Norlande.", "fr"),
    ("The Redhill bank will meet its obligations to all creditors this year.", "en"),
    ("Asked about the Redhill harbour, the mayor declined to comment on Monday.", "en"),
    ("The council of Redhill must deal with a great deal of paperwork this year.", "en"),
    ("Hundreds of fighters gathered in the main square of Redhill on Monday.", "en"),
    ("Follow live coverage of the Redhill council meeting on our website.", "en"),
    ("The report by John Carter on the Redhill harbour was released on Sunday.", "en"),
    # "Fighting" before a noun says what kind of thing it is.
    ("Redhill bought forty infantry fighting vehicles from Eastmoor in March.", "en"),
    ("The Eastmoor militia is hardly a disciplined fighting force yet.", "en"),
    # A destroyer is a warship, or whoever destroys: the noun tells no destruction.
    ("Two Eastmoor destroyers sailed past the Redhill lighthouse on Monday.", "en"),
])
def test_uses_that_report_nothing_happening(text, lang):
    assert find_events(analyze(make_document(text, published="2024-03-12", lang=lang))) == []


@pytest.mark.parametrize("text, lang, expected", [
    # Invented sentences: the literal uses still report what happened.
    ("L'aviation de la Norlande a frappé des positions rebelles près de Valbrune.", "fr", "ASSAULT"),
    ("Les frappes ont visé le port de Castelmar dans la nuit de lundi.", "fr", "ASSAULT"),
    ("Les deux camps ont conclu un accord de cessez-le-feu à Lormes.", "fr", "AGREE"),
    ("Les combattants rebelles ont attaqué la caserne de Valbrune à l'aube.", "fr", "ASSAULT"),
    ("Les deux présidents se sont entretenus mardi de la situation à Castelmar.", "fr", "CONSULT"),
    ("Government jets struck rebel positions north of Redhill overnight.", "en", "ASSAULT"),
    ("The two sides struck a deal on the Redhill harbour on Friday.", "en", "AGREE"),
    ("John Carter, the journalist held in Redhill, was released on Sunday.", "en", "RETREAT"),
    ("The militia released John Carter after three weeks in Redhill.", "en", "RETREAT"),
    # A statement's object can be the backing it expresses.
    ("Le parti du président a réaffirmé mardi son soutien au maire de Valbrune.", "fr", "SUPPORT"),
])
def test_literal_uses_still_report_what_happened(text, lang, expected):
    events = _found(text, lang)
    assert [event.type for event in events] == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    # Invented sentences: a use of a trigger word that tells another event than the word alone.
    ("The miners' strike closed the port of Eastmoor for a week.", "en", "PROTEST"),
    ("Thousands of dockers went on strike in Redhill on Monday morning.", "en", "PROTEST"),
    ("Doctors treated forty wounded civilians at the Redhill field hospital.", "en", "AID"),
    ("Les médecins de Valbrune ont soigné quarante civils blessés lundi.", "fr", "AID"),
    ("Les rebelles ont combattu les forces de la Norlande près de Lormes.", "fr", "ASSAULT"),
    ("Une roquette a blessé quarante civils au marché de Valbrune.", "fr", "ASSAULT"),
    ("The shelling wounded forty civilians in the Redhill market.", "en", "ASSAULT"),
])
def test_a_use_of_a_trigger_word_may_tell_another_event(text, lang, expected):
    events = _found(text, lang)
    assert [event.type for event in events] == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    # Invented sentences: killings, torture, rape and repression are attacks; bringing nationals home is a
    # displacement; an interview or a press conference is something said, not talks.
    ("Le chef de l'opposition de Valbrune a été assassiné mardi devant son domicile.", "fr", "ASSAULT"),
    ("Des prisonniers de Lormes ont été torturés par les gardiens du camp.", "fr", "ASSAULT"),
    ("Le régime de la Norlande réprime les opposants de Valbrune dans le sang.", "fr", "ASSAULT"),
    ("The militia raped dozens of women in the villages around Redhill.", "en", "ASSAULT"),
    ("The rebel leader of Eastmoor was assassinated on Tuesday near the harbour.", "en", "ASSAULT"),
    ("Les pays européens ont commencé à rapatrier leurs ressortissants de Castelmar.", "fr", "DISPLACEMENT"),
    ("Dans un entretien accordé au Courrier de Lormes, le ministre a défendu son bilan.", "fr", "STATEMENT"),
    ("The Redhill mayor told reporters at a news conference that the harbour would reopen.", "en", "STATEMENT"),
])
def test_words_missed_or_mistyped_before(text, lang, expected):
    assert _type(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    # Invented sentences: a statement verb in another sense, a question asked, a conclusion drawn, an
    # adjective, a page's furniture, a film shot, a thing shown, a non-military preparation, a building block.
    ("Le métro de Lormes s'annonce comme le grand chantier de la décennie.", "fr"),
    ("La nouvelle police municipale doit assurer la sécurité du port de Castelmar.", "fr"),
    ("On peut se demander si le port de Valbrune rouvrira un jour.", "fr"),
    ("J'en ai conclu que le maire de Lormes ne viendrait pas.", "fr"),
    ("La situation financière de la mairie de Lormes reste critique cette année.", "fr"),
    ("Les deux trafiquants jugés à Lormes encourent la peine de mort.", "fr"),
    ("Le comité des fêtes de Lormes prépare la fête du village.", "fr"),
    ("This discussion is now closed .", "en"),
    ("The video was shot on a phone in the old town of Redhill.", "en"),
    ("The images demonstrate how the harbour of Eastmoor has grown.", "en"),
    ("The council of Redhill is preparing a new budget for the harbour.", "en"),
    ("Makeshift power lines sag between the apartment blocks of Eastmoor.", "en"),
])
def test_other_senses_report_nothing(text, lang):
    assert find_events(analyze(make_document(text, published="2024-03-12", lang=lang))) == []


@pytest.mark.parametrize("text, lang, expected", [
    # Invented sentences: natural disasters, epidemics, accidents and deaths nobody inflicted are events,
    # no attacks; a death in an attack stays one.
    ("The earthquake struck the coast of Eastmoor shortly after midnight.", "en", "DISASTER"),
    ("The earthquake killed more than two thousand people in Eastmoor on Tuesday.", "en", "DISASTER"),
    ("The swine flu epidemic has killed twenty people in Redhill, officials said.", "en", "DISASTER"),
    ("An explosion on the Redhill drilling rig killed eleven workers in April.", "en", "DISASTER"),
    ("The Redhill singer died on Thursday at his home in Eastmoor.", "en", "DISASTER"),
    ("The mayor of Redhill died of a heart attack in hospital on Monday.", "en", "DISASTER"),
    ("Three soldiers died in the shelling of the Redhill barracks.", "en", "ASSAULT"),
    ("Le village de Lormes a été frappé par une grave sécheresse l'été dernier.", "fr", "DISASTER"),
    ("Le séisme a fait plus de deux mille morts à Valbrune mardi.", "fr", "DISASTER"),
    ("Une explosion dans une usine chimique a tué dix ouvriers à Lormes.", "fr", "DISASTER"),
    ("Le maire de Valbrune est décédé jeudi dans sa maison de Lormes.", "fr", "DISASTER"),
    ("Un bébé est mort dans les bombardements de Valbrune mardi.", "fr", "ASSAULT"),
])
def test_disasters_are_events_but_no_attacks(text, lang, expected):
    assert _type(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # Invented sentences: troops that move, crowds gathered, a ruler ousted, a clash without "s'",
    # police seizing things.
    ("Government tanks rolled into the centre of Redhill at dawn.", "en", "MOBILIZE"),
    ("Des blindés sont entrés dans Valbrune mardi à l'aube.", "fr", "MOBILIZE"),
    ("Des milliers de partisans du président se sont réunis place de la Liberté à Valbrune.", "fr", "PROTEST"),
    ("Le maire de Valbrune a été chassé du pouvoir après six mois de mandat.", "fr", "COERCE"),
    ("The Eastmoor president was ousted by the army after weeks of protests.", "en", "COERCE"),
    ("Les jeunes de Lormes ont affronté les policiers toute la nuit.", "fr", "ASSAULT"),
    ("Police seized phones and laptops at the offices of the Redhill Herald.", "en", "COERCE"),
])
def test_what_moves_gathers_or_is_seized(text, lang, expected):
    assert _type(text, lang) == expected


def test_a_ruler_ousted_is_coerced_unless_only_named_or_recalled():
    # Invented sentences: French ousting participles, as English "ousted" or "toppled"; an epithet ("le président
    # destitué") names a ruler and a relative clause ("la révolte qui a renversé…") recalls what is known.
    for text, expected in [
        ("L'armée de la Norlande a destitué mardi le président Marc Delorme.", "COERCE"),
        ("Le gouvernement de Valbrune a été renversé par l'armée dans la nuit de lundi.", "COERCE"),
        ("Les généraux ont renversé le régime de Lormes après trois jours de grève.", "COERCE"),
        ("Des partisans du président destitué ont défilé mardi à Valbrune.", "PROTEST"),
        ("Des manifestants ont fêté à Valbrune la révolte qui a renversé le président Delorme.", "PROTEST"),
    ]:
        assert _type(text, "fr") == expected, text
    # The word's other senses report nothing.
    for text in ["Le camion a renversé un lampadaire dans le centre de Lormes mardi.",
                 "L'équipe de Valbrune a renversé la situation en seconde mi-temps."]:
        assert not find_events(Analysis(make_document(text, published="2024-03-12", lang="fr"))), text


@pytest.mark.parametrize("text, lang", [
    # Invented sentences: troops where they are, tourists' visits, weapons named, link lines, a special envoy.
    ("Some forty thousand troops are based in the north of Eastmoor.", "en"),
    ("Les troupes de la Norlande restent cantonnées dans la ville de Lormes.", "fr"),
    ("Tourists visited the old harbour of Redhill on Monday despite the rain.", "en"),
    ("Des touristes ont visité les ruines de Valbrune pendant tout l'été.", "fr"),
    ("The militiamen carried assault rifles through the streets of Redhill.", "en"),
    ("Des hélicoptères de combat survolaient le port de Castelmar mardi matin.", "fr"),
    ("Lire : « A Valbrune, plus de morts en une semaine que pendant tout l'hiver »", "fr"),
    ("Read more: Rebels attack the port of Redhill after a week of shelling", "en"),
    ("Notre envoyé spécial à Valbrune raconte la vie au port de Castelmar.", "fr"),
])
def test_things_that_are_not_events(text, lang):
    assert find_events(analyze(make_document(text, published="2024-03-12", lang=lang))) == []


@pytest.mark.parametrize("text, lang, expected", [
    # Invented sentences: a disaster or a disease named in passing, as a topic or qualifying another noun,
    # is no DISASTER; the sentence is what else it reports, or nothing.
    ("Officials said the spill area off Eastmoor was closed to fishing.", "en", "STATEMENT"),
    ("Don't be afraid of the flu, the Redhill doctor told his patients.", "en", "STATEMENT"),
    ("The firm is carrying out its spill clean-up plan in Redhill, its chief said.", "en", "STATEMENT"),
    ("Les autorités de Lormes ont déclaré que la zone de la marée noire restait fermée à la pêche.", "fr",
     "STATEMENT"),
    ("Des convois d'aide sont arrivés à Lormes trois jours après le séisme.", "fr", "AID"),
])
def test_a_disaster_named_in_passing_is_no_disaster(text, lang, expected):
    assert _type(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    # Invented sentences: a topic with nothing happening, a flood of information.
    ("The Redhill health minister spoke about the flu vaccine campaign on Monday.", "en"),
    ("Le ministre de Valbrune a parlé lundi de la campagne de vaccination contre la grippe.", "fr"),
    ("Les habitants de Lormes sont inondés de rumeurs et ne savent plus que penser.", "fr"),
])
def test_a_topic_or_a_figure_of_speech_is_no_event(text, lang):
    assert find_events(analyze(make_document(text, published="2024-03-12", lang=lang))) == []


@pytest.mark.parametrize("text, lang, expected", [
    # Invented sentences: a strike by workers is a protest, a strike from the air an attack; beaten to death.
    ("Dock workers in Eastmoor pressed on with an open-ended strike over new working hours.", "en", "PROTEST"),
    ("Union members voted to end a six-day strike at the port of Eastmoor.", "en", "PROTEST"),
    ("Nurses staged a walkout at three hospitals in Redhill on Monday.", "en", "PROTEST"),
    ("A drone strike hit a convoy near Redhill, officials said.", "en", "ASSAULT"),
    ("Les grévistes de Valbrune ont reconduit le mouvement pour une semaine.", "fr", "PROTEST"),
    ("Deux femmes ont été battues à mort dans le village de Lormes, selon la police.", "fr", "ASSAULT"),
    ("A young man was beaten to death in the old town of Redhill last night.", "en", "ASSAULT"),
    ("Les pompiers ont secouru douze personnes bloquées dans leurs logements à Valbrune.", "fr", "AID"),
    ("Le patient est en état de mort clinique depuis mardi, selon l'hôpital de Valbrune.", "fr", "STATEMENT"),
])
def test_strikes_beatings_and_people_stuck(text, lang, expected):
    assert _type(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    # Invented sentences: people or ships stuck, a death long ago, oil fought or attacking a shore.
    ("Quelque 52 navires restaient bloqués au large du port de Valbrune mardi.", "fr"),
    ("Le musée de Valbrune consacre depuis mardi une exposition au peintre, resté à Lormes jusqu'à sa mort en 1932.",
     "fr"),
    ("The Redhill museum opened a show on Tuesday about the painter, who died in 1932 in the old town.", "en"),
    ("Crews from Eastmoor worked all week to fight the oil along the northern coast.", "en"),
    ("Thick crude was attacking the marshes of Eastmoor on Tuesday morning.", "en"),
])
def test_stuck_people_past_deaths_and_figurative_attacks_report_nothing(text, lang):
    assert find_events(analyze(make_document(text, published="2024-03-12", lang=lang))) == []


@pytest.mark.parametrize("text, lang", [
    # Invented sentences: an opinion, a court of appeal, a name, a phone call, markets, a legal or political battle.
    ("Je suis bien d'accord avec votre analyse sur la situation à Valbrune.", "fr"),
    ("I completely agree with you about the new bridge in Redhill.", "en"),
    ("Analysts agree that the economy of Eastmoor could grow next year.", "en"),
    ("La cour d'appel de Valbrune examinera le dossier du maire en mars.", "fr"),
    ("Le restaurant, également appelé « Le Phare », a ouvert ses portes à Lormes.", "fr"),
    ("Ce que nous pourrions appeler une saison tranquille commence à Lormes.", "fr"),
    ("Le journaliste a enfin pu appeler sa famille depuis l'hôtel de Lormes mardi soir.", "fr"),
    ("Shares of the Eastmoor Bank rallied 4 percent on Tuesday after the results.", "en"),
    ("The Redhill Bank fell to $ 8.12, its weakest share price in six years.", "en"),
    ("The mayor of Redhill is locked in a two-year legal battle with the port authority.", "en"),
    ("The Eastmoor mayor is fighting for his political survival after the vote.", "en"),
])
def test_opinions_names_courts_and_markets_report_nothing(text, lang):
    assert find_events(analyze(make_document(text, published="2024-03-12", lang=lang))) == []



@pytest.mark.parametrize("opinion, reached, lang, expected", [
    # Invented sentences: an opinion agrees or rallies, an agreement reached or a call to act keeps its type.
    ("Je suis bien d'accord avec votre analyse sur la situation à Valbrune.",
     "Les deux camps sont tombés d'accord pour rouvrir la route de Lormes.", "fr", "AGREE"),
    ("I agree , and I have written the same thing about the Redhill bridge.",
     "The two parties agreed on Monday to reopen the Redhill border crossing.", "en", "AGREE"),
    ("On peut appeler ça une belle saison pour les hôtels de Lormes.",
     "Le maire l'a appelé à quitter la mairie de Valbrune avant lundi.", "fr", "REQUEST"),
    ("Prices of Eastmoor wheat rallied sharply on Tuesday after the harvest report.",
     "Party leaders in Eastmoor rallied around the governor on Monday.", "en", "SUPPORT"),
    # An opinion approves, and a poll counts those who do; a body approving a plan agrees to it.
    ("Most residents of Redhill approve of how the mayor has handled the floods .",
     "The Eastmoor council approved the new budget for the Redhill schools on Monday .", "en", "AGREE"),
    ("Some 40 percent of Eastmoor voters approve , down from 52 percent in March .",
     "The Redhill parliament approved the border treaty with Eastmoor on Tuesday .", "en", "AGREE"),
    ("The governor 's approval rating fell to 31 percent in Redhill this month .",
     "Eastmoor lawmakers gave their approval to the Redhill ceasefire on Friday .", "en", "AGREE"),
])
def test_an_opinion_is_no_agreement_a_reached_one_is(opinion, reached, lang, expected):
    assert find_events(analyze(make_document(opinion, published="2024-03-12", lang=lang))) == []
    assert _type(reached, lang) == expected


@pytest.mark.parametrize("text, attack, lang", [
    # Invented articles: the dead of an epidemic or an earthquake are the disaster's, unless an attack is reported.
    ("A new flu virus is spreading fast in Eastmoor, health officials said on Monday. "
     "Another 37 people have died in the valley since March, the ministry said.",
     " A car bomb exploded near the market of Redhill on Tuesday.", "en"),
    ("Un violent séisme a frappé Valbrune mardi matin, selon les autorités de la région. "
     "On compte au moins 127 morts dans la vieille ville, selon l'hôpital.",
     " Des hommes armés ont attaqué un poste de police à Lormes mercredi.", "fr"),
])
def test_the_dead_of_a_disaster_are_no_attack(text, attack, lang):
    def toll(text: str) -> str:
        events = _found(text, lang)
        return next(event.type for event in events if "37 people" in event.text or "127 morts" in event.text)

    assert toll(text) == "DISASTER"
    assert toll(text + attack) == "ASSAULT"


@pytest.mark.parametrize("text, lang, expected", [
    # Invented sentences: a sentence handed down by a court is a coercion, a condemnation an accusation.
    ("L'opposant Marc Delorme a été condamné à mort mardi par un tribunal de Valbrune.", "fr", "COERCE"),
    ("Trois militants ont été condamnés par contumace à vingt ans de réclusion à Lormes.", "fr", "COERCE"),
    ("La Norlande a condamné l'attaque contre le convoi humanitaire de Lormes.", "fr", "ACCUSE"),
    ("A Redhill court sentenced the opposition leader to death on Tuesday.", "en", "COERCE"),
    ("The Eastmoor journalist was sentenced to five years in prison on Monday.", "en", "COERCE"),
    ("Eastmoor condemned the attack on the aid convoy in Redhill.", "en", "ACCUSE"),
    # Gathering funds or evidence is no meeting; ministers gathering are.
    ("L'association de Lormes a réuni des fonds pour les familles des victimes.", "fr", None),
    ("Les enquêteurs ont réuni des preuves contre le général de Valbrune.", "fr", None),
    ("Les ministres de la Norlande se sont réunis mardi à Valbrune.", "fr", "CONSULT"),
])
def test_sentences_handed_down_and_things_gathered(text, lang, expected):
    events = _found(text, lang)
    assert [event.type for event in events] == ([expected] if expected else [])


@pytest.mark.parametrize("text, lang, negated", [
    # Invented sentences: only a negation in the clause of what is reported negates it.
    ("L'armée n'a pas bombardé le marché de Valbrune mardi.", "fr", True),
    ("Ni l'armée ni les milices n'ont attaqué le convoi de Lormes.", "fr", True),
    ("Les frappes ont tué douze civils à Lormes, mais l'armée n'a pas confirmé le bilan.", "fr", False),
    ("L'armée a bombardé le pont de Valbrune avant qu'il ne soit repris par les milices.", "fr", False),
    ("Les milices ont attaqué le convoi à moins que l'armée ne soit intervenue plus tôt.", "fr", False),
    ("Les bombardements ne cessent de s'intensifier sur Castelmar depuis lundi.", "fr", False),
    ("Les combats n'ont fait que deux blessés à Lormes selon l'armée.", "fr", False),
    ("Des combats sans précédent ont éclaté mardi à Castelmar.", "fr", False),
    ("Les habitants de Lormes n'osaient fuir la ville malgré les combats.", "fr", True),
    ("Les frappes ne peuvent que provoquer la fuite des habitants de Lormes.", "fr", False),
    ("Selon le ministre, la Norlande ne veut pas rompre avec Valbrune.", "fr", False),
    ("Le ministre de la Norlande n'a pas expliqué le retrait de Valbrune mardi.", "fr", True),
    ("The Eastmoor minister said his country would never give up the town.", "en", False),
    ("The army did not shell the Redhill market on Tuesday.", "en", True),
    ("Troops didn't shell the Redhill market on Tuesday.", "en", True),
    ("Troops shelled Redhill overnight, although the army did not confirm the toll.", "en", False),
    ("The strikes killed not only soldiers but also civilians in Eastmoor.", "en", False),
    ("No fewer than 20 people were killed in the attack on Redhill.", "en", False),
    # "Not the first" tells the deed happened again.
    ("Monday was not the first time Redhill militiamen shelled the port.", "en", False),
    ("Not for the first time, the militia shelled the port of Redhill on Monday.", "en", False),
    ("The governor was not the first official to flee Redhill this week.", "en", False),
    # The "no" of a compound negates nothing; "no-one" does.
    ("Jets patrolling the no-fly zone bombed a depot near Redhill on Monday.", "en", False),
    ("No-one was killed when the militia shelled the port of Redhill.", "en", True),
    # A statement's participle after a comma opens a clause of its own.
    ("The Eastmoor ministry expelled the envoy, saying his visa was not valid.", "en", False),
    ("The Eastmoor ministry did not expel the envoy, saying his visa was valid.", "en", True),
    ("Le bombardement de lundi n'était pas le premier contre le port de Lormes.", "fr", False),
    ("Pour les milices, il n'en était pas à sa première offensive contre Lormes.", "fr", False),
    ("Le préfet n'est pas le premier responsable à fuir Lormes cette semaine.", "fr", False),
])
def test_a_negation_in_another_clause_or_an_expletive_ne_negates_nothing(text, lang, negated):
    event = _only_event(text, lang)
    assert event.negated is negated


@pytest.mark.parametrize("pattern, openings", [
    ("bain de sang", ["bain de sang"]),
    ("camps? de réfugiés", ["camp"]),
    ("t(?:ook|aken)(?= the)", ["took", "taken"]),
    ("(?:aide|soutien) (?:militaire|financi(?:er|ère))", [
        "aide militaire", "aide financier", "aide financière",
        "soutien militaire", "soutien financier", "soutien financière"]),
    ("(?:food|disaster) relief|relief (?:efforts?|teams?)", ["food relief", "disaster relief", "relief effort",
                                                             "relief team"]),
    ("open(?:ed|s)? fire", ["open"]),
    (r"prépar\w*(?= [\w'’-]+)", ["prépar"]),
    (r"[\]a]b", [""]),
    (r"(?-i:[A-Z])\w+ troops", [""]),
    (r"(?:was|(?<=')s) (?:\w+ )?struck by", ["was ", "s "]),
    (r"(?<!s')(?<!se )entreten\w*", ["entreten"]),
])
def test_a_phrase_opens_on_its_literal_text(pattern, openings):
    assert _openings(pattern)[0] == openings


def _scanned(text: str, lang: str) -> list[tuple[int, int, str]]:
    """The phrase triggers a scan of the whole text with the lexicon's phrase pattern finds."""
    return [(m.start(), m.end(), m.lastgroup) for m in _lexicon(lang).phrases.finditer(text)]


def _tried(text: str, lang: str) -> list[tuple[int, int, str]]:
    """The phrase triggers `_phrases` finds trying the phrases only where one may open."""
    lexicon = _lexicon(lang)
    pieces = _TOKEN_CUT.split(text)
    words = pieces[1::2]
    marked = _marked(words, lexicon)
    return _phrases(text, words, marked, _places(pieces, marked), lexicon)


# Invented sentences whose phrase triggers open on capitals, after a hyphen or an apostrophe, inside
# one another, or where a word only begins like one.
PHRASE_TEXTS = [
    ("fr", "L'armée a envoyé des renforts ; les milices ont OUVERT LE FEU et se sont retirées de Lormes."),
    ("fr", "Le pro-soutien militaire n'est pas l'aide humanitaire, s'affrontent-ils, s’affrontent-elles ?"),
    ("fr", "Ils ont été roués de coups à mort puis passés à tabac ; a-a envoyé, sa envoyé."),
    ("en", "Anti-air strikes hit Redhill as troops opened fire, then took control of the town of Eastmoor."),
    ("en", "AIR STRIKES and air-strikes: relief relief efforts, food relief teams, open opens fire."),
    ("en", "The militia advanced on Redhill, took the town of Redhill, and they took-over the hills."),
]


@pytest.mark.parametrize("lang, text", PHRASE_TEXTS)
def test_phrases_tried_where_they_open_are_those_a_scan_finds(lang, text):
    assert len(_scanned(text, lang)) >= 2  # the sentences hold phrases
    assert _tried(text, lang) == _scanned(text, lang)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["a", "envoyé", "air", "strikes", "Air", "took", "control", "s", "'", "’", "-",
                                 "affrontent", "relief", "efforts", "de", "sang", "bain", " ", ", ", "soutien",
                                 "militaire", "open", "fire", "roués", "coups", "à", "mort", "the", "town"]),
                max_size=30))
def test_phrases_tried_where_they_open_match_a_scan_on_any_text(pieces):
    text = "".join(pieces)
    for lang in ("fr", "en"):
        assert _tried(text, lang) == _scanned(text, lang)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab-é’' _\n", max_size=20))
@example("a-b- -c--d-")
def test_the_words_cut_are_those_of_a_cut_that_may_backtrack(text):
    assert _TOKEN_CUT.split(text) == re.split(r"(\w+(?:-\w+)*)", text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab-é ,", max_size=30), st.data())
def test_the_places_of_marked_words_are_where_they_start(text, data):
    pieces = _TOKEN_CUT.split(text)
    starts = [m.start() for m in re.finditer(r"\w+(?:-\w+)*", text)]
    marked = sorted(data.draw(st.sets(st.integers(0, max(0, len(starts) - 1)))) if starts else [])
    assert _places(pieces, marked) == [starts[index] for index in marked]


# Invented patterns; "ſtrike" (a long s) matches "strike" and "STRIKE" case-blind, though "ſ".lower() is "ſ".
ALTERNATION = {"A": [r"bomb\w*", r"(?:air|sky)strikes?", r"\w*fire", "ſtrike"],
               "B": ["bombe", "soutien", r"(?-i:K)\w+"], "C": ["s'en", r"[sz]\w+", r"(?<=')it\w*"]}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abefikmnorstuzBOSK\u212aſ' -", max_size=12))
@example("strike a STRIKE")
def test_an_alternation_tried_by_its_first_characters_matches_as_the_whole_one(text):
    whole = re.compile("(?:%s)" % "|".join(f"(?P<{kind}>{'|'.join(patterns)})"
                                            for kind, patterns in ALTERNATION.items()), re.IGNORECASE)
    alternation = _Alternation(ALTERNATION)
    for got, expected in [(alternation.fullmatch(text), whole.fullmatch(text)),
                          *((alternation.match(text, pos), whole.match(text, pos)) for pos in range(len(text) + 1))]:
        assert (got and (got.span(), got.lastgroup)) == (expected and (expected.span(), expected.lastgroup))


@pytest.mark.parametrize("text, lang, expected", [
    # Invented sentences: the press prints the typographic apostrophe the word lists write plain.
    ("Les deux milices s’affrontent depuis mardi dans le centre de Valbrune.", "fr", "ASSAULT"),
    ("Les milices se sont emparées du port de Lormes ; elles s’emparent aussi de la gare.", "fr", "ASSAULT"),
    ("Les troupes de la Norlande ont été placées en état d’alerte mardi soir.", "fr", "MOBILIZE"),
    ("Les troupes de la Norlande ont été placées en état d'alerte mardi soir.", "fr", "MOBILIZE"),
])
def test_a_phrase_matches_either_apostrophe(text, lang, expected):
    assert _type(text, lang) == expected


@pytest.mark.parametrize("pattern, expected", [
    ("s'affront\\w*", "s['’]affront\\w*"),
    ("d[e']", "d[e'’]"),
    ("[^']+", "[^'’]+"),
    ("n['’]t", "n['’]t"),
    ("(?<=')s", "(?<=['’])s"),
])
def test_a_pattern_apostrophe_matches_the_typographic_one(pattern, expected):
    assert _typographic(pattern) == expected


@pytest.mark.parametrize("text, lang", [
    # Invented sentences: riot police, an article added to a reader's favourites, "'s struck by", a
    # pressure or a migration intensifying.
    ("Riot police surrounded the main square of Redhill on Friday morning.", "en"),
    ("This article has been added to your favourites on the Eastmoor site.", "en"),
    ("L'article a bien été ajouté à vos favoris.", "fr"),
    ("Everyone in Redhill's struck by the size of the new bridge over the river.", "en"),
    ("Everyone in Redhill’s struck by the size of the new bridge over the river.", "en"),
    ("Pressure on the Eastmoor government intensified after the budget vote.", "en"),
    ("L'immigration vers Valbrune s'est intensifiée dans les années soixante.", "fr"),
])
def test_riot_police_favourites_and_things_intensifying_report_nothing(text, lang):
    assert find_events(analyze(make_document(text, published="2024-03-12", lang=lang))) == []


@pytest.mark.parametrize("text, lang, expected", [
    # Invented sentences: fighting or a conflict intensifying is an attack; protests escalating a protest.
    ("Les combats se sont intensifiés mardi autour de Lormes.", "fr", "ASSAULT"),
    ("Les émeutes s'intensifient à Valbrune depuis la décision du maire.", "fr", "PROTEST"),
    ("The conflict escalated sharply in the north of Redhill on Tuesday.", "en", "ASSAULT"),
    ("Protests in Eastmoor have escalated since the governor's decree.", "en", "PROTEST"),
])
def test_what_intensifies_tells_the_type(text, lang, expected):
    assert _type(text, lang) == expected


@pytest.mark.parametrize("text, military", [
    # Invented articles: a labour strike's later mentions are the walkout, unless the article reports air strikes.
    ("Dock workers in Eastmoor went on strike on Monday over pay. "
     "The strike entered its third day on Wednesday, with ships waiting off the port.",
     " Air strikes hit the outskirts of Redhill overnight, officials said."),
])
def test_a_bare_strike_in_a_labour_story_is_a_protest(text, military):
    def later(text: str) -> str:
        events = find_events(analyze(make_document(text, published="2024-03-12", lang="en")))
        return next(event.type for event in events if event.text.startswith("The strike entered"))

    assert later(text) == "PROTEST"
    assert later(text + military) == "ASSAULT"


@pytest.mark.parametrize("text, lang, negated", [
    # Invented sentences: a negation bearing on a claim leaves the attack claimed reported.
    ("Personne n'a revendiqué l'attaque contre le poste de police de Lormes.", "fr", False),
    ("Personne n’a revendiqué l’attaque contre le poste de police de Lormes.", "fr", False),
    ("L'attentat contre la mairie de Valbrune n'a pas été revendiqué.", "fr", False),
    ("No one claimed the attack on the Redhill police station.", "en", False),
    ("No group has claimed responsibility for the bombing in Eastmoor.", "en", False),
    # A claim that is the trigger is denied.
    ("The rebels did not claim the town of Redhill on Tuesday.", "en", True),
])
def test_a_negated_claim_does_not_negate_the_attack(text, lang, negated):
    event = _only_event(text, lang)
    assert event.negated is negated


@pytest.mark.parametrize("text, lang, negated", [
    # Invented sentences: a negation of another clause, of an infinitive or inside a quotation leaves what is
    # reported done; "sans"/"without" after the deed tells its manner.
    ("Un chef des milices appelle ses hommes à poursuivre le combat sans hésitation à Lormes.", "fr", False),
    ("Les milices ont attaqué le poste de Lormes sans avertissement mardi.", "fr", False),
    ("Le ministre de Valbrune a appelé les habitants à ne pas quitter la ville de Lormes.", "fr", False),
    ("Leurs maris étant morts à Lormes, elles vivent seules et ne peuvent pas rentrer à Valbrune.", "fr", False),
    ("« Nous ne céderons pas », a déclaré mardi le maire de Lormes.", "fr", False),
    ("Le ministre Paul Durand n'est pas rentré dans son pays, selon une source autorisée.", "fr", False),
    ("On ne saurait leur reprocher la défaite de Lormes.", "fr", True),
    ("The militia attacked the Redhill checkpoint without warning on Tuesday.", "en", False),
    ("The Eastmoor council warned Redhill not to send troops across the river.", "en", False),
    ("`` We will not give up the town , '' the mayor of Redhill said on Tuesday.", "en", False),
    ("Our troops shelled the Redhill depot and they did not stop there.", "en", False),
    ("It did not start with a riot, it started when the militia attacked the Redhill march.", "en", False),
    # Controls: a "sans" before the deed, a negation of the statement itself, still negate.
    ("Les milices ont pris Lormes sans combattre mardi.", "fr", True),
    ("Le ministre n'a pas déclaré la guerre à Valbrune mardi.", "fr", True),
    ("The mayor of Redhill has not announced the curfew yet.", "en", True),
])
def test_a_negation_bears_on_its_own_clause_only(text, lang, negated):
    event = _only_event(text, lang)
    assert event.negated is negated


@pytest.mark.parametrize("text, lang", [
    # Invented sentences: assets held, a fight for a cause or against a disease, weather striking.
    ("Les 35 tonnes d'or détenues par le trésor de Valbrune restent bloquées.", "fr"),
    ("Les avoirs en devises détenus par le fonds de Lormes dépassent 20 milliards.", "fr"),
    # A name given, a draught of air, a verdict without appeal.
    ("Les habitants de Lormes vivent dans ce qu'ils appellent « la zone grise » depuis des années.", "fr"),
    ("Le vieux quartier de Valbrune, appelé aussi la Basse-Ville, date du XIIe siècle.", "fr"),
    ("Le maire, l'appelant « le sage », l'a salué devant la foule de Lormes.", "fr"),
    ("Le quartier vit dans ce que le vieux maire de Lormes appelle « une pause ».", "fr"),
    ("Les habitants appellent cette route la voie des oubliés à Lormes.", "fr"),
    ("Pour le maire de Lormes, il faut d'abord fermer cet appel d'air vers la côte.", "fr"),
    ("Les résultats des élèves de Valbrune sont sans appel cette année encore.", "fr"),
    ("Volunteers in Redhill fight for what is right every day of the year.", "en"),
    ("Eastmoor labs are making millions of doses to fight the fever this winter.", "en"),
    ("The reform gives the Redhill farmers a fighting chance at last.", "en"),
    ("When severe weather strikes, the Eastmoor roads close for days.", "en"),
])
def test_assets_held_names_given_causes_fought_for_and_weather_report_nothing(text, lang):
    assert find_events(analyze(make_document(text, published="2024-03-12", lang=lang))) == []


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: a strike of an industry or named with protests is a walkout.
    ("The oil industry strike of 2003 crippled production in Eastmoor for months.", "PROTEST"),
    ("Protests and strikes spread across Redhill on Monday.", "PROTEST"),
    ("The union defended the right to organise and to strike in Eastmoor.", "PROTEST"),
    ("A strike began among cleaning staff at the Redhill port on Monday.", "PROTEST"),
    # Control: a strike from the air is still an attack.
    ("A drone strike hit a convoy near Redhill, officials said.", "ASSAULT"),
])
def test_a_strike_of_an_industry_is_a_walkout(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="en")))
    assert [event.type for event in events] == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    # Invented sentences: shots fired in celebration attack no one, and dying at sea is a disaster.
    ("Des tirs de joie ont résonné à Valbrune toute la soirée.", "fr", []),
    ("Celebratory gunfire rang out across Redhill all night .", "en", []),
    ("Les habitants de Redhill pleurent leurs pêcheurs morts en mer.", "fr", ["DISASTER"]),
    # Control: shots at a crowd are an attack.
    ("Des tirs ont visé la foule à Redhill lundi.", "fr", ["ASSAULT"]),
])
def test_celebratory_shots_and_deaths_at_sea(text, lang, expected):
    events = _found(text, lang)
    assert [event.type for event in events] == expected


def test_a_habit_told_by_an_adverb_at_the_verb_is_no_single_deed():
    # Invented sentences: an adverb of habit right after the verb or its auxiliary tells what is usually
    # done, which a timeline cannot date; a deed done once keeps its day.
    for text, hypothetical in [
        ("Les miliciens de Lormes attaquent souvent les convois sur la route de Valbrune.", True),
        ("Le gouvernement de la Norlande a régulièrement accusé les rebelles de pillages.", True),
        ("Les miliciens de Lormes ont attaqué mardi un convoi sur la route de Valbrune.", False),
    ]:
        (event,) = find_events(analyze(make_document(text, published="2024-03-12", lang="fr")))
        assert event.hypothetical is hypothetical, text


def test_an_english_habit_is_no_single_deed_but_a_statement_reporting_one_was_made():
    # Invented sentences: an adverb of habit before the verb; a statement reporting a habit was made.
    for text, lang, kind, hypothetical in [
        ("Militias in Redhill regularly attack convoys on the coast road .", "en", "ASSAULT", True),
        ("The Eastmoor government has frequently accused the rebels of looting .", "en", "ACCUSE", True),
        ("Militias attacked a convoy on the Redhill coast road on Tuesday .", "en", "ASSAULT", False),
        ("`` Looters often target shops here , '' the mayor of Redhill said on Tuesday .", "en", "STATEMENT", False),
        ("« Les pillards visent souvent les boutiques », a déclaré mardi le maire de Lormes.", "fr", "STATEMENT", False),
    ]:
        (event,) = find_events(analyze(make_document(text, published="2024-03-12", lang=lang)))
        assert (event.type, event.hypothetical) == (kind, hypothetical), text


def test_a_travel_or_trade_ban_is_a_sanction():
    # Invented sentences: a ban on travel, visas, arms or imports is a sanction; a ban on gatherings coerces.
    for text, expected in [
        ("The European Union imposed a travel ban on six Eastmoor officials on Monday .", "SANCTION"),
        ("An import ban on grain from Eastmoor came into force in Redhill on Monday .", "SANCTION"),
        ("Eastmoor police imposed a ban on all gatherings in the capital on Friday .", "COERCE"),
    ]:
        assert _type(text, "en") == expected, text


def test_what_is_done_at_someone_s_request_is_what_happened():
    # Invented sentences: "à l'appel de", "à la demande de" name who asked for what the sentence reports.
    for text, expected in [
        ("Des milliers de manifestants ont défilé à Valbrune à l'appel de l'opposition.", "PROTEST"),
        ("Un convoi a livré des vivres à Lormes à la demande de la Croix-Rouge.", "AID"),
        ("L'opposition de Valbrune a lancé un appel à la grève générale.", "REQUEST"),
    ]:
        assert _type(text, "fr") == expected, text


def test_an_interview_given_to_the_press_is_a_statement():
    # Invented sentence: "dans un entretien au journal" is what a minister said, not talks held.
    assert _type("Dans un entretien au quotidien de Valbrune, le ministre a affirmé que le calme régnait.",
                 "fr") == "STATEMENT"


def test_death_in_idioms_is_none_and_put_to_death_is_an_attack():
    # Invented sentences: fighting to the death, hanging between life and death, politically dead or dead with
    # worry tell no death; people put to death were killed.
    for text, expected in [
        ("Le chef rebelle de Lormes a juré de se battre jusqu'à la mort.", []),
        ("Le président de la Norlande est entre la vie et la mort.", []),
        ("Selon Ostrava, le président de Valmont est désormais politiquement mort.", ["STATEMENT"]),
        ("Des prisonniers ont été mis à mort dans la nuit à Valbrune.", ["ASSAULT"]),
    ]:
        events = find_events(analyze(make_document(text, published="2024-03-12", lang="fr")))
        assert [event.type for event in events] == expected, text


def test_jobs_hopes_and_plans_killed_are_no_attack():
    # Invented sentences: what is killed is a bill, a plan, jobs or hopes, whatever words qualify it.
    for text in ["The new tariffs are killing thousands of jobs in the Redhill mills.",
                 "The scandal killed the governor's last hopes of a second term in Eastmoor.",
                 "Eastmoor lawmakers killed a $ 2 billion housing plan on Tuesday ."]:
        assert not find_events(analyze(make_document(text, published="2024-03-12", lang="en"))), text
    # People killed during efforts, or while covering a story, are killed.
    for text in ["Two Redhill aid workers were killed on Wednesday during clean-up efforts .",
                 "Gunmen killed three reporters covering a story in Eastmoor on Monday ."]:
        events = find_events(analyze(make_document(text, published="2024-03-12", lang="en")))
        assert [event.type for event in events] == ["ASSAULT"], text


@pytest.mark.parametrize("text, lang, expected", [
    # Invented sentences: violence named figuratively attacks no one.
    ("Ostrava a lancé mardi une offensive diplomatique auprès des pays voisins de Norlande.", "fr", []),
    ("La chute du régime de Valmont a provoqué l'explosion des révolutions dans toute la région.", "fr", []),
    ("An explosion of anger swept the Redhill suburbs after the vote .", "en", []),
    ("The Eastmoor government launched a charm offensive in the capitals of its neighbours .", "en", []),
    ("The firm began the `` top kill '' of its broken pipe off Redhill on Friday .", "en", []),
    # A welcome, a military convoy or a speech delivered brings no aid.
    ("L'équipe de Valmont a été accueillie par des chants et des tirs de joie à Castelmar.", "fr", []),
    ("Un convoi militaire de Norlande a quitté Valbrune mardi vers la frontière.", "fr", ["MOBILIZE"]),
    ("A military convoy left Redhill on Tuesday heading for the border .", "en", ["MOBILIZE"]),
    ("The minister delivered a speech in Redhill on Tuesday about the economy .", "en", []),
    # Nor does a delivery, a convoy, a welcome or a hand-over that names nothing given near it, and a freeze
    # is a sanction only of what is frozen: assets, aid, ties.
    ("The new tax cuts could deliver a jolt to the Norland economy next year .", "en", []),
    ("The minister 's convoy left Redhill at dawn on Tuesday .", "en", []),
    ("The bodies were kept frozen in a warehouse outside Redhill for weeks .", "en", []),
    ("Norland firms felt frozen out of the Redhill contracts for years .", "en", []),
    ("Eastmoor is freezing the bank accounts of Redhill officials this week .", "en", ["SANCTION"]),
    ("Dès sa descente d'avion, le président de Valmont fut accueilli par le maire de Lormes.", "fr", []),
    ("La Norlande a proposé d'accueillir l'ancien dictateur de Valmont et sa famille.", "fr", []),
    ("Ostrava a livré les deux suspects aux rebelles de Valbrune.", "fr", []),
    ("Un convoi de véhicules civils a traversé Lormes lundi soir.", "fr", []),
    ("Le chantier du stade de Lormes est gelé depuis le mois de mars.", "fr", []),
    ("L'Union européenne a décidé le gel des avoirs du président de Valmont.", "fr", ["SANCTION"]),
    # Demand of a market asks for nothing, a danger named threatens no one.
    ("Demand for grain in Redhill shows no sign of slowing , traders said .", "en", ["STATEMENT"]),
    ("The armed group poses a serious threat to the security of Eastmoor , the minister said .", "en", ["STATEMENT"]),
    ("Selon le ministre, le groupe armé représente une menace pour la sécurité de la Norlande.", "fr", ["STATEMENT"]),
    # People sheltering by a border are displaced; forces backing off retreat.
    ("Some 10,000 Norlanders were sheltering near the border with Eastmoor on Sunday .", "en", ["DISPLACEMENT"]),
    ("Security forces have backed off from the Redhill square , a witness said .", "en", ["RETREAT"]),
    # Firing at a crowd and storming a town are attacks; going down into the streets is a protest.
    ("Gunmen were firing at the demonstrators in central Redhill on Monday .", "en", ["ASSAULT"]),
    ("Tanks stormed the town of Redhill on Sunday , residents said .", "en", ["ASSAULT"]),
    ("Des milliers d'habitants de Valbrune sont descendus dans les rues dimanche.", "fr", ["PROTEST"]),
    # Words that only look like triggers: habits, a defendant, anger showing, a sign of life.
    ("Redhill residents are accustomed to long power cuts in summer .", "en", []),
    ("Au tribunal de Valbrune, l'accusé est arrivé sous escorte lundi matin.", "fr", []),
    ("La colère populaire s'est manifestée pendant des semaines dans les villes de Norlande.", "fr", []),
    ("Le maire a enfin donné signe de vie jeudi dans une lettre lue à la radio.", "fr", []),
    # Controls: aid delivered, a demand made, a threat uttered, a demonstration held.
    ("Un convoi humanitaire a livré des vivres à Valbrune mardi.", "fr", ["AID"]),
    ("Le gymnase de Lormes accueille depuis lundi deux cents familles sinistrées.", "fr", ["AID"]),
    ("The convoy delivered food and medicine to Redhill on Monday .", "en", ["AID"]),
    ("The protesters demand the release of the Redhill detainees .", "en", ["REQUEST"]),
    ("Le chef rebelle menace de bombarder Valbrune.", "fr", ["THREATEN"]),
    ("Les habitants de Lormes ont manifesté mardi devant la mairie.", "fr", ["PROTEST"]),
])
def test_figurative_violence_welcomes_markets_and_dangers(text, lang, expected):
    events = _found(text, lang)
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, lang, negated", [
    # Invented sentences: a name's "sans frontières", a negation of a proof, a lessening, an end or a gerund
    # complement leaves the deed reported.
    ("L'organisation Médecins sans frontières a demandé lundi à Valmont d'ouvrir la frontière aux blessés.", "fr", False),
    ("Les viols et les agressions contre les femmes de Valbrune n'ont pas diminué depuis mars.", "fr", False),
    ("Le procureur de Tarn n'avait pas le moyen de prouver ces viols.", "fr", False),
    ("Les combats n'ont pas cessé à Lormes depuis février.", "fr", False),
    ("The group Doctors Without Borders asked Redhill to open the border to the refugees .", "en", False),
    ("`` The shelling of Redhill has not stopped since Sunday night , '' a nurse said .", "en", False),
    ("Eastmoor and the United Nations have criticised Redhill for not allowing access to the wounded .", "en", False),
    # Controls: a deed denied, cases none of which is confirmed, a blame not given.
    ("Les rebelles n'ont pas attaqué Lormes mardi.", "fr", True),
    ("There were no confirmed cases of the new flu in Redhill on Wednesday .", "en", True),
    ("Le ministre n'a pas été blâmé par le parti de Lormes, sans être exclu non plus.", "fr", True),
])
def test_a_negation_of_a_proof_or_an_end_leaves_the_deed_reported(text, lang, negated):
    event = _only_event(text, lang)
    assert event.negated is negated


@pytest.mark.parametrize("text, hypothetical", [
    # Invented sentences: a fear's gerund gives the motive of what was done, which happened.
    ("Redoutant des émeutes, l'armée de Norlande s'est déployée mardi autour de Valbrune.", False),
    ("Craignant des représailles, des milliers d'habitants ont fui Valbrune dans la nuit.", False),
    # Controls: what is feared may happen.
    ("L'armée de Norlande redoute une attaque contre Valbrune.", True),
    ("Les habitants de Valbrune craignent une nouvelle offensive de l'armée.", True),
])
def test_a_fear_that_motivates_a_deed_leaves_it_done(text, hypothetical):
    assert _only_event(text, "fr").hypothetical is hypothetical


@pytest.mark.parametrize("text, lang, hypothetical", [
    # Invented sentences: a word of what may happen in another clause than the event's leaves it done.
    ("L'armée de Norlande s'est déployée mardi autour de Valbrune pour intervenir si la situation dégénérait.",
     "fr", False),
    ("Même si les pourparlers continuent, l'aviation a bombardé mardi le marché de Valbrune.", "fr", False),
    ("Residents fled Valbrune on Tuesday, fearing a new offensive by the army.", "en", False),
    ("Fearing reprisals, thousands of residents fled Valbrune on Tuesday.", "en", False),
    # Controls: the hypothesis bears on the event's own verb.
    ("L'armée de Norlande pourrait lancer une offensive contre Valbrune.", "fr", True),
    ("Si l'armée intervenait à Valbrune, les rebelles se retireraient de la ville.", "fr", True),
    ("The army could launch an offensive on Valbrune within days.", "en", True),
    ("Residents fear a new offensive by the army on Valbrune.", "en", True),
])
def test_a_hypothesis_bears_on_its_own_clause(text, lang, hypothetical):
    event = _only_event(text, lang)
    assert event.hypothetical is hypothetical


@pytest.mark.parametrize("text, lang, hypothetical", [
    # Invented sentences: a yes-or-no question asks whether the deed its verb tells happened.
    ("Did the militia shell the port of Redhill on Monday?", "en", True),
    ("And have the rebels attacked the Redhill bridge again?", "en", True),
    ("L'armée a-t-elle bombardé le port de Valbrune lundi ?", "fr", True),
    ("Est-ce que les milices ont attaqué le pont de Valbrune ?", "fr", True),
    # Controls: a question word takes the deed as given, and so does a question on a deed named by a noun; a
    # question mark outside the deed's clause, or a pronoun after a verb of saying, asks nothing of it.
    ("Why did the militia shell the port of Redhill on Monday?", "en", False),
    ("Pourquoi est-ce que l'armée a bombardé le port de Valbrune ?", "fr", False),
    ("Has the curfew in Redhill been lifted?", "en", False),
    ("Cette attaque contre le port de Valbrune est-elle l'œuvre des milices ?", "fr", False),
    ("The militia shelled the port of Redhill on Monday, did you know?", "en", False),
    ("« Nous avons bombardé le port de Valbrune », a-t-il déclaré lundi.", "fr", False),
])
def test_a_closed_question_asks_whether_its_verb_happened(text, lang, hypothetical):
    event = _only_event(text, lang)
    assert event.hypothetical is hypothetical


@pytest.mark.parametrize("text, lang, kind", [
    # Invented sentences: the main predicate types the sentence, not an apposition before it nor the
    # grounds of a sentence or an arrest.
    ("L'ambassadrice de Norlande, accusée de soutenir le régime, a été conspuée mardi par des manifestants "
     "à Valbrune.", "fr", "PROTEST"),
    ("The Norland ambassador, accused of backing the regime, was booed by protesters in Valbrune on Tuesday.",
     "en", "PROTEST"),
    ("A Norland soldier was sentenced on Tuesday to ten years in prison for the murder of a wounded teenager "
     "in Valbrune.", "en", "COERCE"),
    ("Un soldat de Norlande a été condamné mardi à dix ans de prison pour le meurtre d'un adolescent blessé "
     "à Valbrune.", "fr", "COERCE"),
    ("Police arrested two men in Valbrune on Tuesday over the killing of a journalist.", "en", "COERCE"),
])
def test_the_main_predicate_types_the_sentence(text, lang, kind):
    event = _only_event(text, lang)
    assert event.type == kind


def _flags(text: str, lang: str) -> tuple[bool, bool]:
    event = _only_event(text, lang)
    return event.hypothetical, event.negated


@pytest.mark.parametrize("text, lang, hypothetical", [
    # Invented sentences: the future read by its ending in French, by its auxiliaries in English.
    ("Les soldats de Norlande reprendront la ville de Valbrune dans les prochains jours.", "fr", True),
    ("Nous aurons un sommet à Castelmar avec tous les dirigeants de la région.", "fr", True),
    ("Il faudra négocier avec les rebelles de Valbrune avant la fin du mois.", "fr", True),
    ("The Norland senators said they won't support the offensive on Valbrune.", "en", True),
    ("The rebels say they'll attack the garrison of Valbrune before the winter.", "en", True),
    # What a statement tells in the conditional may be.
    ("Le porte-parole a déclaré que l'armée de Norlande interviendrait à Valbrune.", "fr", True),
    # Controls: what a statement tells in the future is an intention told; an imperfect, a past looked back
    # on and a noun have no future.
    ("« Nous ne céderons pas Valbrune », a déclaré mardi le commandant des rebelles.", "fr", False),
    ("Les soldats tiraient sur la foule rassemblée devant le palais de Valbrune.", "fr", False),
    ("La guerre de Norlande aura duré huit ans et fait des milliers de morts.", "fr", False),
    ("L'armée de Norlande a bombardé les environs de Valbrune pendant la nuit.", "fr", False),
    # A hypothetical word in a clause inserted between commas bears on that clause only.
    ("Les rebelles, qui pourraient recevoir des renforts, ont attaqué Valbrune mardi matin.", "fr", False),
    ("The rebels, who could receive reinforcements, attacked Valbrune on Tuesday morning.", "en", False),
])
def test_the_future_and_an_inserted_clause(text, lang, hypothetical):
    assert _flags(text, lang)[0] is hypothetical


@pytest.mark.parametrize("text, lang, negated", [
    # Invented sentences: a negation in a clause closed before the event's verb, a litotes, "whether or not".
    ("Si les troupes ne se retiraient pas de Valbrune, l'armée attaquerait la ville.", "fr", False),
    ("If the troops do not withdraw from Valbrune, the army will attack the town.", "en", False),
    ("Bien que l'armée ne donne aucun bilan, les frappes ont tué douze civils à Valbrune.", "fr", False),
    ("Although the depression is not expected to strengthen, storm warnings were issued for Valbrune.", "en",
     False),
    ("Les rebelles, qui n'avaient pas reçu de renforts, ont attaqué Valbrune mardi matin.", "fr", False),
    ("Le roi de Norlande ne tarda pas à réclamer la démission de ses ministres.", "fr", False),
    ("Les manifestants n'hésitent pas à attaquer les policiers de Valbrune.", "fr", False),
    ("The rebels did not hesitate to attack the police stations of Valbrune.", "en", False),
    ("Senators debated whether or not the council was demanding a ceasefire in Valbrune.", "en", False),
    ("Le général a menacé de bombarder Valbrune si les rebelles ne rendaient pas les otages.", "fr", False),
    # Controls: the negation is in the event's own clause ("si peu" opens no condition).
    ("Le gouvernement si peu soucieux des civils n'a pas bombardé Valbrune.", "fr", True),
    ("L'armée de Norlande n'a pas bombardé Valbrune mardi.", "fr", True),
    ("If the troops withdraw, the army will not attack Valbrune.", "en", True),
])
def test_a_negation_in_a_closed_clause_or_a_litotes_leaves_the_deed(text, lang, negated):
    assert _flags(text, lang)[1] is negated


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: a person handed over to justice is an arrest, a town given up to looting no aid.
    ("Le suspect a été livré à la justice de Norlande mardi par les rebelles.", "COERCE"),
    ("La ville de Valbrune a été livrée au pillage pendant trois jours.", None),
    # Control: goods delivered are aid.
    ("L'ONU a livré mardi vingt tonnes de vivres à Valbrune.", "AID"),
])
def test_handed_over_is_no_delivery(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="fr")))
    assert [event.type for event in events] == ([expected] if expected else [])


@pytest.mark.parametrize("text, lang, negated", [
    # Invented sentences: a negation after "and no", "mais aucun" or a second predicate opened by an auxiliary
    # belongs to that other clause; the deed before it happened.
    ("The rebels fired rockets at Valbrune on Sunday but no injuries were reported.", "en", False),
    ("The health officers met the flight at Redhill and no passengers were detained.", "en", False),
    ("The rebels did not retreat from Valbrune and have shelled the port since Monday.", "en", False),
    ("Les miliciens n'ont pas respecté la trêve et ont bombardé le port de Valbrune.", "fr", False),
    ("L'armée a bombardé le port de Valbrune mardi et aucun blessé n'a été signalé.", "fr", False),
    # Controls: the negation in the event's own clause; "a" before an infinitive is a hurried "à".
    ("No injuries were reported after the rebels fired rockets at Valbrune.", "en", True),
    ("Les miliciens n'ont pas bombardé le port de Valbrune mardi et ont respecté la trêve.", "fr", True),
])
def test_a_negation_after_a_coordination_bears_on_the_clause_it_opens(text, lang, negated):
    assert _flags(text, lang)[1] is negated


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: the capitalized company name is no artillery shell.
    ("Shell paid a Redhill firm to clean the beaches of the bay last week.", []),
    ("Executives of BP and Shell met the governor of Redhill on Monday.", ["CONSULT"]),
    # Controls: shells, shelling and shelled are attacks.
    ("Army shells hit the northern district of Redhill on Monday.", ["ASSAULT"]),
    ("Shelling continued overnight in the northern district of Redhill.", ["ASSAULT"]),
])
def test_the_oil_company_shell_is_no_attack(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="en")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, lang, negated", [
    # Invented sentences: a deed named after a definite determiner is taken as given; the negation denies
    # what is said or done about it.
    ("Le ministre ne cautionnait pas les attaques de l'armée contre les civils de Valbrune.", "fr", False),
    ("Personne n'a répondu à cette demande des habitants de Valbrune.", "fr", False),
    ("Les milices n'ont pas arrêté le pilonnage du port de Valbrune.", "fr", False),
    ("The minister did not condone the attacks on civilians in Redhill.", "en", False),
    ("The school of Redhill was not affected by the earthquake on Monday.", "en", False),
    # Controls: a verb performing, giving or having the deed, a partitive, a negated verb, a clitic.
    ("L'armée n'a pas lancé l'offensive annoncée contre Valbrune.", "fr", True),
    ("Aucun État du conseil n'a donné son accord à la mission de Valbrune.", "fr", True),
    ("Le candidat de Valbrune n'a pas l'appui des syndicats.", "fr", True),
    ("Il n'y a pas eu de frappes sur Valbrune mardi.", "fr", True),
    ("On ne saurait leur reprocher leur silence sur Valbrune.", "fr", True),
    ("The army did not launch the offensive on Redhill on Monday.", "en", True),
    ("The governor did not give his support to the unions of Redhill.", "en", True),
])
def test_a_negation_of_what_is_done_about_a_given_deed_leaves_it(text, lang, negated):
    assert _flags(text, lang)[1] is negated


@pytest.mark.parametrize("text, hypothetical", [
    # Invented sentences: what a statement tells with "sera", "va" or "vont" is an intention or a forecast
    # told; the statement was made.
    ("La coalition poursuivra sa mission « tant que ce sera utile », a déclaré son porte-parole.", False),
    ("Les Etats-Unis vont réduire leur participation aux opérations à Valbrune, a déclaré le ministre.", False),
    ("Le ministre de Norlande a expliqué que les casernes seront ouvertes dès lundi.", False),
    # Controls: the statement itself is to come; a future that is no statement's.
    ("Le ministre de Norlande va faire une déclaration sur Valbrune lundi.", True),
    ("L'armée de Norlande va bombarder Valbrune dès lundi.", True),
])
def test_a_future_told_by_a_statement_is_no_hypothesis(text, hypothetical):
    assert _flags(text, "fr")[0] is hypothetical


@pytest.mark.parametrize("text, hypothetical", [
    # Invented sentences: an English statement's "will", "'ll" or "going to" is an intention or a forecast told.
    ("The first phase is over, and so our operation in Redhill will end soon, the colonel said.", False),
    ("`` I do n't believe they 'll see a cent from this fund , '' the Redhill mayor said .", False),
    ("The Eastmoor ministry said its troops are going to leave Redhill on Monday.", False),
    ("Asked if the man in the Redhill photo is him, the old sergeant said yes.", False),
    # Controls: the statement itself is to come; a conditional stays hypothetical.
    ("The Eastmoor minister will announce new sanctions on Redhill on Monday, officials said.", True),
    ("The Eastmoor army said it would keep up its operations north of Redhill.", True),
    ("If the Eastmoor army attacks Redhill, thousands will flee the town, the mayor said.", True),
])
def test_an_english_future_told_by_a_statement_is_no_hypothesis(text, hypothetical):
    assert _flags(text, "en")[0] is hypothetical


@pytest.mark.parametrize("text, lang, expected", [
    # Invented sentences: the object or subject tells another sense of the trigger word.
    ("His disappearance in Redhill quickly captured international attention on Monday.", "en", None),
    ("The new dome over the Redhill well managed to capture 9,000 barrels of crude on Friday.", "en", None),
    ("Repairs are due to start next month on the gutted shell of the Redhill hotel.", "en", None),
    ("Fireboat crews battle the burning wreck of the Redhill platform on Friday.", "en", None),
    ("The nurses of Redhill visited Samir in the hospital again on Friday.", "en", None),
    ("Eastmoor forces marched eastward on Sunday, hammering rebel positions near Redhill.", "en", "MOBILIZE"),
    ("C'est ainsi que l'émission, le rejeton d'une chaîne de Valbrune, voit le jour.", "fr", None),
    ("Un juriste de Valbrune publia son traité, somme de 1 200 pages en quatre tomes.", "fr", None),
    ("Le comédien de Valbrune caricature, à grand renfort de costumes et de chapeaux, les ministres.", "fr", None),
    ("Deux élus de Norlande se sont déplacés pour présenter leurs condoléances aux veuves.", "fr",
     None),
    ("Le cabinet du maire de Norlande n'a pas livré les détails de son projet à la presse.", "fr", None),
    ("La ministre a versé quelques larmes pendant sa visite à l'école de Valbrune jeudi.", "fr", None),
    ("Les vidéos de la chaîne de Valbrune reçoivent souvent près de deux millions de visiteurs.", "fr", None),
    ("Des manifestations géantes ont réuni chaque samedi des centaines de milliers de personnes à Valbrune.", "fr",
     "PROTEST"),
    ("Cette image de Valbrune est tirée d'un ancien documentaire tourné en Norlande.", "fr", None),
    ("La police de Norlande devra exécuter les mandats d'arrêt visant les fugitifs.", "fr", None),
    ("One westerner in Redhill said he pretended to use sign language in public.", "en", "STATEMENT"),
    ("Trucks rumble out of the main gate of Redhill, a warren of blast walls and barbed wire.", "en", None),
    # A recall of ambassadors or a closed embassy is a diplomatic sanction, whoever is recalled.
    ("The Eastmoor government closed its embassy in Redhill on Monday.", "en", "SANCTION"),
    ("Several Western countries have recalled their ambassadors from Eastmoor.", "en", "SANCTION"),
    ("Les pays du Golfe ont rappelé leurs ambassadeurs en Norlande mardi.", "fr", "SANCTION"),
    ("Le ministre de Norlande a rappelé les engagements pris par le gouvernement de Valbrune.", "fr", None),
    # Controls: the trigger word in its sense of an event.
    ("Eastmoor rebels captured the town of Redhill after heavy fighting on Sunday.", "en", "ASSAULT"),
    ("Artillery shells hit the centre of Redhill on Monday, killing five people.", "en", "ASSAULT"),
    ("« Nous rejetons cette offre », a dit aux journalistes un porte-parole du parti de Valbrune.", "fr",
     "REJECT"),
    ("Le gouvernement de Norlande somme les rebelles de déposer les armes avant lundi.", "fr", "REQUEST"),
    ("Des milliers de civils ont été déplacés par les combats au nord de Valbrune.", "fr", "DISPLACEMENT"),
    ("Les forces de Norlande ont tiré des obus sur le marché de Valbrune mardi.", "fr", "ASSAULT"),
    ("Le régime de Norlande a exécuté trois opposants à l'aube dans la prison de Valbrune.", "fr", "ASSAULT"),
])
def test_the_sense_a_trigger_word_takes_from_its_object(text, lang, expected):
    events = find_events(Analysis(make_document(text, published="2024-03-12", lang=lang)))
    assert (events[0].type if events else None) == expected


def test_an_accident_explosion_makes_the_blasts_of_its_document_a_disaster():
    # Invented article: a rig explosion, told later by bare words an attack would share.
    text = ("The Redhill oil rig exploded on Tuesday off the coast of Eastmoor, officials said.\n\n"
            "State inspectors had been drafting stricter safety rules before Tuesday's blast.\n\n"
            "The explosion killed eleven workers on the Redhill platform, the company said.")
    events = find_events(Analysis(make_document(text, published="2024-03-12", lang="en")))
    assert [event.type for event in events] == ["DISASTER"] * 3


@pytest.mark.parametrize("text, lang, negated", [
    # Invented sentences: "sans"/"without" negates the phrase it opens, up to the next mark; past it, it
    # names what another word of the sentence lacks.
    ("« Notre maison a brûlé, nous voilà sans toit », dit Karim, un déplacé de Valbrune.", "fr", False),
    ('"Nous voilà sans toit et sans travail", dit Karim Haddad, un déplacé de Valbrune.', "fr", False),
    ("Sans aucun soutien aérien, les milices ont attaqué mardi le poste de Lormes.", "fr", False),
    ("Without waiting for the council, the militia shelled the Redhill depot on Tuesday.", "en", False),
    # Controls: the phrase it opens, however long, still negated.
    ("La Norlande s'est abstenue mardi sans exercer son droit de veto contre la résolution sur Valbrune.", "fr",
     True),
    ("The troops crossed into Redhill without a single shot being fired.", "en", True),
])
def test_sans_negates_the_phrase_it_opens(text, lang, negated):
    assert _flags(text, lang)[1] is negated


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: an attack by words, or one blamed on a handling, is criticism.
    ("The mayor of Redhill has come under withering attack for his handling of the floods.", "ACCUSE"),
    ("The senator from Eastmoor said he could handle the verbal assaults of his rivals.", "ACCUSE"),
    ("The governor and the company faced attacks for failing to stop the leak at Redhill.", "ACCUSE"),
    # Controls: an attack at a time or on a place.
    ("The Redhill garrison came under attack for the third time this week, officials said.", "ASSAULT"),
    ("Gunmen attacked a police station in Eastmoor on Tuesday, killing four officers.", "ASSAULT"),
])
def test_an_attack_by_words_is_an_accusation(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="en")))
    assert [event.type for event in events] == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    # Invented sentences: weapons held, lost or named by their kind or by what they equip are no attack.
    ("The Redhill army is thought to hold at least 300 surface-to-air missiles in its depots.", "en", None),
    ("Eastmoor unveiled its new missile defense system at a parade on Tuesday.", "en", None),
    ("Les rebelles de Valbrune disent avoir perdu la trace de 2.000 missiles sol-air.", "fr", None),
    # Controls: weapons that fall or are fired.
    ("Three rockets landed near the port of Redhill early on Thursday.", "en", "ASSAULT"),
    ("Des missiles sont tombés mardi sur le port de Valbrune.", "fr", "ASSAULT"),
    # A sentence or an order carried out, a binding order, those who carry out, one who complies.
    ("Le ministre de Norlande veut faire exécuter les peines de moins de deux ans.", "fr", None),
    ("Le juge a rendu sa décision exécutoire dès lundi à Valbrune.", "fr", None),
    ("Le maire de Lormes s'est exécuté sans un mot devant le conseil.", "fr", None),
    # Control: a prisoner put to death.
    ("Le régime de Norlande a exécuté trois opposants mardi à Valbrune.", "fr", "ASSAULT"),
])
def test_weapons_held_and_sentences_carried_out_are_no_attack(text, lang, expected):
    events = _found(text, lang)
    assert (events[0].type if events else None) == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: "s'arrêter" and "arrêter de" stop, terms are "arrêtées" (settled), "un arrêté" decrees.
    ("Le cortège de Lormes s'est arrêté devant la mairie pendant une heure.", None),
    ("Le maire de Valbrune a enfin arrêté de publier ses communiqués quotidiens.", None),
    ("Les ministres de Norlande ont arrêté les modalités du nouveau budget lundi.", None),
    ("Un arrêté préfectoral réglemente le stationnement dans le centre de Lormes.", None),
    # Control: people arrested.
    ("Trois militants de Valbrune ont été arrêtés mardi par la police de Lormes.", "COERCE"),
])
def test_stopping_settling_and_decrees_are_no_arrest(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="fr")))
    assert (events[0].type if events else None) == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: "mon combat", "notre combat", "même combat", a political fight are a cause.
    ("Notre combat pour l'école de Lormes sera long, a déclaré la maire.", "STATEMENT"),
    ("Je continuerai mon combat pour les familles de Valbrune jusqu'au bout.", None),
    ("Le combat syndical des employés de Lormes dure depuis dix ans.", None),
    # Control: fighting.
    ("Six heures de combat ont opposé mardi les milices aux troupes de Valbrune.", "ASSAULT"),
])
def test_a_cause_defended_is_no_fighting(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="fr")))
    assert (events[0].type if events else None) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # Invented sentences: reporters or travellers going to a place, an academic title, are no consultation.
    ("Reporters who visited the Redhill front on Monday counted a dozen empty trucks.", "en", None),
    ("She held a visiting professorship at the University of Eastmoor in 1998.", "en", None),
    ("Les journalistes qui ont visité le camp de Lormes mardi décrivent des tentes vides.", "fr", None),
    # Control: a minister's visit.
    ("The Redhill foreign minister visited Eastmoor on Monday for two days of talks.", "en", "CONSULT"),
])
def test_a_trip_is_no_consultation(text, lang, expected):
    events = _found(text, lang)
    assert (events[0].type if events else None) == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: a trigger word inside a name reports nothing.
    ("A spokesman for the Redhill Fire and Rescue Service said the road would stay closed.", "STATEMENT"),
    ("The bowler Tom Warne flew into Eastmoor on Monday for the final.", None),
    # Control: a disaster is named by its own word.
    ("Hurricane Marla destroyed hundreds of homes on the coast of Redhill on Monday.", "DISASTER"),
])
def test_a_trigger_word_inside_a_name_reports_nothing(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="en")))
    assert (events[0].type if events else None) == expected


@pytest.mark.parametrize("text, negated", [
    # Invented sentences: "as" before a subject opens another clause, which the negation before it leaves.
    ("The operator said it will not go back to the Redhill field as it doubled the expected bill for the "
     "devastating spill.", False),
    ("Rescuers could not reach the village as they were driven back by the heavy fighting near Redhill.", False),
    # Control: a negation in the trigger's own clause.
    ("The company said no spill had reached the coast of Redhill by Monday.", True),
])
def test_as_before_a_subject_opens_another_clause(text, negated):
    assert _flags(text, "en")[1] is negated


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: "se demander" wonders, "cela demande" requires.
    ("Les habitants de Lormes se demandent encore comment le pont a pu tomber.", None),
    ("Je me demande parfois si le maire de Valbrune lit nos lettres.", None),
    ("Reconstruire le port de Lormes, cela demande du temps et de l'argent.", None),
    # Controls: an appeal to someone.
    ("Le maire de Lormes demande au gouvernement de rouvrir le pont.", "REQUEST"),
    ("Je vous demande de quitter la ville de Valbrune avant lundi.", "REQUEST"),
])
def test_wondering_and_requiring_are_no_request(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="fr")))
    assert (events[0].type if events else None) == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: asking a question is no request.
    ("The senator from Eastmoor asks the minister if the Redhill dam was ever inspected.", None),
    ("He asked : `` Why did nobody in Redhill come to help us ? ''", None),
    ("`` Who will pay for the Redhill bridge ? '' asked a farmer from Eastmoor.", None),
    # ... with the speaker before the verb, or a line break after the quote, and a question asked unquoted.
    ("`` Who will pay for the Redhill bridge ? '' a farmer from Eastmoor asks .", None),
    ("`` Who will pay for the Redhill bridge ? '' \nasks a farmer from Eastmoor .", None),
    ("The farmers of Eastmoor ask , who will pay for the Redhill bridge ?", None),
    ("` Who will pay for the Redhill bridge ? '  he asked , looking at the river .", None),
    ("I asked the engineers , who will pay for the Redhill bridge ?", None),
    ("So , was the Redhill bridge ever inspected , I asked ?", None),
    # Controls: someone asked to do something, even one who did something else.
    ("`` Why wait ? '' The mayor of Redhill asked the residents to leave the town on Monday.", "REQUEST"),
    ("The mayor of Redhill asked the residents who had fled to return before Monday.", "REQUEST"),
    ("The Eastmoor council asked the army to reopen the road to Redhill.", "REQUEST"),
])
def test_a_question_asked_is_no_request(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="en")))
    assert (events[0].type if events else None) == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: a question quoted with "demande" is no request.
    ("« Qui va reconstruire le pont de Lormes ? » demande un habitant de Valbrune.", None),
    ("Un élu de Lormes leur demande : « Où sont passés les fonds du port ? »", None),
    # ... after an auxiliary, with or without its pronoun, and a question asked unquoted after a colon.
    ("« Qui va reconstruire le pont de Lormes ? », a demandé un habitant de Valbrune.", None),
    ("« Qui va reconstruire le pont de Lormes ? » a-t-il demandé aux élus de Valbrune.", None),
    ("Un élu de Lormes leur demande : où sont passés les fonds du port ?", None),
    ("Un élu de Lormes a demandé au maire : où sont passés les fonds du port ?", None),
    # Control: a demand quoted.
    ("Le maire de Lormes demande : « Rouvrez le pont avant lundi ! »", "REQUEST"),
])
def test_a_question_quoted_with_demande_is_no_request(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="fr")))
    assert (events[0].type if events else None) == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: a dead zone or a dead end kills no one.
    ("Scientists found a large dead zone off the coast of Redhill this summer.", None),
    ("The plan for the Eastmoor canal has reached a dead end, officials said.", "STATEMENT"),
    # Control: people dead.
    ("Four people were dead after the gunmen opened fire in Redhill.", "ASSAULT"),
])
def test_a_dead_zone_kills_no_one(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="en")))
    assert (events[0].type if events else None) == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: findings, a prognosis delivered, and delivering on or for, are no aid.
    ("The Redhill inquiry delivered its findings to the council on Monday.", None),
    ("The new mayor of Eastmoor has yet to deliver on the bargain struck with the unions.", None),
    # Control: aid delivered.
    ("Trucks delivered food and blankets to the camps near Redhill on Monday.", "AID"),
])
def test_findings_delivered_are_no_aid(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="en")))
    assert (events[0].type if events else None) == expected


@pytest.mark.parametrize("text, lang, kinds", [
    # Invented sentences: an event recalled as the point a state is counted from reports nothing new, nor
    # does the harm it did, told after it.
    ("Oil has leaked into the bay of Redhill since the April 3 explosion on the Marlow platform.", "en", []),
    ("Nothing has been heard of the engineer since the earthquake struck Eastmoor.", "en", []),
    ("The bay of Redhill has been closed since the Marlow rig exploded, killing nine workers.", "en", []),
    ("Le musée de Valbrune est resté fermé depuis l'attentat du 3 mars.", "fr", []),
    ("Les touristes ne sont pas revenus à Lormes depuis le début de l'offensive.", "fr", []),
    # Controls: what the sentence dates from a past event is reported, and 'depuis' before a place names
    # where someone came from.
    ("Since the truce began in Eastmoor, 40 people have been killed.", "en", ["ASSAULT"]),
    ("Some 300 people have been killed in Eastmoor since the revolt began.", "en", ["ASSAULT"]),
    ("Des soldats arrivés depuis la frontière ont bombardé Lormes mardi.", "fr", ["ASSAULT"]),
])
def test_event_recalled_as_a_starting_point_reports_nothing(text, lang, kinds):
    events = _found(text, lang)
    assert [event.type for event in events] == kinds


def _events(text: str, lang: str) -> list[tuple[str, str]]:
    """(type, first year of its date) of each event of `text`, in an article of March 2024."""
    events = _found(text, lang)
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
    events = _found(text, lang)
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


def _typed_flags(text: str, lang: str) -> list[tuple[str, bool, bool]]:
    """(type, hypothetical, negated) of each event of `text`."""
    events = _found(text, lang)
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
    assert _typed_flags(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # 'whether' asks if the deed its verb tells happens: it may not have, and a negation outside the
    # question bears on the asking.
    ("The ministry did not say whether the militia attacked the convoy near Redhill.", "en",
     [("ASSAULT", True, False)]),
    ("No one in Redhill knows whether the council intends to sanction the traders.", "en",
     [("SANCTION", True, False)]),
    # Controls: a deed the question names is taken as given; the statement before it was made.
    ("Officials could not tell whether the killings in Eastmoor were the work of the militia.", "en",
     [("ASSAULT", False, False)]),
    ("The mayor would not guess whether the talks in Redhill had failed.", "en",
     [("CONSULT", False, False)]),
])
def test_whether_asks_about_its_verb(text, lang, expected):
    assert _typed_flags(text, lang) == expected


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
    assert _typed_flags(text, lang) == expected


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
    assert _typed_flags(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # What is expected or anticipated may happen; 'expected to' already was.
    ("Traders in Redhill anticipate a new offensive by the militia next week.", "en", [("ASSAULT", True, False)]),
    ("Les diplomates s'attendent à un retrait des troupes de Lormes.", "fr", [("RETREAT", True, False)]),
    # Control: an expectation before a comma gives the motive of a deed done.
    ("As expected, the militia attacked the outskirts of Redhill on Monday.", "en", [("ASSAULT", False, False)]),
])
def test_what_is_expected_may_happen(text, lang, expected):
    assert _typed_flags(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # What is hoped or wished for may happen, as what is expected may.
    ("The mayor of Redhill hopes to sign a truce with the militia next week.", "en", [("AGREE", True, False)]),
    ("Residents wishing to flee Eastmoor can board the buses at the station.", "en",
     [("DISPLACEMENT", True, False)]),
    ("Le gouvernement de Valbrune espère conclure un cessez-le-feu avec les rebelles.", "fr",
     [("AGREE", True, False)]),
    ("Les ministres souhaitent une rencontre avec les chefs rebelles de Lormes.", "fr", [("CONSULT", True, False)]),
    # Controls: a hope after the deed gives its motive.
    ("The militia of Redhill withdrew from the town, hoping to spare its people.", "en", [("RETREAT", False, False)]),
    ("Les miliciens se sont retirés de Lormes, espérant épargner la population.", "fr", [("RETREAT", False, False)]),
])
def test_what_is_hoped_for_may_happen(text, lang, expected):
    assert _typed_flags(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # What someone wants to do may not happen.
    ("The militia of Eastmoor wants to retake the bridge from the army.", [("ASSAULT", True, False)]),
    ("The mayor of Redhill wanted to negotiate a truce with the militia.", [("CONSULT", True, False)]),
    # …and on a deed named after an indefinite determiner: what is wanted is yet to come.
    ("The envoy to Redhill wants a ceasefire before the talks.", [("AGREE", True, False)]),
    ("The mayors of Eastmoor wanted an agreement with the militia on the harbour.", [("AGREE", True, False)]),
    # Controls: a deed named by a noun is taken as given; another clause tells a deed done.
    ("Officials in Redhill want to keep the support of the council.", [("SUPPORT", False, False)]),
    ("The council of Redhill wanted the envoy to attend, but the militia attacked the convoy.",
     [("ASSAULT", False, False)]),
])
def test_what_is_wanted_may_not_happen(text, expected):
    assert _typed_flags(text, "en") == expected


@pytest.mark.parametrize("text, lang, expected", [
    # A deed under way that will go on is no hypothesis.
    ("Washington will continue to send military aid to Eastmoor.", "en", [("AID", False, False)]),
    ("The fighting in Redhill will continue for weeks.", "en", [("ASSAULT", False, False)]),
    ("Washington continuera à verser une aide militaire à la Norlande.", "fr", [("AID", False, False)]),
    ("Les combats vont se poursuivre à Lormes cette semaine.", "fr", [("ASSAULT", False, False)]),
    # Control: a deed to come.
    ("The militia will attack Redhill next week.", "en", [("ASSAULT", True, False)]),
])
def test_a_deed_going_on_is_no_hypothesis(text, lang, expected):
    assert _typed_flags(text, lang) == expected


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


@pytest.mark.parametrize("text, expected", [
    # The future and the conditional of the '-ir' verbs whose stem ends in t, p, m or v.
    ("Les blindés de la Norlande serviront à protéger les convois humanitaires de Castelmar.", [("AID", True, False)]),
    ("Les miliciens sortiront de Castelmar pour attaquer les positions de l'armée.", [("ASSAULT", True, False)]),
    ("Le convoi humanitaire partira mardi de Valbrune vers les camps de Lormes.", [("AID", True, False)]),
    ("Le convoi humanitaire partirait mardi de Valbrune vers les camps de Lormes.", [("AID", True, False)]),
    # Controls: the same letters in an '-irer' verb tell a past.
    ("Le régime de Valbrune attirait alors des miliciens venus combattre à Lormes.", [("ASSAULT", False, False)]),
    ("Le régime de Valbrune se retirait alors du nord du pays.", [("RETREAT", False, False)]),
])
def test_future_of_ir_verbs_after_t_or_v(text, expected):
    assert _typed_flags(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # A town liberated is taken: an attack's gain, not a release.
    ("La ville de Valbrune est totalement libérée depuis mardi.", [("ASSAULT", False, False)]),
    ("Après trois semaines de siège, les rebelles ont libéré la ville de Valbrune.", [("ASSAULT", False, False)]),
    # Control: a person freed is released.
    ("Le journaliste Paul Arnaud a été libéré mardi par ses ravisseurs.", [("RETREAT", False, False)]),
])
def test_a_town_liberated_is_taken(text, expected):
    assert _typed_flags(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # A headlong rush and a U-turn are figures of speech: nobody flees, nobody marches.
    ("Depuis des mois, le régime de Valbrune choisit la fuite en avant.", []),
    ("Le gouvernement de Lormes a fait marche arrière sur la réforme des retraites.", []),
    # Controls: a flight and a march.
    ("La fuite des habitants de Valbrune se poursuit vers le sud.", ["DISPLACEMENT"]),
    ("Des milliers de personnes ont pris part à la marche de Lormes contre la guerre.", ["PROTEST"]),
])
def test_a_headlong_rush_and_a_u_turn_are_figures_of_speech(text, expected):
    assert [kind for kind, _, _ in _typed_flags(text, "fr")] == expected


@pytest.mark.parametrize("text, expected", [
    # A noun apart from its definite determiner, after a date or names, names a deed as given: 'whether'
    # and 'want' bear on their verb, not on it.
    ("Officials would not say whether the March 4 attacks had delayed the vote in Redhill.",
     [("ASSAULT", False, False)]),
    ("Residents of Redhill want the October strikes investigated by a judge.", [("ASSAULT", False, False)]),
    ("Lawyers are looking into whether the Norland-Eastmoor deal breaks the rules of the council.",
     [("AGREE", False, False)]),
    # Controls: after names, a form a verb takes after its subject is that verb.
    ("Officials did not say whether the Redhill Guard attacked the convoy.", [("ASSAULT", True, False)]),
    ("Officials did not say whether the Eastmoor Council withdrew its troops from the town.",
     [("RETREAT", True, False)]),
])
def test_a_noun_after_a_date_or_names_is_no_verb(text, expected):
    assert _typed_flags(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # French tells a past in the future tense from a date of a past year opening the sentence.
    ("En 1982, l'armée de Norlande bombardera la ville de Valbrune pendant trois semaines.",
     [("ASSAULT", False, False)]),
    ("Dès 2015, les miliciens de Valbrune attaqueront les convois de l'ONU.", [("ASSAULT", False, False)]),
    # Controls: a date inside the sentence, a date of the article's year, a date to come.
    ("Les rebelles attaqueront Lormes, comme en 2019.", [("ASSAULT", True, False)]),
    ("En mars, les rebelles attaqueront Lormes.", [("ASSAULT", True, False)]),
    ("En 2019, les rebelles de Lormes attaqueront la ville, puis la perdront en mai.", [("ASSAULT", True, False)]),
])
def test_a_past_told_in_the_future_from_its_date_is_no_hypothesis(text, expected):
    assert _typed_flags(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # 'May' in a capital inside a sentence is the month, no modal.
    ("In May, the militia attacked the convoy near Redhill.", [("ASSAULT", False, False)]),
    ("The council of Redhill agreed in May to send aid to the farmers.", [("AGREE", False, False)]),
    ("The militia shelled Redhill on Tuesday, May 25, killing two farmers.", [("ASSAULT", False, False)]),
    # Controls: the modal, in a heading in capitals too.
    ("The militia may attack the convoy near Redhill.", [("ASSAULT", True, False)]),
    ("MILITIA MAY ATTACK THE CONVOY NEAR REDHILL", [("ASSAULT", True, False)]),
])
def test_may_in_a_capital_is_the_month(text, expected):
    assert _typed_flags(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # To seize on something said, or to seize a moment, a chance or the initiative, takes nothing.
    ("The opposition in Redhill seized on the mayor's remarks about the farmers.", []),
    ("The militia of Eastmoor is desperate to seize back the initiative after its defeat.", []),
    ("Residents of Redhill should seize this historic opportunity to rebuild their town.", []),
    # Controls: a town seized, on a day told after the verb too.
    ("Rebels said the town they seized on Sunday was calm.", [("ASSAULT", False, False)]),
    ("The militia seized on the morning of the vote the bridge of Redhill.", [("ASSAULT", False, False)]),
])
def test_seizing_a_chance_or_on_a_remark_takes_nothing(text, expected):
    assert _typed_flags(text, "en") == expected


@pytest.mark.parametrize("text, lang, expected", [
    # A clause inserted after a noun ends at its comma: the negation or the modal after it bears on the
    # main clause's verb, not on the deed inside.
    ("Les miliciens, qui ont attaqué Lormes lundi, ne sont pas revenus depuis.", "fr", [("ASSAULT", False, False)]),
    ("Le maire, dont la famille soutient les rebelles de Lormes, ne le cache pas.", "fr",
     [("SUPPORT", False, False)]),
    ("The militiamen, who attacked Redhill on Monday, have not been seen since.", "en", [("ASSAULT", False, False)]),
    ("Les miliciens, qui ont attaqué Lormes lundi, pourraient revenir.", "fr", [("ASSAULT", False, False)]),
    # So does a fronted clause for a negation; for a modal it shares the main clause's mood.
    ("When the militia attacked Redhill, the army did not respond.", "en", [("ASSAULT", False, False)]),
    ("When the militia attacks Redhill, the army will respond.", "en", [("ASSAULT", True, False)]),
    # Control: a negation inside the inserted clause.
    ("Les miliciens, qui n'ont pas attaqué Lormes lundi, sont partis.", "fr", [("ASSAULT", False, True)]),
])
def test_a_clause_inserted_before_the_main_verb_ends_at_its_comma(text, lang, expected):
    assert _typed_flags(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # A market's demand, and a demanding task, ask nothing of anyone.
    ("If excess demand pushes prices up, the council of Redhill could cut spending.", []),
    ("The council of Redhill tried to curb demand for water during the drought.", []),
    ("The mayor of Redhill praised the demand management of the water board.", []),
    ("Running the port of Redhill is a demanding job for the new mayor.", []),
    # Controls: demands made.
    ("The farmers of Redhill demanded an inquiry into the floods.", [("REQUEST", False, False)]),
    ("The council rejected the strikers' demands for higher wages in Redhill.", [("REJECT", False, False)]),
])
def test_a_market_demand_is_no_request(text, expected):
    assert _typed_flags(text, "en") == expected


@pytest.mark.parametrize("text, lang, expected", [
    # 'and', 'et' before a noun phrase and an auxiliary, a negation or a modal open another clause, which
    # bears on its own verb.
    ("The militia attacked Redhill and the army did not respond.", "en", [("ASSAULT", False, False)]),
    ("The militia attacked Redhill and the army could do nothing.", "en", [("ASSAULT", False, False)]),
    ("Les miliciens ont bombardé Lormes et la mairie ne répond plus.", "fr", [("ASSAULT", False, False)]),
    ("Les miliciens ont bombardé Lormes et les habitants vont devoir reconstruire.", "fr",
     [("ASSAULT", False, False)]),
    # Controls: a subject of two nouns before its negated verb.
    ("The militia and the army did not clash in Redhill.", "en", [("ASSAULT", False, True)]),
    ("Les soldats et les rebelles n'ont pas combattu à Lormes.", "fr", [("ASSAULT", False, True)]),
])
def test_a_coordinator_before_a_new_subject_opens_another_clause(text, lang, expected):
    assert _typed_flags(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # 'despite', 'malgré' name a deed as given: the main clause's negation or modal does not bear on it.
    ("Despite the strikes on Redhill, the talks could resume next week.", "en", [("ASSAULT", False, False)]),
    ("The council did not change its plans despite repeated protests in Redhill.", "en",
     [("PROTEST", False, False)]),
    ("Malgré le massacre de Lormes, l'aide à l'armée ne sera pas suspendue.", "fr", [("ASSAULT", False, False)]),
    # A clause opened by 'when', 'quand' shares the main clause's mood.
    ("Quand la milice attaquera Lormes, l'armée ripostera.", "fr", [("ASSAULT", True, False)]),
])
def test_a_deed_named_after_despite_is_given(text, lang, expected):
    assert _typed_flags(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # 'marcher' that works, and a 'marche' on the way or of a podium, are no march.
    ("Le plan de paix pour Lormes ne marche pas depuis des mois.", []),
    ("La réforme de la police de Lormes est en marche.", []),
    ("Le maire de Lormes prend la première marche du podium.", []),
    ("Avec les électeurs de Lormes, ça marche de mieux en mieux.", []),
    # Controls: marches.
    ("Une marche silencieuse a eu lieu lundi à Lormes.", [("PROTEST", False, False)]),
    ("Des milliers de personnes ont participé à une marche blanche à Lormes.", [("PROTEST", False, False)]),
])
def test_a_plan_that_works_or_a_step_is_no_march(text, expected):
    assert _typed_flags(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # The top of the State is no summit: the figurative use of 'sommet' is no longer hidden by that of 'somme'.
    ("Le maire de Lormes est arrivé au sommet de l'Etat en 2019.", []),
    # Control: a summit.
    ("Un sommet de l'Union africaine a eu lieu lundi à Lormes.", [("CONSULT", False, False)]),
])
def test_the_top_of_the_state_is_no_summit(text, expected):
    assert _typed_flags(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # A minister fired is dismissed, a crowd fired up is roused, a spokesman who fired back answered.
    ("The president of Norland fired his interior minister on Monday.", []),
    ("The mayor of Redhill was fired for failing to pay the workers.", []),
    ("The new pump in Redhill will be fired up next week.", []),
    ("The spokesman fired back that the council of Redhill had done nothing wrong.", []),
    # Controls: shots fired.
    ("Troops fired on protesters in Redhill on Monday.", [("ASSAULT", False, False)]),
    ("Rebels fired back with mortars at the army near Redhill.", [("ASSAULT", False, False)]),
])
def test_fired_from_a_job_is_no_shooting(text, expected):
    assert _typed_flags(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # A well, a leak or a flow killed is sealed: no attack.
    ("Engineers in Redhill hope to kill the leaking well with mud next week.", []),
    ("The crews of Redhill finally killed the gas leak on Tuesday.", []),
    # Control: people killed at a well.
    ("Gunmen killed the guards of the oil well near Redhill.", [("ASSAULT", False, False)]),
])
def test_a_well_killed_is_sealed(text, expected):
    assert _typed_flags(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # Oil, gas or a slick burned or captured is disposed of or collected: no attack.
    ("Crews off Redhill burned off about 9,000 gallons of crude on Friday.", []),
    ("A third of the crude was captured by the dome lowered off Redhill.", []),
    ("Some patches of the slick were burned near the coast of Eastmoor.", []),
    # Controls: a place named after 'oil' taken, a depot set on fire.
    ("Rebels captured the oil terminal of Redhill on Friday.", [("ASSAULT", False, False)]),
    ("The oil town of Redhill was captured by the rebels on Friday.", [("ASSAULT", False, False)]),
    ("Rioters burned the oil depot of Eastmoor.", [("ASSAULT", False, False)]),
])
def test_oil_burned_or_captured_is_no_attack(text, expected):
    assert _typed_flags(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # A deed done as planned or sooner than planned is done.
    ("Comme prévu, le conseil de Lormes a approuvé le plan de paix lundi.", [("AGREE", False, False)]),
    ("Plus tôt que prévu, les troupes se sont retirées de Lormes.", [("RETREAT", False, False)]),
    # Control: a deed planned is yet to come.
    ("Le retrait des troupes de Lormes est prévu pour lundi.", [("RETREAT", True, False)]),
])
def test_a_deed_done_as_planned_is_done(text, expected):
    assert _typed_flags(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    # A warning sign, a warning system or a warning light warns nobody of anything: it names a thing.
    ("The council of Redhill will build an early warning system for floods.", []),
    ("Inspectors in Redhill ignored several warning signs for months.", []),
    ("Inspectors in Redhill ignored this warning sign for months.", []),
    # Control: a warning given.
    ("The militia issued a warning to the villagers of Redhill.", [("THREATEN", False, False)]),
])
def test_a_warning_sign_is_no_threat(text, expected):
    assert _typed_flags(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # Making ends meet is earning a living: nobody meets.
    ("Many fishermen in Redhill struggle to make ends meet this year.", []),
    # Control: envoys meeting.
    ("The envoys of Redhill and Eastmoor met in Vienna on Monday.", [("CONSULT", False, False)]),
])
def test_making_ends_meet_is_no_meeting(text, expected):
    assert _typed_flags(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # A claim for compensation filed, paid or processed is a demand for money, no statement.
    ("The insurers of Redhill paid 300 claims after the storm.", []),
    ("Fishermen in Redhill filed damages claims against the ferry company.", []),
    ("The ferry company of Redhill opened a claims office on Monday.", []),
    # Control: a claim made is a statement.
    ("The ferry company of Redhill claims its boats were safe.", [("STATEMENT", False, False)]),
])
def test_a_compensation_claim_is_no_statement(text, expected):
    assert _typed_flags(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # A claimant is a person who claims: naming one tells nothing said.
    ("The ferry company of Redhill has paid 2,000 claimants since the storm.", []),
    ("Claimants at the Redhill office waited for hours on Monday.", []),
    # The statement the sentence holds types it.
    ("Claimants at the Redhill office waited for hours, the manager said.", [("STATEMENT", "said")]),
])
def test_a_claimant_is_no_statement(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="en")))
    assert [(event.type, event.trigger) for event in events] == expected


@pytest.mark.parametrize("text, lang, hypothetical", [
    # A fragment quoted inside a clause does not end it: the cue before it bears on the verb after it.
    ("The army of Redhill should not ``wait'' but withdraw from the hills now.", "en", True),
    ("The army of Redhill should not “wait” but withdraw from the hills now.", "en", True),
    ("L'armée devrait « vraiment » se retirer des collines de Valbrune.", "fr", True),
    # Control: a quotation holding its cue ends with its clause.
    ("``If they come back, we will leave,'' a farmer said as the troops withdrew from Redhill.", "en", False),
])
def test_a_quoted_fragment_leaves_its_clause_whole(text, lang, hypothetical):
    events = _found(text, lang)
    assert [(event.type, event.hypothetical) for event in events] == [("RETREAT", hypothetical)]


@pytest.mark.parametrize("text, expected", [
    # A legal, political or election fight is fought in courts and polls, as a battle of the same kind is.
    ("The legal fight between the ferry company and Redhill will last for years.", []),
    ("The mayor of Redhill faces a tough election fight in May.", []),
    # Control: fighters in the streets.
    ("Rebels and soldiers fight in the streets of Redhill.", [("ASSAULT", False, False)]),
])
def test_a_legal_fight_is_no_attack(text, expected):
    assert _typed_flags(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # Costs or standards met are paid or matched, whatever hyphened or possessive words stand before them.
    ("The ferry company of Redhill sold ships to meet clean-up and repair costs.", []),
    ("The ferry company of Redhill sold ships to meet the town 's costs.", []),
])
def test_costs_met_through_hyphens_and_possessives(text, expected):
    assert _typed_flags(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # 'shot back' after a quotation or before one is a retort, as 'fired back that' is.
    ("`` We never left the town , '' the mayor of Redhill shot back .", []),
    ("The envoy of Redhill shot back : `` The council knows the answer . ''", []),
    # Control: shots returned.
    ("Police in Redhill shot back at the gunmen.", [("ASSAULT", False, False)]),
])
def test_shot_back_at_a_question_is_a_retort(text, expected):
    assert _typed_flags(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: ground gained by fighters (an advance, CAMEO's 'occupy territory', a fight) is an
    # attack; a party, poverty or talks progressing are not.
    ("Les miliciens ont progressé de vingt kilomètres vers Lormes samedi.", ["ASSAULT"]),
    ("Depuis lundi, les colonnes progressent en direction de Valbrune.", ["ASSAULT"]),
    ("L'avancée des soldats de la Norlande inquiète les habitants de Castelmar.", ["ASSAULT"]),
    ("Le parti vert a encore progressé aux municipales de Valbrune.", []),
    ("Le chômage progresse lentement dans la région de Lormes.", []),
    ("Les élèves de Castelmar ont beaucoup progressé en lecture cette année.", []),
])
def test_an_advance_on_the_ground_is_an_attack_other_progress_is_not(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="fr")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, fighting, lang", [
    # Invented articles: a death nobody is said to have inflicted is a DISASTER, the fighting's (ASSAULT)
    # when the article reports fighting and no disaster.
    ("Le maire de Lormes est mort lundi à l'âge de 71 ans, a annoncé sa famille dans la soirée.",
     " Les miliciens ont bombardé le quartier nord de Lormes pendant la nuit.", "fr"),
    ("The governor of Eastmoor died on Monday, his office said in a brief statement.",
     " Militia fighters shelled the northern districts of Eastmoor overnight.", "en"),
])
def test_a_death_amid_fighting_is_the_fighting_s(text, fighting, lang):
    def death(text: str) -> str:
        events = _found(text, lang)
        return events[0].type

    assert death(text) == "DISASTER"
    assert death(text + fighting) == "ASSAULT"
    if lang == "fr":  # a death in a fire stays the fire's
        assert death("Un enfant est mort dans un incendie à Valbrune." + fighting) == "DISASTER"


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: death itself (feared, sown, a matter of life or death, dead or alive, 'Mort aux …') is
    # no death that happened; one with its dead named or found ('ont trouvé la mort') is.
    ("Les habitants de Lormes vivent dans la peur de la mort depuis des mois.", []),
    ("Pour les pêcheurs de Valbrune, chaque tempête devient affaire de vie ou de mort.", []),
    ("Le chef de la bande de Castelmar est recherché mort ou vif par la police.", []),
    ("Trois randonneurs ont trouvé la mort lundi dans les montagnes de Lormes.", ["DISASTER"]),
    ("La mort jeudi à Valbrune du vieux maire de Lormes a surpris les habitants.", ["DISASTER"]),
])
def test_death_itself_is_no_death_that_happened(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="fr")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, lang, expected", [
    # Invented sentences: meeting with success, an echo, difficulties, scepticism or applause is how something
    # was received, no talks held; meeting people still is.
    ("Le nouveau roman de l'écrivain de Lormes rencontre un vif succès en librairie.", "fr", []),
    ("Les randonneurs de Valbrune n'ont rencontré aucune difficulté sur la route.", "fr", []),
    ("The plan for the Redhill harbour was met with scepticism by the fishermen.", "en", []),
    ("Le ministre de la Norlande a rencontré lundi le maire de Valbrune.", "fr", ["CONSULT"]),
    ("The mayor of Redhill met with opposition leaders on Monday.", "en", ["CONSULT"]),
])
def test_a_reception_met_with_is_no_meeting(text, lang, expected):
    events = _found(text, lang)
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, lang, expected", [
    # Invented sentences: what people or things can do ('peut', 'peuvent', 'can') is no deed done; a
    # statement made around such a verb was made, and a deed it names by a noun is taken as given.
    ("Ces drones de la Norlande peuvent frapper une cible à cent kilomètres.", "fr", [("ASSAULT", True, False)]),
    ("Les habitants de Lormes peuvent manifester sur la place jusqu'à minuit.", "fr", [("PROTEST", True, False)]),
    ("The new drones of Eastmoor can strike targets a hundred miles away.", "en", [("ASSAULT", True, False)]),
    ("« Le gouverneur ne peut plus rester », a déclaré lundi le maire de Valbrune.", "fr",
     [("STATEMENT", False, False)]),
    ("The shelling of Redhill can be heard from the hills every night.", "en", [("ASSAULT", False, False)]),
])
def test_what_can_be_done_is_no_deed_done(text, lang, expected):
    assert _typed_flags(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # Invented sentences: a warning of a danger is a statement (a pessimistic comment); one naming force, a
    # sanction or a punishment to come is a threat.
    ("Doctors in Redhill warned on Monday that the outbreak could reach the coast.", "en", "STATEMENT"),
    ("Les médecins de Valbrune ont mis en garde lundi contre une épidémie de grippe.", "fr", "STATEMENT"),
    ("The council warned Eastmoor on Monday that it would face new sanctions.", "en", "THREATEN"),
    ("The governor of Redhill warned that looters will be prosecuted.", "en", "THREATEN"),
    ("Le ministre a averti la Norlande que de nouvelles sanctions seraient prises.", "fr", "THREATEN"),
])
def test_a_warning_threatens_only_force_or_punishment(text, lang, expected):
    assert _type(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: troops, aircraft or police sent are mobilized, a letter or a message sent is not;
    # positions or power abandoned are a retreat, a plan or a hope abandoned is not.
    ("La Norlande a envoyé lundi trois cents soldats à la frontière de Lormes.", ["MOBILIZE"]),
    ("Le maire de Valbrune a envoyé lundi une longue lettre au préfet de Lormes.", []),
    ("Les miliciens ont abandonné leurs positions autour de Castelmar dans la nuit.", ["RETREAT"]),
    ("La mairie de Valbrune a abandonné son projet de piscine municipale.", []),
])
def test_what_is_sent_or_abandoned_tells_the_type(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="fr")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: positions or a town abandoned by fighters are a retreat; a plan, an idea or a
    # drilled well abandoned is not.
    ("Militia fighters abandoned their positions around Redhill overnight.", ["RETREAT"]),
    ("The council of Redhill abandoned its plan for a new ferry terminal.", []),
    ("The drilling company of Eastmoor prepared the old well for abandonment.", []),
])
def test_what_is_abandoned_tells_a_retreat_or_nothing(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="en")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: people treated as, like, well or with respect are dealt with, not given care;
    # the wounded treated in a hospital are.
    ("The committee of Redhill treated the mayor as a hostile witness on Monday.", []),
    ("The prisoners of Eastmoor said the guards had treated them fairly.", ["STATEMENT"]),
    ("Doctors in Redhill treated forty wounded fishermen on Monday night.", ["AID"]),
])
def test_people_treated_as_or_like_are_given_no_care(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="en")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: a cry for help, a spare wheel or a thing of little help give no aid; rescue teams do.
    ("Cette nouvelle taxe ne sera pas d'un grand secours aux pêcheurs de Lormes.", []),
    ("Le conducteur de Valbrune a changé sa roue de secours sous la pluie.", []),
    ("Les équipes de secours sont arrivées lundi matin à Lormes.", ["AID"]),
])
def test_a_cry_for_help_or_a_spare_wheel_is_no_aid(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="fr")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: a stroke or a landslide harms with no one inflicting it: a disaster, no attack.
    ("Lundi soir, une attaque cérébrale a frappé le vieux maire de Lormes.", ["DISASTER"]),
    ("Un glissement de terrain a emporté trois maisons de Valbrune dans la nuit.", ["DISASTER"]),
])
def test_a_stroke_or_a_landslide_is_a_disaster(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="fr")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: the dead counted in the feminine plural are counted as the masculine ones are;
    # dead languages or leaves are no dead.
    ("Deux habitantes de Valbrune sont mortes lundi pendant les heurts, selon la mairie.", ["ASSAULT"]),
    ("Trois passantes sont mortes dimanche à Lormes, selon la préfecture.", ["ASSAULT"]),
    ("Le lycée de Lormes enseigne encore deux langues mortes aux élèves.", []),
])
def test_the_dead_counted_in_the_feminine(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="fr")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: a vow of force is a threat; a vow of anything else is a promise made, a statement.
    ("The mayor of Redhill vowed to rebuild the old harbour within a year.", "STATEMENT"),
    ("The governor of Eastmoor vowed to hunt down the smugglers one by one.", "THREATEN"),
])
def test_a_vow_threatens_only_force(text, expected):
    assert _type(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: blasting someone for something, or a report as a stunt, is criticism (ACCUSE).
    ("The mayor of Redhill blasted the ferry company for its late boats.", "ACCUSE"),
    ("The union of Eastmoor blasted the new harbour plan as a waste of money.", "ACCUSE"),
])
def test_blasting_someone_for_something_is_criticism(text, expected):
    assert _type(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: tensions, a controversy or rates that explode are no explosion; a car bomb is.
    ("Political tensions in Redhill exploded last spring, the mayor of Eastmoor wrote.", ["STATEMENT"]),
    ("A car bomb exploded near the market of Eastmoor on Tuesday.", ["ASSAULT"]),
])
def test_tensions_that_explode_are_no_explosion(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="en")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: crime, tensions or a crisis that explode are no explosion; a car bomb is.
    ("La délinquance explose depuis deux ans à Valbrune, selon le maire.", ["STATEMENT"]),
    ("Une voiture piégée explose devant la mairie de Lormes lundi matin.", ["ASSAULT"]),
])
def test_crime_that_explodes_is_no_explosion(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="fr")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, lang, expected", [
    # Invented sentences: what a spill, a flood or a drought threatens is harmed by a disaster; no one
    # threatens anyone. A militia's threat is one.
    ("The fishing villages of Redhill are threatened by the spreading oil slick.", "en", "DISASTER"),
    ("Les vignobles de Lormes sont menacés par la sécheresse depuis le printemps.", "fr", "DISASTER"),
    ("The militia threatened the villagers of Redhill on Monday.", "en", "THREATEN"),
])
def test_what_a_disaster_threatens_is_no_threat(text, lang, expected):
    assert _type(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: taking on unemployment, a problem or the judiciary ('s'attaquer à') is no attack;
    # gunmen going for policemen are.
    ("Le nouveau maire de Lormes s'attaque au chômage des jeunes de Valbrune.", []),
    ("Des hommes armés s'attaquent aux policiers de Valbrune depuis lundi.", ["ASSAULT"]),
])
def test_taking_on_a_problem_is_no_attack(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="fr")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: fighting this spill, back the slick or a virus off is a struggle with a disaster
    # or a disease, no fight; fighting the army is.
    ("Hundreds of volunteers in Redhill are fighting this spill on the beaches.", []),
    ("Fishermen of Eastmoor fight back the slick with booms and buckets.", []),
    ("Rebels are fighting the army in the streets of Redhill.", ["ASSAULT"]),
])
def test_fighting_a_spill_or_a_virus_is_no_fight(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="en")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: a gift of God or of oneself, and the English "don't", are no donation; a town's
    # gift of money is.
    ("Pour les fidèles de Lormes, la paix de la vallée reste un don de Dieu.", []),
    ("La mairie de Valbrune a fait un don de mille euros à la Croix-Rouge.", ["AID"]),
])
def test_a_gift_of_god_is_no_donation(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="fr")))
    assert [event.type for event in events] == expected


def test_what_we_or_you_can_do_is_no_deed_done():
    # Invented sentence: the first and second persons of 'pouvoir' tell a capability as 'peut' does.
    assert _typed_flags("Nous pouvons négocier avec les élus d'Ostrava dès lundi, a dit le maire de Lormes.", "fr") \
        == [("CONSULT", True, False)]


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: a struggle ('le combat', 'combattre') for an idea or against a vice is no fight; a
    # fight of soldiers, of an army or of armed men is.
    ("Pour les militants de Lormes, le combat pour une école gratuite continue.", []),
    ("Le maire de Valbrune veut combattre la paresse des services municipaux.", []),
    ("Les soldats ont combattu toute la nuit aux abords de Valbrune.", ["ASSAULT"]),
])
def test_a_struggle_for_an_idea_is_no_fight(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="fr")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: drawing lessons or profits ('tirer les leçons', 'les bénéfices tirés') is no shooting;
    # policemen firing on a crowd is.
    ("Le ministre de Valbrune a tiré les leçons de la défaite électorale.", []),
    ("Les bénéfices tirés de la vente du port de Lormes ont été placés dans une banque.", []),
    ("Les policiers ont tiré sur les manifestants de Lormes.", ["ASSAULT"]),
])
def test_lessons_or_profits_drawn_are_no_shooting(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="fr")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, lang, expected", [
    # Invented documents: amid fighting, a death of illness or old age stays a disaster's; other deaths are
    # the fighting's.
    ("L'armée a bombardé mardi le marché de Valbrune. Le vieux poète de Lormes est mort mercredi des suites "
     "d'une longue maladie.", "fr", ["ASSAULT", "DISASTER"]),
    ("Rebels shelled the port of Redhill on Monday. The former mayor of Eastmoor died on Tuesday after a long "
     "illness.", "en", ["ASSAULT", "DISASTER"]),
    ("Rebels shelled the port of Redhill on Monday. Three guards of the mayor of Eastmoor died on Tuesday.", "en",
     ["ASSAULT", "ASSAULT"]),
    # A stroke, an organ's failure or complications of an illness are illnesses too; complications of wounds
    # are not.
    ("Rebels shelled the port of Redhill on Monday. The former mayor of Eastmoor died of kidney failure on "
     "Tuesday.", "en", ["ASSAULT", "DISASTER"]),
    ("Rebels shelled the port of Redhill on Monday. The old poet of Eastmoor died on Tuesday, a week after "
     "suffering a stroke.", "en", ["ASSAULT", "DISASTER"]),
    ("Rebels shelled the port of Redhill on Monday. A retired judge of Eastmoor died on Tuesday of complications "
     "after surgery.", "en", ["ASSAULT", "DISASTER"]),
    ("Rebels shelled the port of Redhill on Monday. A guard of Eastmoor died on Tuesday of complications from "
     "his wounds.", "en", ["ASSAULT", "ASSAULT"]),
])
def test_a_death_of_illness_amid_fighting_is_no_attack(text, lang, expected):
    events = _found(text, lang)
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, lang, expected", [
    # Invented sentences: a death that dates what follows it ('après sa mort', 'after his death') is recalled,
    # no new event; a death announced is one.
    ("Dix ans après sa mort, le poète de Lormes reste très lu à Valbrune.", "fr", []),
    ("After his death, the painters of Redhill gathered in the old square of the town.", "en", []),
    ("La mort du maire de Lormes a été annoncée mardi par sa famille.", "fr", ["DISASTER"]),
])
def test_a_death_dating_what_follows_is_recalled(text, lang, expected):
    events = _found(text, lang)
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: a refinery, a rig or a plant that exploded, named a few words before the verb or
    # after 'the explosion of', is an accident; a car bomb that exploded is an attack.
    ("The Redhill refinery the company had bought exploded on Sunday.", ["DISASTER"]),
    ("The explosion of the Eastmoor chemical plant killed four workers on Monday.", ["DISASTER"]),
    ("A car bomb exploded near the police station of Redhill on Monday.", ["ASSAULT"]),
    # ... and so is one the pronoun of a clause after it stands for ('the plant, which exploded', 'the rig when it exploded').
    ("Nine men worked on the Eastmoor gas platform when it exploded on Sunday.", ["DISASTER"]),
    ("The company had sold the Redhill refinery, which exploded on Sunday.", ["DISASTER"]),
])
def test_a_plant_that_exploded_is_an_accident(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="en")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: a call for tenders ('un appel d'offres') is a purchase, no appeal; a call to strike is one.
    ("La mairie de Lormes a lancé lundi un appel d'offres pour la rénovation du pont.", []),
    ("Le maire de Lormes a lancé un appel à la grève générale lundi.", ["REQUEST"]),
])
def test_a_call_for_tenders_is_no_appeal(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="fr")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: an appeal against a ruling ('faire appel') and what is missing ('manquer à l'appel')
    # ask nobody for anything; calling on someone ('faire appel à') does.
    ("Les avocats du maire de Lormes ont fait appel du jugement mardi.", []),
    ("Un tableau du musée de Valbrune manque à l'appel depuis mardi.", []),
    ("Le maire de Lormes a fait appel à l'armée pour dégager la route.", ["REQUEST"]),
])
def test_an_appeal_against_a_ruling_is_no_request(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="fr")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: who a body brings together ('un comité réunissant les ministres') and things gathered
    # ('rassembler des preuves', 'les pièces sont réunies') tell no meeting nor rally; people gathering do.
    ("Le comité, qui réunit les ministres de douze pays, a été créé à Lormes.", []),
    ("Une coalition rassemblant des pays du Nord et du Sud intervient à Lormes.", []),
    ("Les enquêteurs de Lormes ont rassemblé des preuves contre le maire.", []),
    ("Toutes les pièces du dossier de Lormes sont enfin réunies.", []),
    ("Des milliers de personnes se sont rassemblées à Lormes samedi.", ["PROTEST"]),
    ("Le conseil de Lormes se réunit mardi pour examiner le budget du port.", ["CONSULT"]),
    # Militants, supporters or a people gathered are a rally; ministers gathered meet.
    ("Des militants de Lormes se sont réunis sur la place du marché samedi.", ["PROTEST"]),
    ("Une dizaine de ministres se sont réunis à Lormes mardi.", ["CONSULT"]),
])
def test_members_and_things_gathered_are_no_meeting(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="fr")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: a chance given ('a fair shot'), a boost ('a shot in the arm'), fame, a snooker or golf
    # shot and a film shot on a phone are no shooting; a gunman's shot is.
    ("Voters of Redhill should give the new mayor a fair shot at the job.", []),
    ("The grant is a welcome shot in the arm for Eastmoor farmers.", []),
    ("The Redhill choir shot to fame in 1999 after one single.", []),
    ("The Eastmoor champion lined up his shot in the final at Redhill.", []),
    ("Gunmen shot dead two guards at the Redhill bank on Monday.", ["ASSAULT"]),
])
def test_a_chance_a_boost_or_a_game_is_no_shooting(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="en")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: a trigger word capitalized after a determiner opens a name (a party, a charity), which
    # reports nothing; a meeting's name still names the meeting.
    ("Le Rassemblement national de Lormes a tenu son congrès dimanche.", []),
    ("Le Secours populaire de Valbrune a publié mardi un rapport sur la pauvreté.", []),
    ("Les enjeux de la Conférence de Valbrune ont été présentés mardi.", ["CONSULT"]),
])
def test_a_capitalized_trigger_after_a_determiner_opens_a_name(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="fr")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: claiming a lineage ('se réclamer de') asks nothing; claiming something from someone does.
    ("Le parti de Lormes se réclame d'un vieux général depuis sa fondation.", []),
    ("Les habitants de Lormes réclament le départ du maire.", ["REQUEST"]),
])
def test_claiming_a_lineage_is_no_request(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="fr")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: battling to revive someone or to contain a spill is an effort, no fighting; battling to
    # retake a town is.
    ("Army medics battled to revive the old man in Redhill for an hour.", []),
    ("Police and the firm battled to contain the huge oil slick off Eastmoor.", []),
    ("Rebels battled to retake the town of Redhill on Monday.", ["ASSAULT"]),
])
def test_battling_to_save_or_contain_is_no_fighting(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="en")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: backing held ('bénéficier du soutien', 'compter sur des soutiens') and supporters
    # ('les derniers soutiens du maire') are no backing expressed; backing given is.
    ("Le maire de Lormes jouit du soutien discret des pêcheurs du port.", []),
    ("Ses plus fidèles soutiens ont quitté la mairie de Lormes mardi.", []),
    # A supporter in apposition, a support group and an argument's evidence ('à l'appui de') give no backing either.
    ("L'écrivain Paul Marin, soutien de la junte de Lormes, a publié une tribune.", []),
    ("Le comité de soutien aux détenus de Lormes a publié un texte mardi.", []),
    ("Il cite un chiffre à l'appui de sa thèse sur Lormes.", []),
    ("Le ministre a apporté son soutien au maire de Lormes mardi.", ["SUPPORT"]),
])
def test_backing_held_and_supporters_are_no_backing_given(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="fr")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: 'soutenir' attributing a quotation (an inverted subject, or right after the quotation's
    # close) maintains what is said; 'soutenir' someone backs them.
    ("« La digue tiendra », a soutenu le maire de Lormes mardi.", ["STATEMENT"]),
    ("« Nous tiendrons », a-t-il soutenu devant les élus de Lormes.", ["STATEMENT"]),
    ("Le maire a soutenu les pêcheurs de Lormes mardi.", ["SUPPORT"]),
])
def test_soutenir_after_a_quotation_is_a_statement(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="fr")))
    assert [event.type for event in events] == expected


def test_a_death_word_in_a_name_is_no_death():
    # Invented sentence: the word of a death inside a place's name tells nobody's death.
    events = find_events(analyze(make_document("Les touristes de Lormes se baignent tous les étés dans la Mer Morte.",
                                               published="2024-03-12", lang="fr")))
    assert events == []


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: fighting regulations, charges or an extradition is a legal or political struggle, no
    # fight; fighting troops is.
    ("Two bankers of Eastmoor are fighting new regulations on their trades.", []),
    ("His lawyers in Redhill are fighting his extradition to Eastmoor.", []),
    ("Rebels are fighting government troops near Redhill.", ["ASSAULT"]),
])
def test_fighting_charges_or_rules_is_no_fight(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="en")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: a newsletter delivered to an inbox, change or goods delivered by a leader and a month's
    # delivery on a market are no aid; food delivered to camps is.
    ("Get the Redhill Gazette delivered to your inbox every morning.", []),
    ("The mayor of Eastmoor promised to deliver change to the town.", []),
    ("Aid workers delivered food and water to the camps of Redhill on Monday.", ["AID"]),
])
def test_what_is_delivered_to_a_reader_or_a_market_is_no_aid(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="en")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: people or access blocked by force is coercion, roads blocked by rubble no event; a vote
    # blocked is a rejection.
    ("Police in Redhill blocked journalists from entering the square on Monday.", ["COERCE"]),
    ("Many roads of Eastmoor are still blocked by rubble after the storm.", []),
    ("Two members of the council of Redhill blocked the budget vote on Monday.", ["REJECT"]),
])
def test_people_blocked_are_coerced_a_vote_blocked_rejected(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="en")))
    assert [event.type for event in events] == expected


def test_the_dead_of_a_document_mostly_about_a_disaster_are_the_disaster_s():
    # Invented article: an earthquake told twice and one looting attack; the toll counted is the earthquake's.
    text = ("A strong earthquake struck the town of Redhill on Monday. Aftershocks hit the coast of Redhill again on "
            "Tuesday. Looters attacked a shop in the centre of Redhill. The death toll rose to three hundred on "
            "Wednesday.")
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="en")))
    assert [event.type for event in events] == ["DISASTER", "DISASTER", "ASSAULT", "DISASTER"]


def test_a_tone_struck_with_two_adjectives_is_no_strike():
    # Invented sentence: striking a tone, a note or a deal with up to two words before the noun is no attack.
    events = find_events(analyze(make_document("The mayor of Redhill struck a more hopeful tone on Monday.",
                                               published="2024-03-12", lang="en")))
    assert events == []


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: a threat as a danger one lives under ('sous la menace', 'une menace mortelle') is no
    # threat made; threatening to resign, or a threat of an attack brandished, is one.
    ("Les habitants de Valbrune vivent depuis des années sous la menace.", []),
    ("Le maire de Lormes menace de démissionner avant la fin du mois.", ["THREATEN"]),
    ("Les miliciens ont brandi la menace d'une attaque contre Valbrune.", ["THREATEN"]),
])
def test_a_threat_lived_under_is_no_threat_made(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="fr")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: a threat as a danger (jobs under threat, the threats we face) is no threat made;
    # threatening to close a port is one.
    ("Many jobs in the port of Redhill are now under threat.", []),
    ("The mayor of Redhill spoke about the threats we face this winter.", []),
    ("The mayor of Redhill threatened to close the port on Monday.", ["THREATEN"]),
])
def test_a_danger_called_a_threat_is_no_threat_made(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="en")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: a question asked and an interviewer's 'let me ask you' request nothing; asking the
    # army to leave does.
    ("After the debate in Redhill, the same question was asked again by the voters.", []),
    ("Let me ask you this, Mr Mayor of Redhill.", []),
    ("The mayor of Redhill asked the army to leave the town on Monday.", ["REQUEST"]),
])
def test_a_question_asked_in_the_passive_or_to_the_reader_is_no_request(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="en")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, lang, expected", [
    # Invented sentences: a polite question to the one addressed ('May I ask you to', 'Puis-je vous demander de')
    # is how a speaker talks to a reader or an interviewer, no request reported; a request asked of a mayor is.
    ("May I ask you to speak a little louder, Mr Mayor of Redhill?", "en", []),
    ("Can I ask you a rather blunt question about the Redhill budget?", "en", []),
    ("Puis-je vous demander de nous envoyer la version longue de votre texte sur Valbrune ?", "fr", []),
    ("Le maire de Lormes a demandé aux habitants de quitter le quartier du port lundi.", "fr", ["REQUEST"]),
])
def test_a_polite_question_to_the_one_addressed_is_no_request(text, lang, expected):
    events = _found(text, lang)
    assert [event.type for event in events] == expected


def test_a_question_introduced_by_demande_and_a_colon_is_no_request():
    # Invented lines: 'demande :' closing a line introduces the question quoted on the next one, as in a
    # tweet relayed by a live page; it requests nothing.
    text = "Sur son compte, le maire de Lormes demande :\nQui paiera donc le pont de Valbrune ?"
    assert find_events(analyze(make_document(text, published="2024-03-12", lang="fr"))) == []


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: people hanged (an auxiliary and 'pendu', 'une pendaison') are killed; linen hung out
    # to dry is not.
    ("Des émeutiers de Lormes ont pendu deux gardiens de la prison mardi.", ["ASSAULT"]),
    ("Le linge pendu aux fenêtres de Valbrune sèche au soleil depuis lundi.", []),
])
def test_people_hanged_are_killed(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="fr")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: support or backing someone has, enjoys or lacks is a state, no act of support.
    ("The mayor of Redhill has the council's full support.", []),
    ("The plan enjoys broad support among the farmers of Eastmoor.", []),
    ("The governor of Eastmoor has stepped up his help and support to the farmers.", ["SUPPORT"]),
])
def test_support_held_is_no_support_given(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="en")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: 'il est interdit de' states a standing rule, no ban imposed; a ban made or now in
    # force is one.
    ("Il est interdit de pêcher la truite dans les lacs de Lormes avant le printemps.", []),
    ("Il est désormais interdit de manifester devant la mairie de Lormes.", ["COERCE"]),
])
def test_a_rule_stated_is_no_ban_imposed(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="fr")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: hours, days or nights of fighting ('six jours de combat') are fighting; years of a
    # struggle are no battle.
    ("Six jours de combat ont été nécessaires pour prendre le pont de Lormes.", ["ASSAULT"]),
    ("Quarante ans de combat pour la langue bretonne à Lormes.", []),
])
def test_a_duration_of_fighting_is_fighting(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="fr")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: 'protestant' names a church, no protest; the gerund 'en protestant' is one.
    ("Les familles protestantes de Lormes fréquentent le même temple depuis deux siècles.", []),
    ("Les ouvriers de Lormes ont quitté l'usine en protestant contre la fermeture annoncée.", ["PROTEST"]),
])
def test_a_protestant_church_is_no_protest(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="fr")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: a leader or a name 'en fuite' is one on the run, a state of his, not the flight the
    # sentence reports; people taking flight do flee.
    ("Le dirigeant en fuite de la Norlande a été abattu près de Lormes jeudi.", ["ASSAULT"]),
    ("Le général Varga, en fuite depuis l'hiver, donne une interview à une radio de Lormes.", []),
    ("Des milliers d'habitants de Lormes ont pris la fuite vers Valbrune mardi.", ["DISPLACEMENT"]),
])
def test_a_leader_on_the_run_is_no_flight_reported(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="fr")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: oil captured or burned off by a clean-up, and a scene captured on video, are no
    # capture by force; a port captured by rebels is one.
    ("Engineers say the dome is capturing roughly a third of the crude escaping from the broken pipe at Redhill.", []),
    ("By Friday the crews had skimmed, burned off or dispersed most of the slick near Redhill.", []),
    ("A local teacher captured video of the march through Redhill on Sunday.", ["PROTEST"]),
    ("Rebels captured the oil port of Eastmoor on Tuesday.", ["ASSAULT"]),
])
def test_oil_or_a_scene_captured_is_no_capture_by_force(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="en")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: words sharing a trigger's first letters but not its sense report nothing: a
    # reprimand is no repression, asylum seekers ask for nothing here, 'démentiel' is mad, no denial, and one
    # from the island of Réunion is at no meeting; a denial still is one.
    ("Le maire de Lormes a été réprimandé par le préfet pour son retard.", []),
    ("Le nombre de demandeurs d'asile arrivés à Lormes a doublé en un an.", []),
    ("Le projet de tunnel sous Lormes est jugé démentiel par les riverains.", []),
    ("Le député réunionnais a quitté Lormes pour Valbrune lundi matin.", []),
    ("Le ministère de la Norlande a démenti mardi les propos du maire de Lormes.", ["REJECT"]),
])
def test_a_word_sharing_a_trigger_s_stem_only_is_no_trigger(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="fr")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: 'détenu' as a noun or a participle qualifying a noun names who is held, no arrest:
    # the sentence is typed by its verb; after a copula or an auxiliary it tells the detention.
    ("Les trois détenus de la prison de Lormes ont été libérés mardi.", ["RETREAT"]),
    ("La santé du détenu de Lormes inquiète sa famille depuis des semaines.", []),
    ("Deux journalistes sont toujours détenus par la milice à Lormes.", ["COERCE"]),
])
def test_a_prisoner_named_is_no_arrest(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="fr")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: 'conclure' is an agreement only near what is concluded (a treaty, a deal); ending
    # one's words is a statement, and drawing a conclusion is nothing.
    ("« Nous reviendrons à Lormes », a conclu M. Varga devant la presse.", ["STATEMENT"]),
    ("Je vous laisse conclure vous-mêmes sur la gestion du maire de Lormes.", []),
    ("Le traité de paix conclu en 1990 entre la Norlande et l'Ostrie reste en vigueur.", ["AGREE"]),
])
def test_concluding_words_is_no_agreement(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="fr")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: a fight, a battle or a clash is fighting only near words of arms, fighters, harm or
    # places fought for (its own group of occurring cues); a political clash or a long fight against a road is
    # none, and the cues of escalation are not widened by it.
    ("The two parties clashed over the budget at the Redhill council on Tuesday.", []),
    ("The mayor of Eastmoor has lost her long fight against the new motorway.", []),
    ("Rebels and army troops clashed near the airport of Redhill on Tuesday.", ["ASSAULT"]),
    ("Tensions between the two ministers escalated at the Redhill council on Tuesday.", []),
])
def test_a_fight_with_no_arms_near_is_no_fighting(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="en")))
    assert [event.type for event in events] == expected


@pytest.mark.parametrize("text, expected", [
    # Invented sentences: 'redouté' right after a noun, with no auxiliary, says who is feared, an epithet; a fear
    # voiced ('ont longtemps redouté') is still a statement.
    ("Le maire de Lormes, un gestionnaire redouté, inaugure le nouveau pont lundi.", []),
    ("Les habitants de Lormes ont longtemps redouté la fermeture de leur usine.", ["STATEMENT"]),
])
def test_a_feared_man_is_no_fear_voiced(text, expected):
    events = find_events(analyze(make_document(text, published="2024-03-12", lang="fr")))
    assert [event.type for event in events] == expected
