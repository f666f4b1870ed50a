"""The export contract `vigie.export/1`: one JSON object holding every list vigie produces.

docs/export.schema.json is its JSON Schema. Every position is {doc, start, end}
in characters of that document's `text`. `vigie analyze` prints the same
per-document fields for documents that were never stored.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from vigie.model import Analysis, Document, Entity, Failure, Relation, to_dict
from vigie.store.corrections import list_corrections

SCHEMA = "vigie.export/1"
LISTS = ("documents", "entities", "timexes", "quotes", "figures", "events", "stories")


def document_json(doc: Document, relations: Iterable[Relation] = ()) -> dict[str, Any]:
    """A document as the export shows it, with the documents it shares text with."""
    related = []
    for r in relations:
        if doc.id in (r.doc_a, r.doc_b):
            other = r.doc_b if r.doc_a == doc.id else r.doc_a
            related.append({"doc": other, "relation": r.relation, "score": r.score, "spans": r.spans})
    return {
        "id": doc.id, "path": doc.path, "url": doc.url, "title": doc.title, "source": doc.source,
        "lang": doc.lang, "published": to_dict(doc.published), "text": doc.text,
        "paragraphs": [{"start": s, "end": e, "lang": lang}
                       for (s, e), lang in zip(doc.paragraphs, doc.paragraph_langs)],
        "related": related,
    }


def timex_items(analysis: Analysis) -> list[dict[str, Any]]:
    doc = analysis.doc.id
    return [{"doc": doc, **to_dict(t)} for t in analysis.timexes]


def quote_items(analysis: Analysis, entity_ids: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Quotes with their speaker's entity mapped through `entity_ids` (document key → corpus id)."""
    doc, ids = analysis.doc.id, entity_ids or {}
    items = []
    for q in analysis.quotes:
        item = {"doc": doc, **to_dict(q)}
        if item["speaker"] and item["speaker"]["entity"]:
            item["speaker"]["entity"] = ids.get(item["speaker"]["entity"], item["speaker"]["entity"])
        items.append(item)
    return items


def figure_items(analysis: Analysis, entity_ids: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Figures with their source's entity mapped to corpus ids and `parent` as the parent figure's id."""
    doc, ids = analysis.doc.id, entity_ids or {}
    items = []
    for index, f in enumerate(analysis.figures):
        item = {"id": figure_id(doc, index), "doc": doc, **to_dict(f)}
        if item["source"] and item["source"]["entity"]:
            item["source"]["entity"] = ids.get(item["source"]["entity"], item["source"]["entity"])
        if f.parent is not None:
            item["parent"] = figure_id(doc, f.parent)
        items.append(item)
    return items


def figure_id(doc: str, index: int) -> str:
    return f"{doc}:f{index}"


def entity_json(entity: Entity, doc: str | None = None) -> dict[str, Any]:
    """An entity in export form; `doc` turns a document's (start, end) mentions into positions."""
    data = to_dict(entity)
    if doc is not None:
        data["mentions"] = [{"doc": doc, "start": s, "end": e} for s, e in entity.mentions]
    if data["geo"]:
        data["geo"] = {k: data["geo"][k] for k in ("lat", "lon", "country", "geonames_id", "feature_class")}
    return data


def analysis_json(analysis: Analysis, relations: Iterable[Relation] = ()) -> dict[str, Any]:
    """Everything known about one document, as `vigie analyze` prints it."""
    doc = analysis.doc
    return {
        **document_json(doc, relations),
        "sentences": [{"start": t.start, "end": t.end, "earliest": t.earliest, "latest": t.latest,
                       "precision": t.precision} for t in analysis.sentence_times]
        or [{"start": s, "end": e} for s, e in doc.sentences],
        "timexes": timex_items(analysis),
        "entities": [entity_json(e, doc.id) for e in analysis.entities],
        "quotes": quote_items(analysis),
        "figures": figure_items(analysis),
    }


def analysis_line(result: Analysis | Failure) -> dict[str, Any]:
    """One line of `vigie analyze`: the analysis (a JSONL input's own id first, the content id as
    `doc_id`), or `{"id": null, "place", "error"}` for an input that could not be read or analysed."""
    if isinstance(result, Failure):
        return {"id": None, "place": result.place, "error": result.reason}
    line = analysis_json(result)
    if "id" in result.doc.meta:
        line = {"id": result.doc.meta["id"], "doc_id": line.pop("id"), **line}
    return line


def export_store(store) -> dict[str, Any]:
    """The whole store as one `vigie.export/1` object."""
    relations = store.relations()
    by_doc: dict[str, list[Relation]] = {}
    for r in relations:
        by_doc.setdefault(r.doc_a, []).append(r)
        by_doc.setdefault(r.doc_b, []).append(r)
    return {
        "schema": SCHEMA,
        "documents": [document_json(d, by_doc.get(d.id, ())) for d in store.documents()],
        "entities": store.entities(),
        "timexes": store.items("timex"),
        "quotes": store.items("quote"),
        "figures": store.items("figure"),
        "events": store.items("event"),
        "stories": store.items("story"),
        "corrections": list_corrections(store),
    }


# Columns of the CSV export, one file per list; nested values are JSON in their cell.
_CSV_COLUMNS = {
    "documents": ["id", "path", "url", "title", "source", "lang", "published", "related"],
    "entities": ["id", "type", "name", "aliases", "kb_id", "geo", "roles", "mentions"],
    "timexes": ["doc", "start", "end", "text", "type", "value"],
    "quotes": ["doc", "start", "end", "text", "kind", "lang", "verb", "speaker"],
    "figures": ["id", "doc", "start", "end", "text", "value", "low", "high", "approx", "unit", "category",
                "who", "where", "when", "source", "hypothetical", "parent"],
    "events": None,
    "stories": None,
}


def write_csv(data: dict[str, Any], folder: Path) -> list[Path]:
    """One CSV per list of the export into `folder`; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in LISTS:
        rows = data.get(name) or []
        columns = _CSV_COLUMNS[name] or sorted({k for r in rows for k in r})
        path = folder / f"{name}.csv"
        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            for row in rows:
                writer.writerow([_cell(row.get(c)) for c in columns])
        written.append(path)
    return written


def _cell(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else value
