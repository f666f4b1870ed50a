"""Page boilerplate: lines a site repeats on pages published far apart (invented lines and documents)."""
from __future__ import annotations

import datetime as dt

from vigie.corpus.boilerplate import repeated_lines, text_key, without_repeated
from vigie.report.dossier import render_markdown

TEASER = "Anne Abadie : « Écrire, c'est attendre »"


def test_a_line_on_pages_published_weeks_apart_is_boilerplate_a_wire_copy_is_not():
    teaser, wire = text_key(TEASER), text_key("Le barrage d'Orvane a cédé dans la nuit de lundi.")
    tellings = [(teaser, "d1", dt.date(2024, 3, 1)), (teaser, "d2", "2024-03-20"), (teaser, "d3", "2024-04-02"),
                (wire, "d4", dt.date(2024, 3, 4)), (wire, "d5", dt.date(2024, 3, 4)), (wire, "d6", dt.date(2024, 3, 5))]
    assert repeated_lines(tellings) == {teaser}
    assert repeated_lines(tellings[:2]) == set()  # two pages are not yet a pattern
    assert repeated_lines([(teaser, d, None) for d in ("d1", "d2", "d3")]) == {teaser}


def test_keys_ignore_case_accents_and_spacing_but_keep_other_scripts():
    assert text_key("  Écrire,\n c'est  ATTENDRE ") == text_key("ecrire, c'est attendre")
    assert text_key("دمشق") != text_key("حلب")


def test_the_dossier_leaves_out_quotes_of_a_teaser_the_site_repeats():
    dates = ["2024-03-01", "2024-03-20", "2024-04-02"]
    documents = [{"id": f"d{i}", "source": "Le Courrier", "published": {"date": day}} for i, day in enumerate(dates)]
    quotes = [{"doc": f"d{i}", "start": 0, "end": 22, "text": "Écrire, c'est attendre", "kind": "direct",
               "speaker": {"text": "Anne Abadie"}} for i in range(3)]
    quotes.append({"doc": "d0", "start": 40, "end": 58, "text": "Le barrage tiendra", "kind": "direct",
                   "speaker": {"text": "Paul Sérac"}})
    story = {"id": "st-1", "title": "Orvane", "documents": ["d0", "d1", "d2"], "timeline": []}
    text = render_markdown({"documents": documents, "quotes": quotes, "stories": [story], "entities": []})
    assert "Paul Sérac" in text and "Le barrage tiendra" in text
    assert "Anne Abadie" not in text


def test_items_of_repeated_lines_are_left_out_in_order():
    items = [("d1", "2024-03-01", TEASER), ("d1", "2024-03-01", "Le barrage a cédé."),
             ("d2", "2024-03-20", TEASER), ("d3", "2024-04-02", TEASER.upper()), ("d3", "2024-04-02", "Un mort.")]
    kept = without_repeated(items, text=lambda i: i[2], doc=lambda i: i[0], published=lambda i: i[1])
    assert [i[2] for i in kept] == ["Le barrage a cédé.", "Un mort."]

