"""The corpus steps of `vigie run`: from stored analyses to cross-document results.

Wire copies are found for the new documents only; the cross-document results
(entities, quotes and figures tied to them, events, stories) are rebuilt and
replaced in one transaction.
"""
from __future__ import annotations

from typing import Any

from vigie.corpus.dedup import find_relations
from vigie.export import entity_json, figure_items, quote_items, timex_items
from vigie.model import Item
from vigie.store import Store
from vigie.store.corrections import apply_corrections


def update_corpus(store: Store, new_ids: set[str]) -> dict[str, Any]:
    """Run every corpus step after documents `new_ids` were added; returns counts of what was built."""
    documents = list(store.documents())
    new = [d for d in documents if d.id in new_ids]
    relations = find_relations(new, [d for d in documents if d.id not in new_ids]) if new else []
    store.add_relations(relations)

    analyses = list(store.analyses())
    entities, entity_ids = [], {}
    for analysis in analyses:
        for entity in analysis.entities:
            corpus_id = f"{analysis.doc.id}:{entity.id}"
            entity_ids[(analysis.doc.id, entity.id)] = corpus_id
            entities.append({**entity_json(entity, analysis.doc.id), "id": corpus_id})

    items: list[Item] = []
    for analysis in analyses:
        doc = analysis.doc.id
        local = {key: cid for (d, key), cid in entity_ids.items() if d == doc}
        for index, t in enumerate(timex_items(analysis)):
            items.append(Item("timex", f"{doc}:t{index}", t, doc))
        for index, q in enumerate(quote_items(analysis, local)):
            items.append(Item("quote", f"{doc}:q{index}", q, doc, (q["speaker"] or {}).get("entity")))
        for f in figure_items(analysis, local):
            items.append(Item("figure", f["id"], f, doc, (f["source"] or {}).get("entity")))
    store.replace_corpus(entities, items, [])
    apply_corrections(store)
    return {"relations": len(store.relations()), "entities": len(entities),
            "quotes": sum(i.kind == "quote" for i in items), "figures": sum(i.kind == "figure" for i in items)}
