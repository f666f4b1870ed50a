"""The shortcuts of `vigie.nlp.names` that remember answers or skip a regex pass give the answers of the long way.

Every text here is invented.
"""
from __future__ import annotations

import re

from vigie.nlp.name_lexicon import _Span, _resources
from vigie.nlp.name_roles import _title_before
from vigie.nlp.names import (
    _is_word_char,
    _opens_sentence,
    _particle_surname,
    _sentence_initial,
    _text_words,
    _written_in_lower_case,
)

_WORDS = re.compile(r"[\w-]+")


def test_text_words_are_the_word_runs_of_ascii_and_other_text():
    for text in ("Jean-Pierre Martin's car_park, at 10:45 (UTC)... Tabs\tand\x1fcontrol",
                 "L’armée a quitté Saint-Étienne « hier » — 12\u00a0000 déplacés, dit-il.",
                 "-- --x x-- a\u2028b"):
        assert _text_words(text) == set(_WORDS.findall(text))


def test_sentence_initial_reads_only_the_eight_characters_before():
    text = "Il pleut. Marc part, dit le U.S. Coast Guard et Jean"
    for start in (0, text.index("Marc"), text.index("Coast"), text.index("Jean"), text.index("part")):
        assert _sentence_initial(text, start) == _opens_sentence(text[max(0, start - 8):start])
    assert _sentence_initial(text, text.index("Marc")) and not _sentence_initial(text, text.index("Coast"))


def _span(text: str, words: str, nth: int = 0) -> _Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return _Span(start, start + len(words), words)


def test_a_particle_surname_is_vouched_for_by_another_place_only():
    res = _resources("fr")
    text = "Selon Marine Le Pen, la loi passe. Le Pen a voté contre."
    # asked at the later mention first, then at the vouching mention itself, which vouches for nothing else
    assert _particle_surname(text, _span(text, "Le Pen", 1), res)
    assert not _particle_surname(text, _span(text, "Le Pen", 0), res)
    alone = "Le Pen a voté contre. Puis Le Pen est parti."
    assert not _particle_surname(alone, _span(alone, "Le Pen", 1), res)


def test_a_word_in_capitals_is_read_from_its_lower_case_uses_each_time_asked():
    res = _resources("en")
    person = "DUNMORE: We stay. Senator Dunmore said so."
    name = "KORVEX grew. Then the Korvex plan and the Korvex staff left."
    title = "PRESIDENT: No. The talks with the President and the President went on."
    for _ in range(2):
        assert _written_in_lower_case(person, "DUNMORE", _text_words(person), res) == "person"
        assert _written_in_lower_case(name, "KORVEX", _text_words(name), res) == "name"
        assert _written_in_lower_case(title, "PRESIDENT", _text_words(title), res) is None


def test_title_before_gives_one_answer_for_one_window():
    res = _resources("en")
    left = "a statement by the US ambassador "
    first = _title_before(left, res)
    assert first is not None and first.title.lower() == "ambassador"
    assert _title_before(left, res) == first
    assert _title_before("it rained all day. ", res) is None


def test_word_characters_are_the_regex_class():
    word = re.compile(r"[\w-]")
    assert all(_is_word_char(c) == bool(word.match(c)) for c in map(chr, range(0x3000)))
