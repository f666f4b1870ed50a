"""HTML pages: the article's main text and metadata with trafilatura, its date with htmldate."""
from __future__ import annotations

from collections.abc import Iterator

import trafilatura
from htmldate import find_date

from vigie.ingest.decode import ReadError, decode
from vigie.ingest.document import has_text, make_document
from vigie.model import Document


def read_html(data: bytes | str, place: str, url: str | None = None,
              fallback_date: str | None = None) -> Iterator[Document]:
    """The article of one HTML page; `fallback_date` (a crawl date) is used only when the page has none."""
    html = data if isinstance(data, str) else decode(data)
    extracted = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                            favor_precision=True)
    if extracted is None:
        raise ReadError("no article text found in this HTML page")
    record = extracted if isinstance(extracted, dict) else extracted.as_dict()
    text = record.get("text") or ""
    if not has_text(text):
        raise ReadError("no article text found in this HTML page")
    # trafilatura puts one paragraph a line; blank lines make the paragraphs explicit.
    text = "\n\n".join(line for line in text.split("\n") if line.strip())
    published, provenance = _page_date(html, url), "html"
    if not published and fallback_date:
        published, provenance = fallback_date, "crawl"
    yield make_document(text, title=record.get("title"), published=published, lang=record.get("language"),
                        path=None if url else place, url=url or record.get("url"),
                        source=record.get("sitename") or record.get("hostname"),
                        meta={k: record[k] for k in ("author", "description") if record.get(k)},
                        provenance=provenance if published else "none")


def _page_date(html: str, url: str | None) -> str | None:
    try:
        return find_date(html, url=url, original_date=True, extensive_search=False)
    except (ValueError, TypeError):
        return None
