"""`vigie eval quotes` and `vigie eval figures`: matching, name comparison, gold loading, and the quality
floors on the invented gold sets of evaldata/ (only ever raised)."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from vigie.cli import main
from vigie.eval import figures as eval_figures
from vigie.eval import quotes as eval_quotes
from vigie.eval.quotes import gold_span, load_gold, match_spans, same_name

ROOT = Path(__file__).resolve().parents[2]
QUOTES_GOLD = ROOT / "evaldata" / "quotes"
FIGURES_GOLD = ROOT / "evaldata" / "figures"

# Floors measured on the invented gold sets; raise them when the extractors improve.
QUOTE_F1_FLOOR = 0.95
SPEAKER_FLOOR = 0.90
FIGURE_F1_FLOOR = 0.95
VALUE_CATEGORY_SOURCE_FLOOR = 0.88

INVENTED = {
    "articles": [{
        "id": "t1", "lang": "fr", "published": "2024-02-01", "invented": True,
        "text": "« Nous tiendrons », a déclaré la maire, Inès Perrin. Au moins 12 personnes ont été blessées, "
                "selon les pompiers.",
        "quotes": [{"text": "Nous tiendrons", "kind": "direct", "speaker": "Inès Perrin", "lang": "fr"},
                   {"text": "Au moins 12 personnes ont été blessées", "kind": "indirect", "speaker": "les pompiers",
                    "lang": "fr"}],
        "figures": [{"text": "Au moins 12", "value": 12, "category": "injured", "source": "les pompiers",
                     "approx": True, "hypothetical": False, "parent": None}],
    }]
}


def test_same_name_tolerates_articles_accents_containment_and_acronyms():
    assert same_name("Ines Perrin", ["Inès Perrin"])
    assert same_name("l'OSDH", ["OSDH"])
    assert same_name("Observatoire syrien des droits de l'homme", ["l'Observatoire syrien des droits de l'Homme (OSDH)"])
    assert same_name("OSDH", ["Observatoire syrien droits homme"])
    assert same_name("un habitant du quartier", ["un habitant"])
    assert not same_name("Inès Perrin", ["Paul Granier"])
    assert same_name(None, [])
    assert not same_name(None, ["Paul Granier"])


def test_match_spans_is_one_to_one_best_first():
    assert sorted(match_spans([(0, 10), (20, 30)], [(0, 10), (2, 10), (21, 30)], 0.5)) == [(0, 0), (1, 2)]
    assert match_spans([(0, 10)], [(8, 30)], 0.5) == []


def test_gold_span_whole_words_and_occurrence():
    text = "Vingt-trois blessés, dont trois graves; trois morts."
    assert gold_span(text, {"text": "trois"}) == (26, 31)
    assert gold_span(text, {"text": "trois", "occurrence": 1}) == (40, 45)
    assert gold_span(text, {"text": "trois", "occurrence": 2}) is None


def test_load_gold_reports_bad_input(tmp_path):
    with pytest.raises(SystemExit):
        load_gold(tmp_path / "missing.json", "quotes")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"articles": [{"id": "x", "text": "t"}]}), encoding="utf-8")
    with pytest.raises(SystemExit):
        load_gold(bad, "figures")


def test_scores_on_an_invented_article(tmp_path):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(INVENTED), encoding="utf-8")
    q = eval_quotes.run(argparse.Namespace(gold=path, errors=True))
    assert (q["gold"], q["matched"], q["speaker_accuracy"]) == (2, 2, 1.0)
    f = eval_figures.run(argparse.Namespace(gold=path, errors=True))
    assert (f["gold"], f["matched"], f["value_category_source_accuracy"]) == (1, 1, 1.0)


def test_cli_prints_json(tmp_path, capsys):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(INVENTED), encoding="utf-8")
    assert main(["eval", "quotes", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["f1"] == 1.0
    assert main(["eval", "figures", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["matched"] == 1


def test_quality_floors_on_the_gold_sets():
    q = eval_quotes.run(argparse.Namespace(gold=QUOTES_GOLD, errors=False))
    assert q["articles"] >= 15 and q["f1"] >= QUOTE_F1_FLOOR and q["speaker_accuracy"] >= SPEAKER_FLOOR, q
    f = eval_figures.run(argparse.Namespace(gold=FIGURES_GOLD, errors=False))
    assert f["articles"] >= 15 and f["f1"] >= FIGURE_F1_FLOOR, f
    assert f["value_category_source_accuracy"] >= VALUE_CATEGORY_SOURCE_FLOOR, f
