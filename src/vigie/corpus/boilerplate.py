"""Page boilerplate: the lines a site repeats around its articles (teasers of other articles, menus, calls to
subscribe) that a scraped page's text keeps.

Articles published far apart that carry the same line word for word carry the page, not
the news: the copies of one wire dispatch come out within days of each other, while a
site's teaser list stays on its pages for weeks. Timelines never choose such a line, and
the listings of a story's quotes leave out the quotes it holds.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import TypeVar

from vigie.corpus.words import unaccent

# The same line in this many articles published more than SPREAD_DAYS apart is boilerplate.
MIN_DOCUMENTS = 3
SPREAD_DAYS = 7

T = TypeVar("T")


def text_key(text: str) -> str:
    """What two tellings of one line share: its words in lower case without accents, spaces collapsed.

    `str.split` cuts at the characters the regex class \\s matches, at a third of a regex substitution's time."""
    return " ".join(unaccent(text).split())


def repeated_lines(tellings: Iterable[tuple[str, str, dt.date | str | None]]) -> set[str]:
    """The keys (`text_key`) of the lines that are page boilerplate, of (key, document id, publication
    day or ISO date) triples: lines at least MIN_DOCUMENTS documents carry, published more than
    SPREAD_DAYS apart or undated."""
    days_by_key: dict[str, dict[str, dt.date | None]] = defaultdict(dict)
    for key, doc, published in tellings:
        days_by_key[key][doc] = _day(published)
    repeated = set()
    for key, docs in days_by_key.items():
        days = [d for d in docs.values() if d is not None]
        if is_repeated(len(docs), min(days, default=None), max(days, default=None)):
            repeated.add(key)
    return repeated


def is_repeated(documents: int, first: dt.date | str | None, last: dt.date | str | None) -> bool:
    """Whether a line that `documents` documents carry, the dated ones published from day `first` to day
    `last` (days or ISO dates; None: none is dated), is page boilerplate."""
    if documents < MIN_DOCUMENTS:
        return False
    first, last = _day(first), _day(last)
    return first is None or last is None or (last - first).days > SPREAD_DAYS


def without_repeated(items: Iterable[T], text: Callable[[T], str], doc: Callable[[T], str],
                     published: Callable[[T], dt.date | str | None]) -> list[T]:
    """The items (quotes, sentences…) whose text is not page boilerplate, in their order; `text`, `doc` and
    `published` read an item's words, its document's id and that document's publication day or ISO date."""
    items = list(items)
    keys = [text_key(text(item) or "") for item in items]
    repeated = repeated_lines((key, doc(item), published(item)) for key, item in zip(keys, items))
    return [item for item, key in zip(items, keys) if key not in repeated]


def _day(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
