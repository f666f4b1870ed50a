"""The TimeML reader and TempEval-3 scorer of `vigie eval timex`, and the quality floors it guards.

The TimeML snippets here are invented for the tests.
"""
from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from vigie.eval.timex import add_arguments, evaluate, read_tml, run, score
from vigie.model import Timex

ROOT = Path(__file__).resolve().parents[2]
FTB = ROOT.parent / "shared" / "data" / "fr-timebank" / "dev"
EN_DEV = ROOT / "evaldata" / "timex_en"

INVENTED = """<?xml version="1.0" encoding="UTF-8"?>
<TimeML>
<DOCID>invented</DOCID>
<DCT><TIMEX3 tid="t1" type="DATE" value="2019-12-24" functionInDocument="CREATION_TIME">2019-12-24</TIMEX3></DCT>
<TEXT>
Invented. Le conseil a voté <TIMEX3 tid="t2" type="DATE" value="2019-12-23">hier</TIMEX3> &amp; se réunira
<TIMEX3 tid="t3" type="DATE" value="2019-12-26">jeudi</TIMEX3>, après <TIMEX3 tid="t4" type="DURATION" value="P3M">trois mois</TIMEX3> de <EVENT eid="e1">débats</EVENT>.
</TEXT>
</TimeML>
"""


@pytest.fixture
def tml_dir(tmp_path):
    (tmp_path / "a.tml").write_text(INVENTED, encoding="utf-8")
    return tmp_path


def test_reader_keeps_text_and_offsets(tml_dir):
    doc = read_tml(tml_dir / "a.tml")
    assert doc.dct == "2019-12-24"
    assert [t.text for t in doc.timexes] == ["hier", "jeudi", "trois mois"]
    for t in doc.timexes:
        assert doc.text[t.start:t.end] == t.text
    assert "&" in doc.text and "débats" in doc.text


def test_scorer_counts_strict_relaxed_and_values():
    gold = [Timex(0, 4, "hier", "DATE", "2019-12-23"), Timex(10, 20, "trois mois", "DURATION", "P3M")]
    system = [Timex(0, 4, "hier", "DATE", "2019-12-23"), Timex(5, 20, "x", "DURATION", "P4M"), Timex(30, 35, "y", "DATE", "2019")]
    result = score([(gold, system)])
    assert result["strict"]["precision"] == pytest.approx(1 / 3, abs=1e-3)
    assert result["strict"]["recall"] == pytest.approx(0.5)
    assert result["relaxed"]["recall"] == pytest.approx(1.0)
    assert result["value"]["recall"] == pytest.approx(0.5)
    assert result["type"]["recall"] == pytest.approx(1.0)


def test_perfect_run_on_invented_file(tml_dir):
    result = evaluate(tml_dir, "fr")
    assert result["strict"]["f1"] == 1.0 and result["value"]["f1"] == 1.0


def test_cli_entry_points(tml_dir):
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    result = run(parser.parse_args([str(tml_dir), "--no-dct"]))
    assert result["dct"] is False and result["documents"] == 1
    assert result["relaxed"]["f1"] == 1.0


def test_english_dev_set_floor():
    result = evaluate(EN_DEV, "en")
    assert result["gold"] >= 70
    assert result["strict"]["f1"] >= 0.9
    assert result["value"]["f1"] >= 0.9


@pytest.mark.skipif(not FTB.exists(), reason="../shared is absent (evaluation data lives there)")
def test_french_timebank_floor():
    with_dct = evaluate(FTB, "fr")
    # HeidelTime: strict F1 0.860, value F1 0.736 on the whole corpus.
    assert with_dct["strict"]["f1"] >= 0.9
    assert with_dct["value"]["f1"] >= 0.88
