"""Temporal expressions (TimeML TIMEX3) in French and English, and the dates of documents and sentences.

`find_timexes` runs one compiled regular expression per language over the text:
an ordered alternation of rules written as data in `lang/<lang>/time.json`, each
naming the kind of expression it recognizes. A small normalizer per kind turns
the captured pieces into a TimeML value, anchored on the document date when the
expression is relative ("hier", "mardi", "la semaine dernière").

`date_document` narrows a document's publication date with what its text says
(weekday and day of month that agree, a quoted tweet's dateline, the latest date
mentioned) without ever contradicting the metadata; `date_sentences` gives every
sentence the interval of time it speaks about.
"""
from __future__ import annotations

import calendar
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources

from babel.dates import get_day_names, get_month_names
from text_to_num import text2num

from vigie.model import Document, Published, SentenceTime, Timex

LANGS = ("fr", "en")

# A report dated by a weekday and a day of month ("lundi 3 septembre") is
# published that day or within the two following days (daily news cycle).
REPORT_DELAY_DAYS = 2
# A weekday-dated expression without a year is solved only this many years
# around the latest year the text mentions (articles speak of recent years);
# further away, the weekday alone is too weak to pick a year.
YEAR_PROXIMITY = 1
# Years outside this range are not read as years ("3000 soldats").
MIN_YEAR, MAX_YEAR = 1000, 2099
# How far around an expression the tense of its clause is looked for, in characters.
TENSE_WINDOW = 120
# Length of a season, to tell the current one from the last one ("l'été dernier" said in summer is last year's).
SEASON_DAYS = 91
# A time of day this close to a day ("4 h mardi") belongs to it rather than to the day mentioned before.
ADJACENT_CHARS = 12

_PLACEHOLDER = re.compile(r"\{([A-Z]+)\}")
_GROUP = re.compile(r"\(\?P<(\w+)>")
_LOOKALIKES = (("\u2019", "'"), ("\u02bc", "'"), ("\u2018", "'"), ("\u2011", "-"), ("\u2010", "-"))
# A new clause with its own verb: the tense of an expression is not looked for beyond it.
_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas|et|mais|alors que|tandis que|puis)\b")
_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_ESCAPE_OR_NAME = re.compile(r"\\.|\(\?P<\w+>")
_WORD_BEFORE = re.compile(r"([\w'-]+)[\s'(]*$")
_WORD_AFTER = re.compile(r"^\s*([\w'-]+|[^\w\s])")
_TWEET_DATELINE = re.compile(r"\(@\w+\)\s*[-–—]?\s*$")
_SINCE = re.compile(r"(?:depuis|dès|since|from)\s+$", re.IGNORECASE)
_ROMAN = {"I": 1, "V": 5, "X": 10}
_SEASON_BOUNDS = {"SP": ((3, 21), (6, 20)), "SU": ((6, 21), (9, 22)), "FA": ((9, 23), (12, 20)), "WI": ((12, 21), (3, 20))}
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
    return bool(VALID_VALUE.match(value))


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _alternation(words) -> str:
    """A regex matching any of `words`, longest first, as a trie: Python's engine then rejects a position in one step."""
    tree: dict = {}
    for word in {w.lower() for w in words}:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body
    return emit(tree)


@dataclass(frozen=True)
class _Lexicon:
    lang: str
    data: dict
    months: dict[str, int]
    weekdays: dict[str, int]
    pattern: re.Pattern
    rules: tuple[tuple[str, str, tuple[str, ...]], ...]  # (group name, kind, its inner group names)
    future: re.Pattern
    past: re.Pattern
    weekday_in: re.Pattern
    dirs: dict[str, int]
    wide_months: frozenset[str]
    alternatives: tuple[str, ...]


@cache
def _data(lang: str) -> dict:
    return json.loads(resources.files("vigie").joinpath(f"lang/{lang}/time.json").read_text(encoding="utf-8"))


@cache
def _lexicon(lang: str) -> _Lexicon:
    data = _data(lang)
    months: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for number, name in get_month_names(width, locale=lang).items():
            for form in (name.lower().rstrip("."), _fold(name.lower().rstrip("."))):
                months[form] = number
    for name, number in data["months_extra"].items():
        months[name] = number
        months[_fold(name)] = number
    weekdays: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for number, name in get_day_names(width, locale=lang).items():
            if len(name.rstrip(".")) > 3 or width == "wide":
                weekdays[name.lower().rstrip(".")] = number
    for name, number in data.get("weekdays_extra", {}).items():
        weekdays[name] = number
    wide_names = {n.lower() for n in get_month_names("wide", locale=lang).values()}
    wide = {form for form in months if form in wide_names or form in {_fold(n) for n in wide_names}}
    month_alt = "(?:" + _alternation(wide) + "|(?:" + _alternation(set(months) - wide) + r")\.?(?!\w))"
    dirs = {w: -1 for w in data["last"]} | {w: 1 for w in data["next"]}
    numbers = "(?:" + _alternation(data["number_words"]) + ")"
    numword = numbers + "(?:" + data["number_joiner"] + numbers + ")*"
    pieces = {
        "MONTH": month_alt,
        "WEEKDAY": "(?:" + _alternation(weekdays) + ")",
        "DAY": data.get("day_pattern", r"(?:1er|1re|premier|3[01]|[12]\d|0?[1-9])(?!\d)"),
        "YEAR": r"(?:1\d{3}|20\d{2})(?!\d)",
        "DIR": "(?:" + _alternation(dirs) + ")",
        "PART": "(?:" + _alternation(data["parts_of_day"]) + ")",
        "RELDAY": "(?:" + _alternation(data["relative_days"]) + ")",
        "UNIT": "(?:" + _alternation(data["units"]) + ")",
        "SETUNIT": "(?:" + _alternation(data["set_units"]) + ")",
        "SETADJ": "(?:" + _alternation(data["set_adjectives"]) + ")",
        "NUMWORD": numword,
        "NUM": r"(?:\d+(?:[.,]\d+)?|" + numword + ")",
        "VAGUE": "(?:" + _alternation(data["vague_numbers"]) + ")",
        "FIXED": "(?:" + _alternation(data["fixed_durations"]) + ")",
        "REF": "(?:" + _alternation(data["refs"]) + ")",
        "SEASON": "(?:" + _alternation(data["seasons"]) + ")",
        "HOLIDAY": "(?:" + _alternation(data["holidays"]) + ")",
    }
    alternatives, rules = [], []
    for index, rule in enumerate(data["rules"]):
        name = f"r{index}"
        body = _PLACEHOLDER.sub(lambda m: pieces[m.group(1)], rule["pattern"])
        inner = tuple(_GROUP.findall(body))
        body = _GROUP.sub(lambda m: f"(?P<{name}_{m.group(1)}>", body)
        alternatives.append(f"(?P<{name}>{body})")
        rules.append((name, rule["kind"], inner))
    # Rules are only tried where a word that carries time starts, or a function word
    # ("la", "il", "the") that a few words later reaches one: a small fraction of all words.
    function = {w.lower() for w in data["function_words"]}
    content = set()
    for word in [*months, *weekdays, *data["units"], *data["relative_days"], *data["refs"], *data["set_adjectives"],
                 *data["holidays"], *data["seasons"], *data["number_words"], *data["vague_numbers"],
                 *data["fixed_durations"], *data["mods"], *data["parts_of_day"], *data.get("relphrases", {}),
                 *data["neighbors"], *data["named_times"], *data["set_units"], *data["extra_content_words"]]:
        content.update(t for t in re.split(r"[\s']+", word.lower()) if t and t not in function)
    content_alt = "(?:" + _alternation(content) + r")(?:(?<=')|(?!\w))"
    starts = (r"(?<![\w-])(?=\d|" + content_alt + "|(?:" + _alternation(function) + r")(?:(?<=')|\s+)"
              r"(?:[^\W\d][\w-]*(?:'|\s+)){0,3}?(?:\d|" + content_alt + "))")
    pattern = re.compile(_lower_pattern(starts + "(?:" + "|".join(alternatives) + ")"))
    return _Lexicon(
        lang=lang,
        data=data,
        months=months,
        weekdays=weekdays,
        pattern=pattern,
        rules=tuple(rules),
        future=re.compile(_lower_pattern(data["future_cue"])),
        past=re.compile(_lower_pattern(data["past_cue"])),
        weekday_in=re.compile(r"\b(" + _alternation(weekdays) + r")\b", re.IGNORECASE),
        dirs=dirs,
        wide_months=frozenset(wide),
        alternatives=tuple(alternatives),
    )


@cache
def _after(lang: str, index: int) -> re.Pattern | None:
    """The rules after rule `index`, to try at a position where rule `index` matched but did not hold."""
    rest = _lexicon(lang).alternatives[index + 1:]
    return re.compile(_lower_pattern("(?:" + "|".join(rest) + ")")) if rest else None


def _lower_pattern(pattern: str) -> str:
    """`pattern` with its literal letters lowercased (escapes and group names kept): it runs on lowercased text,
    which is about twice as fast as case-insensitive matching."""
    out, last = [], 0
    for m in _ESCAPE_OR_NAME.finditer(pattern):
        out.append(pattern[last:m.start()].lower())
        out.append(m.group())
        last = m.end()
    out.append(pattern[last:].lower())
    return "".join(out)


def _plain(text: str) -> str:
    """Lowercased text with typographic apostrophes and hyphens made plain, offsets unchanged."""
    for fancy, plain in _LOOKALIKES:
        if fancy in text:
            text = text.replace(fancy, plain)
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _guess_lang(text: str) -> str:
    """French or English from a few function words (cheap; the caller usually knows)."""
    sample = text[:2000].lower()
    english = len(re.findall(r"\b(?:the|of|and|to|in|is|was|on)\b", sample))
    french = len(re.findall(r"\b(?:le|la|les|des|du|et|est|une|dans)\b", sample))
    return "en" if english > french else "fr"


@dataclass
class _Anchor:
    """The document date at its precision: a day, a month or a year."""

    year: int | None = None
    month: int | None = None
    day: date | None = None

    @classmethod
    def parse(cls, value: str | None) -> _Anchor:
        if not value:
            return cls()
        m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
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


@dataclass
class _Found:
    start: int
    end: int
    type: str
    value: str
    mod: str | None = None
    anchored: bool = False
    needs_day: str | None = None  # a time of day waiting for the day it belongs to: "T17:00", "TNI"
    shift: int = 0  # for "la veille"/"le lendemain": days from the day of reference


class _Tagger:
    """One pass of the language's pattern over one text, and the normalizers of each kind of expression."""

    def __init__(self, text: str, anchor: _Anchor, lex: _Lexicon):
        self.original = text
        self.last_day: date | None = None
        self.text = _plain(text)
        self.anchor = anchor
        self.lex = lex
        self.data = lex.data

    # ---- context -------------------------------------------------------------------------------

    def tense(self, start: int, end: int) -> int:
        """+1 when the clause around [start, end) speaks of the future, -1 of the past, 0 when unknown."""
        left = max(self.text.rfind(c, max(0, start - TENSE_WINDOW), start) for c in ".!?\n;")
        right_candidates = [i for i in (self.text.find(c, end, end + TENSE_WINDOW) for c in ".!?\n;") if i >= 0]
        lo = max(left + 1, start - TENSE_WINDOW)
        hi = min(right_candidates) if right_candidates else min(len(self.text), end + TENSE_WINDOW)
        for brk in _CLAUSE_BREAK.finditer(self.text, lo, hi):
            if brk.end() <= start:
                lo = brk.end()
            elif brk.start() >= end:
                hi = brk.start()
                break
        best, verdict = None, 0
        for cue, sign in ((self.lex.future, 1), (self.lex.past, -1)):
            for m in cue.finditer(self.text, lo, hi):
                if start <= m.start() < end:
                    continue
                distance = start - m.end() if m.end() <= start else m.start() - end
                if best is None or distance < best:
                    best, verdict = distance, sign
        return verdict

    def word_before(self, start: int) -> str:
        m = _WORD_BEFORE.search(self.text, max(0, start - 30), start)
        return m.group(1).lower() if m else ""

    def word_after(self, end: int) -> str:
        m = _WORD_AFTER.match(self.text[end:end + 30])
        return m.group(1).lower() if m else ""

    # ---- resolution helpers --------------------------------------------------------------------

    def month_number(self, word: str | None) -> int | None:
        if not word:
            return None
        key = word.lower().rstrip(".")
        return self.lex.months.get(key) or self.lex.months.get(_fold(key))

    def day_number(self, word: str) -> int:
        word = word.lower()
        digits = re.match(r"\d+", word)
        return int(digits.group()) if digits else 1

    def direction(self, g: dict) -> int | None:
        word = g.get("dir")
        if word:
            return self.lex.dirs.get(re.sub(r"\s+", " ", word.lower()))
        return None

    def pick_year(self, month: int, day: int | None, weekday: int | None, direction: int | None, tense: int) -> int | None:
        """The year of a day or month given without one, from the anchor, the cues and the tense."""
        bounds = self.anchor.bounds()
        if bounds is None:
            return None
        lo, hi = bounds
        candidates = []
        for year in (self.anchor.year - 1, self.anchor.year, self.anchor.year + 1):
            try:
                first = date(year, month, day or 1)
                last = first if day else date(year, month, calendar.monthrange(year, month)[1])
            except ValueError:
                continue
            if weekday is not None and day and first.weekday() != weekday:
                continue
            candidates.append((year, first, last))
        if not candidates:
            return self.anchor.year if weekday is None else None
        if direction == -1 or (direction is None and tense < 0):
            past = [c for c in candidates if c[1] < lo or (direction is None and c[1] <= hi)]
            if past:
                return max(past, key=lambda c: c[1])[0]
        if direction == 1 or (direction is None and tense > 0):
            future = [c for c in candidates if c[2] > hi or (direction is None and c[2] >= lo)]
            if future:
                return min(future, key=lambda c: c[1])[0]

        def distance(c):
            return max((lo - c[2]).days, (c[1] - hi).days, 0)
        return min(candidates, key=lambda c: (distance(c), c[0] != self.anchor.year))[0]

    # ---- normalizers, one per kind of rule ------------------------------------------------------

    def kind_date(self, g, start, end):
        month = self.month_number(g.get("month"))
        if not month:
            return None
        day = self.day_number(g["day"])
        weekday = self.lex.weekdays.get(g["weekday"].lower()) if g.get("weekday") else None
        part = self.data["parts_of_day"].get(g["part"].lower()) if g.get("part") else None
        kind = "TIME" if part else "DATE"
        suffix = f"T{part}" if part else ""
        if g.get("year"):
            year = int(g["year"])
            anchored = False
        else:
            year = self.pick_year(month, day, weekday, self.direction(g), self.tense(start, end))
            anchored = year is not None
        try:
            date(year or 2000, month, day)
        except ValueError:
            return None
        value = f"{year:04d}-{month:02d}-{day:02d}" if year else f"XXXX-{month:02d}-{day:02d}"
        return _Found(start, end, kind, value + suffix, anchored=anchored)

    def kind_numeric(self, g, start, end):
        a, b, year = int(g["day"]), int(g["month"]), int(g["year"])
        day_first = self.data.get("numeric_order", "dmy") == "dmy"
        day, month = (a, b) if (day_first and b <= 12) or a > 12 else (b, a)
        try:
            date(year, month, day)
        except ValueError:
            return None
        return _Found(start, end, "DATE", f"{year:04d}-{month:02d}-{day:02d}")

    def kind_iso(self, g, start, end):
        try:
            d = date(int(g["year"]), int(g["month"]), int(g["day"]))
        except ValueError:
            return None
        return _Found(start, end, "DATE", d.isoformat())

    def kind_month(self, g, start, end):
        month = self.month_number(g.get("month"))
        if not month:
            return None
        raw = g["month"]
        bare = not (g.get("year") or g.get("mod") or g.get("dir"))
        if bare and raw.lower().rstrip(".") not in self.lex.wide_months:
            return None  # a lone abbreviation ("Jan", "oct") is too often something else
        if self.data.get("months_capitalized") and raw[0].islower():
            return None
        if (self.data.get("months_lowercase") and raw[0].isupper() and not g.get("year") and not g.get("mod")
                and not self.sentence_start(start)):
            return None
        if self.data.get("ambiguous_months") and raw.lower() in self.data["ambiguous_months"] and not (
                g.get("year") or g.get("mod") or g.get("dir") or self.word_before(start) in self.data["month_cues"]):
            return None
        mod = self.mod_of(g.get("mod"))
        if g.get("year"):
            year = int(g["year"].lstrip("'"))
            if year < 100:
                year += 1900 if year > 30 else 2000
            anchored = False
        else:
            year = self.pick_year(month, None, None, self.direction(g), self.tense(start, end))
            anchored = year is not None
        value = f"{year:04d}-{month:02d}" if year else f"XXXX-{month:02d}"
        return _Found(start, end, "DATE", value, mod=mod, anchored=anchored)

    def sentence_start(self, start: int) -> bool:
        before = self.text[max(0, start - 4):start].strip()
        return not before or before[-1] in ".!?\n«\"“:"

    def mod_of(self, word: str | None) -> str | None:
        if not word:
            return None
        return self.data["mods"].get(re.sub(r"\s+", " ", word.lower()).rstrip("-"))

    def part_mod(self, words: str | None) -> str | None:
        """The TimeML mod in a phrase such as "en début de" or "late"."""
        for word in (words or "").lower().split():
            if word in self.data["mods"]:
                return self.data["mods"][word]
        return None

    def kind_relphrase(self, g, start, end):
        shift, part = self.data["relphrases"][re.sub(r"\s+", " ", g["phrase"].lower())]
        if self.anchor.day is None:
            return _Found(start, end, "TIME", f"XXXX-XX-XXT{part}")
        return _Found(start, end, "TIME", f"{(self.anchor.day + timedelta(days=shift)).isoformat()}T{part}", anchored=True)

    def kind_year(self, g, start, end):
        year = int(g["year"])
        if not MIN_YEAR <= year <= MAX_YEAR:
            return None
        explicit = g.get("mod") or start < self.year_start
        if not explicit and not self.plausible_year(start, end):
            return None
        return _Found(start, end, "DATE", f"{year:04d}", mod=self.mod_of(g.get("mod")))

    def plausible_year(self, start: int, end: int) -> bool:
        """A bare four-digit number is a year after a temporal cue or at the end of a phrase, not before a noun."""
        before = self.word_before(start).strip("'")
        if before in self.data.get("year_blockers", ()):
            return False
        if before in self.data["year_cues"] or self.text[max(0, start - 1):start] in "(":
            return True
        after = self.word_after(end)
        return not after or not after[0].isalnum() or after in self.data["after_year_ok"]

    def kind_decade(self, g, start, end):
        raw = g["decade"]
        try:
            number = int(raw) if raw.isdigit() else text2num(raw.lower(), self.lex.lang)
        except ValueError:
            return None
        if number < 100:
            number += 1900
        if number % 10 or not MIN_YEAR <= number <= MAX_YEAR:
            return None
        return _Found(start, end, "DATE", f"{number // 10:03d}")

    def kind_century(self, g, start, end):
        raw = g["century"].upper()
        if raw.isdigit():
            number = int(raw)
        else:
            values = [_ROMAN[c] for c in raw]
            number = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
        if not 1 <= number <= 21:
            return None
        return _Found(start, end, "DATE", f"{number - 1:02d}")

    def kind_quarter(self, g, start, end):
        ordinal = self.data["ordinals"].get(g["ordinal"].lower())
        unit = g["qunit"].lower()
        letter, count = ("Q", 4) if unit in self.data["quarter_words"] else ("H", 2)
        if ordinal == -1:
            ordinal = count
        if not ordinal or ordinal > count:
            return None
        year, anchored = self.unit_year(g, start, end)
        return _Found(start, end, "DATE", f"{year}-{letter}{ordinal}", anchored=anchored)

    def unit_year(self, g, start, end) -> tuple[str, bool]:
        if g.get("year"):
            return g["year"], False
        if self.anchor.year is None:
            return "XXXX", False
        return f"{self.anchor.year + (self.direction(g) or 0):04d}", True

    def kind_season(self, g, start, end):
        raw = g["season"]
        if self.data.get("months_lowercase") and raw[0].isupper() and not raw.isupper() and not self.sentence_start(start):
            return None  # "le Printemps arabe" names an event
        season = self.data["seasons"][raw.lower()]
        direction = self.direction(g)
        if g.get("year") or not direction or self.anchor.year is None:
            year, anchored = self.unit_year(g, start, end)
            return _Found(start, end, "DATE", f"{year}-{season}", anchored=anchored)
        # "le printemps prochain": the next one to begin after the anchor; "dernier": the last one begun before it.
        (m1, d1), _ = _SEASON_BOUNDS[season]
        reference = self.anchor.day or date(self.anchor.year, self.anchor.month or 6, 15)
        starts = [date(y, m1, d1) for y in range(reference.year - 2, reference.year + 2)]
        if direction > 0:
            year = min(s for s in starts if s > reference).year
        else:
            begun = [s for s in starts if s <= reference]
            year = begun[-1].year if reference - begun[-1] >= timedelta(days=SEASON_DAYS) else begun[-2].year
        return _Found(start, end, "DATE", f"{year:04d}-{season}", anchored=True)

    def kind_holiday(self, g, start, end):
        key = g["holiday"].lower()
        if self.word_before(start) in self.data.get("holiday_not_after", {}).get(key, ()):
            return None
        rule = self.data["holidays"][key]
        year = int(g["year"]) if g.get("year") else self.anchor.year
        if year is None:
            return _Found(start, end, "DATE", f"XXXX-{rule}" if "easter" not in rule else "XXXX-XX-XX")
        if rule.startswith("easter"):
            day = _easter(year) + timedelta(days=int(rule.split("+")[1]))
        else:
            day = date(year, int(rule[:2]), int(rule[3:]))
        return _Found(start, end, "DATE", day.isoformat(), anchored=not g.get("year"))

    def kind_relday(self, g, start, end):
        shift = self.data["relative_days"][re.sub(r"\s+", " ", g["rel"].lower())]
        part = self.data["parts_of_day"].get(g["part"].lower()) if g.get("part") else None
        mod = self.part_mod(g.get("pmod"))
        suffix = f"T{part}" if part else ""
        kind = "TIME" if part else "DATE"
        if self.anchor.day is None:
            return _Found(start, end, kind, "XXXX-XX-XX" + suffix, mod=mod)
        return _Found(start, end, kind, (self.anchor.day + timedelta(days=shift)).isoformat() + suffix, mod=mod, anchored=True)

    def kind_weekday(self, g, start, end):
        weekday = self.lex.weekdays.get(g["weekday"].lower())
        if weekday is None:
            return None
        part = self.data["parts_of_day"].get(g["part"].lower()) if g.get("part") else None
        mod = self.part_mod(g.get("pmod"))
        suffix = f"T{part}" if part else ""
        kind = "TIME" if part else "DATE"
        if self.anchor.day is None:
            return _Found(start, end, kind, f"XXXX-WXX-{weekday + 1}" if not part else "XXXX-XX-XX" + suffix, mod=mod)
        direction = self.direction(g)
        this = (g.get("det") or "").lower() in self.data["this"]
        day = self.anchor.day
        delta = (weekday - day.weekday()) % 7  # days forward to the next such weekday (0: today)
        if direction == 1:
            shift = delta or 7
        elif direction == -1:
            shift = delta - 7 if delta else -7
        elif delta == 0:
            shift = 0
        else:
            tense = self.tense(start, end)
            if tense == 0 and not this:
                # No cue: the nearer of last and next such day (news speak of the days around them).
                tense = 1 if delta < 7 - delta else -1
            shift = delta if tense > 0 or (this and tense == 0) else delta - 7
        return _Found(start, end, kind, (day + timedelta(days=shift)).isoformat() + suffix, mod=mod, anchored=True)

    def kind_night(self, g, start, end):
        if g.get("month"):
            found = self.kind_date({"day": g["day"], "month": g["month"], "year": g.get("year")}, start, end)
        else:
            found = self.kind_weekday({"weekday": g["weekday"], "dir": g.get("dir")}, start, end)
        if found is None:
            return None
        found.type = "TIME"
        found.value = (found.value if "W" not in found.value else "XXXX-XX-XX") + "TNI"
        return found

    def kind_relunit(self, g, start, end):
        unit = g["unit"].lower()
        code = self.data["units"].get(unit)
        direction = self.direction(g) if g.get("dir") else 0
        if direction is None:
            return None
        mod = self.mod_of(g.get("mod") or g.get("mod2"))
        a = self.anchor
        if (g.get("dir") or "").lower() in self.data.get("reference_dirs", ()) and self.last_day:
            a = _Anchor(self.last_day.year, self.last_day.month, self.last_day)  # "the following week": after the last day told
        if code == "Y":
            value = f"{a.year + direction:04d}" if a.year else "XXXX"
        elif code == "M":
            if a.month:
                y, m = divmod(a.year * 12 + a.month - 1 + direction, 12)
                value = f"{y:04d}-{m + 1:02d}"
            else:
                value = "XXXX-XX"
        elif code in ("W", "WE"):
            if code == "WE" and direction == 0 and a.day and a.day.weekday() < 5 and self.tense(start, end) < 0:
                direction = -1  # "ce week-end" told in the past during the week: the one just gone
            if a.day:
                iso = (a.day + timedelta(weeks=direction)).isocalendar()
                value = f"{iso[0]:04d}-W{iso[1]:02d}" + ("-WE" if code == "WE" else "")
            else:
                value = "XXXX-WXX" + ("-WE" if code == "WE" else "")
        elif code in ("3M", "6M"):
            if not a.month:
                return _Found(start, end, "DATE", "XXXX", mod=mod)
            size = 3 if code == "3M" else 6
            y, index = divmod((a.year * 12 + a.month - 1) // size + direction, 12 // size)
            value = f"{y:04d}-{'Q' if size == 3 else 'H'}{index + 1}"
        elif code == "10Y":
            value = f"{a.year // 10 + direction:03d}" if a.year else "XXX"
        elif code == "100Y":
            value = f"{a.year // 100 + direction:02d}" if a.year else "XX"
        else:
            return None
        if "X" in value and not re.fullmatch(r"XXXX(?:-XX|-WXX(?:-WE)?)?", value):
            value = "XXXX"
        return _Found(start, end, "DATE", value, mod=mod, anchored="X" not in value)

    def offset_value(self, number: float | None, code: str, sign: int) -> tuple[str, bool]:
        """The date `number` units before (sign -1) or after (+1) the anchor, at the unit's precision."""
        a = self.anchor
        if number is None:
            return ("PAST_REF" if sign < 0 else "FUTURE_REF"), False
        n = int(number) * sign
        if code == "D" and a.day:
            return (a.day + timedelta(days=n)).isoformat(), True
        if code in ("W", "WE") and a.day:
            iso = (a.day + timedelta(weeks=n)).isocalendar()
            return f"{iso[0]:04d}-W{iso[1]:02d}", True
        if code == "M" and a.month:
            y, m = divmod(a.year * 12 + a.month - 1 + n, 12)
            return f"{y:04d}-{m + 1:02d}", True
        if code in ("Y", "10Y", "100Y") and a.year:
            years = n * {"Y": 1, "10Y": 10, "100Y": 100}[code]
            return f"{a.year + years:04d}", True
        if code.startswith("T") and a.day:
            return a.day.isoformat(), True
        return ("PAST_REF" if sign < 0 else "FUTURE_REF"), False

    def number(self, raw: str) -> float | None:
        """The value of a number in digits or words; None for vague quantities ("quelques")."""
        raw = raw.strip()
        if raw.lower() in self.data["vague_numbers"]:
            return None
        if raw[0].isdigit():
            return float(raw.replace(",", "."))
        try:
            return float(text2num(re.sub(r"\s+", " ", raw.lower()), self.lex.lang))
        except ValueError:
            words = self.data.get("article_numbers", {})
            if raw.lower() in words:
                return float(words[raw.lower()])
            return -1.0

    def kind_ago(self, g, start, end):
        number = self.number(g["num"])
        if number is not None and number < 0:
            return None
        value, anchored = self.offset_value(number, self.data["units"][g["unit"].lower()], -1)
        return _Found(start, end, "DATE", value, anchored=anchored)

    def kind_in(self, g, start, end):
        if self.data.get("in_needs_future") and self.tense(start, end) <= 0:
            return self.kind_duration(g, start, end)
        number = self.number(g["num"])
        if number is not None and number < 0:
            return None
        value, anchored = self.offset_value(number, self.data["units"][g["unit"].lower()], 1)
        return _Found(start, end, "DATE", value, anchored=anchored)

    def kind_neighbor(self, g, start, end):
        word = (g.get("neighbor") or g.get("neighbor2") or "").lower()
        shift = self.data["neighbors"].get(word)
        if shift is None:
            return None
        return _Found(start, end, "DATE", "", shift=shift, needs_day="")

    def kind_time(self, g, start, end):
        if g.get("named"):
            clock = self.data["named_times"][g["named"].lower()]
        else:
            hour = int(g["hour"])
            minute = int(g["minute"]) if g.get("minute") else 0
            if g.get("ampm"):
                meridian = g["ampm"].lower().replace(".", "")
                if hour > 12:
                    return None
                hour = hour % 12 + (12 if meridian.startswith("p") else 0)
            elif self.data.get("clock_needs_marker") and not g.get("minute") and not g.get("clockword"):
                return None
            if self.word_before(start) in self.data["duration_before_clock"]:
                return _Found(start, end, "DURATION", f"PT{hour}H" + (f"{minute}M" if minute else ""))
            clock = f"{hour:02d}:{minute:02d}"
        mod = "APPROX" if g.get("approx") else None
        return _Found(start, end, "TIME", "", mod=mod, needs_day=f"T{clock}")

    def kind_partday(self, g, start, end):
        part = self.data["parts_of_day"].get(g["part"].lower())
        if part is None:
            return None
        mod = self.mod_of(g.get("pmod"))
        if g.get("this"):
            if self.anchor.day is None:
                return _Found(start, end, "TIME", f"XXXX-XX-XXT{part}", mod=mod)
            return _Found(start, end, "TIME", f"{self.anchor.day.isoformat()}T{part}", mod=mod, anchored=True)
        return _Found(start, end, "TIME", "", mod=mod, needs_day=f"T{part}")

    def kind_set(self, g, start, end):
        if g.get("weekday"):
            weekday = self.lex.weekdays.get(g["weekday"].lower())
            if weekday is None:
                return None
            return _Found(start, end, "SET", f"XXXX-WXX-{weekday + 1}")
        value = self.data["set_units"].get(g["unit"].lower())
        if value is None:
            return None
        if g.get("num"):
            number = self.number(g["num"])
            if number is None or number < 1 or not value.startswith("P1"):
                return None
            value = f"P{int(number)}{value[2:]}"
        return _Found(start, end, "SET", value)

    def kind_set_adj(self, g, start, end):
        before = self.word_before(start).strip("'")
        if before in self.data["noun_determiners"] or before[:1].isdigit():
            return None  # "le quotidien", "100 quotidiens": newspapers
        return _Found(start, end, "SET", self.data["set_adjectives"][g["adj"].lower()])

    def kind_fixed_duration(self, g, start, end):
        key = re.sub(r"\s+", " ", g["fixed"].lower())
        return _Found(start, end, "DURATION", self.data["fixed_durations"][key])

    def kind_duration(self, g, start, end):
        raw_unit = g.get("unit") or g.get("single") or ""
        if raw_unit[:1].isupper() and raw_unit[1:].islower() and not self.sentence_start(start):
            return None  # "20 Minutes" is a newspaper
        phrase = re.sub(r"\s+", " ", self.text[start:end])
        if phrase.startswith("last ") and self.word_before(start) in self.data.get("verb_last_before", ()):
            return None  # "will last 12 days": the verb, the duration starts after it
        if phrase in self.data.get("duration_needs_cue", {}) and self.word_before(start) not in self.data["duration_needs_cue"][phrase]:
            return None  # "un jour" alone is "some day"
        unit = raw_unit.lower()
        code = self.data["units"][unit]
        if code == "Y" and self.is_age(start, end):
            return None
        if self.word_after(end) in self.data.get("not_duration_after", ()):
            return None
        if not g.get("num"):
            number = 1.0 if g.get("single") else None
            code = self.data["units"][(g.get("single") or unit).lower()]
            return _Found(start, end, "DURATION", _duration(number, code))
        cues = self.data.get("vague_needs_cue", {}).get(g["num"].lower())
        if cues is not None and self.word_before(start).strip("'") not in cues:
            return None
        number = self.number(g["num"])
        if number is not None and (number < 0 or number > 10000):
            return None
        mod = self.data.get("approx_mods", {}).get(re.sub(r"\s+", " ", (g.get("approx") or "").lower()))
        return _Found(start, end, "DURATION", _duration(number, code), mod=mod)

    def is_age(self, start: int, end: int) -> bool:
        """'Jean Dupont, 38 ans,' and 'un homme de 38 ans' give ages, not durations."""
        before_char = self.text[max(0, start - 2):start].strip()
        after = self.word_after(end)
        if before_char in (",", "(") and after in (",", ")", ".", ""):
            return True
        window = self.text[max(0, start - 40):start].lower()
        words = re.findall(r"[\w'-]+", window)
        if words and words[-1] in self.data["age_cues"]:
            return True
        if len(words) >= 2 and words[-1] in ("de", "d'") and words[-2] in self.data["age_cues"]:
            return True
        if self.data.get("age_suffix") and self.text[end:end + 12].lower().startswith(tuple(self.data["age_suffix"])):
            return True
        if words and words[-1] in self.data.get("age_prepositions", ()):
            if after in self.data.get("age_prepositions", ()):
                return False
            head = words[-2] if len(words) >= 2 else ""
            if len(words) >= 3 and words[-3] in ("les", "the"):
                return True
            return head not in self.data["duration_heads"]
        return False

    def kind_ref(self, g, start, end):
        key = re.sub(r"\s+", " ", g["ref"].lower())
        value = self.data["refs"][key]
        before = self.word_before(start).strip("'")
        if key in self.data.get("refs_need_context", {}) and before not in self.data["refs_need_context"][key]:
            return None
        if before in self.data.get("refs_not_after", {}).get(key, ()):
            return None
        return _Found(start, end, self.data.get("ref_type", "DATE"), value)

    # ---- the pass ------------------------------------------------------------------------------

    def run(self) -> list[_Found]:
        found: list[_Found] = []
        lex = self.lex
        text = self.text
        position = 0
        m = lex.pattern.search(text, position)
        while m is not None:
            origin = m.start()
            item = self.normalize(m)
            while item is None and m is not None:
                # The rule matched but did not hold ("2000 personnes" is no year): try the later rules here.
                later = _after(lex.lang, int(m.lastgroup[1:]))
                m = later.match(text, m.start()) if later else None
                item = self.normalize(m) if m is not None else None
            if item is not None:
                found.append(item)
                if _DAY_VALUE.match(item.value):
                    self.last_day = date.fromisoformat(item.value[:10])
                position = max(m.end(), origin + 1)
            else:
                position = origin + 1
            m = lex.pattern.search(text, position) if position < len(text) else None
        self.attach_days(found)
        return [f for f in found if f.value and is_timeml_value(f.value)]

    def normalize(self, m: re.Match) -> _Found | None:
        """The expression one match of a rule stands for, or None when its normalizer rejects it."""
        name = m.lastgroup
        rule, kind, inner = self.lex.rules[int(name[1:])]
        original = self.original
        g = {}
        for key in inner:
            lo, hi = m.span(f"{name}_{key}")
            g[key] = original[lo:hi] if lo >= 0 else None
        start, end = m.span(name)
        if "core" in inner and g["core"] is not None:
            start, end = m.span(f"{name}_core")
        self.year_start = m.start(f"{name}_year") if "year" in inner and g.get("year") else start
        try:
            return getattr(self, f"kind_{kind}")(g, start, end)
        except (ValueError, OverflowError, KeyError, IndexError, AttributeError, TypeError):
            return None

    def attach_days(self, found: list[_Found]) -> None:
        """Times of day and 'la veille' take their day from the nearest day mentioned in the sentence, else the last one before, else the anchor."""
        day_like = re.compile(r"^(\d{4}-\d{2}-\d{2})")
        for i, item in enumerate(found):
            if item.needs_day is None:
                continue
            day, before = None, None
            for prev in reversed(found[:i]):
                hit = day_like.match(prev.value)
                if hit:
                    day, before = hit.group(1), prev
                    break
            nxt = found[i + 1] if item.shift == 0 and i + 1 < len(found) else None
            if (nxt and nxt.needs_day is None and day_like.match(nxt.value) and nxt.start - item.end <= ADJACENT_CHARS
                    and (before is None or item.start - before.end > nxt.start - item.end)):
                day = day_like.match(nxt.value).group(1)
            anchored = day is None
            if day is None and self.anchor.day:
                day = self.anchor.day.isoformat()
            if day is None:
                item.value = "XXXX-XX-XX" + item.needs_day if item.needs_day else "XXXX-XX-XX"
            else:
                if item.shift:
                    day = (date.fromisoformat(day) + timedelta(days=item.shift)).isoformat()
                item.value = day + item.needs_day
                item.anchored = anchored or item.anchored
            item.needs_day = None


def _duration(number: float | None, code: str) -> str:
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


def _easter(year: int) -> date:
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


def find_timexes(text: str, anchor: str | None = None, lang: str | None = None) -> list[Timex]:
    """Temporal expressions of `text` as TimeML TIMEX3 records, in text order.

    `anchor` is the document date (YYYY, YYYY-MM or YYYY-MM-DD); relative
    expressions ("hier", "mardi dernier", "il y a deux jours") are resolved
    against it at its precision, and get underspecified values (XXXX-XX-XX,
    XXXX-WXX-2, PAST_REF) when it is missing or too coarse. `lang` is "fr" or
    "en" (guessed from the text when None). Never raises on any text.
    """
    if not text or not text.strip():
        return []
    code = lang if lang in LANGS else _guess_lang(text)
    tagger = _Tagger(text, _Anchor.parse(anchor), _lexicon(code))
    return [Timex(f.start, f.end, text[f.start:f.end], f.type, f.value, f.mod, f.anchored) for f in tagger.run()]


# ---- intervals --------------------------------------------------------------------------------------


def value_interval(value: str, mod: str | None = None) -> tuple[date, date, str] | None:
    """The (earliest, latest, precision) days a TimeML date value covers, or None when it names no fixed time."""
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
                (m1, d1), (m2, d2) = _SEASON_BOUNDS[m.group(6)]
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


def _published_bounds(published: Published) -> tuple[date, date] | None:
    lo = _Anchor.parse(published.earliest or published.date).bounds()
    hi = _Anchor.parse(published.latest or published.date).bounds()
    if lo is None or hi is None:
        return None
    return lo[0], hi[1]


# ---- dating documents -------------------------------------------------------------------------------


def tag_document(doc: Document, anchor: str | None = None) -> list[Timex]:
    """`find_timexes` over a whole document, each paragraph in its own language when they differ.

    `anchor` defaults to the document's publication date. A French article quoting
    an English tweet gets the tweet's dateline read with the English rules.
    """
    anchor = anchor if anchor is not None else doc.published.date
    lang = doc.lang if doc.lang in LANGS else None
    langs = doc.paragraph_langs if len(doc.paragraph_langs) == len(doc.paragraphs) else []
    if not langs or all(p in (lang, None) or p not in LANGS for p in langs):
        return find_timexes(doc.text, anchor, lang)
    found: list[Timex] = []
    for (start, end), plang in zip(doc.paragraphs, langs):
        for t in find_timexes(doc.text[start:end], anchor, plang if plang in LANGS else lang):
            found.append(Timex(t.start + start, t.end + start, t.text, t.type, t.value, t.mod, t.anchored))
    return found


def _weekday_dated(timexes: list[Timex], lang: str, bounds: tuple[date, date] | None):
    """(day, reason) for each expression that names a weekday and a day of month that agree ("lundi 3 septembre")."""
    lex = _lexicon(lang)
    years = [int(t.value[:4]) for t in timexes if t.type == "DATE" and re.match(r"^\d{4}", t.value) and not t.anchored]
    latest_year = max(years) if years else None
    results = []
    for t in timexes:
        if t.type not in ("DATE", "TIME"):
            continue
        hit = lex.weekday_in.search(t.text)
        parts = re.match(r"^(\d{4}|XXXX)-(\d{2})-(\d{2})", t.value)
        if not hit or not parts or not re.search(r"\d", t.text):
            continue
        weekday = lex.weekdays[hit.group(1).lower()]
        month, day = int(parts.group(2)), int(parts.group(3))
        if parts.group(1) != "XXXX" and not t.anchored:
            years_to_try = [int(parts.group(1))]
        elif bounds:
            years_to_try = list(range(bounds[0].year, bounds[1].year + 1))
        elif latest_year:
            years_to_try = sorted(range(latest_year - YEAR_PROXIMITY, latest_year + YEAR_PROXIMITY + 1),
                                  key=lambda y: (abs(y - latest_year - 1), y))
        else:
            continue
        for year in years_to_try:
            try:
                candidate = date(year, month, day)
            except ValueError:
                continue
            if candidate.weekday() == weekday and (bounds is None or bounds[0] - timedelta(days=REPORT_DELAY_DAYS) <= candidate <= bounds[1]):
                why = f"“{t.text}”: weekday and day of month agree on {candidate.isoformat()}"
                if latest_year and not bounds and parts.group(1) == "XXXX":
                    why += f" (the only such year next to {latest_year}, the latest year mentioned)"
                results.append((candidate, t, why))
                break
    return results


def date_document(doc: Document, timexes: list[Timex] | None = None) -> Published:
    """The document's publication date, narrowed by its text; never contradicts the metadata.

    Evidence, strongest first: an expression whose weekday and day of month agree
    ("lundi 3 septembre" fixes the year), a quoted tweet's dateline, then the
    latest absolute date mentioned as past. The result is an interval
    (`earliest`, `latest`) with a best `date`; `inferred` is true and `evidence`
    says why when the text changed anything.
    """
    published = doc.published
    if published.precision == "day" and published.date:
        return published
    lang = doc.lang if doc.lang in LANGS else _guess_lang(doc.text or "")
    if timexes is None:
        timexes = tag_document(doc)
    bounds = _published_bounds(published)
    lo, hi = bounds if bounds else (None, None)
    best, evidence = None, []
    tagger = _Tagger(doc.text, _Anchor(), _lexicon(lang))
    text = tagger.text
    strong = []
    for day, t, why in _weekday_dated(timexes, lang, bounds):
        if tagger.tense(t.start, t.end) > 0:
            strong.append((day - timedelta(days=REPORT_DELAY_DAYS), day, day, why + ", spoken of as coming"))
        else:
            strong.append((day, day + timedelta(days=REPORT_DELAY_DAYS), day, why + ", reported as past"))
    for t in timexes:
        if re.match(r"^\d{4}-\d{2}-\d{2}", t.value) and _TWEET_DATELINE.search(text[max(0, t.start - 40):t.start]):
            day = date.fromisoformat(t.value[:10])
            strong.append((day, day + timedelta(days=REPORT_DELAY_DAYS), day, f"“{t.text}”: dateline of a quoted post"))
    for first, last, day, why in sorted(strong, key=lambda s: s[2], reverse=True):
        new_lo = max(first, lo) if lo else first
        new_hi = min(last, hi) if hi else last
        if new_lo <= new_hi:
            lo, hi, best = new_lo, new_hi, max(day, new_lo)
            evidence.append(why)
            break
    mentioned = [date.fromisoformat(t.value[:10]) for t in timexes
                 if re.match(r"^\d{4}-\d{2}-\d{2}", t.value) and t.type in ("DATE", "TIME")
                 and tagger.tense(t.start, t.end) <= 0]
    mentioned = [d for d in mentioned if (lo is None or d >= lo) and (hi is None or d <= hi)]
    if mentioned:
        latest = max(mentioned)
        if lo is None or latest > lo:
            lo = latest
            evidence.append(f"mentions {latest.isoformat()} as past, so it was written on or after that day")
            if best is None or best < latest:
                best = latest
    if not evidence:
        return published
    known_day = best is not None and (not published.date or (hi is not None and (hi - lo).days <= REPORT_DELAY_DAYS))
    precision = "day" if known_day else published.precision
    return Published(
        date=best.isoformat() if known_day else published.date,
        earliest=lo.isoformat() if lo else published.earliest,
        latest=hi.isoformat() if hi else published.latest,
        precision=precision,
        inferred=True,
        evidence=list(published.evidence) + evidence,
        provenance=published.provenance if published.provenance != "none" else "text",
    )


# ---- dating sentences -------------------------------------------------------------------------------


def date_sentences(doc: Document, timexes: list[Timex]) -> list[SentenceTime]:
    """The time each sentence of `doc` speaks about: its own first dated expression, else the document date.

    One record per `doc.sentences` entry, in order. An expression after
    "depuis"/"since" opens an interval that runs to the document date.
    """
    published = doc.published
    doc_bounds = _published_bounds(published)
    doc_precision = published.precision if doc_bounds else None
    if doc_bounds and published.date and published.precision == "day":
        doc_day = date.fromisoformat(published.date[:10])
        doc_bounds = (doc_day, doc_day) if doc_bounds[0] == doc_bounds[1] else doc_bounds
    ordered = sorted(range(len(timexes)), key=lambda i: timexes[i].start)
    result = []
    cursor = 0
    for start, end in doc.sentences:
        while cursor < len(ordered) and timexes[ordered[cursor]].start < start:
            cursor += 1
        chosen = None
        j = cursor
        while j < len(ordered) and timexes[ordered[j]].start < end:
            t = timexes[ordered[j]]
            if t.type in ("DATE", "TIME"):
                interval = value_interval(t.value, t.mod)
                if interval and (chosen is None or (interval[2] == "day" and chosen[1][2] != "day")):
                    chosen = (ordered[j], interval)
                    if interval[2] == "day":
                        break
            j += 1
        if chosen:
            index, (lo, hi, precision) = chosen
            t = timexes[index]
            if doc_bounds and _SINCE.search(doc.text[max(0, t.start - 10):t.start]) and doc_bounds[1] > hi:
                hi = doc_bounds[1]
            result.append(SentenceTime(start, end, lo.isoformat(), hi.isoformat(), precision, index))
        elif doc_bounds:
            result.append(SentenceTime(start, end, doc_bounds[0].isoformat(), doc_bounds[1].isoformat(), doc_precision, None))
        else:
            result.append(SentenceTime(start, end, None, None, None, None))
    return result


def reanchor(published: Published, before: Published) -> bool:
    """True when dating the document changed the date relative expressions should be anchored on."""
    return (published.date, published.precision) != (before.date, before.precision)


__all__ = ["find_timexes", "tag_document", "date_document", "date_sentences", "is_timeml_value", "value_interval", "reanchor"]
