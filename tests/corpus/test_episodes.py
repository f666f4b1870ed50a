"""Episodes: quiet weeks separate a story's runs of coverage, and bursts cut a long run (invented dates)."""
from __future__ import annotations

import datetime as dt

from vigie.corpus.episodes import episodes


def _articles(first: str, per_day: list[int]) -> list[tuple[str, str, str]]:
    """Articles published from `first` on, per_day[i] of them on the i-th day."""
    start = dt.date.fromisoformat(first)
    return [(f"{start + dt.timedelta(days=i)}#{k}", (start + dt.timedelta(days=i)).isoformat(),
             (start + dt.timedelta(days=i)).isoformat()) for i, count in enumerate(per_day) for k in range(count)]


def _spans(found: list[dict]) -> list[tuple[str, str, int]]:
    return [(e["start"], e["end"], len(e["documents"])) for e in found]


def test_episodes_are_separated_by_quiet_weeks():
    bursts = episodes([("a", "2018-09-01", "2018-09-30"), ("b", "2018-09-03", "2018-09-03"),
                       ("c", "2019-12-26", "2019-12-26"), ("d", "2019-12-16", "2019-12-31"),
                       ("e", "2020-02-01", "2020-02-29"), ("f", None, None)])
    assert [(b["start"][:7], sorted(b["documents"])) for b in bursts] == [
        ("2018-09", ["a", "b"]), ("2019-12", ["c", "d"]), ("2020-02", ["e"])]


def test_a_long_run_is_cut_where_its_coverage_bursts():
    # Ten articles a day for a week, one every third day for two months, then eight a day for five days.
    quiet = [1, 0, 0] * 20
    found = episodes(_articles("2011-02-15", [10] * 7 + quiet + [8] * 5))
    assert _spans(found) == [("2011-02-15", "2011-02-21", 70), ("2011-02-22", "2011-04-20", 20),
                             ("2011-04-23", "2011-04-27", 40)]
    assert sum(len(e["documents"]) for e in found) == 130


def test_steady_coverage_and_short_runs_stay_one_episode():
    assert len(episodes(_articles("2011-02-15", [2, 1] * 60))) == 1
    assert len(episodes(_articles("2011-02-15", [12, 1, 0, 9, 1, 14, 0, 0, 11, 3]))) == 1


def test_a_pause_of_a_few_days_between_bursts_is_part_of_them():
    found = episodes(_articles("2011-02-15", [1, 0, 0] * 10 + [9] * 6 + [1, 0, 1] + [9] * 6 + [1, 0, 0] * 10))
    assert [n for _, _, n in _spans(found)] == [10, 110, 10]


def test_the_first_and_last_days_of_a_burst_belong_to_it():
    # A story breaks with five articles, swells to fifteen a day for three weeks, then one every third day.
    found = episodes(_articles("2011-02-15", [5] + [15] * 20 + [1, 0, 0] * 15))
    assert _spans(found) == [("2011-02-15", "2011-03-07", 305), ("2011-03-08", "2011-04-19", 15)]
    # Quiet weeks, a burst, and its two fading days before the coverage stops.
    found = episodes(_articles("2011-02-15", [1, 0, 0] * 15 + [15] * 20 + [5, 4]))
    assert _spans(found) == [("2011-02-15", "2011-03-29", 15), ("2011-04-01", "2011-04-22", 309)]
