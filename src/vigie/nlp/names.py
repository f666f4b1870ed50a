"""Persons, organisations and places: candidate names, typed by their context, merged within a document.

`find_entities(doc)` returns the document's `Mention`s and `Entity`s:

1. Candidates are capitalized sequences joined by name particles (al-, el-, bin,
   de, van…), acronyms, and the knowledge base's names that hold lower-case words
   ("Observatoire syrien des droits de l'homme"). A capitalized word opening a
   sentence is kept only when it is not a common word.
2. Each candidate is typed by, in order: the knowledge base (`vigie/kb`), the
   country names, the words around it (titles and roles before or after a person,
   organisation heads, place cues such as "à", "la ville de", "près de"), the
   gazetteer's cities, given names and acronyms; what remains single and untyped
   is a surname of a person already named, or is dropped.
3. Spellings are merged: one knowledge-base actor, one GeoNames entry, or one key
   once articles and particles are dropped ("Bachar El Assad" = "Bachar al-Assad");
   surnames join the full name ("Al-Assad"); an acronym joins its expansion
   ("Observatoire syrien des droits de l'homme (OSDH)"); transliterations join by
   consonant frame ("Idlib"/"Idleb").
4. Roles come from appositions and titles ("Ibrahim Kalin, porte-parole de la
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
"""
from __future__ import annotations

import bisect
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from importlib import resources

import simplemma

from vigie import lang as lang_resources
from vigie.model import Document, Entity, Geo, Mention
from vigie.nlp import places
from vigie.nlp.namekey import fold, name_key, skeleton
from vigie.nlp.spacy_names import model_spans
from vigie.nlp.wordtrie import trie_pattern

PERSON, ORG, PLACE = "person", "organization", "place"
# Characters scanned left of a name for a title ("le secrétaire d'Etat américain Mike Pompeo").
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
_ELISION = re.compile(r"^(?:[LlDdJjNnSsMmTt]|[Qq]u)['’](?=\w)")
_ACRONYM = re.compile(rf"^[{_UPPER}][{_UPPER}0-9&-]{{1,7}}$")
_PAREN_ACRONYM = re.compile(rf"\A[ \u00a0]*\(([{_UPPER}][{_UPPER}a-z0-9&-]{{1,9}})\)")
_SENTENCE_START = re.compile(r"(?:\A|[.!?:;«»\"“”—–•|\n]|\s-)[ \u00a0\t\"'«“(\[]*\Z")
# A name right after "de", "of", "à"… complements a title ("habitant de Latamneh"): it is not the person.
_CLAUSE = re.compile(r"(?:^|[ \u00a0,])(?:et|and|ou|or|qui|who|que|that|a|has|selon|according|said|a[ \u00a0]+déclaré)[ \u00a0]", re.IGNORECASE)
_OTHER_NAME = re.compile(r"(?<![\w'’])(?<!de )(?<!des )(?<!du )(?<!of )(?<!d')(?<!d’)(?<!l')(?<!l’)[A-ZÀ-Þ][a-zà-ÿ]")
_EXTENSION_TOKENS = re.compile(r"[LlDd]['’]|[\w-]+|[^\w\s]")
# Adjective endings of French organisation names ("internationales", "démocratique", "libanaise").
_ADJECTIVE_END = re.compile(r"(?:ale?s?|aux|iques?|aires?|iens?|iennes?|ais|aises?|ains?|aines?|elles?|els?|ifs?|ives?|iales?|ières?|istes?)$")
# French press writes "A Moscou" for "À Moscou" at the start of a sentence.
_CAPITAL_A = re.compile(r"(?:\A|[.!?»\n][ \u00a0]*)A[ \u00a0]+\Z")
_LINK_END = re.compile(r"(?<![\w])(?:de|du|des|d['’]|l['’]|la|le|à|au|aux|par|pour|avec|contre|chez|of|at|in|from|for|the|by|with|against)[ \u00a0]*\Z", re.IGNORECASE)
_WORDS = re.compile(r"[\w-]+")
_NAME_PARTICLES = frozenset("al el bin ben ibn bint ould abu abou de du des la del della di da dos do das van von der den ter y".split())
_CAPITAL_ARTICLES = frozenset("A An The Le La Les Un Une".split())
_ARTICLES = frozenset("le la les l' l’ the".split())


@dataclass
class _Resources:
    lang: str
    honorifics: frozenset[str]
    titles: frozenset[str]
    title_left: re.Pattern
    apposition: re.Pattern
    org_heads: frozenset[str]
    org_left: re.Pattern
    street_left: re.Pattern
    place_right: re.Pattern
    weak_place_cues: frozenset[str]
    alias_left: re.Pattern
    title_words: frozenset[str]
    title_complements: frozenset[str]
    org_links: frozenset[str]
    not_describers: frozenset[str]
    org_adjectives: frozenset[str]
    org_tails: frozenset[str]
    place_heads: frozenset[str]
    place_left: re.Pattern
    settlement_left: re.Pattern
    locative_left: re.Pattern
    metonymy_right: re.Pattern
    metonymy_left: re.Pattern
    stop: frozenset[str]
    demonyms: dict[str, str | None]
    demonym_re: re.Pattern
    demonym_forms: frozenset[str]  # as written, capitalized too ("syrien", "Syrian")
    nominal: re.Pattern
    distributive: re.Pattern
    title_synonyms: dict[str, str]
    role_keys: dict[str, str]


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
    hon_alt = _alternation(honorifics)
    adjective = r"(?:[ \u00a0]+(?!(?:de|du|des|d|à|au|aux|of|at|the|la|le|les|l|chez|pour|for|with|avec|et|and|qui|who)(?![\w-]))[a-zà-ÿ'’-]+){0,3}"
    # Titles and honorifics; `_title_before` keeps the nearest one left of a name.
    title_left = re.compile(
        rf"(?<![\w])(?:(?P<title>{title_alt})(?![\w-])|(?-i:(?P<hon>{trie_pattern(honorifics)}))(?![\w-]))", re.IGNORECASE)
    links = _alternation(data["affiliation_links"])
    apposition = re.compile(
        rf"\A[ \u00a0]*,[ \u00a0]*(?:(?:le|la|l['’]|un|une|the|a|an)[ \u00a0]+)?(?P<pre>(?:[\w-]+[ \u00a0]+){{0,2}}?)(?P<role>(?:{title_alt})(?![\w-]){adjective})"
        rf"(?:[ \u00a0]+(?:{links})[ \u00a0]*(?P<aff>[^,.;:()«»\"“”\n]{{1,{APPOSITION_WINDOW}}}))?",
        re.IGNORECASE,
    )
    nominal = re.compile(
        rf"(?<![\w])(?:[Ll]e|[Ll]a|[Dd]u|[Aa]u|[Ll]['’]|[Tt]he|[Ii]ts|[Hh]is|[Hh]er)[ \u00a0]+(?P<title>{_cased_alternation(data['nominal_titles'])})"
        rf"(?P<of>[ \u00a0]+(?:(?:de[ \u00a0]+la|des|du|de|of[ \u00a0]+the|of)[ \u00a0]+[\w'’-]+|d['’][\w'’-]+|[a-zà-ÿ-]+))?(?![\w'’-])"
    )
    single_titles = sorted({t for t in data["person_titles"] if " " not in t and "-" not in t})
    dem = _alternation(demonym_forms)
    dem_list = rf"(?P<dems>(?:{dem})(?:[ \u00a0]*,[ \u00a0]*(?:{dem}))*[ \u00a0]+(?:et|and)[ \u00a0]+(?:{dem}))"
    # "les présidents russe, iranien et turc – Vladimir Poutine, Hassan Rohani et Recep Tayyip Erdogan",
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
        apposition=apposition,
        org_heads=frozenset(fold(w) for w in data["org_heads"]),
        alias_left=re.compile(rf"(?<![\w])(?:{_alternation(data['alias_cues'])})[ \u00a0]*[«\"“'’]?[ \u00a0]*\Z", re.IGNORECASE),
        weak_place_cues=frozenset(w.lower() for w in data["weak_place_cues"]),
        place_right=re.compile(rf"\A[ \u00a0]+(?:{_alternation(data['place_right'])})(?![\w-])", re.IGNORECASE),
        street_left=re.compile(rf"(?<![\w])(?:{_alternation(data['street_heads'])})(?:[ \u00a0]+(?:{_alternation(data['street_links'])}))?[ \u00a0]*\Z",
                               re.IGNORECASE),
        org_left=re.compile(
            rf"(?<![\w])(?:{_alternation(data['org_cues'])})(?:[ \u00a0]+(?!(?:{_alternation(data['not_describers'])})\b)(?-i:(?:{_alternation(demonym_forms)})(?![\w-])|[a-zà-ÿ'’-]+{_ADJECTIVE_END.pattern[:-1]}|en[ \u00a0]ligne)){{0,2}}"
            rf"[ \u00a0]*(?:l['’]|la[ \u00a0]+|le[ \u00a0]+|the[ \u00a0]+)?\Z", re.IGNORECASE),
        title_words=frozenset(fold(w) for w in data["title_words"]),
        title_complements=frozenset(fold(w) for w in data["title_complements"]),
        org_links=frozenset(w.lower() for w in data.get("org_links", [])),
        not_describers=frozenset(fold(w) for w in data["not_describers"]),
        org_adjectives=frozenset(fold(w) for w in data.get("org_adjectives", [])),
        org_tails=frozenset(fold(w) for w in data["org_tails"]),
        place_heads=frozenset(fold(w) for w in data["place_heads"]),
        place_left=re.compile(rf"(?<![\w])(?:{_alternation(data['place_cues'])})[ \u00a0]*(?:l['’]|la[ \u00a0]+|le[ \u00a0]+|les[ \u00a0]+|the[ \u00a0]+)?\Z", re.IGNORECASE),
        settlement_left=re.compile(rf"(?<![\w])(?:{_alternation(data['settlement_cues'] + data['region_cues'])})[ \u00a0]*\Z", re.IGNORECASE),
        locative_left=re.compile(rf"(?<![\w])(?:{_alternation(data['locative'])})[ \u00a0]*(?:l['’]|la[ \u00a0]+|le[ \u00a0]+)?\Z", re.IGNORECASE),
        metonymy_right=re.compile(rf"\A[ \u00a0]*(?:{_alternation(data['metonymy_right'])})", re.IGNORECASE),
        metonymy_left=re.compile(rf"(?<![\w])(?:{_alternation(data['metonymy_left'])})[ \u00a0,]*\Z", re.IGNORECASE),
        stop=frozenset(fold(w) for w in data["stop_capitalized"]),
        demonyms=demonyms,
        demonym_forms=frozenset(_cased_variants(demonym_forms)),
        demonym_re=re.compile(rf"(?<![\w-])(?:{_cased_alternation(demonym_forms)})(?![\w-])"),
        nominal=nominal,
        title_synonyms={fold(k): fold(v) for k, v in data["title_synonyms"].items()},
        role_keys={fold(k): v for k, v in data.get("role_keys", {}).items()},
    )


@cache
def _given_names() -> frozenset[str]:
    text = resources.files("vigie.lang").joinpath("given_names.txt").read_text(encoding="utf-8")
    return frozenset(fold(line.strip()) for line in text.splitlines() if line.strip() and not line.startswith("#"))


@dataclass
class _Actor:
    id: str
    type: str
    name: str
    aliases: list[str]
    country: str | None
    wikidata: str | None
    offices: list[dict]
    lat: float | None = None
    lon: float | None = None
    geonames: int | None = None


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
    """The base's lookup key: acronyms keep their capitals ("AU" is not "Au"), names opening with an
    article keep it ("Le Monde" is not "Monde"), other names their `name_key`."""
    if _is_acronym(name):
        return "=" + name.replace(".", "")
    first = fold(name).split(" ", 1)[0]
    if first in _ARTICLES:
        return "=" + fold(name)
    return name_key(name)


def _kb_ids(kb: "_KB", name: str) -> list[str]:
    """Ids of the base's actors that bear this name (with or without a leading article:
    "Le New York Times" is the base's "New York Times", while "Monde" is not "Le Monde")."""
    found = kb.by_key.get(_kb_key(name))
    if found is None and fold(name).split(" ", 1)[0] in _ARTICLES:
        found = kb.by_key.get(name_key(name))
    return found or []


def _exact_spelling(kb: "_KB", name: str) -> bool:
    return (_kb_key(name) if _is_acronym(name) else fold(name)) in kb.spellings


@cache
def knowledge_base() -> _KB:
    """The actors of `vigie/kb/*.json`, indexed by name key, with a pattern for their lower-case names."""
    actors: dict[str, _Actor] = {}
    for entry in sorted(resources.files("vigie.kb").iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".json"):
            continue
        for raw in json.loads(entry.read_text(encoding="utf-8"))["actors"]:
            actors[raw["id"]] = _Actor(
                raw["id"], raw["type"], raw["name"], raw.get("aliases", []), raw.get("country"), raw.get("wikidata"),
                raw.get("offices", []), raw.get("lat"), raw.get("lon"), raw.get("geonames"),
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
    titled: bool = False  # a title word opened the capitalized sequence ("President Joe Biden")
    title_words: list[str] = field(default_factory=list)  # the words of that title
    weak: bool = False  # typed a place only because some small town bears the name
    roles: list[dict[str, str]] = field(default_factory=list)
    entity: str | None = None


def _doc_lang(doc: Document) -> str:
    return doc.lang if doc.lang in lang_resources.LANGUAGES else lang_resources.DEFAULT_LANG


def _doc_year(doc: Document) -> int | None:
    value = doc.published.date if doc.published else None
    if value and value[:4].isdigit():
        return int(value[:4])
    return None


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
    _add_model_spans(text, spans)
    countries = _context_countries(words, spans, res, kb)
    _type_spans(text, spans, res, kb, countries)
    spans = _drop_nested(spans)
    _link_acronyms(text, spans)
    _resolve_singletons(spans)
    spans = [s for s in spans if s.type]
    _geocode(text, spans, res, countries)
    _find_roles(text, spans, res, kb)
    _distributive_roles(text, spans, res)
    _mark_metonymy(text, spans, res)
    entities = _merge(text, spans, kb, res)
    _add_nominal(text, spans, entities, res, kb, _doc_year(doc))
    return _records(spans, entities, res, _doc_year(doc))


# --- candidates -----------------------------------------------------------------------------------


def _candidates(text: str, res: _Resources, kb: _KB) -> tuple[list[_Span], set[str]]:
    """Name spans (knowledge-base phrases first, then capitalized sequences split into names),
    and the set of the text's words."""
    taken: list[tuple[int, int]] = []
    spans: list[_Span] = []
    for m in _phrases().finditer(text):
        actor_id = kb.phrase_ids.get(fold(m.group()))
        if actor_id is None:
            spans.append(_Span(m.start(), m.end(), m.group(), PLACE))  # a country: "Arabie saoudite"
        elif _case_fits(m.group(), kb.actors[actor_id]):
            spans.append(_Span(m.start(), m.end(), m.group(), kb.actors[actor_id].type, actor_id))
        else:
            continue
        taken.append((m.start(), m.end()))
    words = set(_WORDS.findall(text))
    lowercase_words = {w for w in words if w[:1].islower()}
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
                if _keep(text, span, res, kb, lowercase_words):
                    spans.append(span)
    spans.sort(key=lambda s: s.start)
    return spans, words


@cache
def _phrases() -> re.Pattern:
    """Names holding lower-case words, which the capitalized-sequence pattern misses: the knowledge
    base's ("Observatoire syrien des droits de l'homme") and countries' ("Arabie saoudite", "Corée du Nord")."""
    from babel import Locale

    countries = {name for lang in lang_resources.LANGUAGES for code, name in Locale(lang).territories.items()
                 if len(code) == 2 and _has_lower_word(name) and not name[:1].islower()}
    # the press often drops accents on capitals: "Emirats arabes unis"
    countries |= {fold(name[:1]).upper() + name[1:] for name in countries}
    return re.compile(rf"(?<![\w])(?:{trie_pattern(sorted(countries | _cased_variants(knowledge_base().phrases)))})(?![\w-])")


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


def _candidate_matches(text: str):
    """`_CANDIDATE` matches, tried only where a capital letter is: scanning for capitals is a
    character-class search, while trying the whole pattern at every position costs ten times more."""
    pos = 0
    for cap in _CAPITAL.finditer(text):
        i = cap.start()
        if i < pos:
            continue
        start = i
        prefix = _PREFIX_BEFORE.search(text, max(0, i - 5), i)
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
    caps = [_is_cap(text[s:e]) for s, e in toks]
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
            if not caps[j - 1]:
                continue
            piece = text[toks[i][0]:toks[j - 1][1]]
            if _kb_ids(kb, piece) or _is_country_or_city(piece, j - i):
                known = j
                break
        joined = _joined_end(text, toks, caps, i, res)
        head = fold(text[toks[i][0]:toks[i][1]])
        # a known name wins, unless a head joins a longer name over "of"/"de" ("Gulf of Mexico", not "Gulf")
        if known is not None and not (joined > known and (head in res.place_heads or head in res.org_heads)):
            best = known
        else:
            best = joined
        s, e = toks[i][0], toks[best - 1][1]
        if best - i > 1 and e - toks[best - 1][0] == 1 and text[e:e + 1] == ".":
            e += 1  # "Akram O.": a surname given by its initial
        spans.append(_Span(s, e, text[s:e]))
        i = best
    return spans


def _joined_end(text: str, toks: list[tuple[int, int]], caps: list[bool], i: int, res: _Resources) -> int:
    """The end (token index) of the name starting at toks[i]: capitalized tokens and the particles that join them."""
    best = i + 1
    while best < len(toks):
        if caps[best]:
            if text[toks[best][0]:toks[best][1]] in _CAPITAL_ARTICLES and text[toks[best][1]:toks[best][1] + 1] != ".":
                break  # "… the city of Homs A Syrian man …": an article opens another phrase
            best += 1
            continue
        nxt = best + 1
        if nxt < len(toks) and text[toks[nxt][0]:toks[nxt][1]].lower() in ("the", "la", "le", "les"):
            nxt += 1  # "Department of the Interior", "République de la Côte d'Ivoire"
        if nxt < len(toks) and caps[nxt] and _join_particle(text, toks, i, best, res):
            best = nxt + 1
            continue
        break
    while best > i + 1 and not caps[best - 1]:
        best -= 1
    return best


def _join_particle(text: str, toks: list[tuple[int, int]], i: int, k: int, res: _Resources) -> bool:
    """Whether the lower-case word at toks[k] continues the name that starts at toks[i]."""
    word = fold(text[toks[k][0]:toks[k][1]])
    if word in ("al", "el", "bin", "ben", "ibn", "bint", "ould", "abu", "abou", "van", "von", "der", "den", "ter", "y", "da", "dos", "di", "del", "della"):
        return True
    head = fold(text[toks[i][0]:toks[i][1]])
    if word in ("de", "du", "des", "de la", "d'", "d’"):
        # "Staffan de Mistura" (a given name before "de"), "Banque de France" (an organisation head),
        # "République du Congo" (a place head).
        return (k - i == 1 and head in _given_names()) or head in res.org_heads or head in res.place_heads
    if word in ("of", "for", "the", "on", "and", "&", "in", "upon"):
        before = fold(text[toks[k - 1][0]:toks[k - 1][1]])
        # "Bank of England", "Gulf of Mexico", "Republic of the Congo"
        return head in res.org_heads or before in res.org_heads or head in res.place_heads or before in res.place_heads
    return False


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


def _is_country_or_city(piece: str, n_tokens: int) -> bool:
    return _is_country_or_city_key(name_key(piece), n_tokens)


def _keep(text: str, span: _Span, res: _Resources, kb: _KB, lowercase_words: set[str]) -> bool:
    """Drop sentence-initial common words, articles, titles and words also written in lower case;
    what remains is the name (the span is narrowed in place)."""
    while True:
        words = span.text.split()
        first = words[0]
        folded_first = fold(first)
        exact = _exact_spelling(kb, span.text)
        strip = False
        if len(words) > 1 and not exact:
            if folded_first in res.title_words or folded_first in res.honorifics:
                strip, span.titled = True, True
                span.title_words.append(first)
            elif folded_first in res.demonyms and fold(words[1]) in res.title_words:
                strip = True  # "Turkish Defence Minister Hulusi Akar", not "Palestinian Health Ministry"
                span.title_words.append(first)
            elif folded_first in res.demonyms and fold(words[1]) in _given_names():
                strip = True  # "Syrian Akram O.": a nationality before a person's name
            elif folded_first in _ARTICLES or (folded_first in res.stop and not _ACRONYM.match(span.text.replace(" ", ""))):
                strip = True  # "ONG Human Rights Watch", "Selon Ahmed Hashemi"
            elif _sentence_initial(text, span.start) and (
                folded_first in res.stop
                or (simplemma.is_known(first.lower(), res.lang) and folded_first not in _given_names()
                    and not _is_country_or_city(first, 2) and not _kb_ids(kb, first))):
                strip = True
        if not strip:
            break
        rest = span.text[len(first):].lstrip()
        span.start = span.end - len(rest)
        span.text = rest
    acronym = len(first) > 1 and first.isupper() and not _shouting(text, span.start)
    if len(words) == 1 and not exact and folded_first in res.stop:
        return False  # common words, and common acronyms ("ONG", "NGO")
    if len(words) == 1 and not acronym and not exact:
        if folded_first in res.honorifics or folded_first in res.titles:
            return False
        if folded_first in res.demonyms:
            return False  # "les Syriens", "the Russians": peoples, not names
        if first.lower() in lowercase_words and not first.isupper():
            if _sentence_initial(text, span.start) or not places.is_known_place(first):
                return False
        if _sentence_initial(text, span.start) and simplemma.is_known(first.lower(), res.lang) \
                and folded_first not in _given_names() and not _is_country_or_city(first, 2) \
                and not _kb_ids(kb, first):
            return False
    return len(span.text) > 1 or span.text.isupper()


def _shouting(text: str, start: int) -> bool:
    """True inside a line written in capitals (a headline or a photo credit), where capitals say nothing."""
    line = text[max(0, start - 40):start + 40]
    upper, lower = len(_CAPITAL.findall(line)), len(_LOWER_CHAR.findall(line))
    return upper + lower > 12 and upper > SHOUTING * (upper + lower)


def _sentence_initial(text: str, start: int) -> bool:
    """True at the start of a text, line or sentence (not after initials: "the U.S. Minerals …")."""
    before = text[max(0, start - 8):start]
    return bool(_SENTENCE_START.search(before[-6:])) and not _INITIALS_END.search(before)


# --- typing ---------------------------------------------------------------------------------------


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


def _type_spans(text: str, spans: list[_Span], res: _Resources, kb: _KB, countries: set[str]) -> None:
    gaz = places.gazetteer()
    givens = _given_names()
    for span in spans:
        if span.type:
            continue
        words = span.text.split()
        key = name_key(span.text)
        left = text[max(0, span.start - TITLE_WINDOW - 30):span.start]
        right = text[span.end:span.end + APPOSITION_WINDOW]
        street = res.street_left.search(left[-30:])
        if street and not _is_country_or_city(span.text, 2):
            # "place de la Libération", "rue Hamra": the whole is a place, whatever the name alone denotes
            span.start -= len(street.group())
            span.text, span.type = text[span.start:span.end], PLACE
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
        found = gaz.ids(key)
        country = gaz.country_of_name(span.text)
        if country:
            span.type = PLACE
            continue
        folded_words = [fold(w) for w in words]
        if span.titled and not (folded_words[0] in res.org_heads or folded_words[-1] in res.org_tails):
            span.type = PERSON
            continue
        if res.org_left.search(left[-30:]):
            title = _title_before(left, res)
            # "le gouverneur de la banque centrale libyenne Farhat Bengdara": the body completes a title
            span.type = PERSON if title and title.title and title.rest and _cap_gap_ok(title) and _title_reaches(title, res) \
                and folded_words[0] not in res.org_heads else ORG
            continue
        if res.settlement_left.search(left[-40:]):
            span.type, span.settlement = PLACE, True
            continue
        title = _title_before(left, res)
        if title and not title.rest.strip(" ,") and _cap_gap_ok(title):
            span.type = PERSON
            continue
        if res.place_right.match(right):
            span.type = PLACE  # "the Ras Jdir border post", "Kafr Nabl camp"
            continue
        if folded_words[0] in res.place_heads and len(words) > 1 and not found:
            span.type = PLACE  # "Gulf of Mexico", "Cape Town"
            continue
        if folded_words[0] in res.org_heads or folded_words[-1] in res.org_tails:
            span.type = ORG
            if folded_words[0] in res.org_heads and res.org_links:
                _extend_org(text, span, res)
            continue
        if _ACRONYM.match(span.text) and not any(places.gazetteer().place(i).population >= places.BIG_CITY for i in found[:1]):
            span.type = ORG
            continue
        cue = res.place_left.search(left[-30:]) or _CAPITAL_A.search(left[-8:])
        if cue and (found or (len(words) <= 3 and folded_words[0] not in givens
                              and not (len(words) > 1 and cue.group().strip().lower() in res.weak_place_cues))):
            span.type = PLACE  # a name after "à" must be a known place to be one if it has two words ("à Mo Nabbous")
            continue
        best = places.choose([gaz.place(i) for i in found[:5]], countries) if found else None
        if folded_words[0] in givens and (len(words) > 1 or best is None or best.population < places.BIG_CITY):
            span.type = PERSON  # "Karim Nadir"; a given name alone ("Ni Ali, ni Bashar") is a person too
            continue
        if best is not None and (best.population >= places.BIG_CITY
                                 or (best.country in countries and best.population >= CONTEXT_TOWN)):
            span.type, span.weak = PLACE, best.population < places.BIG_CITY
            continue
        if title and _cap_gap_ok(title) and _title_reaches(title, res) and not _LINK_END.search(left) \
                or res.apposition.match(right):
            span.type = PERSON
            continue
        if len(words) > 1 and not any(w in res.stop for w in folded_words):
            if not _common_words(words, res.lang):
                span.type = PERSON
            elif not _sentence_initial(text, span.start):
                span.type = ORG  # capitalized common words mid-sentence name a body: "Global Voices", "Financial Times"


def _extend_org(text: str, span: _Span, res: _Resources) -> None:
    """Grow "Front", "Institut", "Assemblée"… over the lower-case words French names of organisations
    carry: "Front de libération du peuple du Tigré", "Institut français des relations internationales"."""
    tokens = [(span.end + m.start(), span.end + m.end(), m.group()) for m in _EXTENSION_TOKENS.finditer(text[span.end:span.end + 140])]
    i, end = 0, span.end

    def adjectives(i: int, limit: int) -> int:
        nonlocal end
        while limit and i < len(tokens) and tokens[i][2][:1].islower():
            word = fold(tokens[i][2])
            if word in res.stop or not (word in res.demonyms or word in res.org_adjectives or _ADJECTIVE_END.search(word)):
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
        if not re.match(r"\w", word) or (word[:1].islower() and (fold(word) in res.not_describers or len(word) < 3)):
            break
        if word[:1].isupper() and fold(tokens[j - 1][2]).replace("’", "'") not in ("de", "du", "des", "d'", "l'"):
            break  # "Assemblée nationale à Caracas": a place after "à" is where, not part of the name
        end = tokens[j][1]
        i = adjectives(j + 1, 2)
    if end > span.end:
        span.end, span.text = end, text[span.start:end]


def _common_words(words: list[str], lang: str) -> bool:
    """True when a word of an unknown capitalized sequence is a common word of the document's language
    and no given name: "Getty Images", "Land Cruiser" are not persons, while "Laura Portelli" is."""
    givens = _given_names()
    return any(len(w) > 2 and fold(w) not in givens and simplemma.is_known(w.lower(), lang) for w in words)


def _drop_nested(spans: list[_Span]) -> list[_Span]:
    """Spans swallowed by a grown organisation name go."""
    kept: list[_Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept


@dataclass
class _Title:
    """The nearest title left of a name, and the words between ("de la présidence turque,")."""

    title: str | None
    rest: str
    honorific: str | None


_TITLE_BREAK = re.compile(r"[.;:!?()«»\"“”\n]")


def _title_before(left: str, res: _Resources) -> _Title | None:
    """A title or honorific followed, within TITLE_WINDOW characters of one clause, by the end of `left`."""
    last = None
    for last in res.title_left.finditer(left):
        pass
    if last is None:
        return None
    rest = left[last.end():].rstrip(" ,\u00a0")
    if len(rest) > TITLE_WINDOW or _TITLE_BREAK.search(rest):
        return None
    if last.group("hon"):
        return _Title(None, "", last.group("hon")) if not rest.strip() else None
    return _Title(last.group("title"), rest, None)


def _cap_gap_ok(title: _Title) -> bool:
    """A title reaches a name only across lower-case complements ("le secrétaire d'Etat américain …"),
    not across a clause or another name ("coordinateur, l'avocat Fethi Tarbel, selon le journal …")."""
    rest = title.rest
    return not _CLAUSE.search(rest) and not _OTHER_NAME.search(rest)


def _title_reaches(title: _Title, res: _Resources) -> bool:
    """The words between a title and a name describe the title (a nationality, "des Affaires étrangères",
    an apposition closed by a comma), rather than name a thing the name belongs to ("l'hôpital Al-Jala")."""
    rest = title.rest.strip(" \u00a0")
    if not rest or rest.endswith(","):
        return True
    last = fold(rest.split()[-1])
    return last in res.demonyms or last in res.title_complements


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


def _resolve_singletons(spans: list[_Span]) -> None:
    """Single words left untyped, or typed a place only by a small homonymous town: a word of the
    name of a person of the document ("Haddad", "Abiy" for Abiy Ahmed) is that person; others are dropped."""
    person_words = {w for s in spans if s.type == PERSON and len(s.text.split()) > 1 for w in name_key(s.text).split()}
    for span in spans:
        if (span.type is None or span.weak) and len(span.text.split()) == 1 and name_key(span.text) in person_words:
            span.type, span.weak = PERSON, False


# --- places ---------------------------------------------------------------------------------------


def _geocode(text: str, spans: list[_Span], res: _Resources, countries: set[str]) -> None:
    kb = knowledge_base()
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
            # "déplacé syrien du village d'al-Tah": the stated nationality fixes the village's country
            stated = [res.demonyms.get(fold(m.group())) for m in res.demonym_re.finditer(text, max(0, span.start - 50), span.start)]
            stated = [c for c in stated if c]
            if stated:
                local = {stated[-1]}
        found = places.geocode(span.text, local, loose=True)
        if found is not None and found.country not in local and local and found.population < FOREIGN_SMALL_TOWN \
                and found.feature_class == "P":
            found = None
        span.place = found


# --- roles ----------------------------------------------------------------------------------------


def _find_roles(text: str, spans: list[_Span], res: _Resources, kb: _KB) -> None:
    for span in spans:
        if span.type != PERSON:
            continue
        right = text[span.end:span.end + APPOSITION_WINDOW + 40]
        m = res.apposition.match(right)
        if m:
            role = _clean_role(m.group("role"), res)
            aff = _affiliation(m.group("aff"), span.end + (m.start("aff") if m.group("aff") else 0), spans)
            stated = [w for w in m.group("pre").split() if fold(w) in res.demonyms]
            if stated and not aff:
                aff = stated[0]  # "Ibrahim Kalin, the Turkish presidential spokesman"
            span.roles.append(_role(role, aff, res))
        if span.title_words:
            # "Russian President Vladimir Putin": the title was part of the capitalized sequence
            stated = [w for w in span.title_words if fold(w) in res.demonyms]
            role = " ".join(w for w in span.title_words if fold(w) not in res.demonyms)
            if role:
                span.roles.append(_role(role[:1].lower() + role[1:], stated[0] if stated else None, res))
        left = text[max(0, span.start - TITLE_WINDOW - 30):span.start]
        t = _title_before(left, res)
        if t and t.title and _cap_gap_ok(t) and _title_reaches(t, res) and not _LINK_END.search(left):
            rest = t.rest.strip(" ,\u00a0")
            title = t.title
            role, aff = _split_title_rest(title[:1].lower() + title[1:], rest, res)
            span.roles.append(_role(role, aff, res))


def _distributive_roles(text: str, spans: list[_Span], res: _Resources) -> None:
    """"Les présidents russe, iranien et turc – Vladimir Poutine, Hassan Rohani et Recep Tayyip Erdogan"."""
    first_names = [s.start for s in spans if s.type == PERSON]
    # the list ends right before a person's name: look only there
    found = {m.start(): m for m in (res.distributive.search(text, max(0, start - DISTRIBUTIVE_REACH), start) for start in first_names) if m}
    for m in found.values():
        dems = re.split(r"[ \u00a0]*,[ \u00a0]*|[ \u00a0]+(?:et|and)[ \u00a0]+", m.group("dems") or m.group("dems2"))
        title = (m.group("title") or m.group("title2")).lower()
        following = [s for s in spans if m.end() <= s.start <= m.end() + DISTRIBUTIVE_WINDOW and s.type == PERSON][:len(dems)]
        if len(following) == len(dems):
            for span, dem in zip(following, dems):
                role = _role(title, dem, res)
                if role not in span.roles:
                    span.roles.append(role)


def _clean_role(role: str, res: _Resources) -> str:
    words = role.split()
    # trailing link words belong to the affiliation, not the role
    while words and fold(words[-1]) in ("de", "du", "des", "d'", "of", "at", "à", "au", "the", "la", "le"):
        words.pop()
    return " ".join(words)


def _split_title_rest(title: str, rest: str, res: _Resources) -> tuple[str, str | None]:
    """"président" + "américain" → role président, affiliation US; "+ de la présidence turque" → that body."""
    if not rest:
        return title, None
    m = re.match(r"^(?:de[ \u00a0]+la|de[ \u00a0]+l['’]|du|des|de|d['’]|of[ \u00a0]+the|of|at|à[ \u00a0]+l['’]|à)[ \u00a0]*(.+)$", rest, re.IGNORECASE)
    if m:
        inner = m.group(1)
        head = inner.split()[0] if inner.split() else ""
        # "chef de la diplomatie américaine": the complement is part of the title
        if fold(f"{title} {rest.split()[0]} {head}") in res.titles or fold(f"{title} de la {head}") in res.titles:
            words = inner.split()
            return f"{title} {rest[: len(rest) - len(inner)].strip()} {words[0]}".replace("  ", " "), " ".join(words[1:]) or None
        return title, inner
    words = rest.split()
    if fold(f"{title} {words[0]}") in res.titles:
        title, words = f"{title} {words[0]}", words[1:]
    if words and fold(words[0]) in res.demonyms:
        return title, words[0]
    return title, None


def _affiliation(raw: str | None, start: int, spans: list[_Span]) -> str | None:
    """The affiliation as written, or the name it holds ("du village d'al-Tah" → "al-Tah")."""
    if not raw:
        return None
    raw = raw.strip()
    end = start + len(raw)
    inside = next((s for s in spans[bisect.bisect_left([s.start for s in spans], start):] if s.start < end), None)
    if inside is not None:
        return inside.text
    return raw


def _role(role: str, affiliation: str | None, res: _Resources) -> dict[str, str]:
    entry = {"role": role.strip()}
    if affiliation:
        code = res.demonyms.get(fold(affiliation.strip()))
        entry["affiliation"] = _country_name(code, res.lang) if code else affiliation.strip()
    return entry


@cache
def _country_name(code: str, lang: str) -> str:
    from babel import Locale

    return Locale(lang).territories.get(code, code)


# --- metonymy -------------------------------------------------------------------------------------


def _mark_metonymy(text: str, spans: list[_Span], res: _Resources) -> None:
    """A capital not introduced as a location ("à Moscou") and acting as a subject or party stands for its government."""
    gaz = places.gazetteer()
    for span in spans:
        if span.type != PLACE or span.place is None or not gaz.is_capital(span.place.geonames_id):
            continue
        left = text[max(0, span.start - 40):span.start]
        if res.locative_left.search(left):
            continue
        right = text[span.end:span.end + 30]
        span.metonymy = bool(res.metonymy_right.match(right) or res.metonymy_left.search(left))


# --- merging --------------------------------------------------------------------------------------


@dataclass
class _Group:
    id: str
    type: str
    spans: list[_Span] = field(default_factory=list)
    kb: str | None = None
    place: places.Place | None = None
    parent: str | None = None


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

    # surnames and partial names join the one full name that ends with them
    last_words: dict[str, set[str]] = defaultdict(set)
    first_words: dict[str, set[str]] = defaultdict(set)
    for group in groups.values():
        if group.type != PERSON:
            continue
        for span in group.spans:
            words = name_key(span.text).split()
            if len(words) > 1:
                last_words[words[-1]].add(group.id)
                first_words[words[0]].add(group.id)
                frame = skeleton(words[-1])
                if len(frame) >= MIN_SKELETON - 1:
                    last_words["~" + frame].add(group.id)
    for group in [g for g in groups.values() if g.type == PERSON]:
        words = max((name_key(s.text).split() for s in group.spans), key=len)
        if len(words) != 1 or group.id not in groups:
            continue
        targets = (last_words.get(words[0], set()) | last_words.get("~" + skeleton(words[0]), set())) - {group.id}
        targets = {t for t in targets if t in groups} or {t for t in first_words.get(words[0], set()) if t in groups and t != group.id}
        if len(targets) == 1:
            _absorb(groups, group.id, targets.pop())
    return groups


def _absorb(groups: dict[str, _Group], source_id: str, target_id: str) -> None:
    source = groups.pop(source_id)
    target = groups[target_id]
    for span in source.spans:
        span.entity = target_id
        span.type = target.type
        target.spans.append(span)
    target.kb = target.kb or source.kb
    target.place = target.place or source.place


# --- title-only references ------------------------------------------------------------------------


def _add_nominal(text: str, spans: list[_Span], groups: dict[str, _Group], res: _Resources, kb: _KB, year: int | None) -> None:
    """"le président américain" → the one person of the document with that title, as a nominal mention."""
    covered = sorted((s.start, s.end) for s in spans if s.type == PERSON)
    person_starts = [s for s, _ in covered]
    holders: dict[tuple[str, str | None], set[str]] = defaultdict(set)
    for group in groups.values():
        if group.type != PERSON:
            continue
        for span in group.spans:
            for role in span.roles:
                holders[(_role_key(role["role"], res), _affiliation_code(role.get("affiliation"), res))].add(group.id)
        if group.kb:
            for office in kb.actors[group.kb].offices:
                if year is None or office.get("from", 0) <= year <= office.get("to", 9999):
                    holders[(office["role"], office["of"])].add(group.id)
                    holders[(_role_key(office["role"], res), office["of"])].add(group.id)
    if not holders:
        return
    for m in res.nominal.finditer(text):
        start, end = m.start("title"), m.end()
        k = bisect.bisect_left(person_starts, start)
        if k < len(person_starts) and person_starts[k] <= end + 2 or (k and covered[k - 1][1] > start):
            continue  # the title introduces a name ("le président Bachar al-Assad") or is one already
        if re.match(r"[ \u00a0,]+[A-ZÀ-Þ]", text[end:end + 3]) and m.group("of") is None:
            continue
        title = _role_key(m.group("title"), res)
        code = _affiliation_code((m.group("of") or "").strip(), res)
        if code is None:
            continue
        found = holders.get((title, code), set())
        if len(found) != 1:
            continue
        gid = next(iter(found))
        span = _Span(start, end, text[start:end], PERSON, nominal=True, entity=gid)
        groups[gid].spans.append(span)
        spans.append(span)


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


# --- records --------------------------------------------------------------------------------------


def _records(spans: list[_Span], groups: dict[str, _Group], res: _Resources, year: int | None) -> tuple[list[Mention], list[Entity]]:
    kb = knowledge_base()
    mentions: list[Mention] = []
    entities: list[Entity] = []
    for group in groups.values():
        named = [s for s in group.spans if not s.nominal] or group.spans
        texts = Counter(" ".join(s.text.split()) for s in named)
        if group.kb:
            name = kb.actors[group.kb].name
        else:
            name = max(texts, key=lambda t: (len(name_key(t).split()), texts[t], len(t), t))
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


def _office_affiliation(role: dict[str, str], actor: _Actor, res: _Resources, year: int | None) -> dict[str, str]:
    """"Le président Bachar al-Assad": a bare title the base knows the actor held then gets its country."""
    if role.get("affiliation"):
        return role
    key = _role_key(role["role"], res)
    for office in actor.offices:
        if office["role"] == key and len(office["of"]) == 2 and (year is None or office["from"] <= year <= office["to"]):
            return {**role, "affiliation": _country_name(office["of"], res.lang)}
    return role


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
