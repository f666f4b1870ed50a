"""Readers' comments: where the text of a scraped article ends and the comments kept under it begin.

Pages saved as text keep the readers' comments below the article. Each opens on a header with
a clock and the reader's name ("At 5:14 pm on 22 Feb 2013 , tomreed wrote :", "Le 12 mars 2011 à
14h05, Paul a écrit :"), or is stamped by the blog that keeps it, before or after its text
("March 14 , 2013 at 6:42 pm | Report abuse |", "Posted by : tomreed | June 11 , 2012 10:05 AM
| Report abuse"). Stamped comments begin at the line of the first stamp, or right after the
post's own closing byline ("By Jane Doe | June 9 , 2012 ; 3:26 PM ET") when the page has one.
Some sites put a note on their comments above them (what comments they welcome, that the
readers' views are not theirs): the comments begin there.
Other pages keep comments with no header at all: the page's last paragraphs, written as readers
write and no newspaper prints (`_unheaded_start`).
A newspaper's links to its other articles ("» Other story", a line of its own, in the article or
below it) are headlines of other days, not this story's news either.
What readers write and the links are not the story's news: the extractors read the article only
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
# A blog's stamp on a comment: a day with its year, a clock ("at"/"à" before it or not), then a bar ("March 14 ,
# 2013 at 6:42 pm |", "Nadia | 1 août 2013 14h48 |").
_STAMP = re.compile(r"\d{4}\s+(?:(?:at|à)\s+)?\d{1,2}\s?[:hH]\s?\d{2}(?:\s?[ap]\.?m\.?)?\s*\|", re.IGNORECASE)
# A comment's signature: "Posted by : tomreed | June 11 , 2012 10:05 AM | Report abuse".
_SIGNATURE = re.compile(r"Posted by\s*:\s*[^|\n]{1,60}\|[^|\n]{1,40}\|\s*Report abuse")
# The byline stamp that closes a blog post, before its comments: "By Jane Doe | June 9 , 2012 ; 3:26 PM ET".
_POST_END = re.compile(r"\bBy [^|\n]{1,60}\|[^|\n]{0,40}\d{1,2}:\d{2}\s?[AP]M(?: [A-Z]{2,3})?")
# A site's note on the readers' comments it publishes under the article (what it welcomes, that they are not
# its views, that it does not screen them): the comments follow it, maybe on the byline's own line. Looked for
# after the page's first line only: a blog's header may say what comments it welcomes above its post.
_POLICY = re.compile(r"\b(?:We welcome comments|Views expressed in the comments|Comments are not pre-screened)\b")
# Fewest stamps that make a page's comments: one stamped line alone may be an update of the article.
MIN_STAMPS = 2
_VISIBLE = re.compile(r"[^\n]")

# Comments without a header are looked for among the page's last lines only: a reader writes a paragraph or two.
TAIL_LINES = 10
# The marks of a reader's hurried writing, each weak alone (a glued paragraph, a shouted headline): runs of '!!',
# '??', '....' or a lone '..'; no space after a comma, after a sentence's end or before '('; an apostrophe typed
# as '´' or left out ("l avion"); four words or more in capitals. (Each opens on a character, not on a look-behind
# or a word boundary: the search then skips to the places where it may match.)
_CUES = (re.compile(r"[!?][!?]|\.\.(?:\.\.|(?<!\.\.\.)(?!\.))"),
         re.compile(r"[,;](?<=[a-zà-ÿ][,;])(?=[A-Za-zÀ-ÿ])|\((?<=[a-zà-ÿ]\()"
                    r"|(?:[.!?…](?<=[a-zà-ÿ]{2}[.!?…])|\.\.\.(?<=[a-zà-ÿ]{2}\.\.\.))(?=[A-ZÀ-Ý][a-zà-ÿ])"),
         re.compile(r"´|[lLdDjJ](?<!\w[lLdDjJ]) [aeiouyhéèêàâ]\w"),
         re.compile(r"[A-ZÀ-Ý](?<!\w[A-ZÀ-Ý])[A-ZÀ-Ý][A-ZÀ-Ý']*\s+(?:[A-ZÀ-Ý]{2,}[A-ZÀ-Ý']*\s+){3}"))
_LOWER_START = re.compile(r"[a-zà-ÿ]")  # a paragraph opening in lower case after a finished one: one more mark
_SENTENCE_END = ".!?»\"…)"
_URL = re.compile(r"\S*(?:https?:|www\.)\S*")
# The article quoting people: a post or tweet ('@name: …', '#tag'); quotations follow a line ending on ':'.
_QUOTED_POST = re.compile(r"#\w|^@?\w+\s?:\s")
# The newspaper's block of links to related articles ("» Other story"), between its article and the comments.
_LINK = "»"
# One such link: a line of its own, opening on the mark and a capital, no longer than a headline (a line that
# opens on a closing guillemet ends a quotation).
_LINK_LINE = re.compile(r"^[^\S\n]*»[^\S\n]+[A-ZÀ-Ý][^\n]{0,150}$", re.MULTILINE)


def _marks(previous: str, line: str) -> int:
    """How many marks of a reader's writing `line` bears (`previous`: the line before it)."""
    if "http" in line or "www." in line:
        line = _URL.sub(" ", line)
    marks = sum(1 for cue in _CUES if cue.search(line))
    return marks + bool(_LOWER_START.match(line) and previous.rstrip()[-1:] in _SENTENCE_END)


def _unheaded_start(text: str) -> int | None:
    """Where the comments of a page begin when they have no header: the first of the page's last lines to
    bear 2 marks of a reader's writing (or 1, right above a line bearing 2), when the lines from it to the end
    bear 3 or more, on 2 lines at least; or the line right after the newspaper's related links, when the lines
    after them bear one. Never before a post or a tweet the article quotes, a line a colon introduces, or the
    related links: a missed comment costs little, a blanked paragraph of the article much."""
    lines = []  # (start, line) of the last non-blank lines and the one before them, last first
    end = len(text)
    while end > 0 and len(lines) <= TAIL_LINES:
        start = text.rfind("\n", 0, end) + 1
        if not text[start:end].isspace() and start < end:
            lines.append((start, text[start:end]))
        end = start - 1
    if len(lines) < 2:
        return None
    found = None
    total = marked = below = 0
    for (start, line), (_, previous) in zip(lines, lines[1:]):
        if line.startswith(_LINK) or _QUOTED_POST.search(line) or previous.rstrip().endswith(":"):
            break
        mark = _marks(previous, line)
        total, marked = total + mark, marked + bool(mark)
        if previous.startswith(_LINK):
            found = start if total else found
        elif (mark >= 2 or mark and below >= 2) and total >= 3 and marked >= 2:
            found = start
        below = mark
    return found


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
    first_line = text.find("\n")
    if first_line >= 0 and "omments" in text:
        policy = _POLICY.search(text, first_line + 1)
        if policy:
            starts.append(policy.start())
    unheaded = _unheaded_start(text)
    if unheaded is not None:
        starts.append(unheaded)
    return min(starts) if starts else None


def article_only(doc: Document) -> Document:
    """`doc` with its readers' comments and its links to other articles blanked out (spaces for their
    characters, line breaks kept), so that every offset into its text still holds; `doc` itself when it has
    neither."""
    text, links = doc.text, 0
    start = comments_start(text)
    if start is not None:
        text = text[:start] + _VISIBLE.sub(" ", text[start:])
    if _LINK in text:
        text, links = _LINK_LINE.subn(lambda link: " " * len(link.group()), text)
    return dataclasses.replace(doc, text=text) if start is not None or links else doc
