"""Building a `Document` from text: normalization at the boundary, stable id, segmentation, language."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Any

from vigie.ingest.dates import parse_published
from vigie.model import Document, Published
from vigie.nlp.language import detect_paragraphs
from vigie.nlp.segment import split_paragraphs, split_sentences

# Control characters other than tab and newline carry no text and break offsets
# in other tools; form feeds and vertical tabs become line breaks.
_CONTROLS = r"\x00-\x08\x0b\x0e-\x1f\x7f\ufeff\ufffe"
_CONTROL = re.compile(f"[{_CONTROLS}]")
# A character normalizing keeps and no blank: text holding one has something left once normalized.
_VISIBLE = re.compile(rf"[^\s{_CONTROLS}]")


def normalize_text(text: str) -> str:
    """NFC text with Unix line breaks, no control characters and no surrounding blanks.

    Offsets everywhere in vigie index into this normalized text, which is what the store keeps.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\x0c", "\n")
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text).strip()


def has_text(text: str) -> bool:
    """True when something is left of `text` once normalized (control characters alone are nothing).

    Looked for without normalizing: a reader asks before making the document, which normalizes the text."""
    return _VISIBLE.search(text) is not None


def document_id(text: str, origin: str | None = None) -> str:
    """A stable id from the normalized content, white space folded.

    `origin` (the article's URL or outlet, when known) keeps apart the same wire
    dispatch published by two outlets: they are two documents, related as duplicates.
    """
    key = " ".join(text.split())
    if origin:
        key = origin + "\x00" + key
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def make_document(
    text: str,
    *,
    title: str | None = None,
    published: str | Published | None = None,
    lang: str | None = None,
    path: str | None = None,
    url: str | None = None,
    source: str | None = None,
    meta: dict[str, Any] | None = None,
    provenance: str = "metadata",
) -> Document:
    """A segmented `Document` from raw article text and its metadata.

    `published` is an ISO-like string or a `Published`; `lang`, when given, is
    trusted for the document, and paragraphs are still identified one by one.
    """
    text = normalize_text(text)
    title = normalize_text(title) if title else None
    if isinstance(published, str):
        published = parse_published(published, provenance)
    paragraphs = split_paragraphs(text)
    detected, paragraph_langs = detect_paragraphs(text, paragraphs)
    doc_lang = lang.lower()[:2] if lang else detected
    return Document(
        id=document_id(text, url or source),
        text=text,
        path=path,
        url=url,
        title=title or None,
        source=source,
        lang=doc_lang,
        published=published or Published(),
        paragraphs=paragraphs,
        paragraph_langs=paragraph_langs,
        sentences=split_sentences(text, doc_lang, paragraphs),
        meta=meta or {},
    )
