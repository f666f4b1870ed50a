"""Regular expressions for long word lists, written as a trie.

An alternation of hundreds of words makes the regex engine try each word at every
position of the text; the same list as a trie ("pr(?:ésident|emier ministre)")
costs one character test per position. Spaces match any run of spaces and
apostrophes match both ' and ’, as in press text.
"""
from __future__ import annotations

import re

_END = ""


def trie_pattern(words) -> str:
    """A non-capturing regex matching exactly the given words (longest alternatives first)."""
    root: dict = {}
    for word in words:
        if not word:
            continue
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _render(root) if root else "(?!)"


def _char(c: str) -> str:
    if c == " ":
        return r"[ \u00a0]+"
    if c in "'’":
        return "['’]"
    return re.escape(c)


def _render(node: dict) -> str:
    optional = _END in node
    branches = [_char(c) + _render(child) for c, child in sorted(node.items()) if c != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if optional:
        return f"(?:{body})?"
    return body
