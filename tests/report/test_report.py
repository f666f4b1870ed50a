"""The offline HTML report and the Markdown dossier, over a store of invented articles."""
from __future__ import annotations

import re

import pytest

from vigie.corpus.build import update_corpus
from vigie.export import export_store
from vigie.model import Analysis, Figure, Quote, Source, Speaker
from vigie.report import highlight, report_data, write_report
from vigie.report.dossier import render_markdown
from vigie.report.maps import place_map
from vigie.store import Store

# Invented articles (the events never happened); real city names so the map has places to show.
ARTICLES = [
    ("2024-03-05", "Gazette du Rhône",
     "Des inondations ont frappé Lyon mardi 5 mars. Les pompiers ont évacué 300 habitants du quartier de Vaise, "
     "selon la préfecture du Rhône.\n\n« Nous n'avions jamais vu cela », a déclaré Marie Dufresne, maire adjointe."),
    ("2024-03-07", "Le Courrier de Grenoble",
     "À Lyon, la décrue a commencé jeudi 7 mars. La préfecture du Rhône a porté à 450 le nombre d'habitants "
     "évacués depuis mardi.\n\nMarie Dufresne a annoncé un fonds d'aide pour les sinistrés de Lyon."),
]


def _analysis(analysis_of, date: str, outlet: str, text: str) -> Analysis:
    """The deputy mayor says every quote; every three-digit number counts evacuated people."""
    analysis = analysis_of(date, outlet, text)
    analysis.quotes = [Quote(m.start(), m.end(), m.group(1), "direct", "fr", "déclaré", Speaker("Marie Dufresne"))
                       for m in re.finditer(r"« ([^»]+) »", text)]
    analysis.figures = [Figure(m.start(), m.end(), m.group(), float(m.group()), category="evacuated",
                               who="habitants", where="Lyon", source=Source("la préfecture du Rhône"))
                        for m in re.finditer(r"\d{3}", text)]
    return analysis


@pytest.fixture(scope="module")
def store(tmp_path_factory, analysis_of):
    store = Store(tmp_path_factory.mktemp("report") / "v.db")
    ids = set()
    for date, outlet, text in ARTICLES:
        analysis = _analysis(analysis_of, date, outlet, text)
        store.add_analysis(analysis)
        ids.add(analysis.doc.id)
    update_corpus(store, ids)
    return store


def test_report_is_self_contained_and_links_timeline_to_sentences(store, tmp_path):
    path = write_report(store, tmp_path / "out" / "report.html")
    page = path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    # the report speaks English; each article keeps its own language (spelling, hyphenation, screen readers)
    assert '<html lang="en">' in page and page.count('<article class="doc" id="doc-') == page.count('" lang="fr">')
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=\"https?:", page)  # nothing fetched from the web
    assert "Gazette du Rhône" in page and "<svg" in page
    data = report_data(store)
    (story,) = data["stories"]
    assert story["timeline"]
    ids = set(re.findall(r'id="([^"]+)"', page))
    for entry in story["timeline"]:
        assert entry["date"].startswith("2024-03")
        for source in entry["sources"]:
            assert source["href"][1:] in ids
    assert len(data["documents"]) == 2
    assert story["map"]["dots"][0]["name"] == "Lyon"
    assert [p["value"] for p in story["series"][0]["points"]] == [300, 450]


def test_dossier_cites_every_timeline_entry_with_outlet_and_date(store):
    text = render_markdown(export_store(store))
    entries = [line for line in text.splitlines() if line.startswith("- **2024")]
    assert entries
    for line in entries:
        assert re.search(r"\((Gazette du Rhône|Le Courrier de Grenoble), 2024-03-0\d \[\d+\]", line)
    assert "## Documents" in text


def test_dossier_lists_quotes_by_speaker_most_quoted_first_unattributed_last():
    from vigie.report.dossier import _speakers
    quotes = [{"text": "a", "speaker": {"text": "le maire", "entity": "e1"}}, {"text": "b", "speaker": None},
              {"text": "c", "speaker": {"text": "Mme Abadie"}}, {"text": "d", "speaker": {"text": "M. Sérac", "entity": "e1"}},
              {"text": "e", "speaker": None}, {"text": "f", "speaker": None},
              # pronouns the extractor could not resolve: unknown people, not one person called "il"
              {"text": "g", "speaker": {"text": "il"}}, {"text": "h", "speaker": {"text": "He"}},
              {"text": "i", "speaker": {"text": "il"}}, {"text": "j", "speaker": {"text": "il"}}]
    ranked = _speakers(quotes, {"e1": "Paul Sérac"})
    assert [(name, [q["text"] for q in said]) for name, said in ranked] == [
        ("Paul Sérac", ["a", "d"]), ("Mme Abadie", ["c"]), ("unattributed", ["b", "e", "f", "g", "h", "i", "j"])]


def test_speakers_named_alike_but_for_case_are_one():
    """A description opening its sentence is capitalized ("Des témoins ont affirmé"): the same speakers."""
    from vigie.corpus.quoted import by_speaker
    from vigie.report.dossier import _speakers
    quotes = [{"text": "a", "speaker": {"text": "Des témoins"}}, {"text": "b", "speaker": {"text": "des témoins"}},
              {"text": "c", "speaker": {"text": "Des  témoins"}}, {"text": "d", "speaker": {"text": "la préfecture"}}]
    ranked = _speakers(quotes, {})
    assert [(name, [q["text"] for q in said]) for name, said in ranked] == [
        ("Des témoins", ["a", "b", "c"]), ("la préfecture", ["d"])]
    assert by_speaker(["Activists", "activists"], str) == {"activists": ["Activists", "activists"]}


def test_highlight_escapes_and_nests_spans():
    html = str(highlight("a <b> c", [(0, 5, "person", "x"), (2, 5, "quote", "q & q")], "d1"))
    assert "&lt;b&gt;" in html and 'id="d-d1-0"' in html and 'id="d-d1-2"' in html
    assert 'class="a-quote a-person"' in html
    assert str(highlight("", [], "d")) == ""
    assert str(highlight("a.\n\n \n\n\n\nb.\nc.", [(9, 11, "person", "b")], "d")) == (
        'a.\n\n<a class="anchor" id="d-d-9"></a><span class="a-person" title="b">b.</span>\nc.')


def test_map_frames_its_places_on_country_outlines():
    geometry = place_map([{"name": "Lyon", "lat": 45.75, "lon": 4.85, "country": "FR", "count": 2}])
    assert geometry["dots"][0]["name"] == "Lyon"
    assert any(shape["home"] for shape in geometry["shapes"])
    assert place_map([{"name": "Nowhere"}]) is None


def test_an_empty_store_still_gives_a_report_and_a_dossier(tmp_path):
    empty = Store(tmp_path / "empty.db")
    assert "vigie report" in write_report(empty, tmp_path / "r.html").read_text(encoding="utf-8")
    assert "No story yet" in render_markdown(export_store(empty))


def _store_with_an_unstated_source(tmp_path, analysis_of) -> Store:
    """The invented articles stored; the second gives its number without a source: the one shown is inferred."""
    store = Store(tmp_path / "v.db")
    ids = set()
    for index, (date, outlet, text) in enumerate(ARTICLES):
        analysis = _analysis(analysis_of, date, outlet, text)
        if index == 1:
            for figure in analysis.figures:
                figure.source = Source("la préfecture du Rhône", inferred=True)
        store.add_analysis(analysis)
        ids.add(analysis.doc.id)
    update_corpus(store, ids)
    return store


def test_dossier_says_when_the_text_names_no_source(tmp_path, analysis_of):
    store = _store_with_an_unstated_source(tmp_path, analysis_of)
    points = [line for line in render_markdown(export_store(store)).splitlines()
              if line.startswith("  - ") and "according to la préfecture du Rhône" in line]
    assert len(points) == 2
    assert "not stated in the text" not in points[0] and "not stated in the text" in points[1]


def test_report_series_say_when_the_text_names_no_source(tmp_path, analysis_of):
    store = _store_with_an_unstated_source(tmp_path, analysis_of)
    page = write_report(store, tmp_path / "r.html").read_text(encoding="utf-8")
    series = page[page.index("Figures over time"):page.index("Figures reported")]
    rows = [row for row in series.split("<tr><td>")[1:] if "la préfecture du Rhône" in row]
    assert len(rows) == 2
    assert "(not stated)" not in rows[0] and "(not stated)" in rows[1]


def test_quotes_say_how_the_speaker_put_it(store, tmp_path):
    lines = [line for line in render_markdown(export_store(store)).splitlines() if "Nous n'avions jamais vu" in line]
    assert lines and all("(direct, déclaré, Gazette du Rhône" in line for line in lines)
    page = write_report(store, tmp_path / "quotes.html").read_text(encoding="utf-8")
    assert re.search(r"Nous n&#39;avions jamais vu cela.{0,300}· direct \(déclaré\)</span>", page, re.DOTALL)


def test_a_partial_quote_within_the_same_speakers_indirect_quote_is_not_listed_again(tmp_path, analysis_of):
    # Invented article: the prefect's indirect quote holds his own words in quotation marks, and the deputy
    # mayor's words that he took up.
    text = ("Le préfet a estimé que la digue tiendrait « sans aucun doute » et que la crue n'était pas « un "
            "désastre », comme l'avait dit Marie Dufresne.")
    analysis = analysis_of("2024-03-05", "Gazette du Rhône", text)

    def quote(said: str, kind: str, speaker: str) -> Quote:
        start = text.index(said)
        return Quote(start, start + len(said), said, kind, "fr", "estimé", Speaker(speaker))

    held = "la digue tiendrait « sans aucun doute » et que la crue n'était pas « un désastre »"
    analysis.quotes = [quote(held, "indirect", "Le préfet"), quote("sans aucun doute", "partial", "Le préfet"),
                       quote("un désastre", "partial", "Marie Dufresne")]
    store = Store(tmp_path / "v.db")
    store.add_analysis(analysis)
    update_corpus(store, {analysis.doc.id})
    dossier = render_markdown(export_store(store))
    assert [line.split("”")[0] for line in dossier.splitlines() if line.startswith("  - “")] == [
        "  - “" + held, "  - “un désastre"]
    (story,) = report_data(store)["stories"]
    assert [(group["speaker"], [q["text"] for q in group["quotes"]]) for group in story["quotes"]] == [
        ("Le préfet", [held]), ("Marie Dufresne", ["un désastre"])]


def test_figures_over_time_show_the_bounds_the_text_gives(tmp_path, analysis_of):
    # Invented articles: a range, then a floor, then a number given as approximate.
    told = [("2024-03-05", "entre 200 et 250", 200.0, 200.0, 250.0), ("2024-03-06", "au moins 400", 400.0, 400.0, None),
            ("2024-03-07", "près de 450", 450.0, None, None)]
    store = Store(tmp_path / "v.db")
    ids = set()
    for date, written, value, low, high in told:
        text = f"Les pompiers ont évacué {written} habitants de Lyon, selon la préfecture du Rhône."
        analysis = analysis_of(date, "Gazette du Rhône", text)
        start = text.index(written)
        analysis.figures = [Figure(start, start + len(written), written, value, low=low, high=high,
                                   approx=low is None, category="evacuated", who="habitants", where="Lyon",
                                   source=Source("la préfecture du Rhône"))]
        store.add_analysis(analysis)
        ids.add(analysis.doc.id)
    update_corpus(store, ids)
    points = [line.split(" (“")[0] for line in render_markdown(export_store(store)).splitlines()
              if line.startswith("  - ") and "reported by" in line]
    assert points == ["  - 200–250", "  - ≥ 400", "  - ~450"]
    page = write_report(store, tmp_path / "r.html").read_text(encoding="utf-8")
    assert re.findall(r'<td class="num">([^<]*)</td>', page) == ["200–250", "≥ 400", "~450"]


def test_a_figure_reported_again_by_the_next_articles_is_one_line_citing_them_all(tmp_path, analysis_of):
    # Invented articles: the prefecture's figure taken up by a second outlet, then raised.
    told = [("2024-03-05", "Gazette du Rhône", "300"), ("2024-03-06", "Le Courrier de Grenoble", "300"),
            ("2024-03-07", "Lyon Matin", "450")]
    store = Store(tmp_path / "v.db")
    ids = set()
    for date, outlet, written in told:
        text = f"Les pompiers ont évacué {written} habitants de Lyon, selon la préfecture du Rhône."
        analysis = _analysis(analysis_of, date, outlet, text)
        store.add_analysis(analysis)
        ids.add(analysis.doc.id)
    update_corpus(store, ids)
    points = [line for line in render_markdown(export_store(store)).splitlines()
              if line.startswith("  - ") and "reported by" in line]
    assert len(points) == 2
    assert points[0].startswith("  - 300 (“300”)") and "Gazette du Rhône, 2024-03-05" in points[0]
    assert "Le Courrier de Grenoble, 2024-03-06" in points[0] and "Lyon Matin" in points[1]


def test_a_story_of_one_document_says_so_in_the_singular(tmp_path, analysis_of):
    store = Store(tmp_path / "v.db")
    date, outlet, text = ARTICLES[0]
    analysis = _analysis(analysis_of, date, outlet, text)
    store.add_analysis(analysis)
    update_corpus(store, {analysis.doc.id})
    dossier = render_markdown(export_store(store))
    assert ": 1 document." in dossier and "Episodes: 2024-03-05 (1 document)." in dossier
    page = write_report(store, tmp_path / "r.html").read_text(encoding="utf-8")
    assert '<p class="meta">1 document' in page and "1 documents" not in page


def test_a_quote_told_by_several_articles_is_one_in_the_report_citing_them_all(tmp_path, analysis_of):
    # Invented articles: a second outlet takes up the deputy mayor's words.
    store = Store(tmp_path / "v.db")
    ids = set()
    for date, outlet in (("2024-03-05", "Gazette du Rhône"), ("2024-03-06", "Le Courrier de Grenoble")):
        text = f"Lyon est sous l'eau depuis le {date[-1]} mars. « Nous n'avions jamais vu cela », a déclaré Marie Dufresne."
        analysis = _analysis(analysis_of, date, outlet, text)
        store.add_analysis(analysis)
        ids.add(analysis.doc.id)
    update_corpus(store, ids)
    (story,) = report_data(store)["stories"]
    (group,) = story["quotes"]
    (quote,) = group["quotes"]
    assert group["total"] == 2
    assert [s["outlet"] for s in quote["sources"]] == ["Gazette du Rhône", "Le Courrier de Grenoble"]


def test_a_document_without_title_nor_outlet_is_cited_by_its_first_words(tmp_path, analysis_of):
    """A JSON line or a text file gives no title and no outlet: the report, the web pages and the dossier call
    it by the first words of its text, not by its file name and line."""
    store = Store(tmp_path / "v.db")
    date, _, text = ARTICLES[0]
    analysis = _analysis(analysis_of, date, None, text)
    analysis.doc.path = "/data/crawl.jsonl:17"
    store.add_analysis(analysis)
    update_corpus(store, {analysis.doc.id})
    words = "Des inondations ont frappé Lyon mardi 5 mars. Les pompiers…"
    (story,) = report_data(store)["stories"]
    assert {s["label"] for entry in story["timeline"] for s in entry["sources"]} == {words}
    assert f"({words}, 2024-03-05 [1])" in render_markdown(export_store(store))
    page = write_report(store, tmp_path / "r.html").read_text(encoding="utf-8")
    assert f"<h3>{words}</h3>" in page and "crawl.jsonl:17" in page


def test_an_untitled_page_is_not_called_by_the_menu_its_site_repeats(tmp_path, analysis_of):
    """Scraped pages open with their site's menu and teasers, the same lines weeks apart: the report, the
    dossier and the web pages call each page by its first line of its own."""
    from fastapi.testclient import TestClient

    from vigie.web.app import create_app
    store = Store(tmp_path / "v.db")
    ids = set()
    # Invented pages of an invented site.
    for day, headline, n in (("2024-03-05", "Crue : Lyon évacue les quais", 300),
                             ("2024-03-19", "Lyon compte ses dégâts", 450), ("2024-04-02", "Lyon rouvre ses quais", 520)):
        text = (f"Accueil | Abonnez-vous\nLes plus lus : la recette du gratin\n{headline}\n"
                f"À Lyon, {n} habitants ont été évacués depuis la crue.")
        analysis = _analysis(analysis_of, day, None, text)
        store.add_analysis(analysis)
        ids.add(analysis.doc.id)
    update_corpus(store, ids)
    headlines = {"Crue : Lyon évacue les quais", "Lyon compte ses dégâts", "Lyon rouvre ses quais"}
    assert {d["label"] for d in report_data(store)["documents"]} == headlines
    dossier = render_markdown(export_store(store))
    assert all(h in dossier for h in headlines) and "Abonnez" not in dossier
    with TestClient(create_app(tmp_path / "v.db"), base_url="http://127.0.0.1") as client:
        assert {d["title"] for d in client.get("/api/documents").json()["documents"]} == headlines
        (story,) = client.get("/api/stories").json()["stories"]
        assert {d["title"] for d in client.get(f"/api/stories/{story['id']}").json()["documents"]} == headlines
        doc = client.get("/api/search", params={"q": "évacue"}).json()["hits"][0]
        assert doc["title"] == "Crue : Lyon évacue les quais"
        assert client.get(f"/api/documents/{doc['id']}").json()["document"]["name"] == doc["title"]


@pytest.mark.parametrize("text, words", [
    ("Un titre court\nLe corps de l'article.", "Un titre court"),
    ("  Première   ligne \n", "Première ligne"),
    ("Les pompiers de la vallée ont travaillé toute la nuit, selon la préfecture.",
     "Les pompiers de la vallée ont travaillé toute la nuit, selon…"),
    ("x" * 70, "x" * 60 + "…"),
    # a dispatch's dateline gives way to its lede
    ("LYON, 5 mars (Agence inventée) - La préfecture a rouvert les quais.", "La préfecture a rouvert les quais."),
    ("LYON | Tue Mar 5, 2024 9:10am GMT - The prefecture reopened the quays.", "The prefecture reopened the quays."),
    ("LYON - La préfecture a rouvert les quais.", "LYON - La préfecture a rouvert les quais."),
    ("", None),
    (None, None),
])
def test_first_words_of_a_text(text, words):
    from vigie.corpus.boilerplate import opening_words
    assert opening_words(text) == words


def test_every_link_of_a_report_cut_short_lands_on_the_page(store, tmp_path, monkeypatch):
    """A corpus larger than the report shows: the documents the timeline cites come first, and a citation of a
    document left out is plain text saying so, not a link to nowhere."""
    import vigie.report
    monkeypatch.setattr(vigie.report, "MAX_DOCUMENTS", 1)
    page = write_report(store, tmp_path / "r.html").read_text(encoding="utf-8")
    ids = set(re.findall(r' id="([^"]+)"', page))
    targets = re.findall(r' href="#([^"]+)"', page)
    assert targets and all(t in ids for t in targets)
    assert 'class="left-out"' in page and "1 more document is in the database" in page
    (story,) = report_data(store)["stories"]
    assert story["timeline"][0]["sources"][0]["href"]


def test_the_dossier_dates_a_months_event_by_its_month_as_the_report_does():
    story = {"id": "s1", "title": "Lyon", "documents": ["d1"], "timeline": [
        {"date": "2024-03-01", "end": "2024-03-31", "precision": "month", "summary": "La crue.", "sources": [{"doc": "d1"}]},
        {"date": "2024-04-02", "end": "2024-04-09", "precision": "day", "summary": "La décrue.", "sources": [{"doc": "d1"}]}]}
    text = render_markdown({"documents": [{"id": "d1", "source": "Gazette du Rhône"}], "stories": [story]})
    assert "- **2024-03** — La crue." in text and "- **2024-04-02 – 2024-04-09** — La décrue." in text


def test_map_names_a_place_whose_label_would_cover_a_more_named_ones_only_in_its_tooltip():
    geometry = place_map([{"name": "Lyon", "lat": 45.75, "lon": 4.85, "country": "FR", "count": 3},
                          {"name": "Villeurbanne", "lat": 45.77, "lon": 4.88, "country": "FR", "count": 1},
                          {"name": "Grenoble", "lat": 45.19, "lon": 5.72, "country": "FR", "count": 1}])
    assert [(d["name"], d["label"]) for d in geometry["dots"]] == [
        ("Lyon", True), ("Villeurbanne", False), ("Grenoble", True)]
