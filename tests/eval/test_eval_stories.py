"""`vigie eval stories` on the invented datasets of evaldata/stories (and on ../shared when present)."""
from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from vigie.eval import stories

ROOT = Path(__file__).resolve().parents[2]
EVALDATA = ROOT / "evaldata" / "stories"
DATASETS = [str(EVALDATA / "fr"), str(EVALDATA / "en")]
SHARED = ROOT.parent / "shared" / "data"
needs_shared = pytest.mark.skipif(not SHARED.exists(), reason="../shared is absent (evaluation data lives there)")


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    stories.add_arguments(parser)
    return parser.parse_args(list(argv))


@pytest.fixture(scope="module")
def report():
    return stories.run(_args(*DATASETS, "--workers", "1"))


def test_report_counts_and_speed(report):
    assert report["articles"] == 21 and report["topics"] == 4
    assert report["unreadable"] == 0 and report["repeated"] == 0
    assert report["analyzed"] and report["gold"] == "topic"
    assert report["articles_per_second"] > 0 and report["seconds"] >= report["cluster_seconds"]
    assert set(report["per_topic"]) == {"orvane-flood", "karvenia-election", "greystone-strike",
                                        "saint-aubry-cyberattack"}
    assert report["per_topic"]["orvane-flood"]["languages"] == {"en": 3, "fr": 4}


def test_four_invented_stories_of_one_fortnight_neither_mixed_nor_split(report):
    # each story is told in French and English but the hospital one; all run in the same weeks
    assert report["homogeneity"] == 1.0 and report["bcubed"]["p"] == 1.0
    assert report["stories"] == 4 and report["completeness"] == 1.0
    assert all(t["stories"] == 1 for t in report["per_topic"].values())


def test_per_dataset_gold_counts_each_language_apart():
    result = stories.run(_args(*DATASETS, "--per-dataset", "--no-analyze"))
    assert result["gold"] == "dataset/topic" and result["topics"] == 7
    assert "fr/orvane-flood" in result["per_topic"] and "en/orvane-flood" in result["per_topic"]
    # the stories join both languages, so against per-language gold they are complete but not homogeneous
    assert result["completeness"] == 1.0 and result["homogeneity"] < 1.0


def test_part_and_rest_split_the_articles():
    part = stories.run(_args(*DATASETS, "--no-analyze", "--part", "0/3"))
    rest = stories.run(_args(*DATASETS, "--no-analyze", "--rest", "0/3"))
    assert 0 < part["articles"] < 21 and part["articles"] + rest["articles"] == 21
    with pytest.raises(SystemExit):
        stories.run(_args(*DATASETS, "--part", "3/3"))


def test_topics_option_and_empty_input(tmp_path):
    only = stories.run(_args(*DATASETS, "--no-analyze", "--topics", "greystone-strike"))
    assert only["articles"] == 5 and only["topics"] == 1
    with pytest.raises(SystemExit):
        stories.run(_args(str(tmp_path)))


def test_bad_lines_are_skipped_and_counted(tmp_path):
    topic = tmp_path / "invented" / "dorval-fire"
    topic.mkdir(parents=True)
    (topic / "articles.jsonl").write_text(
        '{"id": "a", "time": "2024-05-02", "text": "Invented: a fire destroyed a warehouse in Dorval on Thursday."}\n'
        '{not json\n{"id": "b", "time": "2024-05-03"}\n'
        '{"id": "c", "time": "2024-05-02", "text": "Invented: a fire destroyed a warehouse in Dorval on Thursday."}\n',
        encoding="utf-8")
    result = stories.run(_args(str(tmp_path / "invented"), "--no-analyze"))
    assert result["articles"] == 1 and result["unreadable"] == 2 and result["repeated"] == 1


def test_scores_on_hand_made_labels():
    perfect = stories.score(["a", "a", "b"], ["x", "x", "y"])
    assert perfect["v_measure"] == 1.0 and perfect["bcubed"] == {"p": 1.0, "r": 1.0, "f": 1.0}
    merged = stories.score(["a", "a", "b", "b"], ["x", "x", "x", "x"])
    assert merged["homogeneity"] == 0.0 and merged["completeness"] == 1.0 and merged["bcubed"]["p"] == 0.5
    split = stories.score(["a", "a", "a", "a"], ["x", "x", "y", "z"])
    assert split["homogeneity"] == 1.0 and split["bcubed"]["r"] == pytest.approx((2 * 0.5 + 2 * 0.25) / 4, abs=1e-4)


@needs_shared
def test_ml_crisis_fr_floor():
    # measured on the three French topics, documents only (no analysis): homogeneity 0.827, completeness 0.728,
    # V 0.774, B-cubed F 0.918 (with a higher bar for small corpora: 0.916, 0.531, 0.672, 0.831); raise, never lower
    result = stories.run(_args(str(SHARED / "ml-crisis-fr"), "--no-analyze"))
    assert result["articles"] >= 230
    assert result["homogeneity"] >= 0.82 and result["completeness"] >= 0.72
    assert result["v_measure"] >= 0.77 and result["bcubed"]["f"] >= 0.91
