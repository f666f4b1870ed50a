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
