"""Who a quote is listed under, the same in the report, the dossier and the web app."""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from typing import Any, TypeVar

from vigie.lang import LANGUAGES, load

# The label of quotes whose speaker is unknown.
UNATTRIBUTED = "unattributed"

T = TypeVar("T")


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


def by_speaker(items: Iterable[T], label: Callable[[T], str]) -> dict[str, list[T]]:
    """`items` grouped under their speaker's label (`label(item)`, a `speaker_label`), labels differing only
    by case as one ("Activists" opening a sentence, "activists" inside one), under the spelling most of them
    have (the lower-case one on a tie)."""
    groups: dict[str, list[T]] = defaultdict(list)
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for item in items:
        name = label(item)
        groups[name.casefold()].append(item)
        spellings[name.casefold()][name] += 1
    return {max(spellings[key].items(), key=lambda kv: (kv[1], kv[0][:1].islower(), kv[0]))[0]: members
            for key, members in groups.items()}
