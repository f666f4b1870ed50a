"""Words as the corpus steps compare them: folded to unaccented lower case, stop words aside."""
from __future__ import annotations

import unicodedata
from functools import cache

from vigie.lang import LANGUAGES, load


def fold(text: str) -> str:
    """Lower case ASCII letters without accents: fast, and enough to compare French and English words."""
    return unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()


@cache
def stop_words() -> frozenset[str]:
    """Folded stop words of every configured language (`lang/<code>/stopwords.json`)."""
    return frozenset(fold(w) for lang in LANGUAGES for w in load(lang, "stopwords")["words"])
