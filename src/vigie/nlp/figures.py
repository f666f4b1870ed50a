"""What was counted: figures with what they count, where, when, on whose authority.

`find_figures(doc, mentions, entities, timexes)` returns `Figure`s with offsets
into `doc.text`: numbers in digits and words (`vigie.nlp.numbers`), with their
qualifier ("plus de" → low bound, "moins de" → high bound, "environ" → approx),
range ("15 à 20 kilomètres" → low/high, value = low; "entre 30 et 40.000" → 30 000 to 40 000),
unit, category, who is
counted ("civils", "membres des forces prorégime"; people counted by their nation,
"quatre millions de Syriens", are a population unless a verb or a noun says more),
where (a place named in the figure's clause or before it, not a border, nor the point a
distance is measured from ("à 90 km à l'ouest de Vasko"), nor a nationality before the counted
noun ("US soldiers") or, for a toll or troops, before people or forces of its own ("killed by US jets"), nor,
unless people moved, where they went; a toll over a list of places, even with a part that is no place's name
("à Vasko et dans les environs"), is placed by their country only; else a country said by its demonym, qualifying a
conflict — "le conflit syrien", "the Syrian war" — or the refugees and displaced
people counted — "réfugiés syriens"), when (the sentence's time expression, else a span of years the tagger
leaves: "1918-1920"), source, `hypothetical` for
conditionals, forecasts and warnings ("pourraient être tuées"), and `parent`
for the parts of a breakdown ("260 morts, dont 110 … et 148 …").

The source is the speaker of the quote the figure sits in ("selon l'OSDH",
"a affirmé l'armée", a direct quote); else the source its own sentence names
without a quote (the subject of a verb reporting it: "des sources locales
évoquent 80 morts"; a count's agent: "recensés par l'AFP"; a source in brackets
closing the sentence: "(source médicale)"); else the source of the previous sourced
figure or claim of the same paragraph (for a toll, a claim speaking of a toll); else, for a toll, the source the document gives
for its other tolls; else the outlet (`doc.source`) or the agency credited in
the text ("(AFP)"). Numbers inside a time expression (dates, years, durations)
are not figures, nor are phone numbers, numbers in a name ("France 24", "Pan Am Flight 103") or an address
("au 12 rue de la Paix"), a fraction's numerator ("deux tiers"), a score ("6-4"), a list's item
numbers, a note's call ("(1)"), a live blog's clock times, or a person's age ("aged 71", "Tom Reed, 63,").
People missing ("23 disparus", "11 were missing") are no toll, even "presumed dead". Two numbers joined by
"ou" / "or" are one range ("onze ou douze hommes"); people of a nation are a population
only when they number tens of thousands; how long a ruler has held power ("au pouvoir depuis 23 ans") is no
figure's time. Cues are data in `lang/<code>/figures.json`.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass
from functools import cache

import simplemma

from vigie import lang as resources
from vigie.model import Document, Entity, Figure, Geo, Mention, Quote, Source, Speaker, Timex
from vigie.nlp.namekey import fold
from vigie.nlp.numbers import Quantity, read_quantity, find_numbers
from vigie.nlp.patterns import WordList, trie_pattern, word_list
from vigie.nlp.places import gazetteer, is_known_place
from vigie.nlp.quotes import find_claims, is_call, paragraph_spans, sentence_spans

# Most words kept for "who is counted" ("membres des forces prorégime").
MAX_WHO_WORDS = 6
# Years written alone ("en 2011") are dates, not figures, unless a unit or a
# counted noun follows; this is the span of years we treat that way.
YEARS = (1800, 2100)
# The value of a time expression naming a part of a day ("Tuesday night", "la nuit de mardi à mercredi"), no clock time.
_DAY_PART = re.compile(r"[^T]*T(?:MO|MI|AF|EV|NI|DT)")
# A span of years, which the time tagger leaves untagged: "1918-1920", "(1830-1872)", "la guerre de 1914-18".
_YEAR_RANGE = re.compile(r"(?<![\w.,-])(?P<first>1[89]\d\d|20\d\d)\s?[-–]\s?(?P<last>1[89]\d\d|20\d\d|\d\d)(?![\w-]|[.,]\d)")
# A clock time, a date, a rank or a reference right after digits: "12h45", "15:30", "9/11" ("9\/11" tokenized),
# "2°", "3ᵉ", a chapter and its verse with the French space before the colon ("sourate 9 :29").
_TIME_AFTER = re.compile(r"^(?:h\d| ?:\d|\\?/\d|[°ᵉ])")
# The end of a range of verses after its chapter ("9 :29-31", "9:29-31"): no count either.
_VERSES_BEFORE = re.compile(r"\d ?:\d+[-–]$")
_SPACES = re.compile(r"\s+")
_CLOCK = re.compile(r"\d{1,2}[.:h]\d{2}")
_LAST_WORD_RUN = re.compile(r"[\w'’]+$")
_WORD_RUN = re.compile(r"[\w'’]+")
_TOKEN = re.compile(r"\w+['’]?")
_WORD_CHAR = re.compile(r"\w")
# A hyphened range's first number and its thousands written once, at its end: "10-15,000".
_THOUSANDS_HEAD = re.compile(r"\d{1,3}")
_THOUSANDS_TAIL = re.compile(r"\D000$")
# The link between a number and what it counts, and the words of what it counts.
_WHO_LINK = re.compile(r"[\s\u00a0]*(?:de\s+|d['’]|of\s+)?")
_WHO_TOKEN = re.compile(r"(?:[A-Z]\.){2,}(?=\s)|[\w'’-]+|[^\w\s]")
_COUNTED_NOUN = re.compile(r"\s+(?:de\s+|d['’]|of\s+)?([\w-]+)")
_HEAD_LINK = re.compile(r"\s(?:de|des|du|d'|d’|of)\s")
_CLAUSE_MARK = re.compile(r"[,;:()«»]")
_CLAUSE_STOP = re.compile(r"[;:]|\.(?!\d)")
_LOWER_WORD_AFTER = re.compile(r"[ \t]+[a-zà-ÿ]")
# What may come just before a sentence's first word.
_SENTENCE_OPENERS = frozenset('.!?:;"«“`\'\n')
# Between the year of an event and its toll: only the event's words, a relative pronoun and the verb ("the 1918
# influenza pandemic, which killed"); any other mark or comma ends the clause.
_EVENT_GAP_STOP = re.compile(r"[,;:.!?()«»“”\"\[\]]")
# What ends a figure's clause after it, for a hypothetical cue: a comma ("40 morts, et le bilan pourrait
# s'alourdir" tells of the toll rising, not of the 40), a semicolon, a colon, a quote opening, a sentence's end.
_HYPOTHETICAL_STOP = re.compile(r"[;:,«“]|\.\s")
# The word after a number; a determiner among the words just before it ("the simple 100m route": one adjective
# between) makes a singular noun after "100m" a thing measured.
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)\b")
_WORD = re.compile(r"[\w'’-]+")
GLUED_UNIT_LEAD_WORDS = 2
GLUED_UNIT_LEAD_CHARS = 40
# How far before a number the words that make it an age may start ("live to between 50 and 70").
AGE_CHARS = 40
# How far after a place's name (in characters) the words of a unit it opens ("U.S. gallons") may end.
UNIT_CHARS = 30
# The languages whose cues `lang/<code>/figures.json` holds; a paragraph in another is read as the document.
LANGS = ("fr", "en")
# How far a hypothetical cue may be from the figure, in characters, within its clause.
HYPOTHETICAL_SCOPE = 70
# How far before a count the verb that averts it may start ("permet d'éviter des").
AVERTING_CHARS = 30
# Quotes starting before a figure that may still hold it (quotes nest at most a few deep).
QUOTE_LOOKBACK = 8
# How many sentences back an unsourced figure looks for the source its paragraph gave.
CARRY_SENTENCES = 1
# Fewest people of a nation that a count of them ("84 millions de Tessiens", "des dizaines de milliers de
# Norviens") takes for a people, its population: the smallest nations and a city's people of a nation number tens
# of thousands; a count below is a group of nationals, as the passengers of a ship ("1.540 Chinois, 17 Maltais"),
# detainees or a crowd. Calibrated on the population figures of 200 ml-crisis-fr and 300 T17 articles.
MIN_NATIONAL_POPULATION = 10_000
# Residents or people living somewhere are a population from this many, or when a place's noun or "population" names
# what they people: fewer are a group ("the 300 residents of the building", "two Tehran residents").
MIN_RESIDENT_POPULATION = 1_000
# Characters before a count where a place's noun or "population" may be named ("the village's 300 inhabitants").
POPULATION_CUE_CHARS = 40
# Men counted by a generic noun ("hommes") are a force from this many: "12.000 hommes déployés", while
# "les deux hommes", "trois hommes en civil", "200 à 300 hommes" (a mob) are people, no troops.
MIN_GENERIC_TROOPS = 500
# What befalls people held ("a tué 150 prisonniers", "Quatre détenus ont été tués") is counted, not their
# being held: these outcomes outweigh the noun of a detainee.
HELD = frozenset({"arrested"})
HARMED = frozenset({"killed", "injured"})
# Categories that are tolls: a toll without a source of its own takes the source
# the document gives for its other tolls.
TOLLS = frozenset({"killed", "injured", "displaced", "refugees", "evacuated", "arrested"})
# The missing are a toll of their own, never the dead ("12 killed and 16 missing"); the figures' categories
# (`vigie.eval.figures`) have none for them, so they are reported as "other" once read.
UNLISTED = frozenset({"missing"})
# What an organization's own action counts (troops deployed, ambulances sent, wells drilled, places taken), the
# counts it reports of its own doing ("L'armée a déployé 1 700 soldats"); what is done to people (killed, wounded,
# arrested, driven away, evacuated) is no count of the actor's own, nor is a share, a sum or a length after a
# name ("BP owns 65 percent", "shares fell 3.4 %").
ACTED_ON = frozenset({"troops", "other", "places"})
# Most words (the verb and its auxiliaries, an adverb) between a name opening a sentence and the figure it acts on;
# a noun among them ("BP revised an estimate that 8,000 barrels …") makes the figure no object of the verb.
MAX_ACTOR_GAP_WORDS = 3
# Least share of the paragraphs reporting tolls in which the text itself names the document's main toll
# source for that source to speak for the unsourced tolls of the others. A chronology, a live blog or a
# year in review reports one piece of news per entry: the source one entry names ("…, according to the
# prime minister") says nothing of the twenty entries after it. Calibrated on T17 and ml-crisis-fr
# articles: single-story articles name their toll source in a third or more of their toll paragraphs.
MAIN_TOLL_SHARE = 0.25
# A toll this many years or more before its article's is history, whose count no source of the story gives.
PAST_YEARS = 2
# Words that may stand between a start word and the time something began ("le début de la crue en 2019").
START_LINK_WORDS = 3
# Characters before a duration read for the preposition that makes it the period a count runs over.
PERIOD_REACH = 30
# Characters before a time expression read for a post someone holds since then or for that long ("au pouvoir
# depuis 23 ans", "qu'il occupe depuis 1994", "in power since 1987"): a ruler's time, no count's.
TENURE_REACH = 80
# How far before a toll the year of the event it counts may stand ("the 1957 Asian flu pandemic that killed"), and
# how many words may part the year from the toll.
EVENT_YEAR_CHARS = 90
MAX_EVENT_YEAR_WORDS = 8
# Most capitalized words naming whose post or where between the post and its time ("aux mains de Karim
# Nadir depuis 21 ans", "en poste à Vasko depuis 17 ans").
MAX_TENURE_NAME_WORDS = 4
# Most words between a superlative and the since-word of what it is measured against ("les plus graves depuis deux
# ans", "its steepest weekly drop since 1994"), and how far before the time the superlative may start.
MAX_SUPERLATIVE_WORDS = 3
SUPERLATIVE_REACH = 100
# A number glued by a hyphen to a capitalized name is part of a designation, not a figure:
# "Tupolev-154", "F-16", "A-310", "Covid-19".
_DESIGNATION = re.compile(r"(?<![\w-])[A-Z][\w]*-$")
# A unit's capital letter glued by a hyphen to digits is a model's name, no unit: "eight C-130", "two F-16 jets";
# not "65km-80km".
_DESIGNATION_AFTER = re.compile(r"-\d")
# The last word of a text, maybe none.
_LAST_WORD = re.compile(r"(?:(?<=\s)|^)[^\s]*$")
# How far before a list's first place its joiner and preposition may start ("ainsi que dans la haute vallée de").
LIST_PART_CHARS = 60
# How far before a spelled number its group's lead ("toutes les") is looked for.
GROUP_LEAD_CHARS = 14
# How far before a count "the lives of" is looked for.
LIVES_OF_CHARS = 20
# The link after a vague noun that counts what follows it: "la vingtaine de blessés", "a score of people".
_OF_AFTER = re.compile(r"\s+(?:de\s|d['’]|of\s)")
# The link _who skips before a counted noun: "20 % of US supply", "des milliers de Libyens".
_OF_BEFORE = re.compile(r"(?:\bde\s+|\bd['’]|\bof\s+)$")
# A phrase ending with its "of": "the arrest of", "la mort de".
_OF_END = re.compile(r"(?:\bde|\bd['’]|\bof)$")
# A place in an apposition to the place named before it, which the apposition describes: its owner ("Sfax ,
# Tunisia 's second city") or the complement of the apposition's noun ("Aden, grand port du Yémen").
_APPOSITION_LINK = re.compile(r"\s*,\s*(?:(?:the|la|le|les)\s+|l['’])?(?:[a-zà-ÿ][\w'’-]*\s+){1,5}"
                              r"(?:de\s+(?:la\s+)?|du\s+|des\s+|d['’]|of\s+(?:the\s+)?)$")
_OWNER_AFTER = re.compile(r"\s*['’]s\s")
# What may open a place's name in a list: a determiner, and a noun with its adjectives and its "of" ("the northern
# city of", "la haute vallée de").
_PLACE_LEAD = (r"(?:(?:la|le|l['’]|les|the)\s*)?(?:(?:[a-zà-ÿ][\w'’-]*\s+){1,3}"
               r"(?:de\s+(?:la\s+)?|du\s+|des\s+|d['’]|of\s+(?:the\s+)?))?")
# What closes a dateline's place: an agency's bracket or the dash before the story ("Tripoli, Libya (CNN) --").
_DATELINE_AFTER = re.compile(r"\s*\)?\s*(?:\(|-LRB-|--?\s|[—–])")
# Most numbers before a label's last one in its list: "articles 3, 4 et 5".
MAX_LABEL_LIST = 3
# A label's number after a number sign ("Tropical Depression # 5", "No. 2"); a sign is a label's only before a
# short number, for tokenized corpora write "£" as "#" ("# 3.8 bn", "# 500").
_NUMBER_SIGN = re.compile(r"(?:\b[Nn]°|\b[Nn]o\.|#)\s?$")
MAX_SIGNED_LABEL_DIGITS = 2
# Two digits after a number and a hyphen: a date's month or day ("2011-02-15", "10-15-2010") or a range's end.
_HYPHEN_DATE_AFTER = re.compile(r"-(\d{2})\b(?! ?,\d)([-/.]\d)?")
# A word glued by a hyphen after a number: "a 10-person tent", "the 15-nation body", "soixante-huitard".
_GLUED_WORD_AFTER = re.compile(r"-([^\W\d_]+)")
# A year written short after an apostrophe: "in ' 10", "since '98".
_SHORT_YEAR = re.compile(r"(?<![\w'’`])['’]\s?$")
# The end of a date written with digits, before its last number: "01-07-13", "1.7.13".
_DATE_BEFORE = re.compile(r"(?<![\d.,])\d{1,2}([-./])\d{1,2}\1$")
# A phone number, international, North American, French or British ("+2348159768201", "617-536-0220", "(617)
# 536-0220", "1 (800) 555-0199", "(00 1) 213-5550199", "01 45 67 89 10", "0370 60 60 900", "03700 555100"), its
# code in brackets, plain or tokenized ("-LRB- 617-RRB-536-0220"), or digits alone in brackets holding a run of six
# or more, which no count is written as ("(447700 900123)"): its groups are no figures.
_PHONE = re.compile(r"(?<![\w.,])(?:\+\d[\d ().-]{7,}\d|(?:1-)?\d{3}[ .-]\d{3}[.-]\d{4}"
                    r"|(?:1[ -])?(?:\(|-LRB-)\s?\d{1,4}(?: \d{1,4})?\s?(?:\)|-RRB-)\s?\d{3}[ .-]?\d{4,7}"
                    r"|(?:\(|-LRB-)\s?(?=[\d ]*\d{6})\d[\d ]*\d\s?(?:\)|-RRB-)"
                    r"|0\d(?:[ .]\d\d){4}|0\d{2,4}(?:[ .]\d{2,4}){2,3}|0\d{3,4}[ .]\d{6})(?!\w)")
# How far around a number a phone number holding it is looked for: the longest ones ("-LRB- 00 1 -RRB- 213-5550199")
# are under 30.
PHONE_CHARS = 30
# A capitalized word inside a sentence just before a number in digits: the name the number is part of ("France 24",
# "Pan Am Flight 103", "the FTSE 100", "Interstate 44", "du Boeing 747"). A sentence's first word opens no name.
_NAME_BEFORE = re.compile(r"(?:(?<=[\w,] )|(?<=[(\'’]))([A-ZÀ-Þ][\w’\'-]*) $")
# The hours before a live blog's minutes, spaced out: "20 h 1 :", "14 : 42 :".
_CLOCK_HOURS = re.compile(r"(?<![\d.,])\d{1,2}\s?(?:h|(?P<colon>:))\s?$")
# Most minutes in an hour.
MAX_MINUTES = 59
# A note's call alone in brackets, "(1)", "[12]": a footnote or an item's reference, counting nothing. Notes run
# to a few dozen in the longest articles; a number of three digits or more in brackets is a count ("(700)").
# A web address, a file name or a link's query: its digits ("89e2ecba-5456-11e0-….jpg", "…/2011/03/22/…",
# "?id=42") are no count of the story.
_WEB_TOKEN = re.compile(r"://|(?<!\w)www\.|\.(?:jpe?g|png|gif|swf|html?|php|aspx?|pdf|mp[34])(?!\w)|[?&]\w+=",
                        re.IGNORECASE)
# How far a web token is looked at around a number, each way.
WEB_TOKEN_CHARS = 200
_NON_SPACE_RUN = re.compile(r"\S*")
# A note's call or a list's number in brackets, and in those of tokenized corpora ("-LRB- 2 -RRB-").
_NOTE_CALL = re.compile(r"(?:[(\[]|-L[RS]B-\s)$")
_NOTE_CLOSE = re.compile(r"[)\]]|\s-R[RS]B-")
# How far before a number its opening bracket is looked for ("-LRB- ").
NOTE_CALL_CHARS = 6
# What follows a clock time's hour: a part of the day ("3 pm", "10am", "12.00noon"), maybe after its minutes, which a
# tokenizer may split off ("7 .20 pm").
_CLOCK_AFTER = re.compile(r"(?: ?\.\d{2})?(?: ?(?:[ap]\.m\.|[ap]m\b)|(?:noon|midnight)\b)")
# A lowercase letter in brackets glued to digits makes with them a name or a reference ("a 401(k) plan", "section
# 2(h)", "401 -LRB- k -RRB-" in tokenized corpora), no count.
_LETTER_MARK_AFTER = re.compile(r" ?(?:\(|-LRB- )[a-z](?:\)| -RRB-)")
MAX_NOTE_DIGITS = 2
# Words (a time expression) that may stand between a death's noun and the people it counts.
DEATH_GAP_WORDS = 3
# Words (a time, a place, a determiner) that may stand between a host's verb and the count it takes in.
HOST_GAP_WORDS = 4
# Words between people counted by their nation and the crowd's word after them ("have now taken to the streets").
CROWD_GAP_WORDS = 3
# How far before a count a place's noun and "of" are looked for ("a country of 20 million").
SETTLEMENT_CHARS = 30
# Characters before a count where the camp its people live in may be named ("the largest camp now has").
CAMP_CHARS = 40
# How far before a number the capitalized words of a name it ends are looked for ("World War Two").
NAME_LEAD_CHARS = 16
# How far before a name a vessel's noun is looked for ("ce navire, le Roma").
VESSEL_LEAD_CHARS = 24
# The punctuation that closes a bare day or label: "Le 31, …", "lundi 7 ; …".
_LABEL_END = re.compile(r"[^\S\n]*[,;)]")
# A list's item number opening its line: "1- L'électricité …", "2 - L'eau …", "3) …", "4. Les …".
_LIST_MARK_AFTER = re.compile(r"\s*(?:[-–)]|\.(?=\s))\s*[^\W\d_]")
# … or after a sentence's end or a colon, out of brackets, when a bracket closes it and a capital follows:
# "Deux exemples : 1) Les faits", not "(bilan : 12) Les secours".
_ITEM_MARK_AFTER = re.compile(r"\)\s+[A-ZÀ-Þ]")
_LIST_OPENERS = frozenset(".:;!?")
# Digits glued by a hyphen to digits before or after them ("6-4", "51-19", "1980-88"): the smaller second
# makes a score or a span of years written short, neither a range nor a count.
_GLUED_BEFORE = re.compile(r"(?<![\w.,-])(\d+)[-–]$")
_GLUED_AFTER = re.compile(r"[-–](\d+)(?!\w|[.,]\d)")
# A French decimal split by a space after its comma in scraped text: "3, 3%", "84, 5 %". The fraction has one
# or two digits and a percent sign after it; a list ("2, 3, 4%") is no decimal.
_SPLIT_DECIMAL_GAP = ", "
_SPLIT_DECIMAL_LIST = re.compile(r"\d\s*,\s*$")
# A number's own label: "N°2", "No. 10".
# A breakdown's parts in brackets right after the total's counted words: "7 000 morts (4 000 à Vasko, …)", in plain
# or tokenized text.
_BREAKDOWN_BRACKET = re.compile(r"\s*[^\W\d][^()\n\d,;:.]{0,40}?\s(?P<open>\(|-LRB-)\s*")
# Where the clause of a breakdown's parts ends: "…, dont deux Belges, ont été tuées à Vasko".
_CLAUSE_END = re.compile(r"[;:()–—]|,(?!\d)|\s-\s")
# What may follow a counted phrase: up to two words ("ont", "have also"), then an aside between commas.
_INCISE = re.compile(r"(?P<lead>(?:\s+[^\W\d_][\w'’-]*){0,2})\s*,\s*(?P<aside>[^,;:()«»\n]{1,60}?)\s*,(?=\s)")
# Most words in a headline; a longer line without a full stop is a sentence that lost it.
MAX_HEADLINE_WORDS = 16
# A sentence's end, closing a line of text that is no headline.
_SENTENCE_END = re.compile(r"[.!?…:;»”\"')\]]\s*$")
# Highest day of a month: a chronology labels its entries by day ("- 20 au 22 :", "- 23 :").
MAX_DAY = 31
# Most characters from a line's start to the last day of such a label.
DAY_LABEL_CHARS = 16
# An age after a person's name and a comma, before a comma, a dash, a list's semicolon or a full stop: "Lina
# Tarek, 84 - saved", "named as Karim Haddad, 35; Omar Ali, 23.".
_APPOSITION_BEFORE = re.compile(r"\s*,\s*$")
_APPOSITION_AFTER = re.compile(r"\s*(?:[,;]|[-–—)]|\.(?!\d)|$)")
# How far before a figure without a counted noun, in characters, a toll naming it may be its clause's subject
# ("Le bilan de l'attaque s'élève désormais à 30").
TOLL_SUBJECT_CHARS = 60
# How far after a reporting verb, in characters, the figure it reports may start ("évoquait pour sa
# part un bilan de 120 morts", "put the death toll at over 60").
REPORT_REACH_CHARS = 40
# Most words (adverbs: "almost", "presque") before a time expression opening a subject ("Almost every week the
# Pentagon"), which is then no part of it.
MAX_TIME_LEAD_WORDS = 2
# Most characters between "selon" / "according to" and the source it introduces ("selon le procureur").
ACCORDING_REACH_CHARS = 20
# Most words in a source a sentence names without a quote ("Un premier bilan donné par le quotidien
# régional de Vasko"); a longer span is a clause.
MAX_SOURCE_WORDS = 10
# How many words after a name may hold the noun it qualifies ("a Reuters witness", "the president 's government").
MAX_QUALIFIED_WORDS = 2
# Most words in a source in brackets ("(services de sécurité)", "(ONU à Tunis)"); longer is an aside.
MAX_BRACKET_WORDS = 4
# A bracket closing a sentence, in plain or tokenized text: "… ont fui (ONU).", "-LRB- ONU -RRB-".
_BRACKET_CLOSING = re.compile(r"(?:\(|-LRB-)\s*(?P<inner>[^()]{1,60}?)\s*(?:\)|-RRB-)\s*[.!]?\s*$")
# A bracket closing a sentence glued to the next one with no space, as some pages' text runs: "… ont fui (ONU).Depuis".
_GLUED_CLOSING = re.compile(r"\(\s*(?P<inner>[^()]{1,60}?)\s*\)[.!](?=[A-ZÀ-Þ])")
# A full stop glued to the next sentence: "…le départ du préfet.Depuis" (not "U.S." nor "3.5"). The pattern
# opens on the stop, which the regex engine looks for in one scan, and only then looks behind it.
_GLUED_STOP = re.compile(r"[.!?](?<=[a-zà-ÿ)][.!?])(?=[A-ZÀ-Þ][a-zà-ÿ])")
# An acronym in brackets after a name shortens that name: "Human Rights Watch (HRW)", "Congo (DRC)".
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# A noun phrase: up to a comma, a bracket or the clause's end ("recensés par l'AFP, …").
_PHRASE = re.compile(r"[^,;:.!?()«»“”\"]*")
# Quote marks of tokenized corpora left at a source's ends: "`` The Washington Post , ''", "'' the chairman".
_STRAY_MARKS = re.compile(r"^(?:``|'')\s*|\s*,?\s*(?:''|``)$")
# Words left out of a source's acronym.
_SMALL_WORDS = frozenset({"de", "des", "du", "la", "le", "les", "of", "the", "and", "et", "for", "pour", "d", "l"})
# Figures of these categories are counts of people or things; the others are measures.
EVENT_CATEGORIES = ("killed", "injured", "displaced", "refugees", "evacuated", "arrested", "missing")
ENTITY_CATEGORIES = ("population", "troops", "places")
COUNT_CATEGORIES = frozenset(EVENT_CATEGORIES + ENTITY_CATEGORIES)
# Counts of people who left a country: the nationality of those counted ("réfugiés syriens")
# names the country the figure is about. Nationality says nothing of where soldiers or
# civilians were killed ("20 soldats turcs tués" in Syria), so other categories ignore it.
ORIGIN_CATEGORIES = frozenset({"refugees", "displaced"})
# Counts a country's name before people or bodies of its own ("US soldiers", "the US military") does not place:
# tolls but those counted by their origin, and troops. Its government's own spending or estimate may be its own.
OWNED_CATEGORIES = frozenset((TOLLS - ORIGIN_CATEGORIES) | {"troops"})
# Counts of people who moved: the place they went to may say where they are counted, as host
# countries count refugees ("thousands fled to neighbouring Turkey"); what else a sentence counts
# (the dead, oil spilled "into the Gulf", ships sent "to Haiti") is not placed by a destination.
MOVEMENT = frozenset({"refugees", "displaced", "evacuated"})
# How far before a place, in characters, the preposition of a destination or a border's words are
# looked for ("en direction de la ", "towards neighbouring ", "frontalier de la ").
LANDMARK_CHARS = 40


@dataclass
class _Lexicon:
    lex: dict
    # "lives" / "vies" counted: the dead after a verb that takes them ("cost millions of lives").
    life_nouns: frozenset[str]
    life_taking: re.Pattern
    # "the lives of 3,000 people", "11 workers' lives": lives counted by the people who had them.
    lives_of: re.Pattern
    lives_after: re.Pattern
    # "hommes": a force only when many, or someone's ("onze hommes de Nadir").
    generic_troops: frozenset[str]
    # "tanks", "avions": a force only when sent ("a envoyé 300 chars"), else things ("destroyed two tanks").
    equipment: frozenset[str]
    munitions: frozenset[str]
    animals: frozenset[str]
    dispatch: re.Pattern
    qualifier: dict[str, re.Pattern]
    approx_after: re.Pattern
    range_join: re.Pattern
    range_open: re.Pattern
    unit: re.Pattern
    units: dict[str, tuple[str, str]]
    money_prefix: dict[str, str]
    time_unit: re.Pattern
    time_unit_of: re.Pattern
    nouns: dict[str, str]
    phrases: tuple[tuple[str, str], ...]
    verbs: list[tuple[str, re.Pattern]]
    # The verbs of every category in one pattern, group k holding those of verbs[k - 1]: its first match
    # is the first verb of any category, found in one pass.
    first_verb: re.Pattern
    hypothetical: re.Pattern
    averting: re.Pattern
    breakdown: re.Pattern
    aside: re.Pattern
    breakdown_lead: re.Pattern
    who_stops: frozenset[str]
    verb_endings: tuple[str, ...]
    past_endings: tuple[str, ...]
    verb_lemma_endings: tuple[str, ...]
    infinitive_endings: tuple[str, ...]
    plural_head_links: frozenset[str]
    plural_nouns: frozenset[str]
    according: re.Pattern
    credit: WordList
    byline: re.Pattern
    byline_stops: frozenset[str]
    month_before: re.Pattern
    day_label: re.Pattern
    partitive: re.Pattern
    breakdown_verb: re.Pattern
    partitive_link: re.Pattern
    date_lead: frozenset[str]
    where: re.Pattern
    place_relative: re.Pattern
    country_apposition: re.Pattern
    locative: re.Pattern
    identity: frozenset[str]
    ratio: re.Pattern
    denominator: re.Pattern
    ratio_link: re.Pattern
    verb_any: re.Pattern
    people: frozenset[str]
    place_adjective: re.Pattern
    demonym: re.Pattern
    demonym_codes: dict[str, str]
    measure_before: re.Pattern
    measure_after: re.Pattern
    not_sources: frozenset[str]
    clause_words: frozenset[str]
    actor_auxiliaries: frozenset[str]
    adverbs: frozenset[str]
    adverb_suffixes: tuple[str, ...]
    source_relatives: frozenset[str]
    relative_opening: re.Pattern
    infinitive_markers: frozenset[str]
    source_dangling: frozenset[str]
    source_restart: re.Pattern
    source_trailing_verb: re.Pattern
    source_openers: frozenset[str] | None
    number_word: re.Pattern
    report_verb: re.Pattern
    report_addressed: re.Pattern | None
    toll_verb: re.Pattern
    toll_attribution: re.Pattern
    toll_noun: re.Pattern
    report_agent: re.Pattern
    report_noun: re.Pattern
    report_adjectives: frozenset[str]
    determiners: frozenset[str]
    source_nouns: frozenset[str]
    owned_nouns: frozenset[str]
    source_prepositions: frozenset[str]
    source_lead: re.Pattern
    source_tail: re.Pattern
    quoted_as: re.Pattern
    source_aside: re.Pattern
    relative_subject: re.Pattern
    destination: re.Pattern
    toll_word: re.Pattern
    holding_verbs: frozenset[str]
    place_heads: frozenset[str]
    population_nouns: frozenset[str]
    count_head: re.Pattern
    border: re.Pattern
    reference: re.Pattern
    clause_break: re.Pattern
    verb_end: re.Pattern
    coordinated: re.Pattern
    later_relative: re.Pattern
    clock_range: re.Pattern
    age_before: re.Pattern
    vague_determiners: frozenset[str]
    fraction_after: re.Pattern
    street_after: re.Pattern
    toll_subject: re.Pattern
    label_before: re.Pattern
    weight_after: re.Pattern
    weight_before: re.Pattern
    label_lead: re.Pattern
    name_lead: re.Pattern
    settlement_before: re.Pattern
    camp: re.Pattern
    population_cue: re.Pattern
    vessel_before: re.Pattern
    vessel_after: re.Pattern
    organization: re.Pattern
    host_before: re.Pattern
    crowd_after: re.Pattern
    agent_before: re.Pattern
    elided_heads: frozenset[str]
    death_before: re.Pattern
    bare_vague_nouns: frozenset[str]
    group_before: re.Pattern
    toll_list_gap: re.Pattern
    toll_list_end: re.Pattern
    place_list_gap: re.Pattern
    list_part_before: re.Pattern
    list_part_after: re.Pattern
    relative_word: re.Pattern
    currency_before: re.Pattern
    period_before: re.Pattern
    period_word: re.Pattern
    tenure_before: re.Pattern
    superlative_before: re.Pattern
    compared_relative: re.Pattern
    event_year: re.Pattern
    event_relative: re.Pattern
    since_before: re.Pattern
    started_before: re.Pattern


def _words(words) -> str:
    return trie_pattern([w.lower() for w in words])


@cache
def _lexicon(lang: str | None) -> _Lexicon:
    lex = resources.load(lang, "figures")
    # The category verbs as written and with the typographic apostrophe ("l'arrestation de", "l’arrestation de").
    lex = {**lex, "categories": {c: {**cues, "verbs": _apostrophes(cues["verbs"])}
                                 for c, cues in lex["categories"].items()}}
    units: dict[str, tuple[str, str]] = {}
    unit_forms = []
    for entry in lex["units"]:
        for w in entry["words"]:
            # A unit of several words glued to its number is hyphenated throughout: "a 630-square-mile lake".
            for form in (w, w.replace(" ", "-")):
                unit_forms.append(form)
                units.setdefault(form.lower(), (entry["unit"], entry["category"]))
    nouns: dict[str, str] = {}
    verbs = []
    for category, cues in lex["categories"].items():
        for n in cues["nouns"]:
            nouns.setdefault(n.lower(), category)
        verbs.append((category, re.compile(rf"(?<!\w)(?:{_words(cues['verbs'])})(?!\w)", re.IGNORECASE)))
    singular = _demonym_codes(lang)
    # Plurals as the name finder forms them: an "s" unless the word ends in one or in "x".
    demonym_codes = {**{f if f.endswith(("s", "x")) else f + "s": c for f, c in singular.items()}, **singular}
    heads = f"(?i:{_words(lex['place_adjective_heads'])})"
    # The conflict nouns are singular: a plural demonym agrees with another noun
    # ("les Gardiens de la Révolution iraniens").
    dem_singular = _spelled_demonyms(singular, lex["demonyms_capitalized"])
    place_adjective = rf"(?P<demonym>{dem_singular})\s+{heads}" if lex["demonym_before_head"] \
        else rf"{heads}\s+(?P<demonym>{dem_singular})"
    distances = trie_pattern(_cased(w for e in lex["units"] if e["category"] == "distance" for w in e["words"]))
    return _Lexicon(
        lex=lex,
        life_nouns=frozenset(lex["life_nouns"]),
        life_taking=re.compile(rf"(?<![\w'’])(?:{_words(lex['life_taking_verbs'])})(?!\w)", re.IGNORECASE),
        lives_of=re.compile(rf"(?<![\w'’])(?:{_words(lex['life_nouns'])})\s+(?:of|de|des|d['’])\s*$", re.IGNORECASE),
        lives_after=re.compile(rf"\s*['’]s?\s+(?:{_words(lex['life_nouns'])})(?!\w)", re.IGNORECASE),
        generic_troops=frozenset(lex["generic_troop_nouns"]),
        equipment=frozenset(lex["equipment_nouns"]),
        munitions=frozenset(lex["munition_nouns"]),
        animals=frozenset(lex["animal_nouns"]),
        dispatch=re.compile(rf"(?<!\w)(?:{_words(lex['categories']['troops']['verbs'] + lex['dispatch_verbs'])})(?!\w)",
                            re.IGNORECASE),
        qualifier={kind: re.compile(rf"(?<!\w)(?:{_words(words)})\s*$", re.IGNORECASE)
                   for kind, words in lex["qualifiers"].items()},
        approx_after=re.compile(rf"^\s*(?:{_words(lex['approx_after'])})(?!\w)", re.IGNORECASE),
        range_join=re.compile(rf"^\s*(?:{_words(lex['range_joiners'])})\s*$", re.IGNORECASE),
        range_open=re.compile(rf"(?<!\w)(?:{_words(lex['range_openers'])})\s*$", re.IGNORECASE),
        # Case matters for units: "m" is metres, "M" is not. A hyphen may join a unit used as an adjective
        # ("a 40-mile long ribbon"), and the words of that unit ("a 630-square-mile lake").
        unit=re.compile(rf"^(?:[\s-]?|\s(?:{_words(lex['unit_joiner'])})\s?)"
                        rf"(?:{trie_pattern(_cased(unit_forms))})(?![\w])"),
        units=units,
        money_prefix=lex["money_prefix"],
        time_unit=re.compile(rf"^[\s-]?(?:{_words(lex['time_units'])})(?![\w])", re.IGNORECASE),
        # A duration told by a vague number: "d'ici une vingtaine de minutes", "dozens of years".
        time_unit_of=re.compile(rf"^\s+(?:{_words(lex['time_unit_links'])})\s*(?:{_words(lex['time_units'])})(?![\w])",
                                re.IGNORECASE),
        nouns=nouns,
        phrases=tuple((n, c) for n, c in nouns.items() if " " in n),
        verbs=verbs,
        # A category verb ending a text: "… and wounded".
        verb_end=re.compile(r"(?<!\w)(?:" + "|".join(_words(cues["verbs"]) for cues in lex["categories"].values())
                            + r")$", re.IGNORECASE),
        first_verb=re.compile(r"(?<!\w)(?:" + "|".join(rf"({_words(cues['verbs'])})(?!\w)" for cues in lex["categories"].values())
                              + ")", re.IGNORECASE),
        hypothetical=re.compile(rf"(?<!\w)(?:{_words(lex['hypothetical'])})(?!\w)", re.IGNORECASE),
        # A verb whose object is the count: "éviter des milliers de morts", "to prevent up to 20,000 deaths".
        averting=re.compile(rf"(?<!\w)(?:{_words(lex['averting_verbs'])})\s+$", re.IGNORECASE),
        breakdown=re.compile(rf"(?<!\w)(?:{_words(lex['breakdown_markers'])})(?!\w)", re.IGNORECASE),
        aside=re.compile(rf"\s*,\s*(?:{_words(lex['breakdown_markers'])})(?!\w)[^,]*,", re.IGNORECASE),
        breakdown_lead=re.compile(rf"\s*(?:{_words(lex['breakdown_markers'])})(?!\w)", re.IGNORECASE),
        who_stops=frozenset(w.lower() for w in lex["who_stops"]),
        verb_endings=tuple(lex["verb_endings"]),
        past_endings=tuple(lex["past_endings"]),
        verb_lemma_endings=tuple(lex["verb_lemma_endings"]),
        infinitive_endings=tuple(lex["infinitive_endings"]),
        plural_head_links=frozenset(lex["plural_head_links"]),
        plural_nouns=frozenset(lex["plural_nouns"]),
        according=re.compile(rf"(?<!\w)(?:{_words(lex['according_to'])})(?!\w)", re.IGNORECASE),
        credit=word_list([a for c in lex["agency_credits"] for a in (c, c.lower(), c.upper())]),
        # Each cue looks behind its own letters for a word character before it: a pattern opening on the
        # cues' letters lets re skip to their capitals instead of trying every position of the article.
        byline=re.compile("(?:" + "|".join(rf"{re.escape(b)}(?<!\w[\s\S]{{{len(b)}}})" for b in lex["byline_cues"])
                          + r")\s*([A-ZÀ-Þ][\w-]+(?:\s+[A-ZÀ-Þ][\w-]+){1,3})"),
        byline_stops=frozenset(lex["byline_stops"]),
        month_before=re.compile(rf"(?<!\w)(?:{_words(_months())})\.?\s*$", re.IGNORECASE),
        # A chronology's entry opens on its day or days, maybe its month, and a colon, alone on its line's
        # start: "- 20 au 22 :", "- 14 jan:".
        day_label=re.compile(rf"[ \t]*[-–—•*]?[ \t]*(\d{{1,2}})(?:[ \t]*(?:{_words(lex['day_range_joiners'])})"
                             rf"[ \t]*(\d{{1,2}}))?(?:[ \t]+(?:{_words(_months())})\.?)?[ \t]*:(?!\d)", re.IGNORECASE),
        date_lead=frozenset(w.lower() for w in lex["date_lead"]),
        # The verb of a total after its breakdown: "14 personnes dont trois femmes ont été tuées".
        breakdown_verb=re.compile(rf"(?<![\w'’])(?:{_words(lex['breakdown_verbs'])})(?!\w)"),
        # "l'un des six pays", "one of the six countries": a count of the set something named belongs to.
        partitive=re.compile(rf"(?<![\w'’])(?:{_words(lex['partitive_heads'])})\s+(?:{_words(lex['partitive_links'])})\s*$",
                             re.IGNORECASE),
        # "trois des six pays": the number of members before the size of their set.
        partitive_link=re.compile(rf"\s+(?:{_words(lex['partitive_links'])})\s+", re.IGNORECASE),
        denominator=re.compile(rf"\s*(?:[\w'’-]+\s+){{0,2}}(?:{_words(lex['ratio_links'])})\s+", re.IGNORECASE),
        ratio_link=re.compile(rf"\s*(?:{_words(lex['ratio_links'])})\s+", re.IGNORECASE),
        identity=frozenset(lex["identity_categories"]),
        people=frozenset(w.lower() for w in lex["people_nouns"] + lex["who_generic"]),
        ratio=re.compile(rf"(?<!\w)(?:{_words(lex['ratio_heads'])})\s+(?:[\w-]+\s+){{0,2}}"
                         rf"(?:{_words(lex['ratio_before'])})\s*$", re.IGNORECASE),
        verb_any=re.compile(rf"(?<!\w)(?:{_words(w for c in lex['categories'].values() for w in c['verbs'])})(?!\w)",
                            re.IGNORECASE),
        where=re.compile(rf"(?<!\w)(?i:{_words(lex['where_preps'])})\s+(?:(?:la|le|l['’]|les|the)\s*)?"
                         r"(?:(?:province|ville|région|city|region|province)\s+(?:de\s+|d['’]|of\s+)?)?"
                         r"([A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)*)"),
        # A relative opened after a place's name: "Mexico, where", "Vasko, où".
        place_relative=re.compile(rf"\s*,\s*(?i:{_words(lex['place_relatives'])})(?!\w)"),
        # The same word anywhere: "Norvik, a northern city where …" opens a relative on the place too.
        relative_word=re.compile(rf"(?<!\w)(?i:{_words(lex['place_relatives'])})(?!\w)"),
        # What joins a town to its country in apposition: "Tripoli, Libya", "Tripoli (Libye)", "Tripoli, en Libye".
        country_apposition=re.compile(rf"\s*(?:,\s*(?:(?:{_words(lex['country_apposition_preps'])})\s+)?|\(\s*)"),
        # A preposition that places what its clause tells, just before a place: "in (the)", "à".
        locative=re.compile(rf"(?<!\w)(?i:{_words(lex['where_preps'])})\s+(?:(?:la|le|l['’]|les|the)\s*)?$"),
        place_adjective=re.compile(rf"(?<![\w-]){place_adjective}(?![\w-])"),
        demonym=re.compile(rf"(?<![\w-])(?:{_spelled_demonyms(demonym_codes, lex['demonyms_capitalized'])})(?![\w-])"),
        demonym_codes={fold(form): code for form, code in demonym_codes.items()},
        measure_before=re.compile(rf"(?<!\w)(?:{_words(lex['measure_before'])})\s*$", re.IGNORECASE),
        measure_after=re.compile(rf"\s*(?:{_words(lex['measure_after'])})(?!\w)", re.IGNORECASE),
        not_sources=frozenset(w.lower() for w in lex["not_sources"]),
        # Case matters: "I" is a pronoun, a capitalized "Est" a name's part ("Jérusalem-Est").
        clause_words=frozenset(lex["source_clause_words"]),
        source_relatives=frozenset(lex["source_relatives"]),
        # A relative clause opening after a comma: ", qui a fait", ", which killed".
        relative_opening=re.compile(rf",\s*(?:{trie_pattern(lex['relative_subjects'])})(?!\w)"),
        actor_auxiliaries=frozenset(lex["actor_auxiliaries"]),
        adverbs=frozenset(w for t in lex["source_tails"] for w in t.split()),
        adverb_suffixes=tuple(lex["adverb_suffixes"]),
        infinitive_markers=frozenset(lex["source_infinitive_markers"]),
        # Words a noun phrase does not end on: conjunctions, prepositions, articles.
        source_dangling=frozenset(w.lower() for w in lex["clause_conjunctions"] + lex["source_prepositions"]
                                  + lex["source_determiners"] + ["or", "ou"]),
        # A clause run into a name: "… they call for aid The Red Cross" restarts at the capitalized article.
        source_restart=re.compile(rf"(?<=[a-zà-ÿ,])\s+(?={trie_pattern(_cased(lex['source_determiners']) - set(lex['source_determiners']))}"
                                  r"(?:\s|(?<=['’])))"),
        source_trailing_verb=re.compile(rf"(?<=\))\s+(?:{_words(lex['source_trailing_verbs'])})$"),
        source_openers=frozenset(lex["source_lowercase_openers"]) if lex["source_lowercase_openers"] is not None else None,
        number_word=re.compile(rf"(?:\d|(?:{_words(list(lex['number_words']) + list(lex['vague_nouns']) + list(lex['scales']))})(?!\w))",
                               re.IGNORECASE),
        # "Des sources locales évoquent 80 morts", "Activists said at least 20 …": the verb, the
        # subject before it naming the figure's source. A verb after its subject is in lower case; a
        # case-sensitive pattern and "\b" rather than a look-behind keep re's fast scan.
        # A pronoun or an adverb may split a verb of several words: "La police fait elle état de 37 morts".
        report_verb=re.compile(rf"\b(?:{_words(lex['report_verbs']).replace(chr(92) + ' ', _split_gap(lex['source_tails']))})"
                               r"(?:(?<=['’])|(?!\w))"),
        # "Rebels told Reuters 30 people died": a verb telling someone named, or one of the addressees, what follows.
        report_addressed=re.compile(rf"\b(?:{_words(lex['addressed_report_verbs'])})\s+(?:(?:the|The)\s+)?"
                                    rf"(?:(?:{_words(lex['addressees'])})|[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*)*)(?!\w)")
        if lex.get("addressed_report_verbs") else None,
        # "Le bilan officiel s'élève à 310 morts": a toll's verb, its subject a source when it says whose
        # toll it is (a name, or one of the toll_attributions: "officiel", "official").
        toll_verb=re.compile(rf"\b(?:{_words(lex['toll_verbs'])})(?!\w)"),
        toll_noun=re.compile(rf"(?<![\w'’])(?:{_words(lex['toll_nouns'])})(?!\w)", re.IGNORECASE),
        toll_attribution=re.compile(rf"(?<![\w'’])(?:{_words(lex['toll_attributions'])})(?!\w)", re.IGNORECASE),
        report_noun=re.compile(rf"(?<![\w'’])(?:{_words(lex['report_noun_determiners'])})(?:\s+|(?<=['’]))$",
                               re.IGNORECASE),
        determiners=frozenset(lex["source_determiners"]),
        report_adjectives=frozenset(w.lower() for w in lex["report_noun_adjectives"]),
        report_agent=re.compile(rf"\b(?:{_words(lex['report_agents'])})\s+"),
        source_nouns=frozenset(w.lower() for w in lex["source_nouns"]),
        # Who or what a country's name may qualify as its nationality or owner: people, forces, machines and the
        # bodies that speak for it ("US soldiers", "US jets", "UK officials", "US media"); not a noun that is also
        # a reporting verb ("sources in Peru estimate").
        owned_nouns=frozenset(w.lower() for w in lex["people_nouns"] + lex["categories"]["troops"]["nouns"]
                              + lex["equipment_nouns"] + lex["source_nouns"]) - set(lex["report_verbs"]),
        source_prepositions=frozenset(lex["source_prepositions"]),
        source_lead=re.compile(rf"^(?:(?:{_words(lex['source_leads'])})(?:\s+|\s*,\s*))+", re.IGNORECASE),
        # What may stand between a subject and its verb: adverbs, pronouns, auxiliaries ("have now").
        source_tail=re.compile(rf"(?:\s*,?\s+(?:{_words(lex['source_tails'] + lex['report_auxiliaries'])}))+\s*$",
                               re.IGNORECASE),
        quoted_as=re.compile(rf"(?<![\w'’])(?:{_words(lex['quoting_verbs']) or '(?!)'})\s+(?!by\s)(?P<speaker>\S.*?)\s+"
                             rf"(?:{_words(lex['quoting_links']) or '(?!)'})\s*$", re.IGNORECASE),
        source_aside=re.compile(rf"^(?:{_words(lex['source_aside_openers'])})(?!\w)", re.IGNORECASE),
        relative_subject=re.compile(rf"^(?:{_words(lex['relative_subjects'])})(?!\w)", re.IGNORECASE),
        # Where people or things went: "fuyant vers la Tunisie", "fled to Turkey", "spewed into the Gulf";
        # up to two words between the preposition and the place ("to neighbouring Turkey"), none of the
        # words that make "to" a place's neighbourhood or a reason ("close to", "according to"), which are
        # looked behind for only where a preposition starts.
        destination=re.compile(rf"(?<![\w'’])(?=(?:{_words(_apostrophes(lex['destination_preps']))}))"
                               + "".join(rf"(?<!\b{re.escape(w)} )" for w in lex["destination_not_after"])
                               + rf"(?:{_words(_apostrophes(lex['destination_preps']))})"
                               r"(?:\s+|(?<=['’]))(?:[\w-]+\s+|[\w]+['’]){0,2}$", re.IGNORECASE),
        # A word of a toll: its nouns and verbs ("morts", "tués", "fled", "bilan").
        toll_word=re.compile(rf"(?<![\w'’])(?:{_words(w for c in TOLLS for w in lex['categories'][c]['nouns'] + lex['categories'][c]['verbs'])}"
                             rf"|{_words(lex['toll_nouns'])})(?!\w)", re.IGNORECASE),
        holding_verbs=frozenset(lex["holding_verbs"]),
        # What a place is called by ("la ville", "the camp"): no one reporting.
        place_heads=frozenset(w.lower() for w in lex["settlement_nouns"] + lex["camp_nouns"]),
        population_nouns=frozenset(lex["population_nouns"]),
        # "le nombre de morts", "the number of dead": the noun counted comes after the toll's noun.
        count_head=re.compile(rf"^(?:(?:{_words(lex['source_determiners'])})\s+|l['’])?(?:{_words(lex['toll_nouns'])})"
                              r"\s+(?:de\s+|des\s+|du\s+|d['’]|of\s+(?:the\s+)?)", re.IGNORECASE),
        # A place named as a border ("le sud frontalier de la Jordanie", "the area bordering Turkey").
        border=re.compile(rf"(?<![\w'’])(?:{_words(_apostrophes(lex['border_words']))})\s+"
                          r"(?:(?:la|le|les|the)\s+|l['’])?$", re.IGNORECASE),
        # A place a distance or a direction is measured from ("à 90 km à l'ouest de Vasko", "40 km from
        # Baghdad", ", west of Baghdad"): the figures of the sentence are elsewhere.
        reference=re.compile(rf"(?:(?:{distances})\.?\s+(?i:{_words(_apostrophes(lex['distance_links']))})"
                             rf"|(?:(?:{distances})\.?|[,(]|-LRB-)\s*(?i:{_words(_apostrophes(lex['reference_directions']))})"
                             rf"\s+(?i:{_words(_apostrophes(lex['reference_links']))}))"
                             r"(?:\s+|(?<=['’]))(?:(?:la|le|les|the)\s+|l['’])?$"),
        # Where a clause ends inside a sentence: a semicolon, a comma before a conjunction ("…, et des
        # centaines de familles ont été relogées").
        clause_break=re.compile(rf";|,\s*(?:{_words(lex['clause_conjunctions'])})(?!\w)", re.IGNORECASE),
        # A conjunction opening what follows a counted phrase: "… and wounded 10 others".
        coordinated=re.compile(rf"\s*,?\s*(?:{_words(lex['clause_conjunctions'])})\s", re.IGNORECASE),
        # A relative pronoun after other words than a list's joiner, then only auxiliaries and adverbs up to the
        # end: the clause of what ends there is on a later noun ("directions during raids that have killed").
        later_relative=re.compile(
            rf"^(?!\s*,?\s*(?:{_words(lex['place_list_joiners'])})\s)\s*\w.*?"
            rf"(?<![\w'’])(?:{_words(lex['relative_subjects'] + lex['year_subject_relatives'])})"
            rf"(?:\s+(?:{_words(lex['actor_auxiliaries'] + lex['relative_verb_links'])}|\w+(?:{_words(lex['adverb_suffixes'])})))*\s+$",
            re.IGNORECASE | re.DOTALL),
        # The second clock time of a span: "between 14.00 [and 15.00] GMT".
        clock_range=re.compile(rf"\s*(?:{_words(lex['range_joiners'])})\s*\d{{1,2}} ?[.:h]\d{{2}}", re.IGNORECASE),
        # An age, or the upper end of a span of ages: "aged 5 to 24", "aged over 70", "live to between 50 and 70".
        age_before=re.compile(rf"(?<!\w)(?:{_words(lex['age_before'])})\s*(?:(?:{_words(lex['age_links'])})\s+)?"
                              rf"(?:\d+\s*(?:{_words(lex['range_joiners'])})\s*)?$", re.IGNORECASE),
        vague_determiners=frozenset(d.lower() for d in lex["vague_determiners"] if d),
        # A fraction's numerator: "deux tiers des Français", "two thirds of voters", "three-quarters".
        fraction_after=re.compile(rf"[\s-]+(?:{_words(lex['fraction_denominators'])})(?!\w)", re.IGNORECASE),
        # An address, its street words matched in their case: where a qualifier comes before its noun, the
        # street's name comes before the street word ("at 10 Downing Street"), else after it ("au 12 rue de la Paix").
        street_after=re.compile(rf"(?:\s+[A-Z][\w'’.-]*){{1,3}}?\s+(?:{trie_pattern(lex['street_words'])})\b"
                                if lex["qualifier_before_noun"] else
                                rf"\s+(?:{trie_pattern(lex['street_words'])})\s+(?:(?:de|du|des|la|le|les)\s+|[dl]['’])*[A-ZÀ-Þ]"),
        # A number naming a thing of a numbered series, not counting: "category four", "les critères 6 et 7",
        # "l'article 8" (the noun may follow an elided article).
        label_before=re.compile(rf"(?:(?<![\w'’-])|(?<=(?<!\w)[dl]['’]))(?:{_words(lex['label_nouns'])})\s+"
                                rf"(?:\d[\d.,]*\s*(?:,|{_words(lex['label_joiners'])})\s*){{0,{MAX_LABEL_LIST}}}$",
                                re.IGNORECASE),
        # A currency's word that also names a weight reads as the weight before "of" and a thing that is no
        # sum ("40 pounds of explosives", not "5 million pounds of aid") or after a verb of weighing.
        weight_after=re.compile(rf"\s+(?:{_words(lex['unit_joiner'])})\s+(?!(?:{_words(lex['money_nouns'])})\b)[a-z]"
                                if lex["weight_units"] else r"(?!)"),
        weight_before=re.compile(rf"(?<!\w)(?:{_words(lex['weight_verbs'])})\s+(?:[a-z]+\s+)?$"
                                 if lex["weight_verbs"] else r"(?!)", re.IGNORECASE),
        elided_heads=frozenset(lex["elided_heads"]),
        bare_vague_nouns=frozenset(lex["bare_vague_nouns"]),
        # A group's lead before a spelled number: "tous deux", "toutes les trois" (a pattern matching nothing
        # for a language that lists none).
        group_before=re.compile(rf"(?<![\w'’-])(?:{_words(lex['group_leads'])})\s+$"
                                if lex["group_leads"] else r"(?!)", re.IGNORECASE),
        # A place's noun and "of" before a count: "a nation of 9 million people".
        settlement_before=re.compile(rf"(?<![\w'’-])(?:{_words(lex['settlement_nouns'])})\s+(?:of|de|d['’])\s*$",
                                     re.IGNORECASE),
        # Where people live who have lost their homes: "live in tents", "le camp de Dravnik abrite".
        camp=re.compile(rf"(?<![\w'’-])(?:{_words(lex['camp_nouns'])})(?![\w'’-])", re.IGNORECASE),
        population_cue=re.compile(rf"(?<![\w-])(?:{_words(lex['settlement_nouns'] + lex['population_nouns'])})(?![\w-])",
                                  re.IGNORECASE),
        # A vessel's noun before its name, maybe through a comma and an article ("le navire Roma", "ce navire, le
        # Roma"), or after it ("the Norvik Star rig").
        vessel_before=re.compile(rf"(?<![\w'’-])(?:{_words(lex['vessel_nouns'])})\s*,?\s*(?:(?:the|le|la|les)\s+|l['’])?$",
                                 re.IGNORECASE),
        vessel_after=re.compile(rf"\s+(?:{_words(lex['vessel_nouns'])})(?!\w)", re.IGNORECASE),
        # A name a company's word opens or closes, as the language places it: "Grimaldi Lines", "Compagnie
        # générale", taken for a place by the name finder (a pattern matching nothing for a list left empty).
        organization=re.compile("|".join(
            [rf"^(?:{_words(lex['organization_heads'])})\s"] * bool(lex["organization_heads"])
            + [rf"\s(?:{_words(lex['organization_tails'])})$"] * bool(lex["organization_tails"])) or r"(?!)",
            re.IGNORECASE),
        # A host's verb nearest before a count: "accueille 1,2 million de", elided negation too ("n'accueille").
        host_before=re.compile(rf"(?<![\w-])(?:{_words(lex['host_verbs'])})"
                               rf"(?:\s+[^\s,;:.()]+){{0,{HOST_GAP_WORDS}}}?\s*$", re.IGNORECASE),
        # A passive verb's agent just before a count: "occupés par des milliers de", "killed by three".
        agent_before=re.compile(rf"(?<![\w'’-])(?:{_words(lex['agent_preps'])})\s+$", re.IGNORECASE),
        # A crowd's act or place a few words after the counted people: "took to the streets", "ont manifesté".
        crowd_after=re.compile(rf"(?:\s+[^\s,;:.()«»]+){{0,{CROWD_GAP_WORDS}}}?\s+(?:{_words(lex['crowd_words'])})"
                               r"(?![\w'’-])", re.IGNORECASE),
        # A death's noun before the counted people, maybe through a time expression and an article: "les corps
        # de sept gardes", "la mort depuis lundi d'une quinzaine de miliciens", "la mort des 14 soldats", "the
        # bodies of the 12 miners".
        death_before=re.compile(rf"(?<![\w'’-])(?:{_words(lex['death_heads'])})"
                                rf"(?:\s+[^\s,;:.()]+){{0,{DEATH_GAP_WORDS}}}?\s+(?:de\s+|des\s+|du\s+|d['’]|of\s+(?:the\s+)?)$",
                                re.IGNORECASE),
        # What joins a toll's people to the next ones of its list: "tuant 5 soldats, 3 policiers et à 2 civils".
        # Between two parts of a list, after the first's place maybe ("… soldats à Tarn et de neuf miliciens").
        toll_list_gap=re.compile(rf"(?:\s+(?i:{_words(lex['where_preps'])})\s+(?:(?:la|le|l['’]|les|the)\s*)?"
                                 r"[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)*)?"
                                 rf"\s*,?\s*(?:(?i:{_words(lex['toll_list_joiners'])})(?:\s+|(?<=['’])))*"),
        # What may follow a list's part: the end of its clause, the next part, or a place ("… et 3 civils à Kaboul").
        toll_list_end=re.compile(
            rf"\s*(?:[,;:.!?)]|$|(?:{_words(lex['toll_list_joiners'] + lex['where_preps'])})(?!\w))", re.IGNORECASE),
        # What joins two places of a list: "à Vasko, à Tarn ainsi qu'à Brod", "in Vasko , Tarn and the town of",
        # "in Vasko, in the northern city of Tarn".
        place_list_gap=re.compile(rf"\s*(?:,\s*)?(?:(?P<joiner>(?i:{_words(lex['place_list_joiners'])}))(?:\s+|(?<=['’])))?"
                                  rf"(?:(?i:{_words(lex['where_preps'])})\s+)?{_PLACE_LEAD}"),
        # A list's joiner and a preposition before its first place, after a word that is no preposition ("in clashes
        # and in the province of Vasko", not "in and around Vasko"), or after its last place before a part that is no
        # name nor a verb ("à Vasko et dans les environs", not "à Vasko, et en ont blessé").
        list_part_before=re.compile(rf"(?<![\w'’])(?!(?i:{_words(lex['where_preps'])})\s)[\w'’-]+(?:\s*,\s*|\s+)"
                                    rf"(?i:{_words(lex['place_list_joiners'])})(?:\s+|(?<=['’]))"
                                    rf"(?i:{_words(lex['where_preps'])})\s+{_PLACE_LEAD}$"),
        list_part_after=re.compile(rf"(?:\s*,\s*|\s+)(?i:{_words(lex['place_list_joiners'])})(?:\s+|(?<=['’]))"
                                   rf"(?i:{_words(lex['where_preps'])})\s+(?:(?:la|le|les|the)\s+|l['’])?"
                                   rf"(?!(?:{_words(lex['actor_auxiliaries'])})(?!\w))[a-zà-ÿ]"),
        # The capitalized words a number ends a name after ("World War Two", "the Group of Eight"), in their case.
        name_lead=re.compile(rf"(?<![\w'’-])(?:{trie_pattern(lex['name_leads'])})\s+$" if lex["name_leads"] else r"(?!)"),
        # A bare number between a day's or a label's lead and a punctuation mark: "Le 31, l'Otan …", "lundi 7, …".
        label_lead=re.compile(rf"(?<![\w'’-])(?:{_words(lex['label_leads'])})[^\S\n]+$", re.IGNORECASE),
        # A currency sign just before a number: "$5", "$ 5" in tokenized corpora.
        currency_before=re.compile(rf"({'|'.join(map(re.escape, lex['money_prefix']))})\s?$"),
        # A duration a count runs over: after "in", "over", "en", "depuis" (then maybe a determiner and a
        # qualifier: "depuis près de deux mois"), or after or holding "past", "dernières", "ces" ("the past
        # week", "au cours des dernières 24 heures", "ces 10 derniers jours").
        period_before=re.compile(rf"(?:(?<![\w'’])(?:{_words(lex['period_prepositions'])})\s+"
                                 rf"(?:(?:{_words(lex['period_determiners'])})\s*)?"
                                 rf"(?:(?:{_words(w for words in lex['qualifiers'].values() for w in words)})\s*)?"
                                 rf"|(?<![\w'’])(?:{_words(lex['period_words'])})\s+)\Z", re.IGNORECASE),
        period_word=re.compile(rf"(?<![\w'’])(?:{_words(lex['period_words'])})(?!\w)", re.IGNORECASE),
        # A post held, maybe with whose or where it is ("au pouvoir", "aux mains de Karim Nadir", "who has
        # ruled Vasko"), then how long: "depuis plus de 20 ans", "since 1994".
        # "the 1918 pandemic", "Libya's 2011 war" (tokenized: "Libya 's 2011 war"): a year between a determiner
        # and a noun.
        event_year=re.compile(rf"(?:(?<![\w'’])(?:{_words(w for w in lex['year_subject_leads'] if w[:1].isalpha()) or '(?!)'})"
                              rf"|(?:(?<=\w)|(?<=\w\s))(?:{_words(w for w in lex['year_subject_leads'] if not w[:1].isalpha()) or '(?!)'}))"
                              r"\s+(?P<year>\d{4})(?=\s+[^\W\d])", re.IGNORECASE),
        event_relative=re.compile(rf"\s*,\s*(?=(?:{_words(lex['year_subject_relatives']) or '(?!)'})\b)", re.IGNORECASE),
        since_before=re.compile(rf"(?<![\w'’])(?:{_words(lex['since_words'])})\s+\Z", re.IGNORECASE),
        # what began at a time: "déclenchée en 2019", "the crisis that broke out in 2019", "le début de la crue en 2019"
        started_before=re.compile(rf"(?<![\w'’])(?:{_words(lex['start_words'])})(?:\s+[\w'’]+){{0,{START_LINK_WORDS}}}"
                                  r"\s+\Z", re.IGNORECASE),
        tenure_before=re.compile(rf"(?<![\w'’])(?:{_words(lex['tenure_words'])})"
                                 rf"(?:\s+(?:(?:{_words(lex['tenure_links'])})\s*)?(?-i:[A-ZÀ-Þ])[\w'’.-]*)"
                                 rf"{{0,{MAX_TENURE_NAME_WORDS}}}\s+(?:{_words(lex['tenure_prepositions'])})\s+"
                                 rf"(?:(?:{_words(w for words in lex['qualifiers'].values() for w in words)})\s*)?\Z",
                                 re.IGNORECASE),
        # what a superlative is measured against: "les plus graves depuis deux ans", "the worst week since the strike
        # began in May"; no number between ("les plus de 200 blessés depuis avril" counts from April)
        superlative_before=re.compile(rf"(?<![\w'’])(?:{_words(lex['superlatives'])})"
                                      rf"(?:\s+[^\W\d_][\w'’-]*){{0,{MAX_SUPERLATIVE_WORDS}}}\s+(?:{_words(lex['since_words'])})"
                                      rf"(?:(?:\s+[^\W\d_][\w'’-]*){{0,{MAX_SUPERLATIVE_WORDS}}}\s+(?:{_words(lex['start_words'])})"
                                      rf"(?:\s+[\w'’]+){{0,{START_LINK_WORDS}}})?\s+\Z", re.IGNORECASE),
        # a relative clause telling of what the superlative is measured against: "depuis la crue de 1998, qui avait
        # fait 37 morts", "since the 1998 flood, which killed 37"
        # (the relative opens the first comma after the time: the words before it still name what is compared)
        compared_relative=re.compile(rf"[^,;:.!?]*,\s*(?:{_words(lex['compared_relatives'])})(?![\w'’])", re.IGNORECASE),
        # A toll named as the subject of the figure's clause, no counted noun after it: "Le bilan s'élève
        # désormais à 30", "the number rose to 30" (not "le nombre de visiteurs", "the number of voters").
        toll_subject=re.compile(rf"(?<![\w'’])(?:{_words(lex['toll_nouns'])})(?!\s+(?:de|des|du|of)\b|\s*d['’])"
                                r"(?:\s+[^\W\d][\w'’-]*){1,5}\s+$", re.IGNORECASE),
    )


def _unmatched_brackets(text: str) -> str:
    """`text` without a bracket at its end or start that it does not match, plain or tokenized: "a French
    senator -RRB-" (from "-LRB- cited by a French senator -RRB-"), "(ONU" ."""
    for opening, closing in (("(", ")"), ("-LRB-", "-RRB-")):
        if text.endswith(closing) and text.count(opening) < text.count(closing):
            text = text[:-len(closing)].rstrip(" ,")
        if text.startswith(opening) and text.count(opening) > text.count(closing):
            text = text[len(opening):].lstrip()
    return text


def _split_gap(inserts) -> str:
    """A pattern for the space between two words of a phrase, which may hold one of `inserts`."""
    return rf"\s+(?:(?:{_words(inserts)})\s+)?"


def _apostrophes(words) -> list[str]:
    """Words as written and with the typographic apostrophe ("jusqu'à", "jusqu’à")."""
    return [v for w in words for v in {w, w.replace("'", "’")}]


def _demonym_codes(lang: str | None) -> dict[str, str]:
    """The singular forms of the countries' demonyms in `lang/<code>/names.json` with the country's
    ISO code; demonyms of no single country ("kurde", "européen") are left out."""
    return {form: code for forms, code in resources.load(lang, "names")["demonyms"].items() if code
            for form in forms.split("|")}


def _spelled_demonyms(forms, capitalized: bool) -> str:
    """A pattern of the demonyms as press text writes them: English capitalizes them ("Syrian",
    "South Korean", "US"), French does not ("syrien") except as nouns ("les Syriens")."""
    if capitalized:
        return trie_pattern({" ".join(w[:1].upper() + w[1:] for w in f.split()) for f in forms}
                            | {f.upper() for f in forms})
    return trie_pattern(_cased(forms))


@cache
def _country_name(code: str, lang: str) -> str | None:
    """A country's common name in `lang` as CLDR spells it, the names the gazetteer knows countries
    by ("Syrie", "Syria"), without the alternative CLDR adds in brackets ("Myanmar (Birmanie)")."""
    from babel import Locale

    name = Locale(lang).territories.get(code)
    return name.split(" (")[0] if name else None


def _cased(words) -> set[str]:
    """Words as written and, for words of two letters or more, capitalized too."""
    out = set()
    for w in words:
        out.add(w)
        if len(w) > 1:
            out.add(w[:1].upper() + w[1:])
    return out


@cache
def _lemma(word: str, lang: str) -> str:
    """simplemma's lemma of `word`."""
    return simplemma.lemmatize(word, lang)


@cache
def _is_verb_form(word: str, lang: str, infinitives: tuple[str, ...]) -> bool:
    """Whether simplemma reads `word` as a form of a verb other than its infinitive (a lemma ending in one of
    `infinitives`)."""
    lemma = simplemma.lemmatize(word, lang)
    return lemma != word and lemma.endswith(infinitives)


@cache
def _months() -> tuple[str, ...]:
    """Month names of every language: an English dateline ("December 26") shows up in French articles."""
    return tuple(m for code in resources.LANGUAGES for m in resources.load(code, "figures")["month_names"])


@dataclass
class _Candidate:
    start: int
    end: int
    qty: Quantity
    num_end: int  # end of the number (before its unit)


def find_figures(doc: Document, mentions: list[Mention], entities: list[Entity],
                 timexes: list[Timex]) -> list[Figure]:
    """Figures of `doc` in text order, each with value, category, who, where, when, source,
    hypothetical flag and breakdown parent (an index into the returned list)."""
    if not doc.text or not doc.text.strip():
        return []
    return _FigureFinder(doc, mentions, entities, timexes).run()


class _FigureFinder:
    def __init__(self, doc: Document, mentions: list[Mention], entities: list[Entity], timexes: list[Timex]):
        self.doc = doc
        self.text = doc.text
        self.doc_lang = doc.lang if doc.lang in LANGS else "fr"
        self.lang = self.doc_lang
        self.lx = _lexicon(self.lang)
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.mention_starts = [m.start for m in self.mentions]
        # A person's name may be taken for an organization's when a title opens it ("Reporter Anna Berg").
        self.person_ends = {m.end for m in self.mentions if m.type in ("person", "organization")}
        self._citable_cache: dict[str, str | None] = {}
        self._timex_texts: set[str] | None = None
        self._entity_names: dict[str, str] | None = None
        self._entity_types: dict[str, str] | None = None
        # The end of a proportion's denominator (dropped, "out of 10"), by the end of its numerator.
        self._denominator_ends: dict[int, int] = {}
        self._own_sources: dict[tuple[int, int], list[tuple[int, int, Source]]] = {}
        self._actors: dict[tuple[int, int], tuple[int, int, Source] | None] = {}
        self._landmarks: dict[int, str] = {}  # place start → "border", "destination" or ""
        self._vessels: dict[str, bool] = {}  # a name → whether it is a ship's
        self._ruled_or_compared: dict[tuple[int, str], tuple[bool, bool]] = {}  # (timex start, language) → (tenure, superlative)
        self._mentions_named: dict[str, list[Mention]] | None = None
        self._entity_geo: dict[str, Geo | None] | None = None
        self.entities = entities
        self.timexes = sorted(timexes, key=lambda t: t.start)
        self.timex_starts = [t.start for t in self.timexes]
        self.paragraphs = paragraph_spans(doc)
        self.paragraph_starts = [p[0] for p in self.paragraphs]
        self.sentences = sentence_spans(doc, self.paragraphs)
        self.sentence_starts = [s for s, _ in self.sentences]
        self.runs = self._language_runs()
        self.run_starts = [s for s, _ in self.runs]

    def _language_runs(self) -> list[tuple[int, str]]:
        """(start, language) of each run of paragraphs in one language, the first from the text's start: a
        French article quoting an English tweet reads the tweet's "10,000" and "killed" by English rules."""
        langs = self.doc.paragraph_langs
        if len(langs) != len(self.paragraphs):
            return [(0, self.doc_lang)]
        runs: list[tuple[int, str]] = []
        for (start, _), lang in zip(self.paragraphs, langs):
            lang = lang if lang in LANGS else self.doc_lang
            if not runs or lang != runs[-1][1]:
                runs.append((start if runs else 0, lang))
        return runs or [(0, self.doc_lang)]

    def _speak(self, pos: int | None) -> None:
        """Read what follows with the rules of the language of the paragraph at `pos`, or of the document's
        when `pos` is None (its byline, its credits)."""
        if len(self.runs) > 1:
            self.lang = self.doc_lang if pos is None else self.runs[bisect.bisect_right(self.run_starts, pos) - 1][1]
            self.lx = _lexicon(self.lang)

    # -- spans ------------------------------------------------------------

    def _sentence(self, pos: int) -> tuple[int, int]:
        k = max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)
        return self.sentences[k] if self.sentences else (0, len(self.text))

    def _paragraph(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.paragraph_starts, pos) - 1
        if i >= 0 and self.paragraphs[i][0] <= pos <= self.paragraphs[i][1]:
            return self.paragraphs[i]
        return 0, len(self.text)

    def _in_timex(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.timex_starts, start) - 1
        return i >= 0 and self.timexes[i].start <= start and end <= self.timexes[i].end

    # -- numbers ----------------------------------------------------------

    def _candidates(self) -> list[_Candidate]:
        found: list[_Candidate] = []
        for k, (start, _) in enumerate(self.runs):
            self._speak(start)
            end = self.runs[k + 1][0] if k + 1 < len(self.runs) else len(self.text)
            found += self._run_candidates(start, end)
        self._speak(None)
        return found

    def _run_candidates(self, start: int, end: int) -> list[_Candidate]:
        """The numbers between `start` and `end`, a run of text in one language, that may be figures."""
        text = self.text
        found: list[_Candidate] = []
        numbers = find_numbers(text, self.lang) if len(self.runs) == 1 \
            else [(s + start, e + start) for s, e in find_numbers(text[start:end], self.lang)]
        for s, e in numbers:
            raw = text[s:e]
            after = text[e:e + 30]
            if found and found[-1].end == found[-1].num_end and self.lx.range_join.match(text[found[-1].end:s]) \
                    and (self.lx.time_unit.match(after) or self.lx.time_unit_of.match(after)) \
                    and found[-1].qty.value <= (read_quantity(_SPACES.sub(" ", raw), self.lang) or found[-1].qty).value:
                # A range's first number is a length of time with its last: "ils ont de 18 à 25 ans".
                found.pop()
            if raw.lower() in ("un", "une", "one", "a", "an", "zéro", "zero") or self._day_label(s, raw) \
                    or (self._in_timex(s, e) and not self._counted_year(s, e)):
                continue
            before = text[s - 1:s] if s else ""
            # A clock time ("15.55 GMT"), a date ("9/11", "9\/11" in tokenized corpora), an hour ("12h45"); digits
            # led by a zero are a time or a code, never a count ("0930 GMT", "call 0370 …", "08").
            if self.lx.time_unit.match(after) or self.lx.time_unit_of.match(after) \
                    or _TIME_AFTER.match(after) or self._dated(raw, after) \
                    or before in ("/", ":") and raw.isdigit() or (raw[0] == "0" and raw[1:2].isdigit()) \
                    or _VERSES_BEFORE.search(text, max(0, s - 12), s) \
                    or _DATE_BEFORE.search(text, max(0, s - 6), s) \
                    or _DESIGNATION.search(text, max(0, s - 16), s) \
                    or self.lx.month_before.search(text[max(0, s - 12):s]) \
                    or self._no_count(s, e, raw, after):
                continue
            if self.lx.ratio.search(text[max(0, s - 30):s]):
                # "un enfant sur trois": a proportion's denominator.
                continue
            if found and self.lx.denominator.fullmatch(text[found[-1].end:s]) \
                    and self._part_of(found[-1].qty, read_quantity(_SPACES.sub(" ", raw), self.lang)):
                # "dix arrondissements sur vingt", "nine out of 10 voters": a proportion's denominator, greater
                # than its numerator ("12,300 cases in 41 countries" is none); a numerator that names nothing
                # itself counts what the denominator's plural noun names ("19 out of 20 cases").
                noun = re.match(r"\s+([\w'’-]+)", text[e:e + 40])
                if self.lx.ratio_link.fullmatch(text, found[-1].end, s) and noun and self._plural(noun.group(1)):
                    self._denominator_ends[found[-1].end] = e
                continue
            if self._glued_unit(s, e, raw):
                # "the 100m route" is 100 metres: the unit is read after the digits.
                e = s + len(raw.rstrip("".join(self.lx.lex["glued_units"])))
                raw, after = text[s:e], text[e:e + 30]
            qty = read_quantity(_SPACES.sub(" ", raw), self.lang)
            if qty is None or qty.value is None:
                continue
            unit = self.lx.unit.match(after)
            if unit and unit.group(0).strip().isupper() and _DESIGNATION_AFTER.match(after, unit.end()):
                unit = None
            if unit and self.lx.currency_before.search(text, max(0, s - 2), s):
                # A price per unit: "$ 24 a barrel", "$ 24 barrel" is money.
                priced = self._unit(unit.group(0), True)
                unit = unit if priced is not None and priced[1] == "money" else None
            unit_end = e + unit.end() if unit else e
            if qty.value == int(qty.value) and YEARS[0] <= qty.value <= YEARS[1] and raw.isdigit() \
                    and not unit and (not self._counted_noun(unit_end) or self._date_led(s)
                                      or self._year_span(s - 6, e) is not None):
                # A year, even before a noun when a word that opens a date leads it ("En 2000 soldats …") or
                # when it ends a span of years ("the 1918-1920 pandemic", "of 1918-1920 killed").
                continue
            found.append(_Candidate(s, unit_end, qty, e))
        if self.lx.lex["decimal_mark"] == ",":
            found = self._split_decimals(found)
        return self._merge_ranges(found)

    def _glued_unit(self, start: int, end: int, raw: str) -> bool:
        """Whether digits glued to a letter that is both a scale and a unit (one of the `glued_units`: "m",
        million or metres) measure a length: no currency before them, and after them one of the
        `glued_unit_after` words ("200m high") or, after a determiner, a singular noun they qualify ("the
        simple 100m route", "a 50m stretch"); "$75m", "100m people", "2m barrels" stay millions."""
        glued = self.lx.lex.get("glued_units")
        if not glued or not raw[-1:].lower() in glued or not raw[-2:-1].isdigit() \
                or self.lx.currency_before.search(self.text, max(0, start - 2), start):
            return False
        nxt = _NEXT_WORD.match(self.text, end, end + 40)
        if nxt is None:
            return False
        word = nxt.group(1)
        if word in self.lx.lex["glued_unit_after"]:
            return True
        lead = _WORD.findall(self.text, max(0, start - GLUED_UNIT_LEAD_CHARS), start)[-GLUED_UNIT_LEAD_WORDS:]
        return any(w.lower() in self.lx.lex["glued_unit_determiners"] for w in lead) \
            and word.islower() and not self._plural(word) and word not in self.lx.who_stops \
            and word not in self.lx.nouns and not self.lx.unit.match(self.text, end)

    def _dated(self, raw: str, after: str) -> bool:
        """Whether digits open a date written with hyphens ("2011-02-15", "10-15-2010") or a span of time
        ("15-20 ans"): not a range of counts, whose second number is the larger ("10-15 villages")."""
        m = _HYPHEN_DATE_AFTER.match(after)
        return bool(m) and (m.group(2) is not None or not raw.isdigit() or int(raw) >= int(m.group(1))
                            or bool(self.lx.time_unit.match(after[m.end(1):])))

    def _split_decimals(self, found: list[_Candidate]) -> list[_Candidate]:
        """"3, 3%": a decimal whose comma a page's text followed by a space is one percentage, 3.3 %."""
        out: list[_Candidate] = []
        i = 0
        while i < len(found):
            c = found[i]
            n = found[i + 1] if i + 1 < len(found) else None
            if n is not None and c.end == c.num_end and self.text[c.end:n.start] == _SPLIT_DECIMAL_GAP \
                    and self.text[c.start:c.end].isdigit() and len(self.text[c.start:c.end]) <= 3 \
                    and self.text[n.start:n.num_end].isdigit() and n.num_end - n.start <= 2 \
                    and self.text[n.num_end:n.end].strip() == "%" \
                    and not _SPLIT_DECIMAL_LIST.search(self.text, max(0, c.start - 4), c.start):
                value = float(f"{self.text[c.start:c.end]}.{self.text[n.start:n.num_end]}")
                out.append(_Candidate(c.start, n.end, Quantity(value), n.num_end))
                i += 2
                continue
            out.append(c)
            i += 1
        return out

    def _no_count(self, start: int, end: int, raw: str, after: str) -> bool:
        """Whether a number is no count though no time expression holds it: part of a web address or a file
        name, of a phone number, of a name ("France 24", "Pan Am Flight 103", "N°2"), of an address ("au 12 rue de la Paix", "10 Downing Street"),
        a fraction's numerator ("deux tiers des Français"), a score or a span of years written short ("6-4",
        "1980-88"), a bare day or label ("Le 31, l'Otan …", "lundi 7, …"), a list's item number ("6- La Libye …"),
        a note's call ("(1)", "[12]"), a reference with a letter ("401(k)"), half of a compound adjective ("a 10-person tent"), a live blog's minutes
        ("20 h 1 :"), the start of a span of clock times ("between 14.00 and 15.00 GMT"), or a person's age ("a
        man aged 71", "Tom Reed, 63,"): no measure of the story."""
        text = self.text
        if raw[:1].isdigit() and self._web_token(start, end):
            return True
        if not raw[:1].isdigit() and self.lx.group_before.search(text, max(0, start - GROUP_LEAD_CHARS), start):
            # "ils sont tous deux membres", "tous les trois": people already told of, counted again.
            return True
        if raw.lower() in self.lx.bare_vague_nouns and not _OF_AFTER.match(after):
            # A vague noun alone counts only what follows it: "la vingtaine de blessés", not an age ("ils ont
            # la vingtaine") nor a verb ("to score points", "a high-score defeat").
            return True
        if raw[:1].isdigit() and any(m.start() <= start and end <= m.end() for m in _PHONE.finditer(
                text, max(0, start - PHONE_CHARS), end + PHONE_CHARS)):
            return True
        if self.lx.fraction_after.match(after) or self.lx.label_before.search(text, max(0, start - 60), start) \
                or self.lx.name_lead.search(text, max(0, start - NAME_LEAD_CHARS), start):
            return True
        if self._compound_modifier(start, raw, after):
            return True
        if raw.isdigit():
            if _LABEL_END.match(after) and self.lx.label_lead.search(text, max(0, start - 20), start):
                return True
            sign = _NUMBER_SIGN.search(text, max(0, start - 4), start)
            if sign and (len(raw) <= MAX_SIGNED_LABEL_DIGITS or sign.group(0).strip() not in self.lx.money_prefix) \
                    or (len(raw) == 2 and _SHORT_YEAR.search(text, max(0, start - 3), start)) \
                    or self._named(start, end) or self.lx.street_after.match(after):
                return True
            glued = _GLUED_BEFORE.search(text, max(0, start - 8), start)
            if glued and int(glued.group(1)) > int(raw):
                return True
            glued = _GLUED_AFTER.match(after)
            if glued and int(glued.group(1)) < int(raw):
                return True
            line = text.rfind("\n", 0, start) + 1
            lead = text[line:start].strip(" \t\u00a0-–•*")
            if (not lead and _LIST_MARK_AFTER.match(after)) \
                    or (lead and lead[-1] in _LIST_OPENERS and _ITEM_MARK_AFTER.match(after)
                        and lead.rfind("(") <= lead.rfind(")")):
                return True
            if start and len(raw) <= MAX_NOTE_DIGITS and _NOTE_CLOSE.match(after) \
                    and _NOTE_CALL.search(text, max(0, start - NOTE_CALL_CHARS), start):
                return True
            if _LETTER_MARK_AFTER.match(after):
                return True
            clock = _CLOCK_HOURS.search(text, max(0, start - 6), start)
            if clock and int(raw) <= MAX_MINUTES and (not clock.group("colon") or re.match(r"\s?:", after)):
                return True
        if _CLOCK_AFTER.match(after):
            # A clock time whose minutes a tokenizer split off ("7 .20 pm") or glued to a word of the day
            # ("12.00noon"), alone or ending a span ("6.30-7 .45 am").
            return True
        if _CLOCK.fullmatch(raw):
            span = self.lx.clock_range.match(after)
            if span and self.lx.time_unit.match(after[span.end():]):
                return True
        return self._age(start, end)

    def _compound_modifier(self, start: int, raw: str, after: str) -> bool:
        """Whether a number glued by a hyphen to a noun makes with it an adjective or a name ("a 10-person tent",
        "the 15-nation body", "a six-point plan", "a 40-page report", "soixante-huitard"): it tells what kind of
        thing, counting nothing of the story. A unit ("a 100-mile slick", "500-pound bombs"), a measure ("a
        7.0-magnitude quake"), a price ("$ 400-a-night rooms"), a scale or number word ("$ 10-billion", "a $ 60
        billion-a-year industry") and the hyphen_counts ("a 500-strong force", "30-odd years") still count."""
        glued = _GLUED_WORD_AFTER.match(after)
        lex = self.lx.lex
        if glued is None or self.lx.unit.match(after) or self.lx.measure_after.match(after) \
                or raw.split()[-1].lower() in lex["scales"] \
                or self.lx.currency_before.search(self.text, max(0, start - 2), start):
            return False
        word = glued.group(1).lower()
        return not any(word in words for words in (lex["hyphen_counts"], lex["hyphen_units"], self.lx.units,
                                                   lex["scales"], lex["number_words"], lex["inner_number_words"],
                                                   lex["vague_nouns"]))

    def _web_token(self, start: int, end: int) -> bool:
        """Whether digits are glued to a web address or a file name: the run of characters without a space
        around them holds a scheme, "www.", a file extension or a query ("http://twitpic.com/420xny",
        "3f1c9a2e-77b0-4d1e-9c2a-5e8d1f0b6a44.jpg")."""
        text = self.text
        if (not start or text[start - 1].isspace()) and (end >= len(text) or text[end].isspace()):
            return False
        lo = max(0, start - WEB_TOKEN_CHARS)
        left = max(text.rfind(" ", lo, start), text.rfind("\n", lo, start), lo - 1) + 1
        right = _NON_SPACE_RUN.match(text, end, end + WEB_TOKEN_CHARS).end()
        return bool(_WEB_TOKEN.search(text, left, right))

    def _named(self, start: int, end: int) -> bool:
        """Whether digits after a capitalized word inside a sentence are part of a name ("France 24", "Interstate
        44", "Chapter 11"): not after a verb ("Bomb Kills 20"), a time expression ("Monday"), nor before a counted
        noun or a unit."""
        m = _NAME_BEFORE.search(self.text, max(0, start - 30), start)
        if m is None or self._in_timex(m.start(1), m.end(1)) or self.lx.verb_any.fullmatch(m.group(1)) \
                or self._counted_noun(end) or self.lx.unit.match(self.text[end:end + 30]):
            return False
        word = m.group(1)
        # An article or a qualifier opens a count ("Some 48 pilgrims", "A 71-strong team"), and a word in
        # capitals after another is a shouted line ("LA COALITION ANNONCE 10000 tués").
        shouted = word.isupper() and len(word) > 1 \
            and re.search(r"(?<![\w'’])[A-ZÀ-Þ]{2,}[\s,]+$", self.text[max(0, m.start() - 30):m.start()])
        return not (shouted or word.lower() in self.lx.determiners or word.lower() in self.lx.vague_determiners
                    or any(q.search(self.text, m.start(1), start) for q in self.lx.qualifier.values()))

    def _age(self, start: int, end: int) -> bool:
        """Whether a number is a person's age: after "aged", "âgé de", or between commas after a person's name
        ("Lina Tarek, 84 -")."""
        if self.lx.age_before.search(self.text, max(0, start - AGE_CHARS), start):
            return True
        if _APPOSITION_AFTER.match(self.text, end) and not self.lx.unit.match(self.text[end:end + 30]):
            comma = _APPOSITION_BEFORE.search(self.text, max(0, start - 4), start)
            return bool(comma and comma.start() in self.person_ends)
        return False

    def _day_label(self, start: int, raw: str) -> bool:
        """Whether a number is the day (or one of the days) a chronology's entry opens on: "- 20 au 22 :"."""
        if not (raw.isdigit() and int(raw) <= MAX_DAY):
            return False
        line = self.text.rfind("\n", max(0, start - DAY_LABEL_CHARS), start) + 1
        if not line and start > DAY_LABEL_CHARS:
            return False
        m = self.lx.day_label.match(self.text, line)
        return bool(m) and start in (m.start(1), m.start(2)) and all(int(d) <= MAX_DAY for d in m.groups() if d)

    def _counted_year(self, start: int, end: int) -> bool:
        """Whether a number the time tagger read as a year is a count: a counted noun follows it and no
        word that opens a date precedes it ("140 morts et 2000 blessés", not "en 2000 soldats …")."""
        raw = self.text[start:end]
        if not (raw.isdigit() and YEARS[0] <= int(raw) <= YEARS[1]) or not self._counted_noun(end):
            return False
        return not self._date_led(start)

    def _date_led(self, start: int) -> bool:
        """Whether the word before `start` opens a date ("en", "in", "since")."""
        word = re.search(r"([\w'’]+)\s*$", self.text[max(0, start - 20):start])
        return bool(word and word.group(1).lower() in self.lx.date_lead)

    def _counted_noun(self, pos: int) -> bool:
        word = _COUNTED_NOUN.match(self.text[pos:pos + 40])
        return bool(word and word.group(1).lower() in self.lx.nouns)

    def _merge_ranges(self, found: list[_Candidate]) -> list[_Candidate]:
        """"15 à 20 kilomètres", "entre 15 et 20", "between 5 and 10": one figure with low and high."""
        out: list[_Candidate] = []
        i = 0
        while i < len(found):
            c = found[i]
            if i + 1 < len(found):
                n = found[i + 1]
                between = self.text[c.num_end if c.end == c.num_end else c.end:n.start]
                joined = self.lx.range_join.match(between)
                low = self._range_low(c, n)
                # A unit after the first number is the second's too: "4.2 percent to 12.318 million" is no range.
                unit = self.text[c.num_end:c.end].strip().lower()
                if joined and low is not None and low <= n.qty.value \
                        and (not unit or unit == self.text[n.num_end:n.end].strip().lower()):
                    word = between.strip().lower()
                    opener = self.lx.range_open.search(self.text[max(0, c.start - 12):c.start])
                    if word not in ("et", "and") or opener:
                        start = c.start - (len(opener.group(0)) if opener and word in ("et", "and") else 0)
                        out.append(_Candidate(start, n.end, Quantity(low, low, n.qty.value, True), n.num_end))
                        i += 2
                        continue
            out.append(c)
            i += 1
        return out

    def _range_low(self, c: _Candidate, n: _Candidate) -> float | None:
        """The low end of a range from `c` to `n`: `c` takes the scale word that ends `n` when that keeps
        it below `n` ("150 à 210,5 millions" is 150 millions; "between 500 and 2 million" stays 500)."""
        if c.qty.value is None or n.qty.value is None:
            return None
        last = _LAST_WORD_RUN.search(self.text, n.start, n.num_end)
        scale = self.lx.lex["scales"].get(last.group(0).lower()) if last else None
        if scale and not self._ends_in_magnitude(c) and c.qty.value * scale <= n.qty.value:
            return c.qty.value * scale
        if _THOUSANDS_HEAD.fullmatch(self.text, c.start, c.num_end) \
                and _THOUSANDS_TAIL.search(self.text, n.start, n.num_end) and c.qty.value * 1000 < n.qty.value:
            # "10-15,000 soldiers", "entre 30 et 40.000 morts": the thousands written once, at the range's end.
            return c.qty.value * 1000
        return c.qty.value

    def _qualify(self, c: _Candidate) -> tuple[int, Quantity]:
        """Widen a candidate to its qualifier ("plus de", "environ") and set its bounds."""
        text = self.text
        before = text[max(0, c.start - 40):c.start]
        qty = c.qty
        start = c.start
        for kind in ("low", "high", "approx"):
            m = self.lx.qualifier[kind].search(before)
            if m:
                start = c.start - (len(before) - m.start())
                v = qty.value
                if kind == "low":
                    qty = Quantity(v, low=qty.low if qty.low is not None else v, high=qty.high, approx=True)
                elif kind == "high":
                    qty = Quantity(v, low=qty.low, high=v, approx=True)
                else:
                    qty = Quantity(v, qty.low, qty.high, True)
                break
        if self.lx.approx_after.match(text[c.end:c.end + 20]):
            qty = Quantity(qty.value, qty.low, qty.high, True)
        return start, qty

    def _unit(self, found: str, spelled: bool) -> tuple[str, str] | None:
        """The unit and category of the words `found` after a number; a joiner ("de", "of") goes
        before a currency ("30 milliards de dollars") or after a number ending in a word (`spelled`:
        "une cinquantaine de kilomètres", "millions of barrels"), not after digits ("5 de mètres")."""
        words = found.strip().lstrip("-")
        if found.lstrip().startswith("-") and words.lower() in self.lx.lex["hyphen_units"]:
            # A weight, not money, before its noun: "500-pound bombs", "a 100-pound sack".
            return self.lx.lex["hyphen_units"][words.lower()], "other"
        unit = self.lx.units.get(words.lower())
        if unit is None:
            bare = re.sub(r"^\S+['’\s]\s*", "", words).lower()
            unit = self.lx.units.get(bare)
            if unit is not None and unit[1] != "money" and not spelled:
                return None
        return unit

    def _ends_in_magnitude(self, c: _Candidate) -> bool:
        """Whether a number ends in a vague noun or a scale word ("une cinquantaine", "3 millions")."""
        last = _LAST_WORD_RUN.search(self.text, c.start, c.num_end)
        return bool(last) and (last.group(0).lower() in self.lx.lex["vague_nouns"]
                               or last.group(0).lower() in self.lx.lex["scales"])

    # -- context ----------------------------------------------------------

    @staticmethod
    def _part_of(numerator: Quantity, denominator: Quantity | None) -> bool:
        """Whether a number may be a proportion's denominator after `numerator`: a whole greater than its part."""
        low = numerator.low if numerator.low is not None else numerator.value
        return denominator is not None and denominator.value is not None and low is not None \
            and low < denominator.value

    def _who(self, pos: int, limit: int) -> tuple[str | None, int]:
        """The counted noun phrase after a number: "civils", "membres des forces prorégime"; after a proportion's
        denominator, that of the denominator ("nine out of 10 voters")."""
        pos = self._denominator_ends.get(pos, pos)
        m = _WHO_LINK.match(self.text[pos:limit])
        start = pos + (m.end() if m else 0)
        # A time expression ends the phrase: "22 morts mardi, et quatre mercredi", "300 soldiers last month".
        k = bisect.bisect_left(self.timex_starts, start)
        if k < len(self.timexes):
            limit = min(limit, max(start, self.timexes[k].start))
        words = []
        end = start
        # An abbreviation written with stops is one word ("U.S. troops", "U.N. peacekeepers").
        for w in _WHO_TOKEN.finditer(self.text[start:limit]):
            token = w.group(0)
            low = token.lower()
            if not _WORD_CHAR.match(token) or low in self.lx.who_stops or token[0].isdigit() \
                    or (words and (low.endswith(self.lx.verb_endings) or self._conjugated(token)
                                   or self._past_plural_head(words[-1], token))):
                # A conjugated verb ends the counted noun phrase ("villes parlaient …", "personnes réclament").
                break
            if len(words) >= MAX_WHO_WORDS:
                break
            words.append(token)
            end = start + w.end()
        while words and words[-1].lower() in ("de", "des", "du", "d'", "of", "la", "le", "les", "l'", "the"):
            words.pop()
            end = self.text.rfind(" ", start, end) if " " in self.text[start:end] else start
        if not words or not self.text[start:end].strip():
            return None, start
        return self.text[start:end], end

    def _past_plural_head(self, head: str, word: str) -> bool:
        """Whether `word` comes after the end of a counted phrase closed by its plural noun `head`. In a
        language whose nouns take their modifiers before them (one listing `plural_head_links`), a plural noun
        ends the phrase ("Syrians make new …", "demonstrators clashed …"), unless a link word carries it on
        ("members of …") or another plural noun follows it ("rights activists")."""
        return bool(self.lx.plural_head_links) and self._plural(head) and not self._plural(word) \
            and word.lower() not in self.lx.plural_head_links

    def _plural(self, word: str) -> bool:
        """Whether `word` is a plural noun: one of the language's irregular `plural_nouns` ("people",
        "children"), or a word ending in "s" whose lemma (simplemma) is another word ("factors"; not "news",
        "series"), lowercase or a plural demonym ("Syrians"; not a name: "James", "US")."""
        return word.lower() in self.lx.plural_nouns or self._nationals(word) \
            or (word.islower() and word.endswith("s") and _lemma(word, self.lang) != word)

    def _conjugated(self, word: str) -> bool:
        """Whether a lowercase word with one of the language's `verb_lemma_endings` is a conjugated verb, its
        lemma an infinitive ("réclament" → "réclamer", "rejoignent" → "rejoindre"), not a noun, an adjective or
        an adverb ("gouvernement", "président", "actuellement")."""
        return bool(self.lx.verb_lemma_endings) and word.islower() and word.endswith(self.lx.verb_lemma_endings) \
            and _is_verb_form(word, self.lang, self.lx.infinitive_endings)

    def _category(self, unit: tuple[str, str] | None, who: str | None, c_start: int, who_end: int,
                  sent: tuple[int, int], next_start: int, prev_end: int, reach: int, value: float | None) -> str:
        """What a figure counts: its unit's category, else an outcome noun ("morts", "blessés"),
        else the verb of its clause ("ont été tués", "tuant", "ont fui"), else an identity noun
        ("habitants", "soldats", "villages"); people of a nation counted by the `value` of a people
        ("84 millions d'Égyptiens") are a population. The look back for a verb counts from `reach`: the
        figure's start, or that of the measures just before it."""
        if unit is not None:
            return unit[1]
        head = (who or "").lower()
        head = head[self.lx.count_head.match(head).end():] if self.lx.count_head.match(head) else head
        # The counted noun is the first known noun before a preposition ("nouveaux réfugiés").
        lead = _HEAD_LINK.split(head)[0].split()
        # A participle closing the counted phrase after a complement tells what befell them, as one right after
        # the noun does: "quatre membres de la famille tués", "deux dirigeants du parti arrêtés".
        # Not the complement's own noun: "appareils devant rapatrier des réfugiés".
        complement = _HEAD_LINK.split(head)[-1].split() if len(lead) < len(head.split()) else []
        closing = [w for w in complement[-1:] if len(complement) > 1 and self._verb_category(w)]
        if any(w in self.lx.life_nouns for w in lead) or self.lx.lives_after.match(self.text, who_end) \
                or self.lx.lives_of.search(self.text, max(sent[0], c_start - LIVES_OF_CHARS), c_start):
            # "has claimed some 40,000 lives", "claimed the lives of 3,000 people", "the loss of 9 workers'
            # lives" count the dead, "saved hundreds of lives" no one.
            taken = self.lx.life_taking.search(self.text, max(sent[0], c_start - self.lx.lex["verb_scope_before"]),
                                               c_start)
            return "killed" if taken else "other"
        if any(w in self.lx.munitions for w in lead) and not any(w in self.lx.people for w in lead):
            # What is fired, or an attack made with it, kills and is no toll, nor a force: "deux obus ont tué trois
            # enfants", "three car bombs killed 40 people", "two ambushes killed nine soldiers".
            return "other"
        if any(w in self.lx.animals for w in lead):
            # Animals are no people: "1,000 dead birds", "killed dozens of pigs" tell no toll.
            return "other"
        machines = [i for i, w in enumerate(lead) if w in self.lx.equipment]
        if machines and not any(w in self.lx.people for w in lead[machines[-1]:]):
            # Machines are no people: what befalls them ("destroyed two tanks") or who has them ("dotées de 777
            # chars") tells no toll and no force; sent, they count as a force ("40 avions sont mobilisés"). People
            # before the machine's noun name what it is for ("two armored personnel carriers").
            return "troops" if self._dispatched(c_start, who_end, sent) else "other"
        noun = next((w for i, w in enumerate(lead) if w in self.lx.nouns and not self._modifier(w, lead[i + 1:])), None)
        noun_cat = self.lx.nouns[noun] if noun else next((cat for n, cat in self.lx.phrases if head.startswith(n)), None)
        # The generic noun may follow its adjectives: "plusieurs dizaines de jeunes hommes".
        if noun_cat == "troops" and noun in self.lx.generic_troops and (value or 0) < MIN_GENERIC_TROOPS \
                and not re.search(rf"(?<![\w'’-]){noun}\s+(?:de|d['’]|of)\s*[A-ZÀ-Þ]", who or ""):
            noun_cat = None
        if (noun_cat in self.lx.identity or noun_cat in HELD) and (len(lead) > 1 or closing):
            # "Deux policiers tués", "migrants libyens morts", "1 700 détenus exécutés": what befell them, told
            # after the noun, wins over who they are, detainees too.
            told = [self.lx.nouns.get(w) or self._verb_category(w) for w in lead[1:] + closing]
            noun_cat = next((cat for cat in told if cat in EVENT_CATEGORIES and cat not in self.lx.identity),
                            noun_cat)
        # A detainee's noun ("prisonniers"), not a participle ("1 900 enlevées"), leaves their fate to a verb.
        held = noun_cat in HELD
        if noun_cat is None and lead:
            # "1 900 enlevées", "20 000 personnes arrêtées": a participle says what happened to them.
            # The first category in order any of the words is a verb of.
            indices = [m.lastindex for m in map(self.lx.first_verb.fullmatch, lead + closing) if m]
            noun_cat = self.lx.verbs[min(indices) - 1][0] if indices else None
        nationals = noun_cat is None and self._nationals(head.split()[0] if head else "")
        if nationals and (value is None or value >= MIN_NATIONAL_POPULATION) \
                and not self.lx.crowd_after.match(self.text, who_end, sent[1]):
            # "quatre millions de Syriens": people of a nation, a population unless a verb or a noun
            # around them says what happened to them ("ont fui", "réfugiés", "tuant 20 Syriens").
            # Fewer are a group of nationals, no people: a ferry's passengers listed by nation ("13 Maltais,
            # 20 Croates"), detainees ("Quatre Français, … détenus"), a crowd ("des milliers d'Égyptiens");
            # so are as many as a crowd's act or place after them tells ("a million Iranians took to the
            # streets", "des milliers de Chiliens ont défilé").
            noun_cat = "population"
        if noun_cat is None and (not lead or lead[0] in self.lx.people) \
                and self.lx.settlement_before.search(self.text, max(sent[0], c_start - SETTLEMENT_CHARS), c_start):
            # "a nation of 9 million people", "une ville de 30 000 personnes", "a town of 40,000": the people
            # who live there, whatever the verbs around say of others ("two were killed in the town of 40,000").
            return "population"
        if noun_cat is not None and noun_cat not in self.lx.identity and not held:
            return noun_cat
        rest = self.text[who_end:sent[1]]
        # A breakdown between the total and its verb: "250 000 personnes, dont 180 000 …, ont franchi".
        aside = self.lx.aside.match(rest) or self.lx.breakdown_lead.match(rest)
        if aside:
            # Without commas the parts stand before the verb too: "14 personnes dont trois femmes ont été tuées".
            after = rest[aside.end():]
        else:
            after = self.text[who_end:min(sent[1], next_start)]
        incise = _INCISE.match(after)
        if incise and self._aside(incise.group("aside"), incise.group("lead") + after[incise.end():]):
            after = incise.group("lead") + after[incise.end():]
        after = after[:self.lx.lex["verb_scope_after"]]
        # The verb that tells what happened to the counted people is in their clause.
        clause_end = _CLAUSE_MARK.search(after)
        according = self.lx.according.search(after)
        cut = min(m.start() for m in (clause_end, according) if m) if (clause_end or according) else len(after)
        after = after[:cut]
        before = self.text[max(sent[0], prev_end, reach - self.lx.lex["verb_scope_before"]):c_start]
        # A clause ends at a semicolon, a colon or a full stop, not at a decimal point ("7.0-magnitude").
        stops = [m.end() for m in _CLAUSE_STOP.finditer(before)]
        before = before[stops[-1] if stops else 0:]
        if who is not None and self.lx.agent_before.search(before):
            # The agent of a passive verb is who did it, not what befell them: "tués par trois soldats", "the
            # town was seized by 300 rebels". Only a verb after them tells what befell them. A bare number
            # after "by" is a difference ("the toll rose by 30").
            before = ""
        # A noun of the act with its "of" names whom it befell after it, not the people counted before it
        # ("200 students protested the killing of a classmate", "réclament la libération de").
        first = next((m for m in self.lx.first_verb.finditer(after) if not _OF_END.search(m.group(0))), None)
        joined = self.lx.coordinated.match(after)
        if first is not None and joined and (next_start < sent[1] or first.start() == joined.end()
                                             or self._verb_just_before(before) and before.rstrip()[-1:] != ","):
            # "killed three guards and wounded 12 others", "infecting 12,300 people and killing 64": a verb after
            # a conjunction and before the next count opens that count's clause; this one's verb is before it.
            # So does a verb right after the conjunction with no count after it, the subject's next act:
            # "captured 14 soldiers and seized a truck" ("500 soldiers and police were killed" keeps its verb), and
            # so does the object of a verb right before it: "killed three guards and other staff were injured".
            first = None
        if first is not None and who is not None and self.lx.later_relative.search(after, 0, first.start()):
            # The verb of a relative clause on a later noun tells what that noun did or underwent, not the counted
            # things: "fired from two directions during raids that killed nine", "cases of a strain which killed".
            first = None
        best = (first.start(), self.lx.verbs[first.lastindex - 1][0]) if first else None
        # A verb before the number tells what happened to people ("tuant 80 civils"),
        # not to things ("après la rupture de deux barrages").
        # People are named by the noun of the counted phrase, after its adjectives ("sept jeunes pèlerins",
        # "seven Shiite pilgrims").
        # Others a category verb takes as its object are people too: "killed four soldiers and wounded 10 others",
        # not those of a later clause ("have died of the fever and 800 more are under watch").
        human = who is None or nationals or any(w in self.lx.people for w in lead) \
            or (all(w in self.lx.elided_heads for w in lead) and self._verb_just_before(before))
        if held:
            # The detainees' fate is told by their clause's verb after them or by the nearest before.
            told = (best[1] if best is not None else None, self._nearest_verb(before))
            return next((cat for cat in told if cat in HARMED), noun_cat)
        if best is None and human:
            if (noun_cat is None or noun_cat in self.lx.identity) and self.lx.death_before.search(before):
                # What befell them wins over who they are: "la mort depuis lundi d'une quinzaine de miliciens",
                # "the bodies of 27 people".
                return "killed"
            # "where 40 people were killed, thousands took to the streets": people who act in a clause of their
            # own suffered nothing an earlier clause tells.
            own = self._own_clause(who_end, sent) and not self._verb_just_before(before)
            best = None if own else self._nearest_verb(before)
            if best is not None and not nationals and self.lx.host_before.search(before):
                # A host takes in people of a nation ("La Tessie accueille 3,6 millions de Syriens"), and
                # a stadium its crowd ("le stade accueille 60 000 personnes"): no refugees.
                best = None
            best = (0, best) if best else None
        elided = who is None or all(w in self.lx.elided_heads for w in lead)
        if best is not None and noun_cat is None and not elided and not nationals \
                and (best[1] == "troops" or best[1] not in HARMED and not (human or who[:1].isupper())):
            # Only death and harm befall animals too ("700 000 têtes de bétail ont péri"); other verbs tell what
            # befell people, not things ("30 video clips were sent", "five redfish … released");
            # a troops verb makes troops only of a count that is its own object, with no noun or an elided
            # one ("deployed 300 more"), not of people of a trade ("four workers stationed"), whom a troops
            # noun would name.
            best = None
        if best is not None and (best[1] not in self.lx.identity or noun_cat is None or nationals):
            return best[1]
        if noun_cat is None and who is None:
            # "le nombre de victimes pourrait dépasser 1 000": the counted noun comes first, never a word of a
            # name ("France had sold all but 9"), nor, for a count above one, a noun in the singular,
            # which names one thing ("dans le quartier de Tarnville, deux d'entre eux"), unless it names many people
            # ("a population of 12 million").
            offset = c_start - len(before)
            nouns = [(m.end(), self.lx.nouns[m.group(0).lower()]) for m in re.finditer(r"[\w-]+", before)
                     if m.group(0).lower() in self.lx.nouns and not self._in_name(offset + m.start())
                     and (value is None or value <= 1 or self._plural(m.group(0).lower())
                          or m.group(0).lower() in self.lx.population_nouns)]
            if nouns:
                return nouns[-1][1]
        return noun_cat or "other"

    def _modifier(self, word: str, rest: list[str]) -> bool:
        """Whether a category noun only says what kind of thing the plural noun right after it is, in a
        language whose nouns take their modifiers before them: "three police stations", "two wrongful death
        suits", "four refugee camps"; a noun, its own lemma, not a participle or an adjective ("dead soldiers",
        "missing climbers"), nor a noun before people ("refugee children")."""
        return bool(self.lx.plural_head_links) and bool(rest) and self._plural(rest[0]) \
            and rest[0] not in self.lx.people and self._verb_category(word) is None and _lemma(word, self.lang) == word

    def _in_name(self, pos: int) -> bool:
        """Whether `pos` lies inside a name the name finder found."""
        k = bisect.bisect_right(self.mention_starts, pos) - 1
        return k >= 0 and pos < self.mentions[k].end

    def _aside(self, aside: str, verb: str) -> bool:
        """Whether an aside set off by commas stands between counted people and the verb that tells what befell
        them, which `verb` opens with an auxiliary or a category verb: "Plusieurs dizaines d'étudiants, membres
        du syndicat, ont été arrêtés", "Trois gardes ont, selon la police, été tués". A clause is no
        aside ("blessé par deux hommes, alors qu'il rentrait chez lui, est décédé"), nor is a phrase
        telling a fate of its own."""
        first = verb.split()[:1]
        return bool(first) and (first[0] in self.lx.actor_auxiliaries or self._verb_category(first[0]) is not None) \
            and not self.lx.verb_any.search(aside) \
            and not any(w in self.lx.clause_words or w.lower() in self.lx.clause_words
                        for w in re.findall(r"\w+['’]?", aside))

    def _people(self, who: str | None) -> bool:
        """Whether a counted phrase names people by its first word: "civils palestiniens", "Syriens"."""
        return who is not None and (who.split()[0].lower() in self.lx.people or self._nationals(who.split()[0]))

    def _people_list(self, prev: Figure, prev_who_end: int, start: int, who: str | None) -> bool:
        """Whether people counted from `start` follow what `prev` counts in one list, joined by a comma or one
        of the language's `toll_list_joiners` only: "40 mercenaires, à 25 civils", "10 morts, six civils"."""
        return prev.unit is None and prev.who is not None and self._people(who) \
            and self.lx.toll_list_gap.fullmatch(self.text, prev_who_end, start) is not None

    def _toll_list_part(self, prev: Figure, prev_who_end: int, start: int, who: str | None, who_end: int) -> bool:
        """Whether people counted from `start` to `who_end` are the next part of the toll's list `prev` opens,
        and share what befell them: "coûta la vie à 12 gardes, à 7 passants et à 3 policiers", "the bodies
        of four boys and two women", with no verb of their own after them ("20 people died, and scores of
        troops landed")."""
        return prev.category in EVENT_CATEGORIES and self._people_list(prev, prev_who_end, start, who) \
            and self.lx.toll_list_end.match(self.text, who_end) is not None

    def _toll_list_lead(self, prev: Figure, prev_who_end: int, start: int, who: str | None,
                        sent: tuple[int, int]) -> bool:
        """Whether `prev` counts the first people of a list whose last part's verb tells what befell them all
        ("Two soldiers and three civilians were killed"), with no verb of its own before it ("The army deployed
        300 troops and 20 people were killed")."""
        return prev.category not in EVENT_CATEGORIES and self._people(prev.who) \
            and self._people_list(prev, prev_who_end, start, who) \
            and self._nearest_verb(self.text[sent[0]:prev.start]) is None

    def _own_clause(self, who_end: int, sent: tuple[int, int]) -> bool:
        """Whether the people counted up to `who_end` are the subject of a verb of their own: an auxiliary right
        after them ("des milliers de personnes sont sorties", "thousands were marching") or a crowd's act
        ("thousands took to the streets")."""
        return bool(self.lx.breakdown_verb.match(self.text, who_end + len(self.text[who_end:sent[1]])
                                                 - len(self.text[who_end:sent[1]].lstrip()), sent[1])
                    or self.lx.crowd_after.match(self.text, who_end, sent[1]))

    def _verb_just_before(self, before: str) -> bool:
        """Whether a category verb ends `before` but for one word at most, no conjunction: "wounded 10",
        "wounding another", not "ont été tués et 210 autres"."""
        before = before.rstrip()
        last = _LAST_WORD.search(before)
        shorter = before[:last.start()].rstrip() if last.group(0).lower() not in self.lx.lex["clause_conjunctions"] \
            else ""
        return bool(self.lx.verb_end.search(before) or self.lx.verb_end.search(shorter))

    def _dispatched(self, start: int, who_end: int, sent: tuple[int, int]) -> bool:
        """Whether a troops verb or one of the dispatch_verbs ("sent", "moved", "déployés") in the clause of the things
        counted from `start` to `who_end` tells they were sent: before them ("a envoyé 300 chars") or after them
        ("40 avions sont mobilisés")."""
        before = self.text[max(sent[0], start - self.lx.lex["verb_scope_before"]):start]
        after = self.text[who_end:min(sent[1], who_end + self.lx.lex["verb_scope_after"])]
        before = before[max((m.end() for m in _CLAUSE_END.finditer(before)), default=0):]
        after = after[:next((m.start() for m in _CLAUSE_END.finditer(after)), len(after))]
        return bool(self.lx.dispatch.search(before) or self.lx.dispatch.search(after))

    def _nearest_verb(self, before: str) -> str | None:
        """The category of the verb closest to the end of `before`, or None."""
        best = None
        for cat, pattern in self.lx.verbs:
            found = list(pattern.finditer(before))
            if found:
                dist = len(before) - found[-1].end()
                if best is None or dist < best[0]:
                    best = (dist, cat)
        return best[1] if best else None

    def _verb_category(self, word: str) -> str | None:
        """The category `word` is a verb form of ("abattus" → killed), the first in order, or None."""
        m = self.lx.first_verb.fullmatch(word)
        return self.lx.verbs[m.lastindex - 1][0] if m else None

    def _nationals(self, word: str) -> bool:
        """Whether `word` names people by their nation: a plural demonym ("Syriens", "égyptiens",
        "Syrians"), not an adjective ("US", "Egyptian pounds") nor a singular ("Syrien")."""
        if len(word) <= 3 or word.isupper() or not word.endswith(("s", "x")):
            return False
        folded = fold(word)
        return folded in self.lx.demonym_codes and (folded[:-1] in self.lx.demonym_codes or self.lang == "fr")

    def _hypothetical(self, start: int, end: int, sent: tuple[int, int], category: str) -> bool:
        lo = max(sent[0], start - HYPOTHETICAL_SCOPE)
        hi = min(sent[1], end + HYPOTHETICAL_SCOPE)
        left = self.text[lo:start]
        cut = max(left.rfind(";"), left.rfind(":"), left.rfind("»"), left.rfind("”"))
        if cut >= 0:
            lo += cut + 1
        right = self.text[end:hi]
        stop = _HYPOTHETICAL_STOP.search(right)
        if stop:
            hi = end + stop.start()
        cue = self.lx.hypothetical.search(self.text, lo, hi)
        while cue is not None and self._month(cue):
            cue = self.lx.hypothetical.search(self.text, cue.end(), hi)
        if cue is not None:
            return True
        # Deaths or injuries a verb averts did not happen ("éviter des milliers de morts"); people it keeps
        # from doing something ("prevent hundreds of protesters from marching") are there.
        return category in ("killed", "injured") \
            and bool(self.lx.averting.search(self.text, max(sent[0], start - AVERTING_CHARS), start))

    def _month(self, cue: re.Match) -> bool:
        """Whether a hypothetical cue is a month's name, capitalized: "May 11", "in May" (not "May they …")."""
        word = cue.group(0)
        if not word[:1].isupper() or word.lower() not in _months():
            return False
        # Inside a sentence the modal is lowercase; opening one, it comes before a lowercase word.
        before = self.text[max(0, cue.start() - 3):cue.start()].rstrip()
        return bool(before) and before[-1] not in _SENTENCE_OPENERS or not _LOWER_WORD_AFTER.match(self.text, cue.end())

    def _where_span(self, i: int, candidates: list[_Candidate], sent: tuple[int, int]) -> tuple[tuple[int, int], int, bool]:
        """Where a figure's place may be named: its sentence, but not the breakdown after a total
        ("4 000 morts, dont 1 500 à Vasko": from the marker to the end of the parts' clause, when a
        figure stands in it), as (sentence, end of what is left out before that, only after the figure).
        A verb after the parts ends their clause too: "14 personnes dont trois femmes ont été tuées à
        Vasko" places the 14. Parts in brackets right after the total ("7 000 morts (4 000 à Vasko, 3 000 à
        Tarn)") are left out up to the bracket's close. A count of places something belongs to ("la Norvège, l'un des sept pays", "trois des sept pays")
        is not placed by that member, named before it: its place is only looked for after it."""
        c = candidates[i]
        text = self.text
        nxt = candidates[i + 1] if i + 1 < len(candidates) and candidates[i + 1].start < sent[1] else None
        parts = (sent[1], sent[1])
        if nxt is not None:
            marker = self.lx.breakdown.search(text, c.end, nxt.start)
            bracket = None if marker else _BREAKDOWN_BRACKET.fullmatch(text, c.end, nxt.start)
            if marker:
                close = _CLAUSE_END.search(text, marker.end(), sent[1])
                verb = self.lx.breakdown_verb.search(text, marker.end(), close.start() if close else sent[1])
                close = verb or close
                parts = (marker.start(), close.start() if close else sent[1])
                if nxt.start >= parts[1]:
                    parts = (sent[1], sent[1])
            elif bracket:
                # parts in brackets right after their total's noun: "7 000 morts (4 000 à Vasko, 3 000 à Tarn)"
                close = _NOTE_CLOSE.search(text, nxt.end, sent[1])
                parts = (bracket.start("open"), close.start() if close else sent[1])
        prev = candidates[i - 1] if i and candidates[i - 1].start >= sent[0] else None
        member = bool(self.lx.partitive.search(text, max(sent[0], c.start - 20), c.start) or (
            prev is not None and self.lx.partitive_link.fullmatch(text, prev.end, c.start))) \
            and self._counts_places(c.end, sent[1]) \
            or nxt is not None and bool(self.lx.partitive_link.fullmatch(text, c.end, nxt.start)) \
            and self._counts_places(nxt.end, sent[1])
        return sent, parts, member

    def _counts_places(self, pos: int, limit: int) -> bool:
        """Whether the noun counted after `pos` is a place ("six pays", "five countries")."""
        who, _ = self._who(pos, limit)
        return bool(who) and self.lx.nouns.get(who.split()[0].lower()) == "places"

    def _attribution(self, quotes: list[Quote], start: int, end: int,
                     sent: tuple[int, int]) -> tuple[tuple[int, int], ...]:
        """The spans of `sent` that attribute the figure after the claim holding it, outside the speaker's own
        phrase ("…, a spokesman told reporters in Geneva", "…, a affirmé le ministre, qui l'a reçu à Rome"):
        a place there is where the claim was made, not where what it counts happened; a place of the speaker's
        phrase ("…, a doctor in Vasko said") may still be."""
        i = bisect.bisect_right(self._quote_starts, start)
        held = [q for q in quotes[max(0, i - QUOTE_LOOKBACK):i] if q.start <= start and end <= q.end
                and q.speaker is not None and q.speaker.start is not None and q.speaker.end is not None
                and q.end <= q.speaker.start < sent[1]]
        if not held:
            return ()
        q = min(held, key=lambda q: q.end - q.start)
        return (q.end, q.speaker.start), (q.speaker.end, sent[1])

    def _where(self, start: int, sent: tuple[int, int], parts: tuple[int, int], after_only: bool,
               who: str | None, category: str, who_end: int = -1, said: tuple[tuple[int, int], ...] = ()) -> str | None:
        """The place named in the figure's sentence outside the `parts` span of its breakdown, the first
        after the figure in its own clause else the last before it (unless `after_only`); else the country
        a demonym places the figure in (`_demonym_place`). A place named as a border ("le Nord frontalier
        de la Turquie") places nothing, nor does a place people or things went to ("fuyant vers la
        Turquie", "sent ships to Haiti") place what is not a count of people who moved (`MOVEMENT`), nor
        a place qualifying the counted noun (ending at `who_end`) from before it, a nationality: "1,600 US
        soldiers killed in Iraq" (except for refugees and displaced people, counted by their origin), nor a
        name glued by a hyphen to another word ("Croissant-Rouge"), nor one opening a unit ("US gallons"). In
        a relative opened on a place ("Iraq, where 90 soldiers were killed", `_relative_place`) that place wins
        over any later one that the relative does not put the count in ("in Basra") or, for people who moved,
        send them to. A place in the `said` spans, where a claim holding the figure was made (`_attribution`),
        places nothing."""
        lo, hi = bisect.bisect_left(self.mention_starts, sent[0]), bisect.bisect_left(self.mention_starts, sent[1])
        if self.mentions:
            spans = [(m.start, m.text) for m in self.mentions[lo:hi]
                     if m.type == "place" and not m.metonymy and m.end <= sent[1]]
        else:
            spans = [(m.start(1), m.group(1)) for m in self.lx.where.finditer(self.text, sent[0], sent[1])]
        spans = [p for p in spans if not parts[0] <= p[0] < parts[1] and not any(a <= p[0] < b for a, b in said)
                 and not self._hyphened(p[0], p[0] + len(p[1])) and not self._opens_unit(p[0], p[0] + len(p[1]))
                 and not self._vessel(p[1]) and not self.lx.organization.search(p[1])]
        if category in OWNED_CATEGORIES:
            # A country named before people, forces or bodies of its own is their nationality, not where a toll
            # happened or troops are: "killed by US jets", "told UK officials", "a patrol of US soldiers in Vasko".
            spans = [p for p in spans if not self._owner(p)]
        if who and category not in ORIGIN_CATEGORIES:
            qualifier = who_end - len(who)
            # Not after the counted noun's "de" / "of" as _who reads it: "20 % of US supply" is the US's.
            spans = [p for p in spans if not (p[0] == qualifier and not _OF_BEFORE.search(self.text, max(0, p[0] - 4), p[0])
                                              and re.match(r"\s+[^\W\d_A-ZÀ-Þ]", self.text[p[0] + len(p[1]):who_end]))]
        after = [p for p in spans if p[0] >= start]
        relative = self._relative_place(start, spans, sent[0]) or self._described(start, spans)
        if relative is not None:
            # Only a place the relative (or the apposition) itself, up to its end (a comma, a bracket, a dash),
            # puts the count in, sends people who moved to, or measures a distance from, is closer than its own.
            close = _CLAUSE_END.search(self.text, start, sent[1])
            kept = {"destination": category in MOVEMENT, "reference": category == "distance"}
            after = [p for p in after if p[0] < (close.start() if close else sent[1]) and (
                self.lx.locative.search(self.text, max(sent[0], p[0] - LANDMARK_CHARS), p[0])
                or kept.get(self._landmark_kind(p[0], sent[0]), False))]
        if after:
            # A later clause ("…, et des milliers ont fui vers la Turquie") does not place this one's figure.
            stop = self.lx.clause_break.search(self.text, start, after[-1][0])
            stop = stop.start() if stop else sent[1]
            found = next((p for p in after if p[0] < stop and not self._landmark(p[0], sent[0], category)), None)
            if found is not None:
                return self._listed(found, spans, category, start)
        if relative is not None:
            return relative[1]
        if after_only:
            return None
        before = next((p for p in reversed(spans) if p[0] < start and not self._landmark(p[0], sent[0], category)),
                      None)
        if before is not None:
            listed = self._listed(before, spans, category, start)
            return self._town_of_country(before, spans)[1] if listed == before[1] else listed
        return self._demonym_place(start, sent, who, category)

    def _owner(self, place: tuple[int, str]) -> bool:
        """Whether a country's name qualifies the lowercase noun right after it as whose they are ("US soldiers",
        "US military"): a noun of `owned_nouns`."""
        m = _NEXT_WORD.match(self.text, place[0] + len(place[1]))
        if m is None or m.group(1) not in self.lx.owned_nouns:
            return False
        geo = self._geo(place[0])
        return geo is not None and geo.geonames_id is not None and gazetteer().is_country(geo.geonames_id)

    def _listed(self, place: tuple[int, str], spans: list[tuple[int, str]], category: str, start: int) -> str | None:
        """Where a toll is, when `place` is one of a list of places ("à Vasko, à Tarn ainsi qu'à Brod", "in Vasko
        , Tarn and Brod"; joined by commas and at least one of the `place_list_joiners`): the toll is counted
        over them all, so no one of them places it, only the country they all lie in, if any; else `place`, as
        when the toll at `start` is told in a relative on the place ("in Vasko and in Tarn, a town where …")."""
        if category not in EVENT_CATEGORIES or place[0] < start \
                and self.lx.relative_word.search(self.text, place[0] + len(place[1]), start):
            return place[1]

        def gap(a: tuple[int, str], b: tuple[int, str]) -> re.Match | None:
            found = self.lx.place_list_gap.fullmatch(self.text, a[0] + len(a[1]), b[0])
            # A place its own clause follows is that clause's subject: "killed in Vasko and Tarn was shelled".
            return found if found and (found["joiner"] or "," in found.group()) \
                and not self._finite(_PHRASE.match(self.text, b[0] + len(b[1])).group()) else None

        lo = hi = spans.index(place)
        joined = False
        while lo and (link := gap(spans[lo - 1], spans[lo])):
            joined, lo = joined or bool(link["joiner"]), lo - 1
        while hi + 1 < len(spans) and (link := gap(spans[hi], spans[hi + 1])):
            joined, hi = joined or bool(link["joiner"]), hi + 1
        if not joined:
            # A part that is no place's name, joined before the list's first place, after the figure, or after its
            # last place, no time ("in the capital and in the city of Vasko", "à Vasko et dans les environs"),
            # makes a list too.
            first, last = spans[lo][0], spans[hi][0] + len(spans[hi][1])
            after = self.lx.list_part_after.match(self.text, last)
            joined = first > start and self.lx.list_part_before.search(self.text, max(start, first - LIST_PART_CHARS),
                                                                       first) is not None \
                or after is not None and not self._in_timex(after.end() - 1, after.end())
        if not joined:
            return place[1]
        countries = {geo.country if geo else None for geo in (self._geo(p[0]) for p in spans[lo:hi + 1])}
        code = countries.pop() if len(countries) == 1 else None
        return _country_name(code, self.doc_lang) if code else None

    def _vessel(self, name: str) -> bool:
        """Whether the document gives a ship or a rig `name`, no place wherever it stands, whatever the name finder
        took it for: a name after a vessel's noun ("le navire Roma", "ce navire, le Roma"), or before one when
        no place bears it ("the Norvik Star rig"). Only the mentions of that name are read, once."""
        if name not in self._vessels:
            if self._mentions_named is None:
                self._mentions_named = {}
                for m in self.mentions:
                    self._mentions_named.setdefault(m.text, []).append(m)
            self._vessels[name] = any(self._names_vessel(m) for m in self._mentions_named.get(name, ()))
        return self._vessels[name]

    def _names_vessel(self, m: Mention) -> bool:
        lx = _lexicon(self.runs[bisect.bisect_right(self.run_starts, m.start) - 1][1])
        return bool(lx.vessel_before.search(self.text, max(0, m.start - VESSEL_LEAD_CHARS), m.start)
                    or lx.vessel_after.match(self.text, m.end) and not is_known_place(m.text))

    def _opens_unit(self, start: int, end: int) -> bool:
        """Whether the place's name from `start` to `end` opens a unit's words ("US gallons", "the U.S.
        dollar"): it names whose unit it is, not where anything was counted. A name that holds a unit's
        word ("Mile Island") opens none."""
        unit = self.lx.unit.match(self.text[start:end + UNIT_CHARS])
        return bool(unit) and unit.end() > end - start

    def _hyphened(self, start: int, end: int) -> bool:
        """Whether a place's name is glued by a hyphen to another word, part of a longer name or of an
        adjective ("Croissant-Rouge", "NATO-Russia Council", "anti-US"): it places nothing."""
        text = self.text
        return (start > 1 and text[start - 1] == "-" and text[start - 2].isalpha()) \
            or (end + 1 < len(text) and text[end] == "-" and text[end + 1].isalpha())

    def _relative_place(self, start: int, spans: list[tuple[int, str]], sent_start: int) -> tuple[int, str] | None:
        """The place whose relative holds the figure at `start` ("Mexico, where 60 people died", "Vasko, où
        12 personnes ont été tuées"): the last place before it, followed by a comma and the relative word,
        with no clause break from there to the figure. The relative names where its clause happened,
        even a place people travelled to; a border or a reference point opens no such relative."""
        before = [p for p in spans if p[0] < start]
        if not before:
            return None
        place = before[-1]
        rel = self.lx.place_relative.match(self.text, place[0] + len(place[1]))
        if rel is None or rel.end() > start or self.lx.clause_break.search(self.text, rel.end(), start) \
                or self._landmark_kind(place[0], sent_start) in ("border", "reference"):
            return None
        return self._described(place[0] + len(place[1]), spans) or self._town_of_country(place, spans)

    def _town_of_country(self, place: tuple[int, str], spans: list[tuple[int, str]]) -> tuple[int, str]:
        """The town a country's name stands in apposition to, when `place` is that country ("Tripoli, Libya, has
        1.8 million people", "Benghazi (Libye)", "Tripoli, en Libye,"): the town named first is where the figure
        is, its country only says where the town lies; else `place`. The town is no country and lies in that
        country, or the gazetteer does not know it. A country owning what follows ("Pemex, Mexico's oil company")
        is no apposition, and a dateline's ("Tripoli, Libya (CNN) --") tells where the story was filed, not where
        its figures were counted: the country stays."""
        k = spans.index(place)
        code = gazetteer().country_of_name(place[1]) if k else None
        if code is None:
            return place
        town, end = spans[k - 1], place[0] + len(place[1])
        if not self.lx.country_apposition.fullmatch(self.text, town[0] + len(town[1]), place[0]) \
                or _OWNER_AFTER.match(self.text, end) or _DATELINE_AFTER.match(self.text, end) \
                or gazetteer().country_of_name(town[1]) is not None:
            return place
        geo = self._geo(town[0])
        return town if geo is None or geo.country == code else place

    def _geo(self, pos: int) -> Geo | None:
        """Where the name finder put the place named at `pos`: its entity's gazetteer entry, if any."""
        if self._entity_geo is None:
            self._entity_geo = {e.id: e.geo for e in self.entities}
        k = bisect.bisect_left(self.mention_starts, pos)
        found = self.mentions[k] if k < len(self.mentions) and self.mentions[k].start == pos else None
        return self._entity_geo.get(found.entity) if found else None

    def _described(self, start: int, spans: list[tuple[int, str]]) -> tuple[int, str] | None:
        """The place described by an apposition that holds the figure at `start` (up to it, no clause end nor
        verb) through the last place before it, as that place's owner or the complement of its noun:
        "Sfax" in "Sfax , Tunisia 's second city of 270,000 people", "Aden" in "Aden, grand port du Yémen,
        où six…" (the relative is the apposition's)."""
        before = [p for p in spans if p[0] < start]
        if len(before) < 2:
            return None
        head, place = before[-2:]
        rest = self.text[place[0] + len(place[1]):start]
        if _CLAUSE_END.search(rest) or self._finite(rest) or self.lx.report_verb.search(rest):
            return None
        between = self.text[head[0] + len(head[1]):place[0]]
        if _APPOSITION_LINK.fullmatch(between) or re.fullmatch(r"\s*,\s*", between) \
                and _OWNER_AFTER.match(self.text, place[0] + len(place[1])):
            return head
        return None

    def _landmark_kind(self, pos: int, sent_start: int) -> str:
        """What the place at `pos` is named as: "border", "reference", "destination", or "" (none of these)."""
        if pos not in self._landmarks:
            lo = max(sent_start, pos - LANDMARK_CHARS)
            self._landmarks[pos] = "border" if self.lx.border.search(self.text, lo, pos) \
                else "reference" if self.lx.reference.search(self.text, lo, pos) \
                else "destination" if self.lx.destination.search(self.text, lo, pos) else ""
        return self._landmarks[pos]

    def _landmark(self, pos: int, sent_start: int, category: str) -> bool:
        """Whether the place at `pos` only marks a border, a point distances or directions are measured
        from ("à 90 km à l'ouest de Vasko") for what is no distance, or, for what is no movement of
        people, a destination: where the figure was not counted."""
        kind = self._landmark_kind(pos, sent_start)
        # A distance is told from its reference point ("80 miles south of Vasko"): it keeps it.
        return kind == "border" or (kind == "reference" and category != "distance") \
            or (kind == "destination" and category not in MOVEMENT)

    def _demonym_place(self, start: int, sent: tuple[int, int], who: str | None, category: str) -> str | None:
        """The country of a demonym that says where the counted thing happened: the nationality of
        refugees or displaced people counted ("1,5 million de réfugiés syriens"), else a conflict's
        ("le conflit syrien a fait 350 000 morts", "the Syrian civil war has killed"). A demonym
        qualifying an actor ("l'armée syrienne") says who acted, not where: it places nothing; nor
        does a conflict place what is not its toll ("the two countries at odds over the Syrian war")."""
        form = None
        if who and category in ORIGIN_CATEGORIES:
            m = self.lx.demonym.search(who)
            form = m.group(0) if m else None
        if form is None:
            if category not in TOLLS:
                return None
            found = list(self.lx.place_adjective.finditer(self.text, sent[0], sent[1]))
            if not found:
                return None
            after = [m for m in found if m.start() >= start]
            form = (after[0] if after else found[-1]).group("demonym")
        code = self.lx.demonym_codes.get(fold(form))
        return _country_name(code, self.doc_lang) if code else None

    def _when(self, start: int, sent: tuple[int, int], quotes: list[Quote], category: str) -> str | None:
        """For a toll, the year of the event it counts, if named; else the time expression of the figure's sentence
        nearest to it: a date, a part of a day ("jeudi soir", "la nuit du 3 au 4 juin 1961"), or the period a
        count runs over; not a clock time, nor how long someone has held a post. When the
        claim holding the figure has one, the claim's: a date outside it tells when the claim was made ("the UN
        said on Tuesday that 600 had been killed since March")."""
        year = self._event_year(start, sent) if category in TOLLS else None
        if year is not None:
            return year
        lo, hi = bisect.bisect_left(self.timex_starts, sent[0]), bisect.bisect_left(self.timex_starts, sent[1])
        inside = [(t.start, t.end, t.text) for t in self.timexes[lo:hi] if t.end <= sent[1] and not self._elsewhere(t, start)
                  and (t.type == "DATE" or t.type == "DURATION" and self._period(t)
                       or t.type == "TIME" and _DAY_PART.fullmatch(t.value))]
        if not inside:
            span = self._year_span(sent[0], sent[1])
            inside = [(span.start(), span.end(), span.group(0))] if span else []
        if not inside:
            return None
        i = bisect.bisect_right(self._quote_starts, start)
        held = [q for q in quotes[max(0, i - QUOTE_LOOKBACK):i] if q.start <= start < q.end]
        claimed = [t for t in inside if any(q.start <= t[0] and t[1] <= q.end for q in held)]
        inside = claimed or inside
        return min(inside, key=lambda t: abs(t[0] - start))[2]

    def _year_span(self, start: int, end: int) -> re.Match | None:
        """The first span of years between `start` and `end` ("1918-1920", "1914-18"), its last year after its first."""
        for m in _YEAR_RANGE.finditer(self.text, max(0, start), end):
            first, last = m.group("first"), m.group("last")
            if (int(last) if len(last) == 4 else int(first[:2] + last)) > int(first):
                return m
        return None

    def _event_year(self, start: int, sent: tuple[int, int]) -> str | None:
        """The year naming the event a toll starting at `start` counts, as the subject of the verb before the
        toll ("the 1918 pandemic killed 40 million", "a 1987 mine fire that killed 12 men"): the time
        tagger leaves such a year, a noun's modifier, untagged, and the toll is of that year, not of the
        sentence's other dates. Not a year after "since" ("since the 2011 uprising, 300 have died" counts on)."""
        for m in reversed(list(self.lx.event_year.finditer(self.text, max(sent[0], start - EVENT_YEAR_CHARS), start))):
            at = m.start("year")
            gap = self.lx.event_relative.sub(" ", self.text[m.end():start])
            if not YEARS[0] <= int(m.group("year")) <= YEARS[1] or _EVENT_GAP_STOP.search(gap) \
                    or len(gap.split()) > MAX_EVENT_YEAR_WORDS \
                    or self.lx.since_before.search(self.text, max(sent[0], m.start() - PERIOD_REACH), m.start()):
                continue
            i = bisect.bisect_left(self._figure_starts, at)
            if i < len(self._figure_starts) and self._figure_starts[i] == at:
                # "the 2000 people killed": a count, not a year.
                continue
            return m.group("year")
        return None

    def _elsewhere(self, timex: Timex, start: int) -> bool:
        """Whether a time expression tells how long someone has held a post ("Karim Nadir, au pouvoir
        depuis 23 ans", "le poste qu'il occupe depuis 17 ans", "in power since 1987"), or what a superlative is
        measured against ("ces émeutes, les plus graves depuis deux ans, ont fait cinq morts", "its steepest drop
        since late March"): a ruler's or a record's time, not that of the crowd or the toll at `start` its sentence
        counts, unless that toll is told by a relative clause after the time ("the worst flood since April 1998,
        when the river killed 37"): the toll is then of that time."""
        key = (timex.start, self.lang)
        if key not in self._ruled_or_compared:
            self._ruled_or_compared[key] = (
                bool(self.lx.tenure_before.search(self.text, max(0, timex.start - TENURE_REACH), timex.start)),
                bool(self.lx.superlative_before.search(self.text, max(0, timex.start - SUPERLATIVE_REACH), timex.start)))
        ruled, compared = self._ruled_or_compared[key]
        return ruled or compared and not (timex.end <= start
                                          and self.lx.compared_relative.match(self.text, timex.end, start))

    def _period(self, timex: Timex) -> bool:
        """Whether a duration is the period a count runs over ("in five days", "over the past week", "en
        cinq jours", "depuis un an", "ces derniers jours"), not a length that qualifies something else ("a
        30-year rule", "simmer for 5 hours", "la prolongation d'un an du mandat")."""
        before = self.text[max(0, timex.start - PERIOD_REACH):timex.start]
        return bool(self.lx.period_before.search(before) or self.lx.period_word.search(timex.text))

    # -- sources ----------------------------------------------------------

    def _quote_source(self, quotes: list[Quote], start: int, end: int) -> Source | None:
        """The speaker of the narrowest quote holding the figure whose speaker names someone
        (quotes sorted by start)."""
        best = None
        i = bisect.bisect_right(self._quote_starts, start)
        for q in quotes[max(0, i - QUOTE_LOOKBACK):i]:
            if q.speaker is not None and q.start <= start and end <= q.end \
                    and (best is None or q.end - q.start < best.end - best.start) \
                    and not self._relative_before(end, q.speaker) \
                    and self._citable(self._spoken(q.speaker)) is not None:
                best = q
        if best is None:
            return None
        return Source(self._citable(self._spoken(best.speaker)), best.speaker.entity)

    def _holding(self, claim: Quote) -> bool:
        """Whether a claim's verb is one of having (`holding_verbs`: "compte", "counts") that tells what its
        subject holds rather than what it reports: members, inhabitants, a share ("le club compte 500 membres",
        "Tarnville, en Vasconie, compte 1,2 million d'habitants"), or a toll a place holds ("le camp compte 5 000
        réfugiés"). Only someone who is no place counting a toll reports it ("l'ONU compte 300 000 déplacés")."""
        if claim.verb is None or claim.verb.split()[-1].lower() not in self.lx.holding_verbs:
            return False
        if not self.lx.toll_word.search(self.text, claim.start, claim.end) or claim.speaker is None:
            return True
        if self._entity_types is None:
            self._entity_types = {e.id: e.type for e in self.entities}
        return self._entity_types.get(claim.speaker.entity) == "place" \
            or claim.speaker.text.split()[-1].lower() in self.lx.place_heads

    def _relative_before(self, end: int, speaker: Speaker) -> bool:
        """Whether a relative clause opens between a figure ending at `end` and the source its sentence names
        after it with "selon" or "according to", and holds that cue: the source speaks for the relative clause
        alone ("l'ONU a porté de 150 à 210 millions de dollars un appel …, qui a fait des centaines de blessés
        selon le procureur")."""
        if speaker.start is None or speaker.start <= end:
            return False
        cue = self.lx.according.search(self.text, max(end, speaker.start - ACCORDING_REACH_CHARS), speaker.start)
        if cue is None:
            return False
        openings = list(self.lx.relative_opening.finditer(self.text, end, cue.start()))
        # A comma after the relative clause closes it: "…, qui comprennent « … », selon la même source" reports
        # the whole sentence.
        return bool(openings) and not re.search(r"[,;:()«»\"“”]", self.text[openings[-1].end():cue.start()])

    def _own_source(self, start: int, sent: tuple[int, int], category: str) -> Source | None:
        """The source the figure's own sentence names without a quote the quote finder saw: the
        subject of a verb reporting the figure ("Des sources locales évoquent 80 morts", "L'AFP parle
        d'au moins 45 morts", "Activists said at least 20 people…"), the agent of a count ("36 morts
        recensés par l'AFP", "a toll of 60 was reported by the health ministry"), or a source in
        brackets closing the sentence ("Plus de 5 000 personnes ont fui (ONU).", "(source
        médicale)"). A source must be a name or a noun phrase whose head names who reports
        ("témoins", "local officials"): a sentence that names none leaves the figure to the source of
        the sentences before it. Else, for a count of things or troops (`ACTED_ON`), the organization
        acting on what is counted (`_actor`): "the army killed 30" is no count of the army's own."""
        if sent not in self._own_sources:
            self._own_sources[sent] = self._sentence_sources(sent)
        for lo, hi, source in self._own_sources[sent]:
            if lo <= start < hi:
                return source
        if category not in ACTED_ON:
            return None
        if sent not in self._actors:
            self._actors[sent] = self._actor(sent)
        actor = self._actors[sent]
        return actor[2] if actor is not None and actor[0] <= start < actor[1] else None

    def _actor(self, sent: tuple[int, int]) -> tuple[int, int, Source] | None:
        """The subject opening a sentence, a name or a noun naming who reports ("l'armée", "the
        police"), with the verb alone between it and the sentence's first figure, and the span of its
        clause: an organization, a person or a government reporting its own action ("L'armée a déployé
        1 700 soldats", "L'OMS a envoyé 12 ambulances", "Turkey evacuated 500 nationals")."""
        text = self.text
        lo = sent[0] + len(text[sent[0]:sent[1]]) - len(text[sent[0]:sent[1]].lstrip(" \t\n-–—•*\"«“'"))
        lead = self.lx.source_lead.match(text, lo, sent[1])
        lo = self._after_time_opener(lead.end() if lead else lo, sent[1])
        det = re.match(r"(?:(\w+)\s+|[lL]['’])?", text[lo:sent[1]])
        if det.group(1) and det.group(1).lower() not in self.lx.determiners:
            det = None
        head = lo + (det.end() if det else 0)
        k = bisect.bisect_left(self.mention_starts, head)
        mention = self.mentions[k] if k < len(self.mentions) and self.mentions[k].start == head else None
        noun = re.match(r"[\w-]+", text[head:sent[1]])
        # A person's doings ("Reed brought a three-page list", "died aged 50") are no report.
        if mention is not None and (mention.type == "organization" or mention.metonymy):
            end, entity = mention.end, mention.entity
        elif noun and noun.group(0).lower() in self.lx.source_nouns:
            end, entity = head + noun.end(), None
        else:
            return None
        f = bisect.bisect_left(self._figure_starts, end)
        if f == len(self._figure_starts) or self._figure_starts[f] >= sent[1]:
            return None
        gap = re.findall(r"[\w'’-]+|[^\w\s]", text[end:self._figure_starts[f]])
        # The verb alone stands between the name and the figure ("a déployé", "has sent", "deployed"):
        # no comma, no clause, no preposition joining the name to another noun, no determiner but the object's,
        # no name ("BBC Radio 1", "The WHO defines Phase Six").
        if not gap or len(gap) > MAX_ACTOR_GAP_WORDS or any(not re.match(r"[^\W\d_A-ZÀ-Þ]", w) for w in gap) \
                or gap[0].lower() in self.lx.source_prepositions \
                or any(w.lower() in self.lx.determiners or w.lower() in ("et", "and") for w in gap[:-1]) \
                or gap[-1].lower() in ("et", "and") or text.startswith("-", self._candidate_ends[f]):
            # "Lina Nadir et trois enfants" coordinates; "a five-page report" counts no thing.
            return None
        if not self._acting_verb([w.lower() for w in gap]):
            return None
        cited = self._citable(text[lo:end].strip())
        if cited is None:
            return None
        # Only the verb's object: "ont évacué 1 500 habitants de six villages" says nothing of the villages.
        return end, self._figure_starts[f] + 1, Source(cited, entity)

    def _acting_verb(self, gap: list[str]) -> bool:
        """Whether the words between a subject and the figure are a verb acting on it: its main verb (the last
        word before any preposition) is no "have" or "be" alone, a possession or a state ("the agency has 62
        inspectors", "L'armée compte 1 700 soldats"), and only auxiliaries and adverbs come before it ("has
        sent", "recently dug"): where a qualifier comes before its noun, a word before the verb is the noun the
        name qualifies, the true subject ("Senate bills need 60 votes", "The Vasko Accord
        members set two goals"); elsewhere the first may be an adjective ("L'armée libyenne a envoyé")."""
        verb = len(gap) - 1
        while verb > 0 and gap[verb] in self.lx.source_prepositions:
            verb -= 1
        if gap[verb] in self.lx.actor_auxiliaries:
            return False
        lead = gap[:verb] if self.lx.lex["qualifier_before_noun"] else gap[1:verb]
        return all(w in self.lx.actor_auxiliaries or w in self.lx.adverbs or w.endswith(self.lx.adverb_suffixes)
                   for w in lead)

    def _sentence_sources(self, sent: tuple[int, int]) -> list[tuple[int, int, Source]]:
        """(from, to, source) spans of `sent` whose figures the sentence attributes (see `_own_source`)."""
        text = self.text
        found = []
        # Verbs before the sentence's last figure, agents after its first, a bracket at its end.
        k = bisect.bisect_left(self._figure_starts, sent[0])
        first = self._figure_starts[k] if k < len(self._figure_starts) else sent[1]
        last = self._figure_starts[bisect.bisect_left(self._figure_starts, sent[1]) - 1]
        verbs = [(m, False) for m in self.lx.report_verb.finditer(text, sent[0], max(sent[0], last))] \
            + [(m, True) for m in self.lx.toll_verb.finditer(text, sent[0], max(sent[0], last))]
        if self.lx.report_addressed is not None:
            verbs += [(m, False) for m in self.lx.report_addressed.finditer(text, sent[0], max(sent[0], last))]
        for m, toll in verbs:
            # A verb form after a determiner is a noun: "an estimate", "le compte de".
            if not toll and self.lx.report_noun.search(text, max(sent[0], m.start() - 12), m.start()):
                continue
            # The verb introduces a figure that follows it closely, within its phrase: a comma after
            # it closes an attribution ("…, a rights group said, as tens of thousands marched").
            gap = _PHRASE.match(text, m.end(), min(sent[1], m.end() + REPORT_REACH_CHARS))
            if not self._figure_between(m.end(), gap.end()):
                continue
            source = self._subject(self._clause_start(sent[0], m.start()), m.start())
            if toll and source is not None and not (self.lx.toll_noun.search(source.text) and (
                    source.entity is not None or self.lx.toll_attribution.search(source.text))):
                # A toll's verb speaks for a toll that says whose it is: "le bilan officiel", "the
                # ministry's toll"; not "le bilan" alone, nor a subject that is no toll ("NVCJD was").
                source = None
            if source is not None:
                clause_end = re.search(r"[;:]|$", text[m.end():sent[1]])
                found.append((m.end(), m.end() + clause_end.start(), source))
        for m in self.lx.report_agent.finditer(text, first, sent[1]):
            agent = _PHRASE.match(text, m.end(), sent[1])
            source = self._source_phrase(m.end(), agent.end())
            # The agent counts the figures of its own phrase: "…, dont 300 recensés par l'ONU".
            lo = max([self._clause_start(sent[0], m.start())]
                     + [k.end() + sent[0] for k in re.finditer(",", text[sent[0]:m.start()])])
            if source is not None and self._figure_between(lo, m.start()):
                found.append((lo, m.start(), source))
        tail = text[max(sent[0], sent[1] - 8):sent[1]].rstrip(" .!\n")
        closings = list(_GLUED_CLOSING.finditer(text, sent[0], sent[1])) if "(" in text[sent[0]:sent[1]] else []
        if tail.endswith((")", "-RRB-")):
            closings.append(_BRACKET_CLOSING.search(text, sent[0], sent[1]))
        for closing in closings:
            if closing is None or self._abbreviation(closing.group("inner"), max(sent[0], closing.start() - 40),
                                                     closing.start()):
                continue
            lo, hi = closing.span("inner")
            source = self._source_phrase(lo, hi, bracketed=True)
            if source is not None:
                # The bracket closes the sentence glued before it, if any: "…ont fui (ONU).Depuis …".
                glued = [g.end() for g in _GLUED_STOP.finditer(text, sent[0], closing.start())]
                found.append((max([sent[0]] + glued), closing.start(), source))
        return found

    def _abbreviation(self, inner: str, lo: int, hi: int) -> bool:
        """Whether a bracket's `inner` acronym shortens the name just before it (text[lo:hi]), its first letter
        opening one of the name's capitalized words: "Human Rights Watch (HRW)", "la Cour pénale internationale
        (CPI)"; not "ont fui la Tessie (ONU)", the source of the sentence."""
        if not _ACRONYM.fullmatch(inner):
            return False
        return any(fold(w[0]).upper() == inner[0] for w in re.findall(r"[A-ZÀ-Þ][\w'’-]*", self.text[lo:hi]))

    def _figure_between(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self._figure_starts, start)
        return k < len(self._figure_starts) and self._figure_starts[k] < end

    def _clause_start(self, sent_start: int, pos: int) -> int:
        """Where the clause holding `pos` starts: after the last semicolon or colon before it."""
        stops = [k.end() for k in re.finditer(r"[;:]", self.text[sent_start:pos])]
        return sent_start + (stops[-1] if stops else 0)

    def _subject(self, start: int, end: int) -> Source | None:
        """The subject of a verb at `end` whose clause starts at `start`: the last comma-separated
        chunk before the verb that is no aside ("L'agence officielle, citant des médecins,
        évoquait"), without a conjunction or adverbial before it ("Ce soir, le ministère …", "with
        activists saying") nor the adverbs and pronouns after it ("quant à elle", "have now")."""
        chunks = [(start + k.start(), start + k.end()) for k in re.finditer(r"[^,]+", self.text[start:end])]
        relative = False
        for lo, hi in reversed(chunks):
            chunk = self.text[lo:hi]
            if not chunk.strip():
                continue
            lead = self.lx.source_lead.match(chunk.lstrip())
            lo += len(chunk) - len(chunk.lstrip()) + (lead.end() if lead else 0)
            lo = self._after_time_opener(lo, hi)
            chunk = self.text[lo:hi]
            if self.lx.source_aside.match(chunk):
                relative = relative or bool(self.lx.relative_subject.match(chunk))
                continue
            if relative:
                # "…, a annoncé la préfecture, qui faisait état de deux morts": the relative's antecedent.
                lo = self._last_noun_phrase(lo, hi)
                chunk = self.text[lo:hi]
            quoted = self.lx.quoted_as.search(chunk)
            if quoted:
                # "Reuters quoted a rebel leader as saying 40 …": the one quoted speaks; else the medium does.
                return self._source_phrase(lo + quoted.start("speaker"), lo + quoted.end("speaker")) \
                    or self._source_phrase(lo, lo + quoted.start())
            tail = self.lx.source_tail.search(chunk)
            return self._source_phrase(lo, hi - (len(chunk) - tail.start() if tail else 0))
        return None

    def _spoken(self, speaker: Speaker) -> str:
        """A quote's speaker without the time expression opening its span ("Almost every week the Pentagon
        claims …" is the Pentagon's)."""
        if speaker.entity is not None and self._pronoun(speaker.text):
            # A pronoun the quote finder resolved ("he", "est-il") speaks for the one it names.
            if self._entity_names is None:
                self._entity_names = {e.id: e.name for e in self.entities}
            return self._entity_names.get(speaker.entity, speaker.text)
        if speaker.start is None or speaker.end is None or self.text[speaker.start:speaker.end] != speaker.text:
            return speaker.text
        return self.text[self._after_time_opener(speaker.start, speaker.end):speaker.end]

    def _pronoun(self, text: str) -> bool:
        """Whether a span is only pronouns and verbs ("he", "il", "est-il"): it names no one itself."""
        tokens = _TOKEN.findall(text.lower())
        return bool(tokens) and all(t in self.lx.clause_words or t in self.lx.not_sources for t in tokens)

    def _after_time_opener(self, start: int, end: int) -> int:
        """Where a subject starts after the time expression opening its clause, with the adverb before it
        ("Almost every week the Pentagon", "Presque chaque jour le ministère"): `start` when none opens
        it, or when no determiner follows the time expression ("the Sunday Times")."""
        k = bisect.bisect_left(self.timex_starts, start)
        if k == len(self.timexes) or self.timexes[k].end >= end:
            return start
        timex = self.timexes[k]
        lead = re.findall(r"[\w'’-]+", self.text[start:timex.start])
        after = re.match(r"\s*,?\s*([\w]+['’]?)", self.text[timex.end:end])
        if len(lead) > MAX_TIME_LEAD_WORDS or any(w.lower() in self.lx.determiners for w in lead) \
                or not after or after.group(1).lower() not in self.lx.determiners:
            return start
        return timex.end + after.start(1)

    def _last_noun_phrase(self, start: int, end: int) -> int:
        """Where the last noun phrase of text[start:end] starts: at its last determiner that no preposition
        joins to a noun before it ("a annoncé la préfecture du Vaucluse" → "la préfecture du Vaucluse")."""
        words = list(re.finditer(r"[\w'’-]+", self.text[start:end]))
        for i in range(len(words) - 1, -1, -1):
            low = words[i].group(0).lower()
            if (low in self.lx.determiners or low[:2] in ("l'", "l’")) and (
                    i == 0 or words[i - 1].group(0).lower() not in self.lx.source_prepositions):
                return start + words[i].start()
        return start

    def _source_phrase(self, start: int, end: int, bracketed: bool = False) -> Source | None:
        """A noun phrase at `start:end` as a source: a person's or an organization's name (or a capital
        speaking for its government) opening it, or a noun that names who reports ("sources",
        "témoins", "officials", "bilan") before its first preposition; None for anything else (a
        clause, a pronoun, a place, "(est)"). A name opening a clause is the source without the
        clause ("L'UNICEF revoit son bilan, parle de 75 morts"). In brackets a phrase is short
        and a name opens it ("(ONU à Vasko)"), not a clause ("(voir la carte)")."""
        lead = re.match(r"[^\w]*", self.text[start:end])
        start += lead.end()
        words = re.findall(r"[\w'’-]+", self.text[start:end])
        if not words or len(words) > (MAX_BRACKET_WORDS if bracketed else MAX_SOURCE_WORDS):
            return None
        k = bisect.bisect_left(self.mention_starts, start)
        entity = None
        for mention in self.mentions[k:k + 4]:
            if mention.start >= end:
                break
            before = re.findall(r"[\w'’-]+", self.text[start:mention.start])
            if (mention.type in ("person", "organization") or mention.metonymy) and mention.end <= end \
                    and len(before) <= 1 and (not bracketed or all(w.lower() in self.lx.determiners for w in before)):
                after = [w.lower() for w in re.findall(r"[\w'’-]+", self.text[mention.end:end])]
                # What follows the name is its complement ("de la Santé") or the noun it qualifies
                # ("a Reuters witness", "Assad 's government"), else a clause of its own.
                if after and after[0] not in self.lx.source_prepositions \
                        and not self.lx.source_nouns.intersection(after[:MAX_QUALIFIED_WORDS]):
                    if bracketed:
                        break
                    end = mention.end
                entity = mention.entity
                break
        if entity is None:
            head = []
            for i, w in enumerate(words):
                low = w.lower().replace("’", "'")
                # The first word may be a determiner that is also a preposition ("des sources").
                if i and low in self.lx.source_prepositions:
                    break
                head.append(low.split("'")[-1])
            if not any(w in self.lx.source_nouns for w in head):
                return None
        cited = self._citable(self.text[start:end].strip())
        return Source(cited, entity) if cited is not None else None

    def _citable(self, speaker: str) -> str | None:
        """The speaker as a name or a noun phrase naming someone, or None when the quote finder took
        something else for one: an article ("An estimated 90,000 people died"), a pronoun that names
        no one ("It is estimated", "l'on"), a number ("thirteen confirmed deaths"), a clause ("and it
        suggested", "asked about death toll"), a span broken by a line or a bracket. A live blog's
        time ("1141 The UN") and a clause run into a name ("… call for aid The Red Cross") are cut off."""
        if speaker in self._citable_cache:
            return self._citable_cache[speaker]
        text = re.sub(r"^(?:[\[(]?\d[\w:.]*[\])]?\s+)+", "", speaker.strip())
        # Tokenized corpora's quote marks at either end: "`` The Washington Post , ''", "'' the chairman".
        text = _STRAY_MARKS.sub("", _unmatched_brackets(text))
        restarts = list(self.lx.source_restart.finditer(text))
        if restarts:
            text = text[restarts[-1].end():]
        text = self.lx.source_trailing_verb.sub("", text)
        words = re.findall(r"[\w'’-]+", text)
        broken = re.search(r"[.!?]\s*\n|\n\s*\n", text) or text.count("(") != text.count(")") or text.count('"') % 2 \
            or text.count("«") != text.count("»") or text.count("-LRB-") != text.count("-RRB-")
        openers = self.lx.source_openers
        # Where names are capitalized, a span opening on a lowercase word is a noun phrase when it
        # opens on a determiner or on a plural ("activists", "journalists at the airport", "human
        # rights groups"), not on a participle ("using the same techniques", "asked about").
        plural = tuple(self.lx.lex["source_plural_suffixes"])
        clause = openers is not None and words and words[0][:1].islower() and words[0].lower() not in openers \
            and (words[0].endswith(tuple(self.lx.lex["source_clause_suffixes"]))
                 or not (words[0].endswith(plural) or words[-1].endswith(plural)))
        # A number opening the span is a count ("thirteen confirmed deaths", "quatorze millions
        # d'Egyptiens") unless it counts the speakers ("deux témoins"); an article counts nothing.
        counted = words and self.lx.number_word.match(words[0]) and words[0].lower() not in self.lx.not_sources \
            and (len(words) == 1 or words[0].lower() in self.lx.lex["vague_nouns"] or any(w.lower() in self.lx.nouns or self.lx.number_word.fullmatch(w) for w in words[1:]))
        # A lone elided article or preposition ("d'") names no one.
        elided = not any(len(w.strip("'’")) > 1 for w in words)
        # A lone lowercase word names who reports only as a noun saying so or a plural ("témoins",
        # "analysts"), not an adverb ("clairement") or an adjective ("other").
        lone = len(words) == 1 and words[0].isalpha() and words[0].islower() \
            and words[0].lower() not in self.lx.source_nouns and not words[0].endswith(plural)
        # A span ending on a conjunction, a preposition or an article is cut short ("SMS … or", "sources as"), and
        # one ending on a word that makes the verb after it a noun, short of the noun it qualifies ("BP 's initial"
        # estimates were, "France 's first" confirmed cases, "the new" estimates show).
        cut = bool(words) and (words[-1] in self.lx.source_dangling or (
            words[-1].lower() in self.lx.report_adjectives))
        if broken or clause or elided or counted or lone or cut or self._finite(text) or self._is_time(text) \
                or all(w.lower() in self.lx.not_sources for w in words) or (len(words) > 1 and len(words[-1]) == 1 and words[-1].isupper()):
            text = None
        self._citable_cache[speaker] = text
        return text

    def _finite(self, text: str) -> bool:
        """Whether a span is a clause: a finite verb or a subject pronoun outside a relative clause ("le clan
        Chafiq est beaucoup moins", "est-il", "Influenza regularly kills" is no noun phrase, "a doctor who was
        there" is), or, in English, an infinitive ("BP 's ability to meet")."""
        tokens = _TOKEN.findall(text)
        for i, token in enumerate(tokens):
            low = token.lower()
            if token in self.lx.source_relatives:
                return False
            # Capitals may open the span ("Il", "Est-il") but mid-span they are names ("Jérusalem-Est"); after
            # an article or a preposition the word is a noun ("à l'est de Tripoli").
            if (token in self.lx.clause_words or (i == 0 and len(token) > 1 and low in self.lx.clause_words)) \
                    and not (i and (tokens[i - 1].lower() in self.lx.determiners
                                    or tokens[i - 1].lower() in self.lx.source_prepositions)):
                return True
            if token in self.lx.infinitive_markers and i + 1 < len(tokens) and tokens[i + 1][:1].islower() \
                    and tokens[i + 1].lower() not in self.lx.determiners \
                    and tokens[i + 1].lower() not in (self.lx.source_openers or ()):
                return True
        return False

    def _is_time(self, text: str) -> bool:
        """Whether a span is one of the document's time expressions, with or without its article
        ("le 4 juillet 1776", "this month")."""
        if self._timex_texts is None:
            self._timex_texts = {t.text.lower() for t in self.timexes}
        low = text.lower()
        return low in self._timex_texts or low.partition(" ")[2] in self._timex_texts

    def _credit(self) -> Source | None:
        """The outlet, else the agency credited in the text ("(AFP)"), else the byline's reporter."""
        if self.doc.source:
            return Source(self.doc.source, None)
        for m in self.lx.credit.finditer(self.text):
            before = self.text[max(0, m.start() - 40):m.start()]
            after = self.text[m.end():m.end() + 6]
            # A credit, not a mention: "(AFP)", "/ AFP", "(L'essentiel/nxp/afp)", "avec AFP",
            # "PARIS (AFP) -" — the agency in brackets (plain or tokenized: "-LRB- Reuters -RRB-"), after a slash
            # or "avec", or opening a dateline.
            if re.search(r"(?:[(/]|-LRB-|\bavec|\bwith)[\w'’ .-]{0,30}$", before) and (re.match(r"\s*(?:\)|$|\n|[-–—])", after)
                                                                            or not after.strip()):
                name = m.group(0)
                return Source(name.upper() if len(name) <= 4 else name, None)
        m = self.lx.byline.search(self.text)
        if not m:
            return None
        words = []
        for w in m.group(1).split():
            if w in self.lx.byline_stops or len(words) >= 2 and w.isupper() and len(w) > 1:
                # "By Ann Lee BBC News", "By Ann Lee DAKAR": an outlet's acronym or a dateline ends the name.
                break
            words.append(w)
        else:
            if _LOWER_WORD_AFTER.match(self.text, m.end()):
                # "By Ann Lee Business reporter", "By Ann Lee Middle East correspondent": the capitals after the
                # name are the beat of a title in lower case.
                words = words[:2]
        return Source(" ".join(words), None) if len(words) >= 2 else None

    @staticmethod
    def _source_key(source: Source) -> str:
        """One key for every spelling of a source: its entity, else its acronym
        ("l'Observatoire syrien des droits de l'Homme" and "l'OSDH" are both OSDH)."""
        if source.entity:
            return source.entity
        words = re.findall(r"[\w-]+", re.sub(r"^(?:l['’]|la |le |les |the )", "", source.text.strip(), flags=re.I))
        if len(words) == 1:
            return words[0].upper()
        return "".join(w[0].upper() for w in words if w.lower() not in _SMALL_WORDS and len(w) > 1)

    # -- all together -----------------------------------------------------

    def run(self) -> list[Figure]:
        candidates = self._candidates()
        if not candidates:
            return []
        self._figure_starts = [c.start for c in candidates]
        self._candidate_ends = [c.num_end for c in candidates]
        quotes = [q for q in find_claims(self.doc, self.mentions, self.entities) if not self._holding(q)]
        self._quote_starts = [q.start for q in quotes]
        figures: list[Figure] = []
        sentences_of: list[tuple[int, int]] = []
        who_ends: list[int] = []
        measures: set[int] = set()
        for i, c in enumerate(candidates):
            self._speak(c.start)
            start, qty = self._qualify(c)
            sent = self._sentence(c.start)
            unit_m = self.lx.unit.match(self.text[c.num_end:c.num_end + 30])
            if unit_m and unit_m.group(0).strip().isupper() \
                    and _DESIGNATION_AFTER.match(self.text, c.num_end + unit_m.end()):
                unit_m = None
            unit = self._unit(unit_m.group(0), self._ends_in_magnitude(c)) if unit_m else None
            weight = self.lx.lex["weight_units"].get(unit_m.group(0).strip().lower()) if unit_m else None
            if weight and (self.lx.weight_after.match(self.text, c.num_end + unit_m.end())
                           or self.lx.weight_before.search(self.text, max(0, start - UNIT_CHARS), start)):
                unit = (weight, "other")
            prefix = self.lx.currency_before.search(self.text, max(0, start - 2), start)
            if prefix and (unit is None or unit[1] != "money" or unit[0] != self.lx.money_prefix[prefix.group(1)]):
                # "$5 billion", and "$ 5 billion" in tokenized corpora; "$ 24 barrel" is a price. The sign names
                # the currency: another's word after the amount is a stray one ("$ 2 bn cents", a bullet garbled).
                unit = (self.lx.money_prefix[prefix.group(1)], "money")
                start -= len(prefix.group(0))
            next_start = candidates[i + 1].start if i + 1 < len(candidates) else sent[1]
            who, who_end = self._who(c.end, min(sent[1], next_start))
            if unit is not None and unit[1] in ("area", "distance", "money"):
                who = None
                who_end = c.end
            # A measure between a verb and the figure ("the toll from the 6.4-magnitude quake has
            # risen to 110,000") is looked past, as if the figure stood in its place.
            prev, reach = i - 1, start
            while prev in measures:
                reach = figures[prev].start
                prev -= 1
            prev_end = candidates[prev].end if prev >= 0 else 0
            if unit is None and self._measure(start, c):
                category = "other"
                measures.add(i)
            else:
                category = self._category(unit, who, start, who_end, sent, next_start, prev_end, reach, qty.value)
                if category == "other" and unit is None and who is None and self.lx.toll_subject.search(
                        self.text, max(sent[0], start - TOLL_SUBJECT_CHARS), start):
                    category = self._carried_count(figures, sent)
                elif unit is None and category not in EVENT_CATEGORIES and figures \
                        and self._toll_list_part(figures[-1], who_ends[-1], start, who, who_end):
                    # "tuant 6 civils et 4 rebelles": the next part of the list shares its toll.
                    category = figures[-1].category
                elif unit is None and category in EVENT_CATEGORIES and figures \
                        and self._toll_list_lead(figures[-1], who_ends[-1], start, who, sent):
                    # "Two soldiers and three civilians were killed": the list's first part shares the last's toll.
                    figures[-1].category = category
            who_ends.append(who_end)
            where = self._where(c.start, *self._where_span(i, candidates, sent), who=who, category=category,
                                who_end=who_end, said=self._attribution(quotes, c.start, c.end, sent))
            if category == "population" and self._abroad(who, where):
                category = "other"
            elif category == "population" and self._in_camp(start, who_end, sent):
                category = "displaced"
            elif category == "population" and (qty.value or 0) < MIN_RESIDENT_POPULATION \
                    and not self.lx.population_cue.search(self.text, max(sent[0], start - POPULATION_CUE_CHARS), who_end):
                # "the 300 residents of the building", "two Tehran residents", "students living off campus": a
                # group of people; a place's population this small is named as one ("a village of 300 people",
                # "the village's 300 inhabitants", "a population of 705").
                category = "other"
            figures.append(Figure(
                start=start, end=c.end, text=self.text[start:c.end], value=qty.value, low=qty.low, high=qty.high,
                approx=qty.approx, unit=unit[0] if unit else None, category=category, who=who, where=where,
                when=self._when(c.start, sent, quotes, category),
                source=self._quote_source(quotes, c.start, c.end) or self._own_source(start, sent, category),
                hypothetical=self._hypothetical(start, who_end, sent, category)))
            sentences_of.append(sent)
        self._breakdowns(figures, sentences_of, measures)
        self._inherit_sources(figures, quotes)
        for f in figures:
            if f.category in UNLISTED:
                f.category = "other"
        return figures

    def _abroad(self, who: str | None, where: str | None) -> bool:
        """Whether people counted by their nation are placed in another country ("two million Egyptians work
        in Libya"): a group abroad, not that country's population nor their own."""
        m = self.lx.demonym.match(who or "")
        code = self.lx.demonym_codes.get(fold(m.group(0))) if m else None
        place = gazetteer().country_of_name(where) if code and where else None
        return place is not None and place != code

    def _in_camp(self, start: int, who_end: int, sent: tuple[int, int]) -> bool:
        """Whether the clause of people counted as living somewhere puts them in a camp or in tents ("20,000 people
        live in the camp", "le camp abrite 4 000 personnes", "vivent sous des tentes"): people who lost their
        homes, not a town's or a country's population."""
        before = self.text[max(sent[0], start - CAMP_CHARS):start]
        stops = [m.end() for m in _CLAUSE_END.finditer(before)]
        after = self.text[who_end:sent[1]]
        close = _CLAUSE_END.search(after)
        return bool(self.lx.camp.search(before[stops[-1] if stops else 0:])
                    or self.lx.camp.search(after[:close.start() if close else len(after)]))

    def _carried_count(self, figures: list[Figure], sent: tuple[int, int]) -> str:
        """What a toll named without its counted noun counts ("Le bilan s'élève à 30", "raising the number to
        16,000"): what the last count of its sentence or the one before counts ("12 civils tués", "4,000 more
        troops"), else the toll the story reported last; "other" when it reported none."""
        k = bisect.bisect_right(self.sentence_starts, sent[0]) - 1
        reach = self.sentences[max(0, k - CARRY_SENTENCES)][0] if self.sentences else sent[0]
        for f in reversed(figures):
            if f.start < reach:
                break
            if f.category in COUNT_CATEGORIES:
                return f.category
        return next((f.category for f in reversed(figures) if f.category in TOLLS and not f.hypothetical), "other")

    def _object_of_past_verb(self, start: int) -> bool:
        """Whether the word right before a number is a verb in the past (one of the language's `past_endings`,
        its lemma another word: "infected", not "hundred") whose object the number is."""
        word = re.search(r"([^\W\d_]+)\s+$", self.text[max(0, start - 30):start])
        return bool(word and self.lx.past_endings) and word.group(1).islower() \
            and word.group(1).endswith(self.lx.past_endings) and _lemma(word.group(1), self.lang) != word.group(1)

    def _measure(self, start: int, c: _Candidate) -> bool:
        """Whether a number measures something rather than counting people or things: a magnitude
        ("7.0-magnitude quake", "séisme de magnitude 6,8"), a factor ("grown by a factor of 2.5"). Ages are
        no figures at all (`_age`)."""
        return bool(self.lx.measure_before.search(self.text, max(0, start - 30), start)
                    or self.lx.measure_after.match(self.text, c.num_end, c.num_end + 40))

    def _breakdowns(self, figures: list[Figure], sentences_of: list[tuple[int, int]], measures: set[int]) -> None:
        """"260 morts, dont 110 … et 148 …": the parts point to the total and share its category.
        A bare number after a toll in the same sentence ("300 civils tués, 17 hier") counts the same thing,
        unless a verb of its own comes right before it ("killed 30 people and infected 400"); a measure (a
        magnitude, an age) keeps its own category."""
        parent: int | None = None
        for i, f in enumerate(figures):
            self._speak(f.start)
            # "30 people were killed, 12 of them children": a part of the toll before, named by a pronoun.
            part = f.who is not None and f.who.split()[0].lower() in self.lx.lex["part_pronouns"]
            if i > 0 and sentences_of[i] == sentences_of[i - 1] and (f.who is None or part) and f.unit is None \
                    and i not in measures and not self._object_of_past_verb(f.start) \
                    and f.category == "other" and figures[i - 1].category in EVENT_CATEGORIES:
                f.category, f.who = figures[i - 1].category, f.who or figures[i - 1].who
                if part:
                    f.parent = i - 1 if figures[i - 1].parent is None else figures[i - 1].parent
            if i == 0 or sentences_of[i] != sentences_of[i - 1]:
                parent = None
            if i > 0 and sentences_of[i] == sentences_of[i - 1]:
                between = self.text[figures[i - 1].end:f.start]
                if self.lx.breakdown.search(between):
                    parent = i - 1 if parent is None or ";" in between else parent
                elif parent is not None and not re.fullmatch(r"[^;:.]*", between):
                    parent = None
            # A measure in another unit than the total's is no part of it: "23 personnes, dont trois
            # Égyptiens, ont été tuées … à 200 km de Tripoli" (a share, "dont 40 % d'enfants", is one).
            if parent is not None and parent != i and f.unit in (None, "%", figures[parent].unit):
                f.parent = parent
                total = figures[parent]
                if total.category in EVENT_CATEGORIES and f.category not in EVENT_CATEGORIES and i not in measures:
                    f.category = total.category
                if f.source is None:
                    f.source = total.source
                f.hypothetical = f.hypothetical or total.hypothetical

    def _inherit_sources(self, figures: list[Figure], claims: list[Quote]) -> None:
        """Figures with no source of their own: the same figure given elsewhere with a source
        (a headline repeating the body), else the last claim or sourced figure of the sentence
        before in the paragraph; a toll still unsourced takes the document's main toll source,
        else the outlet, the agency credited or the byline's reporter."""
        sourced = [f for f in figures if f.source is not None]
        # Paragraphs in which the text itself names each source for a toll.
        named_in: dict[str, set[int]] = {}
        # And the kinds of toll it gave: people moved or people harmed.
        named_kinds: dict[str, set[bool]] = {}
        for f in sourced:
            if not f.hypothetical and f.category in TOLLS:
                named_in.setdefault(self._source_key(f.source), set()).add(self._paragraph(f.start)[0])
                named_kinds.setdefault(self._source_key(f.source), set()).add(f.category in MOVEMENT)
        for f in figures:
            if f.source is not None:
                continue
            self._speak(f.start)
            # A bare number of nothing in particular ("two", "40") is no repeat of another's, nor is a
            # vague one ("dozens", "des centaines"): each entry of a chronology has its own dozens.
            same = [g for g in sourced if g.value == f.value and g.unit == f.unit and g.category == f.category
                    and not self._vague(g) and (f.category != "other" or f.unit is not None
                         or (f.who is not None and g.who is not None and f.who.lower() == g.who.lower()))] \
                if not self._vague(f) else []
            if same:
                f.source = same[0].source
                continue
            f.source = self._earlier_in_paragraph(f, sourced, claims)
        toll_sources: dict[str, int] = {}
        keyed: dict[str, Source] = {}
        toll_paragraphs: set[int] = set()
        for f in figures:
            if not f.hypothetical and f.category in TOLLS:
                toll_paragraphs.add(self._paragraph(f.start)[0])
                if f.source is not None:
                    key = self._source_key(f.source)
                    keyed.setdefault(key, f.source)
                    toll_sources[key] = toll_sources.get(key, 0) + 1
        main_key = max(toll_sources, key=toll_sources.get) if toll_sources else None
        main_toll = keyed[main_key] if main_key is not None \
            and len(named_in.get(main_key, ())) >= MAIN_TOLL_SHARE * len(toll_paragraphs) else None
        unsourced = [f for f in figures if f.source is None and f.category in TOLLS and not self._headline(f.start)]
        self._speak(None)
        # The main source speaks first for the tolls of the kinds it gave: the UN counting those who fled says
        # nothing of the dead, which fall to the outlet or agency credited when the text has one.
        kinds = named_kinds.get(main_key, set()) if main_toll is not None else set()
        past = {id(f) for f in unsourced if self._past_toll(f)}
        credit = self._credit() if any((f.category in MOVEMENT) not in kinds or id(f) in past for f in unsourced) \
            else None
        for f in unsourced:
            # A toll of years ago ("the 1968 flu killed a million") is history the article tells, no count of
            # the source counting its story's dead.
            fallback = credit if id(f) in past else main_toll if (f.category in MOVEMENT) in kinds \
                else credit or main_toll
            f.source = dataclasses.replace(fallback, inferred=True) if fallback else None

    def _past_toll(self, figure: Figure) -> bool:
        """Whether a figure's time names a year at least PAST_YEARS before the article's, not as a starting
        point ("en 1997", "the 1918 pandemic"; not "depuis 2005", nor the year a crisis still counted began in: "la
        crise des digues, déclenchée en 2019, a fait 300 morts")."""
        published = self.doc.published.date or self.doc.published.earliest
        if not figure.when or not published:
            return False
        timexes = [t for t in self.timexes if t.text == figure.when]
        timex = min(timexes, key=lambda t: abs(t.start - figure.start)) if timexes else None
        year = re.match(r"\d{4}", timex.value if timex and timex.value else figure.when)
        if not year or int(year.group()) > int(published[:4]) - PAST_YEARS:
            return False
        if timex is None:
            return True
        before = max(0, timex.start - PERIOD_REACH)
        return not (self.lx.since_before.search(self.text, before, timex.start)
                    or self.lx.started_before.search(self.text, before, timex.start))

    def _vague(self, figure: Figure) -> bool:
        """Whether a figure is an order of magnitude with no count: "dozens", "des centaines", "around a
        dozen", "millions"; not "3 millions", "trois milliers" nor "a million"."""
        words = _WORD_RUN.findall(figure.text.lower())
        if not words or words[-1] not in self.lx.lex["vague_nouns"] or any(c.isdigit() for c in figure.text):
            return False
        if words[-1] in self.lx.lex["scales"] and not words[-1].endswith("s"):
            return False
        return not any(w in self.lx.lex["number_words"] for w in words[:-1])

    def _headline(self, pos: int) -> bool:
        """Whether the figure at `pos` stands in a line of its own after the article's title that ends
        no sentence and reports nothing: the headline of a link to another article ("Comment la digue de Norvik
        a sauvé des milliers de foyers"), which the document's main toll source does not speak for."""
        self._speak(pos)
        sent = self._sentence(pos)
        if not self.text[:sent[0]].strip():
            # The article's own title: its body tells whose figure it is.
            return False
        line = self.text[sent[0]:sent[1]]
        before, after = self.text[max(0, sent[0] - 1):sent[0]], self.text[sent[1]:sent[1] + 1]
        return before in ("", "\n") and after in ("", "\n") and "\n" not in line.strip() \
            and len(line.split()) <= MAX_HEADLINE_WORDS \
            and not _SENTENCE_END.search(line) and not self.lx.report_verb.search(line) \
            and not self.lx.according.search(line)

    def _earlier_in_paragraph(self, figure: Figure, sourced: list[Figure], claims: list[Quote]) -> Source | None:
        """The source of the last attributed claim or figure in an earlier sentence of the same paragraph;
        for a toll, a claim without figures counts only when it speaks of a toll."""
        para = self._paragraph(figure.start)
        sent = self._sentence(figure.start)
        # Only the sentences just before: a paragraph may move on to another source.
        k = bisect.bisect_right(self.sentence_starts, figure.start) - 1
        reach = max(para[0], self.sentences[max(0, k - CARRY_SENTENCES)][0]) if self.sentences else para[0]
        best: tuple[int, Source] | None = None
        # A source that gave figures speaks for the next ones; a toll takes the source of a claim without
        # figures only when it speaks of a toll ("Selon l'OSDH, les raids ont fait des morts. Le bilan
        # s'élève à 30 morts"), not of something else ("chiens et chats sont les bienvenus").
        toll = self.lx.toll_word if figure.category in TOLLS else None
        lo = bisect.bisect_left([f.start for f in sourced], reach)
        for f in sourced[lo:]:
            if f.start >= sent[0]:
                break
            if best is None or f.start > best[0]:
                best = (f.start, f.source)
        for q in claims[bisect.bisect_left(self._quote_starts, reach):bisect.bisect_left(self._quote_starts, sent[0])]:
            if q.kind == "indirect" and q.speaker is not None and reach <= q.start and q.end <= sent[0] \
                    and not is_call(q, self.lang) \
                    and (best is None or q.start > best[0]) and self._citable(self._spoken(q.speaker)) is not None \
                    and (toll is None or toll.search(self.text, q.start, q.end)):
                best = (q.start, Source(self._citable(self._spoken(q.speaker)), q.speaker.entity))
        return best[1] if best else None
