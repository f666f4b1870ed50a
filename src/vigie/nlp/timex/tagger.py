"""One pass of a language's pattern over a text, and the normalizer of each kind of expression it finds."""
from __future__ import annotations

import calendar
import contextlib
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple
from datetime import date, timedelta

from text_to_num import text2num

from vigie.nlp.timex.lexicon import Lexicon, fold, plain, rule_pattern
from vigie.nlp.timex.values import (MAX_YEAR, MIN_YEAR, SEASON_BOUNDS, Anchor, duration_value, easter, is_timeml_value,
                                    value_interval)

# How far around an expression the tense of its clause is looked for, in characters.
TENSE_WINDOW = 120
# Length of a season, to tell the current one from the last one ("l'été dernier" said in summer is last year's).
SEASON_DAYS = 91
# A time of day this close to a day ("4 h mardi") belongs to it rather than to the day mentioned before.
ADJACENT_CHARS = 12
# A day that also names a famous event ("September 11", `named_days`) is read as that event's day when the
# calendar's reading is a day past by more than this many days; a day of the last months may be the news of the
# season ("s'est installée le 11 septembre à Vasko", written in October) or an anniversary.
NAMED_DAY_RECENT = 120
# With no cue of tense, a day or a month ahead counts this many times as far as one behind: news name the days
# of what happened far more often than those of what is to come ("la révolution du 25 janvier", written in August).
FUTURE_DISTANCE_WEIGHT = 2
# The term of a deadline is set ahead: a weekday naming one counts this many times as far back as ahead (a term
# named in a Friday article is the coming Tuesday's, in a Sunday article the Saturday just gone).
TERM_AHEAD_WEIGHT = 2
# A day of the anchor's own year this close to it outweighs the tense, which would put it a year away: reported
# speech puts a coming deadline in the past ("Ban said the 10 April deadline was…", written on 6 April), and a
# writer naming a day of another year than the current one gives its year.
NEAR_DAY_DAYS = 31
# Characters read around a day for the noun it may name ("le pont du 6 Octobre", "the April 6 Youth Movement").
NAME_WINDOW = 30
# A bare four-digit number right after a capitalized name, with no cue, is a year only from this one on: a name
# labels an event or an era by a year of the modern age ("Euro 2016", "Berlin 1936"); an earlier number is the name's
# own (a bill, a live page's 24-hour clock after its reporter: "Senate Bill 1142", "Radio Sur 1345:").
NAME_YEAR_MIN = 1500
# A day given without its year after a day or a month given with another year than the writer's, in the same
# sentence, is of the year that puts it this near the first ("parti le 17 décembre 2010, le mouvement gagne la
# capitale le 11 janvier", written in 2014; "venu en mars 2009, il repart le 2 avril"): the sentence tells an account
# of that time. A day further off is no part of the same account ("né le 3 juin 1950, il est mort le 2 mai"); a
# year alone is too often another clause's or a name's ("the 1989 spill", "ratified in 1933").
NARRATIVE_DAYS = 183
# "cinq jours plus tard", "ten days later" count from a time told at most this many characters before (the last few
# sentences); one told further back is seldom the one counted from, the count is then often the writer's own
# ("the town has not forgotten, ten years later").
TOLD_CHARS = 800
# ... unless a word of comparison stands this near before it in its clause ("from a year earlier"): a base of comparison.
COMPARISON_CHARS = 30
# Characters read before "in sixteen years" for a superlative holding a record that long ("the lowest level in").
RECORD_CHARS = 50
# "le vendredi 4" is looked for this many months either side of the writer's.
WEEKDAY_MONTHS = 6
# A page with this many entry stamps naming a weekday is a live page ("(Update 9:40 a.m. Tuesday in Harbin)").
LIVE_STAMPS = 2
# A document with this many entries of a chronology (`order_chronology`) keeps them in order, within this many days.
CHRONOLOGY_ENTRIES = 3
CHRONOLOGY_SLACK = 31
# A page with this many lines opened by a bare 24-hour clock (`line_clock`: "2143 Rescuers …"), and no line opened by
# four digits that are no clock, is a live page stamped by them; else they may be the years of a chronology ("1851 …",
# "1901 …").
LINE_CLOCKS = 5
# A clock of a live page's stamps falling by this many minutes or more from one entry to the next has passed midnight
# ("(Update 11:50 p.m. in Harbin)" below "(Update 12:20 a.m. in Harbin)"); a smaller fall is entries out of order.
MIDNIGHT_FALL = 12 * 60
# A live page passing midnight opens on the evening before its date when its entries name the weekday of the day
# before the one counted this many times as often as that day's, or more (entries name their own day most).
DAY_BEFORE_VOTES = 2

# Runs of white space, made one space before a phrase is looked up in the language's tables.
_SPACES = re.compile(r"\s+")
# A line break inside a sentence, as in hard-wrapped text ("qui ont suivi la\ncondamnation"): no clause ends there.
_WRAPPED_LINE = re.compile(r"\n(?<=[^\s.!?;:]\n)(?=[a-zà-ÿ])")  # the line break first: found by a scan for it
# A new clause with its own verb: the tense of an expression is not looked for beyond it; a participle after a comma
# opens one whose verbs are what is said or thought ("…until May, saying it was needed").
_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas|saying|adding|citing|noting|et|mais|alors que|tandis que|puis)\b")
# "Since" with its own complement, whose clause is complete ("since then and return on Tuesday").
_JOINED = re.compile(r"^\S+\s+(?:then|lors|longtemps|toujours|ever)\b")
# A relative clause set between commas ("Ban, who is due to visit on Sunday, said"): its own tense, up to the comma.
_RELATIVE_OPEN = re.compile(r",\s+(?:who|which|qui|lequel|laquelle|lesquels|lesquelles)\b")
_WORD = re.compile(r"[^\W\d_]+")
# What a text says after its last punctuation (a clause's opening up to a point).
_CLAUSE_TAIL = re.compile(r"(?:[^,;:.()!?]|[,.](?=\d))*$")
_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_YEAR_VALUE = re.compile(r"^\d{4}(?!\d)")
_MONTH_VALUE = re.compile(r"^\d{4}-\d{2}(?!\d)")  # a day or a month
_WORD_BEFORE = re.compile(r"([\w'-]+)[\s'(]*$")
_WORD_AFTER = re.compile(r"^\s*([\w'-]+|[^\w\s])")
_LETTERS_AFTER = re.compile(r"\s+([^\W\d_]+)\b")
_WORDS_BEFORE = re.compile(r"(?:(?<![\w'-])(?P<before>[\w'-]+)\s+)?(?P<last>[\w'-]+)\s+$")  # the last two words, no stop
_NAME_AFTER = re.compile(r"(?:\s+\d+(?:st|nd|rd|th)?)?\s+([A-Z][a-z]+)\b")
_DIGIT = re.compile(r"\d")
# Four-digit numbers listed before another one ("1970 and ", "1970, 1971 et "): the numbers of one list.
_NUMBER_LIST = re.compile(r"(?<!\d)(?:\d{4}\s*(?:,|[^\W\d_]{2,3}(?!\w))\s*)+\Z")
# A chronology's entry: a day or a month of a year, opening a line after a bullet, then a colon or a dash.
_ENTRY_VALUE = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")
_BULLETS = " \t-–—•*"
_ENTRY_END = re.compile(r"[ \t]*[:–—-]")
# Four digits opening a line, before a word: a live page's clock or a chronology's year.
_LINE_NUMBER = re.compile(r"\n[ \t]*\d{4}(?=[ \t]+\S)")  # the line break first: found by a scan for it
# What follows a live report's time stamp: "22h05 :", "14 h 3 -".
_STAMP_END = re.compile(r"\s*[:–—-]")
# What may stand between a stamp's clock and its weekday: "9:40 a.m. Tuesday", "8:40 p.m. ET Monday".
_CLOCK_TAIL = re.compile(r"[.\s]*(?:[a-z]{2,3}\s+)?")
_ROMAN = {"I": 1, "V": 5, "X": 10}


@dataclass
class Found:
    start: int
    end: int
    type: str
    value: str
    mod: str | None = None
    anchored: bool = False
    needs_day: str | None = None  # a time of day waiting for the day it belongs to: "T17:00", "TNI"
    shift: int = 0  # for "la veille"/"le lendemain": days from the day of reference
    of_day: bool = False  # "la veille du 14 juillet", "the day after the vote": counted from the day named next, if any


def _unwrapped(lowered: str, original: str) -> str:
    """`lowered` with the line breaks that `_WRAPPED_LINE` finds inside the sentences of `original` made spaces."""
    breaks = [m.start() for m in _WRAPPED_LINE.finditer(original)]
    if not breaks:
        return lowered
    chars = list(lowered)
    for index in breaks:
        chars[index] = " "
    return "".join(chars)


class _Cue(NamedTuple):
    """A word telling the tense of a clause, `distance` characters from the expression it may date."""

    distance: int
    sign: int  # +1 future, -1 past
    reports: bool  # a reporting verb after a comma ("…, a spokesman said")
    before: bool  # before the expression
    span: tuple[int, int] = (0, 0)  # where the word is, to tell a past before another past (`told_before_past`)


class Tagger:
    """One pass of the language's pattern over one text, and the normalizers of each kind of expression."""

    def __init__(self, text: str, anchor: Anchor, lex: Lexicon):
        self.original = text
        self.last_day: date | None = None  # the last day an expression named, for "la veille", "the following week"
        self.last_year: int | None = None  # the last year written out, for "in June of that year"
        self.last_told = Anchor()  # the last day, month or year an expression named, for "the previous year"
        self.last_told_end = 0  # where that expression ends
        self.last_dated: tuple[int, date, date] | None = None  # where the last day or month written out ends, its days
        self.year_start = 0  # where the year of the current match starts, to tell "l'année 1998" from a bare number
        self.text = _unwrapped(plain(text), text)
        self.anchor = anchor
        self.lex = lex
        self.data = lex.data
        self.stamp_days: dict[int, date] = {}  # the day of each clock of a live page's stamps, by its offset
        self.live_end = self.live_page_end()

    # ---- context -------------------------------------------------------------------------------

    def tense(self, start: int, end: int, ahead: re.Pattern | None = None) -> int:
        """+1 when the clause around [start, end) speaks of the future, -1 of the past, 0 when unknown.

        `ahead`: more cues of the future, for this expression only; a past cue they overlap is none."""
        cue = self.tense_cue(start, end, ahead)
        return cue.sign if cue else 0

    def pluperfect(self, start: int, end: int) -> bool:
        """Whether the clause around [start, end) tells a past before another past ("avait quitté lundi")."""
        cue = self.tense_cue(start, end)
        return bool(cue and cue.sign < 0 and cue.span[1] and self.told_before_past(*cue.span))

    def told_before_past(self, at: int, stop: int) -> bool:
        """Whether the past verb at [at, stop) is a pluperfect: an auxiliary and its participle ("avait quitté"), or a
        participle with an auxiliary at most a word before it ("avait d'abord gagné", "had already left"); the
        auxiliary alone is none ("had to leave", "had been due to meet", "était calme")."""
        return self.after_auxiliary(at, stop, self.data.get("past_auxiliaries", ()))

    def after_auxiliary(self, at: int, stop: int, auxiliaries) -> bool:
        """Whether the past verb at [at, stop) is one of `auxiliaries` and its participle, or a participle with one of
        them at most a word before it."""
        verb = self.text[at:stop].split()
        if verb[0] in auxiliaries:
            return len(verb) > 1
        words = _WORDS_BEFORE.search(self.text, max(0, at - 40), at)
        return bool(words) and (words["last"] in auxiliaries or words["before"] in auxiliaries)

    def tense_cue(self, start: int, end: int, ahead: re.Pattern | None = None, floor: int = 0) -> _Cue | None:
        """The word that tells the tense of the clause around [start, end) (see `tense`), or None; `floor`: where
        the clause starts at the earliest."""
        before = self.lex.last_clause_end.match(self.text, max(0, start - TENSE_WINDOW), start)
        after = self.lex.clause_end.search(self.text, end, end + TENSE_WINDOW)
        lo = max(before.end() if before else 0, start - TENSE_WINDOW, floor)
        hi = after.start() if after else min(len(self.text), end + TENSE_WINDOW)
        for brk in _CLAUSE_BREAK.finditer(self.text, lo, hi):
            if brk.end() <= start:
                lo = brk.end()
            elif brk.start() >= end:
                hi = brk.start()
                break
        relative = [m for m in _RELATIVE_OPEN.finditer(self.text, lo, start)]
        if relative and "," not in self.text[relative[-1].end():start]:
            lo = relative[-1].end()
            closing = self.text.find(",", end, hi)
            hi = closing if closing >= 0 else hi
        subordinators = self.data.get("subordinators", ())
        subordinate = next((w.start() for w in _WORD.finditer(self.text, end, hi) if w.group() in subordinators), hi)
        present = self.data.get("present_auxiliaries", ())
        infinitive = self.data.get("infinitive_before", ())
        perfect = self.data.get("perfect_auxiliaries", ())
        adjective_openers = self.data.get("participle_adjective_after", ())
        past_auxiliaries = self.data.get("past_auxiliaries", ())
        reporting = self.data.get("reporting_verbs", ())
        prefixes = self.data.get("verb_prefixes", ())
        cues: list[_Cue] = []
        spans = [m.span() for m in ahead.finditer(self.text, lo, hi)] if ahead else []
        for cue, sign in ((self.lex.future, 1), (ahead, 1), (self.lex.past, -1)):
            for m in cue.finditer(self.text, lo, hi) if cue else ():
                if start <= m.start() < end:
                    continue
                if sign < 0 and any(a < m.end() and m.start() < b for a, b in spans):
                    continue  # "was postponed until June": a verb setting a term ahead, told in the past
                if sign < 0 and self.word_before(m.start()) in present:
                    continue  # a participle after "is", "are", "be" is a passive of the present or future ("are finished")
                if sign < 0 and self.word_before(m.start()) in infinitive and m.group().split()[0] not in perfect:
                    continue  # a past form after a modal or "to" is an infinitive ("could hit"), unlike "may have been"
                if sign > 0 and self.auxiliary_before(m.start()) in past_auxiliaries:
                    continue  # what was planned in the past is told in the past ("avait prévu d'envoyer mi-mars")
                if sign < 0 and self.word_before(m.start()) in adjective_openers:
                    continue  # a participle after an article or a preposition qualifies a noun ("of armed violence")
                if sign < 0 and self.text[m.start() - 1:m.start()] == "-" and self.word_before(m.start()) not in prefixes:
                    continue  # a participle ending a compound is an adjective ("the NATO-led strikes", "Paris-based")
                word = self.original[m.start():m.end()]
                if word[:1].isupper() and not word.isupper() and not self.sentence_start(m.start()):
                    continue  # a capitalized word inside a sentence is a name, no verb ("Black Eyed Peas")
                if m.end() <= start:
                    cues.append(_Cue(start - m.end(), sign, reports=False, before=True, span=m.span()))
                else:
                    reports = m.group().split()[-1] in reporting and "," in self.text[end:m.start()]
                    cues.append(_Cue(m.start() - end, sign, reports=reports, before=False, span=m.span()))
        participle = self.lex.participle_before.search(self.text, max(lo, start - NAME_WINDOW), start) if (
            self.lex.participle_before) else None
        if participle and not self.lex.future.fullmatch(participle.group("participle")) and not (
                {participle.group("before"), participle.group("participle")} & set(self.data["participle_not_after"])):
            # "la résolution adoptée jeudi": a participle qualifying a noun tells what was done that day
            cues.append(_Cue(start - participle.end(), -1, reports=False, before=True, span=participle.span("participle")))
        if self.lex.appeal:
            # "has called for a march after Friday's sermon", "a appelé à manifester vendredi": what is called for is to come
            cues.extend(_Cue(start - m.end(), 1, reports=False, before=True) for m in self.lex.appeal.finditer(self.text, lo, start)
                        if self.auxiliary_before(m.start()) not in past_auxiliaries)
        later = self.later_clause(lo, start)
        if later is not None:
            # "avant de céder le commandement le 2 novembre, l'amiral a salué…": the day comes after the main clause's
            # event; the clause's own verb tells its tense, else it lies ahead unless the main event is past
            close = self.text.find(",", end, hi)
            close = hi if close < 0 else close
            own = [c for c in cues if (start - c.distance >= later if c.before else end + c.distance < close)]
            if not own:
                return None if any(c.sign < 0 for c in cues) else _Cue(0, 1, reports=False, before=True)
            cues = own
        report = min((c.distance for c in cues if c.reports), default=None)
        if report is not None and any(c.before for c in cues):
            # "…is scheduled to go on trial on October 19, a spokesman confirmed yesterday": a clause with a cue before
            # its day has its own tense, not that of the report after a comma ("On Tuesday, the bank said it would…" has
            # none before its day)
            cues = [c for c in cues if c.before or c.distance < report]
        if any(c.before or c.distance < subordinate - end for c in cues):
            # "said Tuesday that he will…": the clause after "that", "qui" has a tense of its own, which is the
            # day's only when the day's clause has none ("Dimanche soir, … au bal qui sera animé")
            cues = [c for c in cues if c.before or c.distance < subordinate - end]
        elif subordinate < hi and self.text[:subordinate].rstrip().endswith(","):
            # "On Friday the minister, who will retire, said…": a relative clause set between commas describes the
            # subject; the verb after it is the day's, unknown when it lies further than the clauses read
            close = self.text.find(",", subordinate, hi)
            cues = [c for c in cues if close < 0 or end + c.distance > close]
        # at equal distance, the verb before the day governs it ("said on Thursday it would…")
        return min(cues, key=lambda c: (c.distance, not c.before)) if cues else None

    def attributive(self, start: int, end: int) -> bool:
        """Whether a day stands between a determiner and a noun ("the April 20 explosion", "its 28 May
        moratorium"): it names a known event, past whatever the clause's tense, unless near ahead (`NEAR_DAY_DAYS`:
        "the 10 April deadline")."""
        determiners = self.data.get("attributive_determiners")
        if not determiners:
            return False
        opening = self.original[start:end].split(maxsplit=1)[0].lower()
        if opening not in determiners and self.word_before(start) not in determiners:
            return False
        after = _LETTERS_AFTER.match(self.original, end, end + NAME_WINDOW)
        word = after.group(1) if after else ""
        return (len(word) > 2 and word.islower() and word not in self.data["function_words"]
                and word not in self.data["attributive_not_before"] and not self.lex.past.fullmatch(word)
                and not self.lex.future.fullmatch(word))

    def names_sudden_event(self, start: int, end: int) -> bool:
        """Whether a day names when something happened that nobody announces ("Tuesday's earthquake", "l'attentat de
        vendredi"): it is past, whatever the clause's tense ("rescuers are still searching after Tuesday's
        earthquake")."""
        after, before = self.lex.sudden_after, self.lex.sudden_before
        return bool(after and after.match(self.text, end) or
                    before and before.search(self.text, max(0, start - NAME_WINDOW * 2), start))

    def in_since_clause(self, start: int) -> bool:
        """Whether a day ends a clause opened by "since", "depuis" ("depuis l'arrestation du maire mercredi", "since
        the strike began on Monday"): it began what is going on since, and is past."""
        clause = self.lex.since_clause
        since = clause.search(self.text, max(0, start - 2 * NAME_WINDOW - 20), start) if clause else None
        return bool(since) and not _JOINED.match(since.group())  # "since then and return on Tuesday": a new clause

    def later_clause(self, lo: int, start: int) -> int | None:
        """Where the clause opened by "avant de", "avant que" starts, when a day at `start` ends it (no comma or
        point between); else None."""
        pattern = self.lex.later_clause
        last = None
        for last in pattern.finditer(self.text, lo, start) if pattern else ():
            pass
        return last.end() if last and _CLAUSE_TAIL.fullmatch(self.text, last.end(), start) else None

    def names_term(self, start: int, end: int) -> bool:
        """Whether a day is the term of a deadline ("a Saturday deadline", "un ultimatum expirant samedi"): the verb
        tells when the term was set, not the term, which is set ahead."""
        after, before = self.lex.term_after, self.lex.term_before
        return bool(after and after.match(self.text, end) or
                    before and before.search(self.text, max(0, start - NAME_WINDOW * 2), start))

    def limit_tense(self, start: int, end: int) -> int:
        """The tense of a day or a month after a word of a limit ("by August", "until June", "d'ici septembre"), 0
        without one: a limit lies ahead unless its clause tells the past ("By March, the rebels held the port"),
        and a modal or a verb setting a term tells no past ("the strike could last until August", "the vote was put
        off until May"), nor does a present perfect, a state holding now ("the port has been shut until March")."""
        limit = self.word_before(start)
        if limit not in self.data.get("limit_words", ()) or self.word_after(end) in ("'s", "’s"):
            return 0  # "by Tuesday's earthquake": an agent, no limit
        if self.word_before(self.text.rfind(limit, 0, start)) in self.data.get("limit_not_after", ()):
            return 0  # "the year through June": a period of accounts, ending when the clause tells
        if limit in self.data.get("limit_always_ahead", ()):
            return 1
        cue = self.tense_cue(start, end, ahead=self.lex.limit_ahead)
        if cue and cue.before and self.text[cue.span[0]:cue.span[1]] in self.data.get("reporting_verbs", ()):
            # "said he would not step down until September": the report's tense is not that of what it reports
            cue = self.tense_cue(start, end, ahead=self.lex.limit_ahead, floor=cue.span[1])
        if cue and cue.sign < 0 and self.after_auxiliary(*cue.span, self.data.get("perfect_auxiliaries", ())):
            return 1  # "has halted drilling until November": a state holding now, whose limit lies ahead
        return (cue.sign if cue else 0) or 1

    def since(self, start: int) -> int:
        """-1 when a day or month follows "since", "depuis": it is past, whatever the verb's tense; else 0."""
        return -1 if self.word_before(start) in self.data.get("since_words", ()) else 0

    def auxiliary_before(self, start: int) -> str:
        """The word before `start`, past a participle of "be" ("had been set for": "had")."""
        word = self.word_before(start)
        if word in self.data.get("be_participles", ()):
            return self.word_before(self.text.rfind(word, 0, start))
        return word

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
        return self.lex.months.get(key) or self.lex.months.get(fold(key))

    def day_number(self, word: str) -> int:
        word = word.lower()
        digits = re.match(r"\d+", word)
        return int(digits.group()) if digits else 1

    def direction(self, g: dict) -> int | None:
        word = g.get("dir")
        if word:
            return self.lex.dirs.get(_SPACES.sub(" ", word.lower()))
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
        if day and direction is None and tense and f"{month:02d}-{day:02d}" not in self.data["named_days"]:
            near = [c for c in candidates if c[0] == self.anchor.year
                    and -NEAR_DAY_DAYS <= (c[1] - lo).days and (c[1] - hi).days <= NEAR_DAY_DAYS]
            if near:
                return self.anchor.year
        if direction == -1 or (direction is None and tense < 0):
            # "last May" said in May is a year back: with a direction, the whole month lies before the anchor
            past = [c for c in candidates if c[2] < lo or (direction is None and c[1] <= hi)]
            if past:
                return max(past, key=lambda c: c[1])[0]
        if direction == 1 or (direction is None and tense > 0):
            future = [c for c in candidates if c[1] > hi or (direction is None and c[2] >= lo)]
            if future:
                return min(future, key=lambda c: c[1])[0]

        def distance(c):
            return max((lo - c[2]).days, (c[1] - hi).days * FUTURE_DISTANCE_WEIGHT, 0)
        return min(candidates, key=lambda c: (distance(c), c[0] != self.anchor.year))[0]

    # ---- normalizers, one per kind of rule ------------------------------------------------------

    def kind_date(self, g, start, end):
        month = self.month_number(g.get("month"))
        if not month or self.names_something(start, end):
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
            named = f"{month:02d}-{day:02d}" in self.data["named_days"]
            since = self.since(start)
            tense = since or (-1 if not named and self.attributive(start, end)
                              else self.limit_tense(start, end) or self.tense(start, end))
            told = 0 if tense > 0 and self.future_in_past(start, end) else tense
            year = self.narrative_year(month, day, start, told) if self.direction(g) is None else None
            year = year or self.pick_year(month, day, weekday, self.direction(g), tense)
            anchored = year is not None
            if weekday is None and year is not None:
                # "since September 11", "the September 11 attacks", "les attentats du 11 septembre": the event's day
                event = since < 0 or named and self.direction(g) is None and (
                    self.attributive(start, end) or self.word_before(start) in self.data.get("event_of_words", ()))
                year = self.named_day_year(year, month, day, event=event)
                if self.names_old_event(start, end, date(year, month, day), date(year, month, day)):
                    return None
        try:
            date(year or 2000, month, day)
        except ValueError:
            return None
        value = f"{year:04d}-{month:02d}-{day:02d}" if year else f"XXXX-{month:02d}-{day:02d}"
        return Found(start, end, kind, value + suffix, anchored=anchored)

    def future_in_past(self, start: int, end: int) -> bool:
        """Whether the clause around [start, end) tells a future seen from the past ("said the strike would last until
        March 20"): ahead of the time told, which may be another year's, not of the writer's."""
        cue = self.tense_cue(start, end)
        return bool(cue) and self.text[cue.span[0]:cue.span[1]] in self.data.get("future_in_past", ())

    def narrative_year(self, month: int, day: int, start: int, tense: int) -> int | None:
        """The year of a day given without one, in the sentence of a day or a month given with another year than the
        anchor's (`last_dated`), of that account (`account_year`); else None."""
        bounds = self.anchor.bounds()
        if bounds is None or self.last_dated is None or self.lex.clause_end.search(self.text, self.last_dated[0], start):
            return None
        _, told_first, told_last = self.last_dated
        if told_first.year <= self.anchor.year <= told_last.year:
            return None
        return self.account_year(month, day, told_first, told_last, tense, bounds)

    @staticmethod
    def account_year(month: int, day: int, told_first: date, told_last: date, tense: int,
                     bounds: tuple[date, date]) -> int | None:
        """The year that puts a day within `NARRATIVE_DAYS` of the days an account has told (one looking back counted
        twice as far: an account runs forward), on the side of `bounds` (the day it is told from) its tense tells;
        else None."""
        candidates = []
        for year in (told_first.year - 1, told_first.year, told_last.year + 1):
            with contextlib.suppress(ValueError):
                then = date(year, month, day)
                gap = max((then - told_last).days, 2 * (told_first - then).days, 0)
                if not (tense < 0 and then > bounds[1] or tense > 0 and then < bounds[0]):
                    candidates.append((gap, year))
        best = min(candidates, default=None)
        return best[1] if best and best[0] <= NARRATIVE_DAYS else None

    def named_day_year(self, year: int, month: int, day: int, event: bool = False) -> int:
        """The year of a day given without one that names a famous event ("after September 11", "les attentats du
        11 septembre"): the event's (`named_days`) when the calendar's day would be past and not recent, or when
        the text names the event (`event`: "plots foiled since September 11", "the September 11 attacks"); a coming
        day or a recent one is the calendar's."""
        event_year = self.data["named_days"].get(f"{month:02d}-{day:02d}")
        bounds = self.anchor.bounds()
        if event_year is None or bounds is None:
            return year
        return event_year if event or (bounds[0] - date(year, month, day)).days > NAMED_DAY_RECENT else year

    def kind_named_day(self, g, start, end):
        """A form that only names a famous event's day: "9/11", "le 11-Septembre"."""
        return Found(start, end, "DATE", self.data["named_day_forms"][g["named"].lower()])

    def kind_numeric(self, g, start, end):
        a, b, year = int(g["day"]), int(g["month"]), int(g["year"])
        day_first = self.data.get("numeric_order", "dmy") == "dmy"
        day, month = (a, b) if (day_first and b <= 12) or a > 12 else (b, a)
        try:
            date(year, month, day)
        except ValueError:
            return None
        return Found(start, end, "DATE", f"{year:04d}-{month:02d}-{day:02d}")

    def kind_iso(self, g, start, end):
        try:
            d = date(int(g["year"]), int(g["month"]), int(g["day"]))
        except ValueError:
            return None
        return Found(start, end, "DATE", d.isoformat())

    def kind_month(self, g, start, end):
        month = self.month_number(g.get("month"))
        if not month or self.names_something(start, end):
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
            if year <= 31 and not g["year"].startswith("'"):
                return None  # "January 25" is a day, read in another language's order; "mai 68", "May '11" are years
            if year < 100:
                year += 1900 if year > 30 else 2000
            anchored = False
        else:
            that_year = self.data.get("that_year")
            given = None if g.get("dir") else self.year_given(month, start, end)
            this_year = self.lex.this_year.match(self.text, end) if self.lex.this_year and self.anchor.year else None
            if that_year and self.last_year and re.match(that_year, self.text[end:end + NAME_WINDOW]):
                year, anchored = self.last_year, False  # "in June of that year": the year the text last wrote
            elif this_year:
                # "in March this year", "in June of last year": the year is the writer's, or the one before or after it
                year, anchored = self.anchor.year + (self.lex.dirs.get(this_year.group("dir") or "") or 0), True
            elif given:
                year, anchored = given, False
            else:
                tense = 1 if self.names_contract(start, end) else (
                    self.since(start) or self.limit_tense(start, end) or self.tense(start, end))
                year = self.pick_year(month, None, None, self.direction(g), tense)
                anchored = year is not None
                if year and self.names_old_event(start, end, date(year, month, 1),
                                                 date(year, month, calendar.monthrange(year, month)[1])):
                    return None
        value = f"{year:04d}-{month:02d}" if year else f"XXXX-{month:02d}"
        return Found(start, end, "DATE", value, mod=mod, anchored=anchored)

    def names_contract(self, start: int, end: int) -> bool:
        """Whether a month names a contract coming due ("April crude futures", "for September delivery", "Brent
        futures for October", "livraison en mai"): it is this month or a coming one, whatever the verb's tense."""
        after, before = self.lex.contract_after, self.lex.contract_before
        return bool(after and after.match(self.text, end) or
                    before and before.search(self.text, max(0, start - NAME_WINDOW), start))

    def year_given(self, month: int, start: int, end: int) -> int | None:
        """The year the paragraph gives the same month elsewhere, nearest first ("la guerre a débuté en mars, en
        même temps que les manifestations, en mars 2011"): a writer names a month's year once. A comparison between
        the two (`comparison_words`: "in September, against September 2007", "since October 1998") sets the
        month against another year's: it is named in the clause of the month with a year."""
        lo = self.text.rfind("\n", 0, start) + 1
        hi = self.text.find("\n", end)
        hi = hi if hi >= 0 else len(self.text)
        contrasts = set(self.data.get("comparison_words", ()))
        given = [(abs(m.start() - start), int(m.group("year"))) for m in self.lex.month_year.finditer(self.text, lo, hi)
                 if not start <= m.start() < end and self.month_number(m.group("month")) == month
                 and not contrasts & set(_WORD.findall(_CLAUSE_TAIL.search(self.text, lo, m.start()).group()))]
        return min(given)[1] if given else None

    def entry_stamp(self, item: Found) -> bool:
        """Whether a time opens its paragraph and is followed by a colon or a dash, as a live report stamps its entries,
        or lies in a stamp opening its line (`day_stamp`)."""
        line_start = self.text.rfind("\n", 0, item.start) + 1
        if not self.text[line_start:item.start].strip() and _STAMP_END.match(self.text, item.end):
            return True
        if item.start in self.stamp_days:
            return True  # a live page's stamp, also after a colon ending a line run on ("Watch : (Update 4:20 p.m.)")
        stamp = self.lex.day_stamp.match(self.text, line_start) if self.lex.day_stamp else None
        return bool(stamp) and stamp.end() >= item.end  # "(Update 4:20 p.m. in Harbin, 3:20 a.m. ET)"

    def sentence_start(self, start: int) -> bool:
        before = self.text[max(0, start - 4):start].rstrip(" \t\xa0")  # a line break opens a line: a heading's end
        return not before or before[-1] in ".!?\n«\"“:"

    def mod_of(self, word: str | None) -> str | None:
        if not word:
            return None
        return self.data["mods"].get(_SPACES.sub(" ", word.lower()).rstrip("-"))

    def part_mod(self, words: str | None) -> str | None:
        """The TimeML mod in a phrase such as "en début de" or "late"."""
        for word in (words or "").lower().split():
            if word in self.data["mods"]:
                return self.data["mods"][word]
        return None

    def kind_relphrase(self, g, start, end):
        shift, part = self.data["relphrases"][_SPACES.sub(" ", g["phrase"].lower())]
        if self.anchor.day is None:
            return Found(start, end, "TIME", f"XXXX-XX-XXT{part}")
        return Found(start, end, "TIME", f"{(self.anchor.day + timedelta(days=shift)).isoformat()}T{part}", anchored=True)

    def kind_same_time(self, g, start, end):
        """"la même époque" or "la même période" of last year ("l'an dernier à la même époque"): the anchor's month a
        year back; "la même date": its day."""
        if self.anchor.year is None:
            return None
        year = self.anchor.year - 1
        if g["grain"].lower() == "date" and self.anchor.day:
            day = self.anchor.day
            value = f"{year:04d}-{day.month:02d}-{min(day.day, calendar.monthrange(year, day.month)[1]):02d}"
        else:
            value = f"{year:04d}-{self.anchor.month:02d}" if self.anchor.month else f"{year:04d}"
        return Found(start, end, "DATE", value, anchored=True)

    def kind_year(self, g, start, end):
        year = int(g["year"])
        if not MIN_YEAR <= year <= MAX_YEAR or start in self.stamp_days:
            return None  # a live page's stamp gives a 24-hour clock, no year ("(Updated 6:10 a.m. (1910 in Harbin))")
        explicit = g.get("mod") or start < self.year_start
        if not explicit and not self.plausible_year(start, end):
            return None
        return Found(start, end, "DATE", f"{year:04d}", mod=self.mod_of(g.get("mod")))

    def plausible_year(self, start: int, end: int) -> bool:
        """A bare four-digit number is a year after a temporal cue or at the end of a phrase, not before a noun."""
        before = self.word_before(start).strip("'")
        listed = _NUMBER_LIST.search(self.text, max(0, start - NAME_WINDOW), start) if _DIGIT.search(
            self.text, max(0, start - 12), start) else None
        if before in self.data.get("year_blockers", ()) or listed and (
                self.word_before(listed.start()).strip("'") in self.data.get("year_blockers", ())):
            return False  # "resolution 1973", "resolutions 1970 and 1973": a number, whatever the cue
        after = self.word_after(end)
        if after in self.data.get("count_nouns", ()) or self.lex.clock_after and self.lex.clock_after.match(self.text, end):
            return False  # "à 1200 km", "et 2000 blessés", "at 1653 local time (2153 GMT)": a count or a clock, whatever the cue
        if before in self.data["year_cues"] or self.text[max(0, start - 1):start] in "(":
            words = re.findall(r"[\w'-]+", self.text[max(0, start - 30):start])
            # "plus de 1150", "pas moins de 1000 attaques": a count, whatever the cue
            return not (len(words) >= 2 and words[-2] in self.data.get("count_before_cue", ()))
        named = _WORD_BEFORE.search(self.original, max(0, start - 30), start)
        if named and named.group(1)[0].isupper() and int(self.text[start:end]) < NAME_YEAR_MIN:
            return False
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
        return Found(start, end, "DATE", f"{number // 10:03d}")

    def kind_century(self, g, start, end):
        raw = g["century"].upper()
        if raw.isdigit():
            number = int(raw)
        else:
            values = [_ROMAN[c] for c in raw]
            number = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
        if not 1 <= number <= 21:
            return None
        return Found(start, end, "DATE", f"{number - 1:02d}")

    def kind_quarter(self, g, start, end):
        ordinal = self.data["ordinals"].get(g["ordinal"].lower())
        unit = g["qunit"].lower()
        letter, count = ("Q", 4) if unit in self.data["quarter_words"] else ("H", 2)
        if ordinal == -1:
            ordinal = count
        if not ordinal or ordinal > count:
            return None
        year, anchored = self.unit_year(g, start, end)
        return Found(start, end, "DATE", f"{year}-{letter}{ordinal}", anchored=anchored)

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
        not_before = self.data.get("season_not_before", {})
        if not g.get("year") and self.word_after(end) in (*not_before.get(raw.lower(), ()), *not_before.get("*", ())):
            return None  # "the fall of Mubarak" is no autumn, "le printemps arabe" a movement
        season = self.data["seasons"][raw.lower()]
        direction = self.direction(g)
        if g.get("year") or not direction or self.anchor.year is None:
            year, anchored = self.unit_year(g, start, end)
            if anchored and self.anchor.month:
                year = f"{self.bare_season_year(season):04d}"
            return Found(start, end, "DATE", f"{year}-{season}", anchored=anchored)
        # "le printemps prochain": the next one to begin after the anchor; "dernier": the last one begun before it.
        (m1, d1), _ = SEASON_BOUNDS[season]
        reference = self.anchor.day or date(self.anchor.year, self.anchor.month or 6, 15)
        starts = [date(y, m1, d1) for y in range(reference.year - 2, reference.year + 2)]
        if direction > 0:
            year = min(s for s in starts if s > reference).year
        else:
            begun = [s for s in starts if s <= reference]
            year = begun[-1].year if reference - begun[-1] >= timedelta(days=SEASON_DAYS) else begun[-2].year
        return Found(start, end, "DATE", f"{year:04d}-{season}", anchored=True)

    def bare_season_year(self, season: str) -> int:
        """The year of a season named without one ("the winter", "cet hiver"): the anchor's, but a winter going on
        at the anchor began the December before and is that year's."""
        reference = self.anchor.day or date(self.anchor.year, self.anchor.month, 15)
        (m1, _), (m2, d2) = SEASON_BOUNDS[season]
        return reference.year - 1 if m2 < m1 and reference <= date(reference.year, m2, d2) else reference.year

    def kind_holiday(self, g, start, end):
        key = g["holiday"].lower()
        if self.word_before(start) in self.data.get("holiday_not_after", {}).get(key, ()):
            return None
        if self.word_after(end) in self.data.get("holiday_not_before", {}).get(key, ()):
            return None  # "a Christmas card", "Easter eggs": a thing of the holiday, no day
        if key in self.data.get("holidays_capitalized", ()) and g["holiday"][0].islower():
            return None  # "son ascension": the noun, not the feast
        rule = self.data["holidays"][key]

        def day_in(year: int) -> date:
            if rule.startswith("easter"):
                return easter(year) + timedelta(days=int(rule.split("+")[1]))
            return date(year, int(rule[:2]), int(rule[3:]))

        if g.get("year"):
            return Found(start, end, "DATE", day_in(int(g["year"])).isoformat())
        if self.anchor.year is None:
            return Found(start, end, "DATE", f"XXXX-{rule}" if "easter" not in rule else "XXXX-XX-XX")
        # The year is chosen as for any day given without one: "over Christmas" in a January article is last year's.
        near = day_in(self.anchor.year)
        year = self.pick_year(near.month, near.day, None, None, self.tense(start, end)) or self.anchor.year
        return Found(start, end, "DATE", day_in(year).isoformat(), anchored=True)

    def kind_relday(self, g, start, end):
        shift = self.data["relative_days"][_SPACES.sub(" ", g["rel"].lower())]
        era = self.lex.era_of_name
        if era and not g.get("part") and era.search(self.original, max(0, start - NAME_WINDOW), start):
            return Found(start, end, self.data.get("ref_type", "DATE"), "FUTURE_REF" if shift > 0 else "PAST_REF")
        part = self.data["parts_of_day"].get(g["part"].lower()) if g.get("part") else None
        mod = self.part_mod(g.get("pmod"))
        suffix = f"T{part}" if part else ""
        kind = "TIME" if part else "DATE"
        if self.anchor.day is None:
            return Found(start, end, kind, "XXXX-XX-XX" + suffix, mod=mod)
        return Found(start, end, kind, (self.anchor.day + timedelta(days=shift)).isoformat() + suffix, mod=mod, anchored=True)

    def live_page_end(self) -> date | None:
        """The last day the entry stamps of a live page reach, by the weekdays they name ("(Update 9:40 a.m. Tuesday
        in Harbin, 8:40 p.m. ET Monday)", when `LIVE_STAMPS` name one) or by their clocks passing midnight; else
        None. A live page is dated by its first day and its stamps name that day or the days after it: the page
        covers the days from its date to this one. Fills `stamp_days`."""
        pattern, anchor = self.lex.day_stamp, self.anchor.day
        if pattern is None or self.lex.stamp_clock is None or anchor is None:
            return None
        stamps = list(pattern.finditer(self.text))
        clocks = list(self.lex.line_clock.finditer(self.text)) if self.lex.line_clock else []
        if len(clocks) >= LINE_CLOCKS and len(clocks) == len(_LINE_NUMBER.findall(self.text)):
            stamps = sorted(stamps + clocks, key=lambda m: m.start())
        days = []
        for m in stamps:
            shifts = [(self.lex.weekdays[w.group(1).lower()] - anchor.weekday()) % 7
                      for w in self.lex.weekday_in.finditer(self.text, m.start(), m.end())]
            if shifts:
                days.append(anchor + timedelta(days=max(shifts)))
        if len(stamps) >= LIVE_STAMPS:
            self.stamp_days = self.clock_days(stamps)
        ends = (days if len(days) >= LIVE_STAMPS else []) + [d for d in self.stamp_days.values() if d > anchor]
        return max(ends, default=None)

    def clock_days(self, stamps: list[re.Match]) -> dict[int, date]:
        """The day of each clock of a live page's stamps, by its offset: a day more each time the clock in the same
        place of the stamps ("1:10 a.m. in Harbin, 12:10 p.m. ET": two zones) passes midnight from one entry to the
        next (`MIDNIGHT_FALL`), counted from the page's date at its oldest entry, or from the weekday stamps name
        after that clock ("12:10 a.m. Friday in Harbin") when some do: the oldest entries shown may be of a later
        day than the page's date. When none do and the clocks pass midnight, the page's date may be the day after its
        oldest entries (a page of a Saturday opening on Friday evening's): it is when its entries name the weekday of
        the day before the one counted far more often than that day's (`DAY_BEFORE_VOTES`: "a annoncé samedi" in the
        entries counted Sunday). The newest entry is on top when most first clocks fall going down, midnight aside."""
        clocks = [[(c.start(), self.stamp_minutes(c), self.weekday_after(c.end()))
                   for c in self.lex.stamp_clock.finditer(self.text, m.start(), m.end())] for m in stamps]
        # the weekdays each entry names, from its stamp to the next one
        ends = [m.start() for m in stamps[1:]] + [len(self.text)]
        named = [{self.lex.weekdays[w.group(1).lower()] for w in self.lex.weekday_in.finditer(self.text, m.end(), end)}
                 for m, end in zip(stamps, ends)]
        firsts = [c[0][1] for c in clocks if c]
        steps = [b - a for a, b in zip(firsts, firsts[1:]) if abs(b - a) < MIDNIGHT_FALL]  # midnight aside
        if sum(step < 0 for step in steps) > sum(step > 0 for step in steps):
            clocks.reverse()  # oldest entry first
            named.reverse()
        places = []  # for each place of the clocks: their days counted, the shifts the stamps' weekdays tell, the turns
        for place in range(max(map(len, clocks), default=0)):
            turns, last, counted, shifts = 0, None, {}, Counter()
            for offset, minutes, weekday in (c[place] for c in clocks if len(c) > place):
                if last is not None and last - minutes >= MIDNIGHT_FALL:
                    turns += 1
                last = minutes
                counted[offset] = self.anchor.day + timedelta(days=turns)
                if weekday is not None:
                    shifts[(weekday - counted[offset].weekday() + 3) % 7 - 3] += 1
            places.append((counted, shifts, turns))
        every = {offset: day for counted, _, _ in places for offset, day in counted.items()}
        # an entry agrees with a shift when it names the weekday of one of its clocks' days so shifted (two zones)
        votes = Counter(shift for clock, names in zip(clocks, named) for shift in (0, -1)
                        if any((every[offset] + timedelta(days=shift)).weekday() in names for offset, _, _ in clock))
        days: dict[int, date] = {}
        for counted, shifts, turns in places:
            if not shifts and turns and votes[-1] > DAY_BEFORE_VOTES * votes[0]:
                shifts[-1] += 1
            shift = timedelta(days=shifts.most_common(1)[0][0] if shifts else 0)
            days.update((offset, day + shift) for offset, day in counted.items())
        return days

    def weekday_after(self, end: int) -> int | None:
        """The weekday named right after a stamp's clock ("9:40 a.m. Tuesday in Harbin", "8:40 p.m. ET Monday")."""
        m = self.lex.weekday_in.match(self.text, _CLOCK_TAIL.match(self.text, end).end())
        return self.lex.weekdays[m.group(1).lower()] if m else None

    @staticmethod
    def stamp_minutes(clock: re.Match) -> int:
        """Minutes after midnight of a `stamp_clock` match."""
        g = clock.groupdict()
        if g.get("hour"):
            return int(g["hour"]) % 12 * 60 + (12 * 60 if g["ampm"] == "p" else 0) + int(g["minute"] or 0)
        if g.get("hour24"):
            return int(g["hour24"]) * 60 + int(g["minute24"] or 0)
        return 12 * 60

    def kind_weekday(self, g, start, end):
        weekday = self.lex.weekdays.get(g["weekday"].lower())
        if weekday is None or self.names_title(g["weekday"], start, end):
            return None
        part = self.data["parts_of_day"].get(g["part"].lower()) if g.get("part") else None
        mod = self.part_mod(g.get("pmod"))
        suffix = f"T{part}" if part else ""
        kind = "TIME" if part else "DATE"
        if self.anchor.day is None:
            return Found(start, end, kind, f"XXXX-WXX-{weekday + 1}" if not part else "XXXX-XX-XX" + suffix, mod=mod)
        direction = self.direction(g)
        if g.get("day"):
            found = self.weekday_of_month(weekday, self.day_number(g["day"]), start, end)
            if found:
                return Found(start, end, kind, found.isoformat() + suffix, mod=mod, anchored=True)
        this = (g.get("det") or "").lower() in self.data["this"]
        day = self.anchor.day
        if self.last_day and (g.get("dir") or "").lower() in self.data.get("reference_dirs", ()):
            day = self.last_day  # "le lundi suivant", "the previous Friday": counted from the last day told
        delta = (weekday - day.weekday()) % 7  # days forward to the next such weekday (0: today)
        if self.live_end and direction is None and day + timedelta(days=delta) <= self.live_end:
            shift = delta  # a day the live page covers ("early Sunday" on a page of Saturday stamped until Sunday)
        elif direction == 1:
            shift = delta or 7
        elif direction == -1:
            shift = delta - 7 if delta else -7
        elif delta == 0:
            shift = 0
        elif self.names_term(start, end):
            # a term is set ahead: the last such day only when it lies less than half as far back as the next ahead
            shift = delta if delta < TERM_AHEAD_WEIGHT * (7 - delta) else delta - 7
        else:
            earliest = self.lex.earliest_before and self.lex.earliest_before.search(self.text, max(0, start - 20), start)
            happened = self.names_sudden_event(start, end) or self.in_since_clause(start)
            tense = -1 if happened else 1 if earliest else (self.limit_tense(start, end) or self.tense(start, end))
            if tense < 0 and delta == 1 and not happened and not self.pluperfect(start, end):
                # The day after the page's date, told as past, is that day rather than six days back: the page's
                # date trails its writing (a feed's date in UTC, a page dated the evening before its morning news),
                # or the past is the report's ("said it would meet on Friday"); a week back is "last Friday", and a
                # past told before another past ("avait quitté le pays lundi") is no news of the page's next day.
                tense = 1
            if tense == 0 and not this:
                # No cue: the nearer of last and next such day (news speak of the days around them).
                tense = 1 if delta < 7 - delta else -1
            if this and tense == 0:
                # "ce mercredi", "this Wednesday" with no cue of tense: the one of the anchor's week
                shift = delta if day.weekday() + delta < 7 else delta - 7
            else:
                shift = delta if tense > 0 else delta - 7
        return Found(start, end, kind, (day + timedelta(days=shift)).isoformat() + suffix, mod=mod, anchored=True)

    def names_title(self, weekday: str, start: int, end: int) -> bool:
        """Whether a weekday is a word of a newspaper's or a programme's title ("the Sunday Herald", "Le Courrier du
        Dimanche", a Mail or an Independent "on Sunday"): no day. A language writing its weekdays in lowercase
        (`months_lowercase`) capitalizes one inside a sentence only in a title; else the title's other word tells it
        (`names_after_weekdays`, `names_before_weekdays`), capitalized as a title's words are."""
        at = self.original.find(weekday, start, end)
        if self.data.get("months_lowercase"):
            return weekday[0].isupper() and not weekday.isupper() and not self.sentence_start(at)
        after = _LETTERS_AFTER.match(self.original, at + len(weekday), at + len(weekday) + NAME_WINDOW)
        if after and after[1][0].isupper() and after[1].lower() in self.data.get("names_after_weekdays", ()):
            return True
        before = _WORDS_BEFORE.search(self.original, max(0, at - NAME_WINDOW), at)
        return bool(before and before["before"] and before["before"][0].isupper()
                    and f"{before['before']} {before['last']}".lower() in self.data.get("names_before_weekdays", ()))

    def weekday_of_month(self, weekday: int, number: int, start: int, end: int) -> date | None:
        """The day of "le vendredi 4", "Friday the 4th": the 4th of a month around the anchor's that falls on a
        Friday; the one of the month told just before when it has one (a writer leaves out the month being told:
        "en novembre, ... le vendredi 5"), else the last such day before the anchor or the first after it as the
        clause's tense says, else the nearer one. None when no month within half a year has it (a wrong weekday)."""
        anchor = self.anchor.day
        candidates = []
        for shift in range(-WEEKDAY_MONTHS, WEEKDAY_MONTHS + 1):
            year, month = divmod(anchor.year * 12 + anchor.month - 1 + shift, 12)
            with contextlib.suppress(ValueError):
                day = date(year, month + 1, number)
                if day.weekday() == weekday:
                    candidates.append(day)
        told = self.last_told
        if told.month and start - self.last_told_end <= TOLD_CHARS:
            candidates = [d for d in candidates if (d.year, d.month) == (told.year, told.month)] or candidates
        tense = self.tense(start, end)
        directed = [d for d in candidates if tense == 0 or (d - anchor).days * tense >= 0]
        return min(directed or candidates, key=lambda d: (abs((d - anchor).days), d > anchor), default=None)

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
        if (g.get("dir") or "").lower() in self.data.get("reference_dirs", ()):
            # "the following week", "the previous year": counted from the last day, month or year told, when precise enough
            told = self.last_told
            if told.day or told.month and code not in ("W", "WE") or told.year and code in ("Y", "10Y", "100Y"):
                a = told
            elif self.last_day:
                a = Anchor(self.last_day.year, self.last_day.month, self.last_day)
        that = self.data.get("that_suffix")
        if code == "Y" and that and self.last_year and self.original[start:end].lower().endswith(that):
            value = f"{self.last_year:04d}"  # "cette année-là": the year the text last wrote
        elif code == "Y":
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
                return Found(start, end, "DATE", "XXXX", mod=mod)
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
        return Found(start, end, "DATE", value, mod=mod, anchored="X" not in value)

    def offset_value(self, number: float | None, code: str, sign: int, a: Anchor | None = None) -> tuple[str, bool]:
        """The date `number` units before (sign -1) or after (+1) the anchor (or `a`), at the unit's precision."""
        a = a or self.anchor
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
            # the day the hours reach: "dans 48 heures" is the day after tomorrow, "dans trois heures" today
            return (a.day + timedelta(days=int(n / 24) if code == "TH" else 0)).isoformat(), True
        return ("PAST_REF" if sign < 0 else "FUTURE_REF"), False

    def number(self, raw: str) -> float | None:
        """The value of a number in digits or words; None for vague quantities ("quelques")."""
        raw = raw.strip()
        if raw.lower() in self.data["vague_numbers"]:
            return None
        if raw[0].isdigit():
            return float(raw.replace(",", "."))
        try:
            return float(text2num(_SPACES.sub(" ", raw.lower()), self.lex.lang))
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
        return Found(start, end, "DATE", value, anchored=anchored)

    def kind_in(self, g, start, end):
        record = self.lex.record_before and self.lex.record_before.search(self.text, max(0, start - RECORD_CHARS), start)
        if self.data.get("in_needs_future") and (record or self.tense(start, end) <= 0):
            # "in 16 years" is a date ahead only when told of the future, and never after a record ("the lowest
            # level in 16 years will…"): the span the record holds
            return self.kind_duration(g, start, end)
        number = self.number(g["num"])
        if number is not None and number < 0:
            return None
        value, anchored = self.offset_value(number, self.data["units"][g["unit"].lower()], 1)
        return Found(start, end, "DATE", value, anchored=anchored)

    def kind_later(self, g, start, end):
        """"cinq jours plus tard", "deux mois auparavant": counted from the last day, month or year told, at the unit's
        precision; a length of time when none was told precisely enough, or none in the last `TOLD_CHARS` characters,
        or after a word of comparison in its clause ("up 5% from a year earlier", "$1 versus $2 a year earlier")."""
        number = self.number(g["num"])
        code = self.data["units"][g["unit"].lower()]
        told = self.last_told
        clause = _CLAUSE_TAIL.search(self.text, max(0, start - COMPARISON_CHARS), start).group()
        if start - self.last_told_end > TOLD_CHARS or set(_WORD.findall(clause)) & set(self.data.get("comparison_words", ())):
            return None
        if number is None or not (told.day and code in ("D", "W", "M", "Y") or told.month and code in ("M", "Y")
                                  or told.year and code == "Y"):
            return None
        value, _ = self.offset_value(number, code, self.data["later_words"][_SPACES.sub(" ", g["rel"].lower())], told)
        return Found(start, end, "DATE", value, anchored=True)

    def kind_neighbor(self, g, start, end):
        word = _SPACES.sub(" ", (g.get("neighbor") or g.get("neighbor2") or "").lower())
        shift = self.data["neighbors"].get(word)
        if shift is None:
            return None
        of_day = bool(self.lex.neighbor_of and self.lex.neighbor_of.match(self.text, end))
        return Found(start, end, "DATE", "", shift=shift, needs_day="", of_day=of_day)

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
            if not g.get("minute") and self.lex.trip_after and self.lex.trip_after.match(self.text, end):
                return Found(start, end, "DURATION", f"PT{hour}H")  # "à 2 heures de route": a distance, no clock
            # "depuis 22h00" is since ten at night (a length of time is never written with zero minutes), and
            # "depuis 19h" since seven in the evening (`clock_after_noon`: so long a count of hours is rare there)
            before = self.word_before(start)
            if before in self.data["duration_before_clock"] and g.get("minute") != "00" and not (
                    before in self.data.get("clock_after_noon", ()) and hour > 12):
                return Found(start, end, "DURATION", f"PT{hour}H" + (f"{minute}M" if minute else ""))
            clock = f"{hour:02d}:{minute:02d}"
        mod = "APPROX" if g.get("approx") else None
        if g.get("this") and self.anchor.day:
            # "ce midi", as "ce soir": the writer's day, not the last day told
            return Found(start, end, "TIME", f"{self.anchor.day.isoformat()}T{clock}", anchored=True)
        return Found(start, end, "TIME", "", mod=mod, needs_day=f"T{clock}")

    def kind_partday(self, g, start, end):
        part = self.data["parts_of_day"].get(g["part"].lower())
        if part is None:
            return None
        mod = self.mod_of(g.get("pmod"))
        if g.get("this"):
            if self.anchor.day is None:
                return Found(start, end, "TIME", f"XXXX-XX-XXT{part}", mod=mod)
            return Found(start, end, "TIME", f"{self.anchor.day.isoformat()}T{part}", mod=mod, anchored=True)
        return Found(start, end, "TIME", "", mod=mod, needs_day=f"T{part}")

    def kind_set(self, g, start, end):
        if g.get("weekday"):
            weekday = self.lex.weekdays.get(g["weekday"].lower())
            if weekday is None:
                return None
            return Found(start, end, "SET", f"XXXX-WXX-{weekday + 1}")
        value = self.data["set_units"].get(g["unit"].lower())
        if value is None:
            return None
        if g.get("num"):
            number = self.number(g["num"])
            if number is None or number < 1 or not value.startswith("P1"):
                return None
            value = f"P{int(number)}{value[2:]}"
        return Found(start, end, "SET", value)

    def kind_set_adj(self, g, start, end):
        before = self.word_before(start).strip("'")
        if before in self.data["noun_determiners"] or before[:1].isdigit():
            return None  # "le quotidien", "100 quotidiens": newspapers
        return Found(start, end, "SET", self.data["set_adjectives"][g["adj"].lower()])

    def kind_fixed_duration(self, g, start, end):
        key = _SPACES.sub(" ", g["fixed"].lower())
        return Found(start, end, "DURATION", self.data["fixed_durations"][key])

    def kind_duration(self, g, start, end):
        raw_unit = g.get("unit") or g.get("single") or ""
        if raw_unit[:1].isupper() and raw_unit[1:].islower() and not self.sentence_start(start):
            return None  # "20 Minutes" is a newspaper
        phrase = _SPACES.sub(" ", self.text[start:end])
        if phrase.startswith("last ") and self.word_before(start) in self.data.get("verb_last_before", ()):
            return None  # "will last 12 days": the verb, the duration starts after it
        if phrase in self.data.get("duration_needs_cue", {}) and self.word_before(start) not in self.data["duration_needs_cue"][phrase]:
            return None  # "un jour" alone is "some day"
        unit = raw_unit.lower()
        if unit in self.data.get("fraction_units", ()) and self.word_after(end) == "of":
            return None  # "a quarter of the bombs" is a share, no three months
        code = self.data["units"][unit]
        if code == "Y" and self.is_age(start, end):
            return None
        if self.word_after(end) in self.data.get("not_duration_after", ()):
            return None
        if not g.get("num"):
            number = 1.0 if g.get("single") else None
            code = self.data["units"][(g.get("single") or unit).lower()]
            return Found(start, end, "DURATION", duration_value(number, code))
        cues = self.data.get("vague_needs_cue", {}).get(g["num"].lower())
        if cues is not None and self.word_before(start).strip("'") not in cues:
            return None
        number = self.number(g["num"])
        if number is not None and (number < 0 or number > 10000):
            return None
        mod = self.data.get("approx_mods", {}).get(_SPACES.sub(" ", (g.get("approx") or "").lower()))
        return Found(start, end, "DURATION", duration_value(number, code), mod=mod)

    def is_age(self, start: int, end: int) -> bool:
        """'Jean Dupont, 38 ans,' and 'un homme de 38 ans' give ages, not durations."""
        before_char = self.text[max(0, start - 2):start].strip()
        after = self.word_after(end)
        if before_char in (",", "(") and after in (",", ")", ".", ";", ""):
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

    def names_something(self, start: int, end: int) -> bool:
        """A day that names a street, a bridge or a movement rather than a day: "le pont du 6 Octobre", "le
        Mouvement du 6 avril", "the April 6 Youth Movement" (the nouns are `names_before_dates`, followed by
        one of `name_links`, and `names_after_dates`)."""
        if self.noun_before(start, end) in self.data.get("names_before_dates", ()):
            return True
        # the word right after the day, past a day number left out of the match ("April" of "April 6 Youth"),
        # capitalized as a name is (a caption's "July 16, 2011. FRONT LINE" goes on with another sentence)
        after = _NAME_AFTER.match(self.original, end, end + NAME_WINDOW)
        return bool(after) and after[1].lower() in self.data.get("names_after_dates", ())

    def noun_before(self, start: int, end: int) -> str | None:
        """The noun a day or a month complements through one of `name_links` ("pont" of "le pont du 6 Octobre")."""
        before = self.text[max(0, start - NAME_WINDOW):start].lower().replace("'", " ").split()
        if before and before[-1].isdigit():
            before.pop()  # a day number left out of the match ("avril" of "du 6 avril")
        links = self.data.get("name_links", ())
        if self.text[start:end].lower().split()[0] in links:  # the match may open on its link ("du 6 avril")
            return before[-1] if before else None
        return before[-2] if len(before) > 1 and before[-1] in links else None

    def names_old_event(self, start: int, end: int, first: date, last: date) -> bool:
        """Whether a day or a month without its year names an event by it ("la révolution du 25 janvier", "la
        révolution d'Octobre": `events_named_by_dates`) that the calendar would not put in the recent past: the
        event's year is then not the calendar's, and the text does not give it."""
        bounds = self.anchor.bounds()
        recent = bool(bounds) and (bounds[0] - last).days <= NAMED_DAY_RECENT and first <= bounds[1]
        return bool(bounds) and not recent and (
            self.noun_before(start, end) in self.data.get("events_named_by_dates", ()))

    def kind_ref(self, g, start, end):
        key = _SPACES.sub(" ", g["ref"].lower())
        value = self.data["refs"][key]
        before = self.word_before(start).strip("'")
        if key in self.data.get("refs_need_context", {}) and before not in self.data["refs_need_context"][key]:
            return None
        if before in self.data.get("refs_not_after", {}).get(key, ()):
            return None
        return Found(start, end, self.data.get("ref_type", "DATE"), value)

    # ---- the pass ------------------------------------------------------------------------------

    def run(self) -> list[Found]:
        found: list[Found] = []
        lex = self.lex
        text = self.text
        starts = lex.starts(text)
        next_start = 0
        while next_start < len(starts):
            origin = starts[next_start]
            next_start += 1
            m = lex.pattern.match(text, origin)
            if m is None:
                continue
            index = int(m.lastgroup[1:])
            m = rule_pattern(lex.lang, index).match(text, origin)
            item = self.normalize(m, index)
            while item is None and index + 1 < len(lex.rules):
                # The rule matched but did not hold ("2000 personnes" is no year): try the later rules here, in order.
                index += 1
                later = rule_pattern(lex.lang, index).match(text, origin)
                if later is not None:
                    m, item = later, self.normalize(later, index)
            if item is not None:
                found.append(item)
                if _DAY_VALUE.match(item.value):
                    self.last_day = date.fromisoformat(item.value[:10])
                if not item.anchored and _YEAR_VALUE.match(item.value):
                    self.last_year = int(item.value[:4])
                if _YEAR_VALUE.match(item.value):
                    self.last_told, self.last_told_end = Anchor.parse(item.value), item.end
                if not item.anchored and _MONTH_VALUE.match(item.value):
                    span = value_interval(item.value)
                    self.last_dated = (item.end, span[0], span[1]) if span else self.last_dated
                next_start = bisect_left(starts, max(m.end(), origin + 1), next_start)
        self.attach_days(found)
        self.order_chronology(found)
        return [f for f in found if f.value and is_timeml_value(f.value)]

    def order_chronology(self, found: list[Found]) -> None:
        """A chronology's entries (a day or a month opening a line, then a colon or a dash: "- 11 fév : …", "March 29 -
        …") keep its order, oldest first unless the entries with a year go newest first. An entry without its year
        takes that of the entry above it, or the next one if it would fall more than `CHRONOLOGY_SLACK` days before it
        ("May 23, 2001 - …" above "July 3 - …"); above any entry with a year, an entry the calendar put that far after
        the entry below it is a year earlier ("- 11 fév" above "- 23 nov" in a review of the year written in December
        is February past, not the coming one)."""
        entries = [f for f in found if f.type == "DATE" and _ENTRY_END.match(self.text, f.end) and _ENTRY_VALUE.match(f.value)
                   and not self.text[self.text.rfind("\n", 0, f.start) + 1:f.start].strip(_BULLETS)]
        if len(entries) < CHRONOLOGY_ENTRIES:
            return
        given = [e.value for e in entries if not e.anchored]
        step = -1 if len(given) > 1 and all(a > b for a, b in zip(given, given[1:])) else 1  # newest first: -1
        above = None
        for entry in entries:
            if entry.anchored and above is not None:
                entry.value = self.in_year(entry.value, int(above.value[:4]))
                if step * self.days_apart(entry.value, above.value) < -CHRONOLOGY_SLACK:
                    entry.value = self.in_year(entry.value, int(above.value[:4]) + step)
            if not entry.anchored or above is not None:
                above = entry
        for entry, below in zip(reversed(entries[:-1]), reversed(entries[1:])):
            earlier = self.in_year(entry.value, int(entry.value[:4]) - 1)
            if step > 0 and entry.anchored and self.days_apart(entry.value, below.value) > CHRONOLOGY_SLACK >= (
                    self.days_apart(earlier, below.value)):
                entry.value = earlier
        # a day told without its year inside an entry belongs to the entry's account, whatever the writer's day:
        # "- 10 fév : les dockers se mettent en grève. Le 21 mars, les armateurs cèdent", in a review written in December
        last_line = self.text.find("\n", entries[-1].end)
        ends = [e.start for e in entries[1:]] + [last_line if last_line >= 0 else len(self.text)]
        for entry, end in zip(entries, ends):
            told = value_interval(entry.value)
            for item in found:
                if (told and item.anchored and item.type == "DATE" and _DAY_VALUE.fullmatch(item.value)
                        and entry.end <= item.start < end):
                    month, day = int(item.value[5:7]), int(item.value[8:10])
                    tense = self.tense(item.start, item.end)
                    year = self.account_year(month, day, told[0], told[1], tense, (told[0], told[1]))
                    item.value = self.in_year(item.value, year) if year else item.value

    @staticmethod
    def in_year(value: str, year: int) -> str:
        """A day or a month value moved to `year`, unchanged when that year has no such day (29 February)."""
        moved = f"{year:04d}{value[4:]}"
        return moved if value_interval(moved) else value

    @staticmethod
    def days_apart(value: str, other: str) -> int:
        """Days from the first day of `other` to the first day of `value` (both days or months of a year)."""
        return (value_interval(value)[0] - value_interval(other)[0]).days

    def normalize(self, m: re.Match, index: int) -> Found | None:
        """The expression a match of rule `index` stands for, or None when its normalizer rejects it."""
        kind, inner = self.lex.rules[index]
        original = self.original
        g = {}
        for key in inner:
            lo, hi = m.span(key)
            g[key] = original[lo:hi] if lo >= 0 else None
        start, end = m.span()
        if "core" in inner and g["core"] is not None:
            start, end = m.span("core")
        self.year_start = m.start("year") if "year" in inner and g.get("year") else start
        try:
            return getattr(self, f"kind_{kind}")(g, start, end)
        except (ValueError, OverflowError, KeyError, IndexError, AttributeError, TypeError):
            return None

    def attach_days(self, found: list[Found]) -> None:
        """Times of day and 'la veille' take their day from the nearest day mentioned in the sentence, else the
        last one before, else the anchor. A time stamping a live report's entry ("22h05 :" opening a paragraph,
        "(Update 1:10 a.m. in Harbin, 12:10 p.m. ET)") takes only the days of its own entry, the entries above it may
        speak of any day, else the day its clock has reached on a live page (`stamp_days`)."""
        day_like = re.compile(r"^(\d{4}-\d{2}-\d{2})")
        for i, item in enumerate(found):
            if item.needs_day is None:
                continue
            day, before = None, None
            previous = found[i - 1] if i else None
            if (previous and previous.type == "SET" and item.needs_day and item.start - previous.end <= ADJACENT_CHARS
                    and _CLAUSE_TAIL.fullmatch(self.text, previous.end, item.start)):
                # the hour of what recurs ("chaque soir à 20 heures", "every day at 9 a.m."): no one day's
                item.type, item.value, item.needs_day = "SET", "XXXX-XX-XX" + item.needs_day, None
                continue
            if item.of_day:
                # "la veille du 14 juillet": the day named right after; "le lendemain de son élection": a day the
                # text does not give, no day before it
                nxt = found[i + 1] if i + 1 < len(found) else None
                hit = nxt and nxt.needs_day is None and nxt.start - item.end <= ADJACENT_CHARS and day_like.match(nxt.value)
                item.value = (date.fromisoformat(hit.group(1)) + timedelta(days=item.shift)).isoformat() if hit else ""
                item.anchored, item.needs_day = False, None
                continue
            for prev in [] if self.entry_stamp(item) else reversed(found[:i]):
                hit = day_like.match(prev.value)
                # a day that began what goes on since ("depuis le 3 mars", "since the coup on Monday") is no day told
                # as news, nor a day told in the pluperfect ("avaient pris la ville le 3 mai"), a past before the
                # news: the evening or the night spoken of next is not its own, unless itself told in the pluperfect
                if hit and (self.since(prev.start) or self.in_since_clause(prev.start) or prev.type == "DATE"
                            and self.pluperfect(prev.start, prev.end) and not self.pluperfect(item.start, item.end)):
                    continue
                if hit:
                    day, before = hit.group(1), prev
                    break
            nxt = found[i + 1] if item.shift == 0 and i + 1 < len(found) else None
            if (nxt and nxt.needs_day is None and day_like.match(nxt.value) and nxt.start - item.end <= ADJACENT_CHARS
                    and (before is None or item.start - before.end > nxt.start - item.end)):
                day = day_like.match(nxt.value).group(1)
            anchored = day is None
            if day is None and item.start in self.stamp_days:
                day = self.stamp_days[item.start].isoformat()  # a live page's stamp: the day its clock has reached
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
