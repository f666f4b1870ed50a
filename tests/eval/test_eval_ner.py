"""`vigie eval ner`: CoNLL reading, IOB decoding and the scores, with a quality floor on vigie's gold set."""
from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from vigie.eval import ner

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "evaldata" / "ner"

# Invented sentences.
IOB2 = """-DOCSTART- O
# lang: fr
Le O
président O
Karim B-PER
Nadir I-PER
est O
arrivé O
à O
Alep B-LOC
. O

L' O
ONU B-ORG
a O
salué O
sa O
venue O
. O
"""


def write(tmp_path, text, name="gold.conll"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_read_and_decode_iob2(tmp_path):
    docs = ner.read_conll(write(tmp_path, IOB2))
    assert len(docs) == 1 and docs[0].lang == "fr"
    spans = ner.gold_spans(docs[0])
    assert set(spans) == {(2, 4, "person"), (7, 8, "place"), (10, 11, "organization")}
    text, offsets = docs[0].text_and_offsets()
    assert "Karim Nadir est arrivé à Alep." in text and "L'ONU" in text
    assert all(text[s:e] == t for (s, e), t in zip(offsets, docs[0].tokens))


def test_iob1_and_bioes_decode_alike(tmp_path):
    iob1 = "Karim I-PER\nNadir I-PER\nvisite O\nHoms I-LOC\n"
    bioes = "Karim B-PER\nNadir E-PER\nvisite O\nHoms S-LOC\n"
    a = ner.gold_spans(ner.read_conll(write(tmp_path, iob1, "a.conll"))[0])
    b = ner.gold_spans(ner.read_conll(write(tmp_path, bioes, "b.conll"))[0])
    assert set(a) == set(b) == {(0, 2, "person"), (3, 4, "place")}


def test_scores_count_exact_spans(tmp_path):
    result = ner.evaluate([write(tmp_path, IOB2)])
    assert result["documents"] == 1
    assert result["per_type"]["place"]["correct"] == 1
    assert 0.0 <= result["overall"]["f1"] <= 1.0
    assert result["overall"]["gold"] == 3


def test_wrong_gold_lowers_the_score(tmp_path):
    wrong = IOB2.replace("Alep B-LOC", "Alep B-PER")
    assert ner.evaluate([write(tmp_path, wrong)])["overall"]["f1"] < ner.evaluate([write(tmp_path, IOB2, "ok.conll")])["overall"]["f1"]


def test_run_rejects_missing_files(tmp_path):
    with pytest.raises(SystemExit):
        ner.run(argparse.Namespace(files=[str(tmp_path / "none.conll")], lang=None, errors=False))


def test_quality_floor_on_the_development_set():
    result = ner.evaluate([GOLD / "fr.conll", GOLD / "en.conll"])
    assert result["documents"] >= 12
    assert result["overall"]["f1"] >= 0.95
    for kind in ("person", "organization", "place"):
        assert result["per_type"][kind]["f1"] >= 0.9
    assert result["merge"]["f1"] >= 0.95 and result["merge"]["groups_merged"] >= 0.95
    assert result["geocoding"]["right_entry"] >= 0.95


def test_quality_floor_on_the_held_out_set():
    result = ner.evaluate([GOLD / "heldout-fr.conll", GOLD / "heldout-en.conll"])
    assert result["documents"] >= 9
    assert result["overall"]["f1"] >= 0.9
    assert result["merge"]["groups_merged"] >= 0.9
    assert result["geocoding"]["right_entry"] >= 0.95


def test_geocoding_score_counts_wrong_entries(tmp_path):
    conll = "-DOCSTART- O\n# doc: t1\n# lang: fr\nIls O _\nsont O _\nà O _\nHama B-LOC @hama\n, O _\nen O _\nSyrie B-LOC @syrie\n. O _\n"
    write(tmp_path, conll, "t.conll")
    (tmp_path / "geo.json").write_text('{"t1": {"hama": 170017, "syrie": 1}}', encoding="utf-8")
    result = ner.evaluate([tmp_path / "t.conll"])
    assert result["geocoding"] == {"places": 2, "right_entry": 0.5}
