"""Events: each sentence of a document reporting something happening, typed, dated, with its actors and place.

A sentence becomes an event when it holds a trigger of one of the PLOVER-like
types listed, per language, in `lang/<lang>/events.json`: DISPLACEMENT, DISASTER
(natural disasters, epidemics, accidents, deaths nobody inflicted: "the earthquake
killed", "died of a heart attack"), ASSAULT, MOBILIZE, COERCE, THREATEN, ACCUSE,
REQUEST, AGREE, CONSULT, REJECT, SANCTION, AID, PROTEST, RETREAT, SUPPORT and
STATEMENT. A type's `yielding` triggers tell it only when nothing but a statement is
reported besides ("the singer died" is a DISASTER, "died in the shelling" an ASSAULT, and so
is a death in a document that reports fighting and no disaster).
A type's `occurring` words name a thing that may only be talked about (a disaster,
a disease): they tell it only when the sentence reports that thing happening or doing
harm near them ("the earthquake killed", "cases of swine flu"), not when it qualifies
another noun or is a mere topic ("the flu vaccine campaign", "the spill area").
A bare strike is the walkout of an article that reports a labour strike and no
strike from the air; a negation bearing on a claim ("personne n'a revendiqué
l'attaque") does not negate the deed claimed; a trigger in a phrase dating a state by a past event
("since the April 20 explosion", "depuis l'attentat") recalls it, it reports nothing (`_unanchored`), nor
does one dated by its own words years before the article ("the 2001 attacks", `_recalled`).
Every pattern's apostrophe matches
the typographic one the press prints ("s’affrontent").
Its type is what its main clause reports: an appeal, talks,
a threat or an accusation (a verb, or a noun heading the clause) governs the
attack or the flight its complement names ("a appelé à la fin des frappes" is a
REQUEST), while an action told by a verb keeps its own type ("l'aviation a
bombardé", "a raid killed"); a statement only attributes what it reports. Among
the types left, the first of the list wins, STATEMENT only when nothing else is
reported (`_main_type`); a governing verb in an apposition before the main predicate, and the harm a
sentence or an arrest is for ("sentenced for the murder of"), give way to it. It is hypothetical when a
word of what may happen bears on its main trigger's clause (`_hypothetical`). Its date is the interval the time
tagger gave the sentence; its actors and places are the names mentioned in it;
its figures and quotes those found inside it. `vigie.corpus.events` then joins
the tellings of one event across articles.
"""
from __future__ import annotations

import hashlib
import re
import sys
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from itertools import compress, islice, repeat
from operator import is_

from vigie.lang import load
from vigie.model import Analysis, Entity, Event, SentenceTime
from vigie.nlp.namekey import skeleton

# A sentence shorter than this (in words) is a heading or a caption, not a report.
MIN_WORDS = 5

_WORD = re.compile(r"\w+")
# Words as triggers see them: letters and inner hyphens ("cessez-le-feu", "sit-in").
_TOKEN = re.compile(r"\w+(?:-\w+)*")
# The last word of a text.
_LAST_WORD = re.compile(r"\w+(?:-\w+)*$")
# Possessive: a word never gives back a letter, so the cut holds the same words without the engine
# keeping each one's backtracking points (a tenth of the cut's cost).
_TOKEN_CUT = re.compile(r"(\w++(?:-\w++)*+)")
# How many characters at a position of a text choose the patterns of an alternation tried there
# (`_Alternation`): two leave about a third of the patterns one leaves.
KEY = 2
# A trigger pattern of several words, or with an apostrophe, is scanned in the text as a phrase.
_MULTIWORD = re.compile(r" |'|’")
# An apostrophe of a pattern outside a character class, or a whole class: the apostrophes a pattern
# is written with match the typographic one too (`_typographic`).
_APOSTROPHE = re.compile(r"\[\^?\]?(?:\\.|[^\]\\])*\]|'")
# A word's first character: where a pattern scanned at word starts may open.
_RUN_START = re.compile(r"(?<!\w)\w")
# Where the patterns scanned in a text may start: a word's first letter (the data's patterns all open on
# a letter). The lookahead lets the engine pass over spaces and marks without trying every alternative.
_WORD_START = r"(?<!\w)(?=\w)"
# The characters of a regex that are no plain text: a phrase's literal opening stops at them (`_openings`).
_SPECIAL = frozenset("\\.^$*+?{}[]()|")
# What after an atom of a regex makes it optional: the opening stops before that atom.
_OPTIONAL = ("?", "*", "{")
# The groups of a regex that look around without matching text: an opening passes over them.
_LOOKAROUND = ("(?=", "(?!", "(?<=", "(?<!")
# How far before a trigger (in characters) the words telling its form are looked for: "d'avoir été ",
# "to have been " and the longest determiners fit.
BEFORE = 24

# How many words may stand between a purpose phrase and the trigger it names: "ahead of a possible
# offensive", "en vue d'une nouvelle offensive"; beyond, the trigger belongs to another phrase.
PURPOSE_REACH = 3
_NEAR = re.compile(r"\s*(?:[\w'’-]+\s+|\w+['’]){0,%d}" % PURPOSE_REACH)
# How many words may stand between the phrase naming a sentence's or an arrest's grounds and the trigger
# it holds: "for the murder of a wounded", "pour le meurtre d'un adolescent blessé".
GROUNDS_REACH = 4
_GROUNDS_NEAR = re.compile(r"\s*(?:[\w'’-]+\s+|\w+['’]){0,%d}" % GROUNDS_REACH)

# The phrase "sans"/"without" opens, up to the next mark but an opening quotation mark (a comma, a closing
# quotation mark, a dash): the triggers it negates ("sans avoir été inquiété", "without the approval of
# Congress", "sans exercer son droit de veto", 'sans le moindre "affrontement"'); past a mark it names what another
# word of the sentence lacks ("Sans aucun soutien aérien, les milices ont attaqué", '"nous voilà sans
# toit", dit un déplacé').
_PRECEDING_PHRASE = re.compile(r"(?:[\w'’]++(?:-[\w'’]++)*+|\s++(?:[«“\"]\s*+)?)*+")

# An item of a list "sans"/"without" opens: a few words and no mark ("their consent", "any shelter").
_LIST_ITEM = r"(?:[\w'’-]+\s+){0,3}[\w'’-]+"

# What stands between a statement and a negation before it when the statement follows what it reports:
# a comma or a quotation mark ("« … n'a aucune possibilité », a-t-elle ajouté", "not for W, '' he said",
# "n'est pas rentré, selon une source").
_REPORTED_BEFORE = re.compile(r"[,«»\"“”]|``|''")

# How far before the first negation or the main trigger of a sentence, whichever comes first (in
# characters), the bounds of their clauses are looked for: the longest bound (", tandis que") fits.
BOUND_CONTEXT = 16

# How many words may stand between a negation and the determiner of a trigger noun that the verb it
# negates governs: "n'a pas encore lancé l'", "did not carry out the"; beyond, the noun is in another phrase.
PRESUPPOSED_REACH = 3

# How many words may stand between a negation and the claim it bears on: "Personne n'a revendiqué",
# "n'a pas encore été revendiquée", "no group has yet claimed".
CLAIM_REACH = 3

# The forms a trigger takes in its clause (`_form`).
NOUN, VERB, NONFINITE, PERFECT = "noun", "verb", "nonfinite", "perfect"

# How far around a trigger word that has figurative uses (in characters) those uses are looked for:
# "les tremblements de terre qui ont frappé", "frappée très jeune par une maladie" fit.
FIGURATIVE_REACH = 80
# How far before a trigger (in characters) a phrase dating by a past event is looked for: "since the
# Deepwater Horizon rig ", "depuis le début de l'" fit.
ANCHOR_CONTEXT = 80
# How far before a trigger (in characters) the year dating it is looked for: "the March 4 , 2009 ",
# "the 1994 Port Lormes ferry " fit.
DATED_CONTEXT = 60
_DIGIT = re.compile(r"\d")
# How far before a trigger (in characters) the determiner of a name it opens is looked for: "de la " fits.
TITLED_REACH = 8
# How far before a name (in characters) a verb whose object it is may start: "release of ", "libérèrent la
# capitale de ".
OBJECT_REACH = 32
# The kinds of names whose verbs tell what befell them (`_object_triggers`), each with its data in
# events.json ("person_object", "place_object").
OBJECTS = ("person", "place")
# The suffix naming the group of a type's yielding triggers in the trigger patterns ("DISASTER_yielding").
YIELDING = "_yielding"
# The types a document's dead move between: a disaster's when it reports no attack, an attack's when no disaster.
ASSAULT, DISASTER = "ASSAULT", "DISASTER"
# The type a bare strike takes in a document reporting a labour strike and no military one.
PROTEST = "PROTEST"
# A warning is a threat when it names force or a sanction to come, else a statement (`_warned`).
THREATEN, STATEMENT = "THREATEN", "STATEMENT"
# The types a name tells happening itself: a disaster or a meeting ("la Conférence de Paris") is its name's.
NAMED_EVENTS = (DISASTER, "CONSULT")
# The rest of a clause a question mark ends: closing quotation marks and spaces may follow it.
_ASKED = re.compile(r"[^?]*\?[\W_]*$")
# What follows a date set apart at a sentence's opening ("En 1982, ").
_SET_APART = re.compile(r"\s*,")
# The quotation mark opening the quotation a closing one ends.
_OPENING_QUOTES = {"''": "``", "”": "“", "»": "«"}
# The types of the dated expressions a sentence tells a past from (`_narrated`).
DATED_TYPES = ("DATE", "TIME")
# The suffix naming the group of a type's occurring words in the trigger patterns ("DISASTER_occurring");
# a type's further groups, each with its own cues, add their label after it ("ASSAULT_occurring_fights").
OCCURRING = "_occurring"
# How far from an occurring word (in characters, inside its sentence) the words telling it happen are
# looked for: "the swine flu epidemic has killed", "frappé mardi par un violent séisme",
# "L'épidémie de choléra a fait plus de 300 morts" fit; a harm told in another clause of a long
# sentence does not reach it.
OCCURRING_REACH = 48


@dataclass
class _Clauses:
    """A language's `clauses` data of events.json, compiled: how a trigger stands in its clause."""

    governing: frozenset[str]
    attributive: frozenset[str]
    expressed: frozenset[str]  # types that are themselves something said ("a exprimé son soutien")
    foretelling: frozenset[str]  # types whose whole sentence tells what they report ("warned that X could")
    nonfinite: re.Pattern | None  # a word that is an infinitive or a gerund
    noun: re.Pattern | None  # a word that is no verb: a noun by its ending, a preposition
    before_perfect: re.Pattern | None  # the words before a perfect infinitive ("d'avoir", "having")
    before_nonfinite: re.Pattern | None
    before_noun: re.Pattern | None
    named_noun: re.Pattern | None  # a determiner and names before a noun ("the Redhill spill")
    finite: re.Pattern | None  # a word a verb after its subject may be ("attacked", "withdrew"): no noun after names
    opener: re.Pattern | None
    conditional: re.Pattern | None
    breaks: re.Pattern | None
    purpose: re.Pattern | None  # a phrase naming what is prepared or awaited ("en vue d'", "ahead of")
    telling: re.Pattern | None  # a statement verb whose object is what happened ("reported", "said")
    predicate: re.Pattern | None  # the main predicate after an apposition (", a été", ", was")
    charged: frozenset[str]  # types whose trigger may be followed by its grounds ("sentenced for the murder")
    grounds: re.Pattern | None  # the words opening a phrase naming those grounds ("for the", "pour le")


class _Alternation:
    """A case-blind alternation of named groups of patterns, matched at a position of a text through
    those of its patterns only that may open on the `KEY` characters there (by their literal opening,
    `_openings`), tried one after the other: the match of the whole alternation, since the patterns left
    out cannot match and re tries the alternatives in turn too, at a fraction of its cost."""

    def __init__(self, groups: dict[str, list[str]], prefix: str = ""):
        self.patterns = [(kind, pattern, {opening[:KEY] for opening in _openings(pattern)[0]})
                         for kind, patterns in groups.items() for pattern in patterns]
        self.prefix = prefix  # put before each pattern: where it may match ("at a word's start")
        self.compiled: list[re.Pattern | None] = [None] * len(self.patterns)
        self.by_first: dict[str, list[int]] = defaultdict(list)  # an opening's first characters → its patterns
        for index, (_, _, firsts) in enumerate(self.patterns):
            for first in firsts:
                self.by_first[first].append(index)
        self.by_character: dict[str, list[str]] = {}  # a character → the openings' first characters it may open
        self.by_opening: dict[str, list[re.Pattern]] = {}  # a text's first characters → those, compiled

    def __bool__(self) -> bool:
        return bool(self.patterns)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        """The alternation's match at text[pos], as `re.Pattern.match`; its last group names the group."""
        for pattern in self._patterns(text[pos:pos + KEY]):
            found = pattern.match(text, pos, endpos)
            if found:
                return found
        return None

    def fullmatch(self, word: str) -> re.Match | None:
        """The alternation's match of the whole of `word`, as `re.Pattern.fullmatch`."""
        for pattern in self._patterns(word[:KEY]):
            found = pattern.fullmatch(word)
            if found:
                return found
        return None

    def _patterns(self, opening: str) -> list[re.Pattern]:
        """The patterns that may open on `opening`, a text's first `KEY` characters (fewer at its end), in
        order, each compiled once in its named group."""
        patterns = self.by_opening.get(opening)
        if patterns is None:
            character = opening[:1]
            if character not in self.by_character:
                self.by_character[character] = [first for first in self.by_first if _opens_on(first, character)]
            kept = {index for first in self.by_character[character] if _opens_on(first, opening)
                    for index in self.by_first[first]}
            patterns = self.by_opening[opening] = [self._compiled(index) for index in sorted(kept)]
        return patterns

    def _compiled(self, index: int) -> re.Pattern:
        """Pattern `index`, compiled once, case-blind, in its group and after the prefix."""
        compiled = self.compiled[index]
        if compiled is None:
            kind, pattern, _ = self.patterns[index]
            compiled = self.compiled[index] = re.compile(f"{self.prefix}(?P<{kind}>{pattern})", re.IGNORECASE)
        return compiled


def _opens_on(first: str, opening: str) -> bool:
    """True when a pattern whose literal opening starts with `first` ("" when it has none) may match
    text starting with `opening`, case-blind as the patterns are: re matches a letter at a time."""
    return all(map(_same_letter, first, opening))


@cache
def _same_letter(letter: str, character: str) -> bool:
    """True when the pattern letter `letter` matches `character` case-blind ("ſ" matches "s")."""
    return bool(re.fullmatch(re.escape(letter), character, re.IGNORECASE))


@dataclass
class _Lexicon:
    words: _Alternation  # single-word triggers, matched against whole words
    phrases: re.Pattern  # triggers of several words or with an apostrophe, tried where one may open
    phrase_heads: _Alternation  # the first word of a phrase ("air" of "air strikes"), or a word's start it opens
    hypothetical: re.Pattern
    hypothetical_object: re.Pattern | None  # cues bearing on a trigger after them only ("fearing")
    hypothetical_verb: re.Pattern | None  # cues bearing on a verb after them only ("whether", "wants to")
    asked: re.Pattern | None  # a yes-or-no question's opening ("Did", "a-t-il"): a cue when a "?" ends its clause
    question_words: re.Pattern | None  # a question's word ("why", "pourquoi"): its question takes the deed as given
    continuing: re.Pattern | None  # a verb telling a deed under way goes on ("continuera", "will continue")
    continuing_after: re.Pattern | None  # the same, right after a cue ("will continue", "va se poursuivre")
    future: re.Pattern | None  # cues that are a future by their ending ("reprendront"): an intention when said
    habit: re.Pattern | None  # cues telling a habit ("attaquent souvent", "has often accused"): no single deed
    narrated: re.Pattern | None  # a sentence's opening before the date a past told in the future runs from ("En")
    hypothetical_bounds: re.Pattern | None  # where a clause opens or ends: a cue beyond bears on another clause
    negation: re.Pattern
    negation_bounds: re.Pattern | None  # where a clause opens or ends: a negation beyond negates another clause
    closed: re.Pattern | None  # an inserted clause's opening (", qui", ", which"): the next comma closes it
    closed_negation: re.Pattern | None  # those and a fronted condition's ("Si", "If"), closing for a negation
    closed_moods: re.Pattern | None  # those whose clause shares the main clause's mood ("when", "quand")
    preceding: re.Pattern | None  # negations of what follows them only ("sans", "without")
    listed: re.Pattern | None  # a list such a negation opens, up to its last item ("food, water or shelter")
    claimed: re.Pattern | None  # a claim of a deed a few words after a negation: the negation bears on it
    presupposed: re.Pattern | None  # a determiner ending the text before a trigger noun: its deed is taken as given
    performing: re.Pattern | None  # verbs performing a deed: a negation of them bears on the noun they govern
    subject_negation: re.Pattern | None  # a negation that is the subject ("aucun pays", "no one"): its verb comes later
    happening: re.Pattern | None  # verbs telling a deed happen: a negation of them after it denies it ("did not occur")
    anaphora: re.Pattern
    order: dict[str, float]  # rank of each group of triggers: a type, or its yielding triggers
    name: dict[str, str]  # group of triggers → the type it tells
    occurring: dict[str, re.Pattern]  # group of occurring words → the words telling they happen
    seen: dict[str, str | None]  # word → type found, shared by every document
    seen_figurative: dict[str, bool]  # the trigger words of `seen` that have figurative uses → their uses are scanned
    seen_heads: dict[str, tuple[int, ...]]  # word of `seen` → where in it a phrase may open (its word starts)
    seen_marked: dict[str, bool]  # word of `seen` → whether it is a trigger or a phrase may open in it
    figurative_words: re.Pattern | None  # trigger words that have figurative uses
    scanned_words: re.Pattern | None  # those whose uses are looked for around them, not only where they start
    figurative: _Alternation  # those uses, a group per type they tell ("on strike"), "_" for none ("the earthquake struck")
    openings: re.Pattern | None  # uses opening on the word, matched there only ("asked about", "combattre la faim")
    clauses: _Clauses
    addressed: re.Pattern | None  # a sentence opening addressed to the reader ("Lisez", "Follow us")
    link: re.Pattern | None  # a sentence opening announcing a link to another article ("Lire :", "Read more:")
    definition: re.Pattern | None  # a definition's verb ("c'est soutenir")
    after_object: dict[str, list[tuple[str, re.Pattern]]]  # kind of name → (type, words after it: "was released")
    complement: re.Pattern | None  # words before a name making it a noun's complement ("the report by")
    before_object: dict[str, list[tuple[str, re.Pattern]]]  # kind of name → (type, words just before it: "released")
    titled: re.Pattern | None  # a determiner right before a capitalized trigger, which opens a name ("du ")
    anchors: re.Pattern | None  # a phrase dating by a past event, ending right before a trigger ("since the ")
    past: re.Pattern | None  # the year a trigger is dated by, right after it ("sa mort en 1949", "the attacks of 2001")
    dated: re.Pattern | None  # the year a trigger noun is dated by, right before it ("the 2001 attacks")
    casualties: re.Pattern | None  # attack triggers that only count the harmed ("deaths", "injured", "morts")
    accidents: re.Pattern | None  # attack triggers an accident shares ("the explosion", "a blast")
    natural: re.Pattern | None  # words of a death by illness or old age ("died of cancer", "de vieillesse")
    strike_words: re.Pattern | None  # the words of a strike, an attack or a walkout ("strike", "strikers")
    military_strikes: re.Pattern | None  # a strike that is an attack by its words ("air strikes", "NATO strikes")
    warnings: re.Pattern | None  # threat triggers that warn ("warned", "averti"): a threat only of force to come
    forceful: frozenset[str]  # the types a warning must name to threaten: force, a ban, a sanction
    reprisals: re.Pattern | None  # words of a warning naming a punishment ("will be prosecuted", "consequences")
    armed: re.Pattern | None  # words of an armed force whose warning threatens ("the militia warned")


@cache
def _lexicon(lang: str | None) -> _Lexicon:
    data = load(lang, "events")
    figurative = data.get("figurative", {})
    words, phrases, heads = {}, [], []
    order = {kind: rank for rank, kind in enumerate(data["types"])}
    attributive = data.get("clauses", {}).get("attributive", ())
    # Yielding triggers rank after every type but those that only attribute (STATEMENT).
    last = min((order[kind] for kind in attributive if kind in order), default=len(order)) - 0.5
    yielding = {kind + YIELDING: patterns for kind, patterns in data.get("yielding", {}).items()
                if not kind.startswith("_")}
    order.update(dict.fromkeys(yielding, last))
    if DISASTER + YIELDING in yielding and ASSAULT in order:
        order[ASSAULT + YIELDING] = last  # a death amid fighting (`_casualties`)
    occurring = {}  # "ASSAULT" and "ASSAULT fights" name two groups of the type's occurring words and cues
    for key, group in data.get("occurring", {}).items():
        if not key.startswith("_"):
            kind, _, label = key.partition(" ")
            occurring[kind + OCCURRING + ("_" + label if label else "")] = group
    order.update({group: order[group.partition(OCCURRING)[0]] for group in occurring})
    named = {group: words["words"] for group, words in occurring.items()}
    for kind, patterns in [*data["types"].items(), *yielding.items(), *named.items()]:
        single = [p for p in patterns if not _MULTIWORD.search(p)]
        multi = [p for p in patterns if _MULTIWORD.search(p)]
        words[kind] = single
        if multi:
            phrases.append(f"(?P<{kind}>{'|'.join(map(_typographic, multi))})")
            heads.extend(head for pattern in multi for head in _openings(pattern)[0])
    return _Lexicon(
        words=_Alternation(words),
        phrases=re.compile(_WORD_START + "(?:" + "|".join(phrases) + ")", re.IGNORECASE),
        phrase_heads=_word_heads(heads),
        hypothetical=_alternation(data["hypothetical"] + data.get("hypothetical_future", [])
                                  + data.get("hypothetical_habit", [])
                                  + data.get("hypothetical_object", []) + data.get("hypothetical_verb", [])
                                  + data.get("questions", []),
                                  _WORD_START + "(?:{})"),
        hypothetical_object=_alternation(data.get("hypothetical_object", []), "(?:{})"),
        hypothetical_verb=_alternation(data.get("hypothetical_verb", []), "(?:{})"),
        asked=_alternation(data.get("questions", []), "(?:{})"),
        question_words=_alternation(data.get("question_words", []), r"(?<![\w'’-])(?:{})(?![\w-])"),
        continuing=_alternation(data.get("continuing", []), "(?:{})"),
        continuing_after=_alternation(data.get("continuing", []), r"\s+(?:{})(?!\w)"),
        future=_alternation(data.get("hypothetical_future", []), "(?:{})"),
        habit=_alternation(data.get("hypothetical_habit", []), "(?:{})"),
        narrated=_alternation(data.get("narrated", []), r"\W*(?:(?:{})\s*)?"),
        # A purpose phrase opens what is prepared: "deployed ahead of a possible offensive" was done.
        hypothetical_bounds=_alternation(data.get("negation_bounds", []) + data.get("clauses", {}).get("purpose", []),
                                         "(?:{})"),
        negation=_alternation(data["negation"] + data.get("negation_preceding", []), _WORD_START + "(?:{})"),
        preceding=_alternation(data.get("negation_preceding", []), "(?:{})"),
        listed=_listing(data.get("negation_lists", [])),
        negation_bounds=_alternation(data.get("negation_bounds", []), "(?:{})"),
        closed=_alternation(data.get("closed_clauses", []), "(?:{})"),
        closed_negation=_alternation(data.get("closed_clauses", []) + data.get("closed_conditions", []), "(?:{})"),
        closed_moods=_alternation(data.get("closed_moods", []), r"(?<!\w)(?:{})"),
        claimed=_alternation(data.get("claimed", []),
                             r"\s*(?:[\w'’-]+\s+){{0,%d}}?(?P<claim>{})(?!\w)" % CLAIM_REACH),
        presupposed=_alternation(data.get("presupposed", {}).get("determiners", []), r"(?<![\w'’])(?:{})\s*$"),
        performing=_alternation(data.get("presupposed", {}).get("performing", []), r"(?<!\w)(?:{})(?!\w)"),
        subject_negation=_alternation(data.get("presupposed", {}).get("subjects", []), r"(?:{})(?!\w)"),
        happening=_alternation(data.get("presupposed", {}).get("happening", []),
                               r"\s*(?:[\w'’-]+\s+){{0,%d}}?(?:{})(?!\w)" % PRESUPPOSED_REACH),
        anaphora=_alternation(data["anaphora"], r"\W*(?:{})"),
        order=order,
        name={kind: kind.removesuffix(YIELDING).partition(OCCURRING)[0] for kind in order},
        occurring={group: _alternation(words["cues"], _WORD_START + r"(?:{})(?!\w)")
                   for group, words in occurring.items()},
        seen={},
        seen_figurative={},
        seen_heads={},
        seen_marked={},
        figurative_words=_alternation(figurative.get("words", []) + figurative.get("opening_words", []), "(?:{})"),
        scanned_words=_alternation(figurative.get("words", []), "(?:{})"),
        figurative=_Alternation({kind: list(map(_typographic, uses)) for kind, uses in
                                 {"_": figurative.get("uses", []), **figurative.get("as", {})}.items()},
                                _WORD_START),
        openings=_alternation(figurative.get("openings", []), "(?:{})"),
        clauses=_compile_clauses(data.get("clauses", {})),
        addressed=_alternation(data.get("addressed", []), r"\s*(?P<call>{})(?!\w)"),
        link=_alternation(data.get("links", []), r"\W*(?:{})"),
        definition=_alternation(data.get("definition", []), r"(?<!\w)(?:{})(?!\w)"),
        after_object={mention: [(kind, _alternation(words["after"], r"(?:{})(?!\w)"))
                                for kind, words in data.get(f"{mention}_object", {}).items() if words.get("after")]
                      for mention in OBJECTS},
        complement=_alternation(data.get("person_complement", []), r"(?<!\w)(?:{})\s+$"),
        before_object={mention: [(kind, _alternation(words["before"], r"(?<!\w)(?:{})\s+$"))
                                 for kind, words in data.get(f"{mention}_object", {}).items() if words.get("before")]
                       for mention in OBJECTS},
        titled=_alternation(data.get("name_determiners", []), r"(?<![\w'’])(?:{})$"),
        anchors=_alternation(data.get("anchors", []), r"(?<![\w'’])(?:{})$"),
        past=_alternation(data.get("past", []), "(?:{})"),
        dated=_alternation(data.get("dated", []), r"(?<![\w'’])(?:{})$"),
        casualties=_alternation(data.get("casualties", []), "(?:{})"),
        accidents=_alternation(data.get("accidents", []), "(?:{})"),
        natural=_alternation(data.get("natural_deaths", []), _WORD_START + r"(?:{})(?!\w)"),
        strike_words=_alternation(data.get("strikes", {}).get("words", []), "(?:{})"),
        military_strikes=_alternation(data.get("strikes", {}).get("military", []), _WORD_START + r"(?:{})(?!\w)"),
        warnings=_alternation(data.get("warnings", {}).get("words", []), "(?:{})"),
        forceful=frozenset(data.get("warnings", {}).get("forceful", [])),
        reprisals=_alternation(data.get("warnings", {}).get("reprisals", []), _WORD_START + r"(?:{})(?!\w)"),
        armed=_alternation(data.get("warnings", {}).get("armed", []), _WORD_START + r"(?:{})(?!\w)"),
    )


def _openings(pattern: str) -> tuple[list[str], bool]:
    """The literal texts one of which opens every match of the regex `pattern`, and whether they are
    the whole of it: its plain characters and groups of alternatives up to the first other atom,
    expanded ("t(?:ook|aken)(?= the)" opens on "took" or "taken"); "" when it opens on another atom."""
    openings, whole = [], True
    for branch in _branches(pattern):
        heads, complete = [""], True
        start = 0
        while complete and start < len(branch):
            end = _atom_end(branch, start)
            atom = branch[start:end]
            if branch.startswith(_OPTIONAL, end):
                complete = False
            elif atom.startswith(_LOOKAROUND):
                pass  # it matches no text: the opening goes on after it ("(?<=')s" opens on "s")
            elif atom.startswith("(?:"):
                inner, complete = _openings(atom[3:-1])
                heads = [head + opening for head in heads for opening in inner]
            elif atom in _SPECIAL or atom[0] in "\\[(":
                complete = False
            else:
                heads = [head + atom for head in heads]
            start = end
        openings.extend(heads)
        whole = whole and complete
    return openings, whole


def _branches(pattern: str) -> list[str]:
    """The alternatives of the regex `pattern` at its top level."""
    branches, start, index = [], 0, 0
    while index < len(pattern):
        if pattern[index] == "|":
            branches.append(pattern[start:index])
            start = index + 1
        index = _atom_end(pattern, index)
    return [*branches, pattern[start:]]


def _atom_end(pattern: str, index: int) -> int:
    """Where the atom of the regex `pattern` opening at `index` ends: an escape, a class, a group or
    a character."""
    char = pattern[index]
    if char == "\\":
        return index + 2
    if char == "[":
        index += 2 if pattern.startswith("^", index + 1) else 1
        if pattern[index] == "]":
            index += 1  # a "]" first in a class is one of its characters
        while pattern[index] != "]":
            index += 2 if pattern[index] == "\\" else 1
        return index + 1
    if char == "(":
        index += 1
        while pattern[index] != ")":
            index = _atom_end(pattern, index)
    return index + 1


def _word_heads(openings: list[str]) -> _Alternation:
    """A case-blind alternation matching at a word's start where one of the phrase `openings` may: a
    word beginning with the opening, or the opening's first word itself when more follows ("a" of
    "a envoyé", "s" of "s'affront")."""
    heads = set()
    for opening in openings:
        first = re.match(r"\w*", opening).group()
        heads.add(re.escape(first) + (r"(?!\w)" if first != opening else ""))
    return _Alternation({"head": sorted(heads)})


def _alternation(patterns: list[str], template: str) -> re.Pattern | None:
    """One case-blind pattern of `patterns` put in `template` ({} for the alternation), None when there
    are none; an apostrophe in the data matches the typographic one too."""
    if not patterns:
        return None
    body = "|".join(_typographic(p) for p in patterns)
    return re.compile(template.format(body), re.IGNORECASE)


def _listing(coordinators: list[str]) -> re.Pattern | None:
    """A case-blind pattern of a list after a negation: items between commas, the last after one of
    `coordinators`; None when there are none."""
    if not coordinators:
        return None
    return re.compile(rf"\s+{_LIST_ITEM}(?:\s*,\s*{_LIST_ITEM})*\s*,?\s+(?:{'|'.join(coordinators)})\s+{_LIST_ITEM}",
                      re.IGNORECASE)


def _typographic(pattern: str) -> str:
    """The regex `pattern` with each of its apostrophes matching the typographic one too: the data write
    "s'affront" and "d[e']", the French press prints "s’affrontent" and "d’une"."""
    return _APOSTROPHE.sub(_with_typographic, pattern)


def _with_typographic(match: re.Match) -> str:
    """An apostrophe, or a character class holding one, that also matches the typographic one."""
    found = match.group()
    if found == "'":
        return "['’]"
    return found if "’" in found or "'" not in found else found.replace("'", "'’", 1)


def _compile_clauses(data: dict) -> _Clauses:
    words = r"(?:{})"
    before = r"(?<!\w)(?:{})\s*$"
    scan = r"(?<!\w)(?:{})"
    return _Clauses(
        governing=frozenset(data.get("governing", ())),
        attributive=frozenset(data.get("attributive", ())),
        expressed=frozenset(data.get("expressed", ())),
        foretelling=frozenset(data.get("foretelling", ())),
        nonfinite=_alternation(data.get("infinitive", []) + data.get("gerund", []), words),
        noun=_alternation(data.get("noun", []), words),
        before_perfect=_alternation(data.get("before_perfect", []), before),
        before_nonfinite=_alternation(data.get("before_nonfinite", []), before),
        before_noun=_alternation(data.get("before_noun", []), before),
        named_noun=_alternation(data.get("named_noun", []), before),
        finite=_alternation(data.get("finite", []), words),
        opener=_alternation(data.get("opener", []), scan),
        conditional=_alternation(data.get("conditional", []), scan + r"(?!\w)"),
        # The main predicate after an apposition also ends a governing word's reach.
        breaks=_alternation(data.get("break", []) + data.get("predicate", []), r"(?:{})"),
        purpose=_alternation(data.get("purpose", []), scan),
        telling=_alternation(data.get("telling", []), words),
        predicate=_alternation(data.get("predicate", []), r"(?:{})"),
        charged=frozenset(data.get("charged", ())),
        grounds=_alternation(data.get("grounds", []), scan + r"(?!\w)"),
    )


def _triggers(text: str, lexicon: _Lexicon):
    """(start, end, type) of every trigger in `text`, in text order.

    A scan of the whole alternation at every position costs too much; words are cut
    once and each distinct word is matched once per process, phrases are tried only
    where their first word stands (`_phrases`). A word inside a phrase is part of it
    ("air strikes", "soutien militaire"). A word with figurative uses is no trigger in
    one of them ("the earthquake struck", "frappé par la crise"), or a trigger of
    another type ("the miners' strike" is a PROTEST, "treated forty wounded civilians"
    AID); they are looked for around that word only.
    """
    found = []
    seen = lexicon.seen
    figurative = lexicon.seen_figurative
    # The text cut into [gap, word, gap, word, …, gap]: word k is piece 2k + 1. Looking every word up
    # in C and visiting only the triggers costs a fifth of a loop over every word.
    pieces = _TOKEN_CUT.split(text)
    words = pieces[1::2]
    marked = _marked(words, lexicon)
    places = _places(pieces, marked)
    for index, start in zip(marked, places):
        word = words[index]
        kind = seen[word]
        if not kind:
            continue  # a phrase may open in it (`_phrases`)
        end = start + len(word)
        if word in figurative:
            use = _figurative(text, start, end, lexicon, figurative[word])
            kind = kind if use is None else use
        if kind:
            found.append((start, end, kind))
    phrases = _phrases(text, words, marked, places, lexicon)
    if phrases:
        found = _uncovered(found, phrases)
        found.extend(phrases)
        found.sort()
    return found


def _marked(words: list[str], lexicon: _Lexicon) -> list[int]:
    """The indices of the `words` that are triggers or in which a phrase may open, in order, the words
    not seen yet learnt first (`_learn`). One look-up of every word in C serves both, and a document
    builds a set of its words not seen yet only (none in most, once a few hundred are read)."""
    marks = list(map(lexicon.seen_marked.get, words))
    if None in marks:
        _learn(set(compress(words, map(is_, marks, repeat(None)))), lexicon)
        marks = list(map(lexicon.seen_marked.__getitem__, words))
    return list(compress(range(len(words)), marks))


def _places(pieces: list[str], marked: list[int]) -> list[int]:
    """Where each word of `marked` (indices of words, in order) starts in the text cut into `pieces`, word
    k being piece 2k + 1: the lengths of the pieces before it, summed in C up to the last word marked
    only, cost less than the start of every piece."""
    places = []
    place = done = 0  # the start of piece `done`
    for index in marked:
        piece = 2 * index + 1
        place += sum(map(len, pieces[done:piece]))
        done = piece
        places.append(place)
    return places


def _learn(words: set[str], lexicon: _Lexicon) -> None:
    """Enter the `words`, not seen yet, in the lexicon's `seen` (their type), `seen_figurative`,
    `seen_heads` and `seen_marked`."""
    for word in words:
        hit = lexicon.words.fullmatch(word)
        lexicon.seen[word] = hit.lastgroup if hit else None
        if hit and lexicon.figurative_words and lexicon.figurative_words.fullmatch(word):
            lexicon.seen_figurative[word] = bool(lexicon.scanned_words and lexicon.scanned_words.fullmatch(word))
        # A phrase opens on a word or after a hyphen in it ("anti-air strikes").
        starts = (start.start() for start in _RUN_START.finditer(word)) if "-" in word else (0,)
        lexicon.seen_heads[word] = tuple(start for start in starts if lexicon.phrase_heads.match(word, start))
        lexicon.seen_marked[word] = bool(lexicon.seen[word] or lexicon.seen_heads[word])


def _phrases(text: str, words: list[str], marked: list[int], places: list[int],
             lexicon: _Lexicon) -> list[tuple[int, int, str]]:
    """(start, end, type) of the phrase triggers of `text`, in text order and not overlapping, as a
    scan of the whole text finds them; `words` are its words, `marked` the indices of those `_marked`
    gives and `places` where they start. The phrases are tried only where one may open
    (`_Lexicon.seen_heads`): a few words in a hundred."""
    heads = lexicon.seen_heads
    found = []
    reach = 0  # where the last phrase found ends: a phrase found covers the openings inside it
    for index, place in zip(marked, places):
        for offset in heads[words[index]]:
            start = place + offset
            match = lexicon.phrases.match(text, start) if start >= reach else None
            if match:
                found.append((start, match.end(), match.lastgroup))
                reach = match.end()
    return found


def _figurative(text: str, start: int, end: int, lexicon: _Lexicon, scanned: bool = True) -> str | None:
    """The type the trigger word text[start:end] takes in a figurative use of it around it: "" when the
    use reports nothing, the type of what it tells otherwise; None outside such uses. A word that is
    not `scanned` has uses opening on it only (frequent words: "demande si", "s'annonce", "peine de mort")."""
    opening = lexicon.openings.match(text, start) if lexicon.openings else None
    if opening and opening.end() >= end:
        return ""
    if not (lexicon.figurative and scanned):
        return None
    # The uses a scan of the window around the word finds, in order and not overlapping, up to the
    # word's start: one opening after it does not hold it.
    stop = end + FIGURATIVE_REACH
    reach = 0  # where the last use found ends
    for opening in _RUN_START.finditer(text, max(0, start - FIGURATIVE_REACH), start + 1):
        use = lexicon.figurative.match(text, opening.start(), stop) if opening.start() >= reach else None
        if use and end <= use.end():
            return "" if use.lastgroup == "_" else use.lastgroup
        if use:
            reach = use.end()
    return None


def _uncovered(words: list[tuple[int, int, str]], phrases: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The word triggers of `words` that lie inside none of `phrases` (both in text order, the phrases
    not overlapping)."""
    kept = []
    index, count = 0, len(phrases)
    for hit in words:
        while index < count and phrases[index][1] < hit[1]:
            index += 1  # a phrase ending before this word ends covers no later word either
        if index == count or phrases[index][0] > hit[0]:
            kept.append(hit)
    return kept


def _object_triggers(text: str, mentions, lexicon: _Lexicon) -> list[tuple[int, int, str]]:
    """(start, end, type) of the triggers that tell what happened to a named person or place, their
    object: "Al-Megrahi was released", "the release of Al-Megrahi" (a report or an album is released
    too, "the report by Al-Megrahi was released"); "Syrte est libérée" is taken, as a freed prisoner
    is released."""
    if not any(lexicon.after_object.values()) and not any(lexicon.before_object.values()):
        return []
    found = []
    for mention in mentions:
        for kind, after in lexicon.after_object.get(mention.type, ()):
            match = after.match(text, mention.end)
            if match and not (mention.type == "person" and lexicon.complement and lexicon.complement.search(
                    text, max(0, mention.start - OBJECT_REACH), mention.start)):
                # The trigger shown is the verb, the match's last word (past a quotation mark: 'est « libérée').
                found.append((match.end() - len(_LAST_WORD.search(match.group()).group()), match.end(), kind))
        for kind, before in lexicon.before_object.get(mention.type, ()):
            match = before.search(text, max(0, mention.start - OBJECT_REACH), mention.start)
            if match:
                word = _TOKEN.match(text, match.start())
                found.append((match.start(), word.end() if word else match.end(), kind))
    return found


def _unreported(text: str, start: int, end: int, hits: list[tuple[int, int, str]], lexicon: _Lexicon,
                mention_starts: list[int]) -> list[tuple[int, int, str]]:
    """`hits` of the sentence text[start:end] without those a call to the reader or a definition
    holds, up to the next break: "Lisez la suite", "Follow live coverage of the protests", "S'abonner,
    c'est soutenir un journalisme de qualité" report nothing happening, nor does a line announcing a
    link ("Lire : « … »", "Read more: …"), whose title tells another article. A sentence opening on a
    name ("Chavez a annoncé") is no call."""
    if lexicon.link and lexicon.link.match(text, start, end):
        return []
    spans = []
    if lexicon.addressed:
        call = lexicon.addressed.match(text, start, end)
        if call:
            first = call.start("call")
            index = bisect_left(mention_starts, first)
            if index == len(mention_starts) or mention_starts[index] != first:
                spans.append(first)
    if lexicon.definition:
        spans.extend(m.start() for m in lexicon.definition.finditer(text, start, end))
    if not spans:
        return hits
    breaks = lexicon.clauses.breaks
    for opening in spans:
        stop = breaks.search(text, opening, end) if breaks else None
        stop = stop.start() if stop else end
        hits = [hit for hit in hits if not opening <= hit[0] < stop]
    return hits


def _occurring(text: str, start: int, end: int, hits: list[tuple[int, int, str]],
               lexicon: _Lexicon) -> list[tuple[int, int, str]]:
    """`hits` of the sentence text[start:end] without the occurring words that nothing near them, in
    the sentence, tells happening: "the earthquake killed 200", "died of cholera" keep theirs, "the
    minister spoke about the flu vaccine campaign" and "the spill area was closed" lose them."""
    kept = []
    for hit in hits:
        cues = lexicon.occurring.get(hit[2])
        if cues is None or cues.search(text, max(start, hit[0] - OCCURRING_REACH), hit[0]) \
                or cues.search(text, hit[1], min(end, hit[1] + OCCURRING_REACH)):
            kept.append(hit)
    return kept


def _unanchored(text: str, start: int, hits: list[tuple[int, int, str]],
                lexicon: _Lexicon) -> list[tuple[int, int, str]]:
    """`hits` of the sentence opening at `start` without those a phrase dating by a past event holds:
    "oil has gushed since the April 20 explosion", "depuis l'attentat du 11 septembre" recall an event as
    the point a state is counted from, they report nothing new (what the sentence dates from it may be:
    "300 people have been killed in Eastmoor since the revolt began"). Past such a phrase closing the sentence,
    the harm counted is the recalled event's ("has leaked since the rig exploded, killing 9 workers");
    after one opening it, the main clause's ("Since the truce began, 40 people have been killed")."""
    kept, recalled = [], False
    for hit in hits:
        anchor = lexicon.anchors.search(text, max(start, hit[0] - ANCHOR_CONTEXT), hit[0])
        if anchor:
            recalled = recalled or bool(text[start:anchor.start()].strip())
        elif not (recalled and lexicon.casualties and lexicon.casualties.fullmatch(text, hit[0], hit[1])):
            kept.append(hit)
    return kept


def _recalled(text: str, start: int, hits: list[tuple[int, int, str]], lexicon: _Lexicon, year: int,
              when: SentenceTime | None) -> list[tuple[int, int, str]]:
    """`hits` of the sentence opening at `start` without those dated by their own words in a year before
    `year`, the document's, when the sentence is dated `when`, another time: "the 2001 attacks", "the
    1957 epidemic", "l'attentat de 1995", "sa mort en 1949" recall a past event, they report nothing
    new, nor do the casualties counted after one ("the 1994 bombing killed 40"). A sentence dated that
    year is the past event's own record ("he died in 1970"), rightly dated."""
    kept, recalled = [], False
    for hit in hits:
        dated = lexicon.past.match(text, hit[1]) if lexicon.past else None
        if not dated and lexicon.dated and _DIGIT.search(text, max(start, hit[0] - DATED_CONTEXT), hit[0]):
            # a year is digits: a window without one spares the pattern's try at each of its words
            dated = lexicon.dated.search(text, max(start, hit[0] - DATED_CONTEXT), hit[0])
        past = dated.group(dated.lastindex) if dated else None
        if past and int(past) < year and not (
                when and when.earliest and when.latest and when.earliest[:4] <= past <= when.latest[:4]):
            recalled = True
        elif not (recalled and lexicon.casualties and lexicon.casualties.fullmatch(text, hit[0], hit[1])):
            kept.append(hit)
    return kept


def _labour_strikes(text: str, reported: list[tuple[int, list[tuple[int, int, str]]]],
                    lexicon: _Lexicon) -> list[tuple[int, list[tuple[int, int, str]]]]:
    """`reported` ((sentence index, hits) of a document) with the bare strikes typed ASSAULT ("the
    strike entered its third day") told PROTEST when the document reports a labour strike ("workers
    went on strike", "the strikers") and nowhere a strike that is an attack ("air strikes", "NATO
    strikes"): its strikes are the walkout's."""
    words = lexicon.strike_words
    name = lexicon.name
    if not any(name[kind] == PROTEST and words.fullmatch(text, start, end)
               for _, hits in reported for start, end, kind in hits):
        return reported
    if lexicon.military_strikes and lexicon.military_strikes.search(text):
        return reported
    return [(index, [(start, end, PROTEST) if name[kind] == ASSAULT and words.fullmatch(text, start, end)
                     else (start, end, kind) for start, end, kind in hits]) for index, hits in reported]


def _casualties(text: str, reported: list[tuple[int, list[tuple[int, int, str]]]], sentences: list[tuple[int, int]],
                lexicon: _Lexicon) -> list[tuple[int, list[tuple[int, int, str]]]]:
    """`reported` ((sentence index, hits) of a document) with its dead typed by what the document
    reports besides. When it reports a disaster happening ("the flu outbreak", "the earthquake struck",
    "the rig exploded") by more words than it reports an attack by any other (a flu article telling of a
    riot, an earthquake's of looting), the attack triggers that only count the harmed
    ("127 deaths", "10 people have died", "100,000 could be dead") or that an accident shares ("Tuesday's
    blast", "the explosion") are the disaster's: DISASTER. When it reports an attack and no disaster,
    the deaths nobody is said to have inflicted ("eight people died", "la mort de son chef") are the
    fighting's: they tell an ASSAULT, still only when nothing else is reported, unless their sentence (of
    `sentences`) tells a death by illness or old age ("died of cancer", "mort de vieillesse")."""
    casualties = lexicon.casualties
    accidents = lexicon.accidents
    name = lexicon.name
    disaster = attack = 0  # how many triggers tell a disaster, an attack
    for _, hits in reported:
        for start, end, kind in hits:
            if name[kind] == ASSAULT and not casualties.fullmatch(text, start, end) \
                    and not (accidents and accidents.fullmatch(text, start, end)):
                attack += 1
            disaster += name[kind] == DISASTER and not kind.endswith(YIELDING)
    if disaster > attack:
        return [(index, [(start, end, DISASTER) if name[kind] == ASSAULT and (
            casualties.fullmatch(text, start, end) or (accidents and accidents.fullmatch(text, start, end)))
            else (start, end, kind) for start, end, kind in hits]) for index, hits in reported]
    if attack and not disaster:
        # a death beside a fire ("died in a fire") or an illness stays the disaster's
        natural = lexicon.natural
        return [(index, hits if DISASTER + YIELDING not in (kind for _, _, kind in hits)
                 or any(name[kind] == DISASTER and not casualties.fullmatch(text, start, end)
                        for start, end, kind in hits)
                 or (natural and natural.search(text, *sentences[index]))
                 else [(start, end, ASSAULT + YIELDING) if kind == DISASTER + YIELDING else (start, end, kind)
                       for start, end, kind in hits]) for index, hits in reported]
    return reported


def event_types(lang: str | None = "fr") -> list[str]:
    """The event types of `lang`, in the order its events.json lists them (STATEMENT last)."""
    lexicon = _lexicon(lang)
    return [kind for kind in lexicon.order if lexicon.name[kind] == kind]


def find_events(analysis: Analysis) -> list[Event]:
    """The events reported by the sentences of one analysed document, in text order.

    Actors and places carry the document's entity ids; the corpus maps them to its own.
    """
    doc = analysis.doc
    text = doc.text or ""
    if not text.strip() or not doc.sentences:
        return []
    lexicon = _lexicon(doc.lang)
    sentences = sorted(doc.sentences)
    starts = [s for s, _ in sentences]
    found: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    mentions = sorted(analysis.mentions, key=lambda m: m.start)
    mention_starts = [m.start for m in mentions]
    triggers = _triggers(text, lexicon)
    objects = _object_triggers(text, mentions, lexicon)
    if objects:
        # What befell a name types its verb: the word's own type gives way ("libérée" of a town).
        spans = {(start, stop) for start, stop, _ in objects}
        triggers = sorted([hit for hit in triggers if hit[:2] not in spans] + objects)
    for t_start, t_end, kind in triggers:
        index = bisect_right(starts, t_start) - 1
        if index >= 0 and t_end <= sentences[index][1] \
                and not ((lexicon.name[kind] != DISASTER or kind.endswith(YIELDING))
                         and _named(t_start, t_end, mentions, mention_starts)) \
                and not (lexicon.titled and lexicon.name[kind] not in NAMED_EVENTS
                         and _titled(text, t_start, lexicon.titled)):
            found[index].append((t_start, t_end, kind))
    if not found:
        return []
    times = {(t.start, t.end): t for t in analysis.sentence_times}
    names = {e.id: e for e in analysis.entities}
    figures = sorted(((f.start, i) for i, f in enumerate(analysis.figures)))
    figure_starts = [s for s, _ in figures]
    quotes_in: dict[int, list[int]] = defaultdict(list)  # sentence index → quotes overlapping it
    for i, q in enumerate(analysis.quotes):
        first = max(0, bisect_right(starts, q.start) - 1)
        for index in range(first, max(first + 1, bisect_left(starts, q.end))):
            quotes_in[index].append(i)
    published = doc.published.earliest or ""
    year = int(published[:4]) if published[:4].isdigit() else None
    timexes = sorted((t for t in analysis.timexes if t.type in DATED_TYPES), key=lambda t: t.start) \
        if lexicon.narrated and year else []
    timex_starts = [t.start for t in timexes]
    reported = []  # (sentence index, triggers reporting something) in text order
    for index in sorted(found):
        start, end = sentences[index]
        if sum(1 for _ in islice(_WORD.finditer(text, start, end), MIN_WORDS)) < MIN_WORDS:
            continue
        hits = _unreported(text, start, end, found[index], lexicon, mention_starts)
        if lexicon.occurring:
            hits = _occurring(text, start, end, hits, lexicon)
        if lexicon.anchors:
            hits = _unanchored(text, start, hits, lexicon)
        if (lexicon.past or lexicon.dated) and year:
            hits = _recalled(text, start, hits, lexicon, year, times.get((start, end)))
        if hits:
            reported.append((index, hits))
    if lexicon.strike_words:
        reported = _labour_strikes(text, reported, lexicon)
    if lexicon.casualties:
        reported = _casualties(text, reported, sentences, lexicon)
    events = []
    for index, hits in reported:
        start, end = sentences[index]
        sentence = text[start:end]
        kinds = sorted(dict.fromkeys(kind for _, _, kind in hits), key=lexicon.order.__getitem__)
        kinds = list(dict.fromkeys(lexicon.name[kind] for kind in kinds))
        kind = _main_type(text, start, end, hits, lexicon)
        t_start, t_end = next((t_start, t_end) for t_start, t_end, k in hits if k == kind)
        trigger = text[t_start:t_end]
        kind = lexicon.name[kind]
        if kind == THREATEN and lexicon.warnings and _warned(text, start, end, t_start, t_end, hits, lexicon):
            kind = STATEMENT
        when = times.get((start, end))
        inside = mentions[bisect_left(mention_starts, start):bisect_left(mention_starts, end)]
        actors, places = _participants(inside, end, names)
        event = Event(
            id=_event_id(doc.id, start),
            type=kind,
            types=kinds,
            text=" ".join(sentence.split()),
            trigger=trigger,
            earliest=when.earliest if when else doc.published.earliest,
            latest=when.latest if when else doc.published.latest,
            precision=when.precision if when else doc.published.precision,
            actors=actors,
            places=places,
            figures=[f"{doc.id}:f{i}" for _, i in
                     figures[bisect_left(figure_starts, start):bisect_left(figure_starts, end)]],
            quotes=[f"{doc.id}:q{i}" for i in quotes_in.get(index, ())],
            sources=[{"doc": doc.id, "start": start, "end": end}],
            hypothetical=_hypothetical(text, start, end, t_start, t_end, kind, lexicon, _narrated(
                text, start, timexes[bisect_left(timex_starts, start):bisect_left(timex_starts, end)], year, lexicon)),
            negated=_negated(text, start, end, t_start, t_end, lexicon, kind in lexicon.clauses.attributive),
            anaphoric=bool(lexicon.anaphora.match(sentence)),
        )
        events.append(event)
    return events


def _warned(text: str, start: int, end: int, t_start: int, t_end: int, hits: list[tuple[int, int, str]],
            lexicon: _Lexicon) -> bool:
    """True when the threat trigger text[t_start:t_end] of the sentence text[start:end] (its triggers
    `hits`) is a warning by no armed force that names no force, ban, sanction or punishment after it: a
    danger warned of ("experts warned the outbreak could spread", "averti du danger") is a pessimistic
    comment, no threat ("warned Iran it would face sanctions", "warned that looters will be prosecuted",
    "the militia warned the villagers")."""
    return bool(lexicon.warnings.fullmatch(text, t_start, t_end)) and not any(
        t >= t_end and lexicon.name[kind] in lexicon.forceful for t, _, kind in hits) \
        and not (lexicon.reprisals and lexicon.reprisals.search(text, t_end, end)) \
        and not (lexicon.armed and lexicon.armed.search(text, start, t_start))


def _named(start: int, end: int, mentions, mention_starts: list[int]) -> bool:
    """True when text[start:end] lies inside a name (`mentions`, sorted by their `mention_starts`): a word
    of "Shane Warne", "Reporters Without Borders" or "the Commission on Terrorist Attacks" names, it
    reports nothing happening (but a disaster is named by its own: "Hurricane Katrina", "H1N1"; a death is
    not: "la mer Morte")."""
    index = bisect_right(mention_starts, start) - 1
    return index >= 0 and mentions[index].end >= end


def _titled(text: str, start: int, determiners: re.Pattern) -> bool:
    """True when the trigger word at text[start] is capitalized right after a determiner (`determiners`):
    where common nouns take no capital, it opens a name ("du Rassemblement national", "l'Appel du 18 juin",
    "une étude du Secours catholique"), which reports nothing happening."""
    return text[start].isupper() and text[start + 1:start + 2].islower() \
        and determiners.search(text, max(0, start - TITLED_REACH), start) is not None


def _main_type(text: str, start: int, end: int, hits: list[tuple[int, int, str]], lexicon: _Lexicon) -> str:
    """The type a sentence reports, from its triggers `hits` ((start, end, type) in text order; the
    sentence spans text[start:end]).

    Types rank as events.json lists them: people fleeing or being attacked tell more than the
    support or the statements around them ("soutenues par l'aviation russe"). But a trigger governed
    by an appeal, talks, a threat… to its left names what is asked, discussed or threatened, not what
    happened: it gives way to its governor. A statement governs only what it names by a noun or a
    conditional clause ("a réaffirmé la nécessité d'une offensive"); a governing trigger it reports
    ("a annoncé être en pourparlers") speaks for the sentence. A governor that is an infinitive or
    a gerund ("pour réclamer", "appelant à") types the sentence only when nothing else does. What a
    purpose phrase names ("des renforts en vue d'une offensive") is prepared, not done: it types the
    sentence only when nothing else does.
    """
    clauses = lexicon.clauses
    order = lexicon.order
    if len(hits) == 1:
        return hits[0][2]
    prospective = _prospective(text, start, end, hits, clauses)
    if prospective:
        hits = [hit for hit in hits if hit[0] not in prospective] or hits
    if clauses.grounds and any(kind in clauses.charged for _, _, kind in hits):
        hits = _without_grounds(text, hits, clauses)
        if len(hits) == 1:
            return hits[0][2]
    if len(hits) == 1 or not any(kind in clauses.governing for _, _, kind in hits):
        return min((kind for _, _, kind in hits), key=order.__getitem__)
    reported, weak, attributed = [], [], []
    governor = None  # the nearest trigger to the left that governs what follows it
    # An apposition before the main predicate ("accusée de soutenir Morsi, a été conspuée") tells who
    # the subject is; what its governing verb says types the sentence only when nothing else does (a
    # noun there is the subject: "La conférence …, a été interrompue").
    predicate = False  # not looked for yet: most sentences have no governing verb to place
    for start, stop, kind in hits:
        form = _form(text, start, stop, clauses)
        by = governor
        if by is not None and clauses.breaks and clauses.breaks.search(text, by[1], start):
            by = None
        # Backing expressed is what a statement says: "a réaffirmé son soutien" is SUPPORT.
        governed = by is not None and not (by[2] in clauses.attributive and kind in clauses.expressed) \
            and _governs(text, by, form, start, end, clauses)
        through_statement = governed and by[2] in clauses.attributive
        if kind in clauses.attributive:
            if form == NOUN:
                continue  # "selon", "un communiqué": an attribution that governs nothing
            if not governed:
                attributed.append(kind)
            governor = (start, stop, kind, form)
        elif kind in clauses.governing:
            if not governed or through_statement:
                if predicate is False and form == VERB:
                    predicate = clauses.predicate.search(text, start, end) if clauses.predicate else None
                apposed = form == VERB and predicate is not None and stop <= predicate.start()
                (weak if form == NONFINITE or apposed else reported).append(kind)
            governor = (start, stop, kind, form)
        elif not governed:
            reported.append(kind)
    pool = reported or weak or attributed or [kind for _, _, kind in hits]
    return min(pool, key=order.__getitem__)


def _negated(text: str, start: int, end: int, t_start: int, t_end: int, lexicon: _Lexicon,
             attributive: bool = False) -> bool:
    """True when a negation stands in the clause of the main trigger text[t_start:t_end] of the sentence
    text[start:end]: "l'armée n'a pas bombardé", not "les frappes ont tué douze civils, mais l'armée
    n'a pas confirmé le bilan" (another clause negated) nor "avant qu'il ne parte" (an expletive "ne",
    which the words of `negation` leave out). What an `attributive` trigger (a statement) reports
    follows it: a negation there is what was said ("selon lui, la Tessie ne veut pas", "said it would
    not"), not a statement denied ("n'a pas déclaré"), and so is one before it when the statement follows
    what it reports ("« Nous ne céderons pas », a déclaré"). A word of `preceding` ("sans", "without")
    negates only a trigger after it. A clause closed by a comma before the trigger, inserted or fronted
    ("Les rebelles, qui n'avaient pas…, ont attaqué", "Si les troupes ne se retiraient pas, l'armée
    attaquerait"), negates nothing of it, nor does the main clause one holding it ("Les miliciens, qui ont
    attaqué Lormes, ne sont pas revenus", `_closed`). Nor does a negation of what is said or done about a deed named
    after a definite determiner, taken as given ("ne cautionnait pas les attaques", `_presupposed`)."""
    first = lexicon.negation.search(text, start, end)
    if not first:
        return False  # most sentences: no clause to bound
    left, right = start, end
    if lexicon.negation_bounds:
        # A bound before the first negation and the trigger moves no clause's edge past a negation.
        low = max(start, min(first.start(), t_start) - BOUND_CONTEXT)
        for bound in lexicon.negation_bounds.finditer(text, low, end):
            if bound.end() <= t_start:
                left = bound.end()
            elif bound.start() >= t_end:
                right = bound.start()
                break
    left, right = _closed(text, start, left, right, t_start, t_end, lexicon.closed_negation)
    negations = lexicon.negation.finditer(text, left, right)
    if lexicon.preceding:
        # "sans"/"without" after the trigger tells the manner of a deed done ("appelle à poursuivre le
        # combat sans hésitation", "attacked without warning"), not a deed undone; before it, it negates
        # only the phrase it opens, or the list ("without food, water or shelter").
        negations = [negation for negation in negations
                     if not lexicon.preceding.match(text, negation.start())
                     or (negation.start() < t_start and (_PRECEDING_PHRASE.fullmatch(text, negation.end(), t_start)
                                                         or _listed(text, negation.end(), t_end, lexicon)))]
    if lexicon.claimed:
        # "Personne n'a revendiqué l'attaque", "no group has claimed the bombing": the negation bears on
        # the claim, not on the deed it names (unless the claim is the trigger: "did not claim").
        negations = [negation for negation in negations
                     if not _claims(lexicon.claimed.match(text, negation.end(), right), t_start)]
    if lexicon.presupposed and negations:  # a deed taken as given is looked for only when a negation is left
        determiner = lexicon.presupposed.search(text, max(start, t_start - BEFORE), t_start)
        if determiner and _form(text, t_start, t_end, lexicon.clauses) == NOUN:
            negations = [negation for negation in negations
                         if not _presupposed(text, negation, determiner.start(), t_start, lexicon)]
    if attributive:
        # A negation opening before the statement's verb denies it ("n'explique pas", "did not say"),
        # unless the statement follows what it reports ("…, n'a pas tenu ses promesses », affirmait X").
        return any(negation.start() < t_start and not _REPORTED_BEFORE.search(text, negation.end(), t_start)
                   for negation in negations)
    return any(True for _ in negations)


def _hypothetical(text: str, start: int, end: int, t_start: int, t_end: int, kind: str, lexicon: _Lexicon,
                  narrated: bool = False) -> bool:
    """True when a word of what may happen bears on the main trigger text[t_start:t_end], of type `kind`,
    of the sentence text[start:end]. What a `foretelling` trigger reports is the whole sentence ("warned
    that an attack could displace", "« … pourrait … », a déclaré"): any such word in it counts. Otherwise only
    one in the trigger's clause does (between the bounds around it, the bound opening it included: "if
    the army intervened"): not "pourrait" in a relative clause, nor "si la situation dégénérait" after a
    deployment done. A word of `hypothetical_object` ("fearing", "to avoid") bears only on a trigger
    after it in its phrase: "fled, fearing an assault" reports a flight done; one of `hypothetical_verb`
    ("whether", "wants to") only on a verb after it. Nor does one in a clause inserted between commas before the
    trigger ("Les rebelles, qui pourraient…, ont attaqué"), nor one of the main clause after such a clause that
    holds the trigger ("Les miliciens, qui ont attaqué Lormes, pourraient revenir", `_closed`).
    In a sentence that tells a past in the future tense (`narrated`: "En 1982, l'armée écrasera la révolte"), no
    future counts."""
    first = lexicon.hypothetical.search(text, start, end)
    if not first:
        return False  # most sentences: no clause to bound
    left, right = start, end
    bounds = None if kind in lexicon.clauses.foretelling else lexicon.hypothetical_bounds
    if bounds:
        low = max(start, min(first.start(), t_start) - BOUND_CONTEXT)
        for bound in bounds.finditer(text, low, end):
            if bound.end() <= t_start:
                if not (_quoted_fragment(text, start, bound, lexicon.hypothetical)
                        and _form(text, t_start, t_end, lexicon.clauses) != NOUN):
                    left = bound.start()
            elif bound.start() >= t_end:
                right = bound.start()
                break
        left, right = _closed(text, start, left, right, t_start, t_end, lexicon.closed, lexicon.closed_moods)
    objects = lexicon.hypothetical_object
    nonfinite = lexicon.clauses.nonfinite
    # What a statement tells in the future is an intention told (« Nous ne reculerons pas », a déclaré),
    # unless the statement itself is to come ("déclarera", "va faire une déclaration"); what a threat
    # tells may happen. The cue is matched in place: its pattern may look behind it ("they 'll").
    attributive = kind in lexicon.clauses.attributive
    future = lexicon.future if attributive else None
    verbal = lexicon.hypothetical_verb
    for cue in lexicon.hypothetical.finditer(text, left, right):
        if narrated and lexicon.future.fullmatch(text, cue.start(), cue.end()):
            continue  # "En 1982, l'armée écrasera la révolte": a past told in the future tense
        if lexicon.asked and lexicon.asked.fullmatch(text, cue.start(), cue.end()):
            # A question asks whether its verb's deed happened ("Did the militia shell Redhill?", "L'armée
            # a-t-elle tiré ?") when the "?" ends the trigger's clause; not whether a deed it names by a noun
            # did ("Has the curfew been lifted?"), nor does a question opening on a question word ("Why did
            # the army fire?", "Pourquoi l'armée a-t-elle tiré ?"), which takes the deed as given: such a word is
            # looked for from the sentence's start, since "Pourquoi est-ce que" opens before the bound "que".
            if cue.start() > t_start or "," in text[cue.end():t_start] or not _ASKED.match(text, t_end, right) \
                    or (lexicon.question_words and lexicon.question_words.search(text, start, cue.start())) \
                    or _form(text, t_start, t_end, lexicon.clauses) == NOUN:
                continue
            return True
        if lexicon.continuing and not attributive and (lexicon.continuing.fullmatch(cue.group())
                                                       or lexicon.continuing_after.match(text, cue.end())):
            continue  # "continuera à verser une aide", "the fighting will continue": a deed under way goes on
        if future and cue.start() != t_start and future.fullmatch(text, cue.start(), cue.end()) \
                and not (cue.end() <= t_start and _NEAR.fullmatch(text, cue.end(), t_start)):
            continue
        if attributive and lexicon.habit and lexicon.habit.match(text, cue.start()) \
                and not _next_to(text, cue.start(), cue.end(), t_start, t_end):
            continue  # a habit a statement reports is what it says: "« Ils attaquent souvent », a-t-il dit"
        if objects and objects.fullmatch(cue.group()):
            # A fear's gerund is the trigger itself only as the motive of what follows ("Craignant des
            # dérapages, Washington a annoncé"); the verb is ("L'ONU redoute un exode").
            if cue.start() > t_start or "," in text[cue.end():t_start] \
                    or (cue.start() == t_start and nonfinite and nonfinite.fullmatch(cue.group())):
                continue
        if verbal and verbal.fullmatch(cue.group()) and (
                attributive or cue.start() > t_start or "," in text[cue.end():t_start]
                or _form(text, t_start, t_end, lexicon.clauses) == NOUN):
            # An indirect question asks whether its verb's deed happens ("did not say whether troops
            # attacked"), a wish wants its verb's ("wants to retake the town"), not whether a statement
            # around it was made ("she would not say whether…"), nor whether a deed it names did:
            # "unclear whether the killings were the militia's work", "do not want to lose the support".
            continue
        return True
    return False


def _next_to(text: str, start: int, end: int, t_start: int, t_end: int) -> bool:
    """True when text[start:end] and the trigger text[t_start:t_end] stand next to each other, spaces apart."""
    return not (text[end:t_start] if end <= t_start else text[t_end:start] if t_end <= start else "x").strip()


def _quoted_fragment(text: str, start: int, bound: re.Match, cues: re.Pattern) -> bool:
    """True when `bound` is the closing quotation mark of a fragment quoted inside a clause of the sentence
    opening at `start`: its quotation opens in the sentence and holds no word of `cues` ('if the mission
    "succeeds" and the troops withdraw' is one clause, its cue bearing on the verb after the fragment; a
    noun there may be another verb's object: 'would pay "fair" claims from the spill'). A quotation holding
    a cue ends with its clause ('"I do not know if he will," a protester said')."""
    opening = _OPENING_QUOTES.get(bound.group())
    at = text.rfind(opening, start, bound.start()) if opening else -1
    return at >= 0 and not cues.search(text, at, bound.start())


def _narrated(text: str, start: int, dated: list, year: int, lexicon: _Lexicon) -> bool:
    """True when the sentence opening at `start`, whose dated expressions are `dated` (in text order), tells a
    past in the future tense: it opens on the first, after the words of `narrated` only and set apart by a
    comma ("En 1982, l'armée écrasera la révolte"), and every one lies in a year before `year`, the
    article's. A date at or after it ("…, et sera jugé en mars") leaves a future to come."""
    if not dated or not lexicon.narrated.fullmatch(text, start, dated[0].start) \
            or not _SET_APART.match(text, dated[0].end):
        return False
    return all(t.value[:4].isdigit() and int(t.value[:4]) < year for t in dated)


def _listed(text: str, opening: int, t_end: int, lexicon: _Lexicon) -> bool:
    """True when the trigger ending at `t_end` is an item of the list a negation ending at `opening`
    opens: short items between commas, the last after a coordinator ("without a warrant, a lawyer or the
    approval of a judge", "sans eau, nourriture ou aide")."""
    listed = lexicon.listed.match(text, opening) if lexicon.listed else None
    return listed is not None and t_end <= listed.end()


def _closed(text: str, start: int, left: int, right: int, t_start: int, t_end: int,
            closed: re.Pattern | None, moods: re.Pattern | None = None) -> tuple[int, int]:
    """Where the clause of the trigger text[t_start:t_end] opens and ends, within `left` and `right`, against
    the last clause inserted or fronted before it in text[start:t_start], whose first comma closes it. A
    clause closed before the trigger bears on its own verb ("Les rebelles, qui pourraient négocier, ont
    attaqué", "Si les troupes ne se retiraient pas, l'armée attaquerait"): the trigger's opens past its comma.
    A clause holding the trigger is all of it: it ends at that comma, and what stands before or after it tells
    the main clause's verb ("Les miliciens, qui ont attaqué Lormes, ne sont pas revenus", "When the militia
    attacked, the army did not respond", "Despite the strikes, the talks could resume"), but one opened by a
    word of `moods`, which shares the main clause's mood ("When the oil reaches the marsh, the grass will die")."""
    if closed is None:
        return left, right
    opening = None
    for opening in closed.finditer(text, start, t_start):
        pass
    if opening is None:
        return left, right
    comma = text.find(",", opening.end(), t_start)
    if comma >= 0:
        return max(left, comma + 1), right
    if moods and moods.search(opening.group()):
        return left, right
    comma = text.find(",", t_end, right)
    return max(left, opening.start()), comma if comma >= 0 else right


def _presupposed(text: str, negation: re.Match, determiner: int, t_start: int, lexicon: _Lexicon) -> bool:
    """True when `negation` leaves the trigger noun at `t_start`, after a definite determiner at `determiner`,
    happened: "ne cautionnait pas les attaques", "did not condone the attacks", "n'y a pas de victimes
    après les frappes" deny what is said or done about a deed taken as given. Not when the verb the
    negation bears on, inside it ("n'a pas l'appui"), in the few words after it ("n'a pas lancé
    l'offensive", "did not carry out the strikes") or after a negated subject ("aucun pays n'a donné son
    accord"), is one that performs, gives or has the deed: it denies the deed itself."""
    if negation.start() >= t_start:
        # A negation after the deed, of the verb it or its phrase is the subject of ("the origin of the blast
        # has not been established", "les causes de sa mort n'ont pas été établies"), denies what is said of
        # it, unless that verb tells it happen ("the meeting did not take place", "n'a pas eu lieu").
        return not (lexicon.happening and (lexicon.happening.search(negation.group())
                                           or lexicon.happening.match(text, negation.end())))
    if negation.end() > t_start:
        return False  # a clitic before the negated verb ("ne les attaquent pas")
    verb = text[negation.end():determiner].split()
    subject = lexicon.subject_negation and lexicon.subject_negation.match(negation.group())
    if len(verb) > PRESUPPOSED_REACH and not subject:
        return True
    verb = " ".join(verb) if verb else negation.group()
    return not (lexicon.performing and lexicon.performing.search(verb))


def _claims(claim: re.Match | None, t_start: int) -> bool:
    """True when `claim`, a claim's verb or noun found after a negation, is not the trigger at
    `t_start` itself."""
    return claim is not None and claim.start("claim") != t_start


def _without_grounds(text: str, hits: list[tuple[int, int, str]], clauses: _Clauses) -> list[tuple[int, int, str]]:
    """`hits` without the triggers in a phrase naming the grounds of a `charged` trigger before them
    ("sentenced to two years in jail for the murder of a young farmer", "arrêté pour le meurtre d'un
    jeune fermier"): the sentence reports the sentence or the arrest, the harm is what it is for. The
    phrase holds the first trigger at most `GROUNDS_REACH` words after its opening and those after it up
    to a comma or a break ("arrested for looting, and the riots killed two" reports the killing too)."""
    kept = []
    charged = None  # end of the last charged trigger
    grounds = None  # end of the last trigger of a phrase naming grounds
    for hit in hits:
        if grounds is not None and not _ends_phrase(text, grounds, hit[0], clauses):
            grounds = hit[1]
            continue
        grounds = None
        if charged is not None and not _ends_phrase(text, charged, hit[0], clauses):
            opening = None
            for opening in clauses.grounds.finditer(text, charged, hit[0]):
                pass
            if opening and _GROUNDS_NEAR.fullmatch(text, opening.end(), hit[0]):
                grounds = hit[1]
                continue
        if hit[2] in clauses.charged:
            charged = hit[1]
        kept.append(hit)
    return kept or hits


def _ends_phrase(text: str, start: int, end: int, clauses: _Clauses) -> bool:
    """True when a comma or a break stands in text[start:end]."""
    return "," in text[start:end] or bool(clauses.breaks and clauses.breaks.search(text, start, end))


def _prospective(text: str, start: int, end: int, hits: list[tuple[int, int, str]], clauses: _Clauses) -> set[int]:
    """The starts of the triggers of text[start:end] that a purpose phrase names: the first trigger at
    most `PURPOSE_REACH` words after "en vue d'", "pour préparer", "ahead of", "in preparation for"…,
    and the triggers after it up to a break or a verb ("en vue d'une offensive et de frappes" names
    two things prepared; "…, et a bombardé" tells one done)."""
    if clauses.purpose is None:
        return set()
    named: set[int] = set()
    for phrase in clauses.purpose.finditer(text, start, end):
        following = [hit for hit in hits if hit[0] >= phrase.end()]
        if not following or not _NEAR.fullmatch(text, phrase.end(), following[0][0]):
            continue
        named.add(following[0][0])
        previous = following[0][1]
        for t_start, t_stop, _ in following[1:]:
            if (clauses.breaks and clauses.breaks.search(text, previous, t_start)) \
                    or _form(text, t_start, t_stop, clauses) == VERB:
                break
            named.add(t_start)
            previous = t_stop
    return named


def _governs(text: str, governor: tuple[int, int, str, str], form: str, start: int, end: int,
             clauses: _Clauses) -> bool:
    """True when the trigger at `start`, of `form`, is a complement of `governor` ((start, end,
    type, form), in a sentence ending at `end`) rather than something the sentence reports."""
    if governor[3] == NOUN:
        # A noun's complement is a noun ("pourparlers sur un cessez-le-feu"); a verb after it belongs
        # to another clause ("Alors que des pourparlers s'ouvrent, les troupes continuent à bombarder").
        return form == NOUN
    attributive = governor[2] in clauses.attributive
    if attributive and clauses.telling and _object(text, start, form, clauses) \
            and clauses.telling.fullmatch(text, governor[0], governor[1]):
        # "residents reported heavy shelling", "said the strikes targeted depots": the object of such
        # a verb is what happened, unless in the conditional ("said the offensive would go on").
        return bool(clauses.conditional and clauses.conditional.search(text, governor[1], end))
    if form in (VERB, PERFECT):
        # "a affirmé avoir repris", "said its forces had captured": what a statement reports
        # happened; "accuse l'armée d'avoir bombardé", "denied that its aircraft had struck" did not.
        return not attributive
    if attributive and clauses.opener:
        clause = clauses.opener.search(text, governor[1], start)
        if clause:
            # "a indiqué que les combats ont fait 40 morts" reports the fighting; a clause in the
            # conditional ("que la Norlande répondrait à toute attaque") does not.
            return bool(clauses.conditional and clauses.conditional.search(text, clause.end(), end))
    return True


def _object(text: str, start: int, form: str, clauses: _Clauses) -> bool:
    """True when the trigger at `start`, of `form`, can be a verb's object: a noun or a gerund ("reported
    heavy shelling"), not an infinitive ("claim they are paid to attack")."""
    if form == NOUN:
        return True
    return form == NONFINITE and not (
        clauses.before_nonfinite and clauses.before_nonfinite.search(text, max(0, start - BEFORE), start))


def _form(text: str, start: int, end: int, clauses: _Clauses) -> str:
    """The form of the trigger text[start:end] in its clause: PERFECT ("d'avoir bombardé", "having
    shelled"), NONFINITE (an infinitive, a gerund, "to"/"could" + verb), NOUN (after a determiner or
    a preposition, after a date or names it follows: "the March strikes", "the Redhill spill", or by its ending)
    or else VERB (a finite verb or a participle: "redoute", "bombardé")."""
    before = text[max(0, start - BEFORE):start]
    if clauses.before_perfect and clauses.before_perfect.search(before):
        return PERFECT
    word = _TOKEN.match(text, start, end)
    word = word.group() if word else text[start:end]
    if clauses.nonfinite and clauses.nonfinite.fullmatch(word):
        return NONFINITE
    if clauses.before_nonfinite and clauses.before_nonfinite.search(before):
        return NONFINITE
    if clauses.before_noun and clauses.before_noun.search(before):
        return NOUN
    if clauses.named_noun and clauses.named_noun.search(before) \
            and not (clauses.finite and clauses.finite.fullmatch(word)):
        return NOUN
    if clauses.noun and clauses.noun.fullmatch(word):
        return NOUN
    return VERB


def is_anaphoric(text: str, lang: str | None) -> bool:
    """True when `text` opens on a pronoun ("Il a souligné…") and needs the previous sentence."""
    return bool(_lexicon(lang).anaphora.match(text))


def _participants(mentions, end, names) -> tuple[list[dict], list[dict]]:
    """Actors (people, organizations, capitals speaking for governments) and places among the
    mentions starting in a span that ends at `end`."""
    actors: dict[str, dict] = {}
    places: dict[str, dict] = {}
    for mention in mentions:
        if mention.end > end:
            continue
        entity = names.get(mention.entity)
        name = entity.name if entity else mention.text
        record = {"id": mention.entity, "name": name,
                  "type": entity.type if entity else mention.type,
                  "key": entity_key(entity) if entity else skeleton(name)}
        if record["type"] == "place" and not mention.metonymy:
            places.setdefault(record["key"], record)
        else:
            actors.setdefault(record["key"], record)
    return list(actors.values()), list(places.values())


def entity_key(entity: Entity) -> str:
    """A key under which one actor or place meets itself across documents: its knowledge-base or
    gazetteer id when it has one, else the consonant frame of its name (spelling-blind)."""
    if entity.kb_id:
        return f"kb:{entity.kb_id}"
    if entity.geo and entity.geo.geonames_id:
        return f"gn:{entity.geo.geonames_id}"
    return skeleton(entity.name)


def _event_id(doc: str, start: int) -> str:
    return "ev-" + hashlib.sha1(f"{doc}:{start}".encode()).hexdigest()[:12]
