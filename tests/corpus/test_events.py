"""Events from sentences, and one event per thing that happened across articles (invented articles)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vigie.corpus.events import merge_events, with_corpus_ids
from vigie.ingest import make_document
from vigie.model import Analysis, Entity, Event, Mention, Relation, SentenceTime
from vigie.nlp.events import event_types, find_events

# Invented articles about a fictional town; nothing here comes from real reporting.
FLOOD_A = ("L'armée a bombardé mardi le village de Valbrune, dans le nord du pays. "
           "Des milliers d'habitants ont fui vers la frontière. "
           "Le gouverneur pourrait démissionner.")
FLOOD_B = ("Le village de Valbrune a été bombardé par l'armée, selon les secouristes. "
           "La préfecture a publié un bilan.")


def _analysis(text: str, published: str, days: dict[int, tuple[str, str, str]] | None = None,
              names: list[tuple[str, str]] = ()) -> Analysis:
    """An analysis with sentence times: sentence index → (earliest, latest, precision), else the document's."""
    doc = make_document(text, published=published, lang="fr")
    times = []
    for index, (start, end) in enumerate(doc.sentences):
        earliest, latest, precision = (days or {}).get(
            index, (doc.published.earliest, doc.published.latest, doc.published.precision))
        times.append(SentenceTime(start, end, earliest, latest, precision, 0 if days and index in days else None))
    mentions, entities = [], {}
    for name, kind in names:
        at = 0
        while (at := text.find(name, at)) >= 0:
            mentions.append(Mention(at, at + len(name), name, kind, name.lower()))
            entities.setdefault(name.lower(), Entity(name.lower(), kind, name))
            at += len(name)
    return Analysis(doc, sentence_times=times, mentions=mentions, entities=list(entities.values()))


def test_sentences_become_typed_dated_events_with_their_span():
    analysis = _analysis(FLOOD_A, "2024-03-08", {0: ("2024-03-05", "2024-03-05", "day")},
                         [("Valbrune", "place")])
    events = find_events(analysis)
    kinds = [e.type for e in events]
    assert kinds[:2] == ["ASSAULT", "DISPLACEMENT"]
    first = events[0]
    assert (first.earliest, first.latest, first.precision) == ("2024-03-05", "2024-03-05", "day")
    source = first.sources[0]
    assert analysis.doc.text[source["start"]:source["end"]].startswith("L'armée a bombardé")
    assert [p["name"] for p in first.places] == ["Valbrune"]
    assert events[1].earliest == "2024-03-08"  # no time expression: the article's date


def test_what_may_happen_is_marked_hypothetical():
    events = find_events(_analysis(FLOOD_A, "2024-03-08"))
    maybe = [e for e in events if "démissionner" in e.text]
    assert not maybe or maybe[0].hypothetical
    assert not events[0].hypothetical


def test_empty_text_gives_nothing():
    assert find_events(Analysis(make_document("", lang="fr"))) == []


def test_english_triggers():
    doc_text = "Rebels shelled the port city of Eastmoor on Friday. Hundreds of families fled the fighting."
    analysis = _analysis(doc_text, "2024-05-04")
    analysis.doc.lang = "en"
    assert [e.type for e in find_events(analysis)] == ["ASSAULT", "DISPLACEMENT"]
    assert "STATEMENT" == event_types("en")[-1]


def test_a_day_named_by_one_article_narrows_another_dated_to_the_month():
    a = _analysis(FLOOD_A, "2024-03-08", {0: ("2024-03-05", "2024-03-05", "day")}, [("Valbrune", "place")])
    b = _analysis(FLOOD_B, "2024-03", names=[("Valbrune", "place")])
    merged = merge_events(find_events(a) + find_events(b))
    told_twice = [e for e in merged if len(e.sources) == 2]
    assert len(told_twice) == 1
    event = told_twice[0]
    assert {s["doc"] for s in event.sources} == {a.doc.id, b.doc.id}
    assert (event.earliest, event.latest, event.precision) == ("2024-03-05", "2024-03-05", "day")


def test_similar_sentences_on_different_days_stay_apart():
    a = _analysis(FLOOD_A, "2024-03-08", {0: ("2024-03-05", "2024-03-05", "day")}, [("Valbrune", "place")])
    b = _analysis(FLOOD_B, "2024-04-20", {0: ("2024-04-19", "2024-04-19", "day")}, [("Valbrune", "place")])
    merged = merge_events(find_events(a) + find_events(b))
    assert all(len(e.sources) == 1 for e in merged)


def test_wire_copies_meet_whatever_their_dates():
    text = "Les forces gouvernementales ont repris la ville de Castelmar après trois jours de combats acharnés."
    a = _analysis(text, "2024-06-02")
    b = _analysis(text.replace("acharnés", "intenses") + " Un correspondant ajoute des détails.", "2024-06-10")
    relation = Relation(a.doc.id, b.doc.id, "shares_passages", 0.9)
    merged = merge_events(find_events(a) + find_events(b), [relation])
    assert any(len(e.sources) == 2 for e in merged)
    assert all(len(e.sources) == 1 for e in merge_events(find_events(a) + find_events(b)))


def test_events_of_one_document_are_never_merged():
    text = "L'armée a bombardé Valbrune mardi soir. L'armée a bombardé Valbrune mardi matin."
    events = find_events(_analysis(text, "2024-03-05"))
    assert len(merge_events(events)) == len(events) == 2


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_and_offsets_stay_inside(text):
    analysis = _analysis(text, "2024-01-02")
    for event in find_events(analysis):
        for source in event.sources:
            assert 0 <= source["start"] < source["end"] <= len(analysis.doc.text)
    assert find_events(analysis) == find_events(analysis)


def test_copies_of_one_article_tell_each_sentence_once():
    # An invented dispatch and a copy of it with one line added: each sentence is one event with two
    # sources, and two sentences of one article never become one event through the copy.
    text = ("Les forces gouvernementales ont repris la ville de Castelmar après trois jours de combats acharnés. "
            "Les forces gouvernementales ont repris le village voisin de Castelmar après deux jours de combats.")
    a = _analysis(text, "2024-06-02")
    b = _analysis(text + " Un correspondant ajoute des détails.", "2024-06-10")
    relation = Relation(a.doc.id, b.doc.id, "near_duplicate", 0.9)
    merged = merge_events(find_events(a) + find_events(b), [relation])
    told_twice = [e for e in merged if len(e.sources) == 2]
    assert len(told_twice) == 2
    for event in told_twice:
        assert {s["doc"] for s in event.sources} == {a.doc.id, b.doc.id}


def test_an_event_s_participants_take_their_corpus_entity_s_key_name_and_type():
    # Invented: an article names the minister only "Varn", which the gazetteer took for a town.
    event = Event("ev", "STATEMENT", "Varn spoke.", "spoke", places=[
        {"id": "d1", "name": "Varn", "type": "place", "key": "gn:1"}],
        actors=[{"id": "d2", "name": "Kestrel", "type": "place", "key": "kstrl"}])
    (told,) = with_corpus_ids([event], {"d1": "person:nora-varn", "d2": "place:kestrel"},
                              {"person:nora-varn": ("Nora Varn", "person")})
    assert told.places == [{"id": "person:nora-varn", "name": "Nora Varn", "type": "person", "key": "person:nora-varn"}]
    assert told.actors == [{"id": "place:kestrel", "name": "Kestrel", "type": "place", "key": "kstrl"}]
