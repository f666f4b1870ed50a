"""Page boilerplate: the lines a site repeats around its articles (teasers of other articles, menus, calls to
subscribe) that a scraped page's text keeps.

Articles published far apart that carry the same line word for word carry the page, not
the news: the copies of one wire dispatch come out within days of each other, while a
site's teaser list stays on its pages for weeks. Timelines never choose such a line, and
the listings of a story's quotes leave out the quotes it holds, and an article without title is called by
the first words of its text past them (`opening_words`).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from typing import TypeVar

from vigie.corpus.words import unaccent

# The same line in this many articles published more than SPREAD_DAYS apart is boilerplate.
MIN_DOCUMENTS = 3
SPREAD_DAYS = 7
# What an untitled article is called: the first words of its first line, cut before this many characters.
OPENING_CHARS = 60

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


# Lines of an untitled text read for its first words.
OPENING_LINES = 12


def _opening_lines(text: str | None) -> list[str]:
    lines = (" ".join(line.split()) for line in (text or "").split("\n"))
    return [line for line in lines if line][:OPENING_LINES]


# A dispatch's dateline before its lede: a place in capitals, the date or the agency, then a dash
# ("PARIS, 3 mars (Agence) - ", "LYON | Tue Mar 5, 2024 9:10am - "); the lede names the article better.
_DATELINE = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ\\/.'-]{2,}\b[^\n]{0,120}? (?:-|--|–|—) (?=\w)")


def opening_words(text: str | None, limit: int = OPENING_CHARS, skip: Collection[str] = ()) -> str | None:
    """The first words of `text`'s first line, what a reader calls an article without title: the whole
    line when it is short (a headline), else cut on a word boundary before `limit` characters, with "…".
    Lines whose case-folded words are in `skip` (the site's, by `site_lines`) are passed over."""
    line = next((line for line in _opening_lines(text) if not skip or line.casefold() not in skip), "")
    dateline = _DATELINE.match(line)
    if dateline and any(c.isdigit() or c in "(|" for c in dateline.group()):
        line = line[dateline.end():]
    if len(line) <= limit:
        return line or None
    head = line[:limit + 1]
    cut = head.rsplit(" ", 1)[0] if " " in head else line[:limit]
    return cut.rstrip(" ,;:|-–—") + "…"


def site_lines(openings: Iterable[tuple[str, str | None, str | None]]) -> set[str]:
    """The opening lines, case-folded, that are page boilerplate (a site's menu, its teasers of other
    articles: see `repeated_lines`), of (document id, start of its text, publication date) triples."""
    return repeated_lines((line.casefold(), doc, date) for doc, text, date in openings
                          for line in _opening_lines(text))
