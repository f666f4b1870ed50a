"""Wire copies between invented articles: duplicates, near duplicates and shared passages, with their spans."""
from vigie.corpus.dedup import find_relations
from vigie.ingest import make_document

DISPATCH = ("La crue de la Saône a forcé l'évacuation de 600 habitants de Mâcon dans la nuit de lundi à mardi, "
            "a annoncé la préfecture de Saône-et-Loire. Les pompiers ont effectué une centaine de sauvetages en "
            "barque dans les quartiers bas de la ville. Le niveau de la rivière devrait encore monter de vingt "
            "centimètres d'ici mercredi soir selon le service de prévision des crues. Trois écoles resteront "
            "fermées jusqu'à la fin de la semaine, a précisé le rectorat dans un communiqué publié mardi matin.")
OWN = ("À Tournus, les commerçants du quai ont vidé leurs réserves dès dimanche soir pour se prémunir de "
       "l'eau. « On connaît la chanson, mais cette fois elle est montée plus vite », raconte une boulangère "
       "installée depuis trente ans sur la place du marché, qui craint de longues semaines de travaux.")


def test_same_dispatch_in_two_outlets_is_a_duplicate():
    a = make_document(DISPATCH, url="https://un.example/crue")
    b = make_document(DISPATCH, url="https://deux.example/saone")
    (relation,) = find_relations([b], [a])
    assert relation.relation == "duplicate" and relation.score == 1.0
    assert {s["doc"] for s in relation.spans} == {a.id, b.id}


def test_dispatch_with_an_outlet_paragraph_shares_passages_with_spans_in_both():
    a = make_document(DISPATCH, source="Agence (inventée)")
    b = make_document(OWN + "\n\n" + DISPATCH.replace("mardi matin", "mardi"), source="Journal (inventé)")
    (relation,) = find_relations([a, b])
    assert relation.relation == "shares_passages"
    spans = {s["doc"]: s for s in relation.spans}
    assert b.text[spans[b.id]["start"]:spans[b.id]["end"]].startswith("La crue de la Saône")
    assert spans[b.id]["start"] > len(OWN)  # the outlet's own paragraph is not shared
    assert 0.5 < relation.score <= 1.0


def test_a_lightly_edited_copy_is_a_near_duplicate():
    a = make_document(DISPATCH, url="https://un.example/a")
    b = make_document(DISPATCH.replace("Trois écoles", "Les trois écoles"), url="https://deux.example/b")
    (relation,) = find_relations([a, b])
    assert relation.relation == "near_duplicate" and relation.score >= 0.8


def test_unrelated_articles_and_stock_phrases_are_not_related():
    a = make_document(DISPATCH)
    b = make_document(OWN)
    c = make_document("Selon la préfecture de Saône-et-Loire, le marché de Mâcon est maintenu samedi.")
    assert find_relations([a, b, c]) == []
    assert find_relations([]) == []


# Incremental detection: shingle sets kept from one run to the next.

import re  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from vigie.corpus import dedup  # noqa: E402
from vigie.model import Analysis, Document  # noqa: E402
from vigie.store import Store  # noqa: E402

OTHER = ("Le conseil municipal de Chalon-sur-Saône a voté jeudi soir le budget de la nouvelle médiathèque, dont "
         "l'ouverture est prévue au printemps prochain après deux ans de travaux dans l'ancienne caserne du centre.")


def _articles() -> list[Document]:
    """Invented articles: a dispatch, its reuse with an outlet's paragraph, an edited copy, unrelated ones."""
    return [make_document(DISPATCH, url="https://agence.example/crue"),
            make_document(OTHER, url="https://journal.example/budget"),
            make_document(OWN + "\n\n" + DISPATCH.replace("mardi matin", "mardi"), url="https://journal.example/crue"),
            make_document(DISPATCH.replace("Trois écoles", "Les trois écoles"), url="https://radio.example/crue"),
            make_document(OWN, url="https://journal.example/tournus")]


def _key(relation) -> tuple:
    return (relation.doc_a, relation.doc_b, relation.relation, relation.score,
            tuple(sorted((s["doc"], s["start"], s["end"]) for s in relation.spans)))


def test_relations_found_over_two_runs_are_those_of_one_run_over_all_documents():
    docs = _articles()
    first, second = docs[:2], docs[2:]
    earlier = dedup.find_relations(first)
    stored = {d.id: dedup.pack_shingles(dedup.fingerprint(d)) for d in first}
    by_id = {d.id: d for d in first}
    read_again = []

    def load(ids):
        read_again.extend(ids)
        return [dedup.fingerprint(by_id[i]) for i in ids]

    later = dedup.find_new_relations([dedup.fingerprint(d) for d in second],
                                     [(i, dedup.unpack_shingles(data)) for i, data in stored.items()], load)
    assert {_key(r) for r in earlier + later} == {_key(r) for r in dedup.find_relations(docs)}
    assert {r.relation for r in later} == {"shares_passages", "near_duplicate"}
    assert read_again == [docs[0].id]  # the unrelated article is not fingerprinted again


def test_the_store_keeps_shingle_sets_and_reads_again_only_the_documents_that_share_enough(tmp_path, monkeypatch):
    docs = _articles()
    store = Store(tmp_path / "vigie.db")
    for doc in docs[:2]:
        store.add_analysis(Analysis(doc))
    dedup.update_wire_copies(store, docs[:2])
    assert {i for i, _ in store.shingles(dedup.SHINGLE_SCHEME)} == {d.id for d in docs[:2]}

    fingerprinted = []
    original = dedup.fingerprint
    monkeypatch.setattr(dedup, "fingerprint", lambda doc: fingerprinted.append(doc.id) or original(doc))
    store.add_analysis(Analysis(docs[2]))
    dedup.update_wire_copies(store, [docs[2]])
    assert [(r.relation, {r.doc_a, r.doc_b}) for r in store.relations()] == [("shares_passages", {docs[0].id, docs[2].id})]
    assert sorted(fingerprinted) == sorted([docs[2].id, docs[0].id])


def test_documents_stored_before_shingle_sets_were_kept_get_theirs(tmp_path):
    docs = _articles()
    store = Store(tmp_path / "vigie.db")
    for doc in docs[:2]:
        store.add_analysis(Analysis(doc))
    store.db.execute("DELETE FROM document_shingles")
    assert store.unshingled_documents(dedup.SHINGLE_SCHEME) == [docs[0].id, docs[1].id]
    store.add_analysis(Analysis(docs[3]))
    dedup.update_wire_copies(store, [docs[3]])
    assert [r.relation for r in store.relations()] == ["near_duplicate"]
    assert store.unshingled_documents(dedup.SHINGLE_SCHEME) == []
    assert store.unshingled_documents("another-scheme") == [d.id for d in (docs[0], docs[1], docs[3])]


def test_a_dispatch_copied_by_more_outlets_than_a_stock_phrase_has_holders_is_still_found():
    # Every shingle of these copies is held by more than MAX_SHINGLE_DOCUMENTS documents,
    # so only the near-duplicate search (prefix filtering) can pair them.
    count = dedup.MAX_SHINGLE_DOCUMENTS + 5
    copies = [make_document(DISPATCH, url=f"https://outlet{i}.example/crue") for i in range(count)]
    relations = dedup.find_relations(copies[1:], copies[:1])
    assert len(relations) == count * (count - 1) // 2
    assert {r.relation for r in relations} == {"duplicate"}


def test_the_same_words_with_other_punctuation_and_case_are_a_duplicate():
    a = make_document(DISPATCH, url="https://un.example/a")
    b = make_document(DISPATCH.upper().replace(",", " ;"), url="https://deux.example/b")
    (relation,) = dedup.find_relations([a, b])
    assert relation.relation == "duplicate"


def test_shingle_sets_survive_the_store_format():
    fp = dedup.fingerprint(make_document(DISPATCH))
    again = dedup.unpack_shingles(dedup.pack_shingles(fp))
    assert again.dtype == fp.shingles.dtype and (again == fp.shingles).all()


def test_word_characters_are_those_of_the_regular_expression():
    table = dedup._word_characters()
    word = re.compile(r"\w")
    assert all(bool(word.match(chr(c))) == table[c] for c in range(0, len(table), 7))
    assert all(bool(word.match(chr(c))) == table[c] for c in range(0x3000))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_words_are_the_regular_expression_words_and_equal_words_hash_equal(text):
    folded = dedup._fold(text)
    hashes, starts = dedup._words(dedup._code_points(folded))
    matches = list(re.finditer(r"\w+", folded))
    assert starts.tolist() == [m.start() for m in matches]
    by_word = {}
    for m, h in zip(matches, hashes.tolist()):
        assert by_word.setdefault(m.group(), h) == h
    assert len(set(by_word.values())) == len(by_word)


@st.composite
def _texts_with_sentences(draw):
    """A text and sentence offsets: in order (cut anywhere, even inside a word), or any."""
    text = draw(st.text(max_size=300))
    if draw(st.booleans()):
        cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=12)))
        return text, list(zip(cuts[::2], cuts[1::2]))
    return text, draw(st.lists(st.tuples(st.integers(-5, 320), st.integers(-5, 320)), max_size=8))


@settings(max_examples=300, deadline=None)
@given(_texts_with_sentences())
def test_fingerprint_never_raises_and_the_duplicate_key_depends_on_the_words_only(case):
    text, sentences = case
    fp = dedup.fingerprint(Document(id="d", text=text, sentences=sentences))
    assert (fp.shingles[1:] > fp.shingles[:-1]).all()
    assert len(fp.shingle_entries) == len(fp.shingles) + 1 and len(fp.sentence_need) == len(sentences)
    assert fp.text_key == dedup.fingerprint(Document(id="e", text=text.upper() + " ;")).text_key \
        or re.findall(r"\w+", dedup._fold(text.upper())) != re.findall(r"\w+", dedup._fold(text))


def test_a_word_hashes_the_same_next_to_a_very_long_word():
    long_word = "x" * (dedup._UNREDUCED_WORD + 500)
    alone, _ = dedup._words(dedup._code_points("crue saône"))
    beside, _ = dedup._words(dedup._code_points(f"crue {long_word} saône {long_word[:-1]}y"))
    assert beside[[0, 2]].tolist() == alone.tolist()
    assert beside[1] != beside[3]


def test_documents_without_words_relate_to_nothing():
    wordless = [make_document("… — !", url="https://un.example/x"), make_document("?! …", url="https://deux.example/y"),
                Document(id="vide", text="")]
    assert dedup.find_relations(wordless) == []
    assert dedup.find_relations(wordless[:1], [make_document(DISPATCH)]) == []
