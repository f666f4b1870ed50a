"""Words as the corpus steps compare them: folded to unaccented lower case, stop words aside."""
from __future__ import annotations

import unicodedata
from functools import cache

from vigie.lang import LANGUAGES, load


def fold(text: str) -> str:
    """Lower case ASCII letters without accents: fast, and enough to compare French and English words."""
    return unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()


def unaccent(text: str) -> str:
    """Lower case without accents, so "Égypte" and "egypte" match; letters of other scripts are kept."""
    if text.isascii():
        return text.lower()
    return unicodedata.normalize("NFD", text.lower()).translate(_combining_marks())


@cache
def _combining_marks() -> dict[int, None]:
    """A translation table deleting every combining mark (accents once decomposed) of the Basic Multilingual
    Plane, where the scripts of news text have theirs (a scan of all planes costs a tenth of a second)."""
    return dict.fromkeys(c for c in range(0x10000) if unicodedata.combining(chr(c)))


@cache
def stop_words() -> frozenset[str]:
    """Folded stop words of every configured language (`lang/<code>/stopwords.json`)."""
    return frozenset(fold(w) for lang in LANGUAGES for w in load(lang, "stopwords")["words"])
