"""Figure series: one measure followed across documents and sources, revisions visible (invented figures)."""
from __future__ import annotations

from vigie.corpus.series import _mark_revisions, find_series, measure_key, points_by_source, source_key
from vigie.ingest import make_document
from vigie.model import Analysis, Figure, Mention, Source
from vigie.nlp.figures import find_figures
from vigie.pipeline import analyze


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


def test_an_order_of_magnitude_has_no_change_and_is_none_to_start_from():
    vague = Figure(0, 5, "des milliers", 1000, low=1000, high=10000, category="killed", who="civils",
                   where="Valbrune", when="début mars", source=Source("la Croix-Verte"))
    analyses = [_analysis(f"Bilan du {date} à Valbrune.", date, figures, "Gazette du Nord") for date, figures in [
        ("2024-03-05", [_toll(12)]), ("2024-03-06", [vague]), ("2024-03-08", [_toll(4000)])]]
    (s,) = find_series(analyses)
    assert [p["value"] for p in s["points"]] == [12, 1000, 4000]
    assert [p["change"] for p in s["points"]] == [None, None, 3988]


def test_spellings_of_a_place_meet_and_other_starting_points_do_not():
    assert measure_key({"category": "killed", "where": "Idlib", "who": "civils"}) == \
        measure_key({"category": "killed", "where": "Idleb", "who": "des civils"})
    assert measure_key({"category": "killed", "where": "Idlib", "when": "décembre"}) != \
        measure_key({"category": "killed", "where": "Idlib", "when": "2011"})


def test_an_article_repeating_its_number_reports_it_once():
    repeated = [_toll(19), _toll(19), _toll(19, source="la préfecture")]
    analyses = [_analysis("Bilan à Valbrune.", "2024-03-05", [_toll(12)]),
                _analysis("Bilan répété à Valbrune.", "2024-03-07", repeated)]
    (s,) = find_series(analyses)
    assert [(p["value"], p["source"]) for p in s["points"]] == [
        (12, "la Croix-Verte"), (19, "la Croix-Verte"), (19, "la préfecture")]


def test_a_long_series_is_built_without_comparing_each_point_with_every_earlier_one():
    compared = []

    class Id(str):  # a document id that counts its comparisons
        __hash__ = str.__hash__

        def __eq__(self, other):
            compared.append(1)
            return str.__eq__(self, other)

    analyses = []
    for day in range(300):
        analysis = _analysis(f"Bilan numéro {day} à Valbrune.", f"2024-03-{1 + day % 28:02d}", [_toll(10 + day)])
        analysis.doc.id = Id(analysis.doc.id)
        analyses.append(analysis)
    (s,) = find_series(analyses)
    assert len(s["points"]) == 300 and len(compared) < 3000


def test_troops_and_places_series_follow_one_noun():
    def count(value, who, category):
        return _toll(value, who=who, category=category, when=None, where="Valbrune")
    analyses = [_analysis("Renforts à Valbrune.", "2024-03-05", [count(6, "avions", "troops"),
                                                                 count(3, "villages", "places")]),
                _analysis("Combats à Valbrune.", "2024-03-07", [count(5, "navires", "troops"), count(5, "village", "places"),
                                                                count(2, None, "troops")]),
                _analysis("Raids à Valbrune.", "2024-03-09", [count(9, "avions de chasse", "troops")])]
    assert sorted((s["category"], [p["value"] for p in s["points"]]) for s in find_series(analyses)) == [
        ("places", [3, 5]), ("troops", [6, 9])]


def test_orders_of_magnitude_alone_make_no_series_but_join_one():
    def vague(value, day, text):
        f = _toll(value, when=None, where="Valbrune")
        f.low, f.high = value, value * 10
        return _analysis(text, day, [f])
    analyses = [vague(1000, "2024-03-05", "Des milliers de morts à ce jour à Valbrune."), vague(1000, "2024-03-07", "Des milliers déjà.")]
    assert find_series(analyses) == []
    analyses += [_analysis("Bilan total à ce jour : 2300.", "2024-03-09", [_toll(2300, when=None)]),
                 _analysis("Bilan total à ce jour : 2500.", "2024-03-11", [_toll(2500, when=None)])]
    (s,) = find_series(analyses)
    assert [p["value"] for p in s["points"]] == [1000, 1000, 2300, 2500]


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


def _analysed(published: str, text: str):
    return analyze(make_document(text, published=published, lang="fr", source="Gazette du Nord"))


def test_a_period_is_the_date_its_words_stand_for_in_each_article():
    # Invented: "mardi" is the same day in the first two articles and another one a week later.
    series = find_series([
        _analysed("2024-03-05", "Mardi, des frappes aériennes ont tué douze civils à Valbrune, selon la Croix-Verte."),
        _analysed("2024-03-06", "Les frappes aériennes de mardi à Valbrune ont tué 19 civils, selon la Croix-Verte."),
        _analysed("2024-03-13", "Mardi, des frappes aériennes ont tué deux civils à Valbrune, selon la Croix-Verte."),
        _analysed("2024-03-14", "Depuis un mois, les combats ont fait 300 morts à Valbrune, selon la Croix-Verte."),
        _analysed("2024-03-20", "Depuis un mois, les combats ont fait 350 morts à Valbrune, selon la Croix-Verte."),
    ])
    assert {s["label"]: [(p["value"], p["revises"]) for p in s["points"]] for s in series} == {
        "killed · civils · Valbrune · 2024-03-05": [(12, None), (19, 12)],
        # A month counted back from each article: February, then February again.
        "killed · Valbrune · since 2024-02": [(300, None), (350, 300)],
    }


def test_counts_with_neither_place_nor_period_are_separate_incidents():
    # Invented: two unrelated incidents told without a place or a day.
    assert find_series([
        _analysed("2024-03-05", "Deux soldats ont été blessés par une mine, a indiqué l'armée."),
        _analysed("2024-04-11", "Trois soldats ont été blessés dans une embuscade, a indiqué l'armée."),
    ]) == []


def test_the_present_names_no_period_the_current_total_joins_its_place():
    # Invented: one epidemic's toll, told "now", with no time, then "currently".
    series = find_series([analyze(make_document(text, published=published, lang="en", source="Gazette"))
                          for published, text in (
        ("2024-03-05", "The fever's toll in Valbrune now stands at 40 dead, the health ministry said."),
        ("2024-03-08", "The fever has killed 55 people in Valbrune, the health ministry said."),
        ("2024-03-11", "In Valbrune, 61 people are currently dead of the fever, the health ministry said."))])
    assert [(s["label"], s["since"], [p["value"] for p in s["points"]]) for s in series] == [
        ("killed · Valbrune", None, [40, 55, 61])]


def test_a_place_alone_follows_a_running_total_not_incidents_of_different_days():
    # Invented: two attacks in one town, told without their day, then the siege's running toll.
    for lang, texts in (
        ("en", ["Twenty-three people died when gunmen stormed a market in Valbrune, the clinic said.",
                "In Valbrune, a night raid left four people dead, the clinic said.",
                "The siege has killed 300 people in Valbrune, the clinic said.",
                "In all, 340 people died in Valbrune during the siege, the clinic said."]),
        ("fr", ["Une embuscade a coûté la vie à cinq personnes à Valbrune, selon la clinique.",
                "Un obus a tué deux personnes à Valbrune, selon la clinique.",
                "Les combats ont déjà fait 300 morts à Valbrune, selon la clinique.",
                "Depuis le début du siège, les combats ont fait 340 morts à Valbrune, selon la clinique."])):
        series = find_series([analyze(make_document(text, published=published, lang=lang, source="Gazette"))
                              for published, text in zip(("2024-03-05", "2024-04-11", "2024-04-12", "2024-04-20"),
                                                         texts)])
        assert [(s["label"], [p["value"] for p in s["points"]]) for s in series] == [
            ("killed · Valbrune", [300, 340])], lang


def test_only_an_identified_source_revises_and_only_from_an_earlier_article():
    def point(doc, value, source=None, entity=None, low=None, high=None):
        return {"doc": doc, "value": value, "source": source, "source_entity": entity, "outlet": "Gazette",
                "low": low, "high": high}
    points = [point("a", 12, "la Croix-Verte"), point("a", 3, "la Croix-Verte"),  # two counts of one article
              point("b", 19, "la Croix-Verte"),
              point("b", 7, "un habitant"), point("c", 9, "un habitant"),  # nobody identified
              point("c", 1000, "Ban Ki-moon", "kb:ban", low=1000, high=10000),  # "des milliers": vague
              point("d", 40, "Ban Ki-moon", "kb:ban")]
    _mark_revisions(points)
    assert [p["revises"] for p in points] == [None, None, 3, None, None, None, None]


def test_one_source_however_its_toll_is_worded():
    assert source_key("le dernier bilan de la préfecture du Vaucluse") == source_key("la préfecture du Vaucluse")
    assert source_key("the latest toll from the health ministry") == source_key("the Health Ministry")
    assert source_key("l'OSDH") != source_key("l'ONU")
    points = [{"source": "la préfecture de Valbrune", "doc": "a"}, {"source": "un bilan de la préfecture de Valbrune",
                                                                   "doc": "b"},
              {"source": "l'OSDH", "source_entity": "kb:osdh", "doc": "c"},
              {"source": "l'Observatoire syrien (OSDH)", "source_entity": "kb:osdh", "doc": "d"},
              {"source": None, "doc": "e"}]
    lines = points_by_source(points, lambda p: "Gazette")
    assert {name: [p["doc"] for p in said] for name, said in lines.items()} == {
        "la préfecture de Valbrune": ["a", "b"], "l'OSDH": ["c", "d"], "Gazette": ["e"]}



def test_a_part_of_a_day_counts_its_day():
    # Invented: one night's toll, told as the night then as the evening, revised the next day.
    series = find_series([
        _analysed("2024-03-05", "Dans la nuit de lundi à mardi, des frappes ont tué douze civils à Valbrune, "
                                "selon la Croix-Verte."),
        _analysed("2024-03-06", "Les frappes de lundi soir ont tué 19 civils à Valbrune, selon la Croix-Verte."),
    ])
    assert {s["label"]: [(p["value"], p["revises"]) for p in s["points"]] for s in series} == {
        "killed · civils · Valbrune · 2024-03-04": [(12, None), (19, 12)]}


def test_a_since_clause_naming_what_began_starts_the_count_at_its_time():
    # Invented: one running toll counted from the start of a revolt or a siege, named by what began then or by its date.
    for lang, texts in (
        ("en", ["The Red Lantern counts 900 dead since the revolt in the hills began in March.",
                "The Red Lantern counts 1,150 dead since March.",
                # The count's own clause sits between: it is Tuesday's toll, counted from no Tuesday.
                "Since the revolt in the hills began, the Red Lantern says, 30 people died on Tuesday.",
                "The Red Lantern counts 45 dead since Tuesday."]),
        ("fr", ["Selon la Lanterne rouge, 900 personnes ont péri depuis le début du siège des collines, en mars.",
                "Selon la Lanterne rouge, 1150 personnes ont péri depuis mars.",
                "Depuis le début du siège des collines, la Lanterne rouge dit que 30 personnes ont péri mardi.",
                "Selon la Lanterne rouge, 45 personnes ont péri depuis mardi."])):
        series = find_series([analyze(make_document(text, published=published, lang=lang, source="Gazette"))
                              for published, text in zip(("2024-05-06", "2024-05-20", "2024-05-29", "2024-05-30"), texts)])
        assert [(s["label"], [p["value"] for p in s["points"]]) for s in series] == [
            ("killed · since 2024-03", [900, 1150])], lang


def test_a_week_is_a_period_of_its_own_not_its_year():
    # Invented: one week's toll told twice, and the toll of another week of the same year.
    series = find_series([
        _analysed("2024-03-07", "Cette semaine, les combats ont fait 40 morts à Valbrune, selon la Croix-Verte."),
        _analysed("2024-03-08", "Les combats de cette semaine ont fait 52 morts à Valbrune, selon la Croix-Verte."),
        _analysed("2024-05-16", "Cette semaine, les combats ont fait neuf morts à Valbrune, selon la Croix-Verte."),
    ])
    assert {s["label"]: [p["value"] for p in s["points"]] for s in series} == {"killed · Valbrune · 2024-W10": [40, 52]}


def test_foreigners_of_one_nation_are_a_group_of_their_own_the_place_s_people_are_not():
    # Invented: one country's nationals evacuated, told apart from all the evacuated; the island's own people,
    # named by their nation, are all the evacuated.
    series = find_series([
        _analysed("2024-05-06", "Trente Roumains ont été évacués de Madagascar, selon le ministère roumain."),
        _analysed("2024-05-07", "Au total, 4 100 personnes ont été évacuées de Madagascar, selon la Croix-Verte."),
        _analysed("2024-05-08", "Cinquante Roumains ont été évacués de Madagascar, selon le ministère roumain."),
        _analysed("2024-05-09", "Au total, 5 200 Malgaches ont été évacués de Madagascar, selon la Croix-Verte."),
    ])
    assert {s["label"]: [p["value"] for p in s["points"]] for s in series} == {
        "evacuated · Roumains · Madagascar": [30, 50], "evacuated · Madagascar": [4100, 5200]}


def test_a_group_of_a_foreign_nation_is_its_own_measure():
    # Invented: a foreign country's soldiers killed, told apart from every soldier killed on the island.
    def toll(value, who):
        return _toll(value, who=who, where="Madagascar", when="début mai")
    series = find_series([_analysis(f"Bilan du {date} à Madagascar.", date, [figure]) for date, figure in [
        ("2024-05-06", toll(12, "soldats français")), ("2024-05-07", toll(40, "soldats")),
        ("2024-05-08", toll(15, "soldats français")), ("2024-05-09", toll(52, "soldats"))]])
    assert sorted([p["value"] for p in s["points"]] for s in series) == [[12, 15], [40, 52]]


def test_a_conflicts_name_in_a_later_clause_makes_no_running_total():
    # Invented: two attacks whose sentences name a revolt or a war only in a clause after their toll, then the
    # insurrection's running toll, its name in the toll's own clause.
    series = find_series([analyze(make_document(text, published=published, lang="fr", source="Gazette"))
                          for published, text in (
        ("2024-03-05", "Un attentat a fait 40 morts à Valbrune, les partisans du maire appellent à la révolte."),
        ("2024-03-09", "Un obus a tué douze personnes à Valbrune, les habitants redoutent la guerre."),
        ("2024-03-12", "Au moins 120 civils ont été tués à Valbrune pendant l'insurrection, selon la clinique."),
        ("2024-03-20", "Au moins 150 civils ont été tués à Valbrune pendant l'insurrection, selon la clinique."))])
    assert [(s["label"], [p["value"] for p in s["points"]]) for s in series] == [
        ("killed · civils · Valbrune", [120, 150])]


def test_a_running_total_word_broken_by_a_wrapped_line_still_tells_a_running_total():
    # Invented: the same clinic's toll for one town, the first article's lines wrapped inside "au total".
    series = find_series([analyze(make_document(text, published=published, lang="fr", source="Gazette"))
                          for published, text in (
        ("2024-03-10", "Des heurts ont fait au\ntotal 300 morts à Valbrune, selon la clinique."),
        ("2024-03-20", "Des heurts ont fait au total 340 morts à Valbrune, selon la clinique."))])
    assert [(s["label"], [p["value"] for p in s["points"]]) for s in series] == [("killed · Valbrune", [300, 340])]
