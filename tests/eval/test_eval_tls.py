"""`vigie eval tls` on a tiny invented dataset in the Timeline17 layout (tests/fixtures/tls)."""
from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

import pytest

from vigie.cli import main
from vigie.eval import tls

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "tls"
SHARED_T17 = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "t17"


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    tls.add_arguments(parser)
    return parser.parse_args(list(argv))


@pytest.fixture(scope="module")
def report():
    return tls.run(_args(str(FIXTURES)))


def test_report_has_every_topic_and_overall_scores(report):
    assert set(report["topics"]) == {"orvane", "kestrel"}
    assert report["overall"]["timelines"] == 2
    for scores in [report["overall"], *report["topics"].values()]:
        for measure in ("rouge_1", "rouge_2", "date"):
            assert set(scores[measure]) == {"p", "r", "f"}
            assert all(0.0 <= v <= 1.0 for v in scores[measure].values())


def test_the_invented_days_are_found(report):
    # every gold day is named by several articles; the strike deal is named once, on its day
    assert report["topics"]["orvane"]["date"]["f"] >= 2 / 3
    assert report["topics"]["kestrel"]["date"]["f"] == 1.0
    assert report["overall"]["rouge_1"]["f"] > 0.1


def test_protocol_restricts_input_and_sets_l_and_k(monkeypatch):
    calls = []
    real = tls.summarize_timeline

    def spy(items, max_dates, max_sentences, **kw):
        calls.append((list(items), max_dates, max_sentences, kw))
        return real(items, max_dates, max_sentences, **kw)

    monkeypatch.setattr(tls, "summarize_timeline", spy)
    tls.run(_args(str(FIXTURES), "--topics", "kestrel", "--no-keywords"))
    ((items, max_dates, max_sentences, kw),) = calls
    assert (max_dates, max_sentences) == (2, 1)
    assert kw["start"] == dt.date(2022, 6, 1) and kw["end"] == dt.date(2022, 6, 9)
    assert kw["query"] is None
    # only articles published inside the gold span are read
    assert {i.published for i in items} <= {dt.date(2022, 6, 1), dt.date(2022, 6, 2), dt.date(2022, 6, 9)}


def test_k_is_rounded_like_news_tls(tmp_path):
    topic = tmp_path / "t"
    topic.mkdir()
    (topic / "articles.jsonl").write_text(json.dumps(
        {"id": "a", "time": "2020-01-01", "text": "Invented floods hit the town of Brill on Wednesday ."}) + "\n")
    # 5 sentences over 2 dates: 2.5, which Python rounds to 2 (banker's rounding, as news-tls does)
    gold = [["2020-01-01", ["a .", "b .", "c ."]], ["2020-01-02", ["d .", "e ."]]]
    (topic / "timelines.jsonl").write_text(json.dumps(gold) + "\n")
    seen = []
    loaded = tls.load_topic(topic)
    original = tls.summarize_timeline
    try:
        tls.summarize_timeline = lambda items, l, k, **kw: seen.append((l, k)) or original(items, l, k, **kw)
        tls.evaluate_topic(loaded)
    finally:
        tls.summarize_timeline = original
    assert seen == [(2, 2)]


def test_cli_prints_json(capsys):
    assert main(["eval", "tls", str(FIXTURES), "--topics", "orvane"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert list(out["topics"]) == ["orvane"]


def test_stories_scores_the_sentences_a_story_timeline_takes():
    plain, stories = tls.run(_args(str(FIXTURES))), tls.run(_args(str(FIXTURES), "--stories"))
    assert (plain["sentences"], stories["sentences"]) == ("timeline", "stories")
    assert set(stories["topics"]) == {"orvane", "kestrel"}
    assert stories["topics"]["kestrel"]["date"]["f"] == 1.0


def test_missing_dataset_says_what_to_do(tmp_path):
    with pytest.raises(SystemExit, match="timelines.jsonl"):
        tls.run(_args(str(tmp_path)))


@pytest.mark.shared
@pytest.mark.skipif(not SHARED_T17.exists(), reason="../shared is absent (evaluation data lives there)")
def test_quality_floor_on_one_t17_topic():
    scores = tls.run(_args(str(SHARED_T17), "--topics", "haiti"))["overall"]
    # floors measured on this topic, only ever raised
    assert scores["date"]["f"] >= 0.8
    assert scores["rouge_1"]["f"] >= 0.15


def _scores(r1: float, r2: float) -> dict:
    from vigie.eval.rouge import PRF
    return {"rouge_1": PRF(r1, r1, r1), "rouge_2": PRF(r2, r2, r2), "date": PRF(0.5, 0.5, 0.5)}


def test_leave_one_topic_out_scores_each_topic_with_the_setting_chosen_on_the_others():
    # invented scores: "sharp" wins on topics a and b by far, loses on c; "flat" is the reference
    runs = {
        "flat": [("a", _scores(0.10, 0.02)), ("b", _scores(0.10, 0.02)), ("c", _scores(0.10, 0.02))],
        "sharp": [("a", _scores(0.20, 0.04)), ("b", _scores(0.20, 0.04)), ("c", _scores(0.01, 0.001))],
    }
    held_out, chosen = tls.leave_one_topic_out(runs)
    # without c, sharp wins; without a (or b), sharp still wins on b (or a) more than it loses on c
    assert chosen == {"a": "sharp", "b": "sharp", "c": "sharp"}
    assert [s["rouge_1"].f_score for s in held_out] == [0.20, 0.20, 0.01]
    # a setting that only wins on the held-out topic is never chosen for it
    runs["lucky"] = [("a", _scores(0.9, 0.9)), ("b", _scores(0.0, 0.0)), ("c", _scores(0.0, 0.0))]
    _, chosen = tls.leave_one_topic_out(runs)
    assert chosen["a"] != "lucky"


def test_leave_one_topic_out_keeps_the_reference_on_ties_and_rejects_misaligned_runs():
    same = [("a", _scores(0.1, 0.02)), ("b", _scores(0.1, 0.02))]
    _, chosen = tls.leave_one_topic_out({"current": same, "other": list(same)})
    assert chosen == {"a": "current", "b": "current"}
    with pytest.raises(ValueError):
        tls.leave_one_topic_out({"current": same, "other": same[:1]})


def test_summary_averages_precision_and_recall_before_f():
    report = tls.summary([_scores(0.2, 0.04), _scores(0.0, 0.0)])
    assert report["timelines"] == 2
    assert report["rouge_1"] == {"p": 0.1, "r": 0.1, "f": 0.1}
