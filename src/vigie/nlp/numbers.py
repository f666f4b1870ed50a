"""Numbers as the press writes them, in digits and in words, French and English.

`number_regex(lang)` finds number expressions ("580 000", "370'000", "1,5 million",
"trois millions", "une quarantaine", "des dizaines de milliers", "tens of thousands")
and `parse_number(text, lang)` turns one into a `Quantity`. Vague quantities get
their order of magnitude as value, that magnitude as `low`, ten times it as
`high`, and `approx`: "des milliers" is 1,000 (low 1,000, high 10,000);
"une quarantaine" is 40, approx.

The word lists (number words, scales, vague nouns, separators) are data in
`lang/<code>/figures.json`; text2num parses spelled-out numbers.
"""
from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from text_to_num import text2num

from vigie import lang as resources
from vigie.nlp.patterns import WordList, trie_pattern, word_list


class Quantity(NamedTuple):
    """A parsed number: best value, bounds when the text gives them, and whether it is approximate."""

    value: float | None
    low: float | None = None
    high: float | None = None
    approx: bool = False


# A spelled-out number longer than this many characters is not a figure but a run
# of words text2num would mis-read; the longest real ones ("deux cent quatre-vingt-dix-sept
# mille neuf cent quatre-vingt-dix-sept") are about 70.
MAX_WORD_NUMBER = 100

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_DIGITS = re.compile(r"\d+")
_NON_DIGITS = re.compile(r"\D")
_WORD_RUN = re.compile(r"[\w'’]+")


def _alternation(words) -> str:
    return trie_pattern(w.lower() for w in words if w)


@cache
def _lexicon(lang: str | None) -> dict:
    return resources.load(lang, "figures")


def _group_mark(lex: dict) -> str:
    """A regex fragment for the mark between groups of thousands; a tokenized text spaces a comma from the digits
    before it ("795 ,000 liters"), never from those after."""
    groups = rf"[{re.escape(lex['group_marks'])}]"
    return rf"(?:{groups}| ,)" if "," in lex["group_marks"] else groups


@cache
def _parts(lang: str | None) -> dict[str, str]:
    """Regex fragments shared by the finder and the parser."""
    lex = _lexicon(lang)
    decimal = re.escape(lex["decimal_mark"])
    # Grouped thousands ("580 000", "370'000", "1,200,000") before plain digits, so
    # the longest reading wins; a group is exactly three digits not followed by a digit.
    digits = rf"\d{{1,3}}(?:{_group_mark(lex)}\d{{3}}(?!\d))+(?:{decimal}\d+)?|\d+(?:[.,]\d+)?"
    scales = _alternation(lex["scales"])
    words = _alternation(lex["number_words"])
    vague = _alternation(lex["vague_nouns"])
    dets = _alternation(lex["vague_determiners"])
    joiner = re.escape(lex["vague_joiner"])
    word_run = rf"(?:{words})(?:(?:[-\s]+|\s+(?:et|and)\s+|-et-)(?:{words}|{scales}))*"
    fractions = _alternation(lex["fractions"])
    count = rf"(?:{digits}|{word_run})"
    # A fraction of a scale word or a dozen: "half a million", "a quarter of a million", "two and a half
    # million", "un demi-million"; or after it: "un million et demi", "two million and a half".
    fraction = (rf"(?:{count}\s+(?:et|and)\s+)?(?:(?:a|an|un|une)\s+)?(?:{fractions})(?:\s+of)?"
                rf"(?:\s+(?:a|an)\s+|-|\s+)(?:{scales}|{vague})\b"
                rf"|{count}\s*(?:{scales})\s+(?:et|and)\s+(?:a\s+)?(?:{fractions})\b")
    return {
        "fraction": fraction,
        "digits": digits,
        "scales": scales,
        "word_run": word_run,
        "vague": vague,
        "dets": dets,
        "joiner": joiner,
    }


class _Patterns(NamedTuple):
    fraction: re.Pattern
    digits: re.Pattern
    # Digits grouped by thousands, maybe with decimals: the groups' digits (1), the decimals (2).
    grouped: re.Pattern


@cache
def _compiled(lang: str | None) -> _Patterns:
    """The parser's patterns, compiled once per language."""
    lex = _lexicon(lang)
    p = _parts(lang)
    decimal = re.escape(lex["decimal_mark"])
    return _Patterns(re.compile(p["fraction"]), re.compile(rf"(?:{p['digits']})"),
                     re.compile(rf"(\d{{1,3}}(?:{_group_mark(lex)}\d{{3}})+)(?:{decimal}(\d+))?"))


# Words too frequent to start a scan from ("un", "des", "a"): a number expression is
# found from its number word ("millier", "dizaines") and then widened back to them.
_LEADING = frozenset({"un", "une", "a", "an", "one", "des", "de", "d'", "plusieurs", "quelques", "several", "some",
                      "many", "nombreux", "nombreuses", "de nombreux", "de nombreuses", "a few", "dozens of",
                      "tens of", "hundreds of"})


@cache
def _starts(lang: str | None) -> tuple[WordList, re.Pattern]:
    lex = _lexicon(lang)
    # Some number words only go on a number ("quatre-vingts", "deux cents"): a bare "cents" counts nothing.
    first = (set(lex["number_words"]) | set(lex["vague_nouns"]) | set(lex["scales"]) | set(lex["fractions"])) \
        - _LEADING - set(lex["inner_number_words"])
    start = word_list(w.lower() for w in first)
    # "one and a half million" is found from "half".
    leading = [d for d in lex["vague_determiners"] if d] + ["un", "une", "a", "an", "one", "one and a"]
    back = re.compile(rf"(?:^|(?<=[^\w.,]))(?:{trie_pattern(w.lower() for w in leading)})\s+$", re.IGNORECASE)
    return start, back


def number_words(lang: str | None) -> re.Pattern:
    """A regex for the words a spelled-out number starts from ("trois", "millier", "dizaines")."""
    return _starts(lang)[0].regex


def find_numbers(text: str, lang: str | None) -> list[tuple[int, int]]:
    """Spans of the number expressions of `text`, left to right, without overlaps."""
    full = number_regex(lang)
    start_at, back = _starts(lang)
    # Digits and number words are scanned apart: each scan keeps re's fast skipping.
    starts = sorted([(m.start(), True) for m in _DIGITS.finditer(text)] + [(m.start(), False) for m in start_at.finditer(text)])
    found: list[tuple[int, int]] = []
    end = -1
    for pos, digit in starts:
        if pos < end:
            continue
        lead = None if digit else back.search(text, max(end, pos - 16, 0), pos)
        m = full.match(text, lead.start()) if lead else None
        if m is None or m.end() <= pos:
            m = full.match(text, pos)
        if m:
            found.append(m.span("num"))
            end = m.end()
    return found


@cache
def number_regex(lang: str | None) -> re.Pattern:
    """A compiled regex whose matches are number expressions (group `num`)."""
    p = _parts(lang)
    # "des dizaines de milliers", "une quarantaine", "hundreds of thousands", "thousands"
    vague = (rf"(?:(?:{p['dets']})\s+)?(?:{p['word_run']}\s+|\d+\s+)?(?:{p['vague']})"
             rf"(?:\s+{p['joiner']}\s+(?:{p['vague']}))?")
    # "3 millions", "2.5bn", "$ 10-billion" (not "a 15-m wall": after a hyphen a scale has two letters at least)
    scaled = rf"(?:{p['digits']}|{p['word_run']})(?:\s*|-(?=[^\W\d_]{{2}}))(?:{p['scales']})\b"
    # A unit may be glued to the digits: "41.2C", "320km2", "5km".
    glued = r"(?=°|(?:km2?|m2?|ha|kg|bn|C|F)\b)"
    pattern = (rf"(?<![\w.,])(?P<num>{p['fraction']}|{scaled}|{vague}|{p['digits']}|{p['word_run']})(?:(?![\w])|{glued})")
    return re.compile(pattern, re.IGNORECASE)


def _to_float(digits: str, lang: str | None) -> float | None:
    grouped = _compiled(lang).grouped.fullmatch(digits)
    if grouped:
        whole = _NON_DIGITS.sub("", grouped.group(1))
        s = whole + ("." + grouped.group(2) if grouped.group(2) else "")
    else:
        s = digits.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def _words_to_float(words: str, lang: str | None) -> float | None:
    if len(words) > MAX_WORD_NUMBER:
        return None
    text = _SPACES.sub(" ", words.strip().lower())
    if lang == "en":
        text = text.replace("-", " ")
    try:
        return float(text2num(text, "en" if lang == "en" else "fr"))
    except (ValueError, TypeError, IndexError, KeyError, AttributeError):
        return None


def parse_number(text: str, lang: str | None = "fr") -> Quantity | None:
    """The quantity a number expression means, or None when `text` is not one.

    Never raises. "580 000" → 580000; "1,5 million" → 1500000; "trois millions" →
    3000000; "une quarantaine" → 40 (approx); "des dizaines de milliers" → 10000
    (low 10000, high 100000, approx).
    """
    if not text or not isinstance(text, str):
        return None
    s = _SPACES.sub(" ", text.strip())
    m = number_regex(lang).fullmatch(s)
    if not m:
        return None
    return read_quantity(s, lang)


def read_quantity(s: str, lang: str | None) -> Quantity | None:
    """The quantity of a number expression already found by `find_numbers` (spaces folded)."""
    lex = _lexicon(lang)
    patterns = _compiled(lang)
    low = s.lower()
    scales = lex["scales"]
    if patterns.fraction.fullmatch(low):
        return _fraction(low, lex, lang)
    digit = patterns.digits.match(low)
    if digit:
        base = _to_float(digit.group(0), lang)
        rest = low[digit.end():].strip(" -")
        if base is None:
            return None
        if not rest:
            return Quantity(base)
        # Digits with a scale word ("3 millions", "2.5bn") or a vague noun ("3 centaines").
        if rest in scales:
            return Quantity(base * scales[rest])
        return _vague(rest, lex, base)
    words = _WORD_RUN.findall(low)
    if not words:
        return None
    if words[0] in lex["vague_nouns"] and words[0].endswith("s"):
        # "thousands", "millions": a bare plural is an order of magnitude.
        return _vague(low, lex, None)
    exact = _words_to_float(" ".join(_ONE.get(w, w) if i == 0 else w for i, w in enumerate(words)), lang)
    if exact is not None:
        return Quantity(exact)
    return _vague(low, lex, None)


# "a thousand", "un million": the article counts as one before a scale word.
_ONE = {"a": "one", "an": "one", "une": "un"}


def _fraction(low: str, lex: dict, lang: str | None) -> Quantity | None:
    """A fraction of a scale word or a dozen: "half a million" (500,000), "two and a half million"
    (2,500,000), "un million et demi" (1,500,000), "half a dozen" (6)."""
    sizes = {**lex["vague_nouns"], **lex["scales"]}
    words = re.findall(r"[\w'’.,]+", low)
    k = next((i for i, w in enumerate(words) if w in sizes), None)
    j = next((i for i, w in enumerate(words) if w in lex["fractions"]), None)
    if k is None or j is None:
        return None
    part = lex["fractions"][words[j]]
    # The whole number before the fraction ("two and a half") or before the scale ("un million et demi").
    lead = [w for w in words[:min(j, k)] if w not in (("a", "an", "and", "et") + (("un", "une") if j < k else ()))]
    if j < k and not lead:
        return Quantity(part * sizes[words[k]])
    lead = [_ONE.get(w, w) for w in lead] or ["one"]
    count = _to_float(lead[0], lang) if lead[0][:1].isdigit() else _words_to_float(" ".join(lead), lang)
    if count is None:
        return None
    return Quantity((count + part) * sizes[words[k]])


def _vague(low: str, lex: dict, count: float | None) -> Quantity | None:
    """A quantity built on vague nouns: "une quarantaine", "des dizaines de milliers",
    "deux centaines" (count × noun), "hundreds of thousands"."""
    nouns = lex["vague_nouns"]
    words = _WORD_RUN.findall(low)
    magnitudes = [nouns[w] for w in words if w in nouns]
    if not magnitudes:
        return None
    value = 1.0
    for m in magnitudes:
        value *= m
    lead = [w for w in words if w not in nouns and w != lex["vague_joiner"]]
    if count is None and lead:
        count = _words_to_float(" ".join(lead), lang=None if lex["decimal_mark"] == "," else "en")
    if count is None and len(lead) > 1:
        # A determiner before the count ("some two million", "des deux millions") leaves the count whole.
        count = _counted_after_determiner(lead, lex)
    if count is not None:
        return Quantity(count * value, approx=True)
    dets = " ".join(lead)
    plural = dets in set(lex["plural_determiners"]) or (words[0] in nouns and words[0].endswith("s"))
    if plural:
        return Quantity(value, low=value, high=value * 10, approx=True)
    return Quantity(value, approx=True)


def _counted_after_determiner(lead: list[str], lex: dict) -> float | None:
    """The count after a vague determiner that opens `lead` (["some", "two"] → 2), or None."""
    for det in sorted((d for d in lex["vague_determiners"] if d), key=len, reverse=True):
        size = len(det.split())
        if lead[:size] == det.split() and len(lead) > size:
            return _words_to_float(" ".join(lead[size:]), lang=None if lex["decimal_mark"] == "," else "en")
    return None
