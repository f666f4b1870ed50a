"""Readers' comments: where the text of a scraped article ends and the comments kept under it begin.

Pages saved as text keep the readers' comments below the article, each opening on a
header with a clock and the reader's name: "At 3:51 pm on 18 Jan 2010 , kathy wrote :",
"Le 12 mars 2011 à 14h05, Paul a écrit :". What readers write is not the story's news:
the extractors read the article only (`article_only`), while the stored text keeps all.
"""
from __future__ import annotations

import dataclasses
import re

from vigie.model import Document

# A comment's header opens a line or follows a sentence's end: a clock, then ", <one-word name> wrote :"
# (a newspaper's "at 10:30 on Monday, the union wrote:" names its writer in more than one word).
_HEADER = re.compile(r"(?:^|(?<=[\n.!?]))[^\S\n]*[^.!?\n]{0,40}?\d{1,2}\s?[:hH.]\s?\d{2}\b[^.!?\n]{0,60}?"
                     r",\s*[^\s,]+\s+(?:wrote|a écrit)\s*:")
_VISIBLE = re.compile(r"[^\n]")


def comments_start(text: str) -> int | None:
    """Where the first reader's comment of `text` begins, or None when it has none."""
    if "wrote" not in text and "a écrit" not in text:
        return None  # most articles: no header to look for
    found = _HEADER.search(text)
    return found.start() if found else None


def article_only(doc: Document) -> Document:
    """`doc` with its readers' comments blanked out (spaces for their characters, line breaks kept), so that
    every offset into its text still holds; `doc` itself when it has no comment."""
    start = comments_start(doc.text)
    if start is None:
        return doc
    return dataclasses.replace(doc, text=doc.text[:start] + _VISIBLE.sub(" ", doc.text[start:]))
