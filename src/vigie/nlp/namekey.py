"""Comparison keys for names: the forms under which spellings of one name meet.

`fold` removes case, accents and typographic variants; `name_key` also drops
Arabic articles and name particles ("Bachar El Assad", "Bachar al-Assad" →
"bachar assad"); `skeleton` keeps the consonant frame, so that transliterations
meet ("Idlib"/"Idleb", "Rohani"/"Rouhani", "Saraqeb"/"Saraqib").
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Arabic articles and name particles dropped from keys ("al-Assad" and "Assad" are one name).
PARTICLES = frozenset(
    "al el ar as ad an at az ash ad-d ed es et ez ul the le la les l d de du des".split()
)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "ʿ": "", "ʾ": ""})
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_ELIDED = re.compile(r"(?<![a-z0-9])(?:l|d|qu)'(?=[a-z0-9])")
# Transliteration digraphs that French and English write differently for one sound.
_DIGRAPHS = (("ou", "u"), ("ch", "sh"), ("dj", "j"), ("kh", "k"), ("gh", "g"), ("ph", "f"), ("q", "k"), ("c", "k"),
             ("w", "u"), ("y", "i"), ("z", "s"), ("x", "ks"))
_VOWELS_AFTER_FIRST = re.compile(r"(?<=\w)[aeiouh]")
_DOUBLES = re.compile(r"(\w)\1+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase, accents removed, apostrophes unified, spaces collapsed."""
    text = text.translate(_APOSTROPHES)
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text)).lower()
        text = text.replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("đ", "d")
    return " ".join(text.lower().split())


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """The folded words of a name without articles and particles, joined by spaces."""
    folded = fold(text)
    if "'" in folded:
        # "l'OSDH", "d'Idlib": the elided article goes; other apostrophes join ("Dara'a" = "Daraa")
        folded = _ELIDED.sub("", folded).replace("'", "")
    words = _NON_WORD.sub(" ", folded).split()
    kept = [w for w in words if w not in PARTICLES]
    return " ".join(kept or [w for w in words if w])


@lru_cache(maxsize=65536)
def skeleton(text: str) -> str:
    """The consonant frame of a name's key: transliteration variants of one name share it."""
    words = []
    for word in name_key(text).split():
        for old, new in _DIGRAPHS:
            word = word.replace(old, new)
        words.append(_DOUBLES.sub(r"\1", _VOWELS_AFTER_FIRST.sub("", word)))
    return " ".join(words)
