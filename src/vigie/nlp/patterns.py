"""Regex helpers shared by the extractors: word lists compiled as tries.

Python's `re` tries the branches of an alternation one by one, so a list of two
thousand verb forms would be tried at every position of an article. Folding the
list into a trie ("déclar(?:a|ait|é(?:e|es|s)?)…") makes a scan cost about as much
as a single word.

Even so, a scan starting on "\b" has no first letter for re to skip to: it costs
about as much as the trie's descent at every word of the article. A `WordList`
scans a whole text only where the text's vocabulary (found once per text) holds
the first word of one of its entries.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

_WORD_RUN = re.compile(r"\w+")
# Every ASCII character that is no word character, as a space.
_ASCII_BREAKS = str.maketrans({c: " " for c in map(chr, range(128)) if not _WORD_RUN.match(c)})


def trie_pattern(words) -> str:
    """A regex (without anchors) matching exactly the given words, longest first."""
    trie: dict = {}
    for word in set(words):
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(trie) if trie else "(?!)"


def _emit(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _emit(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?"
    return body


def _spelled(words) -> set[str]:
    """Words as written and capitalized."""
    spelled = set()
    for w in words:
        if w:
            spelled.add(w)
            spelled.add(w[:1].upper() + w[1:])
    return spelled


def word_regex(words, *, suffix: str = "") -> re.Pattern:
    """A case-sensitive regex for whole words, each also capitalized ("selon", "Selon").

    Case-insensitive matching makes re fold every character it tries, which costs
    about three times as much over a whole article as listing both spellings.
    `suffix` is appended inside the match (a named group for "-t-il", say).
    """
    return re.compile(rf"\b(?P<form>{trie_pattern(_spelled(words))}){suffix}\b")


@lru_cache(maxsize=1)
def vocabulary(text: str) -> frozenset[str]:
    """The runs of word characters of `text`: every word list scanning the same text shares them."""
    if text.isascii():
        # Most wire copy: splitting it at its ASCII breaks costs half a regex pass.
        return frozenset(text.translate(_ASCII_BREAKS).split())
    return frozenset(_WORD_RUN.findall(text))


@cache
def _whole_run(lead: str) -> re.Pattern:
    """Where `lead`, a run of word characters, stands whole in a text (not inside a longer run: "a" in "has"). The
    pattern opens on the lead itself, which re then skips to, and looks back past it for a word character."""
    escaped = re.escape(lead)
    return re.compile(rf"{escaped}(?<!\w{escaped})(?!\w)")


@dataclass(frozen=True)
class WordList:
    """A `word_regex` and, by the first run of word characters of its words ("according" for "according to",
    "s" for "s'est dit"), the sets of the other runs of each word opening on it.

    A match starts on a word boundary with one of these runs, whole, and holds the word's other runs whole,
    so it stands where the text holds one of the first runs and all the other runs of one word:
    `finditer` gives the regex's matches over a whole text looking only there (a common first run, "the",
    is searched for only in a text that holds the rest of a word opening on it)."""

    regex: re.Pattern
    leads: dict[str, tuple[frozenset[str], ...]]

    def finditer(self, text: str) -> list[re.Match]:
        """The regex's matches in `text`, left to right, as `regex.finditer(text)` gives them."""
        vocab = vocabulary(text)
        starts = set()
        # the common leads, looked up from the smaller side (a short list in a long text, or the reverse)
        for lead in (vocab.intersection(self.leads) if len(self.leads) < len(vocab) else self.leads.keys() & vocab):
            if not any(rest <= vocab for rest in self.leads[lead]):
                continue
            if len(lead) == 1:
                # a letter stands inside most words: a loop over its every occurrence costs more than a regex
                starts.update(run.start() for run in _whole_run(lead).finditer(text))
                continue
            at = text.find(lead)
            while at >= 0:
                starts.add(at)
                at = text.find(lead, at + 1)
        found: list[re.Match] = []
        end = 0
        for at in sorted(starts):
            if at >= end and (m := self.regex.match(text, at)) is not None:
                found.append(m)
                end = m.end()
        return found


def runs_by_lead(words) -> dict[str, tuple[frozenset[str], ...]]:
    """By the first run of word characters of `words`, the sets of the other runs of each word opening on it
    (a `WordList`'s leads); each word must open on a word character."""
    leads: dict[str, set[frozenset[str]]] = {}
    for word in words:
        if _WORD_RUN.match(word) is None:
            raise ValueError(f"a word list's words open on word characters: {word!r}")
        lead, *rest = _WORD_RUN.findall(word)
        leads.setdefault(lead, set()).add(frozenset(rest))
    return {lead: tuple(rests) for lead, rests in leads.items()}


def word_list(words, *, suffix: str = "") -> WordList:
    """A `WordList` of `words` (see `word_regex`); each word must open on a word character."""
    spelled = _spelled(words)
    return WordList(word_regex(spelled, suffix=suffix), runs_by_lead(spelled))
