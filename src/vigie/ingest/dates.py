"""Publication dates from metadata strings: ISO, RFC 822 and French or English month names.

feedparser leaves French feed dates ("lun., 03 sept. 2018 14:00:00 +0200")
unparsed, and HTML or JSONL metadata comes in every shape, so every reader
hands its date string here.
"""
from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from functools import cache

from babel.dates import get_month_names

from vigie.model import Published

_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")
_SLASHED = re.compile(r"^\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")
_WORDY = re.compile(r"(?:(\d{1,2})(?:er|st|nd|rd|th)?\s+)?([^\W\d_]+)\.?,?\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?(\d{4})\b")


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c)).rstrip(".")


@cache
def _months() -> dict[str, int]:
    table: dict[str, int] = {}
    for locale in ("fr", "en"):
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, locale=locale).items():
                table[_fold(name)] = number
                table[_fold(name)[:3]] = number
    table["sept"] = 9
    return table


def _make(year: int, month: int | None, day: int | None, provenance: str) -> Published | None:
    if not 1000 <= year <= 2999:
        return None
    try:
        if day and month:
            first = last = date(year, month, day)
            iso, precision = first.isoformat(), "day"
        elif month:
            first = date(year, month, 1)
            last = date(year, month, calendar.monthrange(year, month)[1])
            iso, precision = f"{year:04d}-{month:02d}", "month"
        else:
            first, last = date(year, 1, 1), date(year, 12, 31)
            iso, precision = f"{year:04d}", "year"
    except ValueError:
        return None
    return Published(date=iso, earliest=first.isoformat(), latest=last.isoformat(), precision=precision,
                     provenance=provenance)


def parse_published(value: str | None, provenance: str) -> Published | None:
    """A `Published` from a metadata date string, or None when the string holds no date.

    `earliest` and `latest` are always whole days bounding the period named.
    """
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    m = _ISO.match(value)
    if m:
        return _make(int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None, provenance)
    try:
        parsed = parsedate_to_datetime(value)
        return _make(parsed.year, parsed.month, parsed.day, provenance)
    except (TypeError, ValueError, IndexError):
        pass
    m = _SLASHED.match(value)
    if m:
        return _make(int(m[3]), int(m[2]), int(m[1]), provenance)
    for m in _WORDY.finditer(value):
        month = _months().get(_fold(m[2]))
        if month:
            day = m[1] or m[3]
            return _make(int(m[4]), month, int(day) if day else None, provenance)
    return None


def from_datetime(value: datetime, provenance: str) -> Published | None:
    return _make(value.year, value.month, value.day, provenance)
