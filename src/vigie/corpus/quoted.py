"""Who a quote is listed under, the same in the report, the dossier and the web app."""
from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from vigie.lang import LANGUAGES, load

# The label of quotes whose speaker is unknown.
UNATTRIBUTED = "unattributed"


@cache
def _pronouns() -> frozenset[str]:
    """Subject pronouns of every language ("he", "elle", "celui-ci")."""
    words: set[str] = set()
    for code in LANGUAGES:
        data = load(code, "quotes")
        words.update(data["pronouns"], data["subject_pronouns"])
    return frozenset(word.lower() for word in words)


def speaker_label(speaker: Mapping[str, Any] | None, names: Mapping[str, str]) -> str:
    """The name a quote is listed under: its speaker's entity name (`names`: entity id → name), however the
    article called it; else the words naming the speaker ("a spokesman"); else UNATTRIBUTED. A pronoun the
    extractor could not resolve ("he", "elle") is no name: many unknown people's quotes must not read as one's."""
    speaker = speaker or {}
    name = names.get(speaker.get("entity") or "")
    if name:
        return name
    text = " ".join((speaker.get("text") or "").split())
    return text if text and text.lower() not in _pronouns() else UNATTRIBUTED
