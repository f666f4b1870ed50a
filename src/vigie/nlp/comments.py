"""Readers' comments: where the text of a scraped article ends and the comments kept under it begin.

Pages saved as text keep the readers' comments below the article. Each opens on a header with
a clock and the reader's name ("At 3:51 pm on 18 Jan 2010 , kathy wrote :", "Le 12 mars 2011 à
14h05, Paul a écrit :"), or is stamped by the blog that keeps it, before or after its text
("January 27 , 2011 at 7:59 pm | Report abuse |", "Posted by : kathy | April 30 , 2010 12:27 PM
| Report abuse"). Stamped comments begin at the line of the first stamp, or right after the
post's own closing byline ("By Jane Doe | May 27 , 2010 ; 2:08 PM ET") when the page has one.
What readers write is not the story's news: the extractors read the article only
(`article_only`), while the stored text keeps all.
"""
from __future__ import annotations

import dataclasses
import re

from vigie.model import Document

# A comment's header opens a line or follows a sentence's end: a clock, then ", <one-word name> wrote :"
# (a newspaper's "at 10:30 on Monday, the union wrote:" names its writer in more than one word).
_HEADER = re.compile(r"(?:^|(?<=[\n.!?]))[^\S\n]*[^.!?\n]{0,40}?\d{1,2}\s?[:hH.]\s?\d{2}\b[^.!?\n]{0,60}?"
                     r",\s*[^\s,]+\s+(?:wrote|a écrit)\s*:")
# A blog's stamp on a comment: a day with its year, a clock ("at"/"à" before it or not), then a bar ("January 27 ,
# 2011 at 7:59 pm |", "Nadia | 1 août 2013 14h48 |").
_STAMP = re.compile(r"\d{4}\s+(?:(?:at|à)\s+)?\d{1,2}\s?[:hH]\s?\d{2}(?:\s?[ap]\.?m\.?)?\s*\|", re.IGNORECASE)
# A comment's signature: "Posted by : kathy | April 30 , 2010 12:27 PM | Report abuse".
_SIGNATURE = re.compile(r"Posted by\s*:\s*[^|\n]{1,60}\|[^|\n]{1,40}\|\s*Report abuse")
# The byline stamp that closes a blog post, before its comments: "By Jane Doe | May 27 , 2010 ; 2:08 PM ET".
_POST_END = re.compile(r"\bBy [^|\n]{1,60}\|[^|\n]{0,40}\d{1,2}:\d{2}\s?[AP]M(?: [A-Z]{2,3})?")
# Fewest stamps that make a page's comments: one stamped line alone may be an update of the article.
MIN_STAMPS = 2
_VISIBLE = re.compile(r"[^\n]")


def comments_start(text: str) -> int | None:
    """Where the first reader's comment of `text` begins, or None when it has none."""
    starts = []
    if "wrote" in text or "a écrit" in text:
        header = _HEADER.search(text)
        if header:
            starts.append(header.start())
    if "|" in text:  # most articles: no stamp to look for
        stamps = [m.start() for m in _STAMP.finditer(text)]
        signature = _SIGNATURE.search(text)
        first = [*stamps[:1]] if len(stamps) >= MIN_STAMPS else []
        first += [signature.start()] if signature else []
        if first:
            stamped = min(first)
            post_ends = [m.end() for m in _POST_END.finditer(text, 0, stamped)]
            starts.append(post_ends[-1] if post_ends else text.rfind("\n", 0, stamped) + 1)
    return min(starts) if starts else None


def article_only(doc: Document) -> Document:
    """`doc` with its readers' comments blanked out (spaces for their characters, line breaks kept), so that
    every offset into its text still holds; `doc` itself when it has no comment."""
    start = comments_start(doc.text)
    if start is None:
        return doc
    return dataclasses.replace(doc, text=doc.text[:start] + _VISIBLE.sub(" ", doc.text[start:]))
