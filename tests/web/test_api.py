"""The web app through its HTTP interface: JSON twins, documentation, security and corrections."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from starlette.routing import Mount

from web_corpus import STORY_ID
from vigie.corpus.build import update_corpus
from vigie.export import export_store
from vigie.model import Relation
from vigie.store import Store
from vigie.web.app import create_app
from vigie.web.app import twin_path

ROOT = Path(__file__).resolve().parents[2]
BASE = "http://127.0.0.1"


@pytest.fixture
def client(corpus):
    path, _ = corpus
    with TestClient(create_app(path), base_url=BASE) as client:
        yield client


def csrf_of(client: TestClient, page: str = "/ingest") -> str:
    html = client.get(page).text
    return re.search(r'name="csrf" value="([0-9a-f]+)"', html).group(1)


def entity_named(client: TestClient, name: str) -> dict:
    entities = client.get("/api/entities").json()["entities"]
    return next(e for e in entities if e["name"] == name)


def page_routes(app) -> list[str]:
    return [r.path for r in app.routes if not isinstance(r, Mount) and "GET" in getattr(r, "methods", ())
            and not r.path.startswith("/api") and r.path not in ("/docs", "/openapi.json")]


def concrete(path: str, ids: dict, entity_id: str) -> str:
    return (path.replace("{story_id:path}", STORY_ID).replace("{doc_id}", ids["flood"])
            .replace("{entity_id:path}", entity_id))


def test_every_page_has_a_json_twin_with_the_same_data(corpus, client):
    _, ids = corpus
    pages = page_routes(client.app)
    assert len(pages) >= 12
    api_paths = {r.path for r in client.app.routes if getattr(r, "path", "").startswith("/api")}
    for path in pages:
        assert twin_path(path) in api_paths, f"{path} has no JSON twin"
        url = concrete(path, ids, entity_named(client, "Marie Delcourt")["id"])
        html = client.get(url)
        assert html.status_code == 200, url
        assert html.headers["content-type"].startswith("text/html")
        twin = client.get(twin_path(url))
        assert twin.status_code == 200 and twin.headers["content-type"] == "application/json"
        assert client.get(url, params={"format": "json"}).json() == twin.json()


def test_every_route_is_in_openapi_and_in_the_docs(client):
    spec = client.get("/openapi.json").json()
    documented = (ROOT / "docs" / "web.md").read_text(encoding="utf-8")
    for route in client.app.routes:
        if isinstance(route, Mount) or route.path in ("/openapi.json",):
            continue
        path = route.path.replace(":path", "")
        assert f"`{path}`" in documented, f"{path} is not documented in docs/web.md"
        if route.path != "/docs":
            assert path in spec["paths"], f"{path} missing from OpenAPI"


def test_api_docs_page_works_offline(client):
    html = client.get("/docs").text
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert sources and all(s.startswith("/") for s in sources), sources
    assert client.get("/static/docs.js").status_code == 200


def test_security_headers_and_no_inline_script(client):
    response = client.get(f"/stories/{STORY_ID}")
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert not re.search(r"<script(?![^>]*\bsrc=)", response.text)
    assert not re.search(r"\son\w+=", response.text)


def test_hostile_article_is_inert_text(corpus, client):
    _, ids = corpus
    for url in (f"/documents/{ids['hostile']}", "/documents", "/search?q=hostile", "/entities"):
        html = client.get(url).text
        assert "<script>window" not in html and "<img src=x" not in html and "<svg onload" not in html
        assert "<b onmouseover" not in html
    html = client.get(f"/documents/{ids['hostile']}").text
    assert "&lt;script&gt;window.__pwned" in html
    assert 'href="javascript:' not in html.lower()


def test_unknown_host_is_refused_on_loopback(client):
    assert client.get("/", headers={"host": "attacker.example"}).status_code == 421
    assert client.get("/", headers={"host": "localhost:8765"}).status_code == 200


def test_form_correction_needs_csrf_and_is_audited(client):
    marie = entity_named(client, "Marie Delcourt")["id"]
    target = f"entity:{marie}"
    form = {"action": "rename_entity", "target": target, "name": "Marie Delcourt-Roy", "who": "ab"}
    assert client.post("/corrections", data=form).status_code == 403
    form["csrf"] = csrf_of(client, f"/entities/{marie}")
    assert client.post("/corrections", data=form, headers={"origin": "http://evil.example"}).status_code == 403
    response = client.post("/corrections", data={**form, "next": f"/entities/{marie}"}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == f"/entities/{marie}"
    assert client.get(f"/api/entities/{marie}").json()["entity"]["name"] == "Marie Delcourt-Roy"
    audit = client.get("/api/corrections").json()["corrections"]
    assert audit[0]["who"] == "ab" and audit[0]["before"]["name"] == "Marie Delcourt"
    assert audit[0]["after"]["name"] == "Marie Delcourt-Roy"


def test_json_correction_merge_revert_and_redirect(client):
    marie, delcourt = entity_named(client, "Marie Delcourt")["id"], entity_named(client, "M. Delcourt")["id"]
    refused = client.post("/api/corrections", content='{"action": "merge_entities"}',
                          headers={"content-type": "text/plain"})
    assert refused.status_code == 415
    made = client.post("/api/corrections", json={"action": "merge_entities", "target": f"entity:{marie}",
                                                 "after": {"merge": [delcourt]}, "who": "cd"})
    assert made.status_code == 201, made.text
    merged = client.get(f"/api/entities/{marie}").json()
    assert "M. Delcourt" in merged["entity"]["aliases"] and merged["quotes_total"] == 2
    moved = client.get(f"/api/entities/{delcourt}", follow_redirects=False)
    assert moved.status_code == 307 and moved.headers["location"] == f"/api/entities/{quote(marie, safe='')}"
    assert client.get("/api/quotes", params={"speaker": "Delcourt"}).json()["total"] == 2
    reverted = client.post(f"/api/corrections/{made.json()['id']}/revert", json={"who": "cd"})
    assert reverted.status_code == 200 and reverted.json()["active"] is False
    assert client.get(f"/api/entities/{delcourt}").status_code == 200
    assert client.get(f"/api/entities/{marie}").json()["quotes_total"] == 1


def test_corrections_survive_reanalysis_and_reach_the_export(corpus, client):
    path, _ = corpus
    holloway = entity_named(client, "Jane Holloway")["id"]
    client.post("/api/corrections", json={"action": "rename_entity", "target": f"entity:{holloway}",
                                          "after": {"name": "Jane M. Holloway"}, "who": "ef"})
    store = Store(path)
    update_corpus(store, set())
    assert any(e["name"] == "Jane M. Holloway" for e in store.entities())
    exported = export_store(store)
    assert exported["corrections"][0]["action"] == "rename_entity"
    store.close()


def test_bad_corrections_are_refused_with_a_reason(client):
    bad = client.post("/api/corrections", json={"action": "rename_entity", "target": "entity:nope",
                                                "after": {"name": "x"}, "who": "gh"})
    assert bad.status_code == 400 and "no entity" in bad.json()["detail"]
    nobody = client.post("/api/corrections", json={"action": "hide", "target": "entity:nope", "who": " "})
    assert nobody.status_code == 400


def test_writes_beyond_loopback_need_the_token(corpus):
    path, _ = corpus
    app = create_app(path, host="0.0.0.0", token="s3cret-token")
    with TestClient(app, base_url="http://vigie.example") as client:
        body = {"action": "hide", "target": f"entity:{entity_named(client, 'Croix-Rouge')['id']}", "who": "ij"}
        assert client.post("/api/corrections", json=body).status_code == 401
        assert client.post("/api/corrections", json=body, headers={"authorization": "Bearer wrong"}).status_code == 401
        assert client.post("/api/corrections", json=body,
                           headers={"authorization": "Bearer s3cret-token"}).status_code == 201
        page = client.get("/corrections").text
        assert 'name="token"' in page and "Revert</button>" not in page
        csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page).group(1)
        assert client.post("/login", data={"token": "nope", "csrf": csrf}).status_code == 403
        client.post("/login", data={"token": "s3cret-token", "csrf": csrf})
        assert "Revert</button>" in client.get("/corrections").text
    with TestClient(create_app(path, host="0.0.0.0", token=""), base_url="http://vigie.example") as client:
        assert client.post("/api/corrections", json=body, headers={"authorization": "Bearer "}).status_code == 401


def test_ingest_pasted_text_and_refuse_private_urls(client):
    text = ("Texte inventé pour les tests. La commune de Valmont a rouvert ses écoles lundi après la crue, "
            "a annoncé la mairie dans un communiqué.")
    done = client.post("/api/ingest", json={"texts": [{"text": text, "title": "Valmont rouvre ses écoles",
                                                        "published": "2026-03-09"}]})
    assert done.status_code == 200 and done.json()["new"] == 1
    hits = client.get("/api/search", params={"q": "ecoles rouvert"}).json()
    assert hits["total"] == 1 and hits["hits"][0]["title"] == "Valmont rouvre ses écoles"
    refused = client.post("/api/ingest", json={"urls": ["http://127.0.0.1:9/feed.xml"]}).json()
    assert refused["failed"] == 1 and "private or loopback" in refused["failures"][0]["reason"]


def test_ingest_form_upload(client):
    csrf = csrf_of(client, "/ingest")
    upload = ("article.txt", "Article inventé : à Valmont, les pompiers ont pompé l'eau des caves toute la nuit "
                             "de mardi, selon le maire.".encode())
    response = client.post("/ingest", data={"csrf": csrf}, files={"files": upload})
    assert response.status_code == 200 and "1 article read, 1 new" in response.text
    assert client.post("/ingest", data={"csrf": csrf}).status_code == 400
    # a text without title is called by its first words, not by its file's name
    words = "Article inventé : à Valmont, les pompiers ont pompé l'eau…"
    (hit,) = client.get("/api/search", params={"q": "pompiers caves"}).json()["hits"]
    assert hit["title"] == words
    assert words in [d["title"] for d in client.get("/api/documents").json()["documents"]]
    page = client.get(f"/documents/{hit['id']}").text
    assert re.search(r'<h1 id="doc-title">Article inventé : à Valmont, les pompiers ont pompé l&#39;eau…</h1>', page)


def test_search_facets_and_filters(client):
    everything = client.get("/api/search").json()
    assert everything["total"] == 4
    langs = {f["value"]: f["count"] for f in everything["facets"]["lang"]}
    assert langs.get("fr", 0) >= 2 and langs.get("en", 0) >= 1
    english = client.get("/api/search", params={"q": "flood", "lang": "en"}).json()
    assert english["total"] == 1
    assert client.get("/api/search", params={"q": "flood", "lang": "fr"}).json()["total"] == 0
    story = client.get("/api/search", params={"story": STORY_ID}).json()
    assert story["total"] == 3 and story["facets"]["story"][0]["value"] == STORY_ID
    dated = client.get("/api/search", params={"date_from": "2026-03-05", "date_to": "2026-03-06"}).json()
    assert dated["total"] == 2
    marked = client.get("/api/search", params={"q": "crue"}).json()["hits"][0]["snippet"]
    assert any(part["hit"] and part["text"].lower() == "crue" for part in marked)


def test_story_page_has_every_section(client):
    story = client.get(f"/api/stories/{STORY_ID}").json()
    assert story["story"]["size"] == 3 and story["story"]["first"] == "2026-03-02"
    assert story["timeline"][0]["sources"][0]["outlet"] == "Le Courrier inventé"
    dead = next(s for s in story["figures"] if s["category"] == "dead")
    assert [p["value"] for p in dead["points"]] == [12.0, 17.0]
    assert {g["speaker"] for g in story["quotes_by_speaker"]} == {"Marie Delcourt", "M. Delcourt", "Jane Holloway"}
    assert story["map"]["dots"] and story["places"][0]["name"] == "Valmont"
    listed = client.get("/api/stories").json()["stories"][0]
    assert listed["id"] == STORY_ID and listed["size"] == 3 and listed["last"] == "2026-03-06"


def test_pages_give_times_to_the_minute_in_utc(client):
    for path in ("/stories", f"/stories/{STORY_ID}", "/documents"):
        html = client.get(path).text
        assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", html), path
        assert not re.search(r"T\d\d:\d\d:\d\d[+-]\d\d:\d\d", html), path


def test_every_passage_link_of_a_story_lands_on_its_passage(client):
    html = client.get(f"/stories/{STORY_ID}").text
    links = set(re.findall(r'href="/documents/([^"#]+)#(c\d+)"', html))
    assert links
    pages = {doc: client.get(f"/documents/{doc}").text for doc, _ in links}
    assert [(doc, at) for doc, at in links if f'id="{at}"' not in pages[doc]] == []


def test_not_found_pages(client):
    assert client.get("/stories/nope").status_code == 404
    assert client.get("/api/documents/nope").status_code == 404
    assert client.get("/entities/nope").status_code == 404


def test_split_and_fix_date_forms(client):
    holloway = entity_named(client, "Jane Holloway")
    page = client.get(f"/entities/{quote(holloway['id'], safe='')}").text
    values = re.findall(r'name="mentions" form="split-form" value="([^"]+)"', page)
    assert len(values) == holloway["mentions"]
    csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page).group(1)
    response = client.post("/corrections", data={"csrf": csrf, "action": "split_entity",
                                                 "target": f"entity:{holloway['id']}", "name": "Another Holloway",
                                                 "mentions": values[-1:], "who": "ab"}, follow_redirects=False)
    assert response.status_code == 303
    assert entity_named(client, "Another Holloway")["mentions"] == 1
    timex = client.get("/api/search", params={"q": "digues"}).json()["hits"][0]["id"]
    doc = client.get(f"/api/documents/{timex}").json()
    response = client.post("/corrections", data={"csrf": csrf, "action": "fix_date",
                                                 "target": f"timex:{doc['timexes'][0]['id']}", "date": "2026-02-27",
                                                 "who": "ab"}, follow_redirects=False)
    assert response.status_code == 303
    assert client.get(f"/api/documents/{timex}").json()["timexes"][0]["value"] == "2026-02-27"


def test_figures_of_no_known_category_come_last_and_are_not_charted():
    """A toll and three figures of different things: the "other" series is longer, yet the toll leads, and
    the others are listed without a line joining what cannot be compared."""
    from vigie.web.views import figure_series
    docs = {"d1": {"source": "Gazette fictive", "date": "2026-03-02"}}
    figures = [{"id": f"f{i}", "doc": "d1", "text": text, "value": value, "category": category, "when": when}
               for i, (text, value, category, when) in enumerate([
                   ("12 morts", 12, "dead", "2026-03-02"), ("3 ponts", 3, "other", "2026-03-01"),
                   ("40 tonnes", 40, "other", "2026-03-02"), ("2000 euros", 2000, "other", "2026-03-03")])]
    series = figure_series(figures, docs)
    assert [s["category"] for s in series] == ["dead", "other"]
    assert series[0]["chart"]["lines"] and not series[1]["chart"]["lines"] and len(series[1]["points"]) == 3


def test_a_document_names_the_articles_it_shares_text_with(corpus):
    path, ids = corpus
    store = Store(path)
    store.add_relations([Relation(ids["flood"], ids["toll"], "shares_passages", 0.4)])
    store.close()
    with TestClient(create_app(path), base_url=BASE) as client:
        (related,) = client.get(f"/api/documents/{ids['flood']}").json()["related"]
        assert related["title"] == "Sarre-Basse : le bilan monte à 17 morts" and related["outlet"] == "Gazette fictive"
        page = client.get(f"/documents/{ids['flood']}").text
        assert "Gazette fictive: Sarre-Basse : le bilan monte à 17 morts</a>, 2026-03-05 (shares passages, 0.40)" in page


def test_figure_tables_say_a_floor_or_a_ceiling_as_the_text_gives_it(tmp_path):
    """A toll given as "more than" or "up to" is a bound, not an approximate number."""
    from vigie.ingest import make_document
    from vigie.model import Analysis, Figure
    text = "Invented: more than 3000 people fled Valmont, and up to 40 were hurt, officials said."
    doc = make_document(text, title="Valmont", published="2026-03-02", source="Invented Wire", lang="en")
    figures = [Figure(text.index("more"), text.index(" people"), "more than 3000", 3000, low=3000, approx=True,
                      category="displaced"),
               Figure(text.index("up to"), text.index(" were"), "up to 40", 40, high=40, category="injured")]
    store = Store(tmp_path / "v.db")
    store.add_analysis(Analysis(doc, figures=figures))
    update_corpus(store, {doc.id})
    store.close()
    with TestClient(create_app(tmp_path / "v.db"), base_url=BASE) as client:
        cells = re.findall(r'<td class="num">([^<]*)</td>', client.get("/figures").text)
        assert sorted(cells) == ["≤ 40", "≥ 3 000"]


def _namesakes_store(tmp_path) -> Path:
    """A store of one invented article naming eight people who share a first name."""
    from web_corpus import analysis_of
    names = [f"Paul {surname}" for surname in ("Arnaud", "Bessière", "Carmin", "Dussac", "Esnault", "Ferrand",
                                                "Gaumont", "Hélary")]
    text = "Invented: " + ", ".join(names) + " met at Valmont."
    article = {"title": "Valmont", "published": "2026-03-02", "source": "Invented Wire", "text": text,
               "entities": [(n.lower().replace(" ", "-"), "person", n, [n]) for n in names],
               "quotes": [], "figures": [], "timexes": []}
    store = Store(tmp_path / "v.db")
    analysis = analysis_of(article)
    store.add_analysis(analysis)
    update_corpus(store, {analysis.doc.id})
    store.close()
    return tmp_path / "v.db"


def test_a_long_list_of_merge_candidates_waits_behind_its_summary(tmp_path):
    """The merge panel of one of eight namesakes does not open on the seven others."""
    with TestClient(create_app(_namesakes_store(tmp_path)), base_url=BASE) as client:
        paul = entity_named(client, "Paul Arnaud")
        page = client.get(f"/entities/{quote(paul['id'], safe='')}").text
        assert re.search(r'<details class="fix" id="merge"><summary>merge other entities into this one '
                         r'\(7 with a word of its name\)', page)


def test_the_overview_gives_a_story_of_one_article_its_day(tmp_path):
    with TestClient(create_app(_namesakes_store(tmp_path)), base_url=BASE) as client:
        assert re.search(r"</a> — 1 article, 2026-03-02</li>", client.get("/").text)


@pytest.mark.parametrize("value, label", [(370000, "370k"), (1.2e6, "1.2M"), (3e9, "3G"), (1e12, "1T"), (2.5e13, "25T"),
                                          (12, "12")])
def test_chart_axis_labels_are_short(value, label):
    from vigie.web.charts import compact
    assert compact(value) == label
