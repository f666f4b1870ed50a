"""Paragraphs and sentences as character offsets.

A rule-based splitter rather than spaCy's sentencizer: press French needs
abbreviations ("M.", "déc."), initials and quotations kept whole, and the regex
pass is about 30 times faster than a blank spaCy pipeline on our articles, which
matters when every article of a crawl goes through it.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache
from operator import itemgetter

from vigie import lang as resources

# A quotation longer than this is a speech, not part of one sentence: sentence
# boundaries inside it are kept so that timelines do not quote whole speeches.
MAX_QUOTE_SENTENCE = 400

_BLOCK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")
_LINE_BREAK = re.compile(r"\n\s*(?=\S)")
# End punctuation, closing quotes or brackets, white space, then something that
# can open a sentence: a capital, a digit, an opening quote, bracket or dash.
# Both patterns open on a character set of their own (the checks on the characters
# around it come after it) so that the engine skips in one step to the next end
# punctuation instead of trying the whole pattern at every character.
_CANDIDATE = re.compile(
    r"[.!?…](?:(?<=…)|(?<=[.!?])[.!?]*)(?:[ \u00a0\u202f]?[\"'»”’)\]])*(?P<gap>\s+)"
    r"(?=[\"«“‘(\[¿¡—–-]?\s*[0-9A-ZÀ-ÖØ-ÞĀ-ſ])"
)
# A sentence glued to the next one, as scraped pages print them ("12 blessés.Me Marnier a été relâché"):
# a lower-case letter, end punctuation (maybe after a closing quote), then a capitalized word.
_GLUED = re.compile(r"[\"»”’).!?](?:(?<=[a-zà-ÿ][\"»”’)])[.!?]|(?<=[a-zà-ÿ][.!?]))[\"»”’)]?(?=[A-ZÀ-Þ][a-zà-ÿ])")
# Abbreviations and initials are short; looking further back is wasted work.
MAX_ABBREVIATION = 24
_OPENERS = "([\"«“‘'"
# A paragraph without any of these holds no quotation to keep whole.
_OPENING_QUOTE = re.compile("[«“\"‘„‹]")
_INITIAL = re.compile(r"^[A-ZÀ-Þ]$")
_DOTTED = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")


@cache
def _abbreviations(lang: str | None) -> frozenset[str]:
    words = set(resources.load(lang, "segment")["abbreviations"])
    return frozenset(words | {w.lower() for w in words})


@cache
def _glued_openers(lang: str | None) -> tuple[re.Pattern | None, frozenset[str]]:
    """The pattern of a sentence opener glued after a line, and the words a line never ends on.

    Pages flattened to one line print a heading, a kicker, a caption or a stamp without end punctuation before the
    text ("Le bilan s'alourdit à Valence Les secours ont fouillé…"): a word, then a word that opens a sentence only
    in capitals (`sentence_openers` of lang/*/segment.json) before a word in lower case opens a sentence. After a
    word no line ends on (`never_ends_line`: an article, a preposition, a conjunction) it is a title's first word
    instead ("après La nuit des dunes": French writes a title's words after the first in lower case)."""
    words = resources.load(lang, "segment").get("sentence_openers", [])
    if not words:
        return None, frozenset()
    spaced = "|".join(re.escape(w) for w in words if not w.endswith("'"))
    elided = "|".join(re.escape(w[:-1]) for w in words if w.endswith("'"))
    # The opener before a word or a contraction ("It's", "It 's" as tokenized text prints it), or elided ("L'armée").
    elision = f"|(?:{elided})['’](?=[a-zà-ÿ])" if elided else ""
    pattern = f" (?=[A-ZÀ-Þ])(?:(?:{spaced})(?= [a-zà-ÿ]| ?['’][a-z]){elision})"
    return re.compile(pattern), frozenset(resources.load(lang, "segment")["never_ends_line"])


@cache
def _quote_pairs(lang: str | None) -> tuple[tuple[str, str], ...]:
    return tuple(tuple(p) for p in resources.load(lang, "segment")["quote_pairs"])


def _word_before(text: str, start: int, end: int) -> str:
    """The word ending at `end` (without opening brackets or quotes)."""
    window = text[start:end]
    if not window or window[-1].isspace():
        return ""
    return window.split()[-1].lstrip(_OPENERS)


@cache
def _quote_marks(opening: str, closing: str) -> re.Pattern:
    return re.compile(f"[{re.escape(opening)}{re.escape(closing)}]")


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph offsets: blocks separated by blank lines; inside a block, a line
    break starts a new paragraph unless the next line continues in lower case."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for sep in list(_BLOCK.finditer(text)) + [None]:
        end = sep.start() if sep else len(text)
        _split_block(text, pos, end, spans)
        if sep:
            pos = sep.end()
    return spans


def _split_block(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    pos = start
    for brk in _LINE_BREAK.finditer(text, start, end):
        if text[brk.end()].islower():
            continue
        _add_stripped(text, pos, brk.start(), spans)
        pos = brk.end()
    _add_stripped(text, pos, end, spans)


def _add_stripped(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def _quote_spans(text: str, start: int, end: int, lang: str | None) -> list[tuple[int, int]]:
    """Closed quotations inside [start, end), short enough to stay inside one sentence."""
    spans = []
    for opening, closing in _quote_pairs(lang):
        depth, begin = 0, 0
        for m in _quote_marks(opening, closing).finditer(text, start, end):
            i, ch = m.start(), m.group()
            if ch == opening and (opening != closing or depth == 0):
                if depth == 0:
                    begin = i
                depth += 1
            elif ch == closing and depth:
                depth -= 1
                if depth == 0:
                    spans.append((begin, i + 1))
    straight = [m.start() for m in re.finditer('"', text[start:end])]
    for a, b in zip(straight[::2], straight[1::2]):
        spans.append((start + a, start + b + 1))
    return [s for s in spans if s[1] - s[0] <= MAX_QUOTE_SENTENCE]


def split_sentences(text: str, lang: str | None = None, paragraphs: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Sentence offsets into `text`, never crossing a paragraph boundary."""
    sentences: list[tuple[int, int]] = []
    abbreviations = _abbreviations(lang)
    openers, never_ends = _glued_openers(lang)
    # Looked for once in the whole text: few paragraphs hold one.
    glued_lines = [m.start() for m in openers.finditer(text) if _ends_line(text, m.start(), never_ends)] \
        if openers else []
    # Sentences glued without a space are rarer still (one article in a hundred): a text without one anywhere
    # holds none in a paragraph.
    glued = _GLUED.search(text) is not None
    for p_start, p_end in paragraphs if paragraphs is not None else split_paragraphs(text):
        quotes = _quote_spans(text, p_start, p_end, lang) if _OPENING_QUOTE.search(text, p_start, p_end) else []
        pos = p_start
        # (cut, where the next sentence opens, the end punctuation or -1): a glued boundary may open on a
        # closing quote ("manifestants".Un).
        cuts = [(m.start("gap"), m.end(), m.start()) for m in _CANDIDATE.finditer(text, p_start, p_end)]
        if glued:
            cuts += [(m.end(), m.end(), m.start() + (text[m.start()] not in ".!?"))
                     for m in _GLUED.finditer(text, p_start, p_end)]
        if glued_lines:
            inside = glued_lines[bisect_right(glued_lines, p_start):bisect_left(glued_lines, p_end)]
            cuts += [(cut, cut + 1, -1) for cut in inside]
        cuts.sort(key=itemgetter(0))
        for cut, after, period in cuts:
            if cut <= pos or any(a < cut < b - 1 for a, b in quotes):
                continue
            if period >= 0 and text[period] == "." and not text.startswith("..", period):
                word = _word_before(text, max(p_start, period - MAX_ABBREVIATION), period)
                if word in abbreviations or _INITIAL.match(word) or _DOTTED.match(word):
                    continue
            sentences.append((pos, cut))
            pos = after
        if pos < p_end:
            sentences.append((pos, p_end))
    return sentences


def _ends_line(text: str, end: int, never_ends: frozenset[str]) -> bool:
    """Whether the text before `end`, a glued sentence opener, ends a line: on a letter or a digit, of a word that
    may end one (not in `never_ends`, as written: a kicker in capitals may end on "DU")."""
    return end > 0 and text[end - 1].isalnum() and \
        _word_before(text, max(0, end - MAX_ABBREVIATION), end) not in never_ends
