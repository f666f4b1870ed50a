"""What the report tests share: analyses of invented articles about Lyon, written by hand so the tests read
only the report's code."""
from __future__ import annotations

import re

import pytest

from vigie.ingest import make_document
from vigie.model import Analysis, Entity, Geo, Mention, SentenceTime

def lyon_analysis(date: str, outlet: str, text: str) -> Analysis:
    """An article's document, its sentences dated by the publication day, and its mentions of Lyon and of
    the deputy mayor, Marie Dufresne (no quotes nor figures yet)."""
    doc = make_document(text, published=date, source=outlet, lang="fr")
    times = [SentenceTime(s, e, date, date, "day", None) for s, e in doc.sentences]
    lyon = Entity("gn:2996944", "place", "Lyon", geo=Geo(45.75, 4.85, "FR", 2996944, "P"))
    mayor = Entity("person:marie-dufresne", "person", "Marie Dufresne")
    mentions = [Mention(m.start(), m.end(), m.group(), e.type, e.id)
                for e in (lyon, mayor) for m in re.finditer(re.escape(e.name), text)]
    for entity in (lyon, mayor):
        entity.mentions = [(m.start, m.end) for m in mentions if m.entity == entity.id]
    return Analysis(doc, sentence_times=times, mentions=mentions, entities=[lyon, mayor])


@pytest.fixture(scope="session")
def analysis_of():
    """`lyon_analysis`, for the tests' store fixtures."""
    return lyon_analysis
