"""TimeML values: what makes one valid, the interval of days one covers, and the calendar arithmetic behind them."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

# Years outside this range are not read as years ("3000 soldats"), nor taken as anchors.
MIN_YEAR, MAX_YEAR = 1000, 2099
SEASON_BOUNDS = {"SP": ((3, 21), (6, 20)), "SU": ((6, 21), (9, 22)), "FA": ((9, 23), (12, 20)), "WI": ((12, 21), (3, 20))}
# The thirds of a month that TimeML's START, MID and END mods name.
_MOD_THIRDS = {"START": (1, 10), "MID": (11, 20), "END": (21, 31)}

# What makes a TimeML value valid (TIMEX3 value attribute, ISO 8601 with TimeML's extensions).
_DATE_VALUE = r"(?:\d{4}|XXXX)(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?|-W(?:\d{2}|XX)(?:-(?:[1-7]|WE))?|-(?:SP|SU|FA|WI)|-Q[1-4]|-H[12])?"
_TIME_PART = r"T(?:MO|AF|EV|NI|DT|\d{2}(?::\d{2}(?::\d{2})?)?)"
_DURATION = r"P(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|WE|DE|CE|ML|Q|H))+(?:T(?:(?:\d+(?:\.\d+)?|X)[HMS])+)?|PT(?:(?:\d+(?:\.\d+)?|X)[HMS])+"
VALID_VALUE = re.compile(
    rf"^(?:{_DATE_VALUE}(?:{_TIME_PART})?|\d{{2,3}}|XXXX-XX-XX{_TIME_PART}|{_DURATION}|T(?:MO|AF|EV|NI)"
    r"|XXXX-WXX-[1-7]|PRESENT_REF|PAST_REF|FUTURE_REF)$"
)


def is_timeml_value(value: str) -> bool:
    """True when `value` is a valid TimeML TIMEX3 value."""
    return bool(VALID_VALUE.fullmatch(value))


# A document date as vigie writes it: YYYY, YYYY-MM or YYYY-MM-DD (and whatever follows).
_ANCHOR = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass
class Anchor:
    """The document date at its precision: a day, a month or a year."""

    year: int | None = None
    month: int | None = None
    day: date | None = None

    @classmethod
    def parse(cls, value: str | None) -> Anchor:
        if not value:
            return cls()
        m = _ANCHOR.match(value)
        if not m:
            return cls()
        year = int(m.group(1))
        if not MIN_YEAR <= year <= MAX_YEAR:
            return cls()
        month = int(m.group(2)) if m.group(2) and 1 <= int(m.group(2)) <= 12 else None
        day = None
        if month and m.group(3):
            try:
                day = date(year, month, int(m.group(3)))
            except ValueError:
                day = None
        return cls(year, month, day)

    def bounds(self) -> tuple[date, date] | None:
        if self.day:
            return self.day, self.day
        if self.month:
            return date(self.year, self.month, 1), date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        if self.year:
            return date(self.year, 1, 1), date(self.year, 12, 31)
        return None


def duration_value(number: float | None, code: str) -> str:
    amount = "X" if number is None else (f"{int(number)}" if number == int(number) else f"{number:g}")
    if code.startswith("T"):
        return f"PT{amount}{code[1]}"
    multiple = re.match(r"(\d+)(\w+)", code)
    if multiple and number is not None:
        total = number * int(multiple.group(1))
        return f"P{int(total) if total == int(total) else f'{total:g}'}{multiple.group(2)}"
    if multiple:
        return f"PX{multiple.group(2)}"
    return f"P{amount}{code}"


def easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


@lru_cache(maxsize=4096)
def value_interval(value: str, mod: str | None = None) -> tuple[date, date, str] | None:
    """The (earliest, latest, precision) days a TimeML date value covers, or None when it names no fixed time.

    Cached: an article names the same few dates again and again, and every sentence asks."""
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})(?:-(WE|[1-7]))?|-(SP|SU|FA|WI)|-Q([1-4])|-H([12]))?(?:T|$)", value)
    try:
        if m:
            year = int(m.group(1))
            if m.group(3):
                d = date(year, int(m.group(2)), int(m.group(3)))
                return d, d, "day"
            if m.group(2):
                month = int(m.group(2))
                last = calendar.monthrange(year, month)[1]
                lo, hi = _MOD_THIRDS.get(mod or "", (1, last))
                return date(year, month, lo), date(year, month, min(hi, last)), "month"
            if m.group(4):
                monday = date.fromisocalendar(year, int(m.group(4)), 1)
                if m.group(5) == "WE":
                    return monday + timedelta(days=5), monday + timedelta(days=6), "week"
                if m.group(5):
                    d = monday + timedelta(days=int(m.group(5)) - 1)
                    return d, d, "day"
                return monday, monday + timedelta(days=6), "week"
            if m.group(6):
                (m1, d1), (m2, d2) = SEASON_BOUNDS[m.group(6)]
                return date(year, m1, d1), date(year + (m.group(6) == "WI"), m2, d2), "season"
            if m.group(7) or m.group(8):
                size = 3 if m.group(7) else 6
                first = (int(m.group(7) or m.group(8)) - 1) * size + 1
                last_month = first + size - 1
                return date(year, first, 1), date(year, last_month, calendar.monthrange(year, last_month)[1]), "season"
            if mod == "START":
                return date(year, 1, 1), date(year, 4, 30), "year"
            if mod == "MID":
                return date(year, 5, 1), date(year, 8, 31), "year"
            if mod == "END":
                return date(year, 9, 1), date(year, 12, 31), "year"
            return date(year, 1, 1), date(year, 12, 31), "year"
        decade = re.match(r"^(\d{2,3})$", value)
        if decade:
            digits = decade.group(1)
            span = 10 if len(digits) == 3 else 100
            first = int(digits) * span
            return date(max(first, 1), 1, 1), date(first + span - 1, 12, 31), "year"
    except ValueError:
        return None
    return None
