"""A story dossier in Markdown that can be cited: every claim with its outlet and date.

`render_markdown(export)` reads a `vigie.export/1` object and writes, for each
story, its episodes, its dated timeline, its figure series and its quotes by
speaker (those quoted most first, unattributed quotes last, page boilerplate
aside), each line followed by the outlets and dates that reported it and a numbered reference
to the document; the list of documents closes the dossier.
"""
from __future__ import annotations

from collections import defaultdict
from itertools import groupby
from typing import Any

from vigie.corpus.boilerplate import without_repeated
from vigie.corpus.quoted import UNATTRIBUTED, by_speaker, speaker_label
from vigie.report import (MAX_QUOTES_PER_SPEAKER, MAX_SPEAKERS, counted, entry_when, figure_value, outermost,
                          source_label)
from vigie.corpus.boilerplate import site_lines


def render_markdown(export: dict[str, Any]) -> str:
    """The Markdown dossier of every story in `export`, largest story first."""
    documents = {d["id"]: d for d in export.get("documents", [])}
    site = site_lines((d["id"], d.get("text"), (d.get("published") or {}).get("date")) for d in documents.values()
                      if not d.get("title") and not d.get("source"))
    numbers: dict[str, int] = {}

    def cite(doc: str) -> str:
        if doc not in numbers:
            numbers[doc] = len(numbers) + 1
        d = documents.get(doc, {"id": doc})
        date = (d.get("published") or {}).get("date")
        return f"{_escape(source_label(d, site))}{', ' + date if date else ''} [{numbers[doc]}]"

    names = {e["id"]: e["name"] for e in export.get("entities", [])}
    quotes_by_doc: dict[str, list[dict[str, Any]]] = {}
    for q in export.get("quotes", []):
        quotes_by_doc.setdefault(q["doc"], []).append(q)
    stories = sorted(export.get("stories", []), key=lambda s: (-len(s.get("documents", [])), s.get("title") or ""))
    lines = ["# vigie dossier", ""]
    if not stories:
        lines += ["No story yet: run `vigie run SOURCE` first.", ""]
    for story in stories:
        lines += [f"## {_escape(story.get('title') or story['id'])}", "",
                  f"Story `{story['id']}`: {counted(len(story.get('documents', [])), 'document')}."]
        if story.get("episodes"):
            lines.append("Episodes: " + "; ".join(
                f"{e['start']}{' – ' + e['end'] if e['end'] != e['start'] else ''} "
                f"({counted(len(e['documents']), 'document')})" for e in story["episodes"]) + ".")
        lines += ["", "### Timeline", ""]
        for entry in story.get("timeline", []):
            when = entry_when(entry)
            sources = "; ".join(dict.fromkeys(cite(s["doc"]) for s in entry.get("sources", [])))
            lines.append(f"- **{when}** — {_escape(entry['summary'])} ({sources})")
        if not story.get("timeline"):
            lines.append("- No dated event found.")
        if story.get("series"):
            lines += ["", "### Figures over time", ""]
            for series in story["series"]:
                lines.append(f"- **{_escape(series['label'])}**")
                # The same figure from the same source, reported again by the next articles, is one line citing them all.
                for _, told in groupby(series["points"], key=lambda p: (
                        figure_value(p), " ".join(p["text"].split()).casefold(), p.get("source"), p.get("inferred"))):
                    told = list(told)
                    p = told[0]
                    revises = next((t["revises"] for t in told if t.get("revises") is not None), None)
                    revision = f", revising {_number(revises)}" if revises is not None else ""
                    # a source the text does not name (the document's main source, its outlet) is no attribution
                    unstated = " (not stated in the text)" if p.get("inferred") else ""
                    who = f"according to {_escape(p['source'])}{unstated}, " if p.get("source") else ""
                    sources = "; ".join(dict.fromkeys(cite(t["doc"]) for t in told))
                    lines.append(f"  - {figure_value(p, _number)} (“{_escape(p['text'])}”{revision}), {who}"
                                 f"reported by {sources}")
        quotes = without_repeated((q for d in story.get("documents", []) for q in quotes_by_doc.get(d, [])),
                                  text=lambda q: q["text"], doc=lambda q: q["doc"],
                                  published=lambda q: (documents.get(q["doc"], {}).get("published") or {}).get("date"))
        quotes = outermost(quotes, lambda q: (q["doc"], speaker_label(q.get("speaker"), names).casefold(),
                                              q["start"], q["end"]))
        speakers = _speakers(quotes, names)
        if speakers:
            lines += ["", "### Quotes", ""]
            for speaker, quotes in speakers:
                lines.append(f"- **{_escape(speaker)}**" + (f" ({len(quotes)} quotes)" if len(quotes) > 1 else ""))
                # A quote told by several articles is one line citing them all.
                tellings: dict[str, list[dict[str, Any]]] = defaultdict(list)
                for q in quotes:
                    tellings[" ".join(q["text"].split()).casefold()].append(q)
                for told in list(tellings.values())[:MAX_QUOTES_PER_SPEAKER]:
                    sources = "; ".join(dict.fromkeys(cite(q["doc"]) for q in told))
                    how = ", ".join(filter(None, (told[0].get("kind"), (told[0].get("verb") or "").lower())))
                    lines.append(f"  - “{_escape(told[0]['text'])}” ({how}, {sources})")
        lines.append("")
    if numbers:
        lines += ["## Documents", ""]
        for doc, number in sorted(numbers.items(), key=lambda kv: kv[1]):
            d = documents.get(doc, {"id": doc})
            where = d.get("url") or d.get("path") or ""
            title = d.get("title") or ""
            date = (d.get("published") or {}).get("date") or "undated"
            lines.append(f"{number}. {_escape(source_label(d, site))}, {date}"
                         f"{' — ' + _escape(title) if title and title != source_label(d, site) else ''}"
                         f"{' — ' + where if where else ''} (id `{doc}`)")
        lines.append("")
    return "\n".join(lines)


def _speakers(quotes: list[dict[str, Any]], names: dict[str, str]) -> list[tuple[str, list[dict[str, Any]]]]:
    """The story's quotes by speaker: an actor's quotes under its name however articles called it, the speakers
    quoted most first and unattributed quotes last."""
    speakers = by_speaker(quotes, lambda q: speaker_label(q.get("speaker"), names))
    ranked = sorted(speakers.items(), key=lambda kv: (kv[0] == UNATTRIBUTED, -len(kv[1]), kv[0]))
    return ranked[:MAX_SPEAKERS]


def _escape(text: str) -> str:
    """Text safe inside a Markdown line: no line breaks, no accidental emphasis or links."""
    text = " ".join(str(text).split())
    for char in ("\\", "*", "_", "[", "]", "`"):
        text = text.replace(char, "\\" + char)
    return text


def _number(value: Any) -> str:
    if value is None:
        return "?"
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", " ")
    return f"{value:g}"
