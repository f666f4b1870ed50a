"""Wire copies between invented articles: duplicates, near duplicates and shared passages, with their spans."""
from vigie.corpus.dedup import find_relations, fingerprint, fingerprints
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


def test_a_dispatch_stored_under_several_outlets_is_fingerprinted_once():
    copies = [make_document(DISPATCH, url=f"https://{n}.example/crue") for n in ("un", "deux", "trois")]
    own = make_document(OWN, url="https://un.example/tournus")
    prints = list(fingerprints(copies + [own]))
    assert [fp.doc.id for fp in prints] == [d.id for d in copies + [own]]
    assert prints[1].shingles is prints[0].shingles and prints[2].sequence is prints[0].sequence
    assert prints[3].shingles is not prints[0].shingles
    assert all((fp.shingles == fingerprint(fp.doc).shingles).all() for fp in prints)


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


# The store's shingle index: the stored documents a new one may relate to, found without reading every set.

import random  # noqa: E402

from vigie.store import migrations  # noqa: E402

SYLLABLES = ["ba", "lo", "ri", "su", "ten", "mar", "vel", "do", "qui", "zan", "pe", "nor", "gui", "sa", "tol", "fi"]


def _unrelated(count: int) -> list[Document]:
    """Invented articles of invented words, drawn at random: no two share a run of words."""
    rng = random.Random(7)
    docs = []
    for i in range(count):
        sentences = [" ".join("".join(rng.choices(SYLLABLES, k=rng.randint(2, 4))) for _ in range(rng.randint(12, 20)))
                     for _ in range(4)]
        docs.append(make_document(f"Article inventé {i}. " + ". ".join(s.capitalize() for s in sentences) + ".",
                                  url=f"https://gazette.example/{i}"))
    return docs


def _store_with(tmp_path, docs: list[Document]) -> Store:
    store = Store(tmp_path / "vigie.db")
    for doc in docs:
        store.add_analysis(Analysis(doc))
    dedup.update_wire_copies(store, docs)
    return store


def _sets_read(store: Store, monkeypatch) -> list[str]:
    """Ids of the documents whose shingle sets are read from now on; reading them all fails the test.

    The index is used from now on for any new document: in use, a store is looked up
    through it when it holds INDEX_SHARE_INVERSE times more documents than arrive."""
    monkeypatch.setattr(dedup, "INDEX_SHARE_INVERSE", 1)
    read = []
    kept = store.shingle_sets

    def shingle_sets(keys):
        for doc_id, data in kept(keys):
            read.append(doc_id)
            yield doc_id, data

    def every_set(scheme):
        raise AssertionError("every stored shingle set read")

    monkeypatch.setattr(store, "shingle_sets", shingle_sets)
    monkeypatch.setattr(store, "shingles", every_set)
    return read


def test_a_copy_of_an_old_article_is_found_through_the_index(tmp_path, monkeypatch):
    dispatch = make_document(DISPATCH, url="https://agence.example/crue")
    store = _store_with(tmp_path, [*_unrelated(30), dispatch])
    read = _sets_read(store, monkeypatch)
    edited = make_document(OWN + "\n\n" + DISPATCH.replace("mardi matin", "mardi"), url="https://journal.example/crue")
    store.add_analysis(Analysis(edited))
    dedup.update_wire_copies(store, [edited])
    relations = [(r.relation, {r.doc_a, r.doc_b}) for r in store.relations()]
    assert relations == [("shares_passages", {dispatch.id, edited.id})]
    assert read == [dispatch.id]


def test_a_new_article_that_matches_nothing_reads_no_shingle_set(tmp_path, monkeypatch):
    store = _store_with(tmp_path, _unrelated(30))
    read = _sets_read(store, monkeypatch)
    alone = make_document(OTHER, url="https://journal.example/budget")
    store.add_analysis(Analysis(alone))
    dedup.update_wire_copies(store, [alone])
    assert read == [] and store.relations() == []
    # Its set and anchors are kept: the next copy of it finds it.
    copy = make_document(OTHER, url="https://radio.example/budget")
    store.add_analysis(Analysis(copy))
    dedup.update_wire_copies(store, [copy])
    assert read == [alone.id] and [r.relation for r in store.relations()] == ["duplicate"]


def test_any_run_of_anchor_stride_shingles_holds_an_anchor():
    doc = make_document(OWN + "\n\n" + DISPATCH)
    fp = dedup.fingerprint(doc)
    anchors = set(fp.anchors.tolist())
    assert anchors <= set(fp.shingles.tolist())
    # Each sentence's first shingle, every ANCHOR_STRIDE-th after it, and its last.
    per_sentence = [max(len(re.findall(r"\w+", doc.text[s:e])) - dedup.SHINGLE_WORDS + 1, 1) for s, e in doc.sentences]
    assert len(anchors) == sum((n - 1) // dedup.ANCHOR_STRIDE + 1 + ((n - 1) % dedup.ANCHOR_STRIDE > 0)
                               for n in per_sentence)
    span = dedup.ANCHOR_STRIDE + dedup.SHINGLE_WORDS - 1  # words of ANCHOR_STRIDE shingles
    for start, end in doc.sentences:
        words = list(re.finditer(r"\w+", doc.text[start:end]))
        for first, last in zip(words, words[span - 1:]):
            piece = doc.text[start + first.start():start + last.end()]
            assert anchors & set(dedup.fingerprint(make_document(piece)).shingles.tolist()), piece


def test_documents_stored_before_the_index_get_their_sets_and_anchors(tmp_path, monkeypatch):
    # A store made before the index: its shingle sets are forgotten by the migration.
    docs = _articles()
    before = [m for m in migrations.MIGRATIONS if m is not migrations.index_document_shingles]
    monkeypatch.setattr(migrations, "MIGRATIONS", before)
    old = Store(tmp_path / "vigie.db")
    for doc in docs[:2]:
        old.add_analysis(Analysis(doc))
    old.db.execute("INSERT INTO document_shingles (doc_id, scheme, shingles) VALUES (?, 'words4-poly2x31-v1', ?)",
                   (docs[0].id, dedup.pack_shingles(dedup.fingerprint(docs[0]))))
    old.close()
    monkeypatch.undo()
    store = Store(tmp_path / "vigie.db")
    assert store.unshingled_documents(dedup.SHINGLE_SCHEME) == [docs[0].id, docs[1].id]
    store.add_analysis(Analysis(docs[3]))
    dedup.update_wire_copies(store, [docs[3]])
    assert [r.relation for r in store.relations()] == ["near_duplicate"]
    assert store.unshingled_documents(dedup.SHINGLE_SCHEME) == []
    indexed = dict(store.db.execute("SELECT s.doc_id, count(*) FROM shingle_index i"
                                    " JOIN document_shingles s ON s.id = i.doc GROUP BY s.doc_id"))
    assert set(indexed) == {docs[0].id, docs[1].id, docs[3].id}
    # The next copy finds the older documents through the index alone.
    read = _sets_read(store, monkeypatch)
    store.add_analysis(Analysis(docs[2]))
    dedup.update_wire_copies(store, [docs[2]])
    assert sorted(read) == sorted([docs[0].id, docs[3].id])


def test_sets_made_under_another_scheme_are_made_again_with_the_whole_index(tmp_path):
    docs = _articles()
    store = _store_with(tmp_path, docs[:2])
    rows = store.db.execute("SELECT count(*) FROM shingle_index").fetchone()[0]
    store.db.execute("UPDATE document_shingles SET scheme = 'words4-older' WHERE doc_id = ?", (docs[1].id,))
    store.add_analysis(Analysis(docs[3]))
    dedup.update_wire_copies(store, [docs[3]])
    assert [r.relation for r in store.relations()] == ["near_duplicate"]
    assert {s for (s,) in store.db.execute("SELECT scheme FROM document_shingles")} == {dedup.SHINGLE_SCHEME}
    fresh = _store_with(tmp_path / "fresh", [docs[0], docs[1], docs[3]])
    assert store.db.execute("SELECT count(*) FROM shingle_index").fetchone()[0] \
        == fresh.db.execute("SELECT count(*) FROM shingle_index").fetchone()[0] > rows


def test_a_dispatch_stored_by_more_outlets_than_a_stock_phrase_holds_is_found_through_the_index(tmp_path, monkeypatch):
    # Every anchor of these copies is held by more than MAX_SHINGLE_DOCUMENTS sets: the copies
    # are read because they hold so many of the new copy's shingles as anchors.
    count = dedup.MAX_SHINGLE_DOCUMENTS + 5
    copies = [make_document(DISPATCH, url=f"https://outlet{i}.example/crue") for i in range(count)]
    store = _store_with(tmp_path, [*copies, *_unrelated(5)])
    read = _sets_read(store, monkeypatch)
    edited = make_document(DISPATCH.replace("Trois écoles", "Les trois écoles"), url="https://radio.example/crue")
    store.add_analysis(Analysis(edited))
    dedup.update_wire_copies(store, [edited])
    assert {r.relation for r in store.relations(edited.id)} == {"near_duplicate"}
    assert len(store.relations(edited.id)) == count and len(read) == count


def test_a_stock_paragraph_held_by_many_stored_documents_does_not_relate_them(tmp_path, monkeypatch):
    # Invented: an outlet's closing paragraph under every article, a stock phrase of the
    # exact search. The anchors of its sentences lead to more than MAX_SHINGLE_DOCUMENTS
    # sets, which are not read: the sentences are taken for stock phrases whole.
    closing = (" Les commentaires sont modérés avant publication et ne reflètent pas l'avis de la rédaction. "
               "Toute reproduction de cet article est interdite sans l'accord écrit de la rédaction.")
    signed = [make_document(d.text + closing, url=d.url) for d in _unrelated(dedup.MAX_SHINGLE_DOCUMENTS + 5)]
    phrase = " Le pont de Castelbrune rouvrira jeudi."
    article = _unrelated(1)[0].text.replace("Article inventé 0.", "Article inventé a.")
    quoting = make_document(article + phrase + closing, url="https://gazette.example/pont")
    store = _store_with(tmp_path, [*signed, quoting])
    # Long enough for the few anchors of the paragraph not to make a near duplicate of a stored article.
    long_article = " ".join(d.text for d in _unrelated(dedup.MAX_SHINGLE_DOCUMENTS + 10)[-5:])
    new = make_document(long_article + phrase + closing, url="https://journal.example/pont")
    assert dedup.find_relations([new], [*signed, quoting]) == []
    read = _sets_read(store, monkeypatch)
    store.add_analysis(Analysis(new))
    dedup.update_wire_copies(store, [new])
    assert store.relations(new.id) == [] and quoting.id in read


def test_the_index_finds_what_reading_every_set_finds(tmp_path, monkeypatch):
    docs = [*_articles(), *_unrelated(10)]
    by_scan, by_index = Store(tmp_path / "scan.db"), Store(tmp_path / "index.db")
    for doc in docs:
        # A store is read whole when it holds fewer than INDEX_SHARE_INVERSE documents per new one.
        for store, share in ((by_scan, len(docs) + 1), (by_index, 1)):
            monkeypatch.setattr(dedup, "INDEX_SHARE_INVERSE", share)
            store.add_analysis(Analysis(doc))
            dedup.update_wire_copies(store, [doc])
    assert [_key(r) for r in by_index.relations()] == [_key(r) for r in by_scan.relations()] != []
