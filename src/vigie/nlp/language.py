"""Language identification with lingua, restricted to the configured languages.

Restricting lingua to the languages vigie reads keeps it small (all languages
would cost about 1 GB) and keeps it from guessing exotic languages on short text.
"""
from __future__ import annotations

from functools import cache

from lingua import IsoCode639_1, LanguageDetectorBuilder

from vigie.config import setting

# Below this many letters a paragraph is too short to judge on its own; it takes
# the language of the document.
MIN_LETTERS = 25


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


def detect(text: str, default: str | None = None) -> str | None:
    """The language of `text` as an ISO 639-1 code, or `default` when the text is too short to tell."""
    codes = configured_languages()
    if sum(ch.isalpha() for ch in text[:2000]) < MIN_LETTERS:
        return default
    detector = _detector(codes)
    if detector is None:
        return codes[0]
    found = detector.detect_language_of(text[:2000])
    return found.iso_code_639_1.name.lower() if found else default


def detect_paragraphs(text: str, paragraphs: list[tuple[int, int]]) -> tuple[str | None, list[str | None]]:
    """The document's language (the one most of its letters are in) and each paragraph's."""
    whole = detect(text)
    langs = [detect(text[s:e], default=whole) for s, e in paragraphs]
    weight: dict[str, int] = {}
    for (s, e), code in zip(paragraphs, langs):
        if code:
            weight[code] = weight.get(code, 0) + e - s
    main = max(weight, key=weight.get) if weight else whole
    return main, langs
