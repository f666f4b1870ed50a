"""Regex helpers shared by the extractors: word lists compiled as tries.

Python's `re` tries the branches of an alternation one by one, so a list of two
thousand verb forms would be tried at every position of an article. Folding the
list into a trie ("déclar(?:a|ait|é(?:e|es|s)?)…") makes a scan cost about as much
as a single word.
"""
from __future__ import annotations

import re


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


def word_regex(words, *, suffix: str = "") -> re.Pattern:
    """A case-sensitive regex for whole words, each also capitalized ("selon", "Selon").

    Case-insensitive matching makes re fold every character it tries, which costs
    about three times as much over a whole article as listing both spellings.
    `suffix` is appended inside the match (a named group for "-t-il", say).
    """
    spelled = set()
    for w in words:
        if w:
            spelled.add(w)
            spelled.add(w[:1].upper() + w[1:])
    return re.compile(rf"\b(?P<form>{trie_pattern(spelled)}){suffix}\b")
