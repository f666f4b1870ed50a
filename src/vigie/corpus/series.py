"""Figure series: one measure (civilians killed in Idlib since December, people displaced…) followed over time.

Figures that count the same thing — same category and unit, same group counted
when it is a specific one (civilians, soldiers), same place, same period — form a
series. The period is the date the figure's time expression stands for, so that
"depuis lundi" in two articles of different weeks are two periods, and "depuis un
mois" starts a month before the article: a starting point ("since 2011") or the day
counted ("20 morts mardi"). Figures with neither a place nor a period count separate
incidents ("deux morts", "des milliers de manifestants"), not one measure: they form
no series.

Each point keeps its source (who gave the number), its outlet, its document and its
span (the first, when an article repeats the number); points are in the order they
were reported, and each says how it changed from the previous point and, when the
same identified source gave another number in an earlier article, what it revised. A source is identified by its entity, or a name in
its words ("la Ligue tarnaise des droits humains", "Reuters"); "un habitant" or
"les bilans" identify nobody. A vague quantity ("des milliers") revises nothing and
is revised by nothing.
"""
from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from vigie.corpus.words import fold, stop_words
from vigie.export import figure_id
from vigie.lang import LANGUAGES, load
from vigie.model import Analysis, Figure
from vigie.nlp.namekey import skeleton
from vigie.nlp.places import gazetteer

# Categories that are counts worth following; distances, percentages and "other" are not measures of a story, nor
# are sums of money: the amounts an article gives (a budget, a price, frozen assets, an aid pledge) each measure
# something else, and a place joined unrelated ones into one line.
SERIES_CATEGORIES = frozenset({"killed", "injured", "displaced", "refugees", "evacuated", "arrested", "troops",
                               "places", "population", "area"})
# Categories whose figures count different things by their noun: six planes and five ships are "troops", three
# villages and six countries are "places"; their series follow one noun ("villages", "chars"), never a mix.
COUNTED_BY_NOUN = frozenset({"troops", "places"})
# Categories counting what happened to people in an incident (deaths, wounds, arrests), each incident's toll its own:
# with no period, a place alone keys their series only for a running total (see `_running_total`). Evacuations, like
# displacements, add up to how many are away from home.
INCIDENT_CATEGORIES = frozenset({"killed", "injured", "arrested"})
# Categories of people who fled, counted where they went.
FLED = frozenset({"displaced", "refugees"})
# A series needs this many points to show an evolution, counts from as many articles (a vague quantity such as
# "des milliers" joins a series but does not make one).
MIN_POINTS = 2
# A quantity whose high bound is this many times its low one ("des milliers") tells an order of magnitude, not a count.
VAGUE_RATIO = 10
# How far before a time expression (in characters) the word making it a starting point is looked for: right before
# it ("depuis mars"), or opening a clause that names what began then ("since the strike at the port began in June").
SINCE_WINDOW = 90

_WORD = re.compile(r"[^\W\d_]+|\d+")
# A determiner opening a source's words, folded: "la préfecture" and "préfecture" are one source.
_DETERMINER = re.compile(r"^(?:la|le|les|l|the|un|une|a|an) ")
# Time expression values that name a period: a year, month, week, season, quarter or day ("2011", "2011-03",
# "2011-W12", "2011-SU", "2011-03-22"); a weekend counts its week ("2011-W12-WE").
_DATE_VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2}|-(?:SP|SU|FA|WI|Q[1-4]|H[12])(?!\w))?")
# What ends the clause of a figure after it (a bracket does not: "12 morts (dont 3 enfants) pendant la guerre").
_CLAUSE_END = re.compile(r"[,;:]|\s[-–—]\s")
# Durations counted back from the article's date: "depuis un mois" (P1M), "in the past 24 hours" (PT24H).
_DURATION_VALUE = re.compile(r"^P(?:(\d+)([YMWD])|T(\d+)H)$")


@cache
def _groups() -> tuple[frozenset[str], frozenset[str]]:
    """Folded nouns of specific counted groups, and generic ones ("people") that name no group."""
    specific, generic = set(), set()
    for lang in LANGUAGES:
        data = load(lang, "figures")
        specific |= {fold(w) for w in data.get("people_nouns", [])}
        generic |= {fold(w) for w in data.get("who_generic", [])}
    return frozenset(specific - generic), frozenset(generic)


@cache
def _demonyms() -> dict[str, str]:
    """Folded demonyms of single countries, singular and plural ("egyptiens", "americans"), with the country's code."""
    codes = {}
    for lang in LANGUAGES:
        for forms, code in load(lang, "names")["demonyms"].items():
            for form in forms.split("|") if code else ():
                codes[fold(form)] = codes[fold(form) + ("" if form.endswith(("s", "x")) else "s")] = code
    return codes


def _who_key(who: str | None, category: str | None = None, where: str | None = None) -> str:
    """The group a figure counts, when it names a specific one ("civils", "soldats"), and, for people who did
    not flee, a nation not the place's ("30 Roumains évacués de Madagascar", "four Americans killed in Peru",
    "12 soldats turcs tués à Vasko": not the people of the place, whom "Malgaches" in Madagascar count like
    "personnes", nor the group's every member, "20 soldats tués à Vasko"; those who fled are counted where they
    went, "6 000 Tchadiens ont fui vers le Niger", and are the people of the story); for the categories counted
    by noun, the noun counted ("villages", "avions")."""
    if not who:
        return ""
    words = _WORD.findall(fold(who))
    if category in COUNTED_BY_NOUN:
        return words[0].rstrip("sx") if words else ""
    specific, _ = _groups()
    group = next((word.rstrip("s") for word in words if word in specific), "")
    if category in FLED or not where:
        return group
    # a whole word ("U.S. citizens"; not "anti-Syrian"), capitalized, or of any case once a group is named ("soldats turcs")
    nation = next((_demonyms()[fold(w)] for w in who.replace(".", "").split()
                   if fold(w) in _demonyms() and (w[0].isupper() or group)), None)
    places = gazetteer().lookup(where) if nation else []
    foreign = nation.lower() if places and places[0].country and places[0].country != nation else ""
    return " ".join(w for w in (group, foreign) if w)


def _when_key(when: str | None) -> str:
    if not when:
        return ""
    stop = stop_words()
    return " ".join(w for w in _WORD.findall(fold(when)) if w not in stop)


def _phrase(words: str) -> str:
    """A word list's entry as a regex whose words any spacing separates: a wrapped line may break "au total"."""
    return r"\s+".join(re.escape(w) for w in words.split())


@cache
def _since_words() -> re.Pattern:
    """A since-word right before a time expression ("depuis mars"), or opening the clause that ends with it and
    names, by one of the `start_words`, what began then ("since the strike began in June", "depuis le début du siège,
    le 2 juin"), with no end of a clause between."""
    data = [load(lang, "figures") for lang in LANGUAGES]
    since = "|".join(_phrase(w) for w in sorted({w for d in data for w in d.get("since_words", [])}, key=len, reverse=True))
    start = "|".join(_phrase(w) for w in sorted({w for d in data for w in d.get("start_words", [])}, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{since})(?:\W*|\s[^.;:!?()]*(?<!\w)(?:{start})(?!\w)[^.;:!?()]*)$", re.IGNORECASE)


def _period(analysis: Analysis, figure: Figure) -> tuple[str, bool] | None:
    """The period a figure counts, from its time expression: the ISO date it stands for ("mardi" →
    "2011-03-22", and "mardi soir" too: a part of a day counts its day; "depuis un mois" → the month
    before the article), and whether that date is a starting point ("depuis 2011", a duration counted
    back). The present ("now") names no period: ("", False), as a figure with no time expression keys
    none. None when the figure has no time expression, or one naming no date."""
    if not figure.when:
        return None
    timexes = [t for t in analysis.timexes if t.text == figure.when]
    if not timexes:
        return None
    timex = min(timexes, key=lambda t: abs(t.start - figure.start))
    if timex.value == "PRESENT_REF":
        return "", False  # "now", "actuellement": what stands at the article's date, the current total
    if timex.type in ("DATE", "TIME") and not timex.value.startswith("XXXX"):
        found = _DATE_VALUE.match(timex.value)
        if not found:
            return None
        # Only after the figure: "since the siege began, 30 died on Tuesday" counts from no Tuesday.
        start = max(0, timex.start - SINCE_WINDOW, figure.end if figure.end <= timex.start else 0)
        return found.group(), bool(_since_words().search(analysis.doc.text[start:timex.start]))
    published = analysis.doc.published.date or analysis.doc.published.earliest
    duration = _DURATION_VALUE.match(timex.value) if timex.type == "DURATION" else None
    if not duration or not published or len(published) < 10:
        return None
    return _counted_back(dt.date.fromisoformat(published[:10]), duration), True


def _running_total(analysis: Analysis, figure: Figure) -> bool:
    """Whether the sentence of a figure says it counts a running total, which later articles revise: one of
    its language's `running_total_words` ("so far", "déjà") or `since_words` ("since the unrest began"), one of
    its `running_total_nouns`, a lasting conflict or epidemic, before the figure or in its own clause ("la guerre
    a fait 300 morts", "120 civils tués pendant l'insurrection"; not in a clause after it: "40 morts, les
    partisans appellent à la révolte" is one day's toll), or, where the language tells it by tense, a perfect
    ("has killed", "have all fled": one of the `running_total_auxiliaries` and a participle; French's passé
    composé tells a single incident as well)."""
    if analysis.doc.lang not in LANGUAGES:
        return True
    starts = [s for s, _ in analysis.doc.sentences]
    i = bisect.bisect_right(starts, figure.start) - 1
    start, end = analysis.doc.sentences[i] if i >= 0 else (0, len(analysis.doc.text))
    nouns = _running_total_nouns(analysis.doc.lang)
    clause = _CLAUSE_END.search(analysis.doc.text, figure.end, end)
    return bool(_running_total_words(analysis.doc.lang).search(analysis.doc.text, start, end)
                or nouns and nouns.search(analysis.doc.text, start, clause.start() if clause else end))


@cache
def _running_total_nouns(lang: str) -> re.Pattern | None:
    nouns = load(lang, "figures").get("running_total_nouns")
    return re.compile(rf"(?<!\w)(?:{'|'.join(_phrase(w) for w in nouns)})(?!\w)", re.IGNORECASE) if nouns else None


@cache
def _running_total_words(lang: str) -> re.Pattern:
    data = load(lang, "figures")
    words = "|".join(_phrase(w) for w in data.get("running_total_words", []) + data.get("since_words", []))
    forms = [words]
    if data.get("running_total_auxiliaries"):
        auxiliaries = "|".join(re.escape(w) for w in data["running_total_auxiliaries"])
        forms.append(rf"(?:{auxiliaries})(?:\s+(?:\w+ly|{words}))*(?:\s+been)?\s+[a-z]+(?:ed|en|wn|t)")
    return re.compile(rf"(?<!\w)(?:{'|'.join(forms)})(?!\w)", re.IGNORECASE)


def _counted_back(day: dt.date, duration: re.Match) -> str:
    """The date `duration` before `day`, at the duration's precision (a month back: that month)."""
    amount, unit, hours = duration.groups()
    if hours:
        return (day - dt.timedelta(hours=int(hours))).isoformat()
    amount = int(amount)
    if unit == "Y":
        return str(day.year - amount)
    if unit == "M":
        months = day.year * 12 + day.month - 1 - amount
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    return (day - dt.timedelta(days=amount * (7 if unit == "W" else 1))).isoformat()


def measure_key(figure: dict[str, Any], when: tuple[str, bool] | None = None) -> tuple[str, str, str, str, str]:
    """What a figure measures: (category, unit, group counted, place, period). The period is `when`
    (see `_period`) when given, else the words of the figure's time expression."""
    return (figure.get("category") or "other", figure.get("unit") or "",
            _who_key(figure.get("who"), figure.get("category"), figure.get("where")),
            skeleton(figure["where"]) if figure.get("where") else "",
            ("since " if when[1] else "") + when[0] if when else _when_key(figure.get("when")))


def find_series(analyses: Iterable[Analysis], min_points: int = MIN_POINTS) -> list[dict[str, Any]]:
    """Series of figures measuring the same thing across documents, most reported first.

    Each series is {id, category, unit, who, where, since, period, label, documents, points}
    (`since`: the words of a starting point, `period`: the ISO date of the period, "since "
    before a starting point), each point {figure, doc, start, end, text, value, low, high,
    approx, date, source, inferred, outlet, change, revises}: `change` is the difference with the
    previous point, `revises` the value the same identified source gave in an earlier
    article (None when it gave none).
    """
    points: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    reported: set[tuple] = set()  # (key, document, value, source) of the points: a long story has thousands of points
    labels: dict[tuple, dict[str, str | None]] = {}
    for analysis in analyses:
        doc = analysis.doc
        for index, figure in enumerate(analysis.figures):
            if figure.hypothetical or figure.category not in SERIES_CATEGORIES or figure.value is None:
                continue
            data = {"category": figure.category, "unit": figure.unit, "who": figure.who, "where": figure.where,
                    "when": figure.when}
            when = _period(analysis, figure)
            key = measure_key(data, when)
            if (not key[3] and not key[4]) or (figure.category in COUNTED_BY_NOUN and not key[2]):
                continue
            if not key[4] and figure.category in INCIDENT_CATEGORIES and not _running_total(analysis, figure):
                continue  # "23 were killed in an attack in Vasko": one day's incident, not the place's total
            labels.setdefault(key, {"who": figure.who if key[2] else None, "where": figure.where,
                                    "since": figure.when if key[4] and (not when or when[1]) else None,
                                    "period": key[4] if when and key[4] else None})
            source = figure.source.text if figure.source else None
            if (key, doc.id, figure.value, source) in reported:
                continue  # the article repeating its number ("6000", then "6.000") reports it once
            reported.add((key, doc.id, figure.value, source))
            points[key].append({
                "figure": figure_id(doc.id, index), "doc": doc.id, "start": figure.start, "end": figure.end,
                "text": figure.text, "value": figure.value, "low": figure.low, "high": figure.high,
                "approx": figure.approx, "date": doc.published.date or doc.published.earliest,
                "source": source, "source_entity": figure.source.entity if figure.source else None,
                "inferred": bool(figure.source and figure.source.inferred), "outlet": doc.source,
            })
    result = []
    for key, members in points.items():
        counted = [p for p in members if not _vague(p)]
        if len(counted) < min_points or len({p["doc"] for p in counted}) < min_points:
            continue  # orders of magnitude ("des millions") alone show no evolution
        members.sort(key=lambda p: (p["date"] or "9999", p["doc"], p["start"]))
        _mark_revisions(members)
        category, unit, _, _, _ = key
        label = labels[key]
        result.append({
            "id": "fs-" + hashlib.sha1(repr(key).encode()).hexdigest()[:12],
            "category": category, "unit": unit or None, **label,
            "label": " · ".join(x for x in (category, label["who"], label["where"],
                                            label["period"] or (f"since {label['since']}" if label["since"] else None))
                                if x),
            "documents": sorted({p["doc"] for p in members}),
            "points": members,
        })
    result.sort(key=lambda s: (-len(s["points"]), s["label"]))
    return result


def _mark_revisions(points: list[dict[str, Any]]) -> None:
    """Each point's change from the previous one that counts (an order of magnitude, "des milliers", has no
    change and is none to start from), and the number its source gave in an earlier article."""
    latest: dict[str, tuple[str, float]] = {}  # source → (document, its latest number)
    earlier: dict[str, float] = {}  # source → its latest number in an article before the current one
    previous = None
    for point in points:
        point["change"] = point["revises"] = None
        if _vague(point):
            continue
        if previous is not None:
            point["change"] = point["value"] - previous
        previous = point["value"]
        who = _identified(point)
        if not who:
            continue
        if who in latest and latest[who][0] != point["doc"]:
            earlier[who] = latest[who][1]
        if earlier.get(who, point["value"]) != point["value"]:
            point["revises"] = earlier[who]
        latest[who] = (point["doc"], point["value"])


def _identified(point: dict[str, Any]) -> str | None:
    """Who gave a point's number, when that names someone: its entity, a source named in its words, else
    the outlet of a figure attributed to nobody."""
    if point["source_entity"]:
        return point["source_entity"]
    source = point["source"]
    if not source:
        return point["outlet"]
    words = _WORD.findall(source)
    named = [w for w in words[1:] if w[0].isupper()] or (
        [w for w in words if w[0].isupper() and fold(w) not in stop_words()] if len(words) == 1 else [])
    return source_key(source) if named else None


def points_by_source(points: list[dict[str, Any]], unattributed: Callable[[dict[str, Any]], str]
                     ) -> dict[str, list[dict[str, Any]]]:
    """A series' points by who gave them, one line per source however the articles spell it ("l'OSDH",
    "l'Observatoire… (OSDH)", "le dernier bilan de l'OSDH"), named by its first spelling;
    `unattributed(point)` names the line of a point with no source (its outlet, say)."""
    lines: dict[str, list[dict[str, Any]]] = defaultdict(list)
    names: dict[str, str] = {}
    for point in points:
        source = point.get("source")
        key = point.get("source_entity") or (source_key(source) if source else "\0" + unattributed(point))
        lines[names.setdefault(key, source or unattributed(point))].append(point)
    return dict(lines)


def source_key(source: str) -> str:
    """What tells one source from another, whatever the toll's words around it: "le dernier bilan de la
    préfecture du Vaucluse" and "la préfecture du Vaucluse" are one source."""
    key = " ".join(_WORD.findall(fold(source)))
    key = _toll_lead().sub("", key) or key
    return _DETERMINER.sub("", key) or key


@cache
def _toll_lead() -> re.Pattern:
    """A toll's words before whose it is: up to two words, a toll noun (`toll_nouns`), a preposition."""
    data = [load(lang, "figures") for lang in LANGUAGES]
    nouns = sorted({fold(w) for d in data for w in d.get("toll_nouns", [])})
    links = sorted({fold(w).strip("'’") for d in data for w in d.get("source_prepositions", [])}, key=len, reverse=True)
    return re.compile(rf"^(?:\w+ ){{0,2}}(?:{'|'.join(nouns)}) (?:\w+ )?(?:{'|'.join(links)}) ")


def _vague(point: dict[str, Any]) -> bool:
    return bool(point["low"] and point["high"] and point["high"] >= VAGUE_RATIO * point["low"])
