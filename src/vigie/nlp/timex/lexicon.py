"""The rules of one language: word lists from babel and `lang/<lang>/time.json`, compiled into one pattern."""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

from babel.dates import get_day_names, get_month_names

LANGS = ("fr", "en")

# How many words after a function word ("il y a plus de 20 ans") the time word may come.
FUNCTION_REACH = 4

_PLACEHOLDER = re.compile(r"\{([A-Z]+)\}")
_GROUP = re.compile(r"\(\?P<(\w+)>")
_LOOKALIKES = (("\u2019", "'"), ("\u02bc", "'"), ("\u2018", "'"), ("\u2011", "-"), ("\u2010", "-"))
_ESCAPE_OR_NAME = re.compile(r"\\.|\(\?P<\w+>")


def fold(word: str) -> str:
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
class Lexicon:
    lang: str
    data: dict
    months: dict[str, int]
    weekdays: dict[str, int]
    pattern: re.Pattern  # the pass: which rule matches where, without the rule's pieces (see `rule_pattern`)
    content_start: re.Pattern  # where a word that carries time starts: the pass's gate, first half
    chain_start: re.Pattern  # where a function word starts whose chain of words ends where the search ends: second half
    chain_back: re.Pattern  # on the reversed text, the words a chain may hold before a word that carries time
    rules: tuple[tuple[str, tuple[str, ...]], ...]  # (kind, its named pieces)
    clause_end: re.Pattern  # the end of a sentence or a clause; not the point of a title ("M. Dupont")
    last_clause_end: re.Pattern  # the last one in a window
    future: re.Pattern
    past: re.Pattern
    weekday_in: re.Pattern
    month_year: re.Pattern  # a month followed by its year ("mars 2011", "March, 2011"), on lowercased text
    day_stamp: re.Pattern | None  # a live page's entry stamp, opening its line ("(9:12 p.m. ET Thursday)", "22h05 :")
    stamp_clock: re.Pattern | None  # a clock inside such a stamp: its hour and minute, or noon
    line_clock: re.Pattern | None  # a bare 24-hour clock opening a line, as some live pages stamp entries ("\n2143 Rescuers …")
    contract_after: re.Pattern | None  # what follows a month naming a contract ("crude futures", "delivery")
    contract_before: re.Pattern | None  # what precedes it ("futures for ", "livraison en ")
    clock_after: re.Pattern | None  # what follows a four-digit 24-hour clock ("1653 local time", "1653 (2153 GMT)"), no year
    trip_after: re.Pattern | None  # what follows a count of hours telling a distance ("à 2 heures de route"), no clock
    this_year: re.Pattern | None  # a year told from the writer's after a month ("March this year", "June last year")
    appeal: re.Pattern | None  # a verb calling for what is to come ("called for", "appelle à"): the future for what follows it
    limit_ahead: re.Pattern | None  # a modal or a verb setting a term before a limit ("could last until", "postponed until")
    neighbor_of: re.Pattern | None  # what follows "la veille", "the day after" naming the day it is counted from ("du", "the")
    participle_before: re.Pattern | None  # a past participle right before a day, after a noun ("adoptée jeudi")
    since_clause: re.Pattern | None  # a clause opened by "since", "depuis" up to a day ("depuis l'arrestation du maire ")
    earliest_before: re.Pattern | None  # the earliest a weekday may come ("as early as ", "as soon as "): it is ahead
    record_before: re.Pattern | None  # a superlative before "in" and a count ("the lowest level in 16 years"): a span
    later_clause: re.Pattern | None  # "avant de", "avant que": its clause tells what follows the main clause's event
    era_of_name: re.Pattern | None  # "la Libye de " before "demain": the country's future, no day
    sudden_after: re.Pattern | None  # "'s earthquake" after a day: it names something nobody announces
    sudden_before: re.Pattern | None  # "le séisme de " before a day
    term_after: re.Pattern | None  # " deadline" after a day: the term of a deadline, set ahead
    term_before: re.Pattern | None  # "l'ultimatum expirant " before a day
    dirs: dict[str, int]
    wide_months: frozenset[str]
    alternatives: tuple[str, ...]  # each rule's pattern with its named pieces, in the order rules are tried

    def starts(self, text: str) -> list[int]:
        """The positions of `text` (lowered) where the pass's gate lets a rule be tried, in order.

        The gate tried at every word costs most of the pass; a word that carries time is rarer than a function
        word, so those are found first, and the function words only among the few words before each of them
        (walked back on the reversed text)."""
        found = set()
        reverse = text[::-1]
        size = len(text)
        for m in self.content_start.finditer(text):
            at = m.start()
            found.add(at)
            back = self.chain_back.match(reverse, size - at)
            if back:
                for chain in self.chain_start.finditer(text, size - back.end(), at):
                    found.add(chain.start())
        return sorted(found)


@cache
def rule_data(lang: str) -> dict:
    return json.loads(resources.files("vigie").joinpath(f"lang/{lang}/time.json").read_text(encoding="utf-8"))


@cache
def lexicon(lang: str) -> Lexicon:
    data = rule_data(lang)
    months: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for number, name in get_month_names(width, locale=lang).items():
            for form in (name.lower().rstrip("."), fold(name.lower().rstrip("."))):
                months[form] = number
    for name, number in data["months_extra"].items():
        months[name] = number
        months[fold(name)] = number
    weekdays: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for number, name in get_day_names(width, locale=lang).items():
            if len(name.rstrip(".")) > 3 or width == "wide":
                weekdays[name.lower().rstrip(".")] = number
    for name, number in data.get("weekdays_extra", {}).items():
        weekdays[name] = number
    wide_names = {n.lower() for n in get_month_names("wide", locale=lang).values()}
    wide = {form for form in months if form in wide_names or form in {fold(n) for n in wide_names}}
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
        "NAMEDDAY": "(?:" + _alternation(data["named_day_forms"]) + ")",
    }
    alternatives, rules, unnamed = [], [], []
    for index, rule in enumerate(data["rules"]):
        name = f"r{index}"
        body = _PLACEHOLDER.sub(lambda m: pieces[m.group(1)], rule["pattern"])
        unnamed.append(f"(?:{_GROUP.sub('(?:', body)})(?P<{name}>)")
        alternatives.append(body)
        rules.append((rule["kind"], tuple(_GROUP.findall(body))))
    # Rules are only tried where a word that carries time starts, or a function word
    # ("la", "il", "the") that a few words later reaches one: a small fraction of all words.
    function = {w.lower() for w in data["function_words"]}
    content = set()
    for word in [*months, *weekdays, *data["units"], *data["relative_days"], *data["refs"], *data["set_adjectives"],
                 *data["holidays"], *data["seasons"], *data["number_words"], *data["vague_numbers"],
                 *data["fixed_durations"], *data["mods"], *data["parts_of_day"], *data.get("relphrases", {}),
                 *data["neighbors"], *data["named_times"], *data["set_units"], *data["extra_content_words"]]:
        content.update(t for t in re.split(r"[\s']+", word.lower()) if t and t not in function)
    # Words that are both ("second"): listed as content on purpose, they start a match on their own.
    content.update(w.lower() for w in data["extra_content_words"])
    # A number, a Roman century ("XXe siècle") or a time word (plurals too: "tous les jeudis"). Each
    # alternative opens on a character or a set, which lets the engine pass over it in one test.
    content_alt = r"\d|'\d|[ivxl][ivxl]*(?:e|è|ème)\s+si|(?:" + _alternation(content) + r")s?(?:(?<=')|(?!\w))"
    chain = "(?:" + _alternation(function) + rf")(?:(?<=')|\s+)(?:[^\W\d][\w-]*(?:'|\s+)){{0,{FUNCTION_REACH}}}?"
    starts = r"(?<![\w-])(?=" + content_alt + "|" + chain + "(?:" + content_alt + "))"
    # The pass only tells which rule matches where, by an empty group closing the rule; the rule is
    # then matched alone for its pieces (`rule_pattern`). The pieces' groups in the pass cost a fifth
    # of it: the engine saves and restores the marks of all of them at every rule it tries. A group
    # opening a rule would also keep the engine from passing over, in one test of its first
    # character, a rule that opens on a word or a character set.
    pattern = re.compile(_lower_pattern(starts + "(?:" + "|".join(unnamed) + ")"))
    # the point first: the titles are looked behind only at a point
    clause_end = r"(?:[!?\n;]|\." + "".join(rf"(?<!\b{re.escape(title)}\.)" for title in data.get("titles", ())) + ")"
    sudden = data.get("sudden_events", {})
    nouns = "(?:" + _alternation(sudden.get("nouns", ())) + ")"
    sudden_after, sudden_before = (re.compile(_lower_pattern(sudden[side].replace("{NOUN}", nouns)))
                                   if side in sudden else None for side in ("after", "before"))
    terms = data.get("terms", {})
    term_nouns = "(?:" + _alternation(terms.get("nouns", ())) + ")"
    term_after, term_before = (re.compile(_lower_pattern(terms[side].replace("{NOUN}", term_nouns)))
                               if side in terms else None for side in ("after", "before"))
    return Lexicon(
        lang=lang,
        data=data,
        months=months,
        weekdays=weekdays,
        pattern=pattern,
        # opened by a class of the first characters, the engine passes over any other character in one test; the
        # word is then checked to start there, and the whole expression read from it
        content_start=re.compile(_lower_pattern(r"[\d'ivxl" + re.escape("".join(sorted({w[0] for w in content})))
                                                + r"](?<![\w-].)(?<=(?=" + content_alt + ").)")),
        chain_start=re.compile(_lower_pattern(r"(?<![\w-])(?=" + chain + r"\Z)")),
        # as many words back as the reach and the longest function word ("jusqu'à": two)
        chain_back=re.compile(r"(?:(?:\s+'?|')[\w-]+){1,%d}" % (
            FUNCTION_REACH + max(len(re.split(r"[\s']+", w.strip("'"))) for w in function))),
        rules=tuple(rules),
        clause_end=re.compile(clause_end),
        last_clause_end=re.compile(".*" + clause_end, re.DOTALL),
        future=re.compile(_lower_pattern(data["future_cue"])),
        past=re.compile(_lower_pattern(data["past_cue"])),
        weekday_in=re.compile(r"\b(" + _alternation(weekdays) + r")\b", re.IGNORECASE),
        day_stamp=re.compile(data["day_stamp"], re.MULTILINE) if data.get("day_stamp") else None,
        stamp_clock=re.compile(data["stamp_clock"]) if data.get("stamp_clock") else None,
        line_clock=re.compile(data["line_clock"]) if data.get("line_clock") else None,
        contract_after=re.compile(data["contract_after"]) if data.get("contract_after") else None,
        contract_before=re.compile(data["contract_before"]) if data.get("contract_before") else None,
        clock_after=re.compile(data["clock_after"]) if data.get("clock_after") else None,
        trip_after=re.compile(_lower_pattern(data["trip_after"])) if data.get("trip_after") else None,
        appeal=re.compile(data["appeal_cue"]) if data.get("appeal_cue") else None,
        limit_ahead=re.compile(_lower_pattern(data["limit_ahead_cue"])) if data.get("limit_ahead_cue") else None,
        participle_before=re.compile(data["participle_before"]) if data.get("participle_before") else None,
        neighbor_of=re.compile(data["neighbor_of"]) if data.get("neighbor_of") else None,
        this_year=re.compile(data["this_year"]) if data.get("this_year") else None,
        month_year=re.compile(_lower_pattern(r"(?<![\w-])(?P<month>" + month_alt + r")\s*,?\s+(?P<year>" + pieces["YEAR"] + ")")),
        since_clause=re.compile(_lower_pattern(data["backdrop_since"]) + r"\Z") if data.get("backdrop_since") else None,
        earliest_before=re.compile(_lower_pattern(data["earliest_before"]) + r"\Z") if data.get("earliest_before") else None,
        record_before=re.compile(_lower_pattern(data["record_before"]) + r"\Z") if data.get("record_before") else None,
        later_clause=re.compile(_lower_pattern(data["later_clause"])) if data.get("later_clause") else None,
        era_of_name=re.compile(data["era_of_name"] + r"\Z") if data.get("era_of_name") else None,
        sudden_after=sudden_after,
        sudden_before=sudden_before,
        term_after=term_after,
        term_before=term_before,
        dirs=dirs,
        wide_months=frozenset(wide),
        alternatives=tuple(alternatives),
    )


@cache
def rule_pattern(lang: str, index: int) -> re.Pattern:
    """Rule `index` alone, with its named pieces: matched again where the pass found it, or tried
    where an earlier rule matched but did not hold.

    One rule at a time, compiled when first needed: an alternation of all the rules after
    each rule that failed cost a compilation of nearly the whole pattern per rule (0.1 to
    0.3 s of CPU per process), and trying the few later rules one by one is as fast."""
    return re.compile(_lower_pattern(lexicon(lang).alternatives[index]))


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


def plain(text: str) -> str:
    """Lowercased text with typographic apostrophes and hyphens made plain, offsets unchanged."""
    for fancy, plain in _LOOKALIKES:
        if fancy in text:
            text = text.replace(fancy, plain)
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def guess_lang(text: str) -> str:
    """French or English from a few function words (cheap; the caller usually knows)."""
    sample = text[:2000].lower()
    english = len(re.findall(r"\b(?:the|of|and|to|in|is|was|on)\b", sample))
    french = len(re.findall(r"\b(?:le|la|les|des|du|et|est|une|dans)\b", sample))
    return "en" if english > french else "fr"
