"""HTML, JSONL, feeds and WARC, written here as invented articles."""
import gzip
import io
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from vigie.ingest.decode import ReadError
from vigie.ingest.feed import read_feed
from vigie.ingest.fetch import check_address, fetch
from vigie.ingest.html import read_html
from vigie.ingest.jsonl import read_jsonl
from vigie.ingest.warc import read_warc
from vigie.model import Document, Failure

PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Le barrage cède - Journal inventé</title>
<meta property="article:published_time" content="2024-11-05T10:00:00+01:00"></head>
<body><nav>Accueil | Monde | Sport</nav><article><h1>Le barrage cède</h1>
<p>Article inventé pour les tests de vigie. Le barrage de Saint-Firmin a cédé mardi matin, a annoncé la
préfecture, qui a fait évacuer trois villages situés en aval de l'ouvrage.</p>
<p>« Personne ne s'y attendait », a déclaré le maire, Pierre Lenoir, devant la mairie inondée.</p>
</article><footer>Mentions légales</footer></body></html>"""


def test_html_main_text_title_and_date():
    (doc,) = read_html(PAGE.encode(), "page.html")
    assert doc.title.startswith("Le barrage cède")
    assert doc.published.date == "2024-11-05"
    assert doc.published.provenance == "html"
    assert "Mentions légales" not in doc.text and "Accueil" not in doc.text
    assert "Pierre Lenoir" in doc.text
    assert doc.lang == "fr"


def test_html_without_article_text_is_an_error():
    with pytest.raises(ReadError):
        list(read_html(b"<html><body><div></div></body></html>", "empty.html"))


def test_jsonl_reads_good_lines_and_reports_bad_ones():
    lines = [
        b'{"id": "a1", "text": "Premier article invent\xc3\xa9 sur une gr\xc3\xa8ve.", "date": "2024-05-02"}',
        b"{not json",
        b'{"title": "sans texte"}',
        b"",
        b'{"id": 7, "text": "Second invented article about a strike.", "time": "2024-05-03T08:00:00", "lang": "en"}',
        b'["a list"]',
    ]
    items = list(read_jsonl(io.BytesIO(b"\n".join(lines)), "f.jsonl"))
    docs = [i for i in items if isinstance(i, Document)]
    failures = [i for i in items if isinstance(i, Failure)]
    assert [d.meta["id"] for d in docs] == ["a1", "7"]
    assert docs[0].published.date == "2024-05-02" and docs[0].published.provenance == "jsonl"
    assert docs[1].published.date == "2024-05-03" and docs[1].lang == "en"
    assert [f.place for f in failures] == ["f.jsonl:2", "f.jsonl:3", "f.jsonl:6"]


FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Flux inventé</title>
<item><title>Un article complet</title><link>{base}/complet</link>
<pubDate>mar., 05 nov. 2024 10:00:00 +0100</pubDate>
<description>{long}</description></item>
<item><title>Un résumé</title><link>{base}/page</link><pubDate>Tue, 05 Nov 2024 11:00:00 +0100</pubDate>
<description>Court résumé.</description></item>
<item><title>Un lien mort</title><link>{base}/absent</link><pubDate>5 novembre 2024</pubDate>
<description>Résumé d'une page disparue.</description></item>
</channel></rss>"""


class _Site(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - http.server's name
        if self.path == "/page":
            body = PAGE.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/slow":
            time.sleep(3)
            self.send_response(200)
            self.end_headers()
        else:
            self.send_response(404)
            self.end_headers()
        self.wfile.flush()

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_feed_french_dates_full_entries_and_fetched_pages(site):
    long = "Article inventé, complet dans le flux. " * 20
    items = list(read_feed(FEED.format(base=site, long=long).encode(), "feed.xml"))
    docs = [i for i in items if isinstance(i, Document)]
    failures = [i for i in items if isinstance(i, Failure)]
    assert docs[0].published.date == "2024-11-05" and docs[0].source == "Flux inventé"
    assert docs[0].text.startswith("Article inventé, complet")
    assert "Pierre Lenoir" in docs[1].text  # the summary's page was fetched and extracted
    assert docs[1].url == f"{site}/page"
    assert docs[2].text == "Résumé d'une page disparue."  # the summary is kept when the page is gone
    assert docs[2].published.date == "2024-11-05"
    assert len(failures) == 1 and "404" in failures[0].reason and failures[0].place == f"{site}/absent"


def test_fetch_times_out_and_refuses_private_addresses(site):
    with pytest.raises(ReadError, match="cannot fetch"):
        fetch(f"{site}/slow", allow_private=True, timeout=0.5)
    with pytest.raises(ReadError, match="private or loopback"):
        check_address(f"{site}/page", allow_private=False)
    with pytest.raises(ReadError, match="http"):
        check_address("file:///etc/passwd", allow_private=True)


def test_broken_feed_is_an_error():
    with pytest.raises(ReadError):
        list(read_feed(b"<rss><channel><item>", "broken.rss"))


def _warc(pages, truncate=False):
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for url, body, ctype in pages:
        http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=http,
            warc_headers_dict={"WARC-Date": "2024-11-06T00:00:00Z"}))
    data = out.getvalue()
    return data[: len(data) - 40] if truncate else data


def test_warc_html_responses_become_documents():
    data = _warc([("https://journal.example/barrage", PAGE.encode(), "text/html; charset=utf-8"),
                  ("https://journal.example/logo.png", b"\x89PNG", "image/png"),
                  ("https://journal.example/vide", b"<html><body></body></html>", "text/html")])
    items = list(read_warc(io.BytesIO(data), "crawl.warc.gz"))
    docs = [i for i in items if isinstance(i, Document)]
    assert len(docs) == 1 and docs[0].url == "https://journal.example/barrage"
    assert docs[0].published.date == "2024-11-05"
    assert [i.place for i in items if isinstance(i, Failure)] == ["https://journal.example/vide"]


def test_truncated_warc_keeps_what_came_before():
    data = _warc([("https://journal.example/a", PAGE.encode(), "text/html"),
                  ("https://journal.example/b", PAGE.replace("barrage", "pont").encode(), "text/html")],
                 truncate=True)
    items = list(read_warc(io.BytesIO(data), "cut.warc.gz"))
    assert [d.url for d in items if isinstance(d, Document)] == ["https://journal.example/a"]
    assert [f.place for f in items if isinstance(f, Failure)] == ["https://journal.example/b"]


def test_a_file_that_is_not_a_warc_is_an_error():
    with pytest.raises(ReadError, match="broken WARC"):
        list(read_warc(io.BytesIO(gzip.compress(b"not a warc at all")), "fake.warc.gz"))
