"""The resources of `vigie.nlp.names`: word lists of `lang/<code>/names.json` compiled into patterns,
the knowledge base of news actors (`vigie/kb/*.json`), given names, and the records the name
finder passes between its steps. Loaded once per process.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

from vigie import lang as lang_resources
from vigie.model import Document
from vigie.nlp import places
from vigie.nlp.namekey import fold, name_key
from vigie.nlp.wordtrie import trie_pattern

PERSON, ORG, PLACE = "person", "organization", "place"
# Characters scanned left of a name for a title ("le secrétaire d'Etat américain Tom Reed").
TITLE_WINDOW = 60
# Characters scanned right of a name for an apposition (", porte-parole de la présidence turque").
APPOSITION_WINDOW = 90
# Characters after a plural title ("les présidents russe et turc") where the names it lists are looked for,
# and characters before a name where such a title is looked for.
DISTRIBUTIVE_WINDOW = 120
DISTRIBUTIVE_REACH = 160
# Longest run of tokens tried as one name when splitting a capitalized sequence.
MAX_NAME_TOKENS = 8
# A town below this population outside the document's countries is not the place
# meant ("al-Tah" in a Syrian story is not Morocco's "Tah"): the place stays unresolved.
FOREIGN_SMALL_TOWN = 15_000
# A country whose places and people a document names at least this share of the times it names those of its
# most named country is one the story is about: a transliterated town's name is read among its towns only
# (a Libyan story naming New York once does not make "Zenten" San Antonio's consonant frame).
MAIN_COUNTRY_SHARE = 0.5
# Characters at a story's start where its peoples' words are counted for that share: the article names its
# countries there, and counting words through a page's readers' comments costs more than it tells.
MAIN_COUNTRY_OPENING = 5_000
# Characters after an unresolved village where its stated parent is looked for ("al-Tah, près d'Idlib").
PARENT_WINDOW = 60
# A town of the document's countries is a place without any cue from this population on;
# smaller ones need a cue ("la localité de", "à"), or every surname would be some village.
CONTEXT_TOWN = 5_000
# Share of capitals among the letters around a word above which the line is a headline or a credit.
SHOUTING = 0.7
# Characters between a person's name and "known as", "surnommé"… for the nickname after it to join that person.
ALIAS_WINDOW = 60
# Consonant frames shorter than this are shared by too many names to merge on.
MIN_SKELETON = 4
# A place written with fewer letters than this and unknown to the knowledge base is a word cut
# short or an abbreviation ("Ho/Reuters" for a handout photo, "Ga 1,17" for a Bible verse).
MIN_PLACE_LETTERS = 3
# Letters standing alone, this many in a row or more, spell a word out ("Q U E S T I O N S"): no name.
SPELLED_OUT_LETTERS = 3
# A word in capitals this long that the dictionary knows as a common word is shouted ("SOURCES:", "RETWEET",
# "ARRETONS"), not an acronym; shorter ones may be both ("AIDS", "CARE").
SHOUTED_WORD_LETTERS = 5
# A word in capitals this long is looked for as the document writes it in lower case ("OBAMA:" in a transcript
# that names "Barack Obama"); shorter ones are acronyms ("BP", "UN").
CAPITALS_NAME_LETTERS = 4
# Largest count of things written before capitalized words ("3 Army Soldiers", "1,200 Marines") read as a
# count: up to three digits with thousands groups, so that a year ("2012 Olympic Games") is never one.
COUNT_BEFORE = r"(?<![\w.,/:-])\d{1,3}(?:[,.\u00a0 ]\d{3})*[ \u00a0]+\Z"
# Times a document writes such a word capitalized inside its sentences for it to be a name the document keeps
# using ("ACORN … leaders of Acorn … Acorn's lawyers"), rather than a word capitalized once ("11 Euros").
NAME_USES = 2
# Characters before a name read for the storm word naming it ("l'ouragan tropical Alex" fits).
STORM_HEAD_CHARS = 25
# Characters before a name searched for a ship's or a rig's noun ("plate-forme pétrolière ")
VESSEL_NOUN_CHARS = 25
# Capitalized words after "and" read for the body's head that makes the words before it part of its name
# ("Securities and Exchange Commission", "Justice and Development Party").
CONJOINED_BODY_WORDS = 3
_UPPER = "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper() and c.isalpha())
_PARTICLE_PREFIX = r"(?:al|el|ar|as|ad|an|at|az|ash|ech|ibn|bin|ben|abu|abou|bou|ould|ul)[-‐‑]"
_TOKEN = rf"(?:{_PARTICLE_PREFIX})?[{_UPPER}](?:(?:\.[{_UPPER}])+\.?|\.(?=[ \u00a0]+[{_UPPER}])|[\w]*(?:[-‐‑][\w]+|['’](?![sS]\b)[\w]+)*)"
_CONNECTORS = (r"al|el|bin|ben|ibn|bint|ould|abu|abou|de|du|des|de la|del|della|di|da|dos|do|das|van|von|der|den|ter|"
               r"y|of|the|for|and|on|upon|in|du|of the|de l['’]|d['’]")
_CANDIDATE = re.compile(
    rf"(?<![\w@#]){_TOKEN}"
    rf"(?:(?:[ \u00a0]+(?:(?:{_CONNECTORS})(?:[ \u00a0]+|(?<=['’])))?|[ \u00a0]*&[ \u00a0]*){_TOKEN})*"
)
_CAPITAL = re.compile(rf"[{_UPPER}]")
_LOWER_CHAR = re.compile(r"[a-zß-öø-ÿ]")
_INITIALS_END = re.compile(rf"(?:^|[\s.])[{_UPPER}]\.[ \u00a0]*\Z")
_PREFIX_BEFORE = re.compile(rf"(?<![\w])({_PARTICLE_PREFIX})\Z")
_TOKENS = re.compile(rf"{_TOKEN}|[\w]+['’]?|&")
_PARTICLE_START = re.compile(_PARTICLE_PREFIX, re.IGNORECASE)
_ELISION = re.compile(r"^(?:[LlDdJjNnSsMmTtCc]|[Qq]u)['’](?=\w)")
_SPACED_INITIALS = re.compile(rf"^[{_UPPER}]\.(?:[ \u00a0]+[{_UPPER}]\.)+$")
_ACRONYM = re.compile(rf"^[{_UPPER}][{_UPPER}0-9&-]{{1,7}}$")
_PAREN_ACRONYM = re.compile(rf"\A[ \u00a0]*\(([{_UPPER}][{_UPPER}a-z0-9&-]{{1,9}})\)")
_SENTENCE_START = re.compile(r"(?:\A|[.!?:;«»\"“”—–•|*\n]|\s-)[ \u00a0\t\"'«“(\[]*\Z")
# A name right after "de", "of", "à"… complements a title ("habitant de Latamneh"): it is not the person.
_CLAUSE = re.compile(r"(?:^|[ \u00a0,])(?:et|and|ou|or|qui|who|que|that|a|has|selon|according|said|a[ \u00a0]+déclaré)[ \u00a0]", re.IGNORECASE)
_OTHER_NAME = re.compile(r"(?<![\w'’])(?<!de )(?<!des )(?<!du )(?<!of )(?<!d')(?<!d’)(?<!l')(?<!l’)[A-ZÀ-Þ][a-zà-ÿ]")
_EXTENSION_TOKENS = re.compile(r"[LlDd]['’]|[\w-]+|[^\w\s]")
# Adjective endings of French organisation names ("internationales", "démocratique", "libanaise").
# A French past participle used as an adjective: "intégré", "chargée".
_PARTICIPLE_END = re.compile(r"(?:é|ée|és|ées)$")
_ADJECTIVE_END = re.compile(r"(?:ale?s?|aux|iques?|aires?|iens?|iennes?|ais|aises?|ains?|aines?|elles?|els?|ifs?|ives?|iales?|ières?|istes?)$")
# More adjective endings between a body's cue and its name: a present participle or a past one ("le quotidien
# indépendant", "l'hebdomadaire engagé").
_CUE_ADJECTIVE_END = "ante?s?|ée?s?"
# French press writes "A Moscou" for "À Moscou" at the start of a sentence.
_CAPITAL_A = re.compile(r"(?:\A|[.!?»\n][ \u00a0]*)A[ \u00a0]+\Z")
_LINK_END = re.compile(r"(?<![\w])(?:de|du|des|d['’]|l['’]|la|le|à|au|aux|par|pour|avec|contre|chez|of|at|in|from|for|the|by|with|against)[ \u00a0]*\Z", re.IGNORECASE)
_WORDS = re.compile(r"[\w-]+")
_NAME_PARTICLES = frozenset("al el bin ben ibn bint ould abu abou de du des la del della di da dos do das van von der den ter y".split())
_CAPITAL_ARTICLES = frozenset("A An The Le La Les Un Une".split())
_ARTICLES = frozenset("le la les l' l’ the".split())
# Short acronyms written in mixed case ("LeT" for Lashkar-e-Taiba, "MdM"): matched with their capitals,
# or every sentence opening on "Let" would name the group.
_MIXED_ACRONYM = re.compile(rf"\A(?=(?:\w*[{_UPPER}]){{2}})\w{{2,4}}\Z")


@dataclass
class _Resources:
    lang: str
    honorifics: frozenset[str]
    titles: frozenset[str]
    title_left: re.Pattern
    title_leads: frozenset[bytes] | None  # the first words of the titles and honorifics, lower-cased (`_leads`)
    firm_leads: frozenset[bytes] | None  # the first words of the firm's cues before a name, lower-cased (`_leads`)
    apposition: re.Pattern
    org_heads: frozenset[str]
    org_left: re.Pattern
    # a street's head right before a name ("rue Hamra"); None where the language lists none: a pattern that never
    # matches still costs a search over every name's window
    street_left: re.Pattern | None
    place_right: re.Pattern
    weak_place_cues: frozenset[str]
    alias_left: re.Pattern
    # a firm's cue before its name ("shares of", "le PDG de"), a weak one ("chez": before a name of several words
    # or an acronym only), a cue after it ("chief executive", "'s shareholders"), a market's word after it
    # ("shares": a firm's unless a capital's or a big city's name), a firm's kind in an apposition after it
    # ("Goldman Sachs, the US bank, said") or right before it ("oil giant Exxon Mobil", "le groupe français Total")
    firm_left: re.Pattern
    weak_firm_left: re.Pattern
    firm_right: re.Pattern
    market_right: frozenset[str]
    firm_apposition: re.Pattern
    firm_before: re.Pattern
    # the language writes adjectives after the noun (firm_adjectives_after: "le constructeur japonais"); where it
    # writes them before ("the Japanese carmaker"), a name ending in an adjective has no head noun
    adjectives_after: bool
    title_words: frozenset[str]
    courtesy_titles: frozenset[str]  # "Mr", "Mme": honorifics that tell no role, folded
    kin_titles: frozenset[str]  # "fils", "daughter": a relation, no office, folded
    generic_titles: frozenset[str]  # "dirigeant", "leader": any office holder's, folded
    trade_cues: frozenset[str]  # org_cues that also name a person's trade ("broadcaster"), folded
    author_left: re.Pattern  # a credit line's work right before its author ("Editing by Jane Roe")
    publication_left: re.Pattern  # writing or reading in a publication right before its name ("wrote in the")
    medium_right: re.Pattern  # a paper's or a channel's noun right after its name ("Tarnquist daily")
    age_right: re.Pattern  # a person's age between commas right after the name ("Jane Roe, 45, said")
    speaker_left: re.Pattern  # a quote's close and a verb of saying right before its speaker ("…," said Jane Roe.)
    title_complements: frozenset[str]
    org_links: frozenset[str]
    not_describers: frozenset[str]
    org_adjectives: frozenset[str]
    org_tails: frozenset[str]
    place_heads: frozenset[str]
    place_tails: frozenset[str]  # words ending a place's name ("Trafalgar Square", "Dauphin Island"), folded
    # a capitalized word, a hyphen and a participle: an adjective opening a name ("London-based", "Jordanian-born")
    hyphen_adjective: re.Pattern
    # words that after a head naming both a place and a body ("State") make the body: "State Security"
    body_fields: frozenset[str]
    # nouns counting people without a plural ending ("18 Navy Personnel"): a count, no name
    count_nouns: frozenset[str]
    place_left: re.Pattern
    settlement_left: re.Pattern
    # a building's noun, alone or with "de", "d'", right before a name ("la prison d'Abou Salim")
    building_left: re.Pattern | None
    locative_left: re.Pattern
    metonymy_right: re.Pattern
    metonymy_left: re.Pattern
    storm_left: re.Pattern  # "Hurricane ", "l'ouragan ": the name after it is a storm's
    storm_start: re.Pattern  # a name opening on such a word ("Tropical Storm Bonnie")
    storm_end: re.Pattern  # the last letters of those words: storm_left is searched only after one of them
    # a ship's or a rig's noun, written in lower case, right before or right after a name: "the tanker Exxon
    # Valdez", "the Deepwater Horizon rig", "le pétrolier Erika"; after it, a spill named by its ship or its
    # well too ("the Exxon Valdez spill")
    vessel_left: re.Pattern
    vessel_right: re.Pattern
    stop: frozenset[str]
    # conjunctions, clause adverbs and subject pronouns ("But", "When", "Depuis", "They"), folded: no name holds
    # one, so inside a run of capitalized words glued by a lost full stop (a caption, a headline) one ends a name
    # and opens a clause
    clause_openers: frozenset[str]
    # compass points ("West", "Western"), folded: capitalized mid-sentence they open a place's or a body's name
    compass_points: frozenset[str]
    # given names that are also a common word or a place ("Christian", "Jordan"), folded: they open a
    # person's name only right before a surname
    ambiguous_givens: frozenset[str]
    # articles and particles that begin a surname ("Le Pen", "De Gaulle"), folded
    surname_particles: frozenset[str]
    # words that after a country or a city name a medium or a company ("France Inter", "Yemen Post"), folded
    media_tails: frozenset[str]
    # words ending a sports club's name ("Liverpool FC"), ending one after a town's name ("Manchester City"),
    # opening one ("Real Madrid"), folded
    club_tails: frozenset[str]
    town_club_tails: frozenset[str]
    club_heads: frozenset[str]
    calendar: frozenset[str]  # month and weekday names, folded
    weekdays: frozenset[str]  # weekday names, folded
    # month and weekday names, wide or abbreviated, of the languages dates are written in, folded, without the
    # abbreviation's dot ("thu", "apr", "march", "avr")
    date_words: frozenset[str]
    # "Photo credit:", "©": a photo credit follows, whatever it is (with its colon or slash when the cue ends
    # in a word: "Credit Suisse" is a bank); like photo_cue, it holds no word boundary before it, which would
    # keep the regex engine from skipping to the cue's first letters
    credit_cue: re.Pattern
    photo_cue: re.Pattern  # "Photo:", "Photo de": a credit follows when its name ends the clause
    credit_agency: re.Pattern  # an agency or a credit's word opening a part of a credit ("AFP", "Getty Images")
    age_word: re.Pattern | None  # an age written as one word before a name ("Eighteen-year-old Rony")
    # a party's initial and a state after a politician's name, in brackets or between commas ("(D-Mass.)", ", R-Texas,")
    party_tag: re.Pattern | None
    demonyms: dict[str, str | None]
    demonym_re: re.Pattern
    demonym_forms: frozenset[str]  # as written, capitalized too ("syrien", "Syrian")
    demonym_nouns: bool  # a capitalized demonym is the noun, a person ("le Britannique BP"), not an adjective
    # by a verb's infinitive ending, its present tense's endings ("er": "e", "es", "ent"): "la Cour explique"
    present_verb_endings: dict[str, tuple[str, ...]]
    nominal: re.Pattern
    distributive: re.Pattern
    title_synonyms: dict[str, str]
    role_keys: dict[str, str]
    # title words that make a title only before another title word or a name ("Foreign Minister"), folded
    title_modifiers: frozenset[str]
    # titles and honorifics after which "de X" is a surname ("le général de Gaulle"), folded
    particle_titles: frozenset[str]
    # places whose name includes its article ("Le Caire", "The Hague"), by name key
    article_places: dict[str, str]
    # articles before a name ("the", "la"), folded
    article_prefixes: frozenset[str]
    # lower-case articles, alone or contracted ("du", "au"), by the article a title of the base opens with ("le")
    title_articles: dict[str, str]
    # words of a page's interface after a byline or a commenter's name ("Posted", "Publié"), as written
    interface_words: frozenset[str]
    # a page section's noun right before its title ("la rubrique International"): the title names no actor
    section_left: re.Pattern | None
    # (plain letter, its accented forms) pairs, which words in capitals often drop ("ARRETONS" for "arrêtons"),
    # built once and hashable for the cache of the words they restore
    accented_letters: tuple[tuple[str, str], ...]
    # given names by their short forms ("bob" → {"robert"}), folded
    short_given_names: dict[str, frozenset[str]]


def _has_lower_word(alias: str) -> bool:
    """Names holding lower-case words ("bande de Gaza", "Nations unies") escape the capitalized-sequence pattern."""
    words = alias.split()
    if len(words) < 2:
        return False
    if words[0][:1].islower() and not re.match(_PARTICLE_PREFIX, words[0]):
        return True
    return any(w[:1].islower() and fold(w) not in _NAME_PARTICLES and not re.match(r"^[ld]['’]", w) for w in words[1:])


def _alternation(words) -> str:
    return trie_pattern(sorted({w.lower() for w in words}))


def _cased_variants(words) -> set[str]:
    """The words as written, capitalized, uncapitalized and title-cased: a case-sensitive trie of these
    matches what press text writes, while case-insensitive matching costs three times as much."""
    variants = set()
    for word in words:
        variants |= {word, word[:1].upper() + word[1:], word[:1].lower() + word[1:]}
        variants.add(" ".join(w if fold(w) in _NAME_PARTICLES else w[:1].upper() + w[1:] for w in word.split()))
    return variants


def _cased_alternation(words) -> str:
    return trie_pattern(sorted(_cased_variants(words)))


# The determiners before a title standing for a person ("le président", "its chairman"), as a trie: an
# alternation of character classes ("[Ll]e|[Ll]a…") would be tried branch by branch at every word of a text.
_NOMINAL_DETERMINERS = ("le", "la", "du", "au", "l'", "the", "its", "his", "her")
# Articles and possessives, folded, which may open the words before a title ("un des conseillers", "his son").
_DETERMINERS = frozenset("le la les un une des du de ce cette son sa ses the a an its his her their".split())
# Plural determiners among them, folded: a title after one names several persons ("ses fils", "their aides"), unless
# a word of one picks one of them out ("l'un des fils", "one of their aides").
_PLURAL_DETERMINERS = frozenset("les des ces ses leurs their these those".split())
_ONE_OF = frozenset("un une one each chacun chacune".split())
# Copulas and relative pronouns, folded, whose predicate is the name's role ("who is now mayor of").
_COPULAS = frozenset("qui est who which that is was".split())
_COORDINATORS = frozenset(("et", "and"))


def _opening(words) -> str:
    """A case-insensitive pattern of `words` starting a word, checking the first letter before the alternation."""
    return rf"(?<![\w])(?={_first_letters(words)})(?:{_alternation(words)})"


def _first_letters(words) -> str:
    """A character class of the first letters of `words`: checked ahead of a long alternation, it spares the
    regex engine the alternation's branches wherever no word can start."""
    first = {w[0] for w in words if w}
    first |= {"'", "’"} if first & {"'", "’"} else set()
    first |= {" ", "\u00a0"} if first & {" ", "\u00a0"} else set()
    return "[" + "".join(re.escape(c) for c in sorted(first)) + "]" if first else "(?!)"


def _calendar_words(lang: str) -> frozenset[str]:
    """The names of the months and weekdays in `lang`, as CLDR writes them, folded."""
    from babel import Locale

    locale = Locale(lang)
    return frozenset(fold(name) for names in (locale.months["format"]["wide"], locale.days["format"]["wide"])
                     for name in names.values())


def _weekdays(lang: str) -> frozenset[str]:
    """The names of the weekdays in `lang`, as CLDR writes them, folded."""
    from babel import Locale

    return frozenset(fold(name) for name in Locale(lang).days["format"]["wide"].values())


def _date_words(langs: list[str]) -> frozenset[str]:
    """The wide and abbreviated names of the months and weekdays in `langs`, as CLDR writes them, folded,
    without the abbreviation's dot."""
    from babel import Locale

    words = set()
    for lang in langs:
        locale = Locale(lang)
        for width in ("wide", "abbreviated"):
            for names in (locale.months["format"][width], locale.days["format"][width]):
                words.update(fold(name).rstrip(".") for name in names.values())
    return frozenset(words)


# The run of word characters a title opens on.
_FIRST_WORD = re.compile(r"\w+")


def _leads(words: list[str]) -> frozenset[bytes] | None:
    """The runs of word characters `words` (titles, honorifics, a firm's cues) open on, lower-cased, those in ASCII
    as bytes: an ASCII window holding none of them holds none of the words (`holds_none`). None when a word opens
    on no such run, or when one holds a letter matching an ASCII letter case-blind ("ſ", the Kelvin sign)."""
    leads = [_FIRST_WORD.match(word) for word in words]
    if not all(leads):
        return None
    runs = {lead.group() for lead in leads}
    others = {char for run in runs for char in run if not char.isascii()}
    if any(re.fullmatch(re.escape(char), chr(code), re.IGNORECASE) for char in others for code in range(128)):
        return None
    return frozenset(run.lower().encode() for run in runs if run.isascii())


# Every byte of an ASCII character that is no word character, as a space: an ASCII text's words are then the
# split of its bytes (translating bytes costs a twentieth of translating a string).
_ASCII_BREAKS = bytes(code if code < 128 and re.match(r"\w", chr(code)) else 32 for code in range(256))


def holds_none(window: str, leads: frozenset[bytes] | None) -> bool:
    """Whether an ASCII window holds, as a whole word, none of the `leads` (`_leads`) in any case: then no word
    opening on one of them stands in it, which the words tell at a fraction of a regex pass's cost."""
    return leads is not None and window.isascii() \
        and leads.isdisjoint(window.lower().encode().translate(_ASCII_BREAKS).split())


@cache
def _resources(lang: str) -> _Resources:
    data = lang_resources.load(lang, "names")
    demonyms: dict[str, str | None] = {}
    demonym_forms: set[str] = set()
    for forms, code in data["demonyms"].items():
        for form in forms.split("|"):
            for inflected in (form, form if form.endswith(("s", "x")) else form + "s"):
                demonyms[fold(inflected)] = code
                demonym_forms.add(inflected)
    titles = [t for t in data["person_titles"] + data["kin_titles"]]
    honorifics = data["honorifics"]
    title_alt = _alternation(titles)
    # the lower-case words after a title in apposition ("porte-parole adjoint"): a capitalized word there opens
    # another name ("Nadir, Prime Minister Tom Reed and …"), no part of the role
    adjective = r"(?:[ \u00a0]+(?!(?:de|du|des|d|à|au|aux|of|at|to|the|la|le|les|l|chez|pour|for|with|avec|et|and|qui|who)(?![\w-]))(?-i:[a-zà-ÿ][a-zà-ÿ'’-]*)(?![\w'’-])){0,3}"
    # Titles and honorifics; `_title_before` keeps the nearest one left of a name.
    title_left = re.compile(
        rf"(?<![\w])(?={_first_letters(titles + honorifics)})"
        rf"(?:(?P<title>{title_alt})(?![\w-])|(?-i:(?P<hon>{trie_pattern(honorifics)}))(?![\w-]))", re.IGNORECASE)
    links = _alternation(data["affiliation_links"])
    # the words before the title in apposition are its determiners and adjectives ("un des conseillers", "sa sœur
    # cadette", "the Turkish presidential spokesman"), a copula or a relative pronoun ("who is now mayor of"), or
    # another title it is coordinated with ("avocate et députée"); no other verb or preposition (", selon un témoin",
    # ", an expert in arms"), nor a conjunction before a determiner, which opens another person's title (", et le
    # maire de la ville")
    breakers = [w for w in data["not_describers"] if fold(w) not in _DETERMINERS | _COPULAS | _COORDINATORS]
    describer = (rf"(?!(?:{_alternation(breakers)})(?![\w-]))"
                 rf"(?!(?:{_alternation(_COORDINATORS)})[ \u00a0]+(?:{_alternation(_DETERMINERS)})[ \u00a0])[\w-]+[ \u00a0]+")
    apposition = re.compile(
        rf"\A[ \u00a0]*,[ \u00a0]*(?:(?:le|la|l['’]|un|une|the|a|an)[ \u00a0]+)?(?P<pre>(?:{describer}){{0,2}}?)(?P<role>(?:{title_alt})(?![\w-]){adjective})"
        rf"(?:[ \u00a0]+(?:{links})(?:[ \u00a0]+|(?<=['’]))(?P<aff>[^,.;:()«»\"“”\n]{{1,{APPOSITION_WINDOW}}}))?",
        re.IGNORECASE,
    )
    nominal = re.compile(
        rf"(?<![\w])(?:{_cased_alternation(_NOMINAL_DETERMINERS)})[ \u00a0]+(?P<title>{_cased_alternation(data['nominal_titles'])})"
        rf"(?P<of>[ \u00a0]+(?:(?:de[ \u00a0]+la|des|du|de|of[ \u00a0]+the|of)[ \u00a0]+[\w'’-]+|d['’][\w'’-]+|[a-zà-ÿ-]+))?(?![\w'’-])"
    )
    age_unit = rf"(?:[ \u00a0]+(?:{_alternation(data['age_words'])}))?" if data["age_words"] else ""
    single_titles = sorted({t for t in data["person_titles"] if " " not in t and "-" not in t})
    dem = _alternation(demonym_forms)
    dem_list = rf"(?P<dems>(?:{dem})(?:[ \u00a0]*,[ \u00a0]*(?:{dem}))*[ \u00a0]+(?:et|and)[ \u00a0]+(?:{dem}))"
    # "les ministres français, allemand et italien – Anne Morel, Klaus Weber et Marco Rossi",
    # "the Russian, Iranian and Turkish presidents, Vladimir Putin, …": one role per name, in order.
    distributive = re.compile(
        rf"(?<![\w])(?:(?:les|des|aux|the)[ \u00a0]+(?P<title>{_alternation(single_titles)})s[ \u00a0]+{dem_list}"
        rf"|(?:the)[ \u00a0]+{dem_list.replace('dems', 'dems2')}[ \u00a0]+(?P<title2>{_alternation(single_titles)})s)"
        rf"[ \u00a0]*[,–—:(-][ \u00a0]*\Z",
        re.IGNORECASE,
    )
    return _Resources(
        lang=lang,
        distributive=distributive,
        honorifics=frozenset(fold(h) for h in honorifics),
        titles=frozenset(fold(t) for t in titles),
        title_left=title_left,
        title_leads=_leads(titles + honorifics),
        firm_leads=_leads(data['firm_left'] + data['weak_firm_left'] + data['firm_nouns']),
        apposition=apposition,
        org_heads=frozenset(fold(w) for w in data["org_heads"]),
        alias_left=re.compile(rf"{_opening(data['alias_cues'])}[ \u00a0]*[«\"“'’]?[ \u00a0]*\Z", re.IGNORECASE),
        weak_place_cues=frozenset(w.lower() for w in data["weak_place_cues"]),
        place_right=re.compile(rf"\A[ \u00a0]+(?:{_alternation(data['place_right'])})(?![\w-])", re.IGNORECASE),
        street_left=re.compile(rf"{_opening(data['street_heads'])}(?:[ \u00a0]+(?:{_alternation(data['street_links'])}))?[ \u00a0]*\Z",
                               re.IGNORECASE) if data["street_heads"] else None,
        org_left=re.compile(
            rf"{_opening(data['org_cues'])}(?:[ \u00a0]+(?!(?:{_alternation(data['not_describers'])})\b)(?-i:(?:{_alternation(demonym_forms)})(?![\w-])|[a-zà-ÿ'’-]+(?:{_ADJECTIVE_END.pattern[:-1]}|{_CUE_ADJECTIVE_END})|en[ \u00a0]ligne)){{0,2}}"
            rf"[ \u00a0]*(?:l['’]|la[ \u00a0]+|le[ \u00a0]+|the[ \u00a0]+)?(?:[«\"“][ \u00a0]*)?\Z", re.IGNORECASE),
        firm_left=re.compile(rf"{_opening(data['firm_left'])}[ \u00a0]*(?:(?:the|l['’])[ \u00a0]*)?\Z", re.IGNORECASE),
        weak_firm_left=re.compile(rf"{_opening(data['weak_firm_left'])}[ \u00a0]*\Z", re.IGNORECASE),
        firm_right=re.compile(rf"\A[ \u00a0]*(?:['’]s[ \u00a0]+)?(?P<cue>{_alternation(data['firm_right'] + data['market_right'])})"
                              rf"(?![\w-])", re.IGNORECASE),
        market_right=frozenset(fold(w) for w in data["market_right"]),
        firm_apposition=_firm_apposition(data["firm_nouns"], data["firm_adjectives_after"]),
        firm_before=_firm_before(data["firm_nouns"], data["firm_adjectives_after"]),
        adjectives_after=data["firm_adjectives_after"],
        title_words=frozenset(fold(w) for w in data["title_words"]),
        courtesy_titles=frozenset(fold(w) for w in data["courtesy_titles"]),
        kin_titles=frozenset(fold(w) for w in data["kin_titles"]),
        generic_titles=frozenset(fold(w) for w in data["generic_titles"]),
        trade_cues=frozenset(fold(w) for w in data["trade_cues"]),
        author_left=re.compile(rf"{_opening(data['author_cues'])}[ \u00a0]+\Z" if data["author_cues"] else r"(?!)",
                               re.IGNORECASE),
        medium_right=re.compile(rf"\A[ \u00a0]+(?:{_alternation(data['medium_right'])})(?![\w-])" if data["medium_right"]
                                else r"(?!)"),
        publication_left=re.compile(rf"{_opening(data['publication_cues'])}[ \u00a0]+(?:l['’]|la[ \u00a0]+|le[ \u00a0]+|les[ \u00a0]+|the[ \u00a0]+)?\Z"
                                    if data["publication_cues"] else r"(?!)", re.IGNORECASE),
        age_right=re.compile(rf"\A[ \u00a0]*,[ \u00a0]*\d{{1,3}}{age_unit}[ \u00a0]*[,.;)]"),
        speaker_left=re.compile(rf"(?:''|[\"”»])[ \u00a0]*,?[ \u00a0]*(?:{_alternation(data['speaker_verbs'])})[ \u00a0]+\Z"
                                if data["speaker_verbs"] else r"(?!)", re.IGNORECASE),
        demonym_nouns=data["demonym_nouns"],
        present_verb_endings={k: tuple(v) for k, v in data["present_verb_endings"].items()},
        title_complements=frozenset(fold(w) for w in data["title_complements"]),
        org_links=frozenset(w.lower() for w in data.get("org_links", [])),
        not_describers=frozenset(fold(w) for w in data["not_describers"]),
        org_adjectives=frozenset(fold(w) for w in data.get("org_adjectives", [])),
        org_tails=frozenset(fold(w) for w in data["org_tails"]),
        place_heads=frozenset(fold(w) for w in data["place_heads"]),
        place_tails=frozenset(fold(w) for w in data["place_tails"]),
        hyphen_adjective=re.compile(
            rf"[{_UPPER}][\w.'’]*-(?:{_alternation(data['hyphen_adjectives'])}|[a-z]+(?:{_alternation(data['hyphen_adjective_endings'])}))\Z"),
        body_fields=frozenset(fold(w) for w in data.get("body_fields", [])),
        count_nouns=frozenset(fold(w) for w in data.get("count_nouns", [])),
        place_left=re.compile(rf"{_opening(data['place_cues'])}[ \u00a0]*(?:l['’]|la[ \u00a0]+|le[ \u00a0]+|les[ \u00a0]+|the[ \u00a0]+)?\Z", re.IGNORECASE),
        settlement_left=re.compile(rf"{_opening(data['settlement_cues'] + data['region_cues'])}[ \u00a0]*\Z", re.IGNORECASE),
        building_left=re.compile(rf"{_opening(data['building_cues'])}(?:[ \u00a0]+de[ \u00a0]+|[ \u00a0]+d['’]|[ \u00a0]+)\Z")
        if data["building_cues"] else None,
        locative_left=re.compile(rf"{_opening(data['locative'])}[ \u00a0]*(?:l['’]|la[ \u00a0]+|le[ \u00a0]+)?\Z", re.IGNORECASE),
        metonymy_right=re.compile(rf"\A[ \u00a0]*(?:{_alternation(data['metonymy_right'])})", re.IGNORECASE),
        metonymy_left=re.compile(rf"{_opening(data['metonymy_left'])}[ \u00a0,]*\Z", re.IGNORECASE),
        storm_left=re.compile(rf"{_opening(data['storm_heads'])}[ \u00a0]+\Z", re.IGNORECASE),
        storm_start=re.compile(rf"(?:{_alternation(data['storm_heads'])})[ \u00a0]+\S", re.IGNORECASE),
        storm_end=re.compile(_alternation({head[-1] for head in data["storm_heads"]}), re.IGNORECASE),
        vessel_left=re.compile(rf"(?<![\w-])(?:{_alternation(data['vessel_nouns'])})[ \u00a0]+\Z"),
        vessel_right=re.compile(rf"[ \u00a0]+(?:{_alternation(data['vessel_nouns'] + data['spill_nouns'])})(?![\w-])"),
        stop=frozenset(fold(w) for w in data["stop_capitalized"]),
        clause_openers=frozenset(fold(w) for w in data["clause_openers"]),
        compass_points=frozenset(fold(w) for w in data["compass_points"]),
        ambiguous_givens=frozenset(fold(w) for w in data["ambiguous_given_names"]),
        surname_particles=frozenset(fold(w) for w in data["surname_particles"]),
        media_tails=frozenset(fold(w) for w in data["media_tails"]),
        club_tails=frozenset(fold(w) for w in data["club_tails"]),
        town_club_tails=frozenset(fold(w) for w in data["town_club_tails"]),
        club_heads=frozenset(fold(w) for w in data["club_heads"]),
        calendar=_calendar_words(lang),
        weekdays=_weekdays(lang),
        date_words=_date_words(data["date_languages"]),
        credit_cue=re.compile(rf"(?P<cue>{trie_pattern(sorted(_cased_variants(data['credit_cues'])))})(?![\w])"
                              rf"[ \u00a0]*(?P<sep>[:/-][ \u00a0]*)?"),
        # as written or in capitals only: "une photo de Mouammar Kadhafi" shows him
        photo_cue=re.compile(rf"(?:{trie_pattern(sorted({c for w in data['photo_cues'] for c in (w, w.upper())}))})"
                             rf"(?![\w])[ \u00a0]*(?:[:/-][ \u00a0]*)?"),
        credit_agency=re.compile(rf"(?:{_alternation(data['credit_agencies'])})(?![\w])", re.IGNORECASE),
        age_word=re.compile(rf"[\w-]+(?:{_alternation(data['age_suffixes'])})", re.IGNORECASE)
        if data["age_suffixes"] else None,
        party_tag=re.compile(rf"[ \u00a0]*(?:,|\(|-LRB-)[ \u00a0]*(?:{'|'.join(map(re.escape, data['party_tags']))})-[A-Z]")
        if data["party_tags"] else None,
        demonyms=demonyms,
        demonym_forms=frozenset(_cased_variants(demonym_forms)),
        demonym_re=re.compile(rf"(?<![\w-])(?:{_cased_alternation(demonym_forms)})(?![\w-])"),
        nominal=nominal,
        title_synonyms={fold(k): fold(v) for k, v in data["title_synonyms"].items()},
        role_keys={fold(k): v for k, v in data.get("role_keys", {}).items()},
        title_modifiers=frozenset(fold(w) for w in data["title_modifiers"]),
        particle_titles=frozenset(fold(w) for w in data["particle_titles"] + honorifics),
        article_places={name_key(name): name for name in data["article_places"]},
        article_prefixes=frozenset(fold(w) for w in data["article_prefixes"]),
        title_articles=data["title_articles"],
        interface_words=frozenset(data["interface_words"]),
        section_left=re.compile(rf"{_opening(data['section_cues'])}[ \u00a0]+\Z", re.IGNORECASE)
        if data["section_cues"] else None,
        accented_letters=tuple(sorted(data["accented_letters"].items())),
        short_given_names={fold(k): frozenset(fold(v) for v in vs) for k, vs in data["short_given_names"].items()},
    )


# What ends a firm's kind in apposition ("Honda, the carmaker, said", "Norvik Drilling, the company that owned the rig");
# a noun or a possessive would make the kind a part of a person's description ("a bank official", "the company 's
# chief executive"), a verb the subject of a reporting clause ("oil spilled into the Gulf, the company said").
_APPOSITION_END = r"(?=[ \u00a0]*(?:[,.;:)]|\Z)|[ \u00a0]+(?:which|that|qui|dont)(?![\w'’-]))"


def _firm_apposition(nouns: list[str], adjectives_after: bool) -> re.Pattern:
    """An apposition naming a firm's kind right after a name: a comma, an article, up to three words ("the US",
    "the world 's largest"), the kind in lower case, then, where the language puts them there, adjectives
    ("le constructeur japonais"), and the apposition's end."""
    after = rf"(?:[ \u00a0]+[a-zà-ÿ-]+{_ADJECTIVE_END.pattern[:-1]}){{0,2}}" if adjectives_after else ""
    return re.compile(
        rf"\A[ \u00a0]*,[ \u00a0]*(?:the|a|an|le|la|l['’]|un|une)[ \u00a0]*(?:[\w'’-]+[ \u00a0]+){{0,3}}?"
        rf"(?:{trie_pattern(sorted(set(nouns)))})(?![\w'’-]){after}{_APPOSITION_END}")


def _firm_before(nouns: list[str], adjectives_after: bool) -> re.Pattern:
    """A firm's kind in lower case right before a name, then, where the language puts them there, adjectives: the
    kind names what follows ("oil giant Exxon Mobil", "investment bank Goldman Sachs", "le groupe français Total")."""
    after = rf"(?:[ \u00a0]+[a-zà-ÿ-]+{_ADJECTIVE_END.pattern[:-1]}){{0,2}}" if adjectives_after else ""
    return re.compile(rf"(?<![\w'’-])(?:{trie_pattern(sorted(set(nouns)))}){after}[ \u00a0]+\Z")


@cache
def _given_names() -> frozenset[str]:
    text = resources.files("vigie.lang").joinpath("given_names.txt").read_text(encoding="utf-8")
    return frozenset(fold(line.strip()) for line in text.splitlines() if line.strip() and not line.startswith("#"))


@dataclass
class _Actor:
    id: str
    type: str
    name: str  # the display name in French, the project's first language
    aliases: list[str]
    country: str | None
    wikidata: str | None
    offices: list[dict]
    lat: float | None = None
    lon: float | None = None
    geonames: int | None = None
    names: dict[str, str] = field(default_factory=dict)  # display names in other languages, by code

    def display_name(self, lang: str | None) -> str:
        """The actor's name as the press of `lang` writes it ("United States" in English, "Etats-Unis" in French)."""
        return self.names.get(lang, self.name) if lang else self.name


@dataclass
class _KB:
    actors: dict[str, _Actor]
    by_key: dict[str, list[str]]
    phrases: frozenset[str]  # names holding lower-case words, as written
    phrase_ids: dict[str, str]
    spellings: frozenset[str]  # every name and alias, folded


@lru_cache(maxsize=65536)
def _is_acronym(name: str) -> bool:
    letters = name.replace(".", "").replace("-", "")
    return 1 < len(letters) <= 8 and letters.isupper()


@lru_cache(maxsize=65536)
def _kb_key(name: str) -> str:
    """The base's lookup key: acronyms keep their capitals ("AU" is not "Au", "LeT" is not "Let"), names
    opening with an article keep it ("Le Monde" is not "Monde"), other names their `name_key`."""
    if _is_acronym(name) or _MIXED_ACRONYM.match(name):
        # Initials spaced out ("U. S.") are the acronym written close ("U.S.", "US").
        return "=" + (name.replace(".", "").replace(" ", "") if _SPACED_INITIALS.match(name) else name.replace(".", ""))
    first = fold(name).split(" ", 1)[0]
    if first in _ARTICLES:
        return "=" + fold(name)
    return name_key(name)


@lru_cache(maxsize=65536)
def _kb_lookup_keys(name: str) -> tuple[str, str | None]:
    """The base's key of a name, and the key to try when it is missing, for a name opening with an article."""
    return _kb_key(name), name_key(name) if fold(name).split(" ", 1)[0] in _ARTICLES else None


# French writes the Arabic qaf "qu" before a vowel where English and the base write "q" ("Al Quaïda", "Al-Qaïda").
_FRENCH_QAF = re.compile(r"qu(?=[aeio])")


def _kb_ids(kb: "_KB", name: str) -> list[str]:
    """Ids of the base's actors that bear this name (with or without a leading article:
    "Le New York Times" is the base's "New York Times", while "Monde" is not "Le Monde"), or its French
    transliteration of a "q" ("Al Quaïda")."""
    key, fallback = _kb_lookup_keys(name)
    found = kb.by_key.get(key)
    if found is None and fallback is not None:
        found = kb.by_key.get(fallback)
    if found is None and "qu" in key:
        found = kb.by_key.get(_FRENCH_QAF.sub("q", key))
    return found or []


def _exact_spelling(kb: "_KB", name: str) -> bool:
    return _spelling_key(name) in kb.spellings


@lru_cache(maxsize=65536)
def _spelling_key(name: str) -> str:
    """The form under which the base's spellings are compared: an acronym's key, else the folded name."""
    return _kb_key(name) if _is_acronym(name) else fold(name)


@cache
def knowledge_base() -> _KB:
    """The actors of `vigie/kb/*.json`, indexed by name key, with a pattern for their lower-case names."""
    actors: dict[str, _Actor] = {}
    for entry in sorted(resources.files("vigie.kb").iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".json"):
            continue
        for raw in json.loads(entry.read_text(encoding="utf-8"))["actors"]:
            names = raw.get("names", {})
            aliases = raw.get("aliases", [])
            # a display name is also a spelling the press uses: the actor is found by it
            aliases = aliases + [n for n in dict.fromkeys(names.values()) if n != raw["name"] and n not in aliases]
            actors[raw["id"]] = _Actor(
                raw["id"], raw["type"], raw["name"], aliases, raw.get("country"), raw.get("wikidata"),
                raw.get("offices", []), raw.get("lat"), raw.get("lon"), raw.get("geonames"), names,
            )
    by_key: dict[str, list[str]] = defaultdict(list)
    phrase_ids: dict[str, str] = {}
    phrases: set[str] = set()
    for actor in actors.values():
        for alias in [actor.name, *actor.aliases]:
            key = _kb_key(alias)
            if key and actor.id not in by_key[key]:
                by_key[key].append(actor.id)
            if _has_lower_word(alias):
                phrase_ids.setdefault(fold(alias), actor.id)
                phrases.add(alias)
    spellings = frozenset(_kb_key(a) if _is_acronym(a) else fold(a) for actor in actors.values() for a in [actor.name, *actor.aliases])
    return _KB(actors, dict(by_key), frozenset(phrases), phrase_ids, spellings)


@dataclass
class _Span:
    start: int
    end: int
    text: str
    type: str | None = None
    kb: str | None = None
    place: places.Place | None = None
    settlement: bool = False
    acronym_of: _Span | None = None  # the name an "(ACRONYM)" follows
    nominal: bool = False
    metonymy: bool = False
    titled: bool = False  # a title or an age named the person ("President Joe Biden", "le chanteur Bono")
    title_words: list[str] = field(default_factory=list)  # the words of that title
    # typed a place only because some small town bears the name or a preposition precedes it, or a body only
    # because its words are common ones, though its last word may be a surname ("Rowan Williams")
    weak: bool = False
    gazetteer: bool = False  # typed a place only because the gazetteer holds the name, no cue around it
    roles: list[dict[str, str]] = field(default_factory=list)
    entity: str | None = None


def _doc_lang(doc: Document) -> str:
    return doc.lang if doc.lang in lang_resources.LANGUAGES else lang_resources.DEFAULT_LANG


def _doc_year(doc: Document) -> int | None:
    value = doc.published.date if doc.published else None
    if value and value[:4].isdigit():
        return int(value[:4])
    return None


@cache
def _country_name(code: str, lang: str) -> str:
    from babel import Locale

    return Locale(lang).territories.get(code, code)


@dataclass
class _Group:
    id: str
    type: str
    spans: list[_Span] = field(default_factory=list)
    kb: str | None = None
    place: places.Place | None = None
    parent: str | None = None


def _absorb(groups: dict[str, _Group], source_id: str, target_id: str) -> None:
    source = groups.pop(source_id)
    target = groups[target_id]
    for span in source.spans:
        span.entity = target_id
        span.type = target.type
        target.spans.append(span)
    target.kb = target.kb or source.kb
    target.place = target.place or source.place


def _role_key(title: str, res: _Resources) -> str:
    folded = fold(title)
    folded = res.title_synonyms.get(folded, folded)
    return res.role_keys.get(folded, folded)


def _affiliation_code(affiliation: str | None, res: _Resources) -> str | None:
    if not affiliation:
        return None
    words = fold(affiliation).replace("’", "'").split()
    for word in words[-2:] + words[:1]:
        if word in res.demonyms and res.demonyms[word]:
            return res.demonyms[word]
    code = places.gazetteer().country_of_name(re.sub(r"^(?:de la|du|des|de|d'|l'|la|le|les|of the|of|the)\s+", "", fold(affiliation)))
    if code:
        return code
    for candidate in (affiliation, affiliation.split(",")[0]):
        for cc, name in _country_names(res.lang).items():
            if fold(candidate) == name:
                return cc
    return None


@cache
def _country_names(lang: str) -> dict[str, str]:
    from babel import Locale

    return {cc: fold(name) for cc, name in Locale(lang).territories.items() if len(cc) == 2}


def is_national(word: str, lang: str | None) -> bool:
    """True for a country's demonym in any of its forms ("syrienne", "Russian"; not "onusienne")."""
    return _resources(lang if lang in ("fr", "en") else "fr").demonyms.get(fold(word)) is not None
