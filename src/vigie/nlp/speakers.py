"""Who is speaking: a noun phrase, pronoun or title near a reporting verb, resolved to a speaker.

`SpeakerResolver` is built once per document from the names extractor's mentions
and entities. When those are empty it falls back to capitalized name spans found
by a regex, so quotes still get a speaker text. The word lists (pronouns, titles,
anonymous heads, determiners) are data in `lang/<code>/quotes.json`.
"""
from __future__ import annotations

import bisect
import re
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache

from vigie import lang as resources
from vigie.model import Document, Entity, Mention, Speaker
from vigie.nlp.name_lexicon import is_national
from vigie.nlp.namekey import fold
from vigie.nlp.patterns import WordList, trie_pattern, word_list

# How many sentences back a pronoun or a title looks for its antecedent; news
# writing names the speaker within the last few sentences.
ANTECEDENT_SENTENCES = 4
# How far after a title its person's name may come ("le secrétaire d'Etat américain, Daniel Whitford").
TITLE_NAME_WINDOW = 60
# Words an organization anaphor may add to its head ("l'agence onusienne", "the UN agency").
ORGANIZATION_ANAPHOR_EXTRA_WORDS = 2
# An organization's noun phrase up to this many words is kept whole as the speaker's text.
MAX_ORGANIZATION_WORDS = 10
# How far after an honorific's period its name may start ("M. Frattini", "M.  Ibrahim").
HONORIFIC_NAME_CHARS = 40
# A subject noun phrase longer than this is a clause, not a speaker.
MAX_SPEAKER_CHARS = 120
# Words allowed between the determiner introducing an unnamed person and the title
# ("a senior Obama administration official", "un haut responsable"), and the characters they may span.
MAX_UNNAMED_LEAD_WORDS = 4
# The longest noun phrase a person's name completes as its speaker ("le conseiller spécial de Nicolas
# Sarkozy"); longer ones are clauses more often than not ("Comment ne pas penser à Karim Nadir").
MAX_COMPLEMENTED_WORDS = 3
# Words of a title set before a name ("the ousted Libyan leader").
MAX_APPOSED_TITLE_WORDS = 4
UNNAMED_LEAD_CHARS = 80
# The letters a demonym shares with every form of its country's name ("algérien", "Algérie"; "vénézuélien",
# "Venezuela"; "français", "France"), compared unaccented.
NATIONAL_STEM = 5
# How far before a title the words qualifying it are read ("the Venezuelan president").
NATIONAL_LEAD_CHARS = 40
# Capitalized words of a fallback name: "Abou Naser", "Hayat Tahrir al-Cham", "l'OSDH".
_UPPER = "A-ZÀ-ÖØ-Þ"
_CAP_WORD = rf"[{_UPPER}][\w’'-]*\w|[{_UPPER}]\.?"


# A comma and an optional article between a name and the title apposed to it.
_APPOSED = re.compile(r"\s*,\s*(?:l['’]|le\s+|la\s+|the\s+|an?\s+)?")
# A lone capital, with or without its period: "M" of a cut "M. Frattini", "F".
_INITIAL = re.compile(rf"[{_UPPER}]\.?")
_WORD_SPAN = re.compile(r"[\w'’-]+")
# Between a title and the name it introduces: "a commander, Colonel …", "un responsable, Ali …".
_BEFORE_APPOSED_NAME = re.compile(r"[\s,]*")
# A word before a title, its periods kept ("U.S.").
_LEAD_WORD = re.compile(r"[\w.'’-]*\w\.?")
# A dash set between spaces parts a heading or a dateline from the sentence ("May 29 - BP said").
_SPACED_DASH = re.compile(r"\s(?:-{1,2}|–|—)\s+")
# Brackets as written or as tokenized text spells them, and the marks around a region that are no words.
_OPENING_BRACKET = re.compile(r"-LRB-|\(")
_CLOSING_BRACKET = re.compile(r"-RRB-|\)")
# A lower-case prefix glued to a name by a hyphen ("anti-Kadhafi", "pro-Morsi", "ex-Gaddafi"), read within
# this many characters before the name.
_PREFIXED = re.compile(r"(?<![\w-])[a-zà-ÿ]{2,5}-$")
PREFIX_CHARS = 8
_LEAD_MARKS = re.compile(r"(?:[\s,*|\u00a0]|-(?!\w)|[–—])*")
_TRAIL_MARKS = re.compile(r"(?:[\s,.;:*|\u00a0]|-LRB-|\()+$")
_TRAIL_DASHES = re.compile(r"(?:\s|(?<!\w)-+|[–—])+$")
# Articles belong to the speaker's words ("le porte-parole", "the council"): they are not skipped.
_ARTICLES = frozenset({"le", "la", "les", "the", "a", "an", "on"})
# Quote marks, tokenized ones included (`` and ''); a lone apostrophe is an elision or a possessive.
# A mark ending the phrase a title and its person's name share.
_PHRASE_BREAK = re.compile(r"[.;:!?«»“”\"()\n]")
_QUOTE_MARK = re.compile(r"[«»“”\"]|``|''")
# An English possessive after a name or a title, as written or tokenized ("Gaddafi's", "Gaddafi 's"), a
# name ending in s taking the apostrophe alone ("Harris' aides", "Harris ' aides").
_POSSESSED = re.compile(r"\s?['’]s\s+\w|(?<=s)\s?['’]\s+\w")


@dataclass
class Name:
    """A name span, from a mention or from the fallback regex."""

    start: int
    end: int
    text: str
    type: str  # person | organization | place | unknown
    entity: str | None
    metonymy: bool = False
    nominal: bool = False  # a title standing for a named person ("the town's mayor")


@dataclass
class Shape:
    """Word lists that tell a speaker that names someone from a fragment of the sentence
    around the verb ("de bloguer plutôt sur", "Curieux destin d'une mairie qui")."""

    conjunctions: frozenset[str]
    prepositions: frozenset[str]
    clause_openers: frozenset[str]
    relatives: frozenset[str]
    trailing: frozenset[str]
    determiners: frozenset[str]
    abstract_heads: frozenset[str]
    head_last: bool
    # Adjectives standing before the head noun in a head-first language ("le même mode", "le nouveau ministre").
    prenominal: frozenset[str]
    # Speakers that are words, not initials ("I").
    generic: frozenset[str]
    # Abbreviations written with a period before a name ("M.", "Dr."): the period ends no speaker.
    honorifics: frozenset[str]
    # An age standing alone ("23 ans", "62"): an apposition, whose person is named before it.
    age: re.Pattern
    # Finite verbs and subject pronouns: a speaker holding one outside a relative clause is a clause.
    finite_verbs: frozenset[str]
    subject_pronouns: frozenset[str]

    def lead_conjunctions(self, region: str) -> int:
        """How many characters of `region` are conjunctions linking it to what came before
        ("et les rebelles", "And some people"): they are no part of the speaker."""
        at = 0
        for word in _WORD_SPAN.finditer(region):
            if word.group(0).lower() not in self.conjunctions:
                break
            at = word.end()
        return at

    def is_clause(self, text: str) -> bool:
        """True when `text` has a verb or a subject of its own ("NRX has failed to share its pipe
        data", "we finally gathered in the green room", "the end I"): a clause, not a noun phrase naming
        someone. A relative pronoun opens a clause inside the noun phrase ("the former port chief who has
        been named", "un responsable qui a requis l'anonymat")."""
        words = text.replace("’", "'").split()
        if len(words) < 2:
            return False
        for word in words:
            if word.lower() in self.relatives:
                return False
            if word in self.finite_verbs or word.lower() in self.subject_pronouns:
                return True
        return False

    def last_determined(self, text: str) -> int | None:
        """Where, in a `text` opening on a preposition, the last noun phrase opened by an article starts
        ("In early June the council" → "the council"); None when there is none after the first word."""
        words = list(_WORD_SPAN.finditer(text.replace("’", "'")))
        if not words or words[0].group(0).lower() not in self.prepositions:
            return None
        starts = [w.start() for w in words[1:] if w.group(0).lower() in _ARTICLES - {"on"}
                  or w.group(0).lower().startswith("l'")]
        return starts[-1] if starts else None

    def names_no_one(self, speaker: Speaker, pronouns: dict[str, str], *, indefinite: bool = False) -> bool:
        """True when `speaker`'s text is a prepositional phrase, a clause, a lone initial, a phrase
        cut after a determiner or a preposition, or an abstract noun, rather than a noun phrase
        naming a person, a group or a body. `indefinite` says the text opens with an indefinite
        determiner ("de nombreux", "de hauts responsables" reads as one in French)."""
        words = speaker.text.replace("’", "'").split()
        if not words or words[0].lower() in pronouns:
            return False
        if _QUOTE_MARK.search(speaker.text.lstrip("`'\"«»“” ")):
            # "«Le consulat d'Egypte", "called `` secret plan '' of March 2009": a quote mark inside
            # holds someone's words or a name of a thing, never who speaks (one before it closes a quote).
            return True
        if len(words) == 1 and words[0].lower() in _ARTICLES:
            # "La demande … « est un premier pas »": a lone article is the speaker's noun cut off.
            return True
        first, last = words[0], words[-1]
        opener = "qu'" if first.lower().startswith("qu'") else first.lower()
        # "WHO" is a body, "who" a clause; "de nombreux témoins" an indefinite source, "de bloguer" a fragment.
        acronym = len(first) > 1 and first.isupper()
        if not acronym and (opener in self.prepositions and not indefinite or opener in self.clause_openers):
            return True
        if last in self.relatives or (len(words) > 1 and last.lower() in self.trailing):
            return True
        if _INITIAL.fullmatch(speaker.text.strip()) and speaker.text.strip().lower() not in self.generic:
            return True
        if self.age.fullmatch(speaker.text.strip()):
            return True
        if speaker.entity is None:
            content = [w.lower() for w in words if w.lower() not in self.determiners]
            content = [w.split("'", 1)[-1] for w in content]
            if self.head_last:
                before = next((i for i, w in enumerate(content) if w in self.prepositions), len(content))
                heads = content[before - 1:before] if before else []
            else:
                # The first word, past an adjective before the head ("le même mode opératoire").
                heads = content[1:2] if content[:1] and content[0] in self.prenominal else content[:1]
            if any(head in self.abstract_heads for head in heads):
                return True
        return False


@dataclass
class Cues:
    """Compiled speaker cues for one language."""

    pronouns: dict[str, str]
    # Pronouns only a person is ("he", "she"; the French "il" is also "le ministère"), and those
    # no person is ("it").
    person_pronouns: frozenset[str]
    thing_pronouns: frozenset[str]
    titles: re.Pattern
    title_scan: WordList
    anonymous: frozenset[str]
    indefinite: re.Pattern
    # "one of the officials", "l'un des témoins": one person, whatever the head's number.
    singular_partitive: re.Pattern
    # Determiners of several people or bodies ("les", "des", "several"): a phrase they open is plural.
    plural_determiners: frozenset[str]
    skip: re.Pattern
    function_words: frozenset[str]
    name: re.Pattern
    organization_anaphor: re.Pattern
    complement: re.Pattern
    # The verb's words after a speaker's noun phrase ("une femme dans son reportage"), and its
    # time closing the phrase ("le ministère de la Santé mercredi"; not "le Journal du Dimanche").
    tails: re.Pattern
    time_tail: re.Pattern
    # Determiners introducing one unnamed person ("a senior official", "un haut responsable").
    unnamed: frozenset[str]
    # Prepositions after which a name completes the noun before it ("les partisans de M. Morsi",
    # "opponents of Morsi"): the speaker is that noun's phrase, not the person it names.
    noun_complements: frozenset[str]
    # Possessive determiners before a title ("son porte-parole", "his spokesman"): the title is a role held for
    # someone else, whom the document may name, but not who holds it.
    possessives: frozenset[str]
    # The gender of each singular pronoun ("elle": f), of a determiner before a title ("la juge": f), of
    # honorifics and nouns that tell it alone ("Mme", "Mr", "spokeswoman") and of common given names.
    pronoun_genders: dict[str, str]
    # News agencies ("Reuters", "AFP"): they report what others say, and no "he" or "they" is one of them.
    agencies: frozenset[str]
    # Nouns of a group a person's name qualifies ("the Obama administration", "le régime Assad").
    collective_heads: frozenset[str]
    # A present participle's endings and a plural noun's: "Villagers guarding …", "Les habitants fuyant …".
    participle_endings: tuple[str, ...]
    plural_endings: tuple[str, ...]
    gender_determiners: dict[str, str]
    gendered_words: dict[str, str]
    given_names: dict[str, str]
    shape: Shape


@cache
def _demonym_codes(lang: str | None) -> dict[str, str]:
    """Each form of a demonym, unaccented, to its country's code (the names extractor's lang/*/names.json)."""
    data = resources.load(lang if lang in ("fr", "en") else "fr", "names")
    return {fold(form): code for forms, code in data["demonyms"].items() if code
            for base in forms.split("|") for form in (base, base + "s")}


def _position(attributed: tuple[int, Speaker]) -> int:
    return attributed[0]


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True) if w)


@cache
def cues(lang: str | None) -> Cues:
    """The compiled speaker cues of `lang` (loaded once)."""
    lex = resources.load(lang, "quotes")
    particles = _alternation(lex["name_particles"])
    tails = _alternation(w.replace("’", "'") for w in lex["speaker_tails"])
    # Starting with the capital's character class lets re skip quickly to candidates;
    # a capital glued to a word or hyphen before it is dropped by the caller.
    name = re.compile(rf"(?:{_CAP_WORD})(?:(?:\s+|-)(?:(?:{particles})(?:\s+|-))?(?:{_CAP_WORD}))*")
    return Cues(
        pronouns={k.lower(): v for k, v in lex["pronouns"].items()},
        person_pronouns=frozenset(lex["person_pronouns"]),
        thing_pronouns=frozenset(lex["thing_pronouns"]),
        # A trie of the lowercased titles matches what their alternation, longest first, matched, at a
        # fraction of the cost of trying each title at each position.
        titles=re.compile(rf"(?<!\w)(?:{trie_pattern(w.lower() for w in lex['titles'])})(?!\w)", re.IGNORECASE),
        title_scan=word_list(lex["titles"]),
        anonymous=frozenset(w.lower() for w in lex["anonymous_heads"]),
        indefinite=re.compile(rf"^(?:{_alternation(lex['indefinite_determiners'])})(?:\s+|(?<=['’]))", re.IGNORECASE),
        singular_partitive=re.compile(rf"^(?:{_alternation(lex['singular_partitives'])})(?:\s+|(?<=['’]))", re.IGNORECASE),
        plural_determiners=frozenset(lex["plural_determiners"]) - {"de"},
        skip=re.compile(rf"(?:\s|,|(?:{_alternation(w for w in lex['skip_before_speaker'] if w.lower() not in _ARTICLES)})"
                        rf"(?!\w)|\d{{1,2}}\s+\w+(?=\s))*",
                        re.IGNORECASE),
        function_words=frozenset(lex["capitalized_function_words"]),
        name=name,
        organization_anaphor=re.compile(_alternation(w.lower() for w in lex["organization_anaphors"])),
        # "le ministre des Transports": a title with its own complement names one office.
        complement=re.compile(rf"\s*(?:{_alternation(lex['title_complements'])})(?:\s|(?<=['’]))", re.IGNORECASE),
        # A tail ends at a word's end, or opens the next word ("lors d'une").
        tails=re.compile(rf"(?:{tails})(?:(?<=[\s'])|(?!\w))", re.IGNORECASE),
        time_tail=re.compile(rf"(?:{_alternation(lex['speaker_time_tails'])})$"),
        unnamed=frozenset(w.lower() for w in lex["unnamed_introductions"]),
        noun_complements=frozenset(w.replace("’", "'") for w in lex["speaker_noun_complements"]),
        possessives=frozenset(lex["speaker_possessives"]),
        pronoun_genders=dict(lex["pronoun_genders"]),
        agencies=frozenset(w.lower() for w in lex["wire_agencies"]),
        collective_heads=frozenset(lex["collective_heads"]),
        participle_endings=tuple(lex["present_participle_endings"]),
        plural_endings=tuple(lex["plural_endings"]),
        gender_determiners=dict(lex["gender_determiners"]),
        # Honorifics keep their capital ("M." is no "m."); nouns are matched lowercased.
        gendered_words={(w if w[:1].isupper() else w.lower()): g for g, words in lex["gendered_words"].items()
                        for w in words},
        given_names={w: g for g, words in lex["given_names"].items() for w in words},
        shape=Shape(
            conjunctions=frozenset(lex["speaker_conjunctions"]),
            prepositions=frozenset(w.replace("’", "'") for w in lex["speaker_prepositions"]),
            clause_openers=frozenset(w.replace("’", "'") for w in lex["speaker_clause_openers"]),
            relatives=frozenset(lex["relative_pronouns"]),
            trailing=frozenset(w.replace("’", "'") for w in lex["speaker_trailing_determiners"]),
            determiners=frozenset(w.lower().replace("’", "'") for w in [*lex["indefinite_determiners"],
                                                                          *lex["noun_determiners"], *_ARTICLES]),
            abstract_heads=frozenset(lex["non_speaker_heads"]),
            head_last=lex["noun_head"] == "last",
            prenominal=frozenset(lex.get("prenominal_adjectives", ())),
            generic=frozenset(lex["generic_subjects"]),
            honorifics=frozenset(w if w.endswith(".") else w + "." for w in lex["person_honorifics"]),
            age=re.compile(rf"\d+(?:\s*(?:{_alternation(lex['age_units'])}))?", re.IGNORECASE),
            finite_verbs=frozenset(lex["speaker_finite_verbs"]),
            subject_pronouns=frozenset(lex["speaker_subject_pronouns"]),
        ),
    )


class SpeakerResolver:
    """Turns a text region into a `Speaker`, using the document's names."""

    def __init__(self, doc: Document, mentions: list[Mention], entities: list[Entity],
                 sentences: list[tuple[int, int]], verbs: re.Pattern | None = None):
        self.doc = doc
        # The reporting verbs: one between a title and a name parts them ("the official said Mubarak").
        self.verbs = verbs
        self.text = doc.text
        self.cues = cues(doc.lang)
        self.sentences = sentences
        self.sentence_starts = [s for s, _ in sentences]
        self.entities = {e.id: e for e in entities}
        self.from_mentions = bool(mentions)
        self._mentions = mentions
        self._names: list[Name] | None = None
        self._name_starts: list[int] = []
        self._titled: list[tuple[int, str, Name]] | None = None
        # Surnames of the persons the document names in full (found on first use).
        self._surnames: set[str] | None = None
        # Title → where it is written, and where the document introduces someone unnamed with it
        # ("a senior official"; found on first use).
        self._title_spans: dict[str, list[tuple[int, int]]] = {}
        self._unnamed: dict[str, list[int]] = {}
        # Spans of direct quotes: names inside them are not antecedents.
        self.quoted: list[tuple[int, int]] = []
        # Speakers already attributed, as (position, speaker): a pronoun right after
        # a quote most often refers back to its speaker.
        self.recent: list[tuple[int, Speaker]] = []
        self._recent_sorted: list[tuple[int, Speaker]] = []
        # The entities named in the clause whose attribution is being resolved (see `reporting`).
        self._reported: frozenset[str] = frozenset()
        # Entity id or span → the gender the text tells of that person, None when it tells none (found on first use).
        self._genders: dict[object, str | None] = {}
        self._by_entity: dict[str | None, list[Name]] | None = None

    def _fallback_names(self) -> list[Name]:
        names = []
        fw = self.cues.function_words
        text = self.text
        for m in self.cues.name.finditer(text):
            start = m.start()
            if start and (text[start - 1].isalnum() or text[start - 1] == "-"
                          or (text[start - 1] in "'’" and start > 1 and text[start - 2] not in "lLdD")):
                continue
            found = m.group(0)
            if found in fw:
                continue
            # Drop sentence-initial function words ("Le", "Selon") that only look like names.
            offset = 0
            for word in re.finditer(r"\S+", found):
                w = word.group(0)
                if w in fw or w.rstrip("'’") + "'" in fw:
                    offset = word.end()
                    continue
                break
            rest = found[offset:]
            lead = len(rest) - len(rest.lstrip())
            rest = rest.strip()
            if not rest:
                continue
            s0 = start + offset + lead
            kind = "person" if len(rest.split()) >= 2 and not rest.isupper() else "unknown"
            names.append(Name(s0, s0 + len(rest), rest, kind, None))
        return names

    @property
    def names(self) -> list[Name]:
        """The document's names: its mentions, or capitalized spans when it has none (found on first use)."""
        if self._names is None:
            if self._mentions:
                # A name glued to a prefix ("les combattants anti-Kadhafi", "des pro-Morsi") qualifies a
                # group; it names no one who speaks or is spoken of.
                self._names = sorted((Name(m.start, m.end, m.text, m.type, m.entity, m.metonymy, m.nominal)
                                      for m in self._mentions
                                      if not _PREFIXED.search(self.text, max(0, m.start - PREFIX_CHARS), m.start)),
                                     key=lambda n: n.start)
            else:
                self._names = self._fallback_names()
            self._name_starts = [n.start for n in self._names]
        return self._names

    @property
    def name_starts(self) -> list[int]:
        _ = self.names
        return self._name_starts

    def names_in(self, start: int, end: int) -> list[Name]:
        """Names lying inside [start, end)."""
        names = self.names
        i = bisect.bisect_left(self._name_starts, start)
        out = []
        while i < len(names) and names[i].start < end:
            if names[i].end <= end:
                out.append(names[i])
            i += 1
        return out

    def is_quoted(self, pos: int) -> bool:
        """True when `pos` lies inside a quoted span (top-level spans: sorted, not overlapping)."""
        i = bisect.bisect_right(self.quoted, (pos, float("inf"))) - 1
        return i >= 0 and self.quoted[i][0] <= pos < self.quoted[i][1]

    @contextmanager
    def reporting(self, start: int, end: int):
        """While the speaker of the clause text[start:end] is resolved: a pronoun attributing what that
        clause reports is none of the persons it names ("Marlow's songs shaped his childhood, he said",
        "Il a dit que Belkadi partirait": he is not Marlow, il is not Belkadi). A body may name itself
        ("The agency is ready to help, it said"), and a speaker his own words (direct speech is left out);
        a title names no one there ("he added that he remains the town's mayor")."""
        self._reported = frozenset(n.entity for n in self.names_in(start, end)
                                   if n.entity and n.type == "person" and not n.nominal)
        try:
            yield
        finally:
            self._reported = frozenset()

    def sentence_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)

    # -- resolution -------------------------------------------------------

    def from_region(self, start: int, end: int, *, subject_last: bool = False) -> Speaker | None:
        """The speaker named in text[start:end]: a name, a pronoun, a title or an anonymous source.

        `subject_last` prefers the name closest to the end (a subject just before
        its verb); otherwise the region starts with the speaker (after an inverted verb).
        A region that names no one (a prepositional phrase, a clause, an abstract noun) gives
        None: no speaker is better than a wrong one.
        """
        found = self._from_region(start, end, subject_last=subject_last)
        if found is None:
            return None
        if self.cues.shape.is_clause(found.text):
            # A name closing a clause before its verb is the verb's subject ("Relief stalls as they plead for
            # help The Red Cross estimates"); no other name inside a clause is ("NRX has failed to
            # share its pipe data, says the state …"): an unattributed quote is better than a fragment's.
            last = [n for n in self.names_in(found.start, found.end) if n.end == found.end and n.entity
                    and n.entity == found.entity] if subject_last else []
            return self._speaker(last[-1]) if last else None
        indefinite = self.cues.indefinite.match(found.text) is not None or self._indefinite_de(found.text)
        if not self.cues.shape.names_no_one(found, self.cues.pronouns, indefinite=indefinite):
            return found
        # The words around a resolved name are a fragment ("on NBC Obama", "au micro un des leaders
        # du mouvement Tamarrod"): the name they hold, already chosen as the speaker's entity, is its text.
        named = [n for n in self.names_in(found.start, found.end) if found.entity is not None
                 and n.entity == found.entity and not _INITIAL.fullmatch(n.text)]
        if named:
            return self._speaker(named[-1] if subject_last else named[0])
        # A phrase set before the subject without a comma ("In early June the council", "Au cours de la
        # réunion le ministre"): the subject is the last noun phrase its determiner opens.
        subject = self.cues.shape.last_determined(found.text) if found.start is not None else None
        if subject:
            again = self._from_region(found.start + subject, found.end, subject_last=subject_last)
            if again is not None and not self.cues.shape.names_no_one(again, self.cues.pronouns):
                return again
        return None

    def _indefinite_de(self, text: str) -> bool:
        """French "de" before an adjective and its plural noun is an indefinite article
        ("de hauts responsables", "de sources médicales"): the noun is a source's head."""
        words = text.lower().split()
        return len(words) >= 2 and words[0] == "de" and any(w in self.cues.anonymous for w in words[1:3])

    def _from_region(self, start: int, end: int, *, subject_last: bool) -> Speaker | None:
        text = self.text
        skip = self.cues.skip.match(text, start, end)
        if skip:
            start = skip.end()
        while start < end and text[start] in " ,\u00a0":
            start += 1
        start += self.cues.shape.lead_conjunctions(text[start:end])
        while start < end and text[start] in " ,\u00a0":
            start += 1
        start, end = self._past_brackets(start, end)
        end = self._past_honorific(start, end)
        tail = self.cues.tails.search(text[start:end].replace("’", "'"))
        if tail and tail.start() > 0:
            # "raconte une femme dans son reportage": the reportage is where she speaks, not who.
            end = start + tail.start()
        time = self.cues.time_tail.search(text, start, end)
        if time and time.start() > start and not self.cues.complement.fullmatch(
                " " + text[start:time.start()].rsplit(None, 1)[-1] + " "):
            # "le ministère de la Santé mercredi": the day is when she speaks ("le Journal du dimanche"
            # names the paper).
            end = time.start()
        if subject_last:
            # "July 15 - BP said", "12H15 - Soutien français - La France a": a heading set before the
            # subject by a spaced dash; "Norvik - a close ally of Vasko - warned": an apposition between two.
            region = text[start:end]
            # A dash between two numbers is a range ("(6 - 7 juillet 2013)").
            dashes = [d for d in _SPACED_DASH.finditer(region + " ")
                      if not (region[d.start() - 1:d.start()].isdigit() and region[d.end():d.end() + 1].isdigit())]
            if len(dashes) >= 2 and dashes[-1].end() > len(region):
                end = start + dashes[-2].start()
            elif dashes and dashes[-1].end() <= len(region) and region[dashes[-1].end():].strip():
                start += dashes[-1].end()
        trail = _TRAIL_DASHES.search(text, start, end)
        if trail is not None:
            # "the United Nations -": a dash after the subject opens what its verb is set apart from.
            end = trail.start()
        if start >= end or end - start > MAX_SPEAKER_CHARS and not subject_last:
            return None
        region = text[start:end]
        pronoun = self._pronoun(region, subject_last)
        if pronoun is not None:
            word, offset = pronoun
            return self.antecedent(start + offset, plural=self.cues.pronouns[word.lower()] == "pl",
                                   person=word.lower() in self.cues.person_pronouns,
                                   thing=word.lower() in self.cues.thing_pronouns,
                                   fallback=Speaker(word, start + offset, start + offset + len(word)))
        if self.cues.indefinite.match(region) and not self.cues.titles.match(region.split(" ", 1)[-1]):
            # An unnamed source keeps its own words, whatever names they hold:
            # "un journaliste de l'AFP", "des combattants pro-Kadhafi".
            return Speaker(region, start, end, None)
        names = [n for n in self.names_in(start, end) if n.type in ("person", "organization", "unknown")
                 or n.metonymy or n.type == "place"]
        persons = [n for n in names if n.type == "person"]
        title = self.cues.titles.search(region)
        if persons:
            chosen = persons[-1] if subject_last else persons[0]
            phrase = Speaker(region, start, end, None)
            if (self._completes_noun(start, end, chosen) or self._possessor(chosen, end)
                    or self._qualifies_group(start, end, chosen) or self._in_participle_phrase(start, chosen)) \
                    and not self.cues.shape.names_no_one(phrase, self.cues.pronouns):
                # "Les opposants à Morsi ont assuré", "le porte-parole de M. Morsi", "Gaddafi 's spokesman":
                # the phrase speaks ("selon les mots de Karim Nadir" names no one but him).
                return phrase
            return self._speaker(chosen)
        if title and (self._role_of_another(region[:title.start()])
                      or _POSSESSED.match(region, title.end())):
            # "son porte-parole", "l'entourage du président", "the president 's spokesman": the title
            # is a role the speaker holds for someone, or the role of someone the speaker's noun belongs
            # to; neither the person the title names nor the one spoken of last is who speaks.
            return Speaker(region, start, end, None)
        if title and self.cues.indefinite.match(region) is None:
            # "le procureur de la Cour pénale internationale", "the World Bank's representative":
            # a title an organization qualifies is that body's officer, not whoever was named last
            # ("le chef de l'Etat" is a title of its own).
            qualified = any(n.type == "organization" and not start + title.start() <= n.start < start + title.end()
                            for n in names)
            resolved = self.resolve_title(start + title.start(), region[title.start():], salient=not qualified)
            if resolved is not None:
                return Speaker(text[start:end], start, end, resolved.entity) if resolved.entity else resolved
        if names and not self.from_mentions:
            # Fallback names are bare capitalized words: the noun phrase says more
            # ("l'Observatoire syrien des droits de l'homme", "les présidents russe et turc").
            return Speaker(region, start, end, None)
        if names:
            orgs = [n for n in names if n.type != "place" or n.metonymy]
            if not orgs:
                # A capital standing for its government ("Washington a jugé"), or a phrase
                # that merely contains a place ("des commerçants de Nairobi").
                alone = len(names) == 1 and region.lower().endswith(names[0].text.lower()) \
                    and len(region.split()) <= len(names[0].text.split()) + 1
                return self._speaker(names[0]) if alone else Speaker(region, start, end, None)
            chosen = orgs[-1] if subject_last else orgs[0]
            # "le chef de l'ONU" is the chief, not the UN: keep the title's text.
            if title and title.start() < chosen.start - start:
                return Speaker(text[start:end], start, end, None)
            if chosen.type == "organization" and len(region.split()) <= MAX_ORGANIZATION_WORDS:
                # An organization's own words say more than a clipped mention:
                # "l'Autorité de gestion des catastrophes (AFAD)".
                return Speaker(region, start, end, chosen.entity)
            return self._speaker(chosen)
        anaphor = self.cues.organization_anaphor.match(region.lower())
        if anaphor and len(region.split()) <= len(anaphor.group(0).split()) + ORGANIZATION_ANAPHOR_EXTRA_WORDS:
            # "l'agence", "the company", "l'agence onusienne": the organization named last.
            # A national one ("l'armée syrienne") names its own body unless the antecedent
            # bears its head noun.
            head = re.split(r"[\s'’]", anaphor.group(0))[-1]
            national = any(is_national(w, self.doc.lang) for w in region.split()[len(anaphor.group(0).split()):])
            for k in range(self.sentence_index(start), max(-1, self.sentence_index(start) - ANTECEDENT_SENTENCES - 1), -1):
                s, e = self.sentences[k] if self.sentences else (0, start)
                orgs = [n for n in self.names_in(s, min(e, start)) if n.type == "organization"
                        and not self.is_quoted(n.start) and (not national or head in n.text.lower())]
                if orgs:
                    # An organization bearing the anaphor's head ("the Environmental Protection Agency" for
                    # "the agency", "the Arab League statement" for "the statement"), else the sentence's first one, its subject more often than not ("Human
                    # Rights Watch a exhorté le CNT à … L'ONG a accusé" is HRW).
                    bearing = [n for n in orgs if head in n.text.lower()
                               or self.text[n.end:n.end + len(head) + 2].lower().split()[:1] == [head]]
                    chosen = bearing[-1] if bearing else orgs[0]
                    return Speaker(region, start, end, chosen.entity) if chosen.entity else self._speaker(chosen)
        return Speaker(region, start, end, None)

    def _role_of_another(self, lead: str) -> bool:
        """Whether the words `lead` written before a title make it a role held for another or another's role:
        a possessive determiner ("son porte-parole", "his spokesman"), or a lowercase noun and one of the
        noun_complements prepositions, an article between them and the title ("l'entourage du président",
        "un proche de la présidente", "an aide to the president")."""
        words = _WORD_SPAN.findall(lead.replace("’", "'"))
        if words and words[-1].lower() in self.cues.possessives:
            return True
        if words and (words[-1].lower() in _ARTICLES or words[-1].lower() == "l'"):
            words.pop()
        if len(words) < 2 or words[-1].lower() not in self.cues.noun_complements:
            return False
        noun = words[-2].split("'", 1)[-1]
        shape = self.cues.shape
        return noun.islower() and noun not in shape.determiners and noun not in shape.prepositions \
            and self.cues.titles.fullmatch(noun) is None

    def _possessor(self, name: Name, end: int) -> bool:
        """Whether `name` owns the noun phrase closing the region up to `end`, which names no one else
        ("Gaddafi 's spokesman", "Morsi's aides"; not "CNN 's Anderson Cooper")."""
        return _POSSESSED.match(self.text, name.end, end) is not None and not self.names_in(name.end, end)

    def _completes_noun(self, start: int, end: int, name: Name) -> bool:
        """Whether `name`, closing the region text[start:end], completes a short noun phrase opening it:
        at most MAX_COMPLEMENTED_WORDS words with neither preposition nor verb, then one of the
        noun_complements prepositions, then at most an honorific ("les partisans de M. Morsi",
        "Supporters of Mr. Morsi", "le conseiller spécial de Nicolas Sarkozy"; not "Mohamed Morsi",
        "la secrétaire d'Etat Hillary Clinton", nor "Troops loyal to Karim Nadir launched …"). A title
        set before the name belongs to that name ("a spokesman for Vasko leader Karim Nadir", "le
        porte-parole du président Mohamed Morsi")."""
        if self.text[name.end:end].strip(" ,.'’"):
            return False
        lead = self.text[start:name.start].replace("’", "'")
        words = _WORD_SPAN.findall(lead)
        if words and words[-1] + "." in self.cues.shape.honorifics:
            words.pop()
        titled = self._apposed_title(words, len(_WORD_SPAN.findall(lead.rsplit(",", 1)[-1])))
        if titled:
            words = words[:-titled]
        if len(words) < 2 or words[-1].lower() not in self.cues.noun_complements:
            return False
        shape = self.cues.shape
        phrase = words[:-1]
        # The noun is a lowercase word, or the region's first word, capitalized as the sentence opens
        # ("Supporters of Mr. Morsi"); a capitalized one inside is a name's ("Mohamed Morsi").
        return len(phrase) <= MAX_COMPLEMENTED_WORDS and (phrase[-1].islower() or len(phrase) == 1) \
            and not any(w.lower() in shape.prepositions or w in shape.finite_verbs for w in phrase)

    def _qualifies_group(self, start: int, end: int, name: Name) -> bool:
        """Whether `name` only qualifies one of the collective_heads heading the region text[start:end]: after
        the name in a language whose noun comes last ("the Obama administration"), right before it in one whose
        noun comes first ("le régime Assad")."""
        heads = self.cues.collective_heads
        if self.cues.shape.head_last:
            after = self.text[name.end:end].split()
            return len(after) == 1 and after[0] in heads
        # The group's noun opens the phrase after its determiner: "le chef du gouvernement X" is X, a title.
        before = self.text[start:name.start].split()
        return not self.text[name.end:end].strip() and len(before) == 2 \
            and before[0].lower() in self.cues.shape.determiners and before[1].lower() in heads

    def _in_participle_phrase(self, start: int, name: Name) -> bool:
        """Whether `name` stands in the participle phrase of the plural noun opening the region at `start`:
        at most MAX_COMPLEMENTED_WORDS words with neither preposition nor verb, ending with a plural noun,
        then a present participle ("Villagers guarding the dam of Governor X", "Les habitants fuyant l'armée
        de X"; not "Senior ruling party official X", "un jeune combattant X")."""
        words = _WORD_SPAN.findall(self.text[start:name.start].replace("’", "'"))
        shape, cues = self.cues.shape, self.cues
        for k, word in enumerate(words[1:MAX_COMPLEMENTED_WORDS + 1], 1):
            noun = words[k - 1]
            if word.islower() and word.endswith(cues.participle_endings) and len(word) > 4 \
                    and noun.isalpha() and noun.endswith(cues.plural_endings) and noun[-2] != noun[-1] \
                    and noun.lower() not in shape.determiners:
                return not any(w.lower() in shape.prepositions or w in shape.finite_verbs for w in words[:k])
        return False

    def _apposed_title(self, words: list[str], after_comma: int) -> int:
        """How many of `words`, closing the words before a name, are a title set before it (a comma sets
        apart only the last `after_comma`): lowercase words and demonyms holding a title ("Libyan leader",
        "l'ancien président", "opposition leader"); 0 when none."""
        shape = self.cues.shape
        n = 0
        while n < min(len(words), after_comma, MAX_APPOSED_TITLE_WORDS):
            word = words[-1 - n]
            if word.lower() in self.cues.noun_complements or word.lower() in shape.prepositions \
                    or not (word.islower() or is_national(word, self.doc.lang)):
                break
            n += 1
        return n if n and self.cues.titles.search(" ".join(words[-n:])) else 0

    def _past_brackets(self, start: int, end: int) -> tuple[int, int]:
        """The region text[start:end] without what a bracket it does not open closes, nor the dashes and
        bullets before it, the auxiliary of the verb after it and the opening bracket closing it: "7:04 a.m.
        ET -RRB- Protesters" is "Protesters", "-- Demonstrators" "Demonstrators", "Les rebelles ont" "Les
        rebelles", "PFC. L -RRB-" nothing; "Human Rights Watch -LRB- HRW -RRB-" stays whole."""
        text = self.text
        closed = [m for m in _CLOSING_BRACKET.finditer(text, start, end)
                  if not _OPENING_BRACKET.search(text, start, m.start())]
        if closed and text[closed[-1].end():end].strip():
            start = closed[-1].end()
        elif closed:
            # "quoted by a Tarn official -RRB-": the bracket closes around the speaker.
            end = closed[-1].start()
        start = _LEAD_MARKS.match(text, start, end).end()
        while end > start:
            trail = _TRAIL_MARKS.search(text, start, end)
            last = text[start:end].rsplit(None, 1)
            if trail is not None and trail.start() < end:
                end = trail.start()
            elif len(last) == 2 and last[1] in self.cues.shape.finite_verbs:
                end = start + len(last[0])
            else:
                break
        return start, end

    def _past_honorific(self, start: int, end: int) -> int:
        """The end of a region cut at the period of an honorific ("selon M. Frattini" read up to
        "M"), moved past the name that follows it; else `end`."""
        text = self.text
        last = text[start:end].rsplit(None, 1)[-1] if end > start else ""
        if not text.startswith(".", end) or last + "." not in self.cues.shape.honorifics:
            return end
        following = self.names_in(end + 1, end + 1 + HONORIFIC_NAME_CHARS)
        if following and not text[end + 1:following[0].start].strip():
            return following[0].end
        return end

    def _pronoun(self, region: str, subject_last: bool) -> tuple[str, int] | None:
        words = region.split()
        if not words:
            return None
        word = words[-1] if subject_last else words[0]
        if word.lower() in self.cues.pronouns and (len(words) == 1 or subject_last):
            offset = region.rfind(word) if subject_last else region.find(word)
            return word, offset
        two = " ".join(words[:2]).lower()
        if not subject_last and two in self.cues.pronouns:
            return " ".join(words[:2]), region.find(words[0])
        return None

    def _speaker(self, name: Name) -> Speaker:
        return Speaker(name.text, name.start, name.end, name.entity)

    def antecedent(self, pos: int, *, plural: bool = False, fallback: Speaker | None = None,
                   settled: bool = False, person: bool = False, thing: bool = False,
                   gender: str | None = None, pronoun: str | None = None) -> Speaker | None:
        """The last compatible speaker before `pos`: the person (or, for plural pronouns,
        the organization) named last in the current sentence, else first in the previous ones.
        Once every speaker of the document is `settled`, an earlier sentence that quotes someone
        gives its speaker; a `person` pronoun ("he") skips speakers that are no one ("a study") and,
        in its own sentence, names that are no person's ("H2N2"); a `thing` pronoun ("it") skips
        persons. A singular pronoun skips plural speakers ("Some analysts", "X and Y"), a plural one
        a single named person ("Sen. Kobler"). A pronoun of one `gender` (else the fallback pronoun's: "elle",
        "she") skips a person the text gives the other ("souligne-t-elle" after "M. Morsi" is not Morsi);
        one the text tells nothing of may be anyone. The `pronoun` resolved (else the fallback's) opening an
        earlier sentence is that sentence's subject, whose antecedent is further back."""
        if gender is None and fallback is not None:
            gender = self.cues.pronoun_genders.get(fallback.text.lower())
        first = self.sentence_index(pos)
        pronoun = (pronoun or (fallback.text if fallback is not None else "")).lower()
        if len(self._recent_sorted) != len(self.recent):
            self._recent_sorted = sorted(self.recent, key=_position)
        recent = self._recent_sorted

        def fits(speaker: Speaker) -> bool:
            if speaker.entity in self._reported or not thing and self._agency(speaker.text):
                return False
            if person and not self._is_person(speaker) or thing and self._names_person(speaker):
                return False
            if gender is not None and self.gender(speaker) not in (None, gender):
                return False
            if plural:
                entity = self.entities.get(speaker.entity) if speaker.entity else None
                return entity is None or entity.type != "person" or self._is_plural(speaker)
            return not self._is_plural(speaker)

        i = bisect.bisect_left(recent, pos, key=_position) - 1
        while i >= 0 and not fits(recent[i][1]):
            i -= 1
        if i >= 0 and first - self.sentence_index(recent[i][0]) <= 1 \
                and recent[i][1].text.lower() not in self.cues.pronouns:
            return recent[i][1]
        for k in range(first, max(-1, first - ANTECEDENT_SENTENCES - 1), -1):
            s, e = self.sentences[k] if self.sentences else (0, pos)
            e = min(e, pos)
            if settled and k != first:
                # An earlier sentence that quotes someone is about its speaker, not the people it names
                # ("…, marked the edge of the rebels' ground, said spokesman Tarek. … « … », he said").
                lo, hi = (bisect.bisect_left(recent, x, key=_position) for x in (s, e))
                said = [sp for _, sp in recent[lo:hi] if sp.text.lower() not in self.cues.pronouns and fits(sp)]
                if said:
                    return said[-1]
            if k != first and pronoun in self.cues.pronouns and pronoun not in self.cues.thing_pronouns \
                    and [w.lower() for w in self.text[s:e].split(None, 1)[:1]] == [pronoun]:
                # "The envoy urged a vote. He cited a boast by the colonel's son … « … », he said": the
                # same pronoun opening an earlier sentence is its subject, the same person; the people that
                # sentence names are others, and the antecedent is further back.
                continue
            names = [n for n in self.names_in(s, e) if not self.is_quoted(n.start) and n.entity not in self._reported]
            agency = not thing and any(self._agency(n.text) for n in names)
            if agency:
                names = [n for n in names if not self._agency(n.text)]
                agency = plural
            if plural:
                cands = [n for n in names if n.type == "organization" or n.metonymy]
            elif thing:
                cands = [n for n in names if n.type in ("organization", "unknown") or n.metonymy] \
                    if k == first else []
            else:
                # A name in capitals is a byline or a credit ("Science Editor WASHINGTON", "[KHALED ELFIQI]"),
                # not someone the article speaks about.
                cands = [n for n in names if n.type == "person" and not n.text.isupper()
                         and (gender is None or self.gender(self._speaker(n)) in (None, gender))]
                if not cands and k == first and not person:
                    cands = [n for n in names if n.type in ("organization", "unknown") or n.metonymy]
            if not cands and agency:
                # "Farmers told Reuters …, they said": whom a plural pronoun takes up is no name (the farmers),
                # nor anyone named further back.
                return fallback
            if cands and plural and k == first and self._unnamed_source(cands[-1].end, pos):
                # "Une vidéo publiée sur YouTube montre des témoins qui disent …, expliquent-ils": unnamed
                # people introduced after the name are whom the plural pronoun takes up, not the name.
                return fallback
            if cands:
                if k != first:
                    # The subject of an earlier sentence: its first full name, else its first name; a
                    # surname whose person the document names in full counts as full ("Kadhafi a
                    # adressé un message aux présidents Barack Obama et …", "il affirme": Kadhafi).
                    full = [n for n in cands if len(n.text.split()) >= 2 or self._known_surname(n.text)]
                    return self._speaker((full or cands)[0])
                return self._speaker(cands[-1])
            if k != first and self._unnamed_source(s, e):
                # "D'autres habitants ont rapporté des pillages … « … », a-t-il précisé": the pronoun
                # is one of the unnamed people just introduced, not a person named further back.
                return fallback
        return fallback

    def _agency(self, text: str) -> bool:
        """Whether a name is a news agency's ("Reuters", "the AFP news agency", "l'AFP"): "they told CNN …, they
        said", "ils ont déclaré à l'AFP": the people the agency quotes speak, not the agency."""
        words = text.lower().replace("’", "'").split()
        while words and words[0] in self.cues.shape.determiners:
            words = words[1:]
        return bool(words) and words[0].split("'")[-1] in self.cues.agencies

    def gender(self, speaker: Speaker) -> str | None:
        """The gender ("f" or "m") the text tells of a speaker, None when it tells none or both: a person's
        common given name, an honorific or a gendered noun written right before one of its mentions ("Mme",
        "Ms", "spokeswoman"), the feminine determiner of a title introducing it ("la juge X"; "le porte-parole"
        is said of a woman too); an unnamed speaker's own words ("la porte-parole", "the spokeswoman"). Nothing
        is guessed."""
        key = speaker.entity or (speaker.start, speaker.end)
        if key in self._genders:
            return self._genders[key]
        found: set[str] = set()
        entity = self.entities.get(speaker.entity) if speaker.entity else None
        if entity is not None:
            if entity.type == "person":
                mentions = self._mentions_of(speaker.entity)
                for words in [entity.name.split()] + [n.text.split() for n in mentions]:
                    if len(words) >= 2 and words[0] in self.cues.given_names:
                        found.add(self.cues.given_names[words[0]])
                found.update(g for n in mentions if (g := self._gender_before(n)) is not None)
        elif speaker.start is not None:
            words = _LEAD_WORD.findall(speaker.text)
            found.update(g for w in words if (g := self._word_gender(w)) is not None)
            if len(words) >= 2 and words[0].lower() in self.cues.gender_determiners \
                    and self.cues.titles.match(words[1]):
                found.add(self.cues.gender_determiners[words[0].lower()])
        gender = found.pop() if len(found) == 1 else None
        self._genders[key] = gender
        return gender

    def _mentions_of(self, entity: str) -> list[Name]:
        """The names of an entity (indexed on first use)."""
        if self._by_entity is None:
            self._by_entity = {}
            for n in self.names:
                self._by_entity.setdefault(n.entity, []).append(n)
        return self._by_entity.get(entity, [])

    def _word_gender(self, word: str) -> str | None:
        words = self.cues.gendered_words
        return words.get(word) or words.get(word.lower())

    def _gender_before(self, name: Name) -> str | None:
        """The gender told right before a mention: an honorific or gendered noun just before it ("Mme
        Clinton", "spokeswoman Jane Doe"), else the determiner of the title the document introduces it with
        ("la juge Sanji Monageng": f)."""
        start = max(0, name.start - TITLE_NAME_WINDOW)
        window = self.text[start:name.start]
        before = _LEAD_WORD.findall(window)
        if before and window[-1:].isspace():
            gender = self._word_gender(before[-1])
            if gender is not None:
                return gender
        # The phrase the mention closes: after the last mark that ends one, as for a title's person.
        phrase = _PHRASE_BREAK.split(window)[-1]
        start += len(window) - len(phrase)
        titles = list(self.cues.titles.finditer(phrase))
        if not titles:
            return None
        title = titles[-1]
        if any(n.type == "person" for n in self.names_in(start + title.end(), name.start)) \
                or self.verbs and self.verbs.search(self.text, start + title.end(), name.start):
            # "la juge a dit que Paul Granier": the title is someone else's.
            return None
        lead = _LEAD_WORD.findall(phrase, 0, title.start())
        determiner = lead[-1].lower() if lead and phrase[title.start() - 1:title.start()].isspace() else ""
        return self._word_gender(title.group(0)) or self.cues.gender_determiners.get(determiner)

    def _known_surname(self, name: str) -> bool:
        """Whether a one-word name is the surname of a person the document names in full ("Kadhafi"
        for "Mouammar Kadhafi", whichever entity holds each; not the initial "N" of "N. Sarkozy")."""
        if self._surnames is None:
            self._surnames = {words[-1].lower() for e in self.entities.values() if e.type == "person"
                              for words in [e.name.split()] if len(words) >= 2}
        return name.lower() in self._surnames

    def _is_person(self, speaker: Speaker) -> bool:
        """Whether a speaker may be a person: a person's entity, a bare name that is no organization's
        (the names extractor may type a surname as a place) or that is the surname of a person named in full
        ("Moreno-Ocampo" left without entity), or a phrase holding a person's title or a source's head ("the
        official", "a witness"); not a body, a study or records."""
        entity = self.entities.get(speaker.entity) if speaker.entity else None
        if entity is not None and (entity.type == "person" or entity.type != "organization" and all(
                w[:1].isupper() for w in speaker.text.split())):
            return True
        if entity is None and self._known_surname(speaker.text):
            return True
        return bool(self.cues.titles.search(speaker.text)) or any(
            w.lower() in self.cues.anonymous for w in _WORD_SPAN.findall(speaker.text))

    def _names_person(self, speaker: Speaker) -> bool:
        """Whether a speaker is surely a person: a person's entity, or an unnamed phrase holding a
        person's title or a source's head ("the official"); a country or a company is not."""
        entity = self.entities.get(speaker.entity) if speaker.entity else None
        if entity is not None:
            return entity.type == "person"
        return self._is_person(speaker)

    def _is_plural(self, speaker: Speaker) -> bool:
        """Whether a speaker is several people or bodies: names joined by a conjunction ("Reed and
        Marsh", "Interpol et la Cour pénale internationale"), a phrase a plural determiner opens ("les
        généraux"; not "de Gaulle"), or one whose first source's head is in the plural, its singular
        being one too ("Some analysts", "des témoins"; not "un responsable accompagnant les journalistes",
        nor "one of the officials")."""
        words = [w.lower() for w in _WORD_SPAN.findall(speaker.text.replace("’", "'"))]
        if any(w in self.cues.shape.conjunctions for w in words[1:-1]):
            return True
        if self.cues.singular_partitive.match(speaker.text.replace("’", "'")):
            return False
        if words and words[0] in self.cues.plural_determiners:
            # "les généraux", "ces diplomates": the determiner tells the number.
            return True
        anonymous = self.cues.anonymous
        head = next((w for w in words if w in anonymous), "")
        return head[-1:] in ("s", "x") and head[:-1] in anonymous

    def _unnamed_source(self, start: int, end: int) -> bool:
        """Whether text[start:end] introduces an unnamed source outside quotes: an indefinite
        determiner before a source's head ("d'autres témoins", "un habitant", "several witnesses")."""
        previous = None
        for word in _WORD_SPAN.finditer(self.text, start, end):
            if previous is not None and word.group(0).lower() in self.cues.anonymous \
                    and self.cues.indefinite.match(previous.group(0) + " ") and not self.is_quoted(word.start()):
                return True
            previous = word
        return False

    def resolve_title(self, pos: int, title_text: str, *, salient: bool = True) -> Speaker | None:
        """A title ("le président des Etats-Unis", "le porte-parole") resolved to the person it names:
        an entity whose role matches, a name written right after the title, or (when `salient`)
        the person the previous sentences spoke about."""
        head = self.cues.titles.match(title_text)
        if head is None:
            return None
        head_word = head.group(0).lower()
        after = title_text[head.end():]
        # An apposed name: "le porte-parole du gouvernement kényan, Joseph Mwangi".
        for n in self.names_in(pos + head.end(), pos + len(title_text) + 1):
            if n.type == "person":
                return self._speaker(n)
        office = self._complement_head(after)
        # "le président du Conseil", "de la Compagnie nationale de pétrole": an office of a body, not of a country.
        body = office is not None and not any(n.type == "place" and not n.metonymy
                                              for n in self.names_in(pos + head.end(), pos + len(title_text)))
        named = self._titled_name(pos, head_word, office, body=body)
        if named is None:
            named = next((self._name_at(ent, pos) for ent in self.entities.values() if ent.type == "person" and any(
                role.get("role", "").lower().startswith(head_word) and self._affiliation_fits(role, after)
                and self._same_office(office, self._role_office(role, head_word), strict=True)
                for role in ent.roles)), None)
        # The country qualifying the title, after it in French ("le président vénézuélien"), before it in
        # English ("the Venezuelan president").
        lead = re.split(r"[,.;:!?«»“”\"()]", self.text[max(0, pos - NATIONAL_LEAD_CHARS):pos])[-1]
        nationals = self._national_stems(" ".join(lead.split()[-2:]) + " " + after)
        if named is not None and nationals and not self._nationality(named, nationals):
            # "le président vénézuélien" is no president the document ties to no Venezuela ("le président
            # mauritanien Mohamed Ould Abdel Aziz"): an office named with its country is left unresolved.
            return None
        unnamed = self._unnamed_before(pos, head_word)
        if unnamed is not None and not (named is not None and unnamed < named.start < pos):
            # "A senior administration official said … the official added": the title refers back
            # to the unnamed source last introduced with it, not to a person named before it.
            return None
        if named is not None:
            return self._speaker(named)
        if not salient:
            return None
        found = self._salient_person(pos, head_word if self.cues.complement.match(after) else None, body=body)
        if found is not None and nationals and not self._nationality(
                Name(found.start, found.end, found.text, "person", found.entity), nationals):
            return None
        return found

    def _national_stems(self, text: str) -> set[str]:
        """The countries the demonyms in a title's words name, as their codes and stems ("ministre turc des
        Affaires étrangères": {"TR", "turc"})."""
        codes = _demonym_codes(self.doc.lang)
        found = set()
        for word in map(fold, _WORD_SPAN.findall(text)):
            if word in codes:
                found.update((word[:NATIONAL_STEM], codes[word]))
        return found

    def _nationality(self, name: Name, nationals: set[str]) -> bool:
        """Whether the document ties a person to one of the countries of `nationals` (codes and stems): a
        demonym or a country's name within TITLE_NAME_WINDOW characters of one of its mentions in its
        sentence ("le président vénézuélien Hugo Chavez", "Ali Tarek, le chef de la diplomatie
        turque"), or in its entity's affiliation."""
        entity = self.entities.get(name.entity) if name.entity else None
        mentions = self._mentions_of(name.entity) if name.entity else [name]
        texts = [r.get("affiliation") or "" for r in entity.roles] if entity else []
        for n in mentions or [name]:
            s, e = self.sentences[self.sentence_index(n.start)] if self.sentences else (0, len(self.text))
            texts.append(self.text[max(s, n.start - TITLE_NAME_WINDOW):min(e, n.end + TITLE_NAME_WINDOW)])
        codes = _demonym_codes(self.doc.lang)
        for word in (fold(w) for t in texts for w in _WORD_SPAN.findall(t)):
            if codes.get(word) in nationals or any(word.startswith(n) for n in nationals if n.islower()):
                return True
        return False

    @property
    def titled(self) -> list[tuple[int, str, Name]]:
        """(position, title, person) for each title written before a person's name (found on first use,
        with where each title is written)."""
        if self._titled is None:
            self._titled = []
            self._title_spans = {}
            for m in self.cues.title_scan.finditer(self.text):
                self._title_spans.setdefault(m.group(0).lower(), []).append((m.start(), m.end()))
                window = self.names_in(m.end(), m.end() + TITLE_NAME_WINDOW)
                persons = [n for n in window if n.type == "person"]
                if persons and not re.search(r"[.;:!?]", self.text[m.end():persons[0].start]) \
                        and not (self.verbs and self.verbs.search(self.text, m.end(), persons[0].start)):
                    self._titled.append((m.start(), m.group(0).lower(), persons[0]))
            self._titled.sort(key=lambda t: t[0])
        return self._titled

    def _titled_name(self, pos: int, head_word: str, office: str | None = None, *, body: bool = False) -> Name | None:
        """The person the document introduced with the same title before `pos`:
        "la Première ministre Claire Dumesnil" … "a répété la Première ministre"; a title with the
        complement `office` is not one written with another ("le chef du gouvernement Baghdadi
        al-Mahmoudi" is no "chef de la délégation du CNT"), nor, when that complement names a `body`, one
        written with a country alone ("le président algérien Abdelaziz Bouteflika" is no "président du
        Conseil")."""
        titled = self.titled
        i = bisect.bisect_left(titled, (pos,)) - 1
        while i >= 0:
            start, word, person = titled[i]
            if word == head_word and person.end <= pos:
                other, national = self._written_office(start, word, person)
                if self._same_office(office, other) and not (body and national):
                    return person
            i -= 1
        return None

    def _written_office(self, start: int, word: str, person: Name) -> tuple[str | None, bool]:
        """The office of the title `word` written at `start` before `person`: its complement's noun, past a
        demonym ("le ministre tunisien de l'Intérieur" → "intérieur"), and whether a country alone qualifies
        it ("le président algérien X", "Algerian President X")."""
        between = self.text[start + len(word):person.start]
        words = between.split()
        kept = " ".join(w for w in words if not is_national(w, self.doc.lang))
        other = self._complement_head(" " + kept)
        lead = self.text[max(0, start - NATIONAL_LEAD_CHARS):start].split()[-1:]
        return other, other is None and bool(self._national_stems(" ".join(lead + words)))

    def _complement_head(self, after: str) -> str | None:
        """The noun of the complement opening the words `after` a title, lowercased ("du gouvernement" →
        "gouvernement", " de la délégation du CNT" → "délégation", " of the council" → "council"); None
        when no complement opens them."""
        found = self.cues.complement.match(after)
        if found is None:
            return None
        for word in _WORD_SPAN.findall(after[found.end():found.end() + TITLE_NAME_WINDOW].replace("’", "'")):
            word = word.lower()
            if word not in _ARTICLES and word != "l'":
                return word.split("'", 1)[-1]
        return None

    def _role_office(self, role: dict[str, str], head_word: str) -> str | None:
        """The noun of the office a role the names extractor read names: its complement ("chef du
        gouvernement" → "gouvernement"), else its affiliation's first word ("ministre", "Pétrole" → "pétrole";
        "congressman", "North Carolina" → "north")."""
        found = self._complement_head(role.get("role", "")[len(head_word):])
        if found is None:
            words = _WORD_SPAN.findall((role.get("affiliation") or "").lower().replace("’", "'"))
            found = words[0].split("'", 1)[-1] if words else None
        return found

    def _same_office(self, office: str | None, other: str | None, *, strict: bool = False) -> bool:
        """Whether a title whose complement's noun is `office` may be the same as one whose complement's noun
        is `other`: both share their first NATIONAL_STEM letters (a plural or a feminine form is the same
        office), or either is None; when `strict` (a role the names extractor read, "ministre" for "Gérard
        Longuet"), a bare role is no office a complement names ("le ministre de l'Information")."""
        if office is None or other is None:
            return office is None or not strict
        return fold(office)[:NATIONAL_STEM] == fold(other)[:NATIONAL_STEM]

    def _unnamed_before(self, pos: int, head_word: str) -> int | None:
        """Where the document last introduced, before `pos` and outside quotes, someone unnamed
        bearing the title `head_word` ("a senior U.S. official", "un haut responsable de l'ONU"),
        a name apposed on either side not following ("another commander, Colonel Aghfeer")."""
        if head_word not in self._unnamed:
            _ = self.titled
            self._unnamed[head_word] = [intro for start, end in self._title_spans.get(head_word, [])
                                        if (intro := self._unnamed_introduction(start, end)) is not None]
        starts = self._unnamed[head_word]
        i = bisect.bisect_left(starts, pos) - 1
        return starts[i] if i >= 0 else None

    def _unnamed_introduction(self, start: int, end: int) -> int | None:
        """Where an indefinite determiner introduces the title at text[start:end] ("a senior Obama
        administration official"), up to MAX_UNNAMED_LEAD_WORDS qualifying words before it; None when
        another determiner, a preposition or punctuation comes first ("a blow to the head") or a
        person's name is apposed to it."""
        shape = self.cues.shape
        words = list(_LEAD_WORD.finditer(self.text, max(0, start - UNNAMED_LEAD_CHARS), start))
        for k, w in enumerate(reversed(words[-MAX_UNNAMED_LEAD_WORDS - 1:])):
            word = w.group(0).lower()
            gap = self.text[w.end():words[len(words) - k].start() if k else start]
            if gap.strip():
                return None
            if word in self.cues.unnamed:
                intro = w.start()
                break
            if word in shape.determiners or word in shape.prepositions:
                return None
        else:
            return None
        after = _BEFORE_APPOSED_NAME.match(self.text, end).end()
        lead = self.text[max(0, intro - 3):intro]
        before = intro - (len(lead) - len(lead.rstrip(" ,")))
        # A name apposed on either side names the person ("Ali Zawawi, un porte-parole").
        if self.is_quoted(intro) or any(n.type == "person" and (n.start == after or n.end == before)
                                        for n in self.names_in(max(0, before - MAX_SPEAKER_CHARS),
                                                               after + TITLE_NAME_WINDOW)):
            return None
        return intro

    @staticmethod
    def _affiliation_fits(role: dict[str, str], after: str) -> bool:
        aff = (role.get("affiliation") or "").lower()
        if not aff or not after.strip():
            return True
        return aff[:5] in after.lower() or after.strip().lower()[:5] in aff

    def _name_at(self, ent: Entity, pos: int) -> Name:
        before = [n for n in self.names if n.entity == ent.id and n.start < pos]
        if before:
            return before[-1]
        spans = sorted(ent.mentions)
        s, e = spans[0]
        return Name(s, e, self.text[s:e], "person", ent.id)

    def _salient_person(self, pos: int, office: str, *, body: bool = False) -> Speaker | None:
        """The person the previous sentence is about (its first named person), which a definite
        title right after refers back to when the document gives that person the title's `office`
        ("Karim Benali, secrétaire du syndicat" … "a ajouté le secrétaire"). A person the document
        gives no such title is only the person spoken of last: "l'imam", "le procureur général"
        after a sentence about a defendant name someone else; nor is a title whose complement names a
        `body` one the document wrote for that person with a country alone."""
        k = self.sentence_index(pos)
        for j in range(k - 1, max(-1, k - 1 - ANTECEDENT_SENTENCES), -1):
            s, e = self.sentences[j]
            persons = [n for n in self.names_in(s, e) if n.type == "person" and not self.is_quoted(n.start)]
            if persons:
                titles = self._titles_of(persons[0]) if office else set()
                if titles and not any(t.startswith(office) for t in titles):
                    return None
                if body and any(word == office and named.entity == persons[0].entity
                                and self._written_office(start, word, named)[1]
                                for start, word, named in self.titled if named.entity is not None):
                    return None
                return self._speaker(persons[0])
        return None

    def _titles_of(self, person: Name) -> set[str]:
        """The titles the document gives a person: its entity's roles, a title apposed after one of
        its mentions ("Karim Benali, secrétaire du syndicat") or written before it ("le préfet Paul Granier")."""
        entity = self.entities.get(person.entity) if person.entity else None
        titles = {r.get("role", "").lower() for r in entity.roles} if entity else set()
        mentions = [n for n in self.names if n.entity == person.entity] if person.entity else [person]
        for n in mentions:
            after = _APPOSED.match(self.text, n.end)
            title = self.cues.titles.match(self.text, after.end()) if after else None
            if title:
                titles.add(title.group(0).lower())
        starts = {n.start for n in mentions}
        titles.update(word for _, word, named in self.titled if named.start in starts)
        titles.discard("")
        return titles
