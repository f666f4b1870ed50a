"""ROUGE-1.5.5-compatible counting and the timeline alignment metrics, on small hand-computed cases.

Every sentence here is invented.
"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vigie.eval.rouge import (
    PRF, align_rouge, average_prf, date_prf, porter_stem, rouge_counts, rouge_n, rouge_tokens, summary_tokens)

D = dt.date


@pytest.mark.parametrize("word, stem", [
    ("killing", "kill"), ("generalization", "gener"), ("hopping", "hop"), ("relational", "relat"),
    ("conditional", "condit"), ("ponies", "poni"), ("caresses", "caress"), ("yelling", "yell"),
    # ROUGE-1.5.5 tries -ement, then -ment, then -ent in turn: "agreement" loses "ent" only after "ement" fails
    ("agreement", "agreem"), ("adjustment", "adjust"), ("dependent", "depend"),
])
def test_porter_stem_as_rouge_155(word, stem):
    assert porter_stem(word) == stem


def test_tokens_lowercase_drop_stopwords_and_stem_long_words():
    # "the", "were", "in" are SMART stop words; "-LRB-" leaves "lrb" as the Perl script does
    assert rouge_tokens("The soldiers were killed in heavy fighting -LRB- AP -RRB-") == [
        "soldier", "kill", "heavi", "fight", "lrb", "rrb"]


def test_irregular_forms_use_the_wordnet_exceptions():
    # "fled" is listed as a form of "flee"; "men" is too short to be looked up (3 characters)
    assert rouge_tokens("fled men") == ["flee", "men"]


def test_accented_letters_split_words_like_the_perl_script():
    # the Perl script replaces every byte outside [A-Za-z0-9-], so "sécurité" falls apart
    assert rouge_tokens("sécurité") == ["curit"]


def test_hyphens_split_compounds():
    assert rouge_tokens("ceasefire-talks") == ["ceasefir", "talk"]


def test_counts_hand_computed():
    peer = summary_tokens(["the soldiers were killed in heavy fighting near the borders",
                           "Another sentence about running dogs."])
    model = summary_tokens(["Soldiers killed as fighting rages near borders."])
    # peer: soldier kill heavi fight border sentenc run dog (8); model: soldier kill fight rage border (5)
    assert rouge_counts(peer, model, 1) == (4, 8, 5)
    # bigrams hit: "soldier kill" only
    assert rouge_counts(peer, model, 2) == (1, 7, 4)


def test_rouge_n_scores():
    score = rouge_n("Soldiers killed near border", "soldiers killed in the town", 1)
    # peer: soldier kill border; model: soldier kill town
    assert score.precision == pytest.approx(2 / 3)
    assert score.recall == pytest.approx(2 / 3)
    assert score.f_score == pytest.approx(2 / 3)


def test_align_same_day_is_plain_rouge():
    ref = {D(2020, 3, 1): ["Troops entered the city."]}
    pred = {D(2020, 3, 1): ["Troops entered the city after shelling."]}
    scores = align_rouge(pred, ref)
    # pred tokens: troop enter citi shell (4); ref: troop enter citi (3); 3 hits
    assert scores[1].precision == pytest.approx(3 / 4)
    assert scores[1].recall == pytest.approx(1.0)
    # bigrams: pred 3, ref 2, hits 2
    assert scores[2].precision == pytest.approx(2 / 3)
    assert scores[2].recall == pytest.approx(1.0)


def test_align_discounts_by_days_apart():
    ref = {D(2020, 3, 1): ["Troops entered the city."]}
    pred = {D(2020, 3, 2): ["Troops entered the city."]}
    scores = align_rouge(pred, ref)
    # one day apart: hits weigh 1 / (1 + 1)
    assert scores[1].precision == pytest.approx(0.5)
    assert scores[1].recall == pytest.approx(0.5)


def test_align_many_to_one_uses_content_to_choose_the_reference_day():
    ref = {D(2020, 3, 1): ["Troops entered the city."], D(2020, 3, 5): ["Rebels signed a truce."]}
    # the predicted day lies between both; its words match the 5 March summary
    pred = {D(2020, 3, 3): ["Rebels signed a truce."]}
    scores = align_rouge(pred, ref)
    # precision: matched to 5 March, two days apart: 3 hits (rebel sign truce) x 1/3 over 3 tokens
    assert scores[1].precision == pytest.approx(1 / 3)
    # recall: 1 March aligns to 3 March with no hit, 5 March with 3 x 1/3 hits; 6 reference tokens
    assert scores[1].recall == pytest.approx(1 / 6)


def test_empty_prediction_scores_zero():
    ref = {D(2020, 3, 1): ["Troops entered the city."]}
    assert align_rouge({}, ref)[1] == PRF(0.0, 0.0, 0.0)
    assert align_rouge(ref, {})[2] == PRF(0.0, 0.0, 0.0)


def test_date_prf_and_averaging():
    score = date_prf([D(2020, 1, 1), D(2020, 1, 2)], [D(2020, 1, 2), D(2020, 1, 3), D(2020, 1, 4), D(2020, 1, 5)])
    assert (score.precision, score.recall) == (0.5, 0.25)
    assert score.f_score == pytest.approx(1 / 3)
    mean = average_prf([PRF(1.0, 0.0, 0.0), PRF(0.0, 1.0, 0.0)])
    # P and R are averaged first, then F: (0.5, 0.5) gives 0.5, not the mean of the two F (0)
    assert mean.f_score == pytest.approx(0.5)


@given(st.text(max_size=200))
def test_tokens_never_raise_and_are_ascii_words(text):
    for token in rouge_tokens(text):
        assert token and token.isascii() and not token.startswith("-")
