"""Figure series: one measure followed across documents and sources, revisions visible (invented figures)."""
from __future__ import annotations

from vigie.corpus.series import find_series, measure_key
from vigie.ingest import make_document
from vigie.model import Analysis, Figure, Mention, Source
from vigie.nlp.figures import find_figures


def _analysis(text: str, published: str, figures: list[Figure], source: str | None = None) -> Analysis:
    return Analysis(make_document(text, published=published, lang="fr", source=source), figures=figures)


def _toll(value: float, who: str = "civils", where: str = "Valbrune", when: str | None = "début mars",
          source: str = "la Croix-Verte", category: str = "killed", hypothetical: bool = False) -> Figure:
    return Figure(0, 5, f"{value:g}", value, category=category, who=who, where=where, when=when,
                  source=Source(source), hypothetical=hypothetical)


# Invented: a relief group revises its toll for a fictional town; another source gives its own.
ARTICLES = [
    ("2024-03-05", [_toll(12)], "Gazette du Nord"),
    ("2024-03-07", [_toll(19), _toll(3000, who="habitants", category="displaced")], "Le Courrier"),
    ("2024-03-09", [_toll(25, source="la préfecture")], "Gazette du Nord"),
    ("2024-03-12", [_toll(23), _toll(40, hypothetical=True)], "Le Courrier"),
]


def test_one_measure_over_time_with_revisions():
    analyses = [_analysis(f"Bilan numéro {i} à Valbrune.", date, figures, outlet)
                for i, (date, figures, outlet) in enumerate(ARTICLES)]
    series = find_series(analyses)
    assert len(series) == 1
    (s,) = series
    assert s["category"] == "killed" and s["where"] == "Valbrune"
    assert [p["value"] for p in s["points"]] == [12, 19, 25, 23]
    assert [p["date"] for p in s["points"]] == ["2024-03-05", "2024-03-07", "2024-03-09", "2024-03-12"]
    assert [p["revises"] for p in s["points"]] == [None, 12, None, 19]
    assert [p["change"] for p in s["points"]] == [None, 7, 6, -2]
    assert s["points"][0]["outlet"] == "Gazette du Nord"


def test_spellings_of_a_place_meet_and_other_starting_points_do_not():
    assert measure_key({"category": "killed", "where": "Idlib", "who": "civils"}) == \
        measure_key({"category": "killed", "where": "Idleb", "who": "des civils"})
    assert measure_key({"category": "killed", "where": "Idlib", "when": "décembre"}) != \
        measure_key({"category": "killed", "where": "Idlib", "when": "2011"})


def test_a_single_report_is_not_a_series():
    assert find_series([_analysis("Un bilan.", "2024-03-05", [_toll(12), _toll(13)])]) == []
    assert find_series([]) == []


def test_a_toll_whose_place_is_said_by_a_demonym_joins_the_series_of_the_named_place():
    # Invented: two reports of one war's toll, the first naming the country by its demonym.
    analyses = []
    for published, text in (("2018-09-03", "Le conflit syrien a fait 350 000 morts."),
                            ("2019-12-26", "Le conflit en Syrie a fait 370 000 morts.")):
        doc = make_document(text, published=published, lang="fr")
        start = text.find("Syrie")
        mentions = [Mention(start, start + 5, "Syrie", "place", "gn:SY")] if start >= 0 else []
        analyses.append(Analysis(doc, figures=find_figures(doc, mentions, [], [])))
    series = find_series(analyses)
    assert [(s["where"], [p["value"] for p in s["points"]]) for s in series] == [("Syrie", [350_000, 370_000])]
