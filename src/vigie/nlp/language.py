"""Language identification with lingua, restricted to the configured languages.

Restricting lingua to the languages vigie reads keeps it small (all languages
would cost about 1 GB) and keeps it from guessing exotic languages on short text.
Function words decide first: where they plainly belong to one language, lingua
is not asked. On press articles that spares lingua for nineteen paragraphs in
twenty, and lingua was most of the cost of reading an article.
"""
from __future__ import annotations

import re
from functools import cache

from lingua import IsoCode639_1, LanguageDetectorBuilder

from vigie import lang as resources
from vigie.config import setting

# Below this many letters a text is too short to judge on its own; it takes the
# language of the document.
MIN_LETTERS = 25
# Function words settle a text's language when one language has at least this
# many of them and FUNCTION_WORD_MARGIN times as many as any other; when no
# language has that many, a paragraph keeps the document's language.
MIN_FUNCTION_WORDS = 3
FUNCTION_WORD_MARGIN = 3
# How much of a long text lingua reads to decide.
SAMPLE_CHARS = 2000

_LETTER = re.compile(r"[^\W\d_]")


def configured_languages() -> tuple[str, ...]:
    """ISO 639-1 codes from VIGIE_LANGUAGES (comma-separated), default fr,en."""
    codes = setting("VIGIE_LANGUAGES")
    return tuple(c.strip().lower() for c in codes.split(",") if c.strip())


@cache
def _detector(codes: tuple[str, ...]):
    isos = [getattr(IsoCode639_1, c.upper()) for c in codes]
    if len(isos) == 1:
        return None
    return LanguageDetectorBuilder.from_iso_codes_639_1(*isos).with_preloaded_language_models().build()


@cache
def _function_words(code: str) -> frozenset[str]:
    if code not in resources.LANGUAGES:
        return frozenset()
    return frozenset(resources.load(code, "language")["function_words"])


def _function_word_counts(text: str, codes: list[str]) -> dict[str, int]:
    # Splitting on white space and looking words up in sets runs in C; a regex
    # alternation over the text is ten times slower.
    words = text.lower().split()
    return {code: sum(map(_function_words(code).__contains__, words)) for code in codes}


def _settled(counts: dict[str, int]) -> str | None:
    """The language the function-word counts leave no doubt about, if any."""
    if not counts:
        return None
    best = max(counts, key=counts.get)
    rival = max((n for code, n in counts.items() if code != best), default=0)
    if counts[best] >= MIN_FUNCTION_WORDS and counts[best] >= FUNCTION_WORD_MARGIN * rival:
        return best
    return None


def _lingua(text: str, default: str | None) -> str | None:
    sample = text[:SAMPLE_CHARS]
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return default
    codes = configured_languages()
    detector = _detector(codes)
    if detector is None:
        return codes[0]
    found = detector.detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found else default


def detect(text: str, default: str | None = None) -> str | None:
    """The language of `text` as an ISO 639-1 code, or `default` when the text is too short to tell."""
    codes = [c for c in configured_languages() if _function_words(c)]
    return _settled(_function_word_counts(text[:SAMPLE_CHARS], codes)) or _lingua(text, default)


def detect_paragraphs(text: str, paragraphs: list[tuple[int, int]]) -> tuple[str | None, list[str | None]]:
    """The document's language (the one most of its letters are in) and each paragraph's."""
    codes = [c for c in configured_languages() if _function_words(c)]
    counts = [_function_word_counts(text[s:e], codes) for s, e in paragraphs]
    whole = _settled({c: sum(n[c] for n in counts) for c in codes}) or _lingua(text, None)
    langs: list[str | None] = []
    for here, (s, e) in zip(counts, paragraphs):
        settled = _settled(here)
        if settled == whole or (settled is None and max(here.values(), default=0) < MIN_FUNCTION_WORDS):
            langs.append(whole)
        else:
            langs.append(settled or _lingua(text[s:e], whole))
    weight: dict[str, int] = {}
    for (s, e), code in zip(paragraphs, langs):
        if code:
            weight[code] = weight.get(code, 0) + e - s
    main = max(weight, key=weight.get) if weight else whole
    return main, langs
