"""Persons, organisations and places: candidate names, typed by their context, merged within a document.

`find_entities(doc)` returns the document's `Mention`s and `Entity`s:

1. Candidates are capitalized sequences joined by name particles (al-, el-, bin,
   de, van…), acronyms, and the knowledge base's names that hold lower-case words
   ("Observatoire syrien des droits de l'homme"). A capitalized word opening a
   sentence is kept only when it is not a common word. Names inside a photo credit
   ("KARIM NADIR / AFP") are no actors of the story (`vigie.nlp.credits`).
2. Each candidate is typed by, in order: the knowledge base (`vigie/kb`), the
   country names, the words around it (titles and roles before or after a person,
   organisation heads, place cues such as "à", "la ville de", "près de"), the
   gazetteer's cities, given names and acronyms; what remains single and untyped
   is a surname of a person already named, a region of ISO 3166-2, or is dropped.
3. Spellings are merged: one knowledge-base actor, one GeoNames entry, or one key
   once articles and particles are dropped ("Bachar El Assad" = "Bachar al-Assad");
   surnames join the full name ("Al-Assad"); an acronym joins its expansion
   ("Observatoire syrien des droits de l'homme (OSDH)"); transliterations join by
   consonant frame ("Idlib"/"Idleb").
4. Roles come from appositions and titles ("Ali Tarek, porte-parole de la
   présidence turque"; "le président américain Donald Trump"); a title standing
   alone ("le président américain") becomes a nominal mention of the one person in
   the document who holds it. Capitals speaking for their government ("Moscou a
   dénoncé") are marked as metonymy.
5. Places are geocoded (`vigie.nlp.places`) with the document's countries as
   context; villages missing from the gazetteer stay unresolved with a parent place.

When an installed spaCy NER model is named by VIGIE_SPACY_MODEL, its entities are
added where these rules found no name (`vigie.nlp.spacy_names`); nothing needs it.

Entity ids are unique within the document and stable: "kb:<id>" for actors of the
knowledge base, "gn:<GeoNames id>" for geocoded places, "<type>:<key>" otherwise.
An actor of the knowledge base is named as the press of the document's language
writes it ("United States" in an English article, "Etats-Unis" in a French one);
other entities take the fullest spelling the document uses.
Word lists and the knowledge base are loaded by `vigie.nlp.name_lexicon`; roles,
titles and metonymy are found by `vigie.nlp.name_roles`.
"""
from __future__ import annotations

import bisect
import itertools
import math
import re
from collections import Counter, defaultdict
from functools import cache, lru_cache

import simplemma

from vigie import lang as lang_resources
from vigie.model import Document, Entity, Geo, Mention
from vigie.nlp import places
from vigie.nlp.credits import find_credits
from vigie.nlp.name_lexicon import (
    PERSON,
    holds_none,
    ORG,
    PLACE,
    TITLE_WINDOW,
    APPOSITION_WINDOW,
    MAX_NAME_TOKENS,
    FOREIGN_SMALL_TOWN,
    PARENT_WINDOW,
    CONTEXT_TOWN,
    SHOUTING,
    ALIAS_WINDOW,
    MIN_SKELETON,
    MAIN_COUNTRY_OPENING,
    MAIN_COUNTRY_SHARE,
    MIN_PLACE_LETTERS,
    SHOUTED_WORD_LETTERS,
    CAPITALS_NAME_LETTERS,
    COUNT_BEFORE,
    NAME_USES,
    SPELLED_OUT_LETTERS,
    STORM_HEAD_CHARS,
    VESSEL_NOUN_CHARS,
    CONJOINED_BODY_WORDS,
    _CANDIDATE,
    _CONNECTORS,
    _CAPITAL,
    _LOWER_CHAR,
    _INITIALS_END,
    _PREFIX_BEFORE,
    _TOKENS,
    _PARTICLE_START,
    _ELISION,
    _ACRONYM,
    _PAREN_ACRONYM,
    _SENTENCE_START,
    _EXTENSION_TOKENS,
    _ADJECTIVE_END,
    _PARTICIPLE_END,
    _CAPITAL_A,
    _LINK_END,
    _WORDS,
    _NAME_PARTICLES,
    _CAPITAL_ARTICLES,
    _ARTICLES,
    _Resources,
    _has_lower_word,
    _cased_variants,
    _resources,
    _given_names,
    _Actor,
    _KB,
    _is_acronym,
    _kb_ids,
    _kb_key,
    _exact_spelling,
    knowledge_base,
    _Span,
    _doc_lang,
    _doc_year,
    _Group,
    _absorb,
    _role_key,
)
from vigie.nlp.name_roles import (
    _title_before,
    _cap_gap_ok,
    _title_reaches,
    _find_roles,
    _distributive_roles,
    _mark_metonymy,
    _add_nominal,
    _office_affiliation,
)
from vigie.nlp.namekey import fold, name_key, skeleton
from vigie.nlp.spacy_names import model_spans
from vigie.nlp.patterns import WordList, runs_by_lead
from vigie.nlp.wordtrie import trie_pattern


def find_entities(doc: Document) -> tuple[list[Mention], list[Entity]]:
    """The typed name mentions of `doc` and the document-level entities they merge into.

    Mentions are sorted by position; `Mention.entity` is the id of its `Entity`,
    whose `mentions` lists the same (start, end) pairs. Never raises on any text.
    """
    text = doc.text or ""
    if not text.strip():
        return [], []
    res = _resources(_doc_lang(doc))
    kb = knowledge_base()
    spans, words = _candidates(text, res, kb)
    _particle_surnames(text, spans, res, kb)
    _add_model_spans(text, spans)
    countries = _context_countries(words, spans, res, kb)
    _type_spans(text, spans, res, kb, countries, words)
    spans = _unglue(text, spans, res, kb, countries, words)
    spans = _drop_nested(spans)
    _link_acronyms(text, spans)
    _vessels(text, spans, res)
    _resolve_singletons(spans)
    _listed_persons(text, spans)
    spans = [s for s in spans if s.type and (s.type != PLACE or s.kb or _letters(s.text) >= MIN_PLACE_LETTERS)]
    _geocode(text, spans, res, countries | _region_countries(spans), words)
    _find_roles(text, spans, res, kb)
    _distributive_roles(text, spans, res)
    _mark_metonymy(text, spans, res)
    entities = _merge(text, spans, kb, res)
    _add_nominal(text, spans, entities, res, kb, _doc_year(doc), words)
    return _records(spans, entities, res, _doc_year(doc))


def _candidates(text: str, res: _Resources, kb: _KB) -> tuple[list[_Span], set[str]]:
    """Name spans (knowledge-base phrases first, then capitalized sequences split into names),
    and the set of the text's words."""
    taken: list[tuple[int, int]] = []
    spans: list[_Span] = []
    for m in _phrases().finditer(text):
        if _runs_on(text, m, res):
            continue
        actor_id = kb.phrase_ids.get(fold(m.group()))
        if actor_id is None:
            spans.append(_Span(m.start(), m.end(), m.group(), PLACE))  # a country: "Arabie saoudite"
        elif _case_fits(m.group(), kb.actors[actor_id]):
            spans.append(_Span(m.start(), m.end(), m.group(), kb.actors[actor_id].type, actor_id))
        else:
            continue
        taken.append((m.start(), m.end()))
    words = _text_words(text)
    taken.sort()
    taken_starts = [s for s, _ in taken]
    for m in _candidate_matches(text):
        start, end = m.start(), m.end()
        k = bisect.bisect_left(taken_starts, end)
        if k and taken[k - 1][1] > start or (k > 1 and taken[k - 2][1] > start):
            pieces = _outside(start, end, taken)
        else:
            pieces = [(start, end)]
        for p_start, p_end in pieces:
            for span in _split_sequence(text, p_start, p_end, res, kb):
                if _keep(text, span, res, kb, words):
                    spans.append(span)
    credits = find_credits(text, res)
    if credits:
        # a photo credit names who took the picture, no actor of the story
        spans = [sp for sp in spans if not credits.holds(sp.start)]
    spans.sort(key=lambda s: s.start)
    return spans, words


# A capitalized word right after a phrase of the base, on the same line.
_CAPITALIZED_NEXT = re.compile(r"[ \u00a0]+([A-ZÀ-Þ][\w-]*)")


def _runs_on(text: str, m: re.Match, res: _Resources) -> bool:
    """Whether a phrase of the base opening with an article ("the West") runs on into a capitalized word: the
    article opens a longer name then ("the West Bank"), which the capitalized sequence gives whole; a day or a
    month ("the West Wednesday") is no part of it."""
    if fold(m.group().split(None, 1)[0]) not in res.article_prefixes:
        return False
    nxt = _CAPITALIZED_NEXT.match(text, m.end())
    return bool(nxt) and fold(nxt.group(1)) not in res.stop


# Every ASCII character that is neither a word character nor a hyphen, as a space.
_ASCII_BREAKS = str.maketrans({c: " " for c in map(chr, range(128)) if not _WORDS.fullmatch(c)})


def _text_words(text: str) -> set[str]:
    """The runs of word characters and hyphens of `text` (`_WORDS`): ASCII text, most wire copy, is split at its
    breaks, which costs two thirds of the regex pass."""
    if text.isascii():
        return set(text.translate(_ASCII_BREAKS).split())
    return set(_WORDS.findall(text))


@cache
def _phrases() -> WordList:
    """Names holding lower-case words, which the capitalized-sequence pattern misses: the knowledge
    base's ("Observatoire syrien des droits de l'homme") and countries' ("Arabie saoudite", "Corée du Nord").
    Each opens on a whole run of word characters, so the text is scanned only where it holds one of those
    first runs ("Arabie", "Observatoire"), not at every word."""
    from babel import Locale

    countries = {name for lang in lang_resources.LANGUAGES for code, name in Locale(lang).territories.items()
                 if len(code) == 2 and _has_lower_word(name) and not name[:1].islower()}
    # the press often drops accents on capitals: "Emirats arabes unis"
    countries |= {fold(name[:1]).upper() + name[1:] for name in countries}
    phrases = sorted(countries | _cased_variants(knowledge_base().phrases))
    return WordList(re.compile(rf"(?<![\w])(?:{trie_pattern(phrases)})(?![\w-])"), runs_by_lead(phrases))


def _add_model_spans(text: str, spans: list[_Span]) -> None:
    """Entities of the optional spaCy model (VIGIE_SPACY_MODEL) where the rules found no name."""
    extra = [(s, e, kind) for s, e, kind in model_spans(text) if not any(sp.start < e and s < sp.end for sp in spans)]
    if extra:
        spans.extend(_Span(s, e, text[s:e], kind) for s, e, kind in extra)
        spans.sort(key=lambda sp: sp.start)


def _case_fits(found: str, actor: _Actor) -> bool:
    """A lower-case phrase of the base found in text must keep the capitals of at least one of its spellings."""
    first = found.lstrip()[:1]
    spellings = [actor.name, *actor.aliases]
    return any(fold(s) == fold(found) and (s[:1].islower() or first.isupper()) for s in spellings)


# The hyphens that end a particle prefix ("al-", "bin‑"), as _PARTICLE_PREFIX writes them.
_HYPHENS = frozenset("-‐‑")


def _candidate_matches(text: str):
    """`_CANDIDATE` matches, tried only where a capital letter is: scanning for capitals is a
    character-class search, while trying the whole pattern at every position costs ten times more."""
    pos = 0
    for cap in _CAPITAL.finditer(text):
        i = cap.start()
        if i < pos:
            continue
        start = i
        # a particle prefix ends on its hyphen ("al-Assad"): only a hyphen before the capital calls for the search
        prefix = text[i - 1:i] in _HYPHENS and _PREFIX_BEFORE.search(text, max(0, i - 5), i)
        if prefix:
            start = prefix.start(1)
        m = _CANDIDATE.match(text, start)
        if m:
            pos = m.end()
            yield m


def _outside(start: int, end: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    pieces, pos = [], start
    for s, e in sorted(taken):
        if e <= pos or s >= end:
            continue
        if s > pos:
            pieces.append((pos, s))
        pos = max(pos, e)
    if pos < end:
        pieces.append((pos, end))
    return pieces


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Token offsets, an elided article cut off its name ("L'Obs" → "Obs")."""
    tokens = []
    for m in _TOKENS.finditer(text, start, end):
        elided = _ELISION.match(m.group())
        if elided:
            if m.group()[elided.end():][:1].isupper():
                tokens.append((m.start() + elided.end(), m.end()))
            # an elided common word ("L'opposant") is no part of a name
        else:
            tokens.append((m.start(), m.end()))
    return tokens


@lru_cache(maxsize=65536)
def _is_cap(word: str) -> bool:
    prefix = _PARTICLE_START.match(word)
    core = word[prefix.end():] if prefix else word
    return bool(core) and core[0].isupper()


def _split_sequence(text: str, start: int, end: int, res: _Resources, kb: _KB) -> list[_Span]:
    """Cut a capitalized sequence into names: the longest known names first, else at connectors."""
    piece = text[start:end]
    if " " not in piece and "\u00a0" not in piece and "&" not in piece:
        elided = _ELISION.match(piece)
        if elided:
            start += elided.end()
        return [_Span(start, end, text[start:end])] if start < end and _is_cap(text[start:end]) else []
    toks = _tokens(text, start, end)
    # past the run's first word a conjunction opens a clause that a lost full stop glued to a name ("the nurse Anna
    # Pelling But her family said", "Photograph: Dale Mercer When the engineers…"): it is no part of a name
    caps = [_is_cap(text[s:e]) and not (k and fold(text[s:e]) in res.clause_openers) for k, (s, e) in enumerate(toks)]
    while toks and not caps[0]:
        toks.pop(0)
        caps.pop(0)
    while toks and not caps[-1]:
        toks.pop()
        caps.pop()
    spans: list[_Span] = []
    i = 0
    while i < len(toks):
        if not caps[i]:
            i += 1
            continue
        known = None
        for j in range(min(len(toks), i + MAX_NAME_TOKENS), i, -1):
            if not caps[j - 1] or (j - 1 > i and text[toks[j - 1][0]:toks[j - 1][1]] in _CAPITAL_ARTICLES):
                continue  # a name ends on no article: "à Paris Le Figaro" names Paris, then Le Figaro
            if j - 1 > i and j < len(toks) and caps[j] and fold(text[toks[j - 1][0]:toks[j - 1][1]]) in _NAME_PARTICLES:
                continue  # nor on a particle, which opens the surname after it: "Lina El Norik", "Ali Al Tarek"
            if j - 1 > i and j < len(toks) and caps[j] and _INITIAL.fullmatch(text, toks[j - 1][0], toks[j - 1][1]):
                continue  # nor on a middle initial, which a surname follows: "Warren G. Harding" is no town Warren
            piece = text[toks[i][0]:toks[j - 1][1]]
            if _kb_ids(kb, piece) or _is_country_or_city(piece, j - i):
                known = j
                break
        if i + 1 < len(toks) and caps[i + 1] and fold(text[toks[i][0]:toks[i][1]]) in res.ambiguous_givens:
            # A given name that is also a place: "Jordan Bardella" is one person, while "Jordan Valley"
            # stays a country and a valley and "Florence Italy" a city and its country.
            following = text[toks[i + 1][0]:toks[i + 1][1]]
            if known == i + 1 and _surname_after(text, toks[i][0], toks[i + 1][1], following, res, kb):
                known = None
            elif known is None and _is_country_or_city(following, 1):
                known = i + 1
        elif known == i + 1 and i + 1 < len(toks) and caps[i + 1] and (i + 2 == len(toks) or not caps[i + 2]) \
                and _given_name_of_base_person(text, toks, i, res, kb):
            known = None  # "Choukri Ghanem" is no "Sameh Choukri": the base's one word is his given name here
        elif known == i + 1 and i + 1 < len(toks) and caps[i + 1] and _PARTICLE_START.match(text, toks[i + 1][0]):
            known = None  # "Baghdadi al-Mahmoudi" is no "Abou Bakr al-Baghdadi": a surname with its particle follows
        joined = _joined_end(text, toks, caps, i, res)
        head = _head(text, toks, i)
        # a known name wins, unless a head joins a longer name over "of"/"de" ("Gulf of Mexico", not "Gulf"),
        # an ampersand binds it to the next ("Johnson & Johnson") or a medium's word follows ("Yemen Post")
        if known is not None and not (joined > known and (head in res.place_heads or head in res.org_heads
                                                          or text[toks[known][0]:toks[known][1]] == "&"
                                                          or fold(text[toks[known][0]:toks[known][1]]) in res.media_tails
                                                          or fold(text[toks[known][0]:toks[known][1]]) in res.club_tails
                                                          or joined == known + 1
                                                          and fold(text[toks[known][0]:toks[known][1]]) in res.place_tails
                                                          or _region_body(text, toks, i, known, res, kb))):
            best = known
        else:
            best = _case_switch(text, toks, caps, i, _person_opening(text, toks, caps, i, joined, res), res)
        s, e = toks[i][0], toks[best - 1][1]
        if best - i > 1 and e - toks[best - 1][0] == 1 and text[e:e + 1] == ".":
            e += 1  # "Akram O.": a surname given by its initial
        spans.append(_Span(s, e, text[s:e]))
        i = best
    return [piece for span in spans for piece in _cut_at_title(text, span, res)]


def _region_body(text: str, toks: list[tuple[int, int]], i: int, known: int, res: _Resources, kb: _KB) -> bool:
    """Whether the region of the base named by toks[i:known], one of no country ("Africa", "Middle East"), heads a
    body's name with the body's word after it: a command or an agency named after the region it covers ("U.S.
    Africa Command"); a country keeps its name apart ("the US Government", "Egypt Army")."""
    piece = text[toks[i][0]:toks[known - 1][1]]
    return fold(text[toks[known][0]:toks[known][1]]) in res.org_tails \
        and any(kb.actors[a].type == PLACE and not kb.actors[a].country for a in _kb_ids(kb, piece))


# Letters of a word in capitals that, after a person's name in lower case, opens another name glued to it (a
# place's, an outlet's): shorter ones are post-nominals or state codes ("John Smith QC", "Jane Doe MP").
GLUED_CAPITALS_LETTERS = 3
# Words in capitals that, before a word in lower case, are a heading's run whatever they are ("STILL NO DATE
# FOR THE HARBOUR Reed told"); two are a person's name only when a given name opens them ("CARL BILDT If"),
# else an acronym's pair ("BBA LIBOR Contributor Banks").
GLUED_CAPITALS_RUN = 3


def _case_switch(text: str, toks: list[tuple[int, int]], caps: list[bool], i: int, end: int, res: _Resources) -> int:
    """The end (token index) of the name starting at toks[i] and running to toks[end - 1], cut where its writing
    switches between lower case and capitals: a byline or a credit glues a place or an outlet to a name ("Karim
    Ali Nadir VASKO", "Lina Tarek BBC News"), a list of quotes a heading's name to its text ("KARIM NADIR On
    harbour talks"). A person's name in lower case (a given name opens it) ends before a word in capitals that
    names a country, a big city or a body of the base (a surname written in capitals stays: "Carl Gustav JUNG"); a
    run of words in capitals (three or more, or a given name and its surname, after the title it may hold:
    "DEPUTY FOREIGN MINISTER KARIM NADIR On harbour talks") ends before a word in lower case; a run ending on a
    title stays whole ("NRX CEO Tom Reed": _cut_at_title tells).
    """
    words = [text[s:e] for s, e in toks[i:end]]
    if len(words) < 3 or not all(caps[i:end]):
        return end
    first_upper = words[0].isupper() and len(words[0]) > 1
    opening = 1 if fold(words[0]) in res.stop and not first_upper else 0  # "By Karim Ali Nadir VASKO"
    for k in range(opening + 2, len(words)):
        word = words[k]
        if first_upper:
            if word.isupper():
                continue
            run = words[:k]
            titled = max((j + 1 for j, w in enumerate(run) if _title_word(w, res)), default=0)
            name = run[titled:]
            if all(w.isalpha() and w.isupper() for w in run) and len(name) > 1 and (
                    fold(name[0]) in _given_names() or not titled and k >= GLUED_CAPITALS_RUN):
                return i + k
            return end
        if word.isupper():
            if any(w.isupper() for w in words[:k]) or fold(words[opening]) not in _given_names():
                return end
            kb = knowledge_base()
            if len(word) >= GLUED_CAPITALS_LETTERS and word.isalpha() and (
                    _is_country_or_big_city(word) or any(kb.actors[a].type != PERSON for a in _kb_ids(kb, word))):
                return i + k
            return end
    return end


def _given_name_of_base_person(text: str, toks: list[tuple[int, int]], i: int, res: _Resources, kb: _KB) -> bool:
    """Whether the one word of a person of the base at toks[i] is a given name opening another person's name of
    two words: a surname-like word the base does not know, and no given name, follows ("Choukri Ghanem" is not
    the base's "Choukri"; "Obama Clinton" in a list of tags stays two persons, "Morsi Lina Haddad" too)."""
    ids = _kb_ids(kb, text[toks[i][0]:toks[i][1]])
    if not ids or any(kb.actors[a].type != PERSON for a in ids) or text[toks[i][0] - 1:toks[i][0]] == "-":
        return False  # "the anti-Qaddafi Harabi tribe": a word's end, no given name
    following = text[toks[i + 1][0]:toks[i + 1][1]]
    return not _kb_ids(kb, following) and fold(following) not in _given_names() \
        and not _kb_ids(kb, text[toks[i][0]:toks[i + 1][1]]) and _surname_like(following, res, kb)


def _person_opening(text: str, toks: list[tuple[int, int]], caps: list[bool], i: int, end: int,
                    res: _Resources) -> int:
    """The end (token index) of the name starting at toks[i] and running to toks[end - 1]: it ends before a
    given name and the surname after it when the word before them is no given name, initial, particle, title or
    head of a place's or a body's name ("BP Tony Hayward", "al-Jezira Karim Nadir", "Tito Jackson Michael
    Jackson"; "Mohamed Ould Abdel Aziz", "Avenue Habib Bourguiba", "J. Scott Applewhite" stay whole). One word
    alone before them must be an acronym, a common word or a known name ("Stability Tom Reed, CEO of …"),
    else it is a given name the list misses ("Zeev Vladimir Jabotinsky", "Nourhane Abdel Karim")."""
    givens = _given_names()
    kb = knowledge_base()
    for k in range(i + 1, end - 1):
        given = fold(text[toks[k][0]:toks[k][1]])
        if not (caps[k - 1] and caps[k] and caps[k + 1]) or given not in givens or given in res.ambiguous_givens \
                or given in _NAME_PARTICLES or given in res.surname_particles:
            continue
        word = text[toks[k - 1][0]:toks[k - 1][1]]
        before = fold(word)
        if len(word.rstrip(".")) < 2 or before in givens or before in _NAME_PARTICLES or before in res.surname_particles \
                or _title_word(word, res) or before in res.title_modifiers or before in res.honorifics \
                or before in res.titles or before in res.place_heads or before in res.org_heads \
                or res.street_left is not None \
                and res.street_left.search(text, max(0, toks[k - 1][0] - STREET_HEAD_CHARS), toks[k][0]):
            continue
        if k - 1 == i and not (word.isupper() or word[:1].islower() or _common_word(word, res.lang)
                               or _kb_ids(kb, word) or _is_country_or_city(word, 1)):
            continue  # one unknown word before them is a given name the list misses ("Zeev Vladimir Jabotinsky")
        if len(word) < SHORT_WORD_LETTERS and not word.isupper():
            continue  # "St Bernard Project": an abbreviation, no name
        if _surname_after(text, toks[k][0], toks[k + 1][1], text[toks[k + 1][0]:toks[k + 1][1]], res, kb):
            return k
    return end


# A word shorter than this before a given name, unless an acronym, is an abbreviation ("St", "Dr") of its name.
SHORT_WORD_LETTERS = 3
# Characters before a name where a street's head is looked for ("Avenue Habib Bourguiba", "rue du Général X").
STREET_HEAD_CHARS = 30
_NON_SPACE = re.compile(r"\S+")
_CAPITAL_NEXT = re.compile(r" +[A-Z\u00C0-\u00DE]")


def _title_word(word: str, res: _Resources) -> bool:
    """A title's word ("Minister", "Gen."), or title words joined by a hyphen ("Vice-President", "Major-General")."""
    folded = fold(word)
    return folded in res.title_words or folded + "." in res.title_words \
        or "-" in folded and all(part in res.title_words for part in folded.split("-"))


def _cut_at_title(text: str, span: _Span, res: _Resources) -> list[_Span]:
    """A title inside a capitalized sequence ends its first part and names the person after it: "BP CEO Tony
    Hayward" is BP and Tony Hayward, "Press Secretary Robert Gibbs" Robert Gibbs; an abbreviated title ending
    the sequence is cut off the place or body before the person ("Louisiana Sen. Mary Landrieu", "Coast Guard
    Adm. Thad Allen")."""
    if " " not in span.text:
        return [span]
    words = span.text.split()
    abbreviated = text[span.end:span.end + 1] == "." and _title_word(words[-1], res)
    if len(words) < 3 and not abbreviated:
        return [span]
    offsets = [(span.start + m.start(), span.start + m.end()) for m in _NON_SPACE.finditer(span.text)]
    if abbreviated and _CAPITAL_NEXT.match(text, span.end + 1):
        b, j = 0, len(words) - 1
        while b < j and (_title_word(words[b], res) or fold(words[b]) in res.title_modifiers):
            b += 1
        while j > b and (_title_word(words[j - 1], res) or fold(words[j - 1]) in res.title_modifiers):
            j -= 1  # "Coast Guard Rear Adm."
        if b == j:
            return []
        return [_Span(offsets[b][0], offsets[j - 1][1], text[offsets[b][0]:offsets[j - 1][1]])]
    for k in range(len(words) - 2, 0, -1):
        after = words[k + 1:]
        if not (_title_word(words[k], res) and _is_cap(words[k]) and _is_cap(after[0]) and _is_cap(after[-1])) or not (
                fold(after[0]) in _given_names() or len(after) > 1 and not _common_words(after, res.lang)):
            continue  # "Ministry of Defence of Korvania" names no person
        j = k
        while j > 0 and (_title_word(words[j - 1], res) or fold(words[j - 1]) in res.title_modifiers):
            j -= 1  # "NRX Chief Executive Tom Reed", "Managing Director Ali Tarek"
        person = _Span(offsets[k + 1][0], span.end, text[offsets[k + 1][0]:span.end], titled=True,
                       title_words=words[j:k + 1])
        b = 0
        while b < j and (_title_word(words[b], res) or fold(words[b]) in res.title_modifiers):
            b += 1  # "Former Alaska Gov. Sarah Palin": the place is Alaska
        if b == j or not _is_cap(words[j - 1]) or fold(words[b]) in res.demonyms and j - b <= 2:
            return [person]  # "Secretary of State …", "Saudi Arabian King Abdullah": no body before the title
        return [_Span(offsets[b][0], offsets[j - 1][1], text[offsets[b][0]:offsets[j - 1][1]]), person]
    return [span]


def _joined_end(text: str, toks: list[tuple[int, int]], caps: list[bool], i: int, res: _Resources) -> int:
    """The end (token index) of the name starting at toks[i]: capitalized tokens and the particles that join them."""
    best = i + 1
    while best < len(toks):
        if caps[best]:
            word = text[toks[best][0]:toks[best][1]]
            if word in _CAPITAL_ARTICLES and text[toks[best][1]:toks[best][1] + 1] != "." and not (
                    word in _SURNAME_ARTICLES and best + 1 < len(toks) and caps[best + 1]
                    and fold(text[toks[best - 1][0]:toks[best - 1][1]]) in _given_names()
                    and not _is_country_or_city(text[toks[best - 1][0]:toks[best - 1][1]], 2)
                    and not _kb_ids(knowledge_base(), text[toks[best][0]:toks[best + 1][1]])):
                # "… the city of Vasko A Norvik man …": an article opens another phrase, but after a given name
                # "Le" and "La" begin a French surname ("Bruno Le Maire", "Marine Le Pen"), unless the given name
                # is a city's ("à Paris Le Figaro") or the article opens a known name
                break
            best += 1
            continue
        nxt = best + 1
        if nxt < len(toks) and text[toks[nxt][0]:toks[nxt][1]].lower() in ("the", "la", "le", "les"):
            nxt += 1  # "Department of the Interior", "République de la Côte d'Ivoire"
        # A day or a month after a particle dates the name, it does not continue it ("the Gulf on Monday").
        if nxt < len(toks) and caps[nxt] and fold(text[toks[nxt][0]:toks[nxt][1]]) not in res.calendar \
                and _join_particle(text, toks, caps, i, best, nxt, res):
            best = nxt + 1
            continue
        break
    while best > i + 1 and not caps[best - 1]:
        best -= 1
    return best


def _head(text: str, toks: list[tuple[int, int]], i: int) -> str:
    """The first word of the name starting at toks[i], folded, past an article opening a sentence
    ("The Ministry of Defence said": "ministry")."""
    if text[toks[i][0]:toks[i][1]] in _CAPITAL_ARTICLES and i + 1 < len(toks):
        i += 1
    return fold(text[toks[i][0]:toks[i][1]])


def _join_particle(text: str, toks: list[tuple[int, int]], caps: list[bool], i: int, k: int, nxt: int,
                   res: _Resources) -> bool:
    """Whether the lower-case word at toks[k] continues the name that starts at toks[i] up to toks[nxt]."""
    word = fold(text[toks[k][0]:toks[k][1]])
    if word in ("al", "el", "bin", "ben", "ibn", "bint", "ould", "abu", "abou", "van", "von", "der", "den", "ter", "y", "da", "dos", "di", "del", "della"):
        return True
    head = _head(text, toks, i)
    if word in ("de", "du", "des", "de la", "d'", "d’"):
        # "Staffan de Mistura" (a given name before "de"), "Banque de France" (an organisation head),
        # "République du Congo" (a place head).
        return (k - i == 1 and head in _given_names()) or head in res.org_heads or head in res.place_heads
    if word in ("and", "&"):
        return _join_conjunction(text, toks, caps, i, k, nxt, res)
    if word in ("of", "for", "the", "on", "upon"):
        before = fold(text[toks[k - 1][0]:toks[k - 1][1]])
        # "Bank of England", "Gulf of Mexico", "Republic of the Congo", "Council on Foreign Relations";
        # never "in": "the House of Commons in London" is a body and the city it sits in.
        return head in res.org_heads or before in res.org_heads or head in res.place_heads or before in res.place_heads
    return False


def _join_conjunction(text: str, toks: list[tuple[int, int]], caps: list[bool], i: int, k: int, nxt: int,
                      res: _Resources) -> bool:
    """Whether "and" or "&" at toks[k] joins two halves of one name.

    A name standing on its own on either side makes two names ("IMF and World Bank", "the World Bank and
    IMF", "Turkey & Syria"), and so does a place's head or a body's head with its own complement after it
    ("Mount Everest and Lake Victoria", "the Bank of England and Bank of France"). "and" joins the complement
    of a head ("Ministry of Trade and Industry", "Association of School and College Leaders"), and common
    words to the body whose name they begin ("Securities and Exchange Commission", "Food and Drug
    Administration"); "&" joins the rest ("Procter & Gamble", "Johnson & Johnson")."""
    kb = knowledge_base()
    start = i + 1 if text[toks[i][0]:toks[i][1]] in _CAPITAL_ARTICLES and i + 1 < k else i
    left = [text[s:e] for s, e in toks[start:k]]
    after = text[toks[nxt][0]:toks[nxt][1]]
    folded_after = fold(after)
    ampersand = text[toks[k][0]:toks[k][1]] == "&"
    if ampersand and toks[k][0] == toks[k - 1][1] and toks[k][1] == toks[nxt][0]:
        return True  # written close, it is one word: "AT&T", "Oil&Gas"
    if ampersand:
        # between a country's or an acronym's name it lists ("Turkey & Syria", "Clinton & US")
        return not any(_is_country_or_city(word, 1) or (len(word) > 1 and word.isupper()) for word in (after, left[-1]))
    if _conjoined_name(after, kb) or _conjoined_name(left[-1], kb) or _conjoined_name(" ".join(left), kb):
        return False
    following = text[toks[nxt + 1][0]:toks[nxt + 1][1]] if nxt + 1 < len(toks) else ""
    if folded_after in res.place_heads or (folded_after in res.org_heads and following[:1].islower()):
        return False
    heads = [fold(word) for word, link in zip(left, left[1:])
             if (fold(word) in res.org_heads or fold(word) in res.place_heads) and link[:1].islower()]
    if heads:
        # the complement of a head goes on over a common word ("Bank for Reconstruction and Development"),
        # not over another name ("the Royal Bank of Scotland and Lloyds")
        return folded_after not in heads and _common_word(after, res.lang)
    last = fold(left[-1])
    if folded_after in res.org_heads or last in res.org_heads or last in res.org_tails or last in res.place_heads:
        return False
    givens = _given_names()
    if any(fold(w) in givens or not _common_word(w, res.lang) for w in left):
        return False
    run = nxt
    while run < len(toks) and run - nxt < CONJOINED_BODY_WORDS and caps[run]:
        word = fold(text[toks[run][0]:toks[run][1]])
        if word in res.org_heads or word in res.org_tails:
            return True
        run += 1
    return False


def _conjoined_name(words: str, kb: _KB) -> bool:
    """A name that stands on its own beside "and": an acronym, a country (or a city, for a name of several
    words), an entry of the base."""
    return (len(words) > 1 and words.isupper()) or _is_country_or_city(words, len(words.split())) \
        or bool(_kb_ids(kb, words))


@lru_cache(maxsize=65536)
def _known(word: str, lang: str) -> bool:
    """`simplemma.is_known`, remembered: a dictionary look-up costs some 15 µs, and the same words come back."""
    return simplemma.is_known(word, lang)


@lru_cache(maxsize=65536)
def _lemma(word: str, lang: str) -> str:
    """`simplemma.lemmatize`, remembered."""
    return simplemma.lemmatize(word, lang)


@lru_cache(maxsize=65536)
def _dictionary_word(word: str, lang: str) -> bool:
    """A common word of the language itself: known to its dictionary with a lower-case lemma; a proper noun the
    dictionary holds ("Anderson", "Katz") is a name."""
    lower = word.lower()
    return _known(lower, lang) and _lemma(lower, lang)[:1].islower()


def _proper_noun(word: str, lang: str) -> bool:
    """A proper noun the dictionary of the language holds, with a capitalized lemma ("Anderson", "Katz")."""
    return _known(word.lower(), lang) and not _dictionary_word(word, lang)


@cache
def _common_word(word: str, lang: str) -> bool:
    """A common word of the language, or of English, whose bodies keep their names in French articles
    ("la Food and Drug Administration"). The lemmatizer's dictionaries hold proper nouns too, with a
    capitalized lemma ("Katz", "Lloyd"): those are names."""
    lower = word.lower()
    return any(_known(lower, code) and _lemma(lower, code)[:1].islower()
               for code in dict.fromkeys((lang, "en")))


@cache
def _is_country_or_city_key(key: str, n_tokens: int) -> bool:
    gaz = places.gazetteer()
    ids = gaz.ids(key)
    for gid in ids[:3]:
        place = gaz.place(gid)
        if gaz.is_country(gid):
            return True
        if n_tokens > 1 and place.population >= places.BIG_CITY // 5:
            return True
    return False


@lru_cache(maxsize=65536)
def _is_country_or_city(piece: str, n_tokens: int) -> bool:
    return _is_country_or_city_key(name_key(piece), n_tokens)


def _place_with_tail(name: str, words: list[str], res: _Resources) -> bool:
    """Whether a name of several words is a country's or a city's, alone or before a place's last word ("Los
    Angeles County", "New York Harbor")."""
    if _is_country_or_city(name, len(words)):
        return True
    return len(words) > 2 and fold(words[-1]) in res.place_tails \
        and _is_country_or_city(name[:-len(words[-1])].rstrip(), len(words) - 1)


@cache
def _is_country_or_big_city(word: str) -> bool:
    """Whether one of the first places named `word` is a country or a city of at least places.BIG_CITY."""
    gaz = places.gazetteer()
    return any(gaz.is_country(gid) or gaz.place(gid).population >= places.BIG_CITY for gid in gaz.ids(name_key(word))[:3])


@cache
def _own_name(key: str, place: places.Place) -> bool:
    """Whether a place bears this name key as its own name, not as one of its alternate names (GeoNames gives
    Perth the alternate "Part", Parkersburg "Point", Perm "Molotov")."""
    return name_key(place.name) == key


@cache
def _common_word_place(word: str) -> bool:
    """Whether a common word may name a place by itself: a country or a national capital by any of its names
    ("Chine", "Turkey", "Damas"), or a city of at least places.BIG_CITY by its own name ("Mobile", "Nice"); a
    town's name ("Celle", "Cela" in Angola) or a city's alternate one ("Part" for Perth) is the common word."""
    gaz = places.gazetteer()
    key = name_key(word)
    return any(gaz.is_country(gid) or gaz.is_capital(gid)
               or (gaz.place(gid).population >= places.BIG_CITY and _own_name(key, gaz.place(gid)))
               for gid in gaz.ids(key)[:3])


def _surname_like(word: str, res: _Resources, kb: _KB, common_ok: bool = False) -> bool:
    """Whether a capitalized word can be the surname after a given name that is also a common word or a
    place: no word of a body's, a place's or a title's name ("Christian Democrats", "Jordan Valley",
    "Israel Defense Forces"), no country, and no common word of the language or of English ("Georgia Tech" in
    a French article too) unless it is a given name itself ("Frank Walter") or `common_ok`."""
    folded = fold(word)
    if len(word) < 2 or not word[:1].isupper() or folded in res.ambiguous_givens:
        return False
    if folded in res.stop or folded in res.calendar or folded in res.demonyms or folded in res.title_words \
            or folded in res.honorifics or folded in res.org_heads or folded in res.org_tails \
            or folded in res.place_heads or res.place_right.match(" " + word):
        return False
    if _is_country_or_city(word, 1) or any(kb.actors[a].type != PERSON for a in _kb_ids(kb, word)):
        return False
    return common_ok or folded in _given_names() or not _common_word(word, res.lang)


def _surname_after(text: str, start: int, end: int, word: str, res: _Resources, kb: _KB) -> bool:
    """Whether `word`, ending at `end`, is the surname of the given name starting at `start`: a surname-like
    word, or a common word that a person's context vouches for (a title before the name, an apposition
    after it: "the minister Israel Katz", "Christian Bale, the actor,"). A word in capitals is an acronym
    ("Christian DNA"), unless the whole line is ("CHAD MYERS, METEOROLOGIST:")."""
    if word.isupper() and not _shouting(text, start):
        return False
    if _surname_like(word, res, kb):
        return True
    if not _surname_like(word, res, kb, common_ok=True):
        return False
    left = text[max(0, start - TITLE_WINDOW - 30):start]
    title = _title_before(left, res)
    return bool(title and title.title and _cap_gap_ok(title) and _title_reaches(title, res) and not _LINK_END.search(left)) \
        or bool(res.apposition.match(text[end:end + APPOSITION_WINDOW + 40]))


def _given_start(text: str, span: _Span, words: list[str], res: _Resources, kb: _KB) -> bool:
    """Whether the name opens with a given name; one that is also a common word or a place
    ("Christian", "Jordan", "Grace") only when a surname follows it."""
    first = fold(words[0])
    if first in res.ambiguous_givens:
        return len(words) > 1 and _surname_after(text, span.start, span.end, words[1], res, kb)
    return first in _given_names()


def _storm(text: str, span: _Span, res: _Resources) -> bool:
    """Whether the span names a storm ("Hurricane Alex", "l'ouragan Alex", "Tropical Storm Bonnie"):
    its given name makes no person."""
    before = text[max(0, span.start - STORM_HEAD_CHARS):span.start]
    head_end = len(before.rstrip(" \u00a0"))
    # the head ends on the spaces before the name: searching the window only after a head's last letter
    # spares most names the search
    after_head = 0 < head_end < len(before) and res.storm_end.match(before, head_end - 1)
    return bool(after_head and res.storm_left.search(before) or res.storm_start.match(span.text))


# A day's number next to a month's name: "Jan 31", "Apr 09 2011", "March 23, 2011", "13 August".
_DAY_AFTER = re.compile(r"\.?[ \u00a0]*\d{1,2}(?!\d)")
_DAY_BEFORE = re.compile(r"(?<!\d)\d{1,2}[ \u00a0]+\Z")


def _date(text: str, span: _Span, words: list[str], res: _Resources) -> bool:
    """Whether the span (of these `words`) is a date's words, not a name: month and weekday names, wide or
    abbreviated, two of them ("Thu Apr", "Fri Aug" in a wire's dateline) or one by a day's number ("Jan 31",
    "March 23" in a caption)."""
    for word in words:
        if fold(word).rstrip(".,") not in res.date_words:
            return False
    return len(words) > 1 or bool(_DAY_AFTER.match(text, span.end)) \
        or bool(_DAY_BEFORE.search(text, max(0, span.start - 4), span.start))


# A designation: capitals, a hyphen and a number ("F-16", "AK-47", "C-130"). It codes a model or a weapon; the
# groups written so ("G-20") are in the base.
_DESIGNATION = re.compile(r"[A-Z]{1,3}-\d[\w-]*")


# An ordinal written in Roman numerals, as French writes centuries ("XIIIe", "XXe", "VIIème", "XIVè").
_ROMAN_ORDINAL = re.compile(r"[IVXLC]+(?:e|è|ème|eme)")
# How far before a name a page section's noun is looked for ("la rubrique  International").
SECTION_CUE_CHARS = 20


def _keep(text: str, span: _Span, res: _Resources, kb: _KB, words_in_text: set[str]) -> bool:
    """Drop sentence-initial common words, articles, titles and words also written in lower case;
    what remains is the name (the span is narrowed in place)."""
    words = span.text.split()
    if len(words) == 1 and fold(words[0]) in res.stop and not _exact_spelling(kb, span.text):
        return False  # common words, and common acronyms ("ONG", "NGO"): the most frequent drop, told first
    if res.section_left is not None and res.section_left.search(text, max(0, span.start - SECTION_CUE_CHARS), span.start):
        return False  # "les articles de la rubrique International": a page section's title, no actor
    last = span.text.rsplit(None, 1)
    if len(last) == 2 and last[1] in res.interface_words:
        # a page's interface after a byline or a commenter's name: "Benjamin Barthe Publié le …", "John Smith Reply"
        span.text = last[0].rstrip()
        span.end = span.start + len(span.text)
    last = span.text.rsplit(None, 1)
    if len(last) == 2 and _date_after(text, span, last, res) and not _exact_spelling(kb, span.text):
        span.text = last[0].rstrip()  # "King Abdullah II Tuesday dismissed…", "near Benghazi March 22"
        span.end = span.start + len(span.text)
    if res.hyphen_adjective.match(span.text.rsplit(None, 1)[-1]):
        return False  # "a NATO-led force", "the London-based group": an adjective made of a name, no mention
    if _DESIGNATION.fullmatch(span.text.split(None, 1)[0]) and not _exact_spelling(kb, span.text):
        return False  # "F-16", "AK-47 rifles", "C-130 Hercules": a model's or a weapon's code, no actor
    last = span.text.rsplit(None, 1)
    if len(last) == 2 and _DESIGNATION.fullmatch(last[1]):
        span.text = last[0].rstrip()  # "Air Force F-15E": the body is the name, not the aircraft
        span.end = span.start + len(span.text)
    if res.party_tag is not None and _party_tag(text, span.start, res):
        return False  # "Ed Markey (D-Mass.)", "John Kyl, R-Arizona,": a politician's party and state, no place
    # a run of words in capitals: common words there are a headline's or a shout's, not a name's, unless the run
    # labels a transcript's speaker by a given name and a surname ("WOLF BLITZER , HOST :")
    heading = len(span.text.split()) > 1 and _capitals_run(span.text.split())
    if heading and _speaker_label(text, span, span.text.split(), res, kb) \
            and not any(_title_word(w, res) or fold(w) in res.titles for w in span.text.split()):
        span.type = PERSON
        return True
    while True:
        words = span.text.split()
        first = words[0]
        folded_first = fold(first)
        exact = _exact_spelling(kb, span.text)
        strip = False
        if len(words) > 1 and not exact:
            if heading and _heading_word(first, res, kb) and not _is_country_or_city(" ".join(words[:2]), 2):
                strip = True  # "FRONT LINE NEAR BIR GHANAM": the place is the name
            elif len(words) == 2 and folded_first in res.surname_particles and _particle_surname(text, span, res):
                span.type = PERSON  # "Le Pen a dénoncé…" in an article that also names "Marine Le Pen"
                break
            elif folded_first in res.title_modifiers and _common_name_after(words[1:], res, kb):
                break  # "Foreign Policy", "Top Kill", "Supreme Court": the title word is part of the name
            elif folded_first in res.title_complements and not any(_title_word(w, res) for w in words[1:]) \
                    and (fold(words[-1]) in res.org_tails or any(fold(w) in res.org_heads for w in words[1:])):
                # "Health Protection Agency", "Justice and Equality Movement", "Health Department of Ohio": a
                # portfolio's word opens a body's name
                break
            elif len(words) > 2 and not span.titled and folded_first in res.title_words and folded_first in res.titles \
                    and not _title_word(words[1], res) and fold(words[1]) not in res.title_modifiers and (
                    fold(words[-1]) in res.org_tails or fold(words[-1]) in res.place_tails):
                # "Queen Mary Hospital", "Prince Edward Sound": a body or a place named after a titled person (not
                # a title's adjective, "Former ABC News", nor a title of several words, "Chief Executive Officer")
                break
            if folded_first in res.title_words or "-" in folded_first and _title_word(first, res) \
                    or folded_first in res.honorifics or (
                    span.titled and folded_first in res.titles) or (
                    folded_first in res.title_modifiers and fold(words[1]) in res.title_words) or (
                    folded_first in res.titles and len(words) > 2 and _given_start(text, span, words[1:], res, kb)):
                # a person's title after a title word goes on the title: "Senior Fellow Kagan", and a title's
                # modifier before its word: "(Chief) Operating Officer Doug Suttles"; any person's title does
                # before a given name and a surname ("Actor Paul Hendry", "Representative Ann Ruiz")
                strip, span.titled = True, True
                span.title_words.append(first)
            elif folded_first in res.demonyms and fold(words[1]) in res.title_words:
                strip = True  # "Turkish Defence Minister Hulusi Akar", not "Palestinian Health Ministry"
                span.title_words.append(first)
            elif folded_first in res.demonyms and fold(words[1]) in _given_names():
                strip = True  # "Syrian Karim N.": a nationality before a person's name
            elif res.demonym_nouns and folded_first in res.demonyms:
                strip = True  # "le Britannique BP", "les Allemands Wintershall": French capitalizes the noun only
            elif res.hyphen_adjective.match(first):
                strip = True  # "the London-based BP", "the Vasko-born Karim al-Nadir": an adjective
            elif folded_first in _ARTICLES:
                if _article_of_place(span, res):
                    break  # "Le Caire", "The Hague": the article is part of the city's name
                strip = True
            elif res.age_word is not None and res.age_word.fullmatch(first):
                strip, span.titled = True, True  # "Eighteen-year-old Rony": an age before a person's name
            elif _given_start(text, span, words, res, kb):
                break  # "Christian Lindner", "Grace Mugabe": a given name that is also a common word
            elif len(words) == 2 and fold(words[1]) in res.org_tails and fold(words[1]) in res.org_heads \
                    and not _sentence_initial(text, span.start):
                # "the Justice Department": a body named by its field and its kind (where a sentence's first
                # word may be a verb: "Does Bank intervention mean…")
                break
            elif folded_first in res.stop and len(name_key(span.text).split()) == len(words) \
                    and _place_with_tail(span.text, words, res):
                # "New York", "New Zealand", "New Orleans", "New York Harbor": the common word opens the place's
                # name (an article or a particle before a country leaves its key: "De France", "As Libya" stay cut)
                break
            elif folded_first in res.compass_points and not _sentence_initial(text, span.start) \
                    and fold(words[-1]) not in res.demonyms and not _given_start(text, span, words[1:], res, kb):
                # "in North Africa", "the South China Sea": the point opens the name ("the North African nation"
                # is a demonym's)
                break
            elif folded_first in res.stop and not _ACRONYM.match(span.text.replace(" ", "")):
                strip = True  # "ONG Human Rights Watch", "Selon Ahmed Hashemi"
            elif folded_first in res.title_complements and _given_start(text, span, words[1:], res, kb) \
                    and _title_before(text[max(0, span.start - TITLE_WINDOW - 30):span.start], res) is not None:
                strip = True  # "le ministre de l'Énergie Paul Marnier": the portfolio completes the title
            elif _sentence_initial(text, span.start) and (
                folded_first in res.stop
                or (_known(first.lower(), res.lang) and _is_cap(words[1])
                    and not _is_country_or_city(first, 2) and not _kb_ids(kb, first)
                    and not _place_with_tail(span.text, words, res)
                    and not res.firm_right.match(text[span.end:span.end + FIRM_CUE_CHARS])
                    and not _named_after_lower_word(text, span.text))):
                # a common word opening a sentence is no part of the name, unless a particle joined it
                # to the rest as a body's or a place's head ("Ministry of Defence officials said"), the whole
                # names a country or a city ("Costa Rica", "Hong Kong"), a firm's word follows the name
                # ("Wells Fargo chief executive …") or the text writes the whole name after a word in lower case
                # too ("Federal Reserve officials met. … said the Federal Reserve")
                strip = True
        if not strip:
            break
        rest = span.text[len(first):].lstrip()
        span.start = span.end - len(rest)
        span.text = rest
    if len(words) == 1 and not exact and folded_first in res.stop:
        return False  # common words, and common acronyms ("ONG", "NGO"): the most frequent drop, told first
    if len(words) == 1 and _ROMAN_ORDINAL.fullmatch(first):
        return False  # "au XIIIe siècle", "le XXe": an ordinal in Roman numerals, no name
    if _storm(text, span, res) or _date(text, span, words, res):
        return False
    if heading and len(words) == 1 and len(first) >= HEADING_LAST_LETTERS and _common_word(first, res.lang) \
            and not _kb_ids(kb, first) and not _is_country_or_city(first, 1):
        # what remains of a run of capitals is a common word (a city's name too: "… GUIDED GOVERNMENT TOUR"):
        # "FULL MILITARY PRESS", "ARMES JUSQU'AUX DENTS" are a heading or a shout
        return False
    if not exact and _counted(text, span, words, res):
        return False
    acronym = len(first) > 1 and first.isupper() and not _shouting(text, span.start)
    if len(words) >= SPELLED_OUT_LETTERS and all(len(w.rstrip(".")) == 1 for w in words):
        return False  # a word spelled out letter by letter ("Q U E S T I O N S"), as web pages write headings
    if len(words) == 1 and not exact and len(first) >= CAPITALS_NAME_LETTERS and first.isupper() and first.isalpha():
        written = _written_in_lower_case(text, first, words_in_text, res)
        if written == PERSON:
            span.type = PERSON  # "OBAMA:" in a transcript that names "Barack Obama"
            return True
        if written and acronym:
            return True  # "ACORN was found…" where the text also writes "Acorn is the largest group"
    if len(words) == 1 and acronym and len(first) >= CAPITALS_NAME_LETTERS \
            and (_common_word(first, res.lang) or _unaccented_word(first, res)) \
            and not _common_word_place(first) and not _kb_ids(kb, first) and (
            len(first) >= SHOUTED_WORD_LETTERS or _LABEL_COLON.match(text, span.end) or not _acronym_use(text, span)):
        # a common word in capitals: "SOURCES:", "RETWEET", "ARRETONS la violence", a speaker's role ("HOST :"),
        # a short one used once ("nous avions PEUR", "please HELP us"), unless it names a country or a big city
        # ("LONDON"): a village named like the word ("LEADER") is not it
        return False
    if len(words) == 1 and not acronym and not exact:
        if folded_first in res.honorifics or folded_first in res.titles or (
                text.startswith(".", span.end) and folded_first + "." in res.honorifics):
            return False  # an abbreviated title cut from its name by its period: "Sen. John Barrasso", "Gov."
        if folded_first in res.demonyms:
            return False  # "les Syriens", "the Russians": peoples, not names
        lower = first.lower()
        if lower in words_in_text and lower[:1].islower() and not first.isupper():
            if _sentence_initial(text, span.start) or not places.is_known_place(first):
                return False
        if _sentence_initial(text, span.start) and _known(first.lower(), res.lang) \
                and not _given_start(text, span, words, res, kb) and not _kb_ids(kb, first) \
                and not _opening_name(text, first, res.lang):
            return False
    return len(span.text) > 1 or span.text.isupper()


# At most this many accented spellings of a word in capitals are looked up ("ELEVE" makes 4 × 4 = 16, a long
# word of many vowels far more: it is left as it is).
ACCENTED_SPELLINGS = 128


def _unaccented_word(word: str, res: _Resources) -> bool:
    """Whether a word in capitals is a common word of the language written without its accents, as capitals
    often are ("ARRETONS" for "arrêtons", "VERITE" for "vérité")."""
    return _accent_restored(word.lower(), res.lang, res.accented_letters)


@lru_cache(maxsize=4096)
def _accent_restored(lower: str, lang: str, accented: tuple[tuple[str, str], ...]) -> bool:
    forms = dict(accented)
    choices = [c + forms.get(c, "") for c in lower]
    if all(len(c) == 1 for c in choices) or math.prod(len(c) for c in choices) > ACCENTED_SPELLINGS:
        return False
    return any(_dictionary_word("".join(letters), lang) for letters in itertools.product(*choices)
               if "".join(letters) != lower)


def _date_after(text: str, span: _Span, words: list[str], res: _Resources) -> bool:
    """Whether the span's last word is the date told right after the name: a weekday, or a month a day's number
    follows ("Brent May crude" and "Theo May" keep theirs). A holiday named by a common word and its weekday
    ("Good Friday", "Super Tuesday") is no name and a date."""
    last = fold(words[-1])
    if last in res.weekdays:
        return len(words[0].split()) > 1 or not (fold(words[0]) in res.stop or _common_word(words[0], res.lang))
    return last in res.calendar and bool(_DAY_NUMBER.match(text, span.end))


# A day's number after a month, past a comma: "March 22", "February , 27".
_DAY_NUMBER = re.compile(r"[ \u00a0]*,?[ \u00a0]*\d{1,2}(?!\d)")


# A comma or a bracket ending the text right before a party's tag ("Ed Markey (D-Mass.)").
_TAG_OPENING = re.compile(r"(?:,|\(|-LRB-)[ \u00a0]*\Z")


def _party_tag(text: str, start: int, res: _Resources) -> bool:
    """Whether a party's tag ("D-Mass.", "R-Texas") starts at `start`, after a name's comma or bracket."""
    opening = _TAG_OPENING.search(text, max(0, start - 6), start)
    return opening is not None and bool(res.party_tag.match(text, opening.start()))


def _opening_name(text: str, word: str, lang: str) -> bool:
    """Whether a word the dictionary knows, opening a sentence, is a name: a country or a city of some size, and
    when it is a common word, a country, a national capital or a city of places.BIG_CITY by its own name
    ("Sinon", "Celle", "Part" are the words, not towns of China, Germany or an alternate name of Perth); a
    common word or a name the dictionary holds is a name too when the text writes it inside a sentence ("Syrte
    est libérée" after "à Syrte", "Straw said" after "Jack Straw", "Katz said" after "Lena Katz"), unless a
    letter ("I", "Q -"). The dictionary is asked only about a country's or a city's name: a new word's lemma
    costs more than the other tests."""
    if _is_country_or_city(word, 2) and (not _common_word(word, lang) or _common_word_place(word)):
        return True
    return len(word) > 1 and _named_inside(text, word)


def _capitals_run(words: list[str]) -> bool:
    """Whether every word of a sequence is written in capitals ("MILITARY PRESS", "BIR GHANAM")."""
    return all(len(w) > 1 and w.isupper() for w in words)


def _heading_word(word: str, res: _Resources, kb: _KB) -> bool:
    """Whether a word in capitals is a common word of a heading: known to the dictionary, and no given name,
    country, big city, name particle ("DE GAULLE", "EL BIAR") or actor of the knowledge base ("NATO", "UN",
    "OBAMA" stay); a short word only when it is a function word ("ON", "THE"), else an acronym ("BP PLC")."""
    folded = fold(word)
    if len(word) < CAPITALS_NAME_LETTERS and folded not in res.stop:
        return False
    return folded not in res.surname_particles and folded not in _NAME_PARTICLES and folded not in _given_names() \
        and _common_word(word, res.lang) and not _is_country_or_big_city(word) and not _kb_ids(kb, word)


_COUNT_BEFORE = re.compile(COUNT_BEFORE)
# A word left alone from a run of capitals, shorter than this, is kept as an acronym ("STOP BLAMING BP").
HEADING_LAST_LETTERS = 3


def _counted(text: str, span: _Span, words: list[str], res: _Resources) -> bool:
    """Whether capitalized common words after a count are the things counted ("3 Army Soldiers", "18 Navy
    Personnel"): the last word is a plural or a noun counting people, no word is a place or a given name."""
    before = text[max(0, span.start - 16):span.start]
    spaced = before.rstrip(" \u00a0")
    # a count ends on a digit and spaces: most names have none before them, which a string test tells
    if len(spaced) == len(before) or not spaced[-1:].isdecimal() \
            or not _COUNT_BEFORE.search(text, max(0, span.start - 16), span.start):
        return False
    last = words[-1].lower()
    plural = _lemma(last, res.lang) != last and last.endswith(("s", "x"))
    if not (plural or fold(last) in res.count_nouns):
        return False
    return all(_common_word(w, res.lang) and fold(w) not in _given_names() and not _is_country_or_city(w, 1)
               for w in words)


def _article_of_place(span: _Span, res: _Resources) -> bool:
    """Whether the capitalized article opening `span` is part of a place's name, as the language writes it
    ("Le Caire", "La Haye", "The Hague"): a list of the language, for a capital article also opens names of
    papers ("Le Point", "The Sun"), of countries ("La France") and headlines."""
    first = span.text.split(None, 1)[0]
    listed = res.article_places.get(name_key(span.text))
    return listed is not None and first[:1].isupper() and fold(listed.split(None, 1)[0]) == fold(first)


def _particle_surnames(text: str, spans: list[_Span], res: _Resources, kb: _KB) -> None:
    """A surname after a lower-case particle begins with it, and names a person, when a title or an honorific
    opens it ("le général de Gaulle", "M. de Villepin", "General de Gaulle") or when the document writes it
    after a given name or with a capital ("Charles de Gaulle", "De Gaulle"); never a country, a city or a body
    of the knowledge base."""
    written: set[str] = set()
    for span in spans:
        words = span.text.split()
        if len(words) > 1 and fold(words[-2]) in res.surname_particles and (
                span.type == PERSON or len(words) > 2 and fold(words[0]) in _given_names()):
            written.add(fold(" ".join(words[-2:])))
    for span in spans:
        if span.type or " " in span.text:
            continue
        m = _LOWER_PARTICLE_BEFORE.search(text, max(0, span.start - 5), span.start)
        if m is None or m.group(1) not in res.surname_particles or m.group(1) in _ARTICLES:
            continue
        word = span.text
        if not word[1:].islower() or fold(word) in res.calendar or _kb_ids(kb, word):
            continue  # "commandant du CentCom", "la bataille de Mai"
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        # the title heads its phrase ("le général", "General"), not a noun's complement ("le quartier général")
        titled = before is not None and not before.group(2) and fold(before.group(1)) in res.particle_titles and (
            before.group(1)[:1].isupper()
            or bool(_TITLE_OPENING.search(text, max(0, before.start(1) - 12), before.start(1))))
        # after a title only a country or a big city is the title's place ("le général de Tripoli"): a town's
        # name there is a surname ("le général de Villiers"); without a title any city is a place
        if _is_country_or_big_city(word) if titled else _is_country_or_city(word, 2):
            continue
        if titled or fold(f"{m.group(1)} {word}") in written:
            span.start, span.text, span.type, span.titled = m.start(), text[m.start():span.end], PERSON, titled


def _common_name_after(words: list[str], res: _Resources, kb: _KB) -> bool:
    """Whether the words after a title modifier ("Foreign", "Top") are common words that no title word, given
    name, place or base's entry among them makes a person's name: "Policy", "Kill", "Corps of Engineers"
    (where "Foreign Minister Lavrov", "Top aide John Smith" name persons)."""
    givens = _given_names()
    for word in words:
        if word[:1].islower():
            continue  # "of", "and": the connectors of a longer name
        folded = fold(word)
        if folded in res.title_words or folded in res.honorifics or folded in givens or folded in res.demonyms \
                or folded in res.titles or not _common_word(word, res.lang):
            return False  # "Former Soviet leader", "Foreign Affairs Minister": a title goes on
    rest = " ".join(words)
    return not _kb_ids(kb, rest) and not _is_country_or_city(rest, len(words))


def _particle_surname(text: str, span: _Span, res: _Resources) -> bool:
    """Whether the document writes the particle and the word of `span` ("Le Pen", "De Gaulle") elsewhere as
    a person's surname: after a given name, an honorific or a title ("Marine Le Pen", "M. Le Drian", "le
    général de Gaulle", "Jean de La Fontaine"). Never a country or a name of the knowledge base ("La France")."""
    particle, surname = span.text.split()
    if surname.isupper() or _is_country_or_city(surname, 1) or _kb_ids(knowledge_base(), surname):
        return False  # "La CPI", "La France": a body or a country after its article
    return any(start != span.start for start in _surname_particles(text, particle, surname, res.lang))


# Documents whose answers _surname_particles and _cased_use keep: a long page asks again at every "Le Pen",
# every "VALLS:", and each answer reads the whole text.
WHOLE_TEXT_ANSWERS = 256


@lru_cache(maxsize=WHOLE_TEXT_ANSWERS)
def _surname_particles(text: str, particle: str, surname: str, lang: str) -> tuple[int, ...]:
    """Where the document writes `particle` (as written, or in another case) before `surname` after a given
    name, an honorific or a title ("Marine Le Pen", "M. Le Drian")."""
    res = _resources(lang)
    starts = []
    for start, _ in _occurrences(text, surname):
        written = _PARTICLE_BEFORE.search(text, max(0, start - len(particle) - 3), start)
        if written and fold(written.group(1)) == fold(particle) and _person_before(text, written.start(1), res):
            starts.append(written.start(1))
    return tuple(starts)


def _is_word_char(char: str) -> bool:
    """Whether a character is a word character or a hyphen, as the regex class of both tells (its word characters
    are those str.isalnum accepts, and the underscore), without a regex call."""
    return char.isalnum() or char == "_" or char == "-"


def _occurrences(text: str, word: str):
    """(start, end) of `word` as a whole word of `text`: a plain substring search, which a pattern opening on a
    lookbehind would make the regex engine try at every position."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if (not start or not _is_word_char(text[start - 1])) and (end == len(text) or not _is_word_char(text[end])):
            yield start, end
        start = text.find(word, end)


# Documents whose answers _named_inside keeps: a comment page asks again for each of its hundred "Reply".
NAMED_INSIDE_CACHE = 256


@lru_cache(maxsize=NAMED_INSIDE_CACHE)
def _named_inside(text: str, word: str) -> bool:
    """Whether the text writes a capitalized word somewhere other than at a sentence's start."""
    return any(not _sentence_initial(text, start) for start, _ in _occurrences(text, word))


def _named_after_lower_word(text: str, name: str) -> bool:
    """Whether the text writes a name of several words right after a word in lower case somewhere ("said the Coast
    Guard"), where it opens no sentence and continues no other name ("Restore Coastal Louisiana")."""
    return any(_LOWER_PARTICLE_BEFORE.search(text, max(0, start - 30), start) for start, _ in _occurrences(text, name))


def _person_before(text: str, start: int, res: _Resources) -> bool:
    """Whether a given name, an honorific or a title ends right before `start`; a given name also past a "de"
    ("Jean de La Fontaine"), a title not ("le président de la Syrie")."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = fold(before.group(1))
    if any(part in _given_names() for part in word.split("-")):
        return True
    return not before.group(2) and (word in res.honorifics or word in res.titles)


def _acronym_use(text: str, span: _Span) -> bool:
    """Whether a short word in capitals is used as an acronym, where a common word ("AIDS", "CARE") may be one:
    in brackets after a name ("Gulf Oil Port (GOOP)", "l'Institut des études (IRIS)"), written so again in the
    text, listed with another acronym ("OXFAM and CARE") or owning something ("CARE's director")."""
    if _NAME_BRACKET.search(text, max(0, span.start - 40), span.start):
        return True
    if sum(1 for _ in _occurrences(text, span.text)) > 1:
        return True
    return bool(_ACRONYM_LISTED_BEFORE.search(text, max(0, span.start - 30), span.start)
                or _ACRONYM_LISTED_AFTER.match(text, span.end) or _OWNER_AFTER.match(text, span.end))


# A word and an opening bracket right before another word: "Port (" before "GOOP)"; not a stage direction
# after a sentence's end ("… -- (APPLAUSE)").
_NAME_BRACKET = re.compile(r"\w[ \u00a0]*(?:\(|-LRB-)[ \u00a0]*\Z")
# Another word in capitals and a comma, a slash or a conjunction, before or after a word: "OXFAM and CARE".
_ACRONYM_LISTED_BEFORE = re.compile(r"\b[A-Z]{2,}[ \u00a0]*(?:,|&|\\?/|and|or|et|ou)[ \u00a0]*\Z")
_ACRONYM_LISTED_AFTER = re.compile(r"[ \u00a0]*(?:,|&|\\?/|and|or|et|ou)[ \u00a0]*[A-Z]{2,}\b")
# An owner's mark after a word: "CARE's", "CARE 's" (as tokenized text writes it).
_OWNER_AFTER = re.compile(r" ?['’]s\b")


def _written_in_lower_case(text: str, word: str, words_in_text: set[str], res: _Resources) -> str | None:
    """How the document writes a word it also gives in capitals: PERSON as a surname after a given name, an
    honorific or a title ("OBAMA:" and "Barack Obama"), "name" as one capitalized word inside a sentence that is
    no title ("ACORN" and "Acorn is the largest group"), else None."""
    cased = word[0] + word[1:].lower()
    if cased not in words_in_text:
        return None
    return _cased_use(text, cased, res.lang)


@lru_cache(maxsize=WHOLE_TEXT_ANSWERS)
def _cased_use(text: str, cased: str, lang: str) -> str | None:
    """`_written_in_lower_case` of a word the text writes capitalized (`cased`, "Obama")."""
    res = _resources(lang)
    folded = fold(cased)
    # "the President said" is a title, not the name of "PRESIDENT"; "11 Euros" a unit: only a person's cue counts
    counted = not (folded in res.titles or folded in res.title_words or folded in res.honorifics
                   or folded in res.stop or folded in res.demonyms)
    inside = 0
    for start, end in _occurrences(text, cased):
        if _person_before(text, start, res):
            return PERSON
        # uses inside sentences past NAME_USES change nothing: only a person's cue is still looked for
        if counted and inside < NAME_USES and not _sentence_initial(text, start) and not _NAME_AROUND.match(text, end) \
                and not _CAPITALIZED_BEFORE.search(text, max(0, start - 30), start) \
                and not _NUMBER_BEFORE.search(text, max(0, start - 12), start):
            inside += 1
    return "name" if counted and inside >= NAME_USES else None


def _shouting(text: str, start: int) -> bool:
    """True inside a line written in capitals (a headline or a photo credit), where capitals say nothing."""
    line = text[max(0, start - 40):start + 40]
    if line.isascii():
        # the letters of an ASCII window are counted by deleting them from its bytes: a fifth of two regex passes
        ascii_line = line.encode()
        upper = len(ascii_line) - len(ascii_line.translate(None, _ASCII_UPPER))
        lower = len(ascii_line) - len(ascii_line.translate(None, _ASCII_LOWER))
    else:
        upper, lower = len(_CAPITAL.findall(line)), len(_LOWER_CHAR.findall(line))
    return upper + lower > 12 and upper > SHOUTING * (upper + lower)


# The ASCII letters `_CAPITAL` and `_LOWER_CHAR` match, as bytes.
_ASCII_UPPER = bytes(range(ord("A"), ord("Z") + 1))
_ASCII_LOWER = bytes(range(ord("a"), ord("z") + 1))


def _sentence_initial(text: str, start: int) -> bool:
    """True at the start of a text, line or sentence (not after initials: "the U.S. Minerals …")."""
    return _opens_sentence(text[max(0, start - 8):start])


@lru_cache(maxsize=65536)
def _opens_sentence(before: str) -> bool:
    """Whether a word after these eight characters opens a sentence: the same few endings (". ", ".\n\n", "the ")
    come back at most names, and a look-up costs a fifth of the two regex searches."""
    return bool(_SENTENCE_START.search(before[-6:])) and not _INITIALS_END.search(before) \
        and not _abbreviated_title_end().search(before)


@cache
def _abbreviated_title_end() -> re.Pattern:
    """An abbreviated title or honorific of any language ending the text before a name ("Gen. ", "Sen. "): its full
    stop ends no sentence, so "Gen. Carter Ham" does not open on a common word ("carter") to drop."""
    words = {h[:-1] for code in lang_resources.LANGUAGES for h in lang_resources.load(code, "names")["honorifics"]
             if h.endswith(".") and len(h) > 2}
    return re.compile(r"(?<![\w.])(?:" + "|".join(sorted(map(re.escape, words))) + r")\.[ \u00a0]*\Z")


def _context_countries(words: set[str], spans: list[_Span], res: _Resources, kb: _KB) -> set[str]:
    """ISO codes of the countries a document is about: named countries, demonyms and the base's places."""
    gaz = places.gazetteer()
    countries: set[str] = set()
    for span in spans:
        code = gaz.country_of_name(span.text)
        if code:
            countries.add(code)
        for actor_id in _kb_ids(kb, span.text)[:1]:
            # places only: an agency's or an envoy's country says nothing of where the story is
            if kb.actors[actor_id].type == PLACE and kb.actors[actor_id].country:
                countries.add(kb.actors[actor_id].country)
    countries.update(c for w in words & res.demonym_forms if (c := res.demonyms.get(fold(w))))
    return countries


def _region_countries(spans: list[_Span]) -> set[str]:
    """Countries of the regions the document names as places, each region of one country and no city's name
    ("dans le Vaucluse" puts Orange in France; an envoy going to "Téhéran", a province's name too, does not)."""
    gaz = places.gazetteer()
    found = set()
    for span in spans:
        if span.type == PLACE and not span.kb:
            key = name_key(span.text)
            regions = gaz.region_countries(key)
            if len(regions) == 1 and not _is_country_or_city_key(key, 2):
                found.add(regions[0])
    return found


def _letters(name: str) -> int:
    return sum(c.isalpha() for c in name)


# A number of one or two digits after a country's name, not followed by more digits, a decimal, a time or a
# score: a channel's ("France 24"). Group 1 is the word after it, which may make the number a count (_counted_after).
_MEDIUM_NUMBER = re.compile(r"[ \u00a0]\d{1,2}(?![\d\w-]|[.,:/%]\w|[,.:][ \u00a0]?\d|[ \u00a0]+\d|[ \u00a0]*%)(?:[ \u00a0]+([^\W\d]+))?")
# An article or a contraction before a country's name makes it the country ("le Mozambique 3-1", "à la Tessie 1 ou 2
# générations"): a channel takes none ("sur France 2", "with France 24").
_ARTICLE_BEFORE = re.compile(r"(?:(?<![\w])[LlDd]['’]|(?<![\w])(?:le|la|les|du|des|au|aux|the)[ \u00a0]+)\Z", re.IGNORECASE)
# What follows a wire's dateline town: its region or country after a comma, then the agency in brackets, a dash or
# the day after a bar ("TARNBY , Denmark | Mon …", "TARNBY , Ky. --", "TARNBY -LRB- Reuters -RRB- -").
_DATELINE_TAIL = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*[A-Z][\w.]*(?:[ \u00a0]+[A-Z][\w.]*){0,2}[ \u00a0]*(?:\||--|—)"
                            r"|(?:,[ \u00a0]*[A-Z][\w.]*(?:[ \u00a0]+[A-Z][\w.]*){0,2}[ \u00a0]*)?"
                            r"(?:\(|-LRB-)[ \u00a0]*[A-Z]\w+[ \u00a0]*(?:\)|-RRB-)[ \u00a0]*(?:-|—)"
                            r"|[ \u00a0]*\|[ \u00a0]*[A-Z][a-z]{2}\b)")
# A list's comma or conjunction right before a word: "Shell , BP , Chevron --" lists firms, no dateline.
_LIST_BEFORE = re.compile(r"(?:,|&|(?<!\w)(?:and|or|et|ou))[ \u00a0]*\Z")


def _counted_after(word: str | None, res: _Resources) -> bool:
    """Whether the word after a number makes it a count or a date, not a channel's: a month or a weekday
    ("Tunisie 14 janvier"), or an inflected lower-case noun ("went to Iraq 12 years before"; "France 24 television"
    stays a channel)."""
    if not word:
        return False
    return fold(word) in res.calendar or (word[:1].islower() and _lemma(word, res.lang) != word)


def _type_spans(text: str, spans: list[_Span], res: _Resources, kb: _KB, countries: set[str],
                words_in_text: set[str]) -> None:
    gaz = places.gazetteer()
    firms: set[str] = set()
    for span in spans:
        number = _MEDIUM_NUMBER.match(text, span.end) if span.type in (None, PLACE) else None
        named = text[span.start:number.start(1) if number.group(1) else number.end()].rstrip() if number else ""
        medium = _kb_ids(kb, named) if number else []
        if medium or number and not _counted_after(number.group(1), res) and gaz.country_of_name(span.text) \
                and not _ARTICLE_BEFORE.search(text, max(0, span.start - 5), span.start):
            # a country and a channel's number name the channel ("France 24 television", "France 2"), as does
            # any place and number the knowledge base knows as one ("Europe 1")
            span.text, span.end, span.type = named, span.start + len(named), ORG
            span.kb = kb.actors[medium[0]].id if medium else None
            continue
        if span.type:
            continue
        words = span.text.split()
        key = name_key(span.text)
        left = text[max(0, span.start - TITLE_WINDOW - 30):span.start]
        right = text[span.end:span.end + APPOSITION_WINDOW]
        street = res.street_left.search(left[-30:]) if res.street_left is not None else None
        if street and not _is_country_or_city(span.text, 2):
            # "place de la Libération", "rue Hamra": the whole is a place, whatever the name alone denotes
            span.start -= len(street.group())
            span.text, span.type = text[span.start:span.end], PLACE
            continue
        titles = _title_after_article(text, span, res, kb)
        if titles:
            span.type, span.kb = ORG, titles[0]  # "selon le Point", "au Figaro": the paper, no place or person
            continue
        actors = _kb_ids(kb, span.text)
        if actors:
            actor = kb.actors[actors[0]]
            span.type, span.kb = actor.type, actor.id
            if actor.type == ORG and fold(words[0]) in res.org_heads and res.org_links:
                _extend_org(text, span, res)
                if span.text != words[0] and not _kb_ids(kb, span.text) and len(span.text.split()) > len(words):
                    span.kb = None  # "Croix-Rouge libanaise" is not the base's "Croix-Rouge"
            continue
        if span.text.isupper() and _DATELINE_TAIL.match(text, span.end) \
                and not _LIST_BEFORE.search(text, max(0, span.start - 6), span.start):
            # a wire's dateline opens on its town, in capitals: no acronym, person or body; the time before it is
            # no part of it ("9:40 pm EDT TARNBY")
            while len(words) > 1 and fold(words[0]) in res.stop and not _is_country_or_city(span.text, len(words)):
                span.text = span.text[len(words.pop(0)):].lstrip()
                span.start = span.end - len(span.text)
            span.type = PLACE
            continue
        found = gaz.ids(key)
        country = gaz.country_of_name(span.text)
        if country:
            span.type = PLACE
            continue
        if _speaker_label(text, span, words, res, kb):
            span.type = PERSON  # "ZAKARIA :", "BLITZER :": a transcript's speaker, named by the surname in capitals
            continue
        if res.party_tag is not None and res.party_tag.match(text, span.end):
            span.type = PERSON  # "Barbara Boxer (D-Calif.)": a politician, named before a party's tag
            continue
        if not span.titled and _firm(text, span, words, left, right, found, res, kb):
            span.type = ORG  # "shares of Toyota", "Goldman Sachs chief executive": a firm, whatever else bears the name
            firms.add(key)
            continue
        if "&" in span.text:
            span.type = ORG  # "Procter & Gamble", "Allen & Overy": firms, never one person
            continue
        if len(words) > 1 and not found and _club(words, res):
            span.type = ORG  # "Tottenham Hotspur", "Manchester City", "Real Madrid": a club, no person or town
            continue
        folded_words = [fold(w) for w in words]
        if len(words) > 1 and len(set(folded_words)) == 1:
            continue  # one word said again is a chant or a slogan ("Zanga Zanga, Dar Dar"), no name: left untyped
        medium = len(words) > 1 and folded_words[-1] in res.media_tails
        if span.titled and not (folded_words[0] in res.org_heads or folded_words[-1] in res.org_tails or medium):
            span.type = PERSON
            continue
        if (res.publication_left.search(left[-30:]) or res.medium_right.match(right)) \
                and not _is_country_or_big_city(span.text) and not gaz.region_countries(key) \
                and not _ADJECTIVE_HYPHEN.search(words[-1]) \
                and not any(fold(part) in res.demonyms for part in words[-1].split("-")):
            # "écrit dans le Veilleur", "wrote in Tarn Quarterly", "the Tarnquist daily": the paper, whatever town or
            # person bears its name; an adjective before the noun is none ("a French-language weekly", "a
            # Syrian-Lebanese radio")
            span.type = ORG
            continue
        cue = res.org_left.search(left[-30:])
        if cue:
            title = _title_before(left, res)
            # "le gouverneur de la banque centrale de Vasko Karim Nadir": the body completes a title, and a title
            # right before the name is its holder's ("the World Health Organization director-general Jane Roe")
            span.type = PERSON if title and title.title and _cap_gap_ok(title) and _title_reaches(title, res) \
                and folded_words[0] not in res.org_heads else ORG
            if fold(cue.group().split()[0]) in res.trade_cues and len(words) > 1 \
                    and (_given_start(text, span, words, res, kb) or _may_be_person(words, res, kb)):
                span.type = PERSON  # "the veteran broadcaster Jane Roe": the cue is her trade, not her employer
            continue
        if res.settlement_left.search(left[-40:]):
            span.type, span.settlement = PLACE, True
            continue
        if res.building_left is not None and res.building_left.search(left[-30:]) \
                and not _is_country_or_big_city(span.text):
            span.type = PLACE  # "la prison d'Abou Salim", "la mosquée Omar Makram": a building named after a person
            continue
        title = _title_before(left, res)
        if title and not title.rest.strip(" ,") and _cap_gap_ok(title) and not medium:
            # a title after an article names by one word a person found again when named alone ("le chanteur
            # Bono"), unless the word is a common one ("spokeswoman Experts have…" in a run-on text); a title
            # after a noun is an adjective ("la capitale rebelle Benghazi"); a medium's name after a title is a
            # byline's outlet ("correspondent , BBC News , London")
            span.type = PERSON
            span.titled = (len(words) > 1 or not _common_word(words[0], res.lang)) and (
                title.title is None or bool(_TITLE_OPENING.search(left[:len(left.rstrip(" ,\u00a0")) - len(title.title)])))
            continue
        if res.place_right.match(right):
            span.type = PLACE  # "the Ras Jdir border post", "Kafr Nabl camp"
            continue
        if folded_words[0] in res.place_heads and len(words) > 1 and folded_words[-1] not in res.org_tails \
                and not (folded_words[0] in res.org_heads
                         and any(w in res.org_tails or w in res.body_fields for w in folded_words[1:])):
            # "Gulf of Mexico", "Isle of Wight", "Mont Blanc", even when some hamlet of the gazetteer bears the
            # name; a body's name ending the span is the body's ("Port Authority", "Cape Cod Times"), and after
            # a head naming both, a body's word anywhere ("State Security", "State Security Police")
            span.type = PLACE
            continue
        points = next(j for j, w in enumerate(folded_words + [""]) if w not in res.compass_points)
        rest = " ".join(words[points:])
        if 0 < points < len(words) and (
                _is_country_or_city(rest, len(words) - points) or gaz.region_countries(name_key(rest))
                or any(kb.actors[a].type == PLACE for a in _kb_ids(kb, rest))):
            # "North Africa", "Western Europe", "North West England": a compass point and a known place
            span.type = PLACE
            continue
        if folded_words[0] in res.org_heads or folded_words[-1] in res.org_tails or (
                len(words) > 1 and folded_words[-1] in res.media_tails):
            span.type = ORG  # "Yemen Post", "France Inter": a place's name and a medium's word
            if folded_words[0] in res.org_heads and res.org_links and not (
                    len(words) > 1 and _PARTICLE_START.match(words[1])):
                # an Arabic head takes its complement with the article ("Liwa al-Haqq"), not French links
                _extend_org(text, span, res)
                # grown, it may be a body of the base written with other capitals ("Conseil National de transition")
                span.kb = next((a for a in _kb_ids(kb, span.text) if kb.actors[a].type == ORG), None)
            continue
        if len(words) > 1 and _PARTICLE_START.match(words[1]) \
                and any(kb.actors[a].type == ORG for a in _kb_ids(kb, words[0])):
            span.type = ORG  # "Fatah al-Islam": a body of the base heads the name, the article its complement
            continue
        heads = [j for j, (head, link) in enumerate(zip(folded_words[1:-1], words[2:]), 1)
                 if head in res.org_heads and link[:1].islower()]
        if heads and not any(w in res.stop and w not in res.title_complements for w in folded_words[:heads[0]]):
            # a body's head after its adjectives or its portfolio, then its complement: "Central Bank of Libya",
            # "Finance Committee of the Senate"
            span.type = ORG
            continue
        if _ACRONYM.match(span.text) and not any(places.gazetteer().place(i).population >= places.BIG_CITY for i in found[:1]):
            span.type = ORG
            continue
        given = _given_start(text, span, words, res, kb)
        best = places.choose([gaz.place(i) for i in found[:5]], countries) if found else None
        # a common word that is only another name of a place abroad is the word: "Part" (Perth), "Molotov" (Perm),
        # "Trident" (Trento); in the article's country it is the place's exonym ("Syrte" in Libya)
        alias = len(words) == 1 and best is not None and best.country not in countries and not _own_name(key, best) \
            and _common_word(words[0], res.lang)
        cue = res.place_left.search(left[-30:]) or _CAPITAL_A.search(left[-8:])
        # a bearing or a distance from a point names a place, though a given name opens it ("à l'ouest de Ben Karadi");
        # one common word the gazetteer knows as no place nor region is the word ("au Forum", "in the Fifties"), and so
        # is one that only a town's other name bears ("rescapés du Tsunami", Tsuha's), not a city's ("à Gênes")
        if cue and (found and not (alias and best.population < places.BIG_CITY)
                    or (len(words) <= 3 and (not given or _BEARING.search(left[-30:]))
                              and not (len(words) > 1 and cue.group().strip().lower() in res.weak_place_cues)
                              and (len(words) > 1 or not _common_word(words[0], res.lang)
                                   or gaz.region_countries(key)))):
            span.type = PLACE  # a name after "à" must be a known place to be one if it has two words ("à Mo Tarek")
            # one word after "à", "in", "from" that is no country or big city may be a person the text names in
            # full ("De Valls à Zemmour", "in Rumsfeld 's case"): _resolve_singletons tells
            span.weak = len(words) == 1 and not _is_country_or_big_city(span.text)
            continue
        # a town of some size named by every word of a name opening on a given name is the town ("Abu Dhabi", "George
        # Town"): a kunya or a saint's name opens many towns' names, a person's full name seldom is one ("Hassan Al"
        # is no "Hassan": its key drops a word)
        town = len(words) > 1 and best is not None and best.population >= places.BIG_CITY // 5 \
            and len(key.split()) == len(words)
        if given and not town and (len(words) > 1 or best is None or best.population < places.BIG_CITY):
            span.type = PERSON  # "Karim Nadir"; a given name alone ("Ni Ali, ni Bashar") is a person too
            continue
        if best is not None and (town or best.population >= places.BIG_CITY
                                 or (best.country in countries and best.population >= CONTEXT_TOWN)) and not alias \
                and not (len(words) == 1 and best.population < places.BIG_CITY and words[0].lower() in words_in_text
                         and _common_word(words[0], res.lang)):
            span.type, span.weak, span.gazetteer = PLACE, best.population < places.BIG_CITY, True
            continue
        regions = gaz.region_countries(key)
        if regions and not title and (len(words) > 1 or (
                (set(regions) & countries or _DETERMINED.search(left[-4:]))
                and not _common_word(words[0], res.lang) and folded_words[0] not in _given_names())):
            # A region, province or island of ISO 3166-2 ("Northern Ireland"); a one-word one in an article about
            # its country or after an article ("la Bretagne"), unless a common word ("Coast") or a given name.
            span.type = PLACE
            continue
        if title and _cap_gap_ok(title) and _title_reaches(title, res) and not _LINK_END.search(left) \
                or res.apposition.match(right):
            span.type = PERSON
            continue
        if len(words) > 1 and folded_words[-1] in res.place_tails and not given \
                and folded_words[0] not in res.org_heads and not _capitals_run(words):
            span.type = PLACE  # "Pearl Square", "Dauphin Island", "Plaquemines Parish"; "Lois Lane" is a person
            continue
        if 1 < len(words) <= MAX_REPORTER_WORDS and not _capitals_run(words) \
                and _surname_like(words[-1], res, kb, common_ok=_proper_noun(words[0], res.lang)) \
                and _outlet_before(left, res, kb):
            # "CNN 's Nic Robertson", "told CNN 's Wolf Blitzer": an outlet's own named by a few words ending in a
            # surname is its reporter, though the given name is a common word ("Per Lund"), or the surname one
            # after a given name that is a proper noun ("Anderson Cooper"); "Google 's Android Market" ends in a
            # common word
            span.type = PERSON
            continue
        if len(words) > 1 and not any(w in res.stop for w in folded_words):
            if not _common_words(words, res.lang) or _particle_name(words, res.lang) \
                    or len(words) == 3 and _INITIAL.fullmatch(words[1]):
                span.type = PERSON  # a middle initial makes a person's name of common words ("Miles K. Baker")
            elif not _sentence_initial(text, span.start) and not _capitals_run(words) \
                    and not _headless(words, folded_words, res):
                # capitalized common words mid-sentence name a body: "Global Voices", "Financial Times"; in
                # capitals they are a headline's or a shout's ("NO-FLY ZONE"); a person's given name and surname
                # by their shape are the person the document names so elsewhere (_resolve_singletons)
                span.type, span.weak = ORG, _may_be_person(words, res, kb)
                if res.author_left.search(left[-30:]) or res.age_right.match(right) \
                        or res.speaker_left.search(left[-30:]) and _CLAUSE_END.match(right):
                    # "Editing by Rose Baker": a credit line names its author; "Rose Baker, 34,": her age; '"…,"
                    # said Rose Baker.': the quote's speaker
                    span.type, span.weak = PERSON, False
    if firms:
        # a firm named so once is the firm wherever the document names it ("Toyota said…", not the town)
        for span in spans:
            if span.type != ORG and not span.kb and not span.titled and name_key(span.text) in firms:
                span.type, span.weak, span.gazetteer = ORG, False, False



# A middle initial: one capital and its full stop.
_INITIAL = re.compile(r"[A-Z]\.")
# A compass point or a distance, and the link to the point it is reckoned from, right before a name: "à l'ouest
# de", "40 km de", "north of", "miles from" (French "est" only after "l'": "c'est de" is the verb).
_BEARING = re.compile(r"(?:(?<![\w-])(?:nord|sud|ouest|north|south|east|west|km|kilom[eè]tres?|kilomet(?:er|re)s?|miles?)"
                      r"|(?<=l['’])est)(?:-(?:est|ouest|east|west))?[ \u00a0]+(?:de|du|d['’]|of|from)[ \u00a0]*\Z",
                      re.IGNORECASE)
# A lower-case word right before a name, after a space ("selon le Point", "au Figaro").
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w'’-])([a-z]+)[ \u00a0]+\Z")


def _title_after_article(text: str, span: _Span, res: _Resources, kb: _KB) -> list[str]:
    """Ids of the base's bodies whose name opens with an article the text writes in lower case before the rest,
    alone or contracted with a preposition: "selon le Point", "au Figaro", "the Economist said" name "Le Point",
    "Le Figaro", "The Economist", which the rest alone does not ("Point" is no paper)."""
    before = _LOWER_WORD_BEFORE.search(text, max(0, span.start - 6), span.start)
    article = res.title_articles.get(before.group(1)) if before else None
    if article is None:
        return []
    # the base's spelling with its article: "la Libération" is no "Libération"
    return [a for a in kb.by_key.get(_kb_key(f"{article} {span.text}"), []) if kb.actors[a].type == ORG]


# The colon after a speaker's label in a transcript ("ZAKARIA : Welcome to the show"), past the speaker's role in
# capitals after a comma ("JANE DOE , CNN CORRESPONDENT : Good evening").
_LABEL_COLON = re.compile(r"(?:[ \u00a0]*,[ \u00a0]*[A-Z][A-Z0-9.'’&() \u00a0-]{0,60}?)?[ \u00a0]*:")
# Words of a speaker's label ("CANDY CROWLEY :"), and letters of a label's surname: fewer are an acronym's ("PSA :").
MAX_LABEL_WORDS = 3
MIN_LABEL_LETTERS = 4


def _speaker_label(text: str, span: _Span, words: list[str], res: _Resources, kb: _KB) -> bool:
    """Whether a name in capitals opening a line or a sentence before a colon labels a transcript's speaker by a
    person's name ("ZAKARIA :", "CANDY CROWLEY :"): its last word, written as a name, can be a surname: no common
    word ("HOST :", "PRO :", "UNIDENTIFIED MALE :"), no place's or body's name ("EUROPE :"), and no digit (a
    heading's code: "COVID-19 :")."""
    return span.text.isupper() and len(words) <= MAX_LABEL_WORDS and len(words[-1]) >= MIN_LABEL_LETTERS \
        and not any(c.isdigit() for c in span.text) and bool(_LABEL_COLON.match(text, span.end)) \
        and _sentence_initial(text, span.start) and _surname_like(words[-1].title(), res, kb)


def _may_be_person(words: list[str], res: _Resources, kb: _KB) -> bool:
    """Whether two capitalized words with a common one among them may still be a person's given name and surname:
    the surname no common word or the given name a proper noun ("Rowan Williams", "Anderson Cooper", "Candy
    Crowley"), the first word no acronym, body of the base, title or inflected word ("NBC Obama", "Vice-President
    Suleiman", "Had Blair" opening a quote)."""
    if len(words) != 2:
        return False
    first, last = words
    if first.isupper() or _kb_ids(kb, first) or any(_title_word(part, res) for part in first.split("-")) \
            or _lemma(first.lower(), res.lang) != first.lower():
        return False
    return not _dictionary_word(last, res.lang) or _proper_noun(first, res.lang)


def _headless(words: list[str], folded_words: list[str], res: _Resources) -> bool:
    """Whether capitalized common words end in no body's noun: a title ("Energy Secretary", "Tory MP",
    "Canon Chancellor"), or, where adjectives come before the noun, a demonym ("Latin American", "Middle
    Eastern", "African Americans"); in capitals a demonym is a country's code ("Diabetes UK")."""
    last = folded_words[-1]
    if last in res.org_tails:
        return False
    return last in res.title_words or (not res.adjectives_after and last in res.demonyms and not words[-1].isupper())

# Words of a reporter's name after an outlet's possessive ("CNN 's Mick B. Krever").
MAX_REPORTER_WORDS = 3
# A name's possessor right before it: one to three capitalized words and "'s" ("CNN 's", "Al Jazeera's").
_POSSESSOR_BEFORE = re.compile(r"([A-Z][\w.&-]*(?:[ \u00a0]+[A-Z][\w.&-]*){0,2})[ \u00a0]?['’]s[ \u00a0]+\Z")


def _outlet_before(left: str, res: _Resources, kb: _KB) -> bool:
    """Whether `left` ends on a body's possessive: a body of the base or a medium's name ("CNN 's", "Al
    Jazeera's", "Gulf News's"), whose own named by a person's words is one of its people (its reporter)."""
    possessor = _POSSESSOR_BEFORE.search(left)
    if not possessor:
        return False
    name = possessor.group(1).split()
    for k in range(len(name)):
        piece = " ".join(name[k:])
        if any(kb.actors[a].type == ORG for a in _kb_ids(kb, piece)) or (
                len(name) - k > 1 and fold(name[-1]) in res.media_tails):
            return True
    return False


# Characters before a name where a firm's cue is looked for ("président-directeur général de ").
FIRM_CUE_CHARS = 40
# A name's last word ending in a lower-case word after a hyphen is an adjective ("Frankfurt-listed"), no firm.
_ADJECTIVE_HYPHEN = re.compile(r"-[a-z]+\Z")
# Exchanges are named by the capital or the big city they are in ("Tokyo shares", "Paris stocks"): a market's word
# makes a firm only of a name no capital and no city this populous bears ("Toyota shares", a town of 420,000).
MARKET_CITY = 1_000_000


def _firm(text: str, span: _Span, words: list[str], left: str, right: str, found: list[int], res: _Resources,
          kb: _KB) -> bool:
    """Whether a firm's cue types the name a firm's: a firm's word before it ("shares of", "le PDG de"), a weak
    one before a name of several words or an acronym ("chez Goldman Sachs", not "chez Villepin"), or a firm's
    kind in apposition after it ("Honda, the carmaker,") or right before it ("oil giant Exxon Mobil"), unless it
    opens with a given name ("chez Jean Dupont"); a firm's word after it ("Wells Fargo chief executive", "Toyota
    's shareholders"), or a market's word after a name that no capital or big city bears ("Toyota shares", not
    "Tokyo shares")."""
    if _ADJECTIVE_HYPHEN.search(words[-1]):
        return False  # "BP 's Frankfurt-listed shares": a place's adjective
    gaz = places.gazetteer()
    city = any(gaz.is_capital(i) or gaz.place(i).population >= MARKET_CITY for i in found[:3])
    after = res.firm_right.match(right)
    if after:
        return fold(after.group("cue")) not in res.market_right or not city
    window = left[-FIRM_CUE_CHARS:]
    cued = not holds_none(window, res.firm_leads)  # most windows hold no firm's word before the name
    # a place named by its kind keeps it after an adjective that is also a firm's kind ("the giant Gulf of Mexico
    # spill"); a capital or a big city after a firm's word before it names where a firm is ("analysts at Moscow
    # investment bank Troika")
    kind_before = cued and res.firm_before.search(window) and not (len(words) > 1 and fold(words[0]) in res.place_heads)
    if cued and res.firm_left.search(window) and not city or res.firm_apposition.match(right) or kind_before or (
            cued and (len(words) > 1 or _ACRONYM.match(span.text)) and res.weak_firm_left.search(window)):
        return not (len(words) > 1 and _given_start(text, span, words, res, kb))
    return False



def _club(words: list[str], res: _Resources) -> bool:
    """Whether capitalized `words` name a sports club: a club's word opens or ends them ("Real Madrid",
    "Liverpool FC"), or "City"/"United" ends them after a town that is no country ("Manchester City", not
    "Kuwait City")."""
    first, last = fold(words[0]), fold(words[-1])
    if first in res.club_heads or last in res.club_tails:
        return True
    town = " ".join(words[:-1])
    gaz = places.gazetteer()
    return last in res.town_club_tails and bool(gaz.ids(name_key(town))) and not gaz.country_of_name(town)


# Particles that join the parts of a person's name and no body's or place's name ("Herman van Rompuy",
# "Ursula von der Leyen", "Ahmed ould Abdallah"), unlike "de" or "del" ("Banco de España").
# "der" and "den" alone open German titles too ("Im Namen der Republik").
_PERSON_PARTICLES = frozenset("van von ter bin ben ibn bint ould abu abou".split())


def _particle_name(words: list[str], lang: str) -> bool:
    """Whether a capitalized sequence has a person's shape: a name that is no common word, a person's
    particle, in lower case or capitalized, then the surname ("Herman van Rompuy", even where "Herman" is unknown as
    a given name; "Herman Van Rompuy", though "Van" is a common word)."""
    return len(words) > 2 and _is_cap(words[-1]) and not _common_word(words[0], lang) \
        and any(fold(w) in _PERSON_PARTICLES for w in words[1:-1])


# The links before a capitalized word that continue a body's name ("Front de libération", "Bureau intégré des
# Nations unies"); after "à", "en", "pour", a capitalized word is where or for whom, not the name.
_NAME_LINKS = ("de", "du", "des", "d'", "l'")
# Prepositions that in a body's name take an article before a common noun ("Organisation pour la coopération",
# "Commissariat à l'énergie"): a bare word after them is a clause's, a verb's or an idiom's ("pour appeler à …",
# "à peine élu", "à condition de"); a number after any link is a count or a year ("sur 150", "en 2011").
_BARE_LINKS = ("à", "a", "pour", "sur", "contre")


def _extend_org(text: str, span: _Span, res: _Resources) -> None:
    """Grow "Front", "Institut", "Assemblée"… over the lower-case words French names of organisations
    carry: "Front de libération du peuple du Tigré", "Institut français des relations internationales"."""
    tokens = [(span.end + m.start(), span.end + m.end(), m.group()) for m in _EXTENSION_TOKENS.finditer(text[span.end:span.end + 140])]
    i, end = 0, span.end

    def complement_at(j: int) -> bool:
        """Whether a link and a capitalized word start at token `j` ("des Nations unies", "de la Défense")."""
        linked = 0
        while j < len(tokens) and linked < 2 and tokens[j][2].lower().replace("’", "'") in res.org_links:
            j, linked = j + 1, linked + 1
        return bool(linked) and j < len(tokens) and tokens[j][2][:1].isupper() \
            and fold(tokens[j - 1][2]).replace("’", "'") in _NAME_LINKS

    def adjectives(i: int, limit: int) -> int:
        nonlocal end
        while limit and i < len(tokens) and tokens[i][2][:1].islower():
            word = fold(tokens[i][2])
            # a participle qualifies a body only before its complement: "Bureau intégré des Nations unies",
            # not "le Conseil réuni" nor "l'Office créé par…"; a verb with an adjective's ending is the
            # sentence's: "la Cour explique"
            if word in res.stop or _present_verb(tokens[i][2], res) or not (word in res.demonyms or word in res.org_adjectives or _ADJECTIVE_END.search(word)
                                        or (_PARTICIPLE_END.search(tokens[i][2]) and complement_at(i + 1))):
                break
            end, i, limit = tokens[i][1], i + 1, limit - 1
        return i

    i = adjectives(i, 2)
    for _ in range(3):
        j = i
        if j < len(tokens) and fold(tokens[j][2]) == "et":
            j += 1
        linked = 0
        while j < len(tokens) and linked < 2 and tokens[j][2].lower().replace("’", "'") in res.org_links:
            j, linked = j + 1, linked + 1
        if not linked or j >= len(tokens):
            break
        word = tokens[j][2]
        if not re.match(r"\w", word) or word[:1].isdigit() or (word[:1].islower() and (
                fold(word) in res.not_describers or len(word) < 3
                or linked == 1 and fold(tokens[j - 1][2]) in _BARE_LINKS)):
            break
        if word[:1].isupper() and fold(tokens[j - 1][2]).replace("’", "'") not in _NAME_LINKS:
            break  # "Assemblée nationale à Caracas": a place after "à" is where, not part of the name
        end = tokens[j][1]
        i = adjectives(j + 1, 2)
    if end > span.end:
        span.end, span.text = end, text[span.start:end]


def _present_verb(word: str, res: _Resources) -> bool:
    """Whether a lower-case word is a verb in the present tense: its lemma is an infinitive of the language and
    the word that infinitive's stem and a present ending ("explique" of "expliquer"; "étrangère" of "étranger"
    is no present of it). The stem may take a grave accent or double its last consonant before a silent
    ending ("achète" of "acheter", "appelle" of "appeler", "jette" of "jeter")."""
    lemma = _lemma(word, res.lang)
    folded = fold(word)
    for infinitive, endings in res.present_verb_endings.items():
        stem = fold(lemma[:-len(infinitive)])
        if lemma == word or not lemma.endswith(infinitive) or not stem or not folded.startswith(stem):
            continue
        rest = folded[len(stem):]
        if rest in endings or (rest[:1] == stem[-1] and rest[1:] in endings):
            return True
    return False


def _common_words(words: list[str], lang: str) -> bool:
    """True when a word of an unknown capitalized sequence tells it is no person's name (`_no_name_word`):
    "Getty Images", "Land Cruiser", "Munich Re" are not persons, while "Laura Marsh" and "Lyndon Johnson" are.
    In another language's article, English words all common name no person either: the titles and bodies it
    quotes ("The Old Guard", "Iron Curtain"); one English word among others is too weak a sign ("Liam Fox",
    "Alber Saber")."""
    givens, cased = _given_names(), not all(w.isupper() for w in words)
    if any(_no_name_word(w, lang, givens, cased) for w in words):
        return True
    return lang != "en" and all(w[:1].islower() or (len(w) > 2 and fold(w) not in givens and _common_word(w, "en"))
                                for w in words)


# Letters of an acronym among cased words that tell a body's or a thing's name ("Lloyds TSB", "USS Cole").
ACRONYM_LETTERS = 3


def _no_name_word(word: str, lang: str, givens: frozenset[str], cased: bool) -> bool:
    """Whether a word is no part of a person's name: an acronym among cased words ("Lloyds TSB"), or a word of
    the dictionary that is no given name and either a common word or a proper noun naming a country, a big city
    or a place or body of the base ("BP America", "Munich Re"); a surname the dictionary holds ("Johnson",
    "Walsh") is a name."""
    if cased and len(word) >= ACRONYM_LETTERS and word.isalpha() and word.isupper():
        return True  # two capitals are a person's initials as often ("TS Eliot")
    lower = word.lower()
    if len(word) < 3 or fold(word) in givens or not _known(lower, lang):
        return False
    kb = knowledge_base()
    return _lemma(lower, lang)[:1].islower() or _is_country_or_big_city(word) \
        or any(kb.actors[a].type != PERSON for a in _kb_ids(kb, word))


def _unglue(text: str, spans: list[_Span], res: _Resources, kb: _KB, countries: set[str],
            words: set[str]) -> list[_Span]:
    """A name whose last words are a person's full name the document writes alone is two names that a lost comma
    or line break glued (invented: "Valmont Anna Ruiz", "End Quote Anna Ruiz", "Radio Anna Ruiz"): the person
    goes apart, and the words before are a name of their own if any. The words before must be another's name
    (a country or a city, a name of the base or one the document writes alone) or common words; a given name
    or a particle among them, or any other word, may be the person's own ("Maria Anna Ruiz", "Ould Anna Ruiz").
    A "person" ending on a body's or a place's word ("Marine Laboratory") is none to cut out."""
    persons = {sp.text: sp for sp in spans if sp.type == PERSON and " " in sp.text
               and fold(sp.text.rsplit(None, 1)[1]) not in res.org_tails
               and fold(sp.text.rsplit(None, 1)[1]) not in res.place_tails}
    if not persons:
        return spans
    givens = _given_names()
    named = {sp.text for sp in spans if sp.type != PERSON or " " in sp.text}
    out: list[_Span] = []
    for span in spans:
        parts = span.text.split()
        cut = None
        if len(parts) > 2:
            for k in range(1, len(parts) - 1):
                if any(fold(w) in givens or fold(w) in res.surname_particles for w in parts[:k]):
                    break
                person = persons.get(" ".join(parts[k:]))
                if person is not None and person is not span and span.text.endswith(person.text):
                    head = " ".join(parts[:k])
                    if head in named or _is_country_or_big_city(head) or _kb_ids(kb, head) \
                            or all(_common_word(w, res.lang) for w in parts[:k]):
                        cut = person
                    break
        if cut is None:
            out.append(span)
            continue
        start = span.end - len(cut.text)
        out.append(_Span(start, span.end, cut.text, PERSON, cut.kb))
        head = text[span.start:start].rstrip()
        before = _Span(span.start, span.start + len(head), head)
        if head and _keep(text, before, res, kb, words):
            _type_spans(text, [before], res, kb, countries, words)
            if before.type:
                out.append(before)
    return out


def _drop_nested(spans: list[_Span]) -> list[_Span]:
    """Spans swallowed by a grown organisation name go."""
    kept: list[_Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept


def _link_acronyms(text: str, spans: list[_Span]) -> None:
    """"Name (ACRONYM)": the acronym joins the name; a name with lower-case words is rebuilt from the initials."""
    by_start = {s.start: s for s in spans}
    added: list[_Span] = []
    for span in list(spans):
        m = _PAREN_ACRONYM.match(text[span.end:span.end + 14])
        if not m:
            continue
        acronym = by_start.get(span.end + m.start(1))
        if acronym is None:
            continue
        if _initials_match(span.text, acronym.text):
            acronym.acronym_of = span
            if not acronym.kb:
                acronym.type = span.type or ORG
                span.type = span.type or ORG
            continue
        expansion = _expand_backwards(text, span.end, acronym.text)
        if expansion is None and span.type == ORG and not acronym.kb:
            # "Front de libération du peuple du Tigré (TPLF)": the acronym of another language's name
            acronym.type, acronym.acronym_of = ORG, span
            continue
        if expansion is not None:
            s, e = expansion
            rebuilt = _Span(s, e, text[s:e], ORG)
            added.append(rebuilt)
            acronym.type = acronym.type or ORG
            acronym.acronym_of = rebuilt
            for inner in spans:
                if s <= inner.start and inner.end <= e:
                    inner.type = None  # the capitalized head is inside the rebuilt name
    spans.extend(added)
    spans.sort(key=lambda s: s.start)


# A capitalized word right after or before a word: that word is part of a longer name ("World Bank").
_NAME_AROUND = re.compile(r"[ \u00a0]+[A-ZÀ-Þ]")
# A particle and the spaces between it and the surname after it ("Le Pen", "de Gaulle").
_PARTICLE_BEFORE = re.compile(r"(?<![\w])(\w+)[ \u00a0]+\Z")
_NUMBER_BEFORE = re.compile(r"\d[ \u00a0]*\Z")
_CAPITALIZED_BEFORE = re.compile(r"[A-ZÀ-Þ][\w'’.-]*[ \u00a0]+\Z")
# The word before a surname, past a "de" ("Jean de La Fontaine"): a given name, an honorific or a title.
# A lower-case particle right before a capitalized word ("de Gaulle", "van Rompuy").
_LOWER_PARTICLE_BEFORE = re.compile(r"(?<![\w'’])([a-z]+)[ \u00a0]+\Z")
_WORD_BEFORE = re.compile(r"([\w.'’-]+)[ \u00a0]+(de[ \u00a0]+)?\Z")
# Articles that begin French surnames ("Le Maire", "La Fontaine").
_SURNAME_ARTICLES = frozenset({"Le", "La"})
# What opens a title that names a person: an article, a possessive, a sentence's start ("le chanteur",
# "the singer", "son avocat", "Singer Madonna").
_TITLE_OPENING = re.compile(r"(?:(?<![\w])(?:le|la|les|un|une|son|sa|the|a|an|his|her|its|their)[ \u00a0]+|(?<![\w])l['’]|"
                            r"(?:\A|[.!?\n«“])[ \u00a0]*)\Z", re.IGNORECASE)
# A definite article just before a name, alone or joined to "de" or "à": "la Bretagne", "l'Alsace", "du Var",
# "au Texas", "the Punjab".
_DETERMINED = re.compile(r"(?:\b(?:la|le|les|du|des|au|aux|the)\s+|\bl['’])$", re.IGNORECASE)
_FUNCTION_WORDS = frozenset("et and pour for l d à a au aux en sur the of la le les de du des".split())


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w and fold(w) not in _NAME_PARTICLES and fold(w) not in _FUNCTION_WORDS)


def _initials_match(name: str, acronym: str) -> bool:
    words = re.split(r"[ \u00a0'’-]+", name)
    return _initials(words).upper() == re.sub(r"[^A-Z]", "", fold(acronym).upper())


def _expand_backwards(text: str, end: int, acronym: str) -> tuple[int, int] | None:
    """The words before "(ACRONYM)" whose initials spell it, lower-case words included."""
    letters = re.sub(r"[^a-z]", "", fold(acronym))
    if len(letters) < 2:
        return None
    window = text[max(0, end - 120):end]
    words = list(re.finditer(r"[\w-]+", window))
    for k in range(len(words) - 1, -1, -1):
        chunk = [w.group() for w in words[k:]]
        initials = fold(_initials([c for part in chunk for c in part.split("-")])).lower()
        if initials == letters and chunk[0][:1].isupper():
            return max(0, end - 120) + words[k].start(), max(0, end - 120) + words[-1].end()
        if len(initials) > len(letters):
            return None
    return None


# A name's clause ends right after it: a comma or a full stop.
_CLAUSE_END = re.compile(r"[ \u00a0]*[,.](?![\w])")


def _resolve_singletons(spans: list[_Span]) -> None:
    """A name of several words left untyped, or typed a body only by its common words, is the person the document
    names so elsewhere ("as do Rowan Williams and …" after "Archbishop Rowan Williams"); typed a body so, it is
    the person the document names by its last word ("I 'm Candy Crowley" in a transcript of "CROWLEY :"); left
    untyped, it is the body the document names so elsewhere ("Federal Reserve officials met" opening a sentence,
    where its common words type nothing, after "the Federal Reserve"). Single words left untyped, or typed a place only by a small homonymous town or a preposition: a word of the name of a person of the document ("Haddad", "Abiy" for Abiy Ahmed), or of one a
    title or an age named by one word ("Professor Amsel", "Five-year-old Samir"), is that person; others are
    dropped. A word typed a place by the gazetteer alone, whatever the town's size, is the person a title names by
    that word ("Bono a chanté… le chanteur Bono": not Bonn), or the surname of a person the document names in full,
    unless a national capital bears it ("Tony Hayward… Hayward will step down": not Hayward, California;
    "Lewis Fry Richardson… Richardson plotted": not Richardson, Texas)."""
    person_words = {w for s in spans if s.type == PERSON and (len(s.text.split()) > 1 or s.titled)
                    for w in name_key(s.text).split()}
    titled_words = {name_key(s.text) for s in spans if s.type == PERSON and s.titled and len(s.text.split()) == 1}
    full_names = {name_key(s.text) for s in spans if s.type == PERSON and len(s.text.split()) > 1}
    surnames = {_name_words(s.text)[-1] for s in spans if s.type == PERSON and len(s.text.split()) > 1}
    named_by_surname = {name_key(s.text) for s in spans if s.type == PERSON and len(s.text.split()) == 1}
    bodies = {name_key(s.text) for s in spans if s.type == ORG and not s.weak and len(s.text.split()) > 1}
    for span in spans:
        if len(span.text.split()) != 1:
            key = name_key(span.text)
            if (span.type is None or span.weak) and key in full_names \
                    or span.weak and key.rsplit(None, 1)[-1] in named_by_surname:
                span.type, span.weak = PERSON, False
            elif span.type is None and key in bodies and key.split(None, 1)[0] not in _given_names():
                span.type = ORG  # "Federal Reserve officials met" opening a sentence: the body named so elsewhere
            continue
        key = name_key(span.text)
        if (span.type is None or span.weak) and key in person_words or span.gazetteer and (
                key in titled_words or key in surnames and not _capital_name(key)):
            span.type, span.weak, span.gazetteer = PERSON, False, False


# What parts the names of a list: a comma, "and", or both ("Tom Roe, Anne Poe and Ted Bull").
_LIST_LINK = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*(?:(?:and|et)[ \u00a0]+)?|(?:and|et)[ \u00a0]+)")


def _listed_persons(text: str, spans: list[_Span]) -> None:
    """A name typed a body only by its common words, though it may be a person's ("Newt Calloway", "Teddy Walton"),
    is a person when a list joins it to a person's full name ("Tim Poe and Newt Calloway spoke", "Ann Roe, Teddy
    Walton and Lionel Bell"): a list names things of one kind. Read both ways, a run of such names takes it on."""
    pairs = [(a, b) for a, b in zip(spans, spans[1:]) if _LIST_LINK.fullmatch(text, a.end, b.start)]
    for a, b in pairs + pairs[::-1]:
        for person, other in ((a, b), (b, a)):
            if other.type == ORG and other.weak and person.type == PERSON and not person.weak \
                    and len(person.text.split()) > 1:
                other.type, other.weak = PERSON, False


def _vessels(text: str, spans: list[_Span], res: _Resources) -> None:
    """A name that a ship's or a rig's noun stands right by ("the tanker Exxon Valdez", "the Deepwater Horizon
    rig"), or that names a spill ("the Exxon Valdez spill"), names a vessel or a well, no person and no place of
    the gazetteer or named by its kind ("a Gulf of Mexico rig"): each mention of it in the document is typed an
    organisation, the nearest of the three types to a vessel, its owner's asset."""
    gaz = places.gazetteer()
    keys = {key for s in spans if s.type in (PERSON, PLACE) and not s.kb and (
            res.vessel_left.search(text[max(0, s.start - VESSEL_NOUN_CHARS):s.start]) or res.vessel_right.match(text, s.end))
            and not _place_word(s.text, res) for key in [name_key(s.text)] if not gaz.ids(key)}
    for span in spans:
        if span.type in (PERSON, PLACE) and not span.kb and keys and name_key(span.text) in keys:
            span.type = ORG


def _place_word(name: str, res: _Resources) -> bool:
    """Whether a word of the name is a place's head or tail ("Gulf of Mexico", "Gulf Coast")."""
    return any(fold(w) in res.place_heads or fold(w) in res.place_tails for w in name.split())


def _capital_name(key: str) -> bool:
    """Whether a national capital bears this name key ("Washington" stays the city after "Denzel Washington")."""
    gaz = places.gazetteer()
    return any(gaz.is_capital(gid) for gid in gaz.ids(key)[:3])


def _geocode(text: str, spans: list[_Span], res: _Resources, countries: set[str], words: set[str]) -> None:
    kb = knowledge_base()
    unresolved: list[_Span] = []
    for span in spans:
        if span.type != PLACE:
            continue
        if span.kb:
            actor = kb.actors[span.kb]
            if actor.geonames:
                try:
                    span.place = places.gazetteer().place(actor.geonames)
                except KeyError:
                    span.place = None
            continue
        local = countries
        if span.settlement:
            # "déplacé syrien du village d'al-Norik": the stated nationality fixes the village's country
            stated = [res.demonyms.get(fold(m.group())) for m in res.demonym_re.finditer(text, max(0, span.start - 50), span.start)]
            stated = [c for c in stated if c]
            if stated:
                local = {stated[-1]}
        found = places.geocode(span.text, local)
        if found is None and not span.settlement:
            unresolved.append(span)
            continue
        if found is None:
            found = places.geocode(span.text, local, loose=True)
        span.place = _near(found, local)
    # a transliteration is read in the countries the story is mostly about, the most named first, known once the
    # rest is placed (and counted only when a frame matched: few names get that far)
    main: list[str] | None = None
    for span in unresolved:
        found = places.geocode(span.text, countries, loose=True)
        if found is not None:
            if main is None:
                main = [c for c in _main_countries(text, spans, words, res, kb) if c in countries]
            if main and found.country != main[0]:
                found = next((p for c in main if (p := places.geocode(span.text, countries, loose=True,
                                                                     frame_countries={c}))), None)
        span.place = _near(found, countries)


def _near(found: places.Place | None, local: set[str]) -> places.Place | None:
    """`found`, unless it is a small foreign town of a document about other countries."""
    if found is not None and found.country not in local and local and found.population < FOREIGN_SMALL_TOWN \
            and found.feature_class == "P":
        return None
    return found


def _main_countries(text: str, spans: list[_Span], words: set[str], res: _Resources, kb: _KB) -> list[str]:
    """The countries whose places and peoples a document names most, most named first: those named at least
    MAIN_COUNTRY_SHARE of the times the most named one is. A people's word is counted in the story's opening
    only, by a
    substring count ("Libyan" counts "Libyans" too, which only weighs a nation more than its places)."""
    counts: Counter[str] = Counter()
    opening = text[:MAIN_COUNTRY_OPENING]
    for word in words & res.demonym_forms:
        country = res.demonyms.get(fold(word))
        if country:
            counts[country] += opening.count(word)
    for span in spans:
        if span.type != PLACE:
            continue
        country = span.place.country if span.place is not None else (
            kb.actors[span.kb].country if span.kb else None)
        if country:
            counts[country] += 1
    top = max(counts.values(), default=0)
    # ties in code order: the same document gives the same places in every process
    return [c for c, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])) if n >= top * MAIN_COUNTRY_SHARE]


def _merge(text: str, spans: list[_Span], kb: _KB, res: _Resources) -> dict[str, _Group]:
    groups: dict[str, _Group] = {}
    by_key: dict[tuple[str, str], str] = {}
    by_frame: dict[tuple[str, str], str] = {}

    def attach(span: _Span, gid: str) -> None:
        group = groups[gid]
        group.spans.append(span)
        span.entity = gid
        key = (span.type, name_key(span.text))
        by_key.setdefault(key, gid)
        frame = skeleton(span.text)
        if len(frame.replace(" ", "")) >= MIN_SKELETON:
            by_frame.setdefault((span.type, frame), gid)

    def new_group(span: _Span, gid: str) -> str:
        if gid not in groups:
            groups[gid] = _Group(gid, span.type, kb=span.kb, place=span.place)
        return gid

    # full names first, so surnames find them
    order = sorted(range(len(spans)), key=lambda i: (spans[i].acronym_of is not None, -len(spans[i].text.split()), spans[i].start))
    for i in order:
        span = spans[i]
        key = (span.type, name_key(span.text))
        if span.kb:
            attach(span, new_group(span, f"kb:{span.kb}"))
            continue
        if span.type == PLACE and span.place is not None:
            gid = f"gn:{span.place.geonames_id}"
            attach(span, new_group(span, gid))
            continue
        if key in by_key:
            attach(span, by_key[key])
            continue
        frame = (span.type, skeleton(span.text))
        if frame in by_frame:
            attach(span, by_frame[frame])
            continue
        attach(span, new_group(span, f"{span.type}:{key[1].replace(' ', '-')}"))

    # acronyms join their expansions
    for span in spans:
        target = span.acronym_of
        if target is None or not target.entity or target.entity not in groups or span.entity == target.entity:
            continue
        source_id, target_id = span.entity, target.entity
        if groups[source_id].kb and not groups[target_id].kb:
            source_id, target_id = target_id, source_id  # the base's entry keeps its id
        _absorb(groups, source_id, target_id)

    # an acronym the document spells out itself is that organisation, not the base's namesake
    # ("Rapid Support Forces … the RSF" is not Reporters sans frontières)
    initials = {}
    for group in groups.values():
        if group.type == ORG:
            for span in group.spans:
                letters = _initials(re.split(r"[ \u00a0'’-]+", span.text)).upper()
                if len(letters) > 1:
                    initials.setdefault(letters, group.id)
    for group in [g for g in groups.values() if g.type == ORG and g.kb]:
        if group.id not in groups or not all(_is_acronym(s.text) for s in group.spans):
            continue
        target = initials.get(re.sub(r"[^A-Z]", "", group.spans[0].text))
        if target and target != group.id and target in groups:
            for span in group.spans:
                span.kb = None
            group.kb = None
            _absorb(groups, group.id, target)

    # "Mohamed Hamdan Dagalo, known as Hemedti": the nickname joins the person named just before
    for span in spans:
        if span.type != PERSON or span.entity not in groups:
            continue
        cue = res.alias_left.search(text, max(0, span.start - 40), span.start)
        if not cue:
            continue
        before = [s for s in spans if s.type == PERSON and s.end <= cue.start() and cue.start() - s.end <= ALIAS_WINDOW
                  and s.entity in groups and s.entity != span.entity]
        if before and len(groups[span.entity].spans) == 1:
            _absorb(groups, span.entity, before[-1].entity)

    _join_surnames(groups, kb, res)
    _join_partial_names(groups)
    _join_leading_names(groups, res, kb)
    _join_short_forms(groups, res)
    _join_heads(text, groups, res)
    return groups


# Particles after which a word is a father's given name, not a surname on its own: "Ali" alone is
# no "Zine el-Abidine Ben Ali", "Laden" no "Oussama Ben Laden".
_PATRONYMIC_PARTICLES = frozenset("ben bin ibn bint ould abu abou".split())
# Generational suffixes closing a person's full name: "Tom H. Reed Jr." is called "Reed", as "Tom Reed" is.
_GENERATIONAL_SUFFIXES = frozenset("jr sr jnr snr".split())


def _name_words(name: str) -> list[str]:
    """The words of a person's name key, without the generational suffix closing a full name."""
    words = name_key(name).split()
    return words[:-1] if len(words) > 2 and words[-1] in _GENERATIONAL_SUFFIXES else words


def _first_start(group: _Group) -> int:
    return min(s.start for s in group.spans)


def _join_surnames(groups: dict[str, _Group], kb: _KB, res: _Resources) -> None:
    """A name of one word joins the person the document means by it.

    A surname goes to the one full name ending with it (or with its consonant frame), and when several
    persons bear it exactly and it is no given name, to the most prominent: the one named most, else first.
    A given name alone goes to the one person bearing it, else to nobody, nor to a person the document or the
    base gives only other titles than the one it bears (`_other_titles`). A surname the base knows ("Obama",
    "Kadhafi") goes to another bearer named in full only when the document names that bearer first ("Bill
    Clinton … Mr Clinton"), not after ("President Obama" all along, "Michelle Obama" once). A surname after a
    patronymic particle inside a name is no surname alone ("Ali" is no "Zine el-Abidine Ben Ali").
    """
    _join_base_actors(groups, kb)
    last_words: dict[str, set[str]] = defaultdict(set)
    first_words: dict[str, set[str]] = defaultdict(set)
    for group in groups.values():
        if group.type != PERSON:
            continue
        keys = [_name_words(s.text) for s in group.spans]
        # a particle opening a name is a given name ("Ben Wedeman"); inside it, it makes a compound surname
        patronymic = any(len(words) > 2 and words[-2] in _PATRONYMIC_PARTICLES for words in keys)
        for words in keys:
            if len(words) < 2:
                continue
            first_words[words[0]].add(group.id)
            if patronymic:
                continue
            last_words[words[-1]].add(group.id)
            frame = skeleton(words[-1])
            if len(frame) >= MIN_SKELETON - 1:
                last_words["~" + frame].add(group.id)
    for group in [g for g in groups.values() if g.type == PERSON]:
        words = max((name_key(s.text).split() for s in group.spans), key=len)
        if len(words) != 1 or group.id not in groups:
            continue
        targets = [groups[t] for t in last_words.get(words[0], set()) if t in groups and t != group.id]
        if not targets and words[0] not in _given_names():
            # a transliteration ("Kadhafi"/"Khadafi") is trusted for one bearer only; a given name alone is no
            # other spelling of a surname whose consonants it shares ("Mark" is no "Moorcock", "Nasser" no "Nezzar")
            targets = [groups[t] for t in last_words.get("~" + skeleton(words[0]), set()) if t in groups and t != group.id]
            targets = targets if len(targets) == 1 else []
        if not targets:
            targets = [groups[t] for t in first_words.get(words[0], set()) if t in groups and t != group.id]
            if len(targets) != 1 or _other_titles(group, targets[0], res, kb):
                continue
        # one actor of the base is never another ("Kadhafi" the father is no "Seif al-Islam Kadhafi")
        targets = [t for t in targets if not (group.kb and t.kb and t.kb != group.kb)]
        if not targets:
            continue
        if len(targets) > 1 and words[0] in _given_names():
            continue  # "François" beside "François Hollande" and "St François" may be anyone
        target = max(targets, key=lambda g: (len(g.spans), -_first_start(g)))
        if group.kb and not target.kb:
            if _first_start(target) > _first_start(group):
                continue
            # The base knows the surname as someone else's ("Clinton"): the full name
            # the document gives first ("Bill Clinton … Mr Clinton") says who it is.
            group.kb = None
            for span in group.spans:
                span.kb = None
        _absorb(groups, group.id, target.id)


def _titles(group: _Group, res: _Resources, kb: _KB) -> set[str]:
    """The role keys of the titles the document gives `group`'s names and of the offices the base knows it held;
    a relation ("fils", "daughter") or a title any holder bears ("dirigeant", "leader") tells no office."""
    keys = {_role_key(role["role"], res) for span in group.spans for role in span.roles
            if fold(role["role"]) not in res.kin_titles and fold(role["role"]) not in res.generic_titles}
    return (keys | {office["role"] for office in kb.actors[group.kb].offices}) if group.kb else keys


def _other_titles(group: _Group, target: _Group, res: _Resources, kb: _KB) -> bool:
    """Whether the titles of a given name alone and of the person named in full it opens are all different:
    a title before a given name names one who goes by it ("le pape Jean", "le prince Karim"), a title before a
    surname ("le président Walter") the bearer of that surname; either is no "Jean Roe", "Karim Doe" or "Walter
    Smith" whom the document calls a senator, a general or a journalist, or the base a president."""
    own = _titles(group, res, kb)
    held = _titles(target, res, kb)
    return bool(own) and bool(held) and own.isdisjoint(held)


def _join_base_actors(groups: dict[str, _Group], kb: _KB) -> None:
    """A full name ending with the surname of a base actor the document names, and spelling one of that actor's
    names otherwise ("Muammar Kadhafi" beside "Kadhafi", "Nicolas Sarkosy"), is that actor."""
    by_word: dict[str, list[_Group]] = defaultdict(list)
    for group in groups.values():
        if group.type == PERSON and group.kb:
            for word in {_name_words(s.text)[-1] for s in group.spans if not s.nominal and name_key(s.text)}:
                by_word[word].append(group)
                by_word["~" + skeleton(word)].append(group)
    if not by_word:
        return
    for group in [g for g in groups.values() if g.type == PERSON and not g.kb]:
        last = {_name_words(s.text)[-1] for s in group.spans if len(name_key(s.text).split()) > 1}
        actors = {a.id: a for w in last for a in by_word.get(w, []) or by_word.get("~" + skeleton(w), [])}
        actors = [a for a in actors.values() if a.id in groups and _spelling_of(group, kb.actors[a.kb])]
        if len(actors) == 1:
            _absorb(groups, group.id, actors[0].id)


def _spelling_of(group: _Group, actor: _Actor) -> bool:
    """Whether a full name of `group` spells a name of the base's `actor` word for word in consonant frames, or,
    in two words, its given name and surname ("Recep Erdogan"); "George H.W. Bush" is no "George W. Bush"."""
    known = [skeleton(n).split() for n in {actor.name, *actor.aliases, *actor.names.values()}]
    known = [k for k in known if len(k) > 1]
    for span in group.spans:
        words = skeleton(span.text).split()
        if len(words) < 2 or span.nominal:
            continue
        if any(words == k or (len(words) == 2 and words[0] == k[0] and words[1] == k[-1]) for k in known):
            return True
    return False


def _join_partial_names(groups: dict[str, _Group]) -> None:
    """A name of several words joins the one longer name holding its words in order with the same last word:
    "Aguilar Zinser" and "Adolfo Zinser" are "Adolfo Aguilar Zinser", "Ben Ali" is "Zine el-Abidine Ben Ali"."""
    names: dict[str, list[str]] = {}
    by_last: dict[str, list[_Group]] = defaultdict(list)
    for group in groups.values():
        if group.type == PERSON:
            names[group.id] = max((name_key(s.text).split() for s in group.spans if not s.nominal), key=len, default=[])
            if len(names[group.id]) > 1:
                by_last[names[group.id][-1]].append(group)
    for bearers in by_last.values():
        if len(bearers) < 2:
            continue
        for group in sorted(bearers, key=lambda g: len(names[g.id])):
            words = names[group.id]
            if group.kb or group.id not in groups:
                continue
            targets = [g for g in bearers if g.id in groups and len(names[g.id]) > len(words) and _in_order(words, names[g.id])]
            if len(targets) == 1:
                _absorb(groups, group.id, targets[0].id)


def _join_leading_names(groups: dict[str, _Group], res: _Resources, kb: _KB) -> None:
    """A name of several words joins the one longer name it opens when the words after it make a surname ("Saif
    al-Arab" is "Saif al-Arab Kadhafi", "Abou Karim" "Abou Karim El Mazrahi"), not words a lost comma glued to the name:
    a title, a nationality, a body, a place, an acronym or a common word ("Jane Roe NOAA", "John Roe Jordanian")."""
    names = {group.id: max((name_key(s.text).split() for s in group.spans if not s.nominal), key=len, default=[])
             for group in groups.values() if group.type == PERSON}
    longer_by_first: dict[str, list[str]] = defaultdict(list)
    for gid, words in names.items():
        if len(words) > 2:
            longer_by_first[words[0]].append(gid)
    for gid, words in sorted(names.items(), key=lambda item: len(item[1])):
        if len(words) < 2 or words[0] not in longer_by_first or gid not in groups or groups[gid].kb:
            continue
        targets = [other for other in longer_by_first[words[0]]
                   if other in groups and len(names[other]) > len(words) and names[other][:len(words)] == words]
        if len(targets) == 1 and all(_surname_word(word, groups[targets[0]], res, kb)
                                     for word in names[targets[0]][len(words):]):
            _absorb(groups, gid, targets[0])


def _join_heads(text: str, groups: dict[str, _Group], res: _Resources) -> None:
    """A body named by its head alone ("la Ligue", "la Cour", "the Chamber") is the one body the document named
    before by a longer name that head opens ("la Ligue des pêcheurs", "Cour d'appel de Rennes", "the Chamber of
    Commerce"): the press shortens a name so once it has given it; when two such bodies are named, the head alone
    tells neither. Where adjectives come first, a capitalized word after the first makes that word no head ("Court
    Bakers"); a capitalized word opening a sentence may be any word."""
    by_head: dict[str, set[str]] = defaultdict(set)
    for group in groups.values():
        if group.type == ORG:
            for span in group.spans:
                words = span.text.split()
                if len(words) > 1 and not span.nominal and (res.adjectives_after or words[1][:1].islower()):
                    by_head[fold(words[0])].add(group.id)
    for group in list(groups.values()):
        heads = {fold(s.text) for s in group.spans}
        if group.type != ORG or group.kb or len(heads) != 1 \
                or all(_sentence_initial(text, s.start) for s in group.spans):
            continue
        head = heads.pop()
        targets = [gid for gid in by_head.get(head, ()) if gid != group.id and gid in groups]
        if head in res.org_heads and len(targets) == 1 and _first_start(groups[targets[0]]) < _first_start(group):
            _absorb(groups, group.id, targets[0])


def _surname_word(word: str, group: _Group, res: _Resources, kb: _KB) -> bool:
    """Whether a word of a name's key, as the group writes it, may be part of a surname."""
    if word in res.stop or word in res.demonyms or word in res.title_words or word in res.titles \
            or _common_word(word, res.lang) or _kb_ids(kb, word) or _is_country_or_city(word, 1):
        return False
    return not any(len(token) > 1 and token.isupper() and name_key(token) == word
                   for span in group.spans for token in span.text.split())


def _in_order(words: list[str], longer: list[str]) -> bool:
    """Whether `words` appear in `longer` in the same order."""
    rest = iter(longer)
    return all(word in rest for word in words)


def _join_short_forms(groups: dict[str, _Group], res: _Resources) -> None:
    """"Mo Tarek" joins "Mohammed Tarek" and "Bob Gates" "Robert Gates": one given name is a short form of the
    other's (a prefix of it, or a known short form), when the document names no other person of that surname."""
    by_surname: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for group in groups.values():
        if group.type == PERSON and not group.kb:
            words = max((name_key(s.text).split() for s in group.spans if not s.nominal), key=len, default=[])
            if len(words) > 1:
                by_surname[words[-1]].append((words[0], group.id))
    for named in by_surname.values():
        if len(named) != 2:
            continue  # "Mo Tarek" beside "Mohammed" and "Ahmed Tarek" may be either
        (short, short_id), (full, full_id) = sorted(named, key=lambda n: len(n[0]))
        if _short_form(short, full, res):
            _absorb(groups, short_id, full_id)


# The endings that make a feminine given name of a masculine one ("Jean"/"Jeanne", "Paul"/"Pauline",
# "Daniel"/"Danielle"): no short form.
_FEMININE_ENDING = re.compile(r"(?:e|a|ne|le|ine|ette|elle|ienne|ina|ita)\Z")
# Letters a given name must have beyond its prefix for the prefix to be a short form of it ("Mo", "Mohammed").
SHORT_FORM_EXTRA_LETTERS = 3


def _short_form(short: str, full: str, res: _Resources) -> bool:
    """Whether the folded given name `short` is a short form of the folded given name `full`."""
    if full in res.short_given_names.get(short, ()):
        return True
    return (len(short) >= 2 and full.startswith(short) and len(full) - len(short) >= SHORT_FORM_EXTRA_LETTERS
            and full in _given_names() and not _FEMININE_ENDING.match(full[len(short):]))


def _records(spans: list[_Span], groups: dict[str, _Group], res: _Resources, year: int | None) -> tuple[list[Mention], list[Entity]]:
    kb = knowledge_base()
    mentions: list[Mention] = []
    entities: list[Entity] = []
    for group in groups.values():
        named = [s for s in group.spans if not s.nominal] or group.spans
        texts = Counter(" ".join(s.text.split()) for s in named)
        if group.kb:
            name = kb.actors[group.kb].display_name(res.lang)
        else:
            name = _recased(max(texts, key=lambda t: (len(name_key(t).split()), texts[t], len(t), t)), texts, group)
            if group.type == PLACE:
                # "au Caire" and "du Caire" name "Le Caire"
                name = res.article_places.get(name_key(name), name)
        aliases = sorted({" ".join(s.text.split()) for s in named} - {name})
        roles: list[dict[str, str]] = []
        for span in sorted(group.spans, key=lambda s: s.start):
            for role in span.roles:
                if role not in roles:
                    roles.append(role)
        if group.kb:
            roles = [_office_affiliation(r, kb.actors[group.kb], res, year) for r in roles]
        # a bare role is dropped when the same role is known with its affiliation
        with_affiliation = {r["role"] for r in roles if r.get("affiliation")}
        roles = [r for r in roles if r.get("affiliation") or r["role"] not in with_affiliation]
        geo = group.place.geo() if group.place is not None else None
        kb_id = group.kb
        if geo is None and group.kb and kb.actors[group.kb].lat is not None:
            actor = kb.actors[group.kb]
            geo = Geo(actor.lat, actor.lon, actor.country, actor.geonames, None)
        entities.append(Entity(
            id=group.id, type=group.type, name=name, aliases=aliases,
            mentions=sorted((s.start, s.end) for s in group.spans), roles=roles, geo=geo, kb_id=kb_id,
        ))
    _set_parents(spans, groups, entities)
    for span in spans:
        if span.entity is None:
            continue
        mentions.append(Mention(span.start, span.end, span.text, groups[span.entity].type, span.entity, span.metonymy, span.nominal))
    mentions.sort(key=lambda m: (m.start, m.end))
    entities.sort(key=lambda e: e.mentions[0] if e.mentions else (0, 0))
    return mentions, entities


# A word linking the words of a name ("of", "and", "de"), in lower case inside it.
_CONNECTOR = re.compile(_CONNECTORS)


def _recased(name: str, spellings: Counter[str], group: _Group) -> str:
    """A name chosen in capitals (a dateline, a transcript's speaker line: "GENEVA", "AHMED ABDUL GHEIT") is written
    as the running text writes it when another spelling of the group is in mixed case ("Geneva", "Ahmed Gheit"):
    each word as that spelling has it, a word it lacks with an initial capital; else as the gazetteer writes the
    place it found ("TUNIS"). Otherwise the name stays, as does an organisation's single word: either may be an
    acronym ("NATO" beside "Nato")."""
    if not name.isupper() or (group.type == ORG and " " not in name):
        return name
    cased = {fold(w): w for t in spellings if not t.isupper() for w in t.split()}
    if cased:
        return " ".join(cased.get(fold(w)) or (w.lower() if _CONNECTOR.fullmatch(w.lower()) else
                                                "-".join(p.capitalize() for p in w.split("-"))) for w in name.split())
    if group.place is not None and fold(group.place.name) == fold(name):
        return group.place.name
    return name


def _set_parents(spans: list[_Span], groups: dict[str, _Group], entities: list[Entity]) -> None:
    """Unresolved places get the place the text attaches them to, else the document's main place."""
    located = [e for e in entities if e.type == PLACE and e.geo is not None]
    unresolved = [e for e in entities if e.type == PLACE and e.geo is None]
    if not located or not unresolved:
        return
    main = max(located, key=lambda e: (e.geo.feature_class == "P", len(e.mentions), -e.mentions[0][0]))
    starts = sorted((s, e.id) for e in located for s, _ in e.mentions)
    keys = [s for s, _ in starts]
    for entity in unresolved:
        end = entity.mentions[0][1]
        k = bisect.bisect_left(keys, end)
        following = starts[k][1] if k < len(starts) and starts[k][0] - end <= PARENT_WINDOW else None
        entity.parent = following or main.id
