"""Roles, titles and metonymy for `vigie.nlp.names`: appositions ("Ibrahim Kalin, porte-parole de
la présidence turque"), titles before a name ("le président américain Donald Trump"), one role per
listed name after a plural title, title-only references ("le président américain" → the one holder
named in the document), and capitals speaking for their government ("Moscou a dénoncé").
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from vigie import lang as lang_resources
from vigie.nlp import places
from vigie.nlp.name_lexicon import (
    CAPITALS_NAME_LETTERS,
    PERSON,
    PLACE,
    TITLE_WINDOW,
    APPOSITION_WINDOW,
    DISTRIBUTIVE_WINDOW,
    DISTRIBUTIVE_REACH,
    _CLAUSE,
    _OTHER_NAME,
    _LINK_END,
    _PLURAL_DETERMINERS,
    _ONE_OF,
    _Resources,
    _resources,
    _Actor,
    _KB,
    _Span,
    _country_name,
    _Group,
    _role_key,
    _affiliation_code,
    _cased_variants,
    holds_none,
)
from vigie.nlp.namekey import fold


@dataclass(frozen=True)
class _Title:
    """The nearest title left of a name, and the words between ("de la présidence turque,")."""

    title: str | None
    rest: str
    honorific: str | None


_TITLE_BREAK = re.compile(r"[.;:!?()«»\"“”\n]")


# Windows remembered by `_title_before`: a document asks for the window before one name several times (to type
# it, to find its surname, its roles), and a regex pass over the window costs ten times the look-up.
TITLE_WINDOWS_REMEMBERED = 1024


def _title_before(left: str, res: _Resources) -> _Title | None:
    """A title or honorific followed, within TITLE_WINDOW characters of one clause, by the end of `left`."""
    return _title_ending(left, res.lang)


@lru_cache(maxsize=TITLE_WINDOWS_REMEMBERED)
def _title_ending(left: str, lang: str) -> _Title | None:
    res = _resources(lang)
    if holds_none(left, res.title_leads):
        return None  # a title opens on its first word, whole: three windows in four hold none
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
    not across a clause or another name ("coordinateur, l'avocat Karim Nadir, selon le journal …")."""
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


def _plural_title(before: str) -> bool:
    """Whether the words of an apposition before its title hold a plural determiner that no word of one precedes
    (", ses fils", not ", l'un des fils")."""
    for word in re.split(r"[\s,'’]+", fold(before)):
        if word in _ONE_OF:
            return False
        if word in _PLURAL_DETERMINERS:
            return True
    return False


def _find_roles(text: str, spans: list[_Span], res: _Resources, kb: _KB) -> None:
    person_starts = {s.start for s in spans if s.type == PERSON}
    named = sorted((s.start, s.end) for s in spans if s.type)
    persons = sorted((s.start, s.end) for s in spans if s.type == PERSON)
    for span in spans:
        if span.type != PERSON:
            continue
        right = text[span.end:span.end + APPOSITION_WINDOW + 40]
        m = res.apposition.match(right)
        role = _clean_role(m.group("role"), res) if m else ""
        if m and _within_name(span.end + m.start("role"), persons):
            m = None  # "Jane Roe, Carole King, …": a person's name that ends on a title word is no apposition
        if m and _plural_title(right[:m.start("role")]):
            m = None  # "Karim Nadir, ses fils et ses conseillers": a title after a plural determiner names others
        if m and not (role == m.group("role") and _titles_next_name(text, span.end + m.end("role"), person_starts)):
            head = _role_head(role, res)
            # an affiliation after words cut from the role complements them, not the title
            aff = _affiliation(m.group("aff"), span.end + (m.start("aff") if m.group("aff") else 0), spans) \
                if head == role else None
            role = head
            stated = [w for w in m.group("pre").split() if fold(w) in res.demonyms]
            if stated and not aff:
                aff = stated[0]  # "Ibrahim Kalin, the Turkish presidential spokesman"
            span.roles.append(_role(role, aff, res))
        left = text[max(0, span.start - TITLE_WINDOW - 30):span.start]
        t = _title_before(left, res)
        if not (t and t.title and _cap_gap_ok(t) and _title_reaches(t, res) and not _LINK_END.search(left)) \
                or _within_name(span.start - len(left) + len(left.rstrip(" ,\u00a0")) - len(t.rest) - 1, named):
            t = None  # the title word ends another name: "Carole King, Jane Roe"
        if span.title_words:
            # "Russian President Vladimir Putin": the title was part of the capitalized sequence
            # a nationality is the affiliation; a civility ("Mr", "M.") is no role
            stated = [w for w in span.title_words if fold(w) in res.demonyms]
            role = " ".join(w for w in span.title_words
                            if fold(w) not in res.demonyms and fold(w) not in res.courtesy_titles)
            # a title word cut off the name may end the title right before it ("Secretary of State Jane Roe")
            if role and not (t and not t.rest.strip(" ,\u00a0") and fold(t.title).endswith(" " + fold(role))):
                span.roles.append(_role(role, stated[0] if stated else None, res))
        if t:
            rest = t.rest.strip(" ,\u00a0")
            title = t.title
            role, aff = _split_title_rest(title, rest, res)
            span.roles.append(_role(role, aff, res))


def _within_name(pos: int, named: list[tuple[int, int]]) -> bool:
    """Whether the character at `pos` belongs to a name (`named`: the sorted (start, end) of the names)."""
    k = bisect.bisect_right(named, (pos, 1 << 62)) - 1
    return k >= 0 and named[k][0] <= pos < named[k][1]


def _titles_next_name(text: str, end: int, person_starts: set[int]) -> bool:
    """Whether the title ending at `end` stands right before a person's name: it is that person's ("Jane Roe,
    Prime Minister John Doe and …" lists two people), no apposition of the name before it."""
    return len(text) - len(text[end:].lstrip(" \u00a0")) in person_starts


# The marks closing a list of nationalities before the names ("… et kényan – Omar Farid", "Iranian and Turkish
# presidents, Vladimir Putin"), as the distributive pattern ends.
_LIST_CLOSERS = tuple(",–—:(-")


def _distributive_roles(text: str, spans: list[_Span], res: _Resources) -> None:
    """"Les présidents égyptien et kényan – Omar Farid et Daniel Otieno": each name gets its own title."""
    # the list ends right before a person's name, on a comma, a dash, a colon or a parenthesis: look only there
    first_names = [s.start for s in spans if s.type == PERSON
                   and text[max(0, s.start - DISTRIBUTIVE_REACH):s.start].rstrip(" \u00a0").endswith(_LIST_CLOSERS)]
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
    # trailing link words belong to the affiliation or the topic the window cut off, not the role ("a commander
    # in …", "an expert on …", "photographe travaillant en …")
    while words and fold(words[-1]) in ("de", "du", "des", "d'", "of", "at", "à", "au", "aux", "en", "pour", "the",
                                        "la", "le", "les", "in", "on", "to", "for", "with", "by", "from", "par"):
        words.pop()
    return " ".join(words)


def _role_head(role: str, res: _Resources) -> str:
    """The role up to its last title word, where the language writes adjectives before the noun: English lower-case
    words after a title go on a compound only up to its head ("chief investment strategist", "editor in chief");
    past it they are a clause's ("the prosecutor said he would", "an official overseeing the response")."""
    if res.adjectives_after:
        return role
    words = role.split()
    while len(words) > 1 and fold(words[-1]) not in res.title_words \
            and not any(fold(" ".join(words[k:])) in res.titles for k in range(len(words))):
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
    entry = {"role": " ".join(_role_word(word, k == 0, res) for k, word in enumerate(role.split()))}
    if affiliation:
        code = res.demonyms.get(fold(affiliation.strip()))
        entry["affiliation"] = _country_name(code, res.lang) if code else affiliation.strip()
    return entry


def _role_word(word: str, first: bool, res: _Resources) -> str:
    """A role's word as the running text writes it: in lower case when it opens the role, is a title's word
    ("Prime Minister" before a name is a prime minister) or is written in capitals ("PRESIDENT" in a transcript's
    label); an acronym keeps its capitals ("CEO", "MP")."""
    folded = fold(word)
    if word.isupper() and len(word) < CAPITALS_NAME_LETTERS and folded not in res.honorifics:
        return word
    if first or folded in res.title_words or folded in res.titles or folded in res.honorifics or word.isupper():
        return word.lower()
    return word


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


def _add_nominal(text: str, spans: list[_Span], groups: dict[str, _Group], res: _Resources, kb: _KB, year: int | None,
                 words: set[str]) -> None:
    """"le président américain" → the one person of the document with that title, as a nominal mention (`words`:
    the text's runs of word characters and hyphens)."""
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
    # a title stands for a person only with a country, and only a title some holder's role or office has: the
    # text is scanned only when it holds the first word of one of those ("president" for "prime minister" misses)
    leads = _nominal_leads(res.lang)
    if words.isdisjoint(lead for key, code in holders if code is not None for lead in leads.get(key, ())):
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


@lru_cache(maxsize=None)
def _nominal_leads(lang: str) -> dict[str, frozenset[str]]:
    """By role key, the first words of the nominal titles having it, in each case `res.nominal` matches ("Prime",
    "prime" for "prime minister")."""
    res = _resources(lang)
    leads: dict[str, set[str]] = defaultdict(set)
    for title in lang_resources.load(lang, "names")["nominal_titles"]:
        leads[_role_key(title, res)].update(variant.split()[0] for variant in _cased_variants([title]))
    return {key: frozenset(words) for key, words in leads.items()}


def _office_affiliation(role: dict[str, str], actor: _Actor, res: _Resources, year: int | None) -> dict[str, str]:
    """"Le président Bachar al-Assad": a bare title the base knows the actor held then gets its country."""
    if role.get("affiliation"):
        return role
    key = _role_key(role["role"], res)
    for office in actor.offices:
        if office["role"] == key and len(office["of"]) == 2 and (year is None or office["from"] <= year <= office["to"]):
            return {**role, "affiliation": _country_name(office["of"], res.lang)}
    return role
