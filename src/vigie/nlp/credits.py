"""Photo credits: who took a picture, named in a caption ("KARIM NADIR / AFP", "© Reuters/John Smith",
"Crédits photo : Jean Dupuis"). The names in a credit are no actors of the story: `vigie.nlp.names` drops them.

The cues and agencies are per language in `lang/<lang>/names.json` (credit_cues, photo_cues, credit_agencies),
compiled with the other name resources (`name_lexicon._Resources`).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

import simplemma

from vigie.lang import LANGUAGES, load
from vigie.nlp.name_lexicon import _UPPER, _Resources, _resources

# Capitalized words a part of a photo credit holds at most ("Paolo De Norvik", "Mass Communication Specialist").
CREDIT_WORDS = 6
# Characters either side of a slash read for the credit it may join: six words of a name per part, a few parts.
CREDIT_REACH = 120

# A run of capitalized words, as a photo credit names a photographer or an agency ("Paolo De Norvik"),
# and a chain of them joined by slashes ("Tom Reed/AFP/Getty Images", "KARIM NADIR / AFP").
# a dot inside only ("Point.fr", not the sentence's end), or after an initial before the next name ("Jane Q. Roe")
_CREDIT_WORD = rf"(?:[{_UPPER}]\.(?=[ \u00a0]+[{_UPPER}])|[{_UPPER}][\w'’&+-]*(?:\.\w+)*)"
# A word that only opens a sentence in capitals (the glued_openers of lang/*/segment.json: "The") ends a name: it opens
# the caption or sentence after the credit ("Photograph: Jane Roe/Rex Features The port…").
_OPENER = "|".join(re.escape(w) for code in LANGUAGES for w in load(code, "segment").get("glued_openers", []))
_CREDIT_RUN = re.compile(
    rf"{_CREDIT_WORD}(?:[ \u00a0]+(?!(?:{_OPENER})\b)(?:(?:de|da|del|di|van|von|al|el|bin|le|la|du|des)[ \u00a0]+)?"
    rf"{_CREDIT_WORD}){{0,{CREDIT_WORDS - 1}}}")
_OPENS = re.compile(rf"[ \u00a0]+(?:{_OPENER})\b")
_CREDIT_CHAIN = re.compile(rf"{_CREDIT_RUN.pattern}(?:[ \u00a0]*\\?/[ \u00a0]*{_CREDIT_RUN.pattern})+")
# What ends the name a photo cue introduces, for it to be a credit ("Photo de Lina Tarek, utilisée…").
_CREDIT_END = re.compile(r"[ \u00a0]*(?:[,;()|\n]|\Z|(?:pour|for|via|sur|on)(?![\w]))")
_CUE_PREPOSITIONS = ("by", "of", "par", "de")
# A bracket opening a caption's text: "(AP Photo/Ali Tarek)", "-LRB- Ali Tarek - AP -RRB-", "(Video by AP)".
_BRACKET = re.compile(r"(?:\(|\[|-LRB-)([^()\[\]\n]{1,%d}?)(?:\)|\]|-RRB-)[ \u00a0]*" % CREDIT_REACH)
_BRACKET_WORD = re.compile(r"[^\W\d_][\w'’.&-]*")
# The small words a bracketed credit may hold besides names and its cue: "Video by AP", "China Photos via Getty Images".
_CREDIT_LINKS = frozenset({"by", "via", "for", "par", "pour", "avec", "de"})
# A sentence opens in capitals: a word in lower case after a credit's name, other than one that may go on with the
# credit ("Jane Roe for The Times", "Jane Roe and John Doe"), shows that the name's last capitalized word, a common
# word or an acronym, opened the sentence glued after the caption ("AP Photo/Jane Roe Officials said…", "Jane
# Roe/Corbis BP shares fell…").
_SENTENCE_GOES_ON = re.compile(r"[ \u00a0]+(?!(?:%s)\b)[^\W\d_A-ZÀ-Ý]" % "|".join(
    sorted(_CREDIT_LINKS | {"of", "on", "sur", "and", "et", "du", "des"})))


@dataclass
class Credits:
    """The credits of a text, sorted and disjoint, as (start, end)."""

    spans: list[tuple[int, int]]
    _starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self._starts = [s for s, _ in self.spans]

    def __bool__(self) -> bool:
        return bool(self.spans)

    def holds(self, pos: int) -> bool:
        """Whether a credit covers the character at `pos`."""
        k = bisect.bisect_right(self._starts, pos)
        return bool(k) and self.spans[k - 1][1] > pos


def _needs_separator(cue: str) -> bool:
    """A credit's cue ending in a word other than a preposition opens a credit only before a colon or a slash."""
    last = cue.split()[-1]
    return last[-1:].isalpha() and last.lower() not in _CUE_PREPOSITIONS


def find_credits(text: str, res: _Resources) -> Credits:
    """The photo credits of the text: names joined by slashes with an agency or
    after a credit's cue ("KARIM NADIR / AFP", "Photograph: Tom Reed/EPA", "John Smith/Reuters"), and
    the name a cue introduces ("© Karim Nadir pour…", "Photo: Ali Tarek, Archives Reuters"). A credit ends at
    the agency that closes it: "Photograph: Tom Reed/AP Shares in NRX plunged" keeps "Shares in NRX"."""
    regions: list[tuple[int, int]] = []
    cue_ends: dict[int, int] = {}
    strong: set[int] = set()
    for cue in (res.credit_cue, res.photo_cue):
        for m in cue.finditer(text):
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
                continue  # inside a word: "Telephoto"
            if cue is res.credit_cue and not m.group("sep") and _needs_separator(m.group("cue")):
                continue  # "Credit Suisse", "le Crédit Agricole": banks
            if m.end() not in cue_ends:
                cue_ends[m.end()] = m.start()
                if cue is res.credit_cue:
                    strong.add(m.end())
    for chain in _slash_chains(text):
        parts = list(_CREDIT_RUN.finditer(text, chain.start(), chain.end()))
        agencies = [res.credit_agency.match(text, part.start()) for part in parts]
        taker = any(not agency and (len(part.group().split()) > 1 or part.group().isupper())
                    for part, agency in zip(parts, agencies))
        cue = cue_ends.get(chain.start())
        if cue is None and not (taker and any(agencies)):
            continue  # "Hamas/Fatah", "a Reuters/Ipsos poll"
        end = agencies[-1].end() if agencies[-1] else _name_end(text, parts[-1], res.lang)
        regions.append((chain.start() if cue is None else cue, end))
    for end, start in cue_ends.items():
        run = _CREDIT_RUN.match(text, end)
        if run is None or any(s <= run.start() < e for s, e in regions):
            continue
        agency = res.credit_agency.match(text, run.start())
        if agency:
            regions.append((start, agency.end()))
        elif end in strong or _CREDIT_END.match(text, run.end()) or _sentence_follows(text, start, end, run, res.lang):
            regions.append((start, _name_end(text, run, res.lang)))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(regions):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return Credits(merged)


def _name_end(text: str, run: re.Match, lang: str) -> int:
    """Where the name of a credit's `run` of capitalized words ends: before its last word when that word, an acronym
    or a common word of `lang` or English, opens a sentence that goes on after it (`_SENTENCE_GOES_ON`); at the run's
    end otherwise ("Reuters/Jane Quendrax nowhere…" keeps the name whole)."""
    words = list(re.finditer(_CREDIT_WORD, run.group()))
    if len(words) < 2 or not _SENTENCE_GOES_ON.match(text, run.end()):
        return run.end()
    last = words[-1].group()
    if not (last.isupper() and len(last) > 1 or _common_word(last.split("-")[0].lower(), lang)):
        return run.end()
    return run.start() + len(run.group()[:words[-1].start()].rstrip(" \u00a0"))


def _sentence_follows(text: str, cue_start: int, cue_end: int, run: re.Match, lang: str) -> bool:
    """Whether a sentence opens after the name a photo cue written with its separator introduces ("Photograph : Jane
    Roe The port…", "Photo: Jane Roe Officials said…"): on a glued opener, or on the name's last word (`_name_end`).
    A name opening on a small word is the caption's own text ("Photo : A Kestrel docker walks…")."""
    if not any(sep in text[cue_start:cue_end] for sep in ":/") or run.group().split()[0].lower() in _small_words():
        return False
    return bool(_OPENS.match(text, run.end())) or _name_end(text, run, lang) < run.end()


@cache
def _small_words() -> frozenset[str]:
    """The stop words of every language."""
    return frozenset(w for code in LANGUAGES for w in load(code, "stopwords")["words"])


@cache
def _common_word(word: str, lang: str) -> bool:
    """A word the dictionary of `lang` or of English knows with a lower-case lemma (a surname it holds, "Katz",
    has a capitalized one)."""
    return any(simplemma.is_known(word, code) and simplemma.lemmatize(word, code)[:1].islower()
               for code in dict.fromkeys((lang, "en")))


def credit_opening(text: str) -> int:
    """How many characters of `text` a photo credit opening it takes, with the spaces after it, 0 when it opens on
    none: a caption's credit glued before a sentence ("Photograph: Tom Reed/AP Shares in NRX plunged…").
    The cues of every language are tried: a page may credit its pictures in another language than its text."""
    bracketed = _bracketed_credits(text)
    if bracketed:
        return bracketed
    head = text[:CREDIT_REACH]
    indent = len(head) - len(head.lstrip())
    for lang in LANGUAGES:
        res = _resources(lang)
        if "/" not in head and not res.credit_cue.match(head, indent) and not res.photo_cue.match(head, indent):
            continue  # neither a cue nor a name joined to an agency: the usual sentence, told at once
        spans = find_credits(head, res).spans
        if spans and spans[0][0] <= indent:
            end = spans[0][1]
            return end + len(head[end:]) - len(head[end:].lstrip())
    return 0


def _bracketed_credits(text: str) -> int:
    """How many characters the brackets holding a credit that open `text` take ("(AP Photo/Jane Roe) (Jane Roe - AP)
    Workers…"): a bracket of capitalized words, a few links ("by", "via") and a photo cue or an agency of any
    language; a bracket of other words ("(Updated)", "(Paris)") ends them."""
    pos = len(text) - len(text.lstrip())
    while match := _BRACKET.match(text, pos):
        words = _BRACKET_WORD.findall(match.group(1))
        if not words or not any(_is_bracket_credit(match.group(1), words, lang) for lang in LANGUAGES):
            break
        pos = match.end()
    return pos if pos > len(text) - len(text.lstrip()) else 0


def _is_bracket_credit(inner: str, words: list[str], lang: str) -> bool:
    """Whether a bracket holding `inner`, of `words`, is a credit in `lang`: each word capitalized, a link or a photo
    cue, one of them an agency or a cue."""
    res = _resources(lang)
    cues = {w.lower() for w in _photo_words(lang)}
    if not all(w[0].isupper() or w.lower() in _CREDIT_LINKS or w.lower() in cues for w in words):
        return False
    return any(w.lower() in cues for w in words) or any(
        res.credit_agency.match(inner, m.start()) for m in _BRACKET_WORD.finditer(inner))


@cache
def _photo_words(lang: str) -> frozenset[str]:
    """The one-word photo cues of `lang` ("Photo", "Video", "Vidéo")."""
    return frozenset(w for w in load(lang, "names")["photo_cues"] if " " not in w)


def _slash_chains(text: str) -> Iterator[re.Match]:
    """Capitalized names joined by slashes ("Tom Reed/AFP/Getty Images"), looked for only around the text's
    slashes that stand between two letters: most slashes are in dates and links."""
    pos, covered = text.find("/"), 0
    while pos != -1:
        before = text[max(0, pos - 2):pos].rstrip(" \u00a0\\")
        after = text[pos + 1:pos + 3].lstrip(" \u00a0")
        if pos >= covered and before[-1:].isalpha() and after[:1].isupper():
            for chain in _CREDIT_CHAIN.finditer(text, max(0, pos - CREDIT_REACH), pos + CREDIT_REACH):
                if chain.start() <= pos < chain.end():
                    covered = chain.end()
                    yield chain
                    break
        pos = text.find("/", pos + 1)
