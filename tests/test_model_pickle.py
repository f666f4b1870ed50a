"""Records cross from worker processes as pickles: compact (no attribute names) and whole (invented values)."""
from __future__ import annotations

import pickle

from vigie.model import Analysis, Document, Entity, Geo, Published, SentenceTime, Timex


def test_a_record_pickles_as_its_values_without_its_field_names():
    data = pickle.dumps(SentenceTime(10, 52, "2024-03-04", "2024-03-04", "day", 0))
    assert b"earliest" not in data and b"precision" not in data
    assert pickle.loads(data) == SentenceTime(10, 52, "2024-03-04", "2024-03-04", "day", 0)


def test_an_analysis_comes_back_from_its_pickle_whole():
    doc = Document("d1", "Lundi, la crue a inondé Lyon.", lang="fr", sentences=[(0, 29)],
                   published=Published("2024-03-04", "2024-03-04", "2024-03-04", "day", evidence=["header"]))
    analysis = Analysis(doc, timexes=[Timex(0, 5, "Lundi", "DATE", "2024-03-04", anchored=True)],
                        entities=[Entity("p1", "place", "Lyon", mentions=[(23, 27)], geo=Geo(45.76, 4.83, "FR", 2996944))])
    back = pickle.loads(pickle.dumps(analysis))
    assert back == analysis and back.entities[0].geo.country == "FR" and back.doc.published.evidence == ["header"]
