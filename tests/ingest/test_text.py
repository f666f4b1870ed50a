"""Plain-text articles and their headers."""
from vigie.ingest.text import read_text, split_header


def test_seed_style_date_line_is_read_and_stripped():
    data = " date 2019-12 La Turquie négocie. Invented article.\n\nSecond paragraphe.".encode()
    (doc,) = read_text(data, "a.txt")
    assert doc.published.date == "2019-12"
    assert doc.published.precision == "month"
    assert doc.published.earliest == "2019-12-01" and doc.published.latest == "2019-12-31"
    assert doc.published.provenance == "header"
    assert doc.text.startswith("La Turquie négocie.")
    assert len(doc.paragraphs) == 2


def test_key_value_header_fills_metadata():
    data = "title: Un titre\ndate: 2025-03-13\nsource: Le Courrier\nlang: fr\n\nLe corps de l'article.".encode()
    (doc,) = read_text(data, "b.txt")
    assert doc.title == "Un titre"
    assert doc.published.date == "2025-03-13"
    assert doc.source == "Le Courrier"
    assert doc.text == "Le corps de l'article."


def test_prose_with_a_colon_is_not_a_header():
    text = "Paris: la ville a voté hier.\n\nSuite."
    assert split_header(text) == ({}, text)


def test_unknown_keys_are_not_a_header():
    text = "Alerte: une crue menace.\nNiveau: rouge\n\nSuite."
    assert split_header(text)[0] == {}


def test_same_text_twice_gives_same_id_and_offsets_index_the_stored_text():
    data = "Cafe\u0301 de M. Dupont. Il pleut.\r\nLigne deux.".encode()
    (a,) = read_text(data, "x.txt")
    (b,) = read_text(data, "y.txt")
    assert a.id == b.id
    assert "Café" in a.text  # NFC
    for start, end in a.sentences:
        assert 0 <= start < end <= len(a.text)
    assert a.text[a.sentences[0][0]:a.sentences[0][1]] == "Café de M. Dupont."
