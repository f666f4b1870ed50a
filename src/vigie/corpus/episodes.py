"""Episodes: the bursts of a story's coverage, and the quieter stretches between them.

A story's articles, in date order, fall into runs separated by quiet weeks (a gap
longer than EPISODE_GAP_DAYS). A run covered day after day for months (a war, an
uprising) still has its bursts: the fall of a city brings ten articles a day, the
weeks after it one. Inside a long run, Kleinberg's two-state burst model ("Bursty
and Hierarchical Structure in Streams", 2002) reads the gaps between articles as
drawn from an exponential law at the run's mean rate or at BURST_RATE times it,
pays BURST_COST times the log of the number of articles to enter the burst state,
and finds the cheapest sequence of states (Viterbi). Each change of state starts
an episode, so that every dated article belongs to exactly one.

The two Python ports of the model on the package index (`pybursts`,
`burst_detection`) are unmaintained since 2015 and 2018, and the second needs
pandas for one array; the model is the twenty lines of `_burst_states`.
"""
from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from itertools import accumulate
from typing import Any

# A gap longer than this between consecutive articles of a story starts a new episode.
EPISODE_GAP_DAYS = 21
# Kleinberg's s: how many times the run's mean rate of articles a burst has.
BURST_RATE = 2.0
# Kleinberg's gamma: entering a burst costs this many times ln(number of articles).
BURST_COST = 1.0
# Runs shorter than this (days, first to last article) are one episode: a fortnight's coverage is one burst.
MIN_SPLIT_DAYS = 42
# A quieter stretch shorter than this (days) next to a burst belongs to its episode: a pause between two bursts, or
# the days a run opens or closes with.
MIN_LULL_DAYS = 7
# An episode cut from a longer run holds at least this many articles; fewer join the episode before.
MIN_EPISODE_DOCUMENTS = 4


def episodes(dates: Iterable[tuple[str, str | None, str | None]], gap_days: int = EPISODE_GAP_DAYS) -> list[dict[str, Any]]:
    """Episodes of a story: runs of its articles' dates with no gap longer than `gap_days`, each cut
    where its coverage enters or leaves a burst.

    `dates` are (document id, earliest, latest) ISO dates; undated documents belong
    to no episode. Each episode is {start, end, documents}.
    """
    dated = sorted((earliest[:10], (latest or earliest)[:10], doc) for doc, earliest, latest in dates if earliest)
    # Articles share days: each day is read once (a story may hold tens of thousands of articles).
    ordinal = {day: dt.date.fromisoformat(day).toordinal() for day in {day for item in dated for day in item[:2]}}
    runs: list[list[tuple[str, str, str]]] = []
    end = None
    for item in dated:
        if runs and ordinal[item[0]] - ordinal[end] <= gap_days:
            runs[-1].append(item)
            end = max(end, item[1])
        else:
            runs.append([item])
            end = item[1]
    return [{"start": part[0][0], "end": max(i[1] for i in part), "documents": [i[2] for i in part]}
            for run in runs for part in _cut(run, [ordinal[earliest] for earliest, _, _ in run])]


def _cut(run: list[tuple[str, str, str]], days: list[int]) -> list[list[tuple[str, str, str]]]:
    """A run of articles cut where its coverage enters or leaves a burst; a short run, or a burstless one,
    whole (`days`: the day number each article may first have been published)."""
    if days[-1] - days[0] < MIN_SPLIT_DAYS:
        return [run]
    states = _burst_states(days)
    # An article is in a burst when the gap before or after it is.
    burst = [bool(states[max(i - 1, 0)] or states[min(i, len(states) - 1)]) for i in range(len(run))]
    # A quieter stretch of less than MIN_LULL_DAYS next to a burst is part of it: a pause between two bursts, the
    # first days of a story before its coverage swells, the last ones as it fades.
    for start, end in _stretches(burst):
        if not burst[start] and (0 < start or end < len(run)) and days[end - 1] - days[start] < MIN_LULL_DAYS:
            burst[start:end] = [True] * (end - start)
    parts: list[list[tuple[str, str, str]]] = []
    for start, end in _stretches(burst):
        if parts and (end - start < MIN_EPISODE_DOCUMENTS or len(parts[-1]) < MIN_EPISODE_DOCUMENTS):
            parts[-1].extend(run[start:end])
        else:
            parts.append(run[start:end])
    return parts


def _stretches(flags: list[bool]) -> list[tuple[int, int]]:
    """(start, end) of each run of equal flags."""
    cuts = [i for i in range(1, len(flags)) if flags[i] != flags[i - 1]]
    return list(zip([0] + cuts, cuts + [len(flags)]))


def _burst_states(days: list[int]) -> list[int]:
    """For each gap between consecutive `days` (sorted day numbers), 1 when it falls in a burst, else 0."""
    count = len(days)
    base = count / (days[-1] - days[0] + 1)
    enter = BURST_COST * math.log(count)
    # With two states, the cheapest costs so far matter only through their difference,
    # cost[burst] - cost[base]: leaving a burst is free and entering one costs `enter`, so each
    # gap clips it to [0, enter] and adds what the gap costs more in a burst (rate * gap - ln rate
    # in each state). Each state's best state before is then read off the difference before the gap.
    more = base * (BURST_RATE - 1)
    differences = list(accumulate((more * (b - a) - math.log(BURST_RATE) for a, b in zip(days, days[1:])),
                                  lambda d, extra: min(max(d, 0.0), enter) + extra, initial=enter))
    state = 0 if differences[-1] >= 0 else 1
    states = []
    for d in reversed(differences[:-1]):
        states.append(state)
        state = 0 if d >= (enter if state else 0) else 1
    return states[::-1]
