"""`vigie eval events`: scoring event types against gold sentences, and the quality floor on the invented gold
sets of evaldata/events (only ever raised)."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from vigie.cli import main
from vigie.eval import events as eval_events

GOLD = Path(__file__).resolve().parents[2] / "evaldata" / "events"

# Type accuracy measured on the invented dev and held-out parts; raise it when the typing improves.
TYPE_ACCURACY_FLOOR = 0.88

# Invented sentences about fictional towns.
INVENTED = {"articles": [
    {"id": "t1", "lang": "fr", "published": "2024-03-12", "invented": True,
     "text": "L'aviation a bombardé mardi le marché de Valbrune. Le maire a appelé à la fin des frappes sur la ville.",
     "events": [{"text": "L'aviation a bombardé mardi le marché de Valbrune.", "type": "ASSAULT",
                 "hypothetical": False, "negated": False},
                {"text": "Le maire a appelé à la fin des frappes sur la ville.", "type": "REQUEST"}]},
    {"id": "t2", "lang": "en", "published": "2024-03-12", "invented": True,
     "text": "Hundreds of families fled Eastmoor on Monday.",
     "events": [{"text": "Hundreds of families fled Eastmoor on Monday.", "type": "AGREE"}]},
]}


def test_scores_per_language_and_type(tmp_path):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(INVENTED), encoding="utf-8")
    report = eval_events.run(argparse.Namespace(gold=path, errors=True))
    assert (report["events"], report["right"], report["found"]) == (3, 2, 3)
    assert report["by_lang"]["fr"]["accuracy"] == 1.0 and report["by_lang"]["en"]["accuracy"] == 0.0
    assert report["by_type"]["AGREE"]["right"] == 0
    assert report["confusions"] == {"AGREE -> DISPLACEMENT": 1}
    assert report["errors"][0]["predicted"] == "DISPLACEMENT"
    assert report["hypothetical_accuracy"] == 1.0


def test_a_gold_sentence_missing_from_its_text_stops_the_run(tmp_path):
    bad = {"articles": [{"id": "x", "lang": "fr", "text": "Une phrase inventée sans rapport aucun.",
                         "events": [{"text": "absente", "type": "ASSAULT"}]}]}
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(SystemExit):
        eval_events.run(argparse.Namespace(gold=path, errors=False))


def test_cli_prints_json(tmp_path, capsys):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(INVENTED), encoding="utf-8")
    assert main(["eval", "events", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["events"] == 3


@pytest.mark.parametrize("part", ["dev.json", "heldout.json"])
def test_quality_floor_on_the_gold_sets(part):
    report = eval_events.run(argparse.Namespace(gold=GOLD / part, errors=False))
    assert report["events"] >= 40 and report["accuracy"] >= TYPE_ACCURACY_FLOOR, report
