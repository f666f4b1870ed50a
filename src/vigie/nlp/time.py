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

import re
from bisect import bisect_left
from datetime import date, timedelta

from vigie.model import Document, Published, SentenceTime, Timex
from vigie.nlp.timex.lexicon import LANGS, guess_lang, lexicon
from vigie.nlp.timex.tagger import Tagger
from vigie.nlp.timex.values import Anchor, is_timeml_value, value_interval

# A report dated by a weekday and a day of month ("lundi 3 septembre") is
# published that day or within the two following days (daily news cycle).
REPORT_DELAY_DAYS = 2
# A weekday-dated expression without a year is solved only this many years
# around the latest year the text mentions (articles speak of recent years);
# further away, the weekday alone is too weak to pick a year.
YEAR_PROXIMITY = 1

_TWEET_DATELINE = re.compile(r"\(@\w+\)\s*[-–—]?\s*$")
_SINCE = re.compile(r"(?:depuis|dès|since|from)\s+$", re.IGNORECASE)


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
    code = lang if lang in LANGS else guess_lang(text)
    tagger = Tagger(text, Anchor.parse(anchor), lexicon(code))
    return [Timex(f.start, f.end, text[f.start:f.end], f.type, f.value, f.mod, f.anchored) for f in tagger.run()]


def _published_bounds(published: Published) -> tuple[date, date] | None:
    lo = Anchor.parse(published.earliest or published.date).bounds()
    hi = Anchor.parse(published.latest or published.date).bounds()
    if lo is None or hi is None:
        return None
    return lo[0], hi[1]


# ---- dating documents -------------------------------------------------------------------------------


def tag_document(doc: Document, anchor: str | None = None) -> list[Timex]:
    """`find_timexes` over a whole document, the paragraphs in another language than the document's read again
    with their own rules.

    `anchor` defaults to the document's publication date. A French article quoting
    an English tweet gets the tweet's dateline read with the English rules. The
    document is read whole first: an expression may take its day from an earlier
    paragraph ("la veille", a live page's stamps), in whatever language.
    """
    anchor = anchor if anchor is not None else doc.published.date
    lang = doc.lang if doc.lang in LANGS else guess_lang(doc.text or "")
    found = find_timexes(doc.text, anchor, lang)
    langs = doc.paragraph_langs if len(doc.paragraph_langs) == len(doc.paragraphs) else []
    others = [(start, end, plang) for (start, end), plang in zip(doc.paragraphs, langs) if plang in LANGS and plang != lang]
    if not others:
        return found
    found = [t for t in found if not any(start <= t.start < end for start, end, _ in others)]
    for start, end, plang in others:
        found.extend(Timex(t.start + start, t.end + start, t.text, t.type, t.value, t.mod, t.anchored)
                     for t in find_timexes(doc.text[start:end], anchor, plang))
    return sorted(found, key=lambda t: t.start)


def _weekday_dated(timexes: list[Timex], lang: str, bounds: tuple[date, date] | None):
    """(day, reason) for each expression that names a weekday and a day of month that agree ("lundi 3 septembre")."""
    lex = lexicon(lang)
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
    lang = doc.lang if doc.lang in LANGS else guess_lang(doc.text or "")
    if timexes is None:
        timexes = tag_document(doc)
    bounds = _published_bounds(published)
    lo, hi = bounds if bounds else (None, None)
    best, evidence = None, []
    tagger = Tagger(doc.text, Anchor(), lexicon(lang))
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
    if not evidence and bounds is None:
        return _latest_period(timexes, tagger, published)
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


def _latest_period(timexes: list[Timex], tagger: Tagger, published: Published) -> Published:
    """Without metadata or a dated day, the latest month or year the text mentions as past: written then or after."""
    periods = [t for t in timexes if t.type == "DATE" and not t.anchored and re.fullmatch(r"\d{4}(?:-\d{2})?", t.value)
               and tagger.tense(t.start, t.end) <= 0]
    if not periods:
        return published
    latest = max(periods, key=lambda t: (t.value[:4], t.value[5:7] or "00"))
    precision = "month" if len(latest.value) == 7 else "year"
    return Published(
        date=latest.value,
        earliest=latest.value + ("-01" if precision == "month" else "-01-01"),
        precision=precision,
        inferred=True,
        evidence=list(published.evidence) + [f"mentions “{latest.text}” ({latest.value}) as past, the latest period it names"],
        provenance="text",
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
    if doc_bounds and doc_bounds[0] != doc_bounds[1] and doc_precision == "day":
        # A best-guess day inside a longer interval: the sentence is known to the interval only.
        doc_precision = "week" if (doc_bounds[1] - doc_bounds[0]).days < 7 else "month"
    ordered = sorted(range(len(timexes)), key=lambda i: timexes[i].start)
    ordered_starts = [timexes[i].start for i in ordered]
    # Most sentences name no time of their own and take the document's interval.
    doc_lo, doc_hi = (doc_bounds[0].isoformat(), doc_bounds[1].isoformat()) if doc_bounds else (None, None)
    result = []
    cursor = 0
    for start, end in doc.sentences:
        cursor = bisect_left(ordered_starts, start, cursor)
        chosen = None
        for j in range(cursor, bisect_left(ordered_starts, end, cursor)):
            t = timexes[ordered[j]]
            if t.type in ("DATE", "TIME"):
                interval = value_interval(t.value, t.mod)
                if interval and (chosen is None or (interval[2] == "day" and chosen[1][2] != "day")):
                    chosen = (ordered[j], interval)
                    if interval[2] == "day":
                        break
        if chosen:
            index, (lo, hi, precision) = chosen
            t = timexes[index]
            if doc_bounds and _SINCE.search(doc.text[max(0, t.start - 10):t.start]) and doc_bounds[1] > hi:
                hi = doc_bounds[1]
            result.append(SentenceTime(start, end, lo.isoformat(), hi.isoformat(), precision, index))
        elif doc_bounds:
            result.append(SentenceTime(start, end, doc_lo, doc_hi, doc_precision, None))
        else:
            result.append(SentenceTime(start, end, None, None, None, None))
    return result


def reanchor(published: Published, before: Published) -> bool:
    """True when dating the document changed the date relative expressions should be anchored on."""
    return (published.date, published.precision) != (before.date, before.precision)


__all__ = ["find_timexes", "tag_document", "date_document", "date_sentences", "is_timeml_value", "value_interval", "reanchor"]
