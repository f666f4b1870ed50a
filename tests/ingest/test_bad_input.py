"""Bad input is normal input: every reader meets empty, binary, huge, mis-encoded and malformed data,
reports each with its place and reason, and never stops the batch."""
import os
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vigie.ingest import read_sources
from vigie.ingest.decode import ReadError
from vigie.ingest.feed import read_feed
from vigie.ingest.html import read_html
from vigie.ingest.jsonl import read_jsonl
from vigie.ingest.text import read_text
from vigie.ingest.warc import read_warc
from vigie.model import Document, Failure

GOOD = "Article inventé pour les tests : la crue du Doubs a forcé l'évacuation de Besançon mardi."


def build_bad_corpus(root):
    """A folder with good articles among every kind of bad input; returns the names of the good ones."""
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    (root / "latin1.txt").write_bytes("Article inventé : l'été à Besançon fut très chaud et sec.".encode("cp1252"))
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_bytes(b"  \n\n \t")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (root / "broken.html").write_bytes(b"<html><head><title>x</title></head><body><div><p class=")
    (root / "broken.rss").write_bytes(b"<?xml version='1.0'?><rss><channel><item><title>")
    (root / "broken.warc.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    (root / "mixed.jsonl").write_bytes(
        b'{"text": "Second article invent\xc3\xa9 sur la crue du Doubs, publi\xc3\xa9 mercredi."}\n'
        b'{"text": \n'
        b'\xff\xfe\xfd\n')
    huge = root / "huge.txt"
    with open(huge, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # 50 MB, sparse
    os.symlink(root / "missing.txt", root / "dangling.txt")
    return {"good.txt", "latin1.txt", "mixed.jsonl:1"}


def test_bad_corpus_reports_every_failure_and_keeps_every_good_document(tmp_path):
    good = build_bad_corpus(tmp_path)
    items = list(read_sources([str(tmp_path), str(tmp_path / "nowhere"), "https://"]))
    docs = [i for i in items if isinstance(i, Document)]
    failures = {os.path.basename(f.place): f.reason for f in items if isinstance(f, Failure)}
    assert {os.path.basename(d.path) for d in docs} == good
    assert "Besançon" in next(d.text for d in docs if d.path.endswith("latin1.txt"))
    assert "empty" in failures["empty.txt"] and "empty" in failures["blank.txt"]
    assert "binary" in failures["binary.txt"]
    assert "too large" in failures["huge.txt"]
    assert "unreadable" in failures["dangling.txt"]
    assert "no such file" in failures["nowhere"]
    for name in ("broken.html", "broken.rss", "broken.warc.gz", "mixed.jsonl:2", "mixed.jsonl:3"):
        assert name in failures, name


READERS = {
    "text": lambda data: list(read_text(data, "x.txt")),
    "html": lambda data: list(read_html(data, "x.html")),
    "feed": lambda data: list(read_feed(data, "x.rss", fetch_links=False)),
    "jsonl": lambda data: list(read_jsonl(__import__("io").BytesIO(data), "x.jsonl")),
    "warc": lambda data: list(read_warc(__import__("io").BytesIO(data), "x.warc")),
}

article_like = st.one_of(
    st.binary(max_size=2000),
    st.text(alphabet=string.printable + "éèàç«»“”’…\u00a0\u202f\u0301", max_size=2000).map(str.encode),
    st.builds(lambda t: f'{{"text": {t!r}}}\n{{"text"'.encode(), st.text(max_size=200)),
    st.builds(lambda t: f"<html><body><article><p>{t}</p></article>".encode(), st.text(max_size=500)),
    st.builds(lambda t: f"<rss><channel><item><description>{t}</description></item>".encode(),
              st.text(max_size=300)),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=article_like, reader=st.sampled_from(sorted(READERS)))
def test_readers_never_raise_anything_but_read_errors(data, reader):
    try:
        items = READERS[reader](data)
    except ReadError:
        return
    for item in items:
        assert isinstance(item, (Document, Failure))
        if isinstance(item, Document):
            assert item.text and item.text == item.text.strip()
            for start, end in item.paragraphs + item.sentences:
                assert 0 <= start < end <= len(item.text)


@pytest.mark.parametrize("reader, data", [
    ("text", b"title: x\n\n\x1b\x07"),
    ("feed", b"<rss><channel><item><description>\x1b</description></item></channel></rss>"),
    ("jsonl", b'{"text": "\\u001b\\u0007"}\n'),
])
def test_control_characters_alone_are_no_article(reader, data):
    try:
        items = READERS[reader](data)
    except ReadError:
        return
    assert items and all(isinstance(item, Failure) for item in items)


def test_jsonl_failure_says_whether_the_text_is_missing_or_empty():
    items = READERS["jsonl"](b'{"title": "Invented"}\n{"text": "", "title": "Invented"}\n{"text": " \\n "}\n')
    reasons = [item.reason for item in items]
    assert len(reasons) == 3 and all(isinstance(item, Failure) for item in items)
    assert "no 'text' field" in reasons[0]
    assert "holds no text" in reasons[1] and "holds no text" in reasons[2]
