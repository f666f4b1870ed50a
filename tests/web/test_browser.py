"""The web app in a real browser: Debian's Chromium, headless, driven by Playwright.

Enable with `apt-get install chromium`; without /usr/bin/chromium these tests skip.
"""
from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest

from web_corpus import STORY_ID

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium: apt-get install chromium"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(corpus_template, tmp_path_factory):
    """A vigie app over a copy of the invented corpus, served by uvicorn on a free loopback port."""
    import uvicorn

    from vigie.web.app import create_app

    template, ids = corpus_template
    path = tmp_path_factory.mktemp("browser") / "web.db"
    shutil.copyfile(template, path)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(path), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", ids
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    page.problems = []
    page.on("console", lambda m: page.problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.problems.append(str(e)))
    yield page
    context.close()


def test_search_with_facets(server, page):
    base, _ = server
    page.goto(base + "/")
    page.fill("header input[name=q]", "crue")
    page.click("header button[type=submit]")
    page.wait_for_url("**/search?q=crue")
    assert page.inner_text("#hit-count").startswith("2 articles")
    assert page.locator(".hits mark").first.inner_text().lower() == "crue"
    page.click(".facets a:has-text('Le Courrier inventé')")
    assert page.inner_text("#hit-count").startswith("1 article")
    assert page.problems == []


def test_story_page(server, page):
    base, _ = server
    page.goto(base + "/stories")
    page.click(f"a[href='/stories/{STORY_ID}']")
    assert page.inner_text("#story-title") == "Crue de la Sarre-Basse"
    assert "La crue a fait 12 morts" in page.inner_text("#timeline")
    assert page.locator("#figures svg polyline").count() >= 1
    assert page.locator("#figures table.points tbody tr").count() == 3
    assert "Jane Holloway" in page.inner_text("#quotes")
    assert page.locator("#map circle").count() == 1
    page.click("#timeline .sources a")
    assert page.locator("#doc-title").inner_text().startswith("Crue de la Sarre-Basse")
    target = page.locator("#text :target")
    assert target.count() == 1 and target.evaluate("e => getComputedStyle(e).outlineStyle") == "solid"
    assert page.problems == []


def entity_id(base: str, name: str) -> str:
    entities = httpx.get(f"{base}/api/entities", params={"q": name}).json()["entities"]
    return next(e["id"] for e in entities if e["name"] == name)


def test_correction_and_its_audit_entry(server, page):
    base, _ = server
    marie, delcourt = entity_id(base, "Marie Delcourt"), entity_id(base, "M. Delcourt")
    page.on("dialog", lambda dialog: dialog.accept())
    page.goto(f"{base}/entities/{quote(marie, safe='')}")
    page.check(f"#merge-form input[type=checkbox][value='{delcourt}']")
    page.fill("#merge-form input[name=who]", "Analyst A")
    page.click("#merge-form button[type=submit]")
    page.wait_for_load_state()
    assert "M. Delcourt" in page.inner_text(".meta")
    assert page.locator("#quotes blockquote").count() == 2
    page.goto(base + "/corrections")
    row = page.locator("#audit tbody tr").first
    assert "merge_entities" in row.inner_text() and "Analyst A" in row.inner_text()
    row.locator("input[name=who]").fill("Analyst B")
    row.locator("button:has-text('Revert')").click()
    page.wait_for_load_state()
    row = page.locator("#audit tbody tr").first
    assert "reverted by Analyst B" in row.inner_text()
    page.goto(f"{base}/entities/{quote(delcourt, safe='')}")
    assert page.inner_text("#entity-name") == "M. Delcourt"
    assert page.problems == []


def test_hostile_article_does_not_execute(server, page):
    base, ids = server
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    evil = quote(entity_id(base, "<b onmouseover=\"window.__pwned='name'\">Evil</b>"), safe="")
    for url in (f"/documents/{ids['hostile']}", "/documents", "/search?q=hostile", "/entities",
                "/entities?q=evil", f"/entities/{evil}"):
        page.goto(base + url)
        page.mouse.move(200, 300)
        for link in page.locator("a:has-text('click')").all():
            link.hover()
        assert page.evaluate("typeof window.__pwned") == "undefined", url
        assert page.locator("script:not([src])").count() == 0
    page.goto(f"{base}/documents/{ids['hostile']}")
    assert "<script>window.__pwned = 'title'</script>Breaking" in page.inner_text("#doc-title")
    assert page.locator("article img, article svg").count() == 0
    assert dialogs == []


def test_a_passage_link_into_a_sentence_frames_the_nearest_marked_place_before_it(server, page):
    base, ids = server
    doc = httpx.get(f"{base}/api/documents/{ids['flood']}").json()
    seg = next(seg for para in doc["paragraphs"] for seg in para if "depuis lundi" in seg["text"])
    inside = seg["start"] + seg["text"].index("depuis lundi")  # no annotation starts there: no element has its id
    place = max(a["start"] for a in doc["annotations"] if a["start"] <= inside)
    page.set_viewport_size({"width": 1366, "height": 500})
    page.goto(f"{base}/documents/{ids['flood']}#c{inside}")
    target = page.locator("#text .target")
    assert target.count() == 1 and target.get_attribute("id") == f"c{place}"
    assert target.evaluate("e => getComputedStyle(e).outlineStyle") == "solid"
    top = target.evaluate("e => e.getBoundingClientRect().top")
    assert 0 < top < 500
    assert page.problems == []
